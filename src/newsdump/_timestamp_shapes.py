"""Fast paths of the named-month stamps (issue #16): one compiled pattern each, giving exactly
what the general reader (`_timestamps.read_line`: the tokenizer, then `_Reader.read`) gives when
it writes no note, else None (the general reader then reads the line).

- `named_month_stamp`: a day and a month's name either way round, a year, a time, perhaps a
  zone (``12 Aug 2021 09:40 GMT``, ``Apr. 21, 2018 6:47 PM``);
- `modified_stamp`: two of those around ``Last modified on`` (``Mon 18 Nov 2019 18.54 GMT Last
  modified on Mon 18 Nov 2019 19.10 GMT``), a published and an updated stamp;
- `labelled_stamp`: a label, a time, a weekday, a month's name, a day and a year, perhaps
  twice (``POSTED: 09:15, Tue, Mar 4, 2025 | UPDATED: 11:02, Tue, Mar 4, 2025``);
- `day_first_stamp`: a day, a month's name and a year, then a time, with the small words some
  languages put between them (``7 juillet 2024 à 18:05``, ``3. März 2022, 8:40 Uhr``, ``5 de
  junio de 2023 21:30``).

Each word is read by the tokenizer's own `_word`, so that a word means what it means to the
general reader; a word the tokenizer could read otherwise (an Arabic a.m./p.m. marker, ``am``
or ``pm`` after a number) sends the line to the general reader.  `tests/test_fast_front.py`
checks every path on every line of the corpora it reads, `tests/test_fast_s18_stamps.py` on
generated stamps of each shape in every language of the month names.
"""

from __future__ import annotations

import datetime as dt
from typing import Final

from ._lazyre import lazy
from ._timestamp_reader import _date
from ._timestamp_tokens import _ARABIC_MARKERS, _word
from ._timestamp_values import Stamp

_UTC: Final = dt.timezone.utc


def _zone(minutes: int | None) -> dt.timezone | None:
    """The zone `_Reader.time` makes for an offset in minutes (None: naive)."""
    if minutes is None:
        return None
    return _UTC if minutes == 0 else dt.timezone(dt.timedelta(minutes=minutes))


# A day and a month's name (either order) and a year, a time (perhaps a.m. or p.m.) and perhaps
# a zone, perhaps after a weekday: ``12 Aug 2021 09:40 GMT``, ``Mon 18 Nov 2019 18.54 GMT``,
# ``Apr. 21, 2018 6:47 PM GMT``, ``19 Mar, 2023 08:36``, the commonest stamps of the corpora.
_NAMED_MONTH: Final = lazy(
    globals(),
    "_NAMED_MONTH",
    r"(?:([^\W\d_]+),? )?"
    r"(?:([0-9]{1,2}) ([A-Za-z]+)[.,]?|([A-Za-z]+)[.,]? ([0-9]{1,2}),?)"
    r" ([0-9]{4})(?:,| [|—–-])? ([0-9]{1,2})[:.]([0-9]{2})"
    r"(?: ?([AaPp])\.?[Mm]\.?)?(?:,? ([A-Z]{2,5}))?",
)


