"""The "easy break": a bound on the join model's score that spares computing its features.

Half the breaks the model scores follow a finished sentence and were kept by the rules without
a word (``sentence-end``, confidence 0); the model all but always keeps them too, and then no
`Edit` is recorded.  `EasyBound.keeps` proves that outcome without the features: it adds up the
weights that are known from cheap facts of the break and, for every other feature, the largest
value it could add (its weight when positive).  When that upper bound on the score is below
both the join threshold and the score at which a kept break is recorded, the verdict is the
same as the model's: keep, nothing recorded.  Otherwise the model runs as before, so the
output is identical whatever the weights (the bound is computed from them: a refit keeps it
exact).

The bound mirrors `_repair_model.features` for breaks after a sentence stop: each feature is
either known (its test repeated here, all of them cheap), impossible after a stop (its test
needs an unfinished line), possible only under a cheap necessary condition, or, for any feature
this table does not name (a feature added later), always possible.  tests/test_fast_paths.py
checks the bound against the model's score on every break of the fixtures and corpora.
"""

from __future__ import annotations

import functools
import math
from typing import Final

from ._repair_context import Break
from ._repair_model import DEFAULT_POLICY, FEATURES, KEEP_RECORDED, JoinPolicy
from ._repair_rules import Decision

EASY_SCORE: Final = -math.inf
"""The score the walk gives a break `EasyBound.keeps` decided: below every threshold."""

_MARGIN: Final = 1e-9
"""The bound sums the weights in another order than the model: a margin far above the
rounding error of a sum of ~90 floats."""

_ENDS: Final = ("prev:ends-full-stop", "prev:ends-other-stop")

_IMPOSSIBLE: Final = frozenset(
    {
        # one of the six prev:ends-* features is on: the stop's (known)
        "prev:ends-comma",
        "prev:ends-unpunctuated",
        "prev:ends-colon",
        "prev:ends-semicolon",
        # tested only after an unfinished line (``not pt``) or a colon
        "prev:heading-position",
        "prev:title-case",
        "amount-after-unfinished",
        "list-shape",
        "long-unfinished-before-capital",
        "list-run",
        "link-sandwich",
        "prev:last-word-lower",
        "prev:last-word-capital",
        "prev:long-unfinished",
        "link-shape-after-long-unfinished",
        "link-shape-echoes-prev",
        "unfinished-before-known-capital",
        "unfinished-before-capital-in-noun-record",
        "long-unfinished-before-capital-in-noun-record",
        "colon-before-address",
        # known exactly (below)
        "prev:ends-closing-quote-or-bracket",
        "prev:ends-function-word",
        "prev:chars<30",
        "prev:chars<60",
        "prev:chars>=120",
        "prev:words<=4",
        "next:starts-lower",
        "next:starts-upper",
        "next:starts-digit",
        "next:starts-uncased",
        "next:starts-punctuation",
        "next:ends-sentence",
        "next:chars<30",
        "next:chars>=120",
        "after:none",
        "after:continues",
        "after:starts-upper",
        "block:quote-open",
        "block:bracket-open",
        "record:hard-wrapped",
        "block:starts-lower",
        "after:ends-unpunctuated",
        "short-pair",
        "block:unpunctuated-run",
    }
)
"""Features whose value after a sentence stop is 0 or known here (not in the generic sum)."""

# Features possible only under a cheap necessary condition (their positive weight is added
# when it holds).
_LINK_SHAPED: Final = (
    "link-shape",
    "stop-then-link-shape",
    "link-shape-in-linked-record",
    "link-shape-after-heading-position",
    "link-shape-in-sentence-linked-record",
    "link-shape-before-punctuation",
    "link-shape-then-sentence-end",
    "link-shape-in-breaks-before-links-record",
    "link-shape-after-heading-position-in-other-record",
    "next:longer-link-shape",
    "next:known-capital",
)
"""Need the line after to continue and ``nxt`` to be unfinished (a link's shape)."""
_UNFINISHED_RULE: Final = (
    "unfinished-before-capital-in-linked-record",
    "unfinished-before-capital-in-sentence-linked-record",
    "unfinished-before-capital-in-breaks-before-links-record",
)
"""Need the rule ``unfinished-before-capital``."""
_CONDITIONAL: Final = frozenset(
    {
        *_LINK_SHAPED,
        *_UNFINISHED_RULE,
        "next:short-unpunctuated",  # nxt unfinished
        "next:punctuation-only",  # nxt starts with punctuation
        "prev:ends-uncased-letter",  # prev ends in a letter
        "abbreviation-before-lower",  # a full stop before a lower-case start
        "prev:bracketed",  # prev ends in a bracket
        "next:bracketed",  # nxt starts with one
        "prev:address",  # prev is one word
        "next:address",  # nxt is one word
        "prev:inner-punctuation",
        "next:inner-punctuation",
    }
)


_RECORD: Final = frozenset(
    {
        "record:stops>=0.8",
        "record:stops<0.5",
        "record:short-lines>=0.5",
        "record:continuations>=0.1",
        "record:breaks-before-links",
        "record:link-line-inside-sentence",
        "record:link-lines>=0.1",
        "record:link-lines>=0.03",
    }
)
"""The record's facts (`LineFacts.record`): known, added from ``Break.record``."""


