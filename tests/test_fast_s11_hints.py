"""The eleventh session's fast paths (issue #16) answer as the slow ones did: `aside_hints`'s
start test, and the list clause's conjunction (`_repair_apart._item`).

An ASCII line's start is matched by `_ASIDE_START_LOW`, the same pattern without IGNORECASE,
against the line's lower case: the regex engine skips an alternative on its first character
only when it matches case-sensitively.  That is the same answer when every letter of the
pattern is lower-case and no character of it is matched, case-insensitively, by an ASCII
character other than its own lower case: proved from Python's parse of the pattern, and checked
over every corpus line (skipped where absent) and over generated lines.
"""

from __future__ import annotations

import importlib
import re
import string
import sys
from collections.abc import Iterator
from typing import Any, Final

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.target import SHARED, private

junk = private("_repair_junk")
apart = private("_repair_apart")

CORPUS: Final = SHARED / "corpus"

_NEW: Final = sys.version_info >= (3, 11)
_sre_parse: Final[Any] = importlib.import_module("re._parser" if _NEW else "sre_parse")
_c: Final[Any] = importlib.import_module("re._constants" if _NEW else "sre_constants")

ASCII: Final = [chr(c) for c in range(128)]


def _chars(items: Any) -> Iterator[str]:
    """Every character the parsed pattern names (literals, class members and ranges); fails on
    a group that turns IGNORECASE off (its letters would be case-sensitive in both)."""
    for op, av in items:
        if op in (_c.LITERAL, _c.NOT_LITERAL):
            yield chr(av)
        elif op is _c.IN:
            for sub_op, sub_av in av:
                if sub_op in (_c.LITERAL, _c.NOT_LITERAL):
                    yield chr(sub_av)
                elif sub_op is _c.RANGE:
                    yield from (chr(c) for c in range(sub_av[0], sub_av[1] + 1))
        elif op is _c.BRANCH:
            for alt in av[1]:
                yield from _chars(alt.data)
        elif op is _c.SUBPATTERN:
            assert not av[2] & re.IGNORECASE, "a group that turns IGNORECASE off"
            yield from _chars(av[-1].data)
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT if _NEW else _c.MAX_REPEAT):
            yield from _chars(av[2].data)
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            yield from _chars(av[1].data)
        else:  # (anchors, categories, any-character: the same whatever the case)
            assert op in (_c.AT, _c.ANY, _c.CATEGORY), op


def test_lowered_pattern_is_the_pattern_for_ascii_lines() -> None:
    source = junk._ASIDE_START_SOURCE
    assert source.startswith("(?ix)")
    assert re.compile(source).flags & re.IGNORECASE
    assert not junk._ASIDE_START_LOW.flags & re.IGNORECASE
    assert junk._ASIDE_START_LOW.pattern == "(?x)" + source[len("(?ix)") :]
    chars = set(_chars(_sre_parse.parse(source, re.VERBOSE | re.IGNORECASE)))
    assert {"p", "b", "©", "ф"} <= chars  # (the walk reached the alternatives)
    for ch in chars:
        assert ch == ch.lower() or not ch.isalpha(), ch
        one = re.compile(re.escape(ch), re.IGNORECASE)
        # an ASCII character matches it case-insensitively exactly when its lower case is it
        assert [a for a in ASCII if one.fullmatch(a)] == [a for a in ASCII if a.lower() == ch]


def _same(line: str) -> None:
    slow = junk.may_start_aside(line) and junk._ASIDE_START.match(line) is not None
    assert (junk._ASIDE_START_LOW.match(line.lower()) is not None) == slow, line


_WORDS: Final = [
    "Photo",
    "FOTO",
    "By",
    "von",
    "Die",
    "The",
    "Themen",
    "Tags",
    "Read",
    "Share",
    "Follow",
    "Most read",
    "Story c",
    "Sign UP",
    "comments",
    "Source:",
    "Loading",
    "LIVE",
    "a)",
    "2)",
    "*",
    "12",
    "Les p",
    "lo m",
    "Top s",
    "Watch:",
    "Video|",
    "Tag",
]


