"""The fast paths of issue #16 give exactly what the plain code gives.

Each shortcut taken for speed is checked here against the straightforward way of doing the same
thing (the way the code did it before the shortcut), on invented text and on generated input.
"""

from __future__ import annotations

import re

import attrs
from hypothesis import given
from hypothesis import strategies as st

from tests.target import newsdump, private

_lines = private("_lines")
_model = private("_model")

# The characters `str.splitlines` breaks at besides CR and LF, which a dump keeps in its lines.
OTHER_BREAKS = "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


def reference_lines(text: str) -> list[str]:
    """Lines cut at LF, CRLF and a lone CR only (the format's rule), without a final empty
    piece."""
    parts = re.split(r"\r\n|\r|\n", text)
    return parts[:-1] if parts and parts[-1] == "" else parts


line_text = st.text(
    st.sampled_from([*"ab é.", "\u0416", "\u4e2d", *OTHER_BREAKS]), min_size=0, max_size=12
)


@given(st.lists(st.tuples(line_text, st.sampled_from(["\n", "\r\n"])), max_size=12))
def test_lines_with_lf_and_crlf_ends_are_cut_at_those_ends_only(
    lines: list[tuple[str, str]],
) -> None:
    text = "".join(line + end for line, end in lines)
    got = [line.text for line in _lines.text_lines(text)]
    assert got == reference_lines(text)


def test_crlf_text_keeps_form_feeds_and_line_separators_in_its_lines() -> None:
    text = " date 2023-02-07 Beispiel\r\nTitel\x0cmit\u2028Umbruch\r\nText\x85weiter.\r\n"
    assert [line.text for line in _lines.text_lines(text)] == [
        " date 2023-02-07 Beispiel",
        "Titel\x0cmit\u2028Umbruch",
        "Text\x85weiter.",
    ]


def test_byte_offsets_after_a_run_count_its_utf8_size() -> None:
    # the first run's size is counted only when a later line needs its offset
    text = "Zürich\nStraße\r\nend"
    assert [(x.text, x.offset) for x in _lines.text_lines(text)] == [
        ("Zürich", 0),
        ("Straße", 8),
        ("end", 17),
    ]
    assert [x.offset for x in _lines.text_lines("a\r" + text)] == [0, 2, 10, 19]


def test_block_has_no_validators_or_converters_that_paragraph_blocks_would_skip() -> None:
    for field in attrs.fields(newsdump.Block):
        assert field.validator is None, field.name
        assert field.converter is None, field.name
    assert [f.name for f in attrs.fields(newsdump.Block)] == [
        "kind",
        "text",
        "first_line",
        "last_line",
        "rule",
    ]


@given(st.lists(st.text(st.sampled_from(" \tab.\u00e9\u3000"), max_size=6), max_size=10))
def test_paragraph_blocks_equal_the_blocks_attrs_builds(texts: list[str]) -> None:
    numbers = list(range(7, 7 + len(texts)))
    expected = [
        newsdump.Block("paragraph", t.strip(), n, n)
        for t, n in zip(texts, numbers, strict=True)
        if t.strip()
    ]
    got = _model.paragraph_blocks(texts, numbers)
    assert [attrs.astuple(b) for b in got] == [attrs.astuple(b) for b in expected]
    assert all(type(b) is newsdump.Block for b in got)
    assert got == expected
    assert [hash(b) for b in got] == [hash(b) for b in expected]
