"""The fitted weights of the repair's join model (generated: do not edit by hand).

Regenerate from the repository root with ``python tools/fit_repair.py --write`` (see
tools/README.md); the features are documented in docs/repair.md.
"""

from typing import Final

FEATURES_FINGERPRINT: Final = "c8fb3dba3a4baccb"
DATA_FINGERPRINT: Final = "9a2cc356137f4eec"
EXAMPLES_FINGERPRINT: Final = "5e847b119858dc5e"
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
    -1.6528,  # bias
    2.9256,  # rule:punctuation-only-line
    1.8099,  # rule:opener-at-end
    4.9991,  # rule:closing-punctuation-start
    4.2186,  # rule:possessive-start
    1.1767,  # rule:closing-quote-start
    -1.4982,  # rule:ellipsis-continues
    0.2532,  # rule:lower-case-start
    -1.5141,  # rule:parenthesis-continues
    0.9214,  # rule:dash-continues
    -0.6694,  # rule:lower-case-after-stop
    2.0759,  # rule:function-word-at-end
    -4.2699,  # rule:open-bracket
    -1.8423,  # rule:link-text-line
    -1.0387,  # rule:uncased-mid-sentence
    0.0000,  # rule:hard-wrap
    -2.2863,  # rule:unfinished-before-capital
    -1.8567,  # rule:sentence-end
    -1.4460,  # prev:ends-full-stop
    -2.5425,  # prev:ends-other-stop
    -1.0638,  # prev:ends-colon
    -0.9378,  # prev:ends-semicolon
    3.7883,  # prev:ends-comma
    1.1661,  # prev:ends-unpunctuated
    -0.6169,  # prev:ends-closing-quote-or-bracket
    -0.3972,  # prev:ends-function-word
    -0.0654,  # prev:chars<30
    0.2376,  # prev:chars<60
    -0.4769,  # prev:chars>=120
    0.8805,  # prev:words<=4
    0.6702,  # prev:heading-position
    -0.3075,  # prev:title-case
    1.4129,  # prev:ends-uncased-letter
    1.0579,  # next:starts-lower
    -1.4953,  # next:starts-upper
    -2.0522,  # next:starts-digit
    -0.2375,  # next:starts-punctuation
    0.5016,  # next:starts-uncased
    0.9307,  # next:punctuation-only
    1.0355,  # next:short-unpunctuated
    0.8578,  # next:ends-sentence
    0.7871,  # next:chars<30
    -0.6012,  # next:chars>=120
    1.6087,  # after:continues
    -0.2749,  # after:starts-upper
    -0.2404,  # after:none
    0.0863,  # block:quote-open
    4.3842,  # block:bracket-open
    -0.2787,  # record:stops>=0.8
    0.0393,  # record:stops<0.5
    0.0732,  # record:short-lines>=0.5
    0.0000,  # record:hard-wrapped
    -1.5638,  # link-shape
    -0.9593,  # stop-then-link-shape
    -0.7620,  # list-shape
    -0.7988,  # long-unfinished-before-capital
    -4.0191,  # block:starts-lower
    -0.1941,  # after:ends-unpunctuated
    -0.9667,  # list-run
    0.5696,  # link-sandwich
    0.8251,  # record:continuations>=0.1
    0.3898,  # prev:last-word-lower
    0.4565,  # prev:last-word-capital
    0.3497,  # prev:inner-punctuation
    -0.2500,  # next:inner-punctuation
    -0.4071,  # short-pair
    1.3549,  # block:unpunctuated-run
    0.2814,  # record:link-lines>=0.03
    0.9013,  # record:link-lines>=0.1
    0.7791,  # link-shape-in-linked-record
    0.4790,  # unfinished-before-capital-in-linked-record
    -0.7082,  # link-shape-after-heading-position
    0.3852,  # record:link-line-inside-sentence
    -0.6423,  # unfinished-before-capital-in-sentence-linked-record
    0.2429,  # link-shape-in-sentence-linked-record
    0.9095,  # prev:long-unfinished
    1.0496,  # link-shape-after-long-unfinished
    1.3638,  # link-shape-before-punctuation
    0.8750,  # link-shape-then-sentence-end
    0.3811,  # next:longer-link-shape
    -1.2688,  # link-shape-echoes-prev
    -0.4983,  # record:breaks-before-links
    0.7028,  # link-shape-in-breaks-before-links-record
    0.4916,  # unfinished-before-capital-in-breaks-before-links-record
    -0.3260,  # link-shape-after-heading-position-in-other-record
    -0.7932,  # amount-after-unfinished
    1.8194,  # next:known-capital
    -0.8957,  # unfinished-before-known-capital
    -0.6405,  # unfinished-before-capital-in-noun-record
    0.7290,  # long-unfinished-before-capital-in-noun-record
    0.7242,  # abbreviation-before-lower
    0.4725,  # prev:bracketed
    1.6444,  # next:bracketed
    -1.4818,  # prev:address
    0.1152,  # next:address
    3.2439,  # colon-before-address
)

VETO_BELOW: Final = 0.55
"""A join proposed by a rule is kept back when the join probability is below this."""
JOIN_FROM: Final = 0.75
"""A break the rules kept is joined when the join probability is at least this."""
