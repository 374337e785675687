"""A short line that comes back two lines on (issue #19 item 2, twelfth session): a box of a
page repeats its label for each item it shows, and a gallery its photographer for each picture,
so the label alternates with the items (``Hochwasser in Kleinwerth`` / <headline> / ``Hochwasser in
Kleinwerth`` / <headline>, ``Anna Berg`` / <caption> / ``Anna Berg``): ``noise:refrain``.
`_repair_labels.caption_asides` runs it after the article's bounds, which these lines do not
move.  An article says a heading again only far from its first (a results table's
``Goals`` for each match) and a sentence never twice in a row with one line between.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final

from ._lazyre import lazy
from ._repair_registry import RULES
from ._repair_rules import Aside

REFRAIN: Final = RULES["noise:refrain"].aside
REFRAIN_WORDS: Final = 8
"""Words: a box's label, a kicker or a photographer's name holds a few (``Stadt Nordby``, ``Fire
in the old town``); a longer line said twice is a teaser's headline, `noise:repeat`'s (when a
rule took its other copy)."""
REFRAIN_MAX: Final = 80
"""Characters: eight words of a label fit."""
_WORD: Final = lazy(globals(), "_WORD", r"[^\W\d_]{2}")
"""Two letters in a row: a line without them (``+++``, ``*``, ``0``) is a separator or a count,
which an article repeats between its own paragraphs."""
_NAME: Final = lazy(globals(), "_NAME", r"(?:[^\W\d_a-z][\w'’.-]*\s){1,3}[^\W\d_a-z][\w'’.-]*")
"""Two to four capitalised words (``Anna Berg``, ``Jean-Luc O'Neill``): a photographer's credit
(a heading between two finished lines is rarely a name twice)."""


def refrain(texts: Sequence[str], term: Sequence[str], cont: Sequence[bool], i: int) -> bool:
    """Whether line ``i`` (of the record's non-blank ``texts``; ``term`` their terminal marks,
    ``cont`` whether each starts like a continuation) is a short unfinished line said again two
    lines before or after it, around a line that is no copy of it: around an unfinished line (a
    teaser's headline), or, when it is a name, around any (a caption between two copies of its
    photographer's name).  Neither copy may be a piece of a sentence cut at a link: one that
    starts like a continuation, or that the next line goes on (``Radon`` / ``in Gebäuden …``).

    >>> lines = ["Anna Berg", "The old pier at dawn.", "Anna Berg", "The pier opened in 1902."]
    >>> flat = [False] * 4
    >>> [refrain(lines, ["", ".", "", "."], flat, i) for i in range(4)]
    [True, False, True, False]
    >>> lines = ["Goals", "Berg 12'", "Goals", "The match was close."]
    >>> refrain(lines, ["", "", "", "."], flat, 0), refrain(lines, ["", ".", "", "."], flat, 0)
    (True, False)

    In a script without case nothing shows that a line goes on from the one before, so a
    short line said again may be a link's text cut out of two sentences: it is left.

    >>> lines = ["قال الوزير", "إن المحادثات", "قال الوزير", "انتهت."]
    >>> refrain(lines, ["", "", "", "."], flat, 0)
    False
    """
    text = texts[i]
    if term[i] or len(text) > REFRAIN_MAX or text.count(" ") >= REFRAIN_WORDS:
        return False
    if not text[0].isalnum():
        return False  # (``- Defense`` after ``Shooting Guard: Offense``: a link's piece, a list)
    if text.lower() == text.upper():
        return False  # (an uncased script: no lower-case start shows a link's piece, `_piece`)
    n = len(texts)
    for j in (i - 2, i + 2):
        if 0 <= j < n and texts[j] == text and not _piece(cont, i) and not _piece(cont, j):
            middle = (i + j) // 2
            if (
                texts[middle] != text
                and _WORD.search(text) is not None
                and (_headline(texts[middle], term[middle]) or _NAME.fullmatch(text) is not None)
            ):
                return True
    return False


LINK_CUT_FACTS: Final = frozenset(
    (
        "record:breaks-before-links",
        "record:link-line-inside-sentence",
        "record:link-lines>=0.1",
        "record:link-lines>=0.03",
    )
)
"""`LineFacts.record`'s facts of a record whose scraper broke lines at links: a short line in
it may be a link's text, said again in the text (``Harbour History``), so the rules that
read a line's neighbours (`refrain_asides`, `_repair_dated`) leave it."""


def links_cut(record: Sequence[str]) -> bool:
    """Whether the record's facts (`LineFacts.record`) say its lines were broken at links."""
    return not LINK_CUT_FACTS.isdisjoint(record)


def _headline(text: str, term: str) -> bool:
    """Whether ``text`` (``term``: its terminal mark) may be a teaser's headline: unfinished,
    and no list's item or table's row with a number first (``80 g Joghurt`` between two
    ``Sorte nach Belieben`` is a recipe's)."""
    return not term and not text[:1].isdigit()


def _piece(cont: Sequence[bool], i: int) -> bool:
    """Whether the unfinished line ``i`` may be a piece of a sentence cut at a link: it starts
    like a continuation, or the next line does."""
    return cont[i] or (i + 1 < len(cont) and cont[i + 1])


def refrain_asides(
    texts: Sequence[str],
    term: Sequence[str],
    cont: Sequence[bool],
    open_: Callable[[int], bool],
    asides: list[Aside | None],
) -> None:
    """Set aside, in place, every line `refrain` takes where ``open_`` says a label rule may (no
    rule but a heading's or a caption's shape took it, no link's text inside a sentence)."""
    seen: dict[str, int] = {}
    for i, text in enumerate(texts):
        if len(text) <= REFRAIN_MAX:
            k = seen.get(text)
            seen[text] = i
            if k is None or i - k != 2:
                continue  # (most lines: no copy two lines before)
            for m in (k, i):
                if open_(m) and refrain(texts, term, cont, m):
                    asides[m] = REFRAIN
