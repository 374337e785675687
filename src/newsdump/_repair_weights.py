"""The fitted weights of the repair's join model (generated: do not edit by hand).

Regenerate from the repository root with ``python tools/fit_repair.py --write`` (see
tools/README.md); the features are documented in docs/repair.md.
"""

from typing import Final

FEATURES_FINGERPRINT: Final = "69cfe3b78c1d27f1"
DATA_FINGERPRINT: Final = "9a2cc356137f4eec"
EXAMPLES_FINGERPRINT: Final = "9edbbedbed0c951c"
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
    -1.8186,  # bias
    2.8747,  # rule:punctuation-only-line
    2.0753,  # rule:opener-at-end
    5.0326,  # rule:closing-punctuation-start
    4.0071,  # rule:possessive-start
    0.9608,  # rule:closing-quote-start
    -1.3402,  # rule:ellipsis-continues
    0.2773,  # rule:lower-case-start
    -1.3399,  # rule:parenthesis-continues
    0.9351,  # rule:dash-continues
    -0.9888,  # rule:lower-case-after-stop
    2.1564,  # rule:function-word-at-end
    -4.2388,  # rule:open-bracket
    -1.7947,  # rule:link-text-line
    -1.2212,  # rule:uncased-mid-sentence
    0.0000,  # rule:hard-wrap
    -2.3307,  # rule:unfinished-before-capital
    -1.9577,  # rule:sentence-end
    -1.5005,  # prev:ends-full-stop
    -2.7297,  # prev:ends-other-stop
    -1.0555,  # prev:ends-colon
    -0.9915,  # prev:ends-semicolon
    3.8483,  # prev:ends-comma
    1.1645,  # prev:ends-unpunctuated
    -0.5407,  # prev:ends-closing-quote-or-bracket
    -0.4003,  # prev:ends-function-word
    0.1110,  # prev:chars<30
    0.2202,  # prev:chars<60
    -0.3714,  # prev:chars>=120
    0.7334,  # prev:words<=4
    0.5976,  # prev:heading-position
    -0.3155,  # prev:title-case
    0.9117,  # prev:ends-uncased-letter
    0.9686,  # next:starts-lower
    -1.5852,  # next:starts-upper
    -2.3920,  # next:starts-digit
    -0.3151,  # next:starts-punctuation
    1.1651,  # next:starts-uncased
    1.0496,  # next:punctuation-only
    1.0205,  # next:short-unpunctuated
    0.8906,  # next:ends-sentence
    0.7482,  # next:chars<30
    -0.6517,  # next:chars>=120
    1.7555,  # after:continues
    -0.1451,  # after:starts-upper
    -0.1620,  # after:none
    0.1338,  # block:quote-open
    4.2896,  # block:bracket-open
    -0.2765,  # record:stops>=0.8
    0.0894,  # record:stops<0.5
    0.0197,  # record:short-lines>=0.5
    0.0000,  # record:hard-wrapped
    -1.2739,  # link-shape
    -0.9177,  # stop-then-link-shape
    -0.8755,  # list-shape
    -0.8238,  # long-unfinished-before-capital
    -3.9916,  # block:starts-lower
    -0.1330,  # after:ends-unpunctuated
    -1.1391,  # list-run
    0.5986,  # link-sandwich
    0.9091,  # record:continuations>=0.1
    0.3922,  # prev:last-word-lower
    0.4476,  # prev:last-word-capital
    0.4059,  # prev:inner-punctuation
    -0.2120,  # next:inner-punctuation
    -0.2739,  # short-pair
    1.3300,  # block:unpunctuated-run
    0.2323,  # record:link-lines>=0.03
    0.9995,  # record:link-lines>=0.1
    0.4566,  # link-shape-in-linked-record
    0.3688,  # unfinished-before-capital-in-linked-record
    -0.3967,  # link-shape-after-heading-position
    0.2506,  # record:link-line-inside-sentence
    -0.4211,  # unfinished-before-capital-in-sentence-linked-record
    0.6858,  # link-shape-in-sentence-linked-record
    0.8165,  # prev:long-unfinished
    1.0854,  # link-shape-after-long-unfinished
    1.5656,  # link-shape-before-punctuation
    0.6292,  # link-shape-then-sentence-end
    0.4178,  # next:longer-link-shape
    -1.2393,  # link-shape-echoes-prev
    -0.4079,  # record:breaks-before-links
    0.4047,  # link-shape-in-breaks-before-links-record
    0.4085,  # unfinished-before-capital-in-breaks-before-links-record
    -0.6310,  # link-shape-after-heading-position-in-other-record
    -0.8601,  # amount-after-unfinished
    0.7010,  # next:known-capital
    0.2979,  # unfinished-before-known-capital
    -0.6840,  # unfinished-before-capital-in-noun-record
    0.8305,  # long-unfinished-before-capital-in-noun-record
    1.1310,  # abbreviation-before-lower
    0.4370,  # prev:bracketed
    1.6230,  # next:bracketed
    -1.4289,  # prev:address
    -1.0650,  # next:address
    4.3769,  # colon-before-address
    7.3558,  # title-before-capital
    6.1073,  # quote-then-lower
    6.4876,  # next:post-link
    3.8061,  # latin-after-ideograph
    -1.2114,  # stop-then-uncased-link-shape
)

VETO_BELOW: Final = 0.45
"""A join proposed by a rule is kept back when the join probability is below this."""
JOIN_FROM: Final = 0.75
"""A break the rules kept is joined when the join probability is at least this."""
