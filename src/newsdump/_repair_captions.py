"""Captions and repeated lines inside the article (issue #19 item 2, eleventh session): a caption
ending in a credit that has no colon (``… Photo by Jane Roe``, ``… (Courtesy of Anna Berg)``,
``… EFE/EPA/ANNA BERG``, ``Image source, Harbour Press``:
``noise:photo-by``), a line that is one text twice (a link's text and its title glued:
``noise:doubled``), and a line repeating, word for word, a line another rule set aside as
noise (a teaser or a caption shown twice: ``noise:repeat``).  `_repair_labels.caption_asides`
runs them last, after the article's bounds, which these lines do not move.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import Final

from . import _repair_label_words as lw
from ._repair_context import LOWERED_MAX
from ._repair_registry import RULES
from ._repair_rules import Aside
from ._repair_screens import may_end_in_photo_credit

PHOTO_BY: Final = RULES["noise:photo-by"].aside
DOUBLED: Final = RULES["noise:doubled"].aside
REPEAT: Final = RULES["noise:repeat"].aside
CAPTION_RULES: Final = frozenset((PHOTO_BY.rule, DOUBLED.rule, REPEAT.rule))
"""The names of this module's rules."""

_NAME: Final = lw.NAME_WORD
_PHOTO_BY: Final = re.compile(
    rf"""(?x)(?:^|[.!?]["”»'’]?\s?|\s[/|]\s)(?:
        (?:{lw.PHOTO_WORDS})\s(?:{lw.CREDIT_BY})\s{_NAME}[^.!?:;()]{{0,60}}    # … Photo by Name
      | \(\s?(?i:{lw.COURTESY})\s[^()]{{1,60}}\)                              # (Courtesy of Name)
      | Courtesy\s(?:of\s)?{_NAME}[^.!?:;()]{{0,60}}                          # … Courtesy Lindau
      | (?:{lw.PHOTO_WORDS})\ssource,\s{_NAME}[^.!?:;()]{{0,60}}             # Image source, Name
    )$
    |[.!?]["”»'’]?\s?(?i:{lw.CREDIT_AGENCIES})(?:\s?/\s?{_NAME}(?:\s{_NAME}){{0,3}}){{1,3}}$
                  # … EFE/EPA/NAME (alone on its line: `_repair_inside`'s slashed credit)
    |\s(?:via|on|from|auf|über|sur|en|su|em|op)\s(?i:{lw.STOCK_SITES})$     # … on Unsplash
    |\s\(?(?i:cc)[\s-](?i:by)(?:[\s-](?i:sa|nd|nc)){{0,3}}(?:[\s-]\d\.\d)?\)?$   # CC BY-SA 4.0
    """
)
"""A credit without a colon ending a caption after its last sentence's stop, or alone on its
line: ``Photo by`` a name (``Foto di``, ``Foto van``, ``Fotografía de``), a parenthesis of
courtesy, the BBC's ``Image source,``, or an agency and its photographers after slashes;
anywhere, a stock photo site (``… via Unsplash``) or a Creative Commons licence
(``… CC BY-SA 4.0``) ending the line.  The credit ends the line without a stop; an article's
sentence ends in one."""
_WORD: Final = r"(?-i:[^\W\d_a-z])[^\W\d_]*(?:['’-][^\W\d_]+)?"
ROLE_WORDS: Final = lw.alt(
    "editor reporter writer correspondent columnist contributor producer director author"
    " staff intern fellow chair president professor manager the a an"
)
"""What a photographer's name does not start with: a role (``Editor for Harbour News`` ends
an author's note, not a caption) or an article (``The Board for Ferries`` is a body's name
cut at its link)."""
_FOR_OUTLET: Final = re.compile(
    rf"""(?x)(?<=[^\W\d_A-Z]{{2}})[.!?]["”’']?\s
    (?!(?i:{ROLE_WORDS})\b){_WORD}(?:\s(?!(?i:{ROLE_WORDS})\b){_WORD}){{1,2}}
    \sfor\s(?:the\s)?{_WORD}(?:\s(?:of\s|and\s)?{_WORD}){{0,4}}$"""
)
"""A photographer's name of two or three capitalised words ``for`` the outlet that sent them,
after the caption's last sentence (``… south of the port. Anna Berg for Harbour Weekly``): a
magazine's credit without a colon."""
PHOTO_BY_TAIL: Final = 120
"""Characters at a line's end searched for the credit: a stop, a label and a name of sixty
characters fit (a longer tail is the article's sentence)."""


