#!/usr/bin/env python3
"""Fit the join model of the line repair on the dev corpora; write src/newsdump/_repair_weights.py.

Run from the repository root (see tools/README.md)::

    python tools/fit_repair.py            # fit, cross-validate, print; --write to save the weights

The corpora are read from ``../shared/corpus`` (``--shared`` to point elsewhere) and never copied:
only the fitted weights are written.  The model is a logistic regression over the 0/1 features
of `newsdump._repair_model.FEATURES`, fitted by full-batch gradient descent (Adam) with an L2
penalty, in plain Python: identical feature vectors are counted once with their join/break
tallies, which makes a fit take seconds.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import math
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsdump import _repair_weights  # noqa: E402
from newsdump._repair import repair  # noqa: E402
from newsdump._repair_context import Break  # noqa: E402
from newsdump._repair_model import FEATURES, JoinPolicy, Verdict, features, vetoable  # noqa: E402
from newsdump._repair_rules import Decision  # noqa: E402

CORPORA = ("dev-news", "dev-web")
MODELS = ("A", "B")
NEWS_WEIGHT = 3.0
"""dev-news counts this much per example: it is the primary target and 5 times smaller."""
L2 = 1.0
"""Penalty on the squared weights (the bias excepted), in units of weighted examples."""
ITERATIONS = 600
PRECISION_FLOORS = {"A": 0.995, "B": 0.99}
"""The threshold is the lowest that keeps join precision on dev-news at least this per scraper
model (the targets are 0.995 and 0.99: a margin is kept)."""

Tally = Counter[tuple[int, ...]]
"""Feature vector -> [breaks, joins] (as two Counters)."""


Thresholds = tuple[float, float]
"""(veto, add): a rule's join stands when p >= veto; a break the rules kept is joined when
p >= add."""


class Data:
    """The model's training examples of one corpus and scraper model, grouped by feature vector."""

    def __init__(self) -> None:
        self.neg: Tally = Counter()
        self.pos: Tally = Counter()
        self.true_joins = 0
        """Every join of the truth, including those the model never sees (set-aside, fast path)."""

    def add(self, other: Data) -> Data:
        out = Data()
        out.neg = self.neg + other.neg
        out.pos = self.pos + other.pos
        out.true_joins = self.true_joins + other.true_joins
        return out


class Teacher(JoinPolicy):
    """The policy the walk follows while the examples are gathered: it records, for each break
    the model judges, the features and the truth (the examples), then answers with the truth
    (teacher forcing) or, with ``follow``, with that policy's decision."""

    __slots__ = ("data", "follow", "para")

    def __init__(self, data: Data, para: list[int], follow: JoinPolicy | None) -> None:
        super().__init__()
        self.data = data
        self.para = para
        """The paragraph of each line of the record (1-based line ``n`` is ``para[n - 1]``)."""
        self.follow = follow

    def decide(self, b: Break, d: Decision) -> Verdict:
        feats = features(b, d.rule)
        join = self.para[b.prev_line - 1] == self.para[b.line - 1]
        kind = -2 if not d.join else -1 if vetoable(d.rule, feats) else -3
        (self.data.pos if join else self.data.neg)[(*feats, kind)] += 1
        if self.follow is None:
            return (join, self.score(feats), True)
        return self.follow.judge(self.follow.score(feats), d, feats)


def load(shared: Path, corpus: str, model: str, policy: JoinPolicy | None = None) -> Data:
    """The examples of one corpus and model.  Without ``policy`` the walk follows the truth
    (teacher forcing); with one it follows that policy's decisions, so that the features that
    depend on earlier decisions (the block so far) look as they will at run time."""
    truth = json.loads(truth_path(shared, corpus).read_text(encoding="utf-8"))
    data = Data()
    for _name, rec in sorted(truth[model].items()):
        lines: list[str] = []
        para: list[int] = []
        for k, p in enumerate(rec["paragraphs"]):
            for x in p["lines"]:
                lines.append(x)
                para.append(k)
        kept = [i for i, x in enumerate(lines) if x.strip()]
        data.true_joins += sum(1 for a, b in itertools.pairwise(kept) if para[a] == para[b])
        repair(lines, policy=Teacher(data, para, policy))
    return data


