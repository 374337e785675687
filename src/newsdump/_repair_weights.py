"""The fitted weights of the repair's join model (generated: do not edit by hand).

Regenerate from the repository root with ``python tools/fit_repair.py --write`` (see
tools/README.md); the features are documented in docs/repair.md.
"""

from typing import Final

FEATURES_FINGERPRINT: Final = "cc0289f6bc2e6d0c"
DATA_FINGERPRINT: Final = "9a2cc356137f4eec"
EXAMPLES_FINGERPRINT: Final = "ad8e5fcbdda1f0a5"
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
)

WEIGHTS: Final = (
    -1.6146,  # bias
    2.9989,  # rule:punctuation-only-line
    1.5579,  # rule:opener-at-end
    5.2380,  # rule:closing-punctuation-start
    4.1431,  # rule:possessive-start
    1.0795,  # rule:closing-quote-start
    -1.3089,  # rule:ellipsis-continues
    0.3110,  # rule:lower-case-start
    -1.3072,  # rule:parenthesis-continues
    1.1517,  # rule:dash-continues
    -0.6996,  # rule:lower-case-after-stop
    1.9794,  # rule:function-word-at-end
    -4.2456,  # rule:open-bracket
    -1.9058,  # rule:link-text-line
    -1.1198,  # rule:uncased-mid-sentence
    0.0000,  # rule:hard-wrap
    -2.4382,  # rule:unfinished-before-capital
    -1.8779,  # rule:sentence-end
    -1.4456,  # prev:ends-full-stop
    -2.5326,  # prev:ends-other-stop
    -1.0881,  # prev:ends-colon
    -0.9813,  # prev:ends-semicolon
    3.8130,  # prev:ends-comma
    1.1949,  # prev:ends-unpunctuated
    -0.6059,  # prev:ends-closing-quote-or-bracket
    -0.3460,  # prev:ends-function-word
    -0.0816,  # prev:chars<30
    0.2551,  # prev:chars<60
    -0.3615,  # prev:chars>=120
    0.9059,  # prev:words<=4
    0.6978,  # prev:heading-position
    -0.3108,  # prev:title-case
    1.4788,  # prev:ends-uncased-letter
    1.0354,  # next:starts-lower
    -1.4138,  # next:starts-upper
    -1.9755,  # next:starts-digit
    -0.4457,  # next:starts-punctuation
    0.5085,  # next:starts-uncased
    1.1046,  # next:punctuation-only
    1.0276,  # next:short-unpunctuated
    0.8430,  # next:ends-sentence
    0.7941,  # next:chars<30
    -0.6275,  # next:chars>=120
    1.6249,  # after:continues
    -0.2965,  # after:starts-upper
    -0.2570,  # after:none
    0.1899,  # block:quote-open
    4.3242,  # block:bracket-open
    -0.2950,  # record:stops>=0.8
    0.0684,  # record:stops<0.5
    -0.0173,  # record:short-lines>=0.5
    0.0000,  # record:hard-wrapped
    -1.3088,  # link-shape
    -1.1245,  # stop-then-link-shape
    -0.7068,  # list-shape
    -0.7831,  # long-unfinished-before-capital
    -4.2339,  # block:starts-lower
    -0.1813,  # after:ends-unpunctuated
    -1.0781,  # list-run
    0.6112,  # link-sandwich
    0.7843,  # record:continuations>=0.1
    0.3201,  # prev:last-word-lower
    0.4111,  # prev:last-word-capital
    0.3525,  # prev:inner-punctuation
    -0.2364,  # next:inner-punctuation
    -0.4148,  # short-pair
    1.3082,  # block:unpunctuated-run
    0.2363,  # record:link-lines>=0.03
    0.9189,  # record:link-lines>=0.1
    0.3479,  # link-shape-in-linked-record
    0.5540,  # unfinished-before-capital-in-linked-record
    -0.5972,  # link-shape-after-heading-position
    0.4328,  # record:link-line-inside-sentence
    -0.7149,  # unfinished-before-capital-in-sentence-linked-record
    0.6620,  # link-shape-in-sentence-linked-record
    0.8371,  # prev:long-unfinished
    1.0465,  # link-shape-after-long-unfinished
    1.5420,  # link-shape-before-punctuation
    0.6134,  # link-shape-then-sentence-end
    0.3384,  # next:longer-link-shape
    -1.2402,  # link-shape-echoes-prev
    -0.4773,  # record:breaks-before-links
    0.4907,  # link-shape-in-breaks-before-links-record
    0.5255,  # unfinished-before-capital-in-breaks-before-links-record
    -0.4600,  # link-shape-after-heading-position-in-other-record
    -0.4092,  # amount-after-unfinished
    0.7428,  # next:known-capital
    0.2353,  # unfinished-before-known-capital
    -0.6492,  # unfinished-before-capital-in-noun-record
    0.7323,  # long-unfinished-before-capital-in-noun-record
    0.8207,  # abbreviation-before-lower
    0.4332,  # prev:bracketed
    1.7322,  # next:bracketed
    -1.3728,  # prev:address
    0.1785,  # next:address
    3.2397,  # colon-before-address
    7.4788,  # title-before-capital
    6.3232,  # quote-then-lower
)

VETO_BELOW: Final = 0.60
"""A join proposed by a rule is kept back when the join probability is below this."""
JOIN_FROM: Final = 0.75
"""A break the rules kept is joined when the join probability is at least this."""
