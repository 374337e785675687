"""A heading-shaped line is no heading when the line after it goes on its sentence (issue #18).

On train, 176 heading-shaped lines followed by a dash and a sentence were names described after
the dash (4 were headings over a list), 48 followed by a short bracket after which the sentence
goes on were all pieces of sentences, and 7 followed by a company's legal form likewise
(`newsdump._repair_heading`).  Headings before their paragraph, and over a list, stay headings.
Every example is invented."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import newsdump
from newsdump._repair_heading import goes_on_after


def _kinds(lines: list[str]) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in newsdump.repair(lines).blocks]


def _headings(lines: list[str]) -> list[int]:
    return [
        e.lines[0]
        for e in newsdump.repair(lines).edits
        if e.kind == "set-aside" and e.rule in ("heading-shape", "heading-block")
    ]


# --- the test itself ------------------------------------------------------------------------------


def test_a_dash_and_a_sentence_describe_the_name_before_it() -> None:
    assert goes_on_after("Quickpad", "– I open this every morning before my first coffee.")
    assert goes_on_after("Kartenwerk", "- Ein Atlas der Flurnamen, von Hand gezeichnet.")


def test_a_dash_list_under_a_heading_is_no_description() -> None:
    assert not goes_on_after("Unsere Leistungen", "- Gartenplanung und Pflege")
    assert not goes_on_after("- Pruning", "- Planting in spring.")  # a list's item, not a name
    assert not goes_on_after("What we offer:", "- Free delivery on every order.")
    assert not goes_on_after("So that was the week…", "- If you help us, we will ship it.")


def test_a_short_bracket_after_which_the_sentence_goes_on() -> None:
    assert goes_on_after("The Zwinger", "(a palace from 1728), now a museum, stays shut.")
    assert goes_on_after("Vera Lind", "(Greens): I think the plan is too timid.")
    assert goes_on_after("Le traité de Lisbonne", "(2007) a modifié les règles du vote.")
    assert goes_on_after("Annual report", "(PDF 2.1MB).")
    assert goes_on_after("Das Landesamt für Umwelt", "（LfU） hat die Werte geprüft.")


def test_a_bracket_that_starts_a_paragraph_or_a_note() -> None:
    assert not goes_on_after("Footnotes", "(1)")
    assert not goes_on_after("Opening hours", "(Weekends and holidays unless noted)")
    assert not goes_on_after("Storm closes the pass", "(Reuters) GENEVA - The road was shut.")
    long_note = "(Note: this form replaces the one we sent out last spring) Please sign it."
    assert not goes_on_after("Registration", long_note)


def test_a_company_legal_form_finishes_the_name() -> None:
    assert goes_on_after("The deal was led by Nordwind Energie", "AG, the utility in Kiel, paid.")
    assert goes_on_after("Rivals such as Halvorsen Shipping", "Corp.'s Oslo unit cut prices.")
    assert not goes_on_after("Nordwind Energie", "Ag was mentioned in the old ledger.")
    assert not goes_on_after("the results are in", "AG Morales said the vote was fair.")


# --- in the repair: both layouts ----------------------------------------------------------------


def test_a_described_name_is_no_heading() -> None:
    lines = [
        "Here are the tools I use every day.",
        "Quickpad",
        "– I open this every morning before my first coffee. It keeps my notes together.",
        "That is all for this week.",
    ]
    assert 2 not in _headings(lines)
    assert all(kind == "paragraph" for kind, _ in _kinds(lines))


def test_a_heading_before_its_paragraph_stays_a_heading() -> None:
    lines = [
        "The council met on Monday to vote on the budget.",
        "Schools get more money",
        "The budget adds four million euros for repairs to primary schools.",
    ]
    assert _headings(lines) == [2]


def test_a_heading_over_a_dash_list_stays_a_heading() -> None:
    lines = [
        "We opened our second shop in March.",
        "Our services",
        "- Garden design",
        "- Tree care",
    ]
    assert _kinds(lines)[1] == ("heading", "Our services")


def test_blank_line_layout_agrees() -> None:
    lines = [
        "The court met on Monday.",
        "",
        "The Zwinger",
        "",
        "(a palace from 1728), now a museum, stays shut until May.",
    ]
    assert not _headings(lines)


_NAMES = st.sampled_from(["Quickpad", "The Zwinger", "Vera Lind", "Kartenwerk", "Le Louvre"])
_BRACKETS = st.sampled_from(["(UEP)", "(1895)", "(R-NM)", "(PDF 2MB)", "(Greens)", "（LfU）"])
_RESTS = st.sampled_from([", was founded", " is open", ": we agree", " hat geprüft", ", et"])
_TAILS = st.text(alphabet="abcdefghij klmnop", min_size=0, max_size=30)


@given(_NAMES, _BRACKETS, _RESTS, _TAILS, st.booleans())
def test_a_name_before_a_bracket_that_goes_on_is_never_a_heading(
    name: str, bracket: str, rest: str, tail: str, blank: bool
) -> None:
    after = f"{bracket}{rest}{tail}."
    body = ["The museum reopened after two years of work.", name, after]
    lines = [x for line in body for x in (line, "")][:-1] if blank else body
    repaired = newsdump.repair(lines)
    assert not any(b.kind == "heading" for b in repaired.blocks)
    # nothing lost: every character of the input is in some block
    assert "".join("".join(b.text.split()) for b in repaired.blocks) == "".join(
        "".join(line.split()) for line in lines
    )
