"""The fitted weights of the repair's join model (generated: do not edit by hand).

Regenerate from the repository root with ``python tools/fit_repair.py --write`` (see
tools/README.md); the features are documented in docs/repair.md.
"""

from typing import Final

FEATURES_FINGERPRINT: Final = "b6f5ce817071de7f"
DATA_FINGERPRINT: Final = "9a2cc356137f4eec"
EXAMPLES_FINGERPRINT: Final = "4c5d54aa6ae42d71"
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
    -1.9082,  # bias
    2.7899,  # rule:punctuation-only-line
    2.1284,  # rule:opener-at-end
    4.9653,  # rule:closing-punctuation-start
    3.9416,  # rule:possessive-start
    0.8162,  # rule:closing-quote-start
    -1.4059,  # rule:ellipsis-continues
    0.2405,  # rule:lower-case-start
    -1.4501,  # rule:parenthesis-continues
    0.8524,  # rule:dash-continues
    -1.0052,  # rule:lower-case-after-stop
    2.1371,  # rule:function-word-at-end
    -4.1898,  # rule:open-bracket
    -1.8858,  # rule:link-text-line
    -0.2690,  # rule:uncased-mid-sentence
    0.0000,  # rule:hard-wrap
    -2.4107,  # rule:unfinished-before-capital
    -1.9306,  # rule:sentence-end
    -1.5657,  # prev:ends-full-stop
    -2.3758,  # prev:ends-other-stop
    -1.1169,  # prev:ends-colon
    -0.9000,  # prev:ends-semicolon
    3.9471,  # prev:ends-comma
    1.0172,  # prev:ends-unpunctuated
    -0.4025,  # prev:ends-closing-quote-or-bracket
    -0.4783,  # prev:ends-function-word
    0.2953,  # prev:chars<30
    0.2067,  # prev:chars<60
    -0.3987,  # prev:chars>=120
    0.5240,  # prev:words<=4
    0.4752,  # prev:heading-position
    -0.2716,  # prev:title-case
    1.1052,  # prev:ends-uncased-letter
    0.9427,  # next:starts-lower
    -1.5923,  # next:starts-upper
    -2.3301,  # next:starts-digit
    -0.2813,  # next:starts-punctuation
    0.8181,  # next:starts-uncased
    1.0766,  # next:punctuation-only
    0.9931,  # next:short-unpunctuated
    0.9110,  # next:ends-sentence
    0.6769,  # next:chars<30
    -0.6440,  # next:chars>=120
    1.8348,  # after:continues
    -0.0375,  # after:starts-upper
    -0.0298,  # after:none
    0.1773,  # block:quote-open
    4.2483,  # block:bracket-open
    -0.2245,  # record:stops>=0.8
    0.0599,  # record:stops<0.5
    0.0365,  # record:short-lines>=0.5
    0.0000,  # record:hard-wrapped
    -1.2436,  # link-shape
    -0.9291,  # stop-then-link-shape
    -0.9818,  # list-shape
    -0.8262,  # long-unfinished-before-capital
    -3.9114,  # block:starts-lower
    -0.0629,  # after:ends-unpunctuated
    -1.1275,  # list-run
    0.6384,  # link-sandwich
    0.9446,  # record:continuations>=0.1
    0.5737,  # prev:last-word-lower
    0.6200,  # prev:last-word-capital
    0.4164,  # prev:inner-punctuation
    -0.2271,  # next:inner-punctuation
    -0.1908,  # short-pair
    1.4085,  # block:unpunctuated-run
    0.3065,  # record:link-lines>=0.03
    1.0951,  # record:link-lines>=0.1
    0.4319,  # link-shape-in-linked-record
    0.2174,  # unfinished-before-capital-in-linked-record
    -0.2906,  # link-shape-after-heading-position
    0.1322,  # record:link-line-inside-sentence
    -0.4132,  # unfinished-before-capital-in-sentence-linked-record
    0.7491,  # link-shape-in-sentence-linked-record
    0.8404,  # prev:long-unfinished
    1.0858,  # link-shape-after-long-unfinished
    1.5389,  # link-shape-before-punctuation
    0.6993,  # link-shape-then-sentence-end
    0.4440,  # next:longer-link-shape
    -1.2654,  # link-shape-echoes-prev
    -0.3984,  # record:breaks-before-links
    0.3883,  # link-shape-in-breaks-before-links-record
    0.5326,  # unfinished-before-capital-in-breaks-before-links-record
    -0.5672,  # link-shape-after-heading-position-in-other-record
    -0.9900,  # amount-after-unfinished
    0.7107,  # next:known-capital
    0.3318,  # unfinished-before-known-capital
    -0.6436,  # unfinished-before-capital-in-noun-record
    0.8516,  # long-unfinished-before-capital-in-noun-record
    1.1873,  # abbreviation-before-lower
    0.5544,  # prev:bracketed
    1.6296,  # next:bracketed
    -1.3435,  # prev:address
    -0.9636,  # next:address
    4.2765,  # colon-before-address
    7.6018,  # title-before-capital
    6.1352,  # quote-then-lower
    6.3882,  # next:post-link
    3.6487,  # latin-after-ideograph
    -1.0823,  # stop-then-uncased-link-shape
    2.3800,  # clause-then-short
)

VETO_BELOW: Final = 0.55
"""A join proposed by a rule is kept back when the join probability is below this."""
JOIN_FROM: Final = 0.75
"""A break the rules kept is joined when the join probability is at least this."""
