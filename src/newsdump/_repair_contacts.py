"""Contacts: an e-mail address alone under a line ending in a number is a contact block's line.

A page's contact block (a press office's, a club's, a shop's) writes each of its parts on a line
of its own: the name, the street, the phone or fax number, the e-mail address
(``Tel. 0421 556 870`` / ``presse@hafenverein.example``).  The join rules read the e-mail's
lower-case start as the rest of a sentence a link cut (``lower-case-start``), or its bracket
as one going on (the ``[email protected]`` a page's e-mail protection writes in place of the
address, ``parenthesis-continues``).  A sentence that gives a number and then an e-mail address
puts a word or a comma between them (``… 0421 556 870 or`` / ``…``, ``…, e-mail`` / ``…``): a
scraper that cuts lines at links leaves the e-mail's link alone after such a word, never right
after the number.  On train, 13 breaks fall between a line ending in a digit and an e-mail
address alone, 12 of them no join; on dev-web 4, none a join (`contact_lines`, rule
``contact-lines``, kept apart by `_repair_layout.Layout.veto` in any record, whatever rule or
the model joined them).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

__all__ = ["PROTECTED_EMAIL", "contact_lines", "is_email"]

PROTECTED_EMAIL: Final = "[email protected]"
"""What a page's e-mail protection writes in place of an address when the page is read without
its script: an e-mail address all the same."""


def is_email(line: str) -> bool:
    """Whether ``line`` is an e-mail address alone: one word, a name before one ``@``, a domain
    with a dot after it (or `PROTECTED_EMAIL`).

    >>> is_email("presse@hafenverein.example"), is_email("@hafenverein")
    (True, False)
    >>> is_email("Schreiben Sie an info@laden.example"), is_email("[email protected]")
    (False, True)
    """
    if line == PROTECTED_EMAIL:
        return True
    if " " in line or line.count("@") != 1:
        return False
    name, _, domain = line.partition("@")
    dot = domain.find(".")
    return bool(name) and 0 < dot < len(domain) - 1


def contact_lines(i: int, texts: Sequence[str]) -> bool:
    """Whether line ``i`` is an e-mail address alone (`is_email`) under a line ending in a
    digit (a phone or fax number, a postcode): two lines of a contact block.

    >>> contact_lines(1, ["Tel. 0421 556 870", "presse@hafenverein.example"])
    True
    >>> contact_lines(1, ["Fragen beantwortet Ana Ruiz unter", "ana.ruiz@museo.example"])
    False
    >>> contact_lines(1, ["Tel. 0421 556 870", "oder im Büro am Markt."])
    False
    """
    return texts[i - 1][-1:].isdigit() and is_email(texts[i])
