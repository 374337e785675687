"""The command's inputs: paths, directories and globs expanded (each file once), a file opened
and decompressed by its suffix, binary files told from text, one input read into articles."""

from __future__ import annotations

import codecs
import collections
import contextlib
import glob
import io
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO, Final, cast

import attrs

from ._cli_common import (
    FileReport,
    ReadOptions,
    UsageError,
    _plural,
    _warn,
)
from ._errors import DumpError
from ._model import Article, Problem
from ._paths import COMPRESSED_SUFFIXES, SourceError, StreamGuard, dump_files
from ._read import read

SNIFF_BYTES: Final = 1024
"""How much of each input is looked at to tell text from binary: the first KB says it (a
binary format's header, or text), and costs nothing next to reading the file."""

NOT_TEXT_SHARE: Final = 0.3
"""Share of NUL, control or undecodable characters above which a file is not text.  Random
bytes read as UTF-8 score about 0.5, Cyrillic cp1251 text about 0.7 (it needs ``--encoding``);
Western Latin-1 text read as UTF-8 stays under 0.1 and is read, its bad bytes reported."""


@attrs.frozen
class Input:
    """One file to read: ``path`` as given (``-`` for stdin), ``name`` its path relative to the
    directory or glob it came from (where ``repair -o DIR`` writes it)."""

    path: str
    name: str

    @property
    def is_stdin(self) -> bool:
        return self.path == "-"


def _files_under(root: Path, warn: Callable[[str], None]) -> Iterator[Path]:
    """The dump files below ``root``, exactly those `read` takes from a directory; the other
    (not hidden) files are named in one warning, so that a directory of ``.log`` files does
    not give an unexplained ``0 records``."""
    try:
        files = list(dump_files(root))
    except SourceError as exc:  # names the folder that failed (``root`` or one below it)
        raise UsageError(f"{exc.filename or root}: {exc.strerror}") from exc
    taken = set(files)
    skipped: list[Path] = []
    for folder, subfolders, names in os.walk(root):
        subfolders.sort()
        for name in sorted(names):
            path = Path(folder) / name
            if not name.startswith(".") and path not in taken and path.is_file():
                skipped.append(path)
    if skipped:
        kinds = collections.Counter(p.suffix.lower() or "(no suffix)" for p in skipped)
        shown = ", ".join(f"{n} *{s}" for s, n in kinds.most_common())
        warn(
            f"warning: {root}: skipped {_plural(len(skipped), 'file')} not named as dumps "
            f"({shown}, e.g. {skipped[0]}): a directory is read for *.txt, *.dump and names "
            "without a suffix (compressed too); name a file to read it"
        )
    elif not files:  # an empty folder reads as 0 records: said, so that a wrong path shows
        warn(f"warning: {root}: no dump files in this directory; nothing read")
    yield from files


def _expand_one(arg: str, warn: Callable[[str], None]) -> list[Input]:
    if arg == "-":
        return [Input("-", "stdin")]
    path = Path(arg)
    if path.is_dir():
        return [Input(str(f), str(f.relative_to(path))) for f in _files_under(path, warn)]
    if path.exists():
        return [Input(arg, path.name)]
    if glob.has_magic(arg):
        found: list[Input] = []
        for match in sorted(glob.glob(arg, recursive=True)):
            found.extend(
                _expand_one(match, warn) if Path(match).is_dir() else [Input(match, match)]
            )
        if not found:
            raise UsageError(f"{arg}: no file matches")
        base = os.path.commonpath([os.path.dirname(i.path) or "." for i in found])
        return [attrs.evolve(i, name=os.path.relpath(i.path, base)) for i in found]
    raise UsageError(f"{arg}: no such file or directory")


def expand(args: Iterable[str], warn: Callable[[str], None] = _warn) -> list[Input]:
    """Files, directories (recursively, sorted), globs and ``-``, checked to be readable; a
    file named twice (by any path) is read once, with a warning."""
    inputs: list[Input] = []
    seen: set[str] = set()
    twice: list[str] = []
    for i in (i for arg in args for i in _expand_one(arg, warn)):
        key = "-" if i.is_stdin else os.path.realpath(i.path)
        if key in seen:
            twice.append(i.path)
            continue
        seen.add(key)
        if not i.is_stdin and not os.access(i.path, os.R_OK):
            raise UsageError(f"{i.path}: permission denied")
        inputs.append(i)
    if twice:
        which = twice[0] if len(twice) == 1 else f"{len(twice)} files (first {twice[0]})"
        warn(f"warning: {which} named more than once; read once")
    return inputs


