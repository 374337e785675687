"""What a Python user may hand `newsdump.read`: what it reads, and a `TypeError` at the call
naming what it takes for the rest (not an `AttributeError` on the first ``next``).  Invented
records only."""

from __future__ import annotations

import gzip
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.target import newsdump

RECORD = (
    " date 2024-06-03 https://harbour.test/2024/06/03/ferry.html\n"
    "Night Ferry Returns to the Islands\n"
    "The service had stopped in the winter.\n"
    "08:40 GMT 03.06.2024\n"
    "The first boat left the quay\n"
    "at midnight with forty passengers.\n"
)


def _lines() -> Iterator[str]:
    yield from RECORD.splitlines(keepends=True)


@pytest.mark.parametrize(
    ("source", "says"),
    [
        (RECORD.encode(), r"not bytes: wrap dump bytes as newsdump\.read\(io\.BytesIO"),
        (bytearray(RECORD.encode()), "not bytearray"),
        (None, "not NoneType"),
        (7, "not int"),
        (RECORD.splitlines(keepends=True), r"not list: parse text lines with newsdump\.parse"),
        (_lines(), "not generator"),
    ],
)
def test_read_refuses_at_the_call(source: object, says: str) -> None:
    with pytest.raises(TypeError, match=says) as caught:
        newsdump.read(source)  # type: ignore[arg-type]
    assert 'read() takes a path, "-" or an open file' in str(caught.value)


def test_an_unknown_encoding_fails_at_the_call() -> None:
    with pytest.raises(LookupError):
        newsdump.read(io.BytesIO(RECORD.encode()), encoding="no-such-codec")


def test_a_missing_file_still_fails_when_read(tmp_path: Path) -> None:
    articles = newsdump.read(tmp_path / "absent.txt")  # lazy: nothing opened yet
    with pytest.raises(OSError, match=r"absent\.txt"):
        list(articles)


def test_every_documented_source_gives_the_same_article(tmp_path: Path) -> None:
    plain = tmp_path / "ferry.txt"
    plain.write_text(RECORD, encoding="utf-8")
    packed = tmp_path / "ferry.txt.gz"
    packed.write_bytes(gzip.compress(RECORD.encode()))
    [expected] = newsdump.parse(RECORD)
    with (
        plain.open("rb") as binary,
        plain.open(encoding="utf-8") as text,
        gzip.open(packed) as unzipped,
    ):
        sources: list[object] = [
            str(plain),
            plain,
            packed,
            binary,
            text,
            unzipped,
            io.BytesIO(RECORD.encode()),
            io.StringIO(RECORD),
        ]
        for source in sources:
            [article] = newsdump.read(source)  # type: ignore[arg-type]
            assert article.paragraphs == expected.paragraphs
            assert article.published == expected.published


@given(st.one_of(st.none(), st.integers(), st.floats(), st.binary(), st.lists(st.text())))
def test_read_never_fails_deep_inside(source: object) -> None:
    with pytest.raises(TypeError, match="read\\(\\) takes a path"):
        newsdump.read(source)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("page", "says"),
    [
        (None, r"not NoneType$"),
        (3, r"not int$"),
        (Path("page.html"), r"not PosixPath: read it first, from_html\(path\.read_bytes\(\)\)"),
        (io.BytesIO(b"<p>Hei</p>"), r"not BytesIO: read it first"),
        (["<p>Hei</p>"], r"not list$"),
    ],
)
def test_from_html_refuses_what_is_no_page(page: object, says: str) -> None:
    pytest.importorskip("bs4")
    with pytest.raises(TypeError, match=r"from_html\(\) takes the page's HTML \(str or bytes\)"):
        newsdump.from_html(page)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=says):
        newsdump.from_html(page)  # type: ignore[arg-type]


@pytest.mark.parametrize("value", [None, RECORD, {"title": "Ferry"}])
def test_dumps_refuses_what_is_no_article(value: object) -> None:
    with pytest.raises(
        TypeError, match=f"dumps\\(\\) takes an Article, not {type(value).__name__}"
    ):
        newsdump.dumps(value)  # type: ignore[arg-type]


def test_dump_refuses_one_article_not_in_a_list() -> None:
    [article] = newsdump.parse(RECORD)
    out = io.StringIO()
    with pytest.raises(TypeError, match=r"dump\(\[article\], fp\)"):
        newsdump.dump(article, out)  # type: ignore[arg-type]
    assert out.getvalue() == ""
    newsdump.dump([article], out)
    assert newsdump.parse(out.getvalue()) == [article]


def test_repair_and_replay_refuse_a_text_that_is_not_split_into_lines() -> None:
    # a str is a sequence of one-character lines: repairing it silently gave one block a letter
    with pytest.raises(TypeError, match=r"repair\(\) takes the lines .*splitlines"):
        newsdump.repair("Talks with\nAnna Berg")
    with pytest.raises(TypeError, match=r"None"):  # (the compiled build's own check says so too)
        newsdump.explain(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"apply_edits\(\) takes the lines"):
        newsdump.apply_edits("Talks with", [])
    assert [b.text for b in newsdump.repair(("Talks with", "Anna Berg")).blocks] == [
        "Talks with Anna Berg"
    ]
