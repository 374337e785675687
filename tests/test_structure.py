"""The package's shape: no import cycle between its modules, no module over 500 lines."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "newsdump"
MAX_LINES = 500
"""Lines: a module longer than this holds more than one job (the issue #14 review)."""


def _imports(path: Path) -> set[str]:
    """The package modules ``path`` imports with relative imports (at any depth of the file)."""
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            if node.module:
                out.add(node.module.split(".")[0])
            else:
                out.update(alias.name for alias in node.names)
    return out


def _graph() -> dict[str, set[str]]:
    modules = {p.stem: p for p in PACKAGE.glob("*.py")}
    return {name: _imports(path) & set(modules) for name, path in modules.items()}


def _cycle(graph: dict[str, set[str]]) -> list[str]:
    """One import cycle of ``graph`` (empty if none), by depth-first search."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str]:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                return [*path[path.index(nxt) :], nxt]
            if nxt not in state:
                found = visit(nxt)
                if found:
                    return found
        path.pop()
        state[node] = 2
        return []

    for node in sorted(graph):
        if node not in state:
            found = visit(node)
            if found:
                return found
    return []


def test_no_import_cycle() -> None:
    assert _cycle(_graph()) == []


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set()}) == []


def test_repair_stages_import_downstream_only() -> None:
    """The repair's stages in the order the data flows: each imports only earlier ones."""
    order = [
        "_text",
        "_language",
        "_repair_context",
        "_repair_rules",
        "_repair_registry",
        "_repair_junk",
        "_repair_label_words",
        "_repair_screens",
        "_repair_credits",
        "_repair_captions",
        "_repair_refrain",
        "_repair_boxes",
        "_repair_labels",
        "_repair_glued",
        "_repair_evidence",
        "_repair_aside",
        "_repair_tail_between",
        "_repair_tail_lists",
        "_repair_tail_words",
        "_repair_edges",
        "_repair_tail_runs",
        "_repair_head",
        "_repair_bounds",
        "_repair_furniture",
        "_repair_dated",
        "_repair_pictured",
        "_repair_between",
        "_repair_teasers",
        "_repair_apart",
        "_repair_runs",
        "_repair_furnished",
        "_repair_layout",
        "_repair_features",
        "_repair_model",
        "_repair_replay",
        "_repair",
    ]
    graph = _graph()
    for k, name in enumerate(order):
        later = set(order[k:])
        assert not graph[name] & later, (name, graph[name] & later)


SPLIT_STAGES = {
    "timestamps": [
        "_timestamp_words",
        "_timestamp_tokens",
        "_timestamp_values",
        "_timestamp_reader",
        "_timestamps",
    ],
    "html": [
        "_html_elements",
        "_html_input",
        "_html_meta",
        "_html_survey",
        "_html_trafilatura",
        "_html_boilerplate",
        "_html_blocks",
        "_html",
    ],
    "strategies": [
        "_strategies_text",
        "_strategies_stamps",
        "_strategies_scraped",
        "_strategies_records",
        "_strategies_hostile",
        "strategies",
    ],
}
"""The modules split out of one long module, in the order data flows: the entry point last."""


@pytest.mark.parametrize("group", sorted(SPLIT_STAGES))
def test_split_modules_import_downstream_only(group: str) -> None:
    order = SPLIT_STAGES[group]
    graph = _graph()
    for k, name in enumerate(order):
        later = set(order[k:])
        assert not graph[name] & later, (name, graph[name] & later)


def test_no_module_over_500_lines() -> None:
    long = {
        p.name
        for p in PACKAGE.glob("*.py")
        if len(p.read_text(encoding="utf-8").splitlines()) > MAX_LINES
    }
    assert not long, long
