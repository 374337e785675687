"""The fitted weights of the repair's join model (generated: do not edit by hand).

Regenerate from the repository root with ``python tools/fit_repair.py --write`` (see
tools/README.md); the features are documented in docs/repair.md.
"""

from typing import Final

FEATURES_FINGERPRINT: Final = "b6f5ce817071de7f"
DATA_FINGERPRINT: Final = "9a2cc356137f4eec"
EXAMPLES_FINGERPRINT: Final = "64e4999ce2815210"
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
)

WEIGHTS: Final = (
    -1.9093,  # bias
    2.7538,  # rule:punctuation-only-line
    2.1224,  # rule:opener-at-end
    4.9735,  # rule:closing-punctuation-start
    3.9377,  # rule:possessive-start
    0.8124,  # rule:closing-quote-start
    -1.4113,  # rule:ellipsis-continues
    0.2366,  # rule:lower-case-start
    -1.4566,  # rule:parenthesis-continues
    0.8460,  # rule:dash-continues
    -0.9963,  # rule:lower-case-after-stop
    2.1310,  # rule:function-word-at-end
    -4.1966,  # rule:open-bracket
    -1.8919,  # rule:link-text-line
    -0.2766,  # rule:uncased-mid-sentence
    0.0000,  # rule:hard-wrap
    -2.4169,  # rule:unfinished-before-capital
    -1.9251,  # rule:sentence-end
    -1.5692,  # prev:ends-full-stop
    -2.3864,  # prev:ends-other-stop
    -1.1203,  # prev:ends-colon
    -0.9040,  # prev:ends-semicolon
    3.9539,  # prev:ends-comma
    1.0238,  # prev:ends-unpunctuated
    -0.4018,  # prev:ends-closing-quote-or-bracket
    -0.4786,  # prev:ends-function-word
    0.2941,  # prev:chars<30
    0.2066,  # prev:chars<60
    -0.3996,  # prev:chars>=120
    0.5255,  # prev:words<=4
    0.4752,  # prev:heading-position
    -0.2716,  # prev:title-case
    1.1037,  # prev:ends-uncased-letter
    0.9408,  # next:starts-lower
    -1.5922,  # next:starts-upper
    -2.3300,  # next:starts-digit
    -0.2807,  # next:starts-punctuation
    0.8195,  # next:starts-uncased
    1.0065,  # next:punctuation-only
    0.9952,  # next:short-unpunctuated
    0.9116,  # next:ends-sentence
    0.6758,  # next:chars<30
    -0.6434,  # next:chars>=120
    1.8354,  # after:continues
    -0.0375,  # after:starts-upper
    -0.0325,  # after:none
    0.1770,  # block:quote-open
    4.2489,  # block:bracket-open
    -0.2249,  # record:stops>=0.8
    0.0601,  # record:stops<0.5
    0.0364,  # record:short-lines>=0.5
    0.0000,  # record:hard-wrapped
    -1.2440,  # link-shape
    -0.9288,  # stop-then-link-shape
    -0.9829,  # list-shape
    -0.8261,  # long-unfinished-before-capital
    -3.9118,  # block:starts-lower
    -0.0629,  # after:ends-unpunctuated
    -1.1278,  # list-run
    0.6387,  # link-sandwich
    0.9435,  # record:continuations>=0.1
    0.5744,  # prev:last-word-lower
    0.6205,  # prev:last-word-capital
    0.4160,  # prev:inner-punctuation
    -0.2273,  # next:inner-punctuation
    -0.1898,  # short-pair
    1.4087,  # block:unpunctuated-run
    0.3081,  # record:link-lines>=0.03
    1.0969,  # record:link-lines>=0.1
    0.4305,  # link-shape-in-linked-record
    0.2159,  # unfinished-before-capital-in-linked-record
    -0.2905,  # link-shape-after-heading-position
    0.1302,  # record:link-line-inside-sentence
    -0.4110,  # unfinished-before-capital-in-sentence-linked-record
    0.7504,  # link-shape-in-sentence-linked-record
    0.8418,  # prev:long-unfinished
    1.0854,  # link-shape-after-long-unfinished
    1.5392,  # link-shape-before-punctuation
    0.6994,  # link-shape-then-sentence-end
    0.4445,  # next:longer-link-shape
    -1.2656,  # link-shape-echoes-prev
    -0.3986,  # record:breaks-before-links
    0.3881,  # link-shape-in-breaks-before-links-record
    0.5324,  # unfinished-before-capital-in-breaks-before-links-record
    -0.5676,  # link-shape-after-heading-position-in-other-record
    -0.9886,  # amount-after-unfinished
    0.7102,  # next:known-capital
    0.3323,  # unfinished-before-known-capital
    -0.6437,  # unfinished-before-capital-in-noun-record
    0.8515,  # long-unfinished-before-capital-in-noun-record
    1.1849,  # abbreviation-before-lower
    0.5548,  # prev:bracketed
    1.6295,  # next:bracketed
    -1.3423,  # prev:address
    -0.9638,  # next:address
    4.2773,  # colon-before-address
    7.6006,  # title-before-capital
    6.1342,  # quote-then-lower
    6.3893,  # next:post-link
    3.6494,  # latin-after-ideograph
    -1.0810,  # stop-then-uncased-link-shape
    2.3790,  # clause-then-short
)

VETO_BELOW: Final = 0.55
"""A join proposed by a rule is kept back when the join probability is below this."""
JOIN_FROM: Final = 0.75
"""A break the rules kept is joined when the join probability is at least this."""
