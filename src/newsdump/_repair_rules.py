"""The join rules, one function each: a `Break` in, a `Decision` or no opinion out.

A join rule looks at one `Break` and proposes a `Decision` (join, or keep the break) or has no
opinion (None); `decide` asks them in order of precedence.  Each rule's name, kind, confidence
and one-line description are in the registry, `_repair_registry.RULES`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final, Literal

import attrs

from . import _text as tx
from ._model import BlockKind
from ._repair_context import LINK_LINE_WORDS, Break

RuleKind = Literal["join", "keep", "split", "set-aside"]
"""What a rule proposes: to remove a break, to keep it, to split a line, to set a line aside."""


@attrs.frozen
class Decision:
    """What one join rule proposed for one break."""

    join: bool
    rule: str
    confidence: float


@attrs.frozen
class Aside:
    """What one set-aside rule decided: a line (or block) is something other than running text."""

    kind: BlockKind
    rule: str
    confidence: float


JoinRule = Callable[[Break], "Decision | None"]


@attrs.frozen
class Rule:
    """One entry of `RULES`."""

    name: str
    """What `Edit.rule` says."""
    kind: RuleKind
    confidence: float
    """Hand-set: it orders the rules by how sure each is (``apply_edits(min_confidence=…)``
    replays only the surer ones); it is not a measured precision.  A break the model judged
    carries the model's probability instead."""
    doc: str
    proposers: tuple[JoinRule, ...] = ()
    """The join rules that propose it (each is a model feature ``rule:NAME``); empty for the
    rules decided elsewhere: set-aside, split, the walk's own."""
    block_kind: BlockKind | None = None
    """For a set-aside rule: the kind it gives the block."""

    @property
    def decision(self) -> Decision:
        return Decision(self.kind == "join", self.name, self.confidence)

    @property
    def aside(self) -> Aside:
        assert self.block_kind is not None, self.name
        return Aside(self.block_kind, self.name, self.confidence)


# --- confidences (hand-set; see `Rule.confidence`) ---------------------------------------------

PUNCTUATION_LINE: Final = 0.98
"""``.`` alone on a line is always the tail of the sentence before it."""
OPENER_END: Final = 0.97
"""A line ending in ``(`` or an opening quote cannot end a paragraph."""
CLOSER_START: Final = 0.96
"""A line starting ``,`` ``)`` or a closing quote continues the line before."""
LOWER_START: Final = 0.93
"""A lower-case start continues an unfinished line (tag lists and lists are set aside first)."""
LOWER_AFTER_STOP: Final = 0.3
"""A lower-case start after a full stop: a continuation only after an abbreviation (``U.S.`` /
``officials``); on the dev corpora it was a real break 140 times out of 144 (lists, menus)."""
FUNCTION_WORD_END: Final = 0.9
"""A line ending in an article or preposition is cut mid-sentence."""
OPEN_BRACKET: Final = 0.85
"""A paragraph rarely ends with a bracket open."""
LINK_LINE: Final = 0.85
"""A short line between an unfinished line and a continuation is a link's text (model B)."""
UNCASED_MIDSENTENCE: Final = 0.8
"""Scripts without case: an unfinished long line followed by text."""
HARD_WRAP: Final = 0.85
"""A line that is full to the wrap width and ends where the next word would not have fitted."""
COMMAND_LINE: Final = 0.9
"""A shell command (``$ pip install …``) is a line of its own, like a line of code."""
KEEP_UNSURE: Final = 0.4
"""Recorded, not applied: an unfinished line followed by a capitalised one (heading or link?)."""

UNCASED_WITH_STOPS: Final = frozenset({"ARABIC", "CJK", "HEBREW", "DEVANAGARI", "MYANMAR"})
"""Uncased scripts whose paragraphs end with a full stop, so that its absence is evidence."""
LONG_LINE: Final = 60
"""Characters: an unfinished line this long is running text, not a heading (headings in the
dev corpora are under 60 characters in nine cases out of ten)."""


# --- join rules: each returns a Decision or None (no opinion) ------------------------------------

