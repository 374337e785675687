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

CONTINUATIONS_PER_ITEM: Final = 6
"""A record with this many lower-case lines after unfinished ones (a sentence's pieces) for each
one after a finished line (an item) holds cut sentences and at most one list, and is no list
record: its items are few beside the lines links cut (a news text cut at its links with one
list after a colon).  Chosen on the train corpus's true lines, by the share of items among
a record's lower-case lines (steps of .05): the records with two or more items where under
one in seven are items hold 200 joins and 46 breaks of a lower-case line after an unfinished
one (model A; B 697 and 66), the gated records left 273 joins and 615 breaks (B 696 and 606)."""


def lower_after_stops(texts: Sequence[str]) -> bool:
    """Whether at least `LOWER_AFTER_STOP_MIN` of ``texts`` start with a lower-case letter right
    after a line (blank lines skipped) that ends a sentence or a semicolon, or one does after a
    line ending in a colon (``Zutaten:`` / ``zwei Eier``), and fewer than
    `CONTINUATIONS_PER_ITEM` times as many start with one after an unfinished line."""
    seen = 0
    cont = 0
    ended = ""
    for text in texts:
        if not text:
            continue
        if text[0].islower() and not text[1:2].isupper():  # (``eBay``: a name)
            if not ended:
                cont += 1
            else:
                # a colon announces what follows: one line of its own after it is an item
                seen += LOWER_AFTER_STOP_MIN if ended == ":" else 1
        ended = tx.terminal_char(text)
    return seen >= LOWER_AFTER_STOP_MIN and cont < CONTINUATIONS_PER_ITEM * seen
