"""`read()`: stream articles from files, directories, file objects or stdin.

Memory stays bounded by the largest record: files are read line by line through an incremental
decoder (and decompressor for ``.gz``, ``.bz2`` and ``.xz``), and each record is parsed and
handed on before the next is read.
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Iterable, Iterator
from typing import IO, TYPE_CHECKING, BinaryIO, Union, cast

import attrs

from ._errors import DumpError
from ._lines import READ_CHUNK, Item, binary_items, text_chunk_items
from ._model import Article, Problem
from ._parse import parse_lines
from ._paths import SourceError, StreamGuard, decompress_fault, dump_files, open_dump

if TYPE_CHECKING:
    from pathlib import Path

Source = Union[str, "os.PathLike[str]", IO[str], IO[bytes]]
"""What `read` accepts: a path (file or directory), ``"-"`` for stdin, or an open file."""


def read(
    source: Source, *, strict: bool = False, repair: bool = True, encoding: str | None = None
) -> Iterator[Article]:
    """Stream the articles of ``source``, one record at a time.

    ``source`` is a path (``str`` or `pathlib.Path`; a directory is read recursively in sorted
    order), ``"-"`` for standard input, or an open text or binary file.  Compressed files
    (``.gz``, ``.bz2``, ``.xz``) are decompressed on the fly.  Lenient mode never raises for
    the *content* (any bytes); a path that cannot be opened raises `SourceError` (an
    `OSError`) naming it.

    A compressed file that breaks off (a ``.gz`` cut short) ends there: its last record gets
    a ``truncated-input`` problem (strict: `DumpError`); one that breaks off before its first
    record raises `SourceError`.

    Bytes are read as UTF-8 (UTF-16 when a BOM says so), each invalid byte a problem.
    ``encoding`` names another codec for files, stdin and binary files (``"latin-1"``,
    ``"cp1251"``, ``"utf-16"``, …): bytes it cannot decode become U+FFFD, each a problem;
    ``source.offset`` then counts the UTF-8 bytes of the decoded text.  An unknown name raises
    `LookupError`; an open *text* file has been decoded already, so ``encoding`` is refused
    for one (`ValueError`).

    Examples:
        >>> import io
        >>> data = io.BytesIO(b" date 2021-09-22 FennPoint.com\\nTitle\\nLede.\\nBody.")
        >>> [a.label for a in read(data)]
        ['FennPoint.com']
        >>> cyrillic = " date 2024-01-03 Пример\\nСнег в Москве\\nЛид.\\nТекст.".encode("cp1251")
        >>> [a.title for a in read(io.BytesIO(cyrillic), encoding="cp1251")]
        ['Снег в Москве']

    Returns an iterator of `Article`, one per record, read as it is consumed.  Raises
    `DumpError` in strict mode (at the first error-severity problem), `OSError` for a path
    that cannot be read (when the iteration gets to it).  Anything but a path or a file
    (bytes, lines, None) raises `TypeError` at the call, saying what to pass; so does an
    unknown ``encoding`` (`LookupError`), before anything is read:

        >>> read(b" date 2023-02-07 Example")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        TypeError: read() takes a path, "-" or an open file, not bytes: ...
    """
    _check_source(source)
    if encoding is not None:
        import codecs

        codecs.lookup(encoding)  # an unknown name fails here, before anything is read
    return _read(source, strict, repair, encoding)


def _check_source(source: object) -> None:
    """A `TypeError` naming what `read` takes, for anything it cannot read (rather than an
    `AttributeError` from deep inside on the first ``next``)."""
    if isinstance(source, (str, os.PathLike)) or hasattr(source, "read"):
        return
    kind = type(source).__name__
    expected = 'read() takes a path, "-" or an open file'
    if isinstance(source, (bytes, bytearray, memoryview)):
        raise TypeError(
            f"{expected}, not {kind}: wrap dump bytes as newsdump.read(io.BytesIO(data)),"
            " or decode a file name (name.decode())"
        )
    if isinstance(source, Iterable):
        raise TypeError(
            f"{expected}, not {kind}: parse text lines with newsdump.parse(''.join(lines)),"
            " or read each path in turn"
        )
    raise TypeError(f"{expected}, not {kind}")


def _read(source: Source, strict: bool, repair: bool, encoding: str | None) -> Iterator[Article]:
    if isinstance(source, str) and source == "-":
        yield from _from_binary(sys.stdin.buffer, None, strict, repair, encoding)
        return
    if isinstance(source, (str, os.PathLike)):
        from pathlib import Path  # imported on first use: `import newsdump` stays cheap

        path = Path(source)
        if path.is_dir():
            for file in dump_files(path):
                yield from _read_file(file, strict, repair, encoding)
            return
        yield from _read_file(path, strict, repair, encoding)
        return
    if isinstance(source, io.TextIOBase) or (
        hasattr(source, "encoding")
        and not isinstance(source, (io.BufferedIOBase, io.RawIOBase))
        and not hasattr(source, "peek")
    ):
        if encoding is not None:
            raise ValueError("encoding= is for paths and binary files: this file is text already")
        name = getattr(source, "name", None)
        text_source = cast(IO[str], source)
        yield from parse_lines(
            _text_stream_lines(text_source),
            path=name if isinstance(name, str) else None,
            strict=strict,
            repair=repair,
        )
        return
    name = getattr(source, "name", None)
    yield from _from_binary(
        cast(BinaryIO, source),
        name if isinstance(name, str) else None,
        strict,
        repair,
        encoding,
    )


def _read_file(path: Path, strict: bool, repair: bool, encoding: str | None) -> Iterator[Article]:
    try:
        stream = open_dump(path)
    except OSError as exc:
        raise SourceError(exc.errno, exc.strerror or "cannot open", str(path)) from exc
    with stream:
        yield from _from_binary(stream, str(path), strict, repair, encoding)


def _from_binary(
    stream: BinaryIO, path: str | None, strict: bool, repair: bool, encoding: str | None
) -> Iterator[Article]:
    """The articles of a byte stream.  One that breaks off (a ``.gz`` cut short) ends there:
    the record it cut is kept with a ``truncated-input`` problem (strict: a `DumpError`), so
    that nothing read is lost; a stream that breaks off before any record raises
    `SourceError` (nothing of it could be read)."""
    if not _decompressing(stream):  # nothing to hold back for: stream as it comes
        lines = _guarded(stream, path, encoding)
        yield from parse_lines(lines, path=path, strict=strict, repair=repair)
        return
    guard = StreamGuard(stream)
    articles = parse_lines(
        binary_items(cast(BinaryIO, guard), encoding), path=path, strict=strict, repair=repair
    )
    last: Article | None = None  # held back: a break at the end belongs to the last record
    count = 0
    for article in articles:
        if last is not None:
            yield last
        last, count = article, count + 1
    if guard.fault is None:
        if last is not None:
            yield last
        return
    why = f"compressed data breaks off after {guard.delivered} bytes decompressed: {guard.fault}"
    if last is None:
        raise SourceError(None, f"cannot read compressed data: {guard.fault}", path)
    line = last.source.last_line if last.source is not None else 1
    if strict:
        raise DumpError(why, path=path, record=count, line=line, column=1, code="truncated-input")
    problem = Problem("truncated-input", why, line, 1)
    yield attrs.evolve(last, problems=(*last.problems, problem))


def _decompressing(stream: BinaryIO) -> bool:
    """Whether ``stream`` decompresses (a file `open_dump` opened, or one passed in), looked
    up only among the modules already imported."""
    kinds = [("gzip", "GzipFile"), ("bz2", "BZ2File"), ("lzma", "LZMAFile")]
    loaded = [getattr(sys.modules[m], c) for m, c in kinds if m in sys.modules]
    return isinstance(stream, tuple(loaded))


def _guarded(stream: BinaryIO, path: str | None, encoding: str | None) -> Iterator[Item]:
    """Turn a compressed stream that breaks off (a ``.gz`` cut short) into a clear error.  The
    stream is first read inside the guard too: a file shorter than its BOM check already
    breaks off there."""
    try:
        yield from binary_items(stream, encoding)
    except Exception as exc:
        if decompress_fault(exc):
            raise SourceError(None, f"cannot read compressed data: {exc}", path) from exc
        raise


def _text_stream_lines(stream: IO[str]) -> Iterator[Item]:
    """Lines of an open text file, read in blocks so that memory stays bounded."""
    return text_chunk_items(iter(lambda: stream.read(READ_CHUNK), ""))


__all__ = ["DumpError", "SourceError", "read"]