# Decisions are immutable: each rule returns one of these (a new object per break would cost more
# than most rules); ``_JOIN_*`` join, ``_KEEP_*`` keep the break.  Each is checked against `RULES`
# by the tests.
_JOIN_PUNCTUATION_ONLY_LINE: Final = Decision(True, "punctuation-only-line", PUNCTUATION_LINE)
_JOIN_OPENER_AT_END: Final = Decision(True, "opener-at-end", OPENER_END)
_JOIN_ELLIPSIS_CONTINUES: Final = Decision(True, "ellipsis-continues", CLOSER_START)
_JOIN_POSSESSIVE_START: Final = Decision(True, "possessive-start", CLOSER_START)
_JOIN_CLOSING_QUOTE_START: Final = Decision(True, "closing-quote-start", CLOSER_START)
_JOIN_CLOSING_PUNCTUATION_START: Final = Decision(True, "closing-punctuation-start", CLOSER_START)
_JOIN_PARENTHESIS_CONTINUES: Final = Decision(True, "parenthesis-continues", LOWER_START)
_JOIN_DASH_CONTINUES: Final = Decision(True, "dash-continues", LOWER_START)
_KEEP_LOWER_CASE_AFTER_STOP: Final = Decision(False, "lower-case-after-stop", LOWER_AFTER_STOP)
_JOIN_LOWER_CASE_START: Final = Decision(True, "lower-case-start", LOWER_START)
_KEEP_COMMAND_LINE: Final = Decision(False, "command-line", COMMAND_LINE)
_JOIN_FUNCTION_WORD_AT_END: Final = Decision(True, "function-word-at-end", FUNCTION_WORD_END)
_JOIN_OPEN_BRACKET: Final = Decision(True, "open-bracket", OPEN_BRACKET)
_JOIN_LINK_TEXT_LINE: Final = Decision(True, "link-text-line", LINK_LINE)
_JOIN_UNCASED_MID_SENTENCE: Final = Decision(True, "uncased-mid-sentence", UNCASED_MIDSENTENCE)
_JOIN_HARD_WRAP: Final = Decision(True, "hard-wrap", HARD_WRAP)
_KEEP_UNFINISHED_BEFORE_CAPITAL: Final = Decision(False, "unfinished-before-capital", KEEP_UNSURE)
_KEEP_SENTENCE_END: Final = Decision(False, "sentence-end", 0.0)


def rule_punctuation_line(b: Break) -> Decision | None:
    """``.`` / ``,`` / ``"`` / ``..`` alone: the tail of the sentence before (a link ended it)."""
    if tx.is_punctuation_only(b.nxt):
        first = b.nxt[0]
        if b.prev_ended and b.prev[-1] in ".!?…" and not b.nxt.strip("."):
            # "… glücklich." / ".": a separator line, not a sentence's tail (the model decides)
            return _KEEP_SENTENCE_END
        if first in "\"'“" and not b.quotes.closes(first) and b.after != "":
            return None  # an opening quote alone belongs to what follows
        return _JOIN_PUNCTUATION_ONLY_LINE
    return None


def rule_opener_end(b: Break) -> Decision | None:
    """A line ending in ``(``, ``[``, ``“``, ``«`` or an opening straight quote continues."""
    last = b.prev[-1]
    # “ and « close quotations in German and Danish: an opener opens only after a space
    if last in tx.OPENERS and (
        len(b.prev) == 1 or b.prev[-2].isspace() or b.prev[-2] in tx.OPENERS
    ):
        return _JOIN_OPENER_AT_END
    if last in "\"'" and tx.is_punctuation_only(b.prev) and b.quotes.double % 2 != 0:
        return _JOIN_OPENER_AT_END
    if last == '"' and (len(b.prev) == 1 or b.prev[-2].isspace()) and b.quotes.double % 2 == 1:
        return _JOIN_OPENER_AT_END
    return None


def rule_closer_start(b: Break) -> Decision | None:
    """A line starting with closing punctuation, ``'s`` or a closing quote continues."""
    first = b.nxt[0]
    if b.nxt.startswith(("...", "…")):
        if b.prev_ended or b.prev.startswith(("...", "…")):
            return None
        return _JOIN_ELLIPSIS_CONTINUES
    if first in "\"'”’»«“":
        if first in "'’" and b.nxt[1:2] in ("s", "S") and not b.nxt[2:3].isalpha():
            return _JOIN_POSSESSIVE_START
        if b.prev_ended and b.nxt[1:2].isalnum():
            return None  # a quotation opening after a finished sentence
        if (
            b.quotes.closes(first)
            or (
                first != "“"  # (English opens with it: only a German „ makes it a closer)
                and not b.prev_ended
                and b.nxt[1:2] in ("", " ")
                and b.prev.count(first) % 2
            )
        ):
            return _JOIN_CLOSING_QUOTE_START
        return None
    if first in tx.CLOSERS:
        if first == ":" and tx.letter_case(b.nxt[1:2] or " ") == "upper":
            return None  # a kicker's colon glued to its headline (``:Er läuft mit …``)
        return _JOIN_CLOSING_PUNCTUATION_START
    return None


