"""The tokenizer of stamp lines: a line → tokens, each with a one-letter code (``D N Y M T Z L``,
see `newsdump._timestamps`), or None when something in the line is not stamp material."""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import Final, NamedTuple

from ._lazyre import lazy
from ._timestamp_words import _FILLERS, _LABELS, _WEEKDAYS, MONTHS, US_GENERIC_ZONES, ZONES

# --------------------------------------------------------------------------------------------
# Regexes.  Each alternative is anchored at the scan position and built from bounded
# quantifiers over disjoint classes, so matching is linear in the token length.

_TOKEN: Final = lazy(
    globals(),
    "_TOKEN",
    r"""
    \s*  # the spaces before a token, in its match (one match a token, not two: issue #16)
    (?:
    (?P<space>\s+)
  | (?P<cjk>(?P<cy>\d{4})\s?[年년]\s?(?P<cm>\d{1,2})\s?[月월]\s?(?P<cd>\d{1,2})\s?[日일]?)
  | (?P<ymd>(?P<y1>\d{4})(?P<s1>[-/.])(?P<m1>\d{1,2})(?P=s1)(?P<d1>\d{1,2}))(?!\d)
  | (?P<dmy>(?P<a2>\d{1,2})(?P<s2>[-/.])(?P<b2>\d{1,2})(?P=s2)(?P<y2>\d{4}))(?!\d)
  | (?P<cjkt>(?P<ch>\d{1,2})\s?[時时시]\s?(?P<cmi>\d{1,2})\s?[分분])
  | (?P<time>T?(?P<h>\d{1,2})[:.hH](?P<mi>\d{2})(?::(?P<s>\d{2})(?:[.,]\d{1,6})?)?(?!\d)
        (?:\s?(?P<ap>[aApP])\.?\s?[mM]\.?(?![^\W\d_])(?!\s*\d))?
        (?P<off>Z(?![^\W\d_])|[+\-−]\d{2}(?::?\d{2})?(?!\d))?)
  | (?P<hap>(?P<h2>\d{1,2})\s?(?P<ap2>[aApP])\.?\s?[mM]\.?(?![^\W\d_])(?!\s*\d))
  | (?P<soff>[+\-−]\d{2}:?\d{2})(?!\d)
  | (?P<uoff>(?:UTC|GMT)\s?(?P<sign>[+\-−])(?P<oh>\d{1,2})(?::?(?P<om>\d{2}))?(?!\d))
  | (?P<num>\d{1,4})(?:st|nd|rd|th|er|º|ª)?(?![^\W\d_])(?!\d)
  | (?P<word>[^\W\d_]+)
  | (?P<punct>[,|—–\-()\[\]:;/.·•@])
    )
    """,
    re.VERBOSE,
)


class _Tok(NamedTuple):
    code: str
    start: int
    nums: tuple[int, ...]
    extra: str = ""


_ARABIC_MARKERS: Final[Mapping[str, str]] = MappingProxyType({"ص": "a", "م": "p"})
"""Arabic ``ص`` (a.m.) and ``م`` (p.m.) after a time; ``م`` after a year is "A.D."."""


def _tokenize(line: str) -> list[_Tok] | None:
    """The line's tokens, or None when something in it is not stamp material."""
    toks: list[_Tok] = []
    pos, end = 0, len(line)
    match = _TOKEN.match
    while pos < end:
        m = match(line, pos)
        if m is None:
            return None
        kind = m.lastgroup
        pos = m.end()
        if kind == "space" or kind == "punct" or kind is None:
            continue  # they carry nothing (and every alternative is named: never None)
        start = m.start(kind)  # after the spaces matched with the token
        if kind == "word":
            word = m["word"]
            marker = _ARABIC_MARKERS.get(word)
            if marker is not None:
                # "10:20 م" is p.m.; after a year, "2023 م" is A.D. (dropped); elsewhere it is
                # no stamp word
                last = toks[-1] if toks else None
                if last is not None and last.code == "T" and not last.extra:
                    toks[-1] = last._replace(extra=marker)
                    continue
                if last is not None and last.code in "YD" and marker == "p":
                    continue
                return None
            tok = _word(word, start)
            if tok is None:
                return None
            if tok.code:
                toks.append(tok)
        elif kind == "num":
            digits = m["num"]
            if len(digits) <= 2:
                toks.append(_Tok("N", start, (int(digits),)))
            elif len(digits) == 4 and m.end("num") == pos:
                toks.append(_Tok("Y", start, (int(digits),), digits))
            else:
                return None
        elif kind == "cjkt":  # "10時30分", "10时30分", "10시 30분"
            toks.append(_Tok("T", start, (int(m["ch"]), int(m["cmi"]), 0)))
        elif kind == "time":
            sec = m["s"]
            ap = (m["ap"] or "").lower()
            toks.append(_Tok("T", start, (int(m["h"]), int(m["mi"]), int(sec or 0)), ap))
            off = m["off"]
            if off:
                toks.append(_Tok("Z", m.start("off"), (_offset(off),)))
        elif kind == "dmy":
            nums = (int(m["a2"]), int(m["b2"]), int(m["y2"]))
            toks.append(_Tok("D", start, nums, m["s2"]))
        elif kind == "ymd":
            toks.append(_Tok("D", start, (int(m["y1"]), int(m["m1"]), int(m["d1"])), "ymd"))
        elif kind == "cjk":
            toks.append(_Tok("D", start, (int(m["cy"]), int(m["cm"]), int(m["cd"])), "ymd"))
        elif kind == "soff":
            toks.append(_Tok("Z", start, (_offset(m["soff"]),)))
        elif kind == "hap":
            toks.append(_Tok("T", start, (int(m["h2"]), 0, 0), m["ap2"].lower()))
        elif kind == "uoff":
            minutes = int(m["oh"]) * 60 + int(m["om"] or 0)
            if minutes > 14 * 60 or int(m["om"] or 0) >= 60:
                minutes = _BAD_OFFSET
            toks.append(_Tok("Z", start, (-minutes if m["sign"] in "-−" else minutes,)))
    return toks


