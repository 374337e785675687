"""Junk inside the article, twelfth session (issue #19 item 2): a teaser's headline above its
date alone (``noise:dated-headline``) and a pull quote's attribution (``noise:pull-quote``).
Every example set aside here was kept by the code before it (2016bef); bylines, names, a
sentence, a telephone number, an interview's speaker, a heading and a section about a person
stay.

All text is invented for these tests.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdump import parse
from newsdump._repair import repair
from newsdump._repair_attribution import pull_quote
from newsdump._repair_dated import dated_headline
from newsdump._repair_registry import RULES
from newsdump._repair_teasers import TEASER_RULES


def _rules(lines: list[str]) -> list[str | None]:
    """The rule of each line's block (None: kept), one block a line."""
    blocks = repair(lines).blocks
    assert len(blocks) == len(lines)
    return [b.rule if b.kind == "noise" else None for b in blocks]


# (paragraph before, two teasers' headlines and dates, paragraph after), one language each
DATED = [
    (
        "Der Stadtrat hat am Montag beschlossen, die alte Brücke über den Winter zu sperren.",
        [("Neue Fähre für die Inseln bestellt", "23.12.2024"), ("Hafen wächst", "22.12.2024")],
        "Die Arbeiten sollen im Frühjahr beginnen und etwa zwei Jahre dauern, hieß es.",
    ),
    (
        "The council voted on Monday to close the old bridge for the winter months, she said.",
        [("Council approves the new ferry route", "March 3, 2024"), ("Pier reopens", "2024-03-01")],
        "Repairs will start in the spring and take two years, the mayor told reporters.",
    ),
    (
        "Městská rada v pondělí rozhodla, že starý most bude přes zimu uzavřen pro dopravu.",
        [
            ("Nová vláda si už chystá výmluvy", "31. 10. 2025 17:46"),
            ("Přístav roste", "30. 10. 2025 09:12"),
        ],
        "Oprava začne na jaře a potrvá dva roky, řekl starosta novinářům po jednání rady.",
    ),
    (
        "Le conseil municipal a voté lundi la fermeture du vieux pont pendant tout l'hiver.",
        [("Le port de Brest rouvre ses quais", "12/03/2024"), ("Grève à Lorient", "11/03/2024")],
        "Les travaux commenceront au printemps et dureront deux ans, selon le maire.",
    ),
]


@pytest.mark.parametrize(("first", "teasers", "last"), DATED)
def test_a_teasers_headline_above_its_date_is_set_aside(
    first: str, teasers: list[tuple[str, str]], last: str
) -> None:
    lines = [first, *(line for pair in teasers for line in pair), last]
    rules = _rules(lines)
    assert rules[1] == "noise:dated-headline"
    assert rules[2] in ("noise:dated-headline", "noise:stamp")  # (its date, a stamp's or ours)
    assert rules[3] is not None  # (the second; a run of dates and headlines may take it first)
    assert (rules[0], rules[-1]) == (None, None)


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Von Anna Berg", "23.12.2024"),
        ("By Jane Roe and Tom Lee", "March 3, 2024"),
        ("Por Ana Pérez", "03.03.2024"),
        ("Anna Berg", "23.12.2024"),
        ("Jens Holm, NDR", "28.04.2020 21:38 Uhr"),
        ("Autor: Anna Berg und Tom Lee", "05.01.2025, 15:23"),
        ("The ferry leaves the harbour at dawn.", "March 3, 2024"),
        ("Aktuell", "10.11.2021"),
        ("51 Harbour Street, Nordby", "313-974-7441"),
    ],
)
def test_a_byline_a_name_a_sentence_or_an_address_above_a_date_is_no_teaser(
    line: str, date: str
) -> None:
    assert not dated_headline([line, date], 0)


def test_a_heading_followed_by_its_text_stays() -> None:
    first, _, last = DATED[0]
    lines = [first, "Neue Fähre für die Inseln", last, "Die Stadt zahlt die Hälfte der Kosten."]
    assert "noise:dated-headline" not in _rules(lines)


def _quoted(quote: str, name: str, about: str, after: str) -> list[str]:
    return [about, quote, name, after]


