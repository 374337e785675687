"""The tenth session's exact speed-ups (issue #16 item 1) give what the plain code gives.

Each fast path is checked against the way the code did the same thing before: the walk's
non-blank lines in comprehensions against the loop, the edit maker's defaults and the link
maker against attrs construction, `first_letter`'s first-character path against the loop.
"""

from __future__ import annotations

import attrs
from hypothesis import given
from hypothesis import strategies as st

from tests.target import FIXTURES, newsdump, private, strategies

_body = private("_body")
_repair = private("_repair")
_repair_replay = private("_repair_replay")
_text = private("_text")


def _nonblank_loop(
    lines: list[str], nums: list[int] | range
) -> tuple[list[str], list[int], list[int], list[bool]]:
    """The walk's loop before the tenth session (one pass, four lists appended to)."""
    texts: list[str] = []
    numl: list[int] = []
    leads: list[int] = []
    blank: list[bool] = []
    seen_blank = False
    for i, raw in enumerate(lines):
        text = raw.strip()
        if not text:
            seen_blank = True
            continue
        blank.append(seen_blank and bool(texts))
        texts.append(text)
        numl.append(nums[i])
        leads.append(0 if len(text) == len(raw) else len(raw) - len(raw.lstrip()))
        seen_blank = False
    return texts, numl, leads, blank


line_text = st.text(alphabet=st.sampled_from(["a", "B", " ", "\t", "\u3000", "\xa0", "é", "."]))


@given(st.lists(line_text, max_size=12), st.booleans(), st.integers(0, 5))
def test_the_walks_nonblank_lines_equal_the_loop(
    lines: list[str], numbered: bool, offset: int
) -> None:
    nums: list[int] | range = (
        [3 * k + offset for k in range(len(lines) + offset)]
        if numbered
        else range(1, len(lines) + 1)
    )
    assert _repair.nonblank_lines(lines, nums) == _nonblank_loop(lines, nums)


def test_the_walks_nonblank_lines_of_invented_records() -> None:
    cases = [
        ["Rain fell on", "Lisbon", "all day."],  # no blank line: the fast path
        ["", "  Rain fell.", "", "", "\tIt stopped.  ", ""],
        [" ", "x"],
        [],
    ]
    for lines in cases:
        nums = range(1, len(lines) + 1)
        assert _repair.nonblank_lines(lines, nums) == _nonblank_loop(lines, nums)
    got = _repair.nonblank_lines(["", "  Rain fell.", "", "It stopped."], range(1, 5))
    assert got == (["Rain fell.", "It stopped."], [2, 4], [2, 0], [False, True])


def test_too_few_numbers_fail_as_before() -> None:
    for lines in (["One.", "Two."], ["One.", "", "Two."]):
        for fn in (_repair.nonblank_lines, _nonblank_loop):
            try:
                fn(lines, [1])
            except IndexError:
                continue
            raise AssertionError(f"{fn.__name__} took too few numbers")


block_kinds = st.sampled_from(["paragraph", "heading", "list-item", "caption", "byline", "noise"])


@given(
    st.sampled_from(["join", "split", "set-aside", "keep"]),
    st.lists(st.integers(1, 99), min_size=1, max_size=2).map(tuple),
    st.text(max_size=6),
    st.floats(0, 1),
    st.fixed_dictionaries(
        {},
        optional={
            "separator": st.sampled_from(["", " "]),
            "column": st.integers(0, 40),
            "block_kind": st.none() | block_kinds,
            "applied": st.booleans(),
            "decided_by": st.sampled_from(["rule", "model"]),
            "probability": st.none() | st.floats(0, 1),
        },
    ),
)
def test_the_edit_maker_with_defaults_equals_attrs(
    kind: str, lines: tuple[int, ...], rule: str, confidence: float, keywords: dict[str, object]
) -> None:
    _, make_edit = _repair_replay.builders()
    got = make_edit(kind, lines, rule, confidence, **keywords)
    expected = newsdump.Edit(kind, lines, rule, confidence, **keywords)  # type: ignore[arg-type]
    assert type(got) is newsdump.Edit
    assert attrs.astuple(got) == attrs.astuple(expected)
    assert got == expected
    assert repr(got) == repr(expected)
    assert newsdump.Edit.from_dict(got.to_dict()) == got


def test_link_has_no_validators_or_converters_that_the_maker_would_skip() -> None:
    for field in attrs.fields(newsdump.Link):
        assert field.validator is None, field.name
        assert field.converter is None, field.name
    names = [f.name for f in attrs.fields(newsdump.Link)]
    assert names == ["text", "href", "block", "start", "end"]


@given(st.text(max_size=8), st.integers(0, 99), st.integers(0, 99), st.integers(0, 99))
def test_the_link_maker_equals_attrs(text: str, block: int, start: int, end: int) -> None:
    got = _body.link_maker()(text, block, start, end)
    expected = newsdump.Link(text, None, block, start, end)
    assert type(got) is newsdump.Link
    assert attrs.astuple(got) == attrs.astuple(expected)
    assert got == expected
    assert hash(got) == hash(expected)
    assert repr(got) == repr(expected)


def _first_letter_before(text: str) -> str:
    for ch in text[:8]:
        if ch.isalnum():
            return ch
    return ""


@given(st.text(max_size=12))
def test_first_letter_equals_the_loop(text: str) -> None:
    assert _text.first_letter(text) == _first_letter_before(text)


def test_first_letter_of_invented_lines() -> None:
    for text in ["Rain", "«Oui»", "", "...", "— 3 dead", "„Nein“", "((((((((x"]:
        assert _text.first_letter(text) == _first_letter_before(text)


def _check_values(text: str) -> None:
    # the slot makers' values (every kind of edit the walk makes) compare equal to attrs-built
    # copies of their fields
    for article in newsdump.parse(text):
        for edit in article.repairs:
            assert newsdump.Edit(**attrs.asdict(edit, recurse=False)) == edit
        for link in article.links:
            assert newsdump.Link(**attrs.asdict(link, recurse=False)) == link


@given(strategies.dump_records())
def test_the_walks_edits_and_links_are_the_values_attrs_builds(text: str) -> None:
    _check_values(text)


def test_the_edits_and_links_of_the_fixtures_are_the_values_attrs_builds() -> None:
    paths = sorted(FIXTURES.rglob("*.txt"))
    assert paths
    for path in paths:
        _check_values(path.read_bytes().decode("utf-8", "replace"))
