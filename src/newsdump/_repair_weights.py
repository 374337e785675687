"""The fitted weights of the repair's join model (generated: do not edit by hand).

Regenerate from the repository root with ``python tools/fit_repair.py --write`` (see
tools/README.md); the features are documented in docs/repair.md.
"""

from typing import Final

FEATURES_FINGERPRINT: Final = "3ac2d69b01bcf67d"
DATA_FINGERPRINT: Final = "9a2cc356137f4eec"
EXAMPLES_FINGERPRINT: Final = "0f0eb75b469d5951"
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
    "clause-then-short",
    "unfinished-before-common-word",
    "phrase-said-together",
)

WEIGHTS: Final = (
    -1.9437,  # bias
    2.7506,  # rule:punctuation-only-line
    2.8360,  # rule:opener-at-end
    4.9850,  # rule:closing-punctuation-start
    3.9536,  # rule:possessive-start
    0.8532,  # rule:closing-quote-start
    -1.2521,  # rule:ellipsis-continues
    0.0862,  # rule:lower-case-start
    -1.4586,  # rule:parenthesis-continues
    0.8727,  # rule:dash-continues
    -1.0737,  # rule:lower-case-after-stop
    2.1181,  # rule:function-word-at-end
    -3.9640,  # rule:open-bracket
    -1.7391,  # rule:link-text-line
    -0.1661,  # rule:uncased-mid-sentence
    0.0000,  # rule:hard-wrap
    -2.2964,  # rule:unfinished-before-capital
    -1.9458,  # rule:sentence-end
    -1.6161,  # prev:ends-full-stop
    -2.3091,  # prev:ends-other-stop
    -1.2219,  # prev:ends-colon
    -0.9516,  # prev:ends-semicolon
    4.1495,  # prev:ends-comma
    1.0247,  # prev:ends-unpunctuated
    -0.3434,  # prev:ends-closing-quote-or-bracket
    -0.4761,  # prev:ends-function-word
    0.3592,  # prev:chars<30
    0.2729,  # prev:chars<60
    -0.3699,  # prev:chars>=120
    0.5388,  # prev:words<=4
    0.4818,  # prev:heading-position
    -0.3366,  # prev:title-case
    1.0747,  # prev:ends-uncased-letter
    0.9211,  # next:starts-lower
    -1.5080,  # next:starts-upper
    -2.5183,  # next:starts-digit
    -0.4519,  # next:starts-punctuation
    0.6413,  # next:starts-uncased
    1.0799,  # next:punctuation-only
    1.0629,  # next:short-unpunctuated
    0.9979,  # next:ends-sentence
    0.6493,  # next:chars<30
    -0.5962,  # next:chars>=120
    2.0434,  # after:continues
    0.0735,  # after:starts-upper
    0.0387,  # after:none
    0.1712,  # block:quote-open
    4.1832,  # block:bracket-open
    -0.2845,  # record:stops>=0.8
    0.0860,  # record:stops<0.5
    0.0039,  # record:short-lines>=0.5
    0.0000,  # record:hard-wrapped
    -1.3337,  # link-shape
    -0.9551,  # stop-then-link-shape
    -0.9946,  # list-shape
    -0.6630,  # long-unfinished-before-capital
    -3.9438,  # block:starts-lower
    -0.1500,  # after:ends-unpunctuated
    -1.0675,  # list-run
    0.3433,  # link-sandwich
    0.9428,  # record:continuations>=0.1
    0.6113,  # prev:last-word-lower
    0.6002,  # prev:last-word-capital
    0.3712,  # prev:inner-punctuation
    -0.2161,  # next:inner-punctuation
    -0.2175,  # short-pair
    1.4762,  # block:unpunctuated-run
    0.3017,  # record:link-lines>=0.03
    1.0722,  # record:link-lines>=0.1
    0.4451,  # link-shape-in-linked-record
    0.2491,  # unfinished-before-capital-in-linked-record
    -0.3184,  # link-shape-after-heading-position
    0.1649,  # record:link-line-inside-sentence
    -0.4573,  # unfinished-before-capital-in-sentence-linked-record
    0.6860,  # link-shape-in-sentence-linked-record
    0.8513,  # prev:long-unfinished
    0.9786,  # link-shape-after-long-unfinished
    1.5302,  # link-shape-before-punctuation
    0.6601,  # link-shape-then-sentence-end
    0.5095,  # next:longer-link-shape
    -1.3860,  # link-shape-echoes-prev
    -0.3917,  # record:breaks-before-links
    0.4027,  # link-shape-in-breaks-before-links-record
    0.5769,  # unfinished-before-capital-in-breaks-before-links-record
    -0.5029,  # link-shape-after-heading-position-in-other-record
    -1.1359,  # amount-after-unfinished
    0.6547,  # next:known-capital
    0.0494,  # unfinished-before-known-capital
    -0.6774,  # unfinished-before-capital-in-noun-record
    0.7537,  # long-unfinished-before-capital-in-noun-record
    1.2288,  # abbreviation-before-lower
    0.5562,  # prev:bracketed
    1.7280,  # next:bracketed
    -1.4171,  # prev:address
    -0.9732,  # next:address
    4.3994,  # colon-before-address
    7.5905,  # title-before-capital
    6.0520,  # quote-then-lower
    6.4293,  # next:post-link
    3.5592,  # latin-after-ideograph
    -1.0624,  # stop-then-uncased-link-shape
    2.2629,  # clause-then-short
    -1.5639,  # unfinished-before-common-word
    4.3250,  # phrase-said-together
)

VETO_BELOW: Final = 0.55
"""A join proposed by a rule is kept back when the join probability is below this."""
JOIN_FROM: Final = 0.75
"""A break the rules kept is joined when the join probability is at least this."""
