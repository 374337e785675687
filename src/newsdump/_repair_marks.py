"""A link's marks: does a one-block-a-line record show the lines a scraper cut at its links?

A scraper that breaks the line after a link leaves the text that followed the link at the
start of the next line (``, sagte der Sprecher …``), a sentence going on in lower case after
an unfinished prose line, or a link's text alone between two pieces of a sentence; a page
rendered one block a line shows none of these (`link_marks`).  A forum post's or a poem's own
line breaks look like a link's cut too, save one: they fall after a comma (``So lief es bei
mir,`` / ``was mein erstes Spiel wurde.``), where a link's cut never does (`COMMA_END`).
Moved here from `_repair_layout` (at 500 lines) with that comma.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from . import _text as tx
from ._repair_apart import prose
from ._repair_context import LineFacts
from ._repair_rules import Aside

__all__ = ["COMMA_END", "LINK_MARK_START", "PROSE_CUTS_MIN", "link_marks"]

LINK_MARK_START: Final = frozenset(",.;:!?)]")
"""Characters a link's cut leaves at the start of the next line (the text that followed the
link: ``Milena Dortkov`` / ``, who …``); a block of a page starts with none of them."""


COMMA_END: Final = ","
"""The last character of a line that a link's cut never leaves before a sentence going on in
lower case: a scraper that breaks after links ends the line with the link's text (its comma
opens the next line, `LINK_MARK_START`), and one that breaks before links too puts the link's
text alone on the next line, not a clause ending its sentence.  So a prose line ending in a
comma, continued in lower case by a line that ends a sentence, is a line break of the page's
own (a forum post's, a poem's) and no mark of a link.  On junk-dev's pages without links (C)
it takes the mark from one page whose post is broken so; on junk-dev's pages with links (C-A)
it changes no true join (chosen by reading junk-dev, in sample)."""


PROSE_CUTS_MIN: Final = 3
"""Pairs of prose lines: a prose line continued lower case on the next, by a line that ends a
sentence or holds one, is what a link's cut looks like, and what a list of clauses or a forum
post's lines look like too (without the stop, more often theirs); three times in a record is
the link's (2 to 4 differ by a few joins on junk-dev and none on dev-news)."""


def _glued_or_ellipsis(line: str) -> bool:
    """Whether ``line`` opens with an ellipsis (a teaser's ``... und mehr``) or with a sign
    glued to a capital (``:Aktuelle News``): a page's block, not the text after a link."""
    return line.startswith(("..", "…")) or tx.letter_case(line[1:2] or " ") == "upper"


def link_marks(texts: Sequence[str], asides: Sequence[Aside | None], info: LineFacts) -> bool:
    """Whether some unfinished line is followed by a line starting with closing punctuation
    (`LINK_MARK_START`): the mark a link leaves when a scraper breaks the line after it, and
    one a record of whole blocks (menus, teasers, list items) does not show.

    >>> from newsdump._repair_context import LineFacts
    >>> def marked(lines):
    ...     return link_marks(lines, [None] * len(lines), LineFacts(lines, lines,
    ...                       [False] * len(lines)))
    >>> marked(["Die Gespräche mit", "Milena Dortkow", ", sagte der Sprecher, gehen weiter."])
    True
    >>> marked(["Startseite", "nachrichten", "sport", "Der Minister trat am Montag zurück."])
    False
    """
    term, cont = info.term, info.cont
    n = len(texts)
    cuts = 0
    for k in range(1, n):
        if term[k - 1] or asides[k - 1] is not None or asides[k] is not None:
            continue
        nxt = texts[k]
        if nxt[0] in LINK_MARK_START and not _glued_or_ellipsis(nxt):
            return True
        prev = texts[k - 1]
        if not prose(prev):
            continue
        if prose(nxt):
            if cont[k] and prev[-1] != COMMA_END and (term[k] or tx.has_inner_sentence(nxt)):
                cuts += 1
                if cuts >= PROSE_CUTS_MIN:
                    return True
        elif (
            k + 1 < n
            and not term[k]
            and cont[k + 1]
            and asides[k + 1] is None
            and prose(texts[k + 1])
            and (term[k + 1] or tx.has_inner_sentence(texts[k + 1]))
        ):
            return True  # a link's text alone between two pieces of a sentence (model B)
    return False
