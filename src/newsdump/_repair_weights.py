"""The fitted weights of the repair's join model (generated: do not edit by hand).

Regenerate from the repository root with ``python tools/fit_repair.py --write`` (see
tools/README.md); the features are documented in docs/repair.md.
"""

from typing import Final

FEATURES_FINGERPRINT: Final = "69cfe3b78c1d27f1"
DATA_FINGERPRINT: Final = "9a2cc356137f4eec"
EXAMPLES_FINGERPRINT: Final = "bd17aff17d6b8b08"
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
    -1.8327,  # bias
    2.8623,  # rule:punctuation-only-line
    2.0775,  # rule:opener-at-end
    5.0359,  # rule:closing-punctuation-start
    3.9985,  # rule:possessive-start
    0.9622,  # rule:closing-quote-start
    -1.3363,  # rule:ellipsis-continues
    0.2702,  # rule:lower-case-start
    -1.3460,  # rule:parenthesis-continues
    0.9389,  # rule:dash-continues
    -0.9938,  # rule:lower-case-after-stop
    2.1494,  # rule:function-word-at-end
    -3.9900,  # rule:open-bracket
    -1.7800,  # rule:link-text-line
    -1.2117,  # rule:uncased-mid-sentence
    0.0000,  # rule:hard-wrap
    -2.3340,  # rule:unfinished-before-capital
    -1.9613,  # rule:sentence-end
    -1.5023,  # prev:ends-full-stop
    -2.7315,  # prev:ends-other-stop
    -1.0639,  # prev:ends-colon
    -0.9943,  # prev:ends-semicolon
    3.8442,  # prev:ends-comma
    1.1598,  # prev:ends-unpunctuated
    -0.5327,  # prev:ends-closing-quote-or-bracket
    -0.4004,  # prev:ends-function-word
    0.1259,  # prev:chars<30
    0.2235,  # prev:chars<60
    -0.3713,  # prev:chars>=120
    0.7267,  # prev:words<=4
    0.5954,  # prev:heading-position
    -0.3169,  # prev:title-case
    0.9122,  # prev:ends-uncased-letter
    0.9614,  # next:starts-lower
    -1.5861,  # next:starts-upper
    -2.4045,  # next:starts-digit
    -0.3290,  # next:starts-punctuation
    1.1658,  # next:starts-uncased
    1.0552,  # next:punctuation-only
    1.0409,  # next:short-unpunctuated
    0.9135,  # next:ends-sentence
    0.7442,  # next:chars<30
    -0.6588,  # next:chars>=120
    1.7908,  # after:continues
    -0.1416,  # after:starts-upper
    -0.1616,  # after:none
    0.1376,  # block:quote-open
    4.2920,  # block:bracket-open
    -0.2771,  # record:stops>=0.8
    0.0952,  # record:stops<0.5
    0.0134,  # record:short-lines>=0.5
    0.0000,  # record:hard-wrapped
    -1.2927,  # link-shape
    -0.9218,  # stop-then-link-shape
    -0.8743,  # list-shape
    -0.8352,  # long-unfinished-before-capital
    -3.9973,  # block:starts-lower
    -0.1296,  # after:ends-unpunctuated
    -1.1578,  # list-run
    0.6001,  # link-sandwich
    0.9030,  # record:continuations>=0.1
    0.4085,  # prev:last-word-lower
    0.4591,  # prev:last-word-capital
    0.4063,  # prev:inner-punctuation
    -0.2062,  # next:inner-punctuation
    -0.2822,  # short-pair
    1.3079,  # block:unpunctuated-run
    0.2338,  # record:link-lines>=0.03
    1.0140,  # record:link-lines>=0.1
    0.4455,  # link-shape-in-linked-record
    0.3683,  # unfinished-before-capital-in-linked-record
    -0.3884,  # link-shape-after-heading-position
    0.2542,  # record:link-line-inside-sentence
    -0.4247,  # unfinished-before-capital-in-sentence-linked-record
    0.6871,  # link-shape-in-sentence-linked-record
    0.8176,  # prev:long-unfinished
    1.0723,  # link-shape-after-long-unfinished
    1.5656,  # link-shape-before-punctuation
    0.6213,  # link-shape-then-sentence-end
    0.3996,  # next:longer-link-shape
    -1.2493,  # link-shape-echoes-prev
    -0.4053,  # record:breaks-before-links
    0.4013,  # link-shape-in-breaks-before-links-record
    0.4056,  # unfinished-before-capital-in-breaks-before-links-record
    -0.6347,  # link-shape-after-heading-position-in-other-record
    -0.8611,  # amount-after-unfinished
    0.6997,  # next:known-capital
    0.2986,  # unfinished-before-known-capital
    -0.6949,  # unfinished-before-capital-in-noun-record
    0.8374,  # long-unfinished-before-capital-in-noun-record
    1.1339,  # abbreviation-before-lower
    0.4321,  # prev:bracketed
    1.6308,  # next:bracketed
    -1.1420,  # prev:address
    -1.0584,  # next:address
    4.3854,  # colon-before-address
    7.3747,  # title-before-capital
    6.1069,  # quote-then-lower
    3.9959,  # next:post-link
    3.8202,  # latin-after-ideograph
    -1.2101,  # stop-then-uncased-link-shape
)

VETO_BELOW: Final = 0.45
"""A join proposed by a rule is kept back when the join probability is below this."""
JOIN_FROM: Final = 0.75
"""A break the rules kept is joined when the join probability is at least this."""
