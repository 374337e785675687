"""The join model's ``goes-on-after`` feature (sixteenth session, issue #18): after an unfinished
line, a line that goes on the sentence with something no paragraph starts with — a company's
legal form, a short bracket after which the sentence goes on, a dash and a sentence describing
the name (`_repair_heading.goes_on_after`) — continues the line before.  Every example is
invented for this test."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from newsdump import explain
from newsdump._repair_heading import goes_on_after, link_goes_on


def _record(after: str) -> list[str]:
    return [
        "The regional grid operator said on Tuesday that it had signed a supply contract with",
        "Nordwind Energie",
        after,
        "The contract runs until 2031 and covers the two northern districts.",
    ]


def test_a_legal_form_after_a_cut_name_is_read() -> None:
    report = explain(_record("AG, the utility based in Kiel, for the next six winters."))[1]
    assert "goes-on-after" in report.features
    assert report.decision == "join"


def test_a_bracket_that_lets_the_sentence_go_on_is_read() -> None:
    report = explain(_record("(the utility's new arm), which will build two plants."))[1]
    assert "goes-on-after" in report.features
    assert report.decision == "join"


def test_the_feature_needs_an_unfinished_line_before() -> None:
    lines = [
        "The contract was signed on Tuesday with Nordwind Energie.",
        "AG shareholders will vote on the deal in March, the company said.",
    ]
    assert "goes-on-after" not in explain(lines)[0].features


def test_a_new_sentence_is_not_read() -> None:
    report = explain(_record("The utility, based in Kiel, will supply the grid."))[1]
    assert "goes-on-after" not in report.features
    with_form = explain(_record("AG, the utility based in Kiel, will supply the grid."))[1]
    assert report.probability is not None
    assert with_form.probability is not None
    assert with_form.probability > report.probability


@given(st.text(max_size=30), st.text(max_size=60))
@example(" ", "AG, the utility")  # (a blank line before a legal form)
@example("0", " ")  # (a line of spaces after a link)
def test_the_readings_take_any_two_lines(text: str, after: str) -> None:
    # blank or whitespace lines, lone marks and brackets: an answer, never an error
    assert goes_on_after(text, after) in (True, False)
    assert link_goes_on(text, after) in (True, False)
    assert not goes_on_after(text, "")
    assert not link_goes_on("", after)
