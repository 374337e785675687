"""The fitted weights of the repair's join model (generated: do not edit by hand).

Regenerate from the repository root with ``python tools/fit_repair.py --write`` (see
tools/README.md); the features are documented in docs/repair.md.
"""

from typing import Final

FEATURES_FINGERPRINT: Final = "c8fb3dba3a4baccb"
DATA_FINGERPRINT: Final = "9a2cc356137f4eec"
EXAMPLES_FINGERPRINT: Final = "9b398f4fc65fb2a3"
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
    -1.6679,  # bias
    2.9277,  # rule:punctuation-only-line
    1.7658,  # rule:opener-at-end
    4.8796,  # rule:closing-punctuation-start
    4.2384,  # rule:possessive-start
    1.0257,  # rule:closing-quote-start
    -1.4662,  # rule:ellipsis-continues
    0.3307,  # rule:lower-case-start
    -1.4633,  # rule:parenthesis-continues
    0.9737,  # rule:dash-continues
    -0.7108,  # rule:lower-case-after-stop
    2.1830,  # rule:function-word-at-end
    -3.9914,  # rule:open-bracket
    -1.8198,  # rule:link-text-line
    -1.0099,  # rule:uncased-mid-sentence
    0.0000,  # rule:hard-wrap
    -2.2740,  # rule:unfinished-before-capital
    -1.8736,  # rule:sentence-end
    -1.4285,  # prev:ends-full-stop
    -2.5291,  # prev:ends-other-stop
    -1.1009,  # prev:ends-colon
    -0.9754,  # prev:ends-semicolon
    3.7673,  # prev:ends-comma
    1.1345,  # prev:ends-unpunctuated
    -0.6100,  # prev:ends-closing-quote-or-bracket
    -0.6221,  # prev:ends-function-word
    -0.0925,  # prev:chars<30
    0.1968,  # prev:chars<60
    -0.5168,  # prev:chars>=120
    0.8800,  # prev:words<=4
    0.6621,  # prev:heading-position
    -0.2741,  # prev:title-case
    1.4597,  # prev:ends-uncased-letter
    1.0685,  # next:starts-lower
    -1.4982,  # next:starts-upper
    -2.0815,  # next:starts-digit
    -0.2807,  # next:starts-punctuation
    0.5193,  # next:starts-uncased
    0.9896,  # next:punctuation-only
    1.0448,  # next:short-unpunctuated
    0.8619,  # next:ends-sentence
    0.7895,  # next:chars<30
    -0.6234,  # next:chars>=120
    1.6743,  # after:continues
    -0.2690,  # after:starts-upper
    -0.1938,  # after:none
    0.1431,  # block:quote-open
    4.3801,  # block:bracket-open
    -0.2554,  # record:stops>=0.8
    0.0335,  # record:stops<0.5
    0.0718,  # record:short-lines>=0.5
    0.0000,  # record:hard-wrapped
    -1.4859,  # link-shape
    -1.0511,  # stop-then-link-shape
    -0.7658,  # list-shape
    -0.8060,  # long-unfinished-before-capital
    -4.7833,  # block:starts-lower
    -0.2310,  # after:ends-unpunctuated
    -0.9540,  # list-run
    0.4915,  # link-sandwich
    0.8374,  # record:continuations>=0.1
    0.4337,  # prev:last-word-lower
    0.4350,  # prev:last-word-capital
    0.3747,  # prev:inner-punctuation
    -0.2356,  # next:inner-punctuation
    -0.3776,  # short-pair
    1.3822,  # block:unpunctuated-run
    0.3256,  # record:link-lines>=0.03
    0.9303,  # record:link-lines>=0.1
    0.6964,  # link-shape-in-linked-record
    0.4351,  # unfinished-before-capital-in-linked-record
    -0.7321,  # link-shape-after-heading-position
    0.3883,  # record:link-line-inside-sentence
    -0.6224,  # unfinished-before-capital-in-sentence-linked-record
    0.2194,  # link-shape-in-sentence-linked-record
    0.9173,  # prev:long-unfinished
    1.0372,  # link-shape-after-long-unfinished
    1.3481,  # link-shape-before-punctuation
    0.8210,  # link-shape-then-sentence-end
    0.3777,  # next:longer-link-shape
    -1.3174,  # link-shape-echoes-prev
    -0.4914,  # record:breaks-before-links
    0.7696,  # link-shape-in-breaks-before-links-record
    0.5146,  # unfinished-before-capital-in-breaks-before-links-record
    -0.2920,  # link-shape-after-heading-position-in-other-record
    -0.7930,  # amount-after-unfinished
    1.7963,  # next:known-capital
    -0.9054,  # unfinished-before-known-capital
    -0.6315,  # unfinished-before-capital-in-noun-record
    0.8327,  # long-unfinished-before-capital-in-noun-record
    0.7091,  # abbreviation-before-lower
    0.4779,  # prev:bracketed
    1.6504,  # next:bracketed
    -1.5676,  # prev:address
    0.0780,  # next:address
    3.3087,  # colon-before-address
)

VETO_BELOW: Final = 0.55
"""A join proposed by a rule is kept back when the join probability is below this."""
JOIN_FROM: Final = 0.75
"""A break the rules kept is joined when the join probability is at least this."""
