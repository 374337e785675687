"""The fitted weights of the repair's join model (generated: do not edit by hand).

Regenerate from the repository root with ``python tools/fit_repair.py --write`` (see
tools/README.md); the features are documented in docs/repair.md.
"""

from typing import Final

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
)

WEIGHTS: Final = (
    -1.7297,  # bias
    1.6371,  # rule:punctuation-only-line
    0.4415,  # rule:opener-at-end
    3.9192,  # rule:closing-punctuation-start
    1.8339,  # rule:possessive-start
    2.3227,  # rule:closing-quote-start
    -0.7712,  # rule:ellipsis-continues
    -0.1852,  # rule:lower-case-start
    0.4801,  # rule:parenthesis-continues
    0.9454,  # rule:dash-continues
    -0.4082,  # rule:lower-case-after-stop
    0.7148,  # rule:function-word-at-end
    0.4845,  # rule:open-bracket
    -2.0507,  # rule:link-text-line
    -1.2924,  # rule:uncased-mid-sentence
    0.0000,  # rule:hard-wrap
    -2.8738,  # rule:unfinished-before-capital
    -1.0275,  # rule:sentence-end
    -1.9882,  # prev:ends-full-stop
    -0.9600,  # prev:ends-other-stop
    -0.7967,  # prev:ends-colon
    -0.0271,  # prev:ends-semicolon
    2.1388,  # prev:ends-comma
    1.3920,  # prev:ends-unpunctuated
    -0.7775,  # prev:ends-closing-quote-or-bracket
    -0.2882,  # prev:ends-function-word
    1.1404,  # prev:chars<30
    0.0484,  # prev:chars<60
    0.2680,  # prev:chars>=120
    -0.3401,  # prev:words<=4
    0.5170,  # prev:heading-position
    -0.5155,  # prev:title-case
    1.0279,  # prev:ends-uncased-letter
    0.7610,  # next:starts-lower
    -1.0184,  # next:starts-upper
    -0.5986,  # next:starts-digit
    -0.3439,  # next:starts-punctuation
    -0.1948,  # next:starts-uncased
    0.2708,  # next:punctuation-only
    0.9595,  # next:short-unpunctuated
    0.5725,  # next:ends-sentence
    0.8593,  # next:chars<30
    -0.0748,  # next:chars>=120
    0.9582,  # after:continues
    -0.4611,  # after:starts-upper
    -0.4544,  # after:none
    -0.2103,  # block:quote-open
    2.4723,  # block:bracket-open
    -0.5067,  # record:stops>=0.8
    -0.2286,  # record:stops<0.5
    -0.3108,  # record:short-lines>=0.5
    0.0000,  # record:hard-wrapped
    -1.6761,  # link-shape
    0.0487,  # stop-then-link-shape
    -0.6740,  # list-shape
    -0.9208,  # long-unfinished-before-capital
    -3.5749,  # block:starts-lower
    -0.3445,  # after:ends-unpunctuated
    -1.1340,  # list-run
    1.5066,  # link-sandwich
    0.5328,  # record:continuations>=0.1
    0.6080,  # prev:last-word-lower
    0.7095,  # prev:last-word-capital
    -0.1286,  # prev:inner-punctuation
    0.0925,  # next:inner-punctuation
    -0.5004,  # short-pair
    1.3063,  # block:unpunctuated-run
    0.2094,  # record:link-lines>=0.03
    0.6360,  # record:link-lines>=0.1
    0.9684,  # link-shape-in-linked-record
    0.2612,  # unfinished-before-capital-in-linked-record
    0.4591,  # link-shape-after-heading-position
    -0.0919,  # record:link-line-inside-sentence
    0.4055,  # unfinished-before-capital-in-sentence-linked-record
    0.5845,  # link-shape-in-sentence-linked-record
    1.1240,  # prev:long-unfinished
    0.7285,  # link-shape-after-long-unfinished
    1.5159,  # link-shape-before-punctuation
    0.4306,  # link-shape-then-sentence-end
    1.2348,  # next:longer-link-shape
    -2.3940,  # link-shape-echoes-prev
    0.6257,  # record:breaks-before-links
    0.4201,  # link-shape-in-breaks-before-links-record
    -0.3091,  # unfinished-before-capital-in-breaks-before-links-record
    -1.0055,  # link-shape-after-heading-position-in-other-record
)

VETO_BELOW: Final = 0.40
"""A join proposed by a rule is kept back when the join probability is below this."""
JOIN_FROM: Final = 0.59
"""A break the rules kept is joined when the join probability is at least this."""
