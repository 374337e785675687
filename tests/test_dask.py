# mypy: disable-error-code="no-untyped-call"
"""`newsdump.dask` on Dask's local schedulers (invented records only)."""

from __future__ import annotations

import gzip
import importlib
import logging
import os
import pickle
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

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


def test_blocksize_cuts_a_big_file_at_headers(tmp_path: Path) -> None:
    """``blocksize=``: one file in several partitions, articles (and their provenance) as
    read() gives them; a compressed file and a small one stay whole, in file order."""
    big = write_dump(tmp_path / "big.txt", range(300), {120: "bad-date", 250: "disagree"})
    small = write_dump(tmp_path / "small.txt", range(300, 303))
    packed = tmp_path / "z.txt.gz"
    packed.write_bytes(gzip.compress(big.read_bytes()))
    paths = [small, big, packed]
    bag = nd.read_dumps(paths, blocksize=10_000)
    assert big.stat().st_size > 10 * 10_000
    assert bag.npartitions >= 2 + 10
    expected = [a for p in paths for a in newsdump.read(p)]
    got = bag.compute(scheduler="processes")
    assert got == expected
    assert [a.source for a in got] == [a.source for a in expected]
    assert [a.problems for a in got] == [a.problems for a in expected]
    with pytest.raises(ValueError, match="blocksize"):
        nd.read_dumps(paths, blocksize=0)


# --- a real cluster: workers in other processes (issue #22) -----------------------------------


@pytest.fixture(scope="module")
def cluster_dumps(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Several files, plain and gzip-compressed, one with an error-severity record."""
    root = tmp_path_factory.mktemp("cluster") / "dumps"
    write_dump(root / "a.txt", range(6))
    packed = write_dump(root / "b" / "c.txt", range(6, 12), {8: "bad-date"})
    (root / "b" / "c.txt.gz").write_bytes(gzip.compress(packed.read_bytes()))
    packed.unlink()
    write_dump(root / "b" / "d.txt", range(12, 15), {13: "disagree"})
    plain = write_dump(root / "e.txt", range(15, 40))
    (root / "e.txt.gz").write_bytes(gzip.compress(plain.read_bytes()))
    plain.unlink()
    (root / "notes.json").write_text("{}", encoding="utf-8")  # not a dump: passed over
    return root


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    """A two-process LocalCluster, closed however the tests end (the context managers close
    the client, then the workers and the scheduler, on success and on failure alike)."""
    distributed = pytest.importorskip("distributed")
    with (
        distributed.LocalCluster(
            n_workers=2,
            processes=True,
            threads_per_worker=1,
            dashboard_address=":0",  # any free port: never clash with a running cluster
            silence_logs=logging.ERROR,
        ) as cluster,
        distributed.Client(cluster) as connected,
    ):
        yield connected


def _has_error(article: newsdump.Article) -> bool:
    return any(p.severity == "error" for p in article.problems)


def test_cluster_articles_equal_read(client: Any, cluster_dumps: Path) -> None:
    bag = nd.read_dumps(cluster_dumps)
    assert bag.npartitions == 4
    expected = list(newsdump.read(cluster_dumps))
    assert len(expected) == 40
    got = client.compute(bag).result()
    assert got == expected  # in order, content equal …
    assert [a.source for a in got] == [a.source for a in expected]  # … and provenance too
    assert [a.problems for a in got] == [a.problems for a in expected]
    workers = client.run(os.getpid)
    assert len(workers) == 2
    assert os.getpid() not in workers.values()  # the articles came from other processes


def test_cluster_parquet_written_by_workers(
    client: Any, cluster_dumps: Path, tmp_path: Path
) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    schema = arrow_schema()
    broken = nd.read_dumps(cluster_dumps).filter(_has_error)
    frame = nd.to_dataframe(broken)
    frame.to_parquet(str(tmp_path / "raw"), schema=schema, write_index=False)
    nd.to_parquet(broken, tmp_path / "helper")
    kept = [a for a in newsdump.read(cluster_dumps) if _has_error(a)]
    assert len(kept) == 1
    expected = pa.Table.from_pandas(
        newsdump.export.to_pandas(kept), schema=schema, preserve_index=False
    )
    for out in ("raw", "helper"):
        assert len(list((tmp_path / out).glob("*.parquet"))) == 4  # one per partition
        table = pq.read_table(tmp_path / out)
        assert table.schema.remove_metadata().equals(schema.remove_metadata())
        assert table.to_pylist() == expected.to_pylist()


def test_cluster_strict_error_reaches_the_client(client: Any, cluster_dumps: Path) -> None:
    bag = nd.read_dumps(cluster_dumps, strict=True)
    with pytest.raises(newsdump.DumpError) as info:
        client.compute(bag).result()
    err = info.value
    assert err.path == str(cluster_dumps / "b" / "c.txt.gz")
    assert (err.record, err.line, err.code) == (3, 15, "bad-header-date")


def test_docs_cluster_example_runs(
    cluster_dumps: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """docs/scaling.md's cluster example, executed as written (its own LocalCluster)."""
    pytest.importorskip("distributed")
    page = (Path(__file__).resolve().parents[1] / "docs" / "scaling.md").read_text("utf-8")
    start = page.index("```python\nfrom dask.distributed import Client, LocalCluster")
    snippet = page[start:].split("\n", 1)[1].split("```", 1)[0]
    shutil.copytree(cluster_dumps, tmp_path / "dumps")
    monkeypatch.chdir(tmp_path)
    exec(compile(snippet, "docs/scaling.md", "exec"), {"__name__": "docs_scaling"})
    assert capsys.readouterr().out.strip() == "1 records with an error"
    frame = pd.read_parquet(tmp_path / "parquet")
    assert frame["title"].tolist() == [a.title for a in newsdump.read(tmp_path / "dumps")]


def test_cluster_reads_one_big_file_in_pieces(
    client: Any, cluster_dumps: Path, tmp_path: Path
) -> None:
    """``blocksize=``: the two workers share one big file (and the compressed ones whole)."""
    big = write_dump(tmp_path / "big.txt", range(1000, 1400), {1333: "bad-date"})
    bag = nd.read_dumps([cluster_dumps, big], blocksize=16_000)
    assert bag.npartitions > 4 + 5
    expected = [*newsdump.read(cluster_dumps), *newsdump.read(big)]
    got = client.compute(bag).result()
    assert got == expected
    assert [a.source for a in got] == [a.source for a in expected]
    assert [a.problems for a in got] == [a.problems for a in expected]
    strict = nd.read_dumps(big, strict=True, blocksize=16_000)
    with pytest.raises(newsdump.DumpError) as info:
        client.compute(strict).result()
    with pytest.raises(newsdump.DumpError) as whole:
        list(newsdump.read(big, strict=True))
    got_error, expected_error = info.value, whole.value
    assert (got_error.path, got_error.line, got_error.code) == (
        expected_error.path,
        expected_error.line,
        expected_error.code,
    )
