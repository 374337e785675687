"""The line repair: walk a record's body lines once and decide which breaks are real.

The stages, each in a module named for its job (a line's data flows down them, never back):

- ``_text.py``: character and sentence tests (what ends a sentence, CJK, function words);
- ``_repair_glued.py``: paragraphs glued on one line (``… 2022.Experts …``), split;
- ``_repair_junk.py`` and ``_repair_aside.py``: lines that are not running text (page junk,
  headings, list items, captions, bylines), by their text and by their neighbours;
- ``_repair_context.py``: the `Break` that the join rules and the model read;
- ``_repair_rules.py``: the join rules, one function each, and `RULES`, the registry of every
  rule an `Edit` can name;
- ``_repair_model.py``: the `JoinPolicy` that weighs a rule's proposal (a logistic regression);
- this module: the walk that combines them into blocks and edits, and `explain`;
- ``_repair_replay.py``: `apply_edits`, which rebuilds the blocks from the edits (the property
  tests check replay == repair), and `join_separator`.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Final

import attrs

from ._model import Block, BlockKind, Edit, Problem
from ._repair_aside import aside_of, asides_by_block, item_continues
from ._repair_context import WRAP_MAX_WIDTH, Break, LineFacts, Quotes, wrap_width
from ._repair_glued import may_be_glued, split_columns
from ._repair_junk import aside_hints
from ._repair_model import KEEP_RECORDED, JoinPolicy, Verdict, probability
from ._repair_replay import apply_edits, join_separator
from ._repair_rules import (
    BLANK_LAYOUT_WRAP,
    ITEM_CONTINUED,
    QUOTE_BREAK,
    SPLIT_GLUED,
    Aside,
    Decision,
    decide,
)
from ._text import CLOSERS, OPENERS, is_punctuation_only

__all__ = ["Repaired", "apply_edits", "break_features", "join_separator", "repair"]

FAST_BREAK_CHARS: Final = 60
"""Characters: a sentence end before a capitalised line this long is a paragraph break, decided
without the model (a shorter line may be a link's text starting the next sentence)."""


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


def repair(
    lines: Sequence[str], *, numbers: Sequence[int] | None = None, policy: JoinPolicy | None = None
) -> Repaired:
    """Decide which breaks between ``lines`` are real; see docs/repair.md.

    ``policy`` weighs the join rules' proposals (default: the fitted model).

    >>> rep = repair(["He opposed any sanctions", "against Moscow.", "Talks resume today."])
    >>> for block in rep.blocks:
    ...     print(block.text)
    He opposed any sanctions against Moscow.
    Talks resume today.
    >>> rep.edits[0].rule, rep.edits[0].separator
    ('lower-case-start', ' ')
    """
    return _walk(lines, numbers, JoinPolicy() if policy is None else policy)


class _Recorder(JoinPolicy):
    """The fitted policy, noting what it saw at each break it judged."""

    __slots__ = ("seen",)

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[tuple[tuple[int, int], str, float, tuple[str, ...]]] = []

    def decide(self, b: Break, d: Decision) -> Verdict:
        verdict, names = self.explain(b, d)
        self.seen.append(((b.prev_line, b.line), d.rule, probability(verdict.score), names))
        return verdict


def break_features(
    lines: Sequence[str], *, numbers: Sequence[int] | None = None
) -> list[tuple[tuple[int, int], str, float, tuple[str, ...]]]:
    """For each break the model judged: the two line numbers, the rule, the join probability and
    the names of the features that were 1 (what an `Edit`'s confidence is made of).

    >>> [(pair, rule) for pair, rule, _, _ in break_features(["Talks with", "Anna Berg", "ended."])]
    [((1, 2), 'function-word-at-end'), ((2, 3), 'lower-case-start')]
    """
    recorder = _Recorder()
    _walk(lines, numbers, recorder)
    return recorder.seen


def _walk(lines: Sequence[str], numbers: Sequence[int] | None, policy: JoinPolicy) -> Repaired:
    """`repair`, with ``policy`` weighing the join rules' proposals."""
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
    wrap = 0 if blank_layout else wrap_width(texts)

    # glued paragraphs: most lines have none (one regex search each)
    pieces: dict[int, list[str]] = {}
    split_cols: dict[int, list[int]] = {}
    starts = texts
    ends = texts
    for i in may_be_glued(texts):
        text = texts[i]
        if i and text[0] in ".!?…" and not blank[i]:
            # "… talks with the" / "?Experts say …": were the lines joined ("" before "?"),
            # the glue would show, and repairing the result would split it: split it now
            cols = split_columns(text, ends[i - 1])
        else:
            cols = split_columns(text)
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
    hints = aside_hints  # most lines: 0, no set-aside shape can match whatever the context
    hinted = [hints(text) for text in texts]
    asides = [
        aside_of(texts, blank, i, starts, ends, info, blank_layout, h) if h else None
        for i, h in enumerate(hinted)
    ]

    edits: list[Edit] = []
    problems: list[Problem] = []
    blocks: list[Block] = []
    quotes = Quotes()
    push = quotes.pending.append
    b = Break(quotes, wrap, info.record)
    start_term = info.start_term
    cont = info.cont
    fast = not wrap and not blank_layout
    parts: list[str] = []
    kind: BlockKind = "paragraph"
    first = last = 0
    block_started_at_prev = True
    run_lines = 0
    run_stop = False
    prev_aside: Aside | None = None
    for i in range(n):
        number = numl[i]
        aside = asides[i]
        nxt = starts[i]
        joined = False
        if i > 0:
            prev = ends[i - 1]
            if prev_aside is not None and item_continues(
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
                # the piece after, if it could continue this one (see `Break.after`)
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
                    b.prev_line = numl[i - 1]
                    b.line = number
                    b.prev_term = pt
                    b.nxt_term = start_term[i]
                    b.after_cont = bool(after) and cont[i + 1]
                    b.after_term = start_term[i + 1] if after else ""
                    b.block_start = parts[0][:2]
                    b.block_run = run_lines >= 2 and not run_stop
                    verdict = policy.decide(b, d)
                    join = verdict.join
                    conf = keep_conf = round(probability(verdict.score), 3)
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
    asides_by_block(
        blocks,
        edits,
        {numl[i]: [leads[i] + c + 1 for c in cols] for i, cols in split_cols.items()},
        {numl[i]: h for i, h in enumerate(hinted) if h},
    )
    return Repaired(tuple(blocks), tuple(edits), tuple(problems))


def _separator(left: str, right: str, quotes: Quotes) -> str:
    """`join_separator`, with the quote balance of the whole block (counted incrementally)."""
    first = right[0]
    if first in "\"'" and not (first == "'" and right[1:2] in ("s", "S")):
        return "" if quotes.closes(first) else " "
    if left[-1] == '"' and first not in CLOSERS and not is_punctuation_only(right):
        # (closing punctuation attaches whatever the quote did: '"Resurs"' + '. Then …')
        before = left[-2] if len(left) > 1 else " "
        opens = quotes.double % 2 == 1 and (before.isspace() or before in OPENERS)
        return "" if opens else " "
    return join_separator(left, right)
