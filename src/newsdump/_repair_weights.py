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
    -1.9303,  # bias
    1.2292,  # rule:punctuation-only-line
    1.8127,  # rule:opener-at-end
    3.7327,  # rule:closing-punctuation-start
    1.7214,  # rule:possessive-start
    0.6283,  # rule:closing-quote-start
    -1.5963,  # rule:ellipsis-continues
    0.1292,  # rule:lower-case-start
    -1.1046,  # rule:parenthesis-continues
    -0.4972,  # rule:dash-continues
    -0.5156,  # rule:lower-case-after-stop
    0.7630,  # rule:function-word-at-end
    -2.7940,  # rule:open-bracket
    -2.4181,  # rule:link-text-line
    -1.0615,  # rule:uncased-mid-sentence
    0.0000,  # rule:hard-wrap
    -2.7305,  # rule:unfinished-before-capital
    -1.1886,  # rule:sentence-end
    -1.8039,  # prev:ends-full-stop
    -2.3374,  # prev:ends-other-stop
    -1.6840,  # prev:ends-colon
    -1.0270,  # prev:ends-semicolon
    2.7345,  # prev:ends-comma
    1.0885,  # prev:ends-unpunctuated
    -1.0335,  # prev:ends-closing-quote-or-bracket
    -0.2945,  # prev:ends-function-word
    0.8850,  # prev:chars<30
    0.5107,  # prev:chars<60
    -0.0378,  # prev:chars>=120
    0.3780,  # prev:words<=4
    0.8304,  # prev:heading-position
    -0.3664,  # prev:title-case
    1.7986,  # prev:ends-uncased-letter
    0.1352,  # next:starts-lower
    -1.2573,  # next:starts-upper
    -1.4761,  # next:starts-digit
    -0.1717,  # next:starts-punctuation
    0.1685,  # next:starts-uncased
    1.3257,  # next:punctuation-only
    0.8191,  # next:short-unpunctuated
    0.5570,  # next:ends-sentence
    0.7494,  # next:chars<30
    -0.2504,  # next:chars>=120
    1.1181,  # after:continues
    -0.1274,  # after:starts-upper
    -0.1740,  # after:none
    0.1368,  # block:quote-open
    2.4484,  # block:bracket-open
    -0.2742,  # record:stops>=0.8
    0.0190,  # record:stops<0.5
    0.2221,  # record:short-lines>=0.5
    0.0000,  # record:hard-wrapped
    -0.7895,  # link-shape
    -0.8612,  # stop-then-link-shape
    -1.1125,  # list-shape
    -0.2652,  # long-unfinished-before-capital
    -3.7362,  # block:starts-lower
    -0.1853,  # after:ends-unpunctuated
    -0.7014,  # list-run
    0.8483,  # link-sandwich
    0.6717,  # record:continuations>=0.1
    0.4397,  # prev:last-word-lower
    0.6155,  # prev:last-word-capital
    0.1265,  # prev:inner-punctuation
    -0.1382,  # next:inner-punctuation
    -0.4272,  # short-pair
    1.1190,  # block:unpunctuated-run
    0.6086,  # record:link-lines>=0.03
    1.1966,  # record:link-lines>=0.1
    0.2238,  # link-shape-in-linked-record
    0.0256,  # unfinished-before-capital-in-linked-record
    -1.0449,  # link-shape-after-heading-position
    -0.1218,  # record:link-line-inside-sentence
    0.0396,  # unfinished-before-capital-in-sentence-linked-record
    0.4143,  # link-shape-in-sentence-linked-record
    1.1303,  # prev:long-unfinished
    0.0622,  # link-shape-after-long-unfinished
    1.1524,  # link-shape-before-punctuation
    0.9740,  # link-shape-then-sentence-end
    0.8198,  # next:longer-link-shape
    -1.1818,  # link-shape-echoes-prev
    -0.1633,  # record:breaks-before-links
    0.8900,  # link-shape-in-breaks-before-links-record
    0.2734,  # unfinished-before-capital-in-breaks-before-links-record
    0.2831,  # link-shape-after-heading-position-in-other-record
    -0.4054,  # amount-after-unfinished
    0.9730,  # next:known-capital
    -0.3180,  # unfinished-before-known-capital
    -0.6394,  # unfinished-before-capital-in-noun-record
    -0.1845,  # long-unfinished-before-capital-in-noun-record
    1.6514,  # abbreviation-before-lower
    1.0139,  # prev:bracketed
    0.7823,  # next:bracketed
    -0.7066,  # prev:address
    -0.9088,  # next:address
    4.1626,  # colon-before-address
)

VETO_BELOW: Final = 0.35
"""A join proposed by a rule is kept back when the join probability is below this."""
JOIN_FROM: Final = 0.75
"""A break the rules kept is joined when the join probability is at least this."""
