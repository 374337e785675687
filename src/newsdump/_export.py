"""Exports: articles → JSON-safe records, CSV rows, Arrow tables, Parquet files, pandas frames.

One column set serves every tabular export (Arrow, Parquet, pandas, Dask, CSV), documented in
docs/cli.md ("Output columns") and kept stable: a column is only ever added at the end, and the
version in the Parquet metadata (``newsdump.schema``) changes when one is.

The optional libraries (pyarrow, pandas) are imported inside the functions that need them, so
``import newsdump`` stays cheap; a missing one raises `ImportError` naming the extra to install.

Examples:
    >>> import datetime as dt
    >>> from newsdump import Article, Block
    >>> a = Article(title="Rain in Lisbon", date=dt.date(2024, 3, 1), date_precision="day",
    ...             blocks=[Block("paragraph", "It rained.")])
    >>> [record] = to_records([a])
    >>> record["date"], record["blocks"]
    ('2024-03-01', [{'kind': 'paragraph', 'text': 'It rained.', 'first_line': 0, 'last_line': 0}])
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Final

import attrs

from ._model import Article

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa

ROW_GROUP_ROWS: Final = 4096
"""Articles per Arrow record batch and Parquet row group.  Dump articles run to a few kB of text
each, so a group is some 10–20 MB: large enough for Parquet's column compression and for Spark to
split a file on, small enough that the Python objects held while one group is built stay in the
low hundreds of MB at most."""

SCHEMA_VERSION: Final = "1"
"""Stored in the Parquet/Arrow schema metadata under ``newsdump.schema``."""

COLUMNS: Final[tuple[str, ...]] = (
    "url",
    "label",
    "title",
    "lede",
    "timestamp",
    "date",
    "date_precision",
    "published",
    "published_iso",
    "updated",
    "updated_iso",
    "paragraphs",
    "blocks",
    "source_path",
    "source_first_line",
    "source_last_line",
    "source_offset",
    "problems",
    "repairs",
    "links",
)
"""The export columns, in order (Arrow, Parquet, pandas, Dask and CSV all use these)."""


def to_records(articles: Iterable[Article]) -> list[dict[str, Any]]:
    """JSON-safe dicts, one per article: ISO 8601 strings for dates and times, lists for tuples.

    The same dicts `Article.to_dict` gives (and ``newsdump convert`` writes as JSON Lines);
    `Article.from_dict` turns each back into an equal article.

    Examples:
        >>> import datetime as dt, json
        >>> from newsdump import Article
        >>> a = Article(title="Lluvia en Valencia", published=dt.datetime(2023, 3, 1, 9, 30))
        >>> [row] = to_records([a])
        >>> row["published"], json.loads(json.dumps(row)) == row
        ('2023-03-01T09:30:00', True)
        >>> Article.from_dict(row) == a
        True
    """
    return [article.to_dict() for article in articles]


def _utc(value: dt.datetime | None) -> dt.datetime | None:
    """An aware datetime as UTC; None for a naive one (its UTC instant is unknown)."""
    if value is None or value.utcoffset() is None:
        return None
    return value.astimezone(dt.timezone.utc)


def to_row(article: Article) -> dict[str, Any]:
    """One article as a flat row of plain Python values, keyed by `COLUMNS`.

    Dates are `datetime.date`, ``published``/``updated`` aware UTC datetimes (None when the time
    is naive), ``*_iso`` the times as ISO strings with their own offset, lists are lists.
    """
    source = article.source
    return {
        "url": article.url,
        "label": article.label,
        "title": article.title,
        "lede": article.lede,
        "timestamp": article.timestamp,
        "date": article.date,
        "date_precision": article.date_precision,
        "published": _utc(article.published),
        "published_iso": article.published.isoformat() if article.published else None,
        "updated": _utc(article.updated),
        "updated_iso": article.updated.isoformat() if article.updated else None,
        "paragraphs": list(article.paragraphs),
        "blocks": [attrs.asdict(b) for b in article.blocks],
        "source_path": source.path if source else None,
        "source_first_line": source.first_line if source else None,
        "source_last_line": source.last_line if source else None,
        "source_offset": source.offset if source else None,
        "problems": [attrs.asdict(p) for p in article.problems],
        "repairs": [{**attrs.asdict(e), "lines": list(e.lines)} for e in article.repairs],
        "links": [attrs.asdict(link) for link in article.links],
    }


# --- CSV ---------------------------------------------------------------------------------------


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return json.dumps(value, ensure_ascii=False)


def csv_row(article: Article) -> list[str]:
    """One article as CSV cells in `COLUMNS` order: empty for null, ISO 8601 for dates and
    times (``published``/``updated`` in UTC), decimal integers, JSON text for lists.

    Examples:
        >>> from newsdump import Article, Block
        >>> row = csv_row(Article(title="Hail", blocks=[Block("paragraph", "It hailed.")]))
        >>> dict(zip(COLUMNS, row))["paragraphs"]
        '["It hailed."]'
    """
    row = to_row(article)
    return [_cell(row[name]) for name in COLUMNS]


def write_csv(articles: Iterable[Article], fp: IO[str]) -> int:
    """Write a header and one CSV row per article to ``fp`` (opened with ``newline=""``);
    return the number of articles written."""
    import csv

    writer = csv.writer(fp)
    writer.writerow(COLUMNS)
    count = 0
    for article in articles:
        writer.writerow(csv_row(article))
        count += 1
    return count


# --- Arrow, Parquet, pandas ----------------------------------------------------------------------


def _require(module: str, extra: str) -> Any:
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise ImportError(
            f"{module} is not installed: pip install 'newsdump[{extra}]'", name=module
        ) from exc


def _pyarrow() -> Any:
    return _require("pyarrow", "parquet")


def arrow_schema() -> pa.Schema:
    """The Arrow schema of every tabular export (see docs/cli.md, "Output columns").

    Examples:
        >>> arrow_schema().field("published").type
        TimestampType(timestamp[us, tz=UTC])
    """
    pa = _pyarrow()
    string, int64 = pa.string(), pa.int64()

    def list_of(item: Any) -> Any:  # Parquet's standard name for list items: reads back equal
        return pa.list_(pa.field("element", item))

    block = pa.struct(
        [("kind", string), ("text", string), ("first_line", int64), ("last_line", int64)]
    )
    problem = pa.struct(
        [
            ("code", string),
            ("message", string),
            ("line", int64),
            ("column", int64),
            ("severity", string),
        ]
    )
    edit = pa.struct(
        [
            ("kind", string),
            ("lines", list_of(int64)),
            ("rule", string),
            ("confidence", pa.float64()),
            ("separator", string),
            ("column", int64),
            ("block_kind", string),
            ("applied", pa.bool_()),
        ]
    )
    link = pa.struct(
        [("text", string), ("href", string), ("block", int64), ("start", int64), ("end", int64)]
    )
    utc = pa.timestamp("us", tz="UTC")
    types = {
        "url": string,
        "label": string,
        "title": string,
        "lede": string,
        "timestamp": string,
        "date": pa.date32(),
        "date_precision": string,
        "published": utc,
        "published_iso": string,
        "updated": utc,
        "updated_iso": string,
        "paragraphs": list_of(string),
        "blocks": list_of(block),
        "source_path": string,
        "source_first_line": int64,
        "source_last_line": int64,
        "source_offset": int64,
        "problems": list_of(problem),
        "repairs": list_of(edit),
        "links": list_of(link),
    }
    schema = pa.schema([(name, types[name]) for name in COLUMNS])
    return schema.with_metadata({"newsdump.schema": SCHEMA_VERSION})


def _chunks(rows: Iterable[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    chunk: list[dict[str, Any]] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def rows_to_batches(
    rows: Iterable[dict[str, Any]], *, batch_size: int = ROW_GROUP_ROWS
) -> Iterator[pa.RecordBatch]:
    """Record batches of at most ``batch_size`` rows from `to_row` dicts."""
    pa = _pyarrow()
    schema = arrow_schema()
    for chunk in _chunks(rows, batch_size):
        yield pa.RecordBatch.from_pylist(chunk, schema=schema)


def to_arrow(articles: Iterable[Article], *, batch_size: int = ROW_GROUP_ROWS) -> pa.Table:
    """A `pyarrow.Table` with one row per article and the schema of `arrow_schema`.

    Built ``batch_size`` articles at a time, so that only one batch of Python values is alive
    at once (the table itself holds everything; for files use `write_parquet`).

    Examples:
        >>> from newsdump import Article
        >>> to_arrow([Article(title="Fog")]).column("title").to_pylist()
        ['Fog']
    """
    pa = _pyarrow()
    batches = list(rows_to_batches((to_row(a) for a in articles), batch_size=batch_size))
    return pa.Table.from_batches(batches, schema=arrow_schema())


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path next to ``path``; on success rename it onto ``path``.

    The temporary file is ``.NAME.tmp-PID`` in the same directory (so the rename is atomic and
    directory readers skip it as hidden).  On an exception it is removed and ``path`` is left
    as it was; a process killed outright (SIGKILL, power loss) can leave the temporary file but
    never a half-written ``path``.
    """
    final = Path(path)
    temp = final.with_name(f".{final.name}.tmp-{os.getpid()}")
    try:
        yield temp
        with open(temp, "rb+") as fp:  # flush to disk before the rename makes it visible
            os.fsync(fp.fileno())
        os.replace(temp, final)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise


