"""The fitted weights of the repair's join model (generated: do not edit by hand).

Regenerate from the repository root with ``python tools/fit_repair.py --write`` (see
tools/README.md); the features are documented in docs/repair.md.
"""

from typing import Final

FEATURES_FINGERPRINT: Final = "eaa7de8611c06ed7"
DATA_FINGERPRINT: Final = "9a2cc356137f4eec"
EXAMPLES_FINGERPRINT: Final = "f0d79fc9b604d653"
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
    "latin-in-uncased-sentence",
)

WEIGHTS: Final = (
    -1.7414,  # bias
    2.8968,  # rule:punctuation-only-line
    1.7497,  # rule:opener-at-end
    5.0550,  # rule:closing-punctuation-start
    4.0540,  # rule:possessive-start
    1.0020,  # rule:closing-quote-start
    -1.4662,  # rule:ellipsis-continues
    0.3014,  # rule:lower-case-start
    -1.2839,  # rule:parenthesis-continues
    0.9889,  # rule:dash-continues
    -1.0193,  # rule:lower-case-after-stop
    2.1572,  # rule:function-word-at-end
    -4.2658,  # rule:open-bracket
    -1.7775,  # rule:link-text-line
    -1.1250,  # rule:uncased-mid-sentence
    0.0000,  # rule:hard-wrap
    -2.3622,  # rule:unfinished-before-capital
    -1.9294,  # rule:sentence-end
    -1.4561,  # prev:ends-full-stop
    -2.7584,  # prev:ends-other-stop
    -1.0816,  # prev:ends-colon
    -1.0146,  # prev:ends-semicolon
    3.8416,  # prev:ends-comma
    1.1756,  # prev:ends-unpunctuated
    -0.5485,  # prev:ends-closing-quote-or-bracket
    -0.4268,  # prev:ends-function-word
    0.1126,  # prev:chars<30
    0.2253,  # prev:chars<60
    -0.3702,  # prev:chars>=120
    0.7376,  # prev:words<=4
    0.5865,  # prev:heading-position
    -0.3212,  # prev:title-case
    0.9851,  # prev:ends-uncased-letter
    0.9992,  # next:starts-lower
    -1.5415,  # next:starts-upper
    -2.3480,  # next:starts-digit
    -0.3323,  # next:starts-punctuation
    1.0567,  # next:starts-uncased
    1.0396,  # next:punctuation-only
    0.9841,  # next:short-unpunctuated
    0.8454,  # next:ends-sentence
    0.7902,  # next:chars<30
    -0.6574,  # next:chars>=120
    1.6987,  # after:continues
    -0.1821,  # after:starts-upper
    -0.1502,  # after:none
    0.1267,  # block:quote-open
    4.3556,  # block:bracket-open
    -0.2711,  # record:stops>=0.8
    0.0852,  # record:stops<0.5
    0.0233,  # record:short-lines>=0.5
    0.0000,  # record:hard-wrapped
    -1.3260,  # link-shape
    -1.0905,  # stop-then-link-shape
    -0.8632,  # list-shape
    -0.8439,  # long-unfinished-before-capital
    -3.9583,  # block:starts-lower
    -0.1477,  # after:ends-unpunctuated
    -1.0897,  # list-run
    0.5771,  # link-sandwich
    0.8668,  # record:continuations>=0.1
    0.3993,  # prev:last-word-lower
    0.4363,  # prev:last-word-capital
    0.4121,  # prev:inner-punctuation
    -0.2123,  # next:inner-punctuation
    -0.2988,  # short-pair
    1.2900,  # block:unpunctuated-run
    0.2535,  # record:link-lines>=0.03
    1.0149,  # record:link-lines>=0.1
    0.3976,  # link-shape-in-linked-record
    0.4512,  # unfinished-before-capital-in-linked-record
    -0.4097,  # link-shape-after-heading-position
    0.2718,  # record:link-line-inside-sentence
    -0.5352,  # unfinished-before-capital-in-sentence-linked-record
    0.8045,  # link-shape-in-sentence-linked-record
    0.7766,  # prev:long-unfinished
    1.1061,  # link-shape-after-long-unfinished
    1.4991,  # link-shape-before-punctuation
    0.7013,  # link-shape-then-sentence-end
    0.3696,  # next:longer-link-shape
    -1.2339,  # link-shape-echoes-prev
    -0.4540,  # record:breaks-before-links
    0.4057,  # link-shape-in-breaks-before-links-record
    0.4870,  # unfinished-before-capital-in-breaks-before-links-record
    -0.5970,  # link-shape-after-heading-position-in-other-record
    -0.8493,  # amount-after-unfinished
    0.7803,  # next:known-capital
    0.1904,  # unfinished-before-known-capital
    -0.6762,  # unfinished-before-capital-in-noun-record
    0.8461,  # long-unfinished-before-capital-in-noun-record
    1.1964,  # abbreviation-before-lower
    0.4178,  # prev:bracketed
    1.5817,  # next:bracketed
    -1.4365,  # prev:address
    -1.0590,  # next:address
    4.3707,  # colon-before-address
    7.4850,  # title-before-capital
    6.0644,  # quote-then-lower
    6.4733,  # next:post-link
    3.5950,  # latin-in-uncased-sentence
)

VETO_BELOW: Final = 0.55
"""A join proposed by a rule is kept back when the join probability is below this."""
JOIN_FROM: Final = 0.75
"""A break the rules kept is joined when the join probability is at least this."""
