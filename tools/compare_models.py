#!/usr/bin/env python3
"""Compare forms of the repair's join model by the grouped cross-validation of fit_repair.py.

Run from the repository root (see tools/README.md)::

    python tools/compare_models.py                 # every form below (tens of minutes)
    python tools/compare_models.py logistic trees  # some of them

On the same teacher-forced and on-policy examples as ``fit_repair.py`` (the breaks of train, one
round of on-policy data), each form is fitted fold by fold (five folds, no source in two, news
sources weighted as in the fit) and its pooled out-of-fold scores are measured at the thresholds
it chooses itself: the summed F1 of model A, model B and the news sources of each, what
``fit_repair.py`` maximises.  The forms:

- ``logistic``: the shipped model (`fit_repair.fit`);
- ``record-x-line``: logistic plus every product of a record feature (``record:…``: the
  record's language, layout and link evidence) with a feature of the line before or after;
- ``rule-x-line``: logistic plus every product of the proposing rule with those line features;
- ``tree-pairs``: logistic plus the products of `TREE_PAIRS`, the interactions the trees found;
- ``trees``: gradient-boosted trees of depth 3 and 4 (200 rounds, step 0.1) on the 0/1 features;
- ``logistic+trees``: trees boosted from the logistic's score (100 rounds, depth 3).

The trees are written here in numpy (second-order boosting, splits on one feature being 1):
no new dependency.  docs/repair.md ("Model forms") has the table and what was decided.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
sys.path.insert(0, str(ROOT / "src"))

import fit_repair as fr  # noqa: E402

from newsdump._repair_features import FEATURES  # noqa: E402

Tree = Any
"""A leaf's score, or (feature index, subtree where it is 0, subtree where it is 1)."""
LAMBDA = 1.0
"""The trees' L2 penalty on a leaf's score, in units of a ten-thousandth of the examples."""
MIN_HESSIAN = 1.0
"""The least weight (in the same units) a split leaves on either side."""


def _np() -> Any:
    return fr._np()


def design(data: fr.Data) -> tuple[Any, Any, Any, Any]:
    """The distinct feature vectors of ``data`` as 0/1 rows, with their kind and tallies."""
    np = _np()
    keys = sorted(set(data.neg) | set(data.pos))
    x = np.zeros((len(keys), len(FEATURES)))
    for i, f in enumerate(keys):
        x[i, list(f[:-1])] = 1.0
    kind = np.array([f[-1] for f in keys])
    neg = np.array([data.neg[f] for f in keys], dtype=float)
    pos = np.array([data.pos[f] for f in keys], dtype=float)
    return x, kind, neg, pos


def weighted_design(parts: Sequence[tuple[fr.Data, float]]) -> tuple[Any, Any, Any]:
    """Rows and the weighted tallies of breaks (w0) and joins (w1) of ``parts``."""
    np = _np()
    x, _, _, _ = design(fr.total(p for p, _ in parts))
    data = fr.total(p for p, _ in parts)
    keys = sorted(set(data.neg) | set(data.pos))
    index = {f: i for i, f in enumerate(keys)}
    w0 = np.zeros(len(keys))
    w1 = np.zeros(len(keys))
    for part, w in parts:
        for f, c in part.neg.items():
            w0[index[f]] += w * c
        for f, c in part.pos.items():
            w1[index[f]] += w * c
    return x, w0, w1


def sigmoid(z: Any) -> Any:
    np = _np()
    return 1.0 / (1.0 + np.exp(-np.clip(z, -40, 40)))


def logistic(x: Any, w0: Any, w1: Any) -> Any:
    """`fit_repair.fit` on any design matrix (the same Adam steps and penalty)."""
    np = _np()
    n = x.shape[1]
    count = float((w0 + w1).sum())
    theta, m, v = np.zeros(n), np.zeros(n), np.zeros(n)
    penalty = np.full(n, fr.L2 / count)
    penalty[0] = 0.0
    for t in range(1, fr.ITERATIONS + 1):
        g = (x.T @ ((w0 + w1) * sigmoid(x @ theta) - w1)) / count + penalty * theta
        m = 0.9 * m + 0.1 * g
        v = 0.999 * v + 0.001 * g * g
        theta = theta - 0.1 * (m / (1 - 0.9**t)) / (np.sqrt(v / (1 - 0.999**t)) + 1e-8)
    return theta


