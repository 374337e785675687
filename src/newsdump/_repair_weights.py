"""The fitted weights of the repair's join model (generated: do not edit by hand).

Regenerate from the repository root with ``python tools/fit_repair.py --write`` (see
tools/README.md); the features are documented in docs/repair.md.
"""

from typing import Final

FEATURES_FINGERPRINT: Final = "9690fe6a34895845"
DATA_FINGERPRINT: Final = "9a2cc356137f4eec"
EXAMPLES_FINGERPRINT: Final = "ffa289257138bf29"
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
    -1.6690,  # bias
    2.9730,  # rule:punctuation-only-line
    1.8985,  # rule:opener-at-end
    5.1566,  # rule:closing-punctuation-start
    4.0976,  # rule:possessive-start
    1.0562,  # rule:closing-quote-start
    -1.2085,  # rule:ellipsis-continues
    0.2951,  # rule:lower-case-start
    -1.1903,  # rule:parenthesis-continues
    1.0627,  # rule:dash-continues
    -0.9913,  # rule:lower-case-after-stop
    2.0284,  # rule:function-word-at-end
    -4.2928,  # rule:open-bracket
    -1.8417,  # rule:link-text-line
    -1.5330,  # rule:uncased-mid-sentence
    0.0000,  # rule:hard-wrap
    -2.3997,  # rule:unfinished-before-capital
    -1.9005,  # rule:sentence-end
    -1.4565,  # prev:ends-full-stop
    -2.5926,  # prev:ends-other-stop
    -1.0837,  # prev:ends-colon
    -1.0059,  # prev:ends-semicolon
    3.7945,  # prev:ends-comma
    1.1976,  # prev:ends-unpunctuated
    -0.6155,  # prev:ends-closing-quote-or-bracket
    -0.3672,  # prev:ends-function-word
    -0.1288,  # prev:chars<30
    0.2041,  # prev:chars<60
    -0.3338,  # prev:chars>=120
    0.9426,  # prev:words<=4
    0.6660,  # prev:heading-position
    -0.3246,  # prev:title-case
    1.5807,  # prev:ends-uncased-letter
    1.0321,  # next:starts-lower
    -1.4563,  # next:starts-upper
    -2.0352,  # next:starts-digit
    -0.3976,  # next:starts-punctuation
    0.5259,  # next:starts-uncased
    1.0644,  # next:punctuation-only
    1.0538,  # next:short-unpunctuated
    0.8859,  # next:ends-sentence
    0.7552,  # next:chars<30
    -0.6299,  # next:chars>=120
    1.6427,  # after:continues
    -0.2851,  # after:starts-upper
    -0.2875,  # after:none
    0.1507,  # block:quote-open
    4.3047,  # block:bracket-open
    -0.3094,  # record:stops>=0.8
    0.1108,  # record:stops<0.5
    0.0433,  # record:short-lines>=0.5
    0.0000,  # record:hard-wrapped
    -1.2959,  # link-shape
    -1.0920,  # stop-then-link-shape
    -0.7174,  # list-shape
    -0.7463,  # long-unfinished-before-capital
    -4.0237,  # block:starts-lower
    -0.2071,  # after:ends-unpunctuated
    -1.1005,  # list-run
    0.5478,  # link-sandwich
    0.8285,  # record:continuations>=0.1
    0.3345,  # prev:last-word-lower
    0.4125,  # prev:last-word-capital
    0.3444,  # prev:inner-punctuation
    -0.2264,  # next:inner-punctuation
    -0.3149,  # short-pair
    1.3543,  # block:unpunctuated-run
    0.3035,  # record:link-lines>=0.03
    1.0476,  # record:link-lines>=0.1
    0.3573,  # link-shape-in-linked-record
    0.4825,  # unfinished-before-capital-in-linked-record
    -0.4703,  # link-shape-after-heading-position
    0.2395,  # record:link-line-inside-sentence
    -0.5640,  # unfinished-before-capital-in-sentence-linked-record
    0.7733,  # link-shape-in-sentence-linked-record
    0.8128,  # prev:long-unfinished
    1.0696,  # link-shape-after-long-unfinished
    1.5581,  # link-shape-before-punctuation
    0.5998,  # link-shape-then-sentence-end
    0.3454,  # next:longer-link-shape
    -1.2207,  # link-shape-echoes-prev
    -0.4543,  # record:breaks-before-links
    0.3949,  # link-shape-in-breaks-before-links-record
    0.4466,  # unfinished-before-capital-in-breaks-before-links-record
    -0.5733,  # link-shape-after-heading-position-in-other-record
    -0.5064,  # amount-after-unfinished
    0.7591,  # next:known-capital
    0.2040,  # unfinished-before-known-capital
    -0.7262,  # unfinished-before-capital-in-noun-record
    0.7869,  # long-unfinished-before-capital-in-noun-record
    1.2124,  # abbreviation-before-lower
    0.3951,  # prev:bracketed
    1.6505,  # next:bracketed
    -1.4943,  # prev:address
    -1.0750,  # next:address
    4.3698,  # colon-before-address
    7.4069,  # title-before-capital
    6.1524,  # quote-then-lower
    6.3985,  # next:post-link
)

VETO_BELOW: Final = 0.45
"""A join proposed by a rule is kept back when the join probability is below this."""
JOIN_FROM: Final = 0.75
"""A break the rules kept is joined when the join probability is at least this."""
