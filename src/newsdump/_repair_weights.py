"""The fitted weights of the repair's join model (generated: do not edit by hand).

Regenerate from the repository root with ``python tools/fit_repair.py --write`` (see
tools/README.md); the features are documented in docs/repair.md.
"""

from typing import Final

FEATURES_FINGERPRINT: Final = "e68975618a13a587"
DATA_FINGERPRINT: Final = "9a2cc356137f4eec"
EXAMPLES_FINGERPRINT: Final = "39da946da07f27da"
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
    "link-sandwich-run-in",
)

WEIGHTS: Final = (
    -1.9025,  # bias
    2.8485,  # rule:punctuation-only-line
    2.8365,  # rule:opener-at-end
    5.0385,  # rule:closing-punctuation-start
    3.9131,  # rule:possessive-start
    0.9416,  # rule:closing-quote-start
    -1.1960,  # rule:ellipsis-continues
    0.1607,  # rule:lower-case-start
    -2.3545,  # rule:parenthesis-continues
    0.1558,  # rule:dash-continues
    -1.0575,  # rule:lower-case-after-stop
    -6.7015,  # rule:command-line
    2.2704,  # rule:function-word-at-end
    -3.9962,  # rule:open-bracket
    -1.5824,  # rule:link-text-line
    -0.1635,  # rule:uncased-mid-sentence
    0.0000,  # rule:hard-wrap
    -2.2807,  # rule:unfinished-before-capital
    -1.9551,  # rule:sentence-end
    -1.6197,  # prev:ends-full-stop
    -2.2945,  # prev:ends-other-stop
    -1.2288,  # prev:ends-colon
    -0.9910,  # prev:ends-semicolon
    4.1096,  # prev:ends-comma
    1.0636,  # prev:ends-unpunctuated
    -0.4057,  # prev:ends-closing-quote-or-bracket
    -0.5291,  # prev:ends-function-word
    0.3532,  # prev:chars<30
    0.2705,  # prev:chars<60
    -0.3394,  # prev:chars>=120
    0.5515,  # prev:words<=4
    0.4895,  # prev:heading-position
    -0.3396,  # prev:title-case
    1.0200,  # prev:ends-uncased-letter
    0.9413,  # next:starts-lower
    -1.4760,  # next:starts-upper
    -2.5012,  # next:starts-digit
    -0.4697,  # next:starts-punctuation
    0.5650,  # next:starts-uncased
    1.1067,  # next:punctuation-only
    1.1252,  # next:short-unpunctuated
    1.0115,  # next:ends-sentence
    0.5912,  # next:chars<30
    -0.6199,  # next:chars>=120
    1.9883,  # after:continues
    0.0203,  # after:starts-upper
    0.0183,  # after:none
    0.1487,  # block:quote-open
    4.1649,  # block:bracket-open
    -0.3145,  # record:stops>=0.8
    0.1045,  # record:stops<0.5
    -0.0211,  # record:short-lines>=0.5
    0.0000,  # record:hard-wrapped
    -1.2563,  # link-shape
    -0.9708,  # stop-then-link-shape
    -0.9645,  # list-shape
    -0.7241,  # long-unfinished-before-capital
    -3.9798,  # block:starts-lower
    -0.1447,  # after:ends-unpunctuated
    -1.0046,  # list-run
    -0.4213,  # link-sandwich
    0.9539,  # record:continuations>=0.1
    0.3947,  # prev:last-word-lower
    0.5089,  # prev:last-word-capital
    0.3245,  # prev:inner-punctuation
    -0.1998,  # next:inner-punctuation
    -0.2071,  # short-pair
    1.4600,  # block:unpunctuated-run
    0.3282,  # record:link-lines>=0.03
    1.0936,  # record:link-lines>=0.1
    0.3256,  # link-shape-in-linked-record
    0.2151,  # unfinished-before-capital-in-linked-record
    -0.2305,  # link-shape-after-heading-position
    0.1545,  # record:link-line-inside-sentence
    -0.4675,  # unfinished-before-capital-in-sentence-linked-record
    0.8112,  # link-shape-in-sentence-linked-record
    0.9022,  # prev:long-unfinished
    0.6587,  # link-shape-after-long-unfinished
    1.6497,  # link-shape-before-punctuation
    0.5500,  # link-shape-then-sentence-end
    0.5069,  # next:longer-link-shape
    -1.3882,  # link-shape-echoes-prev
    -0.4114,  # record:breaks-before-links
    0.3391,  # link-shape-in-breaks-before-links-record
    0.6076,  # unfinished-before-capital-in-breaks-before-links-record
    -0.4866,  # link-shape-after-heading-position-in-other-record
    -1.0089,  # amount-after-unfinished
    0.6782,  # next:known-capital
    0.0284,  # unfinished-before-known-capital
    -0.6729,  # unfinished-before-capital-in-noun-record
    0.8041,  # long-unfinished-before-capital-in-noun-record
    1.2379,  # abbreviation-before-lower
    0.6259,  # prev:bracketed
    2.1462,  # next:bracketed
    -1.5755,  # prev:address
    -1.0653,  # next:address
    4.4275,  # colon-before-address
    7.6942,  # title-before-capital
    6.1399,  # quote-then-lower
    6.4679,  # next:post-link
    3.4591,  # latin-after-ideograph
    -1.0679,  # stop-then-uncased-link-shape
    2.2422,  # clause-then-short
    -1.5586,  # unfinished-before-common-word
    4.0084,  # phrase-said-together
    5.8099,  # possessive-before-capital
    4.1238,  # goes-on-after
    2.4203,  # link-sandwich-run-in
)

VETO_BELOW: Final = 0.55
"""A join proposed by a rule is kept back when the join probability is below this."""
JOIN_FROM: Final = 0.75
"""A break the rules kept is joined when the join probability is at least this."""
