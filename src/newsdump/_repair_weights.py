"""The fitted weights of the repair's join model (generated: do not edit by hand).

Regenerate from the repository root with ``python tools/fit_repair.py --write`` (see
tools/README.md); the features are documented in docs/repair.md.
"""

from typing import Final

FEATURES_FINGERPRINT: Final = "c411bfdd18c6a9d3"
DATA_FINGERPRINT: Final = "9a2cc356137f4eec"
EXAMPLES_FINGERPRINT: Final = "5620fc091fd668b8"
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
    -1.9393,  # bias
    2.8130,  # rule:punctuation-only-line
    2.8248,  # rule:opener-at-end
    5.0457,  # rule:closing-punctuation-start
    3.9996,  # rule:possessive-start
    0.9137,  # rule:closing-quote-start
    -1.1892,  # rule:ellipsis-continues
    0.1554,  # rule:lower-case-start
    -2.3414,  # rule:parenthesis-continues
    0.1872,  # rule:dash-continues
    -1.0582,  # rule:lower-case-after-stop
    -6.8604,  # rule:command-line
    2.3016,  # rule:function-word-at-end
    -3.9981,  # rule:open-bracket
    -1.7086,  # rule:link-text-line
    -0.1669,  # rule:uncased-mid-sentence
    0.0000,  # rule:hard-wrap
    -2.3222,  # rule:unfinished-before-capital
    -1.9505,  # rule:sentence-end
    -1.5996,  # prev:ends-full-stop
    -2.3178,  # prev:ends-other-stop
    -1.2210,  # prev:ends-colon
    -1.0147,  # prev:ends-semicolon
    4.1416,  # prev:ends-comma
    1.0137,  # prev:ends-unpunctuated
    -0.3460,  # prev:ends-closing-quote-or-bracket
    -0.6170,  # prev:ends-function-word
    0.3781,  # prev:chars<30
    0.2958,  # prev:chars<60
    -0.3449,  # prev:chars>=120
    0.5600,  # prev:words<=4
    0.4983,  # prev:heading-position
    -0.3469,  # prev:title-case
    1.0678,  # prev:ends-uncased-letter
    0.9293,  # next:starts-lower
    -1.5015,  # next:starts-upper
    -2.4954,  # next:starts-digit
    -0.4718,  # next:starts-punctuation
    0.6246,  # next:starts-uncased
    1.1192,  # next:punctuation-only
    1.1219,  # next:short-unpunctuated
    1.0039,  # next:ends-sentence
    0.6142,  # next:chars<30
    -0.6228,  # next:chars>=120
    1.9931,  # after:continues
    0.0166,  # after:starts-upper
    0.0179,  # after:none
    0.1662,  # block:quote-open
    4.1523,  # block:bracket-open
    -0.3114,  # record:stops>=0.8
    0.1075,  # record:stops<0.5
    -0.0144,  # record:short-lines>=0.5
    0.0000,  # record:hard-wrapped
    -1.2895,  # link-shape
    -1.0575,  # stop-then-link-shape
    -1.0257,  # list-shape
    -0.6338,  # long-unfinished-before-capital
    -3.9916,  # block:starts-lower
    -0.1395,  # after:ends-unpunctuated
    -1.0543,  # list-run
    0.2434,  # link-sandwich
    0.9323,  # record:continuations>=0.1
    0.5952,  # prev:last-word-lower
    0.5305,  # prev:last-word-capital
    0.3515,  # prev:inner-punctuation
    -0.1914,  # next:inner-punctuation
    -0.2222,  # short-pair
    1.4486,  # block:unpunctuated-run
    0.3078,  # record:link-lines>=0.03
    1.0443,  # record:link-lines>=0.1
    0.4350,  # link-shape-in-linked-record
    0.2698,  # unfinished-before-capital-in-linked-record
    -0.4056,  # link-shape-after-heading-position
    0.1794,  # record:link-line-inside-sentence
    -0.4819,  # unfinished-before-capital-in-sentence-linked-record
    0.7251,  # link-shape-in-sentence-linked-record
    0.8665,  # prev:long-unfinished
    0.8561,  # link-shape-after-long-unfinished
    1.5678,  # link-shape-before-punctuation
    0.6674,  # link-shape-then-sentence-end
    0.5453,  # next:longer-link-shape
    -1.3422,  # link-shape-echoes-prev
    -0.3947,  # record:breaks-before-links
    0.4197,  # link-shape-in-breaks-before-links-record
    0.6129,  # unfinished-before-capital-in-breaks-before-links-record
    -0.3904,  # link-shape-after-heading-position-in-other-record
    -1.0712,  # amount-after-unfinished
    0.6633,  # next:known-capital
    0.0401,  # unfinished-before-known-capital
    -0.6000,  # unfinished-before-capital-in-noun-record
    0.7131,  # long-unfinished-before-capital-in-noun-record
    1.2290,  # abbreviation-before-lower
    0.6696,  # prev:bracketed
    2.1430,  # next:bracketed
    -1.3938,  # prev:address
    -0.9752,  # next:address
    4.3626,  # colon-before-address
    7.6152,  # title-before-capital
    6.1768,  # quote-then-lower
    6.3918,  # next:post-link
    3.5207,  # latin-after-ideograph
    -1.0698,  # stop-then-uncased-link-shape
    2.2482,  # clause-then-short
    -1.5508,  # unfinished-before-common-word
    4.1068,  # phrase-said-together
    5.6782,  # possessive-before-capital
    4.1567,  # goes-on-after
)

VETO_BELOW: Final = 0.55
"""A join proposed by a rule is kept back when the join probability is below this."""
JOIN_FROM: Final = 0.75
"""A break the rules kept is joined when the join probability is at least this."""