def write_parquet_rows(
    rows: Iterable[dict[str, Any]],
    where: str | os.PathLike[str] | IO[bytes],
    *,
    row_group_size: int = ROW_GROUP_ROWS,
    compression: str = "snappy",
) -> int:
    """Write `to_row` dicts as Parquet, one row group per ``row_group_size`` rows; return the
    number of rows.  A path is written atomically (see `atomic_path`)."""
    _pyarrow()
    import pyarrow.parquet as pq

    schema = arrow_schema()
    if isinstance(where, (str, os.PathLike)):
        with atomic_path(where) as temp, open(temp, "wb") as fp:
            return write_parquet_rows(
                rows, fp, row_group_size=row_group_size, compression=compression
            )
    count = 0
    with pq.ParquetWriter(where, schema, compression=compression) as writer:
        for batch in rows_to_batches(rows, batch_size=row_group_size):
            writer.write_batch(batch, row_group_size=row_group_size)
            count += batch.num_rows
        if count == 0:
            writer.write_table(schema.empty_table())
    return count


def write_parquet(
    articles: Iterable[Article],
    path: str | os.PathLike[str] | IO[bytes],
    *,
    row_group_size: int = ROW_GROUP_ROWS,
    compression: str = "snappy",
) -> int:
    """Write articles to a Parquet file with the schema of `arrow_schema`; return the count.

    Streams: one row group per ``row_group_size`` articles, so memory is bounded by one group
    however many articles there are.  A path is written atomically: a temporary file in the
    same directory, renamed into place once complete.  ``compression`` is any codec pyarrow
    knows (``snappy``, the default, is readable everywhere; ``zstd`` is smaller).

    Examples:
        >>> import tempfile, pathlib, pyarrow.parquet as pq
        >>> from newsdump import Article
        >>> path = pathlib.Path(tempfile.mkdtemp()) / "articles.parquet"
        >>> write_parquet([Article(title="Neve a Torino"), Article(title="Sole a Bari")], path)
        2
        >>> pq.read_table(path).column("title").to_pylist()
        ['Neve a Torino', 'Sole a Bari']
    """
    return write_parquet_rows(
        (to_row(a) for a in articles),
        path,
        row_group_size=row_group_size,
        compression=compression,
    )


