"""newsdump works when copied into another package as ``somescraper/_vendor/newsdump``.

The copy is tested by running the public-API test files (those that import the package from
``tests.target``) in a subprocess with ``NEWSDUMP_TARGET`` naming the copy, and a smoke script
that checks the installed ``newsdump`` is never imported.  A static test checks the rules that
make the package vendorable (docs/vendoring.md).
"""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "newsdump"
TARGET = "somescraper._vendor.newsdump"
MARKER = "from tests.target import newsdump"


NOT_CORE = {
    "test_vendoring.py": "this file",
    "test_cli.py": "drives the installed console script in subprocesses, not the copy",
    "test_corpus.py": "scores the installed package with the shared scorer (and is slow)",
    "test_docs.py": "builds the docs site of the checkout",
    "test_dask.py": "an edge with heavy optional dependencies; the core is what scrapers copy",
}
"""Public-API test files left out of the vendored run, each with its reason."""


def public_api_tests() -> list[Path]:
    return sorted(
        p
        for p in (ROOT / "tests").rglob("test_*.py")
        if p.name not in NOT_CORE and MARKER in p.read_text(encoding="utf-8")
    )


@pytest.fixture(scope="module")
def vendored(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("vendored")
    pkg = base / "somescraper"
    (pkg / "_vendor").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "_vendor" / "__init__.py").write_text("")
    shutil.copytree(SRC, pkg / "_vendor" / "newsdump", ignore=shutil.ignore_patterns("__pycache__"))
    return base


def run(args: list[str], base: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(base), str(ROOT)])
    env["NEWSDUMP_TARGET"] = TARGET
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600
    )


SMOKE = textwrap.dedent(
    """
    import sys
    import somescraper._vendor.newsdump as nd
    assert "bs4" not in sys.modules, "importing the package imported bs4"
    html_mod = __import__("somescraper._vendor.newsdump._html", fromlist=["from_html"])
    from_html = getattr(nd, "from_html", html_mod.from_html)
    a = from_html("<h1>Snow in Oslo</h1><p>It <a href='/s'>snowed</a> all day.</p>",
                  url="https://example.org/2024/01/03/snow")
    assert a.paragraphs == ("It snowed all day.",), a.paragraphs
    [b] = nd.parse(nd.dumps(a))
    assert b.blocks == a.blocks and b.title == "Snow in Oslo", b
    import io
    assert [x.title for x in nd.read(io.StringIO(nd.dumps(a)))] == ["Snow in Oslo"]
    assert "newsdump" not in sys.modules, "the installed newsdump was imported"
    assert type(a).__module__.startswith("somescraper._vendor.newsdump")
    print("vendored ok")
    """
)


def test_vendored_copy_smoke(vendored: Path) -> None:
    done = run(["-c", SMOKE], vendored)
    assert done.returncode == 0, done.stderr
    assert "vendored ok" in done.stdout


PLUGIN = textwrap.dedent(
    """
    import sys

    def pytest_sessionfinish(session, exitstatus):
        print("\\nINSTALLED-NEWSDUMP-IMPORTED:", "newsdump" in sys.modules)
    """
)


@pytest.mark.slow  # the public-API suite again, in a subprocess: ~50 s; CI runs it
def test_suite_passes_on_vendored_copy(vendored: Path) -> None:
    files = public_api_tests()
    assert files, f"no test file imports the package with {MARKER!r}"
    (vendored / "vendorcheck.py").write_text(PLUGIN)
    done = run(
        [
            "-m",
            "pytest",
            "-p",
            "no:cacheprovider",
            "-p",
            "vendorcheck",
            "-q",
            "--no-header",
            *[str(f.relative_to(ROOT)) for f in files],
        ],
        vendored,
    )
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
    assert "INSTALLED-NEWSDUMP-IMPORTED: False" in done.stdout, done.stdout[-2000:]


# --- the static rules -----------------------------------------------------------------------


def modules() -> list[tuple[Path, ast.Module]]:
    return [(p, ast.parse(p.read_text(encoding="utf-8"), str(p))) for p in sorted(SRC.glob("*.py"))]


def test_only_code_in_the_package() -> None:
    extra = [p.name for p in SRC.iterdir() if p.suffix != ".py" and p.name != "py.typed"]
    assert not [x for x in extra if x != "__pycache__"], "data files cannot be vendored"


def test_relative_imports_only() -> None:
    for path, tree in modules():
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.level == 0:
                assert node.module is not None
                assert node.module.split(".")[0] != "newsdump", f"{path.name}:{node.lineno}"
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    assert alias.name.split(".")[0] != "newsdump", f"{path.name}:{node.lineno}"


def test_no_metadata_file_or_import_time_io() -> None:
    for path, tree in modules():
        source = path.read_text(encoding="utf-8")
        for banned in ("importlib.metadata", "importlib_metadata", "pkg_resources", "__file__"):
            assert banned not in source, f"{path.name} uses {banned}"
        for statement in tree.body:
            if isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                continue
            for node in ast.walk(statement):
                if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
                    assert node.func.id != "open", f"{path.name}:{node.lineno}: open at import"


def test_parsers_imported_lazily() -> None:
    for path, tree in modules():
        for statement in tree.body:
            names: list[str] = []
            if isinstance(statement, ast.Import):
                names = [a.name for a in statement.names]
            elif isinstance(statement, ast.ImportFrom) and statement.module:
                names = [statement.module]
            for name in names:
                top = name.split(".")[0]
                assert top not in ("bs4", "lxml"), f"{path.name}: module-level import of {name}"
