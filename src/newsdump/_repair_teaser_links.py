"""Teasers and embeds inside the article known by their link's mark (issue #19 item 2,
eighteenth session):

* ``noise:teaser-link``: a teaser whose headline or summary ends in its link's label after a
  bar or an arrow (``Neue Fähre für Kiel | mehr``, ``… | audio``), or stands between a link's
  double arrows (``>> Neue Fähre für Kiel <<``); above a summary, its headline and kicker
  (``Häfen`` / ``Neue Fähre für Kiel`` / ``Die Stadt bestellt ein Schiff. | mehr``);
* ``noise:kicker-run``: two lines or more in a row, each led by a section's name in square
  brackets (``[Hafen] Neue Fähre für Laboe bestellt``): a list of other articles with their
  sections (one such line alone may be an article's own note: ``[Update] …``);
* ``noise:embed``: an embedded video's or animation's credit line left by the player
  (``<title> from <author> on Vimeo.``, ``via GIPHY``);
* ``noise:media``: a gallery's enlarge button glued to its caption (``Vergrößern Die Fähre im
  Hafen von Kiel.``): the line is the picture's.

The words are data in the corpora's languages (`MORE_WORDS`, `ENLARGE_WORDS`).
`_repair_teasers.teaser_asides` runs it, after the article's bounds, on the lines no rule but a
heading's or a caption's shape took and no link's text inside a sentence.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final

from ._lazyre import lazy
from ._repair_chrome_lines import COUNT_ENDS, FIELD_INITIALS, FORM_FIELD, chrome_line
from ._repair_label_words import alt
from ._repair_recipe_card import CARD_CHARS, CARD_INITIALS, RECIPE_CARD, recipe_card
from ._repair_registry import RULES
from ._repair_rules import Aside

TEASER_LINK: Final = RULES["noise:teaser-link"].aside
KICKER_RUN: Final = RULES["noise:kicker-run"].aside
_EMBED: Final = RULES["noise:embed"].aside
_MEDIA: Final = RULES["noise:media"].aside
LINK_RULES: Final = frozenset((TEASER_LINK.rule, KICKER_RUN.rule))
"""The names of this module's own rules."""

MORE_WORDS: Final = alt(
    "more read_more audio video gallery",  # English
    "mehr weiterlesen bilder galerie",  # German
    "plus lire_la_suite",  # French
    "más leer_más mais",  # Spanish, Portuguese
    "altro meer mer więcej",  # Italian, Dutch, Nordic languages, Polish
)
"""A teaser's link label after the bar that ends it (``… | mehr``): the page's button to the
other article, its audio or its gallery; an article's sentence does not end in a bar and a
button."""
_MORE_END: Final = lazy(globals(), "_MORE_END", rf"(?i)\S\s[|»›]\s?(?:{MORE_WORDS})\s?[»›>]?$")
"""A bar or an arrow, the link's label, an arrow maybe, at the line's end."""
_LAST: Final = frozenset(
    c for w in MORE_WORDS.split("|") for c in (w[-1], w[-1].upper())
) | frozenset("<»›>")
"""What a teaser's link ends with: a label's last letter, an arrow (a cheap test first)."""
_ARROWS: Final = lazy(globals(), "_ARROWS", r"^>>\s?\S.{4,160}[^.!?,;:\s]\s?<<$")
"""A headline between a link's double arrows, with no stop at its end (a quotation marked so
ends its sentence: ``>> It works. <<``)."""
TEASER_CHARS: Final = 300
"""Characters: a teaser's summary with its link's label fits; a longer line is a paragraph."""
HEADLINE_WORDS: Final = 12
"""Words: a headline is at most this long (as `_repair_teasers.HEADLINE_WORDS`); a longer line
before a button is the teaser's summary, whose headline stands above it."""
KICKER_WORDS: Final = 4
"""Words: a teaser's kicker above its headline (``Rüstungsindustrie``, ``Neue Fähren``) is a
section's or a topic's name; a longer line is a headline or text."""

_KICKER: Final = lazy(
    globals(),
    "_KICKER",
    r"^\[(?-i:[^\W\d_a-z])[^\W\d_]*(?:\s[^\W\d_]+){0,2}\]\s(?-i:[^\W\d_a-z]|\d)",
)
"""A section's name of one to three words in square brackets, capitalised, without digits
(``[15]`` is a footnote, ``[...]`` a cut), then a capital or a digit: a teaser's kicker."""
KICKER_LINE_CHARS: Final = 200
"""Characters: a kicker and its headline (with the site's hashtags) fit."""
KICKER_RUN_MIN: Final = 2
"""Lines: one line led by a bracket may be the article's own note (``[Update] The mayor …``);
two in a row are a list."""

