"""The fitted weights of the repair's join model (generated: do not edit by hand).

Regenerate from the repository root with ``python tools/fit_repair.py --write`` (see
tools/README.md); the features are documented in docs/repair.md.
"""

from typing import Final

FEATURES_FINGERPRINT: Final = "c8fb3dba3a4baccb"
DATA_FINGERPRINT: Final = "9a2cc356137f4eec"
EXAMPLES_FINGERPRINT: Final = "2a47a863cd92cce5"
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
    -1.6517,  # bias
    2.9263,  # rule:punctuation-only-line
    1.8072,  # rule:opener-at-end
    4.9992,  # rule:closing-punctuation-start
    4.2165,  # rule:possessive-start
    1.1775,  # rule:closing-quote-start
    -1.4970,  # rule:ellipsis-continues
    0.2510,  # rule:lower-case-start
    -1.5140,  # rule:parenthesis-continues
    0.9219,  # rule:dash-continues
    -0.6712,  # rule:lower-case-after-stop
    2.0729,  # rule:function-word-at-end
    -4.2746,  # rule:open-bracket
    -1.8451,  # rule:link-text-line
    -1.0348,  # rule:uncased-mid-sentence
    0.0000,  # rule:hard-wrap
    -2.2841,  # rule:unfinished-before-capital
    -1.8568,  # rule:sentence-end
    -1.4453,  # prev:ends-full-stop
    -2.5406,  # prev:ends-other-stop
    -1.0629,  # prev:ends-colon
    -0.9353,  # prev:ends-semicolon
    3.7869,  # prev:ends-comma
    1.1695,  # prev:ends-unpunctuated
    -0.6173,  # prev:ends-closing-quote-or-bracket
    -0.3991,  # prev:ends-function-word
    -0.0679,  # prev:chars<30
    0.2363,  # prev:chars<60
    -0.4768,  # prev:chars>=120
    0.8844,  # prev:words<=4
    0.6661,  # prev:heading-position
    -0.3111,  # prev:title-case
    1.4093,  # prev:ends-uncased-letter
    1.0587,  # next:starts-lower
    -1.4935,  # next:starts-upper
    -2.0530,  # next:starts-digit
    -0.2394,  # next:starts-punctuation
    0.4969,  # next:starts-uncased
    0.9278,  # next:punctuation-only
    1.0326,  # next:short-unpunctuated
    0.8539,  # next:ends-sentence
    0.7880,  # next:chars<30
    -0.6005,  # next:chars>=120
    1.6078,  # after:continues
    -0.2738,  # after:starts-upper
    -0.2329,  # after:none
    0.0872,  # block:quote-open
    4.3871,  # block:bracket-open
    -0.2761,  # record:stops>=0.8
    0.0323,  # record:stops<0.5
    0.0777,  # record:short-lines>=0.5
    0.0000,  # record:hard-wrapped
    -1.5636,  # link-shape
    -0.9576,  # stop-then-link-shape
    -0.7580,  # list-shape
    -0.7989,  # long-unfinished-before-capital
    -4.0197,  # block:starts-lower
    -0.1932,  # after:ends-unpunctuated
    -0.9663,  # list-run
    0.5653,  # link-sandwich
    0.8267,  # record:continuations>=0.1
    0.3911,  # prev:last-word-lower
    0.4596,  # prev:last-word-capital
    0.3490,  # prev:inner-punctuation
    -0.2513,  # next:inner-punctuation
    -0.4080,  # short-pair
    1.3518,  # block:unpunctuated-run
    0.2817,  # record:link-lines>=0.03
    0.9007,  # record:link-lines>=0.1
    0.7809,  # link-shape-in-linked-record
    0.4723,  # unfinished-before-capital-in-linked-record
    -0.7049,  # link-shape-after-heading-position
    0.3857,  # record:link-line-inside-sentence
    -0.6481,  # unfinished-before-capital-in-sentence-linked-record
    0.2440,  # link-shape-in-sentence-linked-record
    0.9075,  # prev:long-unfinished
    1.0560,  # link-shape-after-long-unfinished
    1.3639,  # link-shape-before-punctuation
    0.8737,  # link-shape-then-sentence-end
    0.3803,  # next:longer-link-shape
    -1.2686,  # link-shape-echoes-prev
    -0.4985,  # record:breaks-before-links
    0.7003,  # link-shape-in-breaks-before-links-record
    0.4973,  # unfinished-before-capital-in-breaks-before-links-record
    -0.3256,  # link-shape-after-heading-position-in-other-record
    -0.7910,  # amount-after-unfinished
    1.8170,  # next:known-capital
    -0.8989,  # unfinished-before-known-capital
    -0.6288,  # unfinished-before-capital-in-noun-record
    0.7180,  # long-unfinished-before-capital-in-noun-record
    0.7247,  # abbreviation-before-lower
    0.4713,  # prev:bracketed
    1.6473,  # next:bracketed
    -1.4844,  # prev:address
    0.1145,  # next:address
    3.2430,  # colon-before-address
)

VETO_BELOW: Final = 0.55
"""A join proposed by a rule is kept back when the join probability is below this."""
JOIN_FROM: Final = 0.75
"""A break the rules kept is joined when the join probability is at least this."""
