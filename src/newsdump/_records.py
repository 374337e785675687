"""Step 3 of the pipeline: numbered lines → records, split at header lines.

A record runs from a header line to the line before the next header.  Text before the first
header is a header-less record (the parser flags it); whitespace-only text there is not a
record.  A record that grows past MAX_RECORD_CHARS is closed and the rest continues as a
header-less record, so that memory stays bounded by one (capped) record whatever the input.

A `Run` (many ordinary lines in one string) is searched for header lines with one regex in C;
its lines go into records as slices of its line list, never one Python step per line.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import chain
from typing import Final, Literal

from ._header import Header, match_header
from ._lazyre import lazy
from ._lines import MAX_LINE_CHARS, Item, Line, utf8_len

MAX_RECORD_CHARS: Final = 64 * 1024 * 1024
"""The largest real records are a few hundred kB; 64 MiB of text (a few hundred MB of Python
objects once parsed) is the most one record may hold before it is cut, bounding memory."""

# Where a header line may start: `match_header` needs "date" after at most 3 blanks.  (Searched
# from the newline before it: a literal first character lets the regex engine skip ahead fast,
# where ``^`` in MULTILINE mode tries every position.)
_HEADER_START: Final = lazy(globals(), "_HEADER_START", r"\n[ \t]{0,3}date")
_FIRST_HEADER: Final = lazy(globals(), "_FIRST_HEADER", r"[ \t]{0,3}date")
_STOPS: Final = frozenset(".!?…。！？")
_CLOSERS: Final = "\"'”’»)]"
# What a line continuing the sentence before it may start with besides a lower-case letter.
_GO_ON: Final = frozenset(",;:.!?)]}%…")


def bare_header_at(prev: str | None, after: str | None) -> bool:
    """Whether a bare header line (``date`` alone: no date, no URL) starts a record, from its
    neighbours: ``prev`` the input line before it (None at the start of the input), ``after``
    the line after it (None at the end).  A link whose text is ``date``, standing on a line of
    its own inside a sentence (``… the exact`` / ``date`` / ``when …``), must not cut the
    record in two.

    A bare header starts a record at the start of the input, after a blank line or a header
    line, and after a finished sentence unless the next line continues a sentence.

    Examples:
        >>> bare_header_at("It is too early to name the exact", "when the borders open")
        False
        >>> bare_header_at("The talks ended.", "Snow in Oslo"), bare_header_at("", "x")
        (True, True)
        >>> bare_header_at("The talks ended.", "when the borders open")
        False
    """
    before = _before_bare(prev)
    return before == "start" or (before == "finished" and not continues(after))


def _before_bare(prev: str | None) -> Literal["start", "finished", "open"]:
    """What the line before a bare header says: a record may start (nothing before it, a blank
    line, a header line), a sentence is finished, or one is open."""
    if prev is None or not prev.strip() or match_header(prev) is not None:
        return "start"
    return "finished" if ends_sentence(prev) else "open"


def ends_sentence(line: str) -> bool:
    """``line`` ends with a sentence stop (closing quotes and brackets may follow it)."""
    text = line.rstrip().rstrip(_CLOSERS)
    return bool(text) and text[-1] in _STOPS


def continues(line: str | None) -> bool:
    """``line`` reads as the rest of a sentence: it starts lower-case or with punctuation that
    closes or continues one."""
    text = (line or "").lstrip()
    return bool(text) and (text[0].islower() or text[0] in _GO_ON)


class RawRecord:
    """One record: its header and the texts of its lines (the header line first when there is
    one).  Line ``i`` has number ``number + i`` unless ``numbers`` lists them (a line cut into
    pieces repeats its number); ``offset`` is the byte offset of the first line; ``specials``
    holds (index, `Line`) for the lines that carry more than their text: decoding damage, a
    NUL, a cut (column above 1) or the full MAX_LINE_CHARS length."""

    __slots__ = ("cut", "header", "number", "numbers", "offset", "specials", "texts")

    def __init__(
        self,
        header: Header | None,
        texts: list[str],
        number: int,
        offset: int,
        cut: bool = False,
        numbers: list[int] | None = None,
        specials: list[tuple[int, Line]] | None = None,
    ) -> None:
        self.header = header
        self.texts = texts
        self.number = number
        self.offset = offset
        self.cut = cut
        """True when the record continues one that was cut at MAX_RECORD_CHARS."""
        self.numbers = numbers
        self.specials: list[tuple[int, Line]] = specials or []

    def line_number(self, index: int) -> int:
        """The input line number of ``texts[index]``."""
        return self.numbers[index] if self.numbers is not None else self.number + index

    def column(self, index: int) -> int:
        """The 1-based column where ``texts[index]`` starts in its input line."""
        for i, line in self.specials:
            if i == index:
                return line.column
        return 1


def split_records(items: Iterable[Item]) -> Iterator[RawRecord]:
    """Group lines (or runs of lines) into records.

    A bare header line (``date`` alone) is decided from its neighbours (`bare_header_at`); when
    the line after it is in the next item, the decision waits for that one line.

    Examples:
        >>> from ._lines import text_lines
        >>> recs = list(split_records(text_lines("x\\n date 2023\\nA\\n date 2024-01\\nB")))
        >>> [(r.header is not None, r.texts) for r in recs]
        [(False, ['x']), (True, [' date 2023', 'A']), (True, [' date 2024-01', 'B'])]
        >>> [r.texts for r in split_records(text_lines("the exact\\ndate\\nwhen"))]
        [['the exact', 'date', 'when']]
    """
    header: Header | None = None
    texts: list[str] = []
    number = offset = size = 0
    cut = False
    numbers: list[int] | None = None
    specials: list[tuple[int, Line]] = []
    last: str | None = None  # the input line before the current one (None: none yet)
    # a bare header line after a finished sentence, already in ``texts`` as text, waiting for
    # the line after it: (header, line number, byte offset, the Line when it came as one)
    pending: tuple[Header, int, int, Line | None] | None = None

    def done() -> RawRecord | None:
        if texts and (header is not None or cut or any(t.strip() for t in texts)):
            return RawRecord(header, texts, number, offset, cut, numbers, specials)
        return None

    def settle(after: str | None) -> Iterator[RawRecord]:
        """Decide the pending bare header now that the line after it is known."""
        nonlocal header, texts, number, offset, size, cut, numbers, specials, pending
        assert pending is not None
        h, line_number, line_offset, line = pending
        pending = None
        if continues(after):
            return  # text: it stays where it is
        text = texts.pop()
        size -= len(text)
        if numbers is not None:
            numbers.pop()
        if specials and specials[-1][0] == len(texts):
            specials.pop()
        if (rec := done()) is not None:
            yield rec
        cut = False
        header, texts, size, numbers = h, [text], len(text), None
        specials = [(0, line)] if line is not None and _special(line) else []
        number, offset = line_number, line_offset

    for item in items:
        if isinstance(item, Line):
            text = item.text
            if pending is not None:
                yield from settle(text)
            h = match_header(text) if item.column == 1 else None
            if h is not None and _is_bare(h) and (before := _before_bare(last)) != "start":
                if before == "finished":  # the next line decides
                    pending = (h, item.number, item.offset, item)
                h = None
            last = text
            n = len(text)
            if h is not None or size + n > MAX_RECORD_CHARS:
                if (rec := done()) is not None:
                    yield rec
                cut = h is None
                header, texts, size, numbers, specials = h, [], 0, None, []
            if not texts:
                number, offset = item.number, item.offset
            elif numbers is None and item.number != number + len(texts):
                numbers = list(range(number, number + len(texts)))
            if numbers is not None:
                numbers.append(item.number)
            if _special(item):
                specials.append((len(texts), item))
            texts.append(text)
            size += n
            continue

        run_text, lines, first, run_offset, crlf = item
        if not lines:
            continue
        if pending is not None:
            yield from settle(lines[0])
        ascii = run_text.isascii()
        # byte offsets, computed incrementally at the positions asked for (increasing)
        at_pos, at_offset = 0, run_offset
        # line index of a position, counted incrementally the same way
        count_pos = count_index = 0
        start = start_pos = 0  # first line (and its position) not yet in a record
        for end in chain(_header_lines(run_text, crlf), (None,)):
            if end is None:
                stop, stop_pos, h = len(lines), len(run_text), None
            else:
                stop_pos, h = end
                count_index += run_text.count("\n", count_pos, stop_pos)
                count_pos = stop_pos
                stop = count_index
                if _is_bare(h):
                    prev = lines[stop - 1] if stop else last
                    if stop + 1 < len(lines):
                        if not bare_header_at(prev, lines[stop + 1]):
                            continue
                    elif (before := _before_bare(prev)) == "open":
                        continue
                    elif before == "finished":
                        # the run's last line: the line after it, in the next item, decides
                        line_offset = run_offset + utf8_len(run_text[:stop_pos])
                        pending = (h, first + stop, line_offset, None)
                        continue
            if stop > start:
                chunk = lines[start:stop]
                # the lines are the text between the positions less their LFs, and less their
                # CRs when some end in CRLF (every CR of a run does: `Run`)
                chars = stop_pos - start_pos - (stop - start)
                if crlf:
                    chars -= run_text.count("\r", start_pos, stop_pos)
                if size + chars <= MAX_RECORD_CHARS:
                    if not texts:
                        number = first + start
                        if ascii:
                            offset = run_offset + start_pos
                        else:
                            # an ASCII record (the run is not) costs no encode
                            at_offset += utf8_len(run_text[at_pos:start_pos])
                            at_pos = start_pos
                            offset = at_offset
                        texts = chunk
                    else:
                        texts.extend(chunk)
                    if numbers is not None:
                        numbers.extend(range(first + start, first + stop))
                    size += chars
                else:
                    # the record grows too large in this stretch: cut it line by line
                    pos = start_pos
                    for index in range(start, stop):
                        text = lines[index]
                        n = len(text)
                        if size + n > MAX_RECORD_CHARS:
                            if (rec := done()) is not None:
                                yield rec
                            cut = True
                            header, texts, size, numbers, specials = None, [], 0, None, []
                        if not texts:
                            number = first + index
                            offset = run_offset + utf8_len(run_text[:pos])
                        elif numbers is not None:
                            numbers.append(first + index)
                        texts.append(text)
                        size += n
                        pos = run_text.find("\n", pos) + 1
            if end is not None:
                if (rec := done()) is not None:
                    yield rec
                cut = False
                header, texts, size, numbers, specials = h, [], 0, None, []
                start, start_pos = stop, stop_pos
        last = lines[-1]
    if pending is not None:
        yield from settle(None)
    if (rec := done()) is not None:
        yield rec


def _is_bare(h: Header) -> bool:
    """A header line with neither a date nor a URL: only the word ``date``."""
    return h.date_text is None and not h.rest.strip()


def _special(line: Line) -> bool:
    return bool(line.bad) or line.column != 1 or len(line.text) >= MAX_LINE_CHARS


def _header_lines(text: str, crlf: bool) -> Iterator[tuple[int, Header]]:
    """(position, header) of each header line of a run's text (``crlf``: some lines end in
    CRLF)."""
    starts: Iterator[int] = (m.start() + 1 for m in _HEADER_START.finditer(text))
    if _FIRST_HEADER.match(text):
        starts = chain((0,), starts)
    for pos in starts:
        end = text.find("\n", pos)
        line = text[pos:end] if end >= 0 else text[pos:]
        if crlf and line.endswith("\r"):
            line = line[:-1]
        h = match_header(line)
        if h is not None:
            yield pos, h
