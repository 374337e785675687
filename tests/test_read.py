"""`read()`: every kind of source gives what `parse()` gives on the text."""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import sys
from pathlib import Path

import pytest

from tests.target import newsdump, private

TEXT = (
    " date 2023-02-07 https://example.org/a\nTitle\nA lede.\n14:00 GMT 07.02.2023\n"
    "He opposed any sanctions\nagainst Moscow.\n"
    " date 2021-09-22 FennPoint.com\nAnother Title\nText here."
)


def _paths(articles: list[newsdump.Article]) -> list[str | None]:
    return [a.source.path if a.source else None for a in articles]


def test_read_str_and_path(tmp_path: Path) -> None:
    f = tmp_path / "d.txt"
    f.write_text(TEXT, encoding="utf-8")
    assert list(newsdump.read(str(f))) == newsdump.parse(TEXT)
    got = list(newsdump.read(f))
    assert got == newsdump.parse(TEXT)
    assert _paths(got) == [str(f), str(f)]


@pytest.mark.parametrize(
    ("suffix", "compress"),
    [(".gz", gzip.compress), (".bz2", bz2.compress), (".xz", lzma.compress)],
)
def test_read_compressed(tmp_path: Path, suffix: str, compress: object) -> None:
    f = tmp_path / f"d.txt{suffix}"
    f.write_bytes(compress(TEXT.encode()))  # type: ignore[operator]
    assert list(newsdump.read(f)) == newsdump.parse(TEXT)


def test_read_directory_recursively_in_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text(TEXT)
    (tmp_path / "1.txt").write_text(TEXT)
    (tmp_path / ".hidden").write_text("ignored")
    got = list(newsdump.read(tmp_path))
    assert got == newsdump.parse(TEXT) * 2
    assert _paths(got) == [str(tmp_path / "1.txt")] * 2 + [str(tmp_path / "b" / "2.txt")] * 2


def test_read_open_files(tmp_path: Path) -> None:
    f = tmp_path / "d.txt"
    f.write_text(TEXT, encoding="utf-8")
    with open(f, "rb") as fb:
        assert list(newsdump.read(fb)) == newsdump.parse(TEXT)
    with open(f, encoding="utf-8") as ft:
        assert list(newsdump.read(ft)) == newsdump.parse(TEXT)
    assert list(newsdump.read(io.StringIO(TEXT))) == newsdump.parse(TEXT)
    assert list(newsdump.read(io.BytesIO(TEXT.encode()))) == newsdump.parse(TEXT)


def test_read_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = io.TextIOWrapper(io.BytesIO(TEXT.encode()), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", fake)
    assert list(newsdump.read("-")) == newsdump.parse(TEXT)


def test_read_missing_path_raises_source_error(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    with pytest.raises(private("_paths").SourceError) as info:
        list(newsdump.read(missing))
    assert isinstance(info.value, OSError)
    assert info.value.filename == str(missing)


def test_read_is_lazy(tmp_path: Path) -> None:
    f = tmp_path / "d.txt"
    f.write_text(TEXT)
    it = newsdump.read(f)
    first = next(it)
    assert first.url == "https://example.org/a"


def test_strict_error_names_the_file(tmp_path: Path) -> None:
    f = tmp_path / "bad.txt"
    f.write_bytes(b" date 2023-02-07 x\nT\nbo\x00dy")
    with pytest.raises(newsdump.DumpError) as info:
        list(newsdump.read(f, strict=True))
    assert (info.value.path, info.value.line, info.value.column) == (str(f), 3, 3)


def test_one_path_expander(tmp_path: Path) -> None:
    paths = private("_paths")
    for name in ("b.txt", "a.dump.GZ", "c", "d.json", ".e.txt", "sub/f.txt.xz", "sub/g.csv"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(b"")
    expected = [str(tmp_path / n) for n in ("a.dump.GZ", "b.txt", "c", "sub/f.txt.xz")]
    assert [str(p) for p in paths.dump_files(tmp_path)] == expected
    assert paths.expand_paths([tmp_path]) == expected
    # a file named directly, or matched by a glob, is read whatever its name
    assert paths.expand_paths([tmp_path / "d.json"]) == [str(tmp_path / "d.json")]
    assert paths.expand_paths([str(tmp_path / "sub" / "*")]) == [
        str(tmp_path / "sub" / "f.txt.xz"),
        str(tmp_path / "sub" / "g.csv"),
    ]
    with pytest.raises(FileNotFoundError):
        paths.expand_paths([str(tmp_path / "nothing*")])


# --- encoding= (issue #15, item 6) -----------------------------------------------------------

LATIN = (
    " date 2023-05-02 https://example.fr/a\nÉté à Montréal\nLe café ouvre.\nÇa commence à 9 h.\n"
)
CYRILLIC = " date 2023-05-02 https://example.ru/a\nСнег в Москве\nЛид.\nВыпал первый снег.\n"


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (LATIN, "latin-1"),
        (LATIN, "cp1252"),
        (CYRILLIC, "cp1251"),
        (CYRILLIC, "koi8-r"),
        (LATIN + CYRILLIC, "utf-16"),  # with its BOM
        (LATIN + CYRILLIC, "utf-16-le"),  # without one
        (LATIN + CYRILLIC, "utf-8"),
    ],
)
def test_read_with_an_encoding(tmp_path: Path, text: str, encoding: str) -> None:
    data = text.encode(encoding)
    expected = newsdump.parse(text)
    assert list(newsdump.read(io.BytesIO(data), encoding=encoding)) == expected
    path = tmp_path / "d.txt.gz"
    path.write_bytes(gzip.compress(data))
    got = list(newsdump.read(path, encoding=encoding))
    assert got == expected
    assert [a.problems for a in got] == [a.problems for a in expected]
    assert list(newsdump.read(tmp_path, encoding=encoding)) == expected


def test_wrong_encoding_is_noticed_not_silent() -> None:
    data = CYRILLIC.encode("cp1251")
    [article] = newsdump.read(io.BytesIO(data))  # read as UTF-8: every Cyrillic byte is bad
    assert any(p.code == "invalid-utf8" for p in article.problems)
    # 0x98 is the one byte cp1251 leaves undefined: it becomes U+FFFD and a problem
    [article] = newsdump.read(io.BytesIO(data.replace(b".", b"\x98", 1)), encoding="cp1251")
    assert article.url == "https://example\ufffdru/a"
    [problem] = [p for p in article.problems if p.code != "no-timestamp"]
    assert (problem.line, problem.column) == (1, 33)
    assert "cp1251" in problem.message


def test_read_encoding_errors(tmp_path: Path) -> None:
    with pytest.raises(LookupError):
        list(newsdump.read(io.BytesIO(b""), encoding="no-such-codec"))
    with pytest.raises(ValueError, match="binary"):
        list(newsdump.read(io.StringIO(LATIN), encoding="latin-1"))


def test_read_stdin_with_an_encoding(monkeypatch: pytest.MonkeyPatch) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(CYRILLIC.encode("cp1251")), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    assert [a.title for a in newsdump.read("-", encoding="cp1251")] == ["Снег в Москве"]
