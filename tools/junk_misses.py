"""List the junk lines newsdump still keeps on junk-dev, grouped by shape (issue #19).

    python tools/junk_misses.py [--corpus PATH] [--model C] [--top 25] [--examples 3]
    python tools/junk_misses.py --lost          # the article lines set aside instead
    python tools/junk_misses.py --by-rule [--kinds FILE]   # those, by rule and position

``--by-rule`` counts the article lines set aside by the rule that set them aside
(`Block.rule`) and by where they sit among the article lines the parse keeps: ``head`` (before
the first), ``inside``, ``tail`` (after the last).  ``--kinds FILE`` splits the counts by a
reader's verdict on each line: a file of ``record:line kind`` pairs (``0123.txt:45 a``; a line
not in it counts as ``b``), written after reading the lines, e.g. ``a`` for text a reader
wants and ``b`` for a label, a credit or metadata the truth's extractor kept (issue #19).

For the eyes of whoever writes the next rule: each group is (position, the truth's kind, a
shape signature: length band, ends with a stop, digits or a date, first word, label words) with
its count per source (fundus0, np4k, traf) and a few examples.  Nothing here is read by the
package; the corpus text is printed, never written into the project.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import newsdump  # noqa: E402

LABEL_WORDS = frozenset(
    str.split(
        "reply report share comment comments login log sign subscribe follow more read privacy"
        " cookie cookies imprint contact terms rights reserved copyright newsletter video audio"
        " advertisement antworten melden teilen kommentar kommentare anmelden impressum kontakt"
        " datenschutz répondre signaler partager commentaires responder compartir"
    )
)
DATE = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}:\d{2}")


def band(n: int) -> str:
    return "<15" if n < 15 else "<40" if n < 40 else "<100" if n < 100 else "100+"


def shape(text: str) -> str:
    s = text.strip()
    words = re.findall(r"\w+", s.lower())
    stop = "stop" if s[-1:] in '.!?…"»”' else "open"
    digits = "date" if DATE.search(s) else "dig" if any(c.isdigit() for c in s) else "-"
    first = words[0] if words else s[:1]
    labels = sorted(LABEL_WORDS.intersection(words))
    return f"{band(len(s))} {stop} {digits} first={first} labels={','.join(labels) or '-'}"


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared/corpus/junk-dev")
    ap.add_argument("--model", default="C")
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--examples", type=int, default=3)
    ap.add_argument("--lost", action="store_true", help="article lines set aside instead")
    ap.add_argument("--coarse", action="store_true", help="group without the first word")
    ap.add_argument("--by-rule", action="store_true", help="lost lines by rule and position")
    ap.add_argument("--kinds", type=Path, help="record:line kind pairs (with --by-rule)")
    args = ap.parse_args(argv)
    if args.by_rule:
        return by_rule(args.corpus, args.model, args.kinds)
    truth = json.loads((args.corpus / "truth.json").read_text(encoding="utf-8"))[args.model]
    groups: dict[str, Counter[str]] = defaultdict(Counter)
    examples: dict[str, list[str]] = defaultdict(list)
    for name, t in sorted(truth.items()):
        text = (args.corpus / args.model / name).read_text(encoding="utf-8")
        lines = text.split("\n")
        kind: dict[int, str] = {}
        for b in newsdump.parse(text)[0].blocks:
            for n in range(b.first_line, b.last_line + 1):
                kind[n] = b.kind
        where, why = {}, {}
        for b in t["blocks"]:
            for n in b["line_numbers"]:
                where[n], why[n] = b["where"], b["match"]
        want = t["article_lines"] if args.lost else t["junk_lines"]
        for n in want:
            kept = kind.get(n, "noise") != "noise"
            if kept == args.lost:
                continue
            sig = shape(lines[n - 1])
            if args.coarse:
                sig = re.sub(r" first=\S+", "", sig)
            key = f"{where[n]} {why[n]} | {sig}"
            groups[key][t["kind"]] += 1
            if len(examples[key]) < args.examples:
                examples[key].append(f"{name}:{n} [{kind.get(n)}] {lines[n - 1][:110]}")
    ranked = sorted(groups.items(), key=lambda kv: -sum(kv[1].values()))
    for key, counts in ranked[: args.top]:
        print(f"{sum(counts.values()):5d} {key}  {dict(counts)}")
        for ex in examples[key]:
            print(f"        {ex}")
    return 0


def by_rule(corpus: Path, model: str, kinds_file: Path | None) -> int:
    """Print the article lines set aside, counted by rule, position and the reader's kind."""
    truth = json.loads((corpus / "truth.json").read_text(encoding="utf-8"))[model]
    kinds: dict[str, str] = {}
    if kinds_file is not None:
        for row in kinds_file.read_text(encoding="utf-8").split("\n"):
            if row.strip():
                key, kind_ = row.split()
                kinds[key] = kind_
    counts: Counter[tuple[str, str, str]] = Counter()
    for name, t in sorted(truth.items()):
        text = (corpus / model / name).read_text(encoding="utf-8")
        rule: dict[int, str] = {}
        for b in newsdump.parse(text)[0].blocks:
            for n in range(b.first_line, b.last_line + 1):
                rule[n] = (b.rule or "noise (no rule)") if b.kind == "noise" else ""
        article = sorted(t["article_lines"])
        kept = [n for n in article if rule.get(n, "no block") == ""]
        for n in article:
            why = rule.get(n, "no block")
            if why:
                at = "head" if not kept or n < kept[0] else "tail" if n > kept[-1] else "inside"
                counts[why, at, kinds.get(f"{name}:{n}", "b" if kinds else "-")] += 1
    cols = sorted({(at, k) for _, at, k in counts}, key=lambda c: (_AT.index(c[0]), c[1]))
    print(f"{sum(counts.values())} article lines set aside ({model})")
    print(f"{'rule':24}" + "".join(f"{at + ':' + k:>10}" for at, k in cols) + f"{'all':>7}")
    for why in sorted({r for r, _, _ in counts}, key=lambda r: -_total(counts, r)):
        row = "".join(f"{counts[why, at, k]:10d}" for at, k in cols)
        print(f"{why:24}{row}{_total(counts, why):7d}")
    return 0


_AT = ("head", "inside", "tail")


def _total(counts: Counter[tuple[str, str, str]], rule: str) -> int:
    return sum(v for (r, _, _), v in counts.items() if r == rule)


if __name__ == "__main__":
    raise SystemExit(main())
