"""The fitted weights of the repair's join model (generated: do not edit by hand).

Regenerate from the repository root with ``python tools/fit_repair.py --write`` (see
tools/README.md); the features are documented in docs/repair.md.
"""

from typing import Final

FEATURES_FINGERPRINT: Final = "69cfe3b78c1d27f1"
DATA_FINGERPRINT: Final = "9a2cc356137f4eec"
EXAMPLES_FINGERPRINT: Final = "a71819c93d99128f"
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
    -1.8918,  # bias
    2.7870,  # rule:punctuation-only-line
    2.1159,  # rule:opener-at-end
    4.9796,  # rule:closing-punctuation-start
    3.9688,  # rule:possessive-start
    0.8294,  # rule:closing-quote-start
    -1.3852,  # rule:ellipsis-continues
    0.2432,  # rule:lower-case-start
    -1.4322,  # rule:parenthesis-continues
    0.8806,  # rule:dash-continues
    -1.0010,  # rule:lower-case-after-stop
    2.1240,  # rule:function-word-at-end
    -4.2253,  # rule:open-bracket
    -1.9005,  # rule:link-text-line
    -0.6514,  # rule:uncased-mid-sentence
    0.0000,  # rule:hard-wrap
    -2.3960,  # rule:unfinished-before-capital
    -1.9331,  # rule:sentence-end
    -1.5414,  # prev:ends-full-stop
    -2.4710,  # prev:ends-other-stop
    -1.0779,  # prev:ends-colon
    -0.9098,  # prev:ends-semicolon
    4.1518,  # prev:ends-comma
    0.9653,  # prev:ends-unpunctuated
    -0.3741,  # prev:ends-closing-quote-or-bracket
    -0.4574,  # prev:ends-function-word
    0.2220,  # prev:chars<30
    0.2157,  # prev:chars<60
    -0.3898,  # prev:chars>=120
    0.6013,  # prev:words<=4
    0.5538,  # prev:heading-position
    -0.2849,  # prev:title-case
    1.3922,  # prev:ends-uncased-letter
    0.9466,  # next:starts-lower
    -1.5962,  # next:starts-upper
    -2.3623,  # next:starts-digit
    -0.2884,  # next:starts-punctuation
    0.9548,  # next:starts-uncased
    1.0927,  # next:punctuation-only
    0.9902,  # next:short-unpunctuated
    0.8881,  # next:ends-sentence
    0.7134,  # next:chars<30
    -0.6559,  # next:chars>=120
    1.7850,  # after:continues
    -0.0710,  # after:starts-upper
    -0.0817,  # after:none
    0.1923,  # block:quote-open
    4.2697,  # block:bracket-open
    -0.2305,  # record:stops>=0.8
    0.0891,  # record:stops<0.5
    0.0220,  # record:short-lines>=0.5
    0.0000,  # record:hard-wrapped
    -1.2165,  # link-shape
    -0.9189,  # stop-then-link-shape
    -0.9474,  # list-shape
    -0.7947,  # long-unfinished-before-capital
    -3.9303,  # block:starts-lower
    -0.1067,  # after:ends-unpunctuated
    -1.1009,  # list-run
    0.6392,  # link-sandwich
    0.9451,  # record:continuations>=0.1
    0.6315,  # prev:last-word-lower
    0.6901,  # prev:last-word-capital
    0.4051,  # prev:inner-punctuation
    -0.2167,  # next:inner-punctuation
    -0.2321,  # short-pair
    1.4030,  # block:unpunctuated-run
    0.2978,  # record:link-lines>=0.03
    1.0838,  # record:link-lines>=0.1
    0.4439,  # link-shape-in-linked-record
    0.2691,  # unfinished-before-capital-in-linked-record
    -0.3378,  # link-shape-after-heading-position
    0.1467,  # record:link-line-inside-sentence
    -0.3622,  # unfinished-before-capital-in-sentence-linked-record
    0.7274,  # link-shape-in-sentence-linked-record
    0.8510,  # prev:long-unfinished
    1.0626,  # link-shape-after-long-unfinished
    1.5383,  # link-shape-before-punctuation
    0.6761,  # link-shape-then-sentence-end
    0.4371,  # next:longer-link-shape
    -1.2715,  # link-shape-echoes-prev
    -0.3843,  # record:breaks-before-links
    0.3593,  # link-shape-in-breaks-before-links-record
    0.4018,  # unfinished-before-capital-in-breaks-before-links-record
    -0.6708,  # link-shape-after-heading-position-in-other-record
    -0.9352,  # amount-after-unfinished
    0.7040,  # next:known-capital
    0.3461,  # unfinished-before-known-capital
    -0.6186,  # unfinished-before-capital-in-noun-record
    0.7850,  # long-unfinished-before-capital-in-noun-record
    1.1905,  # abbreviation-before-lower
    0.5586,  # prev:bracketed
    1.6334,  # next:bracketed
    -1.3154,  # prev:address
    -0.9778,  # next:address
    4.2808,  # colon-before-address
    7.3149,  # title-before-capital
    6.1147,  # quote-then-lower
    6.3900,  # next:post-link
    3.8607,  # latin-after-ideograph
    -1.1561,  # stop-then-uncased-link-shape
)

VETO_BELOW: Final = 0.50
"""A join proposed by a rule is kept back when the join probability is below this."""
JOIN_FROM: Final = 0.75
"""A break the rules kept is joined when the join probability is at least this."""
