"""The fitted weights of the repair's join model (generated: do not edit by hand).

Regenerate from the repository root with ``python tools/fit_repair.py --write`` (see
tools/README.md); the features are documented in docs/repair.md.
"""

from typing import Final

FEATURES_FINGERPRINT: Final = "c8fb3dba3a4baccb"
DATA_FINGERPRINT: Final = "9a2cc356137f4eec"
EXAMPLES_FINGERPRINT: Final = "a8c50c721928de8c"
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
    -1.7894,  # bias
    2.8873,  # rule:punctuation-only-line
    1.7811,  # rule:opener-at-end
    4.9120,  # rule:closing-punctuation-start
    4.2643,  # rule:possessive-start
    1.0385,  # rule:closing-quote-start
    -2.5926,  # rule:ellipsis-continues
    0.3404,  # rule:lower-case-start
    -1.4336,  # rule:parenthesis-continues
    0.6152,  # rule:dash-continues
    -0.7773,  # rule:lower-case-after-stop
    2.2298,  # rule:function-word-at-end
    -3.9243,  # rule:open-bracket
    -1.8354,  # rule:link-text-line
    -1.1228,  # rule:uncased-mid-sentence
    0.0000,  # rule:hard-wrap
    -2.2943,  # rule:unfinished-before-capital
    -1.8674,  # rule:sentence-end
    -1.4295,  # prev:ends-full-stop
    -2.5036,  # prev:ends-other-stop
    -1.1189,  # prev:ends-colon
    -0.9926,  # prev:ends-semicolon
    3.7742,  # prev:ends-comma
    1.0555,  # prev:ends-unpunctuated
    -0.5822,  # prev:ends-closing-quote-or-bracket
    -0.5848,  # prev:ends-function-word
    -0.0387,  # prev:chars<30
    0.1835,  # prev:chars<60
    -0.5334,  # prev:chars>=120
    0.8325,  # prev:words<=4
    0.7364,  # prev:heading-position
    -0.2620,  # prev:title-case
    1.5713,  # prev:ends-uncased-letter
    1.0543,  # next:starts-lower
    -1.5100,  # next:starts-upper
    -2.1370,  # next:starts-digit
    -0.2819,  # next:starts-punctuation
    0.6445,  # next:starts-uncased
    1.0656,  # next:punctuation-only
    1.0554,  # next:short-unpunctuated
    0.9248,  # next:ends-sentence
    0.8375,  # next:chars<30
    -0.6644,  # next:chars>=120
    1.7351,  # after:continues
    -0.2264,  # after:starts-upper
    -0.2575,  # after:none
    0.1613,  # block:quote-open
    4.3795,  # block:bracket-open
    -0.2464,  # record:stops>=0.8
    0.0396,  # record:stops<0.5
    0.0517,  # record:short-lines>=0.5
    0.0000,  # record:hard-wrapped
    -1.4233,  # link-shape
    -1.1458,  # stop-then-link-shape
    -0.7750,  # list-shape
    -0.8037,  # long-unfinished-before-capital
    -4.8672,  # block:starts-lower
    -0.2840,  # after:ends-unpunctuated
    -0.9339,  # list-run
    0.4740,  # link-sandwich
    0.8922,  # record:continuations>=0.1
    0.4730,  # prev:last-word-lower
    0.4636,  # prev:last-word-capital
    0.3949,  # prev:inner-punctuation
    -0.1585,  # next:inner-punctuation
    -0.4317,  # short-pair
    1.3953,  # block:unpunctuated-run
    0.2996,  # record:link-lines>=0.03
    0.9323,  # record:link-lines>=0.1
    0.7648,  # link-shape-in-linked-record
    0.4468,  # unfinished-before-capital-in-linked-record
    -0.8243,  # link-shape-after-heading-position
    0.3838,  # record:link-line-inside-sentence
    -0.6671,  # unfinished-before-capital-in-sentence-linked-record
    0.2000,  # link-shape-in-sentence-linked-record
    0.9603,  # prev:long-unfinished
    0.9708,  # link-shape-after-long-unfinished
    1.3002,  # link-shape-before-punctuation
    0.8040,  # link-shape-then-sentence-end
    0.3742,  # next:longer-link-shape
    -1.3155,  # link-shape-echoes-prev
    -0.4514,  # record:breaks-before-links
    0.7281,  # link-shape-in-breaks-before-links-record
    0.5632,  # unfinished-before-capital-in-breaks-before-links-record
    -0.2453,  # link-shape-after-heading-position-in-other-record
    -0.8238,  # amount-after-unfinished
    1.8056,  # next:known-capital
    -0.9754,  # unfinished-before-known-capital
    -0.5710,  # unfinished-before-capital-in-noun-record
    0.7706,  # long-unfinished-before-capital-in-noun-record
    0.7845,  # abbreviation-before-lower
    0.5307,  # prev:bracketed
    1.5230,  # next:bracketed
    -1.5135,  # prev:address
    0.1468,  # next:address
    3.3380,  # colon-before-address
)

VETO_BELOW: Final = 0.50
"""A join proposed by a rule is kept back when the join probability is below this."""
JOIN_FROM: Final = 0.75
"""A break the rules kept is joined when the join probability is at least this."""
