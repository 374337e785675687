"""The record's language (``_language.py``) and what the repair does with it: a line's last word
is read against the function words of the record's language.  Every example is invented for
these tests (no corpus text)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdump import _text as tx
from newsdump._language import (
    FUNCTION_WORDS_OF,
    ends_in_attributive,
    function_words,
    guess_language,
)
from newsdump._repair import apply_edits, explain, repair

SAMPLES = {
    "en": "The council said on Monday that the new bridge will be open to traffic by the end of"
    " the year, and that it has found the money for it.",
    "de": "Die Stadt hat am Montag mitgeteilt, dass die neue Brücke bis zum Ende des Jahres für"
    " den Verkehr freigegeben wird und das Geld dafür auch schon da ist.",
    "fr": "La mairie a annoncé lundi que le nouveau pont sera ouvert à la circulation avant la"
    " fin de l'année et que les fonds pour les travaux sont déjà réunis dans le budget.",
    "es": "El ayuntamiento dijo el lunes que el nuevo puente estará abierto al tráfico antes de"
    " que acabe el año y que los fondos para las obras ya están en el presupuesto.",
    "pt": "A prefeitura disse na segunda-feira que a nova ponte não vai abrir antes do fim do"
    " ano e que o dinheiro para as obras já foi reservado pelo governo com os bancos.",
    "it": "Il comune ha detto lunedì che il nuovo ponte non sarà aperto prima della fine"
    " dell'anno e che i fondi per i lavori sono già nel bilancio della città con gli altri.",
    "nl": "De gemeente zei maandag dat de nieuwe brug niet voor het einde van het jaar open is"
    " en dat het geld voor de werken al op de begroting staat bij de stad.",
    "sv": "Kommunen sa på måndagen att den nya bron inte är klar för trafik före årets slut och"
    " att pengarna för bygget redan finns med i budgeten som det var sagt.",
    "da": "Kommunen sagde mandag at den nye bro ikke er klar til trafik før årets udgang og at"
    " pengene til byggeriet allerede er med i budgettet som det var aftalt.",
    "pl": "Miasto poinformowało w poniedziałek, że nowy most nie jest jeszcze gotowy i że"
    " pieniądze na budowę są już w budżecie, ale prace potrwają do końca roku.",
    "cs": "Město v pondělí oznámilo, že nový most je téměř hotový a že peníze na stavbu jsou už"
    " v rozpočtu, který to jako jediný zajistí pro celé město.",
    "tr": "Belediye pazartesi günü yeni köprünün bu yıl sonuna kadar açılacağını ve bunun için"
    " gerekli olan paranın da bütçede olduğunu açıkladı, bu çok daha iyi bir haber gibi.",
}
"""Invented news sentences, one per language the guess knows."""


@pytest.mark.parametrize("language", sorted(SAMPLES))
def test_guess_language_reads_each_language(language: str) -> None:
    assert guess_language([SAMPLES[language]] * 3) == language


@pytest.mark.parametrize(
    "lines",
    [
        [],
        ["Anna Berg", "Jane Roe", "Photo: Ola Nordmann"],  # names: no function words
        ["京都市は月曜日、新しい橋が年末までに開通すると発表した。"] * 5,  # uncased, unlisted
        ["Anna Berg und Jane Roe in Berlin, the band"] * 3,  # too few common words
    ],
)
def test_guess_language_gives_up_when_the_sample_does_not_tell(lines: list[str]) -> None:
    assert guess_language(lines) == ""


def test_guess_language_reads_a_bounded_sample() -> None:
    # a long English record with a German tail: only the first characters are read
    assert guess_language([SAMPLES["en"]] * 20 + [SAMPLES["de"]] * 200) == "en"


def test_guess_language_reads_part_of_one_huge_line() -> None:
    assert guess_language([SAMPLES["de"] * 30_000]) == "de"  # 4 MB: the first characters tell


@given(st.lists(st.text(max_size=80), max_size=30))
def test_guess_language_never_fails_and_names_a_known_language(lines: list[str]) -> None:
    language = guess_language(lines)
    assert language == "" or language in FUNCTION_WORDS_OF


def test_unknown_language_reads_every_list() -> None:
    assert function_words("") == tx.FUNCTION_WORDS
    for words in tx.FUNCTION_WORDS_BY_LANGUAGE.values():
        assert words <= tx.FUNCTION_WORDS


@pytest.mark.parametrize(
    ("language", "word", "expected"),
    [
        ("de", "her", False),  # "Das ist lange her": "ago"
        ("en", "her", True),
        ("en", "door", False),  # Dutch "through", an English noun
        ("en", "do", False),  # Portuguese "of the", an English verb
        ("en", "an", True),  # a German verb particle ("er rief an"), an English article
        ("de", "an", False),
        ("de", "in", True),  # shared with English: each language keeps it
        ("es", "de", True),
        ("fr", "à", True),
        ("pt", "no", True),  # "in the"; Spanish "not"
        ("es", "no", False),
        ("de", "в", True),  # other scripts keep their own
    ],
)
def test_function_words_of_a_known_language(language: str, word: str, expected: bool) -> None:
    assert (word in function_words(language)) is expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Die Regierung stellte gestern der neuen", True),
        ("Wir haben uns für eine ausführliche", True),
        ("Mehr dazu in unserem kostenlosen", True),
        ("Schritt 3: Kneten und formen", False),  # a verb after a conjunction
        ("Das schmeckt am besten", False),  # a superlative ends sentences
        ("Wie lange ist das her", False),  # "ago", and "das" is a pronoun as often
        ("Das sagen die anderen", False),  # a pronoun
        ("Die Regierung stellte gestern der Bundesregierung", False),  # a noun
        ("der neuen", True),
        ("neuen", False),
    ],
)
def test_german_article_and_adjective_wait_for_the_noun(line: str, expected: bool) -> None:
    assert ends_in_attributive(line, "de") is expected
    assert not ends_in_attributive(line, "en")


GERMAN = [
    "Die Stadt hat am Montag mitgeteilt, dass die neue Brücke bis zum Ende des Jahres für den"
    " Verkehr freigegeben wird.",
    "Der Bürgermeister sagte, das Geld sei da und die Arbeiten seien nicht mehr aufzuhalten.",
]
"""A German record's first paragraphs: enough words for the guess."""


