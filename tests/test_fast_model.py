"""The fast paths of the join model, the break context and the walk (issue #16 item 1) give
exactly what the plain code gives.

Each shortcut is checked against the straightforward way of doing the same thing (the way the
code did it before), on invented text and on generated input.
"""

from __future__ import annotations

import re
from collections import Counter

import attrs
from hypothesis import given
from hypothesis import strategies as st

from tests.target import newsdump, private

_language = private("_language")
_repair = private("_repair")
_repair_replay = private("_repair_replay")

EDIT_FIELDS = [
    "kind",
    "lines",
    "rule",
    "confidence",
    "separator",
    "column",
    "block_kind",
    "applied",
    "decided_by",
    "probability",
]


def test_edit_and_block_have_no_validators_or_converters_that_the_builders_would_skip() -> None:
    for cls in (newsdump.Edit, newsdump.Block):
        for field in attrs.fields(cls):
            assert field.validator is None, field.name
            assert field.converter is None, field.name
    assert [f.name for f in attrs.fields(newsdump.Edit)] == EDIT_FIELDS


block_kinds = st.sampled_from(["paragraph", "heading", "list-item", "caption", "byline", "noise"])


@given(
    block_kinds,
    st.text(max_size=8),
    st.integers(0, 99),
    st.integers(0, 99),
    st.none() | st.text(max_size=5),
)
def test_the_walks_blocks_equal_the_blocks_attrs_builds(
    kind: str, text: str, first: int, last: int, rule: str | None
) -> None:
    make_block, _ = _repair_replay.builders()
    got = make_block(kind, text, first, last, rule)
    expected = newsdump.Block(kind, text, first, last, rule)  # type: ignore[arg-type]
    assert type(got) is newsdump.Block
    assert attrs.astuple(got) == attrs.astuple(expected)
    assert got == expected
    assert hash(got) == hash(expected)
    assert repr(got) == repr(expected)


edit_values = st.tuples(
    st.sampled_from(["join", "split", "set-aside", "keep"]),
    st.lists(st.integers(1, 99), min_size=1, max_size=2).map(tuple),
    st.text(max_size=6),
    st.floats(0, 1),
    st.sampled_from(["", " "]),
    st.integers(0, 40),
    st.none() | block_kinds,
    st.booleans(),
    st.sampled_from(["rule", "model"]),
    st.none() | st.floats(0, 1),
)


@given(edit_values)
def test_the_walks_edits_equal_the_edits_attrs_builds(values: tuple[object, ...]) -> None:
    _, make_edit = _repair_replay.builders()
    got = make_edit(*values)
    expected = newsdump.Edit(**dict(zip(EDIT_FIELDS, values, strict=True)))  # type: ignore[arg-type]
    assert type(got) is newsdump.Edit
    assert attrs.astuple(got) == attrs.astuple(expected)
    assert got == expected
    assert got.to_dict() == expected.to_dict()
    assert newsdump.Edit.from_dict(got.to_dict()) == got


def test_the_features_of_an_invented_record_in_the_order_the_score_adds_them() -> None:
    # (the order is the order of the sum: recorded from the code before the constants)
    lines = ["Talks with", "Anna Berg", "ended on Monday.", "Later, he said."]
    record = ("record:short-lines>=0.5", "record:continuations>=0.1", "record:link-lines>=0.1")
    assert [(pair, rule, f) for pair, rule, _, f in _repair.break_features(lines)] == [
        (
            (1, 2),
            "function-word-at-end",
            (
                "bias",
                "rule:function-word-at-end",
                *record,
                "prev:ends-unpunctuated",
                "prev:ends-function-word",
                "prev:chars<30",
                "prev:words<=4",
                "next:starts-upper",
                "next:short-unpunctuated",
                "next:chars<30",
                "after:continues",
                "link-shape",
                "list-shape",
                "link-sandwich",
                "link-shape-in-linked-record",
                "prev:last-word-lower",
                "short-pair",
                "link-shape-then-sentence-end",
            ),
        ),
        (
            (2, 3),
            "lower-case-start",
            (
                "bias",
                "rule:lower-case-start",
                *record,
                "prev:ends-unpunctuated",
                "prev:chars<30",
                "prev:words<=4",
                "prev:title-case",
                "next:starts-lower",
                "next:ends-sentence",
                "next:chars<30",
                "after:starts-upper",
                "prev:last-word-capital",
                "short-pair",
                "block:unpunctuated-run",
            ),
        ),
        (
            (3, 4),
            "sentence-end",
            (
                "bias",
                "rule:sentence-end",
                *record,
                "prev:ends-full-stop",
                "prev:chars<30",
                "prev:words<=4",
                "next:starts-upper",
                "next:ends-sentence",
                "next:chars<30",
                "after:none",
                "next:inner-punctuation",
                "short-pair",
            ),
        ),
    ]


