"""Junk inside the article, fourteenth session (issue #19 item 2): a short line between two lines
of page junk once the article has begun (``noise:between``), where `noise:boxed` does not
read it: its neighbours were set aside by a later rule (a dated headline's date), or it ends in
a colon or a comma (``Nos offres :``, a date cut before its time).  Every example set aside here
was kept by the code before it (7621c27); a heading between one label said twice, a heading
above a picture's credit, a finished sentence, two lines in a row and the page's header before
the first sentence stay.

All text is invented for these tests.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.target import private

_repair = private("_repair")
_between = private("_repair_between")

EN = [
    "The first ferry in three months left the harbour at dawn on Monday, the operator said.",
    "Passengers waited on the pier for more than an hour before the boat finally arrived.",
    "More boats will follow in the spring, when the new pier opens to traffic, the mayor said.",
    "The council expects some forty thousand visitors in the first summer of the service.",
]
DE = [
    "Die neue Fähre hat am Montag zum ersten Mal in Kiel angelegt, sagte der Hafenchef.",
    "Die Fahrgäste warteten mehr als eine Stunde auf dem Anleger, bis das Schiff ankam.",
    "Die Fähre fährt ab Juni jeden Tag zweimal nach Oslo, teilte die Reederei am Abend mit.",
    "Die Stadt rechnet im ersten Sommer mit rund vierzigtausend Fahrgästen auf der Linie.",
]
ES = [
    "El primer ferry en tres meses salió del puerto el lunes al amanecer, dijo la empresa.",
    "Los pasajeros esperaron en el muelle más de una hora antes de que llegara el barco.",
    "Más barcos llegarán en primavera, cuando abra el nuevo muelle, según dijo el alcalde.",
    "El ayuntamiento espera unos cuarenta mil visitantes durante el primer verano del servicio.",
]
FR = [
    "Le premier ferry depuis trois mois a quitté le port lundi à l'aube, a indiqué l'opérateur.",
    "Les passagers ont attendu sur le quai plus d'une heure avant l'arrivée du bateau.",
    "D'autres bateaux suivront au printemps, quand le nouveau quai ouvrira, selon le maire.",
    "La ville attend quelque quarante mille visiteurs pendant le premier été du service.",
]


def _rules(text: list[str], box: list[str]) -> list[str | None]:
    """The rule of each block of the box set between the article's second and third
    paragraphs (None: kept), one block a line."""
    lines = [*text[:2], *box, *text[2:]]
    blocks = _repair.repair(lines).blocks
    assert len(blocks) == len(lines)
    rules = [b.rule if b.kind == "noise" else None for b in blocks]
    assert rules[:2] == [None, None]
    assert rules[-2:] == [None, None]
    return rules[2:-2]


def test_a_line_between_two_dated_headlines_dates() -> None:
    # a calendar box: headline / date / its place / headline / date (the place was kept)
    box = [
        "Neue Fähre für die Inseln bestellt",
        "23.12.2024",
        "Abfahrt in Kiel und Lübeck",
        "Hafenfest mit Musik und Feuerwerk",
        "24.12.2024",
    ]
    rules = _rules(DE, box)
    assert rules[2] == "noise:between"
    assert rules == ["noise:dated-headline"] * 2 + ["noise:between"] + ["noise:dated-headline"] * 2


def test_a_line_ending_in_a_comma_between_two_labels() -> None:
    rules = _rules(ES, ["Publicidad", "Cierran la carretera de la costa,", "Compartir en Facebook"])
    assert rules == ["noise:advertisement", "noise:between", "noise:share-label"]


def test_a_line_ending_in_a_colon_between_two_labels() -> None:
    rules = _rules(FR, ["Publicité", "Le port en images :", "Voir le diaporama"])
    assert rules == ["noise:advertisement", "noise:between", "noise:media"]


def test_one_label_said_around_a_heading_separates_the_articles_lines() -> None:
    rules = _rules(EN, ["Advertisement", "Where the ferry goes next", "Advertisement"])
    assert rules[1] is None


def test_a_finished_sentence_between_two_labels_stays() -> None:
    rules = _rules(ES, ["Publicidad", "La carretera sigue cerrada.", "Compartir en Facebook"])
    assert rules[1] is None


def test_two_lines_between_two_labels_stay() -> None:
    box = ["Publicidad", "Cierran la carretera,", "Abren el puerto,", "Compartir en Facebook"]
    rules = _rules(ES, box)
    assert "noise:between" not in rules  # (a list as often: the bounds may read it)


def test_before_the_first_sentence_nothing_is_taken() -> None:
    ad, share = (_between.RULES[r].aside for r in ("noise:ad-label", "noise:share-label"))
    texts = ["Advertisement", "Ferry service returns", "Share this", *EN]
    asides = [ad, None, share, None, None, None, None]
    _between.between_asides(texts, lambda i: True, asides, None)
    assert asides[1] is None


def test_not_after_the_headline_again_nor_before_a_credit() -> None:
    title, credit, ad = (
        _between.RULES[r].aside for r in ("noise:title", "noise:credit", "noise:ad-label")
    )
    texts = [EN[0], "Advertisement", "Best for spring trips", "Photo: Anna Berg", EN[1]]
    asides = [None, ad, None, credit, None]
    _between.between_asides(texts, lambda i: True, asides, None)
    assert asides[2] is None
    texts = [EN[0], "Ferry service returns", "A kicker of the page", "Advertisement", EN[1]]
    asides = [None, title, None, ad, None]
    _between.between_asides(texts, lambda i: True, asides, None)
    assert asides[2] is None


_POOL = [
    *EN,
    *DE,
    "Advertisement",
    "Share this article",
    "Story continues below",
    "Storm closes the coast road",
    "Anna Berg,",
    "Our offers:",
    "23.12.2024",
    "Neue Fähre für die Inseln bestellt",
    "The road stays closed.",
]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_POOL), min_size=3, max_size=14))
def test_what_between_takes_is_short_unfinished_and_between_noise(lines: list[str]) -> None:
    blocks = _repair.repair(lines).blocks
    assert len(blocks) == len(lines)  # one block a line: every line is whole
    for k, b in enumerate(blocks):
        if b.rule != "noise:between":
            continue
        assert not b.text.endswith((".", "!", "?"))
        assert b.text.count(" ") < _between.BETWEEN_WORDS
        assert 0 < k < len(blocks) - 1
        assert blocks[k - 1].kind == "noise"
        assert blocks[k + 1].kind == "noise"
        assert blocks[k - 1].text != blocks[k + 1].text