def grow(x: Any, g: Any, h: Any, rows: Any, depth: int, lam: float, least: float) -> Tree:
    """One regression tree on the gradients ``g`` and hessians ``h`` of ``rows``."""
    np = _np()
    big_g, big_h = g[rows].sum(), h[rows].sum()
    leaf = float(-big_g / (big_h + lam))
    if depth == 0 or len(rows) < 2:
        return leaf
    xs = x[rows]
    gl, hl = xs.T @ g[rows], xs.T @ h[rows]
    gr, hr = big_g - gl, big_h - hl
    gain = gl**2 / (hl + lam) + gr**2 / (hr + lam) - big_g**2 / (big_h + lam)
    gain[(hl < least) | (hr < least)] = -1.0
    k = int(np.argmax(gain))
    if gain[k] <= 1e-9:
        return leaf
    on = xs[:, k] > 0.5
    return (
        k,
        grow(x, g, h, rows[~on], depth - 1, lam, least),
        grow(x, g, h, rows[on], depth - 1, lam, least),
    )


def tree_score(t: Tree, x: Any) -> Any:
    np = _np()
    if not isinstance(t, tuple):
        return np.full(x.shape[0], t)
    k, off, on_tree = t
    on = x[:, k] > 0.5
    out = np.empty(x.shape[0])
    out[~on] = tree_score(off, x[~on])
    out[on] = tree_score(on_tree, x[on])
    return out


def shrink(t: Tree, step: float) -> Tree:
    if not isinstance(t, tuple):
        return t * step
    return (t[0], shrink(t[1], step), shrink(t[2], step))


def boost(x: Any, w0: Any, w1: Any, start: Any, rounds: int, depth: int, step: float) -> list[Tree]:
    """Second-order gradient boosting of the log loss from the scores ``start``."""
    np = _np()
    w = w0 + w1
    unit = float(w.sum()) / 10_000
    z = start.copy()
    trees: list[Tree] = []
    rows = np.arange(x.shape[0])
    for _ in range(rounds):
        p = sigmoid(z)
        g = w * p - w1
        h = np.maximum(w * p * (1 - p), 1e-12)
        t = shrink(grow(x, g, h, rows, depth, LAMBDA * unit, MIN_HESSIAN * unit), step)
        trees.append(t)
        z = z + tree_score(t, x)
    return trees


def products(first: Sequence[int], second: Sequence[int]) -> list[tuple[int, int]]:
    return [(a, b) for a in first for b in second if a != b]


def widen(x: Any, pairs: Sequence[tuple[int, int]]) -> Any:
    np = _np()
    return np.hstack([x, *(x[:, [a]] * x[:, [b]] for a, b in pairs)]) if pairs else x


class Form:
    """A model form: ``fit`` on weighted examples, then ``margin`` of rows."""

    def __init__(
        self,
        *,
        pairs: Sequence[tuple[int, int]] = (),
        trees: tuple[int, int, float] | None = None,
        on_logistic: bool = False,
    ) -> None:
        self.pairs = pairs
        self.trees = trees
        self.on_logistic = on_logistic
        self.theta: Any = None
        self.base = 0.0
        self.fitted: list[Tree] = []

    def fit(self, parts: Sequence[tuple[fr.Data, float]]) -> Form:
        np = _np()
        x, w0, w1 = weighted_design(parts)
        if self.trees is None or self.on_logistic:
            self.theta = logistic(widen(x, self.pairs), w0, w1)
        if self.trees is not None:
            self.base = float(np.log(w1.sum() / w0.sum()))
            start = x @ self.theta if self.on_logistic else np.full(x.shape[0], self.base)
            self.fitted = boost(x, w0, w1, start, *self.trees)
        return self

    def margin(self, x: Any) -> Any:
        np = _np()
        if self.trees is None:
            return widen(x, self.pairs) @ self.theta
        z = x @ self.theta if self.on_logistic else np.full(x.shape[0], self.base)
        for t in self.fitted:
            z = z + tree_score(t, x)
        return z

    def scored(self, data: fr.Data) -> fr.Scored:
        x, kind, neg, pos = design(data)
        return sigmoid(self.margin(x)), kind, neg, pos, data.true_joins


