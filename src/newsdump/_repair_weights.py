"""The fitted weights of the repair's join model (generated: do not edit by hand).

Regenerate from the repository root with ``python tools/fit_repair.py --write`` (see
tools/README.md); the features are documented in docs/repair.md.
"""

from typing import Final

FEATURES_FINGERPRINT: Final = "c8fb3dba3a4baccb"
DATA_FINGERPRINT: Final = "9a2cc356137f4eec"
EXAMPLES_FINGERPRINT: Final = "bbf7891607d0019e"
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
    -1.6706,  # bias
    2.8933,  # rule:punctuation-only-line
    1.8364,  # rule:opener-at-end
    4.9825,  # rule:closing-punctuation-start
    4.1656,  # rule:possessive-start
    1.1863,  # rule:closing-quote-start
    -1.5050,  # rule:ellipsis-continues
    0.3016,  # rule:lower-case-start
    -1.3602,  # rule:parenthesis-continues
    0.8520,  # rule:dash-continues
    -0.6673,  # rule:lower-case-after-stop
    2.1170,  # rule:function-word-at-end
    -4.4267,  # rule:open-bracket
    -1.8856,  # rule:link-text-line
    -1.3904,  # rule:uncased-mid-sentence
    0.0000,  # rule:hard-wrap
    -2.3150,  # rule:unfinished-before-capital
    -1.8731,  # rule:sentence-end
    -1.4516,  # prev:ends-full-stop
    -2.5754,  # prev:ends-other-stop
    -1.0795,  # prev:ends-colon
    -0.9024,  # prev:ends-semicolon
    3.8212,  # prev:ends-comma
    1.1721,  # prev:ends-unpunctuated
    -0.6063,  # prev:ends-closing-quote-or-bracket
    -0.5257,  # prev:ends-function-word
    -0.0924,  # prev:chars<30
    0.1927,  # prev:chars<60
    -0.4833,  # prev:chars>=120
    0.9010,  # prev:words<=4
    0.6441,  # prev:heading-position
    -0.3415,  # prev:title-case
    1.4939,  # prev:ends-uncased-letter
    1.0817,  # next:starts-lower
    -1.5170,  # next:starts-upper
    -2.1072,  # next:starts-digit
    -0.2168,  # next:starts-punctuation
    0.4568,  # next:starts-uncased
    0.8698,  # next:punctuation-only
    1.0457,  # next:short-unpunctuated
    0.8834,  # next:ends-sentence
    0.8010,  # next:chars<30
    -0.5852,  # next:chars>=120
    1.6058,  # after:continues
    -0.3479,  # after:starts-upper
    -0.2461,  # after:none
    0.0360,  # block:quote-open
    4.4159,  # block:bracket-open
    -0.2726,  # record:stops>=0.8
    0.0248,  # record:stops<0.5
    0.1596,  # record:short-lines>=0.5
    0.0000,  # record:hard-wrapped
    -1.5415,  # link-shape
    -0.9858,  # stop-then-link-shape
    -0.7094,  # list-shape
    -0.7816,  # long-unfinished-before-capital
    -4.0295,  # block:starts-lower
    -0.1807,  # after:ends-unpunctuated
    -1.0321,  # list-run
    0.6076,  # link-sandwich
    0.8336,  # record:continuations>=0.1
    0.4315,  # prev:last-word-lower
    0.4971,  # prev:last-word-capital
    0.3500,  # prev:inner-punctuation
    -0.2818,  # next:inner-punctuation
    -0.3331,  # short-pair
    1.4305,  # block:unpunctuated-run
    0.5231,  # record:link-lines>=0.03
    1.3460,  # record:link-lines>=0.1
    0.7060,  # link-shape-in-linked-record
    0.2959,  # unfinished-before-capital-in-linked-record
    -0.7468,  # link-shape-after-heading-position
    0.0213,  # record:link-line-inside-sentence
    -0.3792,  # unfinished-before-capital-in-sentence-linked-record
    0.3263,  # link-shape-in-sentence-linked-record
    0.9055,  # prev:long-unfinished
    1.0584,  # link-shape-after-long-unfinished
    1.3612,  # link-shape-before-punctuation
    0.8784,  # link-shape-then-sentence-end
    0.3674,  # next:longer-link-shape
    -1.3386,  # link-shape-echoes-prev
    -0.4498,  # record:breaks-before-links
    0.6085,  # link-shape-in-breaks-before-links-record
    0.3945,  # unfinished-before-capital-in-breaks-before-links-record
    -0.3610,  # link-shape-after-heading-position-in-other-record
    -0.8623,  # amount-after-unfinished
    1.7397,  # next:known-capital
    -0.7406,  # unfinished-before-known-capital
    -0.7319,  # unfinished-before-capital-in-noun-record
    0.8270,  # long-unfinished-before-capital-in-noun-record
    0.6418,  # abbreviation-before-lower
    0.4149,  # prev:bracketed
    1.5519,  # next:bracketed
    -1.5724,  # prev:address
    0.0776,  # next:address
    3.1951,  # colon-before-address
)

VETO_BELOW: Final = 0.55
"""A join proposed by a rule is kept back when the join probability is below this."""
JOIN_FROM: Final = 0.75
"""A break the rules kept is joined when the join probability is at least this."""
