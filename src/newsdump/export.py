"""Exports for analysis: articles → JSON-safe records, Arrow tables, Parquet files, pandas
frames and CSV, all with one column set (docs/api.md, "Export columns").

``pyarrow`` and ``pandas`` are imported inside the functions that need them, so this module is
as cheap to import as ``newsdump``; a missing one raises `ImportError` naming the extra to
install (``pip install 'newsdump[parquet]'`` or ``'newsdump[pandas]'``).

Examples:
    >>> import newsdump
    >>> from newsdump.export import to_records
    >>> articles = newsdump.parse(" date 2024-03-01 https://example.org/a\\nRain\\nIt rained.")
    >>> [row] = to_records(articles)
    >>> row["title"], row["date"]
    ('Rain', '2024-03-01')
"""

from __future__ import annotations

from ._export import (
    COLUMNS,
    SCHEMA_VERSION,
    arrow_schema,
    outlet,
    to_arrow,
    to_pandas,
    to_records,
    to_row,
    write_csv,
    write_parquet,
)

__all__ = [
    "COLUMNS",
    "SCHEMA_VERSION",
    "arrow_schema",
    "outlet",
    "to_arrow",
    "to_pandas",
    "to_records",
    "to_row",
    "write_csv",
    "write_parquet",
]
