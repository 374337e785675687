"""The fitted weights of the repair's join model (generated: do not edit by hand).

Regenerate from the repository root with ``python tools/fit_repair.py --write`` (see
tools/README.md); the features are documented in docs/repair.md.
"""

from typing import Final

FEATURES_FINGERPRINT: Final = "9690fe6a34895845"
DATA_FINGERPRINT: Final = "9a2cc356137f4eec"
EXAMPLES_FINGERPRINT: Final = "8d9bb189e24d6864"
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
    -1.6195,  # bias
    2.9922,  # rule:punctuation-only-line
    1.6119,  # rule:opener-at-end
    5.1765,  # rule:closing-punctuation-start
    4.1280,  # rule:possessive-start
    1.0753,  # rule:closing-quote-start
    -1.3544,  # rule:ellipsis-continues
    0.3059,  # rule:lower-case-start
    -1.1502,  # rule:parenthesis-continues
    1.0947,  # rule:dash-continues
    -1.0053,  # rule:lower-case-after-stop
    2.0241,  # rule:function-word-at-end
    -4.2666,  # rule:open-bracket
    -1.8228,  # rule:link-text-line
    -1.5675,  # rule:uncased-mid-sentence
    0.0000,  # rule:hard-wrap
    -2.4046,  # rule:unfinished-before-capital
    -1.8830,  # rule:sentence-end
    -1.4315,  # prev:ends-full-stop
    -2.6072,  # prev:ends-other-stop
    -1.1034,  # prev:ends-colon
    -1.0001,  # prev:ends-semicolon
    3.8054,  # prev:ends-comma
    1.2053,  # prev:ends-unpunctuated
    -0.6154,  # prev:ends-closing-quote-or-bracket
    -0.3722,  # prev:ends-function-word
    -0.1381,  # prev:chars<30
    0.1827,  # prev:chars<60
    -0.3596,  # prev:chars>=120
    0.9361,  # prev:words<=4
    0.6666,  # prev:heading-position
    -0.3337,  # prev:title-case
    1.5690,  # prev:ends-uncased-letter
    1.0399,  # next:starts-lower
    -1.4315,  # next:starts-upper
    -2.0242,  # next:starts-digit
    -0.4024,  # next:starts-punctuation
    0.5270,  # next:starts-uncased
    1.0551,  # next:punctuation-only
    1.0356,  # next:short-unpunctuated
    0.8442,  # next:ends-sentence
    0.7788,  # next:chars<30
    -0.6318,  # next:chars>=120
    1.6205,  # after:continues
    -0.2771,  # after:starts-upper
    -0.2426,  # after:none
    0.1412,  # block:quote-open
    4.3204,  # block:bracket-open
    -0.2979,  # record:stops>=0.8
    0.0908,  # record:stops<0.5
    0.0387,  # record:short-lines>=0.5
    0.0000,  # record:hard-wrapped
    -1.2715,  # link-shape
    -1.1420,  # stop-then-link-shape
    -0.7247,  # list-shape
    -0.8070,  # long-unfinished-before-capital
    -4.1180,  # block:starts-lower
    -0.1987,  # after:ends-unpunctuated
    -1.0901,  # list-run
    0.5316,  # link-sandwich
    0.7956,  # record:continuations>=0.1
    0.3444,  # prev:last-word-lower
    0.3810,  # prev:last-word-capital
    0.3474,  # prev:inner-punctuation
    -0.2240,  # next:inner-punctuation
    -0.3448,  # short-pair
    1.3504,  # block:unpunctuated-run
    0.3078,  # record:link-lines>=0.03
    1.0525,  # record:link-lines>=0.1
    0.3245,  # link-shape-in-linked-record
    0.5507,  # unfinished-before-capital-in-linked-record
    -0.4789,  # link-shape-after-heading-position
    0.2476,  # record:link-line-inside-sentence
    -0.6179,  # unfinished-before-capital-in-sentence-linked-record
    0.7789,  # link-shape-in-sentence-linked-record
    0.8004,  # prev:long-unfinished
    1.0840,  # link-shape-after-long-unfinished
    1.5538,  # link-shape-before-punctuation
    0.5975,  # link-shape-then-sentence-end
    0.3409,  # next:longer-link-shape
    -1.2253,  # link-shape-echoes-prev
    -0.4519,  # record:breaks-before-links
    0.4162,  # link-shape-in-breaks-before-links-record
    0.4494,  # unfinished-before-capital-in-breaks-before-links-record
    -0.5555,  # link-shape-after-heading-position-in-other-record
    -0.5084,  # amount-after-unfinished
    0.7416,  # next:known-capital
    0.2016,  # unfinished-before-known-capital
    -0.6913,  # unfinished-before-capital-in-noun-record
    0.7933,  # long-unfinished-before-capital-in-noun-record
    1.2223,  # abbreviation-before-lower
    0.3784,  # prev:bracketed
    1.6150,  # next:bracketed
    -1.5058,  # prev:address
    -1.0600,  # next:address
    4.3546,  # colon-before-address
    7.4205,  # title-before-capital
    6.1825,  # quote-then-lower
    6.3830,  # next:post-link
)

VETO_BELOW: Final = 0.45
"""A join proposed by a rule is kept back when the join probability is below this."""
JOIN_FROM: Final = 0.75
"""A break the rules kept is joined when the join probability is at least this."""
