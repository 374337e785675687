"""The package under test: `newsdump`, or a vendored copy named by ``NEWSDUMP_TARGET``.

Tests of the public API import it from here (``from tests.target import newsdump``), so that one
switch retargets them at a copy of the package under another name (tests/test_vendoring.py), as
tomli's tests do with ``import tomli as tomllib``.
"""

from __future__ import annotations

import importlib
import os
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Final

_NAME: Final = os.environ.get("NEWSDUMP_TARGET", "newsdump")

if TYPE_CHECKING:
    import newsdump
    from newsdump import strategies
else:
    newsdump = importlib.import_module(_NAME)
    strategies = importlib.import_module(_NAME + ".strategies")


def private(module: str) -> ModuleType:
    """A private module of the package under test (``private("_header")``)."""
    return importlib.import_module(f"{_NAME}.{module}")


ROOT: Final = Path(__file__).resolve().parents[1]
FIXTURES: Final = ROOT / "fixtures"
SHARED: Final = ROOT.parent / "shared"
"""The team's shared folder (corpus, seed, scorer).  Absent on a user's machine: tests that
read it skip cleanly."""

__all__ = ["FIXTURES", "ROOT", "SHARED", "newsdump", "private", "strategies"]
