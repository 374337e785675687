"""Where the article starts and ends, decided from the whole record (issue #19).

A crawled page keeps its chrome around the article: share labels and a banner before it, a tail
of "most read" headlines with their times, prev/next links, comment forms and footers after it.
One line alone rarely tells (a headline looks like a sub-heading), but the record does: the
article is the stretch where prose is dense.  Each line (or run of lines cut at links) scores
``+chars`` when it reads as prose and ``-max(chars, floor)`` when not; the article is the stretch
with the highest sum (the maximum-subsequence segmentation of Pasternack and Roth, 2009); a
tail label (``Most read``, ``Comments``) or a cue line (a share row, ``Related``) costs more, so
the stretch does not run on into comments and teasers.  The lines before and after it that are
not prose are a ``noise:head`` and a ``noise:tail`` (the tail from the first sign that it has
begun: a label, a cue line, a date or a number alone, a run of headlines, a prompt to follow or
subscribe, a count of views: `_repair_tail_signs`); after a label over what follows a page's
article (``Comments``, a share row), its prose too (`_over_tail`).
The bounds do not decide joins: a run cut at links is scored as one piece (`_units`), and the
walk joins and keeps breaks as it would without them, then sets aside the blocks that start on
a line outside the article.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from . import _repair_comments as cm
from . import _repair_tail_runs as tr
from . import _repair_tail_signs as ts
from . import _repair_tail_words as tw
from . import _text as tx
from ._lazyre import lazy
from ._repair_context import LOWERED_MAX, LineFacts
from ._repair_edges import headline_run_start, menu_start, near_title, split_at_title
from ._repair_head import early_line, goes_on, head_run, page_line
from ._repair_registry import RULES
from ._repair_rules import Aside
from ._repair_tail_runs import best_stretch, cut_off, junk_runs, kicker_question, teaser_ledes
from ._repair_tail_trim import trimmed_end
from ._repair_tail_words import DATE_LINE, has_cue, line_stop, may_be_end_label, split_words

__all__ = ["HEAD_ASIDE", "article_bounds", "best_stretch", "bounds_asides", "is_prose"]

HEAD_ASIDE: Final = RULES["noise:head"].aside
_HEAD: Final = HEAD_ASIDE
_TAIL: Final = RULES["noise:tail"].aside
_TITLE: Final = RULES["noise:title"].aside  # one name for the headline again, wherever it is
_MENU: Final = RULES["noise:menu-run"].aside
_LEDES: Final = RULES["noise:teaser-ledes"].aside

PROSE_WORDS: Final = 8
"""Words: a finished line this long reads as a sentence (shorter ones are headlines, labels and
captions as often as sentences)."""
PROSE_LONG_WORDS: Final = 15
"""Words: a finished line this long, or one of two sentences, is prose whatever its language
(the function-word list does not know Hungarian or Finnish; headlines are shorter)."""
PROSE_CJK_CHARS: Final = 25
"""Characters: the same for a line in a script without spaces (about as much as eight words)."""
PROSE_FW_SHARE: Final = 0.08
"""Function words per word: running text in every language the corpora hold has more than one
in twelve; headline lists and menus far fewer."""
JUNK_FLOOR: Final = 40
"""Characters: what a short non-prose line costs at least (a run of five short headlines then
outweighs one long teaser paragraph after them)."""
JUNK_DISCOUNT: Final = 2
"""A non-prose line costs half its characters: lists and sub-headings inside an article then
stay inside it (chosen on two of junk-dev's three sources, see docs/junk.md)."""
PROSE_SHARE: Final = 0.45
"""Share of a record's characters that must be prose for it to be bounded at all: a record
that is mostly tables, results or lists has no prose stretch to tell the article by."""
MIN_TAIL: Final = 3
"""Lines: a tail shorter than this is left alone unless it holds a label or a cue line (one
closing line that is not prose, such as a dateline or a sign-off, is more often article)."""
TAIL_BARRIER: Final = 5000
"""Characters: what a `END_LABEL` line ("Most read", "Comments") costs in the article's sum:
more than the prose of the comments or teasers after it, so the article's stretch ends before
it (chosen leaving one source of junk-dev out, each time on the other two: see docs/junk.md)."""
CUE_BARRIER: Final = 800
"""Characters: what a line with a cue word (`has_cue`) costs in the article's sum: more than a
teaser or a comment, less than the paragraphs of an article that goes on after a share row
or a box of related links (chosen leaving one source of junk-dev out: see docs/junk.md)."""
FIN_TAIL_WORDS: Final = 8
"""Words: after the tail's start, a finished line of at most this many that is not prose is set
aside too ("Vielen Dank!", "Can a heat pump warm an old farmhouse?": a teaser, a form's thanks),
unless the tail starts at a line another rule set aside by its words (an ad label sits between
an article's paragraphs as often); a longer one may be the article's last words (chosen leaving
one source out: every fold picked 8)."""
NUMBER_CHARS: Final = 8
"""Characters: a line of one token this short holding a digit (``3``, ``12:55``, ``74%``) after
the article's last prose is a page number, a count or a teaser's time, a sign that the tail has
begun (chosen leaving one source out: the folds picked 5, 8 and 8)."""
END_LABEL_WORDS: Final = 6
"""Words: every `END_LABEL` is shorter (a cheap test before the pattern)."""
PROSE_PREFIX: Final = 160
"""Characters: the start of a unit in which its spaces are counted first; a line of prose has
`PROSE_LONG_WORDS` words in about a hundred (issue #16: a count of its start that reaches them
is a count of the whole that does; a shorter count goes on to `is_prose`, which counts all)."""
MIN_PROSE: Final = 2
"""Prose units: a record with fewer has no article to bound (a list, a table, a one-liner)."""
CUE_WORDS: Final = 10
"""Words: a line of fewer holding a cue word (`has_cue`) is a label; a longer one is a headline
or a sentence that merely names comments or a share (chosen leaving one source out: every fold
picked 10)."""


def _heads_a_section(
    texts: Sequence[str], asides: Sequence[Aside | None], i: int, first: int, end: int
) -> bool:
    """Whether line ``i``, before the article, is a heading with a number (``18h18``, ``Teil
    1``) shaped like a heading inside the article: the first of its sections (a live blog's
    entry times), not the page's chrome."""
    was = asides[i]
    if was is None or was.kind != "heading" or not any(c.isdigit() for c in texts[i]):
        return False
    shape = _DIGIT.sub("0", texts[i])
    return any(
        (x := asides[k]) is not None and x.kind == "heading" and _DIGIT.sub("0", texts[k]) == shape
        for k in range(first, end)
    )


_DIGIT: Final = lazy(globals(), "_DIGIT", r"\d")


def _number_line(text: str) -> bool:
    """Whether a line is one short token with a digit (``3``, ``12:55``, ``74%``, ``2/5``)."""
    return len(text) <= NUMBER_CHARS and " " not in text and any(c.isdigit() for c in text)


def _barrier(texts: Sequence[str], a: int, b: int, lows: Sequence[str] | None = None) -> int:
    """What the article's stretch pays to run across lines ``a`` to ``b`` (a run that is not
    prose) beyond their size: `TAIL_BARRIER` for an end label, `CUE_BARRIER` for a cue line,
    else 0.  ``lows``: the lines lower-cased (as the walk makes them: `LOWERED_MAX`), when the
    caller has them."""
    cost = 0
    for k in range(a, b):
        text = texts[k]
        spaces = text.count(" ")
        if spaces >= CUE_WORDS or (cost and spaces >= END_LABEL_WORDS):
            continue  # (most lines: longer than any label)
        # (one lower-casing and one split serve both tests; most lines start no end label)
        low = text.lower() if lows is None or len(text) > LOWERED_MAX else lows[k]
        words = split_words(low)
        if (
            spaces < END_LABEL_WORDS
            and may_be_end_label(text, words)
            and tw.END_LABEL.match(text) is not None
        ):
            return TAIL_BARRIER
        if not cost and not tx.ends_sentence(text) and has_cue(low, words):
            cost = CUE_BARRIER  # (what `_cue` tests, its length test made above)
    return cost


def _cue(text: str) -> bool:
    """`_cue_word`, or a link to the previous or next post (``← Older``, ``Next →``; no barrier)."""
    return text[0] == "←" or text[-1] == "→" or _cue_word(text)


def _cue_word(text: str) -> bool:
    """Whether a short unfinished line holds a cue word (`has_cue`)."""
    return text.count(" ") < CUE_WORDS and not tx.ends_sentence(text) and has_cue(text.lower())


def _over_tail(text: str) -> bool:
    """Whether a line is a label over what follows a page's article (an `END_LABEL`, a cue
    line): the comments, teasers and forms after it are the page's, prose or not.  Not a
    `TAIL_LABEL` alone (an author's note follows ``About the author``).

    >>> _over_tail("Kommentare"), _over_tail("Artikel teilen"), _over_tail("About the author")
    (True, True, False)
    """
    return bool(tw.END_LABEL.match(text) or _cue(text))


def is_prose(text: str, finished: bool | None = None) -> bool:
    """Whether a line (or a run of lines cut at links, joined) reads as running text: finished,
    long enough, and with the function words of a sentence (``finished``: whether it ends a
    sentence, when the caller knows).

    >>> is_prose("The council voted on Monday to close the old bridge for the winter.")
    True
    >>> is_prose("Die Stadt schließt die alte Brücke über den Winter, sagte der Rat.")
    True
    >>> is_prose("Council votes to close old bridge for winter")
    False
    >>> is_prose("Mehr aus der Region")
    False
    """
    if finished is None:
        finished = bool(text) and tx.ends_sentence(text)
    if not finished:
        return False
    if text.count(" ") >= PROSE_LONG_WORDS - 1:
        return True  # (most prose: the words need not be split)
    words = text.split()
    if len(words) >= PROSE_LONG_WORDS or (
        len(words) >= PROSE_WORDS and tx.has_inner_sentence(text)
    ):
        return True
    if len(words) < PROSE_WORDS:
        # (most such lines are too short or hold no character of those scripts: not counted)
        return len(text) >= PROSE_CJK_CHARS and tx.cjk_count(text) >= PROSE_CJK_CHARS
    fw = tx.FUNCTION_WORDS
    need = PROSE_FW_SHARE * len(words)
    hits = 0
    for w in words:  # (most lines have one in their first words: counting stops there)
        if w.lower().strip(".,;:!?\"'()«»„“”") in fw:
            hits += 1
            if hits >= need:
                return True
    return hits >= need


def _units(texts: Sequence[str], blank: Sequence[bool], facts: LineFacts) -> list[tuple[int, int]]:
    """Runs of lines that read as one block: a line continues the one before when that one is
    unfinished, no blank line separates them, and it starts like a continuation, or the line
    before ends in a function word, or it is itself unfinished and the next line continues it
    (a link's text alone on its line, ``… said Joe`` / ``Biden`` / ``on Monday.``); in a record
    with blank lines, any line after an unfinished one with no blank line between."""
    units: list[tuple[int, int]] = []
    start = 0
    n = len(texts)
    term, cont, fw = facts.term, facts.cont, facts.fw
    case = tx.letter_case
    # in a record that separates paragraphs by blank lines a single newline after an unfinished
    # line is inside a paragraph (the walk joins it: ``single-newline-in-paragraph``)
    blank_layout = any(blank)
    for i in range(1, n):
        joined = (
            not term[i - 1]
            and not blank[i]
            and (
                blank_layout
                or cont[i]
                or fw[i - 1]
                # no case to tell by (Chinese, Arabic, Hebrew, Thai): an unfinished line goes on
                # (an ASCII character is never such a letter: most lines, without the call)
                or (not texts[i][0].isascii() and case(texts[i][0]) == "uncased")
                or (not texts[i - 1][-1].isascii() and case(texts[i - 1][-1]) == "uncased")
                or goes_on(texts, blank, facts, i)
            )
        )
        if not joined:
            units.append((start, i))
            start = i
    if texts:
        units.append((start, n))
    return units


def article_bounds(
    texts: Sequence[str],
    blank: Sequence[bool],
    facts: LineFacts | None = None,
    lows: Sequence[str] | None = None,
    noise: Sequence[bool] | None = None,
) -> tuple[int, int, list[tuple[int, int, bool]]] | None:
    """The article's first line, the line after its last (indexes into ``texts``) and the
    record's units (first line, line after the last, whether prose), or None when the record
    holds too little prose to tell.  ``facts``: the lines' `LineFacts`, ``lows``: the lines
    lower-cased (up to `LOWERED_MAX`), ``noise``: whether another rule set each line aside by
    its words, when the caller has them.

    >>> first, end, _ = article_bounds(
    ...     ["Share", "The council voted on Monday to close the old bridge for winter.",
    ...      "Repairs will start in the spring and take two years, the mayor said.",
    ...      "Most read", "Storm hits coast", "Team wins cup", "Prices rise again"],
    ...     [False] * 7)
    >>> first, end
    (1, 3)
    """
    units: list[tuple[int, int, bool]] = []
    scores: list[int] = []
    prose = 0
    prose_chars = total = 0
    first_prose = last_prose = 0
    if facts is None:
        facts = LineFacts(texts, texts, [False] * len(texts))
    term = facts.term
    for a, b in _units(texts, blank, facts):
        if not term[b - 1] and not line_stop("", texts[b - 1]):  # unfinished: no prose, size counts
            size = len(texts[a]) if b == a + 1 else sum(map(len, texts[a:b])) + b - a - 1
            good = False
        else:
            text = texts[a] if b == a + 1 else " ".join(texts[a:b])
            size = len(text)
            # (`is_prose`'s first test, made here on the unit's start: most prose passes it
            # there, without the call and without counting a long paragraph's every space)
            good = text.count(" ", 0, PROSE_PREFIX) >= PROSE_LONG_WORDS - 1 or is_prose(text, True)
        total += size
        if good:
            if not prose:
                first_prose = len(units)
            last_prose = len(units)
            scores.append(size)
            prose += 1
            prose_chars += size
        else:
            scores.append(-max(size, JUNK_FLOOR) // JUNK_DISCOUNT)
        units.append((a, b, good))
    if prose >= MIN_PROSE and prose_chars < PROSE_SHARE * total:  # (a long tail of headlines
        total -= tr.labelled_tail(texts, units, first_prose)  # after its label hides no article)
    if prose < MIN_PROSE or prose_chars < PROSE_SHARE * total:
        return None
    # The best stretch starts and ends at a prose unit (its first and last scores are > 0), and
    # a cost before the first prose unit or after the last never moves it: the barriers are
    # read only between (issue #16: most of the labels and cue lines a record has are in its
    # tail, and the records with too little prose read none).
    heads = tw.comment_heads(texts)  # readers' comments: the stretch runs across no head
    for k in range(first_prose + 1, last_prose):
        a, b, good = units[k]
        if not good:
            comments = heads and not heads.isdisjoint(range(a, b))  # (they have begun)
            barrier = TAIL_BARRIER if comments else _barrier(texts, a, b, lows)
            if barrier:
                scores[k] = -barrier
    for k in junk_runs(units, noise, first_prose, last_prose) if noise else ():
        scores[k] = min(scores[k], -TAIL_BARRIER)  # a long run of the page's junk: no crossing
    first, last = best_stretch(scores)
    return units[first][0], units[last - 1][1], units


def bounds_asides(
    texts: Sequence[str],
    blank: Sequence[bool],
    asides: Sequence[Aside | None],
    facts: LineFacts | None = None,
    title: str | None = None,
    lows: Sequence[str] | None = None,
) -> tuple[list[Aside | None], list[str]] | None:
    """For each line, the `Aside` of the run of lines (a line and the ones cut from it at links)
    outside the article that it belongs to, when that run is not prose (the tail only when at
    least `MIN_TAIL` lines or a label follow the article), and for each line the rule that
    keeps the break before it ("" for none: the walk joins a set-aside line only to the line
    before it in its run); None when no line is set aside.  ``title``: the record's title,
    which a line outside the article repeats as the page's headline (set aside whatever its
    length); ``lows``: the lines lower-cased (up to `LOWERED_MAX`), when the caller has them.

    >>> found = bounds_asides(
    ...     ["Share", "The council voted on Monday to close the old bridge for winter.",
    ...      "Repairs will start in the spring and take two years, the mayor said.",
    ...      "Most read", "Storm hits", "the coast", "Prices rise again"], [False] * 7, [None] * 7)
    >>> [a.rule if a else None for a in found[0]]
    ['noise:head', None, None, 'noise:tail', 'noise:tail', 'noise:tail', 'noise:tail']
    >>> found[1]
    ['', '', '', '', '', '', 'noise:tail']
    """
    noise = [a is not None and a.kind == "noise" for a in asides]
    bounds = article_bounds(texts, blank, facts, lows, noise)
    if bounds is None:
        return None
    first, end, units = bounds
    end = trimmed_end(texts, units, end)  # (a box's pitch after its sign: not the article's)
    if facts is None:
        facts = LineFacts(texts, texts, [False] * len(texts))
    units_at = {a: good for a, _, good in units}
    # (a shorter tail only with a label or a cue line: ``Artikel drucken``, ``Relacionados``)
    tail = len(texts) - end >= MIN_TAIL or any(
        tw.TAIL_LABEL.match(t) or (_over_tail(t) and tr.plain_label(t)) for t in texts[end:]
    )
    heads = tw.comment_heads(texts)
    label = tw.TAIL_LABEL.match

    def sign(i: int, runs: bool = True) -> bool:
        """Whether line ``i`` shows that the page's tail has begun (``runs``: a headline run
        counts)."""
        return bool(
            label(texts[i])
            or tw.END_LABEL.match(texts[i])
            or noise[i]
            or i in heads
            or _cue(texts[i])
            or DATE_LINE.match(texts[i])
            or _number_line(texts[i])
            or ts.tail_sign(texts[i])
            or (runs and tw.headline_run(texts, units_at, i))
        )

    stretch_end = end  # (before the tail's start moves it on to the first sign)
    alone: list[int] = []  # lines that repeat the title: a block of their own
    key = tx.title_key(title) if title else ""
    if key:  # the headline again is a block of its own, also in a run of header lines (not in
        # the tail's runs: a run there is a line cut at links as often)
        units = split_at_title(texts, units, title or "", key, range(first, len(texts)))
    short_fin = 0  # words: a finished line up to this long after the tail's start is tail too
    whole, cut = False, -1  # the tail starts at a label over what follows: its prose is tail too
    at_sign = end
    if tail:
        # the tail starts at a label or at junk another rule recognised
        end = at_sign = next((i for i in range(end, len(texts)) if sign(i)), len(texts))
        if end < len(texts) and not noise[end]:
            short_fin = FIN_TAIL_WORDS  # (not after a line set aside by its words alone: an ad
            # label or a follow-us line sits between an article's paragraphs as often)
            # (not a link of a box another rule set aside, the stretch's last line: a cookie
            # gate's ``Privacy policy`` is no label over what follows the article)
            whole = (_over_tail(texts[end]) and not noise[end - 1]) or end in heads
        elif end < len(texts) and not noise[end - 1]:  # (a label set aside by its words)
            whole = tw.lone_end_label(texts, end)
        units, cut = ts.cut_at_sign(units, at_sign, lambda k: sign(k, False))  # (a share row)
        # or at a menu or a teaser list running on to it
        menu = menu_start(texts, units, stretch_end, end)
        end = min(menu, headline_run_start(texts, units, stretch_end, end))
        end = min(end, tr.closing_run_start(texts, units, stretch_end, at_sign, FIN_TAIL_WORDS))
    out: list[Aside | None] = [None] * len(texts)
    starts = [False] * len(texts)
    changed = False
    first_fin = next((k for k in range(first) if texts[k][-1] in tw.STOPS), first)
    heading = [a is not None and a.kind == "heading" for a in asides]
    listing = False  # after a kept line ending in ":" that introduces a list, until a sign
    item_words = 0  # words in the list's first item: the others are about as long
    second = next((a for a, _, good in units if good and first < a < end), end)  # (a lede's)
    for a, b, good in units:
        starts[a] = True
        if whole and a >= at_sign:
            for i in range(a, b):
                out[i] = _TAIL
            changed = True
            continue  # after a label over what follows a page's article: comments, teasers
        if (
            key
            and b == a + 1
            and (a < first or a >= stretch_end)
            and near_title(key, texts[a], title or "")
        ):
            out[a] = _TITLE
            alone.append(a)
            changed = True
            continue  # the page's headline again (the record's title is in its header)
        if listing and a >= end:
            words = texts[a].count(" ") + 1
            if not item_words:
                item_words = words
            listing = (
                item_words <= 2 * words and words <= 2 * item_words and not sign(a, runs=False)
            )
            if listing:
                continue  # an item of the list the article's last words introduce
        if (
            tail
            and a >= at_sign
            and b == a + 1
            and (cut_off(texts[a]) or kicker_question(texts, a) or tw.page_box(texts[a]))
        ):
            out[a] = _TAIL  # a teaser's text cut off by the page or its question, prose or not
            changed = True
            continue
        if first <= a < second and not good and all(map(page_line, texts[a:b])):
            out[a:b] = [_HEAD] * (b - a)  # the page's date and author under the article's lede
            changed = True
            continue
        if good or (a >= end and not tail) or first <= a < end or a < end <= b - 1:
            listing = texts[b - 1][-1] == ":"
            item_words = 0
            continue
        if (
            a < first
            and not head_run(texts[a:b], b == first)
            and not (a < first_fin and b == a + 1 and early_line(texts[a], facts, b == first))
        ):
            continue  # before the article only the page's labels: a kicker, a lede stays
        if a < first and _heads_a_section(texts, asides, a, first, end):
            continue
        if a < first and a > first_fin and heading[a] and not page_line(texts[a]):
            continue  # after a finished sentence the article has begun: a sub-heading
        if (
            a >= end
            and line_stop(facts.term[b - 1], texts[b - 1]) in tw.STOPS
            and (b - a > 1 or texts[a].count(" ") >= short_fin)
        ):
            continue  # a finished sentence after the article's end may be its last words
        for i in range(a, b):
            if out[i] is None:
                out[i] = _HEAD if a < first else _MENU if a < at_sign else _TAIL
                changed = True
    # a short line between two lines set aside after the stretch is the page's too (a form's
    # thanks, a teaser): the rules above read each line alone
    put = [o is not None and o is not _TITLE for o in out]  # (the title: a block of its own)
    for a, b in tw.between_tail(texts, units, stretch_end, put, noise):
        out[a:b] = [_TAIL] * (b - a)
        changed = True
    if tail and at_sign < len(texts):  # a teaser list's summaries between its lines set aside
        gone = [p or x for p, x in zip(put, noise, strict=True)]
        for a, b in teaser_ledes(units, gone, at_sign):
            out[a:b] = [_LEDES] * (b - a)
            changed = True
    changed = cm.set_comments(texts, first, out) or changed  # readers' comments, to the end
    if not changed:
        return None
    # a break between two runs outside the article (or at a share row's cut) is kept (its rule
    # named), unless a list goes on across it ("Categories:" / "Construction," / "Engineering")
    apart = [
        o.rule
        if o and i and starts[i] and (out[i - 1] or i == cut) and texts[i - 1][-1] not in ",;:-–"
        else ""
        for i, o in enumerate(out)
    ]
    for i in alone:  # a headline goes on into no text (nor a line into it), whatever the walk
        for k in (i, i + 1):
            if 0 < k < len(texts) and not apart[k]:
                apart[k] = (out[k] or out[i] or _TAIL).rule
    return out, apart
