"""Optional dependencies really are optional: without beautifulsoup4 (the ``html`` extra) the
package imports, reads dumps and runs README's first command; ``from_html`` says what to
install.  Each check runs in a subprocess in which ``import bs4`` fails."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from tests.target import ROOT

HIDE_BS4 = textwrap.dedent(
    """
    import sys

    class HideBs4:
        def find_spec(self, name, path=None, target=None):
            if name == "bs4" or name.startswith("bs4."):
                raise ModuleNotFoundError(f"No module named {name!r}", name=name)
            return None

    sys.meta_path.insert(0, HideBs4())
    """
)


def run_without_bs4(code: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)])}
    return subprocess.run(
        [sys.executable, "-c", HIDE_BS4 + textwrap.dedent(code)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
        check=False,
    )


def test_from_html_without_bs4_says_what_to_install(tmp_path: Path) -> None:
    done = run_without_bs4(
        """
        import newsdump
        try:
            newsdump.from_html("<p>Hej</p>")
        except ImportError as exc:
            print("ImportError:", exc, exc.name)
        """,
        tmp_path,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == (
        "ImportError: newsdump.from_html needs beautifulsoup4: pip install 'newsdump[html]' bs4"
    )


def test_readme_command_without_bs4(tmp_path: Path) -> None:
    out = tmp_path / "articles.jsonl"
    done = run_without_bs4(
        f"""
        import runpy
        sys.argv = ["newsdump", "convert", "fixtures/", "-o", {str(out)!r}]
        try:
            runpy.run_module("newsdump", run_name="__main__")
        except SystemExit as exc:
            assert not exc.code, exc.code
        assert "bs4" not in sys.modules
        """,
        tmp_path,
    )
    assert done.returncode == 0, done.stderr
    assert len(out.read_text(encoding="utf-8").splitlines()) > 40


def test_from_html_keeps_its_documentation() -> None:
    import newsdump

    assert newsdump.from_html.__doc__ is not None
    assert "Read an article page" in newsdump.from_html.__doc__
