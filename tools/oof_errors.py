#!/usr/bin/env python3
"""Count the join model's out-of-fold errors on the train corpus by kind and by source.

Run from the repository root (see tools/README.md)::

    python tools/oof_errors.py                 # counts for both scraper models
    python tools/oof_errors.py --examples 40   # and 40 missed joins of model B's largest kind

Each break the model judges is recorded as the teacher walks train's true lines (as
``fit_repair.py`` gathers its examples: teacher-forced, no on-policy round), then scored by the
weights fitted on the folds without its source (`fit_repair.folds`, five folds, no source in two)
at the committed thresholds.  An error is a true join the model keeps apart ("missed") or a
true break it removes ("wrong join"); its kind is the rule that proposed the decision and the
shape of the break (`shape`).  Breaks decided outside the model (set-aside lines, the fast
path) are not counted: ``explain`` shows those.  Only counts are printed, and with
``--examples`` the two lines of a few breaks, to the terminal: corpus text is never written to a
file.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import random
import sys
from collections import Counter
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tools"))

import fit_repair as fr  # noqa: E402

from newsdump import _repair_weights  # noqa: E402
from newsdump._repair import repair  # noqa: E402
from newsdump._repair_context import Break  # noqa: E402
from newsdump._repair_features import FEATURES  # noqa: E402
from newsdump._repair_model import Verdict, features, vetoable  # noqa: E402
from newsdump._repair_rules import Decision  # noqa: E402


class Seen(NamedTuple):
    """One judged break: where, its two lines, the proposal, the features and the truth."""

    model: str
    source: str
    prev: str
    nxt: str
    rule: str
    proposed_join: bool
    may_veto: bool
    feats: tuple[int, ...]
    join: bool


class Recorder(fr.Teacher):
    """The teacher of ``fit_repair.py`` that also keeps each judged break (`Seen`)."""

    __slots__ = ("model", "seen", "source")

    def __init__(self, para: list[int], model: str, source: str, seen: list[Seen]) -> None:
        super().__init__(fr.Data(), para, None)
        self.model = model
        self.source = source
        self.seen = seen

    def decide(self, b: Break, d: Decision) -> Verdict:
        feats = tuple(features(b, d.rule))
        join = self.para[b.prev_line - 1] == self.para[b.line - 1]
        self.seen.append(
            Seen(
                self.model,
                self.source,
                b.prev,
                b.nxt,
                d.rule,
                d.join,
                vetoable(d.rule, feats),
                feats,
                join,
            )
        )
        return (join, 0.0, True)


def shape(prev: str, nxt: str) -> str:
    """The break's shape: what ends the line before, else how the next line starts.

    >>> shape("It rained.", "Then"), shape("talks with the", "Prime"), shape("a, b", "c")
    ('after a sentence', 'capital', 'lower case')
    """
    end = prev[-1:]
    if end in (".", "!", "?", "。", "！", "？"):
        return "after a sentence"
    if end in (":", ";", "：", "；"):
        return "after a colon or semicolon"
    if end in (",", "，", "、", "،"):
        return "after a comma"
    first = nxt[:1]
    if first.isupper():
        return "capital"
    if first.islower():
        return "lower case"
    if first.isdigit():
        return "digit"
    return "uncased or punctuation"


def walk(shared: Path) -> list[Seen]:
    """Every judged break of train's records, both scraper models, teacher-forced."""
    truth = json.loads(fr.truth_path(shared, fr.TRAIN).read_text(encoding="utf-8"))
    seen: list[Seen] = []
    for model in fr.MODELS:
        for _name, rec in sorted(truth[model].items()):
            lines: list[str] = []
            para: list[int] = []
            for k, p in enumerate(rec["paragraphs"]):
                lines += p["lines"]
                para += [k] * len(p["lines"])
            source = fr.group_of(rec.get("source") or fr.TRAIN)
            repair(lines, policy=Recorder(para, model, source, seen))
    return seen


def out_of_fold(seen: list[Seen], sizes: dict[str, int]) -> list[float]:
    """Each break's join probability from the weights fitted without its source's fold (the
    folds of ``fit_repair.py``: ``sizes`` are the records of each source)."""
    parts: dict[tuple[str, str], fr.Data] = {}
    for s in seen:
        data = parts.setdefault((s.model, s.source), fr.Data())
        (data.pos if s.join else data.neg)[(*s.feats, -1)] += 1
    theta_of: dict[str, list[float]] = {}
    for held in fr.folds(sizes):
        theta = fr.fit(fr.weighted(parts, (g for g in sizes if g not in held)))
        theta_of.update(dict.fromkeys(held, theta))
    out = []
    for s in seen:
        z = sum(theta_of[s.source][k] for k in s.feats)
        out.append(1.0 / (1.0 + math.exp(-z)) if z > -60 else 0.0)
    return out


