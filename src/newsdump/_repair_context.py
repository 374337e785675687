"""What the repair knows about a break: the `Break` that join rules and the model both read.

The walk (``_repair.py``) fills one `Break` per record in place, break by break; `Quotes` keeps
the quote and bracket balance of the block being built; `LineFacts` holds the facts of each line
and of the whole record, computed once.  Nothing here decides anything.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from . import _text as tx
from ._language import (
    _ADJECTIVE_ENDINGS,
    FUNCTION_WORDS_OF,
    Language,
    ends_in_attributive,
    ends_in_function_word,
    function_words,
    guess_language,
)

LINK_LINE_WORDS: Final = 6
"""Words: a link's text is short; longer lines between fragments are running text."""
WRAP_MIN_LINES: Final = 6
"""Lines: fewer than this cannot show a hard-wrap width."""
WRAP_SHARE: Final = 0.6
"""Share of lines within ``WRAP_SLACK`` of the longest line for a record to count as wrapped."""
WRAP_SLACK: Final = 15
"""Characters: wrapped lines end within a word's length of the wrap width."""
WRAP_MAX_WIDTH: Final = 100
"""Characters: wider than this is not a hard wrap (news paragraphs are longer)."""
WRAP_MIN_WIDTH: Final = 30
"""Characters: narrower than this is not a hard wrap either (mailers and terminals wrap at
60–80, a newspaper's columns at about 30–40): a record of short lines is a menu or a list,
whose lines are all near the longest by their shortness alone."""
LOWERED_MAX: Final = 300
"""Characters: the walk lowers each line up to this long once a record, for the set-aside tests
that read a line's lower case (a longer line's entry is empty): none of them reads a longer
one's (captions and labels fit in 300, noise in 240) but the bounds' barrier and the title
test, which lower it themselves.  Lowering a web page's long paragraphs cost more than it
saved (half the lowering on junk-dev C is lines over 300 characters)."""


class Break:
    """Everything a join rule may look at for the break between ``prev`` and ``nxt``.

    One instance is reused for all the breaks of a record (filled in place: a new object per
    break would cost more than the rules themselves)."""

    __slots__ = (
        "after",
        "after_cont",
        "after_term",
        "before_prev_ended",
        "block_run",
        "block_start",
        "caps",
        "line",
        "nxt",
        "nxt_term",
        "prev",
        "prev_ended",
        "prev_fw",
        "prev_line",
        "prev_starts_block",
        "prev_term",
        "quotes",
        "record",
        "record_features",
        "record_flags",
        "texts",
        "wrap_width",
    )

    def __init__(
        self,
        quotes: Quotes,
        wrap_width: int,
        record: tuple[str, ...],
        texts: Sequence[str] = (),
    ) -> None:
        self.prev_line = 0
        """The input line number of ``prev``."""
        self.line = 0
        """The input line number of ``nxt``."""
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
        """Whether ``prev`` ends a sentence (computed once per line)."""
        self.prev_fw = False
        """Whether ``prev`` ends in a function word (computed once per line)."""
        self.prev_term = ""
        """The terminal punctuation of ``prev`` ("" if none)."""
        self.nxt_term = ""
        """The terminal punctuation of ``nxt`` ("" if none)."""
        self.after_cont = False
        """Whether ``after`` starts like a continuation."""
        self.after_term = ""
        """The terminal punctuation of ``after`` ("" if none or no ``after``)."""
        self.block_start = ""
        """The first two characters of the block ``prev`` ends."""
        self.block_run = False
        """Whether that block holds two or more lines and none of them ended in punctuation."""
        self.quotes = quotes
        """The quote and bracket balance of the block ``prev`` ends."""
        self.wrap_width = wrap_width
        """The record's hard-wrap width (0: not wrapped)."""
        self.record = record
        """The record's facts (`LineFacts.record`)."""
        self.record_features: list[int] | None = None
        """The same as the model's feature indices (the model fills it in on first use)."""
        self.record_flags = (False, False, False)
        """The record's facts the model combines with a break's (filled in with
        ``record_features``)."""
        self.texts = texts
        """The record's lines (the model reads its words when a break asks)."""
        self.caps: tuple[str, bool, str] | None = None
        """`_repair_evidence.capitals` of ``texts`` (the model fills it in on first use)."""


