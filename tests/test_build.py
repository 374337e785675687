"""The two builds: pure Python (the default) and the optional mypyc build (setup.py).

The same source runs in both; these tests check that `newsdump.__build__` tells the truth, that
the compiled build compiles exactly the modules setup.py lists, that the lazy regexes work in
both, and that the build switch adds mypy to the build requirements only when it is on.  CI
runs the suite on both builds (NEWSDUMP_EXPECT_BUILD names the one it installed, so that a run
that picked up the source tree by mistake fails instead of testing the wrong build).
"""

from __future__ import annotations

import ast
import importlib
import importlib.util
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import newsdump
from newsdump import _lazyre

ROOT = Path(__file__).resolve().parents[1]
SETUP = ROOT / "setup.py"
BACKEND = ROOT / "build_backend" / "newsdump_backend.py"
ALWAYS_INTERPRETED = (
    "_repair_weights",
    "_lazyre",
    "_parse",
    "_read",
    "_cli",
    "_html",
    "strategies",
    "dask",
)


def compiled_modules() -> tuple[str, ...]:
    """setup.py's COMPILED_MODULES, read without running setup.py."""
    for node in ast.parse(SETUP.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "COMPILED_MODULES" for t in node.targets
        ):
            value = ast.literal_eval(node.value)
            assert isinstance(value, tuple)
            return tuple(str(name) for name in value)
    raise AssertionError("setup.py has no COMPILED_MODULES")


def is_extension(name: str) -> bool:
    spec = importlib.util.find_spec(f"newsdump.{name}")
    assert spec is not None, name
    assert spec.origin is not None, name
    return spec.origin.endswith(tuple(EXTENSION_SUFFIXES))


def test_build_is_pure_or_mypyc() -> None:
    assert newsdump.__build__ in {"pure", "mypyc"}
    assert newsdump.__build__ == ("mypyc" if is_extension("_records") else "pure")
    assert "__build__" in dir(newsdump)


def test_build_is_the_one_ci_installed() -> None:
    expected = os.environ.get("NEWSDUMP_EXPECT_BUILD")
    if not expected:
        pytest.skip("NEWSDUMP_EXPECT_BUILD is not set (CI sets it for each build)")
    assert newsdump.__build__ == expected


def test_compiled_build_compiles_exactly_the_listed_modules() -> None:
    if newsdump.__build__ != "mypyc":
        pytest.skip("the pure build: nothing is compiled")
    for name in compiled_modules():
        assert is_extension(name), f"newsdump.{name} should be compiled"
        assert type(importlib.import_module(f"newsdump.{name}")).__name__ == "module"
    for name in ALWAYS_INTERPRETED:
        assert not is_extension(name), f"newsdump.{name} should stay interpreted"


def test_pure_build_compiles_nothing() -> None:
    if newsdump.__build__ != "pure":
        pytest.skip("the compiled build")
    assert not any(is_extension(name) for name in compiled_modules())


def test_listed_modules_exist_and_exclude_the_interpreted_ones() -> None:
    names = compiled_modules()
    for name in names:
        assert (ROOT / "src" / "newsdump" / f"{name}.py").is_file(), name
    assert not set(names) & set(ALWAYS_INTERPRETED)


def test_lazy_pattern_from_interpreted_code_waits_for_first_use() -> None:
    namespace = globals()
    stand_in = _lazyre.lazy(namespace, "_LAZY_TEST", r"a+b")
    namespace["_LAZY_TEST"] = stand_in
    try:
        assert not isinstance(stand_in, re.Pattern)
        assert stand_in.fullmatch("aab") is not None
        assert isinstance(namespace["_LAZY_TEST"], re.Pattern)  # replaced itself
    finally:
        del namespace["_LAZY_TEST"]


def test_lazy_pattern_for_another_namespace_is_compiled_at_once() -> None:
    # A namespace that is not the calling frame's: what compiled code looks like to `lazy`.
    namespace: dict[str, Any] = {}
    pattern = _lazyre.lazy(namespace, "X", r"a+b", re.IGNORECASE)
    assert isinstance(pattern, re.Pattern)
    assert pattern.fullmatch("AAB") is not None
    assert namespace == {}


@pytest.mark.parametrize(
    "name", ["_records", "_header", "_layout", "_timestamps", "_text", "_repair_junk"]
)
def test_module_patterns_work_in_either_build(name: str) -> None:
    module = importlib.import_module(f"newsdump.{name}")
    patterns = {k: v for k, v in vars(module).items() if type(v).__name__ in {"_Lazy", "Pattern"}}
    assert patterns, name
    for key, value in patterns.items():
        if newsdump.__build__ == "mypyc" and name in compiled_modules():
            assert isinstance(value, re.Pattern), key  # compiled eagerly (see _lazyre)
        value.search("")  # a stand-in compiles itself; a pattern just searches
        assert isinstance(vars(module)[key], re.Pattern), key


@pytest.fixture
def backend() -> Iterator[ModuleType]:
    if not BACKEND.is_file():
        pytest.skip("no build backend in this tree")
    pytest.importorskip("setuptools")
    spec = importlib.util.spec_from_file_location("newsdump_backend", BACKEND)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    # setuptools' own answer (it runs setup.py, seconds each time) is not what is tested here.
    with pytest.MonkeyPatch.context() as patch:
        for hook in ("get_requires_for_build_wheel", "get_requires_for_build_editable"):
            patch.setattr(module._orig, hook, lambda config_settings=None: ["setuptools"])
        yield module


@pytest.mark.parametrize("value", ["1", "yes"])
def test_switch_adds_mypy_to_build_requirements(
    backend: ModuleType, monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    monkeypatch.setenv("NEWSDUMP_COMPILE", value)
    requires = backend.get_requires_for_build_wheel()
    assert any(r.startswith("mypy") for r in requires)
    assert any(r.startswith("attrs") for r in requires)


@pytest.mark.parametrize("value", [None, "", "0"])
def test_default_build_needs_no_mypy(
    backend: ModuleType, monkeypatch: pytest.MonkeyPatch, value: str | None
) -> None:
    if value is None:
        monkeypatch.delenv("NEWSDUMP_COMPILE", raising=False)
    else:
        monkeypatch.setenv("NEWSDUMP_COMPILE", value)
    assert not any(r.startswith("mypy") for r in backend.get_requires_for_build_wheel())
    assert not any(r.startswith("mypy") for r in backend.get_requires_for_build_editable())


# What `import newsdump` may load beyond attrs (and what attrs loads): the value classes and
# the standard-library modules they need.  The import-time target (docs/performance.md) is
# ≤ 40 ms, of which attrs takes most; this guards the rest structurally, since a timed test
# would be flaky on a shared machine.
IMPORT_MAY_ADD = frozenset(
    {"newsdump", "newsdump._errors", "newsdump._model", "newsdump._problems"}
    | {"datetime", "_datetime", "math"}
)


def test_import_loads_only_the_value_classes() -> None:
    code = (
        "import sys, attrs; before = set(sys.modules); import newsdump; "
        "print(' '.join(sorted(set(sys.modules) - before)))"
    )
    env = {k: v for k, v in os.environ.items() if k != "NEWSDUMP_TARGET"}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    ).stdout.split()
    assert "newsdump._model" in out
    # the compiled build also loads the one shared library mypyc puts its modules in
    added = {name for name in out if not name.endswith("__mypyc")}
    assert added <= IMPORT_MAY_ADD, sorted(added - IMPORT_MAY_ADD)