def rule_lower_start(b: Break) -> Decision | None:
    """A lower-case first letter continues the line before (German nouns and names are
    capitalised, so the converse does not hold: see the rules after this one), and so does a
    Japanese particle."""
    ch = b.nxt[0]
    if ch in "([":  # "(whom …", "(VZBV) die …": a parenthesis continues an unfinished line
        if b.prev_ended:
            return None
        inner = tx.first_letter(b.nxt)
        if tx.letter_case(inner) == "lower" or not _may_be_heading(b):
            return _JOIN_PARENTHESIS_CONTINUES
        return None
    if ch in tx.DASHES and tx.continues(b.nxt):
        return _JOIN_DASH_CONTINUES
    if ch in tx.DASHES and not b.prev_ended:
        # "… in a report" / "— citing experts …": a dash after an unfinished line continues it;
        # dialogue dashes (Nordic, Russian) open paragraphs after finished ones, and a dash
        # and a space before a capital start a list item or a quote's source ("– Neue Reifen",
        # "— Anna Berg (@anna)"): left to the model
        if b.nxt[1:2].isalnum():
            return _JOIN_DASH_CONTINUES
        if not _may_be_heading(b) and tx.letter_case(tx.first_letter(b.nxt)) != "upper":
            return _JOIN_DASH_CONTINUES
        return None
    if tx.letter_case(ch) != "lower":
        if ch in tx.PARTICLE_STARTS and not b.prev_ended:
            return _JOIN_LOWER_CASE_START  # Japanese has no case, but a particle continues
        return None
    if b.prev_ended:
        if tx.terminal_char(b.prev) in ":;":
            return None  # "Type:" / "chmod …": a list or a command follows
        # rare in running text, common in lists and menus: recorded, not applied
        return _KEEP_LOWER_CASE_AFTER_STOP
    return _JOIN_LOWER_CASE_START


def rule_command_line(b: Break) -> Decision | None:
    """``$ pip install requests`` / ``installs the package …``: a shell command after its
    prompt is a line of its own (a tutorial's code), so the breaks before and after it stay
    (on train, none of the 100 such breaks of two sources is a join)."""
    if _command(b.prev) or _command(b.nxt):
        return _KEEP_COMMAND_LINE
    return None


def _command(line: str) -> bool:
    """A shell prompt's ``$`` and a space before a command in lower-case ASCII (``$ 5`` and
    ``$ Millionen`` are amounts)."""
    return line.startswith("$ ") and "a" <= line[2:3] <= "z"


def rule_quote_closes(b: Break) -> Decision | None:
    """``… the "Office for Financial`` / ``Crimes" said …``: the first word of the line closes
    the quotation left open at the end of the unfinished line before (a link inside a quoted
    name), so the line continues it."""
    if b.prev_ended:
        return None
    nxt = b.nxt
    end = nxt.find(" ")
    word = nxt if end < 0 else nxt[:end]
    if '"' not in word and "”" not in word and "»" not in word:
        return None  # the common case
    for ch in '"”»':
        at = word.find(ch, 1)
        if at > 0 and word[at - 1].isalnum() and b.quotes.closes(ch):
            return _JOIN_CLOSING_QUOTE_START
    return None


def _may_be_heading(b: Break) -> bool:
    """Whether ``prev`` could be a heading: a whole, heading-like line after a finished one."""
    return b.prev_starts_block and b.before_prev_ended and tx.heading_like(b.prev, b.prev_fw)


def rule_function_word(b: Break) -> Decision | None:
    """``… talks with`` / ``Milena Dortkov``: an article or preposition cannot end a paragraph."""
    if b.prev_fw:
        return _JOIN_FUNCTION_WORD_AT_END
    return None


