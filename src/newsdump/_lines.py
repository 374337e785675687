"""Step 1 of the pipeline: bytes or text → numbered lines.

A line is its text without the line ending, its 1-based number and the byte offset where it
starts.  Lines end at ``\\n``, ``\\r\\n`` or a lone ``\\r`` and nowhere else (``str.splitlines``
also breaks at form feeds and U+2028, which a dump treats as ordinary characters).

The two entry points, `text_lines` for a ``str`` and `binary_lines` for a byte stream, cut the
input at exactly the same places, so that streaming a file gives what parsing its text gives.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterable, Iterator
from typing import BinaryIO, Final, NamedTuple

MAX_LINE_CHARS: Final = 8 * 1024 * 1024
"""A longer line is cut into pieces of this size (each a line of its own, with the same number).
No real paragraph comes near it (the longest seen are ~100 kB); the cap keeps the memory of a
file with no line breaks at all bounded, since a line is the unit every later step holds."""

READ_CHUNK: Final = 1024 * 1024
"""Bytes asked of the stream per ``readline`` call: large enough to take any real line at once,
small enough that a line-less binary file is read in bounded pieces."""

_BREAKS: Final = re.compile(r"\r\n|\r|\n")
# Characters str.splitlines() treats as line ends although a dump does not.
_EXOTIC_BREAKS: Final = re.compile("[\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")


class Line(NamedTuple):
    """One input line.  ``bad`` holds (column, message) of what decoding found wrong in it."""

    text: str
    number: int
    offset: int
    bad: tuple[tuple[int, str], ...] = ()
    column: int = 1
    """1-based column where ``text`` starts: above 1 only for the later pieces of a line cut at
    MAX_LINE_CHARS."""


def text_lines(text: str) -> Iterator[Line]:
    """Split a decoded text into lines; offsets count UTF-8 bytes.

    Examples:
        >>> [tuple(x[:3]) for x in text_lines(" date 2023-01-02\\r\\nTitel\\rText")]
        [(' date 2023-01-02', 1, 0), ('Titel', 2, 18), ('Text', 3, 24)]
    """
    return text_chunk_lines((text,))


def text_chunk_lines(chunks: Iterable[str]) -> Iterator[Line]:
    """`text_lines` for a text that arrives in pieces (an open text file, read in blocks)."""

    def decoded() -> Iterator[Chunk]:
        first = True
        for piece in chunks:
            if first and piece:
                first = False
                if piece.startswith("\ufeff"):
                    piece = piece[1:]
            yield piece, ()

    return _split(decoded())


def binary_lines(stream: BinaryIO) -> Iterator[Line]:
    """Read a byte stream line by line: BOM-aware, invalid bytes → U+FFFD with their position.

    Memory is bounded by one line (itself capped by MAX_LINE_CHARS), whatever the stream's size.
    """
    head = _read_head(stream, 4)
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _split(_decoded_chunks(head, stream, "utf-16"))
    if head.startswith(codecs.BOM_UTF8):
        head = head[3:]
    return _split(_decoded_chunks(head, stream, "utf-8"))


def _read_head(stream: BinaryIO, size: int) -> bytes:
    """The first ``size`` bytes (fewer only at end of stream): a pipe, a socket or a raw file
    may return fewer bytes than asked, and a BOM cut in two would go unrecognised."""
    head = b""
    while len(head) < size:
        more = stream.read(size - len(head))
        if not more:
            break
        head += more
    return head


Chunk = tuple[str, tuple[tuple[int, str], ...]]
"""Decoded text and the (0-based position, message) of each character decoding replaced."""


def _decoded_chunks(head: bytes, stream: BinaryIO, encoding: str) -> Iterator[Chunk]:
    dec = codecs.getincrementaldecoder(encoding)("strict")
    pending = head
    while True:
        data = stream.readline(READ_CHUNK)
        if pending:
            data, pending = pending + data, b""
        if not data:
            break
        yield _decode(dec, data, encoding, final=False)
    yield _decode(dec, b"", encoding, final=True)


def _decode(dec: codecs.IncrementalDecoder, data: bytes, encoding: str, *, final: bool) -> Chunk:
    buffered = dec.getstate()[0]  # an incomplete sequence held back from the previous chunk
    try:
        return dec.decode(data, final), ()
    except UnicodeDecodeError:
        pass
    # Slow path, only for damaged input: replace each bad sequence and remember where it was.
    dec.reset()
    data = buffered + data
    out: list[str] = []
    bad: list[tuple[int, str]] = []
    size = 0
    rest = data
    while True:
        try:
            out.append(dec.decode(rest, final))
            break
        except UnicodeDecodeError as exc:
            good = exc.object[: exc.start]
            text = bytes(good).decode(encoding, "replace") if good else ""
            out.append(text)
            size += len(text)
            bad.append(
                (size, f"invalid {encoding} bytes {bytes(exc.object[exc.start : exc.end])!r}")
            )
            out.append("\ufffd")
            size += 1
            rest = bytes(exc.object[exc.end :])
            dec.reset()
            if not rest:
                break
    return "".join(out), tuple(bad)


def _split(chunks: Iterable[Chunk]) -> Iterator[Line]:
    """Cut decoded chunks into lines at CR, LF and CRLF, and overlong lines into pieces."""
    buf = ""
    bad: list[tuple[int, str]] = []
    number = 1
    offset = 0
    column = 1  # where the buffered text starts in its line (above 1 after a cut)
    for text, chunk_bad in chunks:
        bad.extend((len(buf) + pos, msg) for pos, msg in chunk_bad)
        buf += text
        start = 0
        for m in _BREAKS.finditer(buf):
            if m.group() == "\r" and m.end() == len(buf):
                break  # may be the first half of a CRLF split between chunks
            line = buf[start : m.start()]
            yield from _pieces(line, number, offset, bad, start, column)
            offset += len(buf[start : m.end()].encode("utf-8", "surrogatepass"))
            number += 1
            column = 1
            start = m.end()
        if start:
            buf = buf[start:]
            bad = [(pos - start, msg) for pos, msg in bad if pos >= start]
        while len(buf) > MAX_LINE_CHARS:
            piece = buf[:MAX_LINE_CHARS]
            yield from _pieces(piece, number, offset, bad, 0, column)
            offset += len(piece.encode("utf-8", "surrogatepass"))
            column += MAX_LINE_CHARS
            buf = buf[MAX_LINE_CHARS:]
            bad = [(pos - MAX_LINE_CHARS, msg) for pos, msg in bad if pos >= MAX_LINE_CHARS]
    if buf.endswith("\r"):
        buf = buf[:-1]
    if buf or bad:
        yield from _pieces(buf, number, offset, bad, 0, column)


def _pieces(
    text: str, number: int, offset: int, bad: list[tuple[int, str]], start: int, column: int
) -> Iterator[Line]:
    """One line (at ``start`` in the buffer that ``bad`` positions refer to), cut into pieces of
    MAX_LINE_CHARS when longer."""
    for cut in range(0, max(len(text), 1), MAX_LINE_CHARS):
        piece = text[cut : cut + MAX_LINE_CHARS]
        lo = start + cut
        here = tuple((pos - lo + 1, msg) for pos, msg in bad if lo <= pos < lo + len(piece))
        nul = piece.find("\x00")
        if nul >= 0:
            here = (*here, (nul + 1, "NUL character (binary data?)"))
        yield Line(piece, number, offset, here, column + cut)
        if cut + MAX_LINE_CHARS < len(text):
            offset += len(piece.encode("utf-8", "surrogatepass"))