_BAD_OFFSET: Final = 99_999


def _offset(text: str) -> int:
    """Minutes east of UTC for ``Z``, ``+0000``, ``+03:00``, ``-05``."""
    if text == "Z":
        return 0
    digits = text[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:] or 0)
    if hours > 14 or minutes >= 60:
        return _BAD_OFFSET
    total = hours * 60 + minutes
    return -total if text[0] in "-−" else total


def _word(word: str, start: int) -> _Tok | None:
    """A word's token; ``code`` "" for a word that is dropped; None for a non-stamp word."""
    if word in ZONES:
        return _Tok("Z", start, (ZONES[word],))
    if word in US_GENERIC_ZONES:
        return _Tok("Z", start, (US_GENERIC_ZONES[word],), "us")
    low = word.lower()
    month = MONTHS.get(low)
    if month is not None:
        return _Tok("M", start, (month,))
    if low in _WEEKDAYS or low in _FILLERS:
        return _Tok("", start, ())
    label = _LABELS.get(low)
    if label is not None:
        return _Tok("L", start, (), label)
    return None


_AGO_WORDS: Final = lazy(globals(), "_AGO_WORDS", r"ago|vor|il\sy\sa|hace")
"""A piece of each ASCII branch of `_timestamps`' pattern of a time counted back (``2 hours
ago``, ``vor 2 Stunden``, ``il y a 3 heures``, ``hace 2 horas``), in lower case: the patterns of
a relative update or age closing a stamp line hold one."""


_AGO_ENDS: Final = (
    "ago",
    # German
    "sekunde", "sekunden", "minute", "minuten", "stunde", "stunden", "tag", "tagen", "woche",
    "wochen", "monat", "monaten", "jahr", "jahren",
    # French
    "seconde", "secondes", "minutes", "heure", "heures", "jour", "jours", "semaine", "semaines",
    "mois", "an", "ans",
    # Spanish and Portuguese
    "segundo", "segundos", "minuto", "minutos", "hora", "horas", "dia", "dias", "semana",
    "semanas", "mes", "meses", "ano", "anos",
)  # fmt: skip
"""The words that end the ASCII branches of `_timestamps`' pattern of a time counted back
(``2 hours ago``, ``vor 2 Stunden``, ``il y a 3 heures``, ``hace 2 horas``, ``há 5 minutos``), in
lower case, each spelling the pattern allows (``años``, ``días``, ``mês`` and ``назад`` hold a
letter that is not ASCII)."""

AGO_END_TAIL: Final = 10
"""Characters: the longest of `_AGO_ENDS` (8, ``secondes``) and the ``.`` and ``)`` that the
patterns of a relative update or age allow after it, before the line's end."""


def may_be_relative(line: str) -> bool:
    """False only where no relative update or age (``… / 3 years ago``, ``… - Atualizado há 2
    horas``) can close ``line``.  Both patterns end in a time counted back, then an optional
    ``.`` and ``)``, at the line's end: when the line's last `AGO_END_TAIL` characters are
    ASCII, its end (less those two) must be one of `_AGO_ENDS`, in lower case.  Else an ASCII
    line must hold one of `_AGO_WORDS` in its lower case.  The pattern's other branches
    (``há``, ``назад``) and words (``años``) need a letter that is not ASCII, and no ASCII
    letter matches a letter of the pattern that is not ASCII case-insensitively; ASCII letters
    match case-insensitively exactly where their lower cases are equal.  Other lines go to the
    patterns (`tests/test_fast_s9_front.py`, `tests/test_fast_s18_relative.py` check).

    >>> may_be_relative("Sales rose 4% in 2023."), may_be_relative("Updated 2 hours AGO")
    (False, True)
    >>> may_be_relative("El puerto recibió 42 cruceros."), may_be_relative("há 5 minutos)")
    (False, True)
    """
    tail = line[-AGO_END_TAIL:]
    if tail.isascii() and not tail.endswith("\n"):  # (``$`` matches before a final LF too)
        if tail.endswith(")"):
            tail = tail[:-1]
        if tail.endswith("."):
            tail = tail[:-1]
        if not tail.lower().endswith(_AGO_ENDS):
            return False
    return not line.isascii() or _AGO_WORDS.search(line.lower()) is not None
