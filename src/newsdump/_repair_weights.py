"""The fitted weights of the repair's join model (generated: do not edit by hand).

Regenerate from the repository root with ``python tools/fit_repair.py --write`` (see
tools/README.md); the features are documented in docs/repair.md.
"""

from typing import Final

FEATURES_FINGERPRINT: Final = "9690fe6a34895845"
DATA_FINGERPRINT: Final = "9a2cc356137f4eec"
EXAMPLES_FINGERPRINT: Final = "6be97645f473c6a2"
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
    -1.6232,  # bias
    2.9943,  # rule:punctuation-only-line
    1.6041,  # rule:opener-at-end
    5.1905,  # rule:closing-punctuation-start
    4.1353,  # rule:possessive-start
    1.0825,  # rule:closing-quote-start
    -1.3405,  # rule:ellipsis-continues
    0.3045,  # rule:lower-case-start
    -1.1382,  # rule:parenthesis-continues
    1.1052,  # rule:dash-continues
    -0.9999,  # rule:lower-case-after-stop
    2.0231,  # rule:function-word-at-end
    -4.2637,  # rule:open-bracket
    -1.8210,  # rule:link-text-line
    -1.5669,  # rule:uncased-mid-sentence
    0.0000,  # rule:hard-wrap
    -2.4009,  # rule:unfinished-before-capital
    -1.8907,  # rule:sentence-end
    -1.4411,  # prev:ends-full-stop
    -2.6015,  # prev:ends-other-stop
    -1.0913,  # prev:ends-colon
    -0.9876,  # prev:ends-semicolon
    3.8127,  # prev:ends-comma
    1.2112,  # prev:ends-unpunctuated
    -0.6099,  # prev:ends-closing-quote-or-bracket
    -0.3749,  # prev:ends-function-word
    -0.1357,  # prev:chars<30
    0.1870,  # prev:chars<60
    -0.3394,  # prev:chars>=120
    0.9365,  # prev:words<=4
    0.6689,  # prev:heading-position
    -0.3353,  # prev:title-case
    1.5677,  # prev:ends-uncased-letter
    1.0404,  # next:starts-lower
    -1.4300,  # next:starts-upper
    -2.0250,  # next:starts-digit
    -0.4155,  # next:starts-punctuation
    0.5191,  # next:starts-uncased
    1.0631,  # next:punctuation-only
    1.0348,  # next:short-unpunctuated
    0.8386,  # next:ends-sentence
    0.7820,  # next:chars<30
    -0.6168,  # next:chars>=120
    1.6234,  # after:continues
    -0.2843,  # after:starts-upper
    -0.2411,  # after:none
    0.1472,  # block:quote-open
    4.3171,  # block:bracket-open
    -0.2930,  # record:stops>=0.8
    0.0781,  # record:stops<0.5
    0.0437,  # record:short-lines>=0.5
    0.0000,  # record:hard-wrapped
    -1.2702,  # link-shape
    -1.1316,  # stop-then-link-shape
    -0.7297,  # list-shape
    -0.8088,  # long-unfinished-before-capital
    -4.1173,  # block:starts-lower
    -0.1928,  # after:ends-unpunctuated
    -1.0971,  # list-run
    0.5290,  # link-sandwich
    0.7915,  # record:continuations>=0.1
    0.3475,  # prev:last-word-lower
    0.3841,  # prev:last-word-capital
    0.3405,  # prev:inner-punctuation
    -0.2342,  # next:inner-punctuation
    -0.3431,  # short-pair
    1.3504,  # block:unpunctuated-run
    0.3125,  # record:link-lines>=0.03
    1.0609,  # record:link-lines>=0.1
    0.3177,  # link-shape-in-linked-record
    0.5475,  # unfinished-before-capital-in-linked-record
    -0.4772,  # link-shape-after-heading-position
    0.2530,  # record:link-line-inside-sentence
    -0.6215,  # unfinished-before-capital-in-sentence-linked-record
    0.7775,  # link-shape-in-sentence-linked-record
    0.7939,  # prev:long-unfinished
    1.0795,  # link-shape-after-long-unfinished
    1.5526,  # link-shape-before-punctuation
    0.5964,  # link-shape-then-sentence-end
    0.3398,  # next:longer-link-shape
    -1.2256,  # link-shape-echoes-prev
    -0.4499,  # record:breaks-before-links
    0.4143,  # link-shape-in-breaks-before-links-record
    0.4474,  # unfinished-before-capital-in-breaks-before-links-record
    -0.5585,  # link-shape-after-heading-position-in-other-record
    -0.4923,  # amount-after-unfinished
    0.7418,  # next:known-capital
    0.2000,  # unfinished-before-known-capital
    -0.6924,  # unfinished-before-capital-in-noun-record
    0.7957,  # long-unfinished-before-capital-in-noun-record
    1.2288,  # abbreviation-before-lower
    0.3658,  # prev:bracketed
    1.6326,  # next:bracketed
    -1.5044,  # prev:address
    -1.0529,  # next:address
    4.3442,  # colon-before-address
    7.4214,  # title-before-capital
    6.1855,  # quote-then-lower
    6.3716,  # next:post-link
)

VETO_BELOW: Final = 0.45
"""A join proposed by a rule is kept back when the join probability is below this."""
JOIN_FROM: Final = 0.75
"""A break the rules kept is joined when the join probability is at least this."""
