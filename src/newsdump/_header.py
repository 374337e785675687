"""Step 2 of the pipeline: recognise a record's header line and read it.

Grammar (FORMAT-NOTES §2; docs/format.md)::

    header  = [blank{0,3}] "date" ( blank+ date [ blank+ rest ] | blank+ url | EOL )
    date    = YYYY [ "-" MM [ "-" DD ] ]       precision: year, month or day
    rest    = url | label | headline | first text | time | junk

A line counts as a header only when ``date`` is followed by a date token, a URL or nothing, so
that a body line such as ``date night in Rome`` never starts a record.  The rest of the line is
never lost: it becomes the URL, the label, the title, the first body line, the timestamp or a
noise block, by the rules of `classify_rest`.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final, Literal

import attrs

from ._lazyre import lazy
from ._model import DatePrecision
from ._text import FULL_STOP_AT_END, HEADER_SENTENCE_END

# `[ \t]{0,3}` and `[ \t]+` are followed by a literal or a digit class: no overlapping
# quantifiers, so matching is linear.
_HEADER: Final = lazy(
    globals(),
    "_HEADER",
    r"[ \t]{0,3}date(?:[ \t]+(?P<date>\d{4}(?:-\d{1,2}(?:-\d{1,2})?)?)(?![\w-])"
    r"|(?=[ \t]+(?:https?://|www\.))|[ \t]*$)",
)
# A page address: a scheme (``https://``, also damaged: ``xhttps://``), ``www.``, a host with a
# path, or a page name (``site.example-slug.html``); a query cut off by a space stays with it.
_URL: Final = lazy(
    globals(),
    "_URL",
    r"(?:[^\s:]*://|www\.|[\w-]+(?:\.[\w-]+)+/|\S+\.(?:s?html?|php|aspx?|jsp|cms)(?=[?#]|\Z))\S*"
    r"(?:[ \t]+[^\s=%&]*[=%&]\S*)*[ \t]*\Z",
    re.IGNORECASE,
)
_DOMAIN: Final = lazy(globals(), "_DOMAIN", r"[\w-]+(?:\.[\w-]+)*\.[a-z]{2,12}\Z", re.IGNORECASE)
_TIME: Final = lazy(globals(), "_TIME", r"\d{1,2}[:.]\d{2}(?::\d{2})?\Z")
_SENTENCE_END: Final = lazy(globals(), "_SENTENCE_END", HEADER_SENTENCE_END)
# Headlines may end in ? or ! but not in a full stop: a sentence that ends in one is text.
_FULL_STOP: Final = lazy(globals(), "_FULL_STOP", FULL_STOP_AT_END)
# Page junk seen in the header slot: template placeholders, lone dashes, navigation words.
_JUNK: Final = lazy(
    globals(),
    "_JUNK",
    r"(?:\{\{.*|[\W_]*|(?:left|right|main|top)?\s*menu|skip to (?:main )?content|home|"
    r"navigation|search|log ?in|sign ?in|subscribe)\Z",
    re.IGNORECASE,
)

LABEL_MAX_WORDS: Final = 3
"""Site and section names seen in headers are one to three words (``FennPoint.com``,
``International``, ``World News``); a longer name reads as a headline."""

HEADLINE_MAX_WORDS: Final = 25
"""Headlines seen run to ~20 words; longer text on the header line is the article's first
paragraph (the ``TOKYO, August 7. /AGENCY/. The minister said …`` variant)."""

RestKind = Literal["url", "label", "title", "text", "time", "noise", "glued"]
"""``glued``: a headline and its subtitle with no separator between them (`split_glued`)."""

# Where a headline and its subtitle were glued: a lower-case word runs into a capitalised one
# (``… na zona norteObras começam …``).  The lower-case part (3+ letters) keeps camel-cased
# names out (``YouTube``, ``iPhone``, ``eBay``, ``macOS``).
_GLUE: Final = lazy(
    globals(), "_GLUE", r"(?<![^\W\d_])[^\W\d_A-ZÀ-ÞА-Я]{3,}(?=[A-ZÀ-ÞА-Я][^\W\d_A-ZÀ-ÞА-Я])"
)
GLUED_MIN_WORDS: Final = 3
"""A glued headline and subtitle each run to three words or more; a shorter piece is a name."""


@attrs.frozen
class Header:
    """What a header line says.  ``rest`` is the text after the date (raw, trailing spaces kept)
    and ``rest_column`` its 1-based column; ``date_column`` points at the date token."""

    date: dt.date | None
    precision: DatePrecision | None
    date_text: str | None
    date_column: int
    rest: str
    rest_column: int
    rest_kind: RestKind | None


def match_header(line: str) -> Header | None:
    """Read ``line`` as a header; None when it is not one.

    Examples:
        >>> h = match_header(" date 2023-02-07 https://example.org/a.html")
        >>> h.date, h.precision, h.rest_kind, h.rest
        (datetime.date(2023, 2, 7), 'day', 'url', 'https://example.org/a.html')
        >>> match_header("date night in Rome") is None
        True
    """
    if "date" not in line[:8]:
        return None
    m = _HEADER.match(line)
    if m is None:
        return None
    token = m.group("date")
    pos = m.end()
    # skip the blanks between the date (or the keyword) and the rest
    n = len(line)
    while pos < n and line[pos] in " \t":
        pos += 1
    rest = line[pos:]
    date, precision = _read_date(token) if token else (None, None)
    return Header(
        date=date,
        precision=precision,
        date_text=token,
        date_column=(m.start("date") + 1) if token else (line.index("date") + 1),
        rest=rest,
        rest_column=pos + 1,
        rest_kind=classify_rest(rest) if rest.strip() else None,
    )


def _read_date(token: str) -> tuple[dt.date | None, DatePrecision | None]:
    parts = [int(p) for p in token.split("-")]
    try:
        if len(parts) == 3:
            return dt.date(parts[0], parts[1], parts[2]), "day"
        if len(parts) == 2:
            return dt.date(parts[0], parts[1], 1), "month"
        return dt.date(parts[0], 1, 1), "year"
    except ValueError:
        return None, None


def split_glued(rest: str) -> tuple[str, str] | None:
    """A header's text cut into headline and subtitle where the two were glued, or None.

    Examples:
        >>> split_glued("Prefeitura anuncia novo parque na zona norteObras começam em março")
        ('Prefeitura anuncia novo parque na zona norte', 'Obras começam em março')
        >>> split_glued("YouTube removes videos about the vote") is None
        True
    """
    found = [m for m in _GLUE.finditer(rest) if m[0].islower()]
    if len(found) != 1:
        return None
    cuts = [found[0].end()]
    head, tail = rest[: cuts[0]], rest[cuts[0] :]
    words = len(head.split())
    if (
        not GLUED_MIN_WORDS <= words <= HEADLINE_MAX_WORDS
        or len(tail.split()) < GLUED_MIN_WORDS
        or _SENTENCE_END.search(head)
    ):
        return None
    return head, tail


def classify_rest(rest: str) -> RestKind:
    """What the text after the header date is.

    Examples:
        >>> [classify_rest(s) for s in ["FennPoint.com", "International", "Left Menu", "14:49",
        ...  "Iceland Must Decide on the Euro", "OSLO, August 7. /NRB/. The minister said so."]]
        ['label', 'label', 'noise', 'time', 'title', 'text']
    """
    text = rest.strip()
    if _URL.match(text):
        return "url"
    if split_glued(text) is not None:
        return "glued"
    if _TIME.match(text):
        return "time"
    if _JUNK.match(text):
        return "noise"
    words = text.split()
    if _DOMAIN.match(text) or (
        len(words) <= LABEL_MAX_WORDS and not _SENTENCE_END.search(text) and len(text) <= 40
    ):
        return "label"
    if (
        len(words) > HEADLINE_MAX_WORDS
        or _SENTENCE_END.search(text[:-1])
        or (len(words) > LABEL_MAX_WORDS and _FULL_STOP.search(text))
    ):
        return "text"
    return "title"
