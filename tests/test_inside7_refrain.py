"""Junk inside the article, twelfth session (issue #19 item 2): a short line said again two
lines on (``noise:refrain``), a box's label repeated for each of its items or a photographer's
name around each caption of a gallery.  Every example set aside here was kept by the code
before it (2016bef); the paragraphs around them, a heading said again far from its first, a
separator and the pieces of a sentence cut at links stay.

All text is invented for these tests.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdump import parse
from newsdump._repair import repair
from newsdump._repair_refrain import REFRAIN_MAX, REFRAIN_WORDS, refrain, refrain_asides
from newsdump._repair_rules import Aside


def _rules(lines: list[str]) -> list[str | None]:
    """The rule of each line's block (None: kept), one block a line."""
    blocks = repair(lines).blocks
    assert len(blocks) == len(lines)
    return [b.rule if b.kind == "noise" else None for b in blocks]


def _noise(lines: list[str]) -> list[str | None]:
    """The rules of the noise blocks, whatever the lines joined into."""
    return [b.rule for b in repair(lines).blocks if b.kind == "noise"]


# (first paragraph, photographer, caption, second paragraph), one language each
GALLERIES = [
    (
        "The council voted on Monday to close the old bridge for the winter months, she said.",
        "Anna Berg",
        "The old bridge at dawn, seen from the harbour.",
        "Repairs will start in the spring and take two years, the mayor told reporters.",
    ),
    (
        "Der Stadtrat hat am Montag beschlossen, die alte Brücke über den Winter zu sperren.",
        "Jens Holm",
        "Die alte Brücke im Morgennebel, vom Hafen aus gesehen.",
        "Die Arbeiten sollen im Frühjahr beginnen und etwa zwei Jahre dauern, hieß es.",
    ),
    (
        "Le conseil municipal a voté lundi la fermeture du vieux pont pendant tout l'hiver.",
        "Marc Le Goff",
        "Le vieux pont au lever du jour, vu depuis le port.",
        "Les travaux commenceront au printemps et dureront deux ans, selon le maire.",
    ),
    (
        "El ayuntamiento votó el lunes cerrar el viejo puente durante los meses de invierno.",
        "Ana Pérez Ruiz",
        "El viejo puente al amanecer, visto desde el puerto.",
        "Las obras empezarán en primavera y durarán dos años, según el alcalde.",
    ),
    (
        "Rada miasta zdecydowała w poniedziałek o zamknięciu starego mostu na całą zimę.",
        "Jan Nowak",
        "Stary most o świcie, widziany z portu.",
        "Prace ruszą wiosną i potrwają dwa lata, powiedział burmistrz dziennikarzom.",
    ),
    (
        "Городской совет в понедельник решил закрыть старый мост на все зимние месяцы.",
        "Иван Петров",
        "Старый мост на рассвете, вид из порта.",
        "Ремонт начнётся весной и продлится два года, сообщил мэр журналистам.",
    ),
]


@pytest.mark.parametrize(("first", "name", "caption", "last"), GALLERIES)
def test_a_photographers_name_around_a_caption_is_set_aside(
    first: str, name: str, caption: str, last: str
) -> None:
    rules = _rules([first, name, caption, name, last])
    assert rules[1] == rules[3] == "noise:refrain"
    assert (rules[0], rules[2], rules[4]) == (None, None, None)  # (the caption is no refrain)


@pytest.mark.parametrize(
    ("kicker", "headlines"),
    [
        ("Fire in the old town", ["Firefighters stay overnight", "Shops open again on Friday"]),
        ("Großbrand in Nordstadt", ["Feuerwehr bleibt über Nacht", "Schulen öffnen am Montag"]),
        ("Le fil info", ["Le port de Brest rouvre", "Grève des dockers à Lorient"]),
        ("Política", ["El alcalde presenta su plan", "Nueva ruta del ferry a Vigo"]),
    ],
)
def test_a_boxs_label_before_each_headline_is_set_aside(kicker: str, headlines: list[str]) -> None:
    first, _, _, last = GALLERIES[0]
    lines = [first, kicker, headlines[0], kicker, headlines[1], last]
    rules = _rules(lines)
    assert rules[1] == rules[3] == "noise:refrain"
    assert (rules[0], rules[5]) == (None, None)


