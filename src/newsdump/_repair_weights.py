"""The fitted weights of the repair's join model (generated: do not edit by hand).

Regenerate from the repository root with ``python tools/fit_repair.py --write`` (see
tools/README.md); the features are documented in docs/repair.md.
"""

from typing import Final

FEATURES_FINGERPRINT: Final = "3ac2d69b01bcf67d"
DATA_FINGERPRINT: Final = "9a2cc356137f4eec"
EXAMPLES_FINGERPRINT: Final = "17aa97f1b4059dbd"
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
    -1.9668,  # bias
    2.7459,  # rule:punctuation-only-line
    2.9126,  # rule:opener-at-end
    4.9841,  # rule:closing-punctuation-start
    3.8961,  # rule:possessive-start
    0.8612,  # rule:closing-quote-start
    -1.2310,  # rule:ellipsis-continues
    0.0550,  # rule:lower-case-start
    -1.4688,  # rule:parenthesis-continues
    0.8693,  # rule:dash-continues
    -1.0684,  # rule:lower-case-after-stop
    2.1127,  # rule:function-word-at-end
    -3.8331,  # rule:open-bracket
    -1.7222,  # rule:link-text-line
    -0.1298,  # rule:uncased-mid-sentence
    0.0000,  # rule:hard-wrap
    -2.2872,  # rule:unfinished-before-capital
    -1.9455,  # rule:sentence-end
    -1.6257,  # prev:ends-full-stop
    -2.2828,  # prev:ends-other-stop
    -1.2103,  # prev:ends-colon
    -0.9139,  # prev:ends-semicolon
    4.1417,  # prev:ends-comma
    1.0167,  # prev:ends-unpunctuated
    -0.3347,  # prev:ends-closing-quote-or-bracket
    -0.4360,  # prev:ends-function-word
    0.3906,  # prev:chars<30
    0.2727,  # prev:chars<60
    -0.3667,  # prev:chars>=120
    0.5240,  # prev:words<=4
    0.4873,  # prev:heading-position
    -0.3311,  # prev:title-case
    1.0861,  # prev:ends-uncased-letter
    0.9044,  # next:starts-lower
    -1.5053,  # next:starts-upper
    -2.5366,  # next:starts-digit
    -0.4733,  # next:starts-punctuation
    0.6389,  # next:starts-uncased
    1.1012,  # next:punctuation-only
    1.0570,  # next:short-unpunctuated
    1.0012,  # next:ends-sentence
    0.6414,  # next:chars<30
    -0.5992,  # next:chars>=120
    2.0426,  # after:continues
    0.0661,  # after:starts-upper
    0.0151,  # after:none
    0.1707,  # block:quote-open
    4.1413,  # block:bracket-open
    -0.2615,  # record:stops>=0.8
    0.0981,  # record:stops<0.5
    0.0287,  # record:short-lines>=0.5
    0.0000,  # record:hard-wrapped
    -1.3082,  # link-shape
    -0.9045,  # stop-then-link-shape
    -0.9870,  # list-shape
    -0.7135,  # long-unfinished-before-capital
    -3.9594,  # block:starts-lower
    -0.1544,  # after:ends-unpunctuated
    -1.0625,  # list-run
    0.7069,  # link-sandwich
    0.9796,  # record:continuations>=0.1
    0.5983,  # prev:last-word-lower
    0.6393,  # prev:last-word-capital
    0.3809,  # prev:inner-punctuation
    -0.2033,  # next:inner-punctuation
    -0.2278,  # short-pair
    1.4397,  # block:unpunctuated-run
    0.2968,  # record:link-lines>=0.03
    1.0872,  # record:link-lines>=0.1
    0.4232,  # link-shape-in-linked-record
    0.2477,  # unfinished-before-capital-in-linked-record
    -0.2176,  # link-shape-after-heading-position
    0.1726,  # record:link-line-inside-sentence
    -0.4902,  # unfinished-before-capital-in-sentence-linked-record
    0.5340,  # link-shape-in-sentence-linked-record
    0.8826,  # prev:long-unfinished
    0.9370,  # link-shape-after-long-unfinished
    1.5389,  # link-shape-before-punctuation
    0.6232,  # link-shape-then-sentence-end
    0.5066,  # next:longer-link-shape
    -1.3041,  # link-shape-echoes-prev
    -0.4131,  # record:breaks-before-links
    0.4631,  # link-shape-in-breaks-before-links-record
    0.6043,  # unfinished-before-capital-in-breaks-before-links-record
    -0.4757,  # link-shape-after-heading-position-in-other-record
    -1.1511,  # amount-after-unfinished
    0.6510,  # next:known-capital
    0.0745,  # unfinished-before-known-capital
    -0.7705,  # unfinished-before-capital-in-noun-record
    0.8426,  # long-unfinished-before-capital-in-noun-record
    1.2140,  # abbreviation-before-lower
    0.5512,  # prev:bracketed
    1.7473,  # next:bracketed
    -1.3490,  # prev:address
    -0.9712,  # next:address
    4.4020,  # colon-before-address
    7.5490,  # title-before-capital
    6.0351,  # quote-then-lower
    6.4414,  # next:post-link
    3.5630,  # latin-after-ideograph
    -1.1103,  # stop-then-uncased-link-shape
    2.2759,  # clause-then-short
    -1.6471,  # unfinished-before-common-word
    4.3015,  # phrase-said-together
)

VETO_BELOW: Final = 0.55
"""A join proposed by a rule is kept back when the join probability is below this."""
JOIN_FROM: Final = 0.75
"""A break the rules kept is joined when the join probability is at least this."""
