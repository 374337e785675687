"""The fitted weights of the repair's join model (generated: do not edit by hand).

Regenerate from the repository root with ``python tools/fit_repair.py --write`` (see
tools/README.md); the features are documented in docs/repair.md.
"""

from typing import Final

FEATURES_FINGERPRINT: Final = "691fce178652f4be"
DATA_FINGERPRINT: Final = "9a2cc356137f4eec"
EXAMPLES_FINGERPRINT: Final = "2b160439321d5237"
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
    "record:lower-after-stop",
    "lower-start-in-list-record",
    "list-record:lower-after-lower",
    "list-record:lower-after-comma",
    "list-record:lower-before-lower",
)

WEIGHTS: Final = (
    -1.9256,  # bias
    2.8028,  # rule:punctuation-only-line
    2.8815,  # rule:opener-at-end
    5.0420,  # rule:closing-punctuation-start
    4.0380,  # rule:possessive-start
    1.0835,  # rule:closing-quote-start
    -1.0781,  # rule:ellipsis-continues
    0.0403,  # rule:lower-case-start
    -2.1974,  # rule:parenthesis-continues
    0.4918,  # rule:dash-continues
    -1.0325,  # rule:lower-case-after-stop
    -6.5215,  # rule:command-line
    2.3934,  # rule:function-word-at-end
    -3.5561,  # rule:open-bracket
    -1.9749,  # rule:link-text-line
    -0.1113,  # rule:uncased-mid-sentence
    0.0000,  # rule:hard-wrap
    -2.1724,  # rule:unfinished-before-capital
    -1.9553,  # rule:sentence-end
    -1.6450,  # prev:ends-full-stop
    -2.3074,  # prev:ends-other-stop
    -1.0635,  # prev:ends-colon
    -1.0208,  # prev:ends-semicolon
    4.5006,  # prev:ends-comma
    1.0338,  # prev:ends-unpunctuated
    -0.4079,  # prev:ends-closing-quote-or-bracket
    -0.6946,  # prev:ends-function-word
    0.2577,  # prev:chars<30
    0.1913,  # prev:chars<60
    -0.4332,  # prev:chars>=120
    0.6808,  # prev:words<=4
    0.3811,  # prev:heading-position
    -0.4793,  # prev:title-case
    0.9336,  # prev:ends-uncased-letter
    1.2990,  # next:starts-lower
    -1.6473,  # next:starts-upper
    -2.6351,  # next:starts-digit
    -0.5471,  # next:starts-punctuation
    0.4558,  # next:starts-uncased
    1.1504,  # next:punctuation-only
    1.0451,  # next:short-unpunctuated
    1.0238,  # next:ends-sentence
    0.6286,  # next:chars<30
    -0.6810,  # next:chars>=120
    2.0856,  # after:continues
    0.0797,  # after:starts-upper
    0.0800,  # after:none
    0.1287,  # block:quote-open
    3.8142,  # block:bracket-open
    -0.3053,  # record:stops>=0.8
    0.0509,  # record:stops<0.5
    -0.0137,  # record:short-lines>=0.5
    0.0000,  # record:hard-wrapped
    -1.0110,  # link-shape
    -1.2518,  # stop-then-link-shape
    -0.8706,  # list-shape
    -0.5528,  # long-unfinished-before-capital
    -2.8925,  # block:starts-lower
    -0.1339,  # after:ends-unpunctuated
    -1.0787,  # list-run
    0.1414,  # link-sandwich
    1.1206,  # record:continuations>=0.1
    0.4951,  # prev:last-word-lower
    0.3539,  # prev:last-word-capital
    0.3781,  # prev:inner-punctuation
    -0.1997,  # next:inner-punctuation
    -0.1574,  # short-pair
    1.4939,  # block:unpunctuated-run
    0.2258,  # record:link-lines>=0.03
    0.7162,  # record:link-lines>=0.1
    0.4353,  # link-shape-in-linked-record
    0.3642,  # unfinished-before-capital-in-linked-record
    -0.4319,  # link-shape-after-heading-position
    0.4307,  # record:link-line-inside-sentence
    -0.7260,  # unfinished-before-capital-in-sentence-linked-record
    0.5824,  # link-shape-in-sentence-linked-record
    0.8884,  # prev:long-unfinished
    0.9104,  # link-shape-after-long-unfinished
    1.4966,  # link-shape-before-punctuation
    0.6235,  # link-shape-then-sentence-end
    0.5035,  # next:longer-link-shape
    -1.4302,  # link-shape-echoes-prev
    -0.2001,  # record:breaks-before-links
    0.4876,  # link-shape-in-breaks-before-links-record
    0.4442,  # unfinished-before-capital-in-breaks-before-links-record
    -0.4948,  # link-shape-after-heading-position-in-other-record
    -0.6499,  # amount-after-unfinished
    0.5346,  # next:known-capital
    0.1528,  # unfinished-before-known-capital
    -0.4608,  # unfinished-before-capital-in-noun-record
    0.6875,  # long-unfinished-before-capital-in-noun-record
    0.9812,  # abbreviation-before-lower
    0.7870,  # prev:bracketed
    2.3448,  # next:bracketed
    -1.2386,  # prev:address
    -0.7742,  # next:address
    4.4005,  # colon-before-address
    7.5406,  # title-before-capital
    5.7513,  # quote-then-lower
    6.3073,  # next:post-link
    3.5309,  # latin-after-ideograph
    -1.2404,  # stop-then-uncased-link-shape
    2.1676,  # clause-then-short
    -1.5831,  # unfinished-before-common-word
    3.8541,  # phrase-said-together
    5.7307,  # possessive-before-capital
    4.3845,  # goes-on-after
    -1.0432,  # record:lower-after-stop
    -1.6713,  # lower-start-in-list-record
    -0.7051,  # list-record:lower-after-lower
    -5.5672,  # list-record:lower-after-comma
    0.1277,  # list-record:lower-before-lower
)

VETO_BELOW: Final = 0.55
"""A join proposed by a rule is kept back when the join probability is below this."""
JOIN_FROM: Final = 0.75
"""A break the rules kept is joined when the join probability is at least this."""
