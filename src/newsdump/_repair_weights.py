"""The fitted weights of the repair's join model (generated: do not edit by hand).

Regenerate from the repository root with ``python tools/fit_repair.py --write`` (see
tools/README.md); the features are documented in docs/repair.md.
"""

from typing import Final

FEATURES_FINGERPRINT: Final = "c8fb3dba3a4baccb"
DATA_FINGERPRINT: Final = "9a2cc356137f4eec"
EXAMPLES_FINGERPRINT: Final = "576e67cce6ef2a7d"
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
)

WEIGHTS: Final = (
    -1.6340,  # bias
    2.9164,  # rule:punctuation-only-line
    1.7960,  # rule:opener-at-end
    5.0187,  # rule:closing-punctuation-start
    4.2338,  # rule:possessive-start
    1.1906,  # rule:closing-quote-start
    -1.4871,  # rule:ellipsis-continues
    0.2466,  # rule:lower-case-start
    -1.4959,  # rule:parenthesis-continues
    0.9382,  # rule:dash-continues
    -0.6741,  # rule:lower-case-after-stop
    2.0691,  # rule:function-word-at-end
    -4.2724,  # rule:open-bracket
    -1.8418,  # rule:link-text-line
    -1.0437,  # rule:uncased-mid-sentence
    0.0000,  # rule:hard-wrap
    -2.2792,  # rule:unfinished-before-capital
    -1.8566,  # rule:sentence-end
    -1.4411,  # prev:ends-full-stop
    -2.5453,  # prev:ends-other-stop
    -1.0627,  # prev:ends-colon
    -0.9372,  # prev:ends-semicolon
    3.7896,  # prev:ends-comma
    1.1860,  # prev:ends-unpunctuated
    -0.6183,  # prev:ends-closing-quote-or-bracket
    -0.4081,  # prev:ends-function-word
    -0.0805,  # prev:chars<30
    0.2250,  # prev:chars<60
    -0.4828,  # prev:chars>=120
    0.8721,  # prev:words<=4
    0.6403,  # prev:heading-position
    -0.3167,  # prev:title-case
    1.4035,  # prev:ends-uncased-letter
    1.0610,  # next:starts-lower
    -1.4827,  # next:starts-upper
    -2.0475,  # next:starts-digit
    -0.2601,  # next:starts-punctuation
    0.4948,  # next:starts-uncased
    0.9470,  # next:punctuation-only
    1.0139,  # next:short-unpunctuated
    0.8632,  # next:ends-sentence
    0.7869,  # next:chars<30
    -0.6026,  # next:chars>=120
    1.5951,  # after:continues
    -0.2896,  # after:starts-upper
    -0.2153,  # after:none
    0.0890,  # block:quote-open
    4.3790,  # block:bracket-open
    -0.2721,  # record:stops>=0.8
    0.0420,  # record:stops<0.5
    0.0858,  # record:short-lines>=0.5
    0.0000,  # record:hard-wrapped
    -1.5470,  # link-shape
    -0.9634,  # stop-then-link-shape
    -0.7696,  # list-shape
    -0.8062,  # long-unfinished-before-capital
    -4.0208,  # block:starts-lower
    -0.1936,  # after:ends-unpunctuated
    -0.9642,  # list-run
    0.5625,  # link-sandwich
    0.8228,  # record:continuations>=0.1
    0.3919,  # prev:last-word-lower
    0.4517,  # prev:last-word-capital
    0.3434,  # prev:inner-punctuation
    -0.2529,  # next:inner-punctuation
    -0.3903,  # short-pair
    1.3451,  # block:unpunctuated-run
    0.2820,  # record:link-lines>=0.03
    0.9052,  # record:link-lines>=0.1
    0.7796,  # link-shape-in-linked-record
    0.4739,  # unfinished-before-capital-in-linked-record
    -0.6815,  # link-shape-after-heading-position
    0.3817,  # record:link-line-inside-sentence
    -0.6432,  # unfinished-before-capital-in-sentence-linked-record
    0.2393,  # link-shape-in-sentence-linked-record
    0.8989,  # prev:long-unfinished
    1.0572,  # link-shape-after-long-unfinished
    1.3665,  # link-shape-before-punctuation
    0.8739,  # link-shape-then-sentence-end
    0.3770,  # next:longer-link-shape
    -1.2638,  # link-shape-echoes-prev
    -0.4970,  # record:breaks-before-links
    0.6975,  # link-shape-in-breaks-before-links-record
    0.4873,  # unfinished-before-capital-in-breaks-before-links-record
    -0.3300,  # link-shape-after-heading-position-in-other-record
    -0.7933,  # amount-after-unfinished
    1.8118,  # next:known-capital
    -0.9278,  # unfinished-before-known-capital
    -0.6353,  # unfinished-before-capital-in-noun-record
    0.7232,  # long-unfinished-before-capital-in-noun-record
    0.7249,  # abbreviation-before-lower
    0.4144,  # prev:bracketed
    1.6754,  # next:bracketed
    -1.4826,  # prev:address
    0.1255,  # next:address
    3.2370,  # colon-before-address
)

VETO_BELOW: Final = 0.55
"""A join proposed by a rule is kept back when the join probability is below this."""
JOIN_FROM: Final = 0.75
"""A break the rules kept is joined when the join probability is at least this."""
