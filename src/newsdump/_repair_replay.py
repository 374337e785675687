"""Replay: rebuild the blocks of a body from its lines and the repair's edits.

`apply_edits` is what makes every decision of the repair checkable and reversible (the repair
builds its blocks exactly as the replay does: the property tests check it); `join_separator` is
the text a removed break leaves between its two sides (also used by the HTML reader).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, Final, Protocol

import attrs

from ._model import Block, BlockKind, DecidedBy, Edit, EditKind
from ._text import CLOSERS, DASHES, OPENERS, TERMINALS, is_cjk

_ELISION: Final = re.compile(
    r"(?:^|[\s(«“\"])(?:[lLdDjJnNsScCmMtT]|[qQ]u|[jJ]usqu|[lL]orsqu|[pP]uisqu"
    r"|[dD]ell|[aA]ll|[dD]all|[nN]ell|[sS]ull|[cC]oll|[qQ]uell|[uU]n|[sS]ant)['’]$"
)
"""French and Italian elisions (``l’``, ``d'``, ``qu’``, ``jusqu’``, ``dell’``, ``un’``) attach
to the next word; searched in the last `_ELISION_WINDOW` characters."""
_ELISION_WINDOW: Final = 8
"""Characters: the longest elided word (``lorsqu’``) and the space or bracket before it."""


def _opens_quote(left: str, quote: str) -> bool:
    """Whether the last ``quote`` of ``left`` (its final character) opens a quotation.

    A straight quote opens when it follows a space or an opener and the quotes before it are
    balanced; the evidence is the count of that quote character in ``left``.
    """
    before = left[-2] if len(left) > 1 else " "
    return (before.isspace() or before in OPENERS or before in DASHES) and left.count(
        quote
    ) % 2 == 1


def _closes_quote(left: str, quote: str) -> bool:
    """Whether a ``quote`` starting the right side closes a quotation left open in ``left``."""
    if quote == "'":
        # apostrophes inside words ("don't") are not quotes; count only word-initial ones
        opened = sum(1 for m in re.finditer(r"(?:^|(?<=[\s(\[“«]))'", left))
        closed = sum(1 for m in re.finditer(r"(?<=[\w.,!?])'(?!\w)", left))
        return opened > closed
    return left.count(quote) % 2 == 1


def join_separator(left: str, right: str) -> str:
    """The text to put between ``left`` and ``right`` when a break between them is removed.

    No space before closing punctuation, ``'s`` or a closing quote; none after opening brackets,
    an opening quote, an elision (``l’``) or a word-joining hyphen; none between CJK characters.

    >>> join_separator("oppose any sanctions", "against Moscow")
    ' '
    >>> join_separator("rather than with France", ".")
    ''
    >>> join_separator('He called it "', "historic")
    ''
    >>> join_separator('He called it "historic', '" and left.')
    ''
    >>> join_separator("Putin", "’s visit")
    ''
    """
    if not left or not right:
        return ""
    last, first = left[-1], right[0]
    if first in "”’»" and right[1:2].isalnum() and last in TERMINALS:
        return " "  # a quotation opening after a sentence end (Swedish ”…”, Danish »…«)
    if first in CLOSERS and not right.startswith(("...", "…")):
        return ""
    if right.startswith(("...", "…")):
        # an ellipsis after a word trails it; after a sentence end it starts new text
        return " " if last in TERMINALS or last.isspace() else ""
    if first in "'’" and right[1:2] in ("s", "S") and not right[2:3].isalpha():
        return ""
    if last in OPENERS and (len(left) == 1 or left[-2].isspace() or left[-2] in OPENERS):
        return ""
    if is_cjk(last) or is_cjk(first):
        return ""
    if first in "\"'":
        return "" if _closes_quote(left, first) else " "
    if last in "'’" and _ELISION.search(left[-_ELISION_WINDOW:]):
        return ""  # before the straight quote test: "d'" is no closing quote
    if last in "\"'" and len(left) > 0:
        return "" if _opens_quote(left, last) else " "
    if first == "-" and right[1:2].isalpha() and last.isalnum():
        return ""  # "Radon" + "-Messungen": a compound cut before its hyphen
    if last in DASHES:
        # "post-" + "war", "1971—" + "invoked": a dash glued to its word stays glued
        return " " if len(left) < 2 or left[-2].isspace() else ""
    return " "


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
    rule: str | None = None
    """The rule that set a noise block aside (`Block.rule`)."""

    def text(self) -> str:
        if len(self.parts) > 1:
            self.parts = ["".join(self.parts)]
        return self.parts[0] if self.parts else ""


def checked_lines(lines: Sequence[str], caller: str) -> Sequence[str]:
    """``lines`` if they are a sequence of lines, else a `TypeError` saying what to pass: a
    ``str`` is a sequence too, of one-character lines, which nobody means.

    >>> checked_lines("Talks resume today.", "repair")
    Traceback (most recent call last):
    TypeError: repair() takes the lines of a body (a list of str), not a str: split it first \
(text.splitlines())
    """
    if isinstance(lines, Sequence) and not isinstance(lines, (str, bytes)):
        return lines
    what = "a str" if isinstance(lines, str) else type(lines).__name__
    hint = ": split it first (text.splitlines())" if isinstance(lines, str) else ""
    raise TypeError(f"{caller}() takes the lines of a body (a list of str), not {what}{hint}")


def apply_edits(
    lines: Sequence[str],
    edits: Iterable[Edit],
    *,
    numbers: Sequence[int] | None = None,
    min_confidence: float = 0.0,
) -> tuple[Block, ...]:
    """Replay ``edits`` on raw ``lines``: each non-blank line starts as a paragraph block.

    >>> apply_edits(["Talks with", "Milena Dortkov"],
    ...             [Edit("join", (1, 2), "function-word-at-end", 0.9, separator=" ")])
    (Block(kind='paragraph', text='Talks with Milena Dortkov', first_line=1, last_line=2,\
 rule=None),)
    """
    lines = checked_lines(lines, "apply_edits")
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
        out.append(Block(node.kind, node.text(), node.first, node.last, node.rule))
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
                _set_aside(w, e)
                return
        return
    _set_aside(blocks[0], e)


def _set_aside(w: _Work, e: Edit) -> None:
    w.kind = e.block_kind or w.kind
    w.rule = e.rule if w.kind == "noise" else None


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
            # (a paragraph, as in the walk: a set-aside edit names the piece it sets aside)
            new = _Work(
                "paragraph", [right_text], len(right_text), n, w.last, right_marks, w, w.next
            )
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


MakeBlock = Callable[[BlockKind, str, int, int, str | None], Block]
"""``Block(kind, text, first_line, last_line, rule)``, every field given."""


class MakeEdit(Protocol):
    """``Edit(kind, lines, rule, confidence, separator, column, block_kind, applied, decided_by,
    probability)``, in `Edit`'s field order, with `Edit`'s defaults."""

    def __call__(
        self,
        kind: EditKind,
        lines: tuple[int, ...],
        rule: str,
        confidence: float,
        separator: str = "",
        column: int = 0,
        block_kind: BlockKind | None = None,
        applied: bool = True,
        decided_by: DecidedBy = "rule",
        probability: float | None = None,
    ) -> Edit: ...


def builders() -> tuple[MakeBlock, MakeEdit]:
    """`Block` and `Edit` makers for the walk: the same values the attrs ``__init__`` makes,
    built by setting the slots (as `_model.paragraph_blocks` does), the edit's fields by
    position or keyword with `Edit`'s defaults.  The walk makes a block per paragraph and an
    edit per break it records or line it sets aside; the generated ``__init__`` (a bound
    ``object.__setattr__`` per field, keywords) costs about 1.8 times as much for an `Edit`.
    Neither class has validators or converters to skip, and tests check that the makers equal
    attrs construction field by field (tests/test_fast_model.py, tests/test_fast_s10_walk.py)."""
    new = object.__new__
    block_slots: Mapping[str, Any] = vars(Block)
    b_kind, b_text, b_first, b_last, b_rule = (
        block_slots[name].__set__ for name in ("kind", "text", "first_line", "last_line", "rule")
    )
    edit_slots: Mapping[str, Any] = vars(Edit)
    (e_kind, e_lines, e_rule, e_conf, e_sep, e_col, e_bkind, e_applied, e_by, e_prob) = (
        edit_slots[name].__set__
        for name in (
            "kind",
            "lines",
            "rule",
            "confidence",
            "separator",
            "column",
            "block_kind",
            "applied",
            "decided_by",
            "probability",
        )
    )

    def block(kind: BlockKind, text: str, first: int, last: int, rule: str | None) -> Block:
        made = new(Block)
        b_kind(made, kind)
        b_text(made, text)
        b_first(made, first)
        b_last(made, last)
        b_rule(made, rule)
        return made

    def edit(
        kind: EditKind,
        lines: tuple[int, ...],
        rule: str,
        confidence: float,
        separator: str = "",
        column: int = 0,
        block_kind: BlockKind | None = None,
        applied: bool = True,
        decided_by: DecidedBy = "rule",
        probability: float | None = None,
    ) -> Edit:
        made = new(Edit)
        e_kind(made, kind)
        e_lines(made, lines)
        e_rule(made, rule)
        e_conf(made, confidence)
        e_sep(made, separator)
        e_col(made, column)
        e_bkind(made, block_kind)
        e_applied(made, applied)
        e_by(made, decided_by)
        e_prob(made, probability)
        return made

    return block, edit