_VIMEO: Final = lazy(globals(), "_VIMEO", r"\S\sfrom\s[^.!?]{1,60}\son\sVimeo\.?$")
"""Vimeo's embed left as text: ``<title> from <author> on Vimeo.``."""
ENLARGE_WORDS: Final = alt(
    "vergrößern bild_vergrößern foto_vergrößern enlarge_this_image enlarge_image"
    " agrandir_l'image agrandir_la_photo ampliar_imagen ampliar_foto ingrandisci_l'immagine"
    " vergroten afbeelding_vergroten",
)
"""A gallery's enlarge button, in the corpora's languages (``_`` for a space)."""
_ENLARGE: Final = lazy(
    globals(),
    "_ENLARGE",
    rf"(?i)^(?:{ENLARGE_WORDS})\s(?!sie\b|ihr\b|du\b)(?-i:[^\W\d_a-z]|\d|[\"„“«])",
)
"""The button, then the caption with a capital (``Vergrößern Sie …`` is a sentence said to
the reader)."""
_ENLARGE_FIRST: Final = frozenset(w.split("\\s")[0] for w in ENLARGE_WORDS.split("|"))
"""The button's first word, lower-cased: a cheap test first."""
ENLARGE_CHARS: Final = 300
"""Characters: a caption with its button fits (as `_repair_inside.CAPTION_MAX`)."""


_MARK_TAIL: Final = 24
"""Characters at a line's end where a teaser's bar or arrow stands (``| lire la suite``)."""
_EMBED_ENDS: Final = frozenset(("Vimeo", " Vimeo", "Vimeo.", "GIPHY", " GIPHY", "giphy", " giphy"))
"""A player's credit line's last characters: a cheap test first."""
_ENLARGE_INITIALS: Final = frozenset(c for w in _ENLARGE_FIRST for c in (w[0], w[0].upper()))
"""What an enlarge button starts with."""


def teaser_link(line: str) -> bool:
    """Whether ``line`` is a teaser ending in its link's label or between double arrows.

    >>> teaser_link("Neue Fähre für Kiel: Die Stadt bestellt ein zweites Schiff | mehr")
    True
    >>> teaser_link(">> Neue Fähre für Kiel: Die Stadt bestellt ein zweites Schiff <<")
    True
    >>> teaser_link("Die Fähre fährt ab Montag öfter, sagte die Stadt. Mehr")
    False
    """
    if len(line) > TEASER_CHARS:
        return False
    if line.startswith(">>"):
        return _ARROWS.match(line) is not None
    return _MORE_END.search(line[-30:]) is not None


def _headline(text: str, words: int) -> bool:
    """Whether ``text`` may be a teaser's headline (or kicker) of at most ``words`` words: no
    stop at its end, a capital, a digit or a quote first."""
    if not text or text[-1] in ".,;:!?…-–—(/|" or text.count(" ") >= words:
        return False
    first = text[0]
    return first.isupper() or first.isdigit() or first in "\"„“«'"


def embed_line(line: str) -> bool:
    """Whether ``line`` is an embedded player's credit line.

    >>> embed_line("Ein Tag am Hafen from Anna Berg on Vimeo.")
    True
    >>> embed_line("via GIPHY"), embed_line("The clip from the mayor went viral on Vimeo today.")
    (True, False)
    """
    if line.lower() == "via giphy":
        return True
    return line.endswith(("Vimeo", "Vimeo.")) and _VIMEO.search(line) is not None


def enlarge_caption(line: str, low: str | None = None) -> bool:
    """Whether ``line`` is a caption after a gallery's enlarge button.

    >>> enlarge_caption("Vergrößern Die neue Fähre am Anleger in Kiel.")
    True
    >>> enlarge_caption("Vergrößern Sie das Bild mit einem Klick.")
    False
    """
    if len(line) > ENLARGE_CHARS:
        return False
    first = (low if low is not None else line.lower()).partition(" ")[0]
    return first in _ENLARGE_FIRST and _ENLARGE.match(line) is not None


def _kicker(text: str) -> bool:
    """Whether ``text`` is a section's name in brackets and a headline without a final stop."""
    return (
        text[:1] == "["
        and len(text) <= KICKER_LINE_CHARS
        and not text.endswith(".")
        and _KICKER.match(text) is not None
    )


def _runs(hits: Sequence[int]) -> list[int]:
    """The indices of ``hits`` (ascending) in runs of `KICKER_RUN_MIN` or more in a row."""
    taken: list[int] = []
    run: list[int] = []
    for i in [*hits, -2]:
        if run and i != run[-1] + 1:
            if len(run) >= KICKER_RUN_MIN:
                taken.extend(run)
            run = []
        run.append(i)
    return taken


