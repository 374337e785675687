"""The line repair: walk a record's body lines once and decide which breaks are real.

The stages, each in a module named for its job (a line's data flows down them, never back):
``_text`` and ``_language`` (sentence tests, function words, the record's language);
``_repair_context`` (the `Break` the rules and the model read); ``_repair_rules`` (the join
rules, one function each) and ``_repair_registry`` (`RULES`, every rule an `Edit` can name);
``_repair_junk``, ``_repair_labels``, ``_repair_glued``, ``_repair_aside``, ``_repair_bounds``
(lines set aside: page junk, headings, lists, captions; where the article starts and ends);
``_repair_layout`` (whether the record's lines are cut at links at all; bylines);
``_repair_evidence`` and ``_repair_model`` (the `JoinPolicy`, a logistic regression); this
module (the walk, and `explain`); ``_repair_replay`` (`apply_edits`: replay == repair).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Final, Literal

import attrs

from ._model import Block, BlockKind, DecidedBy, Edit, Problem
from ._repair_aside import aside_of, asides_by_block, item_continues
from ._repair_bounds import bounds_asides
from ._repair_bylines import late_bylines
from ._repair_context import LOWERED_MAX, WRAP_MAX_WIDTH, Break, LineFacts, Quotes, wrap_width
from ._repair_glued import glued_before, may_be_glued, split_columns
from ._repair_junk import aside_hints
from ._repair_labels import caption_asides, label_asides
from ._repair_layout import BYLINE_NAME, BYLINE_WORD, byline_join, record_layout
from ._repair_model import DEFAULT_POLICY, KEEP_RECORDED, JoinPolicy, Verdict, probability
from ._repair_registry import BLANK_LAYOUT_WRAP, ITEM_CONTINUED, QUOTE_BREAK, SPLIT_GLUED
from ._repair_replay import apply_edits, builders, checked_lines, join_separator
from ._repair_rules import Aside, Decision, decide
from ._repair_tail_words import bound_takes
from ._repair_teasers import teaser_asides
from ._text import CLOSERS, OPENERS, is_punctuation_only

__all__ = [
    "BreakReport",
    "Repaired",
    "apply_edits",
    "break_features",
    "explain",
    "join_separator",
    "repair",
]

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


_BY: Final[tuple[DecidedBy, DecidedBy]] = ("rule", "model")
"""`Verdict.by_model` as `Edit.decided_by`."""


@attrs.frozen
class BreakReport:
    """How the repair judged the break between two consecutive non-blank lines (`explain`).

    ``rule`` names what proposed the decision (a join rule, a line's set-aside rule, or
    ``blank-line``, ``open-quotation``, …: see ``_repair_registry.RULES``); ``proposed`` what it
    proposed; ``decision`` what was done and ``decided_by`` who took it; for a break the join
    model scored, its ``score`` (a logit), join ``probability`` and the ``features`` that were 1.

    >>> print(explain(["Talks with Anna Berg.", "", "Photo: Jane Roe"])[-1])
    1-3 keep (rule: noise:credit proposed keep)
    """

    lines: tuple[int, int]
    before: str
    """The end of the line before the break (after glued paragraphs are split off)."""
    after: str
    """The start of the line after it."""
    rule: str
    proposed: Literal["join", "keep"]
    decision: Literal["join", "keep"]
    decided_by: DecidedBy
    probability: float | None = None
    score: float | None = None
    features: tuple[str, ...] = ()

    def __str__(self) -> str:
        p = "" if self.probability is None else f" p={self.probability:.2f}"
        return (
            f"{self.lines[0]}-{self.lines[1]} {self.decision} ({self.decided_by}: "
            f"{self.rule} proposed {self.proposed}{p})"
        )


def _report(
    numl: Sequence[int],
    i: int,
    ends: Sequence[str],
    starts: Sequence[str],
    rule: str,
    join: bool,
    proposed: bool | None = None,
    verdict: Verdict | None = None,
    names: tuple[str, ...] = (),
) -> BreakReport:
    """The `BreakReport` of the break before line ``i`` (``proposed``: default ``join``)."""
    z = None if verdict is None else verdict[1]
    return BreakReport(
        (numl[i - 1], numl[i]),
        ends[i - 1],
        starts[i],
        rule,
        "join" if (join if proposed is None else proposed) else "keep",
        "join" if join else "keep",
        "model" if verdict is not None and verdict[2] else "rule",
        None if z is None else probability(z),
        z,
        names,
    )


def explain(
    lines: Sequence[str], *, numbers: Sequence[int] | None = None, policy: JoinPolicy | None = None
) -> tuple[BreakReport, ...]:
    """How `repair` judges every break between consecutive non-blank ``lines``: what a user reads
    when a join looks wrong (see docs/repair.md).

    >>> for report in explain(["Talks with", "Anna Berg", "ended.", "", "Photo: Jane Roe"]):
    ...     print(report)
    1-2 join (rule: function-word-at-end proposed join)
    2-3 join (rule: lower-case-start proposed join)
    3-5 keep (rule: noise:credit proposed keep)
    """
    trace: list[BreakReport] = []
    _walk(lines, numbers, DEFAULT_POLICY if policy is None else policy, trace)
    return tuple(trace)


def repair(
    lines: Sequence[str],
    *,
    numbers: Sequence[int] | None = None,
    policy: JoinPolicy | None = None,
    title: str | None = None,
) -> Repaired:
    """Decide which breaks between ``lines`` are real; see docs/repair.md.

    ``policy`` weighs the join rules' proposals (default: the fitted model); ``title``: the
    record's, whose repeats are set aside (``noise:title``).

    >>> rep = repair(["He opposed any sanctions", "against Moscow.", "Talks resume today."])
    >>> for block in rep.blocks:
    ...     print(block.text)
    He opposed any sanctions against Moscow.
    Talks resume today.
    >>> rep.edits[0].rule, rep.edits[0].separator
    ('lower-case-start', ' ')
    """
    return _walk(lines, numbers, DEFAULT_POLICY if policy is None else policy, title=title)


def break_features(
    lines: Sequence[str], *, numbers: Sequence[int] | None = None
) -> list[tuple[tuple[int, int], str, float, tuple[str, ...]]]:
    """For each break the model judged: the two line numbers, the rule, the join probability and
    the names of the features that were 1 (what an `Edit`'s confidence is made of).

    >>> [(pair, rule) for pair, rule, _, _ in break_features(["Talks with", "Anna Berg", "ended."])]
    [((1, 2), 'function-word-at-end'), ((2, 3), 'lower-case-start')]
    """
    return [
        (r.lines, r.rule, r.probability, r.features)
        for r in explain(lines, numbers=numbers)
        if r.probability is not None
    ]


def _walk(
    lines: Sequence[str],
    numbers: Sequence[int] | None,
    policy: JoinPolicy,
    trace: list[BreakReport] | None = None,
    *,
    title: str | None = None,
) -> Repaired:
    """`repair` (``policy``: the model); with ``trace``, every break's `BreakReport` goes to it."""
    lines = checked_lines(lines, "repair")
    nums = list(numbers) if numbers is not None else range(1, len(lines) + 1)
    texts, numl, leads, blank = nonblank_lines(lines, nums)
    n = len(texts)
    blank_layout = any(blank)
    wrap = 0 if blank_layout else wrap_width(texts)

    # glued paragraphs: most lines have none (one regex search each)
    pieces: dict[int, list[str]] = {}
    split_cols: dict[int, list[int]] = {}
    starts = ends = texts  # (copied when a line is split)
    for i in may_be_glued(texts):
        text = texts[i]
        if i and text[0] in ".!?…" and not blank[i]:
            # "… talks with the" / "?Experts say …": joined, the glue would show: split it now
            cols = split_columns(text, glued_before(ends, blank, i))
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
    term, fw = info.term, info.fw
    lows = [t.lower() if len(t) <= LOWERED_MAX else "" for t in texts]  # (see LOWERED_MAX)
    # most lines: 0, no set-aside shape can match whatever the context
    hinted = [aside_hints(text, low) for text, low in zip(texts, lows, strict=True)]
    asides = [
        aside_of(texts, lows, blank, i, starts, ends, info, blank_layout, h) if h else None
        for i, h in enumerate(hinted)
    ]
    label_asides(texts, blank, split, info, asides, lows)  # labels, credits, teasers
    bounded = bounds_asides(texts, blank, asides, info, title, lows)  # outside the article
    where, apart = bounded if bounded is not None else (None, None)
    caption_asides(texts, blank, split, info, asides, title, lows, where)  # captions, repeats
    teaser_asides(texts, blank, split, info, asides, lows, where)  # teaser boxes, prompts

    edits: list[Edit] = []
    problems: list[Problem] = []
    blocks: list[Block] = []
    make_block, make_edit = builders()
    add_edit = edits.append
    add_block = blocks.append
    quotes = Quotes()
    push = quotes.pending.append
    b = Break(quotes, wrap, info.record, texts)
    start_term = info.start_term
    cont = info.cont
    fast = not wrap and not blank_layout
    layout = record_layout(texts, asides, info, where, wrap, fast)  # cut at links? bylines
    parts: list[str] = []
    kind: BlockKind = "paragraph"
    rule: str | None = None
    first = last = 0
    block_started_at_prev = True
    run_lines = 0
    run_stop = False
    prev_aside: Aside | None = None
    took: Aside | None = None  # a byline or list item the tail took, for the next line's join
    for i in range(n):
        number = numl[i]
        aside = asides[i]
        nxt = starts[i]
        joined = False
        if i > 0:
            prev = ends[i - 1]
            if prev_aside is BYLINE_WORD and aside is None:  # "By" / "Marianne Holst"
                edits.append(byline_join(numl[i - 1], number))
                parts += (" ", nxt)
                last, joined, aside = number, True, BYLINE_NAME  # one block: nothing joins on
                if trace is not None:
                    trace.append(_report(numl, i, ends, starts, "byline-join", True))
            elif prev_aside is not None and item_continues(
                prev_aside, i, blank, term, cont, info.fw, asides
            ):
                quotes.count()
                sep = _separator(prev, nxt, quotes)
                add_edit(
                    make_edit(
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
                if trace is not None:
                    trace.append(_report(numl, i, ends, starts, "list-item-continued", True))
            elif aside is not None or prev_aside is not None:
                # set-aside lines are never joined: the set-aside edit records why
                setaside = aside if aside is not None else prev_aside
                if trace is not None and setaside is not None:
                    trace.append(_report(numl, i, ends, starts, setaside.rule, False))
            elif blank[i]:
                quoted = prev[-1] not in '"”»«' and quotes.count().is_open()
                if trace is not None:
                    why = "open-quotation" if quoted else "blank-line"
                    trace.append(_report(numl, i, ends, starts, why, False))
                if quoted:
                    # an ad slot? joining would undo a break the repair kept: kept, reported
                    pair = (numl[i - 1], number)
                    add_edit(make_edit("keep", pair, "open-quotation", QUOTE_BREAK, applied=False))
                    problems.append(
                        Problem(
                            "suspected-false-break",
                            "blank line inside an open quotation (kept)",
                            number,
                        )
                    )
            elif apart and apart[i]:
                # outside the article, lines join only within a run cut at links
                if trace is not None:
                    trace.append(_report(numl, i, ends, starts, apart[i], False))
            elif (
                fast
                and prev[-1] in ".!?。！？"
                and len(nxt) >= FAST_BREAK_CHARS
                and nxt[0].isupper()
            ):
                # the common case: a sentence end before a capitalised full line
                if trace is not None:
                    why = "sentence-end-before-long-line"
                    trace.append(_report(numl, i, ends, starts, why, False))
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
                    by: DecidedBy = "rule"
                    prob: float | None = None
                    if trace is not None:
                        trace.append(_report(numl, i, ends, starts, d.rule, join, d.join))
                elif d.join and layout is not None and (kept := layout.keep(i, d)) is not None:
                    d, join, by, prob = kept, False, "rule", None  # (`_repair_layout`)
                    conf = keep_conf = d.confidence
                    if trace is not None:
                        trace.append(_report(numl, i, ends, starts, d.rule, False, True))
                else:
                    b.prev_line = numl[i - 1]
                    b.line = number
                    b.prev_term = pt
                    b.nxt_term = start_term[i]
                    b.after_cont = bool(after) and cont[i + 1]
                    b.after_term = start_term[i + 1] if after else ""
                    b.block_start = parts[0][:2]
                    b.block_run = run_lines >= 2 and not run_stop
                    if trace is None:
                        join, z, by_model = policy.decide(b, d)
                    else:
                        verdict, names = policy.explain(b, d)
                        trace.append(
                            _report(
                                numl, i, ends, starts, d.rule, verdict[0], d.join, verdict, names
                            )
                        )
                        join, z, by_model = verdict
                    conf = keep_conf = prob = round(probability(z), 3)
                    by = _BY[by_model]
                    if join and layout is not None and (kept := layout.veto(i, d)) is not None:
                        d, join, by, prob = kept, False, "rule", None  # (`_repair_layout`)
                        conf = keep_conf = d.confidence
                        if trace is not None:
                            trace[-1] = _report(numl, i, ends, starts, d.rule, False, True)
                if join:
                    sep = _separator(prev, nxt, quotes)
                    pair = (numl[i - 1], number)
                    add_edit(make_edit("join", pair, d.rule, conf, sep, 0, None, True, by, prob))
                    parts.append(sep)
                    parts.append(nxt)
                    last = number
                    joined = True
                elif keep_conf >= KEEP_RECORDED or d.join or d.confidence > 0:
                    pair = (numl[i - 1], number)
                    keep = make_edit("keep", pair, d.rule, keep_conf, "", 0, None, False, by, prob)
                    add_edit(keep)
            block_started_at_prev = not joined
        if not joined:
            quotes.reset()
            run_lines = 0
            run_stop = False
            if parts:
                add_block(make_block(kind, "".join(parts), first, last, rule))
            kind = aside.kind if aside is not None else "paragraph"
            rule = aside.rule if aside is not None and kind == "noise" else None
            bound = where[i] if where is not None else None
            if bound is not None and bound_takes(bound, aside):
                # outside the article (a heading, a byline or a list item there: `BOUND_TAKES`)
                kind, rule = bound.kind, bound.rule
                if aside is None:
                    conf = bound.confidence
                    add_edit(make_edit("set-aside", (number,), bound.rule, conf, block_kind=kind))
                else:  # (the next line's join reads a byline or a list item as what it was)
                    took = aside if aside.kind != "heading" else None
                    aside = bound  # its set-aside edit below
            parts = [nxt]
            first = last = number
        end = ends[i]
        if split[i]:
            lead = leads[i]
            for c in split_cols[i]:
                col = lead + c + 1
                add_edit(make_edit("split", (number,), "glued-paragraph", SPLIT_GLUED, column=col))
            for piece in pieces[i][1:]:
                add_block(make_block(kind, "".join(parts), first, last, rule))
                kind = "paragraph"
                rule = None
                parts = [piece]
                first = last = number
            quotes.reset()
        run_lines += 1
        if term[i] or end[-1] == ",":
            run_stop = True
        if aside is not None:  # (joined into a noise block: the block's kind, not applied)
            on = not (joined and kind == "noise" != aside.kind)
            a_rule, a_conf, a_kind = aside.rule, aside.confidence, aside.kind
            add_edit(make_edit("set-aside", (number,), a_rule, a_conf, "", 0, a_kind, on))
        push(end)
        prev_aside, took = took or aside, None
    if parts:
        add_block(make_block(kind, "".join(parts), first, last, rule))
    columns = {numl[i]: [leads[i] + c + 1 for c in cols] for i, cols in split_cols.items()}
    asides_by_block(blocks, edits, columns, {numl[i]: h for i, h in enumerate(hinted) if h}, info)
    late = late_bylines(blocks, edits) if fast or wrap else ()  # (under a heading the walk made)
    for i in (numl.index(name) for _, name in late):
        if trace is not None:  # (its report as the walk's byline joins make it)
            trace[i - 1] = _report(numl, i, ends, starts, "byline-join", True)
    return Repaired(tuple(blocks), tuple(edits), tuple(problems))


def nonblank_lines(
    lines: Sequence[str], nums: Sequence[int]
) -> tuple[list[str], list[int], list[int], list[bool]]:
    """The non-blank ``lines`` stripped, their numbers (from ``nums``, by position), their
    leading whitespace's length, and whether a blank line comes between each and the one before
    it.  In comprehensions, not one loop appending to four lists (issue #16: a record without
    a blank line, the common layout, skips the positions' list)."""
    stripped = [raw.strip() for raw in lines]
    if all(stripped):
        n = len(stripped)
        numl = list(nums[:n]) if len(nums) >= n else [nums[i] for i in range(n)]
        raws: Sequence[str] = lines
        blank = [False] * n
    else:
        kept = [i for i, text in enumerate(stripped) if text]
        stripped = [stripped[i] for i in kept]
        numl = [nums[i] for i in kept]
        raws = [lines[i] for i in kept]
        blank = [k > 0 and kept[k] - kept[k - 1] > 1 for k in range(len(kept))]
    # (`strip` returns the line itself when there is nothing to strip)
    leads = [
        0 if text is raw else len(raw) - len(raw.lstrip())
        for text, raw in zip(stripped, raws, strict=True)
    ]
    return stripped, numl, leads, blank


def _separator(left: str, right: str, quotes: Quotes) -> str:
    """`join_separator`, with the quote balance of the whole block (counted incrementally)."""
    first = right[0]
    if first in "\"'" and not (first == "'" and right[1:2] in ("s", "S")):
        return "" if quotes.closes(first) else " "
    if first == "“" and quotes.closes(first):
        return ""  # German „…“: the closer attaches to the word before it
    if left[-1] == '"' and first not in CLOSERS and not is_punctuation_only(right):
        # (closing punctuation attaches whatever the quote did: '"Resurs"' + '. Then …')
        before = left[-2] if len(left) > 1 else " "
        opens = quotes.double % 2 == 1 and (before.isspace() or before in OPENERS)
        return "" if opens else " "
    return join_separator(left, right)
