"""The fitted weights of the repair's join model (generated: do not edit by hand).

Regenerate from the repository root with ``python tools/fit_repair.py --write`` (see
tools/README.md); the features are documented in docs/repair.md.
"""

from typing import Final

FEATURES_FINGERPRINT: Final = "69cfe3b78c1d27f1"
DATA_FINGERPRINT: Final = "9a2cc356137f4eec"
EXAMPLES_FINGERPRINT: Final = "b728b312968df696"
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
    -1.8082,  # bias
    2.8648,  # rule:punctuation-only-line
    2.0581,  # rule:opener-at-end
    5.0102,  # rule:closing-punctuation-start
    4.0091,  # rule:possessive-start
    0.9555,  # rule:closing-quote-start
    -1.3536,  # rule:ellipsis-continues
    0.2861,  # rule:lower-case-start
    -1.3601,  # rule:parenthesis-continues
    0.9197,  # rule:dash-continues
    -0.9792,  # rule:lower-case-after-stop
    2.1618,  # rule:function-word-at-end
    -4.2651,  # rule:open-bracket
    -1.7998,  # rule:link-text-line
    -1.1677,  # rule:uncased-mid-sentence
    0.0000,  # rule:hard-wrap
    -2.3233,  # rule:unfinished-before-capital
    -1.9569,  # rule:sentence-end
    -1.4976,  # prev:ends-full-stop
    -2.7264,  # prev:ends-other-stop
    -1.0403,  # prev:ends-colon
    -0.9789,  # prev:ends-semicolon
    3.8469,  # prev:ends-comma
    1.1764,  # prev:ends-unpunctuated
    -0.5377,  # prev:ends-closing-quote-or-bracket
    -0.4265,  # prev:ends-function-word
    0.1153,  # prev:chars<30
    0.2038,  # prev:chars<60
    -0.3904,  # prev:chars>=120
    0.6986,  # prev:words<=4
    0.6011,  # prev:heading-position
    -0.3052,  # prev:title-case
    0.9013,  # prev:ends-uncased-letter
    0.9724,  # next:starts-lower
    -1.5876,  # next:starts-upper
    -2.3862,  # next:starts-digit
    -0.2980,  # next:starts-punctuation
    1.1909,  # next:starts-uncased
    1.0313,  # next:punctuation-only
    1.0065,  # next:short-unpunctuated
    0.8998,  # next:ends-sentence
    0.7597,  # next:chars<30
    -0.6596,  # next:chars>=120
    1.7689,  # after:continues
    -0.1379,  # after:starts-upper
    -0.1773,  # after:none
    0.1237,  # block:quote-open
    4.2966,  # block:bracket-open
    -0.2714,  # record:stops>=0.8
    0.0872,  # record:stops<0.5
    0.0188,  # record:short-lines>=0.5
    0.0000,  # record:hard-wrapped
    -1.3111,  # link-shape
    -0.8872,  # stop-then-link-shape
    -0.8603,  # list-shape
    -0.7879,  # long-unfinished-before-capital
    -3.9510,  # block:starts-lower
    -0.1361,  # after:ends-unpunctuated
    -1.1129,  # list-run
    0.6051,  # link-sandwich
    0.8956,  # record:continuations>=0.1
    0.3978,  # prev:last-word-lower
    0.4495,  # prev:last-word-capital
    0.3954,  # prev:inner-punctuation
    -0.2058,  # next:inner-punctuation
    -0.2672,  # short-pair
    1.3056,  # block:unpunctuated-run
    0.2330,  # record:link-lines>=0.03
    0.9953,  # record:link-lines>=0.1
    0.4492,  # link-shape-in-linked-record
    0.4071,  # unfinished-before-capital-in-linked-record
    -0.4345,  # link-shape-after-heading-position
    0.2722,  # record:link-line-inside-sentence
    -0.4555,  # unfinished-before-capital-in-sentence-linked-record
    0.6892,  # link-shape-in-sentence-linked-record
    0.8068,  # prev:long-unfinished
    1.0862,  # link-shape-after-long-unfinished
    1.5660,  # link-shape-before-punctuation
    0.6452,  # link-shape-then-sentence-end
    0.3964,  # next:longer-link-shape
    -1.2406,  # link-shape-echoes-prev
    -0.4179,  # record:breaks-before-links
    0.4129,  # link-shape-in-breaks-before-links-record
    0.4008,  # unfinished-before-capital-in-breaks-before-links-record
    -0.6376,  # link-shape-after-heading-position-in-other-record
    -0.8951,  # amount-after-unfinished
    0.7058,  # next:known-capital
    0.3061,  # unfinished-before-known-capital
    -0.6885,  # unfinished-before-capital-in-noun-record
    0.7965,  # long-unfinished-before-capital-in-noun-record
    1.1399,  # abbreviation-before-lower
    0.4325,  # prev:bracketed
    1.6185,  # next:bracketed
    -1.4210,  # prev:address
    -1.0664,  # next:address
    4.3945,  # colon-before-address
    7.3593,  # title-before-capital
    6.0319,  # quote-then-lower
    6.4809,  # next:post-link
    3.8159,  # latin-after-ideograph
    -1.2162,  # stop-then-uncased-link-shape
)

VETO_BELOW: Final = 0.55
"""A join proposed by a rule is kept back when the join probability is below this."""
JOIN_FROM: Final = 0.75
"""A break the rules kept is joined when the join probability is at least this."""