# (a paragraph naming the speaker, the quote, the attribution, the next paragraph)
PULL_QUOTES = [
    (
        "Der Trainer Murat Berg hat die Mannschaft im Mai übernommen und will auch in der "
        "nächsten Saison bleiben, wie er am Montag sagte.",
        "Wir haben heute alles gegeben, was wir hatten.",
        "Murat Berg, Trainer",
        "Am Samstag trifft die Mannschaft in Kiel auf den Tabellenführer aus dem Norden.",
    ),
    (
        "Anna Lind has coached the team since May, and on Monday she told reporters that she "
        "would stay on next season.",
        "We gave everything we had today, and it was not enough.",
        "Anna Lind",
        "The team plays the league leaders in Nordby on Saturday, in front of a full stadium.",
    ),
    (
        "L'entraîneur Marc Le Goff a pris l'équipe en mai et compte rester la saison prochaine, "
        "a-t-il déclaré lundi.",
        "Nous avons tout donné aujourd'hui, et cela n'a pas suffi.",
        "— Marc Le Goff",
        "Samedi, l'équipe affronte le leader du championnat à Brest, devant un stade plein.",
    ),
    (
        "El entrenador Pablo Ruiz llegó al equipo en mayo y quiere seguir la próxima temporada, "
        "según dijo el lunes.",
        "Hoy lo hemos dado todo y no ha sido suficiente.",
        "Pablo Ruiz, entrenador del club",
        "El sábado el equipo juega en Vigo contra el líder de la liga, con el estadio lleno.",
    ),
]


@pytest.mark.parametrize(("about", "quote", "name", "after"), PULL_QUOTES)
def test_a_pull_quotes_attribution_is_set_aside(
    about: str, quote: str, name: str, after: str
) -> None:
    rules = _rules(_quoted(quote, name, about, after))
    assert rules == [None, None, "noise:pull-quote", None]  # (the quote itself stays)


def test_parse_names_the_rule_and_keeps_the_name() -> None:
    about, quote, name, after = PULL_QUOTES[0]
    record = "\n".join([" date 2024-03-02 https://example.org/spiel", "Alles gegeben", about])
    record += "\n" + "\n".join([about, quote, name, after])
    [article] = parse(record)
    assert [(b.rule, b.text) for b in article.blocks if b.kind == "noise"] == [
        ("noise:pull-quote", name)
    ]
    assert quote in article.text


def test_an_interviews_speaker_after_a_question_stays() -> None:
    about, _, name, after = PULL_QUOTES[1]
    lines = [about, "Will you stay on next season, whatever the result?", name, after]
    assert _rules(lines)[2] is None


def test_a_section_about_the_person_stays() -> None:
    about, quote, name, _ = PULL_QUOTES[1]
    lines = [about, quote, name, "Anna Lind was born in Nordby and played for the club herself."]
    assert _rules(lines)[2] is None


def test_a_name_the_article_never_mentions_stays() -> None:
    _, quote, _, after = PULL_QUOTES[0]
    about = "Die Mannschaft hat am Samstag knapp verloren, nachdem sie lange geführt hatte."
    assert (
        _rules([about + " Danach war die Stimmung gedrückt.", quote, "Jens Holm", after])[2] is None
    )


def test_a_heading_whose_first_word_is_a_common_word_stays() -> None:
    about = (
        "Wer ein Auto least, zahlt jeden Monat eine Rate; das Leasing endet nach drei Jahren, "
        "wenn der Vertrag nichts anderes sagt."
    )
    texts = [about, "Am Ende gehört das Auto der Bank.", "Das Leasing", "Leasen heißt mieten."]
    assert not pull_quote(texts, [".", ".", "", "."], [False] * 4, 2)


def test_the_rules_are_registered_as_noise_and_counted_with_the_teasers() -> None:
    for name in ("noise:dated-headline", "noise:pull-quote"):
        assert name in TEASER_RULES
        assert RULES[name].block_kind == "noise"


_WORDS = st.sampled_from(["Anna", "Berg", "the", "ferry", "Nordby", "left", "at", "dawn"])
_LINE = st.lists(_WORDS, min_size=1, max_size=12).map(" ".join)
_END = st.sampled_from(["", ".", "?", ":"])


@given(st.lists(st.tuples(_LINE, _END), min_size=3, max_size=8), st.data())
def test_a_pull_quote_is_a_short_unfinished_line_after_a_finished_one(
    pairs: list[tuple[str, str]], data: st.DataObject
) -> None:
    texts = [line + end for line, end in pairs]
    term = [end for _, end in pairs]
    cont = [t[:1].islower() for t in texts]
    i = data.draw(st.integers(0, len(texts) - 1))
    if pull_quote(texts, term, cont, i):
        assert 0 < i < len(texts) - 1
        assert not term[i]
        assert term[i - 1] in ".!…"
        assert not cont[i - 1]
