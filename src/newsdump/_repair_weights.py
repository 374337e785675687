"""The fitted weights of the repair's join model (generated: do not edit by hand).

Regenerate from the repository root with ``python tools/fit_repair.py --write`` (see
tools/README.md); the features are documented in docs/repair.md.
"""

from typing import Final

FEATURES_FINGERPRINT: Final = "3ac2d69b01bcf67d"
DATA_FINGERPRINT: Final = "9a2cc356137f4eec"
EXAMPLES_FINGERPRINT: Final = "eb3ecc66aa78c73a"
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
    -1.9365,  # bias
    2.7543,  # rule:punctuation-only-line
    2.8322,  # rule:opener-at-end
    4.9887,  # rule:closing-punctuation-start
    3.9606,  # rule:possessive-start
    0.8555,  # rule:closing-quote-start
    -1.2504,  # rule:ellipsis-continues
    0.0857,  # rule:lower-case-start
    -1.4539,  # rule:parenthesis-continues
    0.8798,  # rule:dash-continues
    -1.0753,  # rule:lower-case-after-stop
    2.1153,  # rule:function-word-at-end
    -4.0195,  # rule:open-bracket
    -1.7218,  # rule:link-text-line
    -0.1619,  # rule:uncased-mid-sentence
    0.0000,  # rule:hard-wrap
    -2.2958,  # rule:unfinished-before-capital
    -1.9454,  # rule:sentence-end
    -1.6151,  # prev:ends-full-stop
    -2.3110,  # prev:ends-other-stop
    -1.2267,  # prev:ends-colon
    -0.9539,  # prev:ends-semicolon
    4.1430,  # prev:ends-comma
    1.0299,  # prev:ends-unpunctuated
    -0.3537,  # prev:ends-closing-quote-or-bracket
    -0.4754,  # prev:ends-function-word
    0.3608,  # prev:chars<30
    0.2727,  # prev:chars<60
    -0.3714,  # prev:chars>=120
    0.5376,  # prev:words<=4
    0.4809,  # prev:heading-position
    -0.3418,  # prev:title-case
    1.0654,  # prev:ends-uncased-letter
    0.9271,  # next:starts-lower
    -1.5063,  # next:starts-upper
    -2.5194,  # next:starts-digit
    -0.4544,  # next:starts-punctuation
    0.6380,  # next:starts-uncased
    1.0792,  # next:punctuation-only
    1.0616,  # next:short-unpunctuated
    0.9994,  # next:ends-sentence
    0.6516,  # next:chars<30
    -0.5960,  # next:chars>=120
    2.0454,  # after:continues
    0.0726,  # after:starts-upper
    0.0387,  # after:none
    0.1712,  # block:quote-open
    4.1786,  # block:bracket-open
    -0.2887,  # record:stops>=0.8
    0.0836,  # record:stops<0.5
    -0.0040,  # record:short-lines>=0.5
    0.0000,  # record:hard-wrapped
    -1.3500,  # link-shape
    -0.9592,  # stop-then-link-shape
    -0.9902,  # list-shape
    -0.6646,  # long-unfinished-before-capital
    -3.9523,  # block:starts-lower
    -0.1483,  # after:ends-unpunctuated
    -1.0634,  # list-run
    0.3639,  # link-sandwich
    0.9341,  # record:continuations>=0.1
    0.6025,  # prev:last-word-lower
    0.5908,  # prev:last-word-capital
    0.3703,  # prev:inner-punctuation
    -0.2147,  # next:inner-punctuation
    -0.2194,  # short-pair
    1.4688,  # block:unpunctuated-run
    0.3018,  # record:link-lines>=0.03
    1.0651,  # record:link-lines>=0.1
    0.4399,  # link-shape-in-linked-record
    0.2487,  # unfinished-before-capital-in-linked-record
    -0.3272,  # link-shape-after-heading-position
    0.1713,  # record:link-line-inside-sentence
    -0.4560,  # unfinished-before-capital-in-sentence-linked-record
    0.6921,  # link-shape-in-sentence-linked-record
    0.8523,  # prev:long-unfinished
    0.9622,  # link-shape-after-long-unfinished
    1.5643,  # link-shape-before-punctuation
    0.6499,  # link-shape-then-sentence-end
    0.5067,  # next:longer-link-shape
    -1.3974,  # link-shape-echoes-prev
    -0.3898,  # record:breaks-before-links
    0.4116,  # link-shape-in-breaks-before-links-record
    0.5757,  # unfinished-before-capital-in-breaks-before-links-record
    -0.4918,  # link-shape-after-heading-position-in-other-record
    -1.1269,  # amount-after-unfinished
    0.6626,  # next:known-capital
    0.0355,  # unfinished-before-known-capital
    -0.6662,  # unfinished-before-capital-in-noun-record
    0.7413,  # long-unfinished-before-capital-in-noun-record
    1.2304,  # abbreviation-before-lower
    0.5524,  # prev:bracketed
    1.7310,  # next:bracketed
    -1.4188,  # prev:address
    -0.9731,  # next:address
    4.3930,  # colon-before-address
    7.6042,  # title-before-capital
    6.0574,  # quote-then-lower
    6.4252,  # next:post-link
    3.5570,  # latin-after-ideograph
    -1.0759,  # stop-then-uncased-link-shape
    2.2628,  # clause-then-short
    -1.5622,  # unfinished-before-common-word
    4.3284,  # phrase-said-together
)

VETO_BELOW: Final = 0.50
"""A join proposed by a rule is kept back when the join probability is below this."""
JOIN_FROM: Final = 0.75
"""A break the rules kept is joined when the join probability is at least this."""
