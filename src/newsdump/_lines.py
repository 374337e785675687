"""Step 1 of the pipeline: bytes or text → numbered lines.

A line is its text without the line ending, its 1-based number and the byte offset where it
starts.  Lines end at ``\\n``, ``\\r\\n`` or a lone ``\\r`` and nowhere else (``str.splitlines``
also breaks at form feeds and U+2028, which a dump treats as ordinary characters).

The entry points, `text_items` for a ``str`` (`text_chunk_items` for text that arrives in
pieces) and `binary_items` for a byte stream, cut the input at exactly the same places, so that
streaming a file gives what parsing its text gives.

Speed: most input is ordinary (``\\n`` line ends, valid text, no NUL, no giant line).  Such text
is not cut into `Line` objects one by one: it is handed on as a `Run`, one string and its lines
from a single ``str.split`` (in C), and the record splitter works on the run as a whole.  Only
the unusual parts of an input (CR line ends, decoding damage, NUL, lines past MAX_LINE_CHARS) go
through the line-by-line path.  The entry points give runs and lines; `text_lines` gives a text
as lines only (`as_lines` turns runs into lines).
"""

from __future__ import annotations

import codecs
import re
import threading
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from typing import BinaryIO, Final, NamedTuple

MAX_LINE_CHARS: Final = 8 * 1024 * 1024
"""A longer line is cut into pieces of this size (each a line of its own, with the same number).
No real paragraph comes near it (the longest seen are ~100 kB); the cap keeps the memory of a
file with no line breaks at all bounded, since a line is the unit every later step holds."""

READ_CHUNK: Final = 1024 * 1024
"""Bytes asked of the stream per read: large enough that decoding and splitting run in C over
many lines at once, small enough that memory stays bounded (a chunk plus one line)."""

_BREAKS: Final = re.compile(r"\r\n|\r|\n")
# Where `str.splitlines` breaks a line besides CR and LF (a dump does not).
_OTHER_BREAKS: Final = "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
# What the fast path does not take: a CR that does not end a CRLF, a NUL.
_ODD: Final = re.compile(r"\r(?!\n)|\x00")


class Line(NamedTuple):
    """One input line.  ``bad`` holds (column, message) of what decoding found wrong in it."""

    text: str
    number: int
    offset: int
    bad: tuple[tuple[int, str], ...] = ()
    column: int = 1
    """1-based column where ``text`` starts: above 1 only for the later pieces of a line cut at
    MAX_LINE_CHARS."""


class Run(NamedTuple):
    """Consecutive ordinary lines: no decoding damage, no NUL, no lone CR, each shorter than
    MAX_LINE_CHARS.  ``text`` is the input as it was (line ends included); ``lines`` are the
    lines, without their ends.  ``number`` and ``offset`` are those of the first line.  With
    ``crlf`` false every line ends in ``\\n`` (``lines`` is ``text`` cut at ``\\n``, without the
    empty piece after a final one); with it true some end in ``\\r\\n`` instead."""

    text: str
    lines: list[str]
    number: int
    offset: int
    crlf: bool = False


Item = Line | Run


def utf8_len(text: str) -> int:
    """The UTF-8 size of ``text`` (lone surrogates count 3 bytes, as ``surrogatepass``)."""
    return len(text) if text.isascii() else len(text.encode("utf-8", "surrogatepass"))


def text_lines(text: str) -> Iterator[Line]:
    """Split a decoded text into lines; offsets count UTF-8 bytes.

    Examples:
        >>> [tuple(x[:3]) for x in text_lines(" date 2023-01-02\\r\\nTitel\\rText")]
        [(' date 2023-01-02', 1, 0), ('Titel', 2, 18), ('Text', 3, 24)]
    """
    return as_lines(text_items(text))


def text_items(text: str) -> Iterator[Item]:
    """`text_lines` as runs and lines (see the module docstring)."""
    return text_chunk_items((text,))


def text_chunk_items(chunks: Iterable[str]) -> Iterator[Item]:
    """`text_items` for a text that arrives in pieces (an open text file, read in blocks)."""

    def decoded() -> Iterator[Chunk]:
        first = True
        for piece in chunks:
            if first and piece:
                first = False
                if piece.startswith("\ufeff"):
                    piece = piece[1:]
            yield piece, ()

    return _Splitter().items(decoded())


