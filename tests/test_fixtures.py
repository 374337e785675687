"""Data-driven tests over ``fixtures/``, in the manner of tomli's ``valid/`` and ``invalid/``.

- ``fixtures/valid/NAME.txt`` with ``NAME.json``: the articles a careful reader states for the
  record(s), written by hand (never copied from the parser's output).  Each article is an object
  with the content fields ``url label title lede timestamp date date_precision published
  updated`` and ``blocks`` (``[{kind, text}]``, optionally ``first_line``).
- ``fixtures/invalid/NAME.txt`` with ``NAME.error.json``: the `DumpError` strict mode raises
  (``code record line column``); lenient mode reports the same problem at the same position.
- ``fixtures/000_9969857c5de6fcc0.txt`` (the seed) with its ``.json`` expectation.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from tests.target import FIXTURES, newsdump

VALID = FIXTURES / "valid"
INVALID = FIXTURES / "invalid"
SEED = FIXTURES / "000_9969857c5de6fcc0.txt"

FIELDS = (
    "url",
    "label",
    "title",
    "lede",
    "timestamp",
    "date",
    "date_precision",
    "published",
    "updated",
)

# Cases that cannot pass until the repair (src/newsdump/_repair.py, another engineer's work)
# handles them.  The expectation stays as it is; only the case is marked.
REPAIR_PENDING: dict[str, str] = {
    "defect-quote-cut-by-ad-slot": (
        "repair: a blank line inside an open quotation, mid-sentence (no end punctuation, "
        "lower-case continuation), is kept as a paragraph break (suspected-false-break only): "
        "joining across a blank line would make the repair undo breaks it kept itself, which "
        "breaks idempotence (docs/repair.md)"
    ),
}


def _read_text(path: Path) -> str:
    # newline="" keeps the line endings as they are on disk, as `newsdump.read` sees them
    with open(path, encoding="utf-8", newline="") as fp:
        return fp.read()


def _valid_cases() -> list[Any]:
    paths = [*sorted(VALID.glob("*.txt")), SEED]
    cases = []
    for path in paths:
        marks = []
        if path.stem in REPAIR_PENDING:
            marks.append(pytest.mark.xfail(reason=REPAIR_PENDING[path.stem], strict=True))
        cases.append(pytest.param(path, id=path.stem, marks=marks))
    return cases


def _expected(path: Path) -> list[dict[str, Any]]:
    data = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    assert isinstance(data, list), f"{path.name}: the expectation must be a list of articles"
    return data


def _actual(article: newsdump.Article) -> dict[str, Any]:
    d = article.to_dict()
    return {k: d[k] for k in FIELDS}


def _assert_article(name: str, index: int, got: newsdump.Article, want: dict[str, Any]) -> None:
    where = f"{name} article {index + 1}"
    have = _actual(got)
    for field in FIELDS:
        assert have[field] == want.get(field), (
            f"{where}: {field} is {have[field]!r}, expected {want.get(field)!r}"
        )
    got_blocks = [(b.kind, b.text) for b in got.blocks]
    want_blocks = [(b["kind"], b["text"]) for b in want["blocks"]]
    for i, (g, w) in enumerate(zip(got_blocks, want_blocks, strict=False)):
        assert g == w, f"{where}: block {i + 1} is {g!r}, expected {w!r}"
    assert len(got_blocks) == len(want_blocks), (
        f"{where}: {len(got_blocks)} blocks, expected {len(want_blocks)}; "
        f"extra or missing: {got_blocks[len(want_blocks) :] or want_blocks[len(got_blocks) :]!r}"
    )
    for i, b in enumerate(want["blocks"]):
        if "first_line" in b:
            assert got.blocks[i].first_line == b["first_line"], (
                f"{where}: block {i + 1} starts on line {got.blocks[i].first_line}, "
                f"expected {b['first_line']}"
            )


@pytest.mark.parametrize("path", _valid_cases())
def test_valid_parse(path: Path) -> None:
    want = _expected(path)
    got = newsdump.parse(_read_text(path))
    assert len(got) == len(want), f"{path.name}: {len(got)} articles, expected {len(want)}"
    for i, (g, w) in enumerate(zip(got, want, strict=True)):
        _assert_article(path.name, i, g, w)


@pytest.mark.parametrize("path", [*sorted(VALID.glob("*.txt")), SEED], ids=lambda p: p.stem)
def test_valid_read_matches_parse(path: Path) -> None:
    parsed = newsdump.parse(_read_text(path))
    read = list(newsdump.read(path))
    assert read == parsed
    assert [a.problems for a in read] == [a.problems for a in parsed]
    assert all(a.source is not None and a.source.path == str(path) for a in read)


@pytest.mark.parametrize("path", [*sorted(VALID.glob("*.txt")), SEED], ids=lambda p: p.stem)
def test_valid_strict_raises_nothing(path: Path) -> None:
    assert newsdump.parse(_read_text(path), strict=True) == newsdump.parse(_read_text(path))
    assert list(newsdump.read(path, strict=True)) == list(newsdump.read(path))


_WS = re.compile(r"\s+")
_HEADER_DATE = re.compile(
    r"[ \t]{0,3}date(?![\w-])(?:[ \t]+\d{4}(?:-\d{1,2}(?:-\d{1,2})?)?(?![\w-]))?"
)


def _chars(text: str) -> Counter[str]:
    return Counter(_WS.sub("", text))


@pytest.mark.parametrize("path", [*sorted(VALID.glob("*.txt")), SEED], ids=lambda p: p.stem)
def test_nothing_lost(path: Path) -> None:
    """Every non-whitespace character of a record is in exactly one field or block (the
    header's ``date`` keyword and date token are represented by ``date``/``date_precision``)."""
    text = _read_text(path)
    lines = text.splitlines()
    for article in newsdump.parse(text):
        assert article.source is not None
        rec = lines[article.source.first_line - 1 : article.source.last_line]
        m = _HEADER_DATE.match(rec[0])
        if m is not None:
            rec = [rec[0][m.end() :], *rec[1:]]
        want = _chars("\n".join(rec))
        parts = [article.url, article.label, article.title, article.lede, article.timestamp]
        parts += [b.text for b in article.blocks]
        have = _chars("\n".join(p for p in parts if p))
        assert have == want, (
            f"{path.name} record at line {article.source.first_line}: "
            f"lost {dict(want - have)!r}, gained {dict(have - want)!r}"
        )


def test_seed_field_by_field() -> None:
    [a] = newsdump.parse(_read_text(SEED))
    assert a.url == (
        "https://sputniknews.com/20230207/"
        "what-did-russia-mali-agree-on-during-fm-lavrovs-stay-in-bamako-1107045281.html"
    )
    assert a.date_precision == "day"
    assert a.title == "What Did Russia, Mali Agree on During FM Lavrov's Stay in Bamako?"
    assert str(a.lede).startswith("Russia and Mali have agreed to continue")
    assert a.timestamp == "14:00 GMT 07.02.2023 (Updated: 14:33 GMT 07.02.2023)"
    assert str(a.date) == "2023-02-07"
    assert a.published == dt.datetime(2023, 2, 7, 14, 0, tzinfo=dt.timezone.utc)
    assert a.updated == dt.datetime(2023, 2, 7, 14, 33, tzinfo=dt.timezone.utc)
    assert a.updated is not None
    assert a.updated.utcoffset() == dt.timedelta(0)
    texts = a.paragraphs
    assert len(texts) == 17, "20 body lines, 3 link splits joined, no other line joined"
    assert any("oppose any sanctions against Moscow, saying" in t for t in texts)
    assert any(t.endswith("rather than with France.") for t in texts)
    assert any("Russia-Africa summit scheduled to take place" in t for t in texts)
    assert [b.kind for b in a.blocks] == ["paragraph"] * 17


# --- invalid ---------------------------------------------------------------------------------


def _invalid_cases() -> list[Any]:
    return [pytest.param(p, id=p.stem) for p in sorted(INVALID.glob("*.txt"))]


def _error(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        path.with_name(path.stem + ".error.json").read_text(encoding="utf-8")
    )
    return data


def _as_text(path: Path) -> str | None:
    """The file as text, or None when it is not valid UTF-8 (byte-level fixtures are read
    with `newsdump.read` only)."""
    try:
        return path.read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        return None


@pytest.mark.parametrize("path", _invalid_cases())
def test_invalid_strict(path: Path) -> None:
    want = _error(path)
    with pytest.raises(newsdump.DumpError) as info:
        list(newsdump.read(path, strict=True))
    err = info.value
    got = {"code": err.code, "record": err.record, "line": err.line, "column": err.column}
    assert got == want, f"{path.name}: DumpError {got}, expected {want}"
    assert err.path == str(path)
    first_line = str(err).splitlines()[0]  # the line after it shows the input, underlined
    assert first_line.endswith(
        f"{path}: record {want['record']}, line {want['line']}, column {want['column']})"
    )
    text = _as_text(path)
    if text is not None:
        with pytest.raises(newsdump.DumpError) as info:
            newsdump.parse(text, strict=True)
        e = info.value
        assert (e.code, e.record, e.line, e.column, e.path) == (
            want["code"],
            want["record"],
            want["line"],
            want["column"],
            None,
        )


@pytest.mark.parametrize("path", _invalid_cases())
def test_invalid_lenient(path: Path) -> None:
    want = _error(path)
    articles = list(newsdump.read(path))
    assert len(articles) >= want["record"]
    problems = articles[want["record"] - 1].problems
    found = [
        p
        for p in problems
        if (p.code, p.line, p.column) == (want["code"], want["line"], want["column"])
    ]
    assert found, f"{path.name}: no {want['code']} at {want['line']}:{want['column']} in {problems}"
    assert all(p.severity == "error" for p in found)
    text = _as_text(path)
    if text is not None:
        assert newsdump.parse(text) == articles
