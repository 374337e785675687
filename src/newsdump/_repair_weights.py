"""The fitted weights of the repair's join model (generated: do not edit by hand).

Regenerate from the repository root with ``python tools/fit_repair.py --write`` (see
tools/README.md); the features are documented in docs/repair.md.
"""

from typing import Final

FEATURES_FINGERPRINT: Final = "9690fe6a34895845"
DATA_FINGERPRINT: Final = "9a2cc356137f4eec"
EXAMPLES_FINGERPRINT: Final = "7f4c9a56634a05fb"
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
)

WEIGHTS: Final = (
    -1.6733,  # bias
    2.9825,  # rule:punctuation-only-line
    1.9107,  # rule:opener-at-end
    5.1479,  # rule:closing-punctuation-start
    4.1000,  # rule:possessive-start
    1.0592,  # rule:closing-quote-start
    -1.2054,  # rule:ellipsis-continues
    0.2950,  # rule:lower-case-start
    -1.1883,  # rule:parenthesis-continues
    1.0667,  # rule:dash-continues
    -0.9897,  # rule:lower-case-after-stop
    2.0394,  # rule:function-word-at-end
    -4.2962,  # rule:open-bracket
    -1.8325,  # rule:link-text-line
    -1.5248,  # rule:uncased-mid-sentence
    0.0000,  # rule:hard-wrap
    -2.4002,  # rule:unfinished-before-capital
    -1.9014,  # rule:sentence-end
    -1.4580,  # prev:ends-full-stop
    -2.5943,  # prev:ends-other-stop
    -1.0805,  # prev:ends-colon
    -1.0044,  # prev:ends-semicolon
    3.7910,  # prev:ends-comma
    1.1939,  # prev:ends-unpunctuated
    -0.6173,  # prev:ends-closing-quote-or-bracket
    -0.3706,  # prev:ends-function-word
    -0.1315,  # prev:chars<30
    0.2000,  # prev:chars<60
    -0.3316,  # prev:chars>=120
    0.9448,  # prev:words<=4
    0.6641,  # prev:heading-position
    -0.3104,  # prev:title-case
    1.5822,  # prev:ends-uncased-letter
    1.0310,  # next:starts-lower
    -1.4591,  # next:starts-upper
    -2.0352,  # next:starts-digit
    -0.3975,  # next:starts-punctuation
    0.5280,  # next:starts-uncased
    1.0694,  # next:punctuation-only
    1.0631,  # next:short-unpunctuated
    0.8877,  # next:ends-sentence
    0.7524,  # next:chars<30
    -0.6277,  # next:chars>=120
    1.6441,  # after:continues
    -0.2834,  # after:starts-upper
    -0.2865,  # after:none
    0.1511,  # block:quote-open
    4.3101,  # block:bracket-open
    -0.3079,  # record:stops>=0.8
    0.1130,  # record:stops<0.5
    0.0352,  # record:short-lines>=0.5
    0.0000,  # record:hard-wrapped
    -1.3110,  # link-shape
    -1.0850,  # stop-then-link-shape
    -0.7192,  # list-shape
    -0.7459,  # long-unfinished-before-capital
    -3.9340,  # block:starts-lower
    -0.2026,  # after:ends-unpunctuated
    -1.1064,  # list-run
    0.5438,  # link-sandwich
    0.8287,  # record:continuations>=0.1
    0.3302,  # prev:last-word-lower
    0.4128,  # prev:last-word-capital
    0.3451,  # prev:inner-punctuation
    -0.2253,  # next:inner-punctuation
    -0.3137,  # short-pair
    1.3481,  # block:unpunctuated-run
    0.3034,  # record:link-lines>=0.03
    1.0581,  # record:link-lines>=0.1
    0.3644,  # link-shape-in-linked-record
    0.4845,  # unfinished-before-capital-in-linked-record
    -0.4670,  # link-shape-after-heading-position
    0.2405,  # record:link-line-inside-sentence
    -0.5589,  # unfinished-before-capital-in-sentence-linked-record
    0.7725,  # link-shape-in-sentence-linked-record
    0.8106,  # prev:long-unfinished
    1.0818,  # link-shape-after-long-unfinished
    1.5625,  # link-shape-before-punctuation
    0.6050,  # link-shape-then-sentence-end
    0.3484,  # next:longer-link-shape
    -1.2238,  # link-shape-echoes-prev
    -0.4594,  # record:breaks-before-links
    0.3892,  # link-shape-in-breaks-before-links-record
    0.4528,  # unfinished-before-capital-in-breaks-before-links-record
    -0.5697,  # link-shape-after-heading-position-in-other-record
    -0.5059,  # amount-after-unfinished
    0.7612,  # next:known-capital
    0.2234,  # unfinished-before-known-capital
    -0.7132,  # unfinished-before-capital-in-noun-record
    0.7691,  # long-unfinished-before-capital-in-noun-record
    1.2134,  # abbreviation-before-lower
    0.3950,  # prev:bracketed
    1.6456,  # next:bracketed
    -1.4850,  # prev:address
    -1.0698,  # next:address
    4.3595,  # colon-before-address
    7.4190,  # title-before-capital
    6.1134,  # quote-then-lower
    6.3951,  # next:post-link
)

VETO_BELOW: Final = 0.50
"""A join proposed by a rule is kept back when the join probability is below this."""
JOIN_FROM: Final = 0.75
"""A break the rules kept is joined when the join probability is at least this."""
