"""The fifteenth session's join evidence (issue #18): a line that ends in a possessive (``… at
the University's``, ``Harbour Bank’s``) stops before the noun it owns, so a capitalised line
after it continues the phrase (``possessive-before-capital``).  Every example is invented for
these tests, with cases where the evidence must not fire."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdump import explain
from newsdump._repair_evidence import ends_in_possessive


@pytest.mark.parametrize(
    ("line", "possessive"),
    [
        ("according to the Harbour Bank’s", True),
        ("the ferry operator's", True),
        ("Nach Angaben von Andrea’s", True),  # a shop's name written the English way
        ("Here's", True),  # a contraction: the line is unfinished all the same
        ("crews were 'pelting the boats'", False),  # a quotation closed after an ``s``
        ("the boats", False),
        ("the ferries'", False),  # a plural's apostrophe: as often a closing quote
        ("'s", False),  # no word before it
        ("a 1990's", False),  # digits: a decade, no owner
        ("", False),
    ],
)
def test_a_line_ending_in_a_possessive(line: str, possessive: bool) -> None:
    assert ends_in_possessive(line) is possessive


@given(st.text(max_size=40))
def test_a_possessive_line_ends_in_a_letter_an_apostrophe_and_an_s(line: str) -> None:
    if ends_in_possessive(line):
        assert line.endswith(("'s", "’s"))
        assert line[-3].isalpha()


@given(st.text(max_size=40), st.sampled_from(("'s", "’s")))
def test_a_word_with_a_possessive_ending_is_read_as_one(line: str, ending: str) -> None:
    assert ends_in_possessive(f"{line}Berg{ending}")


def _record(cut: str) -> list[str]:
    return [
        "The strike of the ferry crews entered its second week on Monday, and the talks",
        f"with the owners stalled again, according to figures released by the {cut}",
        "Harbour Traffic Index, which counts every crossing between the two islands.",
        "Both sides said they would meet again on Thursday in the old town hall.",
    ]


def test_a_capitalised_line_after_a_possessive_is_joined() -> None:
    joined = explain(_record("port authority's"))[1]
    assert "possessive-before-capital" in joined.features
    assert joined.decision == "join"


def test_the_evidence_needs_the_possessive() -> None:
    # the same break after a plain noun: the capital may start a heading or a name list
    plain = explain(_record("port authority"))[1]
    assert "possessive-before-capital" not in plain.features
    possessive = explain(_record("port authority's"))[1]
    assert plain.probability is not None
    assert possessive.probability is not None
    assert possessive.probability > plain.probability


def test_the_evidence_needs_a_capital_after_it() -> None:
    lines = [
        "Die Fährleute streiken seit Montag, und nach Angaben von Andrea’s",
        "kleinem Kiosk am Hafen blieben die meisten Besucher aus.",
    ]
    assert "possessive-before-capital" not in explain(lines)[0].features
