"""The model's record flags (issue #16, eighth session, second round) read once per record.

`features` reads three facts of the record for every break (link lines, a link line inside a
sentence, breaks before links); `_record_flags` reads them once, when the record's feature
indices are filled in.  Checked: against the tests they replace, on every record `LineFacts` can
name; that a `Break` given another record reads that record's flags; and, whatever the
implementation, that the combined features are on exactly when their parts are (generated
records cut at links, and records of the corpora under ``../shared/corpus``, skipped where
absent).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import Final

import pytest
from hypothesis import given, settings

from newsdump._repair_context import Break
from tests.target import SHARED, private, strategies

model = private("_repair_model")
context = private("_repair_context")
repair_mod = private("_repair")

_RECORD_NAMES: Final = tuple(
    name
    for name in model.FEATURES
    if name.startswith("record:") and name != "record:hard-wrapped"  # (the wrap is the walk's)
)
_LINKED: Final = ("record:link-lines>=0.03", "record:link-lines>=0.1")


def _old_flags(record: tuple[str, ...]) -> tuple[bool, bool, bool]:
    """The tests `features` made at every break before (the reference)."""
    return (
        bool(record) and record[-1] in _LINKED,
        "record:link-line-inside-sentence" in record,
        "record:breaks-before-links" in record,
    )


def _records() -> Iterator[tuple[str, ...]]:
    """Every subset of the record facts, in the order `LineFacts` names them."""
    for k in range(len(_RECORD_NAMES) + 1):
        yield from itertools.combinations(_RECORD_NAMES, k)


def test_line_facts_names_only_these_facts() -> None:
    lines = ["A link", "cut here", "and here."]
    facts = context.LineFacts(lines, lines, [False] * 3)
    assert set(facts.record) <= set(_RECORD_NAMES)


def test_record_flags_equal_the_tests_they_replace() -> None:
    seen = 0
    for record in _records():
        assert model._record_flags(record) == _old_flags(record), record
        seen += 1
    assert seen == 2 ** len(_RECORD_NAMES)


def _break(record: tuple[str, ...]) -> Break:
    b: Break = context.Break(context.Quotes(), 0, record, ["Talks with", "Anna Berg", "ended."])
    b.prev, b.nxt, b.after = "Talks with", "Anna Berg", "ended."
    b.prev_term, b.nxt_term, b.after_cont, b.after_term = "", "", True, "."
    b.block_start = "Ta"
    return b


def test_a_break_reads_its_own_records_flags() -> None:
    """Filled in on first use, with the feature indices: a `Break` made for another record (or
    whose indices were reset) reads that record's flags, not the last one's."""
    rule = "unfinished-before-capital"
    for record in _records():
        fresh = _break(record)
        got = model.features(fresh, rule)
        assert fresh.record_flags == _old_flags(record)
        reused = _break(())
        model.features(reused, rule)
        reused.record = record
        reused.record_features = None
        assert model.features(reused, rule) == got


_COMBINED: Final = (
    ("link-shape-in-linked-record", ("link-shape",), _LINKED),
    ("unfinished-before-capital-in-linked-record", ("rule:unfinished-before-capital",), _LINKED),
    (
        "link-shape-in-sentence-linked-record",
        ("link-shape",),
        ("record:link-line-inside-sentence",),
    ),
    (
        "unfinished-before-capital-in-sentence-linked-record",
        ("rule:unfinished-before-capital",),
        ("record:link-line-inside-sentence",),
    ),
    ("link-shape-in-breaks-before-links-record", ("link-shape",), ("record:breaks-before-links",)),
    (
        "unfinished-before-capital-in-breaks-before-links-record",
        ("rule:unfinished-before-capital",),
        ("record:breaks-before-links",),
    ),
)
"""A feature on exactly when all of its parts are and one of the record's facts is."""


def _check_combined(lines: list[str]) -> int:
    judged = 0
    for report in repair_mod.explain(lines):
        if report.probability is None:
            continue
        names = set(report.features)
        names.add(f"rule:{report.rule}")
        for combined, parts, record in _COMBINED:
            expected = all(p in names for p in parts) and any(r in names for r in record)
            assert (combined in names) == expected, (combined, report)
        judged += 1
    return judged


@settings(max_examples=100, deadline=None)
@given(strategies.scraped(strategies.paragraphs(), model="around"))
def test_combined_features_on_generated_records(doc: strategies.Scraped) -> None:
    _check_combined(list(doc.lines))


CORPUS: Final = SHARED / "corpus"


@pytest.mark.skipif(not (CORPUS / "train").is_dir(), reason="shared corpus absent")
def test_combined_features_on_corpus_records() -> None:
    judged = 0
    for path in sorted((CORPUS / "train").glob("*/*.txt"))[::10]:
        text = path.read_text(encoding="utf-8")
        judged += _check_combined(text.splitlines()[1:])
    assert judged > 1000
