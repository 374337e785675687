"""A dateline alone right before the article's first prose stays (issue #19, session 15,
lost14): ``Bergstadt -`` is the article's own first words, which the page printed in an element
of its own; `_repair_head.head_run` no longer takes it for a label by its length.

All text is invented for these tests.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdump._repair import repair
from newsdump._repair_bounds import bounds_asides
from newsdump._repair_head import head_run
from tests.test_junk_bounds import ARTICLE

DATELINES = [
    ("de", "Bergstadt -"),
    ("de", "Bad Lindenau –"),
    ("en", "PORT HAVEN —"),
    ("en", "New Harbour —"),
    ("fr", "Saint-Aubin-sur-Lac –"),
]


@pytest.mark.parametrize(("lang", "line"), DATELINES)
def test_a_dateline_before_the_first_prose_stays(lang: str, line: str) -> None:
    lines = [line, *ARTICLE[lang]]
    found = bounds_asides(lines, [False] * 4, [None] * 4)
    assert found is None or found[0][0] is None
    blocks = repair(lines).blocks
    assert blocks[0].kind != "noise"
    assert line in blocks[0].text


@pytest.mark.parametrize(("lang", "line"), DATELINES)
def test_a_dateline_before_the_first_prose_stays_in_the_blank_line_layout(
    lang: str, line: str
) -> None:
    lines = [line, "", *"\n\n".join(ARTICLE[lang]).split("\n")]
    blocks = repair(lines).blocks
    assert blocks[0].kind != "noise"
    assert blocks[0].text.startswith(line)


@pytest.mark.parametrize(
    "line",
    [
        "Teilen",  # a label: no dash
        "Share - Print",  # a dash between two labels, not at the end
        "- Anzeige -",  # an ad label between dashes
        "12 -",  # a number, no place
    ],
)
def test_a_label_before_the_first_prose_is_still_head_noise(line: str) -> None:
    found = bounds_asides([line, *ARTICLE["de"]], [False] * 4, [None] * 4)
    assert found is not None
    assert found[0][0] is not None
    assert found[0][0].rule == "noise:head"


def test_a_dateline_shape_away_from_the_first_prose_is_still_head_noise() -> None:
    # only right before the article's first prose is it the article's start: further up a
    # page's "Sport -" is a label like any other
    lines = ["Sport -", "Teilen", *ARTICLE["de"]]
    found = bounds_asides(lines, [False] * 5, [None] * 5)
    assert found is not None
    assert [a.rule if a else None for a in found[0]][:2] == ["noise:head", "noise:head"]


_PLACE = st.from_regex(r"[A-ZÄÖÜ][a-zäöüß]{2,11}", fullmatch=True)


@given(
    st.lists(_PLACE, min_size=1, max_size=2),
    st.sampled_from(["-", "–", "—"]),
    st.sampled_from(sorted(ARTICLE)),
)
def test_any_place_of_one_or_two_words_and_a_dash_is_a_dateline(
    words: list[str], dash: str, lang: str
) -> None:
    line = f"{' '.join(words)} {dash}"
    assert not head_run([line], first=True)
    assert head_run([line])  # (not before the first prose: a label's length)
    found = bounds_asides([line, *ARTICLE[lang]], [False] * 4, [None] * 4)
    assert found is None or found[0][0] is None
