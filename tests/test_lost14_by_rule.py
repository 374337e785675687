"""`tools/junk_misses.py --by-rule` (issue #19, session 15): the article lines the parse sets
aside, counted by the rule that set each aside and by where it sits among the article lines kept.

The record and its truth are invented for this test: a German page whose truth (as a crawl's
extractor might) counts a share label, a "read also" label and the last teaser as article.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

TOOL = Path(__file__).resolve().parent.parent / "tools" / "junk_misses.py"

RECORD = "\n".join(
    [
        " date 2024-03-02 https://example.org/bruecke",
        "Die neue Brücke",
        "Der Rat stimmt ab.",
        "12:00 GMT 02.03.2024",
        "Teilen",
        "Der Stadtrat hat am Montag über die neue Brücke am Fluss abgestimmt und den Plan"
        " mit großer Mehrheit angenommen.",
        "Lesen Sie auch",
        "Die Arbeiten beginnen im Frühjahr und dauern nach Angaben der Verwaltung etwa zwei"
        " Jahre lang.",
        "Meistgelesen",
        "Stau auf der A7",
        "Neuer Trainer beim FC",
        "Markt öffnet wieder",
    ]
)
ARTICLE_LINES = [5, 6, 7, 8, 12]
"""The invented truth: the share label (head), the label between the paragraphs (inside) and
the last teaser (tail) are article lines; the parse sets the three aside."""


def _tool() -> ModuleType:
    if not TOOL.exists():
        pytest.skip("tools/ is not shipped with this copy of the tests")
    spec = importlib.util.spec_from_file_location("junk_misses", TOOL)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _corpus(tmp_path: Path) -> Path:
    (tmp_path / "C").mkdir()
    (tmp_path / "C" / "0001.txt").write_text(RECORD, encoding="utf-8")
    junk = [9, 10, 11]
    blocks = [
        {"line_numbers": [n], "where": "tail" if n in junk else "article", "match": "none"}
        for n in range(5, 13)
    ]
    truth = {
        "C": {
            "0001.txt": {
                "kind": "invented",
                "article_lines": ARTICLE_LINES,
                "junk_lines": junk,
                "blocks": blocks,
            }
        }
    }
    (tmp_path / "truth.json").write_text(json.dumps(truth), encoding="utf-8")
    return tmp_path


def _rows(out: str) -> dict[str, list[str]]:
    return {line.split()[0]: line.split()[1:] for line in out.splitlines()[2:]}


def test_lost_lines_by_rule_and_position(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tool = _tool()
    assert tool.main(["--corpus", str(_corpus(tmp_path)), "--by-rule"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("3 article lines set aside (C)")
    header = out.splitlines()[1].split()
    assert header == ["rule", "head:-", "inside:-", "tail:-", "all"]
    rows = _rows(out)
    assert rows["noise:share-label"] == ["1", "0", "0", "1"]
    assert rows["noise:read-more"] == ["0", "1", "0", "1"]
    assert rows["noise:tail"] == ["0", "0", "1", "1"]


def test_lost_lines_split_by_a_readers_kinds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tool = _tool()
    kinds = tmp_path / "kinds.txt"
    kinds.write_text("0001.txt:12 a\n", encoding="utf-8")  # the rest counts as b
    corpus = _corpus(tmp_path)
    assert tool.main(["--corpus", str(corpus), "--by-rule", "--kinds", str(kinds)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[1].split() == ["rule", "head:b", "inside:b", "tail:a", "all"]
    rows = _rows(out)
    assert rows["noise:tail"] == ["0", "0", "1", "1"]
    assert rows["noise:share-label"] == ["1", "0", "0", "1"]