def truth_path(shared: Path, corpus: str) -> Path:
    return shared / "corpus" / corpus / "truth.json"


def _digest(parts: Iterable[bytes]) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(len(part).to_bytes(8, "little"))
        h.update(part)
    return h.hexdigest()[:16]


def features_fingerprint() -> str:
    """The feature list, as the weights are indexed by it."""
    return _digest(name.encode() for name in FEATURES)


def data_fingerprint(shared: Path) -> str:
    """The training data: the truth files of the corpora the fit reads."""
    return _digest(truth_path(shared, c).read_bytes() for c in CORPORA)


def examples_fingerprint(d: dict[tuple[str, str], Data]) -> str:
    """The teacher-forced examples (feature vectors and truth): they change when a feature's
    definition or a rule changes, even when the names of the features do not."""

    def rows() -> Iterable[bytes]:
        for key in sorted(d):
            data = d[key]
            yield repr((key, data.true_joins)).encode()
            for f in sorted(set(data.neg) | set(data.pos)):
                yield repr((f, data.neg[f], data.pos[f])).encode()

    return _digest(rows())


def fit(parts: Iterable[tuple[Data, float]]) -> list[float]:
    """Weighted, L2-penalised logistic regression by full-batch Adam."""
    rows: list[tuple[tuple[int, ...], float, float]] = []  # features, weight of 0s, weight of 1s
    for data, w in parts:
        for f in set(data.neg) | set(data.pos):
            rows.append((f[:-1], w * data.neg[f], w * data.pos[f]))
    n = len(FEATURES)
    theta = [0.0] * n
    m = [0.0] * n
    v = [0.0] * n
    total = sum(a + b for _, a, b in rows)
    lr, b1, b2 = 0.1, 0.9, 0.999
    for t in range(1, ITERATIONS + 1):
        grad = [0.0] * n
        for f, w0, w1 in rows:
            z = sum(theta[k] for k in f)
            p = 1.0 / (1.0 + math.exp(-z)) if z > -40 else 0.0
            g = (w0 + w1) * p - w1
            for k in f:
                grad[k] += g
        for k in range(n):
            gk = grad[k] / total + (L2 * theta[k] / total if k else 0.0)
            m[k] = b1 * m[k] + (1 - b1) * gk
            v[k] = b2 * v[k] + (1 - b2) * gk * gk
            theta[k] -= lr * (m[k] / (1 - b1**t)) / (math.sqrt(v[k] / (1 - b2**t)) + 1e-8)
    return theta


def scores(theta: list[float], data: Data) -> list[tuple[float, int, int, int]]:
    """(probability, -1/-2/-3 for a rule join/no join/strong join, breaks, joins) per vector."""
    out = []
    for f in set(data.neg) | set(data.pos):
        z = sum(theta[k] for k in f[:-1])
        p = 1.0 / (1.0 + math.exp(-z)) if z > -40 else 0.0
        out.append((p, f[-1], data.neg[f], data.pos[f]))
    return out


def measure(theta: list[float], data: Data, th: Thresholds) -> tuple[float, float, float]:
    tp = fp = 0
    veto, add = th
    for p, kind, neg, pos in scores(theta, data):
        if kind == -3 or p >= (veto if kind == -1 else add):
            tp += pos
            fp += neg
    prec = tp / (tp + fp) if tp + fp else 1.0
    rec = tp / data.true_joins if data.true_joins else 1.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return prec, rec, f1


def choose_threshold(
    theta: list[float], floors: list[tuple[Data, float]], target: list[Data]
) -> Thresholds:
    """The (veto, add) pair with the best summed F1 on ``target`` among those keeping the
    precision of each of ``floors`` at its floor (veto 0.05 … 0.60 in steps of 0.05, add
    0.50 … 0.95 in steps of 0.01)."""
    best: tuple[float, Thresholds] = (-1.0, (0.5, 0.95))
    for v in range(5, 61, 5):
        for a in range(50, 96):
            th = (v / 100, a / 100)
            if any(measure(theta, data, th)[0] < floor for data, floor in floors):
                continue
            score = sum(measure(theta, data, th)[2] for data in target)
            if score > best[0]:
                best = (score, th)
    return best[1]


