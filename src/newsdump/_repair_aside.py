"""Set-aside: which lines (and, after the walk, which blocks) are not running text.

A line's own text says what it may be (``_repair_junk.py``: page junk, a list item, a byline, a
caption, a heading's shape); its neighbours say whether it is: a line after one ending in a
function word or an opening bracket is never set aside, a one-word line is a tag only in a run
after a finished line, a heading-shaped line only between finished text and a new start.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from . import _repair_junk as junk
from . import _text as tx
from ._model import Block, Edit
from ._repair_context import LINK_LINE_WORDS, LOWERED_MAX, LineFacts
from ._repair_evidence import CLAUSE_LINK_CHARS, ends_in_title
from ._repair_heading import goes_on_after, link_goes_on
from ._repair_registry import RULES
from ._repair_rules import Aside

TAG_RUN_LOOKBACK: Final = 40
"""How far back a run of one-word lower-case lines is followed to its start.  Tag lists seen run
to a dozen words; a run longer than this is a tag list wherever it started, and the bound keeps
the check linear on hostile input (100,000 one-letter lines)."""

INTRO_WORDS: Final = 8
"""Words: a line this long ending in ``:`` is a sentence introducing what follows (``Wie zuvor
beginnen wir mit dem Filter:`` / ``dns``: a command, an example), not a label over a tag list
(``Tags:``, ``Mehr von Lexwerk:``); as many as `_repair_bounds.PROSE_WORDS` (a sentence's)."""


def _tag_run_follows_a_sentence_end(
    blank: Sequence[bool], i: int, ends: Sequence[str], info: LineFacts
) -> bool:
    """Whether the run of one-word lower-case lines holding line ``i`` starts after a finished
    line: ``He met`` / ``ministers`` / ``officials`` / ``and`` is a sentence cut at its links,
    not a tag list (a tag list follows the end of the text it tags)."""
    j = i
    while j > 0 and i - j < TAG_RUN_LOOKBACK and not blank[j] and junk.tag_word(ends[j - 1]):
        j -= 1
    if i - j >= TAG_RUN_LOOKBACK or j == 0 or blank[j]:
        return True
    before = ends[j - 1]
    if before[-1:] == '"' and before[-2:-1].isspace():
        return False  # a quotation opens: 'She said "' / 'no' / '" to the plan.'
    if info.term[j - 1] == ":" and before.count(" ") >= INTRO_WORDS - 1:
        return False  # a sentence introduces the words after its colon
    return bool(info.term[j - 1]) or before[-1:] in '"”»'


# Set-aside decisions are immutable: one object each serves every line.
_READ_TIME: Final = RULES["noise:read-time-number"].aside
_TAG_WORD: Final = RULES["noise:tag-word"].aside
_HEADING: Final = RULES["heading-shape"].aside
_RELATED_LINK: Final = RULES["noise:related-link"].aside
_HEADING_BLOCK: Final = RULES["heading-block"].aside


def aside_of(
    texts: Sequence[str],
    lows: Sequence[str],
    blank: Sequence[bool],
    i: int,
    starts: Sequence[str],
    ends: Sequence[str],
    info: LineFacts,
    blank_layout: bool,
    hints: int,
) -> Aside | None:
    """The set-aside kind of line ``i``, judged by its text and by its neighbours.

    ``lows``: each line lower-cased (up to `LOWERED_MAX` characters); ``starts``/``ends`` are
    the first/last pieces of each line (after glued splits); ``hints`` the tests that may match
    (`junk.aside_hints`: the others are skipped)."""
    text = texts[i]
    n = len(texts)
    # "Mehr zum Thema" / "Schuldenbremse: Was sie erlaubt" (but "See also" / "Kobold" /
    # ", a supercomputer …" is an entry cut at its link)
    if (
        i
        and junk.read_more_label(ends[i - 1])
        and hints & junk.HEADING_HINT
        and (i + 1 == n or blank[i + 1] or not info.cont[i + 1])
    ):
        return _RELATED_LINK
    if blank_layout and (i + 1 == n or blank[i + 1]) and (i == 0 or blank[i]):
        # a paragraph alone between blank lines: judged as the other layout judges its blocks
        return _alone_aside(
            text,
            ends[i - 1] if i else "",
            bool(i) and info.fw[i - 1],
            starts[i + 1] if i + 1 < n else "",
            i + 1 < n and info.cont[i + 1],
            hints,
            info.fw[i],
            lows[i],
        )
    prev = ends[i - 1] if i > 0 and not blank[i] else ""
    has_next = i + 1 < n and not blank[i + 1]
    nxt = starts[i + 1] if has_next else ""
    nxt_continues = has_next and info.cont[i + 1]
    size = len(text)
    strong = junk.noise_by_pattern(text, lows[i]) if hints & junk.NOISE_HINT else None
    if strong is not None:
        if strong.rule == "noise:share-buttons" and _continued(
            prev, nxt, info.fw[i - 1] if prev else False, text
        ):
            return None  # "said on" / "Twitter" / "that …": a link, not a button
        if text[0].isalpha() and not info.term[i] and nxt_continues and " " in text:
            return None  # "Follow us on Facebook" / "and Twitter": a sentence, not a button
        return strong
    # (in the blank-line layout the read time's "min" may sit after a blank line)
    rt_next = nxt or (starts[i + 1] if blank_layout and i + 1 < n else "")
    if rt_next and size <= 3 and junk.is_read_time_number(text, rt_next):
        return _READ_TIME
    # (in the blank-line layout the paragraph before counts, as in `_block_aside`)
    veto = prev or (ends[i - 1] if blank_layout and i else "")
    if veto and (info.fw[i - 1] or veto[-1] in tx.OPENERS):
        return None  # whatever this looks like, it continues the line before
    if hints & junk.ITEM_HINT:
        found = junk.list_item(text) or junk.byline(text)
        if found is not None:
            return found
    if hints & junk.CAPTION_HINT:
        found = junk.caption(text, lows[i])
        if found is not None:
            return found
    if size > junk.SHORT_ASIDE or not hints & junk.SHAPE_HINT:
        return None  # too long for a heading or a tag, or not shaped like one
    if blank_layout:
        return None  # a line inside a paragraph is no heading or tag
    if len(text) <= 30 and " " not in text and junk.tag_word(text):
        in_run = (_starts_anew(prev) or junk.tag_word(prev)) and (
            not nxt_continues or junk.tag_word(nxt)
        )
        if in_run and _tag_run_follows_a_sentence_end(blank, i, ends, info):
            return _TAG_WORD
    if nxt and not nxt.strip("".join(tx.OPENERS)) and i + 2 < n and not blank[i + 2]:
        # a lone bracket is glued to the line after it (`opener-at-end`): read them as one, as
        # the blank-line layout reads the block they make
        nxt += starts[i + 2]
    if (
        _heading_between(bool(hints & junk.HEADING_HINT), prev, nxt, info.fw[i], text)
        and not (nxt[0] in "\"'”’»" and tx.is_punctuation_only(nxt[:1]))
        and not _link_line_follows(blank, i, starts, ends, info)
    ):
        return _HEADING
    return None


def _alone_aside(
    text: str,
    before: str,
    before_fw: bool,
    after: str,
    after_continues: bool,
    hints: int,
    fw: bool,
    low: str,
) -> Aside | None:
    """The set-aside kind of a paragraph alone between blank lines, judged by its text and the
    paragraphs around it: as a block (`_block_aside`, as the other layout judges its blocks, so
    that the repair's output laid out with blank lines keeps its kinds), else as a read-time
    number or a tag word.  ``low``: ``text.lower()``."""
    found = _block_aside(text, before, before_fw, after, hints, fw, _HEADING, low)
    if found is not None:
        return found
    if after and len(text) <= 3 and junk.is_read_time_number(text, after):
        return _READ_TIME
    if (
        _continues_from(before, before_fw)
        or len(text) > 30
        or " " in text
        or not junk.tag_word(text)
    ):
        return None
    if before[-1:] == ":" and before.count(" ") >= INTRO_WORDS - 1:
        return None  # a sentence introduces the word after its colon
    in_run = (_starts_anew(before) or junk.tag_word(before)) and not (
        after_continues and not junk.tag_word(after)
    )
    return _TAG_WORD if in_run else None


def _starts_anew(before: str) -> bool:
    """Whether what follows ``before`` starts anew: nothing before it, or a finished sentence or
    a closing quote at its end; not a title's full stop (``… chaired by Sen.`` / ``Ada Hale``:
    the name goes on the sentence)."""
    if not before:
        return True
    if before[-1] in '"”»':
        return True
    return bool(tx.terminal_char(before)) and not ends_in_title(before)


def _continues_from(before: str, before_fw: bool) -> bool:
    """Whether what follows ``before`` continues it, whatever it looks like: ``before`` ends in
    a function word of the record's language (``before_fw``, as `LineFacts.fw` reads a line:
    the line walk's veto reads the same words, so that the repair's output laid out with blank
    lines keeps its kinds) or an opening bracket or quote."""
    return bool(before) and (before_fw or before[-1] in tx.OPENERS)


def _heading_between(shaped: bool, before: str, after: str, fw: bool, text: str) -> bool:
    """Whether a block (``text``) is a heading, judged by its shape and by the texts of the
    blocks around it: heading-shaped (``shaped``: `junk.heading_shape` of its text, as its
    `junk.HEADING_HINT` says), not ending in a function word (``fw``), first or after a finished
    block, followed by a block that does not continue it, and no clause cut before a link
    (`clause_before_link`) or sentence going on after it (`goes_on_after`).  The blank-line
    layout judges its paragraphs so, and `asides_by_block` the blocks of the other layout, so that
    repairing the repair's own output, laid out with blank lines, keeps every kind."""
    return (
        bool(after)
        and _starts_anew(before)
        and shaped
        and not fw
        and not tx.continues(after)
        and not tx.is_punctuation_only(after)
        and not clause_before_link(text, after)
        and not goes_on_after(text, after)
    )


def _block_aside(
    text: str,
    before: str,
    before_fw: bool,
    after: str,
    hints: int,
    fw: bool,
    heading: Aside = _HEADING_BLOCK,
    low: str | None = None,
) -> Aside | None:
    """The set-aside kind of a whole block, as the blank-line layout judges a paragraph: junk,
    list item, byline or caption by its text, ``heading`` by its shape and its neighbours.
    ``before_fw``: whether ``before`` ends in a function word of the record's language;
    ``hints``: `junk.aside_hints` of ``text``; ``fw``: whether it ends in a function word of the
    record's language (`ends_in_function_word`); ``low``: ``text.lower()``, when the caller has
    it."""
    if not hints:
        return None
    found = junk.noise_by_pattern(text, low) if hints & junk.NOISE_HINT else None
    if found is not None or _continues_from(before, before_fw):
        return found  # after a function word or an opener only junk is set aside
    if hints & junk.ITEM_HINT:
        found = junk.list_item(text) or junk.byline(text)
    if found is None and hints & junk.CAPTION_HINT:
        found = junk.caption(text, low)
    shaped = bool(hints & junk.HEADING_HINT)
    if (
        found is None
        and hints & junk.SHAPE_HINT
        and _heading_between(shaped, before, after, fw, text)
    ):
        found = heading
    return found


def asides_by_block(
    blocks: list[Block],
    edits: list[Edit],
    piece_columns: dict[int, list[int]],
    hinted: dict[int, int],
    info: LineFacts,
) -> None:
    """Set aside, in place, every paragraph block that `_block_aside` sets aside as a whole.

    The line rules decide before the joins, with context vetoes; a block whose lines were joined
    (``Talks with`` / ``Anna Berg``), or whose line a veto kept in although no join followed,
    is judged here as a whole, as the blank-line layout judges it: so that the repair's own
    output, laid out with blank lines, keeps every kind.  ``piece_columns``: for each line split
    at glued paragraphs, the 1-based columns where its second and later pieces start (the
    set-aside edit of such a piece names its column, so that replay finds the block);
    ``hinted``: `junk.aside_hints` of the lines that have one (a block that is one whole line
    without one cannot be set aside: most blocks are skipped so); ``info``: the record's facts,
    whose language's function words a block may end in (`LineFacts.ends_in_function_word`)."""
    count = len(blocks)
    prev_last = -1
    prev_piece = 0  # the piece of its last line the block before ends with
    for k in range(count):
        blk = blocks[k]
        first, last = blk.first_line, blk.last_line
        # which piece of its first line this block starts with (0: the line's start)
        piece = prev_piece + 1 if first == prev_last else 0
        prev_last, prev_piece = last, (piece if first == last else 0)
        if blk.kind != "paragraph":
            continue
        nxt = blocks[k + 1] if k + 1 < count else None
        whole_line = first == last and piece == 0 and (nxt is None or nxt.first_line != last)
        # (a whole line's hints are known; 0 for most: no set-aside test can match)
        if whole_line:
            hints = hinted.get(first, 0)
        else:  # (lowered as the walk lowers lines: a long paragraph's is not read)
            text = blk.text
            hints = junk.aside_hints(text, text.lower() if len(text) <= LOWERED_MAX else "")
        if not hints:
            continue
        before = blocks[k - 1].text if k else ""
        found = _block_aside(
            blk.text,
            before,
            info.ends_in_function_word(before),
            nxt.text if nxt is not None else "",
            hints,
            info.ends_in_function_word(blk.text),
        )
        if found is None:
            continue
        columns = piece_columns.get(blk.first_line, ())
        column = columns[piece - 1] if 0 < piece <= len(columns) else 0
        rule = found.rule if found.kind == "noise" else None
        blocks[k] = Block(found.kind, blk.text, blk.first_line, blk.last_line, rule)
        edits.append(
            Edit(
                "set-aside",
                (blk.first_line,),
                found.rule,
                found.confidence,
                column=column,
                block_kind=found.kind,
            )
        )


def _link_line_follows(
    blank: Sequence[bool], i: int, starts: Sequence[str], ends: Sequence[str], info: LineFacts
) -> bool:
    """Whether line ``i`` is followed by a short unfinished line that is itself continued: the
    shape of a sentence cut around a link (``Auch bei`` / ``Amazon`` / ``gibt es …``; ``Sie
    arbeitet für`` / ``Lindqvist`` / ``AB's Werk …``: `link_goes_on`)."""
    if i + 2 >= len(blank) or blank[i + 1] or blank[i + 2]:
        return False
    link = starts[i + 1]
    return (
        tx.word_count(link) <= LINK_LINE_WORDS
        and not info.start_term[i + 1]
        and starts[i + 1] == ends[i + 1]
        and (info.cont[i + 2] or link_goes_on(link, starts[i + 2]))
    )


def clause_before_link(text: str, after: str) -> bool:
    """Whether ``text``, followed by ``after``, is the first piece of a sentence in an uncased
    script cut before a link: it holds a clause's comma (``，``) and ends in a letter or digit,
    and ``after`` is a short unfinished piece (``事实上，统计表明，自3月20日`` / ``A股`` /
    ``调整以来…``).  Without case, only the comma tells such a piece from a heading (most
    Chinese headings have none, and one that has is followed by its paragraph)."""
    return (
        "，" in text
        and text[-1].isalnum()
        and 0 < len(after) <= CLAUSE_LINK_CHARS
        and after[-1].isalnum()
        and tx.letter_case(tx.first_letter(text)) == "uncased"
    )


def _continued(prev: str, nxt: str, prev_fw: bool, text: str = "") -> bool:
    """Whether the context around a line says it sits inside a sentence: after a function word,
    or after an unfinished line when the next one continues it or the line itself goes on a
    list (``on`` / ``Facebook`` / ``, Twitter`` / ``, and Instagram``)."""
    if not prev:
        return False
    if prev_fw:
        return True
    if tx.ends_sentence(prev):
        return False
    if text[:1] in _LIST_GOES_ON or text.split(None, 1)[0].lower() in _LIST_WORDS:
        return True
    return bool(nxt) and (tx.letter_case(nxt[0]) == "lower" or nxt[0] in _LIST_GOES_ON)


_LIST_GOES_ON: Final = frozenset(",;&.")
"""A line starting with one of these goes on the sentence before it (a link split)."""
_LIST_WORDS: Final = tx.words("and or und oder et ou y o e и или och og en")
"""``and`` in the corpora's languages: a line starting with it goes on a list."""


def item_continues(
    item: Aside,
    i: int,
    blank: Sequence[bool],
    term: Sequence[str],
    cont: Sequence[bool],
    fw: Sequence[bool],
    asides: Sequence[Aside | None],
) -> bool:
    """Whether line ``i`` continues the list item on line ``i - 1``, cut at a link: the item is
    unfinished and the line starts like a continuation, or the item ends in a function word
    (``• extra funding for`` / ``GP surgeries``); a new item, a heading or a paragraph starts
    otherwise."""
    return (
        item.kind == "list-item"
        and asides[i] is None
        and not blank[i]
        and not term[i - 1]
        and (cont[i] or fw[i - 1])
    )
