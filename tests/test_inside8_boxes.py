"""Junk inside the article, thirteenth session (issue #19 item 2): a box of other articles
printed again and again between the article's paragraphs, each headline signed by its author
(``noise:repeated-box``); stamps labelled in more languages, two stamps on a line and a video's
date with its length (``noise:stamp``); a teaser's label said to the reader before a colon
(``Lea más: …``, ``MORE: …``, ``Zum Artikel: …``: ``noise:read-also``).  Every example set aside
here was kept by the code before it (f064639); the paragraphs around them, a step list said
twice, an interview's speaker and a sentence starting with such a word stay.

All text is invented for these tests.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdump import parse
from newsdump._repair import repair
from newsdump._repair_boxes import BOX_LINE_MAX, BOX_RUN, repeated_box
from newsdump._repair_inside import inside_aside, stamp


def _rules(lines: list[str]) -> list[str | None]:
    """The rule of each line's block (None: kept), one block a line."""
    blocks = repair(lines).blocks
    assert len(blocks) == len(lines)
    return [b.rule if b.kind == "noise" else None for b in blocks]


# (three paragraphs, a box of other articles: section, headline, author, twice), a language each
BOXES = [
    (
        [
            "The council voted on Monday to close the old bridge for the winter months, she said.",
            "Repairs will start in the spring and take two years, the mayor told reporters.",
            "A ferry will carry cyclists across the river until the bridge opens again in 2026.",
        ],
        ["Travel", "Ten quiet beaches for the autumn holidays", "By Anna Berg"],
    ),
    (
        [
            "Der Stadtrat hat am Montag beschlossen, die alte Brücke über den Winter zu sperren.",
            "Die Arbeiten sollen im Frühjahr beginnen und etwa zwei Jahre dauern, hieß es.",
            "Bis dahin bringt eine Fähre Radfahrer über den Fluss, sagte die Bürgermeisterin.",
        ],
        ["Reise", "Zehn ruhige Strände für die Herbstferien", "Von Jens Holm", "Mode"],
    ),
    (
        [
            "Le conseil municipal a voté lundi la fermeture du vieux pont pendant tout l'hiver.",
            "Les travaux commenceront au printemps et dureront deux ans, selon le maire.",
            "Un bac transportera les cyclistes jusqu'à la réouverture du pont, a-t-il ajouté.",
        ],
        ["Voyage", "Dix plages tranquilles pour les vacances", "Par Marc Le Goff"],
    ),
    (
        [
            "El ayuntamiento votó el lunes cerrar el viejo puente durante los meses de invierno.",
            "Las obras empezarán en primavera y durarán dos años, según el alcalde.",
            "Un transbordador llevará a los ciclistas hasta que el puente vuelva a abrir.",
        ],
        ["Viajes", "Diez playas tranquilas para el otoño", "Por Ana Pérez Ruiz"],
    ),
]


@pytest.mark.parametrize(("paragraphs", "box"), BOXES)
def test_a_signed_box_printed_twice_inside_the_article_is_set_aside(
    paragraphs: list[str], box: list[str]
) -> None:
    first, second, third = paragraphs
    lines = [first, *box, second, *box, third]
    rules = _rules(lines)
    boxed = [i for i, r in enumerate(rules) if r == "noise:repeated-box"]
    assert boxed == [*range(1, 1 + len(box)), *range(2 + len(box), 2 + 2 * len(box))]
    assert (rules[0], rules[1 + len(box)], rules[-1]) == (None, None, None)


def test_parse_names_the_rule_and_keeps_the_text() -> None:
    paragraphs, box = BOXES[1]
    record = "\n".join([" date 2024-03-02 https://example.org/bruecke", "Brücke zu", "Lede."])
    record += "\n" + "\n".join([paragraphs[0], *box, paragraphs[1], *box, paragraphs[2]])
    [article] = parse(record)
    noise = [b.rule for b in article.blocks if b.kind == "noise"]
    assert noise == ["noise:repeated-box"] * (2 * len(box))
    assert "Von Jens Holm" not in article.text
    assert all(p in article.text for p in paragraphs)


@pytest.mark.parametrize(
    "teaser",
    [
        ["Czytaj więcej", "Polityka", "Sejm przyjął ustawę o nowych mostach na Wiśle"],
        ["Leggi anche", "Cronaca", "Il traghetto per Capri riparte dopo la tempesta"],
        ["Read more", "Politics", "The ferry to the islands returns after the storm"],
    ],
)
def test_a_teaser_printed_twice_goes_whole(teaser: list[str]) -> None:
    # (the label and its section were set aside before; the headline was kept)
    paragraphs, _ = BOXES[0]
    lines = [paragraphs[0], *teaser, paragraphs[1], *teaser, paragraphs[2]]
    rules = _rules(lines)
    assert rules[3] == rules[7] == "noise:repeated-box"
    assert (rules[0], rules[4], rules[8]) == (None, None, None)


def test_a_box_printed_once_stays() -> None:
    paragraphs, box = BOXES[0]
    lines = [paragraphs[0], *box, paragraphs[1], paragraphs[2]]
    assert "noise:repeated-box" not in _rules(lines)


