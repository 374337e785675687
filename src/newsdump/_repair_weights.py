"""The fitted weights of the repair's join model (generated: do not edit by hand).

Regenerate from the repository root with ``python tools/fit_repair.py --write`` (see
tools/README.md); the features are documented in docs/repair.md.
"""

from typing import Final

FEATURES_FINGERPRINT: Final = "c8fb3dba3a4baccb"
DATA_FINGERPRINT: Final = "9a2cc356137f4eec"
EXAMPLES_FINGERPRINT: Final = "1c397c731b23eb75"
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
)

WEIGHTS: Final = (
    -1.6835,  # bias
    2.9120,  # rule:punctuation-only-line
    1.7490,  # rule:opener-at-end
    5.0019,  # rule:closing-punctuation-start
    4.2225,  # rule:possessive-start
    1.0718,  # rule:closing-quote-start
    -1.5146,  # rule:ellipsis-continues
    0.2543,  # rule:lower-case-start
    -1.5081,  # rule:parenthesis-continues
    0.9418,  # rule:dash-continues
    -0.6993,  # rule:lower-case-after-stop
    2.1031,  # rule:function-word-at-end
    -4.2673,  # rule:open-bracket
    -1.8160,  # rule:link-text-line
    -1.0401,  # rule:uncased-mid-sentence
    0.0000,  # rule:hard-wrap
    -2.2782,  # rule:unfinished-before-capital
    -1.8726,  # rule:sentence-end
    -1.4588,  # prev:ends-full-stop
    -2.5333,  # prev:ends-other-stop
    -1.0835,  # prev:ends-colon
    -0.9531,  # prev:ends-semicolon
    3.7668,  # prev:ends-comma
    1.1590,  # prev:ends-unpunctuated
    -0.6139,  # prev:ends-closing-quote-or-bracket
    -0.6366,  # prev:ends-function-word
    -0.0672,  # prev:chars<30
    0.2408,  # prev:chars<60
    -0.4925,  # prev:chars>=120
    0.8832,  # prev:words<=4
    0.6463,  # prev:heading-position
    -0.2962,  # prev:title-case
    1.4228,  # prev:ends-uncased-letter
    1.0495,  # next:starts-lower
    -1.5008,  # next:starts-upper
    -2.0809,  # next:starts-digit
    -0.2595,  # next:starts-punctuation
    0.5015,  # next:starts-uncased
    0.9548,  # next:punctuation-only
    1.0735,  # next:short-unpunctuated
    0.8731,  # next:ends-sentence
    0.7812,  # next:chars<30
    -0.6087,  # next:chars>=120
    1.6546,  # after:continues
    -0.2612,  # after:starts-upper
    -0.2130,  # after:none
    0.1417,  # block:quote-open
    4.3714,  # block:bracket-open
    -0.2588,  # record:stops>=0.8
    0.0363,  # record:stops<0.5
    0.0719,  # record:short-lines>=0.5
    0.0000,  # record:hard-wrapped
    -1.5516,  # link-shape
    -0.9734,  # stop-then-link-shape
    -0.7538,  # list-shape
    -0.8048,  # long-unfinished-before-capital
    -4.0174,  # block:starts-lower
    -0.2193,  # after:ends-unpunctuated
    -0.9706,  # list-run
    0.5477,  # link-sandwich
    0.8370,  # record:continuations>=0.1
    0.4219,  # prev:last-word-lower
    0.4560,  # prev:last-word-capital
    0.3779,  # prev:inner-punctuation
    -0.2371,  # next:inner-punctuation
    -0.4072,  # short-pair
    1.3302,  # block:unpunctuated-run
    0.2997,  # record:link-lines>=0.03
    0.9220,  # record:link-lines>=0.1
    0.7649,  # link-shape-in-linked-record
    0.4619,  # unfinished-before-capital-in-linked-record
    -0.6830,  # link-shape-after-heading-position
    0.3813,  # record:link-line-inside-sentence
    -0.6458,  # unfinished-before-capital-in-sentence-linked-record
    0.2470,  # link-shape-in-sentence-linked-record
    0.9080,  # prev:long-unfinished
    1.0536,  # link-shape-after-long-unfinished
    1.3609,  # link-shape-before-punctuation
    0.8444,  # link-shape-then-sentence-end
    0.4312,  # next:longer-link-shape
    -1.3063,  # link-shape-echoes-prev
    -0.4743,  # record:breaks-before-links
    0.6730,  # link-shape-in-breaks-before-links-record
    0.4735,  # unfinished-before-capital-in-breaks-before-links-record
    -0.3522,  # link-shape-after-heading-position-in-other-record
    -0.7818,  # amount-after-unfinished
    1.8165,  # next:known-capital
    -0.8958,  # unfinished-before-known-capital
    -0.6484,  # unfinished-before-capital-in-noun-record
    0.8310,  # long-unfinished-before-capital-in-noun-record
    0.7230,  # abbreviation-before-lower
    0.4796,  # prev:bracketed
    1.6439,  # next:bracketed
    -1.4968,  # prev:address
    0.1202,  # next:address
    3.2379,  # colon-before-address
)

VETO_BELOW: Final = 0.50
"""A join proposed by a rule is kept back when the join probability is below this."""
JOIN_FROM: Final = 0.75
"""A break the rules kept is joined when the join probability is at least this."""
