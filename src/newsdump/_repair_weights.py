"""The fitted weights of the repair's join model (generated: do not edit by hand).

Regenerate from the repository root with ``python tools/fit_repair.py --write`` (see
tools/README.md); the features are documented in docs/repair.md.
"""

from typing import Final

FEATURES_FINGERPRINT: Final = "9690fe6a34895845"
DATA_FINGERPRINT: Final = "9a2cc356137f4eec"
EXAMPLES_FINGERPRINT: Final = "3c09e1bb7e3c6cd5"
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
    -1.6424,  # bias
    2.9120,  # rule:punctuation-only-line
    1.5690,  # rule:opener-at-end
    5.1465,  # rule:closing-punctuation-start
    4.1768,  # rule:possessive-start
    1.1490,  # rule:closing-quote-start
    -1.2143,  # rule:ellipsis-continues
    0.3852,  # rule:lower-case-start
    -1.1115,  # rule:parenthesis-continues
    1.1407,  # rule:dash-continues
    -1.0939,  # rule:lower-case-after-stop
    2.0710,  # rule:function-word-at-end
    -2.0112,  # rule:open-bracket
    -1.8993,  # rule:link-text-line
    -1.6128,  # rule:uncased-mid-sentence
    0.0000,  # rule:hard-wrap
    -2.4630,  # rule:unfinished-before-capital
    -1.8992,  # rule:sentence-end
    -1.4372,  # prev:ends-full-stop
    -2.6939,  # prev:ends-other-stop
    -1.0438,  # prev:ends-colon
    -0.9752,  # prev:ends-semicolon
    3.7650,  # prev:ends-comma
    1.2229,  # prev:ends-unpunctuated
    -0.6253,  # prev:ends-closing-quote-or-bracket
    -0.5656,  # prev:ends-function-word
    -0.1721,  # prev:chars<30
    0.2349,  # prev:chars<60
    -0.3374,  # prev:chars>=120
    1.0519,  # prev:words<=4
    0.6338,  # prev:heading-position
    -0.3000,  # prev:title-case
    1.5225,  # prev:ends-uncased-letter
    1.0518,  # next:starts-lower
    -1.4480,  # next:starts-upper
    -1.9956,  # next:starts-digit
    -0.4382,  # next:starts-punctuation
    0.5366,  # next:starts-uncased
    1.0136,  # next:punctuation-only
    1.0222,  # next:short-unpunctuated
    0.8233,  # next:ends-sentence
    0.8231,  # next:chars<30
    -0.6366,  # next:chars>=120
    1.6498,  # after:continues
    -0.2326,  # after:starts-upper
    -0.2139,  # after:none
    0.1308,  # block:quote-open
    4.4238,  # block:bracket-open
    -0.2823,  # record:stops>=0.8
    0.1197,  # record:stops<0.5
    -0.0059,  # record:short-lines>=0.5
    0.0000,  # record:hard-wrapped
    -1.5336,  # link-shape
    -0.8937,  # stop-then-link-shape
    -0.6465,  # list-shape
    -0.7033,  # long-unfinished-before-capital
    -3.6874,  # block:starts-lower
    -0.2551,  # after:ends-unpunctuated
    -1.1605,  # list-run
    0.8343,  # link-sandwich
    0.8160,  # record:continuations>=0.1
    0.3874,  # prev:last-word-lower
    0.3683,  # prev:last-word-capital
    0.3539,  # prev:inner-punctuation
    -0.2598,  # next:inner-punctuation
    -0.3431,  # short-pair
    1.2657,  # block:unpunctuated-run
    0.3041,  # record:link-lines>=0.03
    1.0571,  # record:link-lines>=0.1
    0.3537,  # link-shape-in-linked-record
    0.5302,  # unfinished-before-capital-in-linked-record
    -0.5811,  # link-shape-after-heading-position
    0.3317,  # record:link-line-inside-sentence
    -0.6615,  # unfinished-before-capital-in-sentence-linked-record
    0.7678,  # link-shape-in-sentence-linked-record
    0.7321,  # prev:long-unfinished
    1.1228,  # link-shape-after-long-unfinished
    1.5720,  # link-shape-before-punctuation
    0.5626,  # link-shape-then-sentence-end
    0.3017,  # next:longer-link-shape
    -1.2719,  # link-shape-echoes-prev
    -0.4600,  # record:breaks-before-links
    0.3404,  # link-shape-in-breaks-before-links-record
    0.4761,  # unfinished-before-capital-in-breaks-before-links-record
    -0.4613,  # link-shape-after-heading-position-in-other-record
    -0.3970,  # amount-after-unfinished
    0.7602,  # next:known-capital
    0.2311,  # unfinished-before-known-capital
    -0.6632,  # unfinished-before-capital-in-noun-record
    0.7325,  # long-unfinished-before-capital-in-noun-record
    0.9263,  # abbreviation-before-lower
    0.3927,  # prev:bracketed
    1.6105,  # next:bracketed
    1.9078,  # prev:address
    1.9618,  # next:address
    1.2789,  # colon-before-address
    7.4839,  # title-before-capital
    6.0622,  # quote-then-lower
    3.9978,  # next:post-link
)

VETO_BELOW: Final = 0.60
"""A join proposed by a rule is kept back when the join probability is below this."""
JOIN_FROM: Final = 0.70
"""A break the rules kept is joined when the join probability is at least this."""
