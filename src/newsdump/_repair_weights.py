"""The fitted weights of the repair's join model (generated: do not edit by hand).

Regenerate from the repository root with ``python tools/fit_repair.py --write`` (see
tools/README.md); the features are documented in docs/repair.md.
"""

from typing import Final

FEATURES_FINGERPRINT: Final = "9690fe6a34895845"
DATA_FINGERPRINT: Final = "9a2cc356137f4eec"
EXAMPLES_FINGERPRINT: Final = "2177dd59ec4f4979"
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
)

WEIGHTS: Final = (
    -1.6230,  # bias
    2.9837,  # rule:punctuation-only-line
    1.6180,  # rule:opener-at-end
    5.1599,  # rule:closing-punctuation-start
    4.1200,  # rule:possessive-start
    1.0722,  # rule:closing-quote-start
    -1.3613,  # rule:ellipsis-continues
    0.3084,  # rule:lower-case-start
    -1.1611,  # rule:parenthesis-continues
    1.0922,  # rule:dash-continues
    -1.0089,  # rule:lower-case-after-stop
    2.0414,  # rule:function-word-at-end
    -4.2665,  # rule:open-bracket
    -1.8130,  # rule:link-text-line
    -1.5524,  # rule:uncased-mid-sentence
    0.0000,  # rule:hard-wrap
    -2.3994,  # rule:unfinished-before-capital
    -1.8839,  # rule:sentence-end
    -1.4339,  # prev:ends-full-stop
    -2.6037,  # prev:ends-other-stop
    -1.1017,  # prev:ends-colon
    -1.0060,  # prev:ends-semicolon
    3.8007,  # prev:ends-comma
    1.2068,  # prev:ends-unpunctuated
    -0.6163,  # prev:ends-closing-quote-or-bracket
    -0.3781,  # prev:ends-function-word
    -0.1422,  # prev:chars<30
    0.1819,  # prev:chars<60
    -0.3522,  # prev:chars>=120
    0.9368,  # prev:words<=4
    0.6604,  # prev:heading-position
    -0.3433,  # prev:title-case
    1.5667,  # prev:ends-uncased-letter
    1.0408,  # next:starts-lower
    -1.4348,  # next:starts-upper
    -2.0283,  # next:starts-digit
    -0.3966,  # next:starts-punctuation
    0.5278,  # next:starts-uncased
    1.0522,  # next:punctuation-only
    1.0285,  # next:short-unpunctuated
    0.8426,  # next:ends-sentence
    0.7828,  # next:chars<30
    -0.6281,  # next:chars>=120
    1.6284,  # after:continues
    -0.2773,  # after:starts-upper
    -0.2412,  # after:none
    0.1371,  # block:quote-open
    4.3209,  # block:bracket-open
    -0.3014,  # record:stops>=0.8
    0.1004,  # record:stops<0.5
    0.0325,  # record:short-lines>=0.5
    0.0000,  # record:hard-wrapped
    -1.2898,  # link-shape
    -1.1307,  # stop-then-link-shape
    -0.7314,  # list-shape
    -0.8034,  # long-unfinished-before-capital
    -4.0417,  # block:starts-lower
    -0.2043,  # after:ends-unpunctuated
    -1.0986,  # list-run
    0.5415,  # link-sandwich
    0.8008,  # record:continuations>=0.1
    0.3372,  # prev:last-word-lower
    0.3957,  # prev:last-word-capital
    0.3460,  # prev:inner-punctuation
    -0.2236,  # next:inner-punctuation
    -0.3318,  # short-pair
    1.3455,  # block:unpunctuated-run
    0.3036,  # record:link-lines>=0.03
    1.0448,  # record:link-lines>=0.1
    0.3354,  # link-shape-in-linked-record
    0.5496,  # unfinished-before-capital-in-linked-record
    -0.4788,  # link-shape-after-heading-position
    0.2505,  # record:link-line-inside-sentence
    -0.6178,  # unfinished-before-capital-in-sentence-linked-record
    0.7783,  # link-shape-in-sentence-linked-record
    0.7991,  # prev:long-unfinished
    1.0840,  # link-shape-after-long-unfinished
    1.5579,  # link-shape-before-punctuation
    0.5933,  # link-shape-then-sentence-end
    0.3302,  # next:longer-link-shape
    -1.2254,  # link-shape-echoes-prev
    -0.4587,  # record:breaks-before-links
    0.4166,  # link-shape-in-breaks-before-links-record
    0.4584,  # unfinished-before-capital-in-breaks-before-links-record
    -0.5539,  # link-shape-after-heading-position-in-other-record
    -0.5235,  # amount-after-unfinished
    0.7445,  # next:known-capital
    0.1984,  # unfinished-before-known-capital
    -0.6981,  # unfinished-before-capital-in-noun-record
    0.7883,  # long-unfinished-before-capital-in-noun-record
    1.2250,  # abbreviation-before-lower
    0.3794,  # prev:bracketed
    1.6161,  # next:bracketed
    -1.5038,  # prev:address
    -1.0595,  # next:address
    4.3545,  # colon-before-address
    7.4268,  # title-before-capital
    6.1317,  # quote-then-lower
    6.3870,  # next:post-link
)

VETO_BELOW: Final = 0.45
"""A join proposed by a rule is kept back when the join probability is below this."""
JOIN_FROM: Final = 0.75
"""A break the rules kept is joined when the join probability is at least this."""
