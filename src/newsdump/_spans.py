"""One big file in pieces: byte ranges cut at record headers, each parsed on its own, giving
exactly the articles `read` gives for the whole file (for ``--jobs`` and `newsdump.dask`).

A cut is made only where `read` certainly starts a record whatever came before: at a header
line with a date or a URL (a bare ``date`` line is decided by its neighbours, so never), not
right after a bare ``date`` line (the header below would decide that one), and only after the
first such header (so that text before it keeps its record to look ahead to).  Each piece
carries the line number and byte offset where it starts, so that ``source``, problems' lines
and strict errors' lines are those of the whole file.

A compressed file cannot be entered in the middle: `stream_spans` cuts its decompressed
stream as it comes, and each piece carries its bytes.  Not cut at all: UTF-16 and other
``encoding``s (the cuts are found in UTF-8 bytes).  An invalid UTF-8 byte is fine: offsets
count it as `read` does, as the three bytes of U+FFFD.
"""

from __future__ import annotations

import codecs
import io
import mmap
import os
import re
from collections.abc import Callable, Iterator
from typing import Final

import attrs

from ._header import match_header
from ._lines import READ_CHUNK, Item, binary_items
from ._model import Article
from ._parse import parse_lines
from ._paths import is_compressed
from ._records import _is_bare

SPAN_BYTES: Final = 1024 * 1024
"""Default size of a piece: parsing one takes about a second, so the cost of handing it to a
process (milliseconds) is lost in it; small enough that every worker stays busy to the end of a
file and the results waiting to be written in order stay a few megabytes."""

MAX_HEADER_BYTES: Final = 4096
"""A candidate header line longer than this is not cut at: real headers are a date and a URL,
and a line past MAX_LINE_CHARS is read in pieces, which a cut must not second-guess."""

_CANDIDATE: Final = re.compile(rb"\n[ \t]{0,3}date")

Buffer = bytes | mmap.mmap


@attrs.frozen
class Span:
    """Bytes ``start`` to ``end`` of the file ``path``, whose first line is line ``line`` of
    the file and starts at ``offset`` (as ``Article.source.offset`` counts: the decoded text's
    UTF-8 bytes, after a BOM)."""

    path: str
    start: int
    end: int
    line: int = 1
    offset: int = 0
    last: bool = True
    """Whether this is the file's last piece."""
    data: bytes | None = attrs.field(default=None, repr=False)
    """The piece's bytes, when they come from a stream (a compressed file) rather than the
    file itself."""


def splittable(path: str, encoding: str | None = None) -> bool:
    """Whether ``path`` may be cut at all: a plain (not compressed) file read as UTF-8."""
    return encoding is None and not is_compressed(path)


def spans(path: str, size: int = SPAN_BYTES) -> Iterator[Span]:
    """The pieces of ``path`` in order, each about ``size`` bytes (more when no header is
    near), found lazily while reading the file once.  A file that cannot be cut (see the module
    docstring) is one piece.

    Examples:
        >>> import tempfile, os
        >>> rec = " date 2024-01-0{0} https://ex.org/{0}\\nT{0}\\nL.\\nB.\\n"
        >>> text = "".join(rec.format(i) for i in range(1, 5))
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "d.txt")
        ...     _ = open(p, "w").write(text)
        ...     [(s.start, s.line, s.last) for s in spans(p, size=40)]
        [(0, 1, False), (43, 5, False), (86, 9, False), (129, 13, True)]
    """
    total = os.path.getsize(path)
    with open(path, "rb") as fp:
        if total <= size or not total:
            yield Span(path, 0, total)
            return
        with mmap.mmap(fp.fileno(), 0, access=mmap.ACCESS_READ) as data:
            yield from _cut(path, data, total, size)


def _cut(path: str, data: Buffer, total: int, size: int) -> Iterator[Span]:
    head = data[:4]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        yield Span(path, 0, total)
        return
    start, line, offset = 0, 1, 0
    seen_header = False  # a cut only after the file's first dated header
    pos = size
    while pos < total:
        cut, pos, seen_header = _next_cut(data, max(pos, start), start, seen_header)
        if cut is None:
            break
        piece = data[start:cut]
        yield Span(path, start, cut, line, offset, last=False)
        line, offset = _after(piece, line, offset, first=start == 0)
        start = cut
        pos = cut + size
    yield Span(path, start, total, line, offset, last=True)


