"""Bylines of one-block-a-line and hard-wrapped records: a ``By`` / ``Von`` / ``Por`` line alone
followed by the author's name is one ``byline`` block, never joined on into the text.

`bylines` sets them aside before the walk (`_repair_layout.record_layout`), the walk joins the
name to its by-word (`byline_join`); every condition is one a repair of the repaired text reads
the same way (the layout's replay property, tests/test_repair_layout.py).  A heading the walk
makes by joining lines (``Neue Pläne`` / ``für den Hafen``, set aside as a block) is known only
after the walk: `late_bylines` reads the by-word under it then, on the blocks, as a repair of
the repaired text reads it on its lines.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from . import _text as tx
from ._model import Block, Edit
from ._repair_apart import BY_FIRST, BY_WORD, BY_WORD_CHARS, is_name, starts_anew
from ._repair_registry import RULES
from ._repair_rules import Aside

__all__ = ["BYLINE_NAME", "BYLINE_WORD", "byline_join", "bylines", "late_bylines"]

BYLINE_WORD: Final = RULES["byline-split"].aside
"""A by-word alone on its line with the author's name on the next: set aside as a byline."""
BYLINE_NAME: Final = RULES["byline-name"].aside
"""The name after it, joined to it: set aside too, so that nothing joins on."""
_HEAD: Final = "noise:head"
"""The bounds' rule for the page's head, compared by name (compiled, `==` of two attrs values
compares identities)."""


def bylines(
    texts: Sequence[str],
    asides: list[Aside | None],
    where: Sequence[Aside | None] | None = None,
    fw: Sequence[bool] | None = None,
) -> bool:
    """Set aside, in place, each by-word line followed by a name (``By`` / ``Marianne Holst``)
    as `BYLINE_WORD` (one block a line); the walk joins the name to it (`byline_join`) and
    joins nothing after the name.  Whether it set one aside.  ``where``: the lines the
    article's bounds set aside (`_repair_bounds.bounds_asides`); after the page's head, as
    after a line set aside, a by-word starts the article's byline (after the tail's lines it
    may be a calendar's ``Di`` / ``Mi``).

    >>> asides = [None, None, None]
    >>> bylines(["By", "Marianne Holst", "Published Nov 9"], asides)
    True
    >>> asides[0] is BYLINE_WORD, asides[1]
    (True, None)
    """
    found = False
    n = len(texts)
    for i in range(n - 1):
        name = asides[i + 1]
        if (
            len(texts[i]) <= BY_WORD_CHARS
            and (name is None or name.kind in ("heading", "byline"))
            and BY_WORD.match(texts[i]) is not None
            # after a finished line ("… a lower credit rating" / "by" / "Fitch" goes on), or after
            # a byline's name ("By" / "A" / "By" / "Anna Berg" are two bylines, as the repaired
            # text "By A" / "By" / "Anna Berg" reads them), or under a lower-case line that may
            # end a heading, which a heading rule makes it only after the walk (`A` / `mehr
            # anzeigen` / `By`); never after a line ending in a by-word (`A` / `By` / `By` / `B`:
            # joined as a heading, "A By", then "By" / "B")
            and (i == 0 or BY_WORD.match(texts[i - 1].rpartition(" ")[2]) is None)
            and (
                i == 0
                or tx.ends_sentence(texts[i - 1])
                or asides[i - 1] is not None
                or (where is not None and (w := where[i - 1]) is not None and w.rule == _HEAD)
                or (i >= 2 and asides[i - 2] is BYLINE_WORD)
                or (
                    texts[i][0].isupper()
                    and tx.continues(texts[i - 1])
                    and tx.heading_like(texts[i - 1], None if fw is None else fw[i - 1])
                )
            )
            and is_name(texts[i + 1])
            # a name starts with no by-word: "By" / "By A" is no byline, so that repairing
            # the repaired text ("By", "By A") joins nothing more; nor with one glued to a
            # stop ("By" / ".A", joined as "By.A"); nor ends in one ("By" / "A ," / "By",
            # joined as "A , By": the next byline's word)
            and BY_FIRST.match(texts[i + 1].split(maxsplit=1)[0]) is None
            and BY_WORD.match(texts[i + 1].rpartition(" ")[2]) is None
            # and before a line of its own (", who believes …" / "[1]" continue the name)
            and (i + 2 >= n or starts_anew(texts[i + 2]))
        ):
            asides[i] = BYLINE_WORD
            asides[i + 1] = None  # (a name has the shape of a heading)
            found = True
    return found


def byline_join(by: int, name: int) -> Edit:
    """The join of a by-word line and the name line after it (input line numbers)."""
    return Edit("join", (by, name), "byline-join", BYLINE_WORD.confidence, " ")


def late_bylines(blocks: list[Block], edits: list[Edit]) -> list[tuple[int, int]]:
    """Make, in place, each by-word line and the name line after it one byline block where the
    walk left them two paragraphs under a heading known only after it (lines it joined, or a
    block `_repair_aside.asides_by_block` judged as a whole): the repaired text has that heading
    as one line, set aside before the walk, so its repair would read the by-word after it as a
    byline (`bylines`, after a line set aside).  The tests are those
    `bylines` makes, on the blocks' texts, as that repair sees them; the walk's keep of the
    break between the two lines is replaced by the byline's three edits.  The pairs of line
    numbers joined so.

    >>> blocks = [Block("heading", "Neue Pläne für den Hafen", 1, 2),
    ...           Block("paragraph", "Von", 3, 3), Block("paragraph", "Jonas Weber", 4, 4)]
    >>> edits: list[Edit] = []
    >>> late_bylines(blocks, edits)
    [(3, 4)]
    >>> blocks[1:], [e.rule for e in edits]
    ([Block(kind='byline', text='Von Jonas Weber', first_line=3, last_line=4, rule=None)],\
 ['byline-split', 'byline-join', 'byline-name'])
    """
    made: list[tuple[int, int]] = []
    k = 1
    while k + 1 < len(blocks):
        head, by, name = blocks[k - 1], blocks[k], blocks[k + 1]
        if (
            head.kind == "heading"
            and by.kind == name.kind == "paragraph"
            # two whole lines, one after the other (no blank line, no piece of a glued line)
            and head.last_line < by.first_line == by.last_line
            and name.first_line == name.last_line == by.last_line + 1
            and len(by.text) <= BY_WORD_CHARS
            and BY_WORD.match(by.text) is not None
            and BY_WORD.match(head.text.rpartition(" ")[2]) is None
            and is_name(name.text)
            and BY_FIRST.match(name.text.split(maxsplit=1)[0]) is None
            and BY_WORD.match(name.text.rpartition(" ")[2]) is None
            and (
                k + 2 >= len(blocks)
                or blocks[k + 2].first_line == name.last_line
                or starts_anew(blocks[k + 2].text)
            )
        ):
            pair = (by.first_line, name.first_line)
            edits[:] = [e for e in edits if not (e.kind == "keep" and e.lines == pair)]
            edits += (
                Edit(
                    "set-aside",
                    pair[:1],
                    BYLINE_WORD.rule,
                    BYLINE_WORD.confidence,
                    block_kind="byline",
                ),
                byline_join(*pair),
                Edit(
                    "set-aside",
                    pair[1:],
                    BYLINE_NAME.rule,
                    BYLINE_NAME.confidence,
                    block_kind="byline",
                ),
            )
            blocks[k : k + 2] = [Block("byline", f"{by.text} {name.text}", pair[0], pair[1])]
            made.append(pair)
        k += 1
    return made
