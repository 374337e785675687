"""A teaser's headline above its date (issue #19 item 2, twelfth session): a box of other
articles inside the page prints each headline with the day it was published under it
(``Neue Fähre für die Inseln bestellt`` / ``14. 10. 2023 06:38``): ``noise:dated-headline``, the
headline and its date.
An article's own section heading is followed by its text, not by a date alone; a byline above
the page's date (``Von Anna Berg`` / ``12.03.2024``) is the article's and is left.
`_repair_teasers.teaser_asides` runs it, after the article's bounds.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final

from ._lazyre import lazy
from ._repair_registry import RULES
from ._repair_rules import Aside
from ._repair_tail_words import DATE_LINE

DATED_HEADLINE: Final = RULES["noise:dated-headline"].aside
DATED_WORDS: Final = (2, 20)
"""Words: a headline says something in two or more (one word above a date is a section's
label or a name) and at most twenty (a longer line is the article's sentence)."""
DATED_CHARS: Final = 160
"""Characters: a headline with a kicker and a colon fits."""
BYLINE_WORDS: Final = (
    "by von por par di da door av af od от автор autor author texto text redacción"
    " fotos foto photos photo"
)
"""A byline's or a credit's first word in the corpora's languages (``By Anna Berg``, ``Von``,
``Por``, ``Par``, ``Di``, ``Door``, ``Av``, ``Od``, ``От``): the line names a person, not a
headline.  Wider than `_text.BYLINE_OPENERS` (a byline block's opener) by a credit's and a
label's words, which are no headline either."""
_BYLINE: Final = lazy(
    globals(), "_BYLINE", rf"(?i)^(?:{'|'.join(BYLINE_WORDS.split())})\b|^\w+\s?:"
)
"""A byline (``Von Anna Berg``), or a line with a label (``Autor: …``, ``Quelle: …``)."""
_NAME: Final = lazy(globals(), "_NAME", r"(?:[^\W\d_a-z][^\W\d_]*[.,]?\s?){1,3}")
"""One to three capitalised words (``Anna Berg``, ``Jens Holm, NDR``'s first part): a name."""
_THREE_DIGITS: Final = lazy(globals(), "_THREE_DIGITS", r"(?<!\d)\d{3}(?!\d)")
"""Three digits alone: no part of a date (a day, a month, a year), but of a telephone number
(``313-555-0148``), which the date pattern reads as one."""
_DIGIT: Final = lazy(globals(), "_DIGIT", r"\d")
"""A digit: every date has one (a cheap test before the date's pattern)."""
DATE_CHARS: Final = 40
"""Characters: a date written out with its weekday and time fits (``Donnerstag, 23. Dezember
2024, 13:31 Uhr``)."""
_NOT_HEADLINE_END: Final = frozenset(".,;:!?…-–—(/|&+")
"""A line ending in one of these is no headline: a sentence, a label or a line cut at a link."""


def dated_headline(texts: Sequence[str], i: int) -> bool:
    """Whether line ``i`` of the non-blank ``texts`` is a headline (2 to 20 words, no stop, no
    byline, not a name alone) whose next line is a date alone, with or without its time.

    >>> dated_headline(["Neue Fähre für die Inseln bestellt", "14. 10. 2023 06:38"], 0)
    True
    >>> dated_headline(["Von Anna Berg", "23.12.2024"], 0)
    False
    >>> dated_headline(["The ferry leaves at dawn.", "March 3, 2024"], 0)
    False
    """
    if i + 1 >= len(texts):
        return False
    text = texts[i]
    if len(text) > DATED_CHARS or text[-1] in _NOT_HEADLINE_END:
        return False
    words = text.count(" ") + 1
    if not DATED_WORDS[0] <= words <= DATED_WORDS[1] or DATE_LINE.match(text):
        return False
    if _BYLINE.match(text) or _NAME.fullmatch(text.partition(",")[0]) or "@" in text:
        return False  # (a byline, a name; an embedded post's author and handle is `noise:embed`'s)
    nxt = texts[i + 1]
    return DATE_LINE.match(nxt) is not None and _THREE_DIGITS.search(nxt) is None


def dated_asides(
    texts: Sequence[str], open_: Callable[[int], bool], asides: list[Aside | None]
) -> None:
    """Set aside, in place, every line `dated_headline` takes where ``open_`` says a rule may
    (no rule but a heading's or a caption's shape took it, no link's text inside a sentence),
    and its date with it when no rule took that (a date alone inside the article is kept);
    only after the record's first sentence of eight words or more: above it, a headline and a
    date are the page's own (`noise:title`'s and the bounds' `noise:head`'s)."""
    begun = next((k for k, t in enumerate(texts) if t[-1] in ".!?…" and t.count(" ") >= 7), None)
    if begun is None:
        return  # (no sentence: a list, a table, no article to read teasers in)
    for i in range(begun + 1, len(texts) - 1):
        nxt = texts[i + 1]
        if len(nxt) > DATE_CHARS or _DIGIT.search(nxt) is None or DATE_LINE.match(nxt) is None:
            continue  # (most lines: no date alone after them; a date holds a digit)
        was = asides[i]
        shaped = was is None or was.kind in ("heading", "caption")
        if shaped and open_(i) and dated_headline(texts, i):
            asides[i] = DATED_HEADLINE
            if asides[i + 1] is None:
                asides[i + 1] = DATED_HEADLINE
