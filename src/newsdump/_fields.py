"""Step 5 of the pipeline: a record's header and front lines → the Article's fields.

Two stages, in the order a record goes through them:

- `read_head`: what the header line gives (date, precision, and the rest of the line as URL,
  label, title, time, first body text or noise), or for a header-less record a bare page
  address on its first line; the header's problems.
- `read_front`: the roles `_layout.find_front` gives the lines after the header, turned into
  title, lede, timestamp, published and updated (with the timestamp reader's notes placed at
  their line and column), set-aside blocks, and where the body starts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Final

import attrs

from ._header import classify_rest, split_glued
from ._layout import find_front
from ._model import Block, BlockKind, DatePrecision, Problem
from ._records import RawRecord
from ._timestamps import Note, date_from_url

# The rules that set a header's or a front line's text aside (`Block.rule`), before the repair
# runs: named as the repair names its own, so that every noise block says why it is noise.
HEADER_DATE: Final = "noise:header-date"
HEADER_REST: Final = "noise:header-rest"
HEADER_TIME: Final = "noise:header-time"
FRONT_LINE: Final = "noise:front"


@attrs.frozen
class RecordLines:
    """The lines of a record after its header line (and after the bare page address a
    header-less record may open with): ``texts[i]`` is the record's line ``skip + i``."""

    record: RawRecord
    skip: int
    texts: Sequence[str]

    def number(self, index: int) -> int:
        """The input line number of ``texts[index]``."""
        return self.record.line_number(index + self.skip)

    def column(self, index: int) -> int:
        """The 1-based column where ``texts[index]`` starts in its input line."""
        return self.record.column(index + self.skip)

    def numbers_from(self, start: int) -> Sequence[int]:
        """The input line numbers of ``texts[start:]``."""
        record = self.record
        if record.numbers is None:
            base = record.number + self.skip
            return range(base + start, base + len(self.texts))
        return record.numbers[self.skip + start :]


@attrs.frozen
class Head:
    """What a record says before its front lines: the header's fields and problems.

    ``text`` is the first body line when the header line held it; ``time`` a time the header
    line gave (``date 2023-07-13 14:49``); ``blocks`` the header's text kept as noise.
    ``date_column`` is where a header-date problem points (1 without a header)."""

    number: int
    """The record's first line: its header line when it has one."""
    date: dt.date | None
    precision: DatePrecision | None
    date_column: int
    url: str | None
    label: str | None
    title: str | None
    time: str | None
    text: str | None
    blocks: tuple[Block, ...]
    problems: tuple[Problem, ...]
    lines: RecordLines
    lede: str | None = None
    """The subtitle of a header line that glues headline and subtitle (``kind == "glued"``)."""

    @property
    def evidence(self) -> tuple[dt.date, ...]:
        """Dates known before the stamp is read (the header's, at day precision, and the
        URL's): they decide day-first or month-first stamps (docs/dates.md)."""
        evidence: list[dt.date] = []
        if self.date is not None and self.precision == "day":
            evidence.append(self.date)
        url_date = date_from_url(self.url) if self.url else None
        if url_date is not None and url_date not in evidence:
            evidence.append(url_date)
        return tuple(evidence)


def read_head(record: RawRecord, *, alone: bool) -> Head:
    """The header's fields and problems.

    ``alone``: the record is the whole input, so a missing header is the header-less variant
    (a warning), not text before the first header (an error).
    """
    header = record.header
    number = record.number
    problems: list[Problem] = []
    if record.cut:
        problems.append(
            Problem("record-too-large", "record cut: it continues one that grew too large", number)
        )
    elif header is None and alone:
        problems.append(Problem("no-header", "the input has no ' date YYYY-MM-DD' header", number))
    elif header is None:
        problems.append(
            Problem(
                "missing-header", "record does not start with a ' date YYYY-MM-DD' header", number
            )
        )

    texts = record.texts
    if header is None:
        url = None
        skip = 0
        if not record.cut:
            # a header-less record may open with the page's address on a line of its own
            k = next((i for i, x in enumerate(texts) if x.strip()), None)
            if k is not None and classify_rest(texts[k].strip()) == "url":
                url = texts[k]
                skip = k + 1
        return Head(
            number=number,
            date=None,
            precision=None,
            date_column=1,
            url=url,
            label=None,
            title=None,
            time=None,
            text=None,
            blocks=(),
            problems=tuple(problems),
            lines=RecordLines(record, skip, texts[skip:] if skip else texts),
        )

    blocks: list[Block] = []
    if header.date_text is None:
        problems.append(
            Problem("missing-header-date", "missing header date", number, header.date_column)
        )
    elif header.date is None:
        problems.append(
            Problem(
                "bad-header-date",
                f"header date {header.date_text!r} is not a valid date",
                number,
                header.date_column,
            )
        )
        # kept, not dropped: `date` cannot hold it, so it becomes a noise block
        blocks.append(Block("noise", header.date_text, number, number, HEADER_DATE))
    kind, rest = header.rest_kind, header.rest
    if kind == "noise":
        blocks.append(Block("noise", rest.strip(), number, number, HEADER_REST))
    title = rest if kind == "title" else None
    lede = None
    if kind == "glued":  # headline and subtitle with no separator (docs/format.md)
        title, lede = split_glued(rest) or (rest, None)
    return Head(
        number=number,
        date=header.date,
        precision=header.precision,
        date_column=header.date_column,
        url=rest if kind == "url" else None,
        label=rest if kind == "label" else None,
        title=title,
        time=rest if kind == "time" else None,
        text=rest if kind == "text" else None,
        blocks=tuple(blocks),
        problems=tuple(problems),
        lines=RecordLines(record, 1, texts[1:]),
        lede=lede,
    )


