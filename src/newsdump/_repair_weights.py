"""The fitted weights of the repair's join model (generated: do not edit by hand).

Regenerate from the repository root with ``python tools/fit_repair.py --write`` (see
tools/README.md); the features are documented in docs/repair.md.
"""

from typing import Final

FEATURES_FINGERPRINT: Final = "3ac2d69b01bcf67d"
DATA_FINGERPRINT: Final = "9a2cc356137f4eec"
EXAMPLES_FINGERPRINT: Final = "979635d4862ccc9b"
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
)

WEIGHTS: Final = (
    -1.9434,  # bias
    2.7457,  # rule:punctuation-only-line
    2.8407,  # rule:opener-at-end
    4.9864,  # rule:closing-punctuation-start
    3.9542,  # rule:possessive-start
    0.8529,  # rule:closing-quote-start
    -1.2514,  # rule:ellipsis-continues
    0.0850,  # rule:lower-case-start
    -1.4585,  # rule:parenthesis-continues
    0.8747,  # rule:dash-continues
    -1.0748,  # rule:lower-case-after-stop
    2.1187,  # rule:function-word-at-end
    -3.9640,  # rule:open-bracket
    -1.7376,  # rule:link-text-line
    -0.1659,  # rule:uncased-mid-sentence
    0.0000,  # rule:hard-wrap
    -2.2955,  # rule:unfinished-before-capital
    -1.9458,  # rule:sentence-end
    -1.6160,  # prev:ends-full-stop
    -2.3090,  # prev:ends-other-stop
    -1.2231,  # prev:ends-colon
    -0.9522,  # prev:ends-semicolon
    4.1490,  # prev:ends-comma
    1.0238,  # prev:ends-unpunctuated
    -0.3486,  # prev:ends-closing-quote-or-bracket
    -0.4761,  # prev:ends-function-word
    0.3594,  # prev:chars<30
    0.2731,  # prev:chars<60
    -0.3708,  # prev:chars>=120
    0.5373,  # prev:words<=4
    0.4826,  # prev:heading-position
    -0.3360,  # prev:title-case
    1.0749,  # prev:ends-uncased-letter
    0.9225,  # next:starts-lower
    -1.5083,  # next:starts-upper
    -2.5221,  # next:starts-digit
    -0.4529,  # next:starts-punctuation
    0.6414,  # next:starts-uncased
    1.0777,  # next:punctuation-only
    1.0658,  # next:short-unpunctuated
    0.9996,  # next:ends-sentence
    0.6492,  # next:chars<30
    -0.5966,  # next:chars>=120
    2.0451,  # after:continues
    0.0730,  # after:starts-upper
    0.0384,  # after:none
    0.1716,  # block:quote-open
    4.1851,  # block:bracket-open
    -0.2852,  # record:stops>=0.8
    0.0863,  # record:stops<0.5
    0.0018,  # record:short-lines>=0.5
    0.0000,  # record:hard-wrapped
    -1.3376,  # link-shape
    -0.9524,  # stop-then-link-shape
    -0.9934,  # list-shape
    -0.6648,  # long-unfinished-before-capital
    -3.9516,  # block:starts-lower
    -0.1492,  # after:ends-unpunctuated
    -1.0668,  # list-run
    0.3460,  # link-sandwich
    0.9421,  # record:continuations>=0.1
    0.6123,  # prev:last-word-lower
    0.6012,  # prev:last-word-capital
    0.3713,  # prev:inner-punctuation
    -0.2159,  # next:inner-punctuation
    -0.2184,  # short-pair
    1.4745,  # block:unpunctuated-run
    0.3012,  # record:link-lines>=0.03
    1.0691,  # record:link-lines>=0.1
    0.4455,  # link-shape-in-linked-record
    0.2480,  # unfinished-before-capital-in-linked-record
    -0.3184,  # link-shape-after-heading-position
    0.1665,  # record:link-line-inside-sentence
    -0.4524,  # unfinished-before-capital-in-sentence-linked-record
    0.6854,  # link-shape-in-sentence-linked-record
    0.8523,  # prev:long-unfinished
    0.9770,  # link-shape-after-long-unfinished
    1.5268,  # link-shape-before-punctuation
    0.6598,  # link-shape-then-sentence-end
    0.5090,  # next:longer-link-shape
    -1.3854,  # link-shape-echoes-prev
    -0.3907,  # record:breaks-before-links
    0.4025,  # link-shape-in-breaks-before-links-record
    0.5740,  # unfinished-before-capital-in-breaks-before-links-record
    -0.5053,  # link-shape-after-heading-position-in-other-record
    -1.1362,  # amount-after-unfinished
    0.6551,  # next:known-capital
    0.0484,  # unfinished-before-known-capital
    -0.6854,  # unfinished-before-capital-in-noun-record
    0.7600,  # long-unfinished-before-capital-in-noun-record
    1.2277,  # abbreviation-before-lower
    0.5576,  # prev:bracketed
    1.7331,  # next:bracketed
    -1.4169,  # prev:address
    -0.9740,  # next:address
    4.3890,  # colon-before-address
    7.5904,  # title-before-capital
    6.0567,  # quote-then-lower
    6.4274,  # next:post-link
    3.5615,  # latin-after-ideograph
    -1.0616,  # stop-then-uncased-link-shape
    2.2609,  # clause-then-short
    -1.5646,  # unfinished-before-common-word
    4.3266,  # phrase-said-together
)

VETO_BELOW: Final = 0.55
"""A join proposed by a rule is kept back when the join probability is below this."""
JOIN_FROM: Final = 0.75
"""A break the rules kept is joined when the join probability is at least this."""
