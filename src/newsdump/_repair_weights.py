"""The fitted weights of the repair's join model (generated: do not edit by hand).

Regenerate from the repository root with ``python tools/fit_repair.py --write`` (see
tools/README.md); the features are documented in docs/repair.md.
"""

from typing import Final

FEATURES_FINGERPRINT: Final = "b6f5ce817071de7f"
DATA_FINGERPRINT: Final = "9a2cc356137f4eec"
EXAMPLES_FINGERPRINT: Final = "40e15b8890a87943"
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
    -1.9084,  # bias
    2.7891,  # rule:punctuation-only-line
    2.1304,  # rule:opener-at-end
    4.9647,  # rule:closing-punctuation-start
    3.9400,  # rule:possessive-start
    0.8149,  # rule:closing-quote-start
    -1.4053,  # rule:ellipsis-continues
    0.2426,  # rule:lower-case-start
    -1.4496,  # rule:parenthesis-continues
    0.8529,  # rule:dash-continues
    -1.0042,  # rule:lower-case-after-stop
    2.1399,  # rule:function-word-at-end
    -4.1897,  # rule:open-bracket
    -1.8854,  # rule:link-text-line
    -0.2714,  # rule:uncased-mid-sentence
    0.0000,  # rule:hard-wrap
    -2.4126,  # rule:unfinished-before-capital
    -1.9309,  # rule:sentence-end
    -1.5669,  # prev:ends-full-stop
    -2.3770,  # prev:ends-other-stop
    -1.1171,  # prev:ends-colon
    -0.9008,  # prev:ends-semicolon
    3.9490,  # prev:ends-comma
    1.0159,  # prev:ends-unpunctuated
    -0.4025,  # prev:ends-closing-quote-or-bracket
    -0.4772,  # prev:ends-function-word
    0.2952,  # prev:chars<30
    0.2070,  # prev:chars<60
    -0.3986,  # prev:chars>=120
    0.5222,  # prev:words<=4
    0.4770,  # prev:heading-position
    -0.2731,  # prev:title-case
    1.1069,  # prev:ends-uncased-letter
    0.9425,  # next:starts-lower
    -1.5939,  # next:starts-upper
    -2.3287,  # next:starts-digit
    -0.2797,  # next:starts-punctuation
    0.8220,  # next:starts-uncased
    1.0786,  # next:punctuation-only
    0.9913,  # next:short-unpunctuated
    0.9097,  # next:ends-sentence
    0.6780,  # next:chars<30
    -0.6431,  # next:chars>=120
    1.8332,  # after:continues
    -0.0397,  # after:starts-upper
    -0.0294,  # after:none
    0.1766,  # block:quote-open
    4.2480,  # block:bracket-open
    -0.2227,  # record:stops>=0.8
    0.0599,  # record:stops<0.5
    0.0328,  # record:short-lines>=0.5
    0.0000,  # record:hard-wrapped
    -1.2421,  # link-shape
    -0.9287,  # stop-then-link-shape
    -0.9834,  # list-shape
    -0.8236,  # long-unfinished-before-capital
    -3.9116,  # block:starts-lower
    -0.0615,  # after:ends-unpunctuated
    -1.1283,  # list-run
    0.6400,  # link-sandwich
    0.9470,  # record:continuations>=0.1
    0.5701,  # prev:last-word-lower
    0.6186,  # prev:last-word-capital
    0.4160,  # prev:inner-punctuation
    -0.2260,  # next:inner-punctuation
    -0.1891,  # short-pair
    1.4107,  # block:unpunctuated-run
    0.3064,  # record:link-lines>=0.03
    1.0953,  # record:link-lines>=0.1
    0.4321,  # link-shape-in-linked-record
    0.2177,  # unfinished-before-capital-in-linked-record
    -0.2927,  # link-shape-after-heading-position
    0.1324,  # record:link-line-inside-sentence
    -0.4126,  # unfinished-before-capital-in-sentence-linked-record
    0.7484,  # link-shape-in-sentence-linked-record
    0.8412,  # prev:long-unfinished
    1.0838,  # link-shape-after-long-unfinished
    1.5388,  # link-shape-before-punctuation
    0.7001,  # link-shape-then-sentence-end
    0.4449,  # next:longer-link-shape
    -1.2666,  # link-shape-echoes-prev
    -0.3976,  # record:breaks-before-links
    0.3894,  # link-shape-in-breaks-before-links-record
    0.5348,  # unfinished-before-capital-in-breaks-before-links-record
    -0.5649,  # link-shape-after-heading-position-in-other-record
    -0.9917,  # amount-after-unfinished
    0.7107,  # next:known-capital
    0.3346,  # unfinished-before-known-capital
    -0.6394,  # unfinished-before-capital-in-noun-record
    0.8472,  # long-unfinished-before-capital-in-noun-record
    1.1874,  # abbreviation-before-lower
    0.5547,  # prev:bracketed
    1.6330,  # next:bracketed
    -1.3440,  # prev:address
    -0.9624,  # next:address
    4.2751,  # colon-before-address
    7.6041,  # title-before-capital
    6.1378,  # quote-then-lower
    6.3867,  # next:post-link
    3.6526,  # latin-after-ideograph
    -1.0846,  # stop-then-uncased-link-shape
    2.3799,  # clause-then-short
)

VETO_BELOW: Final = 0.55
"""A join proposed by a rule is kept back when the join probability is below this."""
JOIN_FROM: Final = 0.75
"""A break the rules kept is joined when the join probability is at least this."""
