"""newsdump: scraped news dumps → clean, typed `Article` objects.

Examples:
    >>> import newsdump
    >>> [article] = newsdump.parse(
    ...     " date 2023-02-07 https://example.org/a\\nA title\\nA lede.\\n"
    ...     "14:00 GMT 07.02.2023\\nHe opposed any sanctions\\nagainst Moscow."
    ... )
    >>> article.paragraphs
    ('He opposed any sanctions against Moscow.',)
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._errors import DumpError
from ._model import Article, Block, BlockKind, Edit, Link, Problem, Source

if TYPE_CHECKING:
    from ._export import arrow_schema, to_arrow, to_pandas, to_records, write_parquet
    from ._html import MAX_HTML_SIZE, HTMLTooLarge, from_html
    from ._parse import parse
    from ._read import SourceError, read
    from ._repair import BreakReport, Repaired, apply_edits, explain, join_separator, repair
    from ._writer import dump, dumps

__version__ = "0.1.0"

# Loaded on first use (PEP 562): `import newsdump` loads the value classes only, and the parser,
# the reader, the repair, the HTML reader, the exports and the writer come with the first use of
# one of their names (``newsdump.parse(...)``, ``from newsdump import read``).
_LAZY: dict[str, str] = {
    "parse": "_parse",
    "read": "_read",
    "SourceError": "_read",
    "arrow_schema": "_export",
    "to_arrow": "_export",
    "to_pandas": "_export",
    "to_records": "_export",
    "write_parquet": "_export",
    "MAX_HTML_SIZE": "_html",
    "HTMLTooLarge": "_html",
    "from_html": "_html",
    "BreakReport": "_repair",
    "Repaired": "_repair",
    "apply_edits": "_repair",
    "explain": "_repair",
    "join_separator": "_repair",
    "repair": "_repair",
    "dump": "_writer",
    "dumps": "_writer",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


__all__ = [
    "MAX_HTML_SIZE",
    "Article",
    "Block",
    "BlockKind",
    "BreakReport",
    "DumpError",
    "Edit",
    "HTMLTooLarge",
    "Link",
    "Problem",
    "Repaired",
    "Source",
    "SourceError",
    "__version__",
    "apply_edits",
    "arrow_schema",
    "dump",
    "dumps",
    "explain",
    "from_html",
    "join_separator",
    "parse",
    "read",
    "repair",
    "to_arrow",
    "to_pandas",
    "to_records",
    "write_parquet",
]
