"""Reading a stamp line's tokens: segments, dates and times, day-first or month-first from the
evidence, zones, the dateutil fallback; the result is a `Stamp` with its notes (its classes in
``_timestamp_values``, which stays interpreted in the compiled build: see setup.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Final

from ._lazyre import lazy
from ._problems import ProblemCode, Severity, severity_of
from ._timestamp_tokens import _BAD_OFFSET, _Tok
from ._timestamp_values import Note, Stamp
from ._timestamp_words import _EN_MONTHS, _NON_ENGLISH_WORDS

MIN_YEAR: Final = 1900
MAX_YEAR: Final = 2100

_WORD: Final = lazy(globals(), "_WORD", r"[^\W\d_]+")
# A segment's token codes: a run of stamps, time-first or date-first.  `Y(?=Z)` is a 4-digit
# time (``0339 GMT``); the optional second time with its zone is the same instant elsewhere
# (``0339 GMT (1139 HKT)``).
_TZ: Final = r"(?:T|Y(?=Z))Z{0,2}(?:(?:T|Y(?=Z))Z{1,2})?"
_DATE: Final = r"D|NMY|MNY|NM|MN"
_TIME_FIRST: Final = lazy(globals(), "_TIME_FIRST", rf"(?P<t>{_TZ})(?P<d>{_DATE})")
_DATE_FIRST: Final = lazy(globals(), "_DATE_FIRST", rf"(?P<d>{_DATE})(?P<t>{_TZ})?")
# A day and a month, dotted, that the tokenizer read as a time (``16.03``).
_DAY_MONTH: Final = lazy(globals(), "_DAY_MONTH", r"(?P<d>\d{1,2})\.(?P<mo>\d{2})(?![\d:.])")

_UTC: Final = dt.timezone.utc
_DAY: Final = dt.timedelta(days=1)


class _Reader:
    """The state of reading one line: evidence, notes so far, the line's day/month order."""

    __slots__ = ("evidence", "lead", "line", "notes", "order")

    def __init__(self, evidence: Iterable[dt.date], lead: int, line: str = "") -> None:
        self.evidence = [
            e.date() if isinstance(e, dt.datetime) else e
            for e in evidence
            if isinstance(e, dt.date)
        ]
        self.lead = lead
        self.line = line
        """The stripped line (read again only to tell an English stamp from another)."""
        self.notes: list[Note] = []
        self.order = ""  # "dm" / "md" once the line's numeric dates have shown their order

    def note(
        self, code: ProblemCode, message: str, at: int, severity: Severity | None = None
    ) -> None:
        self.notes.append(Note(code, message, self.lead + at + 1, severity or severity_of(code)))

    def read(self, toks: list[_Tok]) -> Stamp | None:
        segments: list[tuple[str, list[_Tok]]] = [("", [])]
        for tok in toks:
            if tok.code == "L":
                if segments[-1][1] or segments[-1][0]:
                    segments.append((tok.extra, []))
                else:
                    segments[-1] = (tok.extra, [])
            else:
                segments[-1][1].append(tok)
        segments = [(role, self.day_month(seg)) for role, seg in segments if seg]
        if not segments:
            return None
        self.order = _line_order(toks)

        shapes: list[str] = []
        found: list[tuple[str, list[dt.datetime | None]]] = []
        for role, seg in segments:
            codes = "".join(t.code for t in seg)
            units = _units(codes)
            prefix = {"published": "P:", "updated": "U:"}.get(role, "")
            if units is None and role and codes in ("T", "TZ") and found:
                # "Publié le 08/02/2023 à 07h15, mis à jour à 09h30": a labelled time alone
                # is on the day of the stamp before it
                later = self.same_day(found, seg)
                if later is None:
                    return None
                found.append((role, [later]))
                shapes.append(prefix + codes)
                continue
            if units is None:
                stamp = self.fallback(seg)
                if stamp is None:
                    return None
                found.append((role, [stamp]))
                shapes.append(f"{prefix}fallback:{codes}")
                continue
            stamps: list[dt.datetime | None] = []
            for date_span, time_span in units:
                if not self.has_year(seg[date_span[0] : date_span[1]], time_span):
                    return None
                stamps.append(self.stamp(seg, date_span, time_span))
            found.append((role, stamps))
            shapes.append(prefix + codes)

        published, updated = self.assign(found, toks[0].start)
        return Stamp(published, updated, "|".join(shapes), tuple(self.notes))

    def day_month(self, seg: list[_Tok]) -> list[_Tok]:
        """``le 16.03 à 14h45``: a dotted ``dd.mm`` read as a time, followed by a time, is a
        day and a month (its year comes from evidence)."""
        if len(seg) < 2 or seg[0].code != "T" or seg[1].code != "T" or seg[0].extra:
            return seg
        m = _DAY_MONTH.match(self.line, seg[0].start)
        if m is None or not 1 <= int(m["mo"]) <= 12:
            return seg
        start = seg[0].start
        day, month = _Tok("N", start, (int(m["d"]),)), _Tok("M", start, (int(m["mo"]),))
        return [day, month, *seg[1:]]

    def assign(
        self, found: list[tuple[str, list[dt.datetime | None]]], at: int
    ) -> tuple[dt.datetime | None, dt.datetime | None]:
        published: dt.datetime | None = None
        updated: dt.datetime | None = None
        have_p = have_u = False
        extras: list[dt.datetime] = []
        for role, stamps in found:
            if role == "updated":
                if not have_u:
                    updated, have_u = stamps[0], True
            elif not have_p:
                published, have_p = stamps[0], True
                extras.extend(s for s in stamps[1:] if s is not None and s != published)
        if not have_u and extras:
            updated = extras[0]
            self.note("repeated-stamp", "the line repeats a stamp with another time", at)
        return published, updated

    def same_day(
        self, found: list[tuple[str, list[dt.datetime | None]]], seg: Sequence[_Tok]
    ) -> dt.datetime | None:
        """A time alone (``seg``), on the day of the last stamp found before it (and in its
        zone, when it names none); None when there is no such stamp or the time is impossible."""
        base = next((x for _, xs in reversed(found) for x in reversed(xs) if x is not None), None)
        when = self.time(seg, base.date() if base is not None else None)
        if base is None or when is None:
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=base.tzinfo)
        self.note(
            "time-only",
            "the stamp gives a time only: the day of the stamp before it",
            seg[0].start,
        )
        return dt.datetime.combine(base.date(), when)

    def non_english(self) -> bool:
        """Whether the line holds a label, filler or weekday word that English stamps do not."""
        return any(w.lower() in _NON_ENGLISH_WORDS for w in _WORD.findall(self.line))

    def has_year(self, dtoks: Sequence[_Tok], time_span: tuple[int, int] | None) -> bool:
        """A yearless date (``17 Apr.``) counts only with a time after it."""
        return len(dtoks) != 2 or time_span is not None

    def stamp(
        self, seg: Sequence[_Tok], date_span: tuple[int, int], time_span: tuple[int, int] | None
    ) -> dt.datetime | None:
        day = self.day(seg[date_span[0] : date_span[1]])
        if time_span is None:
            if day is None:
                return None
            self.note("no-time", "the stamp gives a date only", seg[date_span[0]].start)
            return dt.datetime(day.year, day.month, day.day)
        when = self.time(seg[time_span[0] : time_span[1]], day)
        if day is None or when is None:
            return None
        return dt.datetime.combine(day, when)

    def day(self, dtoks: Sequence[_Tok]) -> dt.date | None:
        first = dtoks[0]
        if first.code == "D":
            if first.extra == "ymd":
                y, m, d = first.nums
                day = _date(y, m, d)
            else:
                day = self.numeric(first)
                if day is None:
                    return None
        else:
            n = next(t for t in dtoks if t.code == "N")
            mo = next(t for t in dtoks if t.code == "M")
            ytok = next((t for t in dtoks if t.code == "Y"), None)
            if ytok is None:
                return self.yearless(mo.nums[0], n.nums[0], first.start)
            day = _date(ytok.nums[0], mo.nums[0], n.nums[0])
        if day is None:
            self.note("bad-timestamp", "the stamp names an impossible date", first.start)
        return day

    def numeric(self, tok: _Tok) -> dt.date | None:
        """``a.b.yyyy`` / ``a-b-yyyy`` (day-first) or ``a/b/yyyy`` (month-first in an English
        stamp, day-first in any other)."""
        a, b, y = tok.nums
        dm, md = _date(y, b, a), _date(y, a, b)
        if dm is None or md is None or dm == md:
            day = dm or md
            if day is None:
                self.note("bad-timestamp", "the stamp names an impossible date", tok.start)
            elif self.evidence and not self.near(day):
                # the stamp's only reading stands; the record's other dates are evidence only
                known = ", ".join(sorted({e.isoformat() for e in self.evidence}))
                self.note(
                    "date-disagrees", f"the stamp's date {day} disagrees with {known}", tok.start
                )
            return day
        readings = {"dm": dm, "md": md}
        if self.order:
            return readings[self.order]
        backed = [k for k, v in readings.items() if self.near(v)]
        if len(backed) == 1:
            self.order = backed[0]
            return readings[backed[0]]
        # only now, for a date read both ways, is the line read again for its language
        convention = "md" if tok.extra == "/" and not self.non_english() else "dm"
        quiet = not self.evidence or self.near(readings[convention])
        # lowered to info when the evidence does not contradict the convention (_problems)
        severity: Severity | None = "info" if quiet else None
        text = "day-first" if convention == "dm" else "month-first"
        self.note(
            "ambiguous-date",
            f"{a:02d}{tok.extra}{b:02d}{tok.extra}{y} read {text} by convention; "
            + ("no evidence" if not self.evidence else "the evidence supports neither reading"),
            tok.start,
            severity,
        )
        self.order = convention
        return readings[convention]

    def yearless(self, month: int, day: int, at: int) -> dt.date | None:
        if not self.evidence:
            self.note("missing-year", "the stamp gives no year and there is no evidence", at)
            return None
        best: tuple[int, dt.date] | None = None
        for e in self.evidence:
            for year in (e.year, e.year - 1, e.year + 1):
                cand = _date(year, month, day)
                if cand is not None and (best is None or abs((cand - e).days) < best[0]):
                    best = (abs((cand - e).days), cand)
        if best is None:
            self.note("bad-timestamp", "the stamp names an impossible date", at)
            return None
        self.note("year-from-evidence", f"year {best[1].year} taken from evidence", at)
        return best[1]

    def time(self, ttoks: Sequence[_Tok], day: dt.date | None) -> dt.time | None:
        """The time of ``ttoks`` on ``day`` (which decides a generic US zone's offset)."""
        main = _clock(ttoks[0])
        if main is None:
            self.note("bad-timestamp", "the stamp names an impossible time", ttoks[0].start)
            return None
        zones: list[int] = []
        alt: tuple[int, int, int] | None = None
        alt_zone: int | None = None
        for tok in ttoks[1:]:
            if tok.code == "Z":
                if alt is None:
                    zones.append(tok.nums[0])
                elif alt_zone is None:
                    alt_zone = tok.nums[0]
            else:
                alt = _clock(tok)
                if alt is None:
                    self.note("bad-timestamp", "the stamp names an impossible time", tok.start)
                    return None
        for tok in ttoks:
            if tok.code == "Z" and tok.nums[0] == _BAD_OFFSET:
                self.note("bad-timestamp", "the stamp names an impossible offset", tok.start)
                return None
        if len(set(zones)) > 1:
            self.note("zone-disagrees", "the stamp names two different zones", ttoks[0].start)
        if alt is not None and alt_zone is not None and zones:
            main_utc = main[0] * 60 + main[1] - zones[0]
            alt_utc = alt[0] * 60 + alt[1] - alt_zone
            if (main_utc - alt_utc) % 1440:
                self.note("zone-disagrees", "the two local times differ", ttoks[0].start)
        tz = None
        if zones:
            tz = _UTC if zones[0] == 0 else dt.timezone(dt.timedelta(minutes=zones[0]))
        when = dt.time(main[0], main[1], main[2], tzinfo=tz)
        return when if day is None else _us_daylight(when, day, ttoks)

    def near(self, day: dt.date) -> bool:
        return any(abs(day - e) <= _DAY for e in self.evidence)

    def fallback(self, seg: Sequence[_Tok]) -> dt.datetime | None:
        """A segment of stamp tokens in an order no pattern covers: rewrite it as plain
        English/ISO tokens and let dateutil read it (strictly: every date field must come from
        the text)."""
        codes = {t.code for t in seg}
        if not ("D" in codes or {"N", "M", "Y"} <= codes):
            return None
        parts: list[str] = []
        for tok in seg:
            if tok.code in "NY":
                parts.append(str(tok.nums[0]))
            elif tok.code == "M":
                parts.append(_EN_MONTHS[tok.nums[0] - 1])
            elif tok.code == "D":
                day = _date(*tok.nums) if tok.extra == "ymd" else self.numeric(tok)
                if day is None:
                    return None
                parts.append(day.isoformat())
            elif tok.code == "T":
                clock = _clock(tok)
                if clock is None:
                    return None
                parts.append("{:02d}:{:02d}:{:02d}".format(*clock))
            elif tok.code == "Z":
                off = tok.nums[0]
                if off == _BAD_OFFSET:
                    return None
                parts.append(f"{'-' if off < 0 else '+'}{abs(off) // 60:02d}{abs(off) % 60:02d}")
        found = _dateutil_parse(" ".join(parts))
        if found is None:
            return None
        return dt.datetime.combine(found.date(), _us_daylight(found.timetz(), found.date(), seg))


