"""The fitted weights of the repair's join model (generated: do not edit by hand).

Regenerate from the repository root with ``python tools/fit_repair.py --write`` (see
tools/README.md); the features are documented in docs/repair.md.
"""

from typing import Final

FEATURES_FINGERPRINT: Final = "c8fb3dba3a4baccb"
DATA_FINGERPRINT: Final = "9a2cc356137f4eec"
EXAMPLES_FINGERPRINT: Final = "d3db4f9e969f019c"
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
    -1.6016,  # bias
    2.9188,  # rule:punctuation-only-line
    1.8186,  # rule:opener-at-end
    4.9927,  # rule:closing-punctuation-start
    4.1833,  # rule:possessive-start
    1.1900,  # rule:closing-quote-start
    -1.5645,  # rule:ellipsis-continues
    0.3627,  # rule:lower-case-start
    -1.3084,  # rule:parenthesis-continues
    1.5145,  # rule:dash-continues
    -0.6768,  # rule:lower-case-after-stop
    2.1596,  # rule:function-word-at-end
    -4.5018,  # rule:open-bracket
    -1.8899,  # rule:link-text-line
    -1.5997,  # rule:uncased-mid-sentence
    0.0000,  # rule:hard-wrap
    -2.3580,  # rule:unfinished-before-capital
    -1.8704,  # rule:sentence-end
    -1.4648,  # prev:ends-full-stop
    -2.5848,  # prev:ends-other-stop
    -1.0949,  # prev:ends-colon
    -0.9226,  # prev:ends-semicolon
    3.8488,  # prev:ends-comma
    1.2510,  # prev:ends-unpunctuated
    -0.6382,  # prev:ends-closing-quote-or-bracket
    -0.5854,  # prev:ends-function-word
    -0.1399,  # prev:chars<30
    0.1499,  # prev:chars<60
    -0.4969,  # prev:chars>=120
    0.9117,  # prev:words<=4
    0.5956,  # prev:heading-position
    -0.3840,  # prev:title-case
    1.4960,  # prev:ends-uncased-letter
    1.1142,  # next:starts-lower
    -1.4923,  # next:starts-upper
    -2.0988,  # next:starts-digit
    -0.1778,  # next:starts-punctuation
    0.3838,  # next:starts-uncased
    0.7998,  # next:punctuation-only
    1.1253,  # next:short-unpunctuated
    0.8974,  # next:ends-sentence
    0.8240,  # next:chars<30
    -0.5721,  # next:chars>=120
    1.6140,  # after:continues
    -0.3818,  # after:starts-upper
    -0.2808,  # after:none
    0.0199,  # block:quote-open
    4.4410,  # block:bracket-open
    -0.3269,  # record:stops>=0.8
    0.0601,  # record:stops<0.5
    0.1675,  # record:short-lines>=0.5
    0.0000,  # record:hard-wrapped
    -1.6806,  # link-shape
    -0.9597,  # stop-then-link-shape
    -0.7221,  # list-shape
    -0.7895,  # long-unfinished-before-capital
    -4.0405,  # block:starts-lower
    -0.1912,  # after:ends-unpunctuated
    -1.0543,  # list-run
    0.6230,  # link-sandwich
    0.7617,  # record:continuations>=0.1
    0.3781,  # prev:last-word-lower
    0.4489,  # prev:last-word-capital
    0.3330,  # prev:inner-punctuation
    -0.2993,  # next:inner-punctuation
    -0.3285,  # short-pair
    1.4190,  # block:unpunctuated-run
    0.4919,  # record:link-lines>=0.03
    1.3173,  # record:link-lines>=0.1
    0.7276,  # link-shape-in-linked-record
    0.3436,  # unfinished-before-capital-in-linked-record
    -0.6538,  # link-shape-after-heading-position
    -0.0062,  # record:link-line-inside-sentence
    -0.3526,  # unfinished-before-capital-in-sentence-linked-record
    0.3641,  # link-shape-in-sentence-linked-record
    0.8625,  # prev:long-unfinished
    1.0963,  # link-shape-after-long-unfinished
    1.3752,  # link-shape-before-punctuation
    0.8825,  # link-shape-then-sentence-end
    0.3859,  # next:longer-link-shape
    -1.3410,  # link-shape-echoes-prev
    -0.4405,  # record:breaks-before-links
    0.5867,  # link-shape-in-breaks-before-links-record
    0.3418,  # unfinished-before-capital-in-breaks-before-links-record
    -0.4097,  # link-shape-after-heading-position-in-other-record
    -0.8337,  # amount-after-unfinished
    1.7576,  # next:known-capital
    -0.7480,  # unfinished-before-known-capital
    -0.7539,  # unfinished-before-capital-in-noun-record
    0.8555,  # long-unfinished-before-capital-in-noun-record
    0.6346,  # abbreviation-before-lower
    0.3848,  # prev:bracketed
    1.7110,  # next:bracketed
    -1.5889,  # prev:address
    0.0536,  # next:address
    3.1693,  # colon-before-address
)

VETO_BELOW: Final = 0.55
"""A join proposed by a rule is kept back when the join probability is below this."""
JOIN_FROM: Final = 0.70
"""A break the rules kept is joined when the join probability is at least this."""