def photo_by(line: str) -> bool:
    """Whether ``line`` ends in (or is) a photo's credit without a colon.

    >>> photo_by("Ferries in the harbour of Kiel at dawn. Photo by Jane Roe")
    True
    >>> photo_by("Il porto di Genova all'alba. Foto di Mario Rossi")
    True
    >>> photo_by("The ferry at the pier in Kiel. Anna Berg for Harbour Weekly")
    True
    >>> photo_by("She joined in 2019. Senior Editor for Harbour Weekly")
    False
    >>> photo_by("The mayor showed a photo by Jane Roe to the council.")
    False
    """
    last = line[-1:]
    if not (last.isalnum() or last == ")"):
        return False  # (a sentence ends in a stop: most lines are left here)
    tail = line[-PHOTO_BY_TAIL:]
    if " for " in tail and _FOR_OUTLET.search(tail) is not None:
        return True
    # The screen holds the pattern's words as plain substrings: most lines fail it cheaply.
    return may_end_in_photo_credit(tail) and _PHOTO_BY.search(tail) is not None


DOUBLED_MIN: Final = 12
"""Characters: each copy of a doubled line holds a few words (``Ja Ja`` or ``Nein, nein`` is
speech)."""
DOUBLED_LEN: Final = 2 * DOUBLED_MIN
"""Characters: the shortest doubled line."""


def doubled(line: str) -> bool:
    """Whether ``line`` is one text twice, glued or with a space between (a link's text and its
    title, as a scraper left a teaser: ``Wendy Berg: A Talk Wendy Berg: A Talk``).

    >>> doubled("Neue Fähre für Kiel Neue Fähre für Kiel")
    True
    >>> doubled("Ja, ja, ja, ja, ja, ja, ja.")
    False
    >>> doubled("قال قال قال قال قال قال قال قال")  # one word again and again: its stop cut off
    False
    >>> doubled("Qui paie la note ? Qui paie la note ?")  # a question said twice: speech
    False
    """
    n = len(line)
    if n < DOUBLED_LEN or line[-1] in ".?!":
        return False  # (a sentence said twice is speech or a refrain, a question as well)
    half, gap = divmod(n, 2)  # (glued, the line's length is even; with a space, odd)
    if line[0] != line[half + gap] or (gap and not line[half].isspace()):
        return False
    if not line.endswith(line[:half]):
        return False
    head = line[:half].strip()
    if " " not in head:
        return False
    # (one word said again and again is speech or a refrain, as a sentence said twice is)
    words = head.split()
    return any(w != words[0] for w in words)


REPEAT_WORDS: Final = 3
"""Words: a line this long repeating a junk line is the same junk (a teaser, a caption); a
shorter one (``Google Chrome``, ``Mehr lesen``) may be the article naming the same thing."""


def repeat_asides(
    texts: Sequence[str],
    asides: list[Aside | None],
    where: Sequence[Aside | None] | None,
    lows: Sequence[str] | None = None,
) -> None:
    """Set aside, in place, every line inside the article (``where`` None for it) that no rule
    set aside as noise and that repeats word for word, case aside, a line of `REPEAT_WORDS`
    words or more that a rule set aside as noise by its words elsewhere in the record (before
    or after it): a teaser or a caption a page prints twice.  A copy the article's bounds set
    aside is not read: a page's tail repeats the article's own lines (its standfirst, its
    author, a live blog's headlines), and its head a table of contents of the article's
    subheadings.  ``lows``: the lines lower-cased, up to `LOWERED_MAX` characters (a longer
    line, ``""``, repeats nothing)."""
    lowered = (
        lows if lows is not None else [t.lower() if len(t) <= LOWERED_MAX else "" for t in texts]
    )
    counts = Counter(lowered)
    if len(counts) + counts.get("", 1) - 1 >= len(lowered):
        return  # (most records: no line comes twice)
    twice = {low for low, k in counts.items() if k > 1 and low.count(" ") >= REPEAT_WORDS - 1}
    if not twice:
        return
    copies = [i for i, low in enumerate(lowered) if low in twice]
    keys = {lowered[i] for i in copies if (a := asides[i]) is not None and a.kind == "noise"}
    for i in copies:
        was = asides[i]
        inside = where is None or where[i] is None
        if inside and lowered[i] in keys and (was is None or was.kind != "noise"):
            asides[i] = REPEAT