_QUOTE_CHARS: Final = re.compile(r"[\"'‘’“”„«»()\[\]]")
_SINGLE_OPEN: Final = re.compile(r"(?:^|(?<=[\s(\[“«]))['‘]")
"""A single quote at the start of the text or after a space or an opener."""
_SINGLE_CLOSE: Final = re.compile(r"(?<=\S)['’](?![^\W_])")
"""A single quote after a non-space and not before a letter or digit."""
_BRACKETS: Final = re.compile(r"[()\[\]]")


class Quotes:
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
        "low_open",
        "pending",
        "single_close",
        "single_open",
        "singles",
    )

    def __init__(self) -> None:
        self.pending: list[str] = []
        """Texts added but not counted yet: counting waits until a rule asks (most blocks end
        at a sentence end decided without looking at quotes, and are never counted)."""
        self._zero()

    def push(self, text: str) -> None:
        """Add ``text`` to the block (counted when needed: see `count`)."""
        self.pending.append(text)

    def count(self) -> Quotes:
        """Count the pending texts; returns self."""
        if self.pending:
            search = _QUOTE_CHARS.search
            for text in self.pending:
                if search(text) is not None:  # most lines hold no quote or bracket
                    self.dirty = True  # (only `_add` moves a count: `reset` zeroes these)
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
        self.singles: list[str] = []
        """Texts holding a single quote, not counted yet: only `closes` reads those counts
        (two look-behind searches a text), and rarely (a line starting with ``'``)."""
        self.depth = 0
        self.guillemet_left = 0
        self.guillemet_right = 0
        self.curly_open = 0
        self.curly_close = 0
        self.low_open = 0

    def _add(self, text: str) -> None:
        """Count the quotes and brackets of ``text``, known to hold at least one."""
        self.double += text.count('"')
        if "'" in text or "‘" in text or "’" in text:
            self.singles.append(text)  # (counted when asked: `closes`)
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
        self.low_open += text.count("„")  # German „…“: its “ closes

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
            if self.singles:
                for text in self.singles:
                    self.single_open += len(_SINGLE_OPEN.findall(text))
                    self.single_close += len(_SINGLE_CLOSE.findall(text))
                self.singles.clear()
            return self.single_open > self.single_close
        if quote == "”":
            # “…” closes an open “; Swedish and Finnish use ”…” (then parity decides)
            if self.curly_open:
                return self.curly_open > self.curly_close
            return self.curly_close % 2 == 1
        if quote == "“":
            return self.low_open > self.curly_open  # German „…“ (each “ so far closed one „)
        if quote == "»":
            return self.guillemet_left > self.guillemet_right
        if quote == "«":
            return self.guillemet_right > self.guillemet_left  # German »…«
        return quote == "’"


def wrap_width(texts: Sequence[str]) -> int:
    """The hard-wrap width of a record, or 0 when its lines are not wrapped."""
    if len(texts) < WRAP_MIN_LINES:
        return 0
    lengths = [len(x) for x in texts]
    widest = max(lengths)
    if not WRAP_MIN_WIDTH <= widest <= WRAP_MAX_WIDTH:
        return 0
    floor = widest - WRAP_SLACK
    near = sum(1 for k in lengths if k >= floor)
    return widest if near >= WRAP_SHARE * len(texts) else 0


