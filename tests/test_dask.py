# mypy: disable-error-code="no-untyped-call"
"""`newsdump.dask` on Dask's local schedulers (invented records only)."""

from __future__ import annotations

import importlib
import pickle
from pathlib import Path

import pytest

from tests.target import newsdump
from tests.test_cli import write_dump

pytest.importorskip("dask.bag")
pytest.importorskip("dask.dataframe")

import pandas as pd
import pyarrow as pa

nd = importlib.import_module(newsdump.__name__ + ".dask")  # the package under test's own
arrow_schema = newsdump.export.arrow_schema
to_pandas = newsdump.export.to_pandas


@pytest.fixture
def dumps(tmp_path: Path) -> Path:
    root = tmp_path / "dumps"
    write_dump(root / "a.txt", range(4))
    write_dump(root / "b" / "c.txt", range(4, 7), {5: "bad-date"})
    write_dump(root / "b" / "d.txt", range(7, 9))
    (root / ".hidden").write_text("not a dump", encoding="utf-8")
    return root


def test_bag_of_articles_in_file_order(dumps: Path) -> None:
    bag = nd.read_dumps(dumps)
    assert bag.npartitions == 3
    assert bag.compute(scheduler="synchronous") == list(newsdump.read(dumps))


def test_glob_list_and_partitions(dumps: Path) -> None:
    bag = nd.read_dumps([str(dumps / "b" / "*.txt"), dumps / "a.txt"], files_per_partition=2)
    assert bag.npartitions == 2
    titles = bag.map(lambda a: a.title).compute(scheduler="threads")
    assert len(titles) == 9
    assert titles[-4:] == [a.title for a in newsdump.read(dumps / "a.txt")]


def test_dataframe_has_the_export_schema(dumps: Path) -> None:
    frame = nd.read_dumps(dumps).to_dataframe()
    expected = to_pandas(newsdump.read(dumps))
    assert list(frame.dtypes) == list(expected.dtypes)
    got = frame.compute(scheduler="synchronous").reset_index(drop=True)
    lists = ["paragraphs", "blocks", "problems", "repairs", "links"]
    pd.testing.assert_frame_equal(got.drop(columns=lists), expected.drop(columns=lists))
    schema = arrow_schema()
    assert pa.Table.from_pandas(got, schema=schema, preserve_index=False).equals(
        pa.Table.from_pandas(expected, schema=schema, preserve_index=False)
    )


def test_filtered_bag_to_dataframe(dumps: Path) -> None:
    bag = nd.read_dumps(dumps)
    broken = bag.filter(lambda a: any(p.severity == "error" for p in a.problems))
    frame = nd.to_dataframe(broken).compute(scheduler="threads")
    assert frame["source_path"].tolist() == [str(dumps / "b" / "c.txt")]


def test_graph_and_articles_pickle(dumps: Path) -> None:
    # what a distributed scheduler ships: the task graph out, the articles back
    bag = nd.read_dumps(dumps)
    again = pickle.loads(pickle.dumps(bag))
    articles = again.compute(scheduler="synchronous")
    assert pickle.loads(pickle.dumps(articles)) == articles == list(newsdump.read(dumps))


def test_file_url(dumps: Path) -> None:
    bag = nd.read_dumps(f"file://{dumps}/b/*.txt")
    assert bag.count().compute(scheduler="synchronous") == 5


def test_missing_path(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        nd.read_dumps(tmp_path / "nothing-*.txt")


def test_directory_walk_is_reads(tmp_path: Path) -> None:
    # one path expander: read_dumps takes from a directory exactly the files read() takes
    # (before, it parsed the expected-output .json files beside the fixtures as records too)
    valid = Path(__file__).resolve().parents[1] / "fixtures" / "valid"
    assert nd.read_dumps(valid).compute(scheduler="synchronous") == list(newsdump.read(valid))
    write_dump(tmp_path / "x.txt", range(2))
    (tmp_path / "x.json").write_text('{"title": "not a dump"}', encoding="utf-8")
    (tmp_path / "notes.md").write_text(" date 2023-02-07 x\nnot a dump\n", encoding="utf-8")
    assert nd.expand_paths(tmp_path) == [str(tmp_path / "x.txt")]
