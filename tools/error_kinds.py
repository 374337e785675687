"""Count the repair's join errors on a test corpus by kind (issue #18's kinds, docs/repair.md).

usage: python tools/error_kinds.py [--shared DIR] [--corpus dev-news dev-web] [--examples KIND N]

Each break between two of the truth's lines is scored as the shared scorer scores it (offsets in
the text without whitespace): a *wrong join* is a break of the truth the parse joined, a *missed
join* a join of the truth the parse kept apart. Each error gets the first kind that fits, in the
order below; the test is on the two lines around the break (``a``, then ``b``) and on the blocks
the parse put them in.

Missed joins:
  heading        ``a`` or ``b`` is in a block of kind ``heading``
  set aside      ``a`` or ``b`` is in a block of kind noise, list-item, caption or byline
  after a stop   ``a`` ends a sentence
  capital        ``b`` starts with a capital letter
  other missed   anything else (``b`` in lower case, digits, punctuation)
The last three are split by who kept the break: ``(model)`` when the join model vetoed a join
a rule had proposed (a ``keep`` edit decided by the model at ``b``'s line), ``(no rule)`` when
no rule proposed the join or a rule kept the break.

Wrong joins:
  lower-case     ``b`` starts with a lower-case letter (list items, lower-case lines)
  function word  ``a`` ends in a function word
  heading-like   ``a`` reads as a heading (short, unpunctuated) and is joined to the next line
  other wrong    anything else (punctuation, quotes, brackets, scripts without case)

The kinds are the script's own reading of the two lines; they say where the errors are, not why
the repair made them. The corpora's text is never printed unless ``--examples`` asks for it (for
a developer's eyes, not for the repository).
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

import newsdump
from newsdump import _text as tx

WS = re.compile(r"\s+")

_MISSED_BY_TEXT = ("after a stop", "capital", "other missed")
MISSED = (
    "heading",
    "set aside",
    *(f"{k} ({by})" for k in _MISSED_BY_TEXT for by in ("model", "no rule")),
)
WRONG = ("lower-case", "function word", "heading-like", "other wrong")
SET_ASIDE = frozenset({"noise", "list-item", "caption", "byline"})


def _length(text: str) -> int:
    return len(WS.sub("", text))


def _block_at(starts: list[int], offset: int) -> int:
    """The index of the block that holds the character at ``offset`` (blocks sorted by start)."""
    lo, hi = 0, len(starts) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if starts[mid] <= offset:
            lo = mid
        else:
            hi = mid - 1
    return lo


def record_errors(text: str, paragraphs: list[dict[str, object]]) -> list[tuple[str, str, str]]:
    """(kind, line a, line b) for each wrong or missed join of one record."""
    lines = [str(line) for p in paragraphs for line in p["lines"]]  # type: ignore[attr-defined]
    truth_breaks: set[int] = set()
    pos = 0
    for p in paragraphs[:-1]:
        pos += _length(str(p["text"]))
        truth_breaks.add(pos)
    (article,) = newsdump.parse(text)
    blocks = article.blocks
    starts: list[int] = []
    pos = 0
    for block in blocks:
        starts.append(pos)
        pos += _length(block.text)
    block_starts = set(starts[1:])
    out: list[tuple[str, str, str]] = []
    pos = 0
    for i in range(len(lines) - 1):
        pos += _length(lines[i])
        a, b = lines[i], lines[i + 1]
        truth_join = pos not in truth_breaks
        parse_join = pos not in block_starts
        if truth_join == parse_join:
            continue
        ba, bb = blocks[_block_at(starts, pos - 1)], blocks[_block_at(starts, pos)]
        if truth_join:
            vetoed = any(
                e.kind == "keep" and e.decided_by == "model" and bb.first_line in e.lines
                for e in article.repairs
            )
            if "heading" in (ba.kind, bb.kind):
                kind = "heading"
            elif ba.kind in SET_ASIDE or bb.kind in SET_ASIDE:
                kind = "set aside"
            else:
                if tx.ends_sentence(a):
                    kind = "after a stop"
                elif tx.first_letter(b).isupper():
                    kind = "capital"
                else:
                    kind = "other missed"
                kind += " (model)" if vetoed else " (no rule)"
        elif tx.first_letter(b).islower():
            kind = "lower-case"
        elif tx.ends_with_function_word(a):
            kind = "function word"
        elif tx.heading_like(a):
            kind = "heading-like"
        else:
            kind = "other wrong"
        out.append((kind, a, b))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--corpus", nargs="+", default=["dev-news", "dev-web"])
    ap.add_argument("--examples", nargs=2, metavar=("KIND", "N"))
    args = ap.parse_args()
    columns: dict[str, Counter[str]] = {}
    examples: list[str] = []
    for corpus in args.corpus:
        root = Path(args.shared) / "corpus" / corpus
        truth = json.loads((root / "truth.json").read_text(encoding="utf-8"))
        for model in ("A", "B"):
            counts: Counter[str] = Counter()
            for name, t in sorted(truth[model].items()):
                text = (root / model / name).read_text(encoding="utf-8")
                for kind, a, b in record_errors(text, t["paragraphs"]):
                    counts[kind] += 1
                    if args.examples and kind == args.examples[0]:
                        examples.append(f"{corpus} {model}/{name}: {a[-60:]!r} / {b[:60]!r}")
            columns[f"{corpus} {model}"] = counts
    names = list(columns)
    print("| error kind | " + " | ".join(names) + " |")
    print("|---|" + "---|" * len(names))
    for group, kinds in (("missed", MISSED), ("wrong", WRONG)):
        for kind in kinds:
            print(f"| {group}: {kind} | " + " | ".join(str(columns[n][kind]) for n in names) + " |")
    print("| **all** | " + " | ".join(f"**{sum(columns[n].values())}**" for n in names) + " |")
    if args.examples:
        for line in examples[: int(args.examples[1])]:
            print(line)


if __name__ == "__main__":
    main()
