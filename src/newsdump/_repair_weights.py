"""The fitted weights of the repair's join model (generated: do not edit by hand).

Regenerate from the repository root with ``python tools/fit_repair.py --write`` (see
tools/README.md); the features are documented in docs/repair.md.
"""

from typing import Final

FEATURES_FINGERPRINT: Final = "69cfe3b78c1d27f1"
DATA_FINGERPRINT: Final = "9a2cc356137f4eec"
EXAMPLES_FINGERPRINT: Final = "503efc507ddfd9b8"
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
    -1.8842,  # bias
    2.8185,  # rule:punctuation-only-line
    2.0991,  # rule:opener-at-end
    5.0251,  # rule:closing-punctuation-start
    3.9912,  # rule:possessive-start
    0.8713,  # rule:closing-quote-start
    -1.3324,  # rule:ellipsis-continues
    0.2396,  # rule:lower-case-start
    -1.3760,  # rule:parenthesis-continues
    0.9317,  # rule:dash-continues
    -1.0040,  # rule:lower-case-after-stop
    2.1191,  # rule:function-word-at-end
    -4.1704,  # rule:open-bracket
    -1.8481,  # rule:link-text-line
    -1.1118,  # rule:uncased-mid-sentence
    0.0000,  # rule:hard-wrap
    -2.4018,  # rule:unfinished-before-capital
    -1.9248,  # rule:sentence-end
    -1.5212,  # prev:ends-full-stop
    -2.4860,  # prev:ends-other-stop
    -1.0728,  # prev:ends-colon
    -0.9339,  # prev:ends-semicolon
    4.1303,  # prev:ends-comma
    0.9582,  # prev:ends-unpunctuated
    -0.3977,  # prev:ends-closing-quote-or-bracket
    -0.4087,  # prev:ends-function-word
    0.0902,  # prev:chars<30
    0.1939,  # prev:chars<60
    -0.3745,  # prev:chars>=120
    0.7061,  # prev:words<=4
    0.6668,  # prev:heading-position
    -0.2885,  # prev:title-case
    1.3875,  # prev:ends-uncased-letter
    0.9539,  # next:starts-lower
    -1.5787,  # next:starts-upper
    -2.3659,  # next:starts-digit
    -0.3117,  # next:starts-punctuation
    0.8553,  # next:starts-uncased
    1.0852,  # next:punctuation-only
    0.9861,  # next:short-unpunctuated
    0.8789,  # next:ends-sentence
    0.7361,  # next:chars<30
    -0.6480,  # next:chars>=120
    1.7732,  # after:continues
    -0.0803,  # after:starts-upper
    -0.1060,  # after:none
    0.2027,  # block:quote-open
    4.2602,  # block:bracket-open
    -0.2449,  # record:stops>=0.8
    0.0855,  # record:stops<0.5
    0.0098,  # record:short-lines>=0.5
    0.0000,  # record:hard-wrapped
    -1.1873,  # link-shape
    -0.9541,  # stop-then-link-shape
    -0.9211,  # list-shape
    -0.8241,  # long-unfinished-before-capital
    -4.0038,  # block:starts-lower
    -0.1301,  # after:ends-unpunctuated
    -1.1223,  # list-run
    0.6000,  # link-sandwich
    0.9395,  # record:continuations>=0.1
    0.6241,  # prev:last-word-lower
    0.6780,  # prev:last-word-capital
    0.4024,  # prev:inner-punctuation
    -0.2050,  # next:inner-punctuation
    -0.2047,  # short-pair
    1.4034,  # block:unpunctuated-run
    0.2386,  # record:link-lines>=0.03
    1.0345,  # record:link-lines>=0.1
    0.4444,  # link-shape-in-linked-record
    0.3815,  # unfinished-before-capital-in-linked-record
    -0.4768,  # link-shape-after-heading-position
    0.2232,  # record:link-line-inside-sentence
    -0.5028,  # unfinished-before-capital-in-sentence-linked-record
    0.6954,  # link-shape-in-sentence-linked-record
    0.8594,  # prev:long-unfinished
    1.0745,  # link-shape-after-long-unfinished
    1.5456,  # link-shape-before-punctuation
    0.6369,  # link-shape-then-sentence-end
    0.3980,  # next:longer-link-shape
    -1.2721,  # link-shape-echoes-prev
    -0.4130,  # record:breaks-before-links
    0.3922,  # link-shape-in-breaks-before-links-record
    0.4700,  # unfinished-before-capital-in-breaks-before-links-record
    -0.6165,  # link-shape-after-heading-position-in-other-record
    -0.8605,  # amount-after-unfinished
    0.6889,  # next:known-capital
    0.3608,  # unfinished-before-known-capital
    -0.6296,  # unfinished-before-capital-in-noun-record
    0.7909,  # long-unfinished-before-capital-in-noun-record
    1.2024,  # abbreviation-before-lower
    0.5420,  # prev:bracketed
    1.6268,  # next:bracketed
    -1.3202,  # prev:address
    -0.9995,  # next:address
    4.3318,  # colon-before-address
    7.6574,  # title-before-capital
    6.1891,  # quote-then-lower
    6.4094,  # next:post-link
    3.7817,  # latin-after-ideograph
    -1.0962,  # stop-then-uncased-link-shape
)

VETO_BELOW: Final = 0.45
"""A join proposed by a rule is kept back when the join probability is below this."""
JOIN_FROM: Final = 0.75
"""A break the rules kept is joined when the join probability is at least this."""
