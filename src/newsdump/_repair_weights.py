"""The fitted weights of the repair's join model (generated: do not edit by hand).

Regenerate from the repository root with ``python tools/fit_repair.py --write`` (see
tools/README.md); the features are documented in docs/repair.md.
"""

from typing import Final

FEATURES_FINGERPRINT: Final = "c8fb3dba3a4baccb"
DATA_FINGERPRINT: Final = "9a2cc356137f4eec"
EXAMPLES_FINGERPRINT: Final = "afec5d97190e77b6"
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
)

WEIGHTS: Final = (
    -1.6300,  # bias
    2.9320,  # rule:punctuation-only-line
    1.8120,  # rule:opener-at-end
    4.8706,  # rule:closing-punctuation-start
    4.2282,  # rule:possessive-start
    1.1262,  # rule:closing-quote-start
    -1.4577,  # rule:ellipsis-continues
    0.3364,  # rule:lower-case-start
    -1.4726,  # rule:parenthesis-continues
    0.9516,  # rule:dash-continues
    -0.6860,  # rule:lower-case-after-stop
    2.3105,  # rule:function-word-at-end
    -4.0021,  # rule:open-bracket
    -1.8847,  # rule:link-text-line
    -1.0225,  # rule:uncased-mid-sentence
    0.0000,  # rule:hard-wrap
    -2.2913,  # rule:unfinished-before-capital
    -1.8607,  # rule:sentence-end
    -1.4161,  # prev:ends-full-stop
    -2.5409,  # prev:ends-other-stop
    -1.0899,  # prev:ends-colon
    -0.9676,  # prev:ends-semicolon
    3.7954,  # prev:ends-comma
    1.1488,  # prev:ends-unpunctuated
    -0.6133,  # prev:ends-closing-quote-or-bracket
    -0.5717,  # prev:ends-function-word
    -0.0956,  # prev:chars<30
    0.1874,  # prev:chars<60
    -0.5079,  # prev:chars>=120
    0.8760,  # prev:words<=4
    0.6751,  # prev:heading-position
    -0.2816,  # prev:title-case
    1.4492,  # prev:ends-uncased-letter
    1.0779,  # next:starts-lower
    -1.4903,  # next:starts-upper
    -2.0484,  # next:starts-digit
    -0.2570,  # next:starts-punctuation
    0.5221,  # next:starts-uncased
    0.9642,  # next:punctuation-only
    1.0037,  # next:short-unpunctuated
    0.8432,  # next:ends-sentence
    0.7957,  # next:chars<30
    -0.6177,  # next:chars>=120
    1.6360,  # after:continues
    -0.2838,  # after:starts-upper
    -0.2193,  # after:none
    0.0908,  # block:quote-open
    4.3883,  # block:bracket-open
    -0.2672,  # record:stops>=0.8
    0.0312,  # record:stops<0.5
    0.0795,  # record:short-lines>=0.5
    0.0000,  # record:hard-wrapped
    -1.4772,  # link-shape
    -1.0544,  # stop-then-link-shape
    -0.7740,  # list-shape
    -0.8047,  # long-unfinished-before-capital
    -4.7795,  # block:starts-lower
    -0.2064,  # after:ends-unpunctuated
    -0.9480,  # list-run
    0.5136,  # link-sandwich
    0.8254,  # record:continuations>=0.1
    0.4082,  # prev:last-word-lower
    0.4325,  # prev:last-word-capital
    0.3482,  # prev:inner-punctuation
    -0.2507,  # next:inner-punctuation
    -0.3762,  # short-pair
    1.4027,  # block:unpunctuated-run
    0.3129,  # record:link-lines>=0.03
    0.9116,  # record:link-lines>=0.1
    0.7074,  # link-shape-in-linked-record
    0.4490,  # unfinished-before-capital-in-linked-record
    -0.7678,  # link-shape-after-heading-position
    0.3921,  # record:link-line-inside-sentence
    -0.6160,  # unfinished-before-capital-in-sentence-linked-record
    0.2129,  # link-shape-in-sentence-linked-record
    0.9248,  # prev:long-unfinished
    1.0380,  # link-shape-after-long-unfinished
    1.3533,  # link-shape-before-punctuation
    0.8441,  # link-shape-then-sentence-end
    0.3286,  # next:longer-link-shape
    -1.2805,  # link-shape-echoes-prev
    -0.5133,  # record:breaks-before-links
    0.7920,  # link-shape-in-breaks-before-links-record
    0.5306,  # unfinished-before-capital-in-breaks-before-links-record
    -0.2706,  # link-shape-after-heading-position-in-other-record
    -0.8034,  # amount-after-unfinished
    1.7961,  # next:known-capital
    -0.8991,  # unfinished-before-known-capital
    -0.6301,  # unfinished-before-capital-in-noun-record
    0.7356,  # long-unfinished-before-capital-in-noun-record
    0.7059,  # abbreviation-before-lower
    0.4780,  # prev:bracketed
    1.6462,  # next:bracketed
    -1.5603,  # prev:address
    0.0782,  # next:address
    3.3170,  # colon-before-address
)

VETO_BELOW: Final = 0.55
"""A join proposed by a rule is kept back when the join probability is below this."""
JOIN_FROM: Final = 0.75
"""A break the rules kept is joined when the join probability is at least this."""
