"""A join rule of the sixteenth session (issue #18, the general web): a shell command after its
prompt is a line of its own, and so is the line after it (``command-line``, a keep the model
weighs; before it a tutorial's explanation in lower case was joined to the command by
``lower-case-start``).  Every example is invented for these tests (no corpus text)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdump import explain
from newsdump._repair import apply_edits, repair
from newsdump._repair_registry import RULES
from newsdump._repair_rules import JOIN_RULES, rule_command_line


def _rule_at(lines: list[str], line: str) -> str:
    """The rule that judged the break before ``line``."""
    n = lines.index(line) + 1
    return next(r.rule for r in explain(lines) if r.lines == (n - 1, n))


_TUTORIAL = [
    "Ein virtuelles Projekt ist schnell angelegt, und die Werkzeuge dafür gibt es reichlich.",
    "Zuerst legen wir das Verzeichnis an und wechseln hinein, dann folgt die Umgebung selbst.",
    "$ mkdir wetterstation && cd wetterstation",
    "legt das Verzeichnis an, in dem alles Weitere geschieht.",
    "$ python -m venv .venv",
    "erzeugt die Umgebung; aktiviert wird sie mit einem zweiten Befehl.",
    "Danach installieren wir die Pakete, die das Projekt braucht, und prüfen die Versionen.",
]


@pytest.mark.parametrize("command", [x for x in _TUTORIAL if x.startswith("$")])
def test_a_shell_command_keeps_its_breaks(command: str) -> None:
    blocks = [b.text for b in repair(_TUTORIAL).blocks]
    assert command in blocks  # (the old code joined the explanation to it: lower-case-start)
    after = _TUTORIAL[_TUTORIAL.index(command) + 1]
    assert _rule_at(_TUTORIAL, after) == "command-line"


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("$ pip install requests", True),
        ("$ docker compose up -d", True),
        ("$ 5 million were raised", False),  # an amount
        ("$ Millionen für den Hafen", False),
        ("$", False),
        ("$pip", False),
        ("Run $ pip install", False),
    ],
)
def test_what_a_command_line_is(line: str, want: bool) -> None:
    lines = ["Dann tippen wir", line, "und warten kurz."]
    assert (_rule_at(lines, line) == "command-line") is want


def test_the_new_rule_is_registered_as_the_model_reads_it() -> None:
    assert RULES["command-line"].kind == "keep"
    assert rule_command_line in RULES["command-line"].proposers
    assert rule_command_line in JOIN_RULES


_WORDS = st.sampled_from(["install", "run", "build", "test", "lint", "serve", "deploy"])


@given(tool=_WORDS, args=st.lists(_WORDS, max_size=3), rest=st.sampled_from(_TUTORIAL[3::2]))
def test_a_command_line_is_never_glued_to_the_text_after_it(
    tool: str, args: list[str], rest: str
) -> None:
    command = " ".join(["$", tool, *args])
    lines = [_TUTORIAL[0], command, rest, _TUTORIAL[-1]]
    rep = repair(lines)
    assert apply_edits(lines, rep.edits) == rep.blocks
    assert command in [b.text for b in rep.blocks]
