"""Every problem code newsdump reports: its severity and what it means, in one table.

A module that notices something makes a `Problem` (or, in the timestamp reader, a `Note`) with
one of these codes; the severity comes from here, so it is set in one place.  A new code goes
into `ProblemCode` and `PROBLEMS` (mypy then accepts it at the call site) and into the table of
docs/format.md, which a test keeps identical to this one.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final, Literal, get_args

import attrs

Severity = Literal["error", "warning", "info"]
"""``error``: the input breaks the format (strict mode raises `DumpError`); ``warning``: the
library had to guess; ``info``: worth knowing, nothing was guessed."""

ProblemCode = Literal[
    # reading the input
    "invalid-utf8",
    "nul-character",
    "line-too-long",
    "record-too-large",
    "truncated-input",
    # the header
    "missing-header",
    "no-header",
    "missing-header-date",
    "bad-header-date",
    # the timestamp line
    "bad-timestamp",
    "no-timestamp",
    "date-disagrees",
    "stamp-disagrees",
    "ambiguous-date",
    "missing-year",
    "zone-disagrees",
    "year-from-evidence",
    "no-time",
    "time-only",
    "repeated-stamp",
    "relative-timestamp",
    # the repair
    "suspected-false-break",
    # HTML
    "selector-missed",
    "markup-truncated",
    "markup-too-deep",
    "extractor-empty",
]


@attrs.frozen
class ProblemKind:
    """What a problem code means and how bad it is."""

    severity: Severity
    meaning: str


PROBLEMS: Final[Mapping[ProblemCode, ProblemKind]] = MappingProxyType(
    {
        "invalid-utf8": ProblemKind("error", "bytes that are not UTF-8 (replaced by U+FFFD)"),
        "nul-character": ProblemKind("error", "a NUL character (binary data?)"),
        "line-too-long": ProblemKind("warning", "a line cut to keep memory bounded"),
        "record-too-large": ProblemKind("warning", "a record cut to keep memory bounded"),
        "truncated-input": ProblemKind(
            "error", "a compressed input breaks off: the records before the break were kept"
        ),
        "missing-header": ProblemKind("error", "text stands before the first header"),
        "no-header": ProblemKind("warning", "the whole input has no header (read as one record)"),
        "missing-header-date": ProblemKind("error", "` date https://…`: no date token"),
        "bad-header-date": ProblemKind("error", "the date token is not a calendar date"),
        "bad-timestamp": ProblemKind(
            "error", "the timestamp line names an impossible date, time or offset"
        ),
        "no-timestamp": ProblemKind("info", "no timestamp line was found"),
        "date-disagrees": ProblemKind(
            "warning", "the header (or URL) date and the stamp's date differ"
        ),
        "stamp-disagrees": ProblemKind(
            "warning",
            "a top-bar clock more than a day after the URL's or header's date: that date is taken",
        ),
        "ambiguous-date": ProblemKind(
            "warning",
            "a date read day-first or month-first by convention (info when no evidence"
            " contradicts it)",
        ),
        "missing-year": ProblemKind("warning", "the stamp gives no year and there is no evidence"),
        "zone-disagrees": ProblemKind("warning", "the stamp names two different zones or times"),
        "year-from-evidence": ProblemKind(
            "info", "a stamp without a year took it from the header or URL date"
        ),
        "no-time": ProblemKind("info", "the stamp gives a date only (midnight assumed)"),
        "time-only": ProblemKind("info", "a time alone, on the day of the stamp before it"),
        "repeated-stamp": ProblemKind(
            "info", "the line repeats a stamp with another time (read as the update)"
        ),
        "relative-timestamp": ProblemKind(
            "info", "a relative time (`2 hours ago`) needs a reference: not read"
        ),
        "suspected-false-break": ProblemKind(
            "warning", "a paragraph break inside an open quotation (kept)"
        ),
        "selector-missed": ProblemKind(
            "warning", "`from_html`: no element matches the selector (the body was guessed)"
        ),
        "markup-truncated": ProblemKind(
            "warning", "`from_html`: too many tags; the rest of the page is read as text"
        ),
        "markup-too-deep": ProblemKind("warning", "`from_html`: tags nested too deep removed"),
        "extractor-empty": ProblemKind(
            "warning", "the chosen HTML extractor found no article text: the built-in guess is used"
        ),
    }
)

PROBLEM_CODES: Final[tuple[ProblemCode, ...]] = get_args(ProblemCode)


def severity_of(code: str) -> Severity:
    """The severity of a problem ``code`` (``warning`` for a code not in the table: one a
    program built by hand).

    Examples:
        >>> severity_of("bad-timestamp"), severity_of("no-timestamp")
        ('error', 'info')
    """
    kind = PROBLEMS.get(code)  # type: ignore[call-overload]
    return "warning" if kind is None else kind.severity
