"""The fitted weights of the repair's join model (generated: do not edit by hand).

Regenerate from the repository root with ``python tools/fit_repair.py --write`` (see
tools/README.md); the features are documented in docs/repair.md.
"""

from typing import Final

FEATURES_FINGERPRINT: Final = "eaa7de8611c06ed7"
DATA_FINGERPRINT: Final = "9a2cc356137f4eec"
EXAMPLES_FINGERPRINT: Final = "3f52176af869e958"
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
    -1.7922,  # bias
    2.8748,  # rule:punctuation-only-line
    2.0899,  # rule:opener-at-end
    5.0210,  # rule:closing-punctuation-start
    4.0254,  # rule:possessive-start
    0.9641,  # rule:closing-quote-start
    -1.3328,  # rule:ellipsis-continues
    0.2879,  # rule:lower-case-start
    -1.3334,  # rule:parenthesis-continues
    0.9443,  # rule:dash-continues
    -0.9924,  # rule:lower-case-after-stop
    2.1680,  # rule:function-word-at-end
    -4.2395,  # rule:open-bracket
    -1.7887,  # rule:link-text-line
    -1.1258,  # rule:uncased-mid-sentence
    0.0000,  # rule:hard-wrap
    -2.3342,  # rule:unfinished-before-capital
    -1.9488,  # rule:sentence-end
    -1.4856,  # prev:ends-full-stop
    -2.7486,  # prev:ends-other-stop
    -1.0566,  # prev:ends-colon
    -1.0051,  # prev:ends-semicolon
    3.8467,  # prev:ends-comma
    1.1707,  # prev:ends-unpunctuated
    -0.5400,  # prev:ends-closing-quote-or-bracket
    -0.4221,  # prev:ends-function-word
    0.0993,  # prev:chars<30
    0.2273,  # prev:chars<60
    -0.3536,  # prev:chars>=120
    0.7343,  # prev:words<=4
    0.5740,  # prev:heading-position
    -0.3151,  # prev:title-case
    0.9858,  # prev:ends-uncased-letter
    0.9885,  # next:starts-lower
    -1.5724,  # next:starts-upper
    -2.3679,  # next:starts-digit
    -0.3107,  # next:starts-punctuation
    1.0828,  # next:starts-uncased
    1.0578,  # next:punctuation-only
    0.9911,  # next:short-unpunctuated
    0.8708,  # next:ends-sentence
    0.7623,  # next:chars<30
    -0.6466,  # next:chars>=120
    1.7076,  # after:continues
    -0.1778,  # after:starts-upper
    -0.1827,  # after:none
    0.1228,  # block:quote-open
    4.3470,  # block:bracket-open
    -0.2767,  # record:stops>=0.8
    0.1068,  # record:stops<0.5
    0.0207,  # record:short-lines>=0.5
    0.0000,  # record:hard-wrapped
    -1.3082,  # link-shape
    -1.0407,  # stop-then-link-shape
    -0.8530,  # list-shape
    -0.8149,  # long-unfinished-before-capital
    -3.9315,  # block:starts-lower
    -0.1445,  # after:ends-unpunctuated
    -1.0981,  # list-run
    0.5961,  # link-sandwich
    0.9042,  # record:continuations>=0.1
    0.4069,  # prev:last-word-lower
    0.4585,  # prev:last-word-capital
    0.4016,  # prev:inner-punctuation
    -0.2023,  # next:inner-punctuation
    -0.2761,  # short-pair
    1.2961,  # block:unpunctuated-run
    0.2462,  # record:link-lines>=0.03
    1.0079,  # record:link-lines>=0.1
    0.4100,  # link-shape-in-linked-record
    0.4399,  # unfinished-before-capital-in-linked-record
    -0.4046,  # link-shape-after-heading-position
    0.2551,  # record:link-line-inside-sentence
    -0.5306,  # unfinished-before-capital-in-sentence-linked-record
    0.8222,  # link-shape-in-sentence-linked-record
    0.7851,  # prev:long-unfinished
    1.0887,  # link-shape-after-long-unfinished
    1.4998,  # link-shape-before-punctuation
    0.7127,  # link-shape-then-sentence-end
    0.3944,  # next:longer-link-shape
    -1.2291,  # link-shape-echoes-prev
    -0.4293,  # record:breaks-before-links
    0.3702,  # link-shape-in-breaks-before-links-record
    0.4577,  # unfinished-before-capital-in-breaks-before-links-record
    -0.6286,  # link-shape-after-heading-position-in-other-record
    -0.8837,  # amount-after-unfinished
    0.7981,  # next:known-capital
    0.1889,  # unfinished-before-known-capital
    -0.7086,  # unfinished-before-capital-in-noun-record
    0.8488,  # long-unfinished-before-capital-in-noun-record
    1.1928,  # abbreviation-before-lower
    0.4412,  # prev:bracketed
    1.6187,  # next:bracketed
    -1.4384,  # prev:address
    -1.0777,  # next:address
    4.3874,  # colon-before-address
    7.4984,  # title-before-capital
    6.0167,  # quote-then-lower
    6.4940,  # next:post-link
    3.6380,  # latin-in-uncased-sentence
)

VETO_BELOW: Final = 0.55
"""A join proposed by a rule is kept back when the join probability is below this."""
JOIN_FROM: Final = 0.75
"""A break the rules kept is joined when the join probability is at least this."""
