"""The exact speed-ups of issue #16's ninth session on the path of `parse(repair=False)` give
what the plain code gives.

- `_body.merge_set_aside` with ``sorted_body`` (the blocks set aside before the body put before
  a body already in line order, when they start on or before its first line) returns the stable
  sort of all the blocks by first line, object for object.
- `_layout.find_front` makes the site's names only when a line is short enough to be one
  (`_layout.SITE_NAME_MAX_CHARS`): a site-name line is set aside before the stamp and after
  it, and a long line never is.
"""

from __future__ import annotations

import re
from operator import attrgetter

from hypothesis import given
from hypothesis import strategies as st

from newsdump import Block, BlockKind
from tests.target import private

_body = private("_body")
_layout = private("_layout")


def blocks(firsts: list[int], kind: BlockKind) -> list[Block]:
    return [Block(kind, f"{kind} {i}", n, n) for i, n in enumerate(firsts)]


@given(
    st.lists(st.integers(1, 30), min_size=1, max_size=6),
    st.lists(st.integers(1, 40), max_size=12),
)
def test_merge_set_aside_is_the_stable_sort(aside_lines: list[int], body_lines: list[int]) -> None:
    aside = blocks(aside_lines, "noise")
    body = blocks(sorted(body_lines), "paragraph")  # one block a line: in line order
    expected = sorted([*aside, *body], key=attrgetter("first_line"))
    merged = _body.merge_set_aside(aside, list(body), sorted_body=True)
    assert [id(b) for b in merged] == [id(b) for b in expected]
    unsorted = _body.merge_set_aside(aside, list(body))
    assert [id(b) for b in unsorted] == [id(b) for b in expected]


def test_merge_set_aside_puts_the_headers_block_first_on_its_line() -> None:
    aside = blocks([3, 1], "noise")
    body = blocks([1, 2], "paragraph")
    merged = _body.merge_set_aside(aside, body, sorted_body=True)
    assert [(b.kind, b.first_line) for b in merged] == [
        ("noise", 1),
        ("paragraph", 1),
        ("paragraph", 2),
        ("noise", 3),
    ]


def test_site_names_are_set_aside_before_and_after_the_stamp() -> None:
    url = "https://www.lakeside-herald.example/news/ferries"
    stamp = "12 Aug 2021 09:40 GMT"
    body = "The ferries return to the northern shore on Monday, the operator said."
    lede = "Two boats are back in service."
    front = ["Lakeside Herald", "Ferries Return", lede, stamp, body]  # (not the seed layout)
    before = _layout.find_front(front, url=url)
    assert [before.roles[i] for i in range(4)] == ["noise", "title", "lede", "timestamp"]
    after = _layout.find_front(["Ferries Return", stamp, "lakeside herald", body], url=url)
    assert after.roles[2] == "noise"
    assert after.body_start == 3
    long_name = "Lakeside Herald " * 4  # too long to be a site's name: body
    kept = _layout.find_front(["Ferries Return", stamp, long_name, body], url=url)
    assert 2 not in kept.roles
    assert kept.body_start == 2


# --- the relative trailers' screen (`_timestamp_tokens.may_be_relative`) ---------------------

_timestamps = private("_timestamps")
_timestamp_tokens = private("_timestamp_tokens")

_PIECES = st.sampled_from(
    [
        "2 hours ago", "3 Days AGO", "vor 2 Stunden", "VOR einem Tag", "il y a 3 heures",
        "IL Y A une heure", "hace 2 horas", "há 5 minutos", "3 часа назад", "Updated",
        "last updated:", "aktualisiert", "12 March 2021", "14:05", "/", "|", " - ", "·", "ago",
        "April", "until", "The council voted 31 to 12.", "avoir", "chace", "Ago.", "\t", "  ",
    ]
)  # fmt: skip


def trailers_can_match(line: str) -> bool:
    """Whether a trailer that the screen gates (`_with_relative_update`, `_with_relative_age`)
    matches: both close the line (the eighteenth session's screen reads the line's end)."""
    tail = max(0, len(line) - _timestamps.RELATIVE_UPDATE_TAIL)
    return (
        _timestamps._RELATIVE_UPDATE.search(line, tail) is not None
        or _timestamps._RELATIVE_AGE.search(line, tail) is not None
    )


@given(st.lists(st.one_of(_PIECES, st.text(max_size=6)), max_size=8).map(" ".join))
def test_screen_says_maybe_wherever_a_relative_trailer_matches(line: str) -> None:
    if trailers_can_match(line):
        assert _timestamp_tokens.may_be_relative(line)


def test_screen_turns_down_plain_sentences() -> None:
    assert not _timestamp_tokens.may_be_relative("The council voted 31 to 12 on the 2023 budget.")
    assert _timestamp_tokens.may_be_relative("March 3, 2016 / 9:05 PM / 3 years ago")
    assert not _timestamp_tokens.may_be_relative("Die Räte tagten 2023.")  # (an ASCII end)
    assert _timestamp_tokens.may_be_relative("Die Räte tagten in Köln")  # (not ASCII: patterns)


def test_no_ascii_character_matches_a_letter_of_the_pattern_that_is_not_ascii() -> None:
    others = {c for c in _timestamps._RELATIVE_AGO if not c.isascii()}
    assert others  # (há, назад, …)
    for x in others:
        for code in range(128):
            assert re.fullmatch(re.escape(x), chr(code), re.IGNORECASE) is None, (x, code)


def test_reading_a_line_with_and_without_the_screen_agrees() -> None:
    lines = [
        "March 3, 2016 / 9:05 PM / 3 years ago",
        "10/08/2023 às 22h14 - Atualizado há 2 horas",
        "12.05.2022 14:20 - aktualisiert vor 2 Stunden",
        "The council voted 31 to 12 on the 2023 budget.",
        "2024-06-18 09:30 source: Example News",
        "Posted 12 March 2021, updated 2 hours ago",
    ]
    for line in lines:
        lead = 0
        plain = (
            _timestamps._with_source(line, lead, ())
            or _timestamps._with_relative_update(line, lead, ())
            or _timestamps._with_relative_age(line, lead, ())
        )
        if _timestamps._tokenize(line) is None and not _timestamps._RELATIVE.fullmatch(line):
            assert _timestamps.read_line(line, line, ()) == plain, line