def _dateutil_parse(text: str) -> dt.datetime | None:
    from dateutil import parser  # lazily: `import newsdump` must not load dateutil.parser

    try:
        one = parser.parse(text, default=dt.datetime(2001, 1, 1))
        two = parser.parse(text, default=dt.datetime(2002, 2, 2))
    except (ValueError, OverflowError, TypeError):
        return None
    if one.date() != two.date() or not MIN_YEAR <= one.year <= MAX_YEAR:
        return None
    offset = one.utcoffset()
    if offset is not None:  # dateutil's tzoffset → the stdlib zone the rest of the module uses
        one = one.replace(tzinfo=_UTC if not offset else dt.timezone(offset))
    return one


def _us_daylight(when: dt.time, day: dt.date, ttoks: Sequence[_Tok]) -> dt.time:
    """``when`` an hour further east when its zone is a generic US one (``ET``) and ``day`` is
    in US daylight saving time (decided by the day: the switch at 2 a.m. is not modelled)."""
    if when.tzinfo is None or not any(t.code == "Z" and t.extra == "us" for t in ttoks):
        return when
    march = dt.date(day.year, 3, 8)  # the second Sunday of March is the first on or after the 8th
    start = march + dt.timedelta(days=(6 - march.weekday()) % 7)
    november = dt.date(day.year, 11, 1)
    end = november + dt.timedelta(days=(6 - november.weekday()) % 7)
    if not start <= day < end:
        return when
    offset = when.utcoffset()
    assert offset is not None  # an aware time
    return when.replace(tzinfo=dt.timezone(offset + dt.timedelta(hours=1)))


