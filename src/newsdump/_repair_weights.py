"""The fitted weights of the repair's join model (generated: do not edit by hand).

Regenerate from the repository root with ``python tools/fit_repair.py --write`` (see
tools/README.md); the features are documented in docs/repair.md.
"""

from typing import Final

FEATURES_FINGERPRINT: Final = "3ac2d69b01bcf67d"
DATA_FINGERPRINT: Final = "9a2cc356137f4eec"
EXAMPLES_FINGERPRINT: Final = "12138204d247c17b"
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
)

WEIGHTS: Final = (
    -1.9526,  # bias
    2.7575,  # rule:punctuation-only-line
    2.8357,  # rule:opener-at-end
    4.9794,  # rule:closing-punctuation-start
    3.9467,  # rule:possessive-start
    0.8557,  # rule:closing-quote-start
    -1.2389,  # rule:ellipsis-continues
    0.0772,  # rule:lower-case-start
    -1.4536,  # rule:parenthesis-continues
    0.8810,  # rule:dash-continues
    -1.0724,  # rule:lower-case-after-stop
    2.1310,  # rule:function-word-at-end
    -3.9556,  # rule:open-bracket
    -1.7222,  # rule:link-text-line
    -0.1492,  # rule:uncased-mid-sentence
    0.0000,  # rule:hard-wrap
    -2.2946,  # rule:unfinished-before-capital
    -1.9450,  # rule:sentence-end
    -1.6174,  # prev:ends-full-stop
    -2.3082,  # prev:ends-other-stop
    -1.2272,  # prev:ends-colon
    -0.9495,  # prev:ends-semicolon
    4.1525,  # prev:ends-comma
    1.0232,  # prev:ends-unpunctuated
    -0.3477,  # prev:ends-closing-quote-or-bracket
    -0.4547,  # prev:ends-function-word
    0.3725,  # prev:chars<30
    0.2655,  # prev:chars<60
    -0.3737,  # prev:chars>=120
    0.5474,  # prev:words<=4
    0.4917,  # prev:heading-position
    -0.3331,  # prev:title-case
    1.0754,  # prev:ends-uncased-letter
    0.9182,  # next:starts-lower
    -1.5143,  # next:starts-upper
    -2.5210,  # next:starts-digit
    -0.4542,  # next:starts-punctuation
    0.6540,  # next:starts-uncased
    1.0848,  # next:punctuation-only
    1.0593,  # next:short-unpunctuated
    0.9833,  # next:ends-sentence
    0.6547,  # next:chars<30
    -0.5942,  # next:chars>=120
    2.0305,  # after:continues
    0.0672,  # after:starts-upper
    0.0244,  # after:none
    0.1719,  # block:quote-open
    4.1908,  # block:bracket-open
    -0.2714,  # record:stops>=0.8
    0.0823,  # record:stops<0.5
    0.0089,  # record:short-lines>=0.5
    0.0000,  # record:hard-wrapped
    -1.3238,  # link-shape
    -0.9637,  # stop-then-link-shape
    -1.0145,  # list-shape
    -0.6653,  # long-unfinished-before-capital
    -3.9080,  # block:starts-lower
    -0.1399,  # after:ends-unpunctuated
    -1.0688,  # list-run
    0.3456,  # link-sandwich
    0.9607,  # record:continuations>=0.1
    0.5904,  # prev:last-word-lower
    0.6015,  # prev:last-word-capital
    0.3819,  # prev:inner-punctuation
    -0.2048,  # next:inner-punctuation
    -0.2350,  # short-pair
    1.4547,  # block:unpunctuated-run
    0.2952,  # record:link-lines>=0.03
    1.0642,  # record:link-lines>=0.1
    0.4536,  # link-shape-in-linked-record
    0.2556,  # unfinished-before-capital-in-linked-record
    -0.3169,  # link-shape-after-heading-position
    0.1722,  # record:link-line-inside-sentence
    -0.4667,  # unfinished-before-capital-in-sentence-linked-record
    0.6729,  # link-shape-in-sentence-linked-record
    0.8628,  # prev:long-unfinished
    0.9570,  # link-shape-after-long-unfinished
    1.5221,  # link-shape-before-punctuation
    0.6685,  # link-shape-then-sentence-end
    0.5133,  # next:longer-link-shape
    -1.3829,  # link-shape-echoes-prev
    -0.3955,  # record:breaks-before-links
    0.4073,  # link-shape-in-breaks-before-links-record
    0.5834,  # unfinished-before-capital-in-breaks-before-links-record
    -0.4990,  # link-shape-after-heading-position-in-other-record
    -1.1302,  # amount-after-unfinished
    0.6564,  # next:known-capital
    0.0109,  # unfinished-before-known-capital
    -0.6666,  # unfinished-before-capital-in-noun-record
    0.7467,  # long-unfinished-before-capital-in-noun-record
    1.2185,  # abbreviation-before-lower
    0.5618,  # prev:bracketed
    1.7300,  # next:bracketed
    -1.3971,  # prev:address
    -0.9625,  # next:address
    4.3875,  # colon-before-address
    7.5731,  # title-before-capital
    6.0240,  # quote-then-lower
    6.4223,  # next:post-link
    3.5742,  # latin-after-ideograph
    -1.0638,  # stop-then-uncased-link-shape
    2.2676,  # clause-then-short
    -1.5572,  # unfinished-before-common-word
    4.3407,  # phrase-said-together
)

VETO_BELOW: Final = 0.55
"""A join proposed by a rule is kept back when the join probability is below this."""
JOIN_FROM: Final = 0.75
"""A break the rules kept is joined when the join probability is at least this."""