def arrow_to_pandas(table: pa.Table) -> pd.DataFrame:
    """The pandas frame of an export table: integer columns as nullable ``Int64``, times as
    ``datetime64[us, UTC]``, dates as `datetime.date`, lists as object columns."""
    pa = _pyarrow()
    pandas = _require("pandas", "pandas")
    mapping = {pa.int64(): pandas.Int64Dtype()}
    return table.to_pandas(types_mapper=mapping.get)


def to_pandas(articles: Iterable[Article]) -> pd.DataFrame:
    """A `pandas.DataFrame` with one row per article and the columns of `COLUMNS`.

    Examples:
        >>> from newsdump import Article
        >>> frame = to_pandas([Article(title="Sleet")])
        >>> frame.loc[0, "title"], str(frame["published"].dtype)
        ('Sleet', 'datetime64[us, UTC]')
    """
    _require("pandas", "pandas")
    return arrow_to_pandas(to_arrow(articles))


__all__ = [
    "COLUMNS",
    "ROW_GROUP_ROWS",
    "SCHEMA_VERSION",
    "arrow_schema",
    "arrow_to_pandas",
    "atomic_path",
    "csv_row",
    "to_arrow",
    "to_pandas",
    "to_records",
    "to_row",
    "write_csv",
    "write_parquet",
]
