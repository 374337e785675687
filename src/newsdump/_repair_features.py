"""The join model's features (`FEATURES`) and the index of each one `_repair_model.features`
adds, as a constant of its own.

The model adds its features by index; a name looked up in a dict at every break cost about a
third more than a module constant (issue #16), so each index is looked up here once, on
import.  ``tools/fit_repair.py`` fits one weight per name, in this order.
"""

from __future__ import annotations

from typing import Final

from ._repair_registry import RULE_NAMES

FEATURES: Final = (
    "bias",
    *(f"rule:{name}" for name in RULE_NAMES),
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
)
"""The model's features, all 0/1: see docs/repair.md."""

INDEX: Final = {name: k for k, name in enumerate(FEATURES)}
"""Each feature's index in `FEATURES` (the model's feature vectors hold these)."""

# (the name each constant stands for is its own, upper-cased: ``<`` as LT, ``>=`` as GE)
PREV_ENDS_FULL_STOP: Final = INDEX["prev:ends-full-stop"]
PREV_ENDS_OTHER_STOP: Final = INDEX["prev:ends-other-stop"]
PREV_ENDS_COLON: Final = INDEX["prev:ends-colon"]
PREV_ENDS_SEMICOLON: Final = INDEX["prev:ends-semicolon"]
PREV_ENDS_COMMA: Final = INDEX["prev:ends-comma"]
PREV_ENDS_UNPUNCTUATED: Final = INDEX["prev:ends-unpunctuated"]
PREV_ENDS_CLOSING_QUOTE_OR_BRACKET: Final = INDEX["prev:ends-closing-quote-or-bracket"]
PREV_ENDS_FUNCTION_WORD: Final = INDEX["prev:ends-function-word"]
PREV_CHARS_LT_30: Final = INDEX["prev:chars<30"]
PREV_CHARS_LT_60: Final = INDEX["prev:chars<60"]
PREV_CHARS_GE_120: Final = INDEX["prev:chars>=120"]
PREV_WORDS_LE_4: Final = INDEX["prev:words<=4"]
PREV_HEADING_POSITION: Final = INDEX["prev:heading-position"]
PREV_TITLE_CASE: Final = INDEX["prev:title-case"]
PREV_ENDS_UNCASED_LETTER: Final = INDEX["prev:ends-uncased-letter"]
NEXT_STARTS_LOWER: Final = INDEX["next:starts-lower"]
NEXT_STARTS_UPPER: Final = INDEX["next:starts-upper"]
NEXT_STARTS_DIGIT: Final = INDEX["next:starts-digit"]
NEXT_STARTS_PUNCTUATION: Final = INDEX["next:starts-punctuation"]
NEXT_STARTS_UNCASED: Final = INDEX["next:starts-uncased"]
NEXT_PUNCTUATION_ONLY: Final = INDEX["next:punctuation-only"]
NEXT_SHORT_UNPUNCTUATED: Final = INDEX["next:short-unpunctuated"]
NEXT_ENDS_SENTENCE: Final = INDEX["next:ends-sentence"]
NEXT_CHARS_LT_30: Final = INDEX["next:chars<30"]
NEXT_CHARS_GE_120: Final = INDEX["next:chars>=120"]
AFTER_CONTINUES: Final = INDEX["after:continues"]
AFTER_STARTS_UPPER: Final = INDEX["after:starts-upper"]
AFTER_NONE: Final = INDEX["after:none"]
BLOCK_QUOTE_OPEN: Final = INDEX["block:quote-open"]
BLOCK_BRACKET_OPEN: Final = INDEX["block:bracket-open"]
RECORD_HARD_WRAPPED: Final = INDEX["record:hard-wrapped"]
LINK_SHAPE: Final = INDEX["link-shape"]
STOP_THEN_LINK_SHAPE: Final = INDEX["stop-then-link-shape"]
LIST_SHAPE: Final = INDEX["list-shape"]
LONG_UNFINISHED_BEFORE_CAPITAL: Final = INDEX["long-unfinished-before-capital"]
BLOCK_STARTS_LOWER: Final = INDEX["block:starts-lower"]
AFTER_ENDS_UNPUNCTUATED: Final = INDEX["after:ends-unpunctuated"]
LIST_RUN: Final = INDEX["list-run"]
LINK_SANDWICH: Final = INDEX["link-sandwich"]
PREV_LAST_WORD_LOWER: Final = INDEX["prev:last-word-lower"]
PREV_LAST_WORD_CAPITAL: Final = INDEX["prev:last-word-capital"]
PREV_INNER_PUNCTUATION: Final = INDEX["prev:inner-punctuation"]
NEXT_INNER_PUNCTUATION: Final = INDEX["next:inner-punctuation"]
SHORT_PAIR: Final = INDEX["short-pair"]
BLOCK_UNPUNCTUATED_RUN: Final = INDEX["block:unpunctuated-run"]
LINK_SHAPE_IN_LINKED_RECORD: Final = INDEX["link-shape-in-linked-record"]
UNFINISHED_BEFORE_CAPITAL_IN_LINKED_RECORD: Final = INDEX[
    "unfinished-before-capital-in-linked-record"
]
LINK_SHAPE_AFTER_HEADING_POSITION: Final = INDEX["link-shape-after-heading-position"]
UNFINISHED_BEFORE_CAPITAL_IN_SENTENCE_LINKED_RECORD: Final = INDEX[
    "unfinished-before-capital-in-sentence-linked-record"
]
LINK_SHAPE_IN_SENTENCE_LINKED_RECORD: Final = INDEX["link-shape-in-sentence-linked-record"]
PREV_LONG_UNFINISHED: Final = INDEX["prev:long-unfinished"]
LINK_SHAPE_AFTER_LONG_UNFINISHED: Final = INDEX["link-shape-after-long-unfinished"]
LINK_SHAPE_BEFORE_PUNCTUATION: Final = INDEX["link-shape-before-punctuation"]
LINK_SHAPE_THEN_SENTENCE_END: Final = INDEX["link-shape-then-sentence-end"]
NEXT_LONGER_LINK_SHAPE: Final = INDEX["next:longer-link-shape"]
LINK_SHAPE_ECHOES_PREV: Final = INDEX["link-shape-echoes-prev"]
LINK_SHAPE_IN_BREAKS_BEFORE_LINKS_RECORD: Final = INDEX["link-shape-in-breaks-before-links-record"]
UNFINISHED_BEFORE_CAPITAL_IN_BREAKS_BEFORE_LINKS_RECORD: Final = INDEX[
    "unfinished-before-capital-in-breaks-before-links-record"
]
LINK_SHAPE_AFTER_HEADING_POSITION_IN_OTHER_RECORD: Final = INDEX[
    "link-shape-after-heading-position-in-other-record"
]
AMOUNT_AFTER_UNFINISHED: Final = INDEX["amount-after-unfinished"]
NEXT_KNOWN_CAPITAL: Final = INDEX["next:known-capital"]
UNFINISHED_BEFORE_KNOWN_CAPITAL: Final = INDEX["unfinished-before-known-capital"]
UNFINISHED_BEFORE_CAPITAL_IN_NOUN_RECORD: Final = INDEX["unfinished-before-capital-in-noun-record"]
LONG_UNFINISHED_BEFORE_CAPITAL_IN_NOUN_RECORD: Final = INDEX[
    "long-unfinished-before-capital-in-noun-record"
]
ABBREVIATION_BEFORE_LOWER: Final = INDEX["abbreviation-before-lower"]
PREV_BRACKETED: Final = INDEX["prev:bracketed"]
NEXT_BRACKETED: Final = INDEX["next:bracketed"]
PREV_ADDRESS: Final = INDEX["prev:address"]
NEXT_ADDRESS: Final = INDEX["next:address"]
COLON_BEFORE_ADDRESS: Final = INDEX["colon-before-address"]
TITLE_BEFORE_CAPITAL: Final = INDEX["title-before-capital"]
QUOTE_THEN_LOWER: Final = INDEX["quote-then-lower"]
NEXT_POST_LINK: Final = INDEX["next:post-link"]
LATIN_AFTER_IDEOGRAPH: Final = INDEX["latin-after-ideograph"]
STOP_THEN_UNCASED_LINK_SHAPE: Final = INDEX["stop-then-uncased-link-shape"]
