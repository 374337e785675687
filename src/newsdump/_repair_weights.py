"""The fitted weights of the repair's join model (generated: do not edit by hand).

Regenerate from the repository root with ``python tools/fit_repair.py --write`` (see
tools/README.md); the features are documented in docs/repair.md.
"""

from typing import Final

FEATURES_FINGERPRINT: Final = "eaa7de8611c06ed7"
DATA_FINGERPRINT: Final = "9a2cc356137f4eec"
EXAMPLES_FINGERPRINT: Final = "123098fa90554a1c"
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
    -1.7898,  # bias
    2.8743,  # rule:punctuation-only-line
    2.0901,  # rule:opener-at-end
    5.0223,  # rule:closing-punctuation-start
    4.0253,  # rule:possessive-start
    0.9676,  # rule:closing-quote-start
    -1.3326,  # rule:ellipsis-continues
    0.2870,  # rule:lower-case-start
    -1.3317,  # rule:parenthesis-continues
    0.9454,  # rule:dash-continues
    -0.9946,  # rule:lower-case-after-stop
    2.1664,  # rule:function-word-at-end
    -4.2968,  # rule:open-bracket
    -1.7873,  # rule:link-text-line
    -1.1191,  # rule:uncased-mid-sentence
    0.0000,  # rule:hard-wrap
    -2.3353,  # rule:unfinished-before-capital
    -1.9476,  # rule:sentence-end
    -1.4848,  # prev:ends-full-stop
    -2.7449,  # prev:ends-other-stop
    -1.0565,  # prev:ends-colon
    -1.0032,  # prev:ends-semicolon
    3.8405,  # prev:ends-comma
    1.1712,  # prev:ends-unpunctuated
    -0.5398,  # prev:ends-closing-quote-or-bracket
    -0.4254,  # prev:ends-function-word
    0.0955,  # prev:chars<30
    0.2238,  # prev:chars<60
    -0.3548,  # prev:chars>=120
    0.7327,  # prev:words<=4
    0.5698,  # prev:heading-position
    -0.3027,  # prev:title-case
    0.9854,  # prev:ends-uncased-letter
    0.9888,  # next:starts-lower
    -1.5692,  # next:starts-upper
    -2.3709,  # next:starts-digit
    -0.3129,  # next:starts-punctuation
    1.0772,  # next:starts-uncased
    1.0593,  # next:punctuation-only
    0.9941,  # next:short-unpunctuated
    0.8673,  # next:ends-sentence
    0.7611,  # next:chars<30
    -0.6449,  # next:chars>=120
    1.7056,  # after:continues
    -0.1794,  # after:starts-upper
    -0.1707,  # after:none
    0.1243,  # block:quote-open
    4.3461,  # block:bracket-open
    -0.2753,  # record:stops>=0.8
    0.1072,  # record:stops<0.5
    0.0246,  # record:short-lines>=0.5
    0.0000,  # record:hard-wrapped
    -1.3120,  # link-shape
    -1.0409,  # stop-then-link-shape
    -0.8484,  # list-shape
    -0.8185,  # long-unfinished-before-capital
    -3.9319,  # block:starts-lower
    -0.1487,  # after:ends-unpunctuated
    -1.0967,  # list-run
    0.5942,  # link-sandwich
    0.9073,  # record:continuations>=0.1
    0.4102,  # prev:last-word-lower
    0.4617,  # prev:last-word-capital
    0.3995,  # prev:inner-punctuation
    -0.2031,  # next:inner-punctuation
    -0.2746,  # short-pair
    1.2888,  # block:unpunctuated-run
    0.2465,  # record:link-lines>=0.03
    1.0000,  # record:link-lines>=0.1
    0.4100,  # link-shape-in-linked-record
    0.4415,  # unfinished-before-capital-in-linked-record
    -0.4112,  # link-shape-after-heading-position
    0.2557,  # record:link-line-inside-sentence
    -0.5200,  # unfinished-before-capital-in-sentence-linked-record
    0.8233,  # link-shape-in-sentence-linked-record
    0.7847,  # prev:long-unfinished
    1.0931,  # link-shape-after-long-unfinished
    1.5007,  # link-shape-before-punctuation
    0.7100,  # link-shape-then-sentence-end
    0.3920,  # next:longer-link-shape
    -1.2257,  # link-shape-echoes-prev
    -0.4296,  # record:breaks-before-links
    0.3719,  # link-shape-in-breaks-before-links-record
    0.4605,  # unfinished-before-capital-in-breaks-before-links-record
    -0.6222,  # link-shape-after-heading-position-in-other-record
    -0.8880,  # amount-after-unfinished
    0.7971,  # next:known-capital
    0.1858,  # unfinished-before-known-capital
    -0.7232,  # unfinished-before-capital-in-noun-record
    0.8624,  # long-unfinished-before-capital-in-noun-record
    1.1968,  # abbreviation-before-lower
    0.4344,  # prev:bracketed
    1.6172,  # next:bracketed
    -1.4346,  # prev:address
    -1.0877,  # next:address
    4.3886,  # colon-before-address
    7.4934,  # title-before-capital
    6.0169,  # quote-then-lower
    6.4984,  # next:post-link
    3.6344,  # latin-in-uncased-sentence
)

VETO_BELOW: Final = 0.55
"""A join proposed by a rule is kept back when the join probability is below this."""
JOIN_FROM: Final = 0.75
"""A break the rules kept is joined when the join probability is at least this."""
