"""The fitted weights of the repair's join model (generated: do not edit by hand).

Regenerate from the repository root with ``python tools/fit_repair.py --write`` (see
tools/README.md); the features are documented in docs/repair.md.
"""

from typing import Final

FEATURES_FINGERPRINT: Final = "c8fb3dba3a4baccb"
DATA_FINGERPRINT: Final = "9a2cc356137f4eec"
EXAMPLES_FINGERPRINT: Final = "de7e64e1b11f3027"
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
    -1.6371,  # bias
    2.9408,  # rule:punctuation-only-line
    1.8279,  # rule:opener-at-end
    4.8763,  # rule:closing-punctuation-start
    4.2360,  # rule:possessive-start
    1.1387,  # rule:closing-quote-start
    -1.4486,  # rule:ellipsis-continues
    0.3298,  # rule:lower-case-start
    -1.4703,  # rule:parenthesis-continues
    0.9524,  # rule:dash-continues
    -0.6810,  # rule:lower-case-after-stop
    2.1356,  # rule:function-word-at-end
    -3.9914,  # rule:open-bracket
    -1.8481,  # rule:link-text-line
    -1.0107,  # rule:uncased-mid-sentence
    0.0000,  # rule:hard-wrap
    -2.2806,  # rule:unfinished-before-capital
    -1.8575,  # rule:sentence-end
    -1.4161,  # prev:ends-full-stop
    -2.5386,  # prev:ends-other-stop
    -1.0803,  # prev:ends-colon
    -0.9585,  # prev:ends-semicolon
    3.7895,  # prev:ends-comma
    1.1417,  # prev:ends-unpunctuated
    -0.6129,  # prev:ends-closing-quote-or-bracket
    -0.3615,  # prev:ends-function-word
    -0.0895,  # prev:chars<30
    0.1952,  # prev:chars<60
    -0.5012,  # prev:chars>=120
    0.8767,  # prev:words<=4
    0.6869,  # prev:heading-position
    -0.2881,  # prev:title-case
    1.4498,  # prev:ends-uncased-letter
    1.0762,  # next:starts-lower
    -1.4933,  # next:starts-upper
    -2.0498,  # next:starts-digit
    -0.2581,  # next:starts-punctuation
    0.5206,  # next:starts-uncased
    0.9660,  # next:punctuation-only
    1.0040,  # next:short-unpunctuated
    0.8447,  # next:ends-sentence
    0.7961,  # next:chars<30
    -0.6158,  # next:chars>=120
    1.6263,  # after:continues
    -0.2833,  # after:starts-upper
    -0.2214,  # after:none
    0.0859,  # block:quote-open
    4.3933,  # block:bracket-open
    -0.2732,  # record:stops>=0.8
    0.0363,  # record:stops<0.5
    0.0751,  # record:short-lines>=0.5
    0.0000,  # record:hard-wrapped
    -1.4954,  # link-shape
    -1.0366,  # stop-then-link-shape
    -0.7749,  # list-shape
    -0.8005,  # long-unfinished-before-capital
    -4.7875,  # block:starts-lower
    -0.2059,  # after:ends-unpunctuated
    -0.9493,  # list-run
    0.5195,  # link-sandwich
    0.8267,  # record:continuations>=0.1
    0.4003,  # prev:last-word-lower
    0.4359,  # prev:last-word-capital
    0.3470,  # prev:inner-punctuation
    -0.2490,  # next:inner-punctuation
    -0.3794,  # short-pair
    1.4054,  # block:unpunctuated-run
    0.3092,  # record:link-lines>=0.03
    0.9106,  # record:link-lines>=0.1
    0.7110,  # link-shape-in-linked-record
    0.4499,  # unfinished-before-capital-in-linked-record
    -0.7607,  # link-shape-after-heading-position
    0.3914,  # record:link-line-inside-sentence
    -0.6167,  # unfinished-before-capital-in-sentence-linked-record
    0.2152,  # link-shape-in-sentence-linked-record
    0.9198,  # prev:long-unfinished
    1.0321,  # link-shape-after-long-unfinished
    1.3503,  # link-shape-before-punctuation
    0.8523,  # link-shape-then-sentence-end
    0.3268,  # next:longer-link-shape
    -1.2799,  # link-shape-echoes-prev
    -0.5153,  # record:breaks-before-links
    0.7973,  # link-shape-in-breaks-before-links-record
    0.5315,  # unfinished-before-capital-in-breaks-before-links-record
    -0.2672,  # link-shape-after-heading-position-in-other-record
    -0.8041,  # amount-after-unfinished
    1.7990,  # next:known-capital
    -0.9035,  # unfinished-before-known-capital
    -0.6241,  # unfinished-before-capital-in-noun-record
    0.7281,  # long-unfinished-before-capital-in-noun-record
    0.7113,  # abbreviation-before-lower
    0.4742,  # prev:bracketed
    1.6513,  # next:bracketed
    -1.5512,  # prev:address
    0.0752,  # next:address
    3.3124,  # colon-before-address
)

VETO_BELOW: Final = 0.50
"""A join proposed by a rule is kept back when the join probability is below this."""
JOIN_FROM: Final = 0.75
"""A break the rules kept is joined when the join probability is at least this."""
