"""Junk inside the article, fourteenth session (issue #19 item 2): more words for the label
rules, the whole line a publisher's widget prints: a related-news label in German, French and
Spanish (``Ähnliche Nachrichten``, ``À découvrir``, ``Noticias relacionadas``, ``Lesetipp: …``
with its headline), a player's or a gallery's button (``Videobeitrag``, ``Zur Fotostrecke``),
and two stamps on a line without their colons (``Publisert … kl. 14.26 Oppdatert …``).  Each was
kept by the code before it (7621c27); sentences that use the words stay.

All text is invented for these tests.
"""

from __future__ import annotations

import pytest

from tests.target import private

_labels = private("_repair_labels")
_inside = private("_repair_inside")
_repair = private("_repair")


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Ähnliche Nachrichten", "noise:read-also"),
        ("Mehr ähnliche Nachrichten", "noise:read-also"),
        ("À découvrir", "noise:read-also"),
        ("Noticia relacionada", "noise:read-also"),
        ("Noticias relacionadas", "noise:read-also"),
        ("Článek", "noise:read-also"),
        ("Čtěte také: Nová linka do Osla", "noise:read-also"),
        ("Lesetipp: Neue Fähre fährt ab Juni nach Oslo", "noise:read-also"),
        ("Videobeitrag", "noise:media"),
        ("Video-Beschreibung einblenden", "noise:media"),
        ("Zur Fotostrecke", "noise:media"),
        ("Zur kompletten Fotostrecke", "noise:media"),
    ],
)
def test_a_widgets_line_is_a_label(line: str, rule: str) -> None:
    found = _labels.label_aside(line)
    assert found is not None
    assert found.rule == rule


@pytest.mark.parametrize(
    "line",
    [
        "Ähnliche Nachrichten gab es schon im vorigen Winter aus Kiel.",
        "Die Fähre ist im Videobeitrag des Senders am Abend zu sehen.",
        "À découvrir dans les environs, le vieux port et ses cafés.",
        "Las noticias relacionadas con el ferry llegaron el lunes.",
        "Článek o nové lince vyšel v pondělí.",
    ],
)
def test_a_sentence_with_the_words_stays(line: str) -> None:
    assert _labels.label_aside(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Publisert 12.09.2023, kl. 14.26 Oppdatert 12.09.2023, kl. 15.08",
        "Publicerad 12.03.2024 kl. 09.15 Uppdaterad 12.03.2024 kl. 11.40",
        "Publiceret 12.03.2024 kl. 09.15 Opdateret 12.03.2024 kl. 11.40",
    ],
)
def test_two_stamps_without_colons(line: str) -> None:
    assert _inside.stamp(line)
    found = _inside.inside_aside(line)
    assert found is not None
    assert found.rule == "noise:stamp"


def test_a_sentence_with_two_dates_is_no_stamp() -> None:
    line = "Publisert i fjor 05.08.2024 og oppdatert 06.08.2024 med nye tall fra byen."
    assert not _inside.stamp(line)


def test_a_related_box_inside_the_article_is_set_aside() -> None:
    lines = [
        "Die neue Fähre hat am Montag zum ersten Mal in Kiel angelegt, sagte der Hafenchef.",
        "Die Fahrgäste warteten mehr als eine Stunde auf dem Anleger, bis das Schiff ankam.",
        "Ähnliche Nachrichten",
        "Neue Linie nach Oslo startet im Juni",
        "Die Fähre fährt ab Juni jeden Tag zweimal nach Oslo, teilte die Reederei am Abend mit.",
        "Die Stadt rechnet im ersten Sommer mit rund vierzigtausend Fahrgästen auf der Linie.",
    ]
    blocks = _repair.repair(lines).blocks
    rules = [b.rule if b.kind == "noise" else None for b in blocks]
    assert rules == [None, None, "noise:read-also", "noise:teaser-headline", None, None]


_teasers = private("_repair_teasers")


@pytest.mark.parametrize(
    "line",
    [
        "Deixe sua opinião",
        "Inscreva-se na nossa newsletter e receba as notícias do porto",
        "Assine já e leia todas as reportagens sem limites",
        "Get email updates from the harbour desk",
    ],
)
def test_a_readers_prompt_in_portuguese_and_english(line: str) -> None:
    assert _teasers.prompt(line)


def test_a_sentence_with_a_prompts_words_stays() -> None:
    assert not _teasers.prompt("O porto assinou já em maio o contrato para a nova balsa.")


@pytest.mark.parametrize(
    "line", ["5 hours ago07:06 Anna Berg", "21 mins ago 11:48 Jens Holm", "2 hours ago10:05 Jane"]
)
def test_a_live_posts_relative_time_with_its_clock_and_author(line: str) -> None:
    found = _labels.label_aside(line)
    assert found is not None
    assert found.rule == "noise:relative-time"
    low = _labels.label_aside(line, line.lower())  # (the lower-case path answers the same)
    assert low is not None
    assert low.rule == "noise:relative-time"


def test_a_sentence_after_a_relative_time_stays() -> None:
    assert _labels.label_aside("5 hours ago07:06 Anna Berg said the ferry had left") is None
