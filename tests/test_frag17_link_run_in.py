"""A sentence's start that runs into a link's text (issue #18, model B's recall).

Model B's scrapers break before and after a link, so a sentence cut at a link reads as three
lines: its start, the link's text alone, its rest.  When the start ends in a lower-case word and
is not title-cased, and the link's first word is no function word, the start runs into the link
(`runs_into_link`, the join model's ``link-sandwich-run-in`` feature) rather than being a heading
over a paragraph that starts with the link.  Every example is invented."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import newsdump
from newsdump import explain
from newsdump._repair_features import FEATURES
from newsdump._repair_heading import runs_into_link


def test_a_sentences_start_runs_into_a_link() -> None:
    assert runs_into_link("The parish council will ask", "Ravensworth Holdings")
    assert runs_into_link("Pour la première fois, le maire a invité", "Claire Dubois")
    assert runs_into_link("Die Stadtwerke haben gestern", "Nordwind Energie")
    assert runs_into_link("El ayuntamiento pidió ayer a", "Aguas del Norte")


def test_a_heading_over_a_paragraph_does_not_run_into_a_link() -> None:
    assert not runs_into_link("Repairs to the Old Mill Bridge", "Ravensworth Holdings")
    assert not runs_into_link("Garden tools", "The")  # the paragraph starts with a link
    assert not runs_into_link("Ein Jahr danach", "Die Stadtwerke")  # last word capitalised
    # (a German sentence whose long words are all nouns reads as title-cased: left to the model)
    assert not runs_into_link("Laut Bericht hat", "Nordwind Energie")
    assert not runs_into_link("Weather", "Météo-France")
    assert not runs_into_link("Nuevas tarifas", "Las")  # a function word starts a sentence
    assert not runs_into_link("", "Claire Dubois")
    assert not runs_into_link("The council will ask", "")
    assert not runs_into_link("The council will ask", "   ")  # a blank line holds no link


@given(st.text(max_size=40), st.text(max_size=40))
def test_any_two_lines_are_read_without_error(text: str, link: str) -> None:
    assert runs_into_link(text, link) in (True, False)


def test_the_feature_is_the_models() -> None:
    assert "link-sandwich-run-in" in FEATURES


def test_the_break_before_the_link_reads_the_feature() -> None:
    lines = [
        "Die Zahlen kamen am Dienstag.",
        "Am Abend bestätigte",
        "Nordwind Energie",
        "den Verkauf der beiden Windparks.",
    ]
    before_link, after_link = explain(lines)[1:3]
    assert "link-sandwich-run-in" in before_link.features
    assert before_link.decision == "join"
    assert "link-sandwich-run-in" not in after_link.features


def test_a_title_cased_line_does_not_read_the_feature() -> None:
    lines = [
        "The results came out on Tuesday.",
        "Repairs to the Old Mill Bridge",
        "Ravensworth Holdings",
        "will pay for half of the work.",
    ]
    assert "link-sandwich-run-in" not in explain(lines)[1].features


def test_a_sentence_cut_twice_at_a_link_comes_back_whole() -> None:
    lines = [
        "The results came out on Tuesday.",
        "The parish council will ask",
        "Ravensworth Holdings",
        "to pay for half of the new footbridge.",
    ]
    repaired = newsdump.repair(lines)
    assert [b.kind for b in repaired.blocks] == ["paragraph", "paragraph"]
    assert repaired.blocks[1].text == (
        "The parish council will ask Ravensworth Holdings to pay for half of the new footbridge."
    )


def test_a_heading_over_a_paragraph_that_starts_with_a_link_stays_a_heading() -> None:
    lines = [
        "The results came out on Tuesday.",
        "Repairs to the Old Mill Bridge",
        "Ravensworth Holdings",
        "will pay for half of the work.",
    ]
    repaired = newsdump.repair(lines)
    assert [b.kind for b in repaired.blocks] == ["paragraph", "heading", "paragraph"]


_STARTS = st.sampled_from(
    [
        "The parish council will ask",
        "Analysts expect",
        "Le rapport cite",
        "Die Stadtwerke haben gestern",
    ]
)
_LINKS = st.sampled_from(["Brightsoft", "Halvorsen Shipping", "Nordwind Energie", "Vantor"])
_WORDS = st.text(alphabet="abcdefghij klmnop", min_size=0, max_size=30)


@given(_STARTS, _LINKS, _WORDS)
def test_a_run_in_line_is_never_lost(start: str, link: str, words: str) -> None:
    """Whatever the model decides, every character of the input comes back."""
    assert runs_into_link(start, link)
    lines = ["The results came out on Tuesday.", start, link, f"and {words}."]
    repaired = newsdump.repair(lines)
    assert "".join("".join(b.text.split()) for b in repaired.blocks) == "".join(
        "".join(line.split()) for line in lines
    )
