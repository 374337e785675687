"""A record "too short to bound" because of its own tail (issue #19, session 13, tail10): a
short article followed by a long list of headlines and times under a label (``Themen``,
``Most read``) had less than `PROSE_SHARE` of its characters in prose, so the bounds read it as
a list and kept the whole tail.  The units from the first tail label after the first prose on
no longer count against the share; a record that is a list with no such label stays unbounded.

All text is invented for these tests.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdump._repair import repair
from newsdump._repair_bounds import article_bounds
from newsdump._repair_tail_runs import labelled_tail
from tests.test_junk_bounds import ARTICLE

LABEL = {"de": "Themen", "en": "Most read", "es": "Lo más leído", "fr": "Les plus lus"}

HEADLINES = [
    "Ferry timetable changes in June for the night boats",
    "14:36",
    "Harbour festival draws record crowds to the quay",
    "13:41",
    "New cycle lane opens along the river after two years",
    "12:46",
    "Council argues over the cost of the bridge repairs",
    "12:21",
    "Storm warning for the coast as the wind picks up",
    "11:52",
    "Night market returns to the old town square in May",
    "11:36",
    "Rail strike ends after three days of talks with the union",
    "10:05",
    "School holidays: when the summer break starts this year",
]


@pytest.mark.parametrize("lang", sorted(LABEL))
def test_a_long_tail_under_its_label_no_longer_hides_the_article(lang: str) -> None:
    lines = [*ARTICLE[lang], LABEL[lang], *HEADLINES]
    # (on the starting commit: None, too little prose, and every headline was kept)
    assert article_bounds(lines, [False] * len(lines)) is not None
    blocks = repair(lines).blocks
    assert [b.text for b in blocks if b.kind != "noise"] == ARTICLE[lang]
    assert {b.rule for b in blocks if b.text in HEADLINES} == {"noise:tail"}


def test_the_same_list_without_a_label_is_still_too_little_prose() -> None:
    lines = [*ARTICLE["en"], *HEADLINES]
    assert article_bounds(lines, [False] * len(lines)) is None
    kept = [b.text for b in repair(lines).blocks if b.kind != "noise"]
    assert kept == lines  # nothing set aside by the bounds


def test_a_label_before_the_first_prose_counts_nothing() -> None:
    texts = ["Most read", "A long paragraph.", "Storm hits"]
    units = [(0, 1, False), (1, 2, True), (2, 3, False)]
    assert labelled_tail(texts, units, 1) == 0


@given(
    st.lists(
        st.sampled_from(["Most read", "Themen", "Storm hits", "A long paragraph."]), max_size=8
    )
)
def test_labelled_tail_counts_at_most_the_record(texts: list[str]) -> None:
    units = [(k, k + 1, t.endswith(".")) for k, t in enumerate(texts)]
    cut = labelled_tail(texts, units, 0)
    assert 0 <= cut <= sum(map(len, texts[1:]))
    if not any(t in LABEL.values() or t == "Themen" for t in texts[1:]):
        assert cut == 0