def binary_items(stream: BinaryIO, encoding: str | None = None) -> Iterator[Item]:
    """Read a byte stream as runs and lines: BOM-aware (UTF-8, UTF-16), invalid bytes → U+FFFD
    with their position.  Memory is bounded by a chunk and one line (itself capped by
    MAX_LINE_CHARS), whatever the stream's size.  ``encoding`` (other than UTF-8) forces that
    codec instead of sniffing a BOM."""
    if encoding is not None and codecs.lookup(encoding).name not in ("utf-8", "utf-8-sig"):
        return _Splitter().items(_decoded_chunks(b"", stream, encoding))
    head = _read_head(stream, 4)
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _Splitter().items(_decoded_chunks(head, stream, "utf-16"))
    if head.startswith(codecs.BOM_UTF8):
        head = head[3:]
    return _Splitter().items(_decoded_chunks(head, stream, "utf-8"))


def as_lines(items: Iterable[Item]) -> Iterator[Line]:
    """Runs and lines → lines."""
    for item in items:
        if isinstance(item, Line):
            yield item
            continue
        text, lines, number, offset, _crlf = item
        ascii = text.isascii()
        pos = 0
        for line in lines:
            yield Line(line, number, offset)
            number += 1
            end = text.find("\n", pos) + 1 or len(text)
            offset += end - pos if ascii else utf8_len(text[pos:end])
            pos = end


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

_Read = Callable[[int], bytes]


def _decoded_chunks(head: bytes, stream: BinaryIO, encoding: str) -> Iterator[Chunk]:
    # `read1` returns what is there (at most READ_CHUNK) without waiting for more: a pipe fed
    # slowly still yields its records as they come.
    read = getattr(stream, "read1", stream.read)
    if encoding == "utf-8":
        dec = codecs.getincrementaldecoder(encoding)(_RECORD_ERRORS)
        yield from _utf8_chunks(dec, head, read)
        return
    dec = codecs.getincrementaldecoder(encoding)("strict")
    pending = head
    while True:
        data = read(READ_CHUNK)
        if pending:
            data, pending = pending + data, b""
        if not data:
            break
        yield _decode(dec, data, encoding, final=False)
    yield _decode(dec, b"", encoding, final=True)


# UTF-8 decoding replaces each invalid sequence by U+FFFD through an error handler that notes
# where it was: one pass in C, however many errors (re-decoding the rest after each error, as
# a strict decoder must, costs the square of the chunk size on binary data).  Python keeps
# error handlers in one registry per process, by name: the name is this module's, so that a
# vendored copy (``somescraper._vendor.newsdump``) registers its own handler beside ours
# instead of replacing it (ours would then note bad bytes in the copy's list, not ours).
_RECORD_ERRORS: Final = f"{__name__}.note-replace"
_seen = threading.local()


