"""Junk inside the article, eighteenth session (issue #19 item 2): teasers known by their
link's mark (``… | mehr``, ``>> … <<``) with the headline and kicker above a summary
(``noise:teaser-link``), a run of lines led by a section's name in brackets
(``noise:kicker-run``), an embedded player's credit line (``noise:embed``), a gallery's enlarge
button glued to its caption (``noise:media``), a photographer ``for`` an outlet after a
caption (``noise:photo-by``), a table of contents that runs on through entries the bounds
took, a recipe card's chrome (``noise:recipe-card``), a form's field label and an article
count (``noise:form-field``, ``noise:article-count``) and a few buttons.  What stays: the
article's paragraphs and subheadings, a note led by one bracket, a sentence that names Vimeo
or says "enlarge", an editor's note, a recipe's own times, a contact's email label.

All text is invented for these tests.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdump._repair import repair
from newsdump._repair_captions import photo_by
from newsdump._repair_chrome_lines import chrome_line
from newsdump._repair_contents import contents_asides
from newsdump._repair_inside import inside_aside
from newsdump._repair_labels import label_aside
from newsdump._repair_recipe_card import recipe_card
from newsdump._repair_registry import RULES
from newsdump._repair_rules import Aside
from newsdump._repair_teaser_links import (
    KICKER_RUN_MIN,
    embed_line,
    enlarge_caption,
    kicker_runs,
    teaser_link,
)

PARAGRAPHS = {
    "de": [
        "Die Stadt Kiel hat am Montag eine zweite Fähre für die Linie nach Laboe bestellt.",
        "Das Schiff soll im Frühjahr 2027 geliefert werden und bis zu 400 Fahrgäste tragen.",
        "Der Hafen rechnet damit, dass die Zahl der Fahrgäste in den nächsten Jahren wächst.",
        "Im Rat stimmten alle Fraktionen bis auf eine für den Kauf des neuen Schiffes.",
    ],
    "en": [
        "The harbour board voted on Monday to buy a second ferry for the crossing to the island.",
        "The vessel is due in the spring of 2027 and will carry up to four hundred passengers.",
        "Officials expect the number of passengers to keep growing over the next few years.",
        "All but one of the board's members backed the purchase after a long debate.",
    ],
    "fr": [
        "La mairie de Brest a voté lundi l'achat d'un second bac pour la traversée de la rade.",
        "Le navire doit être livré au printemps 2027 et pourra porter quatre cents passagers.",
        "Le port s'attend à une hausse du nombre de passagers dans les prochaines années.",
        "Tous les groupes du conseil sauf un ont voté pour l'achat du nouveau navire.",
    ],
}


def _rules(lines: list[str]) -> list[str | None]:
    """The rule of each non-blank line's block (None: kept), one block a line."""
    blocks = repair(lines).blocks
    assert len(blocks) == sum(1 for line in lines if line)
    return [b.rule if b.kind == "noise" else None for b in blocks]


def _spaced(lines: list[str]) -> list[str]:
    """The lines with a blank line between each two (one block a line)."""
    return [x for line in lines for x in (line, "")][:-1]


def test_a_teaser_s_summary_ending_in_its_button_goes_with_its_headline_and_kicker() -> None:
    p = PARAGRAPHS["de"]
    lines = [p[0], p[1], "Häfen", "Neue Kaimauer für Laboe"]
    lines += ["Die Gemeinde baut ihren Anleger bis zum Sommer aus. | mehr", p[2], p[3]]
    rules = _rules(_spaced(lines))
    assert rules == [None, None, *["noise:teaser-link"] * 3, None, None]


def test_a_teaser_headline_ending_in_its_button_leaves_the_subheading_above_it() -> None:
    p = PARAGRAPHS["de"]
    lines = [p[0], "Ein Schiff für Laboe", "Neue Kaimauer für Laboe wird gebaut | mehr", p[1]]
    lines += [p[2], p[3]]
    rules = _rules(_spaced(lines))
    assert rules == [None, None, "noise:teaser-link", None, None, None]


