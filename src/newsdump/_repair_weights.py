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
    "amount-after-unfinished",
)

WEIGHTS: Final = (
    -1.7247,  # bias
    1.6502,  # rule:punctuation-only-line
    0.4569,  # rule:opener-at-end
    3.9504,  # rule:closing-punctuation-start
    1.8504,  # rule:possessive-start
    2.3251,  # rule:closing-quote-start
    -0.7607,  # rule:ellipsis-continues
    -0.1830,  # rule:lower-case-start
    0.5031,  # rule:parenthesis-continues
    0.9687,  # rule:dash-continues
    -0.4049,  # rule:lower-case-after-stop
    0.6846,  # rule:function-word-at-end
    0.4757,  # rule:open-bracket
    -2.0637,  # rule:link-text-line
    -1.3423,  # rule:uncased-mid-sentence
    0.0000,  # rule:hard-wrap
    -2.9037,  # rule:unfinished-before-capital
    -1.0179,  # rule:sentence-end
    -1.9843,  # prev:ends-full-stop
    -0.9583,  # prev:ends-other-stop
    -0.8026,  # prev:ends-colon
    -0.0211,  # prev:ends-semicolon
    2.1504,  # prev:ends-comma
    1.3893,  # prev:ends-unpunctuated
    -0.7573,  # prev:ends-closing-quote-or-bracket
    -0.2717,  # prev:ends-function-word
    1.1460,  # prev:chars<30
    0.0473,  # prev:chars<60
    0.2679,  # prev:chars>=120
    -0.3528,  # prev:words<=4
    0.5563,  # prev:heading-position
    -0.5068,  # prev:title-case
    1.0474,  # prev:ends-uncased-letter
    0.7534,  # next:starts-lower
    -1.0088,  # next:starts-upper
    -0.5805,  # next:starts-digit
    -0.3725,  # next:starts-punctuation
    -0.1799,  # next:starts-uncased
    0.2663,  # next:punctuation-only
    0.9763,  # next:short-unpunctuated
    0.5824,  # next:ends-sentence
    0.8609,  # next:chars<30
    -0.0730,  # next:chars>=120
    0.9499,  # after:continues
    -0.4517,  # after:starts-upper
    -0.4632,  # after:none
    -0.1512,  # block:quote-open
    2.4392,  # block:bracket-open
    -0.5691,  # record:stops>=0.8
    -0.2314,  # record:stops<0.5
    -0.3068,  # record:short-lines>=0.5
    0.0000,  # record:hard-wrapped
    -1.6761,  # link-shape
    0.0320,  # stop-then-link-shape
    -0.6777,  # list-shape
    -0.8910,  # long-unfinished-before-capital
    -3.5788,  # block:starts-lower
    -0.3431,  # after:ends-unpunctuated
    -1.1379,  # list-run
    1.5066,  # link-sandwich
    0.5308,  # record:continuations>=0.1
    0.6098,  # prev:last-word-lower
    0.7220,  # prev:last-word-capital
    -0.1339,  # prev:inner-punctuation
    0.0748,  # next:inner-punctuation
    -0.5002,  # short-pair
    1.2998,  # block:unpunctuated-run
    0.2140,  # record:link-lines>=0.03
    0.6366,  # record:link-lines>=0.1
    0.9624,  # link-shape-in-linked-record
    0.2592,  # unfinished-before-capital-in-linked-record
    0.4365,  # link-shape-after-heading-position
    -0.0946,  # record:link-line-inside-sentence
    0.4223,  # unfinished-before-capital-in-sentence-linked-record
    0.5769,  # link-shape-in-sentence-linked-record
    1.1071,  # prev:long-unfinished
    0.7337,  # link-shape-after-long-unfinished
    1.5161,  # link-shape-before-punctuation
    0.4275,  # link-shape-then-sentence-end
    1.2373,  # next:longer-link-shape
    -2.3997,  # link-shape-echoes-prev
    0.6151,  # record:breaks-before-links
    0.4256,  # link-shape-in-breaks-before-links-record
    -0.3168,  # unfinished-before-capital-in-breaks-before-links-record
    -1.0096,  # link-shape-after-heading-position-in-other-record
    2.2585,  # amount-after-unfinished
)

VETO_BELOW: Final = 0.40
"""A join proposed by a rule is kept back when the join probability is below this."""
JOIN_FROM: Final = 0.60
"""A break the rules kept is joined when the join probability is at least this."""
