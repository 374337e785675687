"""The fitted weights of the repair's join model (generated: do not edit by hand).

Regenerate from the repository root with ``python tools/fit_repair.py --write`` (see
tools/README.md); the features are documented in docs/repair.md.
"""

from typing import Final

FEATURES_FINGERPRINT: Final = "eaa7de8611c06ed7"
DATA_FINGERPRINT: Final = "9a2cc356137f4eec"
EXAMPLES_FINGERPRINT: Final = "1496e50aa6c75c1a"
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
    -1.7945,  # bias
    2.8798,  # rule:punctuation-only-line
    2.0506,  # rule:opener-at-end
    5.0392,  # rule:closing-punctuation-start
    4.0230,  # rule:possessive-start
    0.9836,  # rule:closing-quote-start
    -1.3236,  # rule:ellipsis-continues
    0.2894,  # rule:lower-case-start
    -1.3270,  # rule:parenthesis-continues
    0.9560,  # rule:dash-continues
    -1.0020,  # rule:lower-case-after-stop
    2.1592,  # rule:function-word-at-end
    -4.2979,  # rule:open-bracket
    -1.8018,  # rule:link-text-line
    -1.1585,  # rule:uncased-mid-sentence
    0.0000,  # rule:hard-wrap
    -2.3516,  # rule:unfinished-before-capital
    -1.9493,  # rule:sentence-end
    -1.4821,  # prev:ends-full-stop
    -2.7536,  # prev:ends-other-stop
    -1.0594,  # prev:ends-colon
    -1.0133,  # prev:ends-semicolon
    3.8387,  # prev:ends-comma
    1.1665,  # prev:ends-unpunctuated
    -0.5396,  # prev:ends-closing-quote-or-bracket
    -0.4190,  # prev:ends-function-word
    0.1180,  # prev:chars<30
    0.2374,  # prev:chars<60
    -0.3501,  # prev:chars>=120
    0.7425,  # prev:words<=4
    0.5865,  # prev:heading-position
    -0.3067,  # prev:title-case
    0.9919,  # prev:ends-uncased-letter
    0.9889,  # next:starts-lower
    -1.5707,  # next:starts-upper
    -2.3646,  # next:starts-digit
    -0.3227,  # next:starts-punctuation
    1.0752,  # next:starts-uncased
    1.0482,  # next:punctuation-only
    1.0079,  # next:short-unpunctuated
    0.8858,  # next:ends-sentence
    0.7632,  # next:chars<30
    -0.6585,  # next:chars>=120
    1.7191,  # after:continues
    -0.1838,  # after:starts-upper
    -0.1912,  # after:none
    0.1302,  # block:quote-open
    4.3395,  # block:bracket-open
    -0.2813,  # record:stops>=0.8
    0.0939,  # record:stops<0.5
    0.0351,  # record:short-lines>=0.5
    0.0000,  # record:hard-wrapped
    -1.3318,  # link-shape
    -1.0440,  # stop-then-link-shape
    -0.8525,  # list-shape
    -0.7966,  # long-unfinished-before-capital
    -3.9304,  # block:starts-lower
    -0.1529,  # after:ends-unpunctuated
    -1.0896,  # list-run
    0.5912,  # link-sandwich
    0.8980,  # record:continuations>=0.1
    0.3925,  # prev:last-word-lower
    0.4594,  # prev:last-word-capital
    0.4115,  # prev:inner-punctuation
    -0.2097,  # next:inner-punctuation
    -0.2741,  # short-pair
    1.3003,  # block:unpunctuated-run
    0.2453,  # record:link-lines>=0.03
    1.0089,  # record:link-lines>=0.1
    0.4186,  # link-shape-in-linked-record
    0.4188,  # unfinished-before-capital-in-linked-record
    -0.4049,  # link-shape-after-heading-position
    0.2643,  # record:link-line-inside-sentence
    -0.4933,  # unfinished-before-capital-in-sentence-linked-record
    0.8038,  # link-shape-in-sentence-linked-record
    0.7992,  # prev:long-unfinished
    1.0841,  # link-shape-after-long-unfinished
    1.4967,  # link-shape-before-punctuation
    0.7104,  # link-shape-then-sentence-end
    0.3852,  # next:longer-link-shape
    -1.2267,  # link-shape-echoes-prev
    -0.4385,  # record:breaks-before-links
    0.3771,  # link-shape-in-breaks-before-links-record
    0.4518,  # unfinished-before-capital-in-breaks-before-links-record
    -0.6269,  # link-shape-after-heading-position-in-other-record
    -0.8504,  # amount-after-unfinished
    0.7971,  # next:known-capital
    0.1952,  # unfinished-before-known-capital
    -0.7128,  # unfinished-before-capital-in-noun-record
    0.8484,  # long-unfinished-before-capital-in-noun-record
    1.1848,  # abbreviation-before-lower
    0.4301,  # prev:bracketed
    1.6134,  # next:bracketed
    -1.4287,  # prev:address
    -1.0827,  # next:address
    4.3924,  # colon-before-address
    7.4753,  # title-before-capital
    6.0526,  # quote-then-lower
    6.4964,  # next:post-link
    3.6214,  # latin-in-uncased-sentence
)

VETO_BELOW: Final = 0.55
"""A join proposed by a rule is kept back when the join probability is below this."""
JOIN_FROM: Final = 0.75
"""A break the rules kept is joined when the join probability is at least this."""