def row(label: str, theta: list[float], data: Data, th: Thresholds) -> str:
    p, r, f = measure(theta, data, th)
    return f"  {label:<34} P={p:.4f} R={r:.4f} F1={f:.4f}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--write", action="store_true", help="write src/newsdump/_repair_weights.py")
    ap.add_argument(
        "--check",
        action="store_true",
        help="exit 1 when the committed weights' fingerprints (features, data, examples) are "
        "not those of the current code and corpora (seconds; 0 with a message without them)",
    )
    ap.add_argument(
        "--refit",
        action="store_true",
        help="with --check: also refit and compare the weights themselves (over a minute)",
    )
    args = ap.parse_args()
    if not all(truth_path(args.shared, c).is_file() for c in CORPORA):
        print(f"fit_repair: no corpora under {args.shared / 'corpus'}: nothing to fit or check")
        return 0 if args.check else 2
    d = {(c, m): load(args.shared, c, m) for c in CORPORA for m in MODELS}
    prints = {
        "FEATURES_FINGERPRINT": features_fingerprint(),
        "DATA_FINGERPRINT": data_fingerprint(args.shared),
        "EXAMPLES_FINGERPRINT": examples_fingerprint(d),
    }
    if args.check:
        stale = [
            f"{name}: committed {getattr(_repair_weights, name, None)}, now {value}"
            for name, value in prints.items()
            if getattr(_repair_weights, name, None) != value
        ]
        if tuple(_repair_weights.FEATURES) != FEATURES:
            stale.append("FEATURES: the committed weights name other features")
        if not stale and args.refit:
            theta, th = final_fit(args.shared, d, quiet=True)
            now = [f"{w:.4f}" for w in (*theta, *th)]
            committed = [
                f"{w:.4f}"
                for w in (
                    *_repair_weights.WEIGHTS,
                    _repair_weights.VETO_BELOW,
                    _repair_weights.JOIN_FROM,
                )
            ]
            if now != committed:
                changed = sum(a != b for a, b in zip(now, committed, strict=True))
                stale.append(f"WEIGHTS: a refit changes {changed} of the weights and thresholds")
        for line in stale:
            print(f"fit_repair --check: {line}")
        if stale:
            print("fit_repair --check: refit with `python tools/fit_repair.py --write`")
            return 1
        print("fit_repair --check: the committed weights match the features and the data")
        return 0
    theta, th = final_fit(args.shared, d, quiet=False)
    if args.write:
        WEIGHTS_FILE.write_text(render(theta, th, prints), encoding="utf-8")
        print(f"wrote {WEIGHTS_FILE.relative_to(ROOT)}")
    return 0


def final_fit(
    shared: Path, d: dict[tuple[str, str], Data], *, quiet: bool
) -> tuple[list[float], Thresholds]:
    """The cross-validation (printed unless ``quiet``) and the final fit, from the teacher-forced
    examples ``d``."""
    if not quiet:
        for (c, m), data in d.items():
            print(
                f"{c} {m}: {sum(data.neg.values()) + sum(data.pos.values())} breaks judged by "
                f"the model, {data.true_joins} true joins in all"
            )
    # one round of on-policy data (DAgger): walk with the first fit's decisions, add the examples
    news = d["dev-news", "A"].add(d["dev-news", "B"])
    web = d["dev-web", "A"].add(d["dev-web", "B"])
    theta = fit([(news, NEWS_WEIGHT), (web, 1.0)])
    floors = [(d["dev-news", m], PRECISION_FLOORS[m]) for m in MODELS]
    th = choose_threshold(theta, floors, [news, news, web])
    first = JoinPolicy(theta, veto_below=th[0], join_from=th[1])
    d = {k: v.add(load(shared, *k, policy=first)) for k, v in d.items()}
    news = d["dev-news", "A"].add(d["dev-news", "B"])
    web = d["dev-web", "A"].add(d["dev-web", "B"])
    model_a = d["dev-news", "A"].add(d["dev-web", "A"])
    model_b = d["dev-news", "B"].add(d["dev-web", "B"])
    news_floors = [(d["dev-news", m], PRECISION_FLOORS[m]) for m in MODELS]

    if not quiet:
        cross_validate(d, news, web, model_a, model_b, news_floors)

    theta = fit([(news, NEWS_WEIGHT), (web, 1.0)])
    th = choose_threshold(theta, news_floors, [news, news, web])
    if not quiet:
        print(
            f"final fit on both corpora (dev-news weighted {NEWS_WEIGHT:g}),"
            f" thresholds veto {th[0]:.2f}, add {th[1]:.2f}"
        )
        for (c, m), data in d.items():
            print(row(f"{c} {m} (training data)", theta, data, th))
    return theta, th


