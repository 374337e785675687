"""Atheris fuzz harness for newsdump: the invariants of tests/property, on fuzzed bytes.

Run (see fuzz/README.md)::

    python fuzz/fuzz_parse.py -max_total_time=600 fuzz/corpus

Invariants checked for every input:

- lenient `read` of the bytes and lenient `parse` of their text never raise;
- strict mode raises nothing but `DumpError`;
- streaming = whole text: `read` of the bytes (also 7 bytes at a time) equals `parse` of the
  decoded text, provenance included;
- nothing lost: every non-whitespace character of the text is in the articles' fields (the
  header's ``date`` keyword and date token aside);
- every `Problem` and `DumpError` position is a real line and column;
- the repair changes no non-whitespace character and its edits replay to its blocks.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import IO, cast

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # for tests.property.helpers

import atheris

with atheris.instrument_imports():
    from tests.property.helpers import (
        Trickle,
        assert_positions,
        everything,
        input_chars,
        input_lines,
        kept_chars,
    )

    import newsdump


def _squeeze(texts: list[str]) -> str:
    return "".join("".join(t.split()) for t in texts)


def check(data: bytes) -> None:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        data = data[2:]  # UTF-16 inputs are covered by tests/test_hostile.py
    streamed = list(newsdump.read(io.BytesIO(data)))
    text = _decoded(data)
    articles = newsdump.parse(text)
    assert _text_view(streamed) == everything(articles)
    assert _text_view(newsdump.read(cast(IO[bytes], Trickle(data, 7)))) == everything(articles)
    assert not input_chars(text, articles) - kept_chars(articles)
    assert_positions(text, [(p.line, p.column) for a in articles for p in a.problems])
    try:
        newsdump.parse(text, strict=True)
    except newsdump.DumpError as err:
        assert_positions(text, [(err.line, err.column)])
    lines = input_lines(text)
    rep = newsdump.repair(lines)
    assert _squeeze([b.text for b in rep.blocks]) == _squeeze(lines)
    assert newsdump.apply_edits(lines, rep.edits) == rep.blocks


def _text_view(articles: Iterable[newsdump.Article]) -> list[dict[str, object]]:
    """Articles read from bytes as if parsed from their decoded text: without the
    ``invalid-utf8`` problems, which only the bytes can show."""
    out = everything(articles)
    for a in out:
        a["problems"] = [p for p in a["problems"] if p["code"] != "invalid-utf8"]  # type: ignore[attr-defined]
    return out


def _decoded(data: bytes) -> str:
    """The text `read` decodes ``data`` to: UTF-8, invalid bytes replaced, one BOM dropped."""
    return data.removeprefix(b"\xef\xbb\xbf").decode("utf-8", "replace")


def main() -> None:
    atheris.Setup(sys.argv, check)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
