"""The fitted weights of the repair's join model (generated: do not edit by hand).

Regenerate from the repository root with ``python tools/fit_repair.py --write`` (see
tools/README.md); the features are documented in docs/repair.md.
"""

from typing import Final

FEATURES_FINGERPRINT: Final = "c411bfdd18c6a9d3"
DATA_FINGERPRINT: Final = "9a2cc356137f4eec"
EXAMPLES_FINGERPRINT: Final = "6200d13c1e0ebbf7"
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
    "rule:command-line",
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
    "possessive-before-capital",
    "goes-on-after",
)

WEIGHTS: Final = (
    -1.9388,  # bias
    2.8197,  # rule:punctuation-only-line
    2.8424,  # rule:opener-at-end
    5.0321,  # rule:closing-punctuation-start
    3.9863,  # rule:possessive-start
    0.9129,  # rule:closing-quote-start
    -1.2091,  # rule:ellipsis-continues
    0.1559,  # rule:lower-case-start
    -2.3617,  # rule:parenthesis-continues
    0.1605,  # rule:dash-continues
    -1.0660,  # rule:lower-case-after-stop
    -6.8592,  # rule:command-line
    2.3060,  # rule:function-word-at-end
    -4.0143,  # rule:open-bracket
    -1.7101,  # rule:link-text-line
    -0.1455,  # rule:uncased-mid-sentence
    0.0000,  # rule:hard-wrap
    -2.2922,  # rule:unfinished-before-capital
    -1.9568,  # rule:sentence-end
    -1.6106,  # prev:ends-full-stop
    -2.3078,  # prev:ends-other-stop
    -1.2268,  # prev:ends-colon
    -1.0107,  # prev:ends-semicolon
    4.1079,  # prev:ends-comma
    1.0311,  # prev:ends-unpunctuated
    -0.3627,  # prev:ends-closing-quote-or-bracket
    -0.6150,  # prev:ends-function-word
    0.3715,  # prev:chars<30
    0.2853,  # prev:chars<60
    -0.3470,  # prev:chars>=120
    0.5679,  # prev:words<=4
    0.4718,  # prev:heading-position
    -0.3702,  # prev:title-case
    1.0237,  # prev:ends-uncased-letter
    0.9309,  # next:starts-lower
    -1.4998,  # next:starts-upper
    -2.5045,  # next:starts-digit
    -0.4579,  # next:starts-punctuation
    0.5967,  # next:starts-uncased
    1.0811,  # next:punctuation-only
    1.1330,  # next:short-unpunctuated
    1.0083,  # next:ends-sentence
    0.6108,  # next:chars<30
    -0.6187,  # next:chars>=120
    2.0159,  # after:continues
    0.0378,  # after:starts-upper
    0.0494,  # after:none
    0.1535,  # block:quote-open
    4.1628,  # block:bracket-open
    -0.3161,  # record:stops>=0.8
    0.0825,  # record:stops<0.5
    -0.0040,  # record:short-lines>=0.5
    0.0000,  # record:hard-wrapped
    -1.3319,  # link-shape
    -1.0339,  # stop-then-link-shape
    -0.9859,  # list-shape
    -0.6375,  # long-unfinished-before-capital
    -3.9955,  # block:starts-lower
    -0.1246,  # after:ends-unpunctuated
    -1.0580,  # list-run
    0.2492,  # link-sandwich
    0.9370,  # record:continuations>=0.1
    0.5618,  # prev:last-word-lower
    0.5121,  # prev:last-word-capital
    0.3468,  # prev:inner-punctuation
    -0.1999,  # next:inner-punctuation
    -0.2235,  # short-pair
    1.4569,  # block:unpunctuated-run
    0.3052,  # record:link-lines>=0.03
    1.0423,  # record:link-lines>=0.1
    0.4357,  # link-shape-in-linked-record
    0.2636,  # unfinished-before-capital-in-linked-record
    -0.3770,  # link-shape-after-heading-position
    0.1797,  # record:link-line-inside-sentence
    -0.4967,  # unfinished-before-capital-in-sentence-linked-record
    0.7373,  # link-shape-in-sentence-linked-record
    0.8575,  # prev:long-unfinished
    0.8840,  # link-shape-after-long-unfinished
    1.5637,  # link-shape-before-punctuation
    0.6784,  # link-shape-then-sentence-end
    0.5487,  # next:longer-link-shape
    -1.3282,  # link-shape-echoes-prev
    -0.4004,  # record:breaks-before-links
    0.4247,  # link-shape-in-breaks-before-links-record
    0.5944,  # unfinished-before-capital-in-breaks-before-links-record
    -0.4123,  # link-shape-after-heading-position-in-other-record
    -1.0733,  # amount-after-unfinished
    0.6640,  # next:known-capital
    0.0118,  # unfinished-before-known-capital
    -0.6355,  # unfinished-before-capital-in-noun-record
    0.7449,  # long-unfinished-before-capital-in-noun-record
    1.2305,  # abbreviation-before-lower
    0.6564,  # prev:bracketed
    2.1305,  # next:bracketed
    -1.4226,  # prev:address
    -1.0039,  # next:address
    4.3768,  # colon-before-address
    7.6065,  # title-before-capital
    6.1463,  # quote-then-lower
    6.4181,  # next:post-link
    3.5025,  # latin-after-ideograph
    -1.0692,  # stop-then-uncased-link-shape
    2.2550,  # clause-then-short
    -1.5571,  # unfinished-before-common-word
    4.0768,  # phrase-said-together
    5.6815,  # possessive-before-capital
    4.1636,  # goes-on-after
)

VETO_BELOW: Final = 0.55
"""A join proposed by a rule is kept back when the join probability is below this."""
JOIN_FROM: Final = 0.75
"""A break the rules kept is joined when the join probability is at least this."""
