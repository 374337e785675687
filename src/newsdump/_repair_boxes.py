"""A box of other articles printed again and again inside the article (issue #19 item 2,
thirteenth session): a page's "most popular" or "related" widget sits between the article's
paragraphs, once for each ad slot, and its scraped text repeats the same headlines with their
authors (``Mode`` / ``Neue Sandalen für den Sommer`` / ``Von Anna Berg`` / ``Lifestyle`` / …)
each time: ``noise:repeated-box``; so does a teaser with its label (``Czytaj więcej`` /
``Polityka`` / <headline>).  An article repeats a step list or a table's rows (a dance's
figures, a calculation's assumptions) but signs no run of lines with a byline or a label of
page junk twice.  Last, `box_asides` runs `_repair_contents` (a table of contents' entries).
`_repair_labels.caption_asides` runs it after the article's bounds, which these lines do not
move.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from typing import Final

from ._repair_contents import CONTENTS, contents_asides
from ._repair_junk import byline
from ._repair_registry import RULES
from ._repair_rules import Aside
from ._text import BYLINE_OPENERS

REPEATED_BOX: Final = RULES["noise:repeated-box"].aside
BOX_RULES: Final = frozenset((REPEATED_BOX.rule, CONTENTS.rule))
"""The names of this module's rule and of the one it runs (`_repair_contents`)."""
BOX_RUN: Final = 3
"""Lines in a row printed again, in the same order: a teaser's section, headline and author.
Two lines in a row said twice are a heading and its byline as often."""
BOX_LINE_MAX: Final = 150
"""Characters: a teaser's headline with its kicker fits; a longer line is a paragraph."""


_BY_WORDS: Final = frozenset(
    v for w in BYLINE_OPENERS.split("|") for v in ((w[:-2], w[:-1]) if w.endswith(":?") else (w,))
)
"""The first words `_repair_junk.byline` reads a byline by (`_text.BYLINE_OPENERS`, ``автор:?``
as ``автор`` and ``автор:``): a cheap test before it."""
_BY_INITIALS: Final = frozenset(c for w in _BY_WORDS for c in (w[0], w[0].upper()))


def _entry(text: str, term: str, cont: bool) -> bool:
    """Whether ``text`` may be a line of a box: short, unfinished (``term``, its terminal mark,
    empty), holding a letter or a digit, and starting no piece of a sentence cut at a link
    (``cont``)."""
    return not term and not cont and 2 <= len(text) <= BOX_LINE_MAX and text[0].isalnum()


def repeated_box(
    texts: Sequence[str],
    term: Sequence[str],
    cont: Sequence[bool],
    marked: Collection[int] = (),
) -> set[int]:
    """The lines of ``texts`` (the record's non-blank lines; ``term`` their terminal marks,
    ``cont`` whether each starts like a continuation) in a run of `BOX_RUN` box entries
    (`_entry`) that comes again, character for character, elsewhere in the record, when one
    of the run's lines is a byline (``Von Anna Berg``, ``By Jane Roe``) or a line ``marked`` as
    page junk by its own words (a teaser's label, ``Czytaj więcej``): every copy.

    >>> box = ["Mode", "Neue Sandalen für den Sommer", "Von Anna Berg"]
    >>> text = ["Die Ausstellung beginnt im Mai.", *box, "Sie dauert bis Oktober.", *box]
    >>> sorted(repeated_box(text, [".", "", "", "", ".", "", "", ""], [False] * 8))
    [1, 2, 3, 5, 6, 7]

    A step list said twice has no byline, and a single copy is no box:

    >>> steps = ["Schritt eins", "Schritt zwei", "Schritt drei"]
    >>> repeated_box([*steps, *steps], [""] * 6, [False] * 6)
    set()
    >>> repeated_box(box, [""] * 3, [False] * 3)
    set()

    A teaser's label marks it as well as a byline:

    >>> teaser = ["Read more", "Politics", "Ferry fares to rise in the spring"]
    >>> sorted(repeated_box([*teaser, *teaser], [""] * 6, [False] * 6, marked={0, 3}))
    [0, 1, 2, 3, 4, 5]
    """
    n = len(texts)
    # (cheap test first: most records have no byline nor junk label, and no box is signed)
    signed = {
        i
        for i, text in enumerate(texts)
        if text[:1] in _BY_INITIALS
        and text.partition(" ")[0].lower() in _BY_WORDS
        and byline(text) is not None
    }
    signed.update(marked)
    if not signed:
        return set()
    # (a box's byline or label is printed with it each time: an article's own byline is
    # said once)
    signs = {texts[i] for i in signed}
    if sum(1 for t in texts if t in signs) <= len(signs):
        return set()
    entry = [_entry(texts[i], term[i], cont[i]) for i in range(n)]
    starts: dict[tuple[str, ...], list[int]] = {}
    for s in range(n - BOX_RUN + 1):
        if all(entry[s : s + BOX_RUN]):
            starts.setdefault(tuple(texts[s : s + BOX_RUN]), []).append(s)
    again = sorted(
        {
            s + k
            for copies in starts.values()
            if len(copies) >= 2
            for s in copies
            for k in range(BOX_RUN)
        }
    )
    # (a run of lines printed again is a box when a byline or a junk label signs it: its
    # label goes with it)
    taken: set[int] = set()
    run: list[int] = []
    for i in [*again, -2]:
        if run and i != run[-1] + 1:
            if signed.intersection(run):
                taken.update(run)
            run = []
        run.append(i)
    return taken


def box_asides(
    texts: Sequence[str],
    term: Sequence[str],
    cont: Sequence[bool],
    may: Callable[[int], bool],
    asides: list[Aside | None],
    where: Sequence[Aside | None] | None = None,
) -> None:
    """Set aside, in place, every line `repeated_box` takes, signed by a byline or by a line
    a rule set aside as page junk by its words before, where ``may`` says a label rule may (no
    rule but a heading's or a caption's shape took it, no link's text inside a sentence), and
    a byline the byline rules took (a teaser's author: a line of its own already).  Inside the
    article only (``where``: the bounds' decision for each line, None for the article's): a
    copy the bounds set aside keeps their name.  Last, a table of contents' entries
    (`_repair_contents`), where ``may`` says a label rule may."""
    junk = [i for i, was in enumerate(asides) if was is not None and was.kind == "noise"]
    for i in sorted(repeated_box(texts, term, cont, junk)):
        if where is not None and where[i] is not None:
            continue
        was = asides[i]
        if may(i) or (was is not None and was.kind == "byline"):
            asides[i] = REPEATED_BOX
    contents_asides(texts, may, asides, where)
