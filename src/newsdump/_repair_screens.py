"""Cheap screens before the set-aside stages' costly patterns (issue #16).

A screen answers False only where the pattern it stands before cannot match, so that the caller
may skip the pattern: a superset test, never a second opinion.  Each is derived from the word
lists the pattern is built from and is checked against the pattern by a test
(tests/test_fast_s12_screens.py), so that a word added to a list reaches both.
"""

from __future__ import annotations

from typing import Final

from . import _repair_label_words as lw
from ._lazyre import lazy

_CREDIT_NEEDLES: Final = lazy(
    globals(),
    "_CREDIT_NEEDLES",
    "|".join(sorted({*lw.PHOTO_WORDS.split("|"), "Courtesy"})),
)
"""The words a credit without a colon holds, case-sensitively as `_repair_captions._PHOTO_BY`
reads them (``Photo by …``, ``Image source, …``, ``… Courtesy Lindau``); one search in C (the
engine scans for their first letters)."""
_SITE_ENDS: Final = tuple(sorted({site.split(r"\s")[-1] for site in lw.STOCK_SITES.split("|")}))
"""The last words of the stock sites, lower-cased (``unsplash``, ``commons``, ``stock``)."""
_CREDIT_END: Final = lazy(globals(), "_CREDIT_END", "(?i)(?:" + "|".join(_SITE_ENDS) + ")$|cc")
"""The end's two tests case-insensitively, as the pattern reads them, for an end that is not
ASCII (where ``str.lower`` and the engine may disagree: ``ſ`` matches ``s``)."""
CREDIT_END_CHARS: Final = 24
"""Characters at the line's end that hold a stock site's last word, or a Creative Commons
licence whole (`` (CC BY-NC-SA-ND 4.0)`` is 21)."""


def may_end_in_photo_credit(tail: str) -> bool:
    """False only where `_repair_captions._PHOTO_BY` finds nothing in ``tail`` (a line's last
    `PHOTO_BY_TAIL` characters): every alternative of it needs a photo word or ``Courtesy`` (in
    their case), a slash (an agency's slashed credit), a closing bracket at the end (a
    parenthesis of courtesy, or an open licence), a stock site's name ending the line, or
    ``cc`` in any case near the end (the licence).  An end that is not ASCII is read by a
    case-insensitive pattern; one that ends in a newline (where ``$`` matches too) passes.

    >>> may_end_in_photo_credit("Ferries in Kiel at dawn. Photo by Jane Roe")
    True
    >>> may_end_in_photo_credit("The mayor said the ferry would run again by Monday")
    False
    """
    end = tail[-CREDIT_END_CHARS:]
    if end.endswith((")", "\n")) or "/" in tail:
        return True
    if end.isascii():  # (most lines: ``lower`` is what the engine's case-insensitive match is)
        low = end.lower()
        if low.endswith(_SITE_ENDS) or "cc" in low:
            return True
    elif _CREDIT_END.search(end) is not None:
        return True
    return _CREDIT_NEEDLES.search(tail) is not None
