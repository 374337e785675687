"""The short lines between two lines of a page's tail (issue #19): a form's thanks, a teaser's
kicker or a box's title that no rule reads as junk alone, between two lines that the bounds or
a rule of their words set aside after the article's stretch (`_repair_bounds`).
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["between_tail"]


def between_tail(
    texts: Sequence[str],
    units: Sequence[tuple[int, int, bool]],
    stretch_end: int,
    put: Sequence[bool],
    noise: Sequence[bool],
) -> list[tuple[int, int]]:
    """The units after the article's stretch (``stretch_end``: the line after it) that are not
    prose and lie between two lines set aside (``put``: by the bounds, ``noise``: by a rule of
    their words): a page's thanks, a teaser, a form's line between two
    lines of the page's tail.  Not a question (``Noch mehr?``: an article's last words ask as
    often as a teaser does).

    >>> between_tail(["Prose.", "Most read", "Thank you for reading.", "Storm hits"],
    ...     [(0, 1, True), (1, 2, False), (2, 3, False), (3, 4, False)], 1,
    ...     [False, True, False, True], [False] * 4)
    [(2, 3)]
    """
    was = [o or x for o, x in zip(put, noise, strict=True)]
    return [
        (a, b)
        for a, b, good in units
        if a >= stretch_end
        and not (good or was[a])
        and a > 0
        and b < len(texts)
        and was[a - 1]
        and was[b]
        and texts[b - 1][-1] != "?"
    ]