def cross_validate(
    d: dict[tuple[str, str], Data],
    news: Data,
    web: Data,
    model_a: Data,
    model_b: Data,
    news_floors: list[tuple[Data, float]],
) -> None:
    """Print the cross-validation: each fit picks its own thresholds on its training data."""
    print("cross-validation (break-level, on the breaks the model judges; recall over all joins)")
    theta = fit([(web, 1.0)])
    th = choose_threshold(theta, [], [web])
    print(f" train dev-web -> test dev-news (thresholds veto {th[0]:.2f}, add {th[1]:.2f})")
    print(row("dev-news A", theta, d["dev-news", "A"], th))
    print(row("dev-news B", theta, d["dev-news", "B"], th))
    theta = fit([(news, 1.0)])
    th = choose_threshold(theta, news_floors, [news])
    print(f" train dev-news -> test dev-web (thresholds veto {th[0]:.2f}, add {th[1]:.2f})")
    print(row("dev-web A", theta, d["dev-web", "A"], th))
    print(row("dev-web B", theta, d["dev-web", "B"], th))
    for train, _test, name_tr, name_te in (
        (model_a, model_b, "A", "B"),
        (model_b, model_a, "B", "A"),
    ):
        theta = fit([(train, 1.0)])
        th = choose_threshold(theta, [], [train])
        print(
            f" train model {name_tr} -> test model {name_te}"
            f" (thresholds veto {th[0]:.2f}, add {th[1]:.2f})"
        )
        te = name_te
        print(row(f"dev-news {te}", theta, d["dev-news", te], th))
        print(row(f"dev-web {te}", theta, d["dev-web", te], th))


WEIGHTS_FILE = ROOT / "src" / "newsdump" / "_repair_weights.py"


def render(theta: Sequence[float], th: Thresholds, prints: dict[str, str], note: str = "") -> str:
    """The text of ``_repair_weights.py`` for weights ``theta``, thresholds ``th`` and the
    fingerprints ``prints`` of what they were fitted on."""
    lines = [
        '"""The fitted weights of the repair\'s join model (generated: do not edit by hand).',
        "",
        "Regenerate from the repository root with ``python tools/fit_repair.py --write`` (see",
        "tools/README.md); the features are documented in docs/repair.md.",
        *(["", *note.splitlines()] if note else []),
        '"""',
        "",
        "from typing import Final",
        "",
        *(f'{name}: Final = "{value}"' for name, value in prints.items()),
        '"""What the weights were fitted on (`fit_repair.py --check` compares)."""',
        "",
        "FEATURES: Final = (",
        *(f'    "{f}",' for f in FEATURES),
        ")",
        "",
        "WEIGHTS: Final = (",
        *(f"    {w:.4f},  # {f}" for f, w in zip(FEATURES, theta, strict=True)),
        ")",
        "",
        f"VETO_BELOW: Final = {th[0]:.2f}",
        '"""A join proposed by a rule is kept back when the join probability is below this."""',
        f"JOIN_FROM: Final = {th[1]:.2f}",
        '"""A break the rules kept is joined when the join probability is at least this."""',
        "",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
