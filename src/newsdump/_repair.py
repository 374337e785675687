"""Repair of broken body lines: decide which line breaks are real (see docs/repair.md).

The repair walks the body lines once.  Each line is first checked for glued paragraphs (split)
and for page junk, headings, list items, captions and bylines (set aside); then every break
between two consecutive lines is judged by a list of rules, the first that speaks deciding.  Each
decision is recorded as an `Edit`; the blocks are *computed by replaying the edits* with
`apply_edits`, so replay reproduces the result by construction.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from typing import Final

import attrs

from . import _repair_rules as r
from ._model import Block, BlockKind, Edit, Problem

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

LONG_LINE: Final = 60
"""Characters: an unfinished line this long is running text, not a heading (headings in the
dev corpora are under 60 characters in nine cases out of ten)."""
LINK_LINE_WORDS: Final = 6
"""Words: a link's text is short; longer lines between fragments are running text."""
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
WRAP_MAX_WIDTH: Final = 100
"""Characters: wider than this is not a hard wrap (news paragraphs are longer)."""


@attrs.frozen
class Repaired:
    """The result of `repair`: the blocks, the edits that produce them, what was noticed."""

    blocks: tuple[Block, ...]
    edits: tuple[Edit, ...]
    problems: tuple[Problem, ...] = ()


@attrs.frozen
class Decision:
    """What one join rule decided about one break."""

    join: bool
    rule: str
    confidence: float


@attrs.frozen
class _Line:
    """A non-blank input line: its index, number, stripped text and leading whitespace."""

    index: int
    number: int
    text: str
    lead: int
    blank_before: bool


@attrs.frozen
class _Break:
    """Everything a join rule may look at for the break between ``prev`` and ``nxt``."""

    prev: str
    """The text before the break (the last piece of the previous line)."""
    nxt: str
    """The text after the break (the first piece of the next line)."""
    after: str
    """The piece after ``nxt`` ("" if none or if a blank line or set-aside intervenes)."""
    prev_starts_block: bool
    """Whether ``prev`` began its block (so it may be a heading or a standalone line)."""
    before_prev_ended: bool
    """Whether the line before ``prev`` ended a sentence (or there was none)."""
    quotes: _Quotes
    wrap_width: int


@attrs.frozen
class _Quotes:
    """Counts of quote and bracket characters in the current block, kept incrementally so that a
    long block costs linear time."""

    double: int = 0
    single_open: int = 0
    single_close: int = 0
    depth: int = 0
    guillemet_left: int = 0
    guillemet_right: int = 0
    curly_open: int = 0
    curly_close: int = 0

    def add(self, text: str) -> _Quotes:
        return _Quotes(
            self.double + text.count('"'),
            self.single_open + _count_single_open(text),
            self.single_close + _count_single_close(text),
            _depth_after(self.depth, text),
            self.guillemet_left + text.count("«"),
            self.guillemet_right + text.count("»"),
            self.curly_open + text.count("“"),
            self.curly_close + text.count("”"),
        )

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


def _count_single_open(text: str) -> int:
    return sum(
        1
        for i, ch in enumerate(text)
        if ch in "'‘" and (i == 0 or text[i - 1].isspace() or text[i - 1] in "([“«")
    )


def _count_single_close(text: str) -> int:
    n = len(text)
    return sum(
        1
        for i, ch in enumerate(text)
        if ch in "'’"
        and i > 0
        and not text[i - 1].isspace()
        and (i + 1 == n or not text[i + 1].isalnum())
    )


def _depth_after(depth: int, text: str) -> int:
    for ch in text:
        if ch in "([":
            depth += 1
        elif ch in ")]" and depth > 0:
            depth -= 1
    return depth


# --- join rules: each returns a Decision or None (no opinion) ------------------------------------


def rule_punctuation_line(b: _Break) -> Decision | None:
    """``.`` / ``,`` / ``"`` / ``..`` alone: the tail of the sentence before (a link ended it)."""
    if r.is_punctuation_only(b.nxt):
        first = b.nxt[0]
        if first in "\"'“" and not b.quotes.closes(first) and b.after != "":
            return None  # an opening quote alone belongs to what follows
        return Decision(True, "punctuation-only-line", PUNCTUATION_LINE)
    return None


