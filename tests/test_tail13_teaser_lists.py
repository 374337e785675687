"""A teaser list after the article (issue #19, session 15, tail13): other articles' headlines,
each with its kicker and its summary, item after item at one distance (``Sport`` / ``Der Verein
gewinnt das Derby`` / ``Der Verein hat am Sonntag …``).  Each summary is a finished sentence, so
the article's stretch ran on across the list to its last summary and kept it all.  Read as a run
(`_repair_tail_lists.teaser_lists`), the list is a barrier the stretch does not cross (when the
article before it holds more prose) and the tail's first sign (`teaser_list_at`); the summaries
then go as `noise:teaser-ledes`.  An article's own sections stay: sub-headings with two
paragraphs or more, or one paragraph each (no regular distance of three), numbered items, and
labels ending in a colon.

All text is invented for these tests.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.target import private

repair = private("_repair").repair
tl = private("_repair_tail_lists")
tr = private("_repair_tail_runs")

ARTICLE = {
    "de": [
        "Der Rat hat am Montag beschlossen, die alte Brücke über den Winter zu sperren.",
        "Die Arbeiten sollen im Frühjahr beginnen und zwei Jahre dauern, sagte die Stadträtin.",
        "Die Stadt hat für die Reparatur der Brücke rund vier Millionen Euro eingeplant.",
        "Pendler sollen in der Zeit mit einer Fähre über den Fluss gebracht werden, hieß es.",
        "Der Fährbetrieb soll alle zwanzig Minuten fahren und für Schüler kostenlos sein.",
    ],
    "en": [
        "The council voted on Monday to close the old bridge for the winter months.",
        "Repairs will start in the spring and take two years, the mayor told reporters.",
        "The city has set aside about four million pounds for the work on the bridge.",
        "Commuters will be taken across the river by ferry in the meantime, she said.",
        "The ferry is to run every twenty minutes and will be free for pupils and students.",
    ],
    "fr": [
        "Le conseil a voté lundi la fermeture du vieux pont pendant les mois d'hiver.",
        "Les travaux commenceront au printemps et dureront deux ans, a dit la maire.",
        "La ville a prévu environ quatre millions d'euros pour la réparation du pont.",
        "Les navetteurs traverseront le fleuve en bac pendant ce temps, a-t-elle ajouté.",
        "Le bac passera toutes les vingt minutes et sera gratuit pour les élèves du lycée.",
    ],
    "es": [
        "El ayuntamiento votó el lunes cerrar el viejo puente durante los meses de invierno.",
        "Las obras empezarán en primavera y durarán dos años, dijo la alcaldesa a la prensa.",
        "La ciudad ha reservado unos cuatro millones de euros para la reparación del puente.",
        "Mientras tanto, los viajeros cruzarán el río en un transbordador, añadió la alcaldesa.",
        "El transbordador saldrá cada veinte minutos y será gratuito para los escolares.",
    ],
}

ITEMS = {  # (kicker, headline, summary) of other articles
    "de": [
        (
            "Sport",
            "Der Verein gewinnt das Derby",
            "Der Verein hat das Derby am Sonntag in der letzten Minute mit zwei zu eins gewonnen.",
        ),
        (
            "Kultur",
            "Das Theater zeigt drei neue Stücke",
            "Das Stadttheater bringt im Herbst drei neue Stücke junger Autorinnen auf die Bühne.",
        ),
        (
            "Wirtschaft",
            "Heizöl wird wieder teurer",
            "Die Preise für Heizöl sind in der zweiten"
            " Woche in Folge deutlich gestiegen, melden die Händler.",
        ),
        (
            "Region",
            "Neuer Radweg am Ufer",
            "Der Radweg am Ufer wird bis zum Sommer verbreitert"
            " und bekommt eine neue Beleuchtung für den Winter.",
        ),
    ],
    "en": [
        (
            "Sport",
            "Club wins the derby at last",
            "The club won the derby on Sunday with a goal in the last minute of the second half.",
        ),
        (
            "Culture",
            "Theatre opens three new plays",
            "The city theatre will stage three new plays by young writers this autumn and winter.",
        ),
        (
            "Money",
            "Heating oil prices rise again",
            "Heating oil prices rose sharply for the second week in a row, dealers said on Friday.",
        ),
        (
            "Region",
            "Riverside cycle path widened",
            "The riverside cycle path will be widened"
            " by the summer and get new lights for the winter.",
        ),
    ],
    "fr": [
        (
            "Sport",
            "Le club remporte enfin le derby",
            "Le club a remporté le derby dimanche grâce à un but marqué dans la dernière minute.",
        ),
        (
            "Culture",
            "Trois nouvelles pièces au théâtre",
            "Le théâtre municipal montera cet"
            " automne trois pièces de jeunes autrices de la région.",
        ),
        (
            "Économie",
            "Le fioul augmente encore",
            "Le prix du fioul a nettement augmenté pour"
            " la deuxième semaine de suite, selon les négociants.",
        ),
        (
            "Région",
            "La piste cyclable élargie",
            "La piste cyclable le long du fleuve sera"
            " élargie d'ici l'été et recevra un nouvel éclairage.",
        ),
    ],
    "es": [
        (
            "Deportes",
            "El club gana por fin el derbi",
            "El club ganó el derbi el domingo con un gol en el último minuto del segundo tiempo.",
        ),
        (
            "Cultura",
            "El teatro estrena tres obras",
            "El teatro municipal estrenará este otoño"
            " tres obras nuevas de autoras jóvenes de la región.",
        ),
        (
            "Economía",
            "El gasóleo vuelve a subir",
            "El precio del gasóleo subió con fuerza por"
            " segunda semana consecutiva, según los distribuidores.",
        ),
        (
            "Región",
            "Se amplía el carril bici",
            "El carril bici junto al río se ampliará antes"
            " del verano y tendrá una nueva iluminación.",
        ),
    ],
}
FOOTER = "© 2024 Hafenblatt Medien"


def blocks(lines: list[str]) -> dict[str, tuple[str, str | None]]:
    return {b.text: (b.kind, b.rule) for b in repair(lines).blocks}


def kept(lines: list[str]) -> list[str]:
    return [b.text for b in repair(lines).blocks if b.kind != "noise"]


@pytest.mark.parametrize("lang", sorted(ITEMS))
@pytest.mark.parametrize("count", [3, 4])
def test_a_teaser_list_after_the_article_is_the_pages(lang: str, count: int) -> None:
    teasers = [line for item in ITEMS[lang][:count] for line in item]
    lines = [*ARTICLE[lang], *teasers, FOOTER]
    found = blocks(lines)
    for kicker, headline, summary in ITEMS[lang][:count]:
        assert found[kicker] == ("noise", "noise:tail")
        assert found[headline] == ("noise", "noise:tail")
        assert found[summary] == ("noise", "noise:teaser-ledes")  # (kept, on the starting commit)
    assert kept(lines) == ARTICLE[lang]


@pytest.mark.parametrize("lang", sorted(ITEMS))
def test_two_teasers_are_no_list(lang: str) -> None:
    # (fewer than `LEDE_RUN` summaries: a box of two as often as an article's last sections)
    teasers = [line for item in ITEMS[lang][:2] for line in item]
    lines = [*ARTICLE[lang], *teasers, FOOTER]
    assert [s for _, _, s in ITEMS[lang][:2]] == [t for t in kept(lines) if t in teasers[2::3]]


@pytest.mark.parametrize("lang", sorted(ITEMS))
def test_numbered_items_are_the_articles_own(lang: str) -> None:
    # a list article: "1. Sport" / its headline / its paragraph, again and again
    numbered = [
        line
        for k, (kicker, headline, summary) in enumerate(ITEMS[lang], 1)
        for line in (f"{k}. {kicker}", headline, summary)
    ]
    lines = [*ARTICLE[lang], *numbered, FOOTER]
    assert [s for _, _, s in ITEMS[lang]] == [t for t in kept(lines) if t.endswith(".")][5:]


def test_labels_ending_in_a_colon_are_the_articles_own() -> None:
    # a guide's conditions, each over its answer
    sections = [
        "Wenn die Fähre ausfällt:",
        "Busse ersetzen sie",
        "Dann fahren Ersatzbusse über die Autobahnbrücke im Norden der Stadt, sagt der Betrieb.",
        "Wenn der Fluss zufriert:",
        "Die Fähre bleibt im Hafen",
        "Dann bleibt die Fähre im Hafen, und die Busse fahren die ganze Nacht hindurch.",
        "Wenn die Brücke früher fertig ist:",
        "Der Verkehr rollt wieder",
        "Dann wird sie sofort geöffnet, auch wenn die Arbeiten am Geländer noch laufen.",
    ]
    lines = [*ARTICLE["de"], *sections, FOOTER]
    summaries = [t for t in sections if t.endswith(".")]
    assert [t for t in kept(lines) if t in summaries] == summaries


SUBHEADS = [
    "Die Kosten",
    "Der Zeitplan",
    "Die Umleitung",
    "Die Kritik",
    "Die Fähre",
    "Der Ausblick",
]
PARAGRAPHS = [line for lang in sorted(ARTICLE) for line in ARTICLE[lang]]


@given(
    sizes=st.lists(st.integers(2, 3), min_size=3, max_size=6),
    start=st.integers(0, len(PARAGRAPHS) - 1),
)
def test_sections_of_two_paragraphs_or_more_are_kept(sizes: list[int], start: int) -> None:
    # sub-heading, paragraph, paragraph (…): a paragraph never stands alone between two lines
    # that are not prose, so no summary is read
    lines = list(ARTICLE["de"])
    k = start
    for heading, size in zip(SUBHEADS, sizes, strict=False):
        lines.append(heading)
        for _ in range(size):
            lines.append(PARAGRAPHS[k % len(PARAGRAPHS)])
            k += 1
    assert "noise:teaser-ledes" not in {b.rule for b in repair(lines).blocks}


@given(st.lists(st.booleans(), max_size=40), st.integers(0, 40))
def test_a_teaser_list_is_regular(prose: list[bool], lo: int) -> None:
    units = [(k, k + 1, good) for k, good in enumerate(prose)]
    for start in tl.teaser_lists(units, lo):
        assert start >= lo
        assert not units[start][2]
        ledes = [k for k in range(start, len(units)) if units[k][2]]
        assert len(ledes) >= tl.LEDE_RUN
        period = ledes[1] - ledes[0]
        assert period >= tl.LEDE_PERIOD
        assert ledes[0] - start == period - 1  # (the first item as long as the others)
        assert ledes[1] - ledes[0] == ledes[2] - ledes[1] == period


def test_the_barrier_needs_more_prose_before_the_list() -> None:
    article = [(k, k + 1, True) for k in range(4)]
    items = [(4 + k, 5 + k, k % 3 == 2) for k in range(9)]
    units = [*article, *items, (13, 14, False)]
    assert tr.junk_runs(units, [False] * 14, 0, 12) == [4]
    short = [*article[:3], *[(a - 1, b - 1, good) for a, b, good in units[4:]]]
    assert tr.junk_runs(short, [False] * 13, 0, 11) == []  # (3 paragraphs before, 3 after)
