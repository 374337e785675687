"""Junk inside the article, twelfth session (issue #19 item 2): a teaser's headline above its
date alone, and that date (``noise:dated-headline``).  Every example set aside here was kept by
the code before it (2016bef); bylines, names, a sentence, a telephone number, an embedded
post's author and a heading followed by its text stay.

All text is invented for these tests.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdump._repair import repair
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
            ("Nový ministr už hledá výmluvy", "31. 10. 2025 16:28"),
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
        ("Jens Holm, NDR", "28.04.2020 20:14 Uhr"),
        ("Autor: Anna Berg und Tom Lee", "05.01.2025, 14:52"),
        ("The ferry leaves the harbour at dawn.", "March 3, 2024"),
        ("Aktuell", "10.11.2021"),
        ("51 Harbour Street, Nordby", "555-013-2749"),
        ("— Anna Berg (@annaberg)", "6. März 2018"),
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


def test_the_rule_is_registered_as_noise_and_counted_with_the_teasers() -> None:
    assert "noise:dated-headline" in TEASER_RULES
    assert RULES["noise:dated-headline"].block_kind == "noise"


_WORDS = st.sampled_from(["Anna", "Berg", "the", "ferry", "left", "Von", "23.12.2024", "a"])
_LINE = st.lists(_WORDS, min_size=1, max_size=24).map(" ".join)


@given(st.lists(_LINE, min_size=2, max_size=8), st.data())
def test_a_dated_headline_is_a_short_unfinished_line_before_a_date(
    texts: list[str], data: st.DataObject
) -> None:
    i = data.draw(st.integers(0, len(texts) - 1))
    if dated_headline(texts, i):
        assert i + 1 < len(texts)
        assert texts[i + 1] == "23.12.2024"  # (the only date alone the lines may hold)
        assert 2 <= texts[i].count(" ") + 1 <= 20
        assert not texts[i].startswith("Von ")
