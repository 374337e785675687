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
