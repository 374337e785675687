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

from ._errors import DumpError
from ._export import arrow_schema, to_arrow, to_pandas, to_records, write_parquet
from ._html import MAX_HTML_SIZE, HTMLTooLarge, from_html
from ._model import Article, Block, BlockKind, Edit, Link, Problem, Source
from ._parse import parse
from ._read import SourceError, read
from ._repair import Repaired, apply_edits, join_separator, repair
from ._writer import dump, dumps

__version__ = "0.1.0"

__all__ = [
    "MAX_HTML_SIZE",
    "Article",
    "Block",
    "BlockKind",
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
