"""What a stamp line says: `Stamp` and its `Note`s, the values `_timestamp_reader` returns.

A module of their own so that the reader compiles (setup.py): mypyc rejects the
``attrs.field(...)`` default of a typed field of an attrs class in a compiled module on import.
"""

from __future__ import annotations

import datetime as dt

import attrs

from ._problems import ProblemCode, Severity, severity_of


@attrs.frozen
class Note:
    """A problem found while reading a stamp; ``column`` is 1-based in the given text."""

    code: ProblemCode
    message: str
    column: int = 1
    severity: Severity = attrs.field(
        default=attrs.Factory(lambda self: severity_of(self.code), takes_self=True)
    )


@attrs.frozen
class Stamp:
    """What a timestamp line says.

    ``published`` / ``updated`` are aware only when the line names a zone or an offset;
    ``shape`` is the token-code signature of the line (see the module docstring), ``relative``
    or ``fallback:…``.
    """

    published: dt.datetime | None
    updated: dt.datetime | None
    shape: str
    notes: tuple[Note, ...] = ()
