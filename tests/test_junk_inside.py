"""Junk inside the article and at its head (issue #19 item 2): a caption ending in its photo
credit (``noise:credited-caption``) and a line repeating the record's title (``noise:title``).

All text is invented for these tests.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsdump
from newsdump._repair import repair
from newsdump._repair_labels import credited_caption
from newsdump._repair_registry import RULES


def between_paragraphs(line: str) -> str | None:
    """The rule that sets ``line`` aside between two paragraphs of prose (None: kept), and
    the paragraphs around it stay paragraphs."""
    lines = [
        "The council voted on Monday to close the old bridge for the winter months.",
        line,
        "Repairs will start in the spring and take two years, the mayor told reporters.",
    ]
    blocks = repair(lines).blocks
    assert (blocks[0].kind, blocks[-1].kind, len(blocks)) == ("paragraph", "paragraph", 3)
    return blocks[1].rule if blocks[1].kind == "noise" else None


def kept_inside_a_sentence(piece: str) -> bool:
    """Whether ``piece``, the middle of a sentence cut at two links, is set aside nowhere."""
    lines = ["The pictures were sold to the", piece, "and the rest went to the city archive."]
    return all(b.kind != "noise" for b in repair(lines).blocks)


CREDITED = [
    "Firefighters at work in the harbour on Monday. © Northern Agency",
    "Der Bürgermeister bei der Eröffnung der Brücke. Foto: Anna Berg",
    "Die Fähre im Hafen von Kiel. Bildrechte: Nordfunk/Tomas Lind",
    "Des pompiers devant la mairie de Lille après l'incendie de la nuit. HANDOUT / AFP",
    "Bomberos trabajan en el incendio del puerto (Foto: Ana Ruiz)",
    "I vigili del fuoco al porto di Genova. © Marco Bianchi/ANSA",
    "Os bombeiros no porto de Lisboa. Fotografia: João Lima",
    "De burgemeester bij de opening van de brug. Beeld: Pieter de Vries",
    "Ratownicy w porcie w Gdańsku. Źródło: Jan Nowak/PAP",
    "Пожарные в порту Мурманска. Фото: Иван Петров",
    "Anna Berg sprach vor dem Rathaus zu den Demonstranten.© Jens Holm / dpa",
    "04:12 - Source: Harbour TV",
]

NOT_CREDITED = [
    "Feel free to share the following photo:",
    "The council published the photo: it shows the bridge before the storm.",
    "Source: the ministry said on Monday that prices would rise again next year.",
    "The photographer, who works for AFP, said the pictures were taken at dawn.",
    "Die Quelle ist unklar, sagte die Polizei am Montag.",
    "Les chiffres viennent de l'AFP, a indiqué la mairie lundi.",
    "The price rose to 4/5 of the original estimate.",
]


@pytest.mark.parametrize("line", CREDITED)
def test_a_caption_ending_in_its_credit_is_set_aside(line: str) -> None:
    assert credited_caption(line), line
    assert between_paragraphs(line) == "noise:credited-caption"
    assert RULES["noise:credited-caption"].block_kind == "noise"


@pytest.mark.parametrize("line", NOT_CREDITED)
def test_a_sentence_naming_a_photo_or_an_agency_is_no_credit(line: str) -> None:
    assert not credited_caption(line), line


def test_a_credit_inside_a_sentence_cut_at_its_link_is_kept() -> None:
    assert kept_inside_a_sentence("agency. © Northern Agency")


def _record(title: str, *body: str) -> str:
    head = [" date 2024-03-02 https://example.org/bridge", title, "The bridge will close."]
    return "\n".join([*head, "Mar 2, 2024 9:14 AM", *body])


def test_the_title_repeated_in_the_body_is_set_aside() -> None:
    text = _record(
        "Council closes the old bridge",
        "Local news",
        "Council closes the old bridge!",
        "The council voted on Monday to close the old bridge for the winter months.",
        "Repairs will start in the spring and take two years, the mayor told reporters.",
    )
    [article] = newsdump.parse(text)
    noise = [(b.rule, b.text) for b in article.blocks if b.kind == "noise"]
    assert ("noise:title", "Council closes the old bridge!") in noise
    assert "Council closes" not in article.text
    assert RULES["noise:title"].block_kind == "noise"


@pytest.mark.parametrize(
    ("title", "line"),
    [
        ("Wetter", "Wetter"),  # one word: a heading of the text as often
        ("Stadtrat schließt die alte Brücke", "Stadtrat schließt die alte Brücke im Winter"),
    ],
)
def test_a_line_that_is_not_the_title_word_for_word_stays(title: str, line: str) -> None:
    lines = ["Der Stadtrat hat am Montag beschlossen, die Brücke zu schließen.", line, "Ende."]
    rules = [b.rule for b in repair(lines, title=title).blocks]
    assert "noise:title" not in rules


@pytest.mark.parametrize("title", [None, "", "Wetter", "—"])
def test_without_a_title_of_two_words_the_repair_is_unchanged(title: str | None) -> None:
    lines = ["Council closes the old bridge", "The council voted.", "—", "It rained.", "..."]
    rep = repair(lines, title=title)
    assert "noise:title" not in {b.rule for b in rep.blocks}
    assert rep == repair(lines)


_PROSE_WORDS = (
    "the council voted on monday to close old bridge for winter months and repairs will start"
    " in spring take two years mayor said der rat hat am montag die brücke geschlossen le"
    " conseil a voté lundi pour fermer vieux pont"
)
_WORDS = st.sampled_from(_PROSE_WORDS.split(" "))
_SENTENCE = st.lists(_WORDS, min_size=6, max_size=18).map(
    lambda ws: " ".join(ws).capitalize() + "."
)
_PARAGRAPH = st.lists(_SENTENCE, min_size=1, max_size=3).map(" ".join)


@given(st.lists(_PARAGRAPH, min_size=1, max_size=6), st.text(max_size=30))
def test_plain_prose_is_never_set_aside_by_these_rules(paragraphs: list[str], title: str) -> None:
    assert not any(credited_caption(p) for p in paragraphs)
    rules = {b.rule for b in repair(paragraphs, title=title or None).blocks}
    assert not rules & {"noise:credited-caption", "noise:title"}
