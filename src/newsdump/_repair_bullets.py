"""Bullets: two lines in a row opening with the same guillemet and a space are a list's items.

A page that marks its list items or its links with a guillemet (``» Anfahrt und Parken`` /
``» Programm als PDF``) writes each item on a line of its own; the join rule
``closing-quote-start`` reads the guillemet as the closing quote a link's cut left at the start
of the next line (``« Nous partons demain`` / ``», a-t-il dit``).  A quote that a link's cut
closes opens one line; two lines in a row opening with the same guillemet and a space are a
list (`bullet_items`, rule ``bullet-items``), kept apart by `_repair_layout.Layout.veto`
whatever rule or the model joined them.  On train, 42 breaks fall between two lines opening
with the same sign and a space (``»``, ``›``, ``→``, ``>``), none of them a join.

A line opening with a dash under a line that ends in a colon is a list's item too
(``Auf der Tagesordnung:`` / ``– neue Mitglieder``; `dash_item`, rule ``dash-item-after-colon``):
the join rule ``dash-continues`` reads a dash before a lower-case word as a sentence going on
after a link (``… in a report`` / ``— citing experts …``), but a link's cut does not end a
line in a colon (the text after a link opens the next line), and a sentence that goes on
after its colon does not open the rest with a dash.  On train, 66 breaks fall between a line
ending in a colon and one opening with a dash, none a join (dev-news 10 and dev-web 14, none a
join either).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from . import _text as tx

__all__ = ["BULLET_SIGNS", "bullet_items", "dash_item"]

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


def dash_item(i: int, texts: Sequence[str]) -> bool:
    """Whether line ``i`` opens with a dash under a line ending in a colon: a list's item.

    >>> dash_item(1, ["Auf der Tagesordnung:", "– neue Mitglieder für das Sekretariat"])
    True
    >>> dash_item(1, ["Der Bericht nennt drei Gründe", "– vor allem die hohen Kosten."])
    False
    """
    return texts[i - 1][-1] == ":" and texts[i][0] in tx.DASHES
