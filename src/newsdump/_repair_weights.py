"""The fitted weights of the repair's join model (generated: do not edit by hand).

Regenerate from the repository root with ``python tools/fit_repair.py --write`` (see
tools/README.md); the features are documented in docs/repair.md.
"""

from typing import Final

FEATURES_FINGERPRINT: Final = "c8fb3dba3a4baccb"
DATA_FINGERPRINT: Final = "9a2cc356137f4eec"
EXAMPLES_FINGERPRINT: Final = "be7c98619d56d2de"
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
    -1.6939,  # bias
    2.8742,  # rule:punctuation-only-line
    1.8149,  # rule:opener-at-end
    4.9216,  # rule:closing-punctuation-start
    4.1548,  # rule:possessive-start
    1.1515,  # rule:closing-quote-start
    -1.5343,  # rule:ellipsis-continues
    0.3671,  # rule:lower-case-start
    -1.3814,  # rule:parenthesis-continues
    0.8276,  # rule:dash-continues
    -0.5858,  # rule:lower-case-after-stop
    2.1258,  # rule:function-word-at-end
    -4.4457,  # rule:open-bracket
    -1.8728,  # rule:link-text-line
    -1.3854,  # rule:uncased-mid-sentence
    0.0000,  # rule:hard-wrap
    -2.3347,  # rule:unfinished-before-capital
    -1.8879,  # rule:sentence-end
    -1.4649,  # prev:ends-full-stop
    -2.5874,  # prev:ends-other-stop
    -1.0463,  # prev:ends-colon
    -0.8755,  # prev:ends-semicolon
    3.8084,  # prev:ends-comma
    1.1720,  # prev:ends-unpunctuated
    -0.6100,  # prev:ends-closing-quote-or-bracket
    -0.5582,  # prev:ends-function-word
    -0.0862,  # prev:chars<30
    0.1927,  # prev:chars<60
    -0.4756,  # prev:chars>=120
    0.9251,  # prev:words<=4
    0.6402,  # prev:heading-position
    -0.3476,  # prev:title-case
    1.4865,  # prev:ends-uncased-letter
    0.9966,  # next:starts-lower
    -1.4952,  # next:starts-upper
    -2.0849,  # next:starts-digit
    -0.1903,  # next:starts-punctuation
    0.4773,  # next:starts-uncased
    0.8449,  # next:punctuation-only
    1.0445,  # next:short-unpunctuated
    0.8831,  # next:ends-sentence
    0.8153,  # next:chars<30
    -0.5713,  # next:chars>=120
    1.6193,  # after:continues
    -0.3387,  # after:starts-upper
    -0.2390,  # after:none
    0.0339,  # block:quote-open
    4.4091,  # block:bracket-open
    -0.2756,  # record:stops>=0.8
    0.0130,  # record:stops<0.5
    0.1783,  # record:short-lines>=0.5
    0.0000,  # record:hard-wrapped
    -1.5887,  # link-shape
    -0.9586,  # stop-then-link-shape
    -0.7401,  # list-shape
    -0.7731,  # long-unfinished-before-capital
    -3.7455,  # block:starts-lower
    -0.1771,  # after:ends-unpunctuated
    -1.0635,  # list-run
    0.6296,  # link-sandwich
    0.8443,  # record:continuations>=0.1
    0.4430,  # prev:last-word-lower
    0.4982,  # prev:last-word-capital
    0.3503,  # prev:inner-punctuation
    -0.2804,  # next:inner-punctuation
    -0.3265,  # short-pair
    1.4138,  # block:unpunctuated-run
    0.5087,  # record:link-lines>=0.03
    1.3281,  # record:link-lines>=0.1
    0.7432,  # link-shape-in-linked-record
    0.3083,  # unfinished-before-capital-in-linked-record
    -0.7076,  # link-shape-after-heading-position
    0.0283,  # record:link-line-inside-sentence
    -0.3924,  # unfinished-before-capital-in-sentence-linked-record
    0.3417,  # link-shape-in-sentence-linked-record
    0.8962,  # prev:long-unfinished
    1.1016,  # link-shape-after-long-unfinished
    1.3623,  # link-shape-before-punctuation
    0.8896,  # link-shape-then-sentence-end
    0.3625,  # next:longer-link-shape
    -1.3445,  # link-shape-echoes-prev
    -0.4499,  # record:breaks-before-links
    0.5651,  # link-shape-in-breaks-before-links-record
    0.3916,  # unfinished-before-capital-in-breaks-before-links-record
    -0.3844,  # link-shape-after-heading-position-in-other-record
    -0.8578,  # amount-after-unfinished
    1.7375,  # next:known-capital
    -0.7437,  # unfinished-before-known-capital
    -0.7348,  # unfinished-before-capital-in-noun-record
    0.8250,  # long-unfinished-before-capital-in-noun-record
    0.6310,  # abbreviation-before-lower
    0.4108,  # prev:bracketed
    1.5340,  # next:bracketed
    -1.5827,  # prev:address
    0.1037,  # next:address
    3.6990,  # colon-before-address
)

VETO_BELOW: Final = 0.60
"""A join proposed by a rule is kept back when the join probability is below this."""
JOIN_FROM: Final = 0.75
"""A break the rules kept is joined when the join probability is at least this."""
