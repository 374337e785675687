"""The article bounds' fast paths (issue #16, seventh session) decide exactly as before.

Each shortcut is checked against the slow test it replaces, kept here as the reference: the
first-word screens of `END_LABEL` and `CUE_PHRASES` over lines the patterns themselves generate
(a screen must say "maybe" wherever the pattern matches), over generated text and over every
short line of the corpora under ``../shared/corpus`` (skipped where absent); the barriers read
only between prose units over generated records and every record of the news corpora.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Final

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.target import SHARED, private

bounds = private("_repair_bounds")
tw = private("_repair_tail_words")
tx = private("_text")
context = private("_repair_context")

CORPUS: Final = SHARED / "corpus"
NEWS: Final = ("dev-news", "train", "junk-dev")


def slow_has_cue(low: str) -> bool:
    """`has_cue` as it was before its phrase screen (the reference)."""
    for word in re.split(r"\W+", low):
        if word in tw.CUE_TERMS or word.startswith(tw.CUE_STEMS):
            return True
    return " " in low and tw.CUE_PHRASES.search(low) is not None


def slow_barrier(texts: Sequence[str], a: int, b: int) -> int:
    """`_barrier` as it was before the shared split and the end-label screen (the reference)."""
    cost = 0
    for k in range(a, b):
        text = texts[k]
        if text.count(" ") >= bounds.CUE_WORDS:
            continue
        if text.count(" ") < bounds.END_LABEL_WORDS and tw.END_LABEL.match(text):
            return int(bounds.TAIL_BARRIER)
        if not cost and bounds._cue_word(text):
            cost = bounds.CUE_BARRIER
    return cost


def slow_article_bounds(
    texts: Sequence[str], blank: Sequence[bool]
) -> tuple[int, int, list[tuple[int, int, bool]]] | None:
    """`article_bounds` as it was before it read barriers only between prose units (with the
    ninth session's comment heads, a barrier like an end label)."""
    facts = context.LineFacts(texts, texts, [False] * len(texts))
    heads = tw.comment_heads(texts)
    units: list[tuple[int, int, bool]] = []
    scores: list[int] = []
    prose = prose_chars = total = 0
    for a, b in bounds._units(texts, blank, facts):
        if not facts.term[b - 1] and not tw.line_stop("", texts[b - 1]):
            size = sum(map(len, texts[a:b])) + b - a - 1
            good = False
        else:
            text = " ".join(texts[a:b])
            size = len(text)
            good = bounds.is_prose(text, True)
        total += size
        units.append((a, b, good))
        if good:
            scores.append(size)
            prose += 1
            prose_chars += size
        else:
            head = any(i in heads for i in range(a, b))
            barrier = bounds.TAIL_BARRIER if head else slow_barrier(texts, a, b)
            scores.append(-barrier or -max(size, bounds.JUNK_FLOOR) // bounds.JUNK_DISCOUNT)
    first_prose = next((k for k, u in enumerate(units) if u[2]), len(units))
    for k in range(first_prose + 1, len(units)):  # (tail10: the tail under its label on)
        if tw.TAIL_LABEL.match(texts[units[k][0]]) or tw.END_LABEL.match(texts[units[k][0]]):
            if prose_chars < bounds.PROSE_SHARE * total:
                total -= sum(sum(map(len, texts[a:b])) + b - a - 1 for a, b, _ in units[k:])
            break
    if prose < bounds.MIN_PROSE or prose_chars < bounds.PROSE_SHARE * total:
        return None
    first, last = bounds.best_stretch(scores)
    return units[first][0], units[last - 1][1], units


def fast_end_label(text: str) -> bool:
    return bool(
        tw.may_be_end_label(text, tw.split_words(text.lower()))
        and tw.END_LABEL.match(text) is not None
    )


def _records() -> Iterator[list[str]]:
    for name in NEWS:
        for path in sorted((CORPUS / name).rglob("*.txt")):
            text = path.read_text(encoding="utf-8", errors="surrogateescape")
            yield [line.strip() for line in text.splitlines()]


# --- the end-label screen ------------------------------------------------------------------


@settings(max_examples=300)
@given(st.from_regex(tw.END_LABEL.pattern, fullmatch=True))
def test_end_label_screen_passes_every_label_the_pattern_makes(text: str) -> None:
    assert tw.END_LABEL.match(text) is not None
    assert tw.may_be_end_label(text, tw.split_words(text.lower()))


@given(st.text(max_size=40) | st.sampled_from(["Most read", "12 Comments", "ſtuff", "ſtart"]))
def test_end_label_screen_on_generated_text(text: str) -> None:
    assert fast_end_label(text) == (tw.END_LABEL.match(text) is not None)


def test_no_ascii_character_folds_to_a_letter_of_the_end_labels_beyond_ascii() -> None:
    # (the screen lower-cases ASCII lines only: that is exact when no ASCII character matches,
    # case-insensitively, a character of the pattern that is not ASCII)
    others = {c for c in tw.END_LABEL.pattern if not c.isascii()}
    assert others  # (the labels hold such letters: the check checks something)
    for c in others:
        assert not any(re.fullmatch("(?i)" + re.escape(c), chr(a)) for a in range(128)), c


def test_end_label_screen_examples() -> None:
    for label in ["Most read", "— 12 Comments —", "Meistgelesene", "Leave a reply"]:
        assert fast_end_label(label), label
    for line in ["Storm hits coast", "Mostly sunny", "Commentary", ""]:
        assert not tw.may_be_end_label(line, tw.split_words(line.lower())), line


# --- the cue phrases' screen ----------------------------------------------------------------


@settings(max_examples=300)
@given(
    st.from_regex(tw.CUE_PHRASES.pattern, fullmatch=False).map(str.lower),
)
def test_cue_screen_passes_every_phrase_the_pattern_makes(low: str) -> None:
    assert tw.has_cue(low) == slow_has_cue(low)


@given(st.text(max_size=60).map(str.lower))
def test_cue_screen_on_generated_text(low: str) -> None:
    assert tw.has_cue(low) == slow_has_cue(low)
    assert tw.has_cue(low, tw.split_words(low)) == slow_has_cue(low)


def test_cue_screen_examples() -> None:
    for low in ["see also", "mehr zum thema", "your opinion", "e-mail *", "back to top"]:
        assert tw.has_cue(low), low
    for low in ["see the river", "more rain today", "email me"]:
        assert not tw.has_cue(low), low


# --- the barriers, and the bounds -----------------------------------------------------------

_LINES: Final = st.sampled_from(
    [
        "The council voted on Monday to close the old bridge for the winter months.",
        "Repairs will start in the spring and take two years, the mayor said on Tuesday.",
        "Die Stadt schließt die alte Brücke über den Winter, sagte der Rat am Montag.",
        "Most read",
        "Comments",
        "12 Kommentare",
        "Artikel teilen",
        "Siehe auch",
        "Storm hits coast",
        "Team wins the cup again",
        "Prices rise again",
        "Related:",
        "Share this",
        "3",
        "12:55",
        "Ends here.",
        "",
    ]
)


@given(st.lists(_LINES | st.text(max_size=30), max_size=30))
def test_barrier_equals_the_slow_barrier(texts: list[str]) -> None:
    texts = [t for t in texts if t]
    assert bounds._barrier(texts, 0, len(texts)) == slow_barrier(texts, 0, len(texts))


@given(st.lists(_LINES, min_size=1, max_size=40))
def test_bounds_equal_the_slow_bounds_on_generated_records(texts: list[str]) -> None:
    texts = [t for t in texts if t]
    blank = [False] * len(texts)
    assert bounds.article_bounds(texts, blank) == slow_article_bounds(texts, blank)


def test_bounds_and_barriers_equal_the_slow_ones_on_every_news_record() -> None:
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is absent")
    records = bounded = lines = 0
    for record in _records():
        texts = [t for t in record if t]
        blank = [False] * len(texts)
        found = bounds.article_bounds(texts, blank)
        assert found == slow_article_bounds(texts, blank)
        records += 1
        bounded += found is not None
        for k, text in enumerate(texts):
            if text.count(" ") < bounds.CUE_WORDS:
                lines += 1
                assert bounds._barrier(texts, k, k + 1) == slow_barrier(texts, k, k + 1), text
                low = text.lower()
                assert tw.has_cue(low) == slow_has_cue(low), text
    assert records > 1000
    assert bounded > records // 10  # (the bounds were read: the check checks something)
    assert lines > 10_000


def test_no_ascii_character_is_an_uncased_letter() -> None:
    # (`_units` asks `letter_case` only of characters beyond ASCII)
    assert all(tx.letter_case(chr(c)) != "uncased" for c in range(128))
    assert tx.letter_case("中") == "uncased"  # (the check checks something)
