"""The documentation site (mkdocs.yml, docs/): no placeholder links, code that can be read."""

from __future__ import annotations

import re
from typing import Final

import pytest

from tests.target import ROOT

PLACEHOLDER_HOSTS: Final = ("example.invalid", "example.com", "example.org", "localhost")
CODE_WIDTH: Final = 88  # what a code block shows without scrolling at the theme's width


def _mkdocs() -> str:
    path = ROOT / "mkdocs.yml"
    if not path.exists():
        pytest.skip("no mkdocs.yml (an installed copy)")
    return path.read_text(encoding="utf-8")


def test_repository_link_is_not_a_placeholder() -> None:
    for line in _mkdocs().splitlines():
        if line.startswith(("repo_url:", "edit_uri:")):
            assert not any(host in line for host in PLACEHOLDER_HOSTS), line


def test_code_blocks_wrap() -> None:
    """Long lines in code blocks wrap on every page (a stylesheet), not cut off."""
    config = _mkdocs()
    sheets = re.findall(r"^\s+- (\S+\.css)$", config.split("extra_css:", 1)[-1], re.M)
    assert sheets, "mkdocs.yml lists no extra_css"
    css = "".join((ROOT / "docs" / sheet).read_text(encoding="utf-8") for sheet in sheets)
    assert re.search(r"pre\s*>\s*code\s*\{[^}]*white-space:\s*pre-wrap", css)


@pytest.mark.parametrize("page", ["index.md", "quickstart.md"])
def test_first_pages_code_fits(page: str) -> None:
    """The home page's and the quickstart's examples fit without wrapping at all."""
    long = []
    inside = False
    text = (ROOT / "docs" / page).read_text(encoding="utf-8")
    for number, line in enumerate(text.splitlines(), 1):
        if line.startswith("```"):
            inside = not inside
        elif inside and len(line) > CODE_WIDTH:
            long.append((number, len(line)))
    assert long == []