@pytest.mark.parametrize(
    "line",
    [
        "Neue Kaimauer für Laboe: Die Gemeinde baut ihren Anleger aus | mehr",
        "Neue Kaimauer für Laboe | audio",
        "La ville rachète le vieux phare | plus",
        "El puerto estrena una terminal | más",
        ">> Neue Kaimauer für Laboe: Die Gemeinde baut ihren Anleger aus <<",
    ],
)
def test_teaser_link_reads_a_button_or_double_arrows(line: str) -> None:
    assert teaser_link(line)


@pytest.mark.parametrize(
    "line",
    [
        "Die Gemeinde baut ihren Anleger aus, sagte der Bürgermeister. Mehr",
        "The ferry carries more",
        ">> Es funktioniert. <<",  # (a quotation marked by arrows ends its sentence)
        "Preise: 5 Euro | 3 Euro",
    ],
)
def test_teaser_link_leaves_a_sentence(line: str) -> None:
    assert not teaser_link(line)


def test_double_arrows_are_a_teaser_inside_the_article() -> None:
    p = PARAGRAPHS["en"]
    lines = [p[0], p[1], ">> Island school to stay open after all <<", p[2], p[3]]
    assert _rules(_spaced(lines)) == [None, None, "noise:teaser-link", None, None]


def test_a_run_of_bracketed_kickers_is_a_teaser_list_and_one_alone_stays() -> None:
    p = PARAGRAPHS["fr"]
    kickers = ["[Politique] La mairie vote son budget", "[Sport] Victoire du club de voile"]
    lines = [p[0], p[1], *kickers, p[2], "[Mise à jour] Le conseil a confirmé le vote", p[3]]
    rules = _rules(_spaced(lines))
    assert rules == [None, None, "noise:kicker-run", "noise:kicker-run", None, None, None]


@given(st.integers(min_value=0, max_value=6))
def test_kicker_runs_take_a_run_only_from_its_minimum(k: int) -> None:
    texts = ["Der Hafen wächst weiter."]
    texts += [f"[Kiel] Meldung Nummer {n} aus dem Hafen" for n in range(k)]
    texts += ["Die Stadt plant weiter."]
    taken = kicker_runs(texts)
    assert taken == (list(range(1, k + 1)) if k >= KICKER_RUN_MIN else [])


@pytest.mark.parametrize(
    "line",
    ["[15] Siehe den Bericht des Rates, S. 42", "[...] und so weiter", "[iii] Anmerkung"],
)
def test_a_footnote_or_a_cut_is_no_kicker(line: str) -> None:
    assert kicker_runs([line, line]) == []


def test_an_embedded_player_s_credit_line_is_set_aside() -> None:
    p = PARAGRAPHS["en"]
    lines = [p[0], p[1], "A Morning on the Ferry from Anna Berg on Vimeo.", p[2], "via GIPHY"]
    lines += [p[3]]
    rules = _rules(_spaced(lines))
    assert rules == [None, None, "noise:embed", None, "noise:embed", None]
    assert not embed_line("The clip from the mayor's office went viral on Vimeo this week.")


def test_a_caption_after_the_enlarge_button_is_set_aside() -> None:
    p = PARAGRAPHS["de"]
    lines = [p[0], p[1], "Vergrößern Die neue Fähre am Anleger in Laboe.", p[2], p[3]]
    assert _rules(_spaced(lines)) == [None, None, "noise:media", None, None]
    assert not enlarge_caption("Vergrößern Sie das Bild mit einem Klick auf die Lupe.")
    assert enlarge_caption("Bild vergrößern Der Hafen von Kiel im Winter.")


def test_a_photographer_for_an_outlet_ends_a_caption() -> None:
    p = PARAGRAPHS["en"]
    caption = "The new pier at the island's harbour. Anna Berg for Harbour Weekly"
    lines = [p[0], p[1], caption, p[2], p[3]]
    assert _rules(_spaced(lines)) == [None, None, "noise:photo-by", None, None]


