"""Step 6 of the pipeline: a record's body lines → blocks, the repair's edits, probable links.

- `body_lines`: the lines after the front (with the header's text first, when the header line
  held the first paragraph), each with its input line number.
- `mend_body`: the repair (`_repair.repair`) turns them into blocks; the blocks set aside in
  the header and front are put in line order among them; the repair's joins give the probable
  link ends (`probable_links`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from operator import attrgetter
from typing import Any, Final

import attrs

from ._fields import Fields, Head
from ._model import Block, Edit, Link, Problem, paragraph_blocks


@attrs.frozen
class BodyLines:
    """The body's lines (raw, as in the input) and their input line numbers."""

    texts: list[str]
    numbers: list[int]


def body_lines(head: Head, fields: Fields) -> BodyLines:
    """The lines the body is made of, numbered."""
    texts: list[str] = []
    numbers: list[int] = []
    if head.text is not None:
        texts.append(head.text)
        numbers.append(head.number)
    lines = head.lines
    start = fields.body_start
    if start < len(lines.texts):
        texts.extend(lines.texts[start:])
        numbers.extend(lines.numbers_from(start))
    return BodyLines(texts, numbers)


@attrs.frozen
class Body:
    """All of a record's blocks in line order, and what the repair did and noticed."""

    blocks: tuple[Block, ...]
    edits: tuple[Edit, ...]
    problems: tuple[Problem, ...]
    links: tuple[Link, ...]


_FIRST_LINE: Final = attrgetter("first_line")  # in C: a lambda costs a Python call a block


def mend_body(
    lines: BodyLines, set_aside: Sequence[Block], *, repair: bool, title: str | None = None
) -> Body:
    """Blocks from the body lines (repaired, or one paragraph per line with ``repair=False``),
    merged in line order with the blocks ``set_aside`` before the body; the record's ``title``
    tells the repair the headline a page repeats (outside the article, or as a line of its own)."""
    problems: tuple[Problem, ...] = ()
    if repair:
        from ._repair import repair as repair_lines  # imported on first use: see __init__

        fixed = repair_lines(lines.texts, numbers=lines.numbers, title=title)
        body = list(fixed.blocks)
        edits = fixed.edits
        problems = fixed.problems
    else:
        body = paragraph_blocks(lines.texts, lines.numbers)
        edits = ()
    if set_aside:
        body = merge_set_aside(set_aside, body, sorted_body=not repair)
    links = (
        probable_links(body, edits, dict(zip(lines.numbers, lines.texts, strict=True)))
        if edits
        else ()
    )
    return Body(tuple(body), edits, problems, links)


def one_a_line(head: Head, fields: Fields) -> tuple[Block, ...]:
    """The blocks of ``repair=False``: the body's lines, one paragraph each, and the blocks the
    header and the front set aside (the `Deferred` blocks of `_article.build_article`).  The
    record's values are frozen and its lists are not changed once it is made, so the blocks
    made later are the blocks made at once."""
    set_aside = (*head.blocks, *fields.blocks)
    return mend_body(body_lines(head, fields), set_aside, repair=False).blocks


def one_a_line_paragraphs(head: Head, fields: Fields) -> tuple[str, ...] | None:
    """The texts of `one_a_line`'s paragraph blocks without making the blocks: the body's
    lines stripped, blank ones left out (what `paragraph_blocks` keeps, in the same order, since
    the merge with the set-aside blocks is a stable sort and the body's line numbers increase);
    None when a block set aside in the header or the front is a paragraph too (the front's
    ``paragraph`` role, rare: a line above the stamp after the title and the lede), whose place
    among them only the blocks tell."""
    for block in (*head.blocks, *fields.blocks):
        if block.kind == "paragraph":
            return None
    texts = head.lines.texts[fields.body_start :]  # `body_lines`' texts, without their numbers
    if head.text is not None:
        texts = [head.text, *texts]
    return tuple(filter(None, map(str.strip, texts)))


def merge_set_aside(
    set_aside: Sequence[Block], body: list[Block], *, sorted_body: bool = False
) -> list[Block]:
    """The blocks set aside before the body and the body's blocks, in line order: a stable sort
    by first line, so that on one line the set-aside blocks (the header's) come first.
    ``sorted_body``: the body's blocks are in line order already (one per line, `repair=False`),
    so that when every set-aside block starts on or before the body's first line, as the
    header's and the front's do, the sort is theirs alone (issue #16)."""
    if sorted_body:
        aside = sorted(set_aside, key=_FIRST_LINE)
        if not body or aside[-1].first_line <= body[0].first_line:
            aside.extend(body)
            return aside
    return sorted([*set_aside, *body], key=_FIRST_LINE)


PROBABLE_LINK_MAX_WORDS: Final = 6
"""A line joined at both ends and at most this long is taken for a whole link text (the
scrapers that break before *and* after links leave it alone on its line); link texts seen
are one to five words."""


def probable_links(
    blocks: Sequence[Block], edits: Iterable[Edit], text_of: Mapping[int, str]
) -> tuple[Link, ...]:
    """The repair's join points as probable link ends (scrapers broke lines after links).

    Each applied join between lines *a* and *b* gives a `Link` ending where line *a*'s text
    ends in the block.  When line *a* was also joined to the line before it and is short, the
    whole line is taken as the link text; otherwise the start is unknown and the link is empty
    (``start == end``).  ``href`` is always None: the dump never had it.  These are guesses —
    a join can also mend a hard wrap — so treat them as hints (docs/format.md).
    """
    from bisect import bisect_right

    make_link = link_maker()
    starts = [b.first_line for b in blocks]
    joined_at: set[int] = set()
    cursor: dict[int, int] = {}
    out: list[Link] = []
    for edit in edits:
        if edit.kind != "join" or not edit.applied or len(edit.lines) != 2:
            continue
        a, b = edit.lines
        index = bisect_right(starts, b) - 1
        if index < 0 or a not in text_of or b not in text_of:
            continue
        block = blocks[index]
        right = text_of[b].strip()
        pos = block.text.find(right[:40], cursor.get(index, 0)) if right else -1
        if pos < 0:
            continue
        end = max(pos - len(edit.separator), 0)
        cursor[index] = end
        start = end
        # (the line before is read only when it was joined to the one before it too: a few)
        if a in joined_at and len((left := text_of[a].strip()).split()) <= PROBABLE_LINK_MAX_WORDS:
            start = max(end - len(left), 0)
            previous = out[-1] if out else None
            if (
                previous
                and previous.block == index
                and previous.text == ""
                and (start - 1 <= previous.end <= start)
            ):
                out.pop()  # that join was the break *before* this link, not a link end
        joined_at.add(b)
        out.append(make_link(block.text[start:end], index, start, end))
    return tuple(out)


def link_maker() -> Callable[[str, int, int, int], Link]:
    """``Link(text, None, block, start, end)``: the value the attrs ``__init__`` makes, built by
    setting the slots (as `_repair_replay.builders` does for blocks and edits; `Link` has no
    validators or converters to skip): a dump's record has one link per join (issue #16)."""
    new = object.__new__
    slots: Mapping[str, Any] = vars(Link)
    s_text, s_href, s_block, s_start, s_end = (
        slots[name].__set__ for name in ("text", "href", "block", "start", "end")
    )

    def link(text: str, block: int, start: int, end: int) -> Link:
        made = new(Link)
        s_text(made, text)
        s_href(made, None)
        s_block(made, block)
        s_start(made, start)
        s_end(made, end)
        return made

    return link
