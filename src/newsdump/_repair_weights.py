"""The fitted weights of the repair's join model (generated: do not edit by hand).

Regenerate from the repository root with ``python tools/fit_repair.py --write`` (see
tools/README.md); the features are documented in docs/repair.md.
"""

from typing import Final

FEATURES_FINGERPRINT: Final = "eaa7de8611c06ed7"
DATA_FINGERPRINT: Final = "9a2cc356137f4eec"
EXAMPLES_FINGERPRINT: Final = "ab041c080a799b74"
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
    "latin-in-uncased-sentence",
)

WEIGHTS: Final = (
    -1.7924,  # bias
    2.8756,  # rule:punctuation-only-line
    2.0936,  # rule:opener-at-end
    5.0145,  # rule:closing-punctuation-start
    4.0278,  # rule:possessive-start
    0.9677,  # rule:closing-quote-start
    -1.4918,  # rule:ellipsis-continues
    0.2892,  # rule:lower-case-start
    -1.3305,  # rule:parenthesis-continues
    0.9500,  # rule:dash-continues
    -0.9937,  # rule:lower-case-after-stop
    2.1671,  # rule:function-word-at-end
    -4.2545,  # rule:open-bracket
    -1.7869,  # rule:link-text-line
    -1.1218,  # rule:uncased-mid-sentence
    0.0000,  # rule:hard-wrap
    -2.3322,  # rule:unfinished-before-capital
    -1.9482,  # rule:sentence-end
    -1.4852,  # prev:ends-full-stop
    -2.7473,  # prev:ends-other-stop
    -1.0587,  # prev:ends-colon
    -1.0051,  # prev:ends-semicolon
    3.8454,  # prev:ends-comma
    1.1696,  # prev:ends-unpunctuated
    -0.5426,  # prev:ends-closing-quote-or-bracket
    -0.4205,  # prev:ends-function-word
    0.1039,  # prev:chars<30
    0.2295,  # prev:chars<60
    -0.3522,  # prev:chars>=120
    0.7324,  # prev:words<=4
    0.5735,  # prev:heading-position
    -0.3163,  # prev:title-case
    0.9842,  # prev:ends-uncased-letter
    0.9894,  # next:starts-lower
    -1.5728,  # next:starts-upper
    -2.3680,  # next:starts-digit
    -0.3110,  # next:starts-punctuation
    1.0831,  # next:starts-uncased
    1.0576,  # next:punctuation-only
    0.9887,  # next:short-unpunctuated
    0.8692,  # next:ends-sentence
    0.7630,  # next:chars<30
    -0.6469,  # next:chars>=120
    1.7064,  # after:continues
    -0.1777,  # after:starts-upper
    -0.1823,  # after:none
    0.1209,  # block:quote-open
    4.3468,  # block:bracket-open
    -0.2769,  # record:stops>=0.8
    0.1058,  # record:stops<0.5
    0.0221,  # record:short-lines>=0.5
    0.0000,  # record:hard-wrapped
    -1.3000,  # link-shape
    -1.0443,  # stop-then-link-shape
    -0.8521,  # list-shape
    -0.8140,  # long-unfinished-before-capital
    -3.9428,  # block:starts-lower
    -0.1445,  # after:ends-unpunctuated
    -1.1036,  # list-run
    0.5951,  # link-sandwich
    0.9046,  # record:continuations>=0.1
    0.4074,  # prev:last-word-lower
    0.4584,  # prev:last-word-capital
    0.4008,  # prev:inner-punctuation
    -0.2026,  # next:inner-punctuation
    -0.2774,  # short-pair
    1.2926,  # block:unpunctuated-run
    0.2425,  # record:link-lines>=0.03
    1.0067,  # record:link-lines>=0.1
    0.4113,  # link-shape-in-linked-record
    0.4437,  # unfinished-before-capital-in-linked-record
    -0.4036,  # link-shape-after-heading-position
    0.2528,  # record:link-line-inside-sentence
    -0.5290,  # unfinished-before-capital-in-sentence-linked-record
    0.8234,  # link-shape-in-sentence-linked-record
    0.7849,  # prev:long-unfinished
    1.0896,  # link-shape-after-long-unfinished
    1.4999,  # link-shape-before-punctuation
    0.7092,  # link-shape-then-sentence-end
    0.3955,  # next:longer-link-shape
    -1.2291,  # link-shape-echoes-prev
    -0.4231,  # record:breaks-before-links
    0.3649,  # link-shape-in-breaks-before-links-record
    0.4518,  # unfinished-before-capital-in-breaks-before-links-record
    -0.6317,  # link-shape-after-heading-position-in-other-record
    -0.8847,  # amount-after-unfinished
    0.7981,  # next:known-capital
    0.1889,  # unfinished-before-known-capital
    -0.7087,  # unfinished-before-capital-in-noun-record
    0.8493,  # long-unfinished-before-capital-in-noun-record
    1.1912,  # abbreviation-before-lower
    0.4431,  # prev:bracketed
    1.6177,  # next:bracketed
    -1.4353,  # prev:address
    -1.0773,  # next:address
    4.3873,  # colon-before-address
    7.4983,  # title-before-capital
    6.0224,  # quote-then-lower
    6.4935,  # next:post-link
    3.6392,  # latin-in-uncased-sentence
)

VETO_BELOW: Final = 0.55
"""A join proposed by a rule is kept back when the join probability is below this."""
JOIN_FROM: Final = 0.75
"""A break the rules kept is joined when the join probability is at least this."""
