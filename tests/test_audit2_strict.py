"""Strict mode as a user meets it: `DumpError` only, with path, record, line and column, and a
message that shows the input line with the span underlined; lenient mode records the same
problem at the same place.  Invented records only."""

from __future__ import annotations

import io
import pickle
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.target import newsdump, private

BODY = "Wahlen in Bremen\nDie Stadt wählt am Sonntag.\n10:00 07.05.2023\nDer Rat tagte lange.\n"
# (input, code, line, column, underlined text): one of each malformed kind strict mode refuses
BROKEN = [
    (" date 2023-13-45 https://weser.test/a\n" + BODY, "bad-header-date", 1, 7, "2023-13-45"),
    (" date https://weser.test/b\n" + BODY, "missing-header-date", 1, 2, "date"),
    ("Vorspann ohne Kopf.\n date 2023-05-07 Bremen\n" + BODY, "missing-header", 1, 1, "Vorspann"),
    (" date 2023-05-07 Bremen\n" + BODY + "Ein\x00Byte.\n", "nul-character", 6, 4, "\x00"),
]


def _caret_lines(err: BaseException) -> tuple[str, str]:
    _, shown, carets = str(err).splitlines()
    return shown, carets


@pytest.mark.parametrize(("text", "code", "line", "column", "span"), BROKEN)
def test_strict_parse_underlines_the_span(
    text: str, code: str, line: int, column: int, span: str
) -> None:
    with pytest.raises(newsdump.DumpError) as info:
        newsdump.parse(text, strict=True)
    err = info.value
    assert (err.code, err.record, err.line, err.column, err.path) == (code, 1, line, column, None)
    assert err.text == text.splitlines()[line - 1]
    shown, carets = _caret_lines(err)
    start = carets.index("^")
    assert len(carets) - start == len(span)
    assert shown[start : start + len(span)] == span.replace("\x00", " ")
    assert shown[start - column + 1 :].startswith(err.text.replace("\x00", " ")[:10])


@pytest.mark.parametrize(("text", "code", "line", "column", "span"), BROKEN)
def test_strict_read_names_the_file_and_lenient_records_the_same(
    tmp_path: Path, text: str, code: str, line: int, column: int, span: str
) -> None:
    path = tmp_path / "bremen.txt"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(newsdump.DumpError) as info:
        list(newsdump.read(path, strict=True))
    err = info.value
    assert (err.path, err.line, err.column, err.code) == (str(path), line, column, code)
    assert str(err).splitlines()[0].endswith(f"({path}: record 1, line {line}, column {column})")
    assert span.replace("\x00", " ") in str(err).splitlines()[1]
    problems = [p for a in newsdump.read(path) for p in a.problems if p.severity == "error"]
    assert [(p.code, p.line, p.column) for p in problems] == [(code, line, column)]


def test_an_invalid_byte_gets_one_caret() -> None:
    data = b" date 2023-05-07 Bremen\nWahl\xffen in Bremen\nDer Rat tagte.\n"
    with pytest.raises(newsdump.DumpError) as info:
        list(newsdump.read(io.BytesIO(data), strict=True))
    shown, carets = _caret_lines(info.value)
    assert carets.strip() == "^"
    assert shown[carets.index("^")] == "\ufffd"


def test_a_long_lines_excerpt_stays_short_and_points_at_the_column() -> None:
    long = "a" * 5000 + "\x00" + "b" * 5000
    text = " date 2023-05-07 Bremen\nT\nL\n" + long + "\n"
    with pytest.raises(newsdump.DumpError) as info:
        newsdump.parse(text, strict=True)
    shown, carets = _caret_lines(info.value)
    limit = private("_errors").EXCERPT_CHARS
    assert len(shown) <= limit + 5
    assert shown.startswith("    …")
    assert shown[carets.index("^") - 1 : carets.index("^") + 2] == "a b"


def test_the_line_survives_pickling_and_the_pieces_renumbering() -> None:
    err = newsdump.DumpError(
        "bad date",
        path="x.txt",
        record=2,
        line=9,
        column=7,
        code="bad-header-date",
        text=" date 2023-13-45 Bremen",
    )
    again = pickle.loads(pickle.dumps(err))
    assert (again.text, str(again)) == (err.text, str(err))
    moved = private("_cli_runner")._renumbered(err, 40)
    assert (moved.record, moved.text) == (42, err.text)
    assert str(moved).splitlines()[1:] == str(err).splitlines()[1:]


def _strict_error(text: str) -> newsdump.DumpError | None:
    try:
        newsdump.parse(text, strict=True)
    except newsdump.DumpError as err:
        return err
    return None


@given(st.text(alphabet=st.sampled_from(" date2013-45\n\x00\tabc:/."), max_size=60))
def test_every_strict_error_underlines_its_column(text: str) -> None:
    err = _strict_error(text)
    if err is None:
        return
    lines = str(err).splitlines()
    if err.text is None:
        assert len(lines) == 1
        return
    assert err.text == text.splitlines()[err.line - 1]
    indent = len(lines[2]) - len(lines[2].lstrip(" "))
    assert indent - 4 == err.column - 1
