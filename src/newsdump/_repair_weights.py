"""The fitted weights of the repair's join model (generated: do not edit by hand).

Regenerate from the repository root with ``python tools/fit_repair.py --write`` (see
tools/README.md); the features are documented in docs/repair.md.
"""

from typing import Final

FEATURES_FINGERPRINT: Final = "b6f5ce817071de7f"
DATA_FINGERPRINT: Final = "9a2cc356137f4eec"
EXAMPLES_FINGERPRINT: Final = "e245cbc6651f079a"
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
    "clause-then-short",
)

WEIGHTS: Final = (
    -1.9076,  # bias
    2.7482,  # rule:punctuation-only-line
    2.1253,  # rule:opener-at-end
    4.9761,  # rule:closing-punctuation-start
    3.9425,  # rule:possessive-start
    0.8130,  # rule:closing-quote-start
    -1.4127,  # rule:ellipsis-continues
    0.2335,  # rule:lower-case-start
    -1.4592,  # rule:parenthesis-continues
    0.8466,  # rule:dash-continues
    -0.9974,  # rule:lower-case-after-stop
    2.1247,  # rule:function-word-at-end
    -4.1903,  # rule:open-bracket
    -1.8949,  # rule:link-text-line
    -0.2725,  # rule:uncased-mid-sentence
    0.0000,  # rule:hard-wrap
    -2.4119,  # rule:unfinished-before-capital
    -1.9276,  # rule:sentence-end
    -1.5720,  # prev:ends-full-stop
    -2.3881,  # prev:ends-other-stop
    -1.1225,  # prev:ends-colon
    -0.9089,  # prev:ends-semicolon
    3.9474,  # prev:ends-comma
    1.0235,  # prev:ends-unpunctuated
    -0.4021,  # prev:ends-closing-quote-or-bracket
    -0.4864,  # prev:ends-function-word
    0.2871,  # prev:chars<30
    0.2091,  # prev:chars<60
    -0.3978,  # prev:chars>=120
    0.5190,  # prev:words<=4
    0.4677,  # prev:heading-position
    -0.2728,  # prev:title-case
    1.1027,  # prev:ends-uncased-letter
    0.9400,  # next:starts-lower
    -1.5886,  # next:starts-upper
    -2.3334,  # next:starts-digit
    -0.2840,  # next:starts-punctuation
    0.8160,  # next:starts-uncased
    1.0094,  # next:punctuation-only
    1.0019,  # next:short-unpunctuated
    0.9229,  # next:ends-sentence
    0.6658,  # next:chars<30
    -0.6454,  # next:chars>=120
    1.8418,  # after:continues
    -0.0358,  # after:starts-upper
    -0.0233,  # after:none
    0.1780,  # block:quote-open
    4.2424,  # block:bracket-open
    -0.2256,  # record:stops>=0.8
    0.0569,  # record:stops<0.5
    0.0361,  # record:short-lines>=0.5
    0.0000,  # record:hard-wrapped
    -1.2438,  # link-shape
    -0.9276,  # stop-then-link-shape
    -0.9820,  # list-shape
    -0.8350,  # long-unfinished-before-capital
    -3.9180,  # block:starts-lower
    -0.0623,  # after:ends-unpunctuated
    -1.1259,  # list-run
    0.6332,  # link-sandwich
    0.9424,  # record:continuations>=0.1
    0.5837,  # prev:last-word-lower
    0.6220,  # prev:last-word-capital
    0.4115,  # prev:inner-punctuation
    -0.2318,  # next:inner-punctuation
    -0.1780,  # short-pair
    1.4037,  # block:unpunctuated-run
    0.3103,  # record:link-lines>=0.03
    1.0978,  # record:link-lines>=0.1
    0.4254,  # link-shape-in-linked-record
    0.2123,  # unfinished-before-capital-in-linked-record
    -0.2906,  # link-shape-after-heading-position
    0.1327,  # record:link-line-inside-sentence
    -0.4082,  # unfinished-before-capital-in-sentence-linked-record
    0.7535,  # link-shape-in-sentence-linked-record
    0.8372,  # prev:long-unfinished
    1.0957,  # link-shape-after-long-unfinished
    1.5413,  # link-shape-before-punctuation
    0.6989,  # link-shape-then-sentence-end
    0.4414,  # next:longer-link-shape
    -1.2694,  # link-shape-echoes-prev
    -0.3961,  # record:breaks-before-links
    0.3849,  # link-shape-in-breaks-before-links-record
    0.5282,  # unfinished-before-capital-in-breaks-before-links-record
    -0.5730,  # link-shape-after-heading-position-in-other-record
    -0.9930,  # amount-after-unfinished
    0.7080,  # next:known-capital
    0.3663,  # unfinished-before-known-capital
    -0.6567,  # unfinished-before-capital-in-noun-record
    0.8618,  # long-unfinished-before-capital-in-noun-record
    1.1888,  # abbreviation-before-lower
    0.5487,  # prev:bracketed
    1.6346,  # next:bracketed
    -1.3456,  # prev:address
    -0.9666,  # next:address
    4.2745,  # colon-before-address
    7.6116,  # title-before-capital
    6.1370,  # quote-then-lower
    6.3887,  # next:post-link
    3.6515,  # latin-after-ideograph
    -1.0815,  # stop-then-uncased-link-shape
    2.3879,  # clause-then-short
)

VETO_BELOW: Final = 0.60
"""A join proposed by a rule is kept back when the join probability is below this."""
JOIN_FROM: Final = 0.75
"""A break the rules kept is joined when the join probability is at least this."""
