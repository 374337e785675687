"""Lists of clauses, one a line: their breaks are kept whatever the record's layout.

A page of steps or of a list's clauses, one a line, none ending with a stop (a dance's
figures, ``die Dame nimmt die linke Hand`` / ``zweimal Vor …`` / ``wendet sich dabei …``), looks
cut at links line by line: each line goes on in lower case.  A run of three or more such prose
lines, none ending a sentence or holding one, is such a list (`runs_without_stop`; the walk
records each kept break as a ``keep`` with the rule ``run-without-stop``), not a sentence cut
at links, whose last piece ends with its stop.  When a link cut one clause of the list, the
piece after the link is part of that clause (a compound's dash glued to a word, ``eine
Vacilala`` / ``-Drehung, wobei …``; a conjunction, ``… Noventa`` / ``und Dile que no``), not the
list's end (issue #19, item 3).  A list's items may be short (``die besten Ausflugsziele`` /
``exklusive Verlosungen``, ``bei Facebook teilen`` / ``bei Twitter teilen``): a short line in
lower case counts in the run when neither it nor the line before it ends in a function word and
the line before it is no unfinished sentence (`_item`); a link's text cut out of a sentence
follows a function word or a sentence's first words (``… via`` / ``weather.gov`` / ``and``).
A short capitalised line before such a list is its heading (``Figuren`` / ``der Mann dreht
die Frau nach links …`` / ``gleich danach ein Schritt zurück`` / …, `_heading`): its break is kept
with the list's.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import attrs

from . import _text as tx
from ._lazyre import lazy
from ._repair_apart import LIST_AND_WORDS, prose
from ._repair_context import LineFacts
from ._repair_rules import Aside

__all__ = ["RUN_MIN", "Pieces", "item_runs", "pieces_of", "runs_without_stop"]

RUN_MIN: Final = 3
"""Lines: a run this long of prose lines each continuing the last with no sentence end in
any is a list of clauses, not a sentence cut at links (two lines are as often a paragraph
cut once and left without its full stop)."""


@attrs.frozen
class Pieces:
    """What `runs_without_stop` reads of a record's pieces (`_pieces`), found once for the plain
    runs and the items' runs alike: each piece's first and last line, whether its first line
    goes on from the one before, its last line ends a sentence, it is prose, its first line is
    set aside, and a conjunction goes on inside it (a link's cut)."""

    first: list[int]
    last: list[int]
    cont: list[bool]
    stop: list[bool]
    pro: list[bool]
    free: list[bool]
    linked: list[bool]


def pieces_of(
    texts: Sequence[str],
    asides: Sequence[Aside | None],
    info: LineFacts,
    line_prose: Sequence[bool] | None = None,
) -> Pieces:
    """The record's `Pieces`; ``line_prose``: `prose` of each line, when the caller has it (a
    piece of one line is prose when its line is)."""
    term = info.term
    pieces = _pieces(texts, asides, info)
    first = [a for a, _ in pieces]
    return Pieces(
        first,
        [b for _, b in pieces],
        # a piece's facts: its first line's start, its last line's end, its text whole
        [info.cont[a] for a in first],
        [bool(term[b]) for _, b in pieces],
        [
            (line_prose[a] if line_prose is not None else prose(texts[a]))
            if a == b
            else prose(" ".join(texts[a : b + 1]))
            for a, b in pieces
        ],
        [asides[a] is None for a in first],  # (`_pieces` puts no line set aside with another)
        # a clause a conjunction goes on after a link's cut (``… wie bei Noventa`` / ``und Dile
        # que no``) is as often one item as two: the run goes through it, the join rules and
        # the model decide the break before it
        [
            a != b and any(_AND_START.match(texts[k]) for k in range(a + 1, b + 1))
            for a, b in pieces
        ],
    )


def runs_without_stop(
    texts: Sequence[str],
    asides: Sequence[Aside | None],
    info: LineFacts,
    items: bool = False,
    pieces: Pieces | None = None,
) -> frozenset[int]:
    """The lines (indices) that follow a break inside a run of `RUN_MIN` or more prose lines
    each starting like a continuation of the last, none ending a sentence or holding one:
    a list of clauses (``die Dame nimmt die linke Hand`` / ``zweimal Vor (er nach rechts …)``
    / ``wendet sich dabei …``), whose breaks are kept.

    >>> lines = ["dann dreht sie sich nach links und wartet", "die Dame nimmt die linke Hand",
    ...          "einmal hin und wieder zurück zum Anfang", "Done."]
    >>> sorted(runs_without_stop(lines, [None] * 4, LineFacts(lines, lines, [False] * 4)))
    [1, 2]

    With ``items``, a list's short items count in a run as its prose lines do (`item_runs`).
    ``pieces``: `pieces_of` the same record, when the caller has it already.
    """
    if pieces is None:
        pieces = pieces_of(texts, asides, info)
    first, last, cont, stop = pieces.first, pieces.last, pieces.cont, pieces.stop
    pro, free, linked = pieces.pro, pieces.free, pieces.linked
    n = len(first)
    # a short item counts in the run as prose does (`_item`); the break from one to the prose
    # line after it is left to the rules (``eine Copelia`` / ``bei der sie …`` goes on)
    item = [
        items and not p and a == b and _item(a, texts, info)
        for p, a, b in zip(pro, first, last, strict=True)
    ]
    listed = [p or q for p, q in zip(pro, item, strict=True)]
    out: set[int] = set()
    i = 0
    while i < n:
        j = i
        while j + 1 < n and not stop[j] and cont[j + 1] and free[j] and free[j + 1] and listed[j]:
            j += 1
        if (
            j - i + 1 >= RUN_MIN
            and not stop[j]
            and listed[j]
            # the first line may hold sentences: it leads in to the list (``… Eine gute
            # Chefin`` / ``macht Freude erlebbar`` / ``stärkt Motivation`` / …)
            and not any(tx.has_inner_sentence(texts[k]) for k in range(first[i + 1], last[j] + 1))
            # nor is it a remark in brackets cut at its links (``(Additional reporting by …``
            # / ``in PARIS and …`` / ``)``): one sentence
            and not _open_bracket(texts[first[i] : last[j]])
            # nor does it go on past a link's text alone on its line to a sentence's end
            # (model B; ``Varianten`` / ``kurze Version von Setenta`` is a list's heading)
            and not (
                j + 2 < n
                and cont[j + 2]
                and not stop[j + 1]
                and not pro[j + 1]  # (a paragraph of its own ends the list)
                and (stop[j + 2] or tx.has_inner_sentence(texts[first[j + 2]]))
            )
        ):
            out.update(
                first[p]
                for p in range(i + 1, j + 1)
                if not linked[p] and not (item[p - 1] and pro[p])
            )
            if not items and i > 0 and cont[i] and _heading(i - 1, texts, info, pieces):
                out.add(first[i])  # the list's heading (``Figuren`` / ``der Mann dreht …``)
        i = j + 1
    return frozenset(out)


def _heading(p: int, texts: Sequence[str], info: LineFacts, pieces: Pieces) -> bool:
    """Whether piece ``p``, just before a run of `runs_without_stop`, is the list's heading: a
    piece of one line (not set aside, not prose, no stop) that opens with a capital and ends in
    no function word.  A link's text opening
    a paragraph (``Samsung`` / ``hat vor Gericht …``) goes on to a sentence that ends with its
    stop, not to a list of clauses without one."""
    k = pieces.first[p]
    return (
        k == pieces.last[p]
        and pieces.free[p]
        and not pieces.pro[p]
        and not pieces.stop[p]
        and not info.fw[k]
        and tx.letter_case(texts[k][0]) == "upper"
    )


def item_runs(
    texts: Sequence[str],
    asides: Sequence[Aside | None],
    info: LineFacts,
    plain: frozenset[int] | None = None,
    pieces: Pieces | None = None,
    line_prose: Sequence[bool] | None = None,
) -> frozenset[int]:
    """The lines (indices) after a break that a list's short items (`_item`) add to the runs
    of `runs_without_stop`: a newsletter's promises, a share bar's buttons, one a line in lower
    case (``die besten Tipps`` / ``kleine Verlosungen`` / ``neue Rezepte``).  Kept after the
    model (`_repair_layout.Layout.veto`), which still judges, and is fitted on, these breaks.
    ``plain``: `runs_without_stop` of the same record, ``pieces`` its `pieces_of` and
    ``line_prose`` `prose` of each line, when the caller has them already.

    >>> lines = ["Der Wochenbrief", "Ausflüge und Konzerte", "die besten Tipps",
    ...          "kleine Verlosungen", "neue Rezepte", "Jetzt anmelden."]
    >>> info = LineFacts(lines, lines, [False] * 6)
    >>> sorted(item_runs(lines, [None] * 6, info))
    [3, 4]
    """
    if not any(
        x[0].islower() and not (line_prose[k] if line_prose is not None else prose(x))
        for k, x in enumerate(texts)
    ):
        return frozenset()  # (no short line in lower case: a quick test before the runs)
    if pieces is None:
        pieces = pieces_of(texts, asides, info, line_prose)
    if plain is None:
        plain = runs_without_stop(texts, asides, info, pieces=pieces)
    return runs_without_stop(texts, asides, info, items=True, pieces=pieces) - plain


def _item(k: int, texts: Sequence[str], info: LineFacts) -> bool:
    """Whether the short line ``k`` may be a list's item: it starts with a lower-case letter,
    holds no address, and neither it nor the line before it ends in a function word, nor is
    the line before it a sentence going on (``… German car maker BMW`` / ``recently announced``;
    a link's text cut out of a sentence on train B).

    >>> lines = ["Der Newsletter:", "die besten Ausflugsziele", "exklusive Verlosungen"]
    >>> info = LineFacts(lines, lines, [False] * 3)
    >>> [_item(k, lines, info) for k in (1, 2)]
    [True, True]
    """
    line, prev = texts[k], texts[k - 1] if k else ""
    return (
        k > 0
        and line[0].isalpha()
        and line[0].islower()
        and "/" not in line  # (an address: ``weather.gov/…``, ``pic.twitter.com/…``)
        and ".com" not in line
        and not info.fw[k]
        and not info.fw[k - 1]
        and (bool(info.term[k - 1]) or not prose(prev))
    )


def _open_bracket(lines: Sequence[str]) -> bool:
    """Whether a bracket opened in ``lines`` is still open after one of them."""
    depth = 0
    for line in lines:
        depth += line.count("(") - line.count(")")
        if depth > 0:
            return True
    return False


_AND_START: Final = lazy(globals(), "_AND_START", rf"(?:{LIST_AND_WORDS})\s")
"""A line opening with a conjunction in lower case (``und Dile que no``, ``and the …``)."""
_CUT_START: Final = lazy(globals(), "_CUT_START", rf"[-–](?=[^\W\d_])|(?:{LIST_AND_WORDS})\s")
"""How a line starts that goes on the unfinished line before it inside a list's clause: a
compound's dash glued to a word (``eine Vacilala`` / ``-Drehung, wobei …``), a conjunction
(``führt ein Dedo`` / ``und Dile que no``).  A list's next clause starts with neither.  (The
text after a link, ``, dass …``, is left out: a sentence cut at its links would make a run of
its pieces, on dev-web B ``Studie der …`` / ``mit dem Titel …`` / ``schlussfolgern …`` / ``,
dass …``.)"""


_CUT_FIRST: Final = frozenset("-–" + "".join(w[0] for w in LIST_AND_WORDS.split("|")))
"""The first characters `_CUT_START` matches, a quick test before the pattern."""


def _pieces(
    texts: Sequence[str], asides: Sequence[Aside | None], info: LineFacts
) -> list[tuple[int, int]]:
    """The record's lines (first, last index) with each line that goes on the unfinished line
    before it (`_CUT_START`) put with it: a clause cut at a link is one clause of a list."""
    out: list[tuple[int, int]] = []
    term = info.term
    for k, line in enumerate(texts):
        if (
            line[0] in _CUT_FIRST
            and out
            and not term[k - 1]
            and asides[k - 1] is None
            and asides[k] is None
            and _CUT_START.match(line) is not None
        ):
            out[-1] = (out[-1][0], k)
        else:
            out.append((k, k))
    return out
