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
from typing import Final

from ._header import Header, match_header
from ._lazyre import lazy
from ._lines import MAX_LINE_CHARS, Item, Line

MAX_RECORD_CHARS: Final = 64 * 1024 * 1024
"""The largest real records are a few hundred kB; 64 MiB of text (a few hundred MB of Python
objects once parsed) is the most one record may hold before it is cut, bounding memory."""

# Where a header line may start: `match_header` needs "date" after at most 3 blanks.  (Searched
# from the newline before it: a literal first character lets the regex engine skip ahead fast,
# where ``^`` in MULTILINE mode tries every position.)
_HEADER_START: Final = lazy(globals(), "_HEADER_START", r"\n[ \t]{0,3}date")
_FIRST_HEADER: Final = lazy(globals(), "_FIRST_HEADER", r"[ \t]{0,3}date")


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

    Examples:
        >>> from ._lines import text_lines
        >>> recs = list(split_records(text_lines("x\\n date 2023\\nA\\n date 2024-01\\nB")))
        >>> [(r.header is not None, r.texts) for r in recs]
        [(False, ['x']), (True, [' date 2023', 'A']), (True, [' date 2024-01', 'B'])]
    """
    header: Header | None = None
    texts: list[str] = []
    number = offset = size = 0
    cut = False
    numbers: list[int] | None = None
    specials: list[tuple[int, Line]] = []

    def done() -> RawRecord | None:
        if texts and (header is not None or cut or any(t.strip() for t in texts)):
            return RawRecord(header, texts, number, offset, cut, numbers, specials)
        return None

    for item in items:
        if isinstance(item, Line):
            text = item.text
            h = match_header(text) if item.column == 1 else None
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
            if item.bad or item.column != 1 or n >= MAX_LINE_CHARS:
                specials.append((len(texts), item))
            texts.append(text)
            size += n
            continue

        run_text, lines, first, run_offset, crlf = item
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
            if stop > start:
                chunk = lines[start:stop]
                chars = sum(map(len, chunk))
                if size + chars <= MAX_RECORD_CHARS:
                    if not texts:
                        number = first + start
                        if ascii:
                            offset = run_offset + start_pos
                        else:
                            at_offset += len(
                                run_text[at_pos:start_pos].encode("utf-8", "surrogatepass")
                            )
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
                            offset = run_offset + len(
                                run_text[:pos].encode("utf-8", "surrogatepass")
                            )
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
    if (rec := done()) is not None:
        yield rec


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
