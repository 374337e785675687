"""Junk inside the article found by a line's end or its neighbour (issue #19 item 2): a caption
ending in a credit with a slash and no label (``noise:slash-credit``), and the headline after a
teaser's label alone on its line (``noise:teaser-headline``).  `_repair_labels.caption_asides`
runs both, after the article's bounds, which these lines do not move.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from ._repair_context import LineFacts
from ._repair_registry import RULES
from ._repair_rules import Aside

SLASH_CREDIT: Final = RULES["noise:slash-credit"].aside
TEASER_HEADLINE: Final = RULES["noise:teaser-headline"].aside
INSIDE_RULES: Final = frozenset((SLASH_CREDIT.rule, TEASER_HEADLINE.rule))
"""The names of this module's rules."""
_TEASER_LABELS: Final = frozenset(
    (RULES["noise:read-also"].aside.rule, RULES["noise:read-more"].aside.rule)
)
"""The rules of a teaser's label (`_repair_labels`' and `_repair_junk`'s lists of its words)."""
SLASH_CREDIT_TAIL: Final = 100
"""Characters at a line's end searched for the credit: a sentence's stop and the longest credit
(six words in a parenthesis, or seven around a slash) fit, as `_repair_labels.CREDIT_TAIL`."""

_SLASH_CREDIT: Final = re.compile(
    r"""(?x)[.!?]["”»']?\s?(?:
        \((?=[^()]*/)(?-i:[^\W\d_a-z])[^()\s]*(?:\s[^()\s]+){1,5}\)   # … Monday. (Name/Paper)
      | (?-i:[^\W\d_a-z])[^\s/]*(?:\s(?-i:[^\W\d_a-z])[^\s/]*){0,2}\s?/\s?
        (?-i:[^\W\d_a-z])[^\s/]*(?:\s(?-i:[^\W\d_a-z])[^\s/]*){0,3}    # … helfen.Pexels/A Name
    )$"""
)
"""A credit with a slash and no label ending a caption, right after its last sentence's stop
(glued to it or not): a parenthesis of two to six words (``(Adel Nour/Harbour Press)``), or one
to three capitalised words, a slash, and one to four more (``IMAGO/Nico Berg``).  The credit
holds a space (a person's or a paper's name): ``(dpa/AFP)`` or ``(ats/nxp)`` at a paragraph's end
is the agencies' sign-off of the article, kept."""


def slash_credit(line: str) -> bool:
    """Whether ``line`` is a caption ending in a credit with a slash after its last sentence.

    >>> slash_credit("Die Fähre legt am Morgen in Kiel an.Unsplash/Lena Brandt")
    True
    >>> slash_credit("Le port de Brest au lever du jour. (Marc Le Goff/Ouest Images)")
    True
    >>> slash_credit("Die Preise stiegen um drei Prozent. (dpa/AFP)")
    False
    """
    m = _SLASH_CREDIT.search(line[-SLASH_CREDIT_TAIL:])
    return m is not None and " " in m.group(0).strip()


TEASER_LABEL_WORDS: Final = 4
"""Words: a teaser's label alone on its line (``Lesen Sie auch:``, ``Czytaj więcej``, ``Lee
también...``) has one to four; a longer line labelled ``Read also:`` holds its headline."""
TEASER_HEADLINE_WORDS: Final = 25
"""Words: a headline (or a teaser's section, ``Politik``) is shorter than this; a longer line
without a stop after the label is more likely the article going on."""


def teaser_headlines(
    texts: Sequence[str],
    blank: Sequence[bool],
    split: Sequence[bool],
    info: LineFacts,
    asides: list[Aside | None],
) -> None:
    """Set aside, in place, the line after a teaser's label alone on its line (``Lesen Sie
    auch:`` / ``Neue Brücke für Kiel``): the teaser's headline or section, when it is short, ends
    without a stop, goes on no sentence (a lower-case start) and the next line does not go on
    it (``See also`` / ``Golem`` / ``, a supercomputer …`` is an entry cut at its link), and no
    rule but a heading's or a caption's shape took it.  A label with its headline on the same line
    (``ALSO READ: …``) is taken whole by `label_asides`, and the line after it stays."""
    term, cont = info.term, info.cont
    for i in range(len(texts) - 1):
        was = asides[i]
        if was is None or was.rule not in _TEASER_LABELS:
            continue
        if texts[i].count(" ") >= TEASER_LABEL_WORDS:
            continue
        nxt = i + 1
        after = asides[nxt]
        if after is not None and after.kind not in ("heading", "caption"):
            continue
        text = texts[nxt]
        if term[nxt] or cont[nxt] or split[nxt] or text.count(" ") >= TEASER_HEADLINE_WORDS:
            continue
        if nxt + 1 < len(texts) and not blank[nxt + 1] and cont[nxt + 1]:
            continue
        asides[nxt] = TEASER_HEADLINE
