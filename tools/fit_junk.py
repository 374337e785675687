"""Fit a model of the page's tail (`tail_features.py`) on junk-dev, leaving one source out.

    python tools/fit_junk.py                      # the figures below, nothing written
    python tools/fit_junk.py --corpus PATH        # another copy of junk-dev

An experiment for issue #19 (where the article ends), kept so that it can be run again after
the hand rules change.  Every junk-dev record (both models, C and C-A) is parsed once; the rows
`tail_rows` makes for the units after the article's stretch are caught with the record's line
numbers and labelled junk or article by the truth.  A weighted logistic regression (an article
line weighs `ARTICLE_WEIGHT` junk lines) is fitted by Newton's method, and its threshold chosen
to maximise the junk lines it sets aside beyond the hand rules minus `LOSS_COST` times the
article lines it loses beyond theirs.  The figures are leave-one-source-out: for each of
fundus0, np4k and traf, weights and threshold chosen on the other two, scored on it; then an
in-sample fit on all three.  It did not beat the hand rules out of sample (traf's article
ends in lists and footnotes the other two sources hardly show), so nothing is written into the
package.  Needs numpy (the test extra).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

sys.path.insert(0, str(ROOT / "tools"))

from tail_features import FEATURES, tail_rows  # noqa: E402

import newsdump  # noqa: E402
from newsdump import _repair  # noqa: E402
from newsdump._repair_bounds import article_bounds  # noqa: E402

ARTICLE_WEIGHT = 6.0
"""An article line counts this many junk lines in the fit (a line lost is worse than junk kept)."""
LOSS_COST = 6.0
"""The threshold's score: junk lines gained minus this many times article lines lost."""
L2 = 1e-3
"""Ridge penalty per example (the features are few and on one scale)."""
SOURCES = ("fundus0", "np4k", "traf")

Row = tuple[str, list[float], int, int]  # source, features, junk lines, article lines


def collect(corpus: Path) -> list[Row]:
    """The rows of every record of both models, with their lines' truth."""
    truth = json.loads((corpus / "truth.json").read_text(encoding="utf-8"))
    caught: list[tuple[list[int], list[tuple[int, int, list[float]]]]] = []
    names = ("_walk", "bounds_asides")  # (patched for the parse, put back after)
    walk, bounds = (vars(_repair)[k] for k in names)
    numl: list[int] = []

    def walk_(lines: Sequence[str], numbers: Sequence[int] | None, *a: Any, **k: Any) -> Any:
        nums = list(numbers) if numbers is not None else list(range(1, len(lines) + 1))
        numl[:] = [nums[i] for i, raw in enumerate(lines) if raw.strip()]
        return walk(lines, numbers, *a, **k)

    def bounds_(texts: Sequence[str], blank: Sequence[bool], asides: Any, *a: Any) -> Any:
        found = bounds(texts, blank, asides, *a)
        facts = a[0] if a else None
        where = article_bounds(texts, blank, facts)
        if found is None or where is None:
            return found
        first, stretch_end, units = where
        out = found[0]
        aside = [o is not None and o.rule != "noise:title" for o in out]
        fixed = [
            (x is not None and x.kind == "noise") or (o is not None and o.rule == "noise:title")
            for x, o in zip(asides, out, strict=True)
        ]
        tail_start = next((i for i in range(stretch_end, len(texts)) if aside[i]), len(texts))
        rows = tail_rows(texts, units, first, stretch_end, tail_start, aside, fixed, any(blank))
        caught.append((list(numl), rows))
        return found

    for k, v in zip(names, (walk_, bounds_), strict=True):
        setattr(_repair, k, v)
    out: list[Row] = []
    try:
        for model in ("C", "C-A"):
            for name, t in sorted(truth[model].items()):
                caught.clear()
                newsdump.parse((corpus / model / name).read_text(encoding="utf-8"))
                junk, art = set(t["junk_lines"]), set(t["article_lines"])
                for lines, rows in caught[-1:]:
                    for a, b, f in rows:
                        nums = lines[a:b]
                        out.append(
                            (
                                t["kind"],
                                f,
                                sum(n in junk for n in nums),
                                sum(n in art for n in nums),
                            )
                        )
    finally:
        for k, v in zip(names, (walk, bounds), strict=True):
            setattr(_repair, k, v)
    return out


