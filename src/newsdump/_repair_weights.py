"""The fitted weights of the repair's join model (generated: do not edit by hand).

Regenerate from the repository root with ``python tools/fit_repair.py --write`` (see
tools/README.md); the features are documented in docs/repair.md.
"""

from typing import Final

FEATURES_FINGERPRINT: Final = "b6f5ce817071de7f"
DATA_FINGERPRINT: Final = "9a2cc356137f4eec"
EXAMPLES_FINGERPRINT: Final = "5335304d22becf51"
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
    "clause-then-short",
)

WEIGHTS: Final = (
    -1.9081,  # bias
    2.7897,  # rule:punctuation-only-line
    2.1284,  # rule:opener-at-end
    4.9656,  # rule:closing-punctuation-start
    3.9419,  # rule:possessive-start
    0.8156,  # rule:closing-quote-start
    -1.4057,  # rule:ellipsis-continues
    0.2405,  # rule:lower-case-start
    -1.4494,  # rule:parenthesis-continues
    0.8525,  # rule:dash-continues
    -1.0051,  # rule:lower-case-after-stop
    2.1371,  # rule:function-word-at-end
    -4.1899,  # rule:open-bracket
    -1.8856,  # rule:link-text-line
    -0.2693,  # rule:uncased-mid-sentence
    0.0000,  # rule:hard-wrap
    -2.4108,  # rule:unfinished-before-capital
    -1.9306,  # rule:sentence-end
    -1.5658,  # prev:ends-full-stop
    -2.3756,  # prev:ends-other-stop
    -1.1168,  # prev:ends-colon
    -0.9000,  # prev:ends-semicolon
    3.9470,  # prev:ends-comma
    1.0172,  # prev:ends-unpunctuated
    -0.4023,  # prev:ends-closing-quote-or-bracket
    -0.4782,  # prev:ends-function-word
    0.2958,  # prev:chars<30
    0.2070,  # prev:chars<60
    -0.3987,  # prev:chars>=120
    0.5232,  # prev:words<=4
    0.4754,  # prev:heading-position
    -0.2719,  # prev:title-case
    1.1053,  # prev:ends-uncased-letter
    0.9427,  # next:starts-lower
    -1.5923,  # next:starts-upper
    -2.3302,  # next:starts-digit
    -0.2815,  # next:starts-punctuation
    0.8183,  # next:starts-uncased
    1.0769,  # next:punctuation-only
    0.9928,  # next:short-unpunctuated
    0.9112,  # next:ends-sentence
    0.6771,  # next:chars<30
    -0.6441,  # next:chars>=120
    1.8348,  # after:continues
    -0.0377,  # after:starts-upper
    -0.0300,  # after:none
    0.1771,  # block:quote-open
    4.2482,  # block:bracket-open
    -0.2245,  # record:stops>=0.8
    0.0599,  # record:stops<0.5
    0.0365,  # record:short-lines>=0.5
    0.0000,  # record:hard-wrapped
    -1.2435,  # link-shape
    -0.9290,  # stop-then-link-shape
    -0.9813,  # list-shape
    -0.8262,  # long-unfinished-before-capital
    -3.9118,  # block:starts-lower
    -0.0630,  # after:ends-unpunctuated
    -1.1274,  # list-run
    0.6389,  # link-sandwich
    0.9446,  # record:continuations>=0.1
    0.5735,  # prev:last-word-lower
    0.6196,  # prev:last-word-capital
    0.4162,  # prev:inner-punctuation
    -0.2270,  # next:inner-punctuation
    -0.1910,  # short-pair
    1.4088,  # block:unpunctuated-run
    0.3064,  # record:link-lines>=0.03
    1.0951,  # record:link-lines>=0.1
    0.4320,  # link-shape-in-linked-record
    0.2172,  # unfinished-before-capital-in-linked-record
    -0.2910,  # link-shape-after-heading-position
    0.1324,  # record:link-line-inside-sentence
    -0.4127,  # unfinished-before-capital-in-sentence-linked-record
    0.7488,  # link-shape-in-sentence-linked-record
    0.8406,  # prev:long-unfinished
    1.0853,  # link-shape-after-long-unfinished
    1.5388,  # link-shape-before-punctuation
    0.6992,  # link-shape-then-sentence-end
    0.4439,  # next:longer-link-shape
    -1.2655,  # link-shape-echoes-prev
    -0.3984,  # record:breaks-before-links
    0.3885,  # link-shape-in-breaks-before-links-record
    0.5325,  # unfinished-before-capital-in-breaks-before-links-record
    -0.5669,  # link-shape-after-heading-position-in-other-record
    -0.9901,  # amount-after-unfinished
    0.7107,  # next:known-capital
    0.3318,  # unfinished-before-known-capital
    -0.6438,  # unfinished-before-capital-in-noun-record
    0.8517,  # long-unfinished-before-capital-in-noun-record
    1.1875,  # abbreviation-before-lower
    0.5533,  # prev:bracketed
    1.6322,  # next:bracketed
    -1.3437,  # prev:address
    -0.9633,  # next:address
    4.2766,  # colon-before-address
    7.6020,  # title-before-capital
    6.1360,  # quote-then-lower
    6.3878,  # next:post-link
    3.6489,  # latin-after-ideograph
    -1.0820,  # stop-then-uncased-link-shape
    2.3799,  # clause-then-short
)

VETO_BELOW: Final = 0.55
"""A join proposed by a rule is kept back when the join probability is below this."""
JOIN_FROM: Final = 0.75
"""A break the rules kept is joined when the join probability is at least this."""