def rule_opener_end(b: _Break) -> Decision | None:
    """A line ending in ``(``, ``[``, ``“``, ``«`` or an opening straight quote continues."""
    last = b.prev[-1]
    # “ and « close quotations in German and Danish: an opener opens only after a space
    if last in r.OPENERS and (len(b.prev) == 1 or b.prev[-2].isspace() or b.prev[-2] in r.OPENERS):
        return Decision(True, "opener-at-end", OPENER_END)
    if last in "\"'" and r.is_punctuation_only(b.prev) and b.quotes.double % 2 != 0:
        return Decision(True, "opener-at-end", OPENER_END)
    if last == '"' and (len(b.prev) == 1 or b.prev[-2].isspace()) and b.quotes.double % 2 == 1:
        return Decision(True, "opener-at-end", OPENER_END)
    return None


def rule_closer_start(b: _Break) -> Decision | None:
    """A line starting with closing punctuation, ``'s`` or a closing quote continues."""
    first = b.nxt[0]
    if b.nxt.startswith(("...", "…")):
        if r.ends_sentence(b.prev) or b.prev.startswith(("...", "…")):
            return None
        return Decision(True, "ellipsis-continues", CLOSER_START)
    if first in "\"'”’»«":
        if first in "'’" and b.nxt[1:2] in ("s", "S") and not b.nxt[2:3].isalpha():
            return Decision(True, "possessive-start", CLOSER_START)
        if r.ends_sentence(b.prev) and b.nxt[1:2].isalnum():
            return None  # a quotation opening after a finished sentence
        if b.quotes.closes(first) or (
            not r.ends_sentence(b.prev) and b.nxt[1:2] in ("", " ") and b.prev.count(first) % 2
        ):
            return Decision(True, "closing-quote-start", CLOSER_START)
        return None
    if first in r.CLOSERS:
        return Decision(True, "closing-punctuation-start", CLOSER_START)
    return None


def rule_lower_start(b: _Break) -> Decision | None:
    """A lower-case first letter continues the line before (German nouns and names are
    capitalised, so the converse does not hold: see the rules after this one)."""
    ch = b.nxt[0]
    if ch in "([":  # "(whom …", "(VZBV) die …": a parenthesis continues an unfinished line
        if r.ends_sentence(b.prev):
            return None
        inner = r.first_letter(b.nxt)
        if r.letter_case(inner) == "lower" or not _may_be_heading(b):
            return Decision(True, "parenthesis-continues", LOWER_START)
        return None
    if ch in r.DASHES and r.continues(b.nxt):
        return Decision(True, "dash-continues", LOWER_START)
    if ch in r.DASHES and not r.ends_sentence(b.prev):
        # "… in a report" / "— citing experts …": a dash after an unfinished line continues it;
        # dialogue dashes (Nordic, Russian) open paragraphs after finished ones
        if b.nxt[1:2].isalnum() or not _may_be_heading(b):
            return Decision(True, "dash-continues", LOWER_START)
        return None
    if r.letter_case(ch) != "lower":
        return None
    if r.ends_sentence(b.prev):
        if r.terminal_char(b.prev) in ":;":
            return None  # "Type:" / "chmod …": a list or a command follows
        # rare in running text, common in lists and menus: recorded, not applied
        return Decision(False, "lower-case-after-stop", LOWER_AFTER_STOP)
    return Decision(True, "lower-case-start", LOWER_START)


def _may_be_heading(b: _Break) -> bool:
    """Whether ``prev`` could be a heading: a whole, heading-like line after a finished one."""
    return b.prev_starts_block and b.before_prev_ended and r.heading_like(b.prev)


def rule_function_word(b: _Break) -> Decision | None:
    """``… talks with`` / ``Vladimir Putin``: an article or preposition cannot end a paragraph."""
    if r.ends_with_function_word(b.prev):
        return Decision(True, "function-word-at-end", FUNCTION_WORD_END)
    return None


