"""The teaser stage's exact screens (issue #16, the fourteenth session's second round).

- `_repair_furniture.first_word` is `words_key`'s first word, read without the rest of the line:
  `furniture` and `teaser_asides` turn a line down on it before building its whole key.
- `_repair_between._two_noisy` turns a record down when fewer than two of its lines may be noise
  by `_noise_rule` (a set-aside of kind noise, or a bound): a line between two lines of junk
  needs two.  Checked against the stage before its screen (copied below) on generated records.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Final

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from tests.target import private

furn = private("_repair_furniture")
between = private("_repair_between")
registry = private("_repair_registry")
tail_words = private("_repair_tail_words")

_CORPUS: Final = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"


@given(st.text())
@example("« save my name, email")
@example("")
@example("__ _x")
@example("...")
@example("٣ مقالات")
def test_first_word_is_the_keys_first_word(text: str) -> None:
    low = text.lower()
    assert furn.first_word(low) == furn.words_key(low).partition(" ")[0]


def test_first_word_on_corpus_lines() -> None:
    """Every line of junk-dev C and dev-web (when the corpora are there)."""
    files = sorted((_CORPUS / "junk-dev" / "C").glob("*.txt"))[:150]
    files += sorted((_CORPUS / "dev-web").rglob("*.txt"))[:150]
    if not files:
        pytest.skip("no corpus at ../shared/corpus")
    seen = 0
    for path in files:
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            low = line.lower()
            assert furn.first_word(low) == furn.words_key(low).partition(" ")[0], line
            seen += 1
    assert seen > 1000


def _between_before(
    texts: Sequence[str],
    open_: Callable[[int], bool],
    asides: list[Any],
    where: Sequence[Any] | None,
) -> None:
    """`between_asides` before its screen."""
    begun = next(
        (
            k
            for k, t in enumerate(texts)
            if t[-1] in ".!?…" and t.count(" ") >= between.BEGUN_WORDS - 1
        ),
        None,
    )
    if begun is None:
        return
    taken = []
    for i in range(begun + 1, len(texts) - 1):
        was = asides[i]
        if was is not None and was.kind == "noise":
            continue
        text = texts[i]
        if text.endswith(between._FINISHED) or text.count(" ") >= between.BETWEEN_WORDS:
            continue
        bound = where[i] if where is not None else None
        if bound is not None and (was is None or was.kind in tail_words.BOUND_TAKES[bound.rule]):
            continue
        before = between._noise_rule(i - 1, asides, where)
        if not before or before in between._NOT_AROUND:
            continue
        after = between._noise_rule(i + 1, asides, where)
        if not after or after in between._NOT_AROUND or before == after == between._HEAD:
            continue
        if texts[i - 1] != texts[i + 1] and open_(i):
            taken.append(i)
    for i in taken:
        asides[i] = between.BETWEEN


_ASIDES: Final = [
    None,
    registry.RULES["noise:ad-label"].aside,
    registry.RULES["noise:relative-time"].aside,
    registry.RULES["noise:read-more"].aside,
    registry.RULES["noise:title"].aside,
    *(  # (a heading's and a list item's shapes, which some bounds take over)
        next(r.aside for r in registry.RULES.values() if r.block_kind and r.aside.kind == kind)
        for kind in ("heading", "list-item")
    ),
]
_BOUNDS: Final = [
    None,
    *(registry.RULES[r].aside for r in tail_words.BOUND_TAKES if r in registry.RULES),
]
_LINES: Final = st.sampled_from(
    [
        "The ferry left the harbour at dawn on Monday, the operator said.",
        "Advertisement",
        "Storm closes the coast road",
        "2 hours ago",
        "Die Brücke bleibt im Winter gesperrt, sagte der Bürgermeister am Montag.",
        "Mehr zum Thema",
        "Photo: Jane Roe",
        "Anna Berg",
    ]
)


@st.composite
def _record(draw: st.DrawFn) -> tuple[list[str], list[Any], list[Any] | None]:
    n = draw(st.integers(min_value=1, max_value=9))
    texts = draw(st.lists(_LINES, min_size=n, max_size=n))
    asides = draw(st.lists(st.sampled_from(_ASIDES), min_size=n, max_size=n))
    where = draw(st.none() | st.lists(st.sampled_from(_BOUNDS), min_size=n, max_size=n))
    return texts, asides, where


@given(_record(), st.booleans())
def test_between_asides_as_before_its_screen(
    record: tuple[list[str], list[Any], list[Any] | None], opened: bool
) -> None:
    texts, asides, where = record
    new, old = list(asides), list(asides)
    between.between_asides(texts, lambda i: opened, new, where)
    _between_before(texts, lambda i: opened, old, where)
    assert new == old


@given(_record())
def test_two_noisy_false_means_fewer_than_two_noisy_lines(
    record: tuple[list[str], list[Any], list[Any] | None],
) -> None:
    _, asides, where = record
    noisy = sum(1 for k in range(len(asides)) if between._noise_rule(k, asides, where))
    if not between._two_noisy(asides, where):
        assert noisy < 2


def test_the_generated_records_reach_both_sides_of_the_screen() -> None:
    """The stage sets a line aside on a record the screen lets through (the draws can)."""
    ad = registry.RULES["noise:ad-label"].aside
    ago = registry.RULES["noise:relative-time"].aside
    texts = [
        "The ferry left the harbour at dawn on Monday, the operator said.",
        "Advertisement",
        "Storm closes the coast road",
        "2 hours ago",
    ]
    asides = [None, ad, None, ago]
    assert between._two_noisy(asides, None)
    assert not between._two_noisy([None, ad, None, None], None)
    between.between_asides(texts, lambda i: True, asides, None)
    assert asides[2] == between.BETWEEN
