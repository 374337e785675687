"""The fitted weights of the repair's join model (generated: do not edit by hand).

Regenerate from the repository root with ``python tools/fit_repair.py --write`` (see
tools/README.md); the features are documented in docs/repair.md.
"""

from typing import Final

FEATURES_FINGERPRINT: Final = "eaa7de8611c06ed7"
DATA_FINGERPRINT: Final = "9a2cc356137f4eec"
EXAMPLES_FINGERPRINT: Final = "9e65c8f91f217070"
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
    "latin-in-uncased-sentence",
)

WEIGHTS: Final = (
    -1.7970,  # bias
    2.8803,  # rule:punctuation-only-line
    2.0502,  # rule:opener-at-end
    5.0380,  # rule:closing-punctuation-start
    4.0231,  # rule:possessive-start
    0.9801,  # rule:closing-quote-start
    -1.3238,  # rule:ellipsis-continues
    0.2903,  # rule:lower-case-start
    -1.3288,  # rule:parenthesis-continues
    0.9549,  # rule:dash-continues
    -0.9998,  # rule:lower-case-after-stop
    2.1608,  # rule:function-word-at-end
    -4.2401,  # rule:open-bracket
    -1.8032,  # rule:link-text-line
    -1.1653,  # rule:uncased-mid-sentence
    0.0000,  # rule:hard-wrap
    -2.3505,  # rule:unfinished-before-capital
    -1.9506,  # rule:sentence-end
    -1.4829,  # prev:ends-full-stop
    -2.7574,  # prev:ends-other-stop
    -1.0594,  # prev:ends-colon
    -1.0153,  # prev:ends-semicolon
    3.8450,  # prev:ends-comma
    1.1659,  # prev:ends-unpunctuated
    -0.5398,  # prev:ends-closing-quote-or-bracket
    -0.4156,  # prev:ends-function-word
    0.1219,  # prev:chars<30
    0.2410,  # prev:chars<60
    -0.3489,  # prev:chars>=120
    0.7441,  # prev:words<=4
    0.5909,  # prev:heading-position
    -0.3192,  # prev:title-case
    0.9923,  # prev:ends-uncased-letter
    0.9886,  # next:starts-lower
    -1.5739,  # next:starts-upper
    -2.3616,  # next:starts-digit
    -0.3205,  # next:starts-punctuation
    1.0809,  # next:starts-uncased
    1.0467,  # next:punctuation-only
    1.0048,  # next:short-unpunctuated
    0.8893,  # next:ends-sentence
    0.7645,  # next:chars<30
    -0.6602,  # next:chars>=120
    1.7212,  # after:continues
    -0.1822,  # after:starts-upper
    -0.2033,  # after:none
    0.1287,  # block:quote-open
    4.3404,  # block:bracket-open
    -0.2828,  # record:stops>=0.8
    0.0935,  # record:stops<0.5
    0.0312,  # record:short-lines>=0.5
    0.0000,  # record:hard-wrapped
    -1.3280,  # link-shape
    -1.0437,  # stop-then-link-shape
    -0.8571,  # list-shape
    -0.7929,  # long-unfinished-before-capital
    -3.9300,  # block:starts-lower
    -0.1486,  # after:ends-unpunctuated
    -1.0910,  # list-run
    0.5931,  # link-sandwich
    0.8948,  # record:continuations>=0.1
    0.3892,  # prev:last-word-lower
    0.4562,  # prev:last-word-capital
    0.4136,  # prev:inner-punctuation
    -0.2089,  # next:inner-punctuation
    -0.2756,  # short-pair
    1.3077,  # block:unpunctuated-run
    0.2450,  # record:link-lines>=0.03
    1.0168,  # record:link-lines>=0.1
    0.4187,  # link-shape-in-linked-record
    0.4171,  # unfinished-before-capital-in-linked-record
    -0.3983,  # link-shape-after-heading-position
    0.2638,  # record:link-line-inside-sentence
    -0.5041,  # unfinished-before-capital-in-sentence-linked-record
    0.8027,  # link-shape-in-sentence-linked-record
    0.7996,  # prev:long-unfinished
    1.0797,  # link-shape-after-long-unfinished
    1.4958,  # link-shape-before-punctuation
    0.7131,  # link-shape-then-sentence-end
    0.3876,  # next:longer-link-shape
    -1.2302,  # link-shape-echoes-prev
    -0.4382,  # record:breaks-before-links
    0.3753,  # link-shape-in-breaks-before-links-record
    0.4490,  # unfinished-before-capital-in-breaks-before-links-record
    -0.6334,  # link-shape-after-heading-position-in-other-record
    -0.8461,  # amount-after-unfinished
    0.7981,  # next:known-capital
    0.1982,  # unfinished-before-known-capital
    -0.6980,  # unfinished-before-capital-in-noun-record
    0.8345,  # long-unfinished-before-capital-in-noun-record
    1.1807,  # abbreviation-before-lower
    0.4369,  # prev:bracketed
    1.6149,  # next:bracketed
    -1.4325,  # prev:address
    -1.0726,  # next:address
    4.3912,  # colon-before-address
    7.4802,  # title-before-capital
    6.0525,  # quote-then-lower
    6.4920,  # next:post-link
    3.6251,  # latin-in-uncased-sentence
)

VETO_BELOW: Final = 0.55
"""A join proposed by a rule is kept back when the join probability is below this."""
JOIN_FROM: Final = 0.75
"""A break the rules kept is joined when the join probability is at least this."""
