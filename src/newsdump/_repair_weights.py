"""The fitted weights of the repair's join model (generated: do not edit by hand).

Regenerate from the repository root with ``python tools/fit_repair.py --write`` (see
tools/README.md); the features are documented in docs/repair.md.
"""

from typing import Final

FEATURES_FINGERPRINT: Final = "3ac2d69b01bcf67d"
DATA_FINGERPRINT: Final = "9a2cc356137f4eec"
EXAMPLES_FINGERPRINT: Final = "7d350f4e85136369"
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
    "unfinished-before-common-word",
    "phrase-said-together",
)

WEIGHTS: Final = (
    -1.9435,  # bias
    2.7442,  # rule:punctuation-only-line
    2.8409,  # rule:opener-at-end
    4.9872,  # rule:closing-punctuation-start
    3.9548,  # rule:possessive-start
    0.8533,  # rule:closing-quote-start
    -1.2503,  # rule:ellipsis-continues
    0.0852,  # rule:lower-case-start
    -1.4579,  # rule:parenthesis-continues
    0.8762,  # rule:dash-continues
    -1.0749,  # rule:lower-case-after-stop
    2.1190,  # rule:function-word-at-end
    -3.9634,  # rule:open-bracket
    -1.7375,  # rule:link-text-line
    -0.1670,  # rule:uncased-mid-sentence
    0.0000,  # rule:hard-wrap
    -2.2967,  # rule:unfinished-before-capital
    -1.9457,  # rule:sentence-end
    -1.6160,  # prev:ends-full-stop
    -2.3097,  # prev:ends-other-stop
    -1.2236,  # prev:ends-colon
    -0.9527,  # prev:ends-semicolon
    4.1499,  # prev:ends-comma
    1.0231,  # prev:ends-unpunctuated
    -0.3485,  # prev:ends-closing-quote-or-bracket
    -0.4756,  # prev:ends-function-word
    0.3594,  # prev:chars<30
    0.2735,  # prev:chars<60
    -0.3713,  # prev:chars>=120
    0.5370,  # prev:words<=4
    0.4823,  # prev:heading-position
    -0.3355,  # prev:title-case
    1.0768,  # prev:ends-uncased-letter
    0.9220,  # next:starts-lower
    -1.5086,  # next:starts-upper
    -2.5218,  # next:starts-digit
    -0.4545,  # next:starts-punctuation
    0.6431,  # next:starts-uncased
    1.0798,  # next:punctuation-only
    1.0632,  # next:short-unpunctuated
    0.9993,  # next:ends-sentence
    0.6519,  # next:chars<30
    -0.5966,  # next:chars>=120
    2.0446,  # after:continues
    0.0728,  # after:starts-upper
    0.0385,  # after:none
    0.1721,  # block:quote-open
    4.1847,  # block:bracket-open
    -0.2843,  # record:stops>=0.8
    0.0876,  # record:stops<0.5
    -0.0003,  # record:short-lines>=0.5
    0.0000,  # record:hard-wrapped
    -1.3366,  # link-shape
    -0.9536,  # stop-then-link-shape
    -0.9947,  # list-shape
    -0.6650,  # long-unfinished-before-capital
    -3.9512,  # block:starts-lower
    -0.1486,  # after:ends-unpunctuated
    -1.0670,  # list-run
    0.3461,  # link-sandwich
    0.9426,  # record:continuations>=0.1
    0.6118,  # prev:last-word-lower
    0.6019,  # prev:last-word-capital
    0.3713,  # prev:inner-punctuation
    -0.2153,  # next:inner-punctuation
    -0.2190,  # short-pair
    1.4747,  # block:unpunctuated-run
    0.3011,  # record:link-lines>=0.03
    1.0688,  # record:link-lines>=0.1
    0.4456,  # link-shape-in-linked-record
    0.2481,  # unfinished-before-capital-in-linked-record
    -0.3182,  # link-shape-after-heading-position
    0.1662,  # record:link-line-inside-sentence
    -0.4521,  # unfinished-before-capital-in-sentence-linked-record
    0.6853,  # link-shape-in-sentence-linked-record
    0.8530,  # prev:long-unfinished
    0.9757,  # link-shape-after-long-unfinished
    1.5271,  # link-shape-before-punctuation
    0.6602,  # link-shape-then-sentence-end
    0.5086,  # next:longer-link-shape
    -1.3858,  # link-shape-echoes-prev
    -0.3904,  # record:breaks-before-links
    0.4029,  # link-shape-in-breaks-before-links-record
    0.5749,  # unfinished-before-capital-in-breaks-before-links-record
    -0.5046,  # link-shape-after-heading-position-in-other-record
    -1.1357,  # amount-after-unfinished
    0.6548,  # next:known-capital
    0.0495,  # unfinished-before-known-capital
    -0.6844,  # unfinished-before-capital-in-noun-record
    0.7591,  # long-unfinished-before-capital-in-noun-record
    1.2279,  # abbreviation-before-lower
    0.5591,  # prev:bracketed
    1.7345,  # next:bracketed
    -1.4158,  # prev:address
    -0.9718,  # next:address
    4.3889,  # colon-before-address
    7.5916,  # title-before-capital
    6.0584,  # quote-then-lower
    6.4260,  # next:post-link
    3.5630,  # latin-after-ideograph
    -1.0612,  # stop-then-uncased-link-shape
    2.2616,  # clause-then-short
    -1.5643,  # unfinished-before-common-word
    4.3269,  # phrase-said-together
)

VETO_BELOW: Final = 0.55
"""A join proposed by a rule is kept back when the join probability is below this."""
JOIN_FROM: Final = 0.75
"""A break the rules kept is joined when the join probability is at least this."""
