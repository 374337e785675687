"""The fitted weights of the repair's join model (generated: do not edit by hand).

Regenerate from the repository root with ``python tools/fit_repair.py --write`` (see
tools/README.md); the features are documented in docs/repair.md.
"""

from typing import Final

FEATURES_FINGERPRINT: Final = "a47c4bc311913edf"
DATA_FINGERPRINT: Final = "9a2cc356137f4eec"
EXAMPLES_FINGERPRINT: Final = "e332f3b99ae04c4d"
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
    "possessive-before-capital",
)

WEIGHTS: Final = (
    -2.0450,  # bias
    2.7544,  # rule:punctuation-only-line
    2.9824,  # rule:opener-at-end
    4.8075,  # rule:closing-punctuation-start
    3.7909,  # rule:possessive-start
    0.7502,  # rule:closing-quote-start
    -1.3511,  # rule:ellipsis-continues
    0.0436,  # rule:lower-case-start
    -1.6082,  # rule:parenthesis-continues
    0.7210,  # rule:dash-continues
    -1.0618,  # rule:lower-case-after-stop
    2.1510,  # rule:function-word-at-end
    -4.0353,  # rule:open-bracket
    -1.6426,  # rule:link-text-line
    -0.0755,  # rule:uncased-mid-sentence
    0.0000,  # rule:hard-wrap
    -2.1983,  # rule:unfinished-before-capital
    -1.9547,  # rule:sentence-end
    -1.6414,  # prev:ends-full-stop
    -2.2954,  # prev:ends-other-stop
    -1.2180,  # prev:ends-colon
    -0.9587,  # prev:ends-semicolon
    4.1149,  # prev:ends-comma
    0.9819,  # prev:ends-unpunctuated
    -0.3441,  # prev:ends-closing-quote-or-bracket
    -0.3757,  # prev:ends-function-word
    0.3976,  # prev:chars<30
    0.2945,  # prev:chars<60
    -0.3175,  # prev:chars>=120
    0.5636,  # prev:words<=4
    0.6714,  # prev:heading-position
    -0.2338,  # prev:title-case
    1.0393,  # prev:ends-uncased-letter
    0.9072,  # next:starts-lower
    -1.5896,  # next:starts-upper
    -2.5913,  # next:starts-digit
    -0.3232,  # next:starts-punctuation
    0.6917,  # next:starts-uncased
    0.9612,  # next:punctuation-only
    1.0653,  # next:short-unpunctuated
    0.9999,  # next:ends-sentence
    0.6820,  # next:chars<30
    -0.5906,  # next:chars>=120
    2.0601,  # after:continues
    0.1360,  # after:starts-upper
    0.0169,  # after:none
    0.1286,  # block:quote-open
    4.2291,  # block:bracket-open
    -0.3385,  # record:stops>=0.8
    0.0764,  # record:stops<0.5
    -0.0152,  # record:short-lines>=0.5
    0.0000,  # record:hard-wrapped
    -1.3203,  # link-shape
    -0.9359,  # stop-then-link-shape
    -1.0358,  # list-shape
    -0.6241,  # long-unfinished-before-capital
    -3.9616,  # block:starts-lower
    -0.1387,  # after:ends-unpunctuated
    -1.0902,  # list-run
    0.3108,  # link-sandwich
    1.0031,  # record:continuations>=0.1
    0.6287,  # prev:last-word-lower
    0.6441,  # prev:last-word-capital
    0.3358,  # prev:inner-punctuation
    -0.1667,  # next:inner-punctuation
    -0.2645,  # short-pair
    1.4651,  # block:unpunctuated-run
    0.3036,  # record:link-lines>=0.03
    1.0344,  # record:link-lines>=0.1
    0.4419,  # link-shape-in-linked-record
    0.1013,  # unfinished-before-capital-in-linked-record
    -0.6371,  # link-shape-after-heading-position
    0.1501,  # record:link-line-inside-sentence
    -0.4481,  # unfinished-before-capital-in-sentence-linked-record
    0.7296,  # link-shape-in-sentence-linked-record
    0.8313,  # prev:long-unfinished
    0.8477,  # link-shape-after-long-unfinished
    1.5746,  # link-shape-before-punctuation
    0.6477,  # link-shape-then-sentence-end
    0.5329,  # next:longer-link-shape
    -1.3661,  # link-shape-echoes-prev
    -0.3965,  # record:breaks-before-links
    0.4608,  # link-shape-in-breaks-before-links-record
    0.7042,  # unfinished-before-capital-in-breaks-before-links-record
    -0.3007,  # link-shape-after-heading-position-in-other-record
    -1.3612,  # amount-after-unfinished
    0.6838,  # next:known-capital
    -0.0232,  # unfinished-before-known-capital
    -0.6769,  # unfinished-before-capital-in-noun-record
    0.7515,  # long-unfinished-before-capital-in-noun-record
    1.2590,  # abbreviation-before-lower
    0.5464,  # prev:bracketed
    1.6636,  # next:bracketed
    -1.4165,  # prev:address
    -1.0556,  # next:address
    4.4950,  # colon-before-address
    7.6551,  # title-before-capital
    5.9436,  # quote-then-lower
    6.5454,  # next:post-link
    3.6951,  # latin-after-ideograph
    -1.2076,  # stop-then-uncased-link-shape
    2.2181,  # clause-then-short
    -1.6259,  # unfinished-before-common-word
    4.3941,  # phrase-said-together
    5.5856,  # possessive-before-capital
)

VETO_BELOW: Final = 0.50
"""A join proposed by a rule is kept back when the join probability is below this."""
JOIN_FROM: Final = 0.75
"""A break the rules kept is joined when the join probability is at least this."""
