"""The fitted weights of the repair's join model (generated: do not edit by hand).

Regenerate from the repository root with ``python tools/fit_repair.py --write`` (see
tools/README.md); the features are documented in docs/repair.md.
"""

from typing import Final

FEATURES_FINGERPRINT: Final = "9690fe6a34895845"
DATA_FINGERPRINT: Final = "9a2cc356137f4eec"
EXAMPLES_FINGERPRINT: Final = "ddc5b16e517e2e1d"
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
    -1.6310,  # bias
    2.9808,  # rule:punctuation-only-line
    1.6092,  # rule:opener-at-end
    5.1708,  # rule:closing-punctuation-start
    4.1283,  # rule:possessive-start
    1.0818,  # rule:closing-quote-start
    -1.3536,  # rule:ellipsis-continues
    0.3052,  # rule:lower-case-start
    -1.1537,  # rule:parenthesis-continues
    1.0976,  # rule:dash-continues
    -1.0130,  # rule:lower-case-after-stop
    2.0360,  # rule:function-word-at-end
    -4.5710,  # rule:open-bracket
    -1.8328,  # rule:link-text-line
    -1.5663,  # rule:uncased-mid-sentence
    0.0000,  # rule:hard-wrap
    -2.4001,  # rule:unfinished-before-capital
    -1.8870,  # rule:sentence-end
    -1.4363,  # prev:ends-full-stop
    -2.6072,  # prev:ends-other-stop
    -1.1079,  # prev:ends-colon
    -1.0096,  # prev:ends-semicolon
    3.7964,  # prev:ends-comma
    1.2054,  # prev:ends-unpunctuated
    -0.6191,  # prev:ends-closing-quote-or-bracket
    -0.3817,  # prev:ends-function-word
    -0.1398,  # prev:chars<30
    0.1779,  # prev:chars<60
    -0.3544,  # prev:chars>=120
    0.9385,  # prev:words<=4
    0.6667,  # prev:heading-position
    -0.3379,  # prev:title-case
    1.5672,  # prev:ends-uncased-letter
    1.0364,  # next:starts-lower
    -1.4344,  # next:starts-upper
    -2.0256,  # next:starts-digit
    -0.4104,  # next:starts-punctuation
    0.5271,  # next:starts-uncased
    1.0567,  # next:punctuation-only
    1.0369,  # next:short-unpunctuated
    0.8574,  # next:ends-sentence
    0.7877,  # next:chars<30
    -0.6233,  # next:chars>=120
    1.6361,  # after:continues
    -0.2774,  # after:starts-upper
    -0.2561,  # after:none
    0.1395,  # block:quote-open
    4.3132,  # block:bracket-open
    -0.2949,  # record:stops>=0.8
    0.1026,  # record:stops<0.5
    0.0324,  # record:short-lines>=0.5
    0.0000,  # record:hard-wrapped
    -1.2939,  # link-shape
    -1.1416,  # stop-then-link-shape
    -0.7287,  # list-shape
    -0.8029,  # long-unfinished-before-capital
    -4.0408,  # block:starts-lower
    -0.2030,  # after:ends-unpunctuated
    -1.0933,  # list-run
    0.5413,  # link-sandwich
    0.8058,  # record:continuations>=0.1
    0.3358,  # prev:last-word-lower
    0.3868,  # prev:last-word-capital
    0.3503,  # prev:inner-punctuation
    -0.2330,  # next:inner-punctuation
    -0.3395,  # short-pair
    1.3517,  # block:unpunctuated-run
    0.3084,  # record:link-lines>=0.03
    1.0494,  # record:link-lines>=0.1
    0.3353,  # link-shape-in-linked-record
    0.5417,  # unfinished-before-capital-in-linked-record
    -0.4830,  # link-shape-after-heading-position
    0.2536,  # record:link-line-inside-sentence
    -0.6211,  # unfinished-before-capital-in-sentence-linked-record
    0.7751,  # link-shape-in-sentence-linked-record
    0.8007,  # prev:long-unfinished
    1.0902,  # link-shape-after-long-unfinished
    1.5608,  # link-shape-before-punctuation
    0.5952,  # link-shape-then-sentence-end
    0.3349,  # next:longer-link-shape
    -1.2158,  # link-shape-echoes-prev
    -0.4568,  # record:breaks-before-links
    0.4094,  # link-shape-in-breaks-before-links-record
    0.4546,  # unfinished-before-capital-in-breaks-before-links-record
    -0.5635,  # link-shape-after-heading-position-in-other-record
    -0.5054,  # amount-after-unfinished
    0.7441,  # next:known-capital
    0.1986,  # unfinished-before-known-capital
    -0.6954,  # unfinished-before-capital-in-noun-record
    0.7825,  # long-unfinished-before-capital-in-noun-record
    1.2227,  # abbreviation-before-lower
    0.3810,  # prev:bracketed
    1.6209,  # next:bracketed
    -1.4777,  # prev:address
    -1.0511,  # next:address
    4.3567,  # colon-before-address
    7.4294,  # title-before-capital
    6.1451,  # quote-then-lower
    6.3742,  # next:post-link
)

VETO_BELOW: Final = 0.45
"""A join proposed by a rule is kept back when the join probability is below this."""
JOIN_FROM: Final = 0.75
"""A break the rules kept is joined when the join probability is at least this."""
