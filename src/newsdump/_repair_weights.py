"""The fitted weights of the repair's join model (generated: do not edit by hand).

Regenerate from the repository root with ``python tools/fit_repair.py --write`` (see
tools/README.md); the features are documented in docs/repair.md.
"""

from typing import Final

FEATURES_FINGERPRINT: Final = "691fce178652f4be"
DATA_FINGERPRINT: Final = "9a2cc356137f4eec"
EXAMPLES_FINGERPRINT: Final = "4fa3d5cb8ec8d95a"
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
    "record:lower-after-stop",
    "lower-start-in-list-record",
    "list-record:lower-after-lower",
    "list-record:lower-after-comma",
    "list-record:lower-before-lower",
)

WEIGHTS: Final = (
    -1.9181,  # bias
    2.8729,  # rule:punctuation-only-line
    2.7880,  # rule:opener-at-end
    5.0718,  # rule:closing-punctuation-start
    3.9104,  # rule:possessive-start
    1.0930,  # rule:closing-quote-start
    -1.1238,  # rule:ellipsis-continues
    -0.0110,  # rule:lower-case-start
    -2.1310,  # rule:parenthesis-continues
    0.5938,  # rule:dash-continues
    -0.8810,  # rule:lower-case-after-stop
    -6.1279,  # rule:command-line
    2.4454,  # rule:function-word-at-end
    -3.4325,  # rule:open-bracket
    -1.9317,  # rule:link-text-line
    -0.0981,  # rule:uncased-mid-sentence
    0.0000,  # rule:hard-wrap
    -2.1931,  # rule:unfinished-before-capital
    -1.9442,  # rule:sentence-end
    -1.6651,  # prev:ends-full-stop
    -2.3204,  # prev:ends-other-stop
    -1.0068,  # prev:ends-colon
    -1.2448,  # prev:ends-semicolon
    4.4848,  # prev:ends-comma
    1.0621,  # prev:ends-unpunctuated
    -0.4511,  # prev:ends-closing-quote-or-bracket
    -0.7145,  # prev:ends-function-word
    0.2334,  # prev:chars<30
    0.1808,  # prev:chars<60
    -0.4279,  # prev:chars>=120
    0.7012,  # prev:words<=4
    0.3934,  # prev:heading-position
    -0.4989,  # prev:title-case
    0.9208,  # prev:ends-uncased-letter
    1.3090,  # next:starts-lower
    -1.6339,  # next:starts-upper
    -2.6683,  # next:starts-digit
    -0.5760,  # next:starts-punctuation
    0.4373,  # next:starts-uncased
    1.0837,  # next:punctuation-only
    1.0626,  # next:short-unpunctuated
    1.0260,  # next:ends-sentence
    0.6385,  # next:chars<30
    -0.6751,  # next:chars>=120
    2.0911,  # after:continues
    0.0755,  # after:starts-upper
    0.0921,  # after:none
    0.1183,  # block:quote-open
    3.7949,  # block:bracket-open
    -0.2978,  # record:stops>=0.8
    0.0294,  # record:stops<0.5
    -0.0066,  # record:short-lines>=0.5
    0.0000,  # record:hard-wrapped
    -1.0209,  # link-shape
    -1.2977,  # stop-then-link-shape
    -0.8713,  # list-shape
    -0.5786,  # long-unfinished-before-capital
    -2.7578,  # block:starts-lower
    -0.1381,  # after:ends-unpunctuated
    -1.0841,  # list-run
    0.1333,  # link-sandwich
    1.1537,  # record:continuations>=0.1
    0.4751,  # prev:last-word-lower
    0.3438,  # prev:last-word-capital
    0.3791,  # prev:inner-punctuation
    -0.1969,  # next:inner-punctuation
    -0.1455,  # short-pair
    1.4637,  # block:unpunctuated-run
    0.0882,  # record:link-lines>=0.03
    0.6141,  # record:link-lines>=0.1
    0.4430,  # link-shape-in-linked-record
    0.4934,  # unfinished-before-capital-in-linked-record
    -0.4669,  # link-shape-after-heading-position
    0.3794,  # record:link-line-inside-sentence
    -0.7187,  # unfinished-before-capital-in-sentence-linked-record
    0.5795,  # link-shape-in-sentence-linked-record
    0.8916,  # prev:long-unfinished
    0.8951,  # link-shape-after-long-unfinished
    1.4815,  # link-shape-before-punctuation
    0.6334,  # link-shape-then-sentence-end
    0.4329,  # next:longer-link-shape
    -1.4530,  # link-shape-echoes-prev
    -0.0882,  # record:breaks-before-links
    0.4676,  # link-shape-in-breaks-before-links-record
    0.3503,  # unfinished-before-capital-in-breaks-before-links-record
    -0.5048,  # link-shape-after-heading-position-in-other-record
    -0.4899,  # amount-after-unfinished
    0.5276,  # next:known-capital
    0.1714,  # unfinished-before-known-capital
    -0.4257,  # unfinished-before-capital-in-noun-record
    0.6977,  # long-unfinished-before-capital-in-noun-record
    0.9453,  # abbreviation-before-lower
    0.7496,  # prev:bracketed
    2.3873,  # next:bracketed
    -1.1265,  # prev:address
    -0.7196,  # next:address
    4.5045,  # colon-before-address
    7.5236,  # title-before-capital
    5.7277,  # quote-then-lower
    5.6248,  # next:post-link
    3.5334,  # latin-after-ideograph
    -1.2282,  # stop-then-uncased-link-shape
    2.1512,  # clause-then-short
    -1.5700,  # unfinished-before-common-word
    3.7986,  # phrase-said-together
    5.7342,  # possessive-before-capital
    4.4460,  # goes-on-after
    -1.3707,  # record:lower-after-stop
    -1.5740,  # lower-start-in-list-record
    -0.8911,  # list-record:lower-after-lower
    -5.3332,  # list-record:lower-after-comma
    0.0239,  # list-record:lower-before-lower
)

VETO_BELOW: Final = 0.50
"""A join proposed by a rule is kept back when the join probability is below this."""
JOIN_FROM: Final = 0.70
"""A break the rules kept is joined when the join probability is at least this."""
