"""The command's outputs: files replaced atomically (symlinks kept), devices and FIFOs written
directly, compression by suffix, the output format chosen from the name."""

from __future__ import annotations

import contextlib
import io
import json
import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, BinaryIO, Final, TextIO, cast

from ._cli_common import (
    UsageError,
    _isatty,
)
from ._model import Article
from ._noise import noise_kept
from ._paths import COMPRESSED_SUFFIXES, SourceError

OUTPUT_SUFFIXES: Final = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".parquet": "parquet",
    ".pq": "parquet",
}
"""``convert -o`` chooses the format from these suffixes (text formats may add ``.gz``,
``.bz2`` or ``.xz``); any other suffix needs ``--format``, so that ``out.xlsx`` is not
silently JSON Lines."""


def _temp_name(target: Path, pid: int) -> Path:
    """The temporary file beside ``target``: hidden (directory readers skip it) and named
    with the process id (a leftover of a killed run says whose it was)."""
    return target.with_name(f".{target.name}.tmp-{pid}")


def _resolved(out: str) -> Path:
    """Where a regular-file output is really written: a symlink's target (followed to the
    end), so that the link stays and its target is replaced."""
    return Path(os.path.realpath(out))


def _written_directly(out: str) -> bool:
    """Whether ``out`` is written in place rather than replaced: a character or block device
    (``/dev/null``), a FIFO, a socket, or a name for an open file (``/dev/stdout``)."""
    try:
        mode = os.stat(out).st_mode
    except OSError:
        return False
    if stat.S_ISDIR(mode):
        raise UsageError(f"{out}: is a directory")
    real = str(_resolved(out))
    return not stat.S_ISREG(mode) or real.startswith(("/proc/", "/dev/fd/"))


def _named(exc: OSError, out: str) -> OSError:
    """The same error, naming the path the user gave (never the hidden temporary file)."""
    return OSError(exc.errno, exc.strerror or str(exc), out)


def _ours(exc: BaseException, temp: Path | None) -> bool:
    """Whether an error met while writing came from the output (not from reading input)."""
    if not isinstance(exc, OSError) or isinstance(exc, (SourceError, BrokenPipeError)):
        return False
    return exc.filename is None or (temp is not None and exc.filename == str(temp))


