"""Strategies for dump records in every layout of the format (`newsdump.strategies` re-exports
the public ones)."""

from __future__ import annotations

import datetime as dt
from typing import Final

from hypothesis import strategies as st

from ._strategies_scraped import Model, _cuts, scraped
from ._strategies_stamps import timestamps
from ._strategies_text import (
    _HOSTS,
    _LABELS,
    LANGUAGES,
    _paragraph,
    _sentence,
    _title,
    _url,
)

# --------------------------------------------------------------------------------------------
# Dump records in every layout

HEADER_FORMS: Final = (
    "url",
    "label",
    "text",
    "title",
    "junk",
    "time",
    "month",
    "year",
    "bare",
    "none",
)
"""Header forms of FORMAT-NOTES §2: full date + URL, + label, + first text, + headline,
+ page junk, + time; month-only and year-only dates; ``bare`` (`` date YYYY-MM-DD`` alone);
``none`` (no header: the record starts with its title)."""

SEPARATORS: Final = ("single", "blank", "mixed")
"""Paragraph separators: single newlines (the seed), blank lines, or both."""

FRONT_ORDERS: Final = ("seed", "stamp-first", "no-lede", "repeated-title", "site-line", "byline")


@st.composite
def _record(
    draw: st.DrawFn,
    header: str | None,
    separator: str | None,
    timestamp: str | None,
    first: bool,
) -> str:
    lang = draw(st.sampled_from(LANGUAGES))
    form = header or draw(st.sampled_from(HEADER_FORMS if first else HEADER_FORMS[:-1]))
    if timestamp is None:
        stamp = draw(st.none() | timestamps())
    else:
        stamp = None if timestamp == "none" else draw(timestamps([timestamp]))
    day = stamp.date if stamp else draw(st.dates(dt.date(1995, 1, 1)))
    title = draw(_title(lang))
    lede = draw(_sentence(lang))
    body = draw(st.lists(_paragraph(lang), min_size=1, max_size=4))
    head = f" date {day.isoformat()}"
    if form == "url":
        head += " " + draw(_url(day))
    elif form == "label":
        head += " " + draw(st.sampled_from(_LABELS))
    elif form == "text":
        head += " " + body.pop(0)
        body = body or [draw(_paragraph(lang))]
    elif form == "title":
        head += " " + title
    elif form == "junk":
        head += " " + draw(st.sampled_from(["-", "Left Menu", "{{item.date | date}}", "Home"]))
    elif form == "time":
        head += f" {draw(st.integers(0, 23)):02d}:{draw(st.integers(0, 59)):02d}"
    elif form == "month":
        head = f" date {day:%Y-%m} " + draw(_sentence(lang))
    elif form == "year":
        head = f" date {day:%Y} " + draw(st.sampled_from(_HOSTS))
    front: list[str] = []
    order = draw(st.sampled_from(FRONT_ORDERS))
    ts = [stamp.text] if stamp else []
    if order == "stamp-first":
        front = [*ts, title]
    elif order == "no-lede":
        front = [title, *ts]
    elif order == "repeated-title":
        front = [title] * draw(st.integers(2, 4)) + [lede, *ts]
    elif order == "site-line":
        front = [draw(st.sampled_from(_LABELS)), title, lede, *ts]
    elif order == "byline":
        front = [title, lede, *ts, "By Jane Doe"]
    else:
        front = [title, lede, *ts]
    if form == "title":
        front = [x for x in front if x != title]
    sep = separator or draw(st.sampled_from(SEPARATORS))
    model: Model = draw(st.sampled_from(["after", "around"]))
    broken = draw(scraped(body, model=model, separator="\n", decidable=False))
    out = [head if form != "none" else "", *front]
    if form == "none":
        out = out[1:]
    for para, spans in zip(broken.paragraphs, broken.links, strict=False):
        pieces = _cuts(para, spans, model)
        if sep == "blank" or (sep == "mixed" and draw(st.booleans())):
            out.append("")
        out.extend(pieces)
    # incidental layout noise: runs of blank lines, indentation, trailing spaces
    if draw(st.booleans()):
        out = [x + draw(st.sampled_from(["", "", " ", "  "])) if x else x for x in out]
    if draw(st.integers(0, 4)) == 0 and len(out) > 2:
        at = draw(st.integers(2, len(out) - 1))
        out.insert(at, "\n\n")
    return "\n".join(out)


@st.composite
def dump_records(
    draw: st.DrawFn,
    *,
    header: str | None = None,
    separator: str | None = None,
    timestamp: str | None = None,
    line_end: str | None = None,
    min_records: int = 1,
    max_records: int = 3,
) -> str:
    """Dump text of ``min_records``..``max_records`` records in the layouts of FORMAT-NOTES.

    Every choice left None is drawn: ``header`` from `HEADER_FORMS` (``none`` only for the
    first record: a later header-less record would continue the one before), ``separator``
    from `SEPARATORS`, ``timestamp`` from `TIMESTAMP_SHAPES` or ``"none"`` for no timestamp
    line, ``line_end`` from ``"\\n"``, ``"\\r\\n"``, ``"\\r"``.  Bodies are broken at links
    (both scraper models), front matter comes in the orders seen (title/lede/stamp, stamp
    first, no lede, repeated title, a site-name line, a byline), and some lines carry
    indentation, trailing spaces or extra blank lines.  The text has no trailing newline
    unless drawn.
    """
    n = draw(st.integers(min_records, max_records))
    records = [draw(_record(header, separator, timestamp, first=i == 0)) for i in range(n)]
    text = "\n".join(records)
    if draw(st.booleans()):
        text += "\n"
    end = line_end or draw(st.sampled_from(["\n", "\n", "\r\n", "\r"]))
    return text.replace("\n", end) if end != "\n" else text
