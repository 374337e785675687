"""The fitted weights of the repair's join model (generated: do not edit by hand).

Regenerate from the repository root with ``python tools/fit_repair.py --write`` (see
tools/README.md); the features are documented in docs/repair.md.
"""

from typing import Final

FEATURES_FINGERPRINT: Final = "9690fe6a34895845"
DATA_FINGERPRINT: Final = "9a2cc356137f4eec"
EXAMPLES_FINGERPRINT: Final = "96502f2d36573a0b"
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
    -1.6260,  # bias
    3.0035,  # rule:punctuation-only-line
    1.5766,  # rule:opener-at-end
    5.2139,  # rule:closing-punctuation-start
    4.1132,  # rule:possessive-start
    1.0659,  # rule:closing-quote-start
    -1.3107,  # rule:ellipsis-continues
    0.3152,  # rule:lower-case-start
    -1.3274,  # rule:parenthesis-continues
    1.1242,  # rule:dash-continues
    -0.9821,  # rule:lower-case-after-stop
    1.9874,  # rule:function-word-at-end
    -4.1656,  # rule:open-bracket
    -1.8299,  # rule:link-text-line
    -1.1057,  # rule:uncased-mid-sentence
    0.0000,  # rule:hard-wrap
    -2.4368,  # rule:unfinished-before-capital
    -1.8801,  # rule:sentence-end
    -1.4357,  # prev:ends-full-stop
    -2.5810,  # prev:ends-other-stop
    -1.0855,  # prev:ends-colon
    -1.0084,  # prev:ends-semicolon
    3.8113,  # prev:ends-comma
    1.1864,  # prev:ends-unpunctuated
    -0.5901,  # prev:ends-closing-quote-or-bracket
    -0.3080,  # prev:ends-function-word
    -0.0921,  # prev:chars<30
    0.2630,  # prev:chars<60
    -0.3403,  # prev:chars>=120
    0.9362,  # prev:words<=4
    0.7023,  # prev:heading-position
    -0.3019,  # prev:title-case
    1.4650,  # prev:ends-uncased-letter
    1.0355,  # next:starts-lower
    -1.4261,  # next:starts-upper
    -2.0001,  # next:starts-digit
    -0.4184,  # next:starts-punctuation
    0.5121,  # next:starts-uncased
    1.1001,  # next:punctuation-only
    1.0076,  # next:short-unpunctuated
    0.8463,  # next:ends-sentence
    0.7738,  # next:chars<30
    -0.6275,  # next:chars>=120
    1.6218,  # after:continues
    -0.2895,  # after:starts-upper
    -0.2525,  # after:none
    0.1863,  # block:quote-open
    4.2815,  # block:bracket-open
    -0.2988,  # record:stops>=0.8
    0.0698,  # record:stops<0.5
    -0.0114,  # record:short-lines>=0.5
    0.0000,  # record:hard-wrapped
    -1.2656,  # link-shape
    -1.1514,  # stop-then-link-shape
    -0.6817,  # list-shape
    -0.7629,  # long-unfinished-before-capital
    -4.2057,  # block:starts-lower
    -0.1702,  # after:ends-unpunctuated
    -1.0770,  # list-run
    0.4892,  # link-sandwich
    0.7930,  # record:continuations>=0.1
    0.3238,  # prev:last-word-lower
    0.4210,  # prev:last-word-capital
    0.3575,  # prev:inner-punctuation
    -0.2482,  # next:inner-punctuation
    -0.4145,  # short-pair
    1.3094,  # block:unpunctuated-run
    0.2270,  # record:link-lines>=0.03
    0.8984,  # record:link-lines>=0.1
    0.3816,  # link-shape-in-linked-record
    0.5641,  # unfinished-before-capital-in-linked-record
    -0.5352,  # link-shape-after-heading-position
    0.3963,  # record:link-line-inside-sentence
    -0.6781,  # unfinished-before-capital-in-sentence-linked-record
    0.7019,  # link-shape-in-sentence-linked-record
    0.8172,  # prev:long-unfinished
    1.0585,  # link-shape-after-long-unfinished
    1.5527,  # link-shape-before-punctuation
    0.6229,  # link-shape-then-sentence-end
    0.3286,  # next:longer-link-shape
    -1.2398,  # link-shape-echoes-prev
    -0.4855,  # record:breaks-before-links
    0.4869,  # link-shape-in-breaks-before-links-record
    0.5342,  # unfinished-before-capital-in-breaks-before-links-record
    -0.4932,  # link-shape-after-heading-position-in-other-record
    -0.4431,  # amount-after-unfinished
    0.7377,  # next:known-capital
    0.2369,  # unfinished-before-known-capital
    -0.6549,  # unfinished-before-capital-in-noun-record
    0.7440,  # long-unfinished-before-capital-in-noun-record
    1.2619,  # abbreviation-before-lower
    0.4285,  # prev:bracketed
    1.7258,  # next:bracketed
    -1.4487,  # prev:address
    -1.0753,  # next:address
    4.4251,  # colon-before-address
    7.4754,  # title-before-capital
    6.2836,  # quote-then-lower
    6.4130,  # next:post-link
)

VETO_BELOW: Final = 0.55
"""A join proposed by a rule is kept back when the join probability is below this."""
JOIN_FROM: Final = 0.75
"""A break the rules kept is joined when the join probability is at least this."""
