"""A list of clauses cut at a link is still a list (issue #19, item 3).

A page of steps, one clause a line, none ending with a stop (a dance's figures, a recipe's
steps) keeps its breaks (`run-without-stop`).  When a link cut one clause, the piece after the
link (a compound's dash glued to a word, a conjunction) is part of that clause, not the end of
the list: the clauses after it keep their breaks too.  Every example is invented."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import newsdump
from newsdump._repair_context import LineFacts
from newsdump._repair_runs import runs_without_stop


def _runs(lines: list[str]) -> list[int]:
    n = len(lines)
    return sorted(runs_without_stop(lines, [None] * n, LineFacts(lines, lines, [False] * n)))


def _starts(lines: list[str]) -> list[str]:
    """The first words of each block `repair` makes."""
    return [" ".join(b.text.split()[:3]) for b in newsdump.repair(lines).blocks]


GERMAN = [
    "der Tänzer dreht sich einmal nach links und hält die",
    "-Hand fest",
    "die Partnerin geht zwei kleine Schritte zurück zur Mitte",
    "dann wechseln beide die Seite und warten einen Takt",
    "zum Schluss verbeugen sich beide vor dem Publikum",
]


def test_a_dash_piece_is_part_of_its_clause() -> None:
    # the old run stopped at ``-Hand fest`` (no prose alone) and the next clause was joined
    assert _runs(GERMAN) == [2, 3, 4]
    assert _starts(GERMAN)[1:] == [
        "die Partnerin geht",
        "dann wechseln beide",
        "zum Schluss verbeugen",
    ]


SPANISH = [
    "primero el hombre da un paso atrás con el pie izquierdo",
    "después la mujer gira dos veces bajo su",
    "y la mano",
    "luego los dos vuelven a la posición del principio",
    "al final se saludan con una pequeña reverencia",
    "todos aplauden un rato largo en la sala",
]


def test_a_conjunction_piece_is_part_of_its_clause() -> None:
    # the old run stopped at ``y la mano`` (no prose alone) and the next clause was joined; the
    # break before ``y la mano`` is left to the join rules and the model (``… bajo su`` / ``y
    # la mano`` is as often one item cut at a link as two)
    assert _runs(SPANISH) == [3, 4, 5]


ENGLISH = [
    "Report of the Coastal Towns Institute",
    "with the title Water for Everyone",
    "the authors conclude",
    ", that the town will need a second reservoir within the",
    "Next Decade",
]


def test_a_sentence_cut_at_its_links_is_no_list() -> None:
    # the text after a link (``, that …``) is no piece of a list's clause: merged, the pieces
    # of this sentence would make a run
    assert _runs(ENGLISH) == []


def test_a_cut_paragraph_keeps_its_joins() -> None:
    # a sentence cut at links ends with its stop: no list, every cut joins
    lines = [
        "Die Gespräche mit der Regierung in",
        "-Nähe der Hauptstadt gingen am Montag weiter, sagte der",
        "Sprecher",
        "und fügte hinzu, dass eine Einigung bald möglich sei.",
    ]
    assert _runs(lines) == []
    assert len(newsdump.repair(lines).blocks) == 1


_WORDS = ["hand", "schritt", "links", "rechts", "dreht", "wartet", "geht", "mitte", "langsam"]


@given(
    st.lists(
        st.tuples(st.lists(st.sampled_from(_WORDS), min_size=6, max_size=9), st.booleans()),
        min_size=3,
        max_size=7,
    )
)
def test_every_clause_of_a_list_starts_a_block(clauses: list[tuple[list[str], bool]]) -> None:
    """A list of clauses without a stop, some cut after their words by a glued compound piece
    (``-Figur``): the break before each clause is kept."""
    lines: list[str] = []
    heads: list[int] = []
    for words, cut in clauses:
        heads.append(len(lines))
        lines.append(" ".join(words))
        if cut:
            lines.append("-Figur")
    kept = set(_runs(lines))
    assert all(h in kept for h in heads[1:])
    assert not any(lines[k].startswith("-") for k in kept)


def test_the_end_of_a_word_cut_at_a_link_joins() -> None:
    # a page without a link's mark keeps its short lines apart, but not a word's last letters
    prose = [
        f"Die Ausstellung im Schloss ist am Tag {n} geöffnet." + " Eintritt frei." * (n % 3)
        for n in range(20)
    ]
    menu = ["Start", "Kultur", "Sport", "Wetter", "Kontakt", "Impressum"]
    cut = ["Für einen Besuch ohne lange Wartezeiten empfiehlt sich eine Karte onlin", "e"]
    blocks = [b.text for b in newsdump.repair([*prose, *menu, *cut]).blocks]
    assert blocks[-1].startswith("Für einen Besuch")
    assert blocks[-1].endswith(("onlin e", "online"))
    # an icon's letter after a breadcrumb, a language's code after a label stay apart
    for label, code in (
        ("> Startseite > Kultur > Ausstellungen", "i"),
        ("Englische Version", "en"),
    ):
        blocks = [b.text for b in newsdump.repair([*prose, *menu, label, code]).blocks]
        assert blocks[-1] == code


def test_a_name_going_on_in_lower_case_is_no_byline_the_second_time() -> None:
    # (found by hypothesis on the starting commit: ``Anna Berg`` / ``a A`` was joined, and
    # repairing the repaired text read ``By`` / ``Anna Berg a A`` as a byline)
    said = "Der Stadtrat hat am Montag über den Haushalt für den Hafen beraten."
    lines = [said, said, "By", "Anna Berg", "a A"]
    texts = [b.text for b in newsdump.repair(lines).blocks]
    assert not [e for e in newsdump.repair(texts).edits if e.rule == "byline-join"]
    for name in ("Ludwig van Oosterbeek", "Ursula von der Heiden", "Ana Díaz y Pablo Ruiz"):
        by = newsdump.repair([said, "Von", name, "Die Sitzung dauerte drei Stunden."])
        assert [e.lines for e in by.edits if e.rule == "byline-join"] == [(2, 3)]


# a figure's name over its steps, one clause a line and none with a stop; and a link's text
# opening a paragraph whose sentence ends with its stop
FIGURES = {
    "de": [
        "Vuelta doble",
        "der Herr hebt die linke Hand über den Kopf der Dame",
        "die Dame dreht sich zweimal unter seinem Arm nach rechts",
        "beide gehen danach einen Schritt zurück zur Mitte",
    ],
    "en": [
        "Double turn",
        "the lead raises the left hand over the partner's head",
        "the partner turns twice under the arm to the right",
        "both then take one step back to the middle",
    ],
    "es": [
        "Vuelta doble",
        "el hombre levanta la mano izquierda sobre la cabeza de ella",
        "la mujer gira dos veces bajo su brazo hacia la derecha",
        "los dos dan después un paso atrás hacia el centro",
    ],
}
OPENING = ["Samsung", "hat vor Gericht die Klage eines Zulieferers verloren, sagte ein Sprecher."]


def test_a_lists_heading_keeps_its_break() -> None:
    # joined on the old code (``lower-case-start``: the heading is no prose line of the run)
    for lang, lines in FIGURES.items():
        assert _runs(lines) == [1, 2, 3], lang
        assert len(newsdump.repair(lines).blocks) == 4, lang


def test_a_links_text_opening_a_sentence_is_no_heading() -> None:
    lines = [*FIGURES["de"][1:], "Sie verbeugen sich.", *OPENING]
    assert 5 not in _runs(lines)
    assert [b.text for b in newsdump.repair(lines).blocks][-1] == " ".join(OPENING)


@given(
    head=st.sampled_from(["Vuelta doble", "Cubanito", "Paso básico", "Dile que no"]),
    stop=st.booleans(),
)
def test_a_generated_heading_is_kept_only_before_a_list_without_a_stop(
    head: str, stop: bool
) -> None:
    steps = list(FIGURES["es"][1:])
    if stop:
        steps[-1] += "."  # one sentence, cut at its lines: no list
    assert (1 in _runs([head, *steps])) == (not stop)
