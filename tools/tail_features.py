"""Features of the page's tail after the article's last prose, for `fit_junk.py` (issue #19).

An experiment, kept so that it can be run again: `_repair_bounds` finds the article's stretch
and sets aside, by hand rules, what follows it from the first sign of the page's tail.  Between
the last prose paragraph and that sign a page keeps related headlines, short teasers, author
boxes and footers that, line by line, look like the short closing lines, sub-headings and lists
an article ends with.  `tail_rows` reads each run of lines after the stretch (a unit: a line and
the lines cut from it at links) with its neighbours and its place in the record: its length and
punctuation, its function words, capitals and digits, how far it lies from the last prose, how
much prose follows it, whether the hand rules set it aside, whether the lines around it are set
aside, whether the units near it start alike (a list's items).  `fit_junk.py` fits a logistic
model on them leaving one source of junk-dev out; it did not beat the hand rules out of sample
(docs/junk.md), so the package does not use it.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from typing import Final

from newsdump import _text as tx
from newsdump._repair_tail_words import STAMP, has_cue

_DIGIT: Final = re.compile(r"\d")

__all__ = ["FEATURES", "tail_rows"]

FEATURES = (
    "rule",
    "prose",
    "finished",
    "colon",
    "question",
    "log_chars",
    "few_words",
    "function_share",
    "capital_share",
    "digit",
    "stamp",
    "log_lines_after",
    "log_chars_after",
    "prose_follows",
    "log_prose_follows",
    "after_sign",
    "prev_aside",
    "next_aside",
    "log_run",
    "blank_layout",
    "cut",
    "aside_share",
    "lower_start",
    "rel_length",
    "cue",
    "shape_share",
    "inside_nonprose",
    "footnote",
)
"""The names of a unit's features, in the order of `tail_rows`' rows and of the weights."""


def _word_shares(text: str) -> tuple[float, float]:
    """The share of a unit's words that are function words and that start with a capital."""
    words = text.split()
    if not words:
        return 0.0, 0.0
    fw = tx.FUNCTION_WORDS
    hits = caps = 0
    for w in words:
        if w.lower().strip(".,;:!?\"'()«»„“”") in fw:
            hits += 1
        if w[0].isupper():
            caps += 1
    return hits / len(words), caps / len(words)


def _shape_share(shapes: Sequence[str], region: Sequence[tuple[int, int, bool]], k: int) -> float:
    """The share of the units near unit ``k`` (three on each side, not prose) that start like it
    (digits read as one): the items of a list an article ends with (a calendar, footnotes,
    results) start alike, a page's teasers and headlines seldom."""
    near = [j for j in range(max(0, k - 3), min(len(region), k + 4)) if j != k and not region[j][2]]
    if not near:
        return 0.0
    return sum(shapes[j] == shapes[k] for j in near) / len(near)


def tail_rows(
    texts: Sequence[str],
    units: Sequence[tuple[int, int, bool]],
    first: int,
    stretch_end: int,
    tail_start: int,
    aside: Sequence[bool],
    fixed: Sequence[bool],
    blank_layout: bool,
) -> list[tuple[int, int, list[float]]]:
    """For each unit after the article's stretch (``stretch_end``: the line after its last) that
    no rule set aside by its words (``fixed``), its first line, the line after its last and its
    features (`FEATURES`); ``tail_start``: the first sign of the page's tail, ``aside``: whether
    the hand rules set each line aside."""
    k0 = next((k for k, u in enumerate(units) if u[0] >= stretch_end), len(units))
    region = units[k0:]
    if not region:
        return []
    sizes = [sum(len(texts[i]) for i in range(a, b)) + b - a - 1 for a, b, _ in region]
    prose_sizes = [sum(len(texts[i]) for i in range(a, b)) for a, b, good in units if good]
    mean_prose = sum(prose_sizes) / len(prose_sizes) if prose_sizes else 200.0
    prose_after = [0] * (len(region) + 1)
    for k in range(len(region) - 1, -1, -1):
        prose_after[k] = prose_after[k + 1] + (sizes[k] if region[k][2] else 0)
    inside = [good for a, _, good in units[:k0] if a >= first]
    inside_nonprose = inside.count(False) / len(inside) if inside else 0.0
    shapes = [_DIGIT.sub("0", texts[a][:4]) for a, _, _ in region]
    rows: list[tuple[int, int, list[float]]] = []
    chars_before = run = set_aside = 0
    for k, (a, b, good) in enumerate(region):
        if not good:
            run += 1
        else:
            run = 0
        if fixed[a]:
            set_aside += 1
            chars_before += sizes[k]
            continue
        text = texts[a] if b == a + 1 else " ".join(texts[a:b])
        # the run of units that are not prose this one is in (to its end)
        end_run = k
        while not good and end_run + 1 < len(region) and not region[end_run + 1][2]:
            end_run += 1
        fw_share, cap_share = _word_shares(text)
        last = text[-1]
        rows.append(
            (
                a,
                b,
                [
                    float(aside[a]),
                    float(good),
                    float(tx.ends_sentence(text)),
                    float(last == ":"),
                    float(last == "?"),
                    math.log1p(len(text)) / 5,
                    float(text.count(" ") < 3),
                    fw_share,
                    cap_share,
                    float(any(c.isdigit() for c in text)),
                    float(STAMP.search(text) is not None),
                    math.log1p(k) / 3,
                    math.log1p(chars_before / 100) / 3,
                    float(prose_after[k + 1] > 0),
                    math.log1p(prose_after[k + 1] / 100) / 3,
                    float(a >= tail_start),
                    float(a > 0 and (aside[a - 1] or fixed[a - 1])),
                    float(b < len(texts) and (aside[b] or fixed[b])),
                    0.0 if good else math.log1p(run + end_run - k) / 2,
                    float(blank_layout),
                    float(b - a > 1),
                    set_aside / k if k else 0.0,
                    float(text[0].islower()),
                    max(-3.0, min(3.0, math.log((len(text) + 1) / (mean_prose + 1)))),
                    float(text.count(" ") < 10 and has_cue(text.lower())),
                    _shape_share(shapes, region, k),
                    inside_nonprose,
                    float(text[-1] in "↩]" or text[0] in "[^*"),
                ],
            )
        )
        if aside[a]:
            set_aside += 1
        chars_before += sizes[k]
    return rows