def stream_spans(path: str, read: Callable[[int], bytes], size: int = SPAN_BYTES) -> Iterator[Span]:
    """The pieces of a stream (a compressed file, decompressed by ``read``), cut by the rules
    of `spans`, each carrying its bytes (``data``): a worker cannot seek into the stream.
    Memory holds one piece (more only when no header comes for longer)."""
    buf, eof = b"", False
    start, line, offset = 0, 1, 0
    seen = False
    want = size + MAX_HEADER_BYTES  # enough to see the line of a header just past ``size``
    while True:
        while not eof and len(buf) < want:
            more = read(max(want - len(buf), READ_CHUNK))
            eof = not more
            buf += more
        cut = None
        if len(buf) > size:
            cut, _, found = _next_cut(buf, size, 0, seen)
            if cut is not None:  # (a header seen in a window without a cut is seen again)
                seen = found
        if cut is None:
            if eof:
                yield Span(path, start, start + len(buf), line, offset, last=True, data=buf)
                return
            want = max(2 * want, len(buf) + READ_CHUNK)  # no header yet: look further
            continue
        piece, buf = buf[:cut], buf[cut:]
        yield Span(path, start, start + cut, line, offset, last=False, data=piece)
        line, offset = _after(piece, line, offset, first=start == 0)
        start += cut
        want = size + MAX_HEADER_BYTES


def _after(piece: bytes, line: int, offset: int, *, first: bool) -> tuple[int, int]:
    """The line number and offset where the text after ``piece`` starts: lines end at LF, CRLF
    or a lone CR; offsets count the decoded text's UTF-8 bytes (an invalid byte becomes U+FFFD,
    three bytes, as `read` decodes it) after a BOM."""
    line += piece.count(b"\n") + piece.count(b"\r") - piece.count(b"\r\n")
    try:
        piece.decode("utf-8")
        size = len(piece)
    except UnicodeDecodeError:
        size = len(piece.decode("utf-8", "replace").encode("utf-8", "surrogatepass"))
    if first and piece.startswith(codecs.BOM_UTF8):
        size -= len(codecs.BOM_UTF8)
    return line, offset + size


def _next_cut(data: Buffer, pos: int, start: int, seen: bool) -> tuple[int | None, int, bool]:
    """The first safe cut at or after ``pos`` (None at the end), where to search next, and
    whether a dated header has been seen since ``start``."""
    if not seen:
        seen = _dated_header_between(data, start, pos)
    for m in _CANDIDATE.finditer(data, max(pos - 1, 0)):
        at = m.start() + 1
        h = _header_at(data, at)
        if h is None:
            continue
        if not seen:
            seen = True  # the first dated header: the next one may be cut at
            continue
        if not _after_bare(data, m.start()):
            return at, at, seen
    return None, len(data), seen


def _header_at(data: Buffer, at: int) -> bool | None:
    """True when the line at ``at`` is a header with a date or a URL (None otherwise)."""
    end = data.find(b"\n", at, at + MAX_HEADER_BYTES)
    if end < 0:
        return None
    raw = data[at:end]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if "\r" in text.rstrip("\r") or text.endswith("\r\r"):
        return None  # a lone CR inside: the parser sees more than one line here
    h = match_header(text.removesuffix("\r"))
    return True if h is not None and not _is_bare(h) else None


def _dated_header_between(data: Buffer, start: int, stop: int) -> bool:
    """Whether a dated header line starts in ``start``..``stop`` (the first line included)."""
    if start == 0 and _header_at(data, 0):
        return True
    for m in _CANDIDATE.finditer(data, max(start - 1, 0), stop):
        if _header_at(data, m.start() + 1):
            return True
    return False


def _after_bare(data: Buffer, newline: int) -> bool:
    """Whether the line ending at ``newline`` is a bare ``date`` line (or may hide one)."""
    begin = data.rfind(b"\n", max(newline - MAX_HEADER_BYTES, 0), newline) + 1
    raw = data[begin:newline]
    if begin == 0 and newline >= MAX_HEADER_BYTES:
        return True  # a line too long to look at: do not cut after it
    text = raw.decode("utf-8", "replace").removesuffix("\r").rsplit("\r", 1)[-1]
    h = match_header(text)
    return h is not None and _is_bare(h)


def read_span(span: Span, *, strict: bool = False, repair: bool = True) -> Iterator[Article]:
    """The articles of one piece, numbered as in the whole file.  In strict mode a
    `DumpError`'s record number counts from the piece's first record (its line is the
    file's)."""
    data = span.data
    if data is None:
        with open(span.path, "rb") as fp:
            fp.seek(span.start)
            data = fp.read(span.end - span.start)
    items = binary_items(io.BytesIO(data))
    if span.line != 1 or span.offset:
        items = _shifted(items, span.line - 1, span.offset)
    yield from parse_lines(items, path=span.path, strict=strict, repair=repair)


def _shifted(items: Iterator[Item], lines: int, offset: int) -> Iterator[Item]:
    for item in items:
        yield item._replace(number=item.number + lines, offset=item.offset + offset)


__all__ = ["SPAN_BYTES", "Span", "read_span", "spans", "splittable", "stream_spans"]
