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
    -1.9016,  # bias
    0.6688,  # rule:punctuation-only-line
    0.3722,  # rule:opener-at-end
    3.8940,  # rule:closing-punctuation-start
    1.7000,  # rule:possessive-start
    2.1655,  # rule:closing-quote-start
    -0.8264,  # rule:ellipsis-continues
    -0.2835,  # rule:lower-case-start
    0.3526,  # rule:parenthesis-continues
    -0.5291,  # rule:dash-continues
    0.0899,  # rule:lower-case-after-stop
    0.0223,  # rule:function-word-at-end
    0.4560,  # rule:open-bracket
    -2.3017,  # rule:link-text-line
    -1.3208,  # rule:uncased-mid-sentence
    0.0000,  # rule:hard-wrap
    -2.8994,  # rule:unfinished-before-capital
    -0.5420,  # rule:sentence-end
    -2.2712,  # prev:ends-full-stop
    -1.2147,  # prev:ends-other-stop
    -1.0274,  # prev:ends-colon
    -0.2551,  # prev:ends-semicolon
    2.4251,  # prev:ends-comma
    1.7144,  # prev:ends-unpunctuated
    -0.7915,  # prev:ends-closing-quote-or-bracket
    -0.1670,  # prev:ends-function-word
    1.1562,  # prev:chars<30
    0.0490,  # prev:chars<60
    0.2277,  # prev:chars>=120
    -0.3377,  # prev:words<=4
    0.5097,  # prev:heading-position
    -0.4638,  # prev:title-case
    0.9906,  # prev:ends-uncased-letter
    0.7238,  # next:starts-lower
    -1.0954,  # next:starts-upper
    -0.6096,  # next:starts-digit
    -0.3286,  # next:starts-punctuation
    -0.2138,  # next:starts-uncased
    0.8771,  # next:punctuation-only
    0.9915,  # next:short-unpunctuated
    0.6156,  # next:ends-sentence
    0.7927,  # next:chars<30
    -0.0935,  # next:chars>=120
    0.9370,  # after:continues
    -0.4763,  # after:starts-upper
    -0.4588,  # after:none
    -0.1821,  # block:quote-open
    2.4853,  # block:bracket-open
    -0.5005,  # record:stops>=0.8
    -0.2483,  # record:stops<0.5
    -0.3429,  # record:short-lines>=0.5
    0.0000,  # record:hard-wrapped
    -1.6491,  # link-shape
    0.0913,  # stop-then-link-shape
    -0.7150,  # list-shape
    -0.8905,  # long-unfinished-before-capital
    -3.3117,  # block:starts-lower
    -0.3679,  # after:ends-unpunctuated
    -1.0437,  # list-run
    1.6468,  # link-sandwich
    0.5297,  # record:continuations>=0.1
    0.6010,  # prev:last-word-lower
    0.7376,  # prev:last-word-capital
    -0.0969,  # prev:inner-punctuation
    0.0670,  # next:inner-punctuation
    -0.5090,  # short-pair
    1.2207,  # block:unpunctuated-run
    0.1364,  # record:link-lines>=0.03
    0.6120,  # record:link-lines>=0.1
    1.0530,  # link-shape-in-linked-record
    0.3519,  # unfinished-before-capital-in-linked-record
    0.2519,  # link-shape-after-heading-position
    -0.0167,  # record:link-line-inside-sentence
    0.3429,  # unfinished-before-capital-in-sentence-linked-record
    0.5393,  # link-shape-in-sentence-linked-record
    1.1180,  # prev:long-unfinished
    0.7204,  # link-shape-after-long-unfinished
    1.5052,  # link-shape-before-punctuation
    0.4665,  # link-shape-then-sentence-end
    1.3371,  # next:longer-link-shape
    -2.4751,  # link-shape-echoes-prev
    0.6426,  # record:breaks-before-links
    0.4082,  # link-shape-in-breaks-before-links-record
    -0.3518,  # unfinished-before-capital-in-breaks-before-links-record
    -0.9998,  # link-shape-after-heading-position-in-other-record
)

VETO_BELOW: Final = 0.35
"""A join proposed by a rule is kept back when the join probability is below this."""
JOIN_FROM: Final = 0.60
"""A break the rules kept is joined when the join probability is at least this."""