def cross_validate(form: Form, d: fr.Examples, sizes: dict[str, int]) -> dict[str, Any]:
    """`fit_repair.cross_validate` for any form: pooled out-of-fold figures at its thresholds."""
    held: dict[tuple[str, str], fr.Scored] = {}
    for hold in fr.folds(sizes):
        fitted = form.fit(fr.weighted(d, (g for g in sizes if g not in hold)))
        for key, v in d.items():
            if key[1] in hold:
                held[key] = fitted.scored(v)
    per = {m: fr.pooled([v for (a, _), v in sorted(held.items()) if a == m]) for m in fr.MODELS}
    news = {
        m: fr.pooled([v for (a, g), v in sorted(held.items()) if a == m and g in fr.NEWS_SOURCES])
        for m in fr.MODELS
    }
    th = fr.choose_thresholds([*per.values(), *news.values()])
    out: dict[str, Any] = {"th": th}
    out["summed"] = sum(fr.measure(s, th)[2] for s in [*per.values(), *news.values()])
    for m in fr.MODELS:
        out[m] = fr.measure(per[m], th)
        out["news " + m] = fr.measure(news[m], th)
    return out


TREE_PAIRS = (
    ("rule:sentence-end", "next:short-unpunctuated"),
    ("record:link-lines>=0.1", "record:link-line-inside-sentence"),
    ("latin-after-ideograph", "next:starts-digit"),
    ("link-shape-before-punctuation", "stop-then-link-shape"),
    ("rule:link-text-line", "prev:last-word-lower"),
    ("rule:sentence-end", "link-shape-in-linked-record"),
    ("link-shape-in-linked-record", "title-before-capital"),
    ("next:short-unpunctuated", "prev:ends-colon"),
    ("prev:ends-full-stop", "next:chars>=120"),
    ("next:known-capital", "after:ends-unpunctuated"),
    ("prev:ends-comma", "after:ends-unpunctuated"),
    ("prev:address", "next:starts-upper"),
    ("rule:unfinished-before-capital", "next:starts-uncased"),
    ("rule:unfinished-before-capital", "after:starts-upper"),
)
"""The pairs that depth-3 trees fitted on all of train split on most, one under the other (the
second where the first is 1), leaving out pairs under a rule the model may not veto: the
``tree-pairs`` form tries them as products in the logistic (their choice saw every fold)."""


def forms() -> dict[str, Form]:
    index = {name: k for k, name in enumerate(FEATURES)}
    record = [k for n, k in index.items() if n.startswith("record:")]
    line = [k for n, k in index.items() if n.startswith(("prev:", "next:"))]
    rules = [k for n, k in index.items() if n.startswith("rule:")]
    return {
        "logistic": Form(),
        "record-x-line": Form(pairs=products(record, line)),
        "rule-x-line": Form(pairs=products(rules, line)),
        "tree-pairs": Form(pairs=[(index[a], index[b]) for a, b in TREE_PAIRS]),
        "trees-3": Form(trees=(200, 3, 0.1)),
        "trees-4": Form(trees=(200, 4, 0.1)),
        "logistic+trees": Form(trees=(100, 3, 0.1), on_logistic=True),
    }


def main() -> int:
    wanted = sys.argv[1:]
    shared = ROOT.parent / "shared"
    if not fr.truth_path(shared, fr.TRAIN).is_file():
        print(f"compare_models: no {fr.TRAIN} corpus under {shared / 'corpus'}")
        return 2
    d, sizes = fr.examples(shared)
    for name, form in forms().items():
        if wanted and not any(name.startswith(w) for w in wanted):
            continue
        start = time.monotonic()
        r = cross_validate(form, d, sizes)
        cells = "  ".join(
            f"{k} P {r[k][0]:.4f} R {r[k][1]:.4f} F1 {r[k][2]:.4f}"
            for k in ("A", "B", "news A", "news B")
        )
        print(
            f"{name:<16} summed F1 {r['summed']:.4f}  veto {r['th'][0]:.2f} add {r['th'][1]:.2f}"
            f"  {cells}  ({time.monotonic() - start:.0f} s)",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
