"""The documentation is a product: its site builds strictly and its examples run.

The examples themselves are executed by pytest's doctest collection (``--doctest-glob='*.md'``
over README.md and docs/); these tests check that there are enough of them, that none of the
documented pages is left out of that collection, and that the MkDocs site builds with
``--strict`` (broken links, missing pages and bad API references fail it).
"""

from __future__ import annotations

import doctest
import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.target import ROOT

MIN_EXAMPLES = 25
"""Issue 7's floor: at least 25 runnable examples across README and docs."""


def _doc_files() -> list[Path]:
    return [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


def test_enough_runnable_examples() -> None:
    parser = doctest.DocTestParser()
    count = sum(len(parser.get_examples(path.read_text(encoding="utf-8"))) for path in _doc_files())
    assert count >= MIN_EXAMPLES, f"only {count} runnable examples in README.md and docs/"


def test_docs_are_collected_by_pytest() -> None:
    config = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert "--doctest-glob='*.md'" in config
    assert '"README.md"' in config
    assert '"docs"' in config


def test_a_wrong_output_fails(tmp_path: Path) -> None:
    """A doc example whose shown output is wrong must fail the run, not pass silently."""
    page = tmp_path / "wrong.md"
    page.write_text("```python\n>>> 1 + 1\n3\n\n```\n", encoding="utf-8")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "--doctest-glob=*.md",
            "--rootdir",
            str(tmp_path),
            str(page),
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    assert result.returncode == 1, result.stdout


@pytest.mark.skipif(importlib.util.find_spec("mkdocs") is None, reason="mkdocs not installed")
def test_site_builds_strictly(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "site")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert (tmp_path / "site" / "api" / "index.html").exists()
