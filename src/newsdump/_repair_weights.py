"""The fitted weights of the repair's join model (generated: do not edit by hand).

Regenerate from the repository root with ``python tools/fit_repair.py --write`` (see
tools/README.md); the features are documented in docs/repair.md.
"""

from typing import Final

FEATURES_FINGERPRINT: Final = "b6f5ce817071de7f"
DATA_FINGERPRINT: Final = "9a2cc356137f4eec"
EXAMPLES_FINGERPRINT: Final = "355ac290ab6aa908"
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
    "latin-after-ideograph",
    "stop-then-uncased-link-shape",
    "clause-then-short",
)

WEIGHTS: Final = (
    -1.9070,  # bias
    2.7480,  # rule:punctuation-only-line
    2.1239,  # rule:opener-at-end
    4.9763,  # rule:closing-punctuation-start
    3.9429,  # rule:possessive-start
    0.8131,  # rule:closing-quote-start
    -1.4126,  # rule:ellipsis-continues
    0.2333,  # rule:lower-case-start
    -1.4590,  # rule:parenthesis-continues
    0.8465,  # rule:dash-continues
    -0.9973,  # rule:lower-case-after-stop
    2.1232,  # rule:function-word-at-end
    -4.1913,  # rule:open-bracket
    -1.8960,  # rule:link-text-line
    -0.2723,  # rule:uncased-mid-sentence
    0.0000,  # rule:hard-wrap
    -2.4115,  # rule:unfinished-before-capital
    -1.9276,  # rule:sentence-end
    -1.5719,  # prev:ends-full-stop
    -2.3881,  # prev:ends-other-stop
    -1.1218,  # prev:ends-colon
    -0.9083,  # prev:ends-semicolon
    3.9477,  # prev:ends-comma
    1.0245,  # prev:ends-unpunctuated
    -0.4024,  # prev:ends-closing-quote-or-bracket
    -0.4866,  # prev:ends-function-word
    0.2854,  # prev:chars<30
    0.2074,  # prev:chars<60
    -0.3979,  # prev:chars>=120
    0.5188,  # prev:words<=4
    0.4674,  # prev:heading-position
    -0.2726,  # prev:title-case
    1.1027,  # prev:ends-uncased-letter
    0.9401,  # next:starts-lower
    -1.5885,  # next:starts-upper
    -2.3326,  # next:starts-digit
    -0.2839,  # next:starts-punctuation
    0.8161,  # next:starts-uncased
    1.0096,  # next:punctuation-only
    1.0013,  # next:short-unpunctuated
    0.9229,  # next:ends-sentence
    0.6654,  # next:chars<30
    -0.6441,  # next:chars>=120
    1.8418,  # after:continues
    -0.0351,  # after:starts-upper
    -0.0235,  # after:none
    0.1782,  # block:quote-open
    4.2426,  # block:bracket-open
    -0.2260,  # record:stops>=0.8
    0.0565,  # record:stops<0.5
    0.0364,  # record:short-lines>=0.5
    0.0000,  # record:hard-wrapped
    -1.2431,  # link-shape
    -0.9270,  # stop-then-link-shape
    -0.9814,  # list-shape
    -0.8318,  # long-unfinished-before-capital
    -3.9183,  # block:starts-lower
    -0.0628,  # after:ends-unpunctuated
    -1.1254,  # list-run
    0.6326,  # link-sandwich
    0.9428,  # record:continuations>=0.1
    0.5844,  # prev:last-word-lower
    0.6219,  # prev:last-word-capital
    0.4107,  # prev:inner-punctuation
    -0.2331,  # next:inner-punctuation
    -0.1772,  # short-pair
    1.4032,  # block:unpunctuated-run
    0.3101,  # record:link-lines>=0.03
    1.0976,  # record:link-lines>=0.1
    0.4256,  # link-shape-in-linked-record
    0.2118,  # unfinished-before-capital-in-linked-record
    -0.2910,  # link-shape-after-heading-position
    0.1330,  # record:link-line-inside-sentence
    -0.4087,  # unfinished-before-capital-in-sentence-linked-record
    0.7535,  # link-shape-in-sentence-linked-record
    0.8349,  # prev:long-unfinished
    1.0964,  # link-shape-after-long-unfinished
    1.5413,  # link-shape-before-punctuation
    0.6986,  # link-shape-then-sentence-end
    0.4410,  # next:longer-link-shape
    -1.2695,  # link-shape-echoes-prev
    -0.3962,  # record:breaks-before-links
    0.3844,  # link-shape-in-breaks-before-links-record
    0.5280,  # unfinished-before-capital-in-breaks-before-links-record
    -0.5739,  # link-shape-after-heading-position-in-other-record
    -0.9925,  # amount-after-unfinished
    0.7081,  # next:known-capital
    0.3684,  # unfinished-before-known-capital
    -0.6568,  # unfinished-before-capital-in-noun-record
    0.8592,  # long-unfinished-before-capital-in-noun-record
    1.1892,  # abbreviation-before-lower
    0.5486,  # prev:bracketed
    1.6348,  # next:bracketed
    -1.3454,  # prev:address
    -0.9663,  # next:address
    4.2742,  # colon-before-address
    7.6117,  # title-before-capital
    6.1373,  # quote-then-lower
    6.3889,  # next:post-link
    3.6508,  # latin-after-ideograph
    -1.0816,  # stop-then-uncased-link-shape
    2.3877,  # clause-then-short
)

VETO_BELOW: Final = 0.60
"""A join proposed by a rule is kept back when the join probability is below this."""
JOIN_FROM: Final = 0.75
"""A break the rules kept is joined when the join probability is at least this."""
