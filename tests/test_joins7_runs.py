"""A list of clauses cut at a link is still a list (issue #19, item 3).

A page of steps, one clause a line, none ending with a stop (a dance's figures, a recipe's
steps) keeps its breaks (`run-without-stop`).  When a link cut one clause, the piece after the
link (a compound's dash glued to a word, a conjunction, a comma) is part of that clause, not the
end of the list: the clauses after it keep their breaks too.  Every example is invented."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import newsdump
from newsdump._repair_context import LineFacts
from newsdump._repair_layout import runs_without_stop


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
    "y la mano",
    "después la mujer gira dos veces bajo su brazo derecho",
    "luego los dos vuelven a la posición del principio",
    "al final se saludan con una pequeña reverencia",
]


def test_a_conjunction_piece_is_part_of_its_clause() -> None:
    assert _runs(SPANISH) == [2, 3, 4]
    assert _starts(SPANISH)[-3:] == ["después la mujer", "luego los dos", "al final se"]


ENGLISH = [
    "whisk the eggs with the sugar until the mixture turns pale",
    "fold in the flour with a large metal spoon",
    "Grand Marnier",
    ", the grated zest and a pinch of salt",
    "pour the batter into the tin and smooth the top",
    "bake on the middle shelf for about forty minutes",
]


def test_a_comma_piece_is_part_of_its_clause() -> None:
    lines = [ENGLISH[0], ENGLISH[1] + " and the", *ENGLISH[2:]]
    assert _runs(lines)[-2:] == [4, 5]


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
