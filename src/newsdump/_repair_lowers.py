"""Records whose lines start in lower case after finished lines: lists, not cut sentences.

A line that starts in lower case continues the line before in running text (the join rule
``lower-case-start``), and the join model may not keep such a join back (``STRONG_RULES``):
a paragraph cut by links anywhere must come back whole.  But a record that also starts lines
in lower case right after lines that end a sentence (``Keep the soil moist.`` / ``water
every morning``, ``Zutaten:`` / ``zwei Eier``) writes its lines as items of a list or a menu,
where a lower-case start says nothing about the line before; running text never does (each
sentence starts with a capital), so a paragraph cut by links never shows it.  There the model
judges ``lower-case-start`` joins too (`_repair_model.vetoable`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from . import _text as tx

LOWER_AFTER_STOP_MIN: Final = 2
"""Lines: a record with this many lower-case lines after finished ones writes lists (chosen on
the train corpus's true lines, model A: where one such line is seen, a lower-case continuation
of an unfinished line is a join 292 times in 405, often a wrapped abbreviation, ``e.g.`` /
``the seeds``; where two or more are, a break 514 times in 883)."""


def lower_after_stops(texts: Sequence[str]) -> bool:
    """Whether at least `LOWER_AFTER_STOP_MIN` of ``texts`` start with a lower-case letter right
    after a line (blank lines skipped) that ends a sentence or a semicolon, or one does after a
    line ending in a colon (``Zutaten:`` / ``zwei Eier``)."""
    seen = 0
    ended = ""
    for text in texts:
        if not text:
            continue
        if ended and text[0].islower() and not text[1:2].isupper():  # (``eBay``: a name)
            # a colon announces what follows: one line of its own after it is an item already
            seen += LOWER_AFTER_STOP_MIN if ended == ":" else 1
            if seen >= LOWER_AFTER_STOP_MIN:
                return True
        ended = tx.terminal_char(text)
    return False
