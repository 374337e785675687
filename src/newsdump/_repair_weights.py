"""The fitted weights of the repair's join model (generated: do not edit by hand).

Regenerate from the repository root with ``python tools/fit_repair.py --write`` (see
tools/README.md); the features are documented in docs/repair.md.
"""

from typing import Final

FEATURES_FINGERPRINT: Final = "9690fe6a34895845"
DATA_FINGERPRINT: Final = "9a2cc356137f4eec"
EXAMPLES_FINGERPRINT: Final = "94fecc3cc3c986ff"
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
    -1.6705,  # bias
    2.9729,  # rule:punctuation-only-line
    1.9009,  # rule:opener-at-end
    5.1576,  # rule:closing-punctuation-start
    4.0975,  # rule:possessive-start
    1.0569,  # rule:closing-quote-start
    -1.2080,  # rule:ellipsis-continues
    0.2965,  # rule:lower-case-start
    -1.1900,  # rule:parenthesis-continues
    1.0633,  # rule:dash-continues
    -0.9919,  # rule:lower-case-after-stop
    2.0306,  # rule:function-word-at-end
    -4.2914,  # rule:open-bracket
    -1.8401,  # rule:link-text-line
    -1.5336,  # rule:uncased-mid-sentence
    0.0000,  # rule:hard-wrap
    -2.4005,  # rule:unfinished-before-capital
    -1.9012,  # rule:sentence-end
    -1.4570,  # prev:ends-full-stop
    -2.5939,  # prev:ends-other-stop
    -1.0841,  # prev:ends-colon
    -1.0065,  # prev:ends-semicolon
    3.7949,  # prev:ends-comma
    1.1950,  # prev:ends-unpunctuated
    -0.6139,  # prev:ends-closing-quote-or-bracket
    -0.3671,  # prev:ends-function-word
    -0.1309,  # prev:chars<30
    0.2014,  # prev:chars<60
    -0.3333,  # prev:chars>=120
    0.9453,  # prev:words<=4
    0.6664,  # prev:heading-position
    -0.3240,  # prev:title-case
    1.5820,  # prev:ends-uncased-letter
    1.0316,  # next:starts-lower
    -1.4574,  # next:starts-upper
    -2.0358,  # next:starts-digit
    -0.3972,  # next:starts-punctuation
    0.5262,  # next:starts-uncased
    1.0642,  # next:punctuation-only
    1.0556,  # next:short-unpunctuated
    0.8861,  # next:ends-sentence
    0.7554,  # next:chars<30
    -0.6299,  # next:chars>=120
    1.6431,  # after:continues
    -0.2863,  # after:starts-upper
    -0.2873,  # after:none
    0.1510,  # block:quote-open
    4.3047,  # block:bracket-open
    -0.3079,  # record:stops>=0.8
    0.1118,  # record:stops<0.5
    0.0433,  # record:short-lines>=0.5
    0.0000,  # record:hard-wrapped
    -1.2987,  # link-shape
    -1.0921,  # stop-then-link-shape
    -0.7195,  # list-shape
    -0.7469,  # long-unfinished-before-capital
    -4.0240,  # block:starts-lower
    -0.2061,  # after:ends-unpunctuated
    -1.1016,  # list-run
    0.5494,  # link-sandwich
    0.8293,  # record:continuations>=0.1
    0.3355,  # prev:last-word-lower
    0.4146,  # prev:last-word-capital
    0.3459,  # prev:inner-punctuation
    -0.2260,  # next:inner-punctuation
    -0.3125,  # short-pair
    1.3550,  # block:unpunctuated-run
    0.3035,  # record:link-lines>=0.03
    1.0478,  # record:link-lines>=0.1
    0.3560,  # link-shape-in-linked-record
    0.4851,  # unfinished-before-capital-in-linked-record
    -0.4700,  # link-shape-after-heading-position
    0.2391,  # record:link-line-inside-sentence
    -0.5629,  # unfinished-before-capital-in-sentence-linked-record
    0.7742,  # link-shape-in-sentence-linked-record
    0.8120,  # prev:long-unfinished
    1.0688,  # link-shape-after-long-unfinished
    1.5582,  # link-shape-before-punctuation
    0.6009,  # link-shape-then-sentence-end
    0.3449,  # next:longer-link-shape
    -1.2208,  # link-shape-echoes-prev
    -0.4549,  # record:breaks-before-links
    0.3957,  # link-shape-in-breaks-before-links-record
    0.4453,  # unfinished-before-capital-in-breaks-before-links-record
    -0.5740,  # link-shape-after-heading-position-in-other-record
    -0.5059,  # amount-after-unfinished
    0.7596,  # next:known-capital
    0.2060,  # unfinished-before-known-capital
    -0.7324,  # unfinished-before-capital-in-noun-record
    0.7945,  # long-unfinished-before-capital-in-noun-record
    1.2119,  # abbreviation-before-lower
    0.3958,  # prev:bracketed
    1.6496,  # next:bracketed
    -1.4941,  # prev:address
    -1.0765,  # next:address
    4.3704,  # colon-before-address
    7.4082,  # title-before-capital
    6.1519,  # quote-then-lower
    6.4001,  # next:post-link
)

VETO_BELOW: Final = 0.45
"""A join proposed by a rule is kept back when the join probability is below this."""
JOIN_FROM: Final = 0.75
"""A break the rules kept is joined when the join probability is at least this."""
