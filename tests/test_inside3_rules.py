"""Junk inside the article, third round (issue #19 item 2): a caption that says it is one
(``noise:caption-label``), a shop's price button (``noise:shop-link``), a teaser whose label and
headline share a line with no colon (``noise:read-also``), a slashed agency credit alone on its
line (``noise:slash-credit``), a caption block turned into ``noise:caption``, and more words for
the label rules (an embed's chrome, an ad's continuation, a player's duration, a relative time,
a video's teaser after a bar).  Every example here is set aside by the new code and was kept by
the code before it (4e2fda3); the sentences next to them stay.

All text is invented for these tests.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsdump
from newsdump._repair import repair
from newsdump._repair_inside import CAPTION_MAX, inside_aside
from newsdump._repair_labels import label_aside
from newsdump._repair_registry import RULES
from tests.test_junk_inside import between_paragraphs, kept_inside_a_sentence

CAPTION_LABELLED = [
    "Legende: Die Fähre legt am Morgen im Hafen von Kiel an.",
    "Bildunterschrift: Der Bürgermeister bei der Eröffnung der Brücke",
    "Légende : Le maire de Brest devant le nouveau pont, lundi.",
    "Leyenda: El alcalde saluda a los vecinos tras la inauguración",
    "Didascalia: Il sindaco visita il cantiere del porto di Genova",
    "Bijschrift: De burgemeester bij de opening van de brug",
    "Bildtext: Borgmästaren vid invigningen av den nya bron",
    "Image caption Crowds gather on the pier for the opening of the new ferry terminal",
]

SHOP_LINKS = [
    "$129 at Harbour Outdoor (Regular)",
    "£45 at Northgate Books",
    "28,99 € bei Bergsport Lindner",
    "19,90 € Zu Kinderladen Nord",
    "34,50 € chez Librairie du Port",
    "12 € en Tienda Sol",
    "49 € su Casa Verde",
    "Zum Angebot",
    "Buy now at Harbour Outdoor",
    "Voir l'offre",
    "Ver oferta en Tienda Sol",
    "Bekijk aanbieding",
    "Preis kann jetzt höher sein. Preis vom 02.01.2024 12:53 Uhr",
]

TEASERS = [
    "Les også Ny bro åpner i Bergen til sommeren",
    "Lire aussi Une nouvelle ligne de tram pour Brest",
    "Läs också Färjan till Gotland går igen",
    "Lees ook Nieuwe brug in Utrecht opent in mei",
    "Leggi anche Il porto di Genova riapre ai traghetti",
    "Auch auf Hafenblatt: Die schönsten Strände an der Ostsee",
    "Also on Harbour Herald: Ten walks along the coast",
    "LIRE AUSSI SUR PORTNEWS.FR",
    "Check Out: 12 Tips for a Greener Balcony",
]

STAMPS = [
    "Publiziert heute um 11:48 Uhr",
    "14.10.2023 06.38",
    "Stand: 08.07.2026, 05:00 Uhr",
    "Actualizado a las 19:27h.",
    "Publié le 12/03/2024 à 09h15",
    "Today 5:00 am",
    "včera 13:25",
    "5. Oktober 2022 um 19:36 Uhr",
    "Gepubliceerd op 12-03-2024 om 09:15",
]

NOT_STAMPS = [
    "14:36",  # a score or a duration
    "2021",  # a timeline's year
    "30. Juni 2025,",  # a date alone
    "Heute ist ein guter Tag um 12.30 Uhr",
]

AGENCY_CREDITS = [
    "IMAGO/Nordbild Press",
    "Lena Brandt/Ritzau Scanpix",
    "Getty Images/Harbour Photo",
    "picture alliance/Jens Holm",
]

LABEL_WORDS = {
    "noise:embed": [
        "Sieh dir diesen Beitrag auf Instagram an",
        "Voir cette publication sur Instagram",
        "Ver esta publicación en Instagram",
        "Visualizza questo post su Instagram",
        "Bekijk dit bericht op Instagram",
        "Un post condiviso da Casa Verde (@casaverde)",
        "Skip Twitter post",
        "End of YouTube post",
        "Mit dem Laden des Beitrags akzeptieren Sie die Datenschutzerklärung von Instagram.",
    ],
    "noise:ad-label": [
        "Advertisement · Scroll to continue",
        "Anzeige - Scroll to continue",
        "This advertisement has not loaded yet, but your article continues below.",
    ],
    "noise:relative-time": [
        "Published 3 seconds ago",
        "Last updated 6 hours ago",
        "Veröffentlicht vor 5 Minuten",
        "Publicado hace 2 horas",
    ],
    "noise:media": ["Duration 1:30", "Dauer: 12:38", "Durée 2:05", "Beitrag laden", "Inhalt laden"],
}

SENTENCES = [
    "Legende ist er längst: Der Trainer gewann vier Titel in sechs Jahren.",
    "The caption contest drew four hundred entries from readers this spring.",
    "Lire aussi le rapport de la commission, publié en mai.",
    "Les også denne uken om brua i Bergen.",
    "Also on Monday, the council voted to close the old bridge for the winter.",
    "Auch auf Sylt: Die Fähren fahren wieder.",
    "$129 at the door, the organisers said, and half price for children.",
    "28,99 € bei jedem Einkauf über 100 Euro werden gutgeschrieben.",
    "Reuters/Ipsos polls show the mayor ahead by four points in the race for the town hall.",
    "Published three weeks ago, the report was ignored by the ministry.",
    "Die Dauer: 12 Minuten für die Fahrt zum Hafen.",
    "Beitrag laden dauert auf dem Land oft länger, sagt der Bürgermeister.",
    "This advertisement was banned by the regulator in May.",
    "Jetzt kaufen, sagt der Händler, lohne sich nicht mehr.",
    "Buy now, pay later schemes grew fast in 2023, the regulator said.",
]


@pytest.mark.parametrize("line", CAPTION_LABELLED)
def test_a_caption_that_says_it_is_one_is_set_aside(line: str) -> None:
    found = inside_aside(line)
    assert found is not None, line
    assert found.rule == "noise:caption-label"
    assert between_paragraphs(line) == "noise:caption-label"


@pytest.mark.parametrize("line", SHOP_LINKS)
def test_a_shops_price_button_is_set_aside(line: str) -> None:
    found = inside_aside(line)
    assert found is not None, line
    assert found.rule == "noise:shop-link"
    assert between_paragraphs(line) == "noise:shop-link"


@pytest.mark.parametrize("line", TEASERS)
def test_a_teaser_with_its_headline_and_no_colon_is_set_aside(line: str) -> None:
    found = inside_aside(line)
    assert found is not None, line
    assert found.rule == "noise:read-also"
    assert between_paragraphs(line) == "noise:read-also"


@pytest.mark.parametrize("line", STAMPS)
def test_a_date_and_time_alone_on_a_line_is_set_aside(line: str) -> None:
    found = inside_aside(line)
    assert found is not None, line
    assert found.rule == "noise:stamp"
    assert between_paragraphs(line) == "noise:stamp"


@pytest.mark.parametrize("line", NOT_STAMPS)
def test_a_time_or_a_date_alone_or_a_sentence_is_no_stamp(line: str) -> None:
    assert inside_aside(line) is None


@pytest.mark.parametrize("line", AGENCY_CREDITS)
def test_a_slashed_agency_credit_alone_on_its_line_is_set_aside(line: str) -> None:
    found = inside_aside(line)
    assert found is not None, line
    assert found.rule == "noise:slash-credit"
    assert between_paragraphs(line) == "noise:slash-credit"


def between_german_paragraphs(line: str) -> str | None:
    """The rule that sets ``line`` aside between two German paragraphs (None: kept).  (Between
    English ones ``Sieh dir … an`` ends in a function word, ``an``, and is kept: a link's text.)"""
    lines = [
        "Der Rat hat am Montag beschlossen, die alte Brücke im Winter zu schließen.",
        line,
        "Die Arbeiten beginnen im Frühjahr und dauern zwei Jahre, sagte der Bürgermeister.",
    ]
    blocks = repair(lines).blocks
    assert (blocks[0].kind, blocks[-1].kind, len(blocks)) == ("paragraph", "paragraph", 3)
    return blocks[1].rule if blocks[1].kind == "noise" else None


@pytest.mark.parametrize(("rule", "line"), [(r, x) for r, xs in LABEL_WORDS.items() for x in xs])
def test_the_label_rules_know_more_words(rule: str, line: str) -> None:
    found = label_aside(line)
    assert found is not None, line
    assert found.rule == rule
    assert between_german_paragraphs(line) == rule


@pytest.mark.parametrize("line", SENTENCES)
def test_a_sentence_starting_like_a_label_is_kept(line: str) -> None:
    assert inside_aside(line) is None, line
    assert label_aside(line) is None, line
    assert between_paragraphs(line) is None


def test_a_share_label_with_its_network_is_set_aside() -> None:
    assert between_paragraphs("Share this with Email") == "noise:share-label"


def test_a_video_teaser_after_a_bar_is_set_aside() -> None:
    line = "WATCH | The new ferry arrives in the harbour for the first time"
    assert between_paragraphs(line) == "noise:video"


@pytest.mark.parametrize("piece", ["Les også Ny bro", "IMAGO/Nordbild Press", "Legende: die"])
def test_a_piece_of_a_sentence_cut_at_its_links_is_kept(piece: str) -> None:
    assert kept_inside_a_sentence(piece)


def test_a_caption_block_is_noise_that_names_its_rule() -> None:
    lines = [
        "The council voted on Monday to close the old bridge for the winter months.",
        "",
        "Die Fans feiern vor dem Stadion nach dem Sieg im Halbfinale. Foto: dpa",
        "",
        "Repairs will start in the spring and take two years, the mayor told reporters.",
    ]
    blocks = repair(lines).blocks
    assert [b.kind for b in blocks] == ["paragraph", "noise", "paragraph"]
    assert blocks[1].rule == "noise:caption"
    assert RULES["noise:caption-label"].block_kind == "noise"
    assert RULES["noise:shop-link"].block_kind == "noise"
    assert RULES["noise:stamp"].block_kind == "noise"


def test_the_rules_in_a_parsed_record() -> None:
    record = "\n".join(
        [
            " date 2024-05-02 https://example.org/brug",
            "Nieuwe brug in Utrecht open",
            "De brug werd na twee jaar werk geopend.",
            "De nieuwe brug over het kanaal is maandag geopend, zei de burgemeester tegen de pers.",
            "Bijschrift: De burgemeester bij de opening van de brug",
            "Lees ook Nieuwe fietsroute langs de Vecht",
            "Vanaf juni rijden er ook bussen over de brug, die de oude brug uit 1932 vervangt.",
            "29,95 € bij Fietshuis Noord",
            "De gemeente verwacht elke dag ongeveer vijfduizend fietsers op de nieuwe brug.",
        ]
    )
    [article] = newsdump.parse(record)
    noise = [(b.rule, b.text[:12]) for b in article.blocks if b.kind == "noise"]
    assert noise == [
        ("noise:caption-label", "Bijschrift: "),
        ("noise:read-also", "Lees ook Nie"),
        ("noise:shop-link", "29,95 € bij "),
    ]
    assert len(article.paragraphs) == 3


@given(st.text(max_size=CAPTION_MAX + 20))
def test_the_rules_never_crash_and_name_a_noise_rule(line: str) -> None:
    found = inside_aside(line)
    if found is not None:
        assert RULES[found.rule].block_kind == "noise"
        assert found.kind == "noise"


_WORDS = st.sampled_from(
    [
        "les",
        "lire",
        "aussi",
        "also",
        "on",
        "legende",
        "image",
        "caption",
        "bij",
        "at",
        "€",
        "$",
        "12",
        "29,95",
        "ook",
        "der",
        "rat",
        "la",
        "the",
        "brücke",
    ]
)


@given(st.lists(_WORDS, min_size=1, max_size=12))
def test_a_line_ending_in_a_full_stop_after_lower_case_is_no_teaser_nor_shop(
    words: list[str],
) -> None:
    line = " ".join(["Lire", "aussi", "le", *words]) + "."
    assert inside_aside(line) is None
    assert inside_aside(" ".join(["29,95", "€", "bij", "de", *words])) is None
