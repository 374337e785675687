"""What docs/api.md and docs/cli.md say about the export columns and offsets, checked against
the code (each was found wrong once: the repairs' struct without ``decided_by`` and
``probability``, a ``source_line`` column, ``source.offset`` counting characters)."""

from __future__ import annotations

import io
import re
from pathlib import Path

import attrs
import pytest

from tests.target import newsdump

DOCS = Path(__file__).resolve().parent.parent / "docs"
STRUCTS = {"blocks": "Block", "problems": "Problem", "repairs": "Edit", "links": "Link"}


def _table_rows(name: str) -> dict[str, str]:
    """A docs table's rows by their first cell's first backticked name."""
    rows: dict[str, str] = {}
    for line in (DOCS / name).read_text(encoding="utf-8").splitlines():
        found = re.match(r"\| `([a-z_]+)`[^|]*\| ([^|]+) \|", line)
        if found:
            rows.setdefault(found[1], found[2])
    return rows


@pytest.mark.parametrize("doc", ["api.md", "cli.md"])
@pytest.mark.parametrize("column", sorted(STRUCTS))
def test_a_list_columns_struct_names_every_field(doc: str, column: str) -> None:
    cls = getattr(newsdump, STRUCTS[column])
    struct = re.search(r"struct<(.*)>>", _table_rows(doc)[column])
    assert struct is not None
    named = [re.sub(r"[:\s].*", "", part.strip()) for part in re.split(r",(?![^<]*>)", struct[1])]
    assert named == [f.name for f in attrs.fields(cls)]


@pytest.mark.parametrize("doc", ["api.md", "cli.md"])
def test_every_column_the_docs_name_exists(doc: str) -> None:
    pytest.importorskip("pyarrow")
    names = set(newsdump.export.arrow_schema().names)
    text = (DOCS / doc).read_text(encoding="utf-8")
    said = set(re.findall(r"`((?:source|published|updated)_[a-z_]+)`", text))
    assert said
    assert said <= names


def test_an_encodings_offsets_count_utf8_bytes_of_the_text() -> None:
    text = " date 2024-01-03 Пример\nСнег\nЛид.\n date 2024-01-04 Пример\nВторой\n"
    second = text.index(" date 2024-01-04")
    data = io.BytesIO(text.encode("cp1251"))
    offsets = [a.source and a.source.offset for a in newsdump.read(data, encoding="cp1251")]
    assert offsets == [0, len(text[:second].encode("utf-8"))]
    assert "then count the UTF-8\nbytes of the decoded text" in (DOCS / "cli.md").read_text(
        encoding="utf-8"
    )


def test_pandas_date_is_datetime64_as_both_docs_say() -> None:
    pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    articles = newsdump.parse(" date 2024-03-04 https://example.org/a\nTram line opens\nLede.")
    frame = newsdump.export.to_pandas(articles)
    assert frame["date"].dtype.kind == "M"
    assert "holds `datetime.date`" not in (DOCS / "cli.md").read_text(encoding="utf-8")


# Names without a runnable example of their own, and why: a `Literal` alias holds no
# docstring; the version is a string.
NO_EXAMPLE = {"BlockKind", "__version__"}


@pytest.mark.parametrize("name", sorted(set(newsdump.__all__) - NO_EXAMPLE))
def test_every_public_name_has_a_runnable_example(name: str) -> None:
    doc = getattr(newsdump, name).__doc__
    if newsdump.__build__ == "mypyc" and doc in (None, "mypyc filler docstring"):
        # (a compiled function or class loses its docstring; CI checks the pure build too)
        pytest.skip("mypyc drops the docstrings of what it compiles")
    assert doc
    assert ">>>" in doc


@pytest.mark.parametrize("name", ["parse", "read"])
def test_help_says_what_it_returns_and_raises(name: str) -> None:
    doc = getattr(newsdump, name).__doc__
    assert "Returns" in doc
    for raised in ("DumpError", "TypeError"):
        assert raised in doc
