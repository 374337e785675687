"""The front's fast paths of the twelfth session (issue #16) answer as the slow ones did:
`_layout._squash` squashes an ASCII text as bytes instead of by the regex."""

from __future__ import annotations

import string
from typing import Final

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.target import SHARED, private

layout = private("_layout")

CORPUS: Final = SHARED / "corpus"


def _slow_squash(text: str) -> str:
    return str(layout._NOT_ALNUM.sub("", text.casefold()))


def test_the_bytes_deleted_are_the_ascii_characters_the_regex_drops() -> None:
    dropped = bytes(b for b in range(128) if layout._NOT_ALNUM.fullmatch(chr(b)))
    assert dropped == layout._ASCII_NOT_ALNUM
    assert b"_" in dropped
    assert b"a" not in dropped
    assert b"7" not in dropped


@given(st.text(alphabet=string.printable, max_size=80))
def test_squash_of_ascii_text_equals_the_regex(text: str) -> None:
    assert layout._squash(text) == _slow_squash(text)


@given(st.text(max_size=40))
def test_squash_of_any_text_equals_the_regex(text: str) -> None:
    assert layout._squash(text) == _slow_squash(text)


def test_squash_examples() -> None:
    assert layout._squash("Rain — in Lisbon!") == "raininlisbon"
    assert layout._squash("FennPoint.com") == "fennpointcom"
    assert layout._squash("Straße_2") == "strasse2"
    assert layout._squash("") == ""


def test_squash_on_every_short_corpus_line() -> None:
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is absent")
    total = 0
    for path in sorted(CORPUS.rglob("*.txt"))[::4]:
        text = path.read_text(encoding="utf-8", errors="surrogateescape")
        for raw in text.splitlines()[:12]:  # (the front: what `find_front` squashes)
            total += 1
            assert layout._squash(raw) == _slow_squash(raw), raw
    assert total > 5_000
