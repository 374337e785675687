"""The fitted weights of the repair's join model (generated: do not edit by hand).

Regenerate from the repository root with ``python tools/fit_repair.py --write`` (see
tools/README.md); the features are documented in docs/repair.md.
"""

from typing import Final

FEATURES_FINGERPRINT: Final = "69cfe3b78c1d27f1"
DATA_FINGERPRINT: Final = "9a2cc356137f4eec"
EXAMPLES_FINGERPRINT: Final = "ffb0689dbbcb4342"
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
    "latin-after-ideograph",
    "stop-then-uncased-link-shape",
)

WEIGHTS: Final = (
    -1.8831,  # bias
    2.8184,  # rule:punctuation-only-line
    2.0975,  # rule:opener-at-end
    5.0258,  # rule:closing-punctuation-start
    3.9929,  # rule:possessive-start
    0.8719,  # rule:closing-quote-start
    -1.3325,  # rule:ellipsis-continues
    0.2388,  # rule:lower-case-start
    -1.3753,  # rule:parenthesis-continues
    0.9321,  # rule:dash-continues
    -1.0046,  # rule:lower-case-after-stop
    2.1181,  # rule:function-word-at-end
    -4.1700,  # rule:open-bracket
    -1.8485,  # rule:link-text-line
    -1.1108,  # rule:uncased-mid-sentence
    0.0000,  # rule:hard-wrap
    -2.4010,  # rule:unfinished-before-capital
    -1.9248,  # rule:sentence-end
    -1.5209,  # prev:ends-full-stop
    -2.4862,  # prev:ends-other-stop
    -1.0725,  # prev:ends-colon
    -0.9336,  # prev:ends-semicolon
    4.1298,  # prev:ends-comma
    0.9586,  # prev:ends-unpunctuated
    -0.3975,  # prev:ends-closing-quote-or-bracket
    -0.4097,  # prev:ends-function-word
    0.0920,  # prev:chars<30
    0.1946,  # prev:chars<60
    -0.3740,  # prev:chars>=120
    0.7067,  # prev:words<=4
    0.6662,  # prev:heading-position
    -0.2916,  # prev:title-case
    1.3864,  # prev:ends-uncased-letter
    0.9544,  # next:starts-lower
    -1.5780,  # next:starts-upper
    -2.3660,  # next:starts-digit
    -0.3120,  # next:starts-punctuation
    0.8543,  # next:starts-uncased
    1.0850,  # next:punctuation-only
    0.9860,  # next:short-unpunctuated
    0.8791,  # next:ends-sentence
    0.7355,  # next:chars<30
    -0.6488,  # next:chars>=120
    1.7734,  # after:continues
    -0.0794,  # after:starts-upper
    -0.1068,  # after:none
    0.2028,  # block:quote-open
    4.2604,  # block:bracket-open
    -0.2458,  # record:stops>=0.8
    0.0848,  # record:stops<0.5
    0.0118,  # record:short-lines>=0.5
    0.0000,  # record:hard-wrapped
    -1.1857,  # link-shape
    -0.9539,  # stop-then-link-shape
    -0.9211,  # list-shape
    -0.8249,  # long-unfinished-before-capital
    -4.0049,  # block:starts-lower
    -0.1322,  # after:ends-unpunctuated
    -1.1209,  # list-run
    0.6000,  # link-sandwich
    0.9389,  # record:continuations>=0.1
    0.6265,  # prev:last-word-lower
    0.6777,  # prev:last-word-capital
    0.4017,  # prev:inner-punctuation
    -0.2061,  # next:inner-punctuation
    -0.2065,  # short-pair
    1.4026,  # block:unpunctuated-run
    0.2387,  # record:link-lines>=0.03
    1.0347,  # record:link-lines>=0.1
    0.4447,  # link-shape-in-linked-record
    0.3814,  # unfinished-before-capital-in-linked-record
    -0.4764,  # link-shape-after-heading-position
    0.2236,  # record:link-line-inside-sentence
    -0.5034,  # unfinished-before-capital-in-sentence-linked-record
    0.6948,  # link-shape-in-sentence-linked-record
    0.8590,  # prev:long-unfinished
    1.0741,  # link-shape-after-long-unfinished
    1.5455,  # link-shape-before-punctuation
    0.6352,  # link-shape-then-sentence-end
    0.3981,  # next:longer-link-shape
    -1.2717,  # link-shape-echoes-prev
    -0.4132,  # record:breaks-before-links
    0.3912,  # link-shape-in-breaks-before-links-record
    0.4695,  # unfinished-before-capital-in-breaks-before-links-record
    -0.6174,  # link-shape-after-heading-position-in-other-record
    -0.8612,  # amount-after-unfinished
    0.6890,  # next:known-capital
    0.3597,  # unfinished-before-known-capital
    -0.6292,  # unfinished-before-capital-in-noun-record
    0.7909,  # long-unfinished-before-capital-in-noun-record
    1.2022,  # abbreviation-before-lower
    0.5404,  # prev:bracketed
    1.6263,  # next:bracketed
    -1.3235,  # prev:address
    -0.9988,  # next:address
    4.3315,  # colon-before-address
    7.6559,  # title-before-capital
    6.1886,  # quote-then-lower
    6.4093,  # next:post-link
    3.7806,  # latin-after-ideograph
    -1.0954,  # stop-then-uncased-link-shape
)

VETO_BELOW: Final = 0.45
"""A join proposed by a rule is kept back when the join probability is below this."""
JOIN_FROM: Final = 0.75
"""A break the rules kept is joined when the join probability is at least this."""