class LineFacts:
    """Per-line facts, computed once per record (lists indexed like the non-blank lines)."""

    __slots__ = ("_ends", "_language", "cont", "fw", "record", "start_term", "term")

    def __init__(self, starts: Sequence[str], ends: Sequence[str], split: Sequence[bool]) -> None:
        terminals = tx.TERMINALS
        term = [
            x[-1] if x[-1] in terminals else "" if x[-1].isalnum() else tx.terminal_char(x)
            for x in ends
        ]
        self.term = term
        """The terminal punctuation ending each line ("" if none)."""
        self.start_term = [
            tx.terminal_char(s) if sp else t for s, sp, t in zip(starts, split, term, strict=True)
        ]
        """The same for the first piece of each line."""
        # (a line ending in a letter or digit: its last word is read, in the record's language)
        unfinished = "" in term
        self._ends = ends
        self._language: Language | None = None if unfinished else ""  # None: not guessed yet
        ends_fw = tx.ends_with_function_word
        if unfinished and (
            # the language is guessed only when a line may end in a function word of some
            # language (issue #16: most real records have none; every language's words are in
            # ANY_FUNCTION_WORDS, so a line that ends in none of those ends in none of its own)
            any(x[-1].isalnum() and ends_fw(x, ANY_FUNCTION_WORDS) for x in ends)
            or any(map(_may_be_attributive, ends))
        ):
            language = self.language
            words = function_words(language)
            de = language == "de"  # (the only language `ends_in_attributive` reads)
            self.fw = [
                x[-1].isalnum() and (ends_fw(x, words) or (de and ends_in_attributive(x, language)))
                for x in ends
            ]
        else:
            self.fw = [False] * len(ends)  # (no line ends in a function word of any language)
        """Whether each line ends in a function word of the record's language (or, in German,
        in an article and an adjective: ``der neuen`` / ``Bundesregierung``)."""
        self.cont = [
            True if x[0].islower() else False if x[0].isupper() else tx.continues(x) for x in starts
        ]
        """Whether each line starts like a continuation."""
        n = len(ends) or 1
        stops = (len(term) - term.count("")) / n
        conts = sum(self.cont) / n
        short = sum(1 for x in ends if len(x) < 40) / n
        record: list[str] = []
        if stops >= 0.8:
            record.append("record:stops>=0.8")
        elif stops < 0.5:
            record.append("record:stops<0.5")
        if short >= 0.5:
            record.append("record:short-lines>=0.5")
        if conts >= 0.1:
            record.append("record:continuations>=0.1")
        cont = self.cont
        # continuations after an unfinished line: after a short line (a link's text alone on
        # its line) as often as after a long one is the mark of a scraper that breaks before
        # links too (model B); one that breaks only after links leaves the link at the end of
        # a long line (model A)
        #
        # and a short unfinished line between an unfinished line and a continuation: a link's
        # text alone on its line, the mark of a scraper that breaks before and after links
        # (both counted in one pass: each needs an unfinished line before line k)
        after_short = after_long = links = 0
        inside = False
        last = len(ends) - 1
        for k in range(1, len(ends)):
            if term[k - 1]:
                continue
            if cont[k]:
                if ends[k - 1].count(" ") < 4:
                    after_short += 1
                else:
                    after_long += 1
            elif k < last and cont[k + 1] and not term[k] and ends[k].count(" ") < 4:
                links += 1
                inside = inside or cont[k - 1]
        if after_short >= 2 and after_short >= after_long:
            record.append("record:breaks-before-links")
        if inside:
            record.append("record:link-line-inside-sentence")
        if links >= 0.1 * n:
            record.append("record:link-lines>=0.1")
        elif links >= 0.03 * n:
            record.append("record:link-lines>=0.03")
        self.record = tuple(record)
        """The record-level facts, named as the model's features (in a fixed order)."""

    @property
    def language(self) -> Language:
        """The record's language ("" when unknown, or when no line is unfinished: nothing reads
        it): its function words are read (issue #18).  Guessed on first read (issue #16)."""
        if self._language is None:
            self._language = guess_language(self._ends)
        return self._language

    def ends_in_function_word(self, text: str) -> bool:
        """`_language.ends_in_function_word` of ``text`` in the record's language, which is
        guessed only when ``text`` may end in a function word of some language."""
        if not text or not text[-1].isalnum():
            return False
        if not (ends_with_any_function_word(text) or _may_be_attributive(text)):
            return False
        return ends_in_function_word(text, self.language)


ANY_FUNCTION_WORDS: Final = tx.FUNCTION_WORDS.union(*FUNCTION_WORDS_OF.values())
"""The function words of every language `function_words` may name (the lists of the languages
hold words the union of `tx.FUNCTION_WORDS` does not: ``an``, ``à``): a line that ends in none
of these ends in none of its record's language."""


def ends_with_any_function_word(text: str) -> bool:
    """Whether ``text`` ends in a function word of any language (``ANY_FUNCTION_WORDS``)."""
    return tx.ends_with_function_word(text, ANY_FUNCTION_WORDS)


def _may_be_attributive(text: str) -> bool:
    """`ends_in_attributive` of ``text`` in German, with its first test (an adjective's ending,
    read on the whole line in C) before the call."""
    return text.endswith(_ADJECTIVE_ENDINGS) and ends_in_attributive(text, "de")
