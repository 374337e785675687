"""One file in pieces (`newsdump._spans`): cuts only where `read` starts a record, and the
pieces' articles are the whole file's, numbers and offsets included.  Invented lines only."""

from __future__ import annotations

import codecs
import io
import itertools
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import example, given, settings
from hypothesis import strategies as st

from tests.target import newsdump, private

spans_module = private("_spans")

LINES = [
    " date 2024-01-03 https://example.org/news/snow-in-oslo.html",
    "date 2023-11-30 Wire",
    "   date 2022-06",
    " date",  # a bare header: its neighbours decide
    "date",
    "date night in Rome",
    "Snow returns to Oslo",
    "The talks ended.",
    "when the borders open",
    "",
    "14:05 GMT 03.01.2024",
    "Ünïcode — «citation» 雪",
    "a\x00b",
    # the neighbourhoods a cut must respect, as one piece so that they come up often
    "The talks ended.\n date",
    "Snow returns to Oslo\n\ndate",
    " date 2024-01-04 https://example.org/b\nThe talks ended.\n date",
]
ENDS = ["\n", "\n", "\n", "\r\n", "\r"]

texts = st.lists(st.tuples(st.sampled_from(LINES), st.sampled_from(ENDS)), max_size=40)


def _bytes(lines: list[tuple[str, str]], bom: bool, bad: int | None) -> bytes:
    data = "".join(text + end for text, end in lines).encode("utf-8")
    if bad is not None:
        at = min(bad, len(data))
        data = data[:at] + b"\xff" + data[at:]
    return (codecs.BOM_UTF8 if bom else b"") + data


def _key(article: Any) -> tuple[Any, ...]:
    return (article.to_dict(), article.source, article.problems, article.repairs)


@settings(max_examples=200, deadline=None)
@example(  # a bare line after a finished sentence, then a dated header: no cut between
    lines=[(LINES[0], "\n"), ("The talks ended.", "\n"), ("date", "\n"), (LINES[0], "\n")],
    bom=False,
    bad=None,
    size=1,
    repair=True,
)
@given(
    lines=texts,
    bom=st.booleans(),
    bad=st.none() | st.integers(0, 2000),
    size=st.integers(1, 300),
    repair=st.booleans(),
)
def test_pieces_parse_to_the_whole(
    lines: list[tuple[str, str]], bom: bool, bad: int | None, size: int, repair: bool
) -> None:
    data = _bytes(lines, bom, bad)
    with tempfile.TemporaryDirectory() as folder:
        path = str(Path(folder) / "d.txt")
        Path(path).write_bytes(data)
        whole = list(newsdump.read(path, repair=repair))
        pieces = list(spans_module.spans(path, size))
        got = [a for s in pieces for a in spans_module.read_span(s, repair=repair)]
    # the pieces tile the file, in order, the last one marked
    assert pieces[0].start == 0
    assert pieces[-1].end == len(data)
    assert all(a.end == b.start for a, b in itertools.pairwise(pieces))
    assert [s.last for s in pieces] == [False] * (len(pieces) - 1) + [True]
    # each cut is where the whole read starts a record, at the same line and offset
    starts = {(a.source.first_line, a.source.offset) for a in whole if a.source is not None}
    for s in pieces[1:]:
        assert (s.line, s.offset) in starts
    assert [_key(a) for a in got] == [_key(a) for a in whole]


def test_a_file_with_many_records_is_cut(tmp_path: Path) -> None:
    record = " date 2024-02-{0:02d} https://example.org/{0}\nHarbour news {0}\nIt rained.\n"
    path = tmp_path / "d.txt"
    path.write_text("".join(record.format(i) for i in range(1, 29)), encoding="utf-8")
    pieces = list(spans_module.spans(str(path), 200))
    assert len(pieces) > 5
    assert [s.line for s in pieces[:3]] == [1, 1 + 3 * 4, 1 + 3 * 8]  # 4 records of 3 lines


def test_a_utf16_file_is_one_piece(tmp_path: Path) -> None:
    path = tmp_path / "d.txt"
    data = codecs.BOM_UTF16_LE + " date 2024-01-01 x\nT\n".encode("utf-16-le") * 50
    path.write_bytes(data)
    assert [(s.start, s.end) for s in spans_module.spans(str(path), 10)] == [(0, len(data))]


@settings(max_examples=150, deadline=None)
@given(
    lines=texts, bom=st.booleans(), bad=st.none() | st.integers(0, 2000), size=st.integers(1, 300)
)
def test_a_stream_is_cut_as_its_file(
    lines: list[tuple[str, str]], bom: bool, bad: int | None, size: int
) -> None:
    """`stream_spans` (a compressed file, decompressed as it comes) cuts where `spans` cuts,
    and its pieces, which carry their bytes, parse to the whole."""
    data = _bytes(lines, bom, bad)
    with tempfile.TemporaryDirectory() as folder:
        path = str(Path(folder) / "d.txt")
        Path(path).write_bytes(data)
        whole = list(newsdump.read(path))
        from_file = list(spans_module.spans(path, size))
        stream = io.BytesIO(data)
        pieces = list(spans_module.stream_spans(path, stream.read, size))
        got = [a for s in pieces for a in spans_module.read_span(s)]
    where = [(s.start, s.end, s.line, s.offset, s.last) for s in pieces]
    assert where == [(s.start, s.end, s.line, s.offset, s.last) for s in from_file]
    assert b"".join(s.data for s in pieces) == data
    assert [_key(a) for a in got] == [_key(a) for a in whole]


def test_only_plain_utf8_files_are_splittable() -> None:
    assert spans_module.splittable("dump.txt")
    assert not spans_module.splittable("dump.txt.gz")
    assert not spans_module.splittable("dump.txt", "cp1251")
