"""The fitted weights of the repair's join model (generated: do not edit by hand).

Regenerate from the repository root with ``python tools/fit_repair.py --write`` (see
tools/README.md); the features are documented in docs/repair.md.
"""

from typing import Final

FEATURES_FINGERPRINT: Final = "c8fb3dba3a4baccb"
DATA_FINGERPRINT: Final = "9a2cc356137f4eec"
EXAMPLES_FINGERPRINT: Final = "597c2938a9d37f47"
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
    -1.6682,  # bias
    2.9277,  # rule:punctuation-only-line
    1.7658,  # rule:opener-at-end
    4.8795,  # rule:closing-punctuation-start
    4.2386,  # rule:possessive-start
    1.0256,  # rule:closing-quote-start
    -1.4661,  # rule:ellipsis-continues
    0.3306,  # rule:lower-case-start
    -1.4633,  # rule:parenthesis-continues
    0.9737,  # rule:dash-continues
    -0.7130,  # rule:lower-case-after-stop
    2.1830,  # rule:function-word-at-end
    -3.9917,  # rule:open-bracket
    -1.8198,  # rule:link-text-line
    -1.0102,  # rule:uncased-mid-sentence
    0.0000,  # rule:hard-wrap
    -2.2741,  # rule:unfinished-before-capital
    -1.8737,  # rule:sentence-end
    -1.4284,  # prev:ends-full-stop
    -2.5300,  # prev:ends-other-stop
    -1.1010,  # prev:ends-colon
    -0.9757,  # prev:ends-semicolon
    3.7675,  # prev:ends-comma
    1.1342,  # prev:ends-unpunctuated
    -0.6098,  # prev:ends-closing-quote-or-bracket
    -0.6222,  # prev:ends-function-word
    -0.0924,  # prev:chars<30
    0.1971,  # prev:chars<60
    -0.5162,  # prev:chars>=120
    0.8804,  # prev:words<=4
    0.6626,  # prev:heading-position
    -0.2744,  # prev:title-case
    1.4597,  # prev:ends-uncased-letter
    1.0684,  # next:starts-lower
    -1.4984,  # next:starts-upper
    -2.0815,  # next:starts-digit
    -0.2809,  # next:starts-punctuation
    0.5194,  # next:starts-uncased
    0.9894,  # next:punctuation-only
    1.0448,  # next:short-unpunctuated
    0.8619,  # next:ends-sentence
    0.7896,  # next:chars<30
    -0.6232,  # next:chars>=120
    1.6745,  # after:continues
    -0.2690,  # after:starts-upper
    -0.1940,  # after:none
    0.1430,  # block:quote-open
    4.3804,  # block:bracket-open
    -0.2554,  # record:stops>=0.8
    0.0332,  # record:stops<0.5
    0.0720,  # record:short-lines>=0.5
    0.0000,  # record:hard-wrapped
    -1.4861,  # link-shape
    -1.0519,  # stop-then-link-shape
    -0.7659,  # list-shape
    -0.8059,  # long-unfinished-before-capital
    -4.7820,  # block:starts-lower
    -0.2305,  # after:ends-unpunctuated
    -0.9544,  # list-run
    0.4915,  # link-sandwich
    0.8372,  # record:continuations>=0.1
    0.4340,  # prev:last-word-lower
    0.4353,  # prev:last-word-capital
    0.3750,  # prev:inner-punctuation
    -0.2357,  # next:inner-punctuation
    -0.3777,  # short-pair
    1.3823,  # block:unpunctuated-run
    0.3256,  # record:link-lines>=0.03
    0.9303,  # record:link-lines>=0.1
    0.6972,  # link-shape-in-linked-record
    0.4353,  # unfinished-before-capital-in-linked-record
    -0.7323,  # link-shape-after-heading-position
    0.3883,  # record:link-line-inside-sentence
    -0.6223,  # unfinished-before-capital-in-sentence-linked-record
    0.2195,  # link-shape-in-sentence-linked-record
    0.9169,  # prev:long-unfinished
    1.0370,  # link-shape-after-long-unfinished
    1.3485,  # link-shape-before-punctuation
    0.8209,  # link-shape-then-sentence-end
    0.3775,  # next:longer-link-shape
    -1.3175,  # link-shape-echoes-prev
    -0.4913,  # record:breaks-before-links
    0.7686,  # link-shape-in-breaks-before-links-record
    0.5142,  # unfinished-before-capital-in-breaks-before-links-record
    -0.2925,  # link-shape-after-heading-position-in-other-record
    -0.7926,  # amount-after-unfinished
    1.7969,  # next:known-capital
    -0.9059,  # unfinished-before-known-capital
    -0.6313,  # unfinished-before-capital-in-noun-record
    0.8325,  # long-unfinished-before-capital-in-noun-record
    0.7109,  # abbreviation-before-lower
    0.4780,  # prev:bracketed
    1.6501,  # next:bracketed
    -1.5676,  # prev:address
    0.0789,  # next:address
    3.3079,  # colon-before-address
)

VETO_BELOW: Final = 0.55
"""A join proposed by a rule is kept back when the join probability is below this."""
JOIN_FROM: Final = 0.75
"""A break the rules kept is joined when the join probability is at least this."""
