"""Regexes compiled on first use, so that importing a module does no regex work.

``NAME: Final = lazy(globals(), "NAME", pattern)`` puts a stand-in under ``NAME``; the first
attribute looked up on it (``NAME.match``) compiles the pattern and puts the compiled pattern
under ``NAME`` in the module, so every later use is a plain global lookup at full speed.

A module compiled by mypyc (the optional compiled build, setup.py) keeps its ``Final`` names
in C variables and never sees the replacement in its namespace, so the stand-in would stay and
pay a lookup on every use: for such a caller ``lazy`` compiles the pattern at once.  This module
itself stays interpreted (setup.py), since it tells the two callers apart by their frames.
"""

from __future__ import annotations

import re
import sys
from typing import Any, cast


class _Lazy:
    __slots__ = ("_flags", "_name", "_namespace", "_pattern")

    def __init__(self, namespace: dict[str, Any], name: str, pattern: str, flags: int) -> None:
        self._namespace = namespace
        self._name = name
        self._pattern = pattern
        self._flags = flags

    def __getattr__(self, attr: str) -> Any:
        compiled = re.compile(self._pattern, self._flags)
        self._namespace[self._name] = compiled
        return getattr(compiled, attr)


def lazy(namespace: dict[str, Any], name: str, pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A pattern compiled on first use, replacing itself in ``namespace`` (see above); compiled
    at once when the caller is compiled code."""
    if _caller_is_compiled(namespace):
        return re.compile(pattern, flags)
    return cast("re.Pattern[str]", _Lazy(namespace, name, pattern, flags))


def _caller_is_compiled(namespace: dict[str, Any]) -> bool:
    # Interpreted code calls ``lazy(globals(), ...)`` from a frame whose globals are
    # `namespace`; compiled code has no frame, so the nearest one is the importer's.  When in
    # doubt, compile at once: always correct, only not lazy.
    try:
        frame = sys._getframe(2)  # 0 is this function, 1 `lazy`, 2 the caller of `lazy`
    except ValueError:
        return True
    return frame.f_globals is not namespace