def count(seen: list[Seen], name: str) -> str:
    """Where feature ``name`` is 1: the true joins among the judged breaks, per model, on all
    sources and on the news sources (a screen before a feature is built, on the same breaks the
    fit reads).

    >>> s = Seen("B", "goose", "talks with", "Anna", "unfinished-before-capital", False, True,
    ...          (0, FEATURES.index("next:known-capital")), True)
    >>> count([s], "next:known-capital")
    'next:known-capital: model A joins 0 / 0 (news 0 / 0); model B joins 1 / 1 (news 1 / 1)'
    """
    k = FEATURES.index(name)
    parts = []
    for model in fr.MODELS:
        hits = [s for s in seen if s.model == model and k in s.feats]
        news = [s for s in hits if s.source in fr.NEWS_SOURCES]
        parts.append(
            f"model {model} joins {sum(s.join for s in hits)} / {len(hits)}"
            f" (news {sum(s.join for s in news)} / {len(news)})"
        )
    return f"{name}: " + "; ".join(parts)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--examples", type=int, default=0, help="missed joins of B's largest kind")
    ap.add_argument(
        "--count",
        action="append",
        default=[],
        metavar="FEATURE",
        help="also print, per model, the true joins among the judged breaks where FEATURE is 1 "
        "(teacher-forced, all sources and the news sources; repeatable)",
    )
    args = ap.parse_args()
    unknown = [name for name in args.count if name not in FEATURES]
    if unknown:
        ap.error(f"not a feature: {', '.join(unknown)}")
    if not fr.truth_path(args.shared, fr.TRAIN).is_file():
        print(f"oof_errors: no {fr.TRAIN} corpus under {args.shared / 'corpus'}")
        return 2
    seen = walk(args.shared)
    for name in args.count:
        print(count(seen, name))
    probs = out_of_fold(seen, dict(fr.source_sizes(args.shared)))
    veto, add = _repair_weights.VETO_BELOW, _repair_weights.JOIN_FROM
    missed_of: dict[str, list[tuple[Seen, float]]] = {}
    for model in fr.MODELS:
        missed: Counter[tuple[str, str]] = Counter()
        wrong: Counter[tuple[str, str]] = Counter()
        by_source: Counter[tuple[str, str]] = Counter()
        for s, p in zip(seen, probs, strict=True):
            if s.model != model:
                continue
            join = (not s.may_veto or p >= veto) if s.proposed_join else p >= add
            if join == s.join:
                continue
            kind = (s.rule, shape(s.prev, s.nxt))
            (missed if s.join else wrong)[kind] += 1
            by_source[s.source, "missed" if s.join else "wrong"] += 1
            if s.join:
                missed_of.setdefault(f"{model} {kind[0]} / {kind[1]}", []).append((s, p))
        news = sum(n for (g, _), n in by_source.items() if g in fr.NEWS_SOURCES)
        print(f"model {model}: {sum(missed.values())} missed joins, {sum(wrong.values())} wrong")
        print(f"  on the news sources: {news} errors (veto {veto:.2f}, add {add:.2f})")
        for title, counts in (("missed", missed), ("wrong joins", wrong)):
            print(f"  {title} by rule / shape:")
            for (rule, form), n in counts.most_common(10):
                print(f"    {n:5}  {rule} / {form}")
        print("  by source (missed, wrong):")
        for g in sorted({g for g, _ in by_source}, key=lambda g: -by_source[g, "missed"]):
            print(f"    {g:<13} {by_source[g, 'missed']:5} {by_source[g, 'wrong']:5}")
    if args.examples:
        b_kinds = [k for k in missed_of if k.startswith("B ")]
        if b_kinds:
            top = max(b_kinds, key=lambda k: len(missed_of[k]))
            rows = [r for r in missed_of[top] if r[0].source in fr.NEWS_SOURCES]
            random.Random(1).shuffle(rows)
            print(f"\nmissed joins, {top}, news sources ({len(rows)}):")
            for s, p in itertools.islice(rows, args.examples):
                print(f"  {s.source:<12} p={p:.2f}  {s.prev[-60:]!r} / {s.nxt[:50]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
