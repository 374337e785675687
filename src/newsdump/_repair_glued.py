"""Glued paragraphs: where a lost break left two paragraphs on one line (``… 2022.Experts …``).

`split_columns` finds the places; look-alikes (``U.S.``, ``St.Petersburg``, ``site.com``,
``3.5``, ``.NET``, initials, addresses) are refused.  The walk records a ``split`` edit for each.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from . import _text as tx

_words = tx.words

_GLUE: Final = re.compile(r"(?<=[\w”»)])([.!?…]+[\"'”’»)]?)(?=[^\W\d_])")
"""A sentence end directly followed by a letter: where glued paragraphs meet (the candidates are
checked by `glued_split_column`; the pattern is linear: no nested quantifiers).  The stop may
follow a closing quote or bracket, as French, Russian and British usage put it (``«Нет».Потом``)."""

ABBREVIATIONS: Final = _words(
    # titles, company forms, street and date abbreviations that a capitalised word may follow
    "st mr mrs ms dr prof gen col sgt lt capt jr sr no nr vs etc co corp inc ltd str bzw"
    " ca vgl sen rep gov dept univ mt ft ave blvd jan feb mar apr jun jul aug sep sept oct nov"
    " dec art abs hl sra sta dña ул г им тов"
)


_GLUE_HINT: Final = re.compile(r"[.!?…][\"'”’»)]?[^\W\d_]")
"""`_GLUE` without its look-behind: a fast first test (most lines have no candidate)."""


def may_be_glued(texts: Sequence[str]) -> list[int]:
    """The indices of the lines `glued_split_column` may split (one regex search each: most
    lines have no sentence end glued to a letter)."""
    hint = _GLUE_HINT.search
    return [i for i, text in enumerate(texts) if hint(text) is not None]


def glued_split_column(line: str, start: int) -> int:
    """0-based index in ``line`` where a glued second paragraph starts, searching from ``start``;
    -1 if none.  Look-alikes are refused: ``U.S.``, ``St.Petersburg``, ``site.com``, ``3.5``,
    ``.NET``, ``e.g.``, initials, URLs and e-mail addresses."""
    if _GLUE_HINT.search(line, start) is None:
        return -1
    for m in _GLUE.finditer(line, start):
        after = m.end()
        nxt = line[after : after + 2]
        # the next word must look like a sentence start: a capital then a lower-case letter
        if len(nxt) < 2 or not nxt[0].isupper() or not nxt[1].islower():
            continue
        token_start = line.rfind(" ", 0, m.start()) + 1
        token = line[token_start : m.start()]
        if _looks_like_name_or_address(token, line, after):
            continue
        if m.group(1)[0] != "." or any(ch in m.group(1) for ch in "\"'”’»)"):
            return after
        bare = token.lstrip("\"'“«(")
        word = bare.rstrip("”»)")
        if word != bare:
            return after  # a stop after a closing quote or bracket ends a sentence, no abbreviation
        letters = sum(ch.isalpha() for ch in word)
        if word.isdigit() and len(word) >= 2:
            return after  # "in 2022.Experts"
        if letters < 2 or word.lower() in ABBREVIATIONS:
            continue  # initials ("J.Smith") and abbreviations ("St.Petersburg")
        if word[:1].isupper() and len(word) <= 3:
            continue  # short capitalised abbreviations not in the list ("Gov.", "Abg.")
        if not word[-1:].islower():
            continue  # "ASP.NET", "U.S"
        return after
    return -1


_TITLE_CASE_TLDS: Final = _words("com net org info gov edu biz ru uk fr ch nl pl cz ua tv")
"""Top-level domains that a capitalised name before them makes a domain (``Booking.Com``,
``Example.Org``) rather than a sentence glued to a paragraph.  Those that are words starting
sentences are left out: ``de`` (Spanish), ``eu`` (Portuguese), ``io`` (Italian), ``at``,
``it``, ``es``, ``no``."""


def _looks_like_name_or_address(token: str, line: str, after: int) -> bool:
    """URLs, e-mail addresses, dotted identifiers, capitalised domains and abbreviations with
    inner dots."""
    rest_end = line.find(" ", after)
    rest = line[after : rest_end if rest_end >= 0 else len(line)]
    whole = token + "." + rest
    return (
        "." in token
        or "." in rest.rstrip(".!?,;:)\"'”’»")  # a dotted chain: ``System.Runtime.Services``
        or "/" in whole
        or "@" in whole
        or "www" in whole.lower()
        or "://" in whole
        or any(ch.isdigit() for ch in rest)
        or (token[:1].isupper() and rest.rstrip(",;:!?)\"'”’»").lower() in _TITLE_CASE_TLDS)
    )


def glued_before(ends: Sequence[str], blank: Sequence[bool], i: int) -> str:
    """What a join would glue before line ``i`` (``i`` > 0), which opens with a stop: the end
    of the line before (``ends``), and while that is stops alone, the ends of the lines before
    it too (``blank``: a blank line before each), which joins glue on without a space
    (``talks`` / ``.`` / ``!Experts``): so that repairing the repaired text reads the same word
    before the stops and splits where this repair split.

    >>> before = glued_before(["Talks ended", ".", "!Experts say so."], [False] * 3, 2)
    >>> before, split_columns("!Experts say so.", before)
    ('Talks ended.', [1])
    """
    k = i - 1
    before = ends[k]
    while k > 0 and not blank[k] and not before.strip(".!?…"):
        k -= 1
        before = ends[k] + before
    return before


def split_columns(text: str, before: str = "") -> list[int]:
    """0-based starts of the glued paragraphs inside ``text``, read as if ``before`` (the end of
    the line before, which a join would glue to it) came first."""
    cols: list[int] = []
    line = before + text
    start = len(before.rstrip(".!?…"))  # (the stops ``before`` ends in open the glue)
    while True:
        at = glued_split_column(line, start)
        if at < 0:
            return cols
        cols.append(at - len(before))
        start = at
