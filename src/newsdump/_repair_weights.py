"""The fitted weights of the repair's join model (generated: do not edit by hand).

Regenerate from the repository root with ``python tools/fit_repair.py --write`` (see
tools/README.md); the features are documented in docs/repair.md.
"""

from typing import Final

FEATURES_FINGERPRINT: Final = "9690fe6a34895845"
DATA_FINGERPRINT: Final = "9a2cc356137f4eec"
EXAMPLES_FINGERPRINT: Final = "00ce34f0d3a22098"
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
    -1.6233,  # bias
    2.9942,  # rule:punctuation-only-line
    1.6042,  # rule:opener-at-end
    5.1905,  # rule:closing-punctuation-start
    4.1353,  # rule:possessive-start
    1.0825,  # rule:closing-quote-start
    -1.3404,  # rule:ellipsis-continues
    0.3046,  # rule:lower-case-start
    -1.1382,  # rule:parenthesis-continues
    1.1053,  # rule:dash-continues
    -0.9998,  # rule:lower-case-after-stop
    2.0233,  # rule:function-word-at-end
    -4.2636,  # rule:open-bracket
    -1.8210,  # rule:link-text-line
    -1.5670,  # rule:uncased-mid-sentence
    0.0000,  # rule:hard-wrap
    -2.4011,  # rule:unfinished-before-capital
    -1.8907,  # rule:sentence-end
    -1.4412,  # prev:ends-full-stop
    -2.6014,  # prev:ends-other-stop
    -1.0912,  # prev:ends-colon
    -0.9875,  # prev:ends-semicolon
    3.8129,  # prev:ends-comma
    1.2110,  # prev:ends-unpunctuated
    -0.6098,  # prev:ends-closing-quote-or-bracket
    -0.3750,  # prev:ends-function-word
    -0.1354,  # prev:chars<30
    0.1870,  # prev:chars<60
    -0.3395,  # prev:chars>=120
    0.9362,  # prev:words<=4
    0.6691,  # prev:heading-position
    -0.3353,  # prev:title-case
    1.5679,  # prev:ends-uncased-letter
    1.0404,  # next:starts-lower
    -1.4301,  # next:starts-upper
    -2.0249,  # next:starts-digit
    -0.4155,  # next:starts-punctuation
    0.5194,  # next:starts-uncased
    1.0632,  # next:punctuation-only
    1.0346,  # next:short-unpunctuated
    0.8386,  # next:ends-sentence
    0.7821,  # next:chars<30
    -0.6168,  # next:chars>=120
    1.6234,  # after:continues
    -0.2846,  # after:starts-upper
    -0.2412,  # after:none
    0.1473,  # block:quote-open
    4.3171,  # block:bracket-open
    -0.2929,  # record:stops>=0.8
    0.0777,  # record:stops<0.5
    0.0440,  # record:short-lines>=0.5
    0.0000,  # record:hard-wrapped
    -1.2699,  # link-shape
    -1.1315,  # stop-then-link-shape
    -0.7297,  # list-shape
    -0.8087,  # long-unfinished-before-capital
    -4.1173,  # block:starts-lower
    -0.1928,  # after:ends-unpunctuated
    -1.0970,  # list-run
    0.5290,  # link-sandwich
    0.7917,  # record:continuations>=0.1
    0.3477,  # prev:last-word-lower
    0.3842,  # prev:last-word-capital
    0.3406,  # prev:inner-punctuation
    -0.2342,  # next:inner-punctuation
    -0.3431,  # short-pair
    1.3505,  # block:unpunctuated-run
    0.3126,  # record:link-lines>=0.03
    1.0610,  # record:link-lines>=0.1
    0.3177,  # link-shape-in-linked-record
    0.5476,  # unfinished-before-capital-in-linked-record
    -0.4774,  # link-shape-after-heading-position
    0.2529,  # record:link-line-inside-sentence
    -0.6215,  # unfinished-before-capital-in-sentence-linked-record
    0.7774,  # link-shape-in-sentence-linked-record
    0.7939,  # prev:long-unfinished
    1.0795,  # link-shape-after-long-unfinished
    1.5525,  # link-shape-before-punctuation
    0.5964,  # link-shape-then-sentence-end
    0.3397,  # next:longer-link-shape
    -1.2257,  # link-shape-echoes-prev
    -0.4499,  # record:breaks-before-links
    0.4142,  # link-shape-in-breaks-before-links-record
    0.4476,  # unfinished-before-capital-in-breaks-before-links-record
    -0.5583,  # link-shape-after-heading-position-in-other-record
    -0.4925,  # amount-after-unfinished
    0.7418,  # next:known-capital
    0.2001,  # unfinished-before-known-capital
    -0.6920,  # unfinished-before-capital-in-noun-record
    0.7955,  # long-unfinished-before-capital-in-noun-record
    1.2287,  # abbreviation-before-lower
    0.3660,  # prev:bracketed
    1.6326,  # next:bracketed
    -1.5044,  # prev:address
    -1.0529,  # next:address
    4.3443,  # colon-before-address
    7.4211,  # title-before-capital
    6.1856,  # quote-then-lower
    6.3715,  # next:post-link
)

VETO_BELOW: Final = 0.45
"""A join proposed by a rule is kept back when the join probability is below this."""
JOIN_FROM: Final = 0.75
"""A break the rules kept is joined when the join probability is at least this."""
