"""Step 3 of the pipeline: numbered lines → records, split at header lines.

A record runs from a header line to the line before the next header.  Text before the first
header is a header-less record (the parser flags it); whitespace-only text there is not a
record.  A record that grows past MAX_RECORD_CHARS is closed and the rest continues as a
header-less record, so that memory stays bounded by one (capped) record whatever the input.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Final, NamedTuple

from ._header import Header, match_header
from ._lines import Line

MAX_RECORD_CHARS: Final = 64 * 1024 * 1024
"""The largest real records are a few hundred kB; 64 MiB of text (a few hundred MB of Python
objects once parsed) is the most one record may hold before it is cut, bounding memory."""


class RawRecord(NamedTuple):
    header: Header | None
    lines: list[Line]
    """All lines of the record, the header line first when there is one."""
    cut: bool = False
    """True when the record continues one that was cut at MAX_RECORD_CHARS."""


def split_records(lines: Iterable[Line]) -> Iterator[RawRecord]:
    """Group lines into records.

    Examples:
        >>> from ._lines import text_lines
        >>> recs = list(split_records(text_lines("x\\n date 2023\\nA\\n date 2024-01\\nB")))
        >>> [(r.header is not None, [l.text for l in r.lines]) for r in recs]
        [(False, ['x']), (True, [' date 2023', 'A']), (True, [' date 2024-01', 'B'])]
    """
    header: Header | None = None
    current: list[Line] = []
    size = 0
    cut = False
    for line in lines:
        h = match_header(line.text) if line.column == 1 else None
        if h is not None or size + len(line.text) > MAX_RECORD_CHARS:
            if current and (header is not None or cut or any(x.text.strip() for x in current)):
                yield RawRecord(header, current, cut)
            cut = h is None
            header, current, size = h, [], 0
        current.append(line)
        size += len(line.text)
    if current and (header is not None or cut or any(x.text.strip() for x in current)):
        yield RawRecord(header, current, cut)