@contextlib.contextmanager
def output_file(out: str) -> Iterator[BinaryIO]:
    """``out`` open for binary writing.

    A regular file (or a new name) is written to a temporary file beside it, flushed to disk
    and renamed onto it only once complete (on any error or signal the temporary file goes and
    ``out`` stays as it was); a symlink's target is replaced that way, the link kept.  Devices
    (``/dev/null``), FIFOs and sockets are written directly.  Errors name ``out``.
    """
    if _written_directly(out):
        try:
            fp = open(out, "wb")
        except OSError as exc:
            raise _named(exc, out) from None
        try:
            with fp:
                yield cast(BinaryIO, fp)
                fp.flush()
        except BaseException as exc:
            if _ours(exc, None):
                raise _named(cast(OSError, exc), out) from None
            raise
        return
    target = _resolved(out)
    if not target.parent.is_dir():
        raise UsageError(f"{out}: no such directory: {target.parent}")
    try:
        mode: int | None = stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        mode = None
    temp = _temp_name(target, os.getpid())
    try:
        with open(temp, "wb") as fp:
            yield cast(BinaryIO, fp)
            fp.flush()
            os.fsync(fp.fileno())  # on disk before the rename makes it visible
        if mode is not None:
            os.chmod(temp, mode)  # a replaced file keeps its permissions
        os.replace(temp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        if _ours(exc, temp):
            raise _named(cast(OSError, exc), out) from None
        raise


@contextlib.contextmanager
def text_output(fp: BinaryIO, name: str, newline: str = "\n") -> Iterator[TextIO]:
    """UTF-8 text on ``fp``, compressed as ``name``'s suffix says (``.gz``, ``.bz2``,
    ``.xz``).  A gzip header names the file ``name`` (never a temporary file)."""
    suffix = Path(name).suffix.lower()
    packed: Any = None
    if suffix == ".gz":
        import gzip

        packed = gzip.GzipFile(filename=Path(name).name, mode="wb", fileobj=fp)
    elif suffix == ".bz2":
        import bz2

        packed = bz2.BZ2File(fp, "wb")
    elif suffix == ".xz":
        import lzma

        packed = lzma.LZMAFile(fp, "wb")
    text = io.TextIOWrapper(packed if packed is not None else fp, encoding="utf-8", newline=newline)
    try:
        yield text
        text.flush()
    finally:
        with contextlib.suppress(Exception):
            text.detach()  # ``fp`` belongs to the caller: the wrapper must not close it
    if packed is not None:
        packed.close()  # the compressed stream's trailer; ``fp`` stays open


@contextlib.contextmanager
def open_output(out: str | None, *, binary: bool, newline: str = "\n") -> Iterator[IO[Any]]:
    """The output stream: stdout for None or ``-``, else `output_file` (as UTF-8 text, maybe
    compressed, unless ``binary``)."""
    if out is None or out == "-":
        if binary:
            if _isatty(sys.stdout):
                raise UsageError("refusing to write Parquet to a terminal; use -o FILE")
            buffer = getattr(sys.stdout, "buffer", None)
            if buffer is None:
                raise UsageError("stdout cannot take binary output; use -o FILE")
            sys.stdout.flush()
            yield buffer
            buffer.flush()
        else:
            yield sys.stdout
            sys.stdout.flush()
        return
    with output_file(out) as fp:
        if binary:
            yield fp
        else:
            with text_output(fp, out, newline) as text:
                yield text


def jsonl_line(article: Article, *, keep_noise: bool = False) -> str:
    """One JSON Lines line (without the newline): `Article.to_dict` as compact UTF-8 JSON;
    with ``keep_noise``, its ``text`` keeps the noise blocks in place (`noise_kept`).

    Examples:
        >>> from newsdump import Article, Block
        >>> a = Article(blocks=[Block("paragraph", "Rain."), Block("noise", "Share", 2, 2, "x")])
        >>> [json.loads(jsonl_line(a, keep_noise=k))["text"] for k in (False, True)]
        ['Rain.', 'Rain.\\n\\nShare']
    """
    record = article.to_dict()
    if keep_noise:
        record["text"] = "\n\n".join(noise_kept(article))
    return json.dumps(record, ensure_ascii=False)


def output_format(output: str | None, given: str | None) -> str:
    """The format ``convert`` writes: ``given`` (``--format``), else by ``output``'s suffix.

    Examples:
        >>> [output_format(o, None) for o in [None, "a.jsonl", "b.csv.gz", "c.pq", "/dev/null"]]
        ['jsonl', 'jsonl', 'csv', 'parquet', 'jsonl']
        >>> output_format("d.xlsx", "csv")
        'csv'
        >>> output_format("d.xlsx", None)  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        newsdump._cli_common.UsageError: d.xlsx: unknown output suffix '.xlsx': name it .jsonl, ...
    """
    if output is None or output == "-":
        return given or "jsonl"
    name = Path(output).name.lower()
    packed = name.endswith(COMPRESSED_SUFFIXES)
    fmt = OUTPUT_SUFFIXES.get(Path(Path(name).stem if packed else name).suffix)
    if given is not None:
        fmt = given
    elif fmt is None:
        if Path(output).is_dir():  # said before the suffix: a folder is no output at all
            raise UsageError(f"{output}: is a directory")
        if _written_directly(output):
            return "jsonl"  # /dev/null, a FIFO: no suffix to go by
        suffix = "".join(Path(name).suffixes[-2:] if packed else Path(name).suffixes[-1:])
        what = f"unknown output suffix {suffix!r}" if suffix else "no output suffix"
        raise UsageError(
            f"{output}: {what}: name it .jsonl, .csv or .parquet (.gz, .bz2, .xz for text), "
            "or give --format"
        )
    if fmt == "parquet" and packed:
        raise UsageError(
            f"{output}: Parquet is compressed inside; drop the {Path(name).suffix} suffix"
        )
    return fmt