def test_parse_names_the_rule_and_keeps_the_text() -> None:
    first, name, caption, last = GALLERIES[1]
    record = "\n".join([" date 2024-03-02 https://example.org/bruecke", "Brücke zu", first])
    record += "\n" + "\n".join([first, name, caption, name, last])
    [article] = parse(record)
    noise = [(b.rule, b.text) for b in article.blocks if b.kind == "noise"]
    assert noise == [("noise:refrain", name), ("noise:refrain", name)]
    assert name not in article.text
    assert last in article.text


def test_a_heading_said_again_around_a_finished_paragraph_stays() -> None:
    first, _, _, last = GALLERIES[0]
    lines = [first, "Transparency", "Parties must show who pays them.", "Transparency", last]
    assert _rules(lines) == [None] * 5  # (one word, no name: a heading, not a refrain)


@pytest.mark.parametrize("mark", ["+++", "* * *", "0", "12"])
def test_a_separator_or_a_count_between_paragraphs_stays(mark: str) -> None:
    first, _, caption, last = GALLERIES[0]
    lines = [first, mark, caption, mark, last]
    assert "noise:refrain" not in _rules(lines)


def test_a_heading_said_again_far_from_its_first_stays() -> None:
    lines = [
        "Harbour FC 2-1 Nordby",
        "Goals",
        "Berg 12', Lind 80'",
        "Cards",
        "Holm 33'",
        "Kiel 0-0 Lund",
        "Goals",
        "none",
    ]
    assert "noise:refrain" not in _noise(lines)


def test_an_interview_with_two_speakers_stays() -> None:
    lines = [
        "Anna Berg",
        "Why did the council close the bridge?",
        "Tom Lee",
        "It was no longer safe for the buses, and the repairs cannot wait.",
        "Anna Berg",
        "When will it open again?",
        "Tom Lee",
        "In two years, if the spring is dry.",
    ]
    assert "noise:refrain" not in _rules(lines)


def test_pieces_of_sentences_cut_at_links_stay() -> None:
    # (a scraper broke the lines after each link: ``Radon`` is a link's text twice)
    lines = [
        "Der Stadtrat warnt vor",
        "Radon",
        "in Kellern und erhöht die Zuschüsse für Messungen.",
        "Radon",
        "ist ein Gas, das aus dem Boden kommt, sagte die Ärztin.",
    ]
    blocks = repair(lines).blocks
    assert [b.kind for b in blocks] == ["paragraph", "paragraph"]  # (joined, nothing set aside)


def test_refrain_reads_the_copy_two_lines_away_only() -> None:
    lines = ["Anna Berg", "The old pier.", "Tom Lee", "Anna Berg", "The new pier."]
    term = ["", ".", "", "", "."]
    flat = [False] * 5
    assert not any(refrain(lines, term, flat, i) for i in range(5))  # (three lines apart)


_LINE = st.sampled_from(
    [
        "Anna Berg",
        "Le fil info",
        "The old pier at dawn.",
        "Goals",
        "+++",
        "x" * (REFRAIN_MAX + 1),
        " ".join(["word"] * (REFRAIN_WORDS + 1)),
        "Repairs will start in the spring, the mayor said.",
        "wo die Fähre anlegt",
    ]
)


@given(st.lists(_LINE, max_size=12))
def test_every_refrain_is_a_short_unfinished_line_with_a_copy_two_lines_away(
    texts: list[str],
) -> None:
    term = ["." if t.endswith(".") else "" for t in texts]
    cont = [t[:1].islower() for t in texts]
    asides: list[Aside | None] = [None] * len(texts)
    refrain_asides(texts, term, cont, lambda i: True, asides)
    for i, found in enumerate(asides):
        if found is None:
            continue
        text = texts[i]
        assert not term[i]
        assert len(text) <= REFRAIN_MAX
        assert text.count(" ") < REFRAIN_WORDS
        assert any(c.isalpha() for c in text)
        copies = [j for j in (i - 2, i + 2) if 0 <= j < len(texts) and texts[j] == text]
        assert copies
        assert any(texts[(i + j) // 2] != text for j in copies)  # (around another line)
