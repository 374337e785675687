"""The fitted weights of the repair's join model (generated: do not edit by hand).

Regenerate from the repository root with ``python tools/fit_repair.py --write`` (see
tools/README.md); the features are documented in docs/repair.md.
"""

from typing import Final

FEATURES_FINGERPRINT: Final = "c411bfdd18c6a9d3"
DATA_FINGERPRINT: Final = "9a2cc356137f4eec"
EXAMPLES_FINGERPRINT: Final = "9821b0595413ab80"
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
)

WEIGHTS: Final = (
    -1.9391,  # bias
    2.8133,  # rule:punctuation-only-line
    2.8248,  # rule:opener-at-end
    5.0455,  # rule:closing-punctuation-start
    3.9996,  # rule:possessive-start
    0.9135,  # rule:closing-quote-start
    -1.1892,  # rule:ellipsis-continues
    0.1554,  # rule:lower-case-start
    -2.3413,  # rule:parenthesis-continues
    0.1871,  # rule:dash-continues
    -1.0580,  # rule:lower-case-after-stop
    -6.8605,  # rule:command-line
    2.3016,  # rule:function-word-at-end
    -3.9984,  # rule:open-bracket
    -1.7087,  # rule:link-text-line
    -0.1673,  # rule:uncased-mid-sentence
    0.0000,  # rule:hard-wrap
    -2.3222,  # rule:unfinished-before-capital
    -1.9503,  # rule:sentence-end
    -1.5994,  # prev:ends-full-stop
    -2.3178,  # prev:ends-other-stop
    -1.2205,  # prev:ends-colon
    -1.0143,  # prev:ends-semicolon
    4.1420,  # prev:ends-comma
    1.0134,  # prev:ends-unpunctuated
    -0.3458,  # prev:ends-closing-quote-or-bracket
    -0.6169,  # prev:ends-function-word
    0.3782,  # prev:chars<30
    0.2961,  # prev:chars<60
    -0.3448,  # prev:chars>=120
    0.5599,  # prev:words<=4
    0.4985,  # prev:heading-position
    -0.3466,  # prev:title-case
    1.0683,  # prev:ends-uncased-letter
    0.9294,  # next:starts-lower
    -1.5016,  # next:starts-upper
    -2.4952,  # next:starts-digit
    -0.4715,  # next:starts-punctuation
    0.6248,  # next:starts-uncased
    1.1194,  # next:punctuation-only
    1.1221,  # next:short-unpunctuated
    1.0034,  # next:ends-sentence
    0.6137,  # next:chars<30
    -0.6228,  # next:chars>=120
    1.9921,  # after:continues
    0.0166,  # after:starts-upper
    0.0177,  # after:none
    0.1663,  # block:quote-open
    4.1526,  # block:bracket-open
    -0.3114,  # record:stops>=0.8
    0.1078,  # record:stops<0.5
    -0.0143,  # record:short-lines>=0.5
    0.0000,  # record:hard-wrapped
    -1.2888,  # link-shape
    -1.0573,  # stop-then-link-shape
    -1.0255,  # list-shape
    -0.6337,  # long-unfinished-before-capital
    -3.9914,  # block:starts-lower
    -0.1397,  # after:ends-unpunctuated
    -1.0538,  # list-run
    0.2437,  # link-sandwich
    0.9322,  # record:continuations>=0.1
    0.5954,  # prev:last-word-lower
    0.5308,  # prev:last-word-capital
    0.3515,  # prev:inner-punctuation
    -0.1913,  # next:inner-punctuation
    -0.2225,  # short-pair
    1.4489,  # block:unpunctuated-run
    0.3078,  # record:link-lines>=0.03
    1.0445,  # record:link-lines>=0.1
    0.4349,  # link-shape-in-linked-record
    0.2700,  # unfinished-before-capital-in-linked-record
    -0.4055,  # link-shape-after-heading-position
    0.1792,  # record:link-line-inside-sentence
    -0.4824,  # unfinished-before-capital-in-sentence-linked-record
    0.7253,  # link-shape-in-sentence-linked-record
    0.8667,  # prev:long-unfinished
    0.8559,  # link-shape-after-long-unfinished
    1.5678,  # link-shape-before-punctuation
    0.6675,  # link-shape-then-sentence-end
    0.5460,  # next:longer-link-shape
    -1.3422,  # link-shape-echoes-prev
    -0.3947,  # record:breaks-before-links
    0.4196,  # link-shape-in-breaks-before-links-record
    0.6126,  # unfinished-before-capital-in-breaks-before-links-record
    -0.3907,  # link-shape-after-heading-position-in-other-record
    -1.0709,  # amount-after-unfinished
    0.6634,  # next:known-capital
    0.0401,  # unfinished-before-known-capital
    -0.6001,  # unfinished-before-capital-in-noun-record
    0.7132,  # long-unfinished-before-capital-in-noun-record
    1.2292,  # abbreviation-before-lower
    0.6693,  # prev:bracketed
    2.1428,  # next:bracketed
    -1.3932,  # prev:address
    -0.9753,  # next:address
    4.3620,  # colon-before-address
    7.6153,  # title-before-capital
    6.1766,  # quote-then-lower
    6.3918,  # next:post-link
    3.5205,  # latin-after-ideograph
    -1.0700,  # stop-then-uncased-link-shape
    2.2479,  # clause-then-short
    -1.5506,  # unfinished-before-common-word
    4.1070,  # phrase-said-together
    5.6787,  # possessive-before-capital
    4.1567,  # goes-on-after
)

VETO_BELOW: Final = 0.55
"""A join proposed by a rule is kept back when the join probability is below this."""
JOIN_FROM: Final = 0.75
"""A break the rules kept is joined when the join probability is at least this."""
