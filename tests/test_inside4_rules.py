"""Junk inside the article, fourth round (issue #19 item 2): a photo gallery's counter alone on
its line or its size (``noise:gallery-count``), more stamps, and more words for the label rules
(an embed's consent gate and skip link, a player's notice, a box of more videos, a paywall for
registered readers, a screenshot's credit), with a hyphenated first word now reaching the label
pattern (``Instagram-Beiträge immer entsperren``, ``Artikel-Tools``).  Every example here is
set aside by the new code and was kept by the code before it (b96f6b4); the sentences next to
them stay.

All text is invented for these tests.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdump._repair import repair
from newsdump._repair_inside import GALLERY_MAX, gallery_count, inside_aside
from newsdump._repair_labels import label_aside
from newsdump._repair_registry import RULES
from tests.test_junk_inside import between_paragraphs, kept_inside_a_sentence

GALLERY_COUNTS = [
    "1/2",
    "3 / 12",
    "Bild 3 von 10",
    "Foto 2 de 8",
    "Photo 4 of 9",
    "Imagen 12 de 24",
    "Immagine 1 di 5",
    "Afbeelding 2 van 6",
    "Bild 1 av 7",
    "Zdjęcie 3 z 11",
    "14 Bilder",
    "12 photos",
    "40 Bilder »",
]

NOT_GALLERY_COUNTS = [
    "24/7",  # past the last: no counter
    "1/1",  # one picture is no gallery
    "0 / 5",
    "Bild 3 von 10 zeigt den Hafen am Morgen.",
    "3 von 10 Deutschen fahren im Sommer an die Ostsee.",
    "Photo 4 of the series shows the harbour at dawn",
    "0 Fotos",
    "14 Bilder zeigen den Hafen am Morgen.",
]

LABEL_WORDS = {
    "noise:embed": [
        "Instagram-Beiträge immer entsperren",
        "YouTube-Videos immer entsperren",
        "Ein Klick für den Datenschutz",
        "Externer Inhalt",
        "Empfohlener externer Inhalt",
        "Skip embedded content",
        "Contenu externe",
        "Následuje obsah vložený z jiného webu. Zde jej můžete přeskočit.",
        "Přejít před obsah vložený z jiného webu.",
    ],
    "noise:media": [
        "Media playback is unsupported on your device",
        "Weitere Videos",
        "More videos",
        "Open this photo in gallery:",
        "Diashow starten »",
        "Download der Audiodatei",
        "Ende des Videobeitrags",
        "Escuchá este artículo",
        "Jetzt in der App anhören",
    ],
    "noise:caption": [
        "Image copyright Harbour Agency",
        "Photo iStock",
        "Screenshot by Anna Berg/Harbour Games",
        "Screenshots: Instagram/ harbourtown",
    ],
    "noise:paywall": ["Esta funcionalidad es sólo para registrados", "Solo para registrados"],
    "noise:nav": ["Artikel-Tools", "Merken"],
}
LABELLED = [(rule, line) for rule, lines in LABEL_WORDS.items() for line in lines]

STAMPS = [
    "am 12. März 2021 um 08:14",
    "April 18, 2023 at 10:37 a.m. EDT",
    "Published Oct 6, 2022 at 4:52 a.m. ET",
    "17 de mayo de 2024 15:28 h",
    "13 de abril de 2021, 11:46",
    "06:25 p. m.",
    "le 14/10/2023 à 08:39",
]

NOT_STAMPS = [
    "Am 24. Januar 2022 um 15:47 Uhr begann der Streik.",
    "April 18, 2023",  # a date alone: a timeline's entry
    "17 de mayo de 2024",
    "14:36",
]

SENTENCES = [
    "Externer Inhalt wird auf der Seite der Stadt nur nach Zustimmung geladen.",
    "Ein Klick für den Datenschutz reicht nicht, sagt die Verbraucherzentrale.",
    "Weitere Videos zeigen die Fähre im Sturm vor der Küste.",
    "More videos of the storm were posted by residents on Monday.",
    "Instagram-Beiträge der Stadt werden von zwei Mitarbeiterinnen betreut.",
    "Media playback in the new app is smoother, the developers said.",
    "Merken Sie sich den Termin im Mai.",
    "Screenshots of the chat were shared by the mayor's office on Monday evening.",
    "Diashow starten die Veranstalter erst am Abend.",
]


@pytest.mark.parametrize("line", GALLERY_COUNTS)
def test_a_gallery_counter_is_set_aside(line: str) -> None:
    assert gallery_count(line), line
    found = inside_aside(line)
    assert found is not None, line
    assert found.rule == "noise:gallery-count"
    assert between_paragraphs(line) == "noise:gallery-count"


@pytest.mark.parametrize("line", NOT_GALLERY_COUNTS)
def test_what_is_no_gallery_counter_stays(line: str) -> None:
    assert not gallery_count(line), line
    assert between_paragraphs(line) != "noise:gallery-count"


@given(st.integers(1, 999), st.integers(1, 999))
def test_a_counter_is_a_picture_out_of_two_or_more_never_past_the_last(k: int, n: int) -> None:
    assert gallery_count(f"{k} / {n}") == (k <= n and n >= 2)
    assert gallery_count(f"Bild {k} von {n}") == (k <= n and n >= 2)


def test_a_counter_fits_its_bound() -> None:
    assert all(len(line) <= GALLERY_MAX for line in GALLERY_COUNTS)


@pytest.mark.parametrize(("rule", "line"), LABELLED)
def test_more_label_words_are_set_aside(rule: str, line: str) -> None:
    found = label_aside(line)
    assert found is not None, line
    assert found.rule == rule
    assert between_paragraphs(line) == rule


@pytest.mark.parametrize("line", SENTENCES)
def test_a_sentence_with_the_words_stays(line: str) -> None:
    assert label_aside(line) is None
    assert inside_aside(line) is None


@pytest.mark.parametrize("line", ["Externer Inhalt", "2/2", "Weitere Videos"])
def test_a_piece_of_a_sentence_cut_at_links_is_kept(line: str) -> None:
    assert kept_inside_a_sentence(line)


def test_the_new_rules_are_noise_rules() -> None:
    assert RULES["noise:gallery-count"].block_kind == "noise"


@pytest.mark.parametrize("line", STAMPS)
def test_more_stamps_are_set_aside(line: str) -> None:
    found = inside_aside(line)
    assert found is not None, line
    assert found.rule == "noise:stamp"
    assert between_paragraphs(line) == "noise:stamp"


@pytest.mark.parametrize("line", NOT_STAMPS)
def test_what_is_no_stamp_stays(line: str) -> None:
    assert inside_aside(line) is None


def test_a_picture_agency_with_its_lower_case_name_is_a_slashed_credit() -> None:
    assert between_paragraphs("imago images/Nordbild") == "noise:slash-credit"


def test_a_credit_in_parentheses_after_a_heading_is_whole() -> None:
    lines = [
        "Where to buy the new ferry tickets",
        "(Image credit: Harbour Lab)",
        "Tickets for the new ferry go on sale on Monday, the harbour office said.",
    ]
    blocks = repair(lines).blocks
    assert [b.rule for b in blocks if b.kind == "noise"] == ["noise:credited-caption"]


def test_a_credit_in_parentheses_inside_a_sentence_is_kept() -> None:
    assert kept_inside_a_sentence("(Image credit: Harbour Lab)")
