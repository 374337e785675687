"""The fitted weights of the repair's join model (generated: do not edit by hand).

Regenerate from the repository root with ``python tools/fit_repair.py --write`` (see
tools/README.md); the features are documented in docs/repair.md.
"""

from typing import Final

FEATURES_FINGERPRINT: Final = "69cfe3b78c1d27f1"
DATA_FINGERPRINT: Final = "9a2cc356137f4eec"
EXAMPLES_FINGERPRINT: Final = "ae75a5cef2d0e8c2"
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
    "latin-after-ideograph",
    "stop-then-uncased-link-shape",
)

WEIGHTS: Final = (
    -1.8909,  # bias
    2.7976,  # rule:punctuation-only-line
    2.1360,  # rule:opener-at-end
    4.9904,  # rule:closing-punctuation-start
    3.9698,  # rule:possessive-start
    0.8329,  # rule:closing-quote-start
    -1.3783,  # rule:ellipsis-continues
    0.2507,  # rule:lower-case-start
    -1.4194,  # rule:parenthesis-continues
    0.8946,  # rule:dash-continues
    -1.0110,  # rule:lower-case-after-stop
    2.1376,  # rule:function-word-at-end
    -4.2107,  # rule:open-bracket
    -1.8897,  # rule:link-text-line
    -0.6499,  # rule:uncased-mid-sentence
    0.0000,  # rule:hard-wrap
    -2.4111,  # rule:unfinished-before-capital
    -1.9349,  # rule:sentence-end
    -1.5467,  # prev:ends-full-stop
    -2.4755,  # prev:ends-other-stop
    -1.0875,  # prev:ends-colon
    -0.9196,  # prev:ends-semicolon
    4.1583,  # prev:ends-comma
    0.9622,  # prev:ends-unpunctuated
    -0.3819,  # prev:ends-closing-quote-or-bracket
    -0.4555,  # prev:ends-function-word
    0.2367,  # prev:chars<30
    0.2362,  # prev:chars<60
    -0.3722,  # prev:chars>=120
    0.6140,  # prev:words<=4
    0.5318,  # prev:heading-position
    -0.2835,  # prev:title-case
    1.3938,  # prev:ends-uncased-letter
    0.9468,  # next:starts-lower
    -1.5959,  # next:starts-upper
    -2.3642,  # next:starts-digit
    -0.2982,  # next:starts-punctuation
    0.9522,  # next:starts-uncased
    1.1057,  # next:punctuation-only
    0.9978,  # next:short-unpunctuated
    0.8724,  # next:ends-sentence
    0.7091,  # next:chars<30
    -0.6545,  # next:chars>=120
    1.7699,  # after:continues
    -0.0851,  # after:starts-upper
    -0.0759,  # after:none
    0.1979,  # block:quote-open
    4.2672,  # block:bracket-open
    -0.2355,  # record:stops>=0.8
    0.0894,  # record:stops<0.5
    0.0238,  # record:short-lines>=0.5
    0.0000,  # record:hard-wrapped
    -1.2263,  # link-shape
    -0.9247,  # stop-then-link-shape
    -0.9612,  # list-shape
    -0.8190,  # long-unfinished-before-capital
    -3.9265,  # block:starts-lower
    -0.1026,  # after:ends-unpunctuated
    -1.1071,  # list-run
    0.6438,  # link-sandwich
    0.9565,  # record:continuations>=0.1
    0.6210,  # prev:last-word-lower
    0.6851,  # prev:last-word-capital
    0.4175,  # prev:inner-punctuation
    -0.2141,  # next:inner-punctuation
    -0.2351,  # short-pair
    1.4041,  # block:unpunctuated-run
    0.2933,  # record:link-lines>=0.03
    1.0770,  # record:link-lines>=0.1
    0.4493,  # link-shape-in-linked-record
    0.2811,  # unfinished-before-capital-in-linked-record
    -0.3055,  # link-shape-after-heading-position
    0.1412,  # record:link-line-inside-sentence
    -0.3558,  # unfinished-before-capital-in-sentence-linked-record
    0.7293,  # link-shape-in-sentence-linked-record
    0.8434,  # prev:long-unfinished
    1.0697,  # link-shape-after-long-unfinished
    1.5374,  # link-shape-before-punctuation
    0.6772,  # link-shape-then-sentence-end
    0.4449,  # next:longer-link-shape
    -1.2726,  # link-shape-echoes-prev
    -0.3877,  # record:breaks-before-links
    0.3632,  # link-shape-in-breaks-before-links-record
    0.4049,  # unfinished-before-capital-in-breaks-before-links-record
    -0.6600,  # link-shape-after-heading-position-in-other-record
    -0.9175,  # amount-after-unfinished
    0.7039,  # next:known-capital
    0.3299,  # unfinished-before-known-capital
    -0.6183,  # unfinished-before-capital-in-noun-record
    0.8235,  # long-unfinished-before-capital-in-noun-record
    1.1906,  # abbreviation-before-lower
    0.5698,  # prev:bracketed
    1.6352,  # next:bracketed
    -1.3209,  # prev:address
    -0.9833,  # next:address
    4.2669,  # colon-before-address
    7.3149,  # title-before-capital
    6.1375,  # quote-then-lower
    6.3958,  # next:post-link
    3.8699,  # latin-after-ideograph
    -1.1488,  # stop-then-uncased-link-shape
)

VETO_BELOW: Final = 0.55
"""A join proposed by a rule is kept back when the join probability is below this."""
JOIN_FROM: Final = 0.75
"""A break the rules kept is joined when the join probability is at least this."""
