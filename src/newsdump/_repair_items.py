"""Items of a list written as lines: evidence the join model weighs against a strong rule.

Two shapes tell that a line ends one item of a list and the next line starts another, even
where the next line opens in lower case or with a dash (which the strong join rules read as a
sentence going on):

- `closes_item`: the line ends in a semicolon and a conjunction (``…hires no staff; and`` /
  ``…a rural address; or``, ``…im Inland; und``, ``…en France ; ou``).  Drafting style (laws,
  contracts, forms, terms of use) ends each item of an enumeration with a semicolon and the
  last but one with ``; and`` or ``; or``: the next line is the next item.  Running text puts a
  conjunction after a semicolon inside a line, rarely at its end.  On train (teacher-forced,
  both scraper models), 53 breaks after such a line were proposed as joins by a strong rule; 1
  was a join of the truth.
- `marked_items`: the line and the next both open with the same list mark (``-``, ``*``, ``•``,
  ``–``, ``+``, ``·``) followed by a space or a letter (``- Salz`` / ``- Pfeffer``, ``-fold the
  laundry`` / ``-feed the cat``).  A dash that continues a sentence cut by a link opens one
  line, not two in a row.  On train, 58 breaks between two such lines were proposed as joins
  by a strong rule (``dash-continues`` mostly); none was a join of the truth.

Both are features of the model (``prev:closes-item``, ``marked-items``), and both make a strong
rule's join vetoable (`_repair_model.vetoable`): the model, not the rule, then decides.
"""

from __future__ import annotations

from typing import Final

__all__ = ["ITEM_CONJUNCTIONS", "ITEM_MARKS", "closes_item", "marked_items"]

ITEM_CONJUNCTIONS: Final = frozenset(
    {"and", "or", "und", "oder", "et", "ou", "y", "o", "e", "en", "of", "och", "eller"}
)
"""``and`` and ``or`` in the languages of the corpora whose drafting style ends items with a
semicolon (English, German, French, Spanish, Italian, Portuguese, Dutch, Swedish): one word,
lower case, as an enumeration writes it."""

ITEM_MARKS: Final = frozenset("-*•–+·")
"""Signs a page sets before each item of a list written as lines (``—`` is left out: a
dialogue's turns open with it, and each turn is a paragraph of its own anyway)."""


def closes_item(line: str) -> bool:
    """Whether ``line`` ends in a semicolon and a conjunction (`ITEM_CONJUNCTIONS`): the last
    but one item of an enumeration.

    >>> closes_item("contractors who hire no staff; and")
    True
    >>> closes_item("wer im Inland wohnt ; oder")
    True
    >>> closes_item("the river, the hills and")
    False
    >>> closes_item("and")
    False
    """
    k = line.rfind(" ")
    if k < 1 or line[k + 1 :] not in ITEM_CONJUNCTIONS:
        return False
    return line[:k].rstrip().endswith(";")


def marked_items(prev: str, nxt: str) -> bool:
    """Whether ``prev`` and ``nxt`` both open with the same list mark (`ITEM_MARKS`) followed by
    a space or a letter: two items of a list.

    >>> marked_items("- zwei Eier", "- eine Prise Salz")
    True
    >>> marked_items("-fold the laundry", "-feed the cat")
    True
    >>> marked_items("- zwei Eier", "• eine Prise Salz")
    False
    >>> marked_items("-5 degrees at night", "-3 degrees by day")
    False
    >>> marked_items("the talks went on", "- and on")
    False
    """
    if len(prev) < 2 or len(nxt) < 2:
        return False
    mark = nxt[0]
    if mark not in ITEM_MARKS or prev[0] != mark:
        return False
    return _opens_item(prev[1]) and _opens_item(nxt[1])


def _opens_item(ch: str) -> bool:
    """What follows a list mark: a space or a letter (a digit after ``-`` is a negative number)."""
    return ch == " " or ch.isalpha()
