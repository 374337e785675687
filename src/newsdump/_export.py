"""Exports: articles → JSON-safe records, CSV rows, Arrow tables, Parquet files, pandas frames.

One column set serves every tabular export (Arrow, Parquet, pandas, Dask, CSV), documented in
docs/api.md ("Export columns") and kept stable: a column is only ever added at the end, and the
version in the Parquet metadata (``newsdump.schema``) changes when one is.

The optional libraries (pyarrow, pandas) are imported inside the functions that need them, so
``import newsdump`` stays cheap; a missing one raises `ImportError` naming the extra to install.

Examples:
    >>> import datetime as dt
    >>> from newsdump import Article, Block
    >>> a = Article(title="Rain in Lisbon", date=dt.date(2024, 3, 1), date_precision="day",
    ...             blocks=[Block("paragraph", "It rained.")])
    >>> [record] = to_records([a])
    >>> record["date"], record["blocks"][0]["text"], record["blocks"][0]["rule"]
    ('2024-03-01', 'It rained.', None)
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import json
import os
import types
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Final, Literal, NewType, Union, get_args, get_origin
from urllib.parse import urlsplit

import attrs

from ._model import Article, field_types
from ._noise import Noise, noise_kept, noise_of

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa

ROW_GROUP_ROWS: Final = 4096
"""Articles per Arrow record batch and Parquet row group.  Dump articles run to a few kB of text
each, so a group is some 10–20 MB: large enough for Parquet's column compression and for Spark to
split a file on, small enough that the Python objects held while one group is built stay in the
low hundreds of MB at most."""

SCHEMA_VERSION: Final = "3"
"""Stored in the Parquet/Arrow schema metadata under ``newsdump.schema``.  2: ``outlet``,
``published_local`` and ``updated_local`` added at the end; 3: ``noise``."""

LocalTime = NewType("LocalTime", dt.datetime)
"""A naive wall-clock time (Arrow ``timestamp[us]`` without a zone): the time as the page
printed it, whatever its offset."""


@attrs.frozen
class Column:
    """One export column: its name, the Python type of its values (the Arrow type follows from
    it, `arrow_type`) and how to take its value from an article."""

    name: str
    type: Any
    get: Callable[[Article], Any]


def _field_value(name: str) -> Callable[[Article], Any]:
    def get(article: Article) -> Any:
        return _row_value(getattr(article, name))

    return get


def _iso(name: str) -> Callable[[Article], Any]:
    def get(article: Article) -> Any:
        value = getattr(article, name)
        return value.isoformat() if value is not None else None

    return get


def _utc_of(name: str) -> Callable[[Article], Any]:
    def get(article: Article) -> Any:
        return _utc(getattr(article, name))

    return get


def _part(name: str, sub: str) -> Callable[[Article], Any]:
    def get(article: Article) -> Any:
        part = getattr(article, name)
        return getattr(part, sub) if part is not None else None

    return get


def _paragraphs(article: Article) -> list[str]:
    return list(article.paragraphs)


def _local(name: str) -> Callable[[Article], Any]:
    def get(article: Article) -> Any:
        value = getattr(article, name)
        return value.replace(tzinfo=None) if value is not None else None

    return get


def outlet(article: Article) -> str | None:
    """The outlet: the URL's host without ``www.``, else the header's label, else None.

    Examples:
        >>> from newsdump import Article
        >>> outlet(Article(url="https://www.example.org/a/b")), outlet(Article(label="Wire"))
        ('example.org', 'Wire')
        >>> outlet(Article()) is None
        True
    """
    if article.url:
        host = urlsplit(article.url).hostname or ""
        if host:
            return host.removeprefix("www.")
    return article.label or None


def outlet_of(article: Article) -> str:
    """`outlet`, or ``(none)``: the key ``newsdump stats`` counts records by.

    Examples:
        >>> from newsdump import Article
        >>> outlet_of(Article(url="https://www.example.org/a/b")), outlet_of(Article())
        ('example.org', '(none)')
    """
    return outlet(article) or "(none)"


def _row_value(value: Any) -> Any:
    """Parts as dicts, tuples as lists; dates and times stay Python values (unlike `plain`)."""
    if value is None or type(value) in (str, int, float, bool):
        return value
    if attrs.has(type(value)):
        return {f.name: _row_value(getattr(value, f.name)) for f in attrs.fields(type(value))}
    if isinstance(value, tuple):
        return [_row_value(v) for v in value]
    return value


def _optional(tp: Any) -> Any:
    """``X`` for ``X | None``, else ``tp``."""
    if get_origin(tp) in (Union, types.UnionType):
        inner = [a for a in get_args(tp) if a is not type(None)]
        if len(inner) == 1:
            return inner[0]
    return tp


@functools.cache  # a pure function of the class: built once, not per row
def columns() -> tuple[Column, ...]:
    """The export columns, derived from the fields of `Article` (`attrs.fields`), in order.

    A field is one column of its own type, except: a time (``published``) gives the instant
    in UTC and, as ``*_iso``, its ISO text with its own offset; a part (``source``) gives one
    ``source_*`` column per field of its own; ``paragraphs`` (derived from the blocks) comes just
    before ``blocks``.  Then, at the end (columns are only ever added at the end), the columns
    for analysis: ``outlet`` and, for each time, ``*_local``, its naive wall-clock time; and
    ``noise``, the noise blocks ``paragraphs`` leaves out, each with its rule (`Noise`).
    """
    found: list[Column] = []
    for name, tp in field_types(Article).items():
        base = _optional(tp)
        if name == "blocks":
            found.append(Column("paragraphs", tuple[str, ...], _paragraphs))
        if base is dt.datetime:
            found.append(Column(name, dt.datetime, _utc_of(name)))
            found.append(Column(f"{name}_iso", str, _iso(name)))
        elif isinstance(base, type) and attrs.has(base):
            found.extend(
                Column(f"{name}_{sub}", _optional(subtype), _part(name, sub))
                for sub, subtype in field_types(base).items()
            )
        else:
            found.append(Column(name, tp, _field_value(name)))
    found.append(Column("outlet", str, outlet))
    found.extend(
        Column(f"{name}_local", LocalTime, _local(name))
        for name, tp in field_types(Article).items()
        if _optional(tp) is dt.datetime
    )
    found.append(Column("noise", tuple[Noise, ...], noise_of))
    return tuple(found)


COLUMNS: Final[tuple[str, ...]] = tuple(c.name for c in columns())
"""The export column names, in order (Arrow, Parquet, pandas, Dask and CSV all use these)."""


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


def to_row(article: Article, *, keep_noise: bool = False) -> dict[str, Any]:
    """One article as a flat row of plain Python values, keyed by `COLUMNS`.

    Dates are `datetime.date`, ``published``/``updated`` aware UTC datetimes (None when the time
    is naive), ``*_iso`` the times as ISO strings with their own offset, lists are lists.
    With ``keep_noise``, ``paragraphs`` keeps the noise blocks' texts in place (`noise_kept`).
    """
    row = {column.name: column.get(article) for column in columns()}
    return row | {"paragraphs": noise_kept(article)} if keep_noise else row


# --- CSV ---------------------------------------------------------------------------------------


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return json.dumps(value, ensure_ascii=False)


def csv_row(article: Article, *, keep_noise: bool = False) -> list[str]:
    """One article as CSV cells in `COLUMNS` order: empty for null, ISO 8601 for dates and
    times (``published``/``updated`` in UTC), decimal integers, JSON text for lists.

    Examples:
        >>> from newsdump import Article, Block
        >>> row = csv_row(Article(title="Hail", blocks=[Block("paragraph", "It hailed.")]))
        >>> dict(zip(COLUMNS, row))["paragraphs"]
        '["It hailed."]'
    """
    row = to_row(article, keep_noise=keep_noise)
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
    """The Arrow schema of every tabular export (see docs/api.md, "Export columns").

    Examples:
        >>> arrow_schema().field("published").type
        TimestampType(timestamp[us, tz=UTC])
    """
    pa = _pyarrow()
    schema = pa.schema([(c.name, arrow_type(c.type)) for c in columns()])
    return schema.with_metadata({"newsdump.schema": SCHEMA_VERSION})


def arrow_type(tp: Any) -> pa.DataType:
    """The Arrow type of values of the Python type ``tp``: strings (and `Literal` sets of
    them) as ``string``, ``int`` as ``int64``, times as UTC timestamps, tuples as lists whose
    items are named ``element`` (Parquet's standard name: a file reads back equal), attrs
    classes as structs of their fields.

    Examples:
        >>> from newsdump import Link
        >>> arrow_type(tuple[Link, ...]).value_type.names
        ['text', 'href', 'block', 'start', 'end']
    """
    pa = _pyarrow()
    tp = _optional(tp)
    scalars = {
        str: pa.string(),
        int: pa.int64(),
        float: pa.float64(),
        bool: pa.bool_(),
        dt.date: pa.date32(),
        dt.datetime: pa.timestamp("us", tz="UTC"),
    }
    if tp is LocalTime:
        return pa.timestamp("us")
    if tp in scalars:
        return scalars[tp]
    if get_origin(tp) is Literal:
        return pa.string()
    if get_origin(tp) is tuple:
        return pa.list_(pa.field("element", arrow_type(get_args(tp)[0])))
    if isinstance(tp, type) and attrs.has(tp):
        return pa.struct([(name, arrow_type(t)) for name, t in field_types(tp).items()])
    raise TypeError(f"no Arrow type for {tp!r}")


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
    ``datetime64[us, UTC]`` (``*_local``: naive ``datetime64[us]``), ``date`` as
    ``datetime64`` (so ``.dt`` works), lists as object columns."""
    pa = _pyarrow()
    pandas = _require("pandas", "pandas")
    mapping = {pa.int64(): pandas.Int64Dtype()}
    return table.to_pandas(types_mapper=mapping.get, date_as_object=False)


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
    "Column",
    "arrow_schema",
    "arrow_to_pandas",
    "arrow_type",
    "atomic_path",
    "columns",
    "csv_row",
    "outlet",
    "outlet_of",
    "to_arrow",
    "to_pandas",
    "to_records",
    "to_row",
    "write_csv",
    "write_parquet",
]
