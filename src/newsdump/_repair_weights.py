"""The fitted weights of the repair's join model (generated: do not edit by hand).

Regenerate from the repository root with ``python tools/fit_repair.py --write`` (see
tools/README.md); the features are documented in docs/repair.md.
"""

from typing import Final

FEATURES_FINGERPRINT: Final = "9690fe6a34895845"
DATA_FINGERPRINT: Final = "9a2cc356137f4eec"
EXAMPLES_FINGERPRINT: Final = "5c0f3338cd54c421"
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
    -1.6183,  # bias
    2.9859,  # rule:punctuation-only-line
    1.6131,  # rule:opener-at-end
    5.1761,  # rule:closing-punctuation-start
    4.1256,  # rule:possessive-start
    1.0741,  # rule:closing-quote-start
    -1.2029,  # rule:ellipsis-continues
    0.3106,  # rule:lower-case-start
    -1.1544,  # rule:parenthesis-continues
    1.0884,  # rule:dash-continues
    -1.0078,  # rule:lower-case-after-stop
    2.0414,  # rule:function-word-at-end
    -4.2527,  # rule:open-bracket
    -1.8141,  # rule:link-text-line
    -1.5628,  # rule:uncased-mid-sentence
    0.0000,  # rule:hard-wrap
    -2.4080,  # rule:unfinished-before-capital
    -1.8843,  # rule:sentence-end
    -1.4319,  # prev:ends-full-stop
    -2.6098,  # prev:ends-other-stop
    -1.1008,  # prev:ends-colon
    -1.0065,  # prev:ends-semicolon
    3.8051,  # prev:ends-comma
    1.2078,  # prev:ends-unpunctuated
    -0.6162,  # prev:ends-closing-quote-or-bracket
    -0.3804,  # prev:ends-function-word
    -0.1467,  # prev:chars<30
    0.1801,  # prev:chars<60
    -0.3575,  # prev:chars>=120
    0.9402,  # prev:words<=4
    0.6630,  # prev:heading-position
    -0.3373,  # prev:title-case
    1.5684,  # prev:ends-uncased-letter
    1.0410,  # next:starts-lower
    -1.4319,  # next:starts-upper
    -2.0233,  # next:starts-digit
    -0.4008,  # next:starts-punctuation
    0.5261,  # next:starts-uncased
    1.0535,  # next:punctuation-only
    1.0351,  # next:short-unpunctuated
    0.8475,  # next:ends-sentence
    0.7832,  # next:chars<30
    -0.6308,  # next:chars>=120
    1.6290,  # after:continues
    -0.2805,  # after:starts-upper
    -0.2401,  # after:none
    0.1448,  # block:quote-open
    4.3230,  # block:bracket-open
    -0.2988,  # record:stops>=0.8
    0.1001,  # record:stops<0.5
    0.0331,  # record:short-lines>=0.5
    0.0000,  # record:hard-wrapped
    -1.3023,  # link-shape
    -1.1304,  # stop-then-link-shape
    -0.7340,  # list-shape
    -0.8039,  # long-unfinished-before-capital
    -4.0311,  # block:starts-lower
    -0.2013,  # after:ends-unpunctuated
    -1.0969,  # list-run
    0.5411,  # link-sandwich
    0.7980,  # record:continuations>=0.1
    0.3363,  # prev:last-word-lower
    0.3885,  # prev:last-word-capital
    0.3448,  # prev:inner-punctuation
    -0.2264,  # next:inner-punctuation
    -0.3344,  # short-pair
    1.3523,  # block:unpunctuated-run
    0.3066,  # record:link-lines>=0.03
    1.0484,  # record:link-lines>=0.1
    0.3342,  # link-shape-in-linked-record
    0.5483,  # unfinished-before-capital-in-linked-record
    -0.4743,  # link-shape-after-heading-position
    0.2510,  # record:link-line-inside-sentence
    -0.6222,  # unfinished-before-capital-in-sentence-linked-record
    0.7783,  # link-shape-in-sentence-linked-record
    0.7940,  # prev:long-unfinished
    1.0903,  # link-shape-after-long-unfinished
    1.5586,  # link-shape-before-punctuation
    0.5972,  # link-shape-then-sentence-end
    0.3306,  # next:longer-link-shape
    -1.2262,  # link-shape-echoes-prev
    -0.4666,  # record:breaks-before-links
    0.4219,  # link-shape-in-breaks-before-links-record
    0.4648,  # unfinished-before-capital-in-breaks-before-links-record
    -0.5521,  # link-shape-after-heading-position-in-other-record
    -0.5104,  # amount-after-unfinished
    0.7440,  # next:known-capital
    0.2010,  # unfinished-before-known-capital
    -0.6949,  # unfinished-before-capital-in-noun-record
    0.7932,  # long-unfinished-before-capital-in-noun-record
    1.2230,  # abbreviation-before-lower
    0.3791,  # prev:bracketed
    1.6164,  # next:bracketed
    -1.5071,  # prev:address
    -1.0553,  # next:address
    4.3483,  # colon-before-address
    7.4262,  # title-before-capital
    6.1383,  # quote-then-lower
    6.3837,  # next:post-link
)

VETO_BELOW: Final = 0.45
"""A join proposed by a rule is kept back when the join probability is below this."""
JOIN_FROM: Final = 0.75
"""A break the rules kept is joined when the join probability is at least this."""
