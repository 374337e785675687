"""The fitted weights of the repair's join model (generated: do not edit by hand).

Regenerate from the repository root with ``python tools/fit_repair.py --write`` (see
tools/README.md); the features are documented in docs/repair.md.
"""

from typing import Final

FEATURES_FINGERPRINT: Final = "b6f5ce817071de7f"
DATA_FINGERPRINT: Final = "9a2cc356137f4eec"
EXAMPLES_FINGERPRINT: Final = "cc9b71c0c56d096e"
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
    -1.9089,  # bias
    2.7895,  # rule:punctuation-only-line
    2.1302,  # rule:opener-at-end
    4.9648,  # rule:closing-punctuation-start
    3.9400,  # rule:possessive-start
    0.8149,  # rule:closing-quote-start
    -1.4055,  # rule:ellipsis-continues
    0.2420,  # rule:lower-case-start
    -1.4499,  # rule:parenthesis-continues
    0.8525,  # rule:dash-continues
    -1.0044,  # rule:lower-case-after-stop
    2.1390,  # rule:function-word-at-end
    -4.1900,  # rule:open-bracket
    -1.8853,  # rule:link-text-line
    -0.2709,  # rule:uncased-mid-sentence
    0.0000,  # rule:hard-wrap
    -2.4121,  # rule:unfinished-before-capital
    -1.9307,  # rule:sentence-end
    -1.5665,  # prev:ends-full-stop
    -2.3762,  # prev:ends-other-stop
    -1.1171,  # prev:ends-colon
    -0.9005,  # prev:ends-semicolon
    3.9483,  # prev:ends-comma
    1.0163,  # prev:ends-unpunctuated
    -0.4025,  # prev:ends-closing-quote-or-bracket
    -0.4772,  # prev:ends-function-word
    0.2945,  # prev:chars<30
    0.2066,  # prev:chars<60
    -0.3988,  # prev:chars>=120
    0.5225,  # prev:words<=4
    0.4766,  # prev:heading-position
    -0.2710,  # prev:title-case
    1.1067,  # prev:ends-uncased-letter
    0.9424,  # next:starts-lower
    -1.5934,  # next:starts-upper
    -2.3294,  # next:starts-digit
    -0.2805,  # next:starts-punctuation
    0.8207,  # next:starts-uncased
    1.0778,  # next:punctuation-only
    0.9921,  # next:short-unpunctuated
    0.9103,  # next:ends-sentence
    0.6779,  # next:chars<30
    -0.6431,  # next:chars>=120
    1.8339,  # after:continues
    -0.0391,  # after:starts-upper
    -0.0293,  # after:none
    0.1768,  # block:quote-open
    4.2480,  # block:bracket-open
    -0.2232,  # record:stops>=0.8
    0.0603,  # record:stops<0.5
    0.0335,  # record:short-lines>=0.5
    0.0000,  # record:hard-wrapped
    -1.2436,  # link-shape
    -0.9289,  # stop-then-link-shape
    -0.9823,  # list-shape
    -0.8245,  # long-unfinished-before-capital
    -3.9112,  # block:starts-lower
    -0.0612,  # after:ends-unpunctuated
    -1.1286,  # list-run
    0.6395,  # link-sandwich
    0.9461,  # record:continuations>=0.1
    0.5707,  # prev:last-word-lower
    0.6192,  # prev:last-word-capital
    0.4164,  # prev:inner-punctuation
    -0.2259,  # next:inner-punctuation
    -0.1891,  # short-pair
    1.4102,  # block:unpunctuated-run
    0.3063,  # record:link-lines>=0.03
    1.0951,  # record:link-lines>=0.1
    0.4320,  # link-shape-in-linked-record
    0.2175,  # unfinished-before-capital-in-linked-record
    -0.2922,  # link-shape-after-heading-position
    0.1322,  # record:link-line-inside-sentence
    -0.4123,  # unfinished-before-capital-in-sentence-linked-record
    0.7489,  # link-shape-in-sentence-linked-record
    0.8411,  # prev:long-unfinished
    1.0847,  # link-shape-after-long-unfinished
    1.5389,  # link-shape-before-punctuation
    0.7005,  # link-shape-then-sentence-end
    0.4443,  # next:longer-link-shape
    -1.2663,  # link-shape-echoes-prev
    -0.3979,  # record:breaks-before-links
    0.3895,  # link-shape-in-breaks-before-links-record
    0.5339,  # unfinished-before-capital-in-breaks-before-links-record
    -0.5654,  # link-shape-after-heading-position-in-other-record
    -0.9905,  # amount-after-unfinished
    0.7106,  # next:known-capital
    0.3338,  # unfinished-before-known-capital
    -0.6418,  # unfinished-before-capital-in-noun-record
    0.8495,  # long-unfinished-before-capital-in-noun-record
    1.1876,  # abbreviation-before-lower
    0.5548,  # prev:bracketed
    1.6328,  # next:bracketed
    -1.3423,  # prev:address
    -0.9632,  # next:address
    4.2759,  # colon-before-address
    7.6038,  # title-before-capital
    6.1372,  # quote-then-lower
    6.3874,  # next:post-link
    3.6514,  # latin-after-ideograph
    -1.0838,  # stop-then-uncased-link-shape
    2.3795,  # clause-then-short
)

VETO_BELOW: Final = 0.55
"""A join proposed by a rule is kept back when the join probability is below this."""
JOIN_FROM: Final = 0.75
"""A break the rules kept is joined when the join probability is at least this."""
