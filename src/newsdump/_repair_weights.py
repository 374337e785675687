"""The fitted weights of the repair's join model (generated: do not edit by hand).

Regenerate from the repository root with ``python tools/fit_repair.py --write`` (see
tools/README.md); the features are documented in docs/repair.md.
"""

from typing import Final

FEATURES_FINGERPRINT: Final = "3ac2d69b01bcf67d"
DATA_FINGERPRINT: Final = "9a2cc356137f4eec"
EXAMPLES_FINGERPRINT: Final = "719f3a1bdfb9ffad"
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
    "unfinished-before-common-word",
    "phrase-said-together",
)

WEIGHTS: Final = (
    -1.9497,  # bias
    2.7517,  # rule:punctuation-only-line
    2.8412,  # rule:opener-at-end
    4.9829,  # rule:closing-punctuation-start
    3.9533,  # rule:possessive-start
    0.8568,  # rule:closing-quote-start
    -1.2395,  # rule:ellipsis-continues
    0.0728,  # rule:lower-case-start
    -1.4552,  # rule:parenthesis-continues
    0.8823,  # rule:dash-continues
    -1.0737,  # rule:lower-case-after-stop
    2.1231,  # rule:function-word-at-end
    -3.9515,  # rule:open-bracket
    -1.7239,  # rule:link-text-line
    -0.1429,  # rule:uncased-mid-sentence
    0.0000,  # rule:hard-wrap
    -2.2865,  # rule:unfinished-before-capital
    -1.9478,  # rule:sentence-end
    -1.6202,  # prev:ends-full-stop
    -2.3090,  # prev:ends-other-stop
    -1.2287,  # prev:ends-colon
    -0.9535,  # prev:ends-semicolon
    4.1458,  # prev:ends-comma
    1.0246,  # prev:ends-unpunctuated
    -0.3486,  # prev:ends-closing-quote-or-bracket
    -0.4631,  # prev:ends-function-word
    0.3631,  # prev:chars<30
    0.2665,  # prev:chars<60
    -0.3716,  # prev:chars>=120
    0.5403,  # prev:words<=4
    0.4830,  # prev:heading-position
    -0.3343,  # prev:title-case
    1.0737,  # prev:ends-uncased-letter
    0.9175,  # next:starts-lower
    -1.5091,  # next:starts-upper
    -2.5255,  # next:starts-digit
    -0.4590,  # next:starts-punctuation
    0.6492,  # next:starts-uncased
    1.0890,  # next:punctuation-only
    1.0640,  # next:short-unpunctuated
    0.9952,  # next:ends-sentence
    0.6433,  # next:chars<30
    -0.5948,  # next:chars>=120
    2.0364,  # after:continues
    0.0698,  # after:starts-upper
    0.0328,  # after:none
    0.1733,  # block:quote-open
    4.1842,  # block:bracket-open
    -0.2725,  # record:stops>=0.8
    0.0782,  # record:stops<0.5
    0.0094,  # record:short-lines>=0.5
    0.0000,  # record:hard-wrapped
    -1.3223,  # link-shape
    -0.9613,  # stop-then-link-shape
    -1.0114,  # list-shape
    -0.6718,  # long-unfinished-before-capital
    -3.9154,  # block:starts-lower
    -0.1396,  # after:ends-unpunctuated
    -1.0664,  # list-run
    0.3360,  # link-sandwich
    0.9611,  # record:continuations>=0.1
    0.6018,  # prev:last-word-lower
    0.6035,  # prev:last-word-capital
    0.3757,  # prev:inner-punctuation
    -0.2118,  # next:inner-punctuation
    -0.2227,  # short-pair
    1.4488,  # block:unpunctuated-run
    0.2970,  # record:link-lines>=0.03
    1.0639,  # record:link-lines>=0.1
    0.4481,  # link-shape-in-linked-record
    0.2515,  # unfinished-before-capital-in-linked-record
    -0.3181,  # link-shape-after-heading-position
    0.1753,  # record:link-line-inside-sentence
    -0.4628,  # unfinished-before-capital-in-sentence-linked-record
    0.6767,  # link-shape-in-sentence-linked-record
    0.8539,  # prev:long-unfinished
    0.9693,  # link-shape-after-long-unfinished
    1.5240,  # link-shape-before-punctuation
    0.6675,  # link-shape-then-sentence-end
    0.5112,  # next:longer-link-shape
    -1.3839,  # link-shape-echoes-prev
    -0.3928,  # record:breaks-before-links
    0.4037,  # link-shape-in-breaks-before-links-record
    0.5773,  # unfinished-before-capital-in-breaks-before-links-record
    -0.5052,  # link-shape-after-heading-position-in-other-record
    -1.1355,  # amount-after-unfinished
    0.6538,  # next:known-capital
    0.0511,  # unfinished-before-known-capital
    -0.6825,  # unfinished-before-capital-in-noun-record
    0.7549,  # long-unfinished-before-capital-in-noun-record
    1.2237,  # abbreviation-before-lower
    0.5554,  # prev:bracketed
    1.7371,  # next:bracketed
    -1.4011,  # prev:address
    -0.9660,  # next:address
    4.3862,  # colon-before-address
    7.5843,  # title-before-capital
    6.0260,  # quote-then-lower
    6.4234,  # next:post-link
    3.5744,  # latin-after-ideograph
    -1.0630,  # stop-then-uncased-link-shape
    2.2757,  # clause-then-short
    -1.5662,  # unfinished-before-common-word
    4.3110,  # phrase-said-together
)

VETO_BELOW: Final = 0.55
"""A join proposed by a rule is kept back when the join probability is below this."""
JOIN_FROM: Final = 0.75
"""A break the rules kept is joined when the join probability is at least this."""
