"""The fitted weights of the repair's join model (generated: do not edit by hand).

Regenerate from the repository root with ``python tools/fit_repair.py --write`` (see
tools/README.md); the features are documented in docs/repair.md.
"""

from typing import Final

FEATURES_FINGERPRINT: Final = "90bc87ff893a2d69"
DATA_FINGERPRINT: Final = "9a2cc356137f4eec"
EXAMPLES_FINGERPRINT: Final = "1610ae709de6a49c"
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
    "rule:command-line",
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
    -1.9391,  # bias
    2.7648,  # rule:punctuation-only-line
    2.8606,  # rule:opener-at-end
    4.9882,  # rule:closing-punctuation-start
    3.9633,  # rule:possessive-start
    0.8569,  # rule:closing-quote-start
    -1.2462,  # rule:ellipsis-continues
    0.1188,  # rule:lower-case-start
    -1.4427,  # rule:parenthesis-continues
    0.8901,  # rule:dash-continues
    -1.0555,  # rule:lower-case-after-stop
    -6.8618,  # rule:command-line
    2.1618,  # rule:function-word-at-end
    -4.0206,  # rule:open-bracket
    -1.6877,  # rule:link-text-line
    -0.1614,  # rule:uncased-mid-sentence
    0.0000,  # rule:hard-wrap
    -2.2861,  # rule:unfinished-before-capital
    -1.9397,  # rule:sentence-end
    -1.6108,  # prev:ends-full-stop
    -2.3222,  # prev:ends-other-stop
    -1.2031,  # prev:ends-colon
    -0.9708,  # prev:ends-semicolon
    4.1471,  # prev:ends-comma
    1.0243,  # prev:ends-unpunctuated
    -0.3440,  # prev:ends-closing-quote-or-bracket
    -0.4753,  # prev:ends-function-word
    0.3436,  # prev:chars<30
    0.2705,  # prev:chars<60
    -0.3647,  # prev:chars>=120
    0.5496,  # prev:words<=4
    0.4788,  # prev:heading-position
    -0.3566,  # prev:title-case
    1.0590,  # prev:ends-uncased-letter
    0.9210,  # next:starts-lower
    -1.5088,  # next:starts-upper
    -2.5125,  # next:starts-digit
    -0.4361,  # next:starts-punctuation
    0.6327,  # next:starts-uncased
    1.0718,  # next:punctuation-only
    1.0658,  # next:short-unpunctuated
    1.0017,  # next:ends-sentence
    0.6590,  # next:chars<30
    -0.6054,  # next:chars>=120
    2.0075,  # after:continues
    0.0689,  # after:starts-upper
    0.0456,  # after:none
    0.1674,  # block:quote-open
    4.1867,  # block:bracket-open
    -0.2941,  # record:stops>=0.8
    0.0933,  # record:stops<0.5
    -0.0068,  # record:short-lines>=0.5
    0.0000,  # record:hard-wrapped
    -1.3421,  # link-shape
    -0.9691,  # stop-then-link-shape
    -0.9896,  # list-shape
    -0.6603,  # long-unfinished-before-capital
    -3.9955,  # block:starts-lower
    -0.1397,  # after:ends-unpunctuated
    -1.0395,  # list-run
    0.2937,  # link-sandwich
    0.9377,  # record:continuations>=0.1
    0.6070,  # prev:last-word-lower
    0.5659,  # prev:last-word-capital
    0.3435,  # prev:inner-punctuation
    -0.2036,  # next:inner-punctuation
    -0.2304,  # short-pair
    1.4772,  # block:unpunctuated-run
    0.3243,  # record:link-lines>=0.03
    1.0695,  # record:link-lines>=0.1
    0.4180,  # link-shape-in-linked-record
    0.2392,  # unfinished-before-capital-in-linked-record
    -0.3804,  # link-shape-after-heading-position
    0.1572,  # record:link-line-inside-sentence
    -0.4771,  # unfinished-before-capital-in-sentence-linked-record
    0.7409,  # link-shape-in-sentence-linked-record
    0.8531,  # prev:long-unfinished
    0.8847,  # link-shape-after-long-unfinished
    1.5700,  # link-shape-before-punctuation
    0.6698,  # link-shape-then-sentence-end
    0.5368,  # next:longer-link-shape
    -1.3371,  # link-shape-echoes-prev
    -0.4052,  # record:breaks-before-links
    0.4241,  # link-shape-in-breaks-before-links-record
    0.6002,  # unfinished-before-capital-in-breaks-before-links-record
    -0.4003,  # link-shape-after-heading-position-in-other-record
    -1.1390,  # amount-after-unfinished
    0.6650,  # next:known-capital
    0.0137,  # unfinished-before-known-capital
    -0.6383,  # unfinished-before-capital-in-noun-record
    0.7442,  # long-unfinished-before-capital-in-noun-record
    1.2499,  # abbreviation-before-lower
    0.5551,  # prev:bracketed
    1.7173,  # next:bracketed
    -1.4374,  # prev:address
    -0.9846,  # next:address
    4.3859,  # colon-before-address
    7.6134,  # title-before-capital
    6.0821,  # quote-then-lower
    6.4300,  # next:post-link
    3.5477,  # latin-after-ideograph
    -1.0650,  # stop-then-uncased-link-shape
    2.2558,  # clause-then-short
    -1.5688,  # unfinished-before-common-word
    4.3708,  # phrase-said-together
    5.6726,  # possessive-before-capital
)

VETO_BELOW: Final = 0.50
"""A join proposed by a rule is kept back when the join probability is below this."""
JOIN_FROM: Final = 0.75
"""A break the rules kept is joined when the join probability is at least this."""
