"""The front end's fast paths of session 7 (issue #16) give exactly what the plain code gives.

Each shortcut is checked against the straightforward way (the code before it), with hypothesis
where the inputs are open (any text, any lengths) and on invented records.
"""

from __future__ import annotations

import datetime as dt
import re

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.target import newsdump, private

_body = private("_body")
_lines = private("_lines")
_model = private("_model")

# Any code point, lone surrogates too (a decoded dump may hold them: surrogatepass).
ANY_TEXT = st.text(st.characters(blacklist_categories=()))


@given(ANY_TEXT)
def test_utf8_len_is_the_size_of_the_encoding(text: str) -> None:
    assert _lines.utf8_len(text) == len(text.encode("utf-8", "surrogatepass"))


@given(
    st.lists(st.text(st.sampled_from(" \t\u3000ab.é\n"), max_size=5), max_size=12),
    st.integers(min_value=0, max_value=14),
    st.integers(min_value=0, max_value=50),
)
def test_paragraph_blocks_equal_blocks_built_one_by_one(
    texts: list[str], count: int, first: int
) -> None:
    # the numbers may be fewer or more than the texts: like zip, the shorter ends the list
    numbers = list(range(first, first + count))
    expected = [
        newsdump.Block("paragraph", t.strip(), n, n)
        for t, n in zip(texts, numbers, strict=False)
        if t.strip()
    ]
    got = _model.paragraph_blocks(iter(texts), iter(numbers))
    assert [attrs.astuple(b) for b in got] == [attrs.astuple(b) for b in expected]
    assert all(type(b) is newsdump.Block for b in got)
    assert [hash(b) for b in got] == [hash(b) for b in expected]


def test_paragraph_blocks_keep_unusual_numbers_in_order() -> None:
    got = _model.paragraph_blocks(["a", " ", "b", "c"], [9, 3, 3, 1])
    assert [(b.text, b.first_line, b.last_line, b.rule) for b in got] == [
        ("a", 9, 9, None),
        ("b", 3, 3, None),
        ("c", 1, 1, None),
    ]


BLOCK = st.builds(
    newsdump.Block,
    st.sampled_from(["paragraph", "noise", "heading"]),
    st.text(max_size=3),
    st.integers(min_value=1, max_value=9),
)


@given(st.lists(BLOCK, max_size=4), st.lists(st.integers(min_value=1, max_value=9), max_size=8))
def test_set_aside_blocks_go_in_line_order_first_on_a_tie(
    aside: list[newsdump.Block], numbers: list[int]
) -> None:
    numbers.sort()
    lines = _body.BodyLines([f"line {n}" for n in numbers], numbers)
    got = _body.mend_body(lines, aside, repair=False).blocks
    body = _model.paragraph_blocks(lines.texts, lines.numbers)
    expected = sorted([*aside, *body], key=lambda b: b.first_line) if aside else body
    assert [attrs.astuple(b) for b in got] == [attrs.astuple(b) for b in expected]


# Records in several scripts, some all ASCII, some not: the byte offset of each record's first
# line must be the UTF-8 size of the text before it, whichever way it was counted.
RECORD_TEXT = st.sampled_from(
    [
        "Rain in Lisbon\nIt rained all day.\n10:00 GMT 07.02.2023\nBody.",
        "Schnee in Oslo\nEs schneite über Nacht.\nDer Zug fuhr später.",
        "東京で雨\n一日中雨が降った。",
        "Talks resumed\nOn Monday.",
        "Ночь в Киеве\nБыло тихо.\n\n",
        "Emoji 🎉 party\nMore 🎈.",
    ]
)


@given(st.lists(st.tuples(st.sampled_from(["", "x\n"]), RECORD_TEXT), min_size=1, max_size=6))
def test_record_offsets_are_the_utf8_size_of_the_text_before(
    records: list[tuple[str, str]],
) -> None:
    text = "".join(
        f"{lead} date 2023-02-0{k % 9 + 1} https://example.org/{k}\n{body}\n"
        for k, (lead, body) in enumerate(records)
    )
    starts = [0] + [m.end() for m in re.finditer("\n", text)]
    for article in newsdump.parse(text, repair=False):
        assert article.source is not None
        pos = starts[article.source.first_line - 1]
        assert article.source.offset == len(text[:pos].encode("utf-8"))


_records = private("_records")
_timestamps = private("_timestamps")

LINE_TEXT = st.lists(
    st.sampled_from(["a", "é", "東", " ", "\t", "date", " date 2023-02-07", "Done.", "x" * 9]),
    max_size=4,
).map("".join)


@given(st.lists(LINE_TEXT, max_size=12), st.booleans(), st.integers(min_value=0, max_value=30))
def test_runs_cut_records_where_single_lines_do(lines: list[str], crlf: bool, extra: int) -> None:
    # the run path counts a stretch's characters from positions (no CR) or line lengths (CRLF);
    # the line path adds each line's length: with a small cap (no line longer than it, as with
    # the real one), records are cut at the same lines
    text = ("\r\n" if crlf else "\n").join(lines) + "\n"
    cap = max(map(len, lines), default=0) + extra

    def records(items: object) -> list[tuple[object, ...]]:
        return [
            (r.header, r.texts, r.number, r.offset, r.cut, r.numbers)
            for r in _records.split_records(items)
        ]

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(_records, "MAX_RECORD_CHARS", cap)
        assert records(_lines.text_items(text)) == records(_lines.as_lines(_lines.text_items(text)))


STAMP_WORDS = st.sampled_from(
    [
        "updated",
        "Updated:",
        "hours",
        "ago",
        "an",
        "hour",
        "vor einer Stunde",
        "il y a une heure",
        "hace una hora",
        "yesterday",
        "vor",
        "Stunden",
        "опубликовано",
        "minutes",
        "a",
        "Rain in Lisbon",
        "It rained.",
        "²",
        "٣",
        "GMT",
        " ",
        "\t",
    ]
)


@given(st.lists(STAMP_WORDS, max_size=5).map(" ".join), st.booleans())
def test_a_line_without_digits_reads_as_through_the_general_reader(
    text: str, with_evidence: bool
) -> None:
    evidence = (dt.date(2023, 2, 7),) if with_evidence else ()
    line = text.strip()
    expected = None
    if line and len(line) <= _timestamps.MAX_STAMP_LEN:
        expected = _timestamps.fast_stamp(line, evidence) or _timestamps.read_line(
            text, line, evidence
        )
    assert _timestamps.parse_timestamp(text, evidence=evidence) == expected


@pytest.mark.parametrize(
    ("text", "column"),
    [("   updated 5 hours ago", 4), ("  an hour ago", 3), ("\tvor einer Stunde", 2)],
)
def test_a_relative_time_keeps_its_column(text: str, column: int) -> None:
    stamp = _timestamps.parse_timestamp(text)
    assert stamp is not None
    assert stamp.shape == "relative"
    assert [n.column for n in stamp.notes] == [column]


@given(st.lists(st.text(st.sampled_from(" \t\u3000\u2028ab"), max_size=3), max_size=6))
def test_the_blank_line_test_of_the_front_is_any_line_stripping_to_nothing(
    lines: list[str],
) -> None:
    # `find_front` asks whether the record has a blank line as ``not all(map(str.strip, ...))``
    assert (not all(map(str.strip, lines))) == any(not raw.strip() for raw in lines)
