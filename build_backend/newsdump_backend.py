"""PEP 517 in-tree backend: setuptools, plus the compiler's own requirements when asked.

``NEWSDUMP_COMPILE=1 pip install .`` builds with mypyc (see setup.py); only then does the build
need mypy, and mypy needs the packages newsdump imports (with their types) to check the source
before compiling it.  Without the switch the requirements are setuptools' own, so the default
install stays as fast as a pure-Python package's.
"""

from __future__ import annotations

import os
from typing import Any

from setuptools import build_meta as _orig
from setuptools.build_meta import *  # noqa: F403  (the backend's whole interface)

# What mypyc needs to compile the hot modules: mypy itself (1.8 checks the source cleanly) and
# the typed imports of those modules, so that `mypy --strict` sees what it sees in development.
COMPILE_REQUIRES = ["mypy>=1.8", "attrs>=23.1", "python-dateutil>=2.8", "types-python-dateutil"]


def _compile_requested() -> bool:
    return os.environ.get("NEWSDUMP_COMPILE", "").strip().lower() in {"1", "true", "yes", "on"}


def _extra() -> list[str]:
    return list(COMPILE_REQUIRES) if _compile_requested() else []


def get_requires_for_build_wheel(config_settings: dict[str, Any] | None = None) -> list[str]:
    return [*_orig.get_requires_for_build_wheel(config_settings), *_extra()]


def get_requires_for_build_editable(config_settings: dict[str, Any] | None = None) -> list[str]:
    return [*_orig.get_requires_for_build_editable(config_settings), *_extra()]
