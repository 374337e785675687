"""Regexes compiled on first use, so that importing a module does no regex work.

``NAME: Final = lazy(globals(), "NAME", pattern)`` puts a stand-in under ``NAME``; the first
attribute looked up on it (``NAME.match``) compiles the pattern and puts the compiled pattern
under ``NAME`` in the module, so every later use is a plain global lookup at full speed.
"""

from __future__ import annotations

import re
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
    """A pattern compiled on first use, replacing itself in ``namespace`` (see above)."""
    return cast("re.Pattern[str]", _Lazy(namespace, name, pattern, flags))