def named_month_stamp(line: str) -> Stamp | None:
    """The ``NMYT``/``MNYT`` stamp (with a zone: ``NMYTZ``/``MNYTZ``) of the stripped ``line``
    as `_Reader.read` reads it, when it reads it without a note (the evidence plays no part:
    the year is on the line and the month named); None for any other line, and for an
    impossible date or time (the general reader notes it).

    Each word is read by the tokenizer's own `_word`; a word the tokenizer could read otherwise
    (an Arabic a.m./p.m. marker, a month opening like ``am``/``pm`` after a number, a zone
    opening so after a time, a generic US zone) sends the line to the general reader.

    Examples:
        >>> named_month_stamp("Mon 18 Nov 2019 18.54 GMT").published
        datetime.datetime(2019, 11, 18, 18, 54, tzinfo=datetime.timezone.utc)
        >>> named_month_stamp("Apr. 21, 2018 6:47 PM").published
        datetime.datetime(2018, 4, 21, 18, 47)
        >>> named_month_stamp("18 Nov 2019 24:54 GMT") is None  # impossible: a note
        True
    """
    m = _NAMED_MONTH.fullmatch(line)
    if m is None:
        return None
    weekday, day1, month1, month2, day2, year, hour, minute, ap, zone_word = m.groups()
    if weekday is not None and (
        weekday in _ARABIC_MARKERS or (w := _word(weekday, 0)) is None or w.code
    ):
        return None
    month_word = month1 or month2
    month = _word(month_word, 0)
    if month is None or month.code != "M" or month_word[:2].lower() in ("am", "pm"):
        return None
    offset: int | None = None
    if zone_word is not None:
        zone = _word(zone_word, 0)
        # not a generic US zone (its offset depends on the day), nor read as a.m. or p.m.
        if zone is None or zone.code != "Z" or zone.extra or zone_word[:2] in ("AM", "PM"):
            return None
        offset = zone.nums[0]
    h, mi = int(hour), int(minute)
    if ap is not None:  # `_clock`
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if ap in "pP" else 0)
    date = _date(int(year), month.nums[0], int(day1 or day2))
    if date is None or h > 23 or mi > 59:
        return None
    shape = ("NMYT" if day1 else "MNYT") + ("" if offset is None else "Z")
    return Stamp(
        dt.datetime(date.year, date.month, date.day, h, mi, tzinfo=_zone(offset)), None, shape
    )


def modified_stamp(line: str) -> Stamp | None:
    """Two named-month stamps around ``Last modified on`` (``NMYTZ|U:NMYTZ``) as `_Reader.read`
    reads them: ``Last`` and ``on`` are fillers and ``modified`` a label of the updated stamp,
    so the first stamp is the published one and the second the updated one; each half is
    tokenized as it is alone (its last token, a time, an a.m./p.m. or a zone, reads the same
    before a space and a letter as at the line's end), so each reads as `named_month_stamp`
    reads it.  None when either half is not such a stamp or would write a note.

    Examples:
        >>> s = modified_stamp("Sun 2 Mar 2025 10.05 GMT Last modified on Sun 2 Mar 2025 12.40 GMT")
        >>> s.updated, s.shape
        (datetime.datetime(2025, 3, 2, 12, 40, tzinfo=datetime.timezone.utc), 'NMYTZ|U:NMYTZ')
    """
    head, sep, tail = line.partition(_MODIFIED)
    if not sep:
        return None
    first = named_month_stamp(head)
    second = named_month_stamp(tail) if first is not None else None
    if first is None or second is None:
        return None
    return Stamp(first.published, second.published, f"{first.shape}|U:{second.shape}")


_MODIFIED: Final = " Last modified on "
"""The words between the two stamps of `modified_stamp`, as the pages that use them write them."""

# A label, a time, perhaps a weekday, a month's name, a day and a year; perhaps a second such
# stamp after a bar: ``PUBLISHED: 09:15, Tue, Mar 4, 2025 | UPDATED: 11:02, Tue, Mar 4, 2025``.
_LABELLED_ONE: Final = (
    r"([^\W\d_]+): ([0-9]{1,2}):([0-9]{2}), (?:([^\W\d_]+), )?([^\W\d_]+) ([0-9]{1,2}), "
    r"([0-9]{4})"
)
_LABELLED: Final = lazy(globals(), "_LABELLED", _LABELLED_ONE + r"(?: \| " + _LABELLED_ONE + ")?")