def rule_open_bracket(b: Break) -> Decision | None:
    """An unfinished line inside an open bracket continues."""
    if b.quotes.depth > 0 and not b.prev_ended:
        return _JOIN_OPEN_BRACKET
    return None


def rule_link_line(b: Break) -> Decision | None:
    """``… the Russian President`` / ``Milena Dortkov`` / ``said …``: a short unfinished line
    that is itself continued is a link's text inside a sentence."""
    if b.prev_ended or tx.ends_sentence(b.nxt) or not b.after:
        return None
    if tx.word_count(b.nxt) > LINK_LINE_WORDS:
        return None
    if b.prev_starts_block and b.before_prev_ended and tx.heading_like(b.prev, b.prev_fw):
        return None  # the unfinished line may be a heading (whose paragraph starts with a link)
    a = b.after[0]
    if tx.letter_case(a) == "lower" or (a in tx.CLOSERS and not b.after.startswith(("...", "…"))):
        return _JOIN_LINK_TEXT_LINE
    return None


def rule_uncased_midsentence(b: Break) -> Decision | None:
    """Arabic, CJK: no case to read, so an unfinished long line followed by text continues, and
    so does a short one that was itself joined mid-sentence (a link's text: ``… في`` /
    ``الرياض`` / ``يوم الخميس …``)."""
    if b.prev_ended or (1 < len(b.prev) < LONG_LINE and b.prev_starts_block):
        return None  # (tested first: the cheapest; one character alone is no heading: "据")
    if b.nxt[0].islower() or b.nxt[0].isupper():
        return None  # a cased script: case speaks (the most common way out)
    first = tx.first_letter(b.nxt)
    last = tx.first_letter(b.prev[:-9:-1])  # the last 8 characters, reversed
    if tx.letter_case(first) != "uncased" or tx.letter_case(last) != "uncased":
        return None
    if tx.script_of(first) not in UNCASED_WITH_STOPS:
        return None  # Thai, Lao, Khmer end paragraphs without punctuation
    return _JOIN_UNCASED_MID_SENTENCE


def rule_hard_wrap(b: Break) -> Decision | None:
    """In a record wrapped at a fixed width, a line ends early only at a paragraph end."""
    if not b.wrap_width:
        return None
    word = b.nxt.split(" ", 1)[0]
    if len(b.prev) + 1 + len(word) > b.wrap_width:
        return _JOIN_HARD_WRAP
    return None


def rule_unsure(b: Break) -> Decision:
    """Nothing spoke: keep the break; an unfinished line is worth recording as a doubt."""
    if not b.prev_ended:
        return _KEEP_UNFINISHED_BEFORE_CAPITAL
    return _KEEP_SENTENCE_END


JOIN_RULES: Final = (
    rule_punctuation_line,
    rule_opener_end,
    rule_closer_start,
    rule_command_line,
    rule_lower_start,
    rule_quote_closes,
    rule_function_word,
    rule_open_bracket,
    rule_link_line,
    rule_uncased_midsentence,
    rule_hard_wrap,
)
"""In order of precedence: the first rule with an opinion decides."""

_NEED_UNFINISHED: Final = (
    rule_quote_closes,
    rule_function_word,
    rule_open_bracket,
    rule_link_line,
    rule_uncased_midsentence,
)
"""Rules silent after a finished line (a line ending in a function word ends in a letter, so
it has no sentence end)."""
_NEED_PUNCTUATION: Final = (rule_punctuation_line, rule_closer_start)
"""Rules silent when the next line starts with a letter or a digit."""
_RULES_BY_BREAK: Final = tuple(
    tuple(
        rule
        for rule in JOIN_RULES
        if not (ended and rule in _NEED_UNFINISHED) and not (alnum and rule in _NEED_PUNCTUATION)
    )
    for ended in (False, True)
    for alnum in (False, True)
)
"""`JOIN_RULES` without the rules that cannot speak, indexed by ``2 * prev_ended + alnum``
(``alnum``: the next line starts with a letter or a digit): skipping them changes nothing."""


def decide(b: Break) -> Decision:
    """Judge one break with the first rule that has an opinion."""
    for rule in _RULES_BY_BREAK[2 * b.prev_ended + b.nxt[0].isalnum()]:
        d = rule(b)
        if d is not None:
            return d
    return rule_unsure(b)