def kicker_runs(texts: Sequence[str]) -> list[int]:
    """The lines in runs of `KICKER_RUN_MIN` or more lines in a row, each a section's name in
    square brackets and a headline without a final stop.

    >>> kicker_runs(["Der Hafen wächst.", "[Kiel] Neue Fähre bestellt", "[Sport] Sieg für Kiel",
    ...              "Die Stadt plant weiter."])
    [1, 2]
    >>> kicker_runs(["[Update] Die Stadt hat die Fähre bestellt", "Der Hafen wächst."])
    []
    """
    return _runs([i for i, t in enumerate(texts) if _kicker(t)])


def _teaser(
    texts: Sequence[str], i: int, free: Callable[[int], bool], asides: list[Aside | None]
) -> None:
    """Set aside the teaser on line ``i`` and, when it is a summary (no headline: a stop
    before its button, or longer than a headline), the headline and the kicker above it."""
    text = texts[i]
    asides[i] = TEASER_LINK
    m = _MORE_END.search(text)
    body = text[: m.start() + 1] if m is not None else text  # (up to the bar)
    if _headline(body, HEADLINE_WORDS) or text.startswith(">>"):
        return  # (the teaser's headline itself)
    if i >= 1 and _headline(texts[i - 1], HEADLINE_WORDS) and free(i - 1):
        asides[i - 1] = TEASER_LINK
        if i >= 2 and _headline(texts[i - 2], KICKER_WORDS) and free(i - 2):
            asides[i - 2] = TEASER_LINK


def _short_chrome(
    texts: Sequence[str], i: int, first: str, last: str, lows: Sequence[str] | None
) -> Aside | None:
    """The `Aside` of a recipe card's line, a form's field or an article count on the short
    line ``i`` (``first``, ``last``: its first and last characters), or None.  A field's label
    before a line holding an ``@`` labels a contact's address, and is left."""
    text = texts[i]
    card = last.isalnum() and ("1" <= first <= "5" or first in CARD_INITIALS)
    chrome = first in FIELD_INITIALS or last in COUNT_ENDS
    if not (card or chrome):
        return None  # (most short lines)
    low = lows[i] if lows is not None and lows[i] else text.lower()
    if card and recipe_card(text, low):
        return RECIPE_CARD
    found = chrome_line(text, low) if chrome else None
    if found is FORM_FIELD and i + 1 < len(texts) and "@" in texts[i + 1]:
        return None
    return found


def link_asides(
    texts: Sequence[str],
    open_: Callable[[int], bool],
    asides: list[Aside | None],
    where: Sequence[Aside | None] | None,
    lows: Sequence[str] | None = None,
) -> None:
    """Set aside, in place, the lines this module's rules take inside the article (``where``
    None for the line: the bounds did not take it) where ``open_`` says a rule may (no rule but
    a heading's or a caption's shape took it, no link's text inside a sentence).  Above a
    teaser's summary (a line ending in its link's label that is no headline: a stop at its end,
    or longer than one), its headline and, above that, its kicker go with it.  In the same
    pass, a recipe card's lines (`_repair_recipe_card`) and a form's field or an article count
    (`_repair_chrome_lines`): one walk over the lines for all, most of which one test leaves."""

    def free(i: int) -> bool:
        was = asides[i]
        return (
            (where is None or where[i] is None)
            and (was is None or was.kind in ("heading", "caption"))
            and open_(i)
        )

    kicked: list[int] = []
    for i, text in enumerate(texts):
        first, last = text[:1], text[-1:]
        if last == ".":  # (most lines: prose, an enlarge button's caption or Vimeo's line)
            if first in _ENLARGE_INITIALS and enlarge_caption(text) and free(i):
                asides[i] = _MEDIA
            elif text.endswith(" on Vimeo.") and embed_line(text) and free(i):
                asides[i] = _EMBED
            continue
        if first == "[":
            if _kicker(text):
                kicked.append(i)
            continue
        tail = text[-_MARK_TAIL:]
        marked = "|" in tail or "»" in tail or "›" in tail or first == ">"
        if marked and last in _LAST and teaser_link(text) and free(i):
            _teaser(texts, i, free, asides)
        elif tail[-6:] in _EMBED_ENDS and embed_line(text) and free(i):
            asides[i] = _EMBED
        elif first in _ENLARGE_INITIALS and enlarge_caption(text) and free(i):
            asides[i] = _MEDIA
        elif len(text) <= CARD_CHARS:  # (a card's, a field's or a count's line is short)
            found = _short_chrome(texts, i, first, last, lows)
            if found is not None and free(i):
                asides[i] = found
    for i in _runs(kicked):
        if free(i):
            asides[i] = KICKER_RUN
