"""The fitted weights of the repair's join model (generated: do not edit by hand).

Regenerate from the repository root with ``python tools/fit_repair.py --write`` (see
tools/README.md); the features are documented in docs/repair.md.
"""

from typing import Final

FEATURES_FINGERPRINT: Final = "69cfe3b78c1d27f1"
DATA_FINGERPRINT: Final = "9a2cc356137f4eec"
EXAMPLES_FINGERPRINT: Final = "7c7970fe5c4ecd26"
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
    -1.8108,  # bias
    2.8727,  # rule:punctuation-only-line
    2.0756,  # rule:opener-at-end
    5.0209,  # rule:closing-punctuation-start
    4.0042,  # rule:possessive-start
    0.9596,  # rule:closing-quote-start
    -1.3447,  # rule:ellipsis-continues
    0.2940,  # rule:lower-case-start
    -1.3489,  # rule:parenthesis-continues
    0.9357,  # rule:dash-continues
    -0.9901,  # rule:lower-case-after-stop
    2.1789,  # rule:function-word-at-end
    -4.2488,  # rule:open-bracket
    -1.7874,  # rule:link-text-line
    -1.1490,  # rule:uncased-mid-sentence
    0.0000,  # rule:hard-wrap
    -2.3413,  # rule:unfinished-before-capital
    -1.9585,  # rule:sentence-end
    -1.5030,  # prev:ends-full-stop
    -2.7254,  # prev:ends-other-stop
    -1.0504,  # prev:ends-colon
    -0.9894,  # prev:ends-semicolon
    3.8486,  # prev:ends-comma
    1.1694,  # prev:ends-unpunctuated
    -0.5397,  # prev:ends-closing-quote-or-bracket
    -0.4243,  # prev:ends-function-word
    0.1282,  # prev:chars<30
    0.2219,  # prev:chars<60
    -0.3730,  # prev:chars>=120
    0.7145,  # prev:words<=4
    0.5833,  # prev:heading-position
    -0.3027,  # prev:title-case
    0.9088,  # prev:ends-uncased-letter
    0.9723,  # next:starts-lower
    -1.5872,  # next:starts-upper
    -2.3898,  # next:starts-digit
    -0.3080,  # next:starts-punctuation
    1.1803,  # next:starts-uncased
    1.0437,  # next:punctuation-only
    1.0141,  # next:short-unpunctuated
    0.8859,  # next:ends-sentence
    0.7559,  # next:chars<30
    -0.6619,  # next:chars>=120
    1.7554,  # after:continues
    -0.1513,  # after:starts-upper
    -0.1670,  # after:none
    0.1306,  # block:quote-open
    4.2932,  # block:bracket-open
    -0.2774,  # record:stops>=0.8
    0.0860,  # record:stops<0.5
    0.0181,  # record:short-lines>=0.5
    0.0000,  # record:hard-wrapped
    -1.3233,  # link-shape
    -0.8952,  # stop-then-link-shape
    -0.8810,  # list-shape
    -0.8137,  # long-unfinished-before-capital
    -3.9320,  # block:starts-lower
    -0.1301,  # after:ends-unpunctuated
    -1.1207,  # list-run
    0.6111,  # link-sandwich
    0.9089,  # record:continuations>=0.1
    0.3862,  # prev:last-word-lower
    0.4472,  # prev:last-word-capital
    0.4091,  # prev:inner-punctuation
    -0.2028,  # next:inner-punctuation
    -0.2663,  # short-pair
    1.3148,  # block:unpunctuated-run
    0.2378,  # record:link-lines>=0.03
    0.9983,  # record:link-lines>=0.1
    0.4557,  # link-shape-in-linked-record
    0.3839,  # unfinished-before-capital-in-linked-record
    -0.4028,  # link-shape-after-heading-position
    0.2645,  # record:link-line-inside-sentence
    -0.4356,  # unfinished-before-capital-in-sentence-linked-record
    0.6868,  # link-shape-in-sentence-linked-record
    0.8034,  # prev:long-unfinished
    1.0901,  # link-shape-after-long-unfinished
    1.5660,  # link-shape-before-punctuation
    0.6474,  # link-shape-then-sentence-end
    0.4033,  # next:longer-link-shape
    -1.2432,  # link-shape-echoes-prev
    -0.4301,  # record:breaks-before-links
    0.4238,  # link-shape-in-breaks-before-links-record
    0.4321,  # unfinished-before-capital-in-breaks-before-links-record
    -0.6117,  # link-shape-after-heading-position-in-other-record
    -0.8808,  # amount-after-unfinished
    0.7049,  # next:known-capital
    0.2940,  # unfinished-before-known-capital
    -0.6934,  # unfinished-before-capital-in-noun-record
    0.8408,  # long-unfinished-before-capital-in-noun-record
    1.1418,  # abbreviation-before-lower
    0.4394,  # prev:bracketed
    1.6202,  # next:bracketed
    -1.4282,  # prev:address
    -1.0699,  # next:address
    4.3787,  # colon-before-address
    7.3548,  # title-before-capital
    6.0676,  # quote-then-lower
    6.4845,  # next:post-link
    3.8346,  # latin-after-ideograph
    -1.2063,  # stop-then-uncased-link-shape
)

VETO_BELOW: Final = 0.55
"""A join proposed by a rule is kept back when the join probability is below this."""
JOIN_FROM: Final = 0.75
"""A break the rules kept is joined when the join probability is at least this."""
