"""The one exception newsdump raises for bad input: `DumpError`."""

from __future__ import annotations

from typing import Final

EXCERPT_CHARS: Final = 72
"""The most of the input line a message shows: with its indent it fits an 80-column terminal
(a line may be megabytes long)."""

ONE_CHARACTER: Final = frozenset({"nul-character", "invalid-utf8"})
"""Codes whose column names one character (a NUL, a U+FFFD): one caret, not a word's."""


class DumpError(ValueError):
    """Input that breaks the dump format, raised in strict mode (lenient mode records a problem).

    ``path`` is the file (None for a string), ``record`` the 1-based record number in it,
    ``line`` and ``column`` the 1-based position, ``code`` the problem code, ``text`` the input
    line when it is known (the parser gives it), which the message then shows with the span
    from ``column`` to the next blank underlined.  The attributes are the API; the message text
    may change.

    Examples:
        >>> err = DumpError("missing header date", path=None, record=3, line=41, column=2)
        >>> str(err)
        'missing header date (record 3, line 41, column 2)'
        >>> print(DumpError("bad date", path="feb.txt", record=1, line=1, column=7,
        ...                 text=" date 2023-13-45 https://example.org/a"))
        bad date (feb.txt: record 1, line 1, column 7)
             date 2023-13-45 https://example.org/a
                  ^^^^^^^^^^
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
        text: str | None = None,
    ) -> None:
        where = f"record {record}, line {line}, column {column}"
        if path is not None:
            where = f"{path}: {where}"
        message = f"{msg} ({where})"
        if text is not None:
            message += "\n" + _underlined(text, column, whole_word=code not in ONE_CHARACTER)
        super().__init__(message)
        self.msg = msg
        self.path = path
        self.record = record
        self.line = line
        self.column = column
        self.code = code
        self.text = text

    def __reduce__(self) -> tuple[object, ...]:  # picklable across process pools
        fields = (self.msg, self.path, self.record, self.line, self.column, self.code, self.text)
        return (_rebuild, fields)


def _rebuild(
    msg: str, path: str | None, record: int, line: int, column: int, code: str, text: str | None
) -> DumpError:
    return DumpError(msg, path=path, record=record, line=line, column=column, code=code, text=text)


def _underlined(text: str, column: int, *, whole_word: bool) -> str:
    """Two indented lines: ``text`` (at most EXCERPT_CHARS of it, around ``column``; characters
    that do not print shown as spaces) and carets under the span from ``column`` to the next
    blank, or under its one character (one caret at least, also past the end of the line)."""
    at = min(max(column - 1, 0), len(text))
    start = max(0, min(at - EXCERPT_CHARS // 2, len(text) - EXCERPT_CHARS))
    shown = "".join(c if c.isprintable() else " " for c in text[start : start + EXCERPT_CHARS])
    end = at - start
    while whole_word and end < len(shown) and not shown[end].isspace():
        end += 1
    lead = "    …" if start else "    "
    return f"{lead}{shown}\n{' ' * (len(lead) + at - start)}{'^' * max(end - (at - start), 1)}"