@pytest.mark.parametrize(
    "line",
    [
        "She has covered the harbour since 2019. Senior Editor for Harbour Weekly",
        "Funding rose for the crews. The Board for Ferries",  # (a body's name, not a person's)
        "Reporting by Anna Berg for Harbour Weekly.",
    ],
)
def test_an_editor_s_note_or_a_body_s_name_is_no_photo_credit(line: str) -> None:
    assert not photo_by(line)


def test_a_table_of_contents_runs_on_through_entries_the_bounds_took() -> None:
    texts = ["Inhalt", "1. Was ist ein Dekanter?", "1.1 Glas oder Kristall", "2. Welcher Wein?"]
    texts += ["3. Wie lange?", "Was ist ein Dekanter?", PARAGRAPHS["de"][0], "Glas oder Kristall"]
    texts += [PARAGRAPHS["de"][1], "Welcher Wein?", PARAGRAPHS["de"][2], "Wie lange?"]
    texts += [PARAGRAPHS["de"][3]]
    head = RULES["noise:head"].aside
    where: list[Aside | None] = [None] * len(texts)
    where[2] = head  # (a sub-section's entry the bounds read as the page's head)
    asides: list[Aside | None] = [None] * len(texts)
    asides[2] = head
    contents_asides(texts, lambda i: True, asides, where)
    rules = [a.rule if a else None for a in asides]
    entry, head_ = "noise:contents", "noise:head"
    assert rules[:6] == [None, entry, head_, entry, entry, None]


# ---- page chrome known by its whole words: a recipe card, form fields, counts, buttons ----


def test_a_recipe_card_s_buttons_rating_and_times_are_set_aside() -> None:
    p = PARAGRAPHS["en"]
    card = ["4.5 from 12 votes", "Print Recipe Pin Recipe", "Prep Time 15 minutes mins"]
    card += ["Cook Time 1 hour hr"]
    lines = [p[0], p[1], *card, p[2], p[3]]
    assert _rules(_spaced(lines)) == [None, None, *["noise:recipe-card"] * 4, None, None]


@pytest.mark.parametrize(
    "line", ["Total Time: 1 hour", "Prep Time: 15 minutes", "Let the dough rest for 20 minutes."]
)
def test_a_recipe_s_own_time_stays(line: str) -> None:
    assert not recipe_card(line)


def test_a_form_s_fields_and_an_author_s_count_are_set_aside() -> None:
    p = PARAGRAPHS["de"]
    lines = [p[0], p[1], "E-Mail-Adresse:", p[2], "1 article", "Seu nome", p[3]]
    rules = _rules(_spaced(lines))
    field, count = "noise:form-field", "noise:article-count"
    assert rules == [None, None, field, None, count, field, None]


def test_a_contact_s_email_label_and_a_table_s_name_stay() -> None:
    p = PARAGRAPHS["en"]
    lines = [p[0], p[1], "Email address:", "press@harbour.example", p[2], "Name", p[3]]
    assert "noise:form-field" not in _rules(_spaced(lines))
    assert chrome_line("E-Mail:") is None
    assert chrome_line("Name") is None


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Pin", "noise:nav"),
        ("Pin it", "noise:nav"),
        ("Watch now", "noise:media"),
    ],
)
def test_a_button_alone_is_a_label(line: str, rule: str) -> None:
    found = label_aside(line)
    assert found is not None
    assert found.rule == rule


def test_a_shop_s_button_with_its_product_after_a_colon() -> None:
    found = inside_aside("VIEW PRICE: Kiel Ferry Model in a Glass Case")
    assert found is not None
    assert found.rule == "noise:shop-link"
    assert inside_aside("Buy now: the council said prices would rise.") is None


@given(
    st.sampled_from(["Prep Time", "Cook Time", "Total Time", "Zubereitungszeit"]),
    st.integers(min_value=1, max_value=999),
)
def test_a_card_s_time_says_its_unit_twice(label: str, n: int) -> None:
    assert not recipe_card(f"{label}: {n} minutes")
    assert recipe_card(f"{label} {n} minutes mins")
