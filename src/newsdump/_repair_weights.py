"""The fitted weights of the repair's join model (generated: do not edit by hand).

Regenerate from the repository root with ``python tools/fit_repair.py --write`` (see
tools/README.md); the features are documented in docs/repair.md.
"""

from typing import Final

FEATURES_FINGERPRINT: Final = "9690fe6a34895845"
DATA_FINGERPRINT: Final = "9a2cc356137f4eec"
EXAMPLES_FINGERPRINT: Final = "f64669c05c11e2ab"
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
    -1.6195,  # bias
    2.9921,  # rule:punctuation-only-line
    1.6120,  # rule:opener-at-end
    5.1766,  # rule:closing-punctuation-start
    4.1278,  # rule:possessive-start
    1.0753,  # rule:closing-quote-start
    -1.3544,  # rule:ellipsis-continues
    0.3059,  # rule:lower-case-start
    -1.1510,  # rule:parenthesis-continues
    1.0946,  # rule:dash-continues
    -1.0053,  # rule:lower-case-after-stop
    2.0240,  # rule:function-word-at-end
    -4.2666,  # rule:open-bracket
    -1.8231,  # rule:link-text-line
    -1.5678,  # rule:uncased-mid-sentence
    0.0000,  # rule:hard-wrap
    -2.4046,  # rule:unfinished-before-capital
    -1.8830,  # rule:sentence-end
    -1.4316,  # prev:ends-full-stop
    -2.6072,  # prev:ends-other-stop
    -1.1035,  # prev:ends-colon
    -1.0000,  # prev:ends-semicolon
    3.8055,  # prev:ends-comma
    1.2053,  # prev:ends-unpunctuated
    -0.6154,  # prev:ends-closing-quote-or-bracket
    -0.3720,  # prev:ends-function-word
    -0.1381,  # prev:chars<30
    0.1828,  # prev:chars<60
    -0.3596,  # prev:chars>=120
    0.9361,  # prev:words<=4
    0.6667,  # prev:heading-position
    -0.3337,  # prev:title-case
    1.5691,  # prev:ends-uncased-letter
    1.0399,  # next:starts-lower
    -1.4315,  # next:starts-upper
    -2.0243,  # next:starts-digit
    -0.4024,  # next:starts-punctuation
    0.5271,  # next:starts-uncased
    1.0551,  # next:punctuation-only
    1.0355,  # next:short-unpunctuated
    0.8441,  # next:ends-sentence
    0.7789,  # next:chars<30
    -0.6318,  # next:chars>=120
    1.6205,  # after:continues
    -0.2772,  # after:starts-upper
    -0.2426,  # after:none
    0.1412,  # block:quote-open
    4.3203,  # block:bracket-open
    -0.2978,  # record:stops>=0.8
    0.0908,  # record:stops<0.5
    0.0388,  # record:short-lines>=0.5
    0.0000,  # record:hard-wrapped
    -1.2714,  # link-shape
    -1.1422,  # stop-then-link-shape
    -0.7246,  # list-shape
    -0.8071,  # long-unfinished-before-capital
    -4.1195,  # block:starts-lower
    -0.1987,  # after:ends-unpunctuated
    -1.0901,  # list-run
    0.5315,  # link-sandwich
    0.7958,  # record:continuations>=0.1
    0.3444,  # prev:last-word-lower
    0.3810,  # prev:last-word-capital
    0.3474,  # prev:inner-punctuation
    -0.2239,  # next:inner-punctuation
    -0.3449,  # short-pair
    1.3507,  # block:unpunctuated-run
    0.3080,  # record:link-lines>=0.03
    1.0527,  # record:link-lines>=0.1
    0.3242,  # link-shape-in-linked-record
    0.5505,  # unfinished-before-capital-in-linked-record
    -0.4791,  # link-shape-after-heading-position
    0.2477,  # record:link-line-inside-sentence
    -0.6179,  # unfinished-before-capital-in-sentence-linked-record
    0.7788,  # link-shape-in-sentence-linked-record
    0.8005,  # prev:long-unfinished
    1.0839,  # link-shape-after-long-unfinished
    1.5538,  # link-shape-before-punctuation
    0.5975,  # link-shape-then-sentence-end
    0.3408,  # next:longer-link-shape
    -1.2253,  # link-shape-echoes-prev
    -0.4522,  # record:breaks-before-links
    0.4166,  # link-shape-in-breaks-before-links-record
    0.4496,  # unfinished-before-capital-in-breaks-before-links-record
    -0.5553,  # link-shape-after-heading-position-in-other-record
    -0.5085,  # amount-after-unfinished
    0.7415,  # next:known-capital
    0.2017,  # unfinished-before-known-capital
    -0.6912,  # unfinished-before-capital-in-noun-record
    0.7933,  # long-unfinished-before-capital-in-noun-record
    1.2224,  # abbreviation-before-lower
    0.3785,  # prev:bracketed
    1.6154,  # next:bracketed
    -1.5058,  # prev:address
    -1.0602,  # next:address
    4.3549,  # colon-before-address
    7.4205,  # title-before-capital
    6.1834,  # quote-then-lower
    6.3831,  # next:post-link
)

VETO_BELOW: Final = 0.45
"""A join proposed by a rule is kept back when the join probability is below this."""
JOIN_FROM: Final = 0.75
"""A break the rules kept is joined when the join probability is at least this."""
