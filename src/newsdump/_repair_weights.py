"""The fitted weights of the repair's join model (generated: do not edit by hand).

Regenerate from the repository root with ``python tools/fit_repair.py --write`` (see
tools/README.md); the features are documented in docs/repair.md.
"""

from typing import Final

FEATURES_FINGERPRINT: Final = "9690fe6a34895845"
DATA_FINGERPRINT: Final = "9a2cc356137f4eec"
EXAMPLES_FINGERPRINT: Final = "bc973a5c7a95ef83"
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
    -1.6082,  # bias
    2.9822,  # rule:punctuation-only-line
    1.6079,  # rule:opener-at-end
    5.1597,  # rule:closing-punctuation-start
    4.1153,  # rule:possessive-start
    1.0683,  # rule:closing-quote-start
    -1.2126,  # rule:ellipsis-continues
    0.3194,  # rule:lower-case-start
    -1.1652,  # rule:parenthesis-continues
    1.0831,  # rule:dash-continues
    -1.0148,  # rule:lower-case-after-stop
    2.0533,  # rule:function-word-at-end
    -4.2619,  # rule:open-bracket
    -1.8149,  # rule:link-text-line
    -1.3528,  # rule:uncased-mid-sentence
    0.0000,  # rule:hard-wrap
    -2.4183,  # rule:unfinished-before-capital
    -1.8818,  # rule:sentence-end
    -1.4341,  # prev:ends-full-stop
    -2.5842,  # prev:ends-other-stop
    -1.0988,  # prev:ends-colon
    -1.0019,  # prev:ends-semicolon
    3.8017,  # prev:ends-comma
    1.2116,  # prev:ends-unpunctuated
    -0.6176,  # prev:ends-closing-quote-or-bracket
    -0.3981,  # prev:ends-function-word
    -0.1043,  # prev:chars<30
    0.1972,  # prev:chars<60
    -0.3554,  # prev:chars>=120
    0.9116,  # prev:words<=4
    0.6500,  # prev:heading-position
    -0.3208,  # prev:title-case
    1.5808,  # prev:ends-uncased-letter
    1.0469,  # next:starts-lower
    -1.4305,  # next:starts-upper
    -2.0128,  # next:starts-digit
    -0.3965,  # next:starts-punctuation
    0.5192,  # next:starts-uncased
    1.0518,  # next:punctuation-only
    1.0270,  # next:short-unpunctuated
    0.8455,  # next:ends-sentence
    0.7819,  # next:chars<30
    -0.6421,  # next:chars>=120
    1.6231,  # after:continues
    -0.2842,  # after:starts-upper
    -0.2364,  # after:none
    0.1454,  # block:quote-open
    4.3197,  # block:bracket-open
    -0.3034,  # record:stops>=0.8
    0.0998,  # record:stops<0.5
    0.0362,  # record:short-lines>=0.5
    0.0000,  # record:hard-wrapped
    -1.3378,  # link-shape
    -1.1170,  # stop-then-link-shape
    -0.7438,  # list-shape
    -0.7845,  # long-unfinished-before-capital
    -3.9476,  # block:starts-lower
    -0.2044,  # after:ends-unpunctuated
    -1.0760,  # list-run
    0.5490,  # link-sandwich
    0.8006,  # record:continuations>=0.1
    0.3310,  # prev:last-word-lower
    0.3935,  # prev:last-word-capital
    0.3451,  # prev:inner-punctuation
    -0.2268,  # next:inner-punctuation
    -0.3402,  # short-pair
    1.3452,  # block:unpunctuated-run
    0.2892,  # record:link-lines>=0.03
    1.0280,  # record:link-lines>=0.1
    0.3641,  # link-shape-in-linked-record
    0.5483,  # unfinished-before-capital-in-linked-record
    -0.4737,  # link-shape-after-heading-position
    0.2812,  # record:link-line-inside-sentence
    -0.6377,  # unfinished-before-capital-in-sentence-linked-record
    0.7553,  # link-shape-in-sentence-linked-record
    0.7818,  # prev:long-unfinished
    1.0928,  # link-shape-after-long-unfinished
    1.5625,  # link-shape-before-punctuation
    0.6111,  # link-shape-then-sentence-end
    0.3221,  # next:longer-link-shape
    -1.2296,  # link-shape-echoes-prev
    -0.4865,  # record:breaks-before-links
    0.4335,  # link-shape-in-breaks-before-links-record
    0.4900,  # unfinished-before-capital-in-breaks-before-links-record
    -0.5365,  # link-shape-after-heading-position-in-other-record
    -0.5328,  # amount-after-unfinished
    0.7493,  # next:known-capital
    0.1951,  # unfinished-before-known-capital
    -0.6989,  # unfinished-before-capital-in-noun-record
    0.7930,  # long-unfinished-before-capital-in-noun-record
    1.2377,  # abbreviation-before-lower
    0.3764,  # prev:bracketed
    1.6121,  # next:bracketed
    -1.5047,  # prev:address
    -1.0569,  # next:address
    4.3468,  # colon-before-address
    7.4191,  # title-before-capital
    6.1020,  # quote-then-lower
    6.3745,  # next:post-link
)

VETO_BELOW: Final = 0.55
"""A join proposed by a rule is kept back when the join probability is below this."""
JOIN_FROM: Final = 0.75
"""A break the rules kept is joined when the join probability is at least this."""
