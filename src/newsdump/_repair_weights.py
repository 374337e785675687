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
    -1.7027,  # bias
    1.6684,  # rule:punctuation-only-line
    0.3598,  # rule:opener-at-end
    3.8814,  # rule:closing-punctuation-start
    1.8408,  # rule:possessive-start
    2.2515,  # rule:closing-quote-start
    -0.7275,  # rule:ellipsis-continues
    -0.2482,  # rule:lower-case-start
    0.4448,  # rule:parenthesis-continues
    0.8971,  # rule:dash-continues
    -0.3171,  # rule:lower-case-after-stop
    1.2869,  # rule:function-word-at-end
    0.3358,  # rule:open-bracket
    -1.9444,  # rule:link-text-line
    -0.1940,  # rule:uncased-mid-sentence
    0.0000,  # rule:hard-wrap
    -3.0394,  # rule:unfinished-before-capital
    -1.0318,  # rule:sentence-end
    -1.9508,  # prev:ends-full-stop
    -0.9929,  # prev:ends-other-stop
    -0.8369,  # prev:ends-colon
    -0.0370,  # prev:ends-semicolon
    2.1720,  # prev:ends-comma
    1.3949,  # prev:ends-unpunctuated
    -0.7503,  # prev:ends-closing-quote-or-bracket
    -0.1821,  # prev:ends-function-word
    1.2304,  # prev:chars<30
    0.0852,  # prev:chars<60
    0.3142,  # prev:chars>=120
    -0.3878,  # prev:words<=4
    0.5996,  # prev:heading-position
    -0.5469,  # prev:title-case
    0.4109,  # prev:ends-uncased-letter
    0.7618,  # next:starts-lower
    -0.9632,  # next:starts-upper
    -0.5369,  # next:starts-digit
    -0.3658,  # next:starts-punctuation
    -0.5783,  # next:starts-uncased
    0.1886,  # next:punctuation-only
    0.9791,  # next:short-unpunctuated
    0.5766,  # next:ends-sentence
    0.9249,  # next:chars<30
    -0.0186,  # next:chars>=120
    0.9600,  # after:continues
    -0.4464,  # after:starts-upper
    -0.4867,  # after:none
    -0.1042,  # block:quote-open
    2.9386,  # block:bracket-open
    -0.5959,  # record:stops>=0.8
    -0.2607,  # record:stops<0.5
    -0.2631,  # record:short-lines>=0.5
    0.0000,  # record:hard-wrapped
    -1.7360,  # link-shape
    -0.0255,  # stop-then-link-shape
    -0.6554,  # list-shape
    -0.9737,  # long-unfinished-before-capital
    -3.6469,  # block:starts-lower
    -0.3289,  # after:ends-unpunctuated
    -1.1717,  # list-run
    1.4512,  # link-sandwich
    0.5033,  # record:continuations>=0.1
    0.5651,  # prev:last-word-lower
    0.7779,  # prev:last-word-capital
    -0.1797,  # prev:inner-punctuation
    0.0843,  # next:inner-punctuation
    -0.5623,  # short-pair
    1.3492,  # block:unpunctuated-run
    0.1567,  # record:link-lines>=0.03
    0.5728,  # record:link-lines>=0.1
    0.9646,  # link-shape-in-linked-record
    0.3293,  # unfinished-before-capital-in-linked-record
    0.5355,  # link-shape-after-heading-position
    -0.0646,  # record:link-line-inside-sentence
    0.4192,  # unfinished-before-capital-in-sentence-linked-record
    0.5616,  # link-shape-in-sentence-linked-record
    1.1232,  # prev:long-unfinished
    0.6267,  # link-shape-after-long-unfinished
    1.5507,  # link-shape-before-punctuation
    0.4761,  # link-shape-then-sentence-end
    1.1639,  # next:longer-link-shape
    -2.3162,  # link-shape-echoes-prev
    0.6120,  # record:breaks-before-links
    0.4170,  # link-shape-in-breaks-before-links-record
    -0.3301,  # unfinished-before-capital-in-breaks-before-links-record
    -1.0385,  # link-shape-after-heading-position-in-other-record
    2.2908,  # amount-after-unfinished
)

VETO_BELOW: Final = 0.40
"""A join proposed by a rule is kept back when the join probability is below this."""
JOIN_FROM: Final = 0.62
"""A break the rules kept is joined when the join probability is at least this."""
