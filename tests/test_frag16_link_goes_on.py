"""A sentence cut twice at one link: the line after the link goes on with what no paragraph
starts with (issue #18).

Model B's scrapers break before and after a link, so a link's text stands alone on its line
between the sentence's start and its rest.  When the rest starts with the link's possessive, a
company's legal form or a short bracket after which the sentence goes on, the line before the
link is no heading over a paragraph (on train, model B: 10 such lines were set aside as headings
and all were pieces of a sentence; no real heading had this shape).  Every example is
invented."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import newsdump
from newsdump._repair_heading import link_goes_on


def test_the_links_possessive_goes_on() -> None:
    assert link_goes_on("Halvorsen", "'s new plant in Bergen opens in May.")
    assert link_goes_on("Nordwind", "’s board approved the sale.")
    assert not link_goes_on("Halvorsen", "'sblood, said the old sailor.")


def test_a_legal_form_or_a_short_bracket_goes_on() -> None:
    assert link_goes_on("Lindqvist Marine", "AB's yard in Gdańsk builds the ferries.")
    assert link_goes_on("Brightsoft", "Corp.'s new system runs on every tablet.")
    assert link_goes_on("Vera Lind", "(Greens), who chairs the committee, agreed.")
    assert link_goes_on("Le Conseil d'État", "(CE) a annulé la décision du préfet.")


def test_a_paragraphs_start_does_not_go_on() -> None:
    assert not link_goes_on("Brightsoft", "The company said its profits rose.")
    assert not link_goes_on("Our services", "- Garden design and care")
    assert not link_goes_on("Lindqvist", "AB testing is how we chose the colours.")  # no form
    assert not link_goes_on("", "'s plant")
    assert not link_goes_on("Halvorsen", "")


_STARTS = st.sampled_from(
    ["The new scanners will run", "Analysts expect", "Le rapport cite", "Laut Bericht hat"]
)
_LINKS = st.sampled_from(["Brightsoft", "Halvorsen Shipping", "Nordwind Energie", "Vantor"])
_RESTS = st.sampled_from(
    ["Corp.'s software", "'s new plant", "AG's board", "(NYSE: VTR), which", "Ltd, the maker"]
)
_TAILS = st.text(alphabet="abcdefghij klmnop", min_size=0, max_size=30)


@given(_STARTS, _LINKS, _RESTS, _TAILS)
def test_the_line_before_a_link_that_goes_on_is_never_set_aside_by_the_line_walk(
    start: str, link: str, rest: str, tail: str
) -> None:
    lines = ["The results came out on Tuesday.", start, link, f"{rest} {tail}."]
    assert link_goes_on(link, lines[3])
    repaired = newsdump.repair(lines)
    set_aside = [
        e.lines[0] for e in repaired.edits if e.kind == "set-aside" and e.rule == "heading-shape"
    ]
    assert 2 not in set_aside
    # nothing lost: every character of the input is in some block
    assert "".join("".join(b.text.split()) for b in repaired.blocks) == "".join(
        "".join(line.split()) for line in lines
    )
