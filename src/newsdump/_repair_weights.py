"""The fitted weights of the repair's join model (generated: do not edit by hand).

Regenerate from the repository root with ``python tools/fit_repair.py --write`` (see
tools/README.md); the features are documented in docs/repair.md.
"""

from typing import Final

FEATURES_FINGERPRINT: Final = "b6f5ce817071de7f"
DATA_FINGERPRINT: Final = "9a2cc356137f4eec"
EXAMPLES_FINGERPRINT: Final = "710246c53dde9460"
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
    -1.9088,  # bias
    2.7536,  # rule:punctuation-only-line
    2.1210,  # rule:opener-at-end
    4.9735,  # rule:closing-punctuation-start
    3.9381,  # rule:possessive-start
    0.8125,  # rule:closing-quote-start
    -1.4112,  # rule:ellipsis-continues
    0.2364,  # rule:lower-case-start
    -1.4563,  # rule:parenthesis-continues
    0.8459,  # rule:dash-continues
    -0.9961,  # rule:lower-case-after-stop
    2.1295,  # rule:function-word-at-end
    -4.1976,  # rule:open-bracket
    -1.8929,  # rule:link-text-line
    -0.2765,  # rule:uncased-mid-sentence
    0.0000,  # rule:hard-wrap
    -2.4166,  # rule:unfinished-before-capital
    -1.9250,  # rule:sentence-end
    -1.5692,  # prev:ends-full-stop
    -2.3863,  # prev:ends-other-stop
    -1.1196,  # prev:ends-colon
    -0.9034,  # prev:ends-semicolon
    3.9542,  # prev:ends-comma
    1.0248,  # prev:ends-unpunctuated
    -0.4021,  # prev:ends-closing-quote-or-bracket
    -0.4787,  # prev:ends-function-word
    0.2925,  # prev:chars<30
    0.2049,  # prev:chars<60
    -0.3996,  # prev:chars>=120
    0.5253,  # prev:words<=4
    0.4750,  # prev:heading-position
    -0.2714,  # prev:title-case
    1.1038,  # prev:ends-uncased-letter
    0.9409,  # next:starts-lower
    -1.5920,  # next:starts-upper
    -2.3292,  # next:starts-digit
    -0.2806,  # next:starts-punctuation
    0.8197,  # next:starts-uncased
    1.0067,  # next:punctuation-only
    0.9945,  # next:short-unpunctuated
    0.9116,  # next:ends-sentence
    0.6754,  # next:chars<30
    -0.6422,  # next:chars>=120
    1.8354,  # after:continues
    -0.0369,  # after:starts-upper
    -0.0327,  # after:none
    0.1772,  # block:quote-open
    4.2492,  # block:bracket-open
    -0.2252,  # record:stops>=0.8
    0.0597,  # record:stops<0.5
    0.0366,  # record:short-lines>=0.5
    0.0000,  # record:hard-wrapped
    -1.2433,  # link-shape
    -0.9282,  # stop-then-link-shape
    -0.9823,  # list-shape
    -0.8230,  # long-unfinished-before-capital
    -3.9121,  # block:starts-lower
    -0.0633,  # after:ends-unpunctuated
    -1.1273,  # list-run
    0.6382,  # link-sandwich
    0.9439,  # record:continuations>=0.1
    0.5750,  # prev:last-word-lower
    0.6204,  # prev:last-word-capital
    0.4152,  # prev:inner-punctuation
    -0.2285,  # next:inner-punctuation
    -0.1891,  # short-pair
    1.4082,  # block:unpunctuated-run
    0.3079,  # record:link-lines>=0.03
    1.0967,  # record:link-lines>=0.1
    0.4307,  # link-shape-in-linked-record
    0.2155,  # unfinished-before-capital-in-linked-record
    -0.2909,  # link-shape-after-heading-position
    0.1305,  # record:link-line-inside-sentence
    -0.4115,  # unfinished-before-capital-in-sentence-linked-record
    0.7504,  # link-shape-in-sentence-linked-record
    0.8396,  # prev:long-unfinished
    1.0861,  # link-shape-after-long-unfinished
    1.5392,  # link-shape-before-punctuation
    0.6991,  # link-shape-then-sentence-end
    0.4441,  # next:longer-link-shape
    -1.2657,  # link-shape-echoes-prev
    -0.3987,  # record:breaks-before-links
    0.3876,  # link-shape-in-breaks-before-links-record
    0.5322,  # unfinished-before-capital-in-breaks-before-links-record
    -0.5685,  # link-shape-after-heading-position-in-other-record
    -0.9881,  # amount-after-unfinished
    0.7103,  # next:known-capital
    0.3342,  # unfinished-before-known-capital
    -0.6438,  # unfinished-before-capital-in-noun-record
    0.8490,  # long-unfinished-before-capital-in-noun-record
    1.1852,  # abbreviation-before-lower
    0.5547,  # prev:bracketed
    1.6297,  # next:bracketed
    -1.3421,  # prev:address
    -0.9636,  # next:address
    4.2770,  # colon-before-address
    7.6007,  # title-before-capital
    6.1345,  # quote-then-lower
    6.3894,  # next:post-link
    3.6487,  # latin-after-ideograph
    -1.0811,  # stop-then-uncased-link-shape
    2.3788,  # clause-then-short
)

VETO_BELOW: Final = 0.55
"""A join proposed by a rule is kept back when the join probability is below this."""
JOIN_FROM: Final = 0.75
"""A break the rules kept is joined when the join probability is at least this."""
