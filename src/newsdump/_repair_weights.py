"""The fitted weights of the repair's join model (generated: do not edit by hand).

Regenerate from the repository root with ``python tools/fit_repair.py --write`` (see
tools/README.md); the features are documented in docs/repair.md.
"""

from typing import Final

FEATURES_FINGERPRINT: Final = "69cfe3b78c1d27f1"
DATA_FINGERPRINT: Final = "9a2cc356137f4eec"
EXAMPLES_FINGERPRINT: Final = "539755cc3f8db498"
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
    -1.9064,  # bias
    2.8377,  # rule:punctuation-only-line
    2.0753,  # rule:opener-at-end
    4.9315,  # rule:closing-punctuation-start
    3.9615,  # rule:possessive-start
    0.8556,  # rule:closing-quote-start
    -1.5296,  # rule:ellipsis-continues
    0.2419,  # rule:lower-case-start
    -1.4104,  # rule:parenthesis-continues
    0.9037,  # rule:dash-continues
    -1.0089,  # rule:lower-case-after-stop
    2.1280,  # rule:function-word-at-end
    -4.2168,  # rule:open-bracket
    -1.9209,  # rule:link-text-line
    -0.5089,  # rule:uncased-mid-sentence
    0.0000,  # rule:hard-wrap
    -2.3927,  # rule:unfinished-before-capital
    -1.9269,  # rule:sentence-end
    -1.5290,  # prev:ends-full-stop
    -2.4519,  # prev:ends-other-stop
    -1.0929,  # prev:ends-colon
    -0.9383,  # prev:ends-semicolon
    4.1276,  # prev:ends-comma
    0.9427,  # prev:ends-unpunctuated
    -0.3952,  # prev:ends-closing-quote-or-bracket
    -0.4600,  # prev:ends-function-word
    0.1841,  # prev:chars<30
    0.2258,  # prev:chars<60
    -0.3711,  # prev:chars>=120
    0.6146,  # prev:words<=4
    0.6660,  # prev:heading-position
    -0.2647,  # prev:title-case
    1.3517,  # prev:ends-uncased-letter
    0.9462,  # next:starts-lower
    -1.5921,  # next:starts-upper
    -2.3827,  # next:starts-digit
    -0.3112,  # next:starts-punctuation
    0.8861,  # next:starts-uncased
    1.0852,  # next:punctuation-only
    0.9837,  # next:short-unpunctuated
    0.8850,  # next:ends-sentence
    0.7463,  # next:chars<30
    -0.6653,  # next:chars>=120
    1.7787,  # after:continues
    -0.0883,  # after:starts-upper
    -0.1110,  # after:none
    0.2021,  # block:quote-open
    4.2471,  # block:bracket-open
    -0.2369,  # record:stops>=0.8
    0.0791,  # record:stops<0.5
    0.0275,  # record:short-lines>=0.5
    0.0000,  # record:hard-wrapped
    -1.0868,  # link-shape
    -0.9918,  # stop-then-link-shape
    -0.8937,  # list-shape
    -0.7925,  # long-unfinished-before-capital
    -3.8956,  # block:starts-lower
    -0.1260,  # after:ends-unpunctuated
    -1.0881,  # list-run
    0.5879,  # link-sandwich
    0.9417,  # record:continuations>=0.1
    0.6257,  # prev:last-word-lower
    0.6890,  # prev:last-word-capital
    0.4182,  # prev:inner-punctuation
    -0.1889,  # next:inner-punctuation
    -0.1984,  # short-pair
    1.4523,  # block:unpunctuated-run
    0.3050,  # record:link-lines>=0.03
    1.1031,  # record:link-lines>=0.1
    0.4290,  # link-shape-in-linked-record
    0.2877,  # unfinished-before-capital-in-linked-record
    -0.4661,  # link-shape-after-heading-position
    0.1418,  # record:link-line-inside-sentence
    -0.3817,  # unfinished-before-capital-in-sentence-linked-record
    0.7304,  # link-shape-in-sentence-linked-record
    0.8581,  # prev:long-unfinished
    1.0732,  # link-shape-after-long-unfinished
    1.5798,  # link-shape-before-punctuation
    0.6404,  # link-shape-then-sentence-end
    0.3977,  # next:longer-link-shape
    -1.2790,  # link-shape-echoes-prev
    -0.3875,  # record:breaks-before-links
    0.2588,  # link-shape-in-breaks-before-links-record
    0.4025,  # unfinished-before-capital-in-breaks-before-links-record
    -0.7577,  # link-shape-after-heading-position-in-other-record
    -0.8955,  # amount-after-unfinished
    0.6884,  # next:known-capital
    0.3650,  # unfinished-before-known-capital
    -0.6344,  # unfinished-before-capital-in-noun-record
    0.7986,  # long-unfinished-before-capital-in-noun-record
    1.1992,  # abbreviation-before-lower
    0.5526,  # prev:bracketed
    1.6284,  # next:bracketed
    -1.3207,  # prev:address
    -1.0326,  # next:address
    4.3633,  # colon-before-address
    7.6322,  # title-before-capital
    6.1433,  # quote-then-lower
    6.4166,  # next:post-link
    3.9163,  # latin-after-ideograph
    -1.0977,  # stop-then-uncased-link-shape
)

VETO_BELOW: Final = 0.55
"""A join proposed by a rule is kept back when the join probability is below this."""
JOIN_FROM: Final = 0.75
"""A break the rules kept is joined when the join probability is at least this."""
