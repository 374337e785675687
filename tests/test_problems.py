"""The problem-code table (`_problems.PROBLEMS`): complete, documented, and the one place a
problem's severity comes from."""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import get_args

import pytest

from tests.target import FIXTURES, ROOT, newsdump, private

_problems = private("_problems")
PROBLEMS = _problems.PROBLEMS
SRC = ROOT / "src" / "newsdump"


def test_the_table_and_the_literal_type_hold_the_same_codes() -> None:
    codes = get_args(_problems.ProblemCode)
    assert len(codes) == len(set(codes))
    assert set(codes) == set(PROBLEMS)


def documented() -> dict[str, tuple[str, str]]:
    """docs/format.md's problem table: code → (severity, meaning)."""
    text = (ROOT / "docs" / "format.md").read_text(encoding="utf-8")
    section = text[text.index("\n## Problems\n") :]
    section = section[: section.find("\n## ", 1)]
    rows: dict[str, tuple[str, str]] = {}
    for line in section.splitlines():
        m = re.fullmatch(r"\| `([a-z0-9-]+)` \| (\w+) \| (.*) \|", line)
        if m:
            assert m.group(1) not in rows, f"{m.group(1)} listed twice"
            rows[m.group(1)] = (m.group(2), m.group(3))
    return rows


def test_docs_format_lists_exactly_the_codes_with_their_severity_and_meaning() -> None:
    table = {code: (kind.severity, kind.meaning) for code, kind in PROBLEMS.items()}
    assert documented() == table


def emitted_codes() -> dict[str, list[str]]:
    """Code → the source files that make a Problem (or a timestamp Note) with it: the first
    argument of every ``Problem(…)``, ``Note(…)`` and ``….note(…)`` call, and the values given
    to variables annotated ``ProblemCode``."""
    found: dict[str, list[str]] = {}

    def strings(node: ast.AST) -> list[str]:
        if isinstance(node, ast.IfExp):  # `"a" if test else "b"`: the test is no code
            return strings(node.body) + strings(node.orelse)
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return [node.value]
        return []

    for path in sorted(SRC.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            values: list[str] = []
            if isinstance(node, ast.Call) and node.args:
                func = node.func
                name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
                if name in ("Problem", "Note", "note"):
                    values = strings(node.args[0])
            elif (
                isinstance(node, ast.AnnAssign)
                and node.value is not None
                and ast.unparse(node.annotation) == "ProblemCode"
            ):
                values = strings(node.value)
            for value in values:
                found.setdefault(value, []).append(path.name)
    return found


def test_every_code_made_in_the_package_is_in_the_table_and_every_code_is_made() -> None:
    found = emitted_codes()
    unknown = {code: files for code, files in found.items() if code not in PROBLEMS}
    assert not unknown
    assert set(found) == set(PROBLEMS), set(PROBLEMS) - set(found)


def test_a_problem_takes_its_severity_from_the_table() -> None:
    assert newsdump.Problem("bad-timestamp", "x", 1).severity == "error"
    assert newsdump.Problem("no-timestamp", "x", 1).severity == "info"
    assert newsdump.Problem("suspected-false-break", "x", 1).severity == "warning"
    # given explicitly (as `from_dict` does), the severity is kept
    assert newsdump.Problem("ambiguous-date", "x", 1, 1, "info").severity == "info"


LOWERED = {"ambiguous-date"}
"""Codes whose reporter may lower the table's severity to info (the table's meaning says when)."""


@pytest.mark.parametrize(
    "path", sorted(FIXTURES.rglob("*.txt")), ids=lambda p: str(p.relative_to(FIXTURES))
)
def test_reported_severities_are_the_tables(path: Path) -> None:
    for article in newsdump.read(path):
        for p in article.problems:
            expected = PROBLEMS[p.code].severity
            if p.code in LOWERED:
                assert p.severity in (expected, "info"), p
            else:
                assert p.severity == expected, p


def test_strict_mode_raises_for_the_error_codes_of_the_table() -> None:
    errors = {code for code, kind in PROBLEMS.items() if kind.severity == "error"}
    assert errors >= {"invalid-utf8", "bad-timestamp", "missing-header"}
    text = " date 2023-02-07 Example\nTitle\nLede.\n31.02.2023 14:00\nBody."
    [lenient] = newsdump.parse(text)
    assert [p.code for p in lenient.problems if p.severity == "error"] == ["bad-timestamp"]
    with pytest.raises(newsdump.DumpError) as err:
        newsdump.parse(text, strict=True)
    assert err.value.code == "bad-timestamp"
