"""The fitted weights of the repair's join model (generated: do not edit by hand).

Regenerate from the repository root with ``python tools/fit_repair.py --write`` (see
tools/README.md); the features are documented in docs/repair.md.
"""

from typing import Final

FEATURES_FINGERPRINT: Final = "3ac2d69b01bcf67d"
DATA_FINGERPRINT: Final = "9a2cc356137f4eec"
EXAMPLES_FINGERPRINT: Final = "b9bbde8874f80342"
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
)

WEIGHTS: Final = (
    -1.9495,  # bias
    2.7531,  # rule:punctuation-only-line
    2.8410,  # rule:opener-at-end
    4.9820,  # rule:closing-punctuation-start
    3.9527,  # rule:possessive-start
    0.8563,  # rule:closing-quote-start
    -1.2406,  # rule:ellipsis-continues
    0.0726,  # rule:lower-case-start
    -1.4560,  # rule:parenthesis-continues
    0.8807,  # rule:dash-continues
    -1.0734,  # rule:lower-case-after-stop
    2.1228,  # rule:function-word-at-end
    -3.9523,  # rule:open-bracket
    -1.7240,  # rule:link-text-line
    -0.1418,  # rule:uncased-mid-sentence
    0.0000,  # rule:hard-wrap
    -2.2853,  # rule:unfinished-before-capital
    -1.9478,  # rule:sentence-end
    -1.6203,  # prev:ends-full-stop
    -2.3083,  # prev:ends-other-stop
    -1.2282,  # prev:ends-colon
    -0.9530,  # prev:ends-semicolon
    4.1451,  # prev:ends-comma
    1.0253,  # prev:ends-unpunctuated
    -0.3489,  # prev:ends-closing-quote-or-bracket
    -0.4636,  # prev:ends-function-word
    0.3632,  # prev:chars<30
    0.2663,  # prev:chars<60
    -0.3712,  # prev:chars>=120
    0.5406,  # prev:words<=4
    0.4833,  # prev:heading-position
    -0.3350,  # prev:title-case
    1.0717,  # prev:ends-uncased-letter
    0.9180,  # next:starts-lower
    -1.5089,  # next:starts-upper
    -2.5258,  # next:starts-digit
    -0.4574,  # next:starts-punctuation
    0.6476,  # next:starts-uncased
    1.0869,  # next:punctuation-only
    1.0665,  # next:short-unpunctuated
    0.9954,  # next:ends-sentence
    0.6407,  # next:chars<30
    -0.5949,  # next:chars>=120
    2.0369,  # after:continues
    0.0700,  # after:starts-upper
    0.0327,  # after:none
    0.1729,  # block:quote-open
    4.1848,  # block:bracket-open
    -0.2733,  # record:stops>=0.8
    0.0769,  # record:stops<0.5
    0.0114,  # record:short-lines>=0.5
    0.0000,  # record:hard-wrapped
    -1.3232,  # link-shape
    -0.9599,  # stop-then-link-shape
    -1.0101,  # list-shape
    -0.6715,  # long-unfinished-before-capital
    -3.9158,  # block:starts-lower
    -0.1401,  # after:ends-unpunctuated
    -1.0663,  # list-run
    0.3360,  # link-sandwich
    0.9605,  # record:continuations>=0.1
    0.6024,  # prev:last-word-lower
    0.6029,  # prev:last-word-capital
    0.3757,  # prev:inner-punctuation
    -0.2123,  # next:inner-punctuation
    -0.2221,  # short-pair
    1.4484,  # block:unpunctuated-run
    0.2971,  # record:link-lines>=0.03
    1.0644,  # record:link-lines>=0.1
    0.4480,  # link-shape-in-linked-record
    0.2513,  # unfinished-before-capital-in-linked-record
    -0.3183,  # link-shape-after-heading-position
    0.1755,  # record:link-line-inside-sentence
    -0.4631,  # unfinished-before-capital-in-sentence-linked-record
    0.6768,  # link-shape-in-sentence-linked-record
    0.8533,  # prev:long-unfinished
    0.9706,  # link-shape-after-long-unfinished
    1.5238,  # link-shape-before-punctuation
    0.6671,  # link-shape-then-sentence-end
    0.5116,  # next:longer-link-shape
    -1.3835,  # link-shape-echoes-prev
    -0.3932,  # record:breaks-before-links
    0.4033,  # link-shape-in-breaks-before-links-record
    0.5764,  # unfinished-before-capital-in-breaks-before-links-record
    -0.5059,  # link-shape-after-heading-position-in-other-record
    -1.1362,  # amount-after-unfinished
    0.6541,  # next:known-capital
    0.0501,  # unfinished-before-known-capital
    -0.6834,  # unfinished-before-capital-in-noun-record
    0.7556,  # long-unfinished-before-capital-in-noun-record
    1.2233,  # abbreviation-before-lower
    0.5543,  # prev:bracketed
    1.7358,  # next:bracketed
    -1.4021,  # prev:address
    -0.9681,  # next:address
    4.3863,  # colon-before-address
    7.5832,  # title-before-capital
    6.0242,  # quote-then-lower
    6.4248,  # next:post-link
    3.5730,  # latin-after-ideograph
    -1.0637,  # stop-then-uncased-link-shape
    2.2750,  # clause-then-short
    -1.5664,  # unfinished-before-common-word
    4.3108,  # phrase-said-together
)

VETO_BELOW: Final = 0.55
"""A join proposed by a rule is kept back when the join probability is below this."""
JOIN_FROM: Final = 0.75
"""A break the rules kept is joined when the join probability is at least this."""
