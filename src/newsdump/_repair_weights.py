"""The fitted weights of the repair's join model (generated: do not edit by hand).

Regenerate from the repository root with ``python tools/fit_repair.py --write`` (see
tools/README.md); the features are documented in docs/repair.md.
"""

from typing import Final

FEATURES_FINGERPRINT: Final = "c8fb3dba3a4baccb"
DATA_FINGERPRINT: Final = "9a2cc356137f4eec"
EXAMPLES_FINGERPRINT: Final = "cb9cf8f10c9ef1c4"
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
    -1.6568,  # bias
    2.9147,  # rule:punctuation-only-line
    1.8370,  # rule:opener-at-end
    4.9773,  # rule:closing-punctuation-start
    4.2067,  # rule:possessive-start
    1.1806,  # rule:closing-quote-start
    -1.5383,  # rule:ellipsis-continues
    0.2597,  # rule:lower-case-start
    -1.3434,  # rule:parenthesis-continues
    0.8819,  # rule:dash-continues
    -0.6781,  # rule:lower-case-after-stop
    2.1063,  # rule:function-word-at-end
    -4.3708,  # rule:open-bracket
    -1.8656,  # rule:link-text-line
    -1.3346,  # rule:uncased-mid-sentence
    0.0000,  # rule:hard-wrap
    -2.2749,  # rule:unfinished-before-capital
    -1.8693,  # rule:sentence-end
    -1.4508,  # prev:ends-full-stop
    -2.5740,  # prev:ends-other-stop
    -1.0623,  # prev:ends-colon
    -0.9215,  # prev:ends-semicolon
    3.7956,  # prev:ends-comma
    1.1800,  # prev:ends-unpunctuated
    -0.6350,  # prev:ends-closing-quote-or-bracket
    -0.4542,  # prev:ends-function-word
    -0.0949,  # prev:chars<30
    0.1958,  # prev:chars<60
    -0.4757,  # prev:chars>=120
    0.9042,  # prev:words<=4
    0.6525,  # prev:heading-position
    -0.3281,  # prev:title-case
    1.5258,  # prev:ends-uncased-letter
    1.0690,  # next:starts-lower
    -1.5094,  # next:starts-upper
    -2.0658,  # next:starts-digit
    -0.2087,  # next:starts-punctuation
    0.5006,  # next:starts-uncased
    0.8869,  # next:punctuation-only
    1.0311,  # next:short-unpunctuated
    0.8549,  # next:ends-sentence
    0.7849,  # next:chars<30
    -0.5838,  # next:chars>=120
    1.6269,  # after:continues
    -0.2617,  # after:starts-upper
    -0.2193,  # after:none
    0.0447,  # block:quote-open
    4.4169,  # block:bracket-open
    -0.2817,  # record:stops>=0.8
    0.0433,  # record:stops<0.5
    0.1239,  # record:short-lines>=0.5
    0.0000,  # record:hard-wrapped
    -1.5613,  # link-shape
    -0.9231,  # stop-then-link-shape
    -0.7687,  # list-shape
    -0.8056,  # long-unfinished-before-capital
    -3.9568,  # block:starts-lower
    -0.2043,  # after:ends-unpunctuated
    -0.9907,  # list-run
    0.6165,  # link-sandwich
    0.8121,  # record:continuations>=0.1
    0.3980,  # prev:last-word-lower
    0.4174,  # prev:last-word-capital
    0.3489,  # prev:inner-punctuation
    -0.2761,  # next:inner-punctuation
    -0.3591,  # short-pair
    1.4242,  # block:unpunctuated-run
    0.3626,  # record:link-lines>=0.03
    1.0441,  # record:link-lines>=0.1
    0.7123,  # link-shape-in-linked-record
    0.4636,  # unfinished-before-capital-in-linked-record
    -0.6717,  # link-shape-after-heading-position
    0.2768,  # record:link-line-inside-sentence
    -0.5870,  # unfinished-before-capital-in-sentence-linked-record
    0.3098,  # link-shape-in-sentence-linked-record
    0.8916,  # prev:long-unfinished
    1.0866,  # link-shape-after-long-unfinished
    1.3633,  # link-shape-before-punctuation
    0.8629,  # link-shape-then-sentence-end
    0.3845,  # next:longer-link-shape
    -1.2593,  # link-shape-echoes-prev
    -0.4770,  # record:breaks-before-links
    0.6425,  # link-shape-in-breaks-before-links-record
    0.4246,  # unfinished-before-capital-in-breaks-before-links-record
    -0.3730,  # link-shape-after-heading-position-in-other-record
    -0.8274,  # amount-after-unfinished
    1.8153,  # next:known-capital
    -0.8793,  # unfinished-before-known-capital
    -0.6600,  # unfinished-before-capital-in-noun-record
    0.7635,  # long-unfinished-before-capital-in-noun-record
    0.6863,  # abbreviation-before-lower
    0.4566,  # prev:bracketed
    1.5329,  # next:bracketed
    -1.5662,  # prev:address
    0.1117,  # next:address
    3.2065,  # colon-before-address
)

VETO_BELOW: Final = 0.50
"""A join proposed by a rule is kept back when the join probability is below this."""
JOIN_FROM: Final = 0.75
"""A break the rules kept is joined when the join probability is at least this."""
