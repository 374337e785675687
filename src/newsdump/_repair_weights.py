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
    -1.6985,  # bias
    1.6836,  # rule:punctuation-only-line
    0.3963,  # rule:opener-at-end
    3.9198,  # rule:closing-punctuation-start
    1.8524,  # rule:possessive-start
    2.2837,  # rule:closing-quote-start
    -0.7268,  # rule:ellipsis-continues
    -0.2208,  # rule:lower-case-start
    0.4933,  # rule:parenthesis-continues
    0.9388,  # rule:dash-continues
    -0.2893,  # rule:lower-case-after-stop
    1.2898,  # rule:function-word-at-end
    0.3521,  # rule:open-bracket
    -1.9500,  # rule:link-text-line
    -1.4046,  # rule:uncased-mid-sentence
    0.0000,  # rule:hard-wrap
    -2.9665,  # rule:unfinished-before-capital
    -1.0170,  # rule:sentence-end
    -1.9389,  # prev:ends-full-stop
    -0.9906,  # prev:ends-other-stop
    -0.8256,  # prev:ends-colon
    -0.0333,  # prev:ends-semicolon
    2.1618,  # prev:ends-comma
    1.3704,  # prev:ends-unpunctuated
    -0.7615,  # prev:ends-closing-quote-or-bracket
    -0.1943,  # prev:ends-function-word
    1.1907,  # prev:chars<30
    0.0626,  # prev:chars<60
    0.2748,  # prev:chars>=120
    -0.3943,  # prev:words<=4
    0.5900,  # prev:heading-position
    -0.5154,  # prev:title-case
    1.0495,  # prev:ends-uncased-letter
    0.7602,  # next:starts-lower
    -0.9956,  # next:starts-upper
    -0.5684,  # next:starts-digit
    -0.3895,  # next:starts-punctuation
    -0.1815,  # next:starts-uncased
    0.1947,  # next:punctuation-only
    0.9927,  # next:short-unpunctuated
    0.6064,  # next:ends-sentence
    0.9176,  # next:chars<30
    -0.0508,  # next:chars>=120
    0.9686,  # after:continues
    -0.4353,  # after:starts-upper
    -0.4808,  # after:none
    -0.0984,  # block:quote-open
    2.9464,  # block:bracket-open
    -0.5952,  # record:stops>=0.8
    -0.2560,  # record:stops<0.5
    -0.2658,  # record:short-lines>=0.5
    0.0000,  # record:hard-wrapped
    -1.7355,  # link-shape
    -0.0007,  # stop-then-link-shape
    -0.6810,  # list-shape
    -0.9612,  # long-unfinished-before-capital
    -3.5838,  # block:starts-lower
    -0.3410,  # after:ends-unpunctuated
    -1.1411,  # list-run
    1.4261,  # link-sandwich
    0.5075,  # record:continuations>=0.1
    0.5536,  # prev:last-word-lower
    0.7617,  # prev:last-word-capital
    -0.1804,  # prev:inner-punctuation
    0.0885,  # next:inner-punctuation
    -0.5314,  # short-pair
    1.3642,  # block:unpunctuated-run
    0.1912,  # record:link-lines>=0.03
    0.6084,  # record:link-lines>=0.1
    0.9601,  # link-shape-in-linked-record
    0.2779,  # unfinished-before-capital-in-linked-record
    0.5270,  # link-shape-after-heading-position
    -0.0814,  # record:link-line-inside-sentence
    0.4282,  # unfinished-before-capital-in-sentence-linked-record
    0.5673,  # link-shape-in-sentence-linked-record
    1.1251,  # prev:long-unfinished
    0.7611,  # link-shape-after-long-unfinished
    1.4923,  # link-shape-before-punctuation
    0.4387,  # link-shape-then-sentence-end
    1.1918,  # next:longer-link-shape
    -2.3336,  # link-shape-echoes-prev
    0.5875,  # record:breaks-before-links
    0.4392,  # link-shape-in-breaks-before-links-record
    -0.2871,  # unfinished-before-capital-in-breaks-before-links-record
    -0.9854,  # link-shape-after-heading-position-in-other-record
    2.2923,  # amount-after-unfinished
)

VETO_BELOW: Final = 0.40
"""A join proposed by a rule is kept back when the join probability is below this."""
JOIN_FROM: Final = 0.60
"""A break the rules kept is joined when the join probability is at least this."""
