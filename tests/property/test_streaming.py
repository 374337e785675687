"""Streaming = whole text: `read` over any stream gives exactly what `parse` gives."""

from __future__ import annotations

import io
from typing import IO, cast

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from tests.property.helpers import TextTrickle, Trickle, everything
from tests.target import newsdump
from tests.target import strategies as S

texts = st.one_of(S.dump_records(), S.hostile_text())
chunk = st.integers(1, 64)


def _encodable(text: str) -> str:
    # lone surrogates cannot be written to a file: they stand for the bytes decoding replaced
    return text.encode("utf-8", "replace").decode("utf-8")


# a drawn text like `)).gz` looks like a file name to `parse`, which warns and reads it as text,
# as these tests mean it to (random runs drew `.???.gzgz.gz` for the chunked and BOM tests too)
_NAME_LIKE = pytest.mark.filterwarnings("ignore:parse\\(\\) was given:UserWarning")


@_NAME_LIKE
@given(texts)
def test_read_bytes_equals_parse(text: str) -> None:
    text = _encodable(text)
    data = text.encode("utf-8")
    assert everything(newsdump.read(io.BytesIO(data))) == everything(newsdump.parse(text))


@_NAME_LIKE
@given(texts, chunk)
@example(".???.gzgz.gz", 3)  # random run: a name-like draw warned here (see _NAME_LIKE)
def test_read_in_odd_sized_chunks_equals_parse(text: str, k: int) -> None:
    text = _encodable(text)
    expected = everything(newsdump.parse(text))
    data = text.encode("utf-8")
    assert everything(newsdump.read(cast(IO[bytes], Trickle(data, k)))) == expected
    assert everything(newsdump.read(io.BufferedReader(Trickle(data, k), 8))) == expected


@_NAME_LIKE
@given(texts, chunk)
@example(".???.gzgz.gz", 3)  # random run: a name-like draw warned here (see _NAME_LIKE)
def test_read_text_stream_in_chunks_equals_parse(text: str, k: int) -> None:
    assert everything(newsdump.read(cast(IO[str], TextTrickle(text, k)))) == everything(
        newsdump.parse(text)
    )


@_NAME_LIKE
@given(texts, chunk)
@example(".???.gzgz.gz", 3)  # random run: a name-like draw warned here (see _NAME_LIKE)
def test_read_with_bom_equals_parse(text: str, k: int) -> None:
    text = _encodable(text)
    data = b"\xef\xbb\xbf" + text.encode("utf-8")
    # a BOM is not text: exactly one, the first, is dropped
    assert everything(newsdump.read(cast(IO[bytes], Trickle(data, k)))) == everything(
        newsdump.parse("\ufeff" + text)
    )
