"""More signs of the page's tail and a box's pitch at the stretch's end (issue #19, session 18).

After the article's last prose: a prompt to report an error, to print or mail the article, to
get the site's app or its newsletter in one's inbox, the next post's link in the languages
whose labels are no list label, a page's notice (enable JavaScript), a trial offer and a job
market's box (``Stellenmarkt``, an advert's ``(m/w/d)``) are signs that the tail has begun
(`tail_sign`).  And a short prose unit after such a sign at the stretch's very end is a box's
pitch, not the article's (`trimmed_end`).  All text is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdump._repair import repair
from newsdump._repair_tail_signs import tail_sign
from newsdump._repair_tail_trim import PITCH_WORDS, trimmed_end
from tests.test_junk_bounds import ARTICLE

SIGNS = [
    "Fehler gefunden? Jetzt melden.",
    "Haben Sie einen Fehler entdeckt?",
    "Report an error",
    "Signaler une erreur",
    "¿Encontraste un error?",
    "Segnala un errore",
    "Version imprimable",
    "Envoyer par e-mail",
    "Artikel drucken",
    "Article suivant",
    "Artículo siguiente: la ciudad abre el puente",
    "Older posts",
    "Bitte aktivieren Sie JavaScript.",
    "4 Wochen kostenlos testen",
    "Stellenmarkt",
    "Sachbearbeiter Buchhaltung (m/w/d)",
    "Pflegefachkraft in Teilzeit (w/m/d)",
    "Download our free app",
    "Jetzt die App herunterladen",
    "Téléchargez l'application",
    "Haber uygulamasını indirin, gelişmeleri kaçırmayın",
    "Die Nachrichten des Tages im Postfach",
    "Get the morning briefing in your inbox",
    "Encontrou algo errado na matéria?",
]

NOT_SIGNS = [
    "Der Rat hat einen Fehler gemacht",
    "The article continues next week",
    "Die Stadt sucht Personal für die Brücke",
    "Older residents remember the ferry",
    "The app was downloaded by thousands",
    "Encontrou o prefeito na praça",
]


@pytest.mark.parametrize("text", SIGNS)
def test_a_sign(text: str) -> None:
    assert tail_sign(text)


@pytest.mark.parametrize("text", NOT_SIGNS)
def test_not_a_sign(text: str) -> None:
    assert not tail_sign(text)


def _rules(lines: list[str]) -> dict[str, str | None]:
    return {b.text: b.rule if b.kind == "noise" else None for b in repair(lines).blocks}


def test_a_job_market_after_the_article_goes() -> None:
    jobs = [
        "Stellenmarkt",
        "Sachbearbeiter Buchhaltung (m/w/d)",
        "Muster Logistik GmbH",
        "Elektriker für Gebäudetechnik (m/w/d)",
        "Stadtwerke Beispielstadt",
    ]
    rules = _rules([*ARTICLE["de"], *jobs])
    assert all(rules[line] == "noise:tail" for line in jobs)
    assert all(rules[line] is None for line in ARTICLE["de"])


PITCH = {
    "en": ["Newsletter", "The Morning", "The best start to your day with the news from the city."],
    "de": ["Newsletter", "Der Morgen", "Der beste Start in den Tag mit den Nachrichten der Stadt."],
    "fr": [
        "Newsletter",
        "Le Matin",
        "Le meilleur début de journée avec les nouvelles de la ville.",
    ],
}


@pytest.mark.parametrize("lang", sorted(PITCH))
def test_a_newsletters_pitch_at_the_stretchs_end_goes(lang: str) -> None:
    rules = _rules([*ARTICLE[lang], *PITCH[lang], "Weitere Newsletter", "Impressum"])
    assert all(rules[line] is not None for line in PITCH[lang][:2])  # (the pitch is prose)
    assert all(rules[line] is None for line in ARTICLE[lang])


def test_two_paragraphs_after_the_sign_stay() -> None:
    """Two prose units after the sign: the article goes on after a newsletter's mention."""
    texts = ["The council voted on Monday.", "Newsletter", "It met again.", "It voted again."]
    units = [(0, 1, True), (1, 2, False), (2, 3, True), (3, 4, True)]
    assert trimmed_end(texts, units, 4) == 4


@given(st.integers(min_value=1, max_value=90))
def test_only_a_short_unit_is_a_pitch(words: int) -> None:
    pitch = " ".join(["word"] * words) + "."
    texts = ["The council voted on Monday to close the bridge.", "Newsletter", pitch]
    units = [(0, 1, True), (1, 2, False), (2, 3, True)]
    assert trimmed_end(texts, units, 3) == (1 if words < PITCH_WORDS else 3)
