"""The fitted weights of the repair's join model (generated: do not edit by hand).

Regenerate from the repository root with ``python tools/fit_repair.py --write`` (see
tools/README.md); the features are documented in docs/repair.md.
"""

from typing import Final

FEATURES_FINGERPRINT: Final = "c8fb3dba3a4baccb"
DATA_FINGERPRINT: Final = "9a2cc356137f4eec"
EXAMPLES_FINGERPRINT: Final = "e55c6f421aa3ab8b"
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
    -1.6379,  # bias
    2.9259,  # rule:punctuation-only-line
    1.7939,  # rule:opener-at-end
    5.0085,  # rule:closing-punctuation-start
    4.2341,  # rule:possessive-start
    1.1875,  # rule:closing-quote-start
    -1.4954,  # rule:ellipsis-continues
    0.2381,  # rule:lower-case-start
    -1.4989,  # rule:parenthesis-continues
    0.9397,  # rule:dash-continues
    -0.6883,  # rule:lower-case-after-stop
    2.0682,  # rule:function-word-at-end
    -4.2668,  # rule:open-bracket
    -1.8318,  # rule:link-text-line
    -1.0100,  # rule:uncased-mid-sentence
    0.0000,  # rule:hard-wrap
    -2.2721,  # rule:unfinished-before-capital
    -1.8556,  # rule:sentence-end
    -1.4470,  # prev:ends-full-stop
    -2.5205,  # prev:ends-other-stop
    -1.0779,  # prev:ends-colon
    -0.9380,  # prev:ends-semicolon
    3.7843,  # prev:ends-comma
    1.1834,  # prev:ends-unpunctuated
    -0.6152,  # prev:ends-closing-quote-or-bracket
    -0.4133,  # prev:ends-function-word
    -0.0581,  # prev:chars<30
    0.2115,  # prev:chars<60
    -0.4767,  # prev:chars>=120
    0.8448,  # prev:words<=4
    0.6382,  # prev:heading-position
    -0.3188,  # prev:title-case
    1.4122,  # prev:ends-uncased-letter
    1.0574,  # next:starts-lower
    -1.4806,  # next:starts-upper
    -2.0542,  # next:starts-digit
    -0.2679,  # next:starts-punctuation
    0.4952,  # next:starts-uncased
    0.9399,  # next:punctuation-only
    1.0580,  # next:short-unpunctuated
    0.8592,  # next:ends-sentence
    0.7874,  # next:chars<30
    -0.6117,  # next:chars>=120
    1.5955,  # after:continues
    -0.2810,  # after:starts-upper
    -0.2288,  # after:none
    0.0915,  # block:quote-open
    4.3715,  # block:bracket-open
    -0.2723,  # record:stops>=0.8
    0.0370,  # record:stops<0.5
    0.0838,  # record:short-lines>=0.5
    0.0000,  # record:hard-wrapped
    -1.5626,  # link-shape
    -0.9822,  # stop-then-link-shape
    -0.8106,  # list-shape
    -0.8225,  # long-unfinished-before-capital
    -4.0199,  # block:starts-lower
    -0.2069,  # after:ends-unpunctuated
    -0.9560,  # list-run
    0.5554,  # link-sandwich
    0.8329,  # record:continuations>=0.1
    0.4065,  # prev:last-word-lower
    0.4581,  # prev:last-word-capital
    0.3319,  # prev:inner-punctuation
    -0.2243,  # next:inner-punctuation
    -0.3767,  # short-pair
    1.3378,  # block:unpunctuated-run
    0.2794,  # record:link-lines>=0.03
    0.9093,  # record:link-lines>=0.1
    0.7810,  # link-shape-in-linked-record
    0.4748,  # unfinished-before-capital-in-linked-record
    -0.6774,  # link-shape-after-heading-position
    0.3817,  # record:link-line-inside-sentence
    -0.6575,  # unfinished-before-capital-in-sentence-linked-record
    0.2382,  # link-shape-in-sentence-linked-record
    0.8955,  # prev:long-unfinished
    1.0447,  # link-shape-after-long-unfinished
    1.3690,  # link-shape-before-punctuation
    0.8623,  # link-shape-then-sentence-end
    0.3818,  # next:longer-link-shape
    -1.2638,  # link-shape-echoes-prev
    -0.4978,  # record:breaks-before-links
    0.7004,  # link-shape-in-breaks-before-links-record
    0.4882,  # unfinished-before-capital-in-breaks-before-links-record
    -0.3381,  # link-shape-after-heading-position-in-other-record
    -0.8103,  # amount-after-unfinished
    1.8083,  # next:known-capital
    -0.9276,  # unfinished-before-known-capital
    -0.6562,  # unfinished-before-capital-in-noun-record
    0.7405,  # long-unfinished-before-capital-in-noun-record
    0.7380,  # abbreviation-before-lower
    0.4201,  # prev:bracketed
    1.6662,  # next:bracketed
    -1.4739,  # prev:address
    0.1167,  # next:address
    3.2274,  # colon-before-address
)

VETO_BELOW: Final = 0.50
"""A join proposed by a rule is kept back when the join probability is below this."""
JOIN_FROM: Final = 0.75
"""A break the rules kept is joined when the join probability is at least this."""
