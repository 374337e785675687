"""Bullets: two lines in a row opening with the same guillemet and a space are a list's items.

A page that marks its list items or its links with a guillemet (``» Anfahrt und Parken`` /
``» Programm als PDF``) writes each item on a line of its own; the join rule
``closing-quote-start`` reads the guillemet as the closing quote a link's cut left at the start
of the next line (``« Nous partons demain`` / ``», a-t-il dit``).  A quote that a link's cut
closes opens one line; two lines in a row opening with the same guillemet and a space are a
list (`bullet_items`, rule ``bullet-items``), kept apart by `_repair_layout.Layout.veto`
whatever rule or the model joined them.  On train, 42 breaks fall between two lines opening
with the same sign and a space (``»``, ``›``, ``→``, ``>``), none of them a join.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

__all__ = ["BULLET_SIGNS", "bullet_items"]

BULLET_SIGNS: Final = "»›"
"""The guillemets: a French quote closes with one (so a line a link's cut left may open with
it), and pages set one before each of their list items and links."""


def bullet_items(i: int, texts: Sequence[str]) -> bool:
    """Whether line ``i`` and the line before it both open with the same guillemet
    (`BULLET_SIGNS`) and a space: two items of a list, not a quote closed after a link.

    >>> bullet_items(1, ["» Anfahrt und Parken", "» Programm als PDF"])
    True
    >>> bullet_items(1, ["« Nous partons demain", "» a-t-il dit."])
    False
    >>> bullet_items(1, ["» Anfahrt und Parken", "›› Programm als PDF"])
    False
    """
    line = texts[i]
    return (
        len(line) > 2
        and line[0] in BULLET_SIGNS
        and line[1] == " "
        and texts[i - 1][:2] == line[:2]
    )