def labelled_stamp(line: str) -> Stamp | None:
    """The ``P:TMNY`` stamp (with its update: ``P:TMNY|U:TMNY``) of the stripped ``line`` as
    `_Reader.read` reads it: the label opens the segment and names its role, the time comes
    first, the weekday is dropped, the date is ``MNY``; None for any other line, for labels
    other than one published stamp perhaps followed by one updated stamp, and for an
    impossible date or time (the general reader notes it).

    Examples:
        >>> labelled_stamp("Posted: 09:15, Tue, Mar 4, 2025").published
        datetime.datetime(2025, 3, 4, 9, 15)
        >>> labelled_stamp("Posted: 25:15, Tue, Mar 4, 2025") is None  # impossible: a note
        True
    """
    m = _LABELLED.fullmatch(line)
    if m is None:
        return None
    g = m.groups()
    stamps: list[dt.datetime] = []
    for k, role in enumerate(("published", "updated")):
        label, hour, minute, weekday, month_word, day, year = g[7 * k : 7 * k + 7]
        if label is None:
            break
        tok = _word(label, 0)
        if tok is None or tok.code != "L" or tok.extra != role:
            return None
        if weekday is not None and ((w := _word(weekday, 0)) is None or w.code):
            return None
        month = _word(month_word, 0)
        if month is None or month.code != "M":
            return None
        h, mi = int(hour), int(minute)
        date = _date(int(year), month.nums[0], int(day))
        if date is None or h > 23 or mi > 59:
            return None
        stamps.append(dt.datetime(date.year, date.month, date.day, h, mi))
    if len(stamps) == 1:
        return Stamp(stamps[0], None, "P:TMNY")
    return Stamp(stamps[0], stamps[1], "P:TMNY|U:TMNY")


# A day (perhaps with a full stop), a month's name and a year, then a time, perhaps after a
# weekday, with up to two small words beside the month, up to two before the time and one after
# it: ``Sa, 7. Juni 2025, 18:05 Uhr``, ``7 de junio de 2025 18:05``, ``7 juin 2025 à 18:05``.
_DAY_FIRST: Final = lazy(
    globals(),
    "_DAY_FIRST",
    r"(?:([^\W\d_]+),? )?([0-9]{1,2})\.? ((?:[^\W\d_]+ ){1,3})([0-9]{4}),? "
    r"((?:[^\W\d_]+ ){0,2})([0-9]{1,2}):([0-9]{2})(?: ([^\W\d_]+))?",
)


def day_first_stamp(line: str) -> Stamp | None:
    """The ``NMYT`` stamp of the stripped ``line`` with the small words between its parts
    (``7. Juni 2025, 18:05 Uhr``) as `_Reader.read` reads it, when it reads it without a note;
    None otherwise.  Of the words between the day and the year one is the month's name and
    the others, like every other word, are words the tokenizer drops (weekdays and fillers: a
    label or a zone would make another shape); no word is an Arabic a.m./p.m. marker, and the
    words after the day and after the time do not begin with ``am``/``pm`` (after a number
    the tokenizer may read them as a.m. or p.m.).

    Examples:
        >>> day_first_stamp("Samstag, 7. Juni 2025, 18:05 Uhr").published
        datetime.datetime(2025, 6, 7, 18, 5)
        >>> day_first_stamp("7 juin 2025 à 18:65") is None  # impossible: a note
        True
    """
    m = _DAY_FIRST.fullmatch(line)
    if m is None:
        return None
    weekday, day, middle, year, before_time, hour, minute, after = m.groups()
    words = middle.split()
    if words[0][:2].lower() in ("am", "pm") or (
        after is not None and after[:2].lower() in ("am", "pm")
    ):
        return None
    month = 0
    for word in words:
        tok = _word(word, 0) if word not in _ARABIC_MARKERS else None
        if tok is None:
            return None
        if tok.code == "M" and not month:
            month = tok.nums[0]
        elif tok.code:
            return None
    if not month:
        return None
    for word in (weekday, after, *before_time.split()):
        if word is not None and not _dropped(word):
            return None
    h, mi = int(hour), int(minute)
    date = _date(int(year), month, int(day))
    if date is None or h > 23 or mi > 59:
        return None
    return Stamp(dt.datetime(date.year, date.month, date.day, h, mi), None, "NMYT")


def _dropped(word: str) -> bool:
    """Whether the tokenizer drops ``word`` (a weekday or a filler) where it stands in a
    `day_first_stamp`: not after a number (`day_first_stamp` checks those for a.m./p.m.)."""
    if word in _ARABIC_MARKERS:
        return False
    tok = _word(word, 0)
    return tok is not None and not tok.code


def shaped_stamp(line: str) -> Stamp | None:
    """The stripped ``line`` read by `modified_stamp`, `labelled_stamp` or `day_first_stamp`,
    or None (each path is exact on its own: the order only saves work)."""
    if _MODIFIED in line:
        return modified_stamp(line)
    return labelled_stamp(line) or day_first_stamp(line)
