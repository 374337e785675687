"""Timestamp lines → `published` / `updated` datetimes (FORMAT-NOTES §4).

`parse_timestamp` reads a *whole* line as a timestamp line and returns None when the line is not
one.  The layout detector calls it on the title, lede and first body lines of every record, so
it must be precise (a sentence that mentions a date is not a stamp) and cheap.

How a line is read:

1. Early rejects: an empty line, a line longer than `MAX_STAMP_LEN`, a line without a digit
   (unless it is a relative stamp such as ``2 minutes ago``).  Before the tokenizer, the
   commonest shapes (``14:00 GMT 07.02.2023``, ``12 Aug 2021 09:40 GMT``, ``Mar. 13, 2019 4:33
   PM``, ``2024-05-29T05:09+0000``) are tried by fast paths (`fast_stamp`): one compiled
   pattern each, giving exactly what the steps below give when those write no note, else
   leaving the line to them (`tests/test_fast_front.py` checks it on every line of the
   corpora); the named-month ones are in `_timestamp_shapes`.
2. A small tokenizer (one compiled, anchored regex applied at successive positions) turns the
   line into tokens, each with a one-letter code::

       D  a complete date: ISO ``2023-02-07``, numeric ``07.02.2023`` / ``10/22/2022``,
          CJK ``2016年10月14日``
       N  a day number (1–2 digits, ``21st``)     Y  a 4-digit number (year, or ``0339`` HHMM)
       M  a month name (English, German, French, Spanish, Portuguese, Italian, Turkish,
          Norwegian, Dutch, Russian, Arabic)
       T  a time (``14:00``, ``06.49``, ``12h55``, ``08:21am``, ``4 PM``)
       Z  a zone (``GMT``, ``IST``, ``UTC+3``, ``+0000``, ``Z``)
       L  a label (``Published``, ``UPDATED:``, ``Last modified``, ``Created``, …)

   Weekday names, punctuation (``| — , ( ) :``) and the few words stamps carry (``at``,
   ``às``, ``à``, ``Uhr``, ``de``, …) are dropped.  Any other word, or any other character,
   means the line is not a stamp.
3. Labels cut the codes into segments; each segment must be a run of stamps, either
   time-first (``TZ`` + date: ``14:00 GMT 07.02.2023``) or date-first (date + optional ``TZ``:
   ``Jan. 17, 2022 3:41 AM GMT``), where a date is ``D``, ``NMY``, ``MNY`` or (with a time and
   a year taken from evidence) ``NM`` / ``MN``.  The `Stamp.shape` is the code string,
   segments joined by ``|`` and prefixed with ``P:``/``U:`` when labelled.
4. A segment of known tokens that fits no pattern is handed to ``dateutil`` (imported lazily,
   never with ``fuzzy=True``) after being rewritten as plain English/ISO tokens.

Numeric dates whose two first parts are both ≤ 12 are decided from ``evidence`` (dates known
from elsewhere in the record), else by the shape's convention (dots and dashes day-first,
slashes month-first in an English stamp and day-first in any other) with an ``ambiguous-date``
note; a numeric date that can be read only one
way keeps that reading, with a ``date-disagrees`` note when the evidence says otherwise.  (Header
vs. stamp disagreement in general is the caller's business: `newsdump.parse` reports it.)

The module is the entry point; the work is in three stages, each a module:
`_timestamp_words` (the tables of zones, months, weekdays, labels and fillers),
`_timestamp_tokens` (the tokenizer) and `_timestamp_reader` (segments, evidence, zones, the
dateutil fallback).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Final

import attrs

from ._lazyre import lazy
from ._timestamp_reader import _date, _Reader
from ._timestamp_shapes import _zone, named_month_stamp, shaped_stamp
from ._timestamp_tokens import (
    _BAD_OFFSET,
    _offset,
    _tokenize,
    _word,
    may_be_relative,
)
from ._timestamp_values import Note, Stamp
from ._timestamp_words import _EN_MONTH_NUMBERS, MONTHS, ZONES

__all__ = [
    "MAX_STAMP_LEN",
    "MONTHS",
    "ZONES",
    "Note",
    "Stamp",
    "date_from_url",
    "entry_time",
    "parse_timestamp",
]


MAX_STAMP_LEN: Final = 120
"""The longest stamp lines seen (three repeated ISO stamps, a site's ``… Last modified on
…``) are under 80 characters; longer lines are text and are rejected before any regex."""

_DIGIT: Final = lazy(globals(), "_DIGIT", r"\d")
_UTC: Final = dt.timezone.utc
_ONE_DAY: Final = dt.timedelta(days=1)

# Relative stamps ("2 minutes ago", "Updated 14 hours ago", "vor 2 Stunden", "il y a 3 heures",
# "hace 2 horas", "há 5 minutos", "3 часа назад"): published cannot be known without a reference.
_RELATIVE_AGO: Final = (
    r"(?:(?:\d{1,3}|an?|one)\s?(?:seconds?|secs?|minutes?|mins?|m|hours?|hrs?|h|days?|d|"
    r"weeks?|wks?|months?|years?)\sago"
    r"|vor\s(?:\d{1,3}|einer?|einem)\s(?:sekunden?|minuten?|stunden?|tag(?:en)?|wochen?|"
    r"monat(?:en)?|jahr(?:en)?)"
    r"|il\sy\sa\s(?:\d{1,3}|une?)\s(?:secondes?|minutes?|heures?|jours?|semaines?|mois|ans?)"
    r"|hace\s(?:\d{1,3}|una?)\s(?:segundos?|minutos?|horas?|d[ií]as?|semanas?|mes(?:es)?|años?)"
    r"|há\s(?:\d{1,3}|uma?)\s(?:segundos?|minutos?|horas?|dias?|semanas?|m[eê]s(?:es)?|anos?)"
    r"|\d{1,3}\s(?:секунд[уы]?|минут[уы]?|час(?:а|ов)?|дн(?:я|ей)|день|недел[юиь])\sназад)"
    r"\.?"
)
"""A time counted back from now, in the languages of the labels (the body of `_RELATIVE` and
`_RELATIVE_UPDATE`)."""
_UPDATE_WORD: Final = (
    r"(?:last\s)?(?:updated|aktualisiert|actualizado|atualizado|mis\sà\sjour|обновлено)"
)

_RELATIVE: Final = lazy(
    globals(),
    "_RELATIVE",
    r"(?:(?:last\s)?(?:updated|published|posted|aktualisiert|veröffentlicht|actualizado|"
    r"atualizado|publicado|publié|mis\sà\sjour|обновлено|опубликовано)\s?:?\s?)?" + _RELATIVE_AGO,
    re.IGNORECASE,
)

# Relative stamps ("2 minutes ago", ...) closing a line that holds a stamp before them.
_RELATIVE_UPDATE: Final = lazy(
    globals(),
    "_RELATIVE_UPDATE",
    _UPDATE_WORD + r"\s?:?\s?" + _RELATIVE_AGO + r"\)?$",
    re.IGNORECASE,
)
"""A relative update closing a stamp line (`_with_relative_update`)."""
RELATIVE_UPDATE_TAIL: Final = 48
"""Characters: the longest relative update clause (``last updated: 12 minutes ago``, ``mis à
jour il y a 12 heures``) fits in this many at the end of a line."""

# The age of the page closing a stamp line: "July 20, 2015 / 5:16 AM / 2 years ago".
_RELATIVE_AGE: Final = lazy(
    globals(), "_RELATIVE_AGE", r"[\s/|·•–—-]+" + _RELATIVE_AGO + r"$", re.IGNORECASE
)
"""A relative age after a separator closing a stamp line (`_with_relative_age`)."""

# A source credit closing a stamp line: "2024-06-18 09:30 来源：新华网", "07.02.2023 | Quelle: dpa".
_SOURCE_AFTER: Final = lazy(
    globals(),
    "_SOURCE_AFTER",
    r"[\s|｜/–—-]*(?:来源|來源|出典|출처|source|quelle|fuente|fonte|источник|джерело)\s?[:：]",
    re.IGNORECASE,
)
"""The label of a source credit after a stamp (`_with_source`)."""

_URL_DATE: Final = (
    re.compile(r"(?:^|[/_.=-])(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})(?=[/_.?#&=-]|$)"),
    re.compile(r"/(?P<y>\d{4})/(?P<m>\d{1,2})/(?P<d>\d{1,2})(?=[/_.?#-]|$)"),
    re.compile(r"/(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?=[/_.?#-]|$)"),
    re.compile(r"/(?P<y>\d{4})/(?P<m>\d{2})(?P<d>\d{2})(?=/)"),
    re.compile(r"/(?P<y>\d{4})/(?P<m>[a-z]{3})/(?P<d>\d{1,2})(?=/)", re.IGNORECASE),
)
# A live-blog entry time: a clock, a word for "hours" or "o'clock", the same time elsewhere in
# brackets, a colon or full stop closing it.
_ENTRY_TIME: Final = lazy(
    globals(),
    "_ENTRY_TIME",
    r"(?P<h>\d{1,2})[:.hH](?P<mi>\d{2})(?:\s?(?:h|hrs?|horas?|heures?|Uhr|ore))?"
    r"(?:\s?\(\d{1,2}[:.hH]\d{2}\s?[A-Z]{2,4}\))?\s?[.:]?",
)
_URL_HOST: Final = lazy(globals(), "_URL_HOST", r"^[a-zA-Z][\w+.-]*://[^/]*")


# --------------------------------------------------------------------------------------------
# Public functions


def parse_timestamp(text: str, *, evidence: Sequence[dt.date] = ()) -> Stamp | None:
    """Read the whole of ``text`` as a timestamp line; None when it is not one.

    Examples:
        >>> parse_timestamp("14:00 GMT 07.02.2023 (Updated: 14:33 GMT 07.02.2023)").published
        datetime.datetime(2023, 2, 7, 14, 0, tzinfo=datetime.timezone.utc)
        >>> parse_timestamp("Talks resumed on 7 February 2023 in Bamako.") is None
        True
    """
    line = text.strip()
    if not line or len(line) > MAX_STAMP_LEN:
        return None
    if _DIGIT.search(line) is None:
        # no digit, no date: a relative time or nothing (`read_line` without its digit test;
        # the fast paths all need a digit).  Most lines read as stamps are titles and ledes.
        return _relative(text, line)
    fast = fast_stamp(line, evidence)
    return fast if fast is not None else read_line(text, line, evidence)


def fast_stamp(line: str, evidence: Sequence[dt.date]) -> Stamp | None:
    """The stripped ``line`` read by a fast path (`seed_stamp`, `iso_stamp`,
    `named_month_stamp`, then `_timestamp_shapes.shaped_stamp`), or None: the general reader
    (`read_line`) reads it.  Most stamps of the corpora take one."""
    if line[:1].isdigit():
        fast = seed_stamp(line, evidence) or iso_stamp(line)
        if fast is not None:
            return fast
    last = line[-1:]
    if last.isdigit() or "A" <= last <= "Z" or last in ".m":  # a time, a zone, a.m. / p.m.
        fast = named_month_stamp(line)
        if fast is not None:
            return fast
    return shaped_stamp(line)


def read_line(text: str, line: str, evidence: Sequence[dt.date]) -> Stamp | None:
    """`parse_timestamp` without the seed stamp's fast path (``line``: ``text`` stripped, not
    empty, at most MAX_STAMP_LEN characters): the general reader, what `seed_stamp` must agree
    with."""
    digit = _DIGIT.search(line) is not None
    toks = _tokenize(line) if digit else None
    if toks is None:
        if not digit or _RELATIVE.fullmatch(line):
            # no date for a trailer to follow (the common case: a title, a sentence)
            return _relative(text, line)
        lead = len(text) - len(text.lstrip())
        if not may_be_relative(line):  # (most lines here: a sentence holding a number)
            return _with_source(line, lead, evidence)
        return (
            _with_source(line, lead, evidence)
            or _with_relative_update(line, lead, evidence)
            or _with_relative_age(line, lead, evidence)
        )
    return _Reader(evidence, len(text) - len(text.lstrip()), line).read(toks)


def _relative(text: str, line: str) -> Stamp | None:
    """The stripped ``line`` of ``text`` as a relative time (``2 hours ago``, with a note), or
    None."""
    if _RELATIVE.fullmatch(line) is None:
        return None
    lead = len(text) - len(text.lstrip())
    note = Note("relative-timestamp", "a relative time needs a reference", lead + 1)
    return Stamp(None, None, "relative", (note,))


# The seed stamp, with or without its update (``14:00 GMT 07.02.2023 (Updated: 14:33 GMT
# 07.02.2023)``): a quarter of the stamps of the corpora, read here without the tokenizer.
_SEED: Final = lazy(
    globals(),
    "_SEED",
    r"([0-9]{1,2}):([0-9]{2})(?: ([A-Z]{2,5}))? ([0-9]{1,2})\.([0-9]{1,2})\.([0-9]{4})"
    r"(?: \(Updated: ([0-9]{1,2}):([0-9]{2})(?: ([A-Z]{2,5}))?"
    r" ([0-9]{1,2})\.([0-9]{1,2})\.([0-9]{4})\))?",
)


def seed_stamp(line: str, evidence: Sequence[dt.date]) -> Stamp | None:
    """The seed stamp of the stripped ``line`` (its zones may be left out: ``TD``) as
    `_Reader.read` reads it, when it reads it
    without a note; None for any other line, and whenever a note would be written (an
    impossible date or time, a date read both ways that the evidence does not settle, a date
    the evidence contradicts): the general reader then reads the line.

    Examples:
        >>> seed_stamp("14:00 GMT 07.02.2023", [dt.date(2023, 2, 7)]).published
        datetime.datetime(2023, 2, 7, 14, 0, tzinfo=datetime.timezone.utc)
        >>> seed_stamp("14:00 GMT 07.02.2023", []) is None  # read both ways: a note
        True
    """
    m = _SEED.fullmatch(line)
    if m is None:
        return None
    g = m.groups()
    days = [(int(g[3]), int(g[4]), int(g[5]))]
    if g[7] is not None:
        days.append((int(g[9]), int(g[10]), int(g[11])))
    known = [
        e.date() if isinstance(e, dt.datetime) else e for e in evidence if isinstance(e, dt.date)
    ]
    # `_line_order`: the order a date read only one way shows (when all such dates agree)
    orders = set()
    for a, b, y in days:
        dm, md = _date(y, b, a), _date(y, a, b)
        if a != b and (dm is None) != (md is None):
            orders.add("dm" if dm is not None else "md")
    order = orders.pop() if len(orders) == 1 else ""
    stamps: list[dt.datetime] = []
    shapes: list[str] = []
    for k, (a, b, y) in enumerate(days):
        # `_Reader.numeric`, the paths that write no note
        dm, md = _date(y, b, a), _date(y, a, b)
        if dm is None or md is None or dm == md:
            day = dm or md
            if day is None or (known and not any(abs(day - e) <= _ONE_DAY for e in known)):
                return None
        elif order:
            day = dm if order == "dm" else md
        else:
            backed = [v for v in (dm, md) if any(abs(v - e) <= _ONE_DAY for e in known)]
            if len(backed) != 1:
                return None
            day = backed[0]
            order = "dm" if day == dm else "md"
        # `_Reader.time`: one zone, a possible clock
        hour, minute, zone_word = int(g[6 * k]), int(g[6 * k + 1]), g[6 * k + 2]
        zone = ZONES.get(zone_word) if zone_word is not None else None
        if (zone_word is not None and zone is None) or hour > 23 or minute > 59:
            return None
        stamps.append(dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=_zone(zone)))
        shapes.append("TD" if zone is None else "TZD")
    if len(stamps) == 1:
        return Stamp(stamps[0], None, shapes[0])
    return Stamp(stamps[0], stamps[1], f"{shapes[0]}|U:{shapes[1]}")


# An ISO date and a time, perhaps with seconds, a zone or an offset (``2022-08-07 18:28:00
# UTC``, ``2024-05-29T05:09+0000``, ``2023-12-12 | 12:03``).
_ISO: Final = lazy(
    globals(),
    "_ISO",
    r"([0-9]{4})-([0-9]{2})-([0-9]{2})(?:T| \| | |, )([0-9]{2}):([0-9]{2})(?::([0-9]{2}))?"
    r"(?:(Z|[+-][0-9]{2}:?[0-9]{2})| ([A-Z]{2,5}| [+-][0-9]{2}:?[0-9]{2}))?",
)


def iso_stamp(line: str) -> Stamp | None:
    """The ``DT``/``DTZ`` stamp of the stripped ``line`` with an ISO date (no evidence plays a
    part) as `_Reader.read` reads it, when it reads it without a note; None otherwise.

    Examples:
        >>> iso_stamp("2024-05-29T05:09+0000").published
        datetime.datetime(2024, 5, 29, 5, 9, tzinfo=datetime.timezone.utc)
        >>> iso_stamp("2022-08-07 18:28:61 UTC") is None  # impossible: a note
        True
    """
    m = _ISO.fullmatch(line)
    if m is None:
        return None
    year, month, day, hour, minute, second, glued, apart = m.groups()
    offset: int | None = None
    if glued is not None:
        offset = _offset(glued)
    elif apart is not None:
        if apart[0] == " ":
            offset = _offset(apart[1:])
        else:
            zone = _word(apart, 0)
            if zone is None or zone.code != "Z" or zone.extra:
                return None
            offset = zone.nums[0]
    if offset == _BAD_OFFSET:
        return None
    h, mi, sec = int(hour), int(minute), int(second or 0)
    date = _date(int(year), int(month), int(day))
    if date is None or h > 23 or mi > 59 or sec > 59:
        return None
    stamp = dt.datetime(date.year, date.month, date.day, h, mi, sec, tzinfo=_zone(offset))
    return Stamp(stamp, None, "DT" if offset is None else "DTZ")


def _read_head(line: str, end: int, lead: int, evidence: Sequence[dt.date]) -> Stamp | None:
    """The stamp in ``line[:end]``, before a trailer that is no stamp material."""
    head = line[:end].rstrip(" -–—|,;(")
    toks = _tokenize(head) if head else None
    return _Reader(evidence, lead, head).read(toks) if toks else None


def _with_source(line: str, lead: int, evidence: Sequence[dt.date]) -> Stamp | None:
    """``2024-06-18 09:30 来源：示例新闻网``: a stamp followed by the name of its source, which is
    no stamp material; the stamp before the label is read (the line keeps the source)."""
    # the label ends in a colon: a line without one (most lines read here) needs no search
    m = _SOURCE_AFTER.search(line) if ":" in line or "：" in line else None
    stamp = _read_head(line, m.start(), lead, evidence) if m is not None else None
    return None if stamp is None else attrs.evolve(stamp, shape=stamp.shape + "|source")


def _with_relative_update(line: str, lead: int, evidence: Sequence[dt.date]) -> Stamp | None:
    """``10/08/2023 às 22h14 - Atualizado há 2 horas``: a stamp followed by an update that is
    relative; the stamp is read, ``updated`` stays None, and a note says why."""
    # the clause ends the line: searched for in its last characters only
    m = _RELATIVE_UPDATE.search(line, max(0, len(line) - RELATIVE_UPDATE_TAIL))
    stamp = _read_head(line, m.start(), lead, evidence) if m is not None else None
    if m is None or stamp is None or stamp.updated is not None:
        return None
    note = Note(
        "relative-timestamp",
        "the update is relative: it needs a reference",
        lead + m.start() + 1,
    )
    return attrs.evolve(stamp, shape=stamp.shape + "|U:relative", notes=(*stamp.notes, note))


def _with_relative_age(line: str, lead: int, evidence: Sequence[dt.date]) -> Stamp | None:
    """``March 3, 2016 / 9:05 PM / 3 years ago``: a stamp followed by the page's age counted
    back from the crawl; the stamp is read, and a note says the age needs a reference."""
    m = _RELATIVE_AGE.search(line, max(0, len(line) - RELATIVE_UPDATE_TAIL))
    stamp = _read_head(line, m.start(), lead, evidence) if m is not None else None
    if m is None or stamp is None:
        return None
    note = Note(
        "relative-timestamp",
        "the age is relative: it needs a reference",
        lead + m.start() + 1,
        "info",
    )
    return attrs.evolve(stamp, shape=stamp.shape + "|relative", notes=(*stamp.notes, note))


def entry_time(text: str) -> dt.time | None:
    """The time of a live-blog entry line (``21:49 horas.``, ``20.30 (18.30 GMT):``,
    ``18h18``), or None.  Such a line heads an entry of the body: it is no stamp of the record
    (it names no day) and no headline.

    Examples:
        >>> entry_time("20.30 (18.30 GMT):"), entry_time("18h18"), entry_time("Ab 18h18 live")
        (datetime.time(20, 30), datetime.time(18, 18), None)
    """
    m = _ENTRY_TIME.fullmatch(text.strip())
    if m is None or int(m["h"]) > 23 or int(m["mi"]) > 59:
        return None
    return dt.time(int(m["h"]), int(m["mi"]))


def date_from_url(url: str) -> dt.date | None:
    """The date a URL names in its path (``/20230207/``, ``/2023/02/07/``), if any.

    Examples:
        >>> date_from_url("https://sputniknews.com/20230207/some-slug-1107045281.html")
        datetime.date(2023, 2, 7)
        >>> date_from_url("https://site.example/2023/2/30/slug") is None
        True
    """
    path = _URL_HOST.sub("", url, count=1)
    for pattern in _URL_DATE:
        for m in pattern.finditer(path):
            month = m["m"]
            num = int(month) if month.isdigit() else _EN_MONTH_NUMBERS.get(month.title(), 0)
            day = _date(int(m["y"]), num, int(m["d"]), 1990)
            if day is not None:
                return day
    return None
