"""The lines between two lines of a page's tail (issue #19): a form's thanks, a teaser's kicker
or a box's title that no rule reads as junk alone, between two lines that the bounds or a rule
of their words set aside after the article's stretch (`_repair_bounds`); and the prose there
when all of it lies so: a teaser's summary, a newsletter's or a comment form's prompt.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final

__all__ = ["STRANDED_WORDS", "between_tail"]

STRANDED_WORDS: Final = 50
"""Words: a prose unit after the article's stretch this long or longer is never taken as the
page's, even between two lines set aside: a teaser's summary or a prompt is one to three
sentences (about 15 to 40 words), a paragraph of the article stranded behind a box of teasers
is longer (chosen on junk-dev's fundus0 and np4k sources, checked on traf: see docs/junk.md)."""


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
    often as a teaser does).  The prose units after the stretch too, when every one of them
    lies so and is shorter than `STRANDED_WORDS` (`_stranded`).

    >>> between_tail(["Prose.", "Most read", "Thank you for reading.", "Storm hits"],
    ...     [(0, 1, True), (1, 2, False), (2, 3, False), (3, 4, False)], 1,
    ...     [False, True, False, True], [False] * 4)
    [(2, 3)]
    """
    was = [o or x for o, x in zip(put, noise, strict=True)]

    def between(a: int, b: int) -> bool:
        return a > 0 and b < len(texts) and was[a - 1] and was[b] and texts[b - 1][-1] != "?"

    found = [
        (a, b)
        for a, b, good in units
        if a >= stretch_end and not (good or was[a]) and between(a, b)
    ]
    return found


def _stranded(
    texts: Sequence[str],
    units: Sequence[tuple[int, int, bool]],
    stretch_end: int,
    was: Sequence[bool],
    between: Callable[[int, int], bool],
    bounded: Sequence[bool],
) -> list[tuple[int, int]]:
    """The prose units after the article's stretch, when each lies between two lines set aside
    (``between``), one of the two set aside by the bounds (``bounded``; not only by a rule of
    its words), not between marks alone (`_worded`) and is shorter than `STRANDED_WORDS`, else
    none: the page's tail holds
    teasers' summaries and prompts between its headlines and labels (issue #19), while one
    paragraph that runs on from the article, or two in a row, is the article's closing text
    (an author's note, a correction): then every one stays."""
    prose = [(a, b) for a, b, good in units if good and a >= stretch_end and not was[a]]
    for a, b in prose:
        words = sum(texts[k].count(" ") + 1 for k in range(a, b))
        if words >= STRANDED_WORDS or not between(a, b) or not _worded(texts[a - 1], texts[b]):
            return []
        if not (bounded[a - 1] or bounded[b]):
            return []  # between two lines set aside by their words only: an ad label, a share
            # row or a follow-us line sits around an article's last paragraph as often
    return prose


def _worded(before: str, after: str) -> bool:
    """Whether both lines around a prose unit hold a letter or a digit: a mark alone (``^``,
    ``*``, ``•``) is a list's bullet or a footnote's link back, and the prose between such
    marks is the list's items (an article's references), not the page's tail."""
    return any(c.isalnum() for c in before) and any(c.isalnum() for c in after)
