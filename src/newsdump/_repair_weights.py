"""The fitted weights of the repair's join model (generated: do not edit by hand).

Regenerate from the repository root with ``python tools/fit_repair.py --write`` (see
tools/README.md); the features are documented in docs/repair.md.
"""

from typing import Final

FEATURES_FINGERPRINT: Final = "69cfe3b78c1d27f1"
DATA_FINGERPRINT: Final = "9a2cc356137f4eec"
EXAMPLES_FINGERPRINT: Final = "43c676a604877d2c"
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
    "latin-after-ideograph",
    "stop-then-uncased-link-shape",
)

WEIGHTS: Final = (
    -1.8840,  # bias
    2.8183,  # rule:punctuation-only-line
    2.0990,  # rule:opener-at-end
    5.0248,  # rule:closing-punctuation-start
    3.9911,  # rule:possessive-start
    0.8721,  # rule:closing-quote-start
    -1.3323,  # rule:ellipsis-continues
    0.2404,  # rule:lower-case-start
    -1.3762,  # rule:parenthesis-continues
    0.9323,  # rule:dash-continues
    -1.0040,  # rule:lower-case-after-stop
    2.1200,  # rule:function-word-at-end
    -4.1699,  # rule:open-bracket
    -1.8485,  # rule:link-text-line
    -1.1123,  # rule:uncased-mid-sentence
    0.0000,  # rule:hard-wrap
    -2.4024,  # rule:unfinished-before-capital
    -1.9249,  # rule:sentence-end
    -1.5216,  # prev:ends-full-stop
    -2.4872,  # prev:ends-other-stop
    -1.0730,  # prev:ends-colon
    -0.9344,  # prev:ends-semicolon
    4.1311,  # prev:ends-comma
    0.9576,  # prev:ends-unpunctuated
    -0.3980,  # prev:ends-closing-quote-or-bracket
    -0.4087,  # prev:ends-function-word
    0.0904,  # prev:chars<30
    0.1941,  # prev:chars<60
    -0.3743,  # prev:chars>=120
    0.7065,  # prev:words<=4
    0.6672,  # prev:heading-position
    -0.2906,  # prev:title-case
    1.3878,  # prev:ends-uncased-letter
    0.9540,  # next:starts-lower
    -1.5792,  # next:starts-upper
    -2.3651,  # next:starts-digit
    -0.3110,  # next:starts-punctuation
    0.8565,  # next:starts-uncased
    1.0859,  # next:punctuation-only
    0.9858,  # next:short-unpunctuated
    0.8785,  # next:ends-sentence
    0.7361,  # next:chars<30
    -0.6479,  # next:chars>=120
    1.7728,  # after:continues
    -0.0807,  # after:starts-upper
    -0.1060,  # after:none
    0.2029,  # block:quote-open
    4.2601,  # block:bracket-open
    -0.2444,  # record:stops>=0.8
    0.0852,  # record:stops<0.5
    0.0089,  # record:short-lines>=0.5
    0.0000,  # record:hard-wrapped
    -1.1860,  # link-shape
    -0.9539,  # stop-then-link-shape
    -0.9225,  # list-shape
    -0.8230,  # long-unfinished-before-capital
    -4.0039,  # block:starts-lower
    -0.1305,  # after:ends-unpunctuated
    -1.1220,  # list-run
    0.6001,  # link-sandwich
    0.9404,  # record:continuations>=0.1
    0.6236,  # prev:last-word-lower
    0.6774,  # prev:last-word-capital
    0.4021,  # prev:inner-punctuation
    -0.2052,  # next:inner-punctuation
    -0.2045,  # short-pair
    1.4036,  # block:unpunctuated-run
    0.2388,  # record:link-lines>=0.03
    1.0347,  # record:link-lines>=0.1
    0.4447,  # link-shape-in-linked-record
    0.3818,  # unfinished-before-capital-in-linked-record
    -0.4770,  # link-shape-after-heading-position
    0.2232,  # record:link-line-inside-sentence
    -0.5030,  # unfinished-before-capital-in-sentence-linked-record
    0.6950,  # link-shape-in-sentence-linked-record
    0.8595,  # prev:long-unfinished
    1.0740,  # link-shape-after-long-unfinished
    1.5457,  # link-shape-before-punctuation
    0.6366,  # link-shape-then-sentence-end
    0.3988,  # next:longer-link-shape
    -1.2723,  # link-shape-echoes-prev
    -0.4127,  # record:breaks-before-links
    0.3918,  # link-shape-in-breaks-before-links-record
    0.4709,  # unfinished-before-capital-in-breaks-before-links-record
    -0.6164,  # link-shape-after-heading-position-in-other-record
    -0.8613,  # amount-after-unfinished
    0.6890,  # next:known-capital
    0.3618,  # unfinished-before-known-capital
    -0.6270,  # unfinished-before-capital-in-noun-record
    0.7883,  # long-unfinished-before-capital-in-noun-record
    1.2020,  # abbreviation-before-lower
    0.5430,  # prev:bracketed
    1.6244,  # next:bracketed
    -1.3218,  # prev:address
    -0.9987,  # next:address
    4.3308,  # colon-before-address
    7.6575,  # title-before-capital
    6.1895,  # quote-then-lower
    6.4090,  # next:post-link
    3.7826,  # latin-after-ideograph
    -1.0972,  # stop-then-uncased-link-shape
)

VETO_BELOW: Final = 0.45
"""A join proposed by a rule is kept back when the join probability is below this."""
JOIN_FROM: Final = 0.75
"""A break the rules kept is joined when the join probability is at least this."""
