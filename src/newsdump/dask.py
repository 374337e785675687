"""Dumps on a Dask cluster: `read_dumps` → a `dask.bag.Bag` of `Article`, one partition per file
(or, with ``blocksize=``, per piece of a big file, cut at record headers).

Needs the ``dask`` extra (``pip install 'newsdump[dask]'``); ``import newsdump`` never imports
this module.  ``.to_dataframe()`` on the bag gives a Dask DataFrame whose columns and dtypes are
those of `newsdump.export.to_pandas` (docs/api.md, "Export columns"), partition by
partition.

Examples:
    >>> import newsdump.dask
    >>> bag = newsdump.dask.read_dumps("fixtures/000_*.txt")  # one file: one partition
    >>> bag.npartitions, bag.map(lambda a: a.title[:8]).compute(scheduler="synchronous")
    (1, ['What Did'])
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from typing import Any

from ._export import arrow_schema, arrow_to_pandas, to_arrow
from ._model import Article
from ._paths import expand_paths as _local_paths
from ._paths import is_dump_name
from ._read import read
from ._spans import Span, read_span, spans, splittable

try:
    import dask
    import dask.bag as db
    import dask.dataframe as dd
    from dask.delayed import delayed
except ImportError as exc:  # pragma: no cover - exercised without the extra only
    raise ImportError(
        "newsdump.dask needs dask: pip install 'newsdump[dask]'", name=exc.name
    ) from exc


def _is_url(path: str) -> bool:
    return "://" in path and not path.startswith("file://")


def _local(path: str) -> str:
    return path.removeprefix("file://")


def expand_paths(
    paths_or_glob: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
) -> list[str]:
    """Files to read, by the rule `newsdump.read` and the command use (docs/cli.md, "Inputs"):
    directories walked recursively for their dump files (sorted, hidden files and non-dump
    names such as ``.json`` skipped), globs expanded (sorted); remote URLs (``s3://…``) are
    listed through fsspec by the same rule.  Local paths come back absolute, since the workers
    that open them may not share the client's working directory."""
    if isinstance(paths_or_glob, (str, os.PathLike)):
        items = [os.fspath(paths_or_glob)]
    else:
        items = [os.fspath(p) for p in paths_or_glob]
    files: list[str] = []
    for item in items:
        if _is_url(item):
            files.extend(_remote_files(item))
        else:  # absolute: the workers may run in another directory
            files.extend(os.path.abspath(f) for f in _local_paths([_local(item)]))
    return files


def _remote_files(url: str) -> list[str]:
    import fsspec

    fs, _, paths = fsspec.core.get_fs_token_paths(url)
    protocol = url.split("://", 1)[0]
    found: list[str] = []
    for p in sorted(paths):
        if fs.isdir(p):
            found.extend(sorted(f for f in fs.find(p) if is_dump_name(f.rsplit("/", 1)[-1])))
        else:
            found.append(p)
    if not found:
        raise FileNotFoundError(2, "no such file or glob match", url)
    return [f if "://" in f else f"{protocol}://{f}" for f in found]


def _read_partition(paths: Sequence[str | Span], strict: bool, repair: bool) -> list[Article]:
    articles: list[Article] = []
    for path in paths:
        if isinstance(path, Span):
            articles.extend(read_span(path, strict=strict, repair=repair))
        elif _is_url(path):
            import fsspec

            with fsspec.open(path, "rb", compression="infer") as fp:
                articles.extend(read(fp, strict=strict, repair=repair))
        else:
            articles.extend(read(path, strict=strict, repair=repair))
    return articles


def _frame(articles: Iterable[Article]) -> Any:
    return arrow_to_pandas(to_arrow(articles))


def meta() -> Any:
    """An empty pandas frame with the export columns and dtypes (Dask's ``meta``)."""
    return arrow_to_pandas(arrow_schema().empty_table())


def to_dataframe(bag: db.Bag) -> dd.DataFrame:
    """A Dask DataFrame from any bag of `Article` (one pandas partition per bag partition),
    with the columns and dtypes of `newsdump.export.to_pandas`."""
    parts = [delayed(_frame)(part) for part in bag.to_delayed()]  # type: ignore[no-untyped-call]
    # List and date columns hold Python objects by design: keep Dask from casting them to text.
    with dask.config.set({"dataframe.convert-string": False}):
        frame: dd.DataFrame = dd.from_delayed(parts, meta=meta(), verify_meta=False)
    return frame


def to_parquet(bag: db.Bag, path: str | os.PathLike[str], **kwargs: Any) -> Any:
    """Write any bag of `Article` as a directory of Parquet files, one per partition, written
    by the workers, with the schema of `newsdump.export.arrow_schema` (so it reads back with
    the columns of `newsdump.export.to_pandas`).  ``kwargs`` go to Dask's ``to_parquet``.

    Dask cannot infer Arrow types for the list columns from an empty frame, so a plain
    ``bag.to_dataframe().to_parquet(path)`` needs ``schema=arrow_schema()`` and
    ``write_index=False``; this passes them.
    """
    options: dict[str, Any] = {"schema": arrow_schema(), "write_index": False, **kwargs}
    return to_dataframe(bag).to_parquet(os.fspath(path), **options)  # type: ignore[no-untyped-call]


class ArticleBag(db.Bag):
    """A `dask.bag.Bag` of `Article` whose ``to_dataframe()`` knows the export schema.

    Every bag operation (``map``, ``filter``, …) returns a plain `dask.bag.Bag`; for a bag that
    still holds articles use `newsdump.dask.to_dataframe`.
    """

    def to_dataframe(
        self, meta: Any = None, columns: Any = None, optimize_graph: bool = True
    ) -> dd.DataFrame:
        if meta is not None or columns is not None:
            frame: dd.DataFrame = super().to_dataframe(  # type: ignore[no-untyped-call]
                meta, columns, optimize_graph
            )
            return frame
        return to_dataframe(self)


def read_dumps(
    paths_or_glob: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    *,
    strict: bool = False,
    repair: bool = True,
    files_per_partition: int = 1,
    blocksize: int | None = None,
) -> ArticleBag:
    """A lazy bag of the articles of every file named, in file order.

    ``paths_or_glob``: a path, directory, glob (``"dumps/**/*.txt.gz"``) or remote URL that
    fsspec understands (``"s3://bucket/dumps/*.gz"``, with s3fs installed), or a list of them.
    The file list is expanded now, on the client; the files are read by the workers, so they
    must see the same paths (a shared file system or object storage).  Each partition reads
    ``files_per_partition`` files.

    ``blocksize`` (bytes): a local, plain (not compressed) file bigger than this is cut into
    pieces of about that size at record headers, one partition each, so that the workers share
    one huge dump; the articles, their ``source`` lines and offsets and their problems are those
    of reading the whole file.  The client reads such a file once to find the cuts.  Compressed
    and remote files are not cut (the workers would need the client to decompress them and
    ship the text).  In strict mode a `DumpError` from a piece names the file's line, but
    counts its ``record`` from the piece's first record.

    Examples:
        >>> frame = read_dumps(["fixtures/000_9969857c5de6fcc0.txt"]).to_dataframe()
        >>> frame.compute(scheduler="synchronous")["source_last_line"].tolist()
        [24]
        >>> bag = read_dumps("fixtures/valid/multi-record.txt", blocksize=200)  # 633 bytes
        >>> bag.npartitions, bag.map(lambda a: a.source.first_line).compute()
        (3, [1, 6, 11])
    """
    files = expand_paths(paths_or_glob)
    if files_per_partition < 1:
        raise ValueError("files_per_partition must be 1 or more")
    if blocksize is not None and blocksize < 1:
        raise ValueError("blocksize must be 1 or more")
    groups: list[list[str | Span]] = []
    group: list[str | Span] = []
    for path in files:
        pieces = _pieces(path, blocksize)
        if len(pieces) > 1:
            if group:
                groups.append(group)
                group = []
            groups.extend([piece] for piece in pieces)
            continue
        group.append(path)
        if len(group) == files_per_partition:
            groups.append(group)
            group = []
    if group:
        groups.append(group)
    seq = db.from_sequence(groups, npartitions=max(len(groups), 1))  # type: ignore[no-untyped-call]
    bag = seq.map_partitions(_read_groups, strict=strict, repair=repair)
    return ArticleBag(bag.dask, bag.name, bag.npartitions)


def _pieces(path: str, blocksize: int | None) -> list[Span]:
    """The pieces of a local plain file bigger than ``blocksize`` (none otherwise)."""
    if blocksize is None or _is_url(path) or not splittable(path):
        return []
    try:
        if os.path.getsize(path) <= blocksize:
            return []
    except OSError:
        return []  # said when a worker opens it
    return list(spans(path, blocksize))


def _read_groups(
    groups: Sequence[Sequence[str | Span]], strict: bool, repair: bool
) -> list[Article]:
    return [a for group in groups for a in _read_partition(group, strict, repair)]


__all__ = ["ArticleBag", "expand_paths", "meta", "read_dumps", "to_dataframe", "to_parquet"]