@given(
    st.sampled_from(_WORDS),
    st.lists(st.booleans(), max_size=12),
    st.text(alphabet=string.printable.strip() + " ", max_size=30),
)
def test_lowered_match_equals_the_full_pattern(word: str, flips: list[bool], tail: str) -> None:
    head = "".join(
        ch.swapcase() if i < len(flips) and flips[i] else ch for i, ch in enumerate(word)
    )
    line = (head + tail).strip()
    if line:
        _same(line)


@given(st.text(alphabet=string.printable, min_size=1, max_size=40))
def test_lowered_match_equals_the_full_pattern_on_any_ascii(text: str) -> None:
    line = text.strip()
    if line:
        _same(line)


def test_lowered_match_on_every_corpus_line() -> None:
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is absent")
    total = 0
    for path in sorted(CORPUS.rglob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="surrogateescape")
        for raw in text.splitlines():
            line = raw.strip()
            if line and line.isascii() and len(line) <= junk.SHORT_ASIDE:
                total += 1
                _same(line)
    assert total > 10_000


def test_aside_hints_reads_the_line_not_only_its_lower_case() -> None:
    # a non-ASCII line takes the full pattern (its lower case may not line up with it)
    assert junk.aside_hints("İmage: Anna Berg", "i̇mage: anna berg") & junk.NOISE_HINT
    assert junk.aside_hints("Von Anna Berg", "von anna berg") & junk.ITEM_HINT
    assert junk.aside_hints("Die Wahl", "die wahl") & junk.ITEM_HINT  # (``di``: a byline)
    assert not junk.aside_hints("The vote was close.", "the vote was close.") & junk.ITEM_HINT
    assert junk.aside_hints("Themen: Wahl", "themen: wahl") & junk.NOISE_HINT


def _item_slow(line: str) -> bool:
    return line[-1] == "," or apart._LIST_AND.match(line) is not None


_CONJUNCTIONS: Final = apart.LIST_AND_WORDS.split("|")


def test_list_and_tail_fits_every_conjunction() -> None:
    assert apart.LIST_AND_TAIL == 1 + max(map(len, _CONJUNCTIONS)) == 5
    assert apart._LIST_AND.pattern.endswith(apart._LIST_AND_END.pattern[len("(?i)") :])


@given(
    st.text(alphabet="ab ,\t\n\u00a0\u2028.İıIKk", max_size=12),
    st.sampled_from(["", " ", "\t", "\n", "\u00a0", ",", "-"]),
    st.sampled_from([*_CONJUNCTIONS, "AND", "Und", "ODER", "İ", "ı", "И", "Или", "band", "x"]),
    st.sampled_from(["", " ", ",", "\n", "s"]),
)
def test_item_equals_the_full_pattern(head: str, sep: str, word: str, tail: str) -> None:
    line = head + sep + word + tail
    if line:
        assert apart._item(line) == _item_slow(line), repr(line)


@given(st.text(min_size=1, max_size=30))
def test_item_equals_the_full_pattern_on_any_text(line: str) -> None:
    assert apart._item(line) == _item_slow(line), repr(line)


def test_item_on_every_corpus_line() -> None:
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is absent")
    total = ends = 0
    for path in sorted(CORPUS.rglob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="surrogateescape")
        for raw in text.splitlines():
            line = raw.strip()
            if line:
                total += 1
                slow = _item_slow(line)
                ends += slow
                assert apart._item(line) == slow, line
    assert total > 10_000
    assert ends > 100  # (lines ending in a comma or a conjunction were met)


def test_item_examples() -> None:
    assert apart._item("schlafen besser,")
    assert apart._item("arbeiten lieber und")
    assert apart._item("Кошки и")
    assert apart._item("café OR")
    assert not apart._item("Sandra")  # (``and`` ends it, with no space before)
    assert not apart._item("und")
    assert apart._item(" und")
    assert not apart._item("a\nb und")  # (the full pattern's ``.`` stops at the newline)
    assert apart._item("a\nb und") == _item_slow("a\nb und")