class _Source(io.RawIOBase):
    """The bytes of one input, decompressed.  Counts what it took from the file (for the
    progress bar), and turns a compressed stream that breaks off (a ``.gz`` cut short) into
    the end of the stream with `fault` set, so that the records before it are kept."""

    name: str
    """The path as `read` reports it in ``Article.source`` (unset for stdin: no path)."""

    def __init__(
        self, stored: BinaryIO, data: BinaryIO, *, compressed: bool, name: str | None = None
    ) -> None:
        super().__init__()
        if name is not None:
            self.name = name
        self._stored = stored
        self._guard = StreamGuard(data)  # read1: what is there, a slow pipe streams
        self._head = b""
        self.compressed = compressed

    @property
    def delivered(self) -> int:
        """Bytes handed on (decompressed)."""
        return self._guard.delivered

    @property
    def fault(self) -> str | None:
        """Why the decompressed stream broke off, or None."""
        return self._guard.fault

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        if self._head:
            n = min(len(view), len(self._head))
            view[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._take(len(view))
        view[: len(data)] = data
        return len(data)

    def _take(self, size: int) -> bytes:
        return self._guard.read1(size)

    def head(self) -> bytes:
        """The first `SNIFF_BYTES` (fewer at the end of the stream), still to be read."""
        while len(self._head) < SNIFF_BYTES:
            more = self._take(SNIFF_BYTES - len(self._head))
            if not more:
                break
            self._head += more
        return self._head

    def consumed(self) -> int:
        """Bytes of the input as stored (compressed) read so far."""
        if self.compressed:
            with contextlib.suppress(OSError, ValueError):
                return self._stored.tell()
        return self.delivered - len(self._head)


@contextlib.contextmanager
def open_input(item: Input) -> Iterator[_Source]:
    """One input as a `_Source`, decompressed by its suffix."""
    if item.is_stdin:
        stdin = sys.stdin.buffer
        yield _Source(stdin, stdin, compressed=False)
        return
    try:
        stored: BinaryIO = open(item.path, "rb")
    except OSError as exc:
        raise SourceError(exc.errno, exc.strerror or "cannot open", item.path) from exc
    with stored:
        suffix = Path(item.path).suffix.lower()
        data: BinaryIO = stored
        if suffix == ".gz":
            import gzip

            data = cast(BinaryIO, gzip.GzipFile(fileobj=stored, mode="rb"))
        elif suffix == ".bz2":
            import bz2

            data = cast(BinaryIO, bz2.BZ2File(stored, "rb"))
        elif suffix == ".xz":
            import lzma

            data = cast(BinaryIO, lzma.LZMAFile(stored, "rb"))
        packed = suffix in COMPRESSED_SUFFIXES
        yield _Source(stored, data, compressed=packed, name=str(Path(item.path)))


_MARKUP: Final = re.compile(
    rb"(?:\xef\xbb\xbf)?\s*<(?:!doctype\s+html|\?xml\s|(?:html|head|body|p|div|article"
    rb"|section|span|a|table|ul|ol|h[1-6])[\s>])",
    re.I,
)
"""An HTML page or fragment's first tag.  A dump opens with its ``date`` header (or, without
one, with a title), never with a tag."""


def looks_like_markup(head: bytes) -> bool:
    """Whether a file that starts with ``head`` is HTML rather than a dump.

    Examples:
        >>> looks_like_markup(b"<!DOCTYPE html><html><body><p>Snow</p>")
        True
        >>> looks_like_markup(b" date 2024-01-03 https://example.org/x\\n<p>Snow</p>")
        False
    """
    return _MARKUP.match(head) is not None


def not_text(head: bytes, encoding: str | None) -> str | None:
    """Why a file that starts with ``head`` is not text in ``encoding`` (default UTF-8, or
    UTF-16 after its byte-order mark, as `read` does), or None when it is.

    Examples:
        >>> not_text(" date 2024-01-03 https://example.org/x\\nSnow in Oslo\\n".encode(), None)
        >>> not_text(bytes(range(256)) * 4, None)
        'not text: 624 of its first 1024 characters are NUL, control or not utf-8'
        >>> not_text("Сніг у Львові".encode("cp1251"), "cp1251")
    """
    if encoding is None:
        bom = head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
        encoding = "utf-16" if bom else "utf-8"
    text = codecs.getincrementaldecoder(encoding)("replace").decode(head, final=False)
    bad = sum(
        1 for c in text if c == "\ufffd" or c == "\x7f" or (c < " " and c not in "\t\n\r\f\v")
    )
    if text and bad > NOT_TEXT_SHARE * len(text):
        name = codecs.lookup(encoding).name
        why = f"not text: {bad} of its first {len(text)} characters are NUL, control or not {name}"
        utf16 = _utf16_order(head) if encoding == "utf-8" else None
        return f"{why} (UTF-16 without a byte-order mark? --encoding {utf16})" if utf16 else why
    return None


def _utf16_order(head: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` when ``head`` reads as UTF-16 text without its BOM: a
    NUL in most odd (LE) or even (BE) positions and almost none in the others, as Latin,
    Greek and Cyrillic text gives, so that the warning can name the ``--encoding``.

    Examples:
        >>> _utf16_order("Snø i Tromsø".encode("utf-16-le")), _utf16_order(b"\\x00" * 64)
        ('utf-16-le', None)
    """
    even, odd = head[0::2].count(0), head[1::2].count(0)
    half = len(head) // 2
    if half < 8:  # too little to tell
        return None
    if odd > 0.6 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.6 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


def _with_fault(
    article: Article | None, fault: str, *, strict: bool, records: int, path: str | None
) -> Article | None:
    """The last record with the ``truncated-input`` problem; in strict mode, as any
    error-severity problem there, a `DumpError` instead (``records``: the file's count so far,
    the cut one included), so that ``--strict`` writes nothing from a file cut short."""
    line = article.source.last_line if article is not None and article.source is not None else 1
    if strict:
        raise DumpError(
            fault, path=path, record=max(records, 1), line=line, column=1, code="truncated-input"
        )
    if article is None:
        return None
    problem = Problem("truncated-input", fault, line, 1)
    return attrs.evolve(article, problems=(*article.problems, problem))


def read_input(
    item: Input,
    options: ReadOptions,
    report: FileReport,
    advance: Callable[[int, int], None] | None = None,
) -> Iterator[Article]:
    """The articles of one input; ``report`` says what else happened (a skip, a fault), and
    ``advance`` is told how many stored bytes were read after each record."""
    with open_input(item) as source:
        reason = not_text(source.head(), options.encoding)
        if reason is not None:
            report.skipped = reason
            report.tally.skipped += 1
            return
        report.tally.files += 1
        report.markup = looks_like_markup(source.head())
        # `read` decodes (UTF-8, UTF-16 after a BOM, or ``--encoding``) and reports bad bytes
        articles = read(
            io.BufferedReader(source),
            strict=options.strict,
            repair=options.repair,
            encoding=options.encoding,
        )
        last: Article | None = None  # a compressed input holds its last record back: a
        for article in articles:  # fault at the end of the stream belongs to that record
            ready: Article | None = article
            if source.compressed:
                ready, last = last, article
            if ready is None:
                continue
            report.tally.article(ready)
            if advance is not None:
                advance(source.consumed(), 1)
            yield ready
        if source.fault is not None:
            fault = (
                f"compressed data breaks off at byte {source.consumed()} "
                f"({source.delivered} bytes decompressed): {source.fault}"
            )
            report.fault = f"{'<stdin>' if item.is_stdin else item.path}: {fault}"
            report.tally.faults += 1
            count = report.tally.articles + (last is not None)
            path = getattr(source, "name", None)  # as `read` names it in a strict error
            last = _with_fault(last, fault, strict=options.strict, records=count, path=path)
        report.tally.bytes += source.consumed()
        if last is not None:
            report.tally.article(last)
        if advance is not None:
            advance(source.consumed(), 0 if last is None else 1)
        if last is not None:
            yield last
