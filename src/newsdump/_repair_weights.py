"""The fitted weights of the repair's join model (generated: do not edit by hand).

Regenerate from the repository root with ``python tools/fit_repair.py --write`` (see
tools/README.md); the features are documented in docs/repair.md.
"""

from typing import Final

FEATURES_FINGERPRINT: Final = "c411bfdd18c6a9d3"
DATA_FINGERPRINT: Final = "9a2cc356137f4eec"
EXAMPLES_FINGERPRINT: Final = "42fc4575ca6ae8d0"
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
    "goes-on-after",
)

WEIGHTS: Final = (
    -1.9387,  # bias
    2.8205,  # rule:punctuation-only-line
    2.8440,  # rule:opener-at-end
    5.0348,  # rule:closing-punctuation-start
    3.9842,  # rule:possessive-start
    0.9129,  # rule:closing-quote-start
    -1.2093,  # rule:ellipsis-continues
    0.1527,  # rule:lower-case-start
    -2.3616,  # rule:parenthesis-continues
    0.1626,  # rule:dash-continues
    -1.0667,  # rule:lower-case-after-stop
    -6.8623,  # rule:command-line
    2.3053,  # rule:function-word-at-end
    -4.0141,  # rule:open-bracket
    -1.7094,  # rule:link-text-line
    -0.1407,  # rule:uncased-mid-sentence
    0.0000,  # rule:hard-wrap
    -2.2942,  # rule:unfinished-before-capital
    -1.9561,  # rule:sentence-end
    -1.6101,  # prev:ends-full-stop
    -2.3083,  # prev:ends-other-stop
    -1.2290,  # prev:ends-colon
    -0.9941,  # prev:ends-semicolon
    4.1112,  # prev:ends-comma
    1.0294,  # prev:ends-unpunctuated
    -0.3639,  # prev:ends-closing-quote-or-bracket
    -0.6143,  # prev:ends-function-word
    0.3729,  # prev:chars<30
    0.2891,  # prev:chars<60
    -0.3437,  # prev:chars>=120
    0.5660,  # prev:words<=4
    0.4859,  # prev:heading-position
    -0.3729,  # prev:title-case
    1.0261,  # prev:ends-uncased-letter
    0.9320,  # next:starts-lower
    -1.5000,  # next:starts-upper
    -2.5075,  # next:starts-digit
    -0.4583,  # next:starts-punctuation
    0.5968,  # next:starts-uncased
    1.0771,  # next:punctuation-only
    1.1418,  # next:short-unpunctuated
    1.0082,  # next:ends-sentence
    0.6136,  # next:chars<30
    -0.6185,  # next:chars>=120
    2.0118,  # after:continues
    0.0308,  # after:starts-upper
    0.0430,  # after:none
    0.1530,  # block:quote-open
    4.1589,  # block:bracket-open
    -0.3174,  # record:stops>=0.8
    0.0840,  # record:stops<0.5
    -0.0066,  # record:short-lines>=0.5
    0.0000,  # record:hard-wrapped
    -1.3334,  # link-shape
    -1.0405,  # stop-then-link-shape
    -0.9954,  # list-shape
    -0.6396,  # long-unfinished-before-capital
    -3.9931,  # block:starts-lower
    -0.1285,  # after:ends-unpunctuated
    -1.0583,  # list-run
    0.2442,  # link-sandwich
    0.9380,  # record:continuations>=0.1
    0.5665,  # prev:last-word-lower
    0.5133,  # prev:last-word-capital
    0.3457,  # prev:inner-punctuation
    -0.1988,  # next:inner-punctuation
    -0.2204,  # short-pair
    1.4598,  # block:unpunctuated-run
    0.3051,  # record:link-lines>=0.03
    1.0468,  # record:link-lines>=0.1
    0.4357,  # link-shape-in-linked-record
    0.2639,  # unfinished-before-capital-in-linked-record
    -0.3928,  # link-shape-after-heading-position
    0.1808,  # record:link-line-inside-sentence
    -0.4934,  # unfinished-before-capital-in-sentence-linked-record
    0.7333,  # link-shape-in-sentence-linked-record
    0.8583,  # prev:long-unfinished
    0.8806,  # link-shape-after-long-unfinished
    1.5657,  # link-shape-before-punctuation
    0.6753,  # link-shape-then-sentence-end
    0.5469,  # next:longer-link-shape
    -1.3356,  # link-shape-echoes-prev
    -0.4002,  # record:breaks-before-links
    0.4245,  # link-shape-in-breaks-before-links-record
    0.5955,  # unfinished-before-capital-in-breaks-before-links-record
    -0.4082,  # link-shape-after-heading-position-in-other-record
    -1.0800,  # amount-after-unfinished
    0.6627,  # next:known-capital
    0.0289,  # unfinished-before-known-capital
    -0.6232,  # unfinished-before-capital-in-noun-record
    0.7307,  # long-unfinished-before-capital-in-noun-record
    1.2299,  # abbreviation-before-lower
    0.6518,  # prev:bracketed
    2.1291,  # next:bracketed
    -1.4224,  # prev:address
    -1.0033,  # next:address
    4.3701,  # colon-before-address
    7.6055,  # title-before-capital
    6.1480,  # quote-then-lower
    6.4071,  # next:post-link
    3.5041,  # latin-after-ideograph
    -1.0661,  # stop-then-uncased-link-shape
    2.2440,  # clause-then-short
    -1.5602,  # unfinished-before-common-word
    4.0757,  # phrase-said-together
    5.6771,  # possessive-before-capital
    4.1539,  # goes-on-after
)

VETO_BELOW: Final = 0.55
"""A join proposed by a rule is kept back when the join probability is below this."""
JOIN_FROM: Final = 0.75
"""A break the rules kept is joined when the join probability is at least this."""
