"""Where the article starts (issue #19, session 18): a label closed by a colon at the page's top.

A search box (``Suche nach:``), a share row's label (``Teile das:``) or a mail form's field
(``Destinataire(s) :``) keeps only its label in a dump: three words or fewer, closed by a colon.
The colon made it a finished line for the head's length rule, so it stayed.  Before the record's
first finished sentence, and not right before the article's first prose (which such a line may
introduce: ``So geht's:``), it is `noise:head` now.  All text is invented for these tests.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdump._repair import repair
from newsdump._repair_context import LineFacts
from newsdump._repair_head import HEAD_WORDS, colon_label, goes_on
from tests.test_junk_bounds import ARTICLE

LABELS = {
    "en": "Search for:",
    "de": "Suche nach:",
    "es": "Buscar por:",
    "fr": "Destinataire(s) :",
}


def _rules(lines: list[str]) -> dict[str, str | None]:
    """Each block's text with its rule (None for a block kept)."""
    return {b.text: b.rule if b.kind == "noise" else None for b in repair(lines).blocks}


@pytest.mark.parametrize("lang", sorted(LABELS))
def test_a_colon_label_at_the_top_is_set_aside(lang: str) -> None:
    label = LABELS[lang]
    rules = _rules([label, "Startseite", *ARTICLE[lang]])
    assert rules[label] == "noise:head"
    assert all(rules[line] is None for line in ARTICLE[lang])


@pytest.mark.parametrize("lang", sorted(LABELS))
def test_a_colon_label_right_before_the_first_prose_stays(lang: str) -> None:
    """It may introduce the article (``Here is how:``)."""
    label = LABELS[lang]
    assert _rules([label, *ARTICLE[lang]])[label] is None


def test_a_colon_label_after_a_finished_sentence_stays() -> None:
    """After the record's first finished line a label with a colon opens the article's own
    section (a tutorial's ``Let's start:`` over a heading)."""
    lines = [
        "Menu",
        "In this guide we show how to repair a bicycle tyre.",
        "Let's start:",
        "Tools",
        *ARTICLE["en"],
    ]
    assert _rules(lines)["Let's start:"] is None


def test_the_shape() -> None:
    assert colon_label("Suche nach:")
    assert colon_label("Destinataire(s) :")
    assert not colon_label("Von:")  # a by-word over the byline
    assert not colon_label("Der Rat hat beschlossen:")  # four words: a sentence's start
    assert not colon_label("Teilen")  # no colon: the length rule's


@given(st.lists(st.sampled_from(["Suche", "nach", "Mail", "Teile", "das", "Kontakt"]), min_size=1))
def test_only_short_lines_with_a_colon(words: list[str]) -> None:
    text = " ".join(words) + ":"
    assert colon_label(text) == (len(words) <= HEAD_WORDS)


# --- a page line over the article's first words cut at a link (goes_on) ----------------------

FIRST_CUT = {
    "en": [
        "Posted in Local News by jholm on May 3, 2021",
        "The council voted on Monday to",
        "close",
    ],
    "de": [
        "Veröffentlicht am 3. Mai 2021 von Jana Holm",
        "Der Rat hat am Montag beschlossen,",
        "die",
    ],
}


@pytest.mark.parametrize("lang", sorted(FIRST_CUT))
def test_a_page_line_over_the_first_words_cut_at_a_link_goes(lang: str) -> None:
    """The page line is no sentence's start: the article's first words (a capital, cut at a
    link) do not go on from it, so it is read alone, as the page's."""
    page, start, link = FIRST_CUT[lang]
    rest = {"en": "the old bridge for the winter months.", "de": "alte Brücke zu sperren."}[lang]
    lines = [page, start, link, rest, *ARTICLE[lang][1:]]
    rules = _rules(lines)
    assert rules[page] == "noise:head"
    assert all(rule is None for text, rule in rules.items() if text != page)


def test_a_sentence_with_a_page_lines_shape_goes_on() -> None:
    """A line in lower case after it goes on from it: a dated sentence that merely holds a
    publishing word (``submitted``) is the article's first words."""
    texts = ["On May 3, 2021, the council submitted a plan", "“to close the", "bridge for winter”."]
    facts = LineFacts(texts, texts, [False] * 3)
    assert goes_on(texts, [False] * 3, facts, 1)
    texts[1] = "To close the"
    assert not goes_on(texts, [False] * 3, LineFacts(texts, texts, [False] * 3), 1)
