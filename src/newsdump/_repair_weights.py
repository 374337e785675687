"""The fitted weights of the repair's join model (generated: do not edit by hand).

Regenerate from the repository root with ``python tools/fit_repair.py --write`` (see
tools/README.md); the features are documented in docs/repair.md.
"""

from typing import Final

FEATURES_FINGERPRINT: Final = "b6f5ce817071de7f"
DATA_FINGERPRINT: Final = "9a2cc356137f4eec"
EXAMPLES_FINGERPRINT: Final = "64e4999ce2815210"
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
    -1.9094,  # bias
    2.7535,  # rule:punctuation-only-line
    2.1224,  # rule:opener-at-end
    4.9737,  # rule:closing-punctuation-start
    3.9374,  # rule:possessive-start
    0.8123,  # rule:closing-quote-start
    -1.4115,  # rule:ellipsis-continues
    0.2368,  # rule:lower-case-start
    -1.4568,  # rule:parenthesis-continues
    0.8458,  # rule:dash-continues
    -0.9963,  # rule:lower-case-after-stop
    2.1309,  # rule:function-word-at-end
    -4.1973,  # rule:open-bracket
    -1.8928,  # rule:link-text-line
    -0.2776,  # rule:uncased-mid-sentence
    0.0000,  # rule:hard-wrap
    -2.4171,  # rule:unfinished-before-capital
    -1.9251,  # rule:sentence-end
    -1.5691,  # prev:ends-full-stop
    -2.3865,  # prev:ends-other-stop
    -1.1205,  # prev:ends-colon
    -0.9045,  # prev:ends-semicolon
    3.9541,  # prev:ends-comma
    1.0236,  # prev:ends-unpunctuated
    -0.4019,  # prev:ends-closing-quote-or-bracket
    -0.4791,  # prev:ends-function-word
    0.2938,  # prev:chars<30
    0.2063,  # prev:chars<60
    -0.3996,  # prev:chars>=120
    0.5259,  # prev:words<=4
    0.4753,  # prev:heading-position
    -0.2719,  # prev:title-case
    1.1040,  # prev:ends-uncased-letter
    0.9408,  # next:starts-lower
    -1.5923,  # next:starts-upper
    -2.3301,  # next:starts-digit
    -0.2807,  # next:starts-punctuation
    0.8194,  # next:starts-uncased
    1.0063,  # next:punctuation-only
    0.9952,  # next:short-unpunctuated
    0.9117,  # next:ends-sentence
    0.6759,  # next:chars<30
    -0.6435,  # next:chars>=120
    1.8355,  # after:continues
    -0.0375,  # after:starts-upper
    -0.0324,  # after:none
    0.1770,  # block:quote-open
    4.2490,  # block:bracket-open
    -0.2248,  # record:stops>=0.8
    0.0600,  # record:stops<0.5
    0.0362,  # record:short-lines>=0.5
    0.0000,  # record:hard-wrapped
    -1.2431,  # link-shape
    -0.9296,  # stop-then-link-shape
    -0.9828,  # list-shape
    -0.8259,  # long-unfinished-before-capital
    -3.9137,  # block:starts-lower
    -0.0629,  # after:ends-unpunctuated
    -1.1273,  # list-run
    0.6377,  # link-sandwich
    0.9435,  # record:continuations>=0.1
    0.5748,  # prev:last-word-lower
    0.6205,  # prev:last-word-capital
    0.4159,  # prev:inner-punctuation
    -0.2274,  # next:inner-punctuation
    -0.1895,  # short-pair
    1.4098,  # block:unpunctuated-run
    0.3086,  # record:link-lines>=0.03
    1.0972,  # record:link-lines>=0.1
    0.4314,  # link-shape-in-linked-record
    0.2154,  # unfinished-before-capital-in-linked-record
    -0.2910,  # link-shape-after-heading-position
    0.1304,  # record:link-line-inside-sentence
    -0.4113,  # unfinished-before-capital-in-sentence-linked-record
    0.7497,  # link-shape-in-sentence-linked-record
    0.8419,  # prev:long-unfinished
    1.0853,  # link-shape-after-long-unfinished
    1.5390,  # link-shape-before-punctuation
    0.6994,  # link-shape-then-sentence-end
    0.4446,  # next:longer-link-shape
    -1.2656,  # link-shape-echoes-prev
    -0.3990,  # record:breaks-before-links
    0.3878,  # link-shape-in-breaks-before-links-record
    0.5328,  # unfinished-before-capital-in-breaks-before-links-record
    -0.5681,  # link-shape-after-heading-position-in-other-record
    -0.9887,  # amount-after-unfinished
    0.7101,  # next:known-capital
    0.3328,  # unfinished-before-known-capital
    -0.6432,  # unfinished-before-capital-in-noun-record
    0.8511,  # long-unfinished-before-capital-in-noun-record
    1.1849,  # abbreviation-before-lower
    0.5550,  # prev:bracketed
    1.6295,  # next:bracketed
    -1.3433,  # prev:address
    -0.9646,  # next:address
    4.2783,  # colon-before-address
    7.6002,  # title-before-capital
    6.1356,  # quote-then-lower
    6.3897,  # next:post-link
    3.6493,  # latin-after-ideograph
    -1.0808,  # stop-then-uncased-link-shape
    2.3787,  # clause-then-short
)

VETO_BELOW: Final = 0.55
"""A join proposed by a rule is kept back when the join probability is below this."""
JOIN_FROM: Final = 0.75
"""A break the rules kept is joined when the join probability is at least this."""