@attrs.frozen
class Fields:
    """The front fields of a record, with the blocks set aside among its front lines and the
    problems found reading them; the body starts at ``lines.texts[body_start]``."""

    title: str | None
    lede: str | None
    timestamp: str | None
    published: dt.datetime | None
    updated: dt.datetime | None
    blocks: tuple[Block, ...]
    problems: tuple[Problem, ...]
    body_start: int
    label: str | None
    """The header's label, unless it was read as the title."""


def read_front(head: Head) -> Fields:
    """Title, lede and timestamp from the front lines (`_layout.find_front`), and the dates the
    timestamp gives; without a stamp line, a time on the header line is the timestamp."""
    lines = head.lines
    texts = lines.texts
    front = find_front(
        texts,
        title=head.title,
        url=head.url,
        label=head.label,
        evidence=head.evidence,
        stamp_only=head.text is not None,
        lede=head.lede,
    )
    title, label = head.title, head.label
    lede, timestamp = head.lede, None
    if front.label_is_title:  # the header's short text is the headline, no line is one
        title, label = label, None
    blocks: list[Block] = []
    problems: list[Problem] = []
    for index, role in front.roles.items():
        text = texts[index]
        if role == "title":
            title = text
        elif role == "lede":
            lede = text
        elif role == "timestamp":
            timestamp = text
        else:
            set_aside: BlockKind = role
            n = lines.number(index)
            rule = FRONT_LINE if set_aside == "noise" else None
            blocks.append(Block(set_aside, text.strip(), n, n, rule))

    published = updated = None
    stamp = front.stamp
    if stamp is not None and timestamp is not None:
        published, updated = stamp.published, stamp.updated
        at = next(i for i, r in front.roles.items() if r == "timestamp")
        problems.extend(_placed(stamp.notes, lines, at))
        if head.time is not None:  # the stamp line wins over a time on the header: kept as noise
            blocks.append(Block("noise", head.time.strip(), head.number, head.number, HEADER_TIME))
    elif head.time is not None:
        timestamp = head.time
        published = _header_time(head.date, head.precision, head.time)
    else:
        problems.append(Problem("no-timestamp", "no timestamp line found", head.number))

    if (
        published is not None
        and head.date is not None
        and head.precision == "day"
        and published.date() != head.date
        and not any(p.code == "date-disagrees" for p in problems)  # the stamp said it already
    ):
        problems.append(
            Problem(
                "date-disagrees",
                f"header date {head.date.isoformat()} but published {published.date().isoformat()}",
                head.number,
                head.date_column,
            )
        )
    return Fields(
        title,
        lede,
        timestamp,
        published,
        updated,
        tuple(blocks),
        tuple(problems),
        front.body_start,
        label,
    )


def _placed(notes: Sequence[Note], lines: RecordLines, at: int) -> list[Problem]:
    """The timestamp reader's notes on line ``texts[at]`` as problems at their input position
    (a note's column counts in the stripped stamp text)."""
    text = lines.texts[at]
    column = lines.column(at) + len(text) - len(text.lstrip()) - 1
    number = lines.number(at)
    return [Problem(n.code, n.message, number, column + n.column, n.severity) for n in notes]


def _header_time(date: dt.date | None, precision: str | None, text: str) -> dt.datetime | None:
    """``date 2023-07-13 14:49``: the header's date with the header's time, naive."""
    if date is None or precision != "day":
        return None
    hour, minute = text.strip().replace(".", ":").split(":")[:2]
    try:
        return dt.datetime.combine(date, dt.time(int(hour), int(minute)))
    except ValueError:
        return None
