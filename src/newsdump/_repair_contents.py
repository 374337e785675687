"""A table of contents inside the article (issue #19 item 2, seventeenth session):
``noise:contents``.  A guide, a how-to or a listicle prints the names of its sections as links
after a label (``Inhaltsverzeichnis`` / ``1. Was ist ein Dekanter?`` / ``2. Welcher Wein?`` /
…) before its first section; the scraped text keeps them as a run of short numbered lines,
each of which is a heading said again further down (a list of chapters said nowhere else is the
text's own: a book's contents on its page).  The entries go; the label is left to the rules
that judge a heading.  The label words are data in the corpora's languages
(`CONTENTS_LABELS`).  `_repair_boxes.box_asides` runs it last, in `_repair_labels.caption_asides`,
after the article's bounds, which these lines do not move.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final

from ._repair_registry import RULES
from ._repair_rules import Aside

CONTENTS: Final = RULES["noise:contents"].aside
CONTENTS_LABELS: Final = (
    "contents table_of_contents in_this_article on_this_page jump_to",  # English
    "inhalt inhalte inhaltsverzeichnis auf_dieser_seite in_diesem_artikel",  # German
    "sommaire table_des_matières dans_cet_article",  # French
    "contenido contenidos índice en_este_artículo",  # Spanish
    "indice sommario in_questo_articolo",  # Italian
    "inhoud inhoudsopgave in_dit_artikel",  # Dutch
    "conteúdo índice_de_conteúdo neste_artigo",  # Portuguese
    "spis_treści obsah innehåll indhold innhold sisällys",  # Polish, Czech, Nordic languages
    "содержание зміст içindekiler",  # Russian, Ukrainian, Turkish
)
"""A table of contents' label alone on its line, with a colon or without (``_`` for a space;
case aside)."""
_LABELS: Final = frozenset(w.replace("_", " ") for g in CONTENTS_LABELS for w in g.split())
LABEL_CHARS: Final = max(len(w) for w in _LABELS) + 1
"""Characters: the longest label and its colon (a longer line is no label: a cheap test)."""
ENTRY_CHARS: Final = 120
"""Characters: a section's heading with its number fits (the longest of a guide's sections
runs to about a hundred); a longer line is a paragraph of the article."""
CONTENTS_MIN: Final = 3
"""Entries: a table of contents lists the sections of a long text.  After an ``Inhalt`` label
whose list the scraper left out, the article's first heading and a short first line may follow
(two short lines); three short lines in a row after the label are the list."""
_NUMBERING: Final = "0123456789.#) \t"
"""What a section's number is made of (``1.``, ``3.1``, ``#2``, ``2)``): stripped before two
entries are compared."""


def contents_label(text: str) -> bool:
    """Whether ``text`` is a table of contents' label alone on its line.

    >>> contents_label("Inhaltsverzeichnis"), contents_label("Table of contents:")
    (True, True)
    >>> contents_label("Inhalt der Verordnung")
    False
    """
    return len(text) <= LABEL_CHARS and text.rstrip(": ").lower() in _LABELS


def _entry(text: str) -> bool:
    """Whether ``text`` may be a table of contents' entry: short, and numbered (``1.``,
    ``3.1``, ``2)``): a section's number says the list points at the text's own sections.  A
    list of unnumbered lines after such a label may be a story's summary of its points (a live
    blog's key events, a news page's "on this page" list), which a news page's own text keeps.
    """
    return 0 < len(text) <= ENTRY_CHARS and text[0].isdigit()


def _key(text: str) -> str:
    """An entry's words without its section number and final stop, case aside."""
    return text.lstrip(_NUMBERING).rstrip(" .:?!").lower()


def contents_runs(texts: Sequence[str], may: Callable[[int], bool]) -> list[int]:
    """The lines of every table of contents in ``texts``: after a label (`contents_label`), the
    run of `CONTENTS_MIN` or more numbered entries (`_entry`) ``may`` allows, up to the first
    line that is none, or that repeats the run's first entry (the first section's heading: the
    article begins).  When the run ends at a line that is no entry (the article's text), its
    last line stays: the first section's heading may stand there, named otherwise than in the
    list.  The run is taken when half its entries or more are said again below, each a
    section's heading: a list of chapters said nowhere else is the text's own (a book's
    contents on its page).

    >>> text = "Ein Dekanter ist eine Karaffe aus Glas, in der ein Wein atmet. " * 2
    >>> texts = ["Inhalt", "1. Was ist ein Dekanter?", "2. Welcher Wein?", "3. Wie lange?",
    ...          "Was ist ein Dekanter?", text, "Welcher Wein?", text]
    >>> contents_runs(texts, lambda i: True)
    [1, 2, 3]
    >>> contents_runs(["Inhalt", "1. Was ist ein Dekanter?", text], lambda i: True)
    []
    >>> contents_runs(["Contents", "1. Spring", "2. Summer", "3. Autumn", "Order it today"],
    ...               lambda i: True)  # (a book's chapters, said nowhere else)
    []
    """
    n = len(texts)
    taken: list[int] = []
    for k, text in enumerate(texts):
        if not contents_label(text):
            continue  # (most lines: a length test first)
        end = k + 1
        first = _key(texts[end]) if end < n else ""
        while end < n and _entry(texts[end]) and may(end):
            if end > k + 1 and _key(texts[end]) == first:
                break  # (the first section's heading, said again: the article begins)
            end += 1
        if end - k - 1 < CONTENTS_MIN:
            continue
        repeated = end < n and _key(texts[end]) == first
        run = range(k + 1, end if repeated or end == n else end - 1)
        below = {_key(t) for t in texts[end:] if len(t) <= ENTRY_CHARS}
        if 2 * sum(_key(texts[i]) in below for i in run) >= len(run):
            taken.extend(run)
    return taken


def contents_asides(
    texts: Sequence[str],
    may: Callable[[int], bool],
    asides: list[Aside | None],
    where: Sequence[Aside | None] | None = None,
) -> None:
    """Set aside, in place, the entries of every table of contents (`contents_runs`) inside
    the article (``where``: the bounds' decision for each line, None for the article's) where
    ``may`` says a label rule may (no rule but a heading's or a caption's shape took the line,
    no link's text inside a sentence).  A list runs on through entries the bounds set aside as
    page junk already (a sub-section's entries read as a page's head), which keep their name."""

    def inside(i: int) -> bool:
        return (where is None or where[i] is None) and may(i)

    def passed(i: int) -> bool:
        bound = where[i] if where is not None else None
        return inside(i) or (bound is not None and bound.kind == "noise")

    for i in contents_runs(texts, passed):
        if inside(i):
            asides[i] = CONTENTS
