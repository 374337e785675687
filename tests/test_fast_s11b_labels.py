"""The label screen's fast path (issue #16, the eleventh session's second round) answers as the
slow one did: `label_aside` matches an ASCII line's lower case, which the walk made already,
against `_LABEL_LINE_LOW` (the same pattern without IGNORECASE) instead of the line against
`_LABEL_LINE`.  The same answer when every letter of the pattern is lower-case and no character
of it is matched, case-insensitively, by an ASCII character other than its own lower case:
proved from Python's parse of the pattern (as tests/test_fast_s11_hints.py does for the start
screen), and checked on generated lines and on every short ASCII corpus line.
"""

from __future__ import annotations

import re
import string
from typing import Any, Final

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.target import SHARED, private
from tests.test_fast_s11_hints import ASCII, _chars, _sre_parse

labels = private("_repair_labels")
context = private("_repair_context")

CORPUS: Final = SHARED / "corpus"


def test_lowered_label_pattern_is_the_pattern_for_ascii_lines() -> None:
    source = labels._LABEL_SOURCE
    assert source.startswith("(?ix)")
    assert labels._LABEL_LINE.flags & re.IGNORECASE
    low = re.compile(labels._LABEL_LINE_LOW.pattern)
    assert not low.flags & re.IGNORECASE
    folds = labels._ASCII_FOLDS
    assert low.pattern == "(?x)" + source[len("(?ix)") :].translate(folds)
    # (a folded letter is a literal in both: the two patterns have one shape)
    assert all(
        not chr(k).isascii() and chr(k).isalpha() and chr(v).isascii() for k, v in folds.items()
    )
    assert low.groupindex == labels._LABEL_LINE.groupindex  # (the same rule for each match)
    parsed = _sre_parse.parse(source, re.VERBOSE | re.IGNORECASE)
    chars = set(_chars(parsed))
    assert {"a", "p", "©", "·", "ф", "ı"} <= chars  # (the walk reached the alternatives)
    for ch in chars:
        assert ch == ch.lower() or not ch.isalpha(), ch
        one = re.compile(re.escape(ch), re.IGNORECASE)
        # an ASCII character matches it case-insensitively exactly when its lower case is it
        # (or, for a folded letter, the ASCII letter it stands for in the lowered pattern)
        same = ch.translate(folds)
        assert [a for a in ASCII if one.fullmatch(a)] == [a for a in ASCII if a.lower() == same]


def _same(line: str) -> None:
    slow = labels.label_aside(line)
    assert labels.label_aside(line, line.lower()) is slow, line


_WORDS: Final = [
    "Advertisement",
    "ANZEIGE",
    "Read also",
    "Lesen Sie auch:",
    "Photo:",
    "Foto",
    "Bild: ",
    "(Getty Images)",
    "AFP",
    "dpa/",
    "Reuters",
    "With reporting by",
    "Mit Material von",
    "3 hours ago",
    "vor 2 Stunden",
    "Updated 5 min.",
    "Privacy Policy",
    "Sign in",
    "Play video",
    "2:43 min",
    "Dauer: 1:05",
    "Subscribers only",
    "A post shared by",
    "— Anna Berg (@aberg)",
    "Anna Berg | Photo: ",
    "Story continues below",
    "The",
    "Ayrica okuyun",
    "12",
    "- ",
]


@given(
    st.sampled_from(_WORDS),
    st.lists(st.booleans(), max_size=16),
    st.text(alphabet=string.printable.strip() + " ", max_size=40),
)
def test_lowered_label_match_equals_the_full_pattern(
    word: str, flips: list[bool], tail: str
) -> None:
    head = "".join(
        ch.swapcase() if i < len(flips) and flips[i] else ch for i, ch in enumerate(word)
    )
    line = (head + tail).strip()
    if line:
        _same(line)


@given(st.text(alphabet=string.printable, min_size=1, max_size=60))
def test_lowered_label_match_equals_the_full_pattern_on_any_ascii(text: str) -> None:
    line = text.strip()
    if line:
        _same(line)


def test_lowered_label_match_on_every_corpus_line() -> None:
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is absent")
    total = found = 0
    for path in sorted(CORPUS.rglob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="surrogateescape")
        for raw in text.splitlines():
            line = raw.strip()
            if line and line.isascii() and len(line) <= labels.LABEL_MAX:
                total += 1
                found += labels.label_aside(line) is not None
                _same(line)
    assert total > 10_000
    assert found > 100  # (labels were met, not only lines no rule takes)


def test_a_line_not_ascii_takes_the_full_pattern() -> None:
    # (its lower case may not line up with it: ``İ`` lowers to two characters)
    line = "İmage: Anna Berg"
    assert labels.label_aside(line, line.lower()) is labels.label_aside(line)
    assert labels.label_aside("Photo: Anna Berg", "photo: anna berg").rule == "noise:caption"
    assert labels.label_aside("Fotó: Anna Berg", "fotó: anna berg") is labels.label_aside(
        "Fotó: Anna Berg"
    )


def _label_asides_slow(
    texts: list[str], blank: list[bool], split: list[bool], info: Any, asides: list[Any]
) -> None:
    """`label_asides` as it was: every line's context first, then `label_aside` on the line."""
    for i, text in enumerate(texts):
        if (
            len(text) > labels.LABEL_MAX
            or split[i]
            or info.fw[i]
            or not labels._open(i, asides, blank, info)
        ):
            continue
        asides[i] = labels.label_aside(text) or asides[i]


_LINES: Final = [
    *_WORDS,
    "Anna Berg | Foto: Agentur Nord",
    "Anna Berg / Bild: Nord",
    "Ein Bild · Foto: Nord",
    "The council met on Monday.",
    "and the mayor said",
    "Follow the mayor on Facebook, Twitter and Instagram.",
    "Read more",
    "ΑΣ ΒΓ",
    "İmage: Anna Berg",
    "Dauer: 2:10",
    "(AFP)",
    "Bilder von der Sitzung sind über das Fotoservice des Rates abrufbar.",
]


@given(
    st.lists(
        st.tuples(
            st.sampled_from(_LINES) | st.text(string.printable.strip(), min_size=1, max_size=20),
            st.booleans(),
            st.booleans(),
            st.booleans(),
        ),
        min_size=1,
        max_size=12,
    )
)
def test_label_asides_equals_the_line_by_line_loop(
    rows: list[tuple[str, bool, bool, bool]],
) -> None:
    texts = [text.strip() or "x" for text, _, _, _ in rows]
    blank = [b for _, b, _, _ in rows]
    split = [s for _, _, s, _ in rows]
    heading = labels.RULES["heading-shape"].aside
    start = [heading if h else None for _, _, _, h in rows]
    info = context.LineFacts(texts, texts, split)
    lows = [t.lower() if len(t) <= context.LOWERED_MAX else "" for t in texts]
    slow, fast = list(start), list(start)
    _label_asides_slow(texts, blank, split, info, slow)
    labels.label_asides(texts, blank, split, info, fast, lows)
    assert fast == slow
    fast = list(start)
    labels.label_asides(texts, blank, split, info, fast)  # (without the lower cases)
    assert fast == slow
