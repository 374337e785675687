"""Repair of broken body lines: decide which line breaks are real (see docs/repair.md).

The repair walks the body lines once.  Each line is first checked for glued paragraphs (split)
and for page junk, headings, list items, captions and bylines (set aside); then every break
between two consecutive lines is judged: a sentence end before a long capitalised line at once,
any other break by a list of rules (the first that speaks proposes) weighed by a small fitted
model (a logistic regression over 0/1 features: ``_repair_model.py``; the text tests the rules
and the set-aside kinds use are in ``_repair_rules.py``).  Each
decision is recorded as an `Edit`, and the blocks are built during the same walk exactly as
`apply_edits` builds them from the edits (the property tests check replay == repair).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from typing import Final

import attrs

from . import _repair_rules as r
from ._model import Block, BlockKind, Edit, Problem
from ._repair_model import (
    FEATURES,
    JOIN_LOGIT,
    KEEP_RECORDED,
    VETO_LOGIT,
    WEIGHTS,
    LineFacts,
    features,
    probability,
    vetoable,
)

# --- confidences ------------------------------------------------------------------------------
# A confidence is the share of the dev corpora's breaks where the rule's decision was right,
# rounded down; what matters to users is the order (they veto below a threshold and replay).

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
UNCASED_WITH_STOPS: Final = frozenset({"ARABIC", "CJK", "HEBREW", "DEVANAGARI", "MYANMAR"})
"""Uncased scripts whose paragraphs end with a full stop, so that its absence is evidence."""
HARD_WRAP: Final = 0.85
"""A line that is full to the wrap width and ends where the next word would not have fitted."""
BLANK_LAYOUT_WRAP: Final = 0.85
"""Inside a blank-line separated paragraph a single newline is a link split or a wrap."""
KEEP_UNSURE: Final = 0.4
"""Recorded, not applied: an unfinished line followed by a capitalised one (heading or link?)."""
SPLIT_GLUED: Final = 0.9
"""``… in 2022.Experts …``: a sentence end glued to a capitalised word that is no look-alike."""
QUOTE_BREAK: Final = 0.5
"""A blank line inside an open quotation: probably an ad slot, but we keep the break."""
HEADING_BLOCK: Final = 0.6
"""A block judged a heading as a whole (its lines were joined, or a context veto of the line
rule was not followed by a join): a little under the line rule's 0.7."""
ITEM_CONTINUED: Final = 0.9
"""``• Talks with`` / ``officials in Oslo.``: a list item cut at a link, continued by a line that
starts like a continuation (lower case, closing punctuation) after an unfinished item."""


LONG_LINE: Final = 60
"""Characters: an unfinished line this long is running text, not a heading (headings in the
dev corpora are under 60 characters in nine cases out of ten)."""
SHORT_HEADING: Final = 45
"""Characters: a heading-shaped line shorter than this, followed by a link's text and its
continuation, is read as the start of that sentence; longer ones as headlines (whose paragraph
starts with a link)."""
WRAP_MIN_LINES: Final = 6
"""Lines: fewer than this cannot show a hard-wrap width."""
WRAP_SHARE: Final = 0.6
"""Share of lines within ``WRAP_SLACK`` of the longest line for a record to count as wrapped."""
WRAP_SLACK: Final = 15
"""Characters: wrapped lines end within a word's length of the wrap width."""
FAST_BREAK_CHARS: Final = 60
"""Characters: a sentence end before a capitalised line this long is a paragraph break, decided
without the model (a shorter line may be a link's text starting the next sentence)."""
WRAP_MAX_WIDTH: Final = 100
"""Characters: wider than this is not a hard wrap (news paragraphs are longer)."""


@attrs.frozen
class Repaired:
    """The result of `repair`: the blocks, the edits that produce them, what was noticed.

    Examples:
        >>> lines = ["Rain fell on", "Lisbon", "all day.", "", "Follow us on Telegram"]
        >>> fixed = repair(lines)
        >>> [(b.kind, b.text) for b in fixed.blocks]
        [('paragraph', 'Rain fell on Lisbon all day.'), ('noise', 'Follow us on Telegram')]
        >>> apply_edits(lines, fixed.edits) == fixed.blocks
        True
    """

    blocks: tuple[Block, ...]
    edits: tuple[Edit, ...]
    problems: tuple[Problem, ...] = ()


@attrs.frozen
class Decision:
    """What one join rule decided about one break."""

    join: bool
    rule: str
    confidence: float


class _Break:
    """Everything a join rule may look at for the break between ``prev`` and ``nxt``.

    One instance is reused for all the breaks of a record (filled in place: a new object per
    break would cost more than the rules themselves)."""

    __slots__ = (
        "after",
        "before_prev_ended",
        "nxt",
        "prev",
        "prev_ended",
        "prev_fw",
        "prev_starts_block",
        "quotes",
        "wrap_width",
    )

    def __init__(self, quotes: _Quotes, wrap_width: int) -> None:
        self.prev = ""
        """The text before the break (the last piece of the previous line)."""
        self.nxt = ""
        """The text after the break (the first piece of the next line)."""
        self.after = ""
        """The piece after ``nxt`` ("" if none or if a blank line or set-aside intervenes)."""
        self.prev_starts_block = True
        """Whether ``prev`` began its block (so it may be a heading or a standalone line)."""
        self.before_prev_ended = True
        """Whether the line before ``prev`` ended a sentence (or there was none)."""
        self.prev_ended = False
        """Whether ``prev`` ends a sentence (`r.ends_sentence`, computed once per line)."""
        self.prev_fw = False
        """Whether ``prev`` ends in a function word (`r.ends_with_function_word`, once per line)."""
        self.quotes = quotes
        self.wrap_width = wrap_width