def rule_open_bracket(b: _Break) -> Decision | None:
    """An unfinished line inside an open bracket continues."""
    if b.quotes.depth > 0 and not r.ends_sentence(b.prev):
        return Decision(True, "open-bracket", OPEN_BRACKET)
    return None


def rule_link_line(b: _Break) -> Decision | None:
    """``… the Russian President`` / ``Vladimir Putin`` / ``said …``: a short unfinished line
    that is itself continued is a link's text inside a sentence."""
    if r.ends_sentence(b.prev) or r.ends_sentence(b.nxt) or not b.after:
        return None
    if r.word_count(b.nxt) > LINK_LINE_WORDS:
        return None
    if b.prev_starts_block and b.before_prev_ended and r.heading_like(b.prev):
        return None  # the unfinished line may be a heading (whose paragraph starts with a link)
    a = b.after[0]
    if r.letter_case(a) == "lower" or (a in r.CLOSERS and not b.after.startswith(("...", "…"))):
        return Decision(True, "link-text-line", LINK_LINE)
    return None


def rule_uncased_midsentence(b: _Break) -> Decision | None:
    """Arabic, CJK: no case to read, so an unfinished long line followed by text continues."""
    first = r.first_letter(b.nxt)
    last = r.first_letter(b.prev[::-1])
    if r.letter_case(first) != "uncased" or r.letter_case(last) != "uncased":
        return None
    if r.script_of(first) not in UNCASED_WITH_STOPS:
        return None  # Thai, Lao, Khmer end paragraphs without punctuation
    if r.ends_sentence(b.prev) or len(b.prev) < LONG_LINE:
        return None
    return Decision(True, "uncased-mid-sentence", UNCASED_MIDSENTENCE)


def rule_hard_wrap(b: _Break) -> Decision | None:
    """In a record wrapped at a fixed width, a line ends early only at a paragraph end."""
    if not b.wrap_width:
        return None
    word = b.nxt.split(" ", 1)[0]
    if len(b.prev) + 1 + len(word) > b.wrap_width:
        return Decision(True, "hard-wrap", HARD_WRAP)
    return None


def rule_unsure(b: _Break) -> Decision:
    """Nothing spoke: keep the break; an unfinished line is worth recording as a doubt."""
    if not r.ends_sentence(b.prev):
        return Decision(False, "unfinished-before-capital", KEEP_UNSURE)
    return Decision(False, "sentence-end", 0.0)


JOIN_RULES: Final = (
    rule_punctuation_line,
    rule_opener_end,
    rule_closer_start,
    rule_lower_start,
    rule_function_word,
    rule_open_bracket,
    rule_link_line,
    rule_uncased_midsentence,
    rule_hard_wrap,
)
"""In order of precedence: the first rule with an opinion decides."""


def decide(b: _Break) -> Decision:
    """Judge one break with the first rule that has an opinion."""
    for rule in JOIN_RULES:
        d = rule(b)
        if d is not None:
            return d
    return rule_unsure(b)


# --- set-aside ----------------------------------------------------------------------------------


