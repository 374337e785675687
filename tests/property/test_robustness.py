"""Strict mode raises nothing but DumpError; lenient mode raises nothing, for any text and (via
`read`) any bytes; every Problem and DumpError position is a real line and column."""

from __future__ import annotations

import contextlib
import io

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.property.helpers import assert_positions, input_lines
from tests.target import newsdump
from tests.target import strategies as S

any_text = st.one_of(S.hostile_text(), S.dump_records(), st.text())


@given(any_text)
def test_lenient_never_raises_and_positions_are_real(text: str) -> None:
    articles = newsdump.parse(text)
    assert_positions(text, [(p.line, p.column) for a in articles for p in a.problems])
    lines = input_lines(text)
    for a in articles:
        assert a.source is not None
        assert 1 <= a.source.first_line <= a.source.last_line <= len(lines)
        for b in a.blocks:
            assert 1 <= b.first_line <= b.last_line <= len(lines)


@given(any_text)
def test_strict_raises_only_dump_error_at_a_real_position(text: str) -> None:
    error: newsdump.DumpError | None = None
    try:
        newsdump.parse(text, strict=True)
    except newsdump.DumpError as err:
        error = err
    if error is not None:
        assert_positions(text, [(error.line, error.column)])
        assert error.record >= 1


@given(st.binary(max_size=2000) | S.hostile_text().map(lambda t: t.encode("utf-8", "replace")))
def test_read_any_bytes(data: bytes) -> None:
    articles = list(newsdump.read(io.BytesIO(data)))
    text = data.decode("utf-8", "replace")
    if data.startswith(b"\xef\xbb\xbf"):
        text = text[1:]  # the reader drops the BOM, and only the first one (a second is text)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return  # UTF-16: the positions are in the decoded text (tests/test_hostile.py)
    assert_positions(text, [(p.line, p.column) for a in articles for p in a.problems])
    try:
        list(newsdump.read(io.BytesIO(data), strict=True))
    except newsdump.DumpError as err:
        assert_positions(text, [(err.line, err.column)])


@given(st.binary(max_size=500))
def test_strict_read_of_bytes_raises_only_dump_error(data: bytes) -> None:
    with contextlib.suppress(newsdump.DumpError):
        list(newsdump.read(io.BytesIO(data), strict=True))


def test_strict_error_positions_example() -> None:
    with pytest.raises(newsdump.DumpError) as info:
        newsdump.parse(" date 2023-02-07 x\nTitle\nbo\x00dy", strict=True)
    assert (info.value.line, info.value.column, info.value.code) == (3, 3, "nul-character")
