"""The join model's features by name, and the rules it does not veto.

`FEATURES` names each 0/1 feature `_repair_model.features` sets for a break, in the order of
the fitted weights (``_repair_weights.py``): a feature is added here, given its test in
`_repair_model.features`, and the weights refitted (``python tools/fit_repair.py --write``).
Kept apart from the model so that the list, which grows each time evidence is added, and the
code that reads a break stay each within the module size the project allows.
"""

from __future__ import annotations

from typing import Final

from ._repair_registry import RULE_NAMES

FEATURES: Final = (
    "bias",
    *(f"rule:{name}" for name in RULE_NAMES),
    "prev:ends-full-stop",
    "prev:ends-other-stop",
    "prev:ends-colon",
    "prev:ends-semicolon",
    "prev:ends-comma",
    "prev:ends-unpunctuated",
    "prev:ends-closing-quote-or-bracket",
    "prev:ends-function-word",
    "prev:chars<30",
    "prev:chars<60",
    "prev:chars>=120",
    "prev:words<=4",
    "prev:heading-position",
    "prev:title-case",
    "prev:ends-uncased-letter",
    "next:starts-lower",
    "next:starts-upper",
    "next:starts-digit",
    "next:starts-punctuation",
    "next:starts-uncased",
    "next:punctuation-only",
    "next:short-unpunctuated",
    "next:ends-sentence",
    "next:chars<30",
    "next:chars>=120",
    "after:continues",
    "after:starts-upper",
    "after:none",
    "block:quote-open",
    "block:bracket-open",
    "record:stops>=0.8",
    "record:stops<0.5",
    "record:short-lines>=0.5",
    "record:hard-wrapped",
    "link-shape",
    "stop-then-link-shape",
    "list-shape",
    "long-unfinished-before-capital",
    "block:starts-lower",
    "after:ends-unpunctuated",
    "list-run",
    "link-sandwich",
    "record:continuations>=0.1",
    "prev:last-word-lower",
    "prev:last-word-capital",
    "prev:inner-punctuation",
    "next:inner-punctuation",
    "short-pair",
    "block:unpunctuated-run",
    "record:link-lines>=0.03",
    "record:link-lines>=0.1",
    "link-shape-in-linked-record",
    "unfinished-before-capital-in-linked-record",
    "link-shape-after-heading-position",
    "record:link-line-inside-sentence",
    "unfinished-before-capital-in-sentence-linked-record",
    "link-shape-in-sentence-linked-record",
    "prev:long-unfinished",
    "link-shape-after-long-unfinished",
    "link-shape-before-punctuation",
    "link-shape-then-sentence-end",
    "next:longer-link-shape",
    "link-shape-echoes-prev",
    "record:breaks-before-links",
    "link-shape-in-breaks-before-links-record",
    "unfinished-before-capital-in-breaks-before-links-record",
    "link-shape-after-heading-position-in-other-record",
    "amount-after-unfinished",
    "next:known-capital",
    "unfinished-before-known-capital",
    "unfinished-before-capital-in-noun-record",
    "long-unfinished-before-capital-in-noun-record",
    "abbreviation-before-lower",
    "prev:bracketed",
    "next:bracketed",
    "prev:address",
    "next:address",
    "colon-before-address",
    "title-before-capital",
    "quote-then-lower",
    "next:post-link",
    "latin-after-ideograph",
    "stop-then-uncased-link-shape",
    "clause-then-short",
    "unfinished-before-common-word",
    "phrase-said-together",
    "possessive-before-capital",
    "goes-on-after",
)
"""The model's features, all 0/1: see docs/repair.md."""

STRONG_RULES: Final = frozenset(
    {
        "punctuation-only-line",
        "opener-at-end",
        "closing-punctuation-start",
        "possessive-start",
        "closing-quote-start",
        "function-word-at-end",
        "lower-case-start",
        "parenthesis-continues",
        "dash-continues",
    }
)
"""Rules whose joins the model does not veto (but see `vetoable`): what they read
(punctuation, an article or a preposition at the end, a lower-case continuation after an
unfinished line) is grammar, not layout; the model still gives them a confidence.  (Vetoing
lower-case continuations everywhere would fix more of the general web's lists, but a paragraph
cut by links anywhere must come back whole: tests/property/test_repair.py.)"""
