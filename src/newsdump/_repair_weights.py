"""The fitted weights of the repair's join model (generated: do not edit by hand).

Regenerate from the repository root with ``python tools/fit_repair.py --write`` (see
tools/README.md); the features are documented in docs/repair.md.
"""

from typing import Final

FEATURES_FINGERPRINT: Final = "69cfe3b78c1d27f1"
DATA_FINGERPRINT: Final = "9a2cc356137f4eec"
EXAMPLES_FINGERPRINT: Final = "c7458e49d42ced0d"
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
    -1.9273,  # bias
    2.7869,  # rule:punctuation-only-line
    2.0768,  # rule:opener-at-end
    4.9544,  # rule:closing-punctuation-start
    3.9339,  # rule:possessive-start
    0.8256,  # rule:closing-quote-start
    -1.4035,  # rule:ellipsis-continues
    0.2244,  # rule:lower-case-start
    -1.4458,  # rule:parenthesis-continues
    0.8655,  # rule:dash-continues
    -1.0184,  # rule:lower-case-after-stop
    2.1101,  # rule:function-word-at-end
    -4.2867,  # rule:open-bracket
    -1.8803,  # rule:link-text-line
    -0.3514,  # rule:uncased-mid-sentence
    0.0000,  # rule:hard-wrap
    -2.3901,  # rule:unfinished-before-capital
    -1.9337,  # rule:sentence-end
    -1.5493,  # prev:ends-full-stop
    -2.4493,  # prev:ends-other-stop
    -1.0863,  # prev:ends-colon
    -0.9172,  # prev:ends-semicolon
    4.1230,  # prev:ends-comma
    0.9540,  # prev:ends-unpunctuated
    -0.4069,  # prev:ends-closing-quote-or-bracket
    -0.4242,  # prev:ends-function-word
    0.2027,  # prev:chars<30
    0.2544,  # prev:chars<60
    -0.3679,  # prev:chars>=120
    0.6123,  # prev:words<=4
    0.6719,  # prev:heading-position
    -0.3275,  # prev:title-case
    1.3109,  # prev:ends-uncased-letter
    0.9390,  # next:starts-lower
    -1.6133,  # next:starts-upper
    -2.3663,  # next:starts-digit
    -0.2840,  # next:starts-punctuation
    0.9004,  # next:starts-uncased
    1.0399,  # next:punctuation-only
    0.9683,  # next:short-unpunctuated
    0.8692,  # next:ends-sentence
    0.7439,  # next:chars<30
    -0.6601,  # next:chars>=120
    1.8249,  # after:continues
    -0.0212,  # after:starts-upper
    -0.0591,  # after:none
    0.1874,  # block:quote-open
    4.2629,  # block:bracket-open
    -0.2406,  # record:stops>=0.8
    0.0944,  # record:stops<0.5
    0.0212,  # record:short-lines>=0.5
    0.0000,  # record:hard-wrapped
    -1.2059,  # link-shape
    -0.9203,  # stop-then-link-shape
    -0.8884,  # list-shape
    -0.7958,  # long-unfinished-before-capital
    -3.9551,  # block:starts-lower
    -0.1393,  # after:ends-unpunctuated
    -1.0996,  # list-run
    0.6278,  # link-sandwich
    0.9330,  # record:continuations>=0.1
    0.6084,  # prev:last-word-lower
    0.6739,  # prev:last-word-capital
    0.4312,  # prev:inner-punctuation
    -0.1957,  # next:inner-punctuation
    -0.1949,  # short-pair
    1.4746,  # block:unpunctuated-run
    0.3044,  # record:link-lines>=0.03
    1.1196,  # record:link-lines>=0.1
    0.4199,  # link-shape-in-linked-record
    0.2617,  # unfinished-before-capital-in-linked-record
    -0.4370,  # link-shape-after-heading-position
    0.1216,  # record:link-line-inside-sentence
    -0.3617,  # unfinished-before-capital-in-sentence-linked-record
    0.7576,  # link-shape-in-sentence-linked-record
    0.8476,  # prev:long-unfinished
    1.0745,  # link-shape-after-long-unfinished
    1.5353,  # link-shape-before-punctuation
    0.6467,  # link-shape-then-sentence-end
    0.3989,  # next:longer-link-shape
    -1.2522,  # link-shape-echoes-prev
    -0.3753,  # record:breaks-before-links
    0.3476,  # link-shape-in-breaks-before-links-record
    0.4018,  # unfinished-before-capital-in-breaks-before-links-record
    -0.6628,  # link-shape-after-heading-position-in-other-record
    -0.9659,  # amount-after-unfinished
    0.7013,  # next:known-capital
    0.3652,  # unfinished-before-known-capital
    -0.7508,  # unfinished-before-capital-in-noun-record
    0.9066,  # long-unfinished-before-capital-in-noun-record
    1.2108,  # abbreviation-before-lower
    0.5366,  # prev:bracketed
    1.6089,  # next:bracketed
    -1.3295,  # prev:address
    -1.0156,  # next:address
    4.3356,  # colon-before-address
    7.6294,  # title-before-capital
    6.1710,  # quote-then-lower
    6.4225,  # next:post-link
    3.9723,  # latin-after-ideograph
    -1.1128,  # stop-then-uncased-link-shape
)

VETO_BELOW: Final = 0.50
"""A join proposed by a rule is kept back when the join probability is below this."""
JOIN_FROM: Final = 0.75
"""A break the rules kept is joined when the join probability is at least this."""