_QUOTE_CHARS: Final = re.compile(r"[\"'‘’“”«»()\[\]]")
_SINGLE_OPEN: Final = re.compile(r"(?:^|(?<=[\s(\[“«]))['‘]")
"""A single quote at the start of the text or after a space or an opener."""
_SINGLE_CLOSE: Final = re.compile(r"(?<=\S)['’](?![^\W_])")
"""A single quote after a non-space and not before a letter or digit."""
_BRACKETS: Final = re.compile(r"[()\[\]]")


class _Quotes:
    """Counts of quote and bracket characters in the current block, kept incrementally so that a
    long block costs linear time (updated in place, line by line)."""

    __slots__ = (
        "curly_close",
        "curly_open",
        "depth",
        "dirty",
        "double",
        "guillemet_left",
        "guillemet_right",
        "pending",
        "single_close",
        "single_open",
    )

    def __init__(self) -> None:
        self.pending: list[str] = []
        """Texts added but not counted yet: counting waits until a rule asks (most blocks end
        at a sentence end decided without looking at quotes, and are never counted)."""
        self._zero()

    def push(self, text: str) -> None:
        """Add ``text`` to the block (counted when needed: see `count`)."""
        self.pending.append(text)

    def count(self) -> _Quotes:
        """Count the pending texts; returns self."""
        if self.pending:
            self.dirty = True
            search = _QUOTE_CHARS.search
            for text in self.pending:
                if search(text) is not None:  # most lines hold no quote or bracket
                    self._add(text)
            self.pending.clear()
        return self

    def reset(self) -> None:
        self.pending.clear()
        if self.dirty:
            self._zero()

    def _zero(self) -> None:
        self.dirty = False
        self.double = 0
        self.single_open = 0
        self.single_close = 0
        self.depth = 0
        self.guillemet_left = 0
        self.guillemet_right = 0
        self.curly_open = 0
        self.curly_close = 0

    def add(self, text: str) -> None:
        if _QUOTE_CHARS.search(text) is not None:
            self._add(text)

    def _add(self, text: str) -> None:
        """`add` for a text known to hold a quote or a bracket."""
        self.double += text.count('"')
        if "'" in text or "‘" in text or "’" in text:
            self.single_open += len(_SINGLE_OPEN.findall(text))
            self.single_close += len(_SINGLE_CLOSE.findall(text))
        if "(" in text or "[" in text or (self.depth and (")" in text or "]" in text)):
            depth = self.depth
            for ch in _BRACKETS.findall(text):
                if ch in "([":
                    depth += 1
                elif depth > 0:
                    depth -= 1
            self.depth = depth
        self.guillemet_left += text.count("«")
        self.guillemet_right += text.count("»")
        self.curly_open += text.count("“")
        self.curly_close += text.count("”")

    def is_open(self) -> bool:
        """Whether a quotation is open at the end of the block."""
        return (
            self.double % 2 == 1
            or self.curly_open > self.curly_close
            or self.guillemet_left != self.guillemet_right
        )

    def closes(self, quote: str) -> bool:
        """Whether ``quote`` at the start of the next text closes a quotation of the block."""
        if quote == '"':
            return self.double % 2 == 1
        if quote == "'":
            return self.single_open > self.single_close
        if quote == "”":
            # “…” closes an open “; Swedish and Finnish use ”…” (then parity decides)
            if self.curly_open:
                return self.curly_open > self.curly_close
            return self.curly_close % 2 == 1
        if quote == "»":
            return self.guillemet_left > self.guillemet_right
        if quote == "«":
            return self.guillemet_right > self.guillemet_left  # German »…«
        return quote == "’"


# --- join rules: each returns a Decision or None (no opinion) ------------------------------------

# Decisions are immutable: each rule returns one of these (a new object per break would cost more
# than most rules); ``_JOIN_*`` join, ``_KEEP_*`` keep the break.
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
_JOIN_FUNCTION_WORD_AT_END: Final = Decision(True, "function-word-at-end", FUNCTION_WORD_END)
_JOIN_OPEN_BRACKET: Final = Decision(True, "open-bracket", OPEN_BRACKET)
_JOIN_LINK_TEXT_LINE: Final = Decision(True, "link-text-line", LINK_LINE)
_JOIN_UNCASED_MID_SENTENCE: Final = Decision(True, "uncased-mid-sentence", UNCASED_MIDSENTENCE)
_JOIN_HARD_WRAP: Final = Decision(True, "hard-wrap", HARD_WRAP)
_KEEP_UNFINISHED_BEFORE_CAPITAL: Final = Decision(False, "unfinished-before-capital", KEEP_UNSURE)
_KEEP_SENTENCE_END: Final = Decision(False, "sentence-end", 0.0)


def rule_punctuation_line(b: _Break) -> Decision | None:
    """``.`` / ``,`` / ``"`` / ``..`` alone: the tail of the sentence before (a link ended it)."""
    if r.is_punctuation_only(b.nxt):
        first = b.nxt[0]
        if b.prev_ended and b.prev[-1] in ".!?…" and not b.nxt.strip("."):
            # "… glücklich." / ".": a separator line, not a sentence's tail (the model decides)
            return _KEEP_SENTENCE_END
        if first in "\"'“" and not b.quotes.closes(first) and b.after != "":
            return None  # an opening quote alone belongs to what follows
        return _JOIN_PUNCTUATION_ONLY_LINE
    return None


def rule_opener_end(b: _Break) -> Decision | None:
    """A line ending in ``(``, ``[``, ``“``, ``«`` or an opening straight quote continues."""
    last = b.prev[-1]
    # “ and « close quotations in German and Danish: an opener opens only after a space
    if last in r.OPENERS and (len(b.prev) == 1 or b.prev[-2].isspace() or b.prev[-2] in r.OPENERS):
        return _JOIN_OPENER_AT_END
    if last in "\"'" and r.is_punctuation_only(b.prev) and b.quotes.double % 2 != 0:
        return _JOIN_OPENER_AT_END
    if last == '"' and (len(b.prev) == 1 or b.prev[-2].isspace()) and b.quotes.double % 2 == 1:
        return _JOIN_OPENER_AT_END
    return None


