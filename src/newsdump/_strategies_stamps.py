"""Strategies for timestamp lines: the shapes `newsdump` reads, with the datetimes they denote
(`newsdump.strategies` re-exports the public ones)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Final

import attrs
from hypothesis import strategies as st

# --------------------------------------------------------------------------------------------
# Timestamps: shapes `newsdump` reads, with the datetimes they denote.

_EN_MONTHS: Final = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_RU_MONTHS: Final = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
]
_DE_MONTHS: Final = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
]
_FR_MONTHS: Final = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
_UTC: Final = dt.timezone.utc


@attrs.frozen
class Timestamp:
    """A timestamp line and what it says.  ``date`` is the local calendar date it names (the
    date a header should carry for the line to agree with it)."""

    text: str
    published: dt.datetime | None
    updated: dt.datetime | None
    date: dt.date
    shape: str


def _h12(t: dt.datetime) -> str:
    return f"{(t.hour % 12) or 12}:{t.minute:02d} {'PM' if t.hour >= 12 else 'AM'}"


def _tz(minutes: int) -> dt.timezone:
    return _UTC if minutes == 0 else dt.timezone(dt.timedelta(minutes=minutes))


_Shape = Callable[[dt.datetime, dt.datetime | None], tuple[str, bool]]
# Each shape: (published local time, updated local time or None) → (text, aware?).  Aware
# shapes name a zone: GMT (0), IST (+5:30), EDT (-4:00), ISO offsets (+00:00).
_ZONE_OF: Final[dict[str, int]] = {"seed": 0, "bare": 0, "iso": 0, "ist": 330, "slash-edt": -240}


def _slash_edt(p: dt.datetime) -> str:
    hour = (p.hour % 12) or 12
    return f"{p:%m/%d/%Y} | {hour:02d}:{p.minute:02d}{'pm' if p.hour >= 12 else 'am'} EDT"


def _seed(p: dt.datetime, u: dt.datetime | None) -> tuple[str, bool]:
    text = f"{p:%H:%M} GMT {p:%d.%m.%Y}"
    if u is not None:
        text += f" (Updated: {u:%H:%M} GMT {u:%d.%m.%Y})"
    return text, True


_SHAPES: Final[dict[str, _Shape]] = {
    "seed": _seed,
    "bare": lambda p, u: (f"{p:%H:%M} GMT {p:%d.%m.%Y}", True),
    "iso": lambda p, u: (f"{p:%Y-%m-%dT%H:%M}+0000", True),
    "ist": lambda p, u: (
        (f"Updated: {u:%d-%m-%Y %H:%M} IST | " if u else "") + f"Created: {p:%d-%m-%Y %H:%M} IST",
        True,
    ),
    "slash-edt": lambda p, u: (_slash_edt(p), True),
    "published-us": lambda p, u: (
        f"Published {_EN_MONTHS[p.month - 1][:3]} {p.day}, {p.year} | {_h12(p)}",
        False,
    ),
    "comma-day-month": lambda p, u: (
        f"{p:%H:%M}, {p.day} {_EN_MONTHS[p.month - 1]} {p.year}",
        False,
    ),
    "russian": lambda p, u: (f"{p:%H:%M}, {p.day} {_RU_MONTHS[p.month - 1]} {p.year}", False),
    "german": lambda p, u: (
        f"{p.day}. {_DE_MONTHS[p.month - 1]} {p.year}, {p.hour}:{p.minute:02d} Uhr",
        False,
    ),
    "french": lambda p, u: (
        f"{p.day} {_FR_MONTHS[p.month - 1]} {p.year} à {p:%H:%M}",
        False,
    ),
    "cjk": lambda p, u: (f"{p.year}年{p.month}月{p.day}日{p:%H:%M}", False),
    "iso-pipe": lambda p, u: (f"{p:%Y-%m-%d} | {p:%H:%M}", False),
}
TIMESTAMP_SHAPES: Final = (*_SHAPES, "date-only", "relative")
"""The shapes `timestamps` draws from (a subset of FORMAT-NOTES §4)."""


@st.composite
def timestamps(draw: st.DrawFn, shapes: Sequence[str] = TIMESTAMP_SHAPES) -> Timestamp:
    """A timestamp line in one of ``shapes`` (see `TIMESTAMP_SHAPES`) and its meaning.

    ``published`` is aware exactly when the line names a zone; ``updated`` is set only by the
    shapes that carry an update (``seed``, ``ist``), and is never before ``published``.
    ``date-only`` (``Published On 4 Apr 2023``) means midnight, naive; ``relative``
    (``2 minutes ago``) means nothing without a reference time: both None.
    """
    shape = draw(st.sampled_from(list(shapes)))
    p = draw(st.datetimes(dt.datetime(1995, 1, 1), dt.datetime(2035, 12, 31))).replace(
        second=0, microsecond=0, fold=0
    )
    if shape == "relative":
        n = draw(st.integers(2, 59))
        unit = draw(st.sampled_from(["minutes", "hours"]))
        prefix = draw(st.sampled_from(["", "Updated "]))
        return Timestamp(f"{prefix}{n} {unit} ago", None, None, p.date(), shape)
    if shape == "date-only":
        text = f"Published On {p.day} {_EN_MONTHS[p.month - 1][:3]} {p.year}"
        return Timestamp(text, dt.datetime(p.year, p.month, p.day), None, p.date(), shape)
    u: dt.datetime | None = None
    if shape in ("seed", "ist") and draw(st.booleans()):
        u = p + dt.timedelta(minutes=draw(st.integers(1, 600)))
        if u.date() != p.date():
            u = None  # an update stamp on another day is a different shape of record
    text, aware = _SHAPES[shape](p, u)
    if aware:
        zone = _tz(_ZONE_OF[shape])
        return Timestamp(
            text,
            p.replace(tzinfo=zone),
            u.replace(tzinfo=zone) if u else None,
            p.date(),
            shape,
        )
    return Timestamp(text, p, u, p.date(), shape)
