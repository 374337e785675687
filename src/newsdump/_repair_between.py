"""A short line between two lines of page junk, once the article has begun (issue #19 item 2,
fourteenth session): ``noise:between``.  A teaser's headline between an ad's label and its
section (``This advertisement has not loaded yet …`` / <headline> / ``Harbour Watch``), a
comment's author between the comments' link and its time (``Alle Kommentare anzeigen`` /
<name> / ``vor 1 Stunde``), a stamp's date between its author and its time: the page prints
them as one box, and the lines around them were set aside already.

`_repair_furniture.boxed` reads the same shape between two lines set aside by their own
words; this rule reads the lines the rest of the repair set aside too, the article's bounds'
(`noise:head` inside a product list, `noise:tail`) and the teaser rules' (a dated headline, a
prompt), and only after the record's first sentence of eight words or more (above it sit the
page's own headline, kicker and dateline between the header's lines).
`_repair_teasers.teaser_asides` runs it last.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final

from ._repair_registry import RULES
from ._repair_rules import Aside
from ._repair_tail_words import bound_takes

BETWEEN: Final = RULES["noise:between"].aside
BETWEEN_WORDS: Final = 12
"""Words: a headline, a name or a label fits; a longer line is the article's own sentence more
often (a summary, a quote)."""
BEGUN_WORDS: Final = 8
"""Words of the record's first sentence, as `_repair_dated.dated_asides` reads it: before it,
the page's header (title, kicker, dateline) sits between lines set aside and is the article's."""
_FINISHED: Final = tuple(".!?…\"'»”")
"""A line ending in one of these is a sentence (or a quote): the article's text, not a box's."""
_NOT_AROUND: Final = frozenset(
    (
        "noise:title",
        "noise:credit",
        "noise:copyright",
        "noise:photo-agency",
        "noise:agency-credit",
    )
)
"""Neighbours that do not make a box: after the headline again a subtitle follows; before a
picture's credit stands the heading of the section the picture opens (a product list's
``Best for Spring Trips`` / ``Photograph: …``)."""
_HEAD: Final = "noise:head"
"""The bounds' short labels before the article's first prose, which a list's or an address's
own short lines are too: a line between two of them is one more entry (train's lists)."""


def _noise_rule(
    k: int, asides: Sequence[Aside | None], where: Sequence[Aside | None] | None
) -> str:
    """The rule line ``k`` is set aside by as noise, "" if none: its own aside's, or the bounds'
    where they take it (`BOUND_TAKES`, as the repair's walk reads them)."""
    aside = asides[k]
    bound = where[k] if where is not None else None
    if bound is not None and bound_takes(bound, aside):
        return bound.rule
    if aside is not None and aside.kind == "noise":
        return aside.rule or "noise"
    return ""


def _two_noisy(asides: Sequence[Aside | None], where: Sequence[Aside | None] | None) -> bool:
    """Whether two lines at least may be noise by `_noise_rule` (a set-aside or a bound): a cheap
    screen over the record, exact since `_noise_rule` returns "" for a line with neither."""
    found = 0
    if where is not None:
        found = len(where) - where.count(None)
        if found >= 2:
            return True
    for a in asides:
        if a is not None and a.kind == "noise":
            found += 1
            if found >= 2:
                return True
    return False


def between_asides(
    texts: Sequence[str],
    open_: Callable[[int], bool],
    asides: list[Aside | None],
    where: Sequence[Aside | None] | None,
) -> None:
    """Set aside, in place, each short unfinished line (`BETWEEN_WORDS`) whose two neighbours
    are noise (read before any is set aside here: two such lines in a row are a list as often)
    and differ (one label said around a heading separates the article's own lines), not the
    headline again before it nor a picture's credit after it (`_NOT_AROUND`), where ``open_``
    says a rule may, after the record's first sentence.

    >>> from newsdump._repair_registry import RULES
    >>> ad, ago = RULES["noise:ad-label"].aside, RULES["noise:relative-time"].aside
    >>> texts = ["The ferry left the harbour at dawn on Monday, the operator said.",
    ...          "Advertisement", "Storm closes the coast road", "2 hours ago"]
    >>> asides = [None, ad, None, ago]
    >>> between_asides(texts, lambda i: True, asides, None)
    >>> [a.rule if a else None for a in asides]
    [None, 'noise:ad-label', 'noise:between', 'noise:relative-time']
    """
    if not _two_noisy(asides, where):
        return  # (most records: a line between two of junk needs two lines of junk)
    begun = next(
        (k for k, t in enumerate(texts) if t[-1] in ".!?…" and t.count(" ") >= BEGUN_WORDS - 1),
        None,
    )
    if begun is None:
        return  # (no sentence: a list, a table)
    taken = []  # (set aside after the walk: the neighbours are read as the rules left them)
    for i in range(begun + 1, len(texts) - 1):
        was = asides[i]
        if was is not None and was.kind == "noise":
            continue
        text = texts[i]
        if text.endswith(_FINISHED) or text.count(" ") >= BETWEEN_WORDS:
            continue
        if where is not None and bound_takes(where[i], was):
            continue  # (the bounds set it aside already, under their own name)
        before = _noise_rule(i - 1, asides, where)
        if not before or before in _NOT_AROUND:
            continue
        after = _noise_rule(i + 1, asides, where)
        if not after or after in _NOT_AROUND or before == after == _HEAD:
            continue  # (two noise:head: short labels the bounds read before a list's prose)
        if texts[i - 1] != texts[i + 1] and open_(i):
            taken.append(i)
    for i in taken:
        asides[i] = BETWEEN
