"""The one exception newsdump raises for bad input: `DumpError`."""

from __future__ import annotations


class DumpError(ValueError):
    """Input that breaks the dump format, raised in strict mode (lenient mode records a problem).

    ``path`` is the file (None for a string), ``record`` the 1-based record number in it,
    ``line`` and ``column`` the 1-based position, ``code`` the problem code.  The attributes are
    the API; the message text may change.

    Examples:
        >>> err = DumpError("missing header date", path=None, record=3, line=41, column=2)
        >>> str(err)
        'missing header date (record 3, line 41, column 2)'
    """

    def __init__(
        self,
        msg: str,
        *,
        path: str | None,
        record: int,
        line: int,
        column: int,
        code: str = "error",
    ) -> None:
        where = f"record {record}, line {line}, column {column}"
        if path is not None:
            where = f"{path}: {where}"
        super().__init__(f"{msg} ({where})")
        self.msg = msg
        self.path = path
        self.record = record
        self.line = line
        self.column = column
        self.code = code

    def __reduce__(self) -> tuple[object, ...]:  # picklable across process pools
        return (_rebuild, (self.msg, self.path, self.record, self.line, self.column, self.code))


def _rebuild(
    msg: str, path: str | None, record: int, line: int, column: int, code: str
) -> DumpError:
    return DumpError(msg, path=path, record=record, line=line, column=column, code=code)
