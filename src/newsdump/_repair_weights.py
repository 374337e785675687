"""The fitted weights of the repair's join model (generated: do not edit by hand).

Regenerate from the repository root with ``python tools/fit_repair.py --write`` (see
tools/README.md); the features are documented in docs/repair.md.
"""

from typing import Final

FEATURES_FINGERPRINT: Final = "7681fd9583e6be11"
DATA_FINGERPRINT: Final = "9a2cc356137f4eec"
EXAMPLES_FINGERPRINT: Final = "0a60c470f9f75644"
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
    "unfinished-before-common-word",
    "phrase-said-together",
    "record:cuts-sentences",
    "unfinished-before-capital-in-cutting-record",
)

WEIGHTS: Final = (
    -2.0914,  # bias
    2.7321,  # rule:punctuation-only-line
    2.8467,  # rule:opener-at-end
    4.8834,  # rule:closing-punctuation-start
    3.6557,  # rule:possessive-start
    1.0141,  # rule:closing-quote-start
    -1.1455,  # rule:ellipsis-continues
    -0.2183,  # rule:lower-case-start
    -1.5537,  # rule:parenthesis-continues
    0.8703,  # rule:dash-continues
    -1.1248,  # rule:lower-case-after-stop
    2.3122,  # rule:function-word-at-end
    -3.8439,  # rule:open-bracket
    -1.6685,  # rule:link-text-line
    0.2179,  # rule:uncased-mid-sentence
    0.0000,  # rule:hard-wrap
    -1.9465,  # rule:unfinished-before-capital
    -1.9966,  # rule:sentence-end
    -1.7416,  # prev:ends-full-stop
    -2.2193,  # prev:ends-other-stop
    -1.2211,  # prev:ends-colon
    -1.0785,  # prev:ends-semicolon
    4.0900,  # prev:ends-comma
    1.0001,  # prev:ends-unpunctuated
    -0.3235,  # prev:ends-closing-quote-or-bracket
    -0.5749,  # prev:ends-function-word
    0.2859,  # prev:chars<30
    0.2469,  # prev:chars<60
    -0.3371,  # prev:chars>=120
    0.6546,  # prev:words<=4
    0.4434,  # prev:heading-position
    -0.3624,  # prev:title-case
    0.9223,  # prev:ends-uncased-letter
    0.9936,  # next:starts-lower
    -1.6528,  # next:starts-upper
    -2.6471,  # next:starts-digit
    -0.5786,  # next:starts-punctuation
    0.5164,  # next:starts-uncased
    1.0908,  # next:punctuation-only
    1.0275,  # next:short-unpunctuated
    0.9684,  # next:ends-sentence
    0.6481,  # next:chars<30
    -0.5696,  # next:chars>=120
    1.9506,  # after:continues
    0.0926,  # after:starts-upper
    0.1013,  # after:none
    0.2161,  # block:quote-open
    3.9884,  # block:bracket-open
    -0.2118,  # record:stops>=0.8
    0.1533,  # record:stops<0.5
    -0.0433,  # record:short-lines>=0.5
    0.0000,  # record:hard-wrapped
    -1.1577,  # link-shape
    -1.0931,  # stop-then-link-shape
    -0.9484,  # list-shape
    -0.6312,  # long-unfinished-before-capital
    -3.9777,  # block:starts-lower
    -0.2079,  # after:ends-unpunctuated
    -1.1173,  # list-run
    0.3902,  # link-sandwich
    0.4712,  # record:continuations>=0.1
    0.6354,  # prev:last-word-lower
    0.6688,  # prev:last-word-capital
    0.3322,  # prev:inner-punctuation
    -0.2362,  # next:inner-punctuation
    -0.1655,  # short-pair
    1.3806,  # block:unpunctuated-run
    0.3381,  # record:link-lines>=0.03
    1.1667,  # record:link-lines>=0.1
    0.3611,  # link-shape-in-linked-record
    0.3038,  # unfinished-before-capital-in-linked-record
    -0.3914,  # link-shape-after-heading-position
    0.0153,  # record:link-line-inside-sentence
    -0.2718,  # unfinished-before-capital-in-sentence-linked-record
    0.6706,  # link-shape-in-sentence-linked-record
    0.8461,  # prev:long-unfinished
    0.8036,  # link-shape-after-long-unfinished
    1.4526,  # link-shape-before-punctuation
    0.5368,  # link-shape-then-sentence-end
    0.4329,  # next:longer-link-shape
    -1.3005,  # link-shape-echoes-prev
    -0.3091,  # record:breaks-before-links
    0.4864,  # link-shape-in-breaks-before-links-record
    0.5041,  # unfinished-before-capital-in-breaks-before-links-record
    -0.4239,  # link-shape-after-heading-position-in-other-record
    -0.9674,  # amount-after-unfinished
    0.6031,  # next:known-capital
    0.1096,  # unfinished-before-known-capital
    -0.5280,  # unfinished-before-capital-in-noun-record
    0.7354,  # long-unfinished-before-capital-in-noun-record
    1.3963,  # abbreviation-before-lower
    0.6155,  # prev:bracketed
    1.9249,  # next:bracketed
    -1.3793,  # prev:address
    -0.8664,  # next:address
    4.5284,  # colon-before-address
    7.5045,  # title-before-capital
    5.8214,  # quote-then-lower
    5.9494,  # next:post-link
    3.5669,  # latin-after-ideograph
    -0.7063,  # stop-then-uncased-link-shape
    2.1990,  # clause-then-short
    -1.5267,  # unfinished-before-common-word
    4.2742,  # phrase-said-together
    1.1940,  # record:cuts-sentences
    -0.8493,  # unfinished-before-capital-in-cutting-record
)

VETO_BELOW: Final = 0.60
"""A join proposed by a rule is kept back when the join probability is below this."""
JOIN_FROM: Final = 0.75
"""A break the rules kept is joined when the join probability is at least this."""
