"""The page's tail takes a related article's byline (issue #19 item 1, ninth session).

After the article's end the bounds set aside the page's tail; a line another rule read as a
byline (``Von Tom Lind``) or a list item is a teaser's credit or a menu's entry there, and the
tail now takes it too.  Before the article a byline is the article's own and stays.  All text is
invented for these tests.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdump._repair import repair

ARTICLE = {
    "de": [
        "Der Rat hat am Montag beschlossen, die alte Brücke über den Winter zu sperren.",
        "Die Arbeiten sollen im Frühjahr beginnen und zwei Jahre dauern, sagte die Stadträtin.",
        "Die Stadt hat für die Reparatur der Brücke rund vier Millionen Euro eingeplant.",
    ],
    "en": [
        "The council voted on Monday to close the old bridge for the winter months.",
        "Repairs will start in the spring and take two years, the mayor told reporters.",
        "The city has set aside about four million euros for the repair of the bridge.",
    ],
    "fr": [
        "Le conseil a voté lundi la fermeture du vieux pont pendant les mois d'hiver.",
        "Les travaux commenceront au printemps et dureront deux ans, a dit la maire.",
        "La ville a prévu environ quatre millions d'euros pour la réparation du pont.",
    ],
    "es": [
        "El ayuntamiento votó el lunes cerrar el viejo puente durante los meses de invierno.",
        "Las obras empezarán en primavera y durarán dos años, dijo la alcaldesa a la prensa.",
        "La ciudad ha reservado unos cuatro millones de euros para la reparación del puente.",
    ],
}

# a label over the most read articles, then two teasers: headline, standfirst, the author's byline
TEASERS = {
    "de": [
        "Meistgelesen",
        "Hochwasser an der Hafenstraße",
        "Die Straße am Hafen steht zum dritten Mal in diesem Jahr unter Wasser.",
        "Von Tom Lind",
        "Neue Tramlinie ab Mai",
        "Die Linie 4 fährt bald bis zum Bahnhof.",
        "Von Mia Roe",
    ],
    "en": [
        "Most read",
        "Floods close the harbour road",
        "The road by the harbour is under water for the third time this year.",
        "By Tom Lind",
        "New tram line from May",
        "Line 4 will soon run to the station.",
        "By Mia Roe",
    ],
    "fr": [
        "Les plus lus",
        "La route du port inondée",
        "La route du port est sous l'eau pour la troisième fois cette année.",
        "Par Tom Lind",
        "Une nouvelle ligne de tram en mai",
        "La ligne 4 ira bientôt jusqu'à la gare.",
        "Par Mia Roe",
    ],
    "es": [
        "Lo más leído",
        "Inundada la calle del puerto",
        "La calle del puerto está bajo el agua por tercera vez este año.",
        "Por Tom Lind",
        "Nueva línea de tranvía en mayo",
        "La línea 4 llegará pronto hasta la estación.",
        "Por Mia Roe",
    ],
}


def _kinds(lines: list[str]) -> dict[str, tuple[str, str | None]]:
    """Each block's text: its kind and rule."""
    return {b.text: (b.kind, b.rule) for b in repair(lines).blocks}


@pytest.mark.parametrize("lang", sorted(ARTICLE))
def test_a_teasers_byline_in_the_tail_is_tail(lang: str) -> None:
    lines = [*ARTICLE[lang], *TEASERS[lang]]
    kinds = _kinds(lines)
    for line in (TEASERS[lang][3], TEASERS[lang][6]):
        assert kinds[line] == ("noise", "noise:tail")  # was a byline block, kept in the text
    for line in ARTICLE[lang]:
        assert kinds[line] == ("paragraph", None)


@pytest.mark.parametrize("lang", sorted(ARTICLE))
def test_the_articles_own_byline_before_it_stays(lang: str) -> None:
    by = TEASERS[lang][3]
    lines = [by, *ARTICLE[lang], *TEASERS[lang]]
    blocks = repair(lines).blocks
    assert blocks[0].text == by
    assert blocks[0].kind == "byline"


@given(
    lang=st.sampled_from(sorted(ARTICLE)),
    cut=st.integers(min_value=0, max_value=7),
    extra=st.lists(st.sampled_from([t for ts in TEASERS.values() for t in ts]), max_size=6),
)
def test_every_line_stays_in_some_block(lang: str, cut: int, extra: list[str]) -> None:
    # nothing lost: the tail sets lines aside, in order, never drops them
    lines = [*ARTICLE[lang], *TEASERS[lang][:cut], *extra]
    blocks = repair(lines).blocks
    covered = [n for b in blocks for n in range(b.first_line, b.last_line + 1)]
    assert covered == list(range(1, len(lines) + 1))
    assert all(b.kind == "paragraph" for b in blocks[:3])
