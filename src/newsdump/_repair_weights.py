"""The fitted weights of the repair's join model (generated: do not edit by hand).

Regenerate from the repository root with ``python tools/fit_repair.py --write`` (see
tools/README.md); the features are documented in docs/repair.md.
"""

from typing import Final

FEATURES_FINGERPRINT: Final = "69cfe3b78c1d27f1"
DATA_FINGERPRINT: Final = "9a2cc356137f4eec"
EXAMPLES_FINGERPRINT: Final = "a88071d1b3d5edcd"
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
    -1.8083,  # bias
    2.8645,  # rule:punctuation-only-line
    2.0584,  # rule:opener-at-end
    5.0102,  # rule:closing-punctuation-start
    4.0090,  # rule:possessive-start
    0.9554,  # rule:closing-quote-start
    -1.3535,  # rule:ellipsis-continues
    0.2862,  # rule:lower-case-start
    -1.3603,  # rule:parenthesis-continues
    0.9196,  # rule:dash-continues
    -0.9791,  # rule:lower-case-after-stop
    2.1619,  # rule:function-word-at-end
    -4.2652,  # rule:open-bracket
    -1.8000,  # rule:link-text-line
    -1.1680,  # rule:uncased-mid-sentence
    0.0000,  # rule:hard-wrap
    -2.3235,  # rule:unfinished-before-capital
    -1.9569,  # rule:sentence-end
    -1.4976,  # prev:ends-full-stop
    -2.7266,  # prev:ends-other-stop
    -1.0401,  # prev:ends-colon
    -0.9788,  # prev:ends-semicolon
    3.8472,  # prev:ends-comma
    1.1758,  # prev:ends-unpunctuated
    -0.5373,  # prev:ends-closing-quote-or-bracket
    -0.4265,  # prev:ends-function-word
    0.1153,  # prev:chars<30
    0.2039,  # prev:chars<60
    -0.3904,  # prev:chars>=120
    0.6986,  # prev:words<=4
    0.6014,  # prev:heading-position
    -0.3060,  # prev:title-case
    0.9017,  # prev:ends-uncased-letter
    0.9723,  # next:starts-lower
    -1.5878,  # next:starts-upper
    -2.3862,  # next:starts-digit
    -0.2978,  # next:starts-punctuation
    1.1912,  # next:starts-uncased
    1.0313,  # next:punctuation-only
    1.0063,  # next:short-unpunctuated
    0.8997,  # next:ends-sentence
    0.7597,  # next:chars<30
    -0.6598,  # next:chars>=120
    1.7687,  # after:continues
    -0.1381,  # after:starts-upper
    -0.1772,  # after:none
    0.1237,  # block:quote-open
    4.2966,  # block:bracket-open
    -0.2711,  # record:stops>=0.8
    0.0873,  # record:stops<0.5
    0.0188,  # record:short-lines>=0.5
    0.0000,  # record:hard-wrapped
    -1.3110,  # link-shape
    -0.8871,  # stop-then-link-shape
    -0.8601,  # list-shape
    -0.7877,  # long-unfinished-before-capital
    -3.9511,  # block:starts-lower
    -0.1360,  # after:ends-unpunctuated
    -1.1129,  # list-run
    0.6053,  # link-sandwich
    0.8959,  # record:continuations>=0.1
    0.3984,  # prev:last-word-lower
    0.4503,  # prev:last-word-capital
    0.3955,  # prev:inner-punctuation
    -0.2059,  # next:inner-punctuation
    -0.2671,  # short-pair
    1.3058,  # block:unpunctuated-run
    0.2330,  # record:link-lines>=0.03
    0.9953,  # record:link-lines>=0.1
    0.4492,  # link-shape-in-linked-record
    0.4071,  # unfinished-before-capital-in-linked-record
    -0.4348,  # link-shape-after-heading-position
    0.2721,  # record:link-line-inside-sentence
    -0.4555,  # unfinished-before-capital-in-sentence-linked-record
    0.6891,  # link-shape-in-sentence-linked-record
    0.8069,  # prev:long-unfinished
    1.0860,  # link-shape-after-long-unfinished
    1.5660,  # link-shape-before-punctuation
    0.6453,  # link-shape-then-sentence-end
    0.3964,  # next:longer-link-shape
    -1.2406,  # link-shape-echoes-prev
    -0.4178,  # record:breaks-before-links
    0.4128,  # link-shape-in-breaks-before-links-record
    0.4008,  # unfinished-before-capital-in-breaks-before-links-record
    -0.6377,  # link-shape-after-heading-position-in-other-record
    -0.8955,  # amount-after-unfinished
    0.7058,  # next:known-capital
    0.3064,  # unfinished-before-known-capital
    -0.6882,  # unfinished-before-capital-in-noun-record
    0.7963,  # long-unfinished-before-capital-in-noun-record
    1.1398,  # abbreviation-before-lower
    0.4327,  # prev:bracketed
    1.6185,  # next:bracketed
    -1.4209,  # prev:address
    -1.0665,  # next:address
    4.3945,  # colon-before-address
    7.3593,  # title-before-capital
    6.0321,  # quote-then-lower
    6.4810,  # next:post-link
    3.8162,  # latin-after-ideograph
    -1.2162,  # stop-then-uncased-link-shape
)

VETO_BELOW: Final = 0.55
"""A join proposed by a rule is kept back when the join probability is below this."""
JOIN_FROM: Final = 0.75
"""A break the rules kept is joined when the join probability is at least this."""
