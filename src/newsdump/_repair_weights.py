"""The fitted weights of the repair's join model (generated: do not edit by hand).

Regenerate from the repository root with ``python tools/fit_repair.py --write`` (see
tools/README.md); the features are documented in docs/repair.md.
"""

from typing import Final

FEATURES_FINGERPRINT: Final = "c8fb3dba3a4baccb"
DATA_FINGERPRINT: Final = "9a2cc356137f4eec"
EXAMPLES_FINGERPRINT: Final = "4bedb9202ee742f2"
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
    -1.6395,  # bias
    2.9273,  # rule:punctuation-only-line
    1.7957,  # rule:opener-at-end
    5.0061,  # rule:closing-punctuation-start
    4.2330,  # rule:possessive-start
    1.1868,  # rule:closing-quote-start
    -1.4950,  # rule:ellipsis-continues
    0.2399,  # rule:lower-case-start
    -1.4986,  # rule:parenthesis-continues
    0.9391,  # rule:dash-continues
    -0.6884,  # rule:lower-case-after-stop
    2.0725,  # rule:function-word-at-end
    -4.2671,  # rule:open-bracket
    -1.8309,  # rule:link-text-line
    -1.0132,  # rule:uncased-mid-sentence
    0.0000,  # rule:hard-wrap
    -2.2751,  # rule:unfinished-before-capital
    -1.8551,  # rule:sentence-end
    -1.4465,  # prev:ends-full-stop
    -2.5211,  # prev:ends-other-stop
    -1.0784,  # prev:ends-colon
    -0.9374,  # prev:ends-semicolon
    3.7852,  # prev:ends-comma
    1.1804,  # prev:ends-unpunctuated
    -0.6169,  # prev:ends-closing-quote-or-bracket
    -0.4103,  # prev:ends-function-word
    -0.0527,  # prev:chars<30
    0.2128,  # prev:chars<60
    -0.4768,  # prev:chars>=120
    0.8481,  # prev:words<=4
    0.6429,  # prev:heading-position
    -0.3184,  # prev:title-case
    1.4141,  # prev:ends-uncased-letter
    1.0573,  # next:starts-lower
    -1.4833,  # next:starts-upper
    -2.0532,  # next:starts-digit
    -0.2656,  # next:starts-punctuation
    0.4996,  # next:starts-uncased
    0.9392,  # next:punctuation-only
    1.0550,  # next:short-unpunctuated
    0.8534,  # next:ends-sentence
    0.7936,  # next:chars<30
    -0.6113,  # next:chars>=120
    1.5935,  # after:continues
    -0.2803,  # after:starts-upper
    -0.2374,  # after:none
    0.0910,  # block:quote-open
    4.3740,  # block:bracket-open
    -0.2716,  # record:stops>=0.8
    0.0382,  # record:stops<0.5
    0.0844,  # record:short-lines>=0.5
    0.0000,  # record:hard-wrapped
    -1.5608,  # link-shape
    -0.9841,  # stop-then-link-shape
    -0.8123,  # list-shape
    -0.8220,  # long-unfinished-before-capital
    -4.0183,  # block:starts-lower
    -0.2089,  # after:ends-unpunctuated
    -0.9564,  # list-run
    0.5579,  # link-sandwich
    0.8353,  # record:continuations>=0.1
    0.4032,  # prev:last-word-lower
    0.4571,  # prev:last-word-capital
    0.3336,  # prev:inner-punctuation
    -0.2215,  # next:inner-punctuation
    -0.3836,  # short-pair
    1.3407,  # block:unpunctuated-run
    0.2787,  # record:link-lines>=0.03
    0.9080,  # record:link-lines>=0.1
    0.7829,  # link-shape-in-linked-record
    0.4753,  # unfinished-before-capital-in-linked-record
    -0.6801,  # link-shape-after-heading-position
    0.3809,  # record:link-line-inside-sentence
    -0.6558,  # unfinished-before-capital-in-sentence-linked-record
    0.2369,  # link-shape-in-sentence-linked-record
    0.9006,  # prev:long-unfinished
    1.0396,  # link-shape-after-long-unfinished
    1.3682,  # link-shape-before-punctuation
    0.8610,  # link-shape-then-sentence-end
    0.3832,  # next:longer-link-shape
    -1.2626,  # link-shape-echoes-prev
    -0.4989,  # record:breaks-before-links
    0.7012,  # link-shape-in-breaks-before-links-record
    0.4914,  # unfinished-before-capital-in-breaks-before-links-record
    -0.3352,  # link-shape-after-heading-position-in-other-record
    -0.8092,  # amount-after-unfinished
    1.8087,  # next:known-capital
    -0.9314,  # unfinished-before-known-capital
    -0.6503,  # unfinished-before-capital-in-noun-record
    0.7376,  # long-unfinished-before-capital-in-noun-record
    0.7357,  # abbreviation-before-lower
    0.4246,  # prev:bracketed
    1.6635,  # next:bracketed
    -1.4739,  # prev:address
    0.1172,  # next:address
    3.2307,  # colon-before-address
)

VETO_BELOW: Final = 0.50
"""A join proposed by a rule is kept back when the join probability is below this."""
JOIN_FROM: Final = 0.75
"""A break the rules kept is joined when the join probability is at least this."""
