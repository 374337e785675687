"""The fitted weights of the repair's join model (generated: do not edit by hand).

Regenerate from the repository root with ``python tools/fit_repair.py --write`` (see
tools/README.md); the features are documented in docs/repair.md.

The weights below predate the fingerprints and are not exactly what a refit on the same data
gives (``--write`` moves most of them in the third or fourth decimal, same thresholds).  They
were kept, and the fingerprints of today's features and data recorded, so that the repair's
output stayed the same while it was split into stages (issue #14); the refit is issue #18.
"""

from typing import Final

FEATURES_FINGERPRINT: Final = "3d4b916031a31a99"
DATA_FINGERPRINT: Final = "e54ee212dd51f1b0"
EXAMPLES_FINGERPRINT: Final = "403d047f8a92761a"
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
)

WEIGHTS: Final = (
    -1.6819,  # bias
    1.6562,  # rule:punctuation-only-line
    0.4620,  # rule:opener-at-end
    3.8600,  # rule:closing-punctuation-start
    1.8371,  # rule:possessive-start
    2.2612,  # rule:closing-quote-start
    -0.7422,  # rule:ellipsis-continues
    -0.2473,  # rule:lower-case-start
    0.4344,  # rule:parenthesis-continues
    0.8791,  # rule:dash-continues
    -0.5182,  # rule:lower-case-after-stop
    1.2932,  # rule:function-word-at-end
    0.4729,  # rule:open-bracket
    -1.8974,  # rule:link-text-line
    -0.1920,  # rule:uncased-mid-sentence
    0.0000,  # rule:hard-wrap
    -3.0132,  # rule:unfinished-before-capital
    -1.0355,  # rule:sentence-end
    -1.9716,  # prev:ends-full-stop
    -0.9153,  # prev:ends-other-stop
    -0.8074,  # prev:ends-colon
    -0.0285,  # prev:ends-semicolon
    2.2624,  # prev:ends-comma
    1.3849,  # prev:ends-unpunctuated
    -0.8491,  # prev:ends-closing-quote-or-bracket
    -0.1533,  # prev:ends-function-word
    1.1320,  # prev:chars<30
    0.0325,  # prev:chars<60
    0.3085,  # prev:chars>=120
    -0.3531,  # prev:words<=4
    0.5772,  # prev:heading-position
    -0.5340,  # prev:title-case
    0.4427,  # prev:ends-uncased-letter
    0.7520,  # next:starts-lower
    -0.9389,  # next:starts-upper
    -0.5853,  # next:starts-digit
    -0.3385,  # next:starts-punctuation
    -0.6127,  # next:starts-uncased
    0.2316,  # next:punctuation-only
    1.0355,  # next:short-unpunctuated
    0.5680,  # next:ends-sentence
    0.8728,  # next:chars<30
    -0.0342,  # next:chars>=120
    0.9393,  # after:continues
    -0.4504,  # after:starts-upper
    -0.4908,  # after:none
    -0.1517,  # block:quote-open
    2.4736,  # block:bracket-open
    -0.5910,  # record:stops>=0.8
    -0.2644,  # record:stops<0.5
    -0.2859,  # record:short-lines>=0.5
    0.0000,  # record:hard-wrapped
    -1.7232,  # link-shape
    -0.0635,  # stop-then-link-shape
    -0.6778,  # list-shape
    -0.9982,  # long-unfinished-before-capital
    -3.5913,  # block:starts-lower
    -0.3185,  # after:ends-unpunctuated
    -1.1562,  # list-run
    1.3710,  # link-sandwich
    0.4971,  # record:continuations>=0.1
    0.5827,  # prev:last-word-lower
    0.7960,  # prev:last-word-capital
    -0.1829,  # prev:inner-punctuation
    0.1007,  # next:inner-punctuation
    -0.5350,  # short-pair
    1.3822,  # block:unpunctuated-run
    0.1846,  # record:link-lines>=0.03
    0.5888,  # record:link-lines>=0.1
    0.9096,  # link-shape-in-linked-record
    0.2874,  # unfinished-before-capital-in-linked-record
    0.5280,  # link-shape-after-heading-position
    -0.0412,  # record:link-line-inside-sentence
    0.3941,  # unfinished-before-capital-in-sentence-linked-record
    0.5360,  # link-shape-in-sentence-linked-record
    1.1190,  # prev:long-unfinished
    0.6171,  # link-shape-after-long-unfinished
    1.5167,  # link-shape-before-punctuation
    0.4937,  # link-shape-then-sentence-end
    1.1139,  # next:longer-link-shape
    -2.2701,  # link-shape-echoes-prev
    0.5737,  # record:breaks-before-links
    0.4957,  # link-shape-in-breaks-before-links-record
    -0.2797,  # unfinished-before-capital-in-breaks-before-links-record
    -1.0593,  # link-shape-after-heading-position-in-other-record
    2.2427,  # amount-after-unfinished
)

VETO_BELOW: Final = 0.45
"""A join proposed by a rule is kept back when the join probability is below this."""
JOIN_FROM: Final = 0.59
"""A break the rules kept is joined when the join probability is at least this."""