def _units(codes: str) -> list[tuple[tuple[int, int], tuple[int, int] | None]] | None:
    """Split a segment's codes into stamps: (date span, time span) pairs; None if they do not
    make a run of stamps."""
    time_first = codes[:1] == "T" or codes[:2] == "YZ"
    pattern = _TIME_FIRST if time_first else _DATE_FIRST
    units: list[tuple[tuple[int, int], tuple[int, int] | None]] = []
    pos = 0
    while pos < len(codes):
        m = pattern.match(codes, pos)
        if m is None:
            return None
        time_span = m.span("t") if m["t"] is not None else None
        units.append((m.span("d"), time_span))
        pos = m.end()
    return units or None


def _line_order(toks: Sequence[_Tok]) -> str:
    """``dm`` or ``md`` when a numeric date on the line can only be read one way, else ""."""
    orders = set()
    for tok in toks:
        if tok.code == "D" and tok.extra != "ymd":
            a, b, y = tok.nums
            dm, md = _date(y, b, a), _date(y, a, b)
            if a != b and (dm is None) != (md is None):
                orders.add("dm" if dm is not None else "md")
    return orders.pop() if len(orders) == 1 else ""


def _clock(tok: _Tok) -> tuple[int, int, int] | None:
    """(hour, minute, second) of a time token (``T`` or a 4-digit ``Y``), None if impossible."""
    if tok.code == "Y":
        h, mi, s, ap = int(tok.extra[:2]), int(tok.extra[2:]), 0, ""
    else:
        (h, mi, s), ap = tok.nums, tok.extra
    if ap:
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if ap == "p" else 0)
    if h > 23 or mi > 59 or s > 59:
        return None
    return h, mi, s


def _date(y: int, m: int, d: int, min_year: int = MIN_YEAR) -> dt.date | None:
    if not min_year <= y <= MAX_YEAR or not 1 <= m <= 12 or not 1 <= d <= 31:
        return None
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None
