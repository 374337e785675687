"""The fitted weights of the repair's join model (generated: do not edit by hand).

Regenerate from the repository root with ``python tools/fit_repair.py --write`` (see
tools/README.md); the features are documented in docs/repair.md.
"""

from typing import Final

FEATURES_FINGERPRINT: Final = "9690fe6a34895845"
DATA_FINGERPRINT: Final = "9a2cc356137f4eec"
EXAMPLES_FINGERPRINT: Final = "9c45341d0948a909"
"""What the weights were fitted on (`fit_repair.py --check` compares)."""

FEATURES: Final = (
    "bias",
    "rule:punctuation-only-line",
    "rule:opener-at-end",
    "rule:closing-punctuation-start",
    "rule:possessive-start",
    "rule:closing-quote-start",
    "rule:ellipsis-continues",
    "rule:lower-case-start",
    "rule:parenthesis-continues",
    "rule:dash-continues",
    "rule:lower-case-after-stop",
    "rule:function-word-at-end",
    "rule:open-bracket",
    "rule:link-text-line",
    "rule:uncased-mid-sentence",
    "rule:hard-wrap",
    "rule:unfinished-before-capital",
    "rule:sentence-end",
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
)

WEIGHTS: Final = (
    -1.6597,  # bias
    2.9702,  # rule:punctuation-only-line
    1.9455,  # rule:opener-at-end
    5.1400,  # rule:closing-punctuation-start
    4.1089,  # rule:possessive-start
    1.0469,  # rule:closing-quote-start
    -1.3731,  # rule:ellipsis-continues
    0.3038,  # rule:lower-case-start
    -1.1848,  # rule:parenthesis-continues
    1.0668,  # rule:dash-continues
    -0.9847,  # rule:lower-case-after-stop
    2.0440,  # rule:function-word-at-end
    -4.2605,  # rule:open-bracket
    -1.8221,  # rule:link-text-line
    -1.5611,  # rule:uncased-mid-sentence
    0.0000,  # rule:hard-wrap
    -2.3842,  # rule:unfinished-before-capital
    -1.9000,  # rule:sentence-end
    -1.4569,  # prev:ends-full-stop
    -2.5986,  # prev:ends-other-stop
    -1.0820,  # prev:ends-colon
    -0.9954,  # prev:ends-semicolon
    3.8091,  # prev:ends-comma
    1.2014,  # prev:ends-unpunctuated
    -0.6203,  # prev:ends-closing-quote-or-bracket
    -0.3725,  # prev:ends-function-word
    -0.1516,  # prev:chars<30
    0.1884,  # prev:chars<60
    -0.3417,  # prev:chars>=120
    0.9390,  # prev:words<=4
    0.6530,  # prev:heading-position
    -0.3266,  # prev:title-case
    1.5737,  # prev:ends-uncased-letter
    1.0344,  # next:starts-lower
    -1.4580,  # next:starts-upper
    -2.0322,  # next:starts-digit
    -0.3836,  # next:starts-punctuation
    0.5407,  # next:starts-uncased
    1.0696,  # next:punctuation-only
    1.0365,  # next:short-unpunctuated
    0.8669,  # next:ends-sentence
    0.7591,  # next:chars<30
    -0.6197,  # next:chars>=120
    1.6307,  # after:continues
    -0.2819,  # after:starts-upper
    -0.2692,  # after:none
    0.1439,  # block:quote-open
    4.3163,  # block:bracket-open
    -0.3038,  # record:stops>=0.8
    0.1168,  # record:stops<0.5
    0.0366,  # record:short-lines>=0.5
    0.0000,  # record:hard-wrapped
    -1.2690,  # link-shape
    -1.0930,  # stop-then-link-shape
    -0.7208,  # list-shape
    -0.7676,  # long-unfinished-before-capital
    -4.0405,  # block:starts-lower
    -0.1964,  # after:ends-unpunctuated
    -1.1199,  # list-run
    0.5549,  # link-sandwich
    0.8319,  # record:continuations>=0.1
    0.3471,  # prev:last-word-lower
    0.4014,  # prev:last-word-capital
    0.3328,  # prev:inner-punctuation
    -0.2239,  # next:inner-punctuation
    -0.3205,  # short-pair
    1.3546,  # block:unpunctuated-run
    0.2873,  # record:link-lines>=0.03
    1.0360,  # record:link-lines>=0.1
    0.3499,  # link-shape-in-linked-record
    0.5525,  # unfinished-before-capital-in-linked-record
    -0.4632,  # link-shape-after-heading-position
    0.2326,  # record:link-line-inside-sentence
    -0.6216,  # unfinished-before-capital-in-sentence-linked-record
    0.7960,  # link-shape-in-sentence-linked-record
    0.7918,  # prev:long-unfinished
    1.0834,  # link-shape-after-long-unfinished
    1.5598,  # link-shape-before-punctuation
    0.6000,  # link-shape-then-sentence-end
    0.3560,  # next:longer-link-shape
    -1.2228,  # link-shape-echoes-prev
    -0.4299,  # record:breaks-before-links
    0.3751,  # link-shape-in-breaks-before-links-record
    0.4243,  # unfinished-before-capital-in-breaks-before-links-record
    -0.5895,  # link-shape-after-heading-position-in-other-record
    -0.5309,  # amount-after-unfinished
    0.7607,  # next:known-capital
    0.2014,  # unfinished-before-known-capital
    -0.7253,  # unfinished-before-capital-in-noun-record
    0.8024,  # long-unfinished-before-capital-in-noun-record
    1.2131,  # abbreviation-before-lower
    0.4078,  # prev:bracketed
    1.6473,  # next:bracketed
    -1.5072,  # prev:address
    -1.0721,  # next:address
    4.3617,  # colon-before-address
    7.4356,  # title-before-capital
    6.1205,  # quote-then-lower
    6.3981,  # next:post-link
)

VETO_BELOW: Final = 0.45
"""A join proposed by a rule is kept back when the join probability is below this."""
JOIN_FROM: Final = 0.75
"""A break the rules kept is joined when the join probability is at least this."""
