"""A teaser list read from the record's units (issue #19): other articles' headlines, each with
its summary, item after item at one distance (``kicker`` / ``headline`` / ``summary``, again and
again).  Line by line a summary reads as the article's prose, so the article's stretch ran on
across such a list to its last summary; read as a run it is the page's.

A unit is ``(first line, line after the last, whether prose)``, as `_repair_bounds` makes them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Final

from ._lazyre import lazy

__all__ = [
    "LEDE_PERIOD",
    "LEDE_RUN",
    "TEASER_ITEM_UNITS",
    "regular_runs",
    "teaser_list_at",
    "teaser_lists",
]

LEDE_RUN: Final = 3
"""Summaries: so many prose units after the tail's start, each between two units set aside and
at the same distance from the one before, are a teaser list's (an article's last paragraphs
after its sub-headings stand at no regular distance; fewer are a box as often)."""
LEDE_PERIOD: Final = 3
"""Units: the least distance between two summaries (headline, date or kicker, summary); at two
an article's sub-heading and paragraph alternate alike (chosen with `LEDE_RUN` in-sample, as the
setting that loses no article line on any source of junk-dev; the folds leaving one source out
picked a run of 2, which loses some: see docs/junk.md)."""
TEASER_ITEM_UNITS: Final = 5
"""Units: an item of a teaser list has at most so many that are not prose before its summary
(a kicker, a headline, a date, an author, a label); a longer run is a list or a menu of its own
(`teaser_list_at` reads no further; 3 and 5 measured the same on junk-dev)."""


def regular_runs(ks: Sequence[int]) -> list[tuple[int, int, int]]:
    """The runs of ``ks`` (ascending unit indexes) at one distance of at least `LEDE_PERIOD`,
    `LEDE_RUN` or more long, each as (its first position in ``ks``, its last, the distance).

    >>> regular_runs([2, 5, 8, 11, 13])
    [(0, 3, 3)]
    >>> regular_runs([2, 4, 6, 8]), regular_runs([2, 5])
    ([], [])
    """
    found: list[tuple[int, int, int]] = []
    i = 0
    while i + 1 < len(ks):
        period = ks[i + 1] - ks[i]
        j = i + 1
        while j + 1 < len(ks) and ks[j + 1] - ks[j] == period:
            j += 1
        if period >= LEDE_PERIOD and j - i + 1 >= LEDE_RUN:
            found.append((i, j, period))
            i = j + 1
        else:
            i += 1
    return found


def teaser_lists(units: Sequence[tuple[int, int, bool]], lo: int = 0) -> list[int]:
    """The first unit (from unit ``lo`` on) of each teaser list: `LEDE_RUN` or more prose units
    (summaries), each between two units that are not prose, at one distance of at least
    `LEDE_PERIOD` units, with nothing but units that are not prose between them, the first one
    after as many units that are not prose as each of the others (its headline and kicker).

    >>> units = [(0, 1, True), *[(k, k + 1, k % 3 == 0) for k in range(1, 12)]]
    >>> teaser_lists(units, 1)
    [1]
    >>> teaser_lists([(k, k + 1, k % 2 == 0) for k in range(12)])  # (sub-heading, paragraph)
    []
    """
    flanked = [
        k
        for k in range(max(lo, 1), len(units) - 1)
        if units[k][2] and not units[k - 1][2] and not units[k + 1][2]
    ]
    starts: list[int] = []
    for i, j, period in regular_runs(flanked):
        start = flanked[i] - (period - 1)
        if (
            period - 1 <= TEASER_ITEM_UNITS
            and start >= lo
            and not any(units[m][2] for m in range(start, flanked[i]))
            and sum(units[m][2] for m in range(flanked[i], flanked[j] + 1)) == j - i + 1
        ):
            starts.append(start)
    return starts


def teaser_list_at(texts: Sequence[str], units_at: Mapping[int, bool], i: int) -> bool:
    """Whether a teaser list (`teaser_lists`) starts at line ``i`` (``units_at``: whether the
    unit starting at each line is prose); its units are read from there on, up to the one after
    its `LEDE_RUN`-th summary.  Not when a line of its items is numbered or ends in a colon.

    >>> texts = ["Sport", "Club wins the derby", "The club won in the last minute again.",
    ...     "Culture", "Theatre opens three plays", "The theatre shows three new plays.",
    ...     "Money", "Oil prices rise again", "Heating oil costs more than last year.", "Home"]
    >>> teaser_list_at(texts, {k: k % 3 == 2 for k in range(10)}, 0)
    True
    >>> teaser_list_at(texts, {k: k % 3 == 2 for k in range(10)}, 1)
    False
    >>> texts[0] = "1. Sport"
    >>> teaser_list_at(texts, {k: k % 3 == 2 for k in range(10)}, 0)
    False
    """
    if units_at.get(i) is not False:
        return False
    n = len(texts)
    units: list[tuple[int, int, bool]] = []
    prose = run = 0
    a = i
    while a < n:
        b = a + 1
        while b < n and b not in units_at:
            b += 1  # (the unit's lines cut at links)
        good = units_at[a]
        units.append((a, b, good))
        if good:
            prose += 1
            run = 0
        elif prose >= LEDE_RUN:
            break  # (the unit after the last summary read)
        else:
            run += 1
            if run > TEASER_ITEM_UNITS:
                return False
        a = b
    if 0 not in teaser_lists(units):
        return False
    # (a numbered item or a label ending in a colon heads an article's own section: a list of
    # the best films, a game's dialogue under its conditions; a teaser's headline is neither)
    return not any(
        _NUMBERED.match(texts[k]) or texts[k][-1] == ":"
        for a, b, good in units
        if not good
        for k in range(a, b)
    )


_NUMBERED: Final = lazy(globals(), "_NUMBERED", r"\(?\d{1,3}[.)]\s")
"""A line numbered as a list's item (``9. The bridge``, ``(3) Kiel``)."""
