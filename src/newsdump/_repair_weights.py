"""The fitted weights of the repair's join model (generated: do not edit by hand).

Regenerate from the repository root with ``python tools/fit_repair.py --write`` (see
tools/README.md); the features are documented in docs/repair.md.
"""

from typing import Final

FEATURES_FINGERPRINT: Final = "9690fe6a34895845"
DATA_FINGERPRINT: Final = "9a2cc356137f4eec"
EXAMPLES_FINGERPRINT: Final = "bb2d1f60bfe8ef75"
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
    -1.6260,  # bias
    2.9860,  # rule:punctuation-only-line
    1.6159,  # rule:opener-at-end
    5.1663,  # rule:closing-punctuation-start
    4.1080,  # rule:possessive-start
    1.0694,  # rule:closing-quote-start
    -1.3528,  # rule:ellipsis-continues
    0.3282,  # rule:lower-case-start
    -1.1650,  # rule:parenthesis-continues
    1.0813,  # rule:dash-continues
    -0.9924,  # rule:lower-case-after-stop
    2.0431,  # rule:function-word-at-end
    -4.2759,  # rule:open-bracket
    -1.8299,  # rule:link-text-line
    -1.3885,  # rule:uncased-mid-sentence
    0.0000,  # rule:hard-wrap
    -2.4201,  # rule:unfinished-before-capital
    -1.8902,  # rule:sentence-end
    -1.4426,  # prev:ends-full-stop
    -2.5991,  # prev:ends-other-stop
    -1.0744,  # prev:ends-colon
    -0.9851,  # prev:ends-semicolon
    3.8110,  # prev:ends-comma
    1.2020,  # prev:ends-unpunctuated
    -0.6167,  # prev:ends-closing-quote-or-bracket
    -0.3783,  # prev:ends-function-word
    -0.1099,  # prev:chars<30
    0.2263,  # prev:chars<60
    -0.3364,  # prev:chars>=120
    0.9434,  # prev:words<=4
    0.6850,  # prev:heading-position
    -0.3072,  # prev:title-case
    1.5776,  # prev:ends-uncased-letter
    1.0468,  # next:starts-lower
    -1.4404,  # next:starts-upper
    -2.0142,  # next:starts-digit
    -0.3813,  # next:starts-punctuation
    0.5129,  # next:starts-uncased
    1.0508,  # next:punctuation-only
    1.0032,  # next:short-unpunctuated
    0.8432,  # next:ends-sentence
    0.7758,  # next:chars<30
    -0.6210,  # next:chars>=120
    1.6339,  # after:continues
    -0.2828,  # after:starts-upper
    -0.2356,  # after:none
    0.1416,  # block:quote-open
    4.3237,  # block:bracket-open
    -0.3055,  # record:stops>=0.8
    0.0794,  # record:stops<0.5
    0.0360,  # record:short-lines>=0.5
    0.0000,  # record:hard-wrapped
    -1.3064,  # link-shape
    -1.0934,  # stop-then-link-shape
    -0.6914,  # list-shape
    -0.7677,  # long-unfinished-before-capital
    -4.0180,  # block:starts-lower
    -0.1808,  # after:ends-unpunctuated
    -1.0887,  # list-run
    0.5461,  # link-sandwich
    0.7840,  # record:continuations>=0.1
    0.3225,  # prev:last-word-lower
    0.3842,  # prev:last-word-capital
    0.3577,  # prev:inner-punctuation
    -0.2644,  # next:inner-punctuation
    -0.3719,  # short-pair
    1.3679,  # block:unpunctuated-run
    0.2976,  # record:link-lines>=0.03
    1.0337,  # record:link-lines>=0.1
    0.3431,  # link-shape-in-linked-record
    0.5505,  # unfinished-before-capital-in-linked-record
    -0.5007,  # link-shape-after-heading-position
    0.2875,  # record:link-line-inside-sentence
    -0.6233,  # unfinished-before-capital-in-sentence-linked-record
    0.7614,  # link-shape-in-sentence-linked-record
    0.7896,  # prev:long-unfinished
    1.0954,  # link-shape-after-long-unfinished
    1.5528,  # link-shape-before-punctuation
    0.6226,  # link-shape-then-sentence-end
    0.3282,  # next:longer-link-shape
    -1.2342,  # link-shape-echoes-prev
    -0.4711,  # record:breaks-before-links
    0.4271,  # link-shape-in-breaks-before-links-record
    0.4748,  # unfinished-before-capital-in-breaks-before-links-record
    -0.5352,  # link-shape-after-heading-position-in-other-record
    -0.5007,  # amount-after-unfinished
    0.7519,  # next:known-capital
    0.2338,  # unfinished-before-known-capital
    -0.6774,  # unfinished-before-capital-in-noun-record
    0.7777,  # long-unfinished-before-capital-in-noun-record
    1.2386,  # abbreviation-before-lower
    0.4146,  # prev:bracketed
    1.6075,  # next:bracketed
    -1.5160,  # prev:address
    -1.0775,  # next:address
    4.3787,  # colon-before-address
    7.4317,  # title-before-capital
    6.1465,  # quote-then-lower
    6.4073,  # next:post-link
)

VETO_BELOW: Final = 0.55
"""A join proposed by a rule is kept back when the join probability is below this."""
JOIN_FROM: Final = 0.75
"""A break the rules kept is joined when the join probability is at least this."""
