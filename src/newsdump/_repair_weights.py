"""The fitted weights of the repair's join model (generated: do not edit by hand).

Regenerate from the repository root with ``python tools/fit_repair.py --write`` (see
tools/README.md); the features are documented in docs/repair.md.
"""

from typing import Final

FEATURES_FINGERPRINT: Final = "9690fe6a34895845"
DATA_FINGERPRINT: Final = "9a2cc356137f4eec"
EXAMPLES_FINGERPRINT: Final = "fd1e245581f1c20b"
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
)

WEIGHTS: Final = (
    -1.6178,  # bias
    2.9866,  # rule:punctuation-only-line
    1.6150,  # rule:opener-at-end
    5.1693,  # rule:closing-punctuation-start
    4.1280,  # rule:possessive-start
    1.0773,  # rule:closing-quote-start
    -1.3551,  # rule:ellipsis-continues
    0.3119,  # rule:lower-case-start
    -1.1515,  # rule:parenthesis-continues
    1.0988,  # rule:dash-continues
    -1.0091,  # rule:lower-case-after-stop
    2.0407,  # rule:function-word-at-end
    -4.2687,  # rule:open-bracket
    -1.8129,  # rule:link-text-line
    -1.5596,  # rule:uncased-mid-sentence
    0.0000,  # rule:hard-wrap
    -2.4060,  # rule:unfinished-before-capital
    -1.8833,  # rule:sentence-end
    -1.4314,  # prev:ends-full-stop
    -2.6078,  # prev:ends-other-stop
    -1.1028,  # prev:ends-colon
    -1.0057,  # prev:ends-semicolon
    3.8040,  # prev:ends-comma
    1.2069,  # prev:ends-unpunctuated
    -0.6184,  # prev:ends-closing-quote-or-bracket
    -0.3798,  # prev:ends-function-word
    -0.1410,  # prev:chars<30
    0.1829,  # prev:chars<60
    -0.3569,  # prev:chars>=120
    0.9380,  # prev:words<=4
    0.6623,  # prev:heading-position
    -0.3387,  # prev:title-case
    1.5670,  # prev:ends-uncased-letter
    1.0422,  # next:starts-lower
    -1.4321,  # next:starts-upper
    -2.0231,  # next:starts-digit
    -0.4009,  # next:starts-punctuation
    0.5264,  # next:starts-uncased
    1.0533,  # next:punctuation-only
    1.0310,  # next:short-unpunctuated
    0.8442,  # next:ends-sentence
    0.7838,  # next:chars<30
    -0.6306,  # next:chars>=120
    1.6267,  # after:continues
    -0.2800,  # after:starts-upper
    -0.2398,  # after:none
    0.1430,  # block:quote-open
    4.3231,  # block:bracket-open
    -0.2992,  # record:stops>=0.8
    0.0986,  # record:stops<0.5
    0.0351,  # record:short-lines>=0.5
    0.0000,  # record:hard-wrapped
    -1.2924,  # link-shape
    -1.1337,  # stop-then-link-shape
    -0.7326,  # list-shape
    -0.8023,  # long-unfinished-before-capital
    -4.0432,  # block:starts-lower
    -0.2018,  # after:ends-unpunctuated
    -1.1020,  # list-run
    0.5403,  # link-sandwich
    0.7983,  # record:continuations>=0.1
    0.3375,  # prev:last-word-lower
    0.3882,  # prev:last-word-capital
    0.3450,  # prev:inner-punctuation
    -0.2275,  # next:inner-punctuation
    -0.3363,  # short-pair
    1.3491,  # block:unpunctuated-run
    0.3040,  # record:link-lines>=0.03
    1.0486,  # record:link-lines>=0.1
    0.3347,  # link-shape-in-linked-record
    0.5513,  # unfinished-before-capital-in-linked-record
    -0.4726,  # link-shape-after-heading-position
    0.2481,  # record:link-line-inside-sentence
    -0.6202,  # unfinished-before-capital-in-sentence-linked-record
    0.7798,  # link-shape-in-sentence-linked-record
    0.7943,  # prev:long-unfinished
    1.0908,  # link-shape-after-long-unfinished
    1.5585,  # link-shape-before-punctuation
    0.5933,  # link-shape-then-sentence-end
    0.3316,  # next:longer-link-shape
    -1.2261,  # link-shape-echoes-prev
    -0.4603,  # record:breaks-before-links
    0.4163,  # link-shape-in-breaks-before-links-record
    0.4587,  # unfinished-before-capital-in-breaks-before-links-record
    -0.5553,  # link-shape-after-heading-position-in-other-record
    -0.5116,  # amount-after-unfinished
    0.7440,  # next:known-capital
    0.2007,  # unfinished-before-known-capital
    -0.6947,  # unfinished-before-capital-in-noun-record
    0.7929,  # long-unfinished-before-capital-in-noun-record
    1.2211,  # abbreviation-before-lower
    0.3807,  # prev:bracketed
    1.6151,  # next:bracketed
    -1.5042,  # prev:address
    -1.0546,  # next:address
    4.3480,  # colon-before-address
    7.4255,  # title-before-capital
    6.1443,  # quote-then-lower
    6.3824,  # next:post-link
)

VETO_BELOW: Final = 0.45
"""A join proposed by a rule is kept back when the join probability is below this."""
JOIN_FROM: Final = 0.75
"""A break the rules kept is joined when the join probability is at least this."""