def rule_closer_start(b: _Break) -> Decision | None:
    """A line starting with closing punctuation, ``'s`` or a closing quote continues."""
    first = b.nxt[0]
    if b.nxt.startswith(("...", "…")):
        if b.prev_ended or b.prev.startswith(("...", "…")):
            return None
        return _JOIN_ELLIPSIS_CONTINUES
    if first in "\"'”’»«":
        if first in "'’" and b.nxt[1:2] in ("s", "S") and not b.nxt[2:3].isalpha():
            return _JOIN_POSSESSIVE_START
        if b.prev_ended and b.nxt[1:2].isalnum():
            return None  # a quotation opening after a finished sentence
        if b.quotes.closes(first) or (
            not b.prev_ended and b.nxt[1:2] in ("", " ") and b.prev.count(first) % 2
        ):
            return _JOIN_CLOSING_QUOTE_START
        return None
    if first in r.CLOSERS:
        return _JOIN_CLOSING_PUNCTUATION_START
    return None


def rule_lower_start(b: _Break) -> Decision | None:
    """A lower-case first letter continues the line before (German nouns and names are
    capitalised, so the converse does not hold: see the rules after this one), and so does a
    Japanese particle."""
    ch = b.nxt[0]
    if ch in "([":  # "(whom …", "(VZBV) die …": a parenthesis continues an unfinished line
        if b.prev_ended:
            return None
        inner = r.first_letter(b.nxt)
        if r.letter_case(inner) == "lower" or not _may_be_heading(b):
            return _JOIN_PARENTHESIS_CONTINUES
        return None
    if ch in r.DASHES and r.continues(b.nxt):
        return _JOIN_DASH_CONTINUES
    if ch in r.DASHES and not b.prev_ended:
        # "… in a report" / "— citing experts …": a dash after an unfinished line continues it;
        # dialogue dashes (Nordic, Russian) open paragraphs after finished ones, and a dash
        # and a space before a capital start a list item or a quote's source ("– Neue Reifen",
        # "— Anna Berg (@anna)"): left to the model
        if b.nxt[1:2].isalnum():
            return _JOIN_DASH_CONTINUES
        if not _may_be_heading(b) and r.letter_case(r.first_letter(b.nxt)) != "upper":
            return _JOIN_DASH_CONTINUES
        return None
    if r.letter_case(ch) != "lower":
        if ch in r.PARTICLE_STARTS and not b.prev_ended:
            return _JOIN_LOWER_CASE_START  # Japanese has no case, but a particle continues
        return None
    if b.prev_ended:
        if r.terminal_char(b.prev) in ":;":
            return None  # "Type:" / "chmod …": a list or a command follows
        # rare in running text, common in lists and menus: recorded, not applied
        return _KEEP_LOWER_CASE_AFTER_STOP
    return _JOIN_LOWER_CASE_START


def rule_quote_closes(b: _Break) -> Decision | None:
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


def _may_be_heading(b: _Break) -> bool:
    """Whether ``prev`` could be a heading: a whole, heading-like line after a finished one."""
    return b.prev_starts_block and b.before_prev_ended and r.heading_like(b.prev)


def rule_function_word(b: _Break) -> Decision | None:
    """``… talks with`` / ``Vladimir Putin``: an article or preposition cannot end a paragraph."""
    if b.prev_fw:
        return _JOIN_FUNCTION_WORD_AT_END
    return None


def rule_open_bracket(b: _Break) -> Decision | None:
    """An unfinished line inside an open bracket continues."""
    if b.quotes.depth > 0 and not b.prev_ended:
        return _JOIN_OPEN_BRACKET
    return None


def rule_link_line(b: _Break) -> Decision | None:
    """``… the Russian President`` / ``Vladimir Putin`` / ``said …``: a short unfinished line
    that is itself continued is a link's text inside a sentence."""
    if b.prev_ended or r.ends_sentence(b.nxt) or not b.after:
        return None
    if r.word_count(b.nxt) > r.LINK_LINE_WORDS:
        return None
    if b.prev_starts_block and b.before_prev_ended and r.heading_like(b.prev):
        return None  # the unfinished line may be a heading (whose paragraph starts with a link)
    a = b.after[0]
    if r.letter_case(a) == "lower" or (a in r.CLOSERS and not b.after.startswith(("...", "…"))):
        return _JOIN_LINK_TEXT_LINE
    return None


def rule_uncased_midsentence(b: _Break) -> Decision | None:
    """Arabic, CJK: no case to read, so an unfinished long line followed by text continues, and
    so does a short one that was itself joined mid-sentence (a link's text: ``… في`` /
    ``الرياض`` / ``يوم الخميس …``)."""
    if b.prev_ended or (1 < len(b.prev) < LONG_LINE and b.prev_starts_block):
        return None  # (tested first: the cheapest; one character alone is no heading: "据")
    if b.nxt[0].islower() or b.nxt[0].isupper():
        return None  # a cased script: case speaks (the most common way out)
    first = r.first_letter(b.nxt)
    last = r.first_letter(b.prev[:-9:-1])  # the last 8 characters, reversed
    if r.letter_case(first) != "uncased" or r.letter_case(last) != "uncased":
        return None
    if r.script_of(first) not in UNCASED_WITH_STOPS:
        return None  # Thai, Lao, Khmer end paragraphs without punctuation
    return _JOIN_UNCASED_MID_SENTENCE


def rule_hard_wrap(b: _Break) -> Decision | None:
    """In a record wrapped at a fixed width, a line ends early only at a paragraph end."""
    if not b.wrap_width:
        return None
    word = b.nxt.split(" ", 1)[0]
    if len(b.prev) + 1 + len(word) > b.wrap_width:
        return _JOIN_HARD_WRAP
    return None


def rule_unsure(b: _Break) -> Decision:
    """Nothing spoke: keep the break; an unfinished line is worth recording as a doubt."""
    if not b.prev_ended:
        return _KEEP_UNFINISHED_BEFORE_CAPITAL
    return _KEEP_SENTENCE_END


