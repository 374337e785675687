"""Step 5: one record → one `Article`, and the public `parse()`.

The whole pipeline, as a newcomer would follow one record::

    _lines.text_items / binary_items   text or bytes → numbered lines (runs of them)
    _records.split_records             lines → records, split at header lines
    _header.match_header               the header: date, precision, URL / label / first text
    _layout.find_front                 title, lede and timestamp lines (and set-asides)
    _timestamps.parse_timestamp        published / updated, day-first decided from evidence
    _repair.repair                     body lines → blocks, with the edits that explain them
    here: build_article                the Article, its problems, strict mode
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Final

from ._errors import DumpError
from ._header import Header, classify_rest, split_glued
from ._layout import find_front
from ._lines import MAX_LINE_CHARS, Item, text_items
from ._model import Article, Block, BlockKind, Edit, Link, Problem, Severity, Source
from ._records import RawRecord, split_records
from ._timestamps import date_from_url

# Problem codes raised by this module, and how bad each is.  `error` means the input breaks the
# format: strict mode raises DumpError for it.
_SEVERITY: dict[str, Severity] = {
    "invalid-utf8": "error",
    "nul-character": "error",
    "missing-header": "error",
    "no-header": "warning",
    "missing-header-date": "error",
    "bad-header-date": "error",
    "line-too-long": "warning",
    "record-too-large": "warning",
    "no-timestamp": "info",
    "date-disagrees": "warning",
    "bad-timestamp": "error",
}
"""Codes from the timestamp reader listed here take this severity instead of the reader's:
a stamp line naming an impossible date or time breaks the format."""


def parse(text: str, *, strict: bool = False, repair: bool = True) -> list[Article]:
    """Parse dump text into articles, one per record.

    Lenient by default: input that breaks the format becomes a `Problem` on the article (with
    its line and column) and its text is kept.  ``strict=True`` raises `DumpError` instead.
    ``repair=False`` keeps every body line as its own paragraph block.

    Examples:
        >>> [a] = parse(" date 2023-02-07 https://example.org/a\\nTitle\\nLede.\\n"
        ...             "14:00 GMT 07.02.2023\\nFirst line of the\\nbody.")
        >>> a.title, a.published.isoformat(), a.paragraphs
        ('Title', '2023-02-07T14:00:00+00:00', ('First line of the body.',))
    """
    return list(parse_lines(text_items(text), strict=strict, repair=repair))


def parse_lines(
    lines: Iterable[Item], *, path: str | None = None, strict: bool = False, repair: bool = True
) -> Iterator[Article]:
    """The pipeline from numbered lines on; `parse` and `read` both end here."""
    records = split_records(lines)
    first = next(records, None)
    if first is None:
        return
    # One record of look-ahead tells a header-less input (one record, no header anywhere: a
    # variant seen in the wild) from text standing before the first header (broken input).
    second = next(records, None)
    yield build_article(
        first, path=path, record_no=1, strict=strict, repair=repair, alone=second is None
    )
    if second is None:
        return
    yield build_article(second, path=path, record_no=2, strict=strict, repair=repair)
    for number, record in enumerate(records, start=3):
        yield build_article(record, path=path, record_no=number, strict=strict, repair=repair)


def build_article(
    record: RawRecord,
    *,
    path: str | None,
    record_no: int,
    strict: bool,
    repair: bool,
    alone: bool = False,
) -> Article:
    """Turn one raw record into an `Article` (raising `DumpError` in strict mode).

    ``alone``: the record is the whole input, so a missing header is the header-less variant
    (a warning), not text before the first header (an error).
    """
    problems: list[Problem] = []

    def problem(code: str, message: str, line: int, column: int = 1) -> None:
        problems.append(Problem(code, message, line, column, _SEVERITY.get(code, "warning")))

    for _index, line in record.specials:
        for column, message in line.bad:
            code = "nul-character" if "NUL" in message else "invalid-utf8"
            problem(code, message, line.number, line.column + column - 1)
        if len(line.text) >= MAX_LINE_CHARS:
            problem(
                "line-too-long",
                f"line cut after {MAX_LINE_CHARS} characters",
                line.number,
                line.column + len(line.text),
            )
    header = record.header
    # `rest` is the record's lines after the header line: texts[skip:]
    skip = 1 if header is not None else 0
    first_number = record.number
    head_number = first_number  # the header line's number (when there is a header)
    if record.cut:
        problem(
            "record-too-large", "record cut: it continues one that grew too large", first_number
        )
    elif header is None and alone:
        problem("no-header", "the input has no ' date YYYY-MM-DD' header", first_number)
    elif header is None:
        problem(
            "missing-header",
            "record does not start with a ' date YYYY-MM-DD' header",
            first_number,
        )

    url = label = title = None
    date = None
    precision = None
    blocks: list[Block] = []
    body_lines: list[str] = []
    body_numbers: list[int] = []
    header_time: str | None = None
    header_lede: str | None = None
    all_texts = record.texts
    if header is None and not record.cut:
        # a header-less record may open with the page's address on a line of its own
        k = next((i for i, x in enumerate(all_texts) if x.strip()), None)
        if k is not None and classify_rest(all_texts[k].strip()) == "url":
            url = all_texts[k]
            skip = k + 1
    texts = all_texts[skip:] if skip else all_texts

    def number_of(index: int) -> int:  # the line number of texts[index]
        return record.line_number(index + skip)

    if header is not None:
        date, precision = header.date, header.precision
        if header.date_text is None:
            problem("missing-header-date", "missing header date", head_number, header.date_column)
        elif header.date is None:
            problem(
                "bad-header-date",
                f"header date {header.date_text!r} is not a valid date",
                head_number,
                header.date_column,
            )
            # kept, not dropped: `date` cannot hold it, so it becomes a noise block
            blocks.append(Block("noise", header.date_text, head_number, head_number))
        kind = header.rest_kind
        if kind == "url":
            url = header.rest
        elif kind == "label":
            label = header.rest
        elif kind == "title":
            title = header.rest
        elif kind == "glued":  # headline and subtitle with no separator (issue #20)
            title, header_lede = split_glued(header.rest) or (header.rest, None)
        elif kind == "text":
            body_lines.append(header.rest)
            body_numbers.append(head_number)
        elif kind == "time":
            header_time = header.rest
        elif kind == "noise":
            blocks.append(Block("noise", header.rest.strip(), head_number, head_number))

    evidence: list[dt.date] = []
    if date is not None and precision == "day":
        evidence.append(date)
    url_date = date_from_url(url) if url else None
    if url_date is not None and url_date not in evidence:
        evidence.append(url_date)

    front = find_front(
        texts,
        title=title,
        url=url,
        label=label,
        evidence=evidence,
        stamp_only=bool(body_lines),
        lede=header_lede,
    )
    lede, timestamp = header_lede, None
    if front.label_is_title:  # the header's short text is the headline (issue #20)
        title, label = label, None
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
            n = number_of(index)
            blocks.append(Block(set_aside, text.strip(), n, n))

    published = updated = None
    stamp = front.stamp
    if stamp is not None and timestamp is not None:
        published, updated = stamp.published, stamp.updated
        ts_index = next(i for i, r in front.roles.items() if r == "timestamp")
        ts_text = texts[ts_index]
        indent = len(ts_text) - len(ts_text.lstrip())
        for note in stamp.notes:
            problems.append(
                Problem(
                    note.code,
                    note.message,
                    number_of(ts_index),
                    record.column(ts_index + skip) + indent + note.column - 1,
                    _SEVERITY.get(note.code, note.severity),
                )
            )
    elif header_time is not None and header is not None:
        timestamp = header_time
        published = _header_time(date, precision, header_time)
    else:
        problem("no-timestamp", "no timestamp line found", first_number)
    if header_time is not None and timestamp != header_time and header is not None:
        blocks.append(Block("noise", header_time.strip(), head_number, head_number))

    if (
        published is not None
        and date is not None
        and precision == "day"
        and published.date() != date
        and not any(p.code == "date-disagrees" for p in problems)  # the stamp said it already
    ):
        problem(
            "date-disagrees",
            f"header date {date.isoformat()} but published {published.date().isoformat()}",
            first_number,
            header.date_column if header else 1,
        )

    body_start = front.body_start
    if body_start < len(texts):
        body_lines.extend(texts[body_start:])
        if record.numbers is None:
            base = record.number + skip
            body_numbers.extend(range(base + body_start, base + len(texts)))
        else:
            body_numbers.extend(record.numbers[skip + body_start :])
    if repair:
        from ._repair import repair as repair_lines  # imported on first use: see __init__

        fixed = repair_lines(body_lines, numbers=body_numbers)
        body = list(fixed.blocks)
        edits = fixed.edits
        problems.extend(fixed.problems)
    else:
        body = [
            Block("paragraph", t, n, n)
            for t, n in zip(map(str.strip, body_lines), body_numbers, strict=False)
            if t
        ]
        edits = ()
    if blocks:
        body = sorted([*blocks, *body], key=lambda b: b.first_line)
    links = (
        probable_links(body, edits, dict(zip(body_numbers, body_lines, strict=True)))
        if edits
        else ()
    )

    problems.sort(key=lambda p: (p.line, p.column))
    if strict:
        for p in problems:
            if p.severity == "error":
                raise DumpError(
                    p.message,
                    path=path,
                    record=record_no,
                    line=p.line,
                    column=p.column,
                    code=p.code,
                )
    return Article(
        url=url,
        label=label,
        title=title,
        lede=lede,
        timestamp=timestamp,
        date=date,
        date_precision=precision,
        published=published,
        updated=updated,
        blocks=tuple(body),
        source=Source(path, first_number, record.line_number(len(all_texts) - 1), record.offset),
        problems=tuple(problems),
        repairs=edits,
        links=links,
    )


PROBABLE_LINK_MAX_WORDS: Final = 6
"""A line joined at both ends and at most this long is taken for a whole link text (the
scrapers that break before *and* after links leave it alone on its line); link texts seen
are one to five words."""


def probable_links(
    blocks: Sequence[Block], edits: Iterable[Edit], text_of: Mapping[int, str]
) -> tuple[Link, ...]:
    """The repair's join points as probable link ends (scrapers broke lines after links).

    Each applied join between lines *a* and *b* gives a `Link` ending where line *a*'s text
    ends in the block.  When line *a* was also joined to the line before it and is short, the
    whole line is taken as the link text; otherwise the start is unknown and the link is empty
    (``start == end``).  ``href`` is always None: the dump never had it.  These are guesses —
    a join can also mend a hard wrap — so treat them as hints (docs/format.md).
    """
    from bisect import bisect_right

    starts = [b.first_line for b in blocks]
    joined_at: set[int] = set()
    cursor: dict[int, int] = {}
    out: list[Link] = []
    for edit in edits:
        if edit.kind != "join" or not edit.applied or len(edit.lines) != 2:
            continue
        a, b = edit.lines
        index = bisect_right(starts, b) - 1
        if index < 0 or a not in text_of or b not in text_of:
            continue
        block = blocks[index]
        right = text_of[b].strip()
        pos = block.text.find(right[:40], cursor.get(index, 0)) if right else -1
        if pos < 0:
            continue
        end = max(pos - len(edit.separator), 0)
        cursor[index] = end
        left = text_of[a].strip()
        start = end
        if a in joined_at and len(left.split()) <= PROBABLE_LINK_MAX_WORDS:
            start = max(end - len(left), 0)
            previous = out[-1] if out else None
            if (
                previous
                and previous.block == index
                and previous.text == ""
                and (start - 1 <= previous.end <= start)
            ):
                out.pop()  # that join was the break *before* this link, not a link end
        joined_at.add(b)
        out.append(Link(block.text[start:end], None, index, start, end))
    return tuple(out)


def _header_time(date: dt.date | None, precision: str | None, text: str) -> dt.datetime | None:
    """``date 2023-07-13 14:49``: the header's date with the header's time, naive."""
    if date is None or precision != "day":
        return None
    hour, minute = text.strip().replace(".", ":").split(":")[:2]
    try:
        return dt.datetime.combine(date, dt.time(int(hour), int(minute)))
    except ValueError:
        return None


__all__ = ["Header", "parse", "parse_lines"]
