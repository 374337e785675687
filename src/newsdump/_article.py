"""Step 7 of the pipeline: one record → one `Article`, composed from the stages before.

`build_article` reads top to bottom as the record goes: the problems its lines carry
(`line_problems`), its header (`_fields.read_head`), its front lines (`_fields.read_front`),
its body (`_body.body_lines`, `_body.mend_body`); then strict mode (`raise_first_error`) and the
`Article`.  Each stage hands the next a frozen value; the caller's choices travel as one
`ParseOptions`.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

import attrs

from ._body import body_lines, mend_body, one_a_line, one_a_line_paragraphs
from ._errors import DumpError
from ._fields import read_front, read_head
from ._lines import MAX_LINE_CHARS
from ._model import Article, Block, Deferred, Problem, Source
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
    blocks: tuple[Block, ...] | Deferred
    if options.repair:
        body = mend_body(
            body_lines(head, fields),
            (*head.blocks, *fields.blocks),
            repair=True,
            title=fields.title,
        )
        blocks, edits, links, body_problems = body.blocks, body.edits, body.links, body.problems
    else:
        # one paragraph a line, made when the article's blocks are first read (`Deferred`;
        # its paragraphs' texts without them); the body adds no edit, link or problem
        blocks = Deferred(
            functools.partial(one_a_line, head, fields),
            functools.partial(one_a_line_paragraphs, head, fields),
        )
        edits, links, body_problems = (), (), ()
    problems = sorted(
        (*line_problems(record), *head.problems, *fields.problems, *body_problems),
        key=lambda p: (p.line, p.column),
    )
    if options.strict:
        raise_first_error(problems, options.path, record_no, record)
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
        blocks=blocks,
        source=Source(
            options.path,
            record.number,
            record.line_number(len(record.texts) - 1),
            record.offset,
        ),
        problems=tuple(problems),
        repairs=edits,
        links=links,
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


def raise_first_error(
    problems: Iterable[Problem], path: str | None, record_no: int, record: RawRecord | None = None
) -> None:
    """Strict mode: the first error-severity problem (in input order) as a `DumpError`, with
    its line's text when ``record`` holds it whole (its message underlines the span)."""
    for p in problems:
        if p.severity == "error":
            raise DumpError(
                p.message,
                path=path,
                record=record_no,
                line=p.line,
                column=p.column,
                code=p.code,
                text=None if record is None else _whole_line(record, p.line),
            )


def _whole_line(record: RawRecord, number: int) -> str | None:
    """The text of input line ``number`` in ``record``; None when the record does not hold it,
    or holds it cut in pieces (a line past MAX_LINE_CHARS)."""
    if record.numbers is None:
        index = number - record.number
        found = [index] if 0 <= index < len(record.texts) else []
    else:
        found = [i for i, n in enumerate(record.numbers) if n == number]
    if len(found) != 1 or record.column(found[0]) != 1:
        return None
    return record.texts[found[0]]