def _note_replace(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    _seen.errors.append((exc.start, exc.end, exc.object[exc.start : exc.end]))
    return "\ufffd", exc.end


_registered = False


def _utf8_chunks(dec: codecs.IncrementalDecoder, head: bytes, read: _Read) -> Iterator[Chunk]:
    global _registered
    if not _registered:
        codecs.register_error(_RECORD_ERRORS, _note_replace)
        _registered = True
    pending = head
    final = False
    while not final:
        data = read(READ_CHUNK)
        if pending:
            data, pending = pending + data, b""
        final = not data
        buffered = dec.getstate()[0]  # an incomplete sequence held back from the previous chunk
        errors: list[tuple[int, int, bytes]] = []
        _seen.errors = errors
        text = dec.decode(data, final)
        if not errors:
            if text or not final:
                yield text, ()
            continue
        # positions are in ``buffered + data``; the text between two errors decodes cleanly
        whole = buffered + data
        bad: list[tuple[int, str]] = []
        size = 0
        done = 0
        for start, end, what in errors:
            size += len(whole[done:start].decode("utf-8", "surrogatepass"))
            bad.append((size, f"invalid utf-8 bytes {bytes(what)!r}"))
            size += 1
            done = end
        yield text, tuple(bad)


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


class _Splitter:
    """Cuts decoded chunks into runs and lines at CR, LF and CRLF, and overlong lines into
    pieces.  Ordinary text goes out as runs; the rest line by line."""

    def __init__(self) -> None:
        self.buf = ""
        self.bad: list[tuple[int, str]] = []  # (position in buf, message)
        self.number = 1
        self.offset = 0
        # a run whose UTF-8 size is not yet in ``offset``: counted only when a later line needs
        # its offset (parsing one string that ends in a line break never does)
        self.uncounted = ""
        self.column = 1  # where the buffered text starts in its line (above 1 after a cut)

    def settled(self) -> int:
        """``offset``, with the size of the run not yet counted added."""
        if self.uncounted:
            self.offset += utf8_len(self.uncounted)
            self.uncounted = ""
        return self.offset

    def items(self, chunks: Iterable[Chunk]) -> Iterator[Item]:
        for text, chunk_bad in chunks:
            if chunk_bad or self.bad or self.column != 1:
                yield from self._slow(text, chunk_bad)
                continue
            buf, self.buf = self.buf + text, ""
            yield from self._clean(buf)
        buf = self.buf
        if buf.endswith("\r"):
            buf = buf[:-1]
        if buf or self.bad:
            yield from _pieces(buf, self.number, self.settled(), self.bad, 0, self.column)

    def _clean(self, buf: str) -> Iterator[Item]:
        """Decoded text without damage (``self.buf`` empty): runs where the lines end in LF or
        CRLF, line by line around a lone CR or a NUL."""
        crs = buf.count("\r")
        if "\x00" not in buf:
            if not crs:
                yield from self._fast(buf, crlf=False)
                return
            lines = crlf_lines(buf)
            if lines is not None:
                yield from self._fast(buf, crlf=True, lines=lines)
                return
        lone = crs - buf.count("\r\n") - buf.endswith("\r")  # a final CR may be half a CRLF
        nuls = buf.count("\x00")
        if not lone and not nuls:
            yield from self._fast(buf, crlf=True)
            return
        if (lone + nuls) * 4096 > len(buf):  # many of them: all line by line
            yield from self._slow(buf, ())
            return
        pos = 0
        n = len(buf)
        for m in _ODD.finditer(buf):
            at = m.start()
            if at < pos:
                continue  # in a line already done
            start = max(buf.rfind("\n", pos, at) + 1, pos)  # the line holding it
            if start > pos:
                piece = buf[pos:start]
                yield from self._fast(piece, crlf="\r" in piece)
            end = buf.find("\n", at) + 1 or n
            yield from self._slow(buf[start:end], ())
            pos = end
            if self.buf:  # the chunk ended inside that line: keep the rest for later
                self.buf += buf[pos:]
                return
        if pos < n:
            piece = buf[pos:] if pos else buf
            yield from self._fast(piece, crlf="\r" in piece)

    def _fast(self, buf: str, *, crlf: bool, lines: list[str] | None = None) -> Iterator[Item]:
        """Text whose lines end in LF or CRLF (``self.buf`` empty): its complete lines as a
        run, the rest kept.  ``lines``: those lines, cut already (`crlf_lines`)."""
        end = buf.rfind("\n") + 1
        if end:
            run = buf if end == len(buf) else buf[:end]
            self.buf = buf = buf[end:]
            if lines is None:
                if crlf and not any(c in run for c in _OTHER_BREAKS):
                    # every CR here ends a CRLF: `splitlines` cuts where we do, in one pass
                    lines = run.splitlines()
                else:
                    text = run.replace("\r\n", "\n") if crlf else run
                    lines = text.split("\n")
                    lines.pop()
            if len(run) >= MAX_LINE_CHARS and max(map(len, lines)) >= MAX_LINE_CHARS:
                self.buf = ""
                yield from self._slow(run, ())
                self.buf += buf
            else:
                yield Run(run, lines, self.number, self.settled(), crlf)
                self.number += len(lines)
                self.uncounted = run
        else:
            self.buf = buf
        if len(self.buf) > MAX_LINE_CHARS:
            yield from self._slow("", ())

    def _slow(self, text: str, chunk_bad: tuple[tuple[int, str], ...]) -> Iterator[Line]:
        buf, bad = self.buf, self.bad
        number, offset, column = self.number, self.settled(), self.column
        bad.extend((len(buf) + pos, msg) for pos, msg in chunk_bad)
        buf += text
        start = 0
        # `bad` is in position order: each line takes the next stretch of it (found by bisection
        # on the positions, made when first needed), so binary data stays linear
        positions: list[int] | None = None
        k = 0
        for m in _BREAKS.finditer(buf):
            if m.group() == "\r" and m.end() == len(buf):
                break  # may be the first half of a CRLF split between chunks
            line = buf[start : m.start()]
            here = _NOTHING
            if bad:
                if positions is None:
                    positions = [pos for pos, _msg in bad]
                j = bisect_left(positions, m.start(), k)
                here, k = bad[k:j], j
            yield from _pieces(line, number, offset, here, start, column)
            offset += utf8_len(buf[start : m.end()])
            number += 1
            column = 1
            start = m.end()
        if start:
            buf = buf[start:]
            bad = [(pos - start, msg) for pos, msg in bad[k:] if pos >= start]
        while len(buf) > MAX_LINE_CHARS:
            piece = buf[:MAX_LINE_CHARS]
            j = bisect_left([pos for pos, _msg in bad], MAX_LINE_CHARS)
            yield from _pieces(piece, number, offset, bad[:j], 0, column)
            offset += utf8_len(piece)
            column += MAX_LINE_CHARS
            buf = buf[MAX_LINE_CHARS:]
            bad = [(pos - MAX_LINE_CHARS, msg) for pos, msg in bad[j:]]
        self.buf, self.bad = buf, bad
        self.number, self.offset, self.column = number, offset, column


_NOTHING: Final[list[tuple[int, str]]] = []


def crlf_lines(buf: str) -> list[str] | None:
    """The complete lines of ``buf`` (up to its last LF) cut at LF and CRLF, when every CR of
    ``buf`` ends a CRLF or is its last character (half a CRLF, perhaps) and no line holds
    another character `str.splitlines` breaks at; else None.

    What ``buf.count("\\r") == buf.count("\\r\\n") + buf.endswith("\\r")`` tells, with a
    count of LFs for the slower count of CRLFs (issue #16): `str.splitlines` breaks at CRLF,
    LF and a lone CR alike, so one line per LF means that no CR is lone; after the last LF, a
    CR is lone unless it ends ``buf`` (tests/test_fast_s13_front.py checks the two agree).

    >>> crlf_lines("a\\r\\nb\\nc\\r"), crlf_lines("a\\rb\\n"), crlf_lines("a\\n\\rb")
    (['a', 'b'], None, None)
    """
    end = buf.rfind("\n") + 1
    run = buf if end == len(buf) else buf[:end]
    if end < len(buf):
        tail = buf[end:]
        if tail.count("\r") != tail.endswith("\r"):
            return None
    if any(c in run for c in _OTHER_BREAKS):
        return None
    lines = run.splitlines()
    return lines if len(lines) == run.count("\n") else None


def _pieces(
    text: str, number: int, offset: int, bad: list[tuple[int, str]], start: int, column: int
) -> Iterator[Line]:
    """One line (at ``start`` in the buffer that ``bad`` positions refer to), cut into pieces of
    MAX_LINE_CHARS when longer."""
    if len(text) <= MAX_LINE_CHARS and not bad and "\x00" not in text:
        yield Line(text, number, offset, (), column)
        return
    for cut in range(0, max(len(text), 1), MAX_LINE_CHARS):
        piece = text[cut : cut + MAX_LINE_CHARS]
        lo = start + cut
        here = tuple((pos - lo + 1, msg) for pos, msg in bad if lo <= pos < lo + len(piece))
        nul = piece.find("\x00")
        if nul >= 0:
            here = (*here, (nul + 1, "NUL character (binary data?)"))
        yield Line(piece, number, offset, here, column + cut)
        if cut + MAX_LINE_CHARS < len(text):
            offset += utf8_len(piece)
