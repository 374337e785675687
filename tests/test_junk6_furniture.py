"""Page furniture every site prints in the same words (``noise:comment-form``,
``noise:author-box``, ``noise:consent``; issue #19): a comment form's buttons and notes, an
author box's label, a form's consent box, in several languages.

All text is invented for these tests.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdump import parse
from newsdump._repair import repair
from newsdump._repair_furniture import FURNITURE_FIRST, furniture, words_key
from newsdump._repair_registry import RULES

BEFORE = "Der Stadtrat hat am Montag beschlossen, die alte Brücke im Winter zu schließen."
AFTER = "Die Arbeiten sollen im Frühjahr beginnen und zwei Jahre dauern, sagte die Bürgermeisterin."

FURNITURE = [
    ("Reply", "noise:comment-form"),
    ("Leave a Reply", "noise:comment-form"),
    ("Schreibe einen Kommentar", "noise:comment-form"),
    ("Laisser un commentaire", "noise:comment-form"),
    ("Deja un comentario", "noise:comment-form"),
    ("Lascia un commento", "noise:comment-form"),
    (
        "Your email address will not be published. Required fields are marked *",
        "noise:comment-form",
    ),
    ("Deine E-Mail-Adresse wird nicht veröffentlicht.", "noise:comment-form"),
    ("Votre adresse e-mail ne sera pas publiée.", "noise:comment-form"),
    (
        "Save my name, email, and website in this browser for the next time I comment.",
        "noise:comment-form",
    ),
    ("Comments are closed.", "noise:comment-form"),
    ("About the author", "noise:author-box"),
    ("ÜBER DEN AUTOR", "noise:author-box"),
    ("À propos de l'auteur", "noise:author-box"),
    ("More articles by Anna van Berg", "noise:author-box"),
    ("Weitere Artikel von Petra Wendhuber", "noise:author-box"),
    (
        "Ich willige in den Erhalt des Newsletters und die Verarbeitung meiner Daten ein.",
        "noise:consent",
    ),
    ("I agree to the Terms of Use and have read the Privacy Policy.", "noise:consent"),
    ("J'accepte de recevoir la newsletter par e-mail.", "noise:consent"),
]


@pytest.mark.parametrize(("line", "rule"), FURNITURE)
@pytest.mark.parametrize("blank", [False, True])
def test_furniture_between_paragraphs_is_set_aside(line: str, rule: str, blank: bool) -> None:
    body = [BEFORE, line, AFTER]
    lines = [x for b in body for x in (b, "")][:-1] if blank else body
    blocks = repair(lines).blocks
    assert [(b.kind, b.rule) for b in blocks] == [
        ("paragraph", None),
        ("noise", rule),
        ("paragraph", None),
    ], lines
    assert RULES[rule].block_kind == "noise"


@pytest.mark.parametrize(
    "line",
    [
        # the noun "answers" over a politician's answers, and a label opening a bio
        "Antworten",
        "Über die Autorin:",
        # more words than a name after "More articles by": a sentence
        "More articles by the council and its members are due next week",
        "More articles by Anna Berg are due.",
        # first person without a form's topic: a quotation
        "Ich willige ein, sagte die Bürgermeisterin",
        "I agree to disagree with the harbour council",
        # a comment form's words inside a sentence
        "Reply to the council's letter came on Monday",
        "Wer einen Kommentar schreiben will, muss sich anmelden.",
    ],
)
def test_look_alikes_stay(line: str) -> None:
    assert furniture(line, line.lower()) is None
    blocks = repair([BEFORE, line, AFTER]).blocks
    assert all(b.rule is None or not b.rule.startswith("noise:c") for b in blocks), blocks


def test_a_comment_section_after_the_article() -> None:
    text = "\n".join(
        [
            " date 2024-05-03 https://example.org/a",
            "Die Brücke bleibt gesperrt",
            "Der Stadtrat hat entschieden.",
            "03.05.2024 10:00",
            BEFORE,
            AFTER,
            "Leave a Reply",
            "Your email address will not be published. Required fields are marked *",
            "Save my name, email, and website in this browser for the next time I comment.",
            "",
        ]
    )
    (art,) = parse(text)
    assert art.text.endswith("Bürgermeisterin.")
    noise = [b for b in art.blocks if b.kind == "noise"]
    assert {b.rule for b in noise} <= {"noise:comment-form", "noise:tail"}
    assert sum(len(b.text) for b in noise) >= len("Leave a Reply") * 3  # all three set aside


@given(st.text(max_size=80))
def test_furniture_never_crashes_and_reads_words_only(line: str) -> None:
    found = furniture(line, line.lower())
    if found is not None:
        assert words_key(line.lower()).partition(" ")[0] in FURNITURE_FIRST
        assert found.kind == "noise"


@given(st.sampled_from([line for line, _ in FURNITURE]), st.sampled_from(["", " ", " ↓", " *"]))
def test_case_and_trailing_marks_do_not_matter(line: str, tail: str) -> None:
    expected = furniture(line, line.lower())
    for variant in (line.upper() + tail, line.lower() + tail):
        found = furniture(variant, variant.lower())
        assert found == expected


BOXES = [
    # a player's title between its label and its duration
    ["Video: Die Fähre im Sturm", "Neue Fähre für die Kieler Förde", "Dauer 1:30"],
    ["WATCH | Harbour council approves the new pier:", "Harbour council votes", "Duration 2:04"],
    # a product between an ad label and its credit
    ["Anzeige", "Kaffeemaschine Modell 7 im Test", "Foto: Hersteller"],
    ["Publicité", "La nouvelle cafetière à piston", "Photo : Fabricant"],
]


@pytest.mark.parametrize("box", BOXES)
def test_a_box_title_between_two_junk_lines_is_set_aside(box: list[str]) -> None:
    before = repair([BEFORE, *box, AFTER]).blocks
    assert before[0].kind == before[-1].kind == "paragraph"
    middle = [b for b in before[1:-1] if box[1] in b.text]
    assert [(b.kind, b.rule) for b in middle] == [("noise", "noise:boxed")], before
    assert before[1].kind == before[-2].kind == "noise"


@pytest.mark.parametrize(
    "box",
    [
        # a sentence, or a label of what follows, between them is the article's
        ["Anzeige", "Die Fähre fährt ab Montag wieder.", "Foto: Hersteller"],
        ["Anzeige", "Das sagt die Bürgermeisterin:", "Foto: Hersteller"],
        # one label repeated between the article's lines separates them
        ["Article content", "Storms ahead for the harbour", "Article content"],
    ],
)
def test_a_line_between_junk_that_is_no_box_title_stays(box: list[str]) -> None:
    blocks = repair([BEFORE, *box, AFTER]).blocks
    assert all(b.rule != "noise:boxed" for b in blocks), blocks
    assert any(box[1] in b.text and b.kind != "noise" for b in blocks), blocks


CAPTIONS = [
    ["© Anna Berg", "Die neue Fähre im Kieler Hafen"],
    ["Jan Roe / Getty Images", "Harbour workers at the new pier"],
    ["© Marie Dubois", "Le nouveau ferry dans le port de Brest"],
    ["María López / Shutterstock", "El nuevo ferry en el puerto de Vigo"],
]


@pytest.mark.parametrize("pair", CAPTIONS)
def test_a_caption_after_its_credit_is_set_aside(pair: list[str]) -> None:
    blocks = repair([BEFORE, *pair, AFTER]).blocks
    assert [b.kind for b in blocks] == ["paragraph", "noise", "noise", "paragraph"], blocks
    assert blocks[2].rule == "noise:after-credit"


@pytest.mark.parametrize(
    "pair",
    [
        # a sentence after the credit is the article's
        ["© Anna Berg", "Die Fähre fährt ab Montag wieder."],
        # a labelled credit (``Foto: …``) is followed by the article's heading as often
        ["Foto: Anna Berg", "Die neue Fähre im Kieler Hafen"],
    ],
)
def test_a_line_after_a_credit_that_is_no_caption_stays(pair: list[str]) -> None:
    blocks = repair([BEFORE, *pair, AFTER]).blocks
    assert all(b.rule != "noise:after-credit" for b in blocks), blocks
    assert any(b.text == pair[1] and b.kind != "noise" for b in blocks), blocks


def test_one_word_again_and_again_cut_before_its_stop_is_one_paragraph() -> None:
    """Found by the link-recovery property (random draw): ``قال`` eight times, its stop on the
    next line, was taken for a link's text doubled (`noise:doubled`)."""
    line = " ".join(["قال"] * 8)
    blocks = repair([line, "."]).blocks
    assert [(b.kind, b.text) for b in blocks] == [("paragraph", line + ".")]