def fit(rows: Sequence[Row], np: Any) -> tuple[float, list[float]]:
    """A weighted logistic regression by Newton's method: the bias and the weights."""
    x = np.array([[1.0, *f] for _, f, _, _ in rows for _ in (0, 1)])
    y = np.array([v for _ in rows for v in (1.0, 0.0)])
    w = np.array([v for _, _, j, a in rows for v in (j, ARTICLE_WEIGHT * a)], dtype=float)
    keep = w > 0
    x, y, w = x[keep], y[keep], w[keep]
    beta = np.zeros(x.shape[1])
    reg = L2 * w.sum() * np.eye(x.shape[1])
    reg[0, 0] = 0.0
    for _ in range(30):
        p = 1 / (1 + np.exp(-(x @ beta)))
        g = x.T @ (w * (p - y)) + reg @ beta
        h = (x * (w * p * (1 - p))[:, None]).T @ x + reg
        step = np.linalg.solve(h, g)
        beta -= step
        if np.abs(step).max() < 1e-8:
            break
    return float(beta[0]), [float(b) for b in beta[1:]]


def gains(rows: Sequence[Row], z: Sequence[float], t: float) -> tuple[int, int]:
    """Junk lines set aside and article lines lost beyond the hand rules' at threshold ``t``."""
    dj = da = 0
    for (_, f, j, a), v in zip(rows, z, strict=True):
        now, was = v >= t, f[0] > 0
        if now != was:
            sign = 1 if now else -1
            dj += sign * j
            da += sign * a
    return dj, da


def scores(rows: Sequence[Row], bias: float, weights: Sequence[float]) -> list[float]:
    return [bias + sum(w * v for w, v in zip(weights, f, strict=True)) for _, f, _, _ in rows]


def choose(rows: Sequence[Row], z: Sequence[float]) -> float:
    """The threshold (a logit) with the best junk gained minus `LOSS_COST` times lines lost."""
    best, best_t = -1e18, 0.0
    for k in range(-40, 81):
        t = k / 10
        dj, da = gains(rows, z, t)
        if dj - LOSS_COST * da > best:
            best, best_t = dj - LOSS_COST * da, t
    return best_t


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared/corpus/junk-dev")
    args = ap.parse_args(argv)
    if not (args.corpus / "truth.json").exists():
        print(f"fit_junk: no junk-dev at {args.corpus}: nothing to do")
        return 0
    rows = collect(args.corpus)
    import numpy as np

    print(f"{len(rows)} units after the article's stretch")
    total_j = total_a = 0
    for held in SOURCES:
        train = [r for r in rows if r[0] != held]
        test = [r for r in rows if r[0] == held]
        bias, weights = fit(train, np)
        t = choose(train, scores(train, bias, weights))
        dj, da = gains(test, scores(test, bias, weights), t)
        total_j += dj
        total_a += da
        print(f"  LOSO {held:8} threshold {t:+.1f}: junk lines +{dj}, article lines lost {da:+d}")
    print(f"  LOSO all: junk lines +{total_j}, article lines lost {total_a:+d} (C and C-A)")
    bias, weights = fit(rows, np)
    t = choose(rows, scores(rows, bias, weights))
    dj, da = gains(rows, scores(rows, bias, weights), t)
    print(f"  in-sample threshold {t:+.1f}: junk lines +{dj}, article lines lost {da:+d}")
    for name, w in zip(FEATURES, weights, strict=True):
        print(f"    {name:18} {w:+.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