def test_german_her_ends_a_heading() -> None:
    # "her" is an English function word; in a German record it is "ago" and ends the heading
    lines = [
        *GERMAN,
        "Wie lange ist das her",
        "Die erste Brücke an dieser Stelle wurde vor zweihundert Jahren gebaut, sagte er.",
    ]
    rep = repair(lines)
    assert [b.kind for b in rep.blocks] == ["paragraph", "paragraph", "heading", "paragraph"]


def test_german_adjective_before_its_noun_is_joined() -> None:
    lines = [
        *GERMAN,
        "Die Pläne wurden gestern der neuen",
        "Bundesregierung vorgestellt, die sie prüfen will.",
    ]
    rep = repair(lines)
    assert rep.blocks[-1].text == (
        "Die Pläne wurden gestern der neuen Bundesregierung vorgestellt, die sie prüfen will."
    )
    assert [r.rule for r in explain(lines)][-1] == "function-word-at-end"


def test_english_verb_spelled_like_a_foreign_article_ends_a_heading() -> None:
    lines = [
        "The council said on Monday that the new bridge will be open to traffic by the end of"
        " the year.",
        "It has found the money for it, and the work is on time, the mayor said.",
        "What the council can do",
        "The bridge is the third to be built on the site since the war, and it is the longest.",
    ]
    assert [b.kind for b in repair(lines).blocks] == [
        "paragraph",
        "paragraph",
        "heading",
        "paragraph",
    ]


def test_german_closing_quote_after_low_opening_quote_continues() -> None:
    lines = [
        *GERMAN,
        "Das Gericht hat den Antrag „unter dem Gesichtspunkt einer extremen",
        "Notlage",
        "“ gewährt, wie eine Sprecherin am Dienstag sagte.",
    ]
    rep = repair(lines)
    assert rep.blocks[-1].text == (
        "Das Gericht hat den Antrag „unter dem Gesichtspunkt einer extremen Notlage“ gewährt,"
        " wie eine Sprecherin am Dienstag sagte."
    )
    assert apply_edits(lines, rep.edits) == rep.blocks


def test_english_opening_curly_quote_is_not_a_closer() -> None:
    lines = [
        "The mayor opened the bridge on Monday and thanked the workers who built it in two years.",
        "Ahead of the vote",
        "“We have waited long enough,” she said to the crowd at the bridge on Monday morning.",
    ]
    assert [b.kind for b in repair(lines).blocks] == ["paragraph", "heading", "paragraph"]


def test_a_word_before_a_stop_or_comma_counts() -> None:
    # the repair joins a line and the punctuation cut off after it ("… nicht" / "."): the
    # guess reads a word before a stop as it reads it alone, or repairing the repair's output
    # reads the record in another language
    said = "Sie kam nicht. Er auch nicht. Wir wissen, was wir sind. Das ist die, die er sucht."
    assert guess_language([said]) == "de"
