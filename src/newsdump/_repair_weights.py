"""The fitted weights of the repair's join model (generated: do not edit by hand).

Regenerate from the repository root with ``python tools/fit_repair.py --write`` (see
tools/README.md); the features are documented in docs/repair.md.
"""

from typing import Final

FEATURES_FINGERPRINT: Final = "a47c4bc311913edf"
DATA_FINGERPRINT: Final = "9a2cc356137f4eec"
EXAMPLES_FINGERPRINT: Final = "5ccf910a598c7919"
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
    "unfinished-before-common-word",
    "phrase-said-together",
    "possessive-before-capital",
)

WEIGHTS: Final = (
    -1.9406,  # bias
    2.7514,  # rule:punctuation-only-line
    2.8548,  # rule:opener-at-end
    4.9781,  # rule:closing-punctuation-start
    3.9612,  # rule:possessive-start
    0.8492,  # rule:closing-quote-start
    -1.2509,  # rule:ellipsis-continues
    0.0870,  # rule:lower-case-start
    -1.4485,  # rule:parenthesis-continues
    0.8785,  # rule:dash-continues
    -1.0782,  # rule:lower-case-after-stop
    2.1341,  # rule:function-word-at-end
    -3.9814,  # rule:open-bracket
    -1.7199,  # rule:link-text-line
    -0.1706,  # rule:uncased-mid-sentence
    0.0000,  # rule:hard-wrap
    -2.2982,  # rule:unfinished-before-capital
    -1.9443,  # rule:sentence-end
    -1.6121,  # prev:ends-full-stop
    -2.3192,  # prev:ends-other-stop
    -1.2229,  # prev:ends-colon
    -0.9576,  # prev:ends-semicolon
    4.1548,  # prev:ends-comma
    1.0228,  # prev:ends-unpunctuated
    -0.3445,  # prev:ends-closing-quote-or-bracket
    -0.4763,  # prev:ends-function-word
    0.3498,  # prev:chars<30
    0.2729,  # prev:chars<60
    -0.3625,  # prev:chars>=120
    0.5463,  # prev:words<=4
    0.4824,  # prev:heading-position
    -0.3502,  # prev:title-case
    1.0686,  # prev:ends-uncased-letter
    0.9286,  # next:starts-lower
    -1.5112,  # next:starts-upper
    -2.5140,  # next:starts-digit
    -0.4497,  # next:starts-punctuation
    0.6349,  # next:starts-uncased
    1.0703,  # next:punctuation-only
    1.0680,  # next:short-unpunctuated
    0.9990,  # next:ends-sentence
    0.6601,  # next:chars<30
    -0.5987,  # next:chars>=120
    2.0149,  # after:continues
    0.0707,  # after:starts-upper
    0.0456,  # after:none
    0.1727,  # block:quote-open
    4.2006,  # block:bracket-open
    -0.2906,  # record:stops>=0.8
    0.0862,  # record:stops<0.5
    0.0031,  # record:short-lines>=0.5
    0.0000,  # record:hard-wrapped
    -1.3542,  # link-shape
    -0.9610,  # stop-then-link-shape
    -0.9928,  # list-shape
    -0.6496,  # long-unfinished-before-capital
    -3.9434,  # block:starts-lower
    -0.1373,  # after:ends-unpunctuated
    -1.0539,  # list-run
    0.3081,  # link-sandwich
    0.9411,  # record:continuations>=0.1
    0.6140,  # prev:last-word-lower
    0.5780,  # prev:last-word-capital
    0.3474,  # prev:inner-punctuation
    -0.1987,  # next:inner-punctuation
    -0.2264,  # short-pair
    1.4728,  # block:unpunctuated-run
    0.3122,  # record:link-lines>=0.03
    1.0593,  # record:link-lines>=0.1
    0.4226,  # link-shape-in-linked-record
    0.2424,  # unfinished-before-capital-in-linked-record
    -0.3843,  # link-shape-after-heading-position
    0.1524,  # record:link-line-inside-sentence
    -0.4574,  # unfinished-before-capital-in-sentence-linked-record
    0.7380,  # link-shape-in-sentence-linked-record
    0.8522,  # prev:long-unfinished
    0.9068,  # link-shape-after-long-unfinished
    1.5293,  # link-shape-before-punctuation
    0.6849,  # link-shape-then-sentence-end
    0.5367,  # next:longer-link-shape
    -1.3650,  # link-shape-echoes-prev
    -0.3881,  # record:breaks-before-links
    0.4249,  # link-shape-in-breaks-before-links-record
    0.5795,  # unfinished-before-capital-in-breaks-before-links-record
    -0.3969,  # link-shape-after-heading-position-in-other-record
    -1.1243,  # amount-after-unfinished
    0.6606,  # next:known-capital
    0.0220,  # unfinished-before-known-capital
    -0.6658,  # unfinished-before-capital-in-noun-record
    0.7631,  # long-unfinished-before-capital-in-noun-record
    1.2403,  # abbreviation-before-lower
    0.5588,  # prev:bracketed
    1.7287,  # next:bracketed
    -1.4280,  # prev:address
    -0.9618,  # next:address
    4.3594,  # colon-before-address
    7.5893,  # title-before-capital
    6.0615,  # quote-then-lower
    6.4130,  # next:post-link
    3.5514,  # latin-after-ideograph
    -1.0526,  # stop-then-uncased-link-shape
    2.2530,  # clause-then-short
    -1.5891,  # unfinished-before-common-word
    4.3599,  # phrase-said-together
    5.6563,  # possessive-before-capital
)

VETO_BELOW: Final = 0.55
"""A join proposed by a rule is kept back when the join probability is below this."""
JOIN_FROM: Final = 0.75
"""A break the rules kept is joined when the join probability is at least this."""
