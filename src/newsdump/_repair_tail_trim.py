"""Where the article's stretch ends, read again at its last prose (issue #19).

The stretch (`_repair_bounds.article_bounds`) ends at its last prose unit.  A page often prints
a box after the article: a newsletter's name under its label, with one sentence of its pitch
(``Newsletter`` / ``Der Morgen`` / ``Der perfekte Start in den Tag …``).  The label costs the
stretch little (it is short), so the pitch's sentence pulled the stretch on across it.  When
the stretch's last prose unit is the only one after a sign of the page's tail (`tail_sign`: a
prompt to follow or subscribe, a count, a category line) and is short, the stretch ends before
that sign.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from ._repair_tail_signs import tail_sign

__all__ = ["PITCH_WORDS", "trimmed_end"]

PITCH_WORDS: Final = 50
"""Words: a box's pitch is one to three sentences (about 15 to 40 words), shorter than this
(the bound the eighteenth session chose on junk-dev's fundus0 and np4k sources for a teaser's
summary in the tail, a rule it then left out: docs/junk.md)."""


def trimmed_end(texts: Sequence[str], units: Sequence[tuple[int, int, bool]], end: int) -> int:
    """The line after the article's stretch (``end``), moved back to a sign of the page's tail
    when only one short prose unit follows that sign inside the stretch.

    >>> texts = ["The council voted to close the old bridge for the winter.", "Newsletter",
    ...     "The Morning", "The best start to your day with the news from the city."]
    >>> trimmed_end(texts, [(0, 1, True), (1, 2, False), (2, 3, False), (3, 4, True)], 4)
    1
    """
    last = next((k for k in range(len(units) - 1, -1, -1) if units[k][0] < end), -1)
    if last <= 0 or not units[last][2]:
        return end
    a, b, _ = units[last]
    if sum(texts[k].count(" ") + 1 for k in range(a, b)) >= PITCH_WORDS:
        return end
    for k in range(last - 1, -1, -1):
        c, d, good = units[k]
        if good:
            return end  # another prose unit first: the article's own last paragraphs
        if d == c + 1 and tail_sign(texts[c]):
            return c
    return end
