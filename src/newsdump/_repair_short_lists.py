"""Short lists between set-aside lines: a stretch of five or more short lines that keeps its breaks.

A page's list of short items (a form's criteria, a contact block's parts, a shop's colours,
``Klarheit der Stimme`` / ``Blickkontakt`` / ``Körperhaltung`` / …) stands between lines the
repair set aside or a finished line, and runs to the record's end or to a line set aside.  A
record cut at links (`_repair_marks.link_marks`) keeps no short line apart (`_repair_layout.
Layout.veto`), and the join rules read such a list's lower-case items as a link's text going on.
But a link's cut shows inside the stretch itself: one of its lines ends in a function word, ends
a sentence, or the next opens with the text after the link (``, sagte …``); and a sentence a
link cut ends with its stop, so its pieces run on to a finished line, not to a line set aside.
A stretch with none of these marks is a list wherever the rest of the page was cut at links
(`short_lists`, rule ``short-line-list``, asked by `Layout.veto` in any record).

On train, such stretches of `LIST_MIN` lines hold 16 breaks the repair joined, none a join in
the truth; of four lines, 2 of 2 are joins (train B), so four is too few.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from ._repair_context import LineFacts
from ._repair_marks import LINK_MARK_START
from ._repair_rules import Aside

__all__ = ["LIST_MIN", "short_lists"]

LIST_MIN: Final = 5
"""Lines: a stretch this long of short lines without a link's mark, between a set-aside or
finished line and a set-aside line (or the record's ends), is a list.  Chosen on train (five or
more: 16 breaks joined, none a true join; four: 2 joined, both true joins, on train B)."""


def short_lists(
    texts: Sequence[str],
    asides: Sequence[Aside | None],
    info: LineFacts,
    line_prose: Sequence[bool],
) -> frozenset[int]:
    """The lines (indices) after a break inside a stretch of `LIST_MIN` or more short lines
    (not ``line_prose``, `prose` of each line), none set aside, none ending a sentence or in a
    function word, none opening with the text after a link (`LINK_MARK_START`), that starts
    after a set-aside or finished line (or the record's start) and ends before a set-aside
    line (or the record's end).

    >>> lines = ["Kriterien der Jury:", "Klarheit der Stimme", "freier Vortrag",
    ...          "Blickkontakt", "ruhige Haltung", "gute Beispiele"]
    >>> info = LineFacts(lines, lines, [False] * 6)
    >>> sorted(short_lists(lines, [None] * 6, info, [False] * 6))
    [2, 3, 4, 5]
    """
    term = info.term
    n = len(texts)
    out: set[int] = set()
    k = 0
    while k < n:
        if not _listed(k, texts, asides, info, line_prose):
            k += 1
            continue
        a = k
        while k + 1 < n and _listed(k + 1, texts, asides, info, line_prose):
            k += 1
        b = k
        k += 1
        if (
            b - a + 1 >= LIST_MIN
            and (a == 0 or asides[a - 1] is not None or bool(term[a - 1]))
            and (b == n - 1 or asides[b + 1] is not None)
        ):
            out.update(range(a + 1, b + 1))
    return frozenset(out)


def _listed(
    k: int,
    texts: Sequence[str],
    asides: Sequence[Aside | None],
    info: LineFacts,
    line_prose: Sequence[bool],
) -> bool:
    """Whether line ``k`` may be a short list's item: short, not set aside, unfinished, ending
    in no function word, opening with no sign a link's cut leaves."""
    return (
        asides[k] is None
        and not line_prose[k]
        and not info.fw[k]
        and not info.term[k]
        and texts[k][0] not in LINK_MARK_START
    )