JOIN_RULES: Final = (
    rule_punctuation_line,
    rule_opener_end,
    rule_closer_start,
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


def decide(b: _Break) -> Decision:
    """Judge one break with the first rule that has an opinion."""
    for rule in _RULES_BY_BREAK[2 * b.prev_ended + b.nxt[0].isalnum()]:
        d = rule(b)
        if d is not None:
            return d
    return rule_unsure(b)


# --- set-aside ----------------------------------------------------------------------------------


TAG_RUN_LOOKBACK: Final = 40
"""How far back a run of one-word lower-case lines is followed to its start.  Tag lists seen run
to a dozen words; a run longer than this is a tag list wherever it started, and the bound keeps
the check linear on hostile input (100,000 one-letter lines)."""


def _tag_run_follows_a_sentence_end(
    blank: Sequence[bool], i: int, ends: Sequence[str], info: LineFacts
) -> bool:
    """Whether the run of one-word lower-case lines holding line ``i`` starts after a finished
    line: ``He met`` / ``ministers`` / ``officials`` / ``and`` is a sentence cut at its links,
    not a tag list (a tag list follows the end of the text it tags)."""
    j = i
    while j > 0 and i - j < TAG_RUN_LOOKBACK and not blank[j] and r.tag_word(ends[j - 1]):
        j -= 1
    if i - j >= TAG_RUN_LOOKBACK or j == 0 or blank[j]:
        return True
    before = ends[j - 1]
    if before[-1:] == '"' and before[-2:-1].isspace():
        return False  # a quotation opens: 'She said "' / 'no' / '" to the plan.'
    return bool(info.term[j - 1]) or before[-1:] in '"”»'


# Set-aside decisions are immutable: one object each serves every line.
_READ_TIME: Final = r.Aside("noise", "read-time", 0.9)
_TAG_WORD: Final = r.Aside("noise", "tag-word", 0.7)
_HEADING: Final = r.Aside("heading", "heading-shape", 0.7)
_RELATED_LINK: Final = r.Aside("noise", "related-link", 0.85)
_HEADING_BLOCK: Final = r.Aside("heading", "heading-block", HEADING_BLOCK)


def _aside_of(
    texts: Sequence[str],
    blank: Sequence[bool],
    i: int,
    starts: Sequence[str],
    ends: Sequence[str],
    info: LineFacts,
    blank_layout: bool,
    hints: int,
) -> r.Aside | None:
    """The set-aside kind of line ``i``, judged by its text and by its neighbours.

    ``starts``/``ends`` are the first/last pieces of each line (after glued splits); ``hints``
    the tests that may match (`r.aside_hints`: the others are skipped)."""
    text = texts[i]
    n = len(texts)
    # "Mehr zum Thema" / "Schuldenbremse: Was sie erlaubt" (but "See also" / "Golem" /
    # ", a supercomputer …" is an entry cut at its link)
    if (
        i
        and r.read_more_label(ends[i - 1])
        and r.heading_shape(text)
        and (i + 1 == n or blank[i + 1] or not info.cont[i + 1])
    ):
        return _RELATED_LINK
    if blank_layout and (i + 1 == n or blank[i + 1]) and (i == 0 or blank[i]):
        # a paragraph alone between blank lines: judged as the other layout judges its blocks
        return _alone_aside(
            text,
            ends[i - 1] if i else "",
            starts[i + 1] if i + 1 < n else "",
            i + 1 < n and info.cont[i + 1],
            hints,
        )
    prev = ends[i - 1] if i > 0 and not blank[i] else ""
    has_next = i + 1 < n and not blank[i + 1]
    nxt = starts[i + 1] if has_next else ""
    nxt_continues = has_next and info.cont[i + 1]
    size = len(text)
    strong = r.noise_by_pattern(text) if hints & r.NOISE_HINT else None
    if strong is not None:
        if strong.rule == "share-buttons" and _continued(
            prev, nxt, info.fw[i - 1] if prev else False
        ):
            return None  # "said on" / "Twitter" / "that …": a link, not a button
        if text[0].isalpha() and not info.term[i] and nxt_continues and " " in text:
            return None  # "Follow us on Facebook" / "and Twitter": a sentence, not a button
        return strong
    # (in the blank-line layout the read time's "min" may sit after a blank line)
    rt_next = nxt or (starts[i + 1] if blank_layout and i + 1 < n else "")
    if rt_next and size <= 3 and r.is_read_time_number(text, rt_next):
        return _READ_TIME
    # (in the blank-line layout the paragraph before counts, as in `_block_aside`)
    veto = prev or (ends[i - 1] if blank_layout and i else "")
    if veto and (info.fw[i - 1] or veto[-1] in r.OPENERS):
        return None  # whatever this looks like, it continues the line before
    if hints & r.ITEM_HINT:
        found = r.list_item(text) or r.byline(text)
        if found is not None:
            return found
    if hints & r.CAPTION_HINT:
        found = r.caption(text)
        if found is not None:
            return found
    if size > r.SHORT_ASIDE or not hints & r.SHAPE_HINT:
        return None  # too long for a heading or a tag, or not shaped like one
    if blank_layout:
        return None  # a line inside a paragraph is no heading or tag
    if len(text) <= 30 and " " not in text and r.tag_word(text):
        in_run = (_starts_anew(prev) or r.tag_word(prev)) and (not nxt_continues or r.tag_word(nxt))
        if in_run and _tag_run_follows_a_sentence_end(blank, i, ends, info):
            return _TAG_WORD
    if (
        _heading_between(text, prev, nxt, info.fw[i])
        and not (nxt[0] in "\"'”’»" and r.is_punctuation_only(nxt[:1]))
        and not _link_line_follows(blank, i, starts, ends, info)
    ):
        return _HEADING
    return None


def _alone_aside(
    text: str, before: str, after: str, after_continues: bool, hints: int
) -> r.Aside | None:
    """The set-aside kind of a paragraph alone between blank lines, judged by its text and the
    paragraphs around it: as a block (`_block_aside`, as the other layout judges its blocks, so
    that the repair's output laid out with blank lines keeps its kinds), else as a read-time
    number or a tag word."""
    found = _block_aside(text, before, after, hints, _HEADING)
    if found is not None:
        return found
    if after and len(text) <= 3 and r.is_read_time_number(text, after):
        return _READ_TIME
    if _continues_from(before) or len(text) > 30 or " " in text or not r.tag_word(text):
        return None
    in_run = (_starts_anew(before) or r.tag_word(before)) and not (
        after_continues and not r.tag_word(after)
    )
    return _TAG_WORD if in_run else None


def _starts_anew(before: str) -> bool:
    """Whether what follows ``before`` starts anew: nothing before it, or a finished sentence or
    a closing quote at its end."""
    return not before or bool(r.terminal_char(before)) or before[-1] in '"”»'


def _continues_from(before: str) -> bool:
    """Whether what follows ``before`` continues it, whatever it looks like: ``before`` ends in
    a function word or an opening bracket or quote."""
    return bool(before) and (r.ends_with_function_word(before) or before[-1] in r.OPENERS)


def _heading_between(text: str, before: str, after: str, fw: bool) -> bool:
    """Whether a block holding ``text`` is a heading, judged by its shape and by the texts of the
    blocks around it: heading-shaped, not ending in a function word (``fw``), first or after a
    finished block, and followed by a block that does not continue it.  The blank-line layout
    judges its paragraphs so, and `_asides_by_block` the blocks of the other layout, so that
    repairing the repair's own output, laid out with blank lines, keeps every kind."""
    return (
        bool(after)
        and _starts_anew(before)
        and r.heading_shape(text)
        and not fw
        and not r.continues(after)
        and not r.is_punctuation_only(after)
    )


def _block_aside(
    text: str, before: str, after: str, hints: int, heading: r.Aside = _HEADING_BLOCK
) -> r.Aside | None:
    """The set-aside kind of a whole block, as the blank-line layout judges a paragraph: junk,
    list item, byline or caption by its text, ``heading`` by its shape and its neighbours.
    ``hints``: `r.aside_hints` of ``text``."""
    if not hints:
        return None
    found = r.noise_by_pattern(text) if hints & r.NOISE_HINT else None
    if found is not None or _continues_from(before):
        return found  # after a function word or an opener only junk is set aside
    if hints & r.ITEM_HINT:
        found = r.list_item(text) or r.byline(text)
    if found is None and hints & r.CAPTION_HINT:
        found = r.caption(text)
    if (
        found is None
        and hints & r.SHAPE_HINT
        and _heading_between(text, before, after, r.ends_with_function_word(text))
    ):
        found = heading
    return found


def _asides_by_block(
    blocks: list[Block],
    edits: list[Edit],
    piece_columns: dict[int, list[int]],
    hinted: dict[int, int],
) -> None:
    """Set aside, in place, every paragraph block that `_block_aside` sets aside as a whole.

    The line rules decide before the joins, with context vetoes; a block whose lines were joined
    (``Talks with`` / ``Anna Berg``), or whose line a veto kept in although no join followed,
    is judged here as a whole, as the blank-line layout judges it: so that the repair's own
    output, laid out with blank lines, keeps every kind.  ``piece_columns``: for each line split
    at glued paragraphs, the 1-based columns where its second and later pieces start (the
    set-aside edit of such a piece names its column, so that replay finds the block);
    ``hinted``: `r.aside_hints` of the lines that have one (a block that is one whole line
    without one cannot be set aside: most blocks are skipped so)."""
    count = len(blocks)
    prev_last = -1
    prev_piece = 0  # the piece of its last line the block before ends with
    for k in range(count):
        blk = blocks[k]
        first, last = blk.first_line, blk.last_line
        # which piece of its first line this block starts with (0: the line's start)
        piece = prev_piece + 1 if first == prev_last else 0
        prev_last, prev_piece = last, (piece if first == last else 0)
        if blk.kind != "paragraph":
            continue
        nxt = blocks[k + 1] if k + 1 < count else None
        whole_line = first == last and piece == 0 and (nxt is None or nxt.first_line != last)
        # (a whole line's hints are known; 0 for most: no set-aside test can match)
        hints = hinted.get(first, 0) if whole_line else r.aside_hints(blk.text)
        if not hints:
            continue
        found = _block_aside(
            blk.text, blocks[k - 1].text if k else "", nxt.text if nxt is not None else "", hints
        )
        if found is None:
            continue
        columns = piece_columns.get(blk.first_line, ())
        column = columns[piece - 1] if 0 < piece <= len(columns) else 0
        blocks[k] = Block(found.kind, blk.text, blk.first_line, blk.last_line)
        edits.append(
            Edit(
                "set-aside",
                (blk.first_line,),
                found.rule,
                found.confidence,
                column=column,
                block_kind=found.kind,
            )
        )


def _link_line_follows(
    blank: Sequence[bool], i: int, starts: Sequence[str], ends: Sequence[str], info: LineFacts
) -> bool:
    """Whether line ``i`` is followed by a short unfinished line that is itself continued: the
    shape of a sentence cut around a link (``Auch bei`` / ``Amazon`` / ``gibt es …``)."""
    if i + 2 >= len(blank) or blank[i + 1] or blank[i + 2]:
        return False
    link = starts[i + 1]
    return (
        r.word_count(link) <= r.LINK_LINE_WORDS
        and not info.start_term[i + 1]
        and starts[i + 1] == ends[i + 1]
        and info.cont[i + 2]
    )


def _continued(prev: str, nxt: str, prev_fw: bool) -> bool:
    """Whether the context around a line says it sits inside a sentence."""
    return bool(prev) and (
        prev_fw or (not r.ends_sentence(prev) and bool(nxt) and r.letter_case(nxt[0]) == "lower")
    )


def _wrap_width(texts: Sequence[str]) -> int:
    """The hard-wrap width of a record, or 0 when its lines are not wrapped."""
    if len(texts) < WRAP_MIN_LINES:
        return 0
    lengths = [len(x) for x in texts]
    widest = max(lengths)
    if widest > WRAP_MAX_WIDTH:
        return 0
    floor = widest - WRAP_SLACK
    near = sum(1 for k in lengths if k >= floor)
    return widest if near >= WRAP_SHARE * len(texts) else 0


# --- the repair -----------------------------------------------------------------------------------


def _split_columns(text: str, before: str = "") -> list[int]:
    """0-based starts of the glued paragraphs inside ``text``, read as if ``before`` (the end of
    the line before, which a join would glue to it) came first."""
    cols: list[int] = []
    line = before + text
    start = len(before)
    while True:
        at = r.glued_split_column(line, start)
        if at < 0:
            return cols
        cols.append(at - len(before))
        start = at


Oracle = Callable[[int, int, list[int], Decision], bool]
"""For fitting: told the two line numbers, the features and the rule's decision of a break the
model would judge, answers whether it is a join (the truth), which the walk then follows."""


def repair(lines: Sequence[str], *, numbers: Sequence[int] | None = None) -> Repaired:
    """Decide which breaks between ``lines`` are real; see docs/repair.md.

    >>> rep = repair(["He opposed any sanctions", "against Moscow.", "Talks resume today."])
    >>> for block in rep.blocks:
    ...     print(block.text)
    He opposed any sanctions against Moscow.
    Talks resume today.
    >>> rep.edits[0].rule, rep.edits[0].separator
    ('lower-case-start', ' ')
    """
    return _repair(lines, numbers, None)


def break_features(
    lines: Sequence[str], *, numbers: Sequence[int] | None = None
) -> list[tuple[tuple[int, int], str, float, tuple[str, ...]]]:
    """For each break the model judged: the two line numbers, the rule, the join probability and
    the names of the features that were 1 (what an `Edit`'s confidence is made of).

    >>> [(pair, rule) for pair, rule, _, _ in break_features(["Talks with", "Anna Berg", "ended."])]
    [((1, 2), 'function-word-at-end'), ((2, 3), 'lower-case-start')]
    """
    out: list[tuple[tuple[int, int], str, float, tuple[str, ...]]] = []

    def oracle(a: int, b: int, feats: list[int], d: Decision) -> bool:
        z = sum(WEIGHTS[k] for k in feats)
        out.append(((a, b), d.rule, probability(z), tuple(FEATURES[k] for k in feats)))
        return _decide(z, d, feats)

    _repair(lines, numbers, oracle)
    return out


def _decide(z: float, d: Decision, feats: list[int]) -> bool:
    """The model's decision on a break with features ``feats`` and score ``z`` that rule
    decision ``d`` judged."""
    if not d.join:
        return z >= JOIN_LOGIT
    return z >= VETO_LOGIT or not vetoable(d.rule, feats)


def _repair(lines: Sequence[str], numbers: Sequence[int] | None, oracle: Oracle | None) -> Repaired:
    nums = list(numbers) if numbers is not None else range(1, len(lines) + 1)
    texts: list[str] = []
    numl: list[int] = []
    leads: list[int] = []
    blank: list[bool] = []
    seen_blank = False
    for i, raw in enumerate(lines):
        text = raw.strip()
        if not text:
            seen_blank = True
            continue
        blank.append(seen_blank and bool(texts))
        texts.append(text)
        numl.append(nums[i])
        leads.append(0 if len(text) == len(raw) else len(raw) - len(raw.lstrip()))
        seen_blank = False
    n = len(texts)
    blank_layout = any(blank)
    wrap = 0 if blank_layout else _wrap_width(texts)

    # glued paragraphs: most lines have none (one regex search each)
    pieces: dict[int, list[str]] = {}
    split_cols: dict[int, list[int]] = {}
    starts = texts
    ends = texts
    for i in r.may_be_glued(texts):
        text = texts[i]
        if i and text[0] in ".!?…" and not blank[i]:
            # "… talks with the" / "?Experts say …": were the lines joined ("" before "?"),
            # the glue would show, and repairing the result would split it: split it now
            cols = _split_columns(text, ends[i - 1])
        else:
            cols = _split_columns(text)
        if cols:
            if starts is texts:
                starts, ends = list(texts), list(texts)
            bounds = [0, *cols, len(text)]
            p = [text[a:b].strip() for a, b in itertools.pairwise(bounds)]
            pieces[i] = p
            split_cols[i] = cols
            starts[i], ends[i] = p[0], p[-1]
    split = [i in pieces for i in range(n)] if pieces else [False] * n
    info = LineFacts(starts, ends, split)
    term = info.term
    fw = info.fw
    hints = r.aside_hints  # most lines: 0, no set-aside shape can match whatever the context
    hinted = [hints(text) for text in texts]
    asides = [
        _aside_of(texts, blank, i, starts, ends, info, blank_layout, h) if h else None
        for i, h in enumerate(hinted)
    ]

    edits: list[Edit] = []
    problems: list[Problem] = []
    blocks: list[Block] = []
    quotes = _Quotes()
    push = quotes.pending.append
    b = _Break(quotes, wrap)
    weights = WEIGHTS
    record = info.record
    if wrap:
        record = [*record]
    start_term = info.start_term
    cont = info.cont
    fast = not wrap and not blank_layout
    parts: list[str] = []
    kind: BlockKind = "paragraph"
    first = last = 0
    block_started_at_prev = True
    run_lines = 0
    run_stop = False
    prev_aside: r.Aside | None = None
    for i in range(n):
        number = numl[i]
        aside = asides[i]
        nxt = starts[i]
        joined = False
        if i > 0:
            prev = ends[i - 1]
            if prev_aside is not None and _item_continues(
                prev_aside, i, blank, term, cont, info.fw, asides
            ):
                quotes.count()
                sep = _separator(prev, nxt, quotes)
                edits.append(
                    Edit(
                        "join",
                        (numl[i - 1], number),
                        "list-item-continued",
                        ITEM_CONTINUED,
                        separator=sep,
                    )
                )
                parts.append(sep)
                parts.append(nxt)
                last = number
                joined = True
            elif aside is not None or prev_aside is not None:
                pass  # set-aside lines are never joined: the set-aside edit records why
            elif blank[i]:
                if prev[-1] not in '"”»«' and quotes.count().is_open():
                    # probably an ad slot, but joining here would undo a break the repair kept
                    # (repairing its own output must change nothing): kept, and reported
                    edits.append(
                        Edit(
                            "keep",
                            (numl[i - 1], number),
                            "open-quotation",
                            QUOTE_BREAK,
                            applied=False,
                        )
                    )
                    problems.append(
                        Problem(
                            "suspected-false-break",
                            "blank line inside an open quotation (kept)",
                            number,
                        )
                    )
            elif (
                fast
                and prev[-1] in ".!?。！？"
                and len(nxt) >= FAST_BREAK_CHARS
                and nxt[0].isupper()
            ):
                pass  # the common case: a sentence end before a capitalised full line
            else:
                b.prev = prev
                b.nxt = nxt
                # the piece after, if it could continue this one (see `_Break.after`)
                has_after = (
                    not split[i] and i + 1 < n and not blank[i + 1] and asides[i + 1] is None
                )
                after = starts[i + 1] if has_after else ""
                b.after = after
                b.prev_starts_block = block_started_at_prev and not split[i - 1]
                b.before_prev_ended = i < 2 or bool(term[i - 2])
                pt = term[i - 1]
                b.prev_ended = bool(pt)
                b.prev_fw = fw[i - 1]
                quotes.count()
                d = decide(b)
                if blank_layout:
                    join = True
                    if not d.join:
                        if pt and len(prev) > WRAP_MAX_WIDTH and start_term[i]:
                            # a finished line longer than any wrap, then a whole sentence (not
                            # a link's text): a paragraph break in a record that mixes layouts
                            join = False
                        d = Decision(join, "single-newline-in-paragraph", BLANK_LAYOUT_WRAP)
                    conf = d.confidence
                    keep_conf = 0.0
                else:
                    feats = features(
                        b,
                        d.rule,
                        pt,
                        start_term[i],
                        bool(after) and cont[i + 1],
                        start_term[i + 1] if after else "",
                        parts[0][:2],
                        run_lines >= 2 and not run_stop,
                        record,
                    )
                    z = 0.0
                    for k in feats:
                        z += weights[k]
                    if oracle is not None:
                        join = oracle(numl[i - 1], number, feats, d)
                    else:
                        join = _decide(z, d, feats)
                    conf = keep_conf = round(probability(z), 3)
                if join:
                    sep = _separator(prev, nxt, quotes)
                    edits.append(Edit("join", (numl[i - 1], number), d.rule, conf, sep))
                    parts.append(sep)
                    parts.append(nxt)
                    last = number
                    joined = True
                elif keep_conf >= KEEP_RECORDED or d.join or d.confidence > 0:
                    edits.append(
                        Edit("keep", (numl[i - 1], number), d.rule, keep_conf, applied=False)
                    )
            block_started_at_prev = not joined
        if not joined:
            quotes.reset()
            run_lines = 0
            run_stop = False
            if parts:
                blocks.append(Block(kind, "".join(parts), first, last))
            kind = aside.kind if aside is not None else "paragraph"
            parts = [nxt]
            first = last = number
        end = ends[i]
        if split[i]:
            lead = leads[i]
            for c in split_cols[i]:
                edits.append(
                    Edit("split", (number,), "glued-paragraph", SPLIT_GLUED, column=lead + c + 1)
                )
            for piece in pieces[i][1:]:
                blocks.append(Block(kind, "".join(parts), first, last))
                kind = "paragraph"
                parts = [piece]
                first = last = number
            quotes.reset()
        run_lines += 1
        if term[i] or end[-1] == ",":
            run_stop = True
        if aside is not None:
            edits.append(
                Edit("set-aside", (number,), aside.rule, aside.confidence, block_kind=aside.kind)
            )
        push(end)
        prev_aside = aside
    if parts:
        blocks.append(Block(kind, "".join(parts), first, last))
    _asides_by_block(
        blocks,
        edits,
        {numl[i]: [leads[i] + c + 1 for c in cols] for i, cols in split_cols.items()},
        {numl[i]: h for i, h in enumerate(hinted) if h},
    )
    return Repaired(tuple(blocks), tuple(edits), tuple(problems))


def _item_continues(
    item: r.Aside,
    i: int,
    blank: Sequence[bool],
    term: Sequence[str],
    cont: Sequence[bool],
    fw: Sequence[bool],
    asides: Sequence[r.Aside | None],
) -> bool:
    """Whether line ``i`` continues the list item on line ``i - 1``, cut at a link: the item is
    unfinished and the line starts like a continuation, or the item ends in a function word
    (``• extra funding for`` / ``GP surgeries``); a new item, a heading or a paragraph starts
    otherwise."""
    return (
        item.kind == "list-item"
        and asides[i] is None
        and not blank[i]
        and not term[i - 1]
        and (cont[i] or fw[i - 1])
    )


def _separator(left: str, right: str, quotes: _Quotes) -> str:
    """`join_separator`, with the quote balance of the whole block (counted incrementally)."""
    first = right[0]
    if first in "\"'" and not (first == "'" and right[1:2] in ("s", "S")):
        return "" if quotes.closes(first) else " "
    if left[-1] == '"' and first not in r.CLOSERS and not r.is_punctuation_only(right):
        # (closing punctuation attaches whatever the quote did: '"Resurs"' + '. Then …')
        before = left[-2] if len(left) > 1 else " "
        opens = quotes.double % 2 == 1 and (before.isspace() or before in r.OPENERS)
        return "" if opens else " "
    return r.join_separator(left, right)


join_separator = r.join_separator


# --- replay -------------------------------------------------------------------------------------


@attrs.define
class _Work:
    """A block under construction during replay, in a doubly linked list (joins and splits are
    O(1) in it; a Python list would make them linear and the replay quadratic)."""

    kind: BlockKind
    parts: list[str]
    """The text in pieces (joined once at the end: repeated concatenation is quadratic)."""
    size: int
    first: int
    last: int
    marks: list[tuple[int, int, int]]
    """(line number, offset of that line's text in the block, offset in the stripped line)."""
    prev: _Work | None = None
    next: _Work | None = None

    def text(self) -> str:
        if len(self.parts) > 1:
            self.parts = ["".join(self.parts)]
        return self.parts[0] if self.parts else ""


def apply_edits(
    lines: Sequence[str],
    edits: Iterable[Edit],
    *,
    numbers: Sequence[int] | None = None,
    min_confidence: float = 0.0,
) -> tuple[Block, ...]:
    """Replay ``edits`` on raw ``lines``: each non-blank line starts as a paragraph block.

    >>> apply_edits(["Talks with", "Vladimir Putin"],
    ...             [Edit("join", (1, 2), "function-word-at-end", 0.9, separator=" ")])
    (Block(kind='paragraph', text='Talks with Vladimir Putin', first_line=1, last_line=2),)
    """
    nums = list(numbers) if numbers is not None else list(range(1, len(lines) + 1))
    head = _Work("paragraph", [], 0, 0, 0, [])
    tail = head
    leads: dict[int, int] = {}
    by_line: dict[int, list[_Work]] = {}
    """The blocks that contain each line, in order."""
    for line, n in zip(lines, nums, strict=False):
        text = line.strip()
        if text and n not in by_line:
            leads[n] = len(line) - len(line.lstrip())
            w = _Work("paragraph", [text], len(text), n, n, [(n, 0, 0)], prev=tail)
            tail.next = w
            tail = w
            by_line[n] = [w]
    for e in edits:
        if not e.applied or e.confidence < min_confidence:
            continue
        if e.kind == "split":
            _apply_split(by_line, e, leads)
        elif e.kind == "join":
            _apply_join(by_line, e)
        elif e.kind == "set-aside" and e.block_kind is not None and by_line.get(e.lines[0]):
            _apply_set_aside(by_line[e.lines[0]], e, leads)
    out: list[Block] = []
    node = head.next
    while node is not None:
        out.append(Block(node.kind, node.text(), node.first, node.last))
        node = node.next
    return tuple(out)


def _apply_set_aside(blocks: list[_Work], e: Edit, leads: dict[int, int]) -> None:
    """Give ``e``'s kind to the block of its line: the first one, or with a column (a piece of
    a line split at glued paragraphs) the one starting there."""
    n = e.lines[0]
    if e.column and n in leads:
        start = e.column - 1 - leads[n]
        for w in blocks:
            # the first block starting on line n at the column or after it (a split drops the
            # spaces after its column)
            if w.marks and w.marks[0][0] == n and w.marks[0][1] == 0 and w.marks[0][2] >= start:
                w.kind = e.block_kind or w.kind
                return
        return
    blocks[0].kind = e.block_kind or blocks[0].kind


def _lines_of(w: _Work) -> list[int]:
    seen: list[int] = []
    for line, _, _ in w.marks:
        if not seen or seen[-1] != line:
            seen.append(line)
    return seen


def _apply_join(by_line: dict[int, list[_Work]], e: Edit) -> None:
    a, b = e.lines[0], e.lines[-1]
    left = by_line.get(a)
    right = [w for w in by_line.get(b, ()) if w.first == b and w.marks[0][0] == b]
    if not left or not right or left[-1].next is not right[0]:
        return  # not adjacent: nothing sensible to join
    lw, rw = left[-1], right[0]
    base = lw.size + len(e.separator)
    lw.marks.extend((n, off + base, src) for n, off, src in rw.marks)
    lw.parts.extend((e.separator, *rw.parts))
    lw.size = base + rw.size
    lw.last = rw.last
    lw.next = rw.next
    if rw.next is not None:
        rw.next.prev = lw
    for n in _lines_of(rw):
        blocks = by_line[n]
        k = blocks.index(rw)
        if k > 0 and blocks[k - 1] is lw:
            del blocks[k]
        else:
            blocks[k] = lw


def _apply_split(by_line: dict[int, list[_Work]], e: Edit, leads: dict[int, int]) -> None:
    n = e.lines[0]
    if n not in leads:
        return
    pos = e.column - 1 - leads[n]  # offset in the stripped line
    for w in by_line[n]:
        text = w.text()
        for k, (line, off, src) in enumerate(w.marks):
            if line != n:
                continue
            end = w.marks[k + 1][1] if k + 1 < len(w.marks) else len(text)
            at = off + pos - src
            if not off < at < end:
                continue
            left_text, right_text = text[:at].rstrip(), text[at:].lstrip()
            if not left_text or not right_text:
                return
            cut = len(text) - len(right_text)
            right_marks = [(n, 0, pos + (cut - at))] + [
                (ln, o - cut, s) for ln, o, s in w.marks[k + 1 :]
            ]
            new = _Work(w.kind, [right_text], len(right_text), n, w.last, right_marks, w, w.next)
            if w.next is not None:
                w.next.prev = new
            w.next = new
            w.parts, w.size, w.last, w.marks = [left_text], len(left_text), n, w.marks[: k + 1]
            for ln in _lines_of(new):
                blocks = by_line[ln]
                if ln == n:
                    blocks.insert(blocks.index(w) + 1, new)
                else:
                    blocks[blocks.index(w)] = new
            return
