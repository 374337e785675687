"""The fitted weights of the repair's join model (generated: do not edit by hand).

Regenerate from the repository root with ``python tools/fit_repair.py --write`` (see
tools/README.md); the features are documented in docs/repair.md.
"""

from typing import Final

FEATURES_FINGERPRINT: Final = "a47c4bc311913edf"
DATA_FINGERPRINT: Final = "9a2cc356137f4eec"
EXAMPLES_FINGERPRINT: Final = "8152ddf62559247f"
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
    "possessive-before-capital",
)

WEIGHTS: Final = (
    -1.9342,  # bias
    2.7632,  # rule:punctuation-only-line
    2.8422,  # rule:opener-at-end
    4.9792,  # rule:closing-punctuation-start
    3.9671,  # rule:possessive-start
    0.8522,  # rule:closing-quote-start
    -1.2504,  # rule:ellipsis-continues
    0.0888,  # rule:lower-case-start
    -1.4439,  # rule:parenthesis-continues
    0.8816,  # rule:dash-continues
    -1.0778,  # rule:lower-case-after-stop
    2.1304,  # rule:function-word-at-end
    -4.0369,  # rule:open-bracket
    -1.7054,  # rule:link-text-line
    -0.1667,  # rule:uncased-mid-sentence
    0.0000,  # rule:hard-wrap
    -2.2994,  # rule:unfinished-before-capital
    -1.9439,  # rule:sentence-end
    -1.6112,  # prev:ends-full-stop
    -2.3212,  # prev:ends-other-stop
    -1.2253,  # prev:ends-colon
    -0.9589,  # prev:ends-semicolon
    4.1494,  # prev:ends-comma
    1.0297,  # prev:ends-unpunctuated
    -0.3443,  # prev:ends-closing-quote-or-bracket
    -0.4755,  # prev:ends-function-word
    0.3507,  # prev:chars<30
    0.2720,  # prev:chars<60
    -0.3621,  # prev:chars>=120
    0.5482,  # prev:words<=4
    0.4801,  # prev:heading-position
    -0.3563,  # prev:title-case
    1.0592,  # prev:ends-uncased-letter
    0.9317,  # next:starts-lower
    -1.5088,  # next:starts-upper
    -2.5077,  # next:starts-digit
    -0.4502,  # next:starts-punctuation
    0.6314,  # next:starts-uncased
    1.0730,  # next:punctuation-only
    1.0610,  # next:short-unpunctuated
    0.9970,  # next:ends-sentence
    0.6628,  # next:chars<30
    -0.5978,  # next:chars>=120
    2.0133,  # after:continues
    0.0710,  # after:starts-upper
    0.0462,  # after:none
    0.1718,  # block:quote-open
    4.1924,  # block:bracket-open
    -0.2935,  # record:stops>=0.8
    0.0834,  # record:stops<0.5
    -0.0006,  # record:short-lines>=0.5
    0.0000,  # record:hard-wrapped
    -1.3623,  # link-shape
    -0.9710,  # stop-then-link-shape
    -0.9911,  # list-shape
    -0.6477,  # long-unfinished-before-capital
    -3.9362,  # block:starts-lower
    -0.1372,  # after:ends-unpunctuated
    -1.0515,  # list-run
    0.3226,  # link-sandwich
    0.9341,  # record:continuations>=0.1
    0.6034,  # prev:last-word-lower
    0.5666,  # prev:last-word-capital
    0.3461,  # prev:inner-punctuation
    -0.1977,  # next:inner-punctuation
    -0.2263,  # short-pair
    1.4690,  # block:unpunctuated-run
    0.3133,  # record:link-lines>=0.03
    1.0581,  # record:link-lines>=0.1
    0.4167,  # link-shape-in-linked-record
    0.2442,  # unfinished-before-capital-in-linked-record
    -0.3932,  # link-shape-after-heading-position
    0.1554,  # record:link-line-inside-sentence
    -0.4659,  # unfinished-before-capital-in-sentence-linked-record
    0.7457,  # link-shape-in-sentence-linked-record
    0.8511,  # prev:long-unfinished
    0.8930,  # link-shape-after-long-unfinished
    1.5697,  # link-shape-before-punctuation
    0.6755,  # link-shape-then-sentence-end
    0.5349,  # next:longer-link-shape
    -1.3759,  # link-shape-echoes-prev
    -0.3881,  # record:breaks-before-links
    0.4339,  # link-shape-in-breaks-before-links-record
    0.5841,  # unfinished-before-capital-in-breaks-before-links-record
    -0.3816,  # link-shape-after-heading-position-in-other-record
    -1.1146,  # amount-after-unfinished
    0.6675,  # next:known-capital
    0.0101,  # unfinished-before-known-capital
    -0.6389,  # unfinished-before-capital-in-noun-record
    0.7385,  # long-unfinished-before-capital-in-noun-record
    1.2443,  # abbreviation-before-lower
    0.5523,  # prev:bracketed
    1.7213,  # next:bracketed
    -1.4298,  # prev:address
    -0.9602,  # next:address
    4.3733,  # colon-before-address
    7.6032,  # title-before-capital
    6.0577,  # quote-then-lower
    6.4128,  # next:post-link
    3.5448,  # latin-after-ideograph
    -1.0673,  # stop-then-uncased-link-shape
    2.2568,  # clause-then-short
    -1.5861,  # unfinished-before-common-word
    4.3604,  # phrase-said-together
    5.6635,  # possessive-before-capital
)

VETO_BELOW: Final = 0.55
"""A join proposed by a rule is kept back when the join probability is below this."""
JOIN_FROM: Final = 0.75
"""A break the rules kept is joined when the join probability is at least this."""
