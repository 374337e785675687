"""The fitted weights of the repair's join model (generated: do not edit by hand).

Regenerate from the repository root with ``python tools/fit_repair.py --write`` (see
tools/README.md); the features are documented in docs/repair.md.
"""

from typing import Final

FEATURES_FINGERPRINT: Final = "3bbc693341b6e8f6"
DATA_FINGERPRINT: Final = "9a2cc356137f4eec"
EXAMPLES_FINGERPRINT: Final = "5830c6d5ef6e4be8"
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
    "rule:command-line",
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
    "clause-then-short",
    "unfinished-before-common-word",
    "phrase-said-together",
    "possessive-before-capital",
    "goes-on-after",
    "prev:closes-item",
    "marked-items",
)

WEIGHTS: Final = (
    -1.9446,  # bias
    2.8122,  # rule:punctuation-only-line
    2.8971,  # rule:opener-at-end
    5.0034,  # rule:closing-punctuation-start
    4.0134,  # rule:possessive-start
    0.9490,  # rule:closing-quote-start
    -1.1829,  # rule:ellipsis-continues
    0.1549,  # rule:lower-case-start
    -2.3493,  # rule:parenthesis-continues
    0.5292,  # rule:dash-continues
    -1.0492,  # rule:lower-case-after-stop
    -6.9359,  # rule:command-line
    2.0158,  # rule:function-word-at-end
    -3.8707,  # rule:open-bracket
    -1.6332,  # rule:link-text-line
    -0.2051,  # rule:uncased-mid-sentence
    0.0000,  # rule:hard-wrap
    -2.2713,  # rule:unfinished-before-capital
    -1.9451,  # rule:sentence-end
    -1.5847,  # prev:ends-full-stop
    -2.3119,  # prev:ends-other-stop
    -1.1937,  # prev:ends-colon
    -0.9005,  # prev:ends-semicolon
    4.1240,  # prev:ends-comma
    0.9869,  # prev:ends-unpunctuated
    -0.3657,  # prev:ends-closing-quote-or-bracket
    -0.2779,  # prev:ends-function-word
    0.3341,  # prev:chars<30
    0.2696,  # prev:chars<60
    -0.3608,  # prev:chars>=120
    0.5609,  # prev:words<=4
    0.5081,  # prev:heading-position
    -0.3404,  # prev:title-case
    1.0974,  # prev:ends-uncased-letter
    0.9222,  # next:starts-lower
    -1.4972,  # next:starts-upper
    -2.5049,  # next:starts-digit
    -0.4737,  # next:starts-punctuation
    0.6194,  # next:starts-uncased
    1.1285,  # next:punctuation-only
    1.1263,  # next:short-unpunctuated
    0.9921,  # next:ends-sentence
    0.6078,  # next:chars<30
    -0.6145,  # next:chars>=120
    2.0033,  # after:continues
    0.0084,  # after:starts-upper
    0.0134,  # after:none
    0.1269,  # block:quote-open
    4.1769,  # block:bracket-open
    -0.2635,  # record:stops>=0.8
    0.0845,  # record:stops<0.5
    -0.0051,  # record:short-lines>=0.5
    0.0000,  # record:hard-wrapped
    -1.3727,  # link-shape
    -0.9905,  # stop-then-link-shape
    -1.0301,  # list-shape
    -0.6890,  # long-unfinished-before-capital
    -3.7251,  # block:starts-lower
    -0.1382,  # after:ends-unpunctuated
    -1.0412,  # list-run
    0.2729,  # link-sandwich
    0.9393,  # record:continuations>=0.1
    0.5736,  # prev:last-word-lower
    0.5261,  # prev:last-word-capital
    0.3336,  # prev:inner-punctuation
    -0.1729,  # next:inner-punctuation
    -0.2150,  # short-pair
    1.5140,  # block:unpunctuated-run
    0.2913,  # record:link-lines>=0.03
    1.0157,  # record:link-lines>=0.1
    0.4884,  # link-shape-in-linked-record
    0.2841,  # unfinished-before-capital-in-linked-record
    -0.3275,  # link-shape-after-heading-position
    0.2116,  # record:link-line-inside-sentence
    -0.5081,  # unfinished-before-capital-in-sentence-linked-record
    0.7062,  # link-shape-in-sentence-linked-record
    0.9465,  # prev:long-unfinished
    0.8248,  # link-shape-after-long-unfinished
    1.5679,  # link-shape-before-punctuation
    0.6739,  # link-shape-then-sentence-end
    0.5007,  # next:longer-link-shape
    -1.3221,  # link-shape-echoes-prev
    -0.3402,  # record:breaks-before-links
    0.3488,  # link-shape-in-breaks-before-links-record
    0.5672,  # unfinished-before-capital-in-breaks-before-links-record
    -0.4351,  # link-shape-after-heading-position-in-other-record
    -1.0374,  # amount-after-unfinished
    0.6623,  # next:known-capital
    0.0373,  # unfinished-before-known-capital
    -0.5887,  # unfinished-before-capital-in-noun-record
    0.7061,  # long-unfinished-before-capital-in-noun-record
    1.2229,  # abbreviation-before-lower
    0.6958,  # prev:bracketed
    2.1470,  # next:bracketed
    -1.4312,  # prev:address
    -0.9999,  # next:address
    4.3674,  # colon-before-address
    7.5816,  # title-before-capital
    6.0094,  # quote-then-lower
    6.3740,  # next:post-link
    3.5181,  # latin-after-ideograph
    -1.0587,  # stop-then-uncased-link-shape
    2.2400,  # clause-then-short
    -1.5603,  # unfinished-before-common-word
    4.0698,  # phrase-said-together
    5.6905,  # possessive-before-capital
    4.1009,  # goes-on-after
    -5.2780,  # prev:closes-item
    -2.4069,  # marked-items
)

VETO_BELOW: Final = 0.60
"""A join proposed by a rule is kept back when the join probability is below this."""
JOIN_FROM: Final = 0.75
"""A break the rules kept is joined when the join probability is at least this."""
