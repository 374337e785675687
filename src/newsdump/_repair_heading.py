"""Heading-shaped lines that the line after them shows to be a piece of a sentence (issue #18).

A short capitalised line between finished text and a new start reads as a heading
(`_repair_aside._heading_between`); but a link's text cut out of a sentence has the same shape
when the sentence goes on after it with something no paragraph starts with:

- the rest of a company's name (``Nordwind Energie`` / ``AG, the utility, said …``);
- a short bracket that closes and lets the sentence go on (``The Zwinger`` / ``(a palace
  built in 1728), now a museum …``; ``Vera Lind`` / ``(Greens): I think …``);
- a dash and a sentence about the name (``Quickpad`` / ``– I open this every morning.``).

A heading is followed by its paragraph, which starts anew; a list under a heading
(``Our services`` / ``- Garden design``) has short unfinished items, not sentences.  Both
layouts read the same three texts (the line or block, the one before it, the one after it), so
that repairing the repair's own output, laid out with blank lines, keeps every kind.
"""

from __future__ import annotations

from typing import Final

from . import _text as tx

BRACKET_CLOSES_WITHIN: Final = 40
"""Characters: a bracket that closes within this many characters of its start holds an
abbreviation, a year, a translation, a party or a file note (``(UEP)``, ``(1895)``, ``(PDF
1.2MB)``, ``(R-UT)``): a remark inside a sentence.  The longest such notes on train run to
about 30 characters; a longer bracket may be a paragraph of its own (``(Note: …)``)."""

DESCRIBED_FROM: Final = 90
"""Characters: an unfinished dash line longer than this is a description, not a list item under
a heading; as long as the longest heading or list label the set-aside reads
(`_repair_junk.SHORT_ASIDE`)."""

_LEGAL_FORMS: Final = frozenset(
    {
        *("Corp", "Inc", "Co", "Ltd", "LLC", "LLP", "LP", "plc", "PLC", "SA", "AG", "GmbH"),
        *("NV", "SE", "SpA", "AB", "ASA", "Oyj", "KG", "Pty", "Bhd"),
    }
)
"""Legal forms written after a company's name: a line never starts a paragraph with one, so a
line starting with one finishes the name the line before it ends with."""

_LIST_MARKERS: Final = frozenset("-–—•*·")
"""A line starting with one of these is itself a list item, not a name described after it."""

_OPENING: Final = "(（["
_CLOSING: Final = ")）]"
"""Opening brackets and, at the same places, their closing ones."""

_GOES_ON: Final = frozenset(",;:")
"""Punctuation after a bracket's closer that goes on the sentence around it."""


def goes_on_after(text: str, after: str) -> bool:
    """Whether ``after`` goes on a sentence that ``text`` (a heading-shaped line or block)
    started: it starts with a company's legal form, with a short bracket after which the
    sentence goes on, or with a dash and a sentence describing ``text``."""
    if not text or not after:
        return False
    first = after[0]
    if first in _OPENING:
        return _bracket_goes_on(after, _CLOSING[_OPENING.index(first)])
    if first in tx.DASHES:
        return _describes(text, after)
    return tx.letter_case(first) == "upper" and _legal_form(after) and _ends_in_name(text)


def link_goes_on(link: str, after: str) -> bool:
    """Whether ``after``, the line after ``link`` (a link's text alone on its line, between an
    unfinished line and this one), goes on the sentence the link was cut out of with what no
    paragraph starts with: the link's possessive (``Halvorsen`` / ``'s new plant``), a company's
    legal form (``Nordwind`` / ``AG's board``) or a short bracket after which the sentence goes
    on (``Vera Lind`` / ``(Greens), who …``).  A lower-case start is read by the caller
    (`tx.continues`); a heading's paragraph starts anew with none of these."""
    if not link or not after:
        return False
    first = after[0]
    if first in "'’" and after[1:2] == "s" and not after[2:3].isalnum():
        return True  # (``’s`` is a closer that `tx.continues` reads already; ``'s`` is not)
    if first in _OPENING:
        return _bracket_goes_on(after, _CLOSING[_OPENING.index(first)])
    parts = after.split(None, 1)
    if not parts:
        return False  # (a line of spaces)
    word = parts[0]
    # (a bare form before a word may be an abbreviation starting a sentence: ``AB testing …``)
    marked = word[-1] in ".,;:" or "'" in word or "’" in word or word == after
    return marked and _legal_form(after) and _ends_in_name(link)


def _bracket_goes_on(after: str, closer: str) -> bool:
    """Whether ``after`` starts with a short bracket followed by a lower-case word or by
    punctuation that goes on the sentence (``(UEP), was founded …``, ``(1895) shows …``)."""
    end = after.find(closer, 1, BRACKET_CLOSES_WITHIN + 1)
    if end < 0:
        return False
    rest = after[end + 1 :].lstrip(" ")
    if not rest:
        return False
    first = rest[0]
    if first in _GOES_ON:
        return True
    if first == ".":
        return len(rest) == 1 or rest[1] == " "  # the sentence ends there: ``(PDF 2MB).``
    return tx.letter_case(first) == "lower"


def _describes(text: str, after: str) -> bool:
    """Whether ``after``, a dash and a space then a sentence (finished, or longer than a list
    item), describes ``text``, a name that is not itself a list item and does not end a
    sentence or introduce a list (``Quickpad`` / ``– I open this every morning.``)."""
    if after[1:2] != " " or text[0] in _LIST_MARKERS or text[-1] in ":…":
        return False
    if tx.ends_sentence(text):
        return False
    return tx.ends_sentence(after) or len(after) > DESCRIBED_FROM


def _legal_form(after: str) -> bool:
    """Whether ``after``'s first word is a company's legal form (``Corp.``, ``AG,``,
    ``Inc.'s``)."""
    parts = after.split(None, 1)
    word = parts[0] if parts else ""
    for mark in "'’":
        word = word.split(mark, 1)[0]
    return word.rstrip(".,;:") in _LEGAL_FORMS


def _ends_in_name(text: str) -> bool:
    """Whether ``text`` ends in a capitalised word or a digit (a company's name)."""
    words = text.rsplit(None, 1)
    if not words:
        return False  # (blank: no name)
    last = words[-1]
    return last[0].isdigit() or tx.letter_case(last[0]) == "upper"