def _aside_of(
    lines: Sequence[_Line],
    i: int,
    starts: Sequence[str],
    ends: Sequence[str],
    blank_layout: bool,
) -> r.Aside | None:
    """The set-aside kind of line ``i``, judged by its text and by its neighbours.

    ``starts``/``ends`` are the first/last pieces of each line (after glued splits)."""
    text = lines[i].text
    prev = ends[i - 1] if i > 0 and not lines[i].blank_before else ""
    nxt = starts[i + 1] if i + 1 < len(lines) and not lines[i + 1].blank_before else ""
    strong = r.noise_by_pattern(text)
    if strong is not None:
        if strong.rule == "share-buttons" and _continued(prev, nxt):
            return None  # "said on" / "Twitter" / "that …": a link, not a button
        if text[0].isalpha() and not r.ends_sentence(text) and r.continues(nxt) and " " in text:
            return None  # "Follow us on Facebook" / "and Twitter": a sentence, not a button
        return strong
    if nxt and r.is_read_time_number(text, nxt):
        return r.Aside("noise", "read-time", 0.9)
    if prev and (r.ends_with_function_word(prev) or prev[-1] in r.OPENERS):
        return None  # whatever this looks like, it continues the line before
    for shape in (r.list_item, r.byline, r.caption):
        found = shape(text)
        if found is not None:
            return found
    after_end = not prev or r.ends_sentence(prev) or prev[-1] in '"”»'
    nxt_continues = r.continues(nxt)
    if blank_layout:
        # blank lines mark paragraphs: a heading stands alone between them
        alone = (
            i + 1 < len(lines) and lines[i + 1].blank_before and (i == 0 or lines[i].blank_before)
        )
        if alone and r.heading_shape(text) and not r.ends_with_function_word(text):
            return r.Aside("heading", "heading-shape", 0.7)
        return None
    in_run = (after_end or r.tag_word(prev)) and (not nxt_continues or r.tag_word(nxt))
    if r.tag_word(text) and in_run:
        return r.Aside("noise", "tag-word", 0.7)
    if (
        r.heading_shape(text)
        and after_end
        and nxt
        and not nxt_continues
        and not r.ends_with_function_word(text)
        and not r.is_punctuation_only(nxt)
        and not (nxt[0] in "\"'”’»" and r.is_punctuation_only(nxt[:1]))
        and not (len(text) < SHORT_HEADING and _link_line_follows(lines, i, starts, ends))
    ):
        return r.Aside("heading", "heading-shape", 0.7)
    return None


def _link_line_follows(
    lines: Sequence[_Line], i: int, starts: Sequence[str], ends: Sequence[str]
) -> bool:
    """Whether line ``i`` is followed by a short unfinished line that is itself continued: the
    shape of a sentence cut around a link (``Auch bei`` / ``Amazon`` / ``gibt es …``)."""
    if i + 2 >= len(lines) or lines[i + 1].blank_before or lines[i + 2].blank_before:
        return False
    link = starts[i + 1]
    return (
        r.word_count(link) <= LINK_LINE_WORDS
        and not r.ends_sentence(link)
        and starts[i + 1] == ends[i + 1]
        and r.continues(starts[i + 2])
    )


def _continued(prev: str, nxt: str) -> bool:
    """Whether the context around a line says it sits inside a sentence."""
    return bool(prev) and (
        r.ends_with_function_word(prev)
        or (not r.ends_sentence(prev) and bool(nxt) and r.letter_case(nxt[0]) == "lower")
    )


def _wrap_width(lines: Sequence[_Line]) -> int:
    """The hard-wrap width of a record, or 0 when its lines are not wrapped."""
    if len(lines) < WRAP_MIN_LINES:
        return 0
    widest = max(len(x.text) for x in lines)
    if widest > WRAP_MAX_WIDTH:
        return 0
    near = sum(1 for x in lines if len(x.text) >= widest - WRAP_SLACK)
    return widest if near >= WRAP_SHARE * len(lines) else 0


# --- the repair -----------------------------------------------------------------------------------


def _split_columns(text: str) -> list[int]:
    """0-based starts of the glued paragraphs inside ``text``."""
    cols: list[int] = []
    start = 0
    while True:
        at = r.glued_split_column(text, start)
        if at < 0:
            return cols
        cols.append(at)
        start = at


