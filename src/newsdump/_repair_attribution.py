"""A pull quote's attribution (issue #19 item 2, twelfth session): a page sets a sentence of
the article apart in large type and names its speaker on the next line (``Wir haben alles
gegeben.`` / ``Anna Berg, Trainerin``): ``noise:pull-quote``.  The name is one the article
quotes elsewhere, and not in the lines around it (a section headed by a person's name goes on
about that person at once).  `_repair_teasers.teaser_asides` runs it, after the article's
bounds.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Final

from ._lazyre import lazy
from ._repair_registry import RULES
from ._repair_rules import Aside

PULL_QUOTE: Final = RULES["noise:pull-quote"].aside
ATTRIBUTION_CHARS: Final = 100
"""Characters: a name of three words with a role of sixty fits."""
QUOTE_CHARS: Final = 200
"""Characters: a pull quote is a sentence or two in large type; a longer line is a paragraph."""
QUOTE_WORDS: Final = 5
"""Words: a shorter finished line is an abbreviation's or a label's (``Verband e.V.``)."""
MENTION_CHARS: Final = 80
"""Characters: a line of the article naming the speaker is prose, longer than a caption's
label or a list's item."""
NEXT_CHARS: Final = 80
"""Characters at the next line's start searched for the name (a section about the person)."""
_ATTRIBUTION: Final = lazy(
    globals(),
    "_ATTRIBUTION",
    r"(?:[—–-]\s?)?([^\W\d_a-z][^\W\d_]*(?:[-'’][^\W\d_]+)?"
    r"(?:\s[^\W\d_a-z][^\W\d_]*(?:[-'’][^\W\d_]+)?){1,2})(?:,\s[^,]{2,60})?",
)
"""A name of two or three capitalised words, after a dash or not, with a role after a comma
or not (``Anna Berg``, ``— Jens Holm, Hafenmeister``)."""
_LIST_ITEM: Final = lazy(globals(), "_LIST_ITEM", r"(?:[–—•*·-]|\d+[.)])\s")
"""A list's item: a line before a name in a list is no quote."""
_QUOTE_ENDS: Final = frozenset(".!…")
"""The stops a pull quote ends in (through its closing quote); a question before a name is an
interview's, where the name is the speaker's label."""


def pull_quote(texts: Sequence[str], term: Sequence[str], cont: Sequence[bool], i: int) -> bool:
    """Whether line ``i`` of the non-blank ``texts`` (``term``: their terminal marks, ``cont``:
    whether each starts like a continuation) names the speaker of the short finished line
    before it, which is a whole line (no piece of a paragraph cut at a link): a name alone or
    with a role, the name's last word in a line of prose elsewhere but not in the quote nor at
    the next paragraph's start (its unfinished pieces, cut at links, read as one), and its
    first word in no line in lower case (``Das Leasing`` is a heading, not a name).

    >>> texts = ["Anna Berg has coached the team since May; on Monday she told us she would stay"
    ...          " on.", "We gave everything we had today.", "Anna Berg, coach",
    ...          "The team meets again in June, when the new season starts in Nordby."]
    >>> flat = [False] * 4
    >>> pull_quote(texts, [".", ".", "", "."], flat, 2)
    True
    >>> pull_quote(texts, [".", "?", "", "."], flat, 2)
    False
    """
    text = texts[i]
    if term[i] or not 0 < i < len(texts) - 1 or len(text) > ATTRIBUTION_CHARS:
        return False
    m = _ATTRIBUTION.fullmatch(text)
    if m is None:
        return False
    quote = texts[i - 1]
    if term[i - 1] not in _QUOTE_ENDS or len(quote) > QUOTE_CHARS or cont[i - 1]:
        return False
    if quote.count(" ") < QUOTE_WORDS - 1 or _LIST_ITEM.match(quote):
        return False
    name = m.group(1).split()
    last = name[-1]
    if len(last) < 3:
        return False
    said = re.compile(rf"(?<![\w-]){re.escape(last)}(?![\w-])")
    nxt, k = texts[i + 1], i + 1
    while len(nxt) < NEXT_CHARS and k + 1 < len(texts) and not term[k]:
        k += 1
        nxt += " " + texts[k]  # (the next paragraph's pieces, if cut at its links)
    if said.search(quote) or said.search(nxt[:NEXT_CHARS]):
        return False
    first = re.compile(rf"(?<![\w-]){re.escape(name[0].lower())}(?![\w-])")
    if any(first.search(t) for t in texts):
        return False
    return any(
        abs(k - i) > 1 and len(t) > MENTION_CHARS and said.search(t) for k, t in enumerate(texts)
    )


def pull_quote_asides(
    texts: Sequence[str],
    term: Sequence[str],
    cont: Sequence[bool],
    open_: Callable[[int], bool],
    asides: list[Aside | None],
) -> None:
    """Set aside, in place, every line `pull_quote` takes where ``open_`` says a rule may (no
    rule but a heading's or a caption's shape took it, no link's text inside a sentence)."""
    for i in range(1, len(texts) - 1):
        if term[i] or term[i - 1] not in _QUOTE_ENDS or len(texts[i]) > ATTRIBUTION_CHARS:
            continue  # (most lines: no short unfinished line after a finished one)
        was = asides[i]
        shaped = was is None or was.kind in ("heading", "caption")
        if shaped and open_(i) and pull_quote(texts, term, cont, i):
            asides[i] = PULL_QUOTE
