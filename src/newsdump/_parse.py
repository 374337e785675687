"""The public `parse()`, and the pipeline every input goes through.

The whole pipeline, as a newcomer would follow one record from `read()` (or `parse()`) to its
`Article`, each step a module named for its job::

    _read.read                         a path, a directory, a stream → bytes or text
    _lines.text_items / binary_items   text or bytes → numbered lines (runs of them)
    _records.split_records             lines → records, split at header lines
    _header.match_header               the header: date, precision, URL / label / first text
    here: parse_lines                  records → articles, one `build_article` each
    _article.build_article             one record → one Article, composing the stages below:
      _article.line_problems             what decoding the lines found (bad bytes, NUL, cuts)
      _fields.read_head                  the header's fields and problems
      _layout.find_front                 title, lede and timestamp lines (and set-asides)
      _timestamps.parse_timestamp        published / updated, day-first decided from evidence
      _fields.read_front                 those roles → fields; the stamp's notes placed
      _body.body_lines / mend_body       body lines → blocks (`_repair.repair`), probable links
      _article.raise_first_error         strict mode
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Iterable, Iterator
from typing import Final

from ._article import ParseOptions, build_article
from ._lines import Item, text_items
from ._model import Article
from ._records import split_records


def parse(text: str, *, strict: bool = False, repair: bool = True) -> list[Article]:
    """Parse dump text into articles, one per record.

    Lenient by default: input that breaks the format becomes a `Problem` on the article (with
    its line and column) and its text is kept.  ``strict=True`` raises `DumpError` instead.
    ``repair=False`` keeps every body line as its own paragraph block.

    ``text`` is the dump's text.  To read a file, a directory, a stream or bytes, use
    `newsdump.read` (it decodes, and reports bad bytes as problems).  Bytes, a path object or
    an open file raise `TypeError` saying so.  A string that looks like a file name rather
    than dump text — one line without blanks that names an existing file or ends like a dump
    file (``.txt``, ``.dump``, ``.gz``, ``.bz2``, ``.xz``) — is parsed as text all the same (a
    one-line header-less record is valid input) but warns (`UserWarning`) that
    ``newsdump.read(path)`` reads the file.

    Returns:
        A list of `Article`, one per record in input order (empty for empty or blank text).

    Raises:
        DumpError: in strict mode, at the first error-severity problem (its path, record, line
            and column, and the line with the span underlined).
        TypeError: ``text`` is not a ``str``.

    Examples:
        >>> [a] = parse(" date 2023-02-07 https://example.org/a\\nTitle\\nLede.\\n"
        ...             "14:00 GMT 07.02.2023\\nFirst line of the\\nbody.")
        >>> a.title, a.published.isoformat(), a.paragraphs
        ('Title', '2023-02-07T14:00:00+00:00', ('First line of the body.',))
        >>> parse(b" date 2023-02-07 Example")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        TypeError: parse() takes dump text (str), not bytes: decode them first ...
    """
    _check_text(text)
    options = ParseOptions(strict=strict, repair=repair)
    return list(_articles(text_items(text), options))


PATH_SUFFIXES: Final = (".txt", ".dump", ".gz", ".bz2", ".xz")
"""How the names of dump files end (`_read` reads directories for these; not imported from
there, since `_read` imports this module)."""

MAX_PATH_CHARS: Final = 4096
"""PATH_MAX on Linux: a longer string is no file name, and is not looked up."""


def _check_text(text: object) -> None:
    """Bytes or a path given to `parse`: a `TypeError` saying what to use; a string that looks
    like a file name: a warning (see `parse`)."""
    if not isinstance(text, str):
        kind = type(text).__name__
        if isinstance(text, (bytes, bytearray, memoryview)):
            raise TypeError(
                f"parse() takes dump text (str), not {kind}: decode them first"
                " (data.decode('utf-8')), or read them with newsdump.read(io.BytesIO(data)),"
                " which reports bad bytes as problems"
            )
        if isinstance(text, os.PathLike):
            raise TypeError(
                f"parse() takes dump text (str), not a path ({kind}):"
                " read the file with newsdump.read(path)"
            )
        if hasattr(text, "read"):
            raise TypeError(
                f"parse() takes dump text (str), not a stream ({kind}):"
                " read it with newsdump.read(stream)"
            )
        raise TypeError(f"parse() takes dump text (str), not {kind}")
    if len(text) > MAX_PATH_CHARS:
        return  # the common case: dump text, longer than any file name
    name = text.strip()
    if not name or len(name.split()) != 1 or "\x00" in name:
        return  # blank, more than one line or word, or a NUL, which no file name holds
    if name.lower().endswith(PATH_SUFFIXES) or os.path.isfile(name):
        warnings.warn(
            f"parse() was given {name!r}, which looks like a file name, not dump text: it is"
            f" parsed as text; to read the file use newsdump.read({name!r})",
            UserWarning,
            stacklevel=3,
        )


def parse_lines(
    lines: Iterable[Item], *, path: str | None = None, strict: bool = False, repair: bool = True
) -> Iterator[Article]:
    """The pipeline from numbered lines on; `parse` and `read` both end here."""
    return _articles(lines, ParseOptions(strict=strict, repair=repair, path=path))


def _articles(lines: Iterable[Item], options: ParseOptions) -> Iterator[Article]:
    records = split_records(lines)
    first = next(records, None)
    if first is None:
        return
    # One record of look-ahead tells a header-less input (one record, no header anywhere: a
    # variant seen in the wild) from text standing before the first header (broken input).
    second = next(records, None)
    yield build_article(first, options, record_no=1, alone=second is None)
    if second is None:
        return
    yield build_article(second, options, record_no=2)
    for number, record in enumerate(records, start=3):
        yield build_article(record, options, record_no=number)


__all__ = ["ParseOptions", "parse", "parse_lines"]
