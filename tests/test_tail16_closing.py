"""The page's links just before the tail's first sign, and a short tail that is a label (issue
#19, session 16, junk16).

A run of four or more short link-like lines (no digit, ``@``, hashtag or closing colon, not
finished) that ends at the line the tail is known by (``Most read``, ``Lo más leído``) is the
page's menu cut before that label: it is set aside with the tail, except a line right under the
article's last prose (its last sub-heading, or the label over the list).  A tail shorter than
`MIN_TAIL` lines is set aside when it holds a label or a cue line (``Artikel drucken``).

All text is invented for these tests.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdump._repair import repair
from newsdump._repair_tail_runs import closing_run_start, plain_label
from tests.test_junk_bounds import ARTICLE

MOST_READ = {
    "en": ["Most read", "Storm hits the coast", "Team wins the cup", "Prices rise again"],
    "es": ["Lo más leído", "Tormenta en la costa", "El club gana la copa", "Suben los precios"],
    "fr": ["Les plus lus", "La tempête frappe la côte", "Le club gagne la coupe", "Prix en hausse"],
}
LINKS = {
    "en": ["Our podcasts", "Weather and climate", "Crosswords", "Podcasts for kids", "Jobs"],
    "es": ["Servicios", "Boletines", "Juegos y pasatiempos", "Podcasts", "Empleo"],
    "fr": ["Nos services", "Météo et climat", "Mots croisés", "Podcasts pour enfants", "Emploi"],
}


def _rules(lines: list[str]) -> dict[str, str | None]:
    return {b.text: b.rule for b in repair(lines).blocks}


@pytest.mark.parametrize("lang", sorted(LINKS))
def test_the_links_before_the_tail_label_go_with_the_tail(lang: str) -> None:
    rules = _rules([*ARTICLE[lang], *LINKS[lang], *MOST_READ[lang]])
    assert all(rules[t] is None for t in ARTICLE[lang])
    assert rules[LINKS[lang][0]] is None  # right under the prose: a sub-heading as often
    assert {rules[t] for t in LINKS[lang][1:]} == {"noise:menu-run"}  # (kept before)


@pytest.mark.parametrize("lang", sorted(LINKS))
def test_a_closing_list_of_four_stays(lang: str) -> None:
    rules = _rules([*ARTICLE[lang], *LINKS[lang][:4], *MOST_READ[lang]])
    assert all(rules[t] is None for t in LINKS[lang][:4])  # (a line under the prose, three)


@pytest.mark.parametrize(
    "closing",
    [
        ["Opening hours:", "Monday to Friday", "Saturday mornings", "Sundays closed"],
        ["Sources", "The town archive", "Room 12 of the library", "The harbour office"],
        ["Next meetings", "The spring fair", "The council on 12 May", "The summer fair"],
        ["Follow the works", "On the town's pages", "#bridgeworks", "On the radio"],
    ],
)
def test_a_closing_list_with_numbers_addresses_or_its_colon_stays(closing: list[str]) -> None:
    rules = _rules([*ARTICLE["en"], *closing, *MOST_READ["en"]])
    assert [rules[t] for t in closing[:2]] == [None, None]


@pytest.mark.parametrize(
    ("lang", "label"),
    [("de", "Artikel drucken"), ("es", "Relacionados"), ("fr", "Partager cet article")],
)
def test_a_short_tail_that_is_a_label_is_set_aside(lang: str, label: str) -> None:
    rules = _rules([*ARTICLE[lang], label])
    assert rules[label] == "noise:tail"
    assert all(rules[t] is None for t in ARTICLE[lang])


@pytest.mark.parametrize(
    "last", ["Anna Berg, Riverton", "Comments to anna@example.org", "Updated 12 May 2024"]
)
def test_a_short_tail_that_is_no_label_stays(last: str) -> None:
    assert _rules([*ARTICLE["en"], last])[last] is None


def test_closing_run_start_needs_the_run_and_stops_at_prose() -> None:
    texts = ["The vote is set for May.", "Home", "About us", "Jobs", "Shop", "Most read"]
    units = [(k, k + 1, k == 0) for k in range(len(texts))]
    assert closing_run_start(texts, units, 1, 5, 8, 3) == 2  # ("Home": under the prose)
    assert closing_run_start(texts, units, 1, 5, 8, 4) == 5  # three links are too few
    assert closing_run_start(texts, units, 3, 5, 8, 2) == 3  # not before the stretch's end


LINES = ["Home", "About us", "Room 2", "Sources:", "#tag", "A finished line.", "Jobs", "Shop"]


@given(st.lists(st.sampled_from(LINES), min_size=1, max_size=12), st.data())
def test_the_run_is_short_plain_lines_before_the_sign(
    texts: list[str], data: st.DataObject
) -> None:
    units = [(k, k + 1, t.endswith(".")) for k, t in enumerate(texts)]
    sign = data.draw(st.integers(0, len(texts)))
    lo = data.draw(st.integers(0, sign))
    least = data.draw(st.integers(1, 4))
    start = closing_run_start(texts, units, lo, sign, 8, least)
    assert lo <= start <= sign
    if start < sign:
        assert sign - start >= least
        assert all(plain_label(t) and not t.endswith(".") for t in texts[start:sign])
        assert start == lo or not texts[start - 1].endswith(":")  # (a list the article opens)
