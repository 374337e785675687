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

import functools
import importlib
import warnings
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ._errors import DumpError
from ._model import Article, Block, BlockKind, Edit, Link, Problem, Source

if TYPE_CHECKING:
    from . import export
    from ._html import from_html
    from ._parse import parse
    from ._read import read
    from ._repair import BreakReport, Repaired, apply_edits, explain, repair
    from ._writer import dump, dumps

__version__ = "0.1.0"
__build__: str
"""Which build runs: ``"pure"`` (the Python source) or ``"mypyc"`` (compiled); set on first use."""

# Loaded on first use (PEP 562): `import newsdump` loads the value classes only, and the parser,
# the reader, the repair, the HTML reader and the writer come with the first use of one of their
# names (``newsdump.parse(...)``, ``from newsdump import read``).
_LAZY: dict[str, str] = {
    "parse": "_parse",
    "read": "_read",
    "from_html": "_html",
    "BreakReport": "_repair",
    "Repaired": "_repair",
    "apply_edits": "_repair",
    "explain": "_repair",
    "repair": "_repair",
    "dump": "_writer",
    "dumps": "_writer",
}

# Public submodules reachable as attributes (``newsdump.export.to_pandas``) once imported on
# first use; ``newsdump.dask`` is imported explicitly (it needs the dask extra).
_SUBMODULES: frozenset[str] = frozenset({"export"})

# Names that were top-level before the API was narrowed (CHANGELOG.md): still importable for one
# release, with a DeprecationWarning saying where they went.
_DEPRECATED: dict[str, tuple[str, str]] = {
    "to_records": ("export", "use newsdump.export.to_records"),
    "to_arrow": ("export", "use newsdump.export.to_arrow"),
    "to_pandas": ("export", "use newsdump.export.to_pandas"),
    "write_parquet": ("export", "use newsdump.export.write_parquet"),
    "arrow_schema": ("export", "use newsdump.export.arrow_schema"),
    "SourceError": ("_paths", "catch OSError (SourceError is an OSError naming the file)"),
    "HTMLTooLarge": ("_html", "catch ValueError (HTMLTooLarge is a ValueError)"),
    "MAX_HTML_SIZE": ("_html", "the limit is documented in docs/scrapers.md"),
    "join_separator": ("_repair_replay", "it is an internal helper of the repair"),
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is not None:
        value = getattr(importlib.import_module(f".{module}", __name__), name)
        if name == "from_html":
            value = _needs_bs4(value)
        globals()[name] = value
        return value
    if name in _SUBMODULES:
        return importlib.import_module(f".{name}", __name__)
    if name == "__build__":
        globals()[name] = build = _build()
        return build
    moved = _DEPRECATED.get(name)
    if moved is not None:
        where, advice = moved
        warnings.warn(
            f"newsdump.{name} is deprecated and goes in the next release: {advice}",
            DeprecationWarning,
            stacklevel=2,
        )
        return getattr(importlib.import_module(f".{where}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _build() -> str:
    """``"mypyc"`` when the parser's modules run compiled (``NEWSDUMP_COMPILE=1 pip install .``,
    see setup.py), ``"pure"`` when they run from their ``.py`` files (the default install, the
    source tree, a vendored copy).  Looked up without importing the parser."""
    from importlib.machinery import EXTENSION_SUFFIXES
    from importlib.util import find_spec

    spec = find_spec(f"{__name__}._records")  # compiled in the mypyc build (setup.py)
    origin = spec.origin if spec is not None else None
    return "mypyc" if origin is not None and origin.endswith(tuple(EXTENSION_SUFFIXES)) else "pure"


def _needs_bs4(func: Callable[..., Any]) -> Callable[..., Any]:
    """``from_html`` with a clear message when beautifulsoup4 (the ``html`` extra) is absent:
    bs4 is not a dependency, since dumps are read without it."""

    @functools.wraps(func)
    def from_html(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except ModuleNotFoundError as exc:
            if exc.name != "bs4":
                raise
            raise ImportError(
                "newsdump.from_html needs beautifulsoup4: pip install 'newsdump[html]'",
                name="bs4",
            ) from exc

    return from_html


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY, *_SUBMODULES, "__build__"})


__all__ = [
    "Article",
    "Block",
    "BlockKind",
    "BreakReport",
    "DumpError",
    "Edit",
    "Link",
    "Problem",
    "Repaired",
    "Source",
    "__version__",
    "apply_edits",
    "dump",
    "dumps",
    "explain",
    "export",
    "from_html",
    "parse",
    "read",
    "repair",
]