def repair(lines: Sequence[str], *, numbers: Sequence[int] | None = None) -> Repaired:
    """Decide which breaks between ``lines`` are real; see docs/repair.md.

    >>> rep = repair(["He opposed any sanctions", "against Moscow.", "Talks resume today."])
    >>> [b.text for b in rep.blocks]
    ['He opposed any sanctions against Moscow.', 'Talks resume today.']
    >>> rep.edits[0].rule, rep.edits[0].separator
    ('lower-case-start', ' ')
    """
    nums = list(numbers) if numbers is not None else list(range(1, len(lines) + 1))
    items: list[_Line] = []
    blank = False
    for i, raw in enumerate(lines):
        text = raw.strip()
        if not text:
            blank = True
            continue
        lead = len(raw) - len(raw.lstrip())
        items.append(_Line(i, nums[i], text, lead, blank and bool(items)))
        blank = False
    blank_layout = any(x.blank_before for x in items)
    wrap = 0 if blank_layout else _wrap_width(items)

    pieces: list[list[str]] = []
    edits: list[Edit] = []
    split_edits: list[list[Edit]] = []
    for x in items:
        cols = _split_columns(x.text)
        bounds = [0, *cols, len(x.text)]
        pieces.append([x.text[a:b].strip() for a, b in itertools.pairwise(bounds)])
        split_edits.append(
            [
                Edit("split", (x.number,), "glued-paragraph", SPLIT_GLUED, column=x.lead + c + 1)
                for c in cols
            ]
        )
    starts = [p[0] for p in pieces]
    ends = [p[-1] for p in pieces]
    asides = [_aside_of(items, i, starts, ends, blank_layout) for i in range(len(items))]

    problems: list[Problem] = []
    quotes = _Quotes()
    block_started_at_prev = True
    for i, x in enumerate(items):
        if i > 0:
            prev_line = items[i - 1]
            b = _Break(
                prev=ends[i - 1],
                nxt=starts[i],
                after=_after(items, pieces, asides, i),
                prev_starts_block=block_started_at_prev and len(pieces[i - 1]) == 1,
                before_prev_ended=i < 2 or r.ends_sentence(ends[i - 2]),
                quotes=quotes,
                wrap_width=wrap,
            )
            joined = False
            if asides[i - 1] is not None or asides[i] is not None:
                pass  # set-aside lines are never joined: the set-aside edit records why
            elif x.blank_before:
                if quotes.is_open() and b.prev[-1] not in '"”»«':
                    edits.append(
                        Edit(
                            "keep",
                            (prev_line.number, x.number),
                            "open-quotation",
                            QUOTE_BREAK,
                            applied=False,
                        )
                    )
                    problems.append(
                        Problem(
                            "suspected-false-break",
                            "blank line inside an open quotation (kept)",
                            x.number,
                        )
                    )
            else:
                d = decide(b)
                if blank_layout and not d.join and asides[i] is None:
                    d = Decision(True, "single-newline-in-paragraph", BLANK_LAYOUT_WRAP)
                if d.join:
                    sep = _separator(b.prev, b.nxt, quotes)
                    edits.append(
                        Edit(
                            "join",
                            (prev_line.number, x.number),
                            d.rule,
                            d.confidence,
                            separator=sep,
                        )
                    )
                    joined = True
                elif d.confidence > 0:
                    edits.append(
                        Edit(
                            "keep",
                            (prev_line.number, x.number),
                            d.rule,
                            d.confidence,
                            applied=False,
                        )
                    )
            if not joined:
                quotes = _Quotes()
            block_started_at_prev = not joined
        edits.extend(split_edits[i])
        if asides[i] is not None:
            a = asides[i]
            assert a is not None
            edits.append(Edit("set-aside", (x.number,), a.rule, a.confidence, block_kind=a.kind))
        if len(pieces[i]) > 1:
            quotes = _Quotes()
        quotes = quotes.add(pieces[i][-1])

    blocks = apply_edits(lines, edits, numbers=nums)
    return Repaired(blocks, tuple(edits), tuple(problems))


def _after(
    items: Sequence[_Line],
    pieces: Sequence[Sequence[str]],
    asides: Sequence[r.Aside | None],
    i: int,
) -> str:
    """The piece after line ``i``'s first piece, if it could continue it."""
    if len(pieces[i]) > 1:
        return ""
    if i + 1 >= len(items) or items[i + 1].blank_before or asides[i + 1] is not None:
        return ""
    return pieces[i + 1][0]


def _separator(left: str, right: str, quotes: _Quotes) -> str:
    """`join_separator`, with the quote balance of the whole block (counted incrementally)."""
    first = right[0]
    if first in "\"'" and not (first == "'" and right[1:2] in ("s", "S")):
        return "" if quotes.closes(first) else " "
    if left[-1] == '"' and not r.is_punctuation_only(right):
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
            by_line[e.lines[0]][0].kind = e.block_kind
    out: list[Block] = []
    node = head.next
    while node is not None:
        out.append(Block(node.kind, node.text(), node.first, node.last))
        node = node.next
    return tuple(out)


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
