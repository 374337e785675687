"""Step 7 of the pipeline: one record → one `Article`, composed from the stages before.

`build_article` reads top to bottom as the record goes: the problems its lines carry
(`line_problems`), its header (`_fields.read_head`), its front lines (`_fields.read_front`),
its body (`_body.body_lines`, `_body.mend_body`); then strict mode (`raise_first_error`) and the
`Article`.  Each stage hands the next a frozen value; the caller's choices travel as one
`ParseOptions`.
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from ._body import body_lines, mend_body
from ._errors import DumpError
from ._fields import read_front, read_head
from ._lines import MAX_LINE_CHARS
from ._model import Article, Problem, Source
from ._problems import ProblemCode
from ._records import RawRecord


@attrs.frozen
class ParseOptions:
    """What the caller asked for: ``strict`` raises `DumpError` for the first error-severity
    problem of a record; ``repair=False`` keeps every body line as its own paragraph;
    ``path`` names the input in `Source` and in errors (None for a string)."""

    strict: bool = False
    repair: bool = True
    path: str | None = None


def build_article(
    record: RawRecord, options: ParseOptions, *, record_no: int, alone: bool = False
) -> Article:
    """Turn one raw record into an `Article` (raising `DumpError` in strict mode).

    ``alone``: the record is the whole input, so a missing header is the header-less variant
    (a warning), not text before the first header (an error).
    """
    head = read_head(record, alone=alone)
    fields = read_front(head)
    body = mend_body(
        body_lines(head, fields),
        (*head.blocks, *fields.blocks),
        repair=options.repair,
        title=fields.title,
    )
    problems = sorted(
        (*line_problems(record), *head.problems, *fields.problems, *body.problems),
        key=lambda p: (p.line, p.column),
    )
    if options.strict:
        raise_first_error(problems, options.path, record_no)
    return Article(
        url=head.url,
        label=fields.label,
        title=fields.title,
        lede=fields.lede,
        timestamp=fields.timestamp,
        date=head.date,
        date_precision=head.precision,
        published=fields.published,
        updated=fields.updated,
        blocks=body.blocks,
        source=Source(
            options.path,
            record.number,
            record.line_number(len(record.texts) - 1),
            record.offset,
        ),
        problems=tuple(problems),
        repairs=body.edits,
        links=body.links,
    )


def line_problems(record: RawRecord) -> list[Problem]:
    """What reading the record's lines found: bytes that did not decode, NULs, cut lines."""
    problems: list[Problem] = []
    for _index, line in record.specials:
        for column, message in line.bad:
            code: ProblemCode = "nul-character" if "NUL" in message else "invalid-utf8"
            problems.append(Problem(code, message, line.number, line.column + column - 1))
        if len(line.text) >= MAX_LINE_CHARS:
            problems.append(
                Problem(
                    "line-too-long",
                    f"line cut after {MAX_LINE_CHARS} characters",
                    line.number,
                    line.column + len(line.text),
                )
            )
    return problems


def raise_first_error(problems: Iterable[Problem], path: str | None, record_no: int) -> None:
    """Strict mode: the first error-severity problem (in input order) as a `DumpError`."""
    for p in problems:
        if p.severity == "error":
            raise DumpError(
                p.message, path=path, record=record_no, line=p.line, column=p.column, code=p.code
            )
