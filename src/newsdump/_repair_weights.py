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
)

WEIGHTS: Final = (
    -1.8731,  # bias
    0.5827,  # rule:punctuation-only-line
    0.2808,  # rule:opener-at-end
    3.8728,  # rule:closing-punctuation-start
    1.8484,  # rule:possessive-start
    2.1824,  # rule:closing-quote-start
    -0.9367,  # rule:ellipsis-continues
    -0.2149,  # rule:lower-case-start
    0.3917,  # rule:parenthesis-continues
    -0.5377,  # rule:dash-continues
    0.4294,  # rule:lower-case-after-stop
    -0.0073,  # rule:function-word-at-end
    0.1723,  # rule:open-bracket
    -1.8141,  # rule:link-text-line
    -1.4919,  # rule:uncased-mid-sentence
    0.0000,  # rule:hard-wrap
    -2.9939,  # rule:unfinished-before-capital
    -0.4386,  # rule:sentence-end
    -2.5398,  # prev:ends-full-stop
    -1.4220,  # prev:ends-other-stop
    -0.9868,  # prev:ends-colon
    -0.2093,  # prev:ends-semicolon
    2.9402,  # prev:ends-comma
    2.1139,  # prev:ends-unpunctuated
    -0.8330,  # prev:ends-closing-quote-or-bracket
    0.0010,  # prev:ends-function-word
    0.9174,  # prev:chars<30
    -0.2138,  # prev:chars<60
    0.7299,  # prev:chars>=120
    -0.2570,  # prev:words<=4
    0.5525,  # prev:heading-position
    -0.5611,  # prev:title-case
    1.0003,  # prev:ends-uncased-letter
    0.6994,  # next:starts-lower
    -1.0407,  # next:starts-upper
    -0.4227,  # next:starts-digit
    -0.2840,  # next:starts-punctuation
    -0.1755,  # next:starts-uncased
    0.7590,  # next:punctuation-only
    0.8911,  # next:short-unpunctuated
    0.5935,  # next:ends-sentence
    0.8477,  # next:chars<30
    -0.0480,  # next:chars>=120
    1.2243,  # after:continues
    -0.4848,  # after:starts-upper
    -0.5435,  # after:none
    -0.0987,  # block:quote-open
    3.6479,  # block:bracket-open
    -0.6084,  # record:stops>=0.8
    -0.3697,  # record:stops<0.5
    -0.1842,  # record:short-lines>=0.5
    0.0000,  # record:hard-wrapped
    -1.0066,  # link-shape
    0.2069,  # stop-then-link-shape
    -0.8402,  # list-shape
    -0.6175,  # long-unfinished-before-capital
    -3.3508,  # block:starts-lower
    -0.4698,  # after:ends-unpunctuated
    -1.1471,  # list-run
    1.1889,  # link-sandwich
    0.5440,  # record:continuations>=0.1
    0.6181,  # prev:last-word-lower
    0.7236,  # prev:last-word-capital
    -0.0271,  # prev:inner-punctuation
    -0.0206,  # next:inner-punctuation
    -0.3383,  # short-pair
    1.1135,  # block:unpunctuated-run
    0.3418,  # record:link-lines>=0.03
    0.9618,  # record:link-lines>=0.1
    0.8414,  # link-shape-in-linked-record
    0.2683,  # unfinished-before-capital-in-linked-record
    -0.2423,  # link-shape-after-heading-position
    0.0492,  # record:link-line-inside-sentence
    0.2291,  # unfinished-before-capital-in-sentence-linked-record
    0.5948,  # link-shape-in-sentence-linked-record
)

VETO_BELOW: Final = 0.25
"""A join proposed by a rule is kept back when the join probability is below this."""
JOIN_FROM: Final = 0.74
"""A break the rules kept is joined when the join probability is at least this."""
