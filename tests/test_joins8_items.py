"""A list's short items in lower case keep their breaks (issue #19, item 3).

A newsletter's promises, a share bar's buttons or a recipe's ingredients, one short item a line
in lower case, looked cut at links: each line goes on in lower case, and the run of clauses
without a stop (`run-without-stop`) counted only prose lines.  A short item now counts when
neither it nor the line before it ends in a function word and the line before it is no sentence
going on; a link's text cut out of a sentence follows one of those.  Every example is invented.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import newsdump
from newsdump._repair_context import LineFacts
from newsdump._repair_runs import item_runs, runs_without_stop


def _runs(lines: list[str]) -> list[int]:
    """The breaks a list keeps, of its prose lines or its short items."""
    n = len(lines)
    info = LineFacts(lines, lines, [False] * n)
    return sorted(runs_without_stop(lines, [None] * n, info) | item_runs(lines, [None] * n, info))


def _blocks(lines: list[str]) -> list[str]:
    return [b.text for b in newsdump.repair(lines).blocks]


GERMAN = [
    "Der Wochenbrief der Redaktion",
    "Ausflüge und Konzerte",
    "die besten Tipps",
    "kleine Verlosungen",
    "neue Rezepte",
    "Mit der Anmeldung stimmst du der Datenschutzerklärung zu.",
]


def test_a_newsletters_items_are_a_list() -> None:
    # the old run counted prose lines only: the items were joined (``lower-case-start``)
    assert _runs(GERMAN) == [3, 4]
    assert _blocks(GERMAN)[2:4] == GERMAN[3:5]


SHARE = {
    "de": ["Artikel teilen", "bei Facebook teilen", "bei Bluesky teilen", "per Mail teilen"],
    "fr": ["Partager l'article", "sur Facebook", "sur Bluesky", "par courriel"],
    "pl": ["Udostępnij", "na Facebooku", "na Bluesky", "przez e-mail"],
}


def test_a_share_bars_buttons_are_a_list() -> None:
    # the lead-in's break is the rules' (a heading's first words may go on in lower case)
    for lang, lines in SHARE.items():
        assert _runs(lines) == [2, 3], lang
        assert _blocks(lines)[1:] == lines[2:], lang


INGREDIENTS = [
    "Für den Teig:",
    "zwei Tassen Haferflocken",
    "gehackte Walnüsse",
    "etwas Zimt",
    "Alles in einer Schüssel gut vermischen.",
]


def test_a_recipes_ingredients_are_a_list() -> None:
    assert _runs(INGREDIENTS) == [2, 3]


def test_a_link_cut_after_a_function_word_is_no_item() -> None:
    # a sentence cut before and after its links: each short piece follows a function word or
    # ends in one, and the sentence ends with its stop
    lines = [
        "Storm warnings and evacuation notices are posted via",
        "weather.gov",
        "and",
        "the county's own page",
        "for residents of the coast.",
    ]
    assert _runs(lines) == []
    assert len(_blocks(lines)) == 1
    french = [
        "Le maire a présenté le projet devant",
        "le conseil municipal",
        "et",
        "les habitants du quartier",
        "lors d'une réunion publique.",
    ]
    assert _runs(french) == []


def test_a_short_line_after_a_sentence_going_on_is_no_item() -> None:
    # a link's text after a sentence's first words (train B: ``… car maker BMW`` / ``recently
    # announced`` / ``that it would …``) is no item
    lines = [
        "Several firms have followed. For example, the Dutch bicycle maker Velora",
        "recently announced",
        "that it would open its app platform to outside developers",
        "in the spring",
    ]
    assert _runs(lines) == []


def test_an_item_and_the_prose_after_it_are_left_to_the_rules() -> None:
    # the break from a short item to the prose that goes on after it is no list's break
    lines = [
        "Figuren für Fortgeschrittene:",
        "die rechte Schulter fassen",
        "eine Sombrero",
        "bei der er wie im zweiten Teil wartet",
        "ab da weiter wie oben",
    ]
    assert 2 in _runs(lines)
    assert 3 not in _runs(lines)


_ITEMS = ["frische minze", "rote linsen", "kleine tomaten", "etwas salz", "grüner pfeffer", "öl"]


@given(st.lists(st.sampled_from(_ITEMS), min_size=3, max_size=8))
def test_every_item_after_a_lead_in_keeps_its_break(items: list[str]) -> None:
    """A lead-in ending with a colon, then short items in lower case: every break between two
    items is kept, and nothing is lost."""
    lines = ["Was du dafür brauchst:", *items]
    kept = set(_runs(lines))
    assert set(range(2, len(lines))) <= kept
    assert " ".join(_blocks(lines)).split() == " ".join(lines).split()


@given(st.lists(st.sampled_from(_ITEMS), min_size=3, max_size=8))
def test_no_item_follows_a_function_word(items: list[str]) -> None:
    """The same short lines, each after a line ending in a function word (a link cut out of a
    sentence): no break before them is kept as a list's."""
    lines: list[str] = []
    for item in items:
        lines += ["Die Köchin empfiehlt dazu immer noch mit", item]
    kept = set(_runs(lines))
    assert not any(k % 2 for k in kept)