def test_a_step_list_said_twice_stays() -> None:
    # (a how-to repeats its steps for a second device; no byline signs them)
    steps = ["Open the settings", "Tap on Privacy", "Turn off the location"]
    paragraphs, _ = BOXES[0]
    lines = [paragraphs[0], *steps, paragraphs[1], *steps, paragraphs[2]]
    assert "noise:repeated-box" not in _rules(lines)


def test_finished_lines_are_no_box() -> None:
    box = ["The beach was empty.", "By Anna Berg", "It rained all day."]
    assert repeated_box([*box, *box], [".", "", ".", ".", "", "."], [False] * 6) == set()


_ENTRY = st.sampled_from(
    [
        "Travel",
        "By Anna Berg",
        "Von Jens Holm",
        "Ten quiet beaches for the autumn holidays",
        "The ferry runs every hour.",
        "x" * (BOX_LINE_MAX + 1),
        "wo die Fähre anlegt",
        "Mode",
    ]
)


@given(st.lists(_ENTRY, max_size=14))
def test_every_boxed_line_is_an_unfinished_line_of_a_signed_run_printed_again(
    texts: list[str],
) -> None:
    term = ["." if t.endswith(".") else "" for t in texts]
    cont = [t[:1].islower() for t in texts]
    taken = repeated_box(texts, term, cont)
    low = list(texts)
    for i in taken:
        assert not term[i]
        assert not cont[i]
        assert len(texts[i]) <= BOX_LINE_MAX
        # (some run of BOX_RUN lines through it comes again elsewhere)
        assert any(
            s >= 0
            and s + BOX_RUN <= len(texts)
            and any(
                low[t : t + BOX_RUN] == low[s : s + BOX_RUN]
                for t in range(len(texts) - BOX_RUN + 1)
                if t != s
            )
            for s in range(i - BOX_RUN + 1, i + 1)
        )
    if not any(t.startswith(("By ", "Von ")) for t in texts):
        assert taken == set()


@given(st.lists(_ENTRY, max_size=14))
def test_nothing_is_lost_around_boxes(texts: list[str]) -> None:
    blocks = repair(texts).blocks
    kept = "".join(b.text for b in blocks).replace(" ", "").replace("\n", "")
    assert kept == "".join(texts).replace(" ", "")


@pytest.mark.parametrize(
    "line",
    [
        "Publikacja: 02.02.2025 20:37",
        "Aktualizacja: 19.04.2026 18:52 Publikacja: 19.04.2026 18:14",
        "Giriş: 03.07.2024 - 17:36 Güncelleme: 03.07.2024 - 17:58",
        "Son Güncelleme : 30.04.2024 - 15:21",
        "Publisert 12.03.2024 09:15",
        "Päivitetty 12.03.2024 09:15",
        "Опубликовано 12.03.2024 09:15",
        "26.10.2025 | 3:17 min",
    ],
)
def test_more_stamps_are_set_aside(line: str) -> None:
    assert stamp(line)
    found = inside_aside(line)
    assert found is not None
    assert found.rule == "noise:stamp"
    first = BOXES[0][0][0]
    last = BOXES[0][0][1]
    assert _rules([first, line, last]) == [None, "noise:stamp", None]


@pytest.mark.parametrize(
    "line",
    [
        "Publikacja: 2 tysiące osób przyszło na wiec",
        "12.03.2024 | Stadtrat",
        "Aktualizacja: wkrótce",
        "26.10.2025 | 2:43 Uhr im Rathaus und danach",
    ],
)
def test_lines_that_are_no_stamp_stay(line: str) -> None:
    assert not stamp(line)


@pytest.mark.parametrize(
    "line",
    [
        "Lea más: El puerto de Vigo recibe su primer crucero del año",
        "Lea: Nueva ruta del ferry entre Vigo y Cangas",
        "MIRA: Los pescadores protestan contra las nuevas cuotas",
        "MORE: Harbour town plans a festival for the new pier",
        "Zum Artikel: Neue Fähre für die Inseln bestellt",
        "À voir aussi » Le port de Brest rouvre après la tempête",
        "Leia: Porto de Lisboa recebe novo terminal",
    ],
)
def test_a_teaser_label_said_to_the_reader_is_set_aside(line: str) -> None:
    found = inside_aside(line)
    assert found is not None
    assert found.rule == "noise:read-also"
    paragraphs, _ = BOXES[3]
    assert _rules([paragraphs[0], line, paragraphs[1]]) == [None, "noise:read-also", None]


@pytest.mark.parametrize(
    "line",
    [
        "Lea: Warum haben Sie die Brücke gesperrt?",  # (an interview's speaker and question)
        "Lea: Ich finde, die Stadt hat recht.",
        "More: the council will vote again next week.",
        "Read more about the bridge on the council's website.",
        "mira: el puerto de noche",
    ],
)
def test_a_speaker_or_a_sentence_stays(line: str) -> None:
    assert inside_aside(line) is None
