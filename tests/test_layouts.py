"""Records whose paragraphs are already separated keep every paragraph break (issue #18).

Most web-crawl dumps separate paragraphs with blank lines, or put one finished paragraph on
each line; the repair is for dumps broken at links and must leave these alone.  A fixture set
(``tests/layouts/``, invented records in five languages, with the shapes that tempt a join:
a paragraph ending in a function word or a comma, one starting lower-case, a heading, a list,
an address after a colon, an abbreviation before a break) and a property over generated
paragraphs guard it.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdump import parse, repair

LAYOUTS = Path(__file__).resolve().parent / "layouts"
_WS = re.compile(r"\s+")


def _boundaries(pieces: list[str]) -> set[int]:
    """Offsets, in the text without whitespace, where one piece ends and the next begins."""
    out, pos = set(), 0
    for piece in pieces[:-1]:
        pos += len(_WS.sub("", piece))
        out.add(pos)
    return out


def _paragraphs(path: Path) -> list[str]:
    """The input's paragraphs: blank-separated chunks (``blank-*``) or lines (``wellformed-*``)
    of the body, after the four lines of the header."""
    body = path.read_text(encoding="utf-8").split("\n")[4:]
    if path.name.startswith("wellformed-"):
        return [x for x in body if x.strip()]
    return [p.strip() for p in "\n".join(body).split("\n\n") if p.strip()]


FIXTURES = sorted(LAYOUTS.glob("*.txt"))


def test_the_fixture_set_is_there() -> None:
    names = {p.name for p in FIXTURES}
    assert len([n for n in names if n.startswith("blank-")]) >= 5
    assert len([n for n in names if n.startswith("wellformed-")]) >= 2


@pytest.mark.parametrize("path", FIXTURES, ids=[p.stem for p in FIXTURES])
def test_every_paragraph_break_is_kept(path: Path) -> None:
    (article,) = parse(path.read_text(encoding="utf-8"))
    paragraphs = _paragraphs(path)
    blocks = [b.text for b in article.blocks]
    assert _WS.sub("", "".join(blocks)) == _WS.sub("", "".join(paragraphs))
    missing = _boundaries(paragraphs) - _boundaries(blocks)
    assert not missing, f"{path.name}: paragraph breaks joined at offsets {sorted(missing)}"


_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZäöüéñß", min_size=1)
_LINE = st.lists(
    st.sampled_from(["the", "der", "de", "with", "Berlin", "iPhone", ",", "."]) | _WORD,
    min_size=1,
    max_size=14,
).map(" ".join)
_PARAGRAPH = st.lists(_LINE, min_size=1, max_size=3)


@given(st.lists(_PARAGRAPH, min_size=2, max_size=8))
def test_a_blank_line_is_never_joined_across(paragraphs: list[list[str]]) -> None:
    """Whatever the lines say (a function word at the end, a lower-case start, a name), a blank
    line between two paragraphs stays a break: no join edit spans it and no block holds text of
    two paragraphs."""
    lines: list[str] = []
    paragraph_of: dict[int, int] = {}
    for k, para in enumerate(paragraphs):
        if lines:
            lines.append("")
        for line in para:
            lines.append(line)
            paragraph_of[len(lines)] = k
    rep = repair(lines)
    for edit in rep.edits:
        if edit.kind == "join" and edit.applied:
            a, b = edit.lines[0], edit.lines[-1]
            assert paragraph_of[a] == paragraph_of[b], (edit, lines)
    texts = ["\n".join(p) for p in paragraphs]
    assert _boundaries(texts) <= _boundaries([b.text for b in rep.blocks])
