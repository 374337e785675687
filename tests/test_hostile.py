"""Hostile inputs (docs/reliability.md): for each, no crash, nothing lost, a clear problem or
error.  The big ones (a 10 MB line, a million tiny lines) run once each, in a few seconds."""

from __future__ import annotations

import bz2
import gzip
import io
import os
from collections import Counter
from pathlib import Path

import pytest

from tests.property.helpers import assert_positions, input_chars, kept_chars
from tests.target import newsdump, private

Article = newsdump.Article


def _codes(articles: list[Article]) -> set[str]:
    return {p.code for a in articles for p in a.problems}


def _nothing_lost(text: str, articles: list[Article]) -> None:
    assert input_chars(text, articles) - kept_chars(articles) == Counter()


def _checked(text: str) -> list[Article]:
    articles = newsdump.parse(text)
    _nothing_lost(text, articles)
    assert_positions(text, [(p.line, p.column) for a in articles for p in a.problems])
    return articles


RECORD = " date 2023-02-07 https://example.org/a\nTitle\nA lede.\n14:00 GMT 07.02.2023\nBody text."


def test_empty_input() -> None:
    assert newsdump.parse("") == []
    assert list(newsdump.read(io.BytesIO(b""))) == []
    assert newsdump.parse("", strict=True) == []


def test_whitespace_only() -> None:
    assert _checked(" \t\n\r\n  \n\u3000\xa0") == []


def test_header_only() -> None:
    [a] = _checked(" date 2023-02-07 https://example.org/a")
    assert a.url == "https://example.org/a"
    assert a.title is None
    assert a.blocks == ()
    assert "no-timestamp" in _codes([a])


def test_ten_megabyte_line() -> None:
    text = " date 2023-02-07 x\nTitle\n\n" + "word " * 2_000_000
    articles = _checked(text)
    assert "line-too-long" in _codes(articles)


def test_a_million_tiny_lines() -> None:
    data = b" date 2023-02-07 x\nTitle\n\n" + b"ab cd.\n" * 1_000_000
    articles = list(newsdump.read(io.BytesIO(data), repair=False))
    assert sum(len(b.text) for a in articles for b in a.blocks) == 6_000_000


def test_nul_bytes() -> None:
    text = RECORD + "\x00\x00 more"
    articles = _checked(text)
    assert "nul-character" in _codes(articles)
    with pytest.raises(newsdump.DumpError) as info:
        newsdump.parse(text, strict=True)
    assert (info.value.code, info.value.line, info.value.column) == ("nul-character", 5, 11)


def test_invalid_utf8() -> None:
    data = RECORD.encode() + b"\nbad \xff\xfe bytes \xc3"
    [a] = list(newsdump.read(io.BytesIO(data)))
    bad = [p for p in a.problems if p.code == "invalid-utf8"]
    assert [(p.line, p.column) for p in bad] == [(6, 5), (6, 6), (6, 14)]
    assert "\ufffd" in a.blocks[-1].text
    assert "bytes" in a.blocks[-1].text
    with pytest.raises(newsdump.DumpError):
        list(newsdump.read(io.BytesIO(data), strict=True))


def test_utf16_file_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "utf16.txt"
    path.write_bytes(RECORD.encode("utf-16"))
    assert list(newsdump.read(path)) == newsdump.parse(RECORD)


def test_mixed_line_ends() -> None:
    text = RECORD.replace("\nA lede.\n", "\r\nA lede.\r").replace("\nBody", "\r\nBody")
    assert _checked(text) == newsdump.parse(RECORD)
    [a] = newsdump.parse(text)
    assert a.source is not None
    assert a.source.last_line == 5


def test_header_like_lines_inside_a_body() -> None:
    text = RECORD + "\ndate night in Rome is nice.\n date 2023 example.org\nMore."
    articles = _checked(text)
    assert len(articles) == 2  # " date 2023 …" is a header by the format; "date night" is not
    assert "date night in Rome is nice." in articles[0].text


def test_html_fragments() -> None:
    text = RECORD + "\n<p>He said <a href='https://x.example/'>this</a>.</p>\n<script>x()</script>"
    articles = _checked(text)
    assert "<script>x()</script>" in "".join(b.text for b in articles[0].blocks)


def test_binary_garbage() -> None:
    data = bytes(range(256)) * 64
    articles = list(newsdump.read(io.BytesIO(data)))
    assert {"invalid-utf8", "nul-character"} <= _codes(articles)
    with pytest.raises(newsdump.DumpError):
        list(newsdump.read(io.BytesIO(data), strict=True))


def test_fifty_thousand_punctuation_marks() -> None:
    for mark in '.!"-(':
        _checked(" date 2023-02-07 x\nTitle\n\n" + mark * 50_000)
    for mark in ".(":  # one mark a line: 50,000 lines for the repair to judge
        _checked(" date 2023-02-07 x\nTitle\n" + "\n".join(mark * 50_000))


def test_gzip_cut_short(tmp_path: Path) -> None:
    whole = gzip.compress((RECORD + "\n").encode() * 200)
    path = tmp_path / "cut.txt.gz"
    path.write_bytes(whole[: len(whole) // 2])
    articles = list(newsdump.read(path))  # the records before the cut, the cut one marked
    assert [p.code for p in articles[-1].problems][-1] == "truncated-input"
    assert all("truncated-input" not in [p.code for p in a.problems] for a in articles[:-1])
    with pytest.raises(newsdump.DumpError) as info:  # strict: the one exception
        list(newsdump.read(path, strict=True))
    assert (info.value.path, info.value.record) == (str(path), len(articles))


def test_bz2_garbage(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt.bz2"
    path.write_bytes(bz2.compress(b"x")[:-5])
    with pytest.raises(private("_paths").SourceError):
        list(newsdump.read(path))


def test_directory_with_unreadable_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.txt").write_text(RECORD)
    bad = tmp_path / "b.txt"
    bad.write_text(RECORD)
    bad.chmod(0)
    if os.access(bad, os.R_OK):  # root reads anything: make the open fail the way it would
        real_open = open

        def deny(file: object, *args: object, **kwargs: object) -> object:
            if str(file) == str(bad):
                raise PermissionError(13, "Permission denied", str(bad))
            return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

        monkeypatch.setattr("builtins.open", deny)
    seen: list[Article] = []
    with pytest.raises(private("_paths").SourceError) as info:
        seen.extend(newsdump.read(tmp_path))
    assert info.value.filename == str(bad)
    assert len(seen) == 1  # the readable file's article came first
    bad.chmod(0o644)
