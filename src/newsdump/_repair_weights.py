"""The fitted weights of the repair's join model (generated: do not edit by hand).

Regenerate from the repository root with ``python tools/fit_repair.py --write`` (see
tools/README.md); the features are documented in docs/repair.md.
"""

from typing import Final

FEATURES_FINGERPRINT: Final = "9690fe6a34895845"
DATA_FINGERPRINT: Final = "9a2cc356137f4eec"
EXAMPLES_FINGERPRINT: Final = "268ea3fb347093cd"
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
    -1.6179,  # bias
    2.9859,  # rule:punctuation-only-line
    1.6133,  # rule:opener-at-end
    5.1758,  # rule:closing-punctuation-start
    4.1254,  # rule:possessive-start
    1.0738,  # rule:closing-quote-start
    -1.2032,  # rule:ellipsis-continues
    0.3106,  # rule:lower-case-start
    -1.1546,  # rule:parenthesis-continues
    1.0880,  # rule:dash-continues
    -1.0074,  # rule:lower-case-after-stop
    2.0422,  # rule:function-word-at-end
    -4.2533,  # rule:open-bracket
    -1.8140,  # rule:link-text-line
    -1.5635,  # rule:uncased-mid-sentence
    0.0000,  # rule:hard-wrap
    -2.4075,  # rule:unfinished-before-capital
    -1.8842,  # rule:sentence-end
    -1.4317,  # prev:ends-full-stop
    -2.6097,  # prev:ends-other-stop
    -1.1004,  # prev:ends-colon
    -1.0063,  # prev:ends-semicolon
    3.8051,  # prev:ends-comma
    1.2078,  # prev:ends-unpunctuated
    -0.6156,  # prev:ends-closing-quote-or-bracket
    -0.3804,  # prev:ends-function-word
    -0.1475,  # prev:chars<30
    0.1795,  # prev:chars<60
    -0.3581,  # prev:chars>=120
    0.9401,  # prev:words<=4
    0.6630,  # prev:heading-position
    -0.3371,  # prev:title-case
    1.5683,  # prev:ends-uncased-letter
    1.0411,  # next:starts-lower
    -1.4318,  # next:starts-upper
    -2.0235,  # next:starts-digit
    -0.4005,  # next:starts-punctuation
    0.5261,  # next:starts-uncased
    1.0534,  # next:punctuation-only
    1.0349,  # next:short-unpunctuated
    0.8476,  # next:ends-sentence
    0.7831,  # next:chars<30
    -0.6305,  # next:chars>=120
    1.6288,  # after:continues
    -0.2807,  # after:starts-upper
    -0.2404,  # after:none
    0.1445,  # block:quote-open
    4.3231,  # block:bracket-open
    -0.2993,  # record:stops>=0.8
    0.0999,  # record:stops<0.5
    0.0331,  # record:short-lines>=0.5
    0.0000,  # record:hard-wrapped
    -1.3020,  # link-shape
    -1.1302,  # stop-then-link-shape
    -0.7338,  # list-shape
    -0.8037,  # long-unfinished-before-capital
    -4.0309,  # block:starts-lower
    -0.2011,  # after:ends-unpunctuated
    -1.0970,  # list-run
    0.5409,  # link-sandwich
    0.7974,  # record:continuations>=0.1
    0.3363,  # prev:last-word-lower
    0.3883,  # prev:last-word-capital
    0.3449,  # prev:inner-punctuation
    -0.2262,  # next:inner-punctuation
    -0.3340,  # short-pair
    1.3540,  # block:unpunctuated-run
    0.3065,  # record:link-lines>=0.03
    1.0486,  # record:link-lines>=0.1
    0.3343,  # link-shape-in-linked-record
    0.5481,  # unfinished-before-capital-in-linked-record
    -0.4740,  # link-shape-after-heading-position
    0.2510,  # record:link-line-inside-sentence
    -0.6222,  # unfinished-before-capital-in-sentence-linked-record
    0.7781,  # link-shape-in-sentence-linked-record
    0.7943,  # prev:long-unfinished
    1.0903,  # link-shape-after-long-unfinished
    1.5585,  # link-shape-before-punctuation
    0.5973,  # link-shape-then-sentence-end
    0.3309,  # next:longer-link-shape
    -1.2261,  # link-shape-echoes-prev
    -0.4667,  # record:breaks-before-links
    0.4222,  # link-shape-in-breaks-before-links-record
    0.4647,  # unfinished-before-capital-in-breaks-before-links-record
    -0.5521,  # link-shape-after-heading-position-in-other-record
    -0.5104,  # amount-after-unfinished
    0.7439,  # next:known-capital
    0.2008,  # unfinished-before-known-capital
    -0.6947,  # unfinished-before-capital-in-noun-record
    0.7925,  # long-unfinished-before-capital-in-noun-record
    1.2228,  # abbreviation-before-lower
    0.3786,  # prev:bracketed
    1.6167,  # next:bracketed
    -1.5075,  # prev:address
    -1.0554,  # next:address
    4.3488,  # colon-before-address
    7.4261,  # title-before-capital
    6.1378,  # quote-then-lower
    6.3840,  # next:post-link
)

VETO_BELOW: Final = 0.45
"""A join proposed by a rule is kept back when the join probability is below this."""
JOIN_FROM: Final = 0.75
"""A break the rules kept is joined when the join probability is at least this."""
