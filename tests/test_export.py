"""Python exports: records, CSV rows, Arrow, Parquet, pandas (invented articles only)."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Literal

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.records import NOISY_RECORD
from tests.target import ROOT, newsdump, private

if TYPE_CHECKING:
    from newsdump._model import BlockKind
from tests.test_cli import record

COLUMNS = private("_export").COLUMNS
arrow_schema = private("_export").arrow_schema
csv_row = private("_export").csv_row
to_arrow = private("_export").to_arrow
to_pandas = private("_export").to_pandas
to_records = private("_export").to_records
write_parquet = private("_export").write_parquet

Article, Block = newsdump.Article, newsdump.Block

PLUS_TWO = dt.timezone(dt.timedelta(hours=2))


def sample() -> list[newsdump.Article]:
    parsed = newsdump.parse("".join(record(i, k) for i, k in enumerate(["ok", "bad-date", "ok"])))
    built = [
        Article(
            title="Naive Times",
            published=dt.datetime(2024, 5, 1, 9, 30),  # no offset: UTC unknown
            updated=dt.datetime(2024, 5, 1, 11, 0, tzinfo=PLUS_TWO),
            blocks=[Block("paragraph", "The ferry left."), Block("noise", "Share")],
        ),
        Article(),  # every field empty
    ]
    return parsed + built


def test_records_are_json_and_round_trip() -> None:
    articles = sample()
    records = to_records(articles)
    again = json.loads(json.dumps(records))
    assert again == records
    assert [Article.from_dict(r) for r in again] == articles
    assert records[3]["published"] == "2024-05-01T09:30:00"


def test_arrow_columns_and_times() -> None:
    pytest.importorskip("pyarrow")
    articles = sample()
    table = to_arrow(articles, batch_size=2)
    assert table.schema.equals(arrow_schema(), check_metadata=True)
    assert tuple(table.column_names) == COLUMNS
    rows = table.to_pylist()
    naive = rows[3]
    assert naive["published"] is None  # a naive time has no UTC instant …
    assert naive["published_iso"] == "2024-05-01T09:30:00"  # … but keeps its text
    assert naive["updated"] == dt.datetime(2024, 5, 1, 9, 0, tzinfo=dt.timezone.utc)
    assert naive["updated_iso"] == "2024-05-01T11:00:00+02:00"
    assert naive["paragraphs"] == ["The ferry left."]
    assert [b["kind"] for b in naive["blocks"]] == ["paragraph", "noise"]
    assert rows[0]["date"] == articles[0].date
    assert rows[0]["published"] == articles[0].published
    assert rows[0]["repairs"][0]["lines"] == list(articles[0].repairs[0].lines)
    assert rows[1]["problems"][0]["code"] == "bad-header-date"
    assert rows[1]["problems"][0]["severity"] == "error"
    assert rows[0]["source_first_line"] == 1
    assert rows[4] == {**{c: None for c in COLUMNS}, **{k: [] for k in _LISTS}}


_LISTS = ("paragraphs", "blocks", "problems", "repairs", "links", "noise")


def test_parquet_row_groups_and_read_back(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    articles = sample()
    target = tmp_path / "a.parquet"
    assert write_parquet(articles, target, row_group_size=2) == 5
    meta = pq.ParquetFile(target).metadata
    assert meta.num_row_groups == 3
    table = pq.read_table(target)
    assert table.equals(to_arrow(articles))
    assert table.schema.metadata == {b"newsdump.schema": b"3"}
    assert [p.name for p in tmp_path.iterdir()] == ["a.parquet"]


def test_parquet_of_nothing(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    target = tmp_path / "empty.parquet"
    assert write_parquet([], target) == 0
    assert pq.read_table(target).schema.equals(arrow_schema())


def test_parquet_failure_leaves_nothing(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")

    def failing() -> Iterator[newsdump.Article]:
        yield from sample()
        raise RuntimeError("source broke")

    target = tmp_path / "a.parquet"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError, match="source broke"):
        write_parquet(failing(), target, row_group_size=2)
    assert target.read_bytes() == b"old"  # untouched
    assert [p.name for p in tmp_path.iterdir()] == ["a.parquet"]


def test_pandas() -> None:
    pd = pytest.importorskip("pandas")
    frame = to_pandas(sample())
    assert tuple(frame.columns) == COLUMNS
    assert len(frame) == 5
    assert str(frame["published"].dtype) == "datetime64[us, UTC]"
    assert str(frame["source_first_line"].dtype) == "Int64"
    assert frame.loc[4, "source_first_line"] is pd.NA
    assert list(frame.loc[3, "paragraphs"]) == ["The ferry left."]
    empty = to_pandas([])
    assert list(empty.dtypes) == list(frame.dtypes)


def test_csv_row() -> None:
    row = dict(zip(COLUMNS, csv_row(sample()[3]), strict=True))
    assert row["title"] == "Naive Times"
    assert row["published"] == ""
    assert row["published_iso"] == "2024-05-01T09:30:00"
    assert row["updated"] == "2024-05-01T09:00:00+00:00"
    assert json.loads(row["blocks"])[1] == {
        "kind": "noise",
        "text": "Share",
        "first_line": 0,
        "last_line": 0,
        "rule": None,
    }
    assert row["source_offset"] == ""


def test_missing_extra_names_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with pytest.raises(ImportError, match=r"pip install 'newsdump\[parquet\]'"):
        to_arrow([])


def test_import_newsdump_stays_cheap() -> None:
    code = (
        "import sys, newsdump, newsdump._export, newsdump._cli\n"
        "heavy = {'pyarrow', 'pandas', 'dask', 'tqdm'} & {m.split('.')[0] for m in sys.modules}\n"
        "print(sorted(heavy))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert out.stdout.strip() == "[]"


def test_one_field_list_for_dict_rows_csv_and_arrow() -> None:
    # every field of Article, and of each part, reaches every export: the lists derive from
    # attrs.fields, so a field added to the model cannot be forgotten by one of them

    fields = [f.name for f in attrs.fields(Article)]
    derived = private("_model").DERIVED_KEYS
    assert [k for k in Article().to_dict() if k not in derived] == fields
    for name in fields:
        assert (
            name in COLUMNS
            or f"{name}_iso" in COLUMNS
            or any(c.startswith(f"{name}_") for c in COLUMNS)
        ), name
    source_columns = [c for c in COLUMNS if c.startswith("source_")]
    assert source_columns == [f"source_{f.name}" for f in attrs.fields(newsdump.Source)]
    pytest.importorskip("pyarrow")
    schema = arrow_schema()
    assert tuple(schema.names) == COLUMNS
    for column, part in [
        ("blocks", newsdump.Block),
        ("problems", newsdump.Problem),
        ("repairs", newsdump.Edit),
        ("links", newsdump.Link),
    ]:
        names = schema.field(column).type.value_type.names
        assert names == [f.name for f in attrs.fields(part)], column


@attrs.frozen
class Part:
    flag: bool
    score: float
    when: dt.datetime | None
    day: dt.date
    kind: Literal["a", "b"]
    counts: tuple[int, ...]


def test_arrow_type_of_every_kind_of_field() -> None:
    pytest.importorskip("pyarrow")
    import pyarrow as pa

    arrow_type = private("_export").arrow_type
    got = arrow_type(tuple[Part, ...])
    assert got == pa.list_(
        pa.field(
            "element",
            pa.struct(
                [
                    ("flag", pa.bool_()),
                    ("score", pa.float64()),
                    ("when", pa.timestamp("us", tz="UTC")),
                    ("day", pa.date32()),
                    ("kind", pa.string()),
                    ("counts", pa.list_(pa.field("element", pa.int64()))),
                ]
            ),
        )
    )
    with pytest.raises(TypeError, match="no Arrow type"):
        arrow_type(complex)


# --- the public surface ----------------------------------------------------------------------

TOP_LEVEL = {
    "Article", "Block", "BlockKind", "BreakReport", "DumpError", "Edit", "Link", "Problem",
    "Repaired", "Source", "__version__", "apply_edits", "dump", "dumps", "explain", "export",
    "from_html", "parse", "read", "repair",
}  # fmt: skip


def test_top_level_is_small() -> None:
    assert set(newsdump.__all__) == TOP_LEVEL
    for name in newsdump.__all__:
        assert getattr(newsdump, name) is not None, name
    assert newsdump.export.to_pandas is private("_export").to_pandas
    assert set(newsdump.export.__all__) >= {"to_records", "to_arrow", "to_pandas", "COLUMNS"}


@pytest.mark.parametrize(
    ("name", "home"),
    [
        ("to_records", "export"),
        ("to_arrow", "export"),
        ("to_pandas", "export"),
        ("write_parquet", "export"),
        ("arrow_schema", "export"),
        ("SourceError", "_paths"),
        ("HTMLTooLarge", "_html"),
        ("MAX_HTML_SIZE", "_html"),
        ("join_separator", "_repair"),
    ],
)
def test_moved_names_still_import_with_a_warning(name: str, home: str) -> None:
    with pytest.warns(DeprecationWarning, match=f"newsdump.{name} is deprecated"):
        value = getattr(newsdump, name)
    assert value is getattr(private(home), name)
    assert name not in newsdump.__all__
    assert name not in dir(newsdump)


def test_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no_such_thing"):
        newsdump.no_such_thing  # noqa: B018


# --- columns for analysis (issue #15, item 5) --------------------------------------------------


def test_pandas_columns_for_analysis() -> None:
    pytest.importorskip("pandas")
    frame = to_pandas(sample())
    assert str(frame["date"].dtype).startswith("datetime64")
    assert frame.loc[0, "date"].month == sample()[0].date.month  # type: ignore[union-attr]
    assert frame["date"].dt.year.iloc[0] == 2023
    # a naive time: no UTC instant, but its wall-clock time is kept
    assert frame["published"].isna().iloc[3]
    assert str(frame["published_local"].dtype) == "datetime64[us]"
    assert frame.loc[3, "published_local"] == dt.datetime(2024, 5, 1, 9, 30)
    # an aware time: UTC in `updated`, the time as printed in `updated_local`
    assert frame.loc[3, "updated_local"] == dt.datetime(2024, 5, 1, 11, 0)
    assert frame.loc[3, "updated"] == dt.datetime(2024, 5, 1, 9, 0, tzinfo=dt.timezone.utc)
    outlets = frame["outlet"].tolist()
    assert outlets[:3] == [private("_export").outlet(a) for a in sample()[:3]]
    assert all(isinstance(o, str) and o and not o.startswith("www.") for o in outlets[:3])
    assert frame["outlet"].isna().tolist()[3:] == [True, True]


def test_outlet_is_what_stats_counts() -> None:
    export = private("_export")
    cases = [
        (Article(url="https://www.Example.org/2024/a.html"), "example.org"),
        (Article(url="https://news.example.com:8443/x", label="Wire"), "news.example.com"),
        (Article(url="not a url", label="FennPoint.com"), "FennPoint.com"),
        (Article(label="Sputnik International"), "Sputnik International"),
        (Article(), None),
    ]
    for article, expected in cases:
        assert export.outlet(article) == expected
        assert export.outlet_of(article) == (expected or "(none)")
    assert private("_cli").outlet_of is export.outlet_of  # one function, not a copy


def test_local_times_in_arrow_and_csv() -> None:
    pytest.importorskip("pyarrow")
    import pyarrow as pa

    schema = arrow_schema()
    assert COLUMNS[-4:] == ("outlet", "published_local", "updated_local", "noise")  # at the end
    assert schema.field("published_local").type == pa.timestamp("us")
    assert schema.metadata == {b"newsdump.schema": b"3"}
    row = dict(zip(COLUMNS, csv_row(sample()[3]), strict=True))
    assert row["published_local"] == "2024-05-01T09:30:00"
    assert row["updated_local"] == "2024-05-01T11:00:00"
    assert row["outlet"] == ""


# --- the running text in the records (issue #15, item 4) ------------------------------------


def test_records_carry_the_text_beside_the_blocks() -> None:
    articles = sample()
    for article, row in zip(articles, to_records(articles), strict=True):
        keys = list(row)
        assert keys.index("text") == keys.index("blocks") - 1
        assert row["text"] == article.text == "\n\n".join(article.paragraphs)
        assert Article.from_dict(row) == article
        # the text is derived: from_dict reads the blocks, whatever the text says
        assert Article.from_dict({**row, "text": "edited"}) == article
    assert to_records([Article()])[0]["text"] == ""


# --- noise: what the text leaves out, and why -----------------------------------------------------


_KINDS: tuple[BlockKind, ...] = ("paragraph", "heading", "noise", "caption")


def test_noise_column_names_what_paragraphs_leave_out() -> None:
    [article] = newsdump.parse(NOISY_RECORD)
    row = private("_export").to_row(article)
    assert [(n["rule"], n["text"]) for n in row["noise"]] == [
        ("noise:follow-us", "Follow us on Telegram"),
        ("noise:share-label", "Share this article"),
    ]
    assert [n["first_line"] for n in row["noise"]] == [6, 8]
    assert not set(row["paragraphs"]) & {n["text"] for n in row["noise"]}
    kept = private("_export").to_row(article, keep_noise=True)
    assert kept["paragraphs"] == [
        row["paragraphs"][0],
        "Follow us on Telegram",
        row["paragraphs"][1],
        "Share this article",
    ]
    assert kept["noise"] == row["noise"]  # the rules are said either way
    cells = dict(zip(COLUMNS, csv_row(article, keep_noise=True), strict=True))
    assert json.loads(cells["paragraphs"]) == kept["paragraphs"]
    assert json.loads(cells["noise"])[0]["rule"] == "noise:follow-us"


def test_noise_in_arrow() -> None:
    pytest.importorskip("pyarrow")
    table = to_arrow(newsdump.parse(NOISY_RECORD))
    assert table.schema.field("noise").type.value_type.names == ["rule", "text", "first_line"]
    assert [n["rule"] for n in table.column("noise").to_pylist()[0]] == [
        "noise:follow-us",
        "noise:share-label",
    ]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_KINDS), max_size=8))
def test_noise_and_paragraphs_partition_the_kept_text(kinds: list[BlockKind]) -> None:
    # nothing lost, nothing twice: paragraphs + noise == the text --keep-noise writes
    blocks = [
        newsdump.Block(kind, f"text {i}", i + 1, i + 1, "noise:tail" if kind == "noise" else None)
        for i, kind in enumerate(kinds)
    ]
    article = newsdump.Article(blocks=blocks)
    export = private("_export")
    row, kept = export.to_row(article), export.to_row(article, keep_noise=True)
    assert sorted(kept["paragraphs"]) == sorted(
        row["paragraphs"] + [n["text"] for n in row["noise"]]
    )
    assert [t for t in kept["paragraphs"] if t in row["paragraphs"]] == row["paragraphs"]
    assert all(n["rule"] == "noise:tail" for n in row["noise"])


@pytest.mark.parametrize("page", ["docs/api.md", "docs/cli.md"])
def test_the_docs_name_the_schema_version_written(page: str) -> None:
    # docs/cli.md said "now `1`" while version 3 was written
    version = private("_export").SCHEMA_VERSION
    assert f"`newsdump.schema` (now `{version}`)" in " ".join((ROOT / page).read_text().split())
