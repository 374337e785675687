"""The fitted weights of the repair's join model (generated: do not edit by hand).

Regenerate from the repository root with ``python tools/fit_repair.py --write`` (see
tools/README.md); the features are documented in docs/repair.md.
"""

from typing import Final

FEATURES_FINGERPRINT: Final = "3d4b916031a31a99"
DATA_FINGERPRINT: Final = "9a2cc356137f4eec"
EXAMPLES_FINGERPRINT: Final = "f6f0d65d29023329"
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
)

WEIGHTS: Final = (
    -1.9192,  # bias
    1.0741,  # rule:punctuation-only-line
    1.9416,  # rule:opener-at-end
    3.6130,  # rule:closing-punctuation-start
    1.5496,  # rule:possessive-start
    0.6073,  # rule:closing-quote-start
    -1.4681,  # rule:ellipsis-continues
    -0.3197,  # rule:lower-case-start
    -0.7517,  # rule:parenthesis-continues
    -0.5519,  # rule:dash-continues
    -0.8211,  # rule:lower-case-after-stop
    0.7392,  # rule:function-word-at-end
    -2.6728,  # rule:open-bracket
    -2.5298,  # rule:link-text-line
    -1.0599,  # rule:uncased-mid-sentence
    0.0000,  # rule:hard-wrap
    -2.7404,  # rule:unfinished-before-capital
    -0.9822,  # rule:sentence-end
    -1.8814,  # prev:ends-full-stop
    -2.3009,  # prev:ends-other-stop
    -1.6970,  # prev:ends-colon
    -1.2801,  # prev:ends-semicolon
    2.5944,  # prev:ends-comma
    1.0118,  # prev:ends-unpunctuated
    -0.8772,  # prev:ends-closing-quote-or-bracket
    -0.2897,  # prev:ends-function-word
    1.0692,  # prev:chars<30
    0.5419,  # prev:chars<60
    0.0263,  # prev:chars>=120
    0.2879,  # prev:words<=4
    0.8422,  # prev:heading-position
    -0.3916,  # prev:title-case
    1.8115,  # prev:ends-uncased-letter
    0.3978,  # next:starts-lower
    -1.3267,  # next:starts-upper
    -1.4250,  # next:starts-digit
    -0.2245,  # next:starts-punctuation
    -0.1457,  # next:starts-uncased
    1.4195,  # next:punctuation-only
    0.8075,  # next:short-unpunctuated
    0.4815,  # next:ends-sentence
    0.7428,  # next:chars<30
    -0.1750,  # next:chars>=120
    1.0133,  # after:continues
    -0.0875,  # after:starts-upper
    -0.1404,  # after:none
    0.1543,  # block:quote-open
    2.2504,  # block:bracket-open
    -0.2924,  # record:stops>=0.8
    -0.0413,  # record:stops<0.5
    0.2694,  # record:short-lines>=0.5
    0.0000,  # record:hard-wrapped
    -0.7193,  # link-shape
    -0.7384,  # stop-then-link-shape
    -1.2443,  # list-shape
    -0.1932,  # long-unfinished-before-capital
    -3.5176,  # block:starts-lower
    -0.1561,  # after:ends-unpunctuated
    -0.6321,  # list-run
    0.9493,  # link-sandwich
    0.6405,  # record:continuations>=0.1
    0.4663,  # prev:last-word-lower
    0.6662,  # prev:last-word-capital
    0.0938,  # prev:inner-punctuation
    -0.1253,  # next:inner-punctuation
    -0.4054,  # short-pair
    1.0682,  # block:unpunctuated-run
    0.5956,  # record:link-lines>=0.03
    1.1899,  # record:link-lines>=0.1
    0.2687,  # link-shape-in-linked-record
    0.0409,  # unfinished-before-capital-in-linked-record
    -1.0976,  # link-shape-after-heading-position
    -0.1303,  # record:link-line-inside-sentence
    0.0943,  # unfinished-before-capital-in-sentence-linked-record
    0.3420,  # link-shape-in-sentence-linked-record
    1.1348,  # prev:long-unfinished
    -0.1178,  # link-shape-after-long-unfinished
    1.1503,  # link-shape-before-punctuation
    1.0779,  # link-shape-then-sentence-end
    0.9291,  # next:longer-link-shape
    -1.1214,  # link-shape-echoes-prev
    -0.1281,  # record:breaks-before-links
    0.8910,  # link-shape-in-breaks-before-links-record
    0.2117,  # unfinished-before-capital-in-breaks-before-links-record
    0.3652,  # link-shape-after-heading-position-in-other-record
    -0.3457,  # amount-after-unfinished
)

VETO_BELOW: Final = 0.55
"""A join proposed by a rule is kept back when the join probability is below this."""
JOIN_FROM: Final = 0.64
"""A break the rules kept is joined when the join probability is at least this."""