def reference_counts(sample: list[str]) -> list[int]:
    """The marker counts as `_decide` counted them before: every word counted (the
    punctuation next to a word left out), then the markers' counts kept."""
    seen = Counter(re.findall(r"[^\s.,;:!?\"()\[\]«»“”„…]+", " ".join(sample).lower()))
    counts = [0] * len(_language._LANGUAGES)
    for w in seen.keys() & _language._MARKER_OF.keys():
        for k in _language._MARKER_OF[w]:
            counts[k] += seen[w]
    return counts


def reference_decide(sample: list[str]) -> str:
    counts = reference_counts(sample)
    best = max(counts)
    if best < _language.MIN_HITS:
        return ""
    lead = counts.index(best)
    runner_up = max(c for k, c in enumerate(counts) if k != lead)
    return str(_language._LANGUAGES[lead]) if best >= _language.LEAD * runner_up else ""


def words_of(sample: list[str]) -> list[str]:
    """The words `guess_language` hands `_decide`, line by line."""
    return [w for line in sample for w in _language._words(line)]


marker_words = sorted(_language._MARKER_OF)
words = st.sampled_from([*marker_words, "Die", "THE", "und,", "Zug", "río", "ökonomie", "x"])
lines = st.lists(words, max_size=12).map(" ".join)


@given(st.lists(lines, max_size=8))
def test_the_language_guess_equals_counting_every_word(sample: list[str]) -> None:
    assert _language._decide(words_of(sample)) == reference_decide(sample)


def test_the_language_guess_of_invented_records() -> None:
    de = ["Die Regierung hat mit den Vertretern der Clubszene gesprochen, und sie ist nicht"] * 3
    fr = ["Le gouvernement a rencontré les représentants des clubs et il dit que la nuit est"] * 3
    assert _language._decide(words_of(de)) == reference_decide(de) == "de"
    assert _language._decide(words_of(fr)) == reference_decide(fr) == "fr"
    assert _language._decide(words_of(["Anna Berg", "Jane Roe"])) == ""


_repair_context = private("_repair_context")
quote_texts = st.text(st.sampled_from(["'", "‘", "’", "s", " ", "(", "a", '"', "”"]), max_size=10)


@given(st.lists(st.lists(quote_texts, min_size=1, max_size=4), max_size=4))
def test_single_quotes_counted_when_asked_equal_counting_every_text(
    batches: list[list[str]],
) -> None:
    # texts come in batches (a break each); `closes("'")` is asked after each batch
    quotes = _repair_context.Quotes()
    seen: list[str] = []
    for batch in batches:
        for text in batch:
            quotes.push(text)
        seen += batch
        quotes.count()
        opened = sum(len(_repair_context._SINGLE_OPEN.findall(t)) for t in seen)
        closed = sum(len(_repair_context._SINGLE_CLOSE.findall(t)) for t in seen)
        assert quotes.closes("'") == (opened > closed)
        assert (quotes.single_open, quotes.single_close) == (opened, closed)
    quotes.reset()
    quotes.push("it's")
    quotes.count()
    assert quotes.closes("'") is False  # (nothing of the block before the reset is left)


def test_a_single_quote_opened_in_an_earlier_line_closes() -> None:
    quotes = _repair_context.Quotes()
    quotes.push("He called it 'the plan")
    quotes.count()
    assert quotes.closes('"') is False
    quotes.push("of the year")
    quotes.count()
    assert quotes.closes("'") is True
    assert _repair.repair(["He called it 'the plan", "of the year", "' and left."]).blocks[
        0
    ].text == ("He called it 'the plan of the year' and left.")


def test_a_piece_split_off_a_line_set_aside_whole_replays_as_a_paragraph() -> None:
    # the head of the article bounds "aa." (noise) and the glued "Aa," after it is a paragraph
    # of its own in the walk: the replay gave it the line's set-aside kind (found by the
    # property test of tests/test_repair_layout.py)
    sentence = "The council met on Monday evening to discuss the harbour budget for next year."
    lines = ["aa.Aa,", sentence, sentence]
    fixed = _repair.repair(lines)
    assert [(b.kind, b.text) for b in fixed.blocks[:2]] == [("noise", "aa."), ("paragraph", "Aa,")]
    assert _repair.apply_edits(lines, fixed.edits) == fixed.blocks