class EasyBound:
    """The bound for one policy's weights (see the module docstring)."""

    __slots__ = ("always", "index", "limit", "pos", "rule", "w")

    def __init__(self, policy: JoinPolicy) -> None:
        w = list(policy.weights)
        index = {name: k for k, name in enumerate(FEATURES)}
        self.w = w
        self.index = index
        self.pos = {name: max(w[index[name]], 0.0) for name in _CONDITIONAL}
        """The most each conditional feature can add."""
        self.rule = {name[5:]: w[0] + w[k] for name, k in index.items() if name.startswith("rule:")}
        """Bias plus the rule's weight."""
        known = _IMPOSSIBLE | _CONDITIONAL | _RECORD | {"bias"} | set(_ENDS)
        self.always = sum(
            max(w[k], 0.0)
            for name, k in index.items()
            if name not in known and not name.startswith("rule:")
        )
        """The most every feature this table does not name can add together."""
        # a kept break is recorded from round(p, 3) >= KEEP_RECORDED: a p below KEEP_RECORDED
        # less a thousandth rounds below it
        below = KEEP_RECORDED - 0.001
        self.limit = min(policy.join_logit, math.log(below / (1 - below))) - _MARGIN
        """Scores below this are kept by the model without a record."""

    def keeps(self, b: Break, d: Decision) -> bool:
        """Whether the model's verdict on break ``b``, which ``d`` proposed, is surely: keep,
        nothing recorded."""
        return self.bound(b, d) < self.limit

    def bound(self, b: Break, d: Decision) -> float:
        """An upper bound on the model's score of break ``b``; infinite outside the bound's
        domain: a rule's keep without confidence after a sentence stop."""
        pt = b.prev_term
        if d.join or d.confidence > 0 or not pt or pt in ":;":
            return math.inf
        w, index, pos = self.w, self.index, self.pos
        z = self.rule[d.rule] + self.always
        for name in b.record:
            z += w[index[name]]
        z += w[index[_ENDS[0] if pt == "." else _ENDS[1]]]
        prev, nxt = b.prev, b.nxt
        last = prev[-1]
        if last in "\"'”’»)]":
            z += w[index["prev:ends-closing-quote-or-bracket"]]
            if last in ")]":
                z += pos["prev:bracketed"]
        if b.prev_fw:
            z += w[index["prev:ends-function-word"]]
        if last.isalpha():
            z += pos["prev:ends-uncased-letter"]
        lp = len(prev)
        if lp < 30:
            z += w[index["prev:chars<30"]]
        elif lp < 60:
            z += w[index["prev:chars<60"]]
        elif lp >= 120:
            z += w[index["prev:chars>=120"]]
        pw = prev.count(" ") + 1
        if pw <= 4:
            z += w[index["prev:words<=4"]]
        if pw == 1:
            z += pos["prev:address"]
        c = nxt[0]
        if c.islower():
            z += w[index["next:starts-lower"]]
            if pt == ".":
                z += pos["abbreviation-before-lower"]
        elif c.isupper() or c.istitle():
            z += w[index["next:starts-upper"]]
        elif c.isdigit():
            z += w[index["next:starts-digit"]]
        elif c.isalpha():
            z += w[index["next:starts-uncased"]]
        else:
            z += w[index["next:starts-punctuation"]] + pos["next:punctuation-only"]
            if c in "([":
                z += pos["next:bracketed"]
        nxt_term = b.nxt_term
        if nxt_term:
            z += w[index["next:ends-sentence"]]
        else:
            z += pos["next:short-unpunctuated"]
        if " " not in nxt:
            z += pos["next:address"]
        ln = len(nxt)
        if ln < 30:
            z += w[index["next:chars<30"]]
        elif ln >= 120:
            z += w[index["next:chars>=120"]]
        if lp < 60 and ln < 60:
            z += w[index["short-pair"]]
        after = b.after
        if not after:
            z += w[index["after:none"]]
        elif b.after_cont:
            z += w[index["after:continues"]]
        elif after[0].isupper():
            z += w[index["after:starts-upper"]]
        if after and not b.after_term:
            z += w[index["after:ends-unpunctuated"]]
        if b.after_cont and not nxt_term:
            for name in _LINK_SHAPED:
                z += pos[name]
        if d.rule == "unfinished-before-capital":
            for name in _UNFINISHED_RULE:
                z += pos[name]
        q = b.quotes
        if q.is_open():
            z += w[index["block:quote-open"]]
        if q.depth:
            z += w[index["block:bracket-open"]]
        if b.wrap_width:
            z += w[index["record:hard-wrapped"]]
        start = b.block_start
        if start[0].islower() and not start[1:2].isupper():
            z += w[index["block:starts-lower"]]
        if b.block_run:
            z += w[index["block:unpunctuated-run"]]
        return z + pos["prev:inner-punctuation"] + pos["next:inner-punctuation"]


@functools.cache  # the fitted weights never change: worked out once, on first use
def default_bound() -> EasyBound:
    """The bound for `DEFAULT_POLICY`."""
    return EasyBound(DEFAULT_POLICY)
