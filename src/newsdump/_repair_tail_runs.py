"""Runs of units that the bounds read together (issue #19): the article's best stretch, a long
run of page junk that the stretch does not cross, and a teaser list's summaries after it.

A page's tail often holds prose of its own: a login or newsletter box after the related links,
a teaser list that gives each headline its summary (``headline`` / ``date`` / ``summary``, again
and again).  Line by line a summary reads as the article's last words, and prose after a run of
junk pulls the article's stretch on across the junk; read as a run, neither is the article's.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from . import _repair_tail_words as tw
from ._lazyre import lazy
from ._repair_tail_lists import LEDE_PERIOD, LEDE_RUN, regular_runs, teaser_lists

__all__ = [
    "CLOSING_RUN_UNITS",
    "LEDE_PERIOD",
    "LEDE_RUN",
    "best_stretch",
    "closing_run_start",
    "cut_off",
    "junk_runs",
    "kicker_question",
    "labelled_tail",
    "plain_label",
    "teaser_ledes",
]

JUNK_RUN_UNITS: Final = 6
"""Units: a run of so many that are not prose between two prose units, holding `JUNK_RUN_NOISE`
lines set aside by their words (ad labels, prompts, teaser labels), is the page's between an
article and a box of prose after it: the stretch does not cross it.  An article's list or table
holds no such lines; a teaser box inside the article is shorter (chosen leaving one source of
junk-dev out over 4-16 units and 0-3 lines: two folds of three picked 6 and 3; see docs/junk.md)."""
JUNK_RUN_NOISE: Final = 3
"""Lines set aside by their words in such a run (one or two are an ad label or a credit between
an article's paragraphs as often)."""


def best_stretch(scores: Sequence[int]) -> tuple[int, int]:
    """The run ``scores[first:last]`` with the greatest sum (the first such run; ``(0, 0)``
    when no score is positive): one pass, keeping the best run ending at each unit.

    >>> best_stretch([-5, 40, -10, 30, -100, 20])
    (1, 4)
    >>> best_stretch([-1, -2])
    (0, 0)
    """
    best = run = start = 0
    best_span = (0, 0)
    for k, s in enumerate(scores):
        if run <= 0:
            run, start = s, k
        else:
            run += s
        if run > best:
            best, best_span = run, (start, k + 1)
    return best_span


def labelled_tail(texts: Sequence[str], units: Sequence[tuple[int, int, bool]], after: int) -> int:
    """The characters (as the bounds count a unit's) of the units from the first one after unit
    ``after`` that a label over a page's tail opens (`TAIL_LABEL`, `END_LABEL`: ``Themen``,
    ``Most read``) to the record's end: the bounds leave them out of the prose share that
    tells whether a record holds an article (a long list of headlines after its label made a
    news page look like a list).

    >>> labelled_tail(["A long paragraph.", "Most read", "Storm hits", "Team wins"],
    ...     [(0, 1, True), (1, 2, False), (2, 4, False)], 0)
    29
    >>> labelled_tail(["A long paragraph.", "Storm hits"], [(0, 1, True), (1, 2, False)], 0)
    0
    """
    for k in range(after + 1, len(units)):
        a = units[k][0]
        if tw.TAIL_LABEL.match(texts[a]) or tw.END_LABEL.match(texts[a]):
            return sum(sum(map(len, texts[a:b])) + b - a - 1 for a, b, _ in units[k:])
    return 0


def cut_off(text: str) -> bool:
    """Whether a line ends in an ellipsis that does not open it: a teaser's headline or summary
    cut off by the page (``… ein neues Gesetz für den Hafen...``); after the tail's start such a
    line is the page's, prose or not.  Not a line that opens with an ellipsis or a quote mark
    or holds another ellipsis (a reader quoting the article: ``… a small group of …``, ``[…]
    the article's words …``).

    >>> cut_off("Council plans a new law for the harbour that would..."), cut_off("Mehr erfahren…")
    (True, True)
    >>> cut_off("… eine kleine Gruppe …"), cut_off("» Das Gesetz: ein Bumerang …"), cut_off("So.")
    (False, False, False)
    >>> cut_off("- […] Sie dazu auch die Beiträge …")
    False
    """
    if not text.endswith(("...", "…")) or text.startswith(_OPENERS):
        return False
    body = text[:-3] if text.endswith("...") else text[:-1]
    return "…" not in body and "..." not in body  # (an excerpt's cuts: a quotation's)


_OPENERS: Final = ("…", ".", "»", "«", "„", '"', "“", "”", "'", "‘", "’", "[")
"""What a quoted or continued line opens with (`cut_off`)."""

QUESTION_WORDS: Final = 16
"""Words: a teaser's headline that asks, after its kicker and a colon (``EuGH: Muss … zahlen?``),
has at most so many; a longer question is a reader's or a summary's as often.  Written after
reading fundus0's and np4k's missed tail lines; 12, 16 and 24 measured: fundus0 +3, +4, +4 junk
lines, traf held out +7, +8, +8, no article line lost at any (docs/junk.md)."""
_KICKER_QUESTION: Final = lazy(
    globals(), "_KICKER_QUESTION", r"[^:?!.]{2,60}\s?:\s?\S.{4,}\?[\"'”’»«“]?$"
)
"""A kicker (no stop in it), a colon, and a question to the line's end."""


def kicker_question(texts: Sequence[str], i: int) -> bool:
    """Whether line ``i`` is a kicker and a question after its colon, of at most
    `QUESTION_WORDS` words (``Weltwirtschaft: die neue Werkbank der Welt?``): after the tail's
    start, a teaser's headline, prose or not.  Not when another line of the record opens with
    the same kicker: an interview's questions (``ZEIT: Warum …?``) name the one who asks each
    time, and an ad label between its answers may start a tail.

    >>> kicker_question(["Hafen: Wird die Brücke je wieder geöffnet?"], 0)
    True
    >>> kicker_question(["Rat: Wann öffnet die Brücke?", "Rat: Im Frühjahr, sagt die Stadt."], 0)
    False
    >>> kicker_question(["Wird die Brücke je wieder geöffnet?"], 0)
    False
    """
    text = texts[i]
    if text.count(" ") >= QUESTION_WORDS or _KICKER_QUESTION.match(text) is None:
        return False
    kicker = text[: text.index(":") + 1]
    return not any(t.startswith(kicker) for k, t in enumerate(texts) if k != i)


def junk_runs(
    units: Sequence[tuple[int, int, bool]], noise: Sequence[bool], first: int, last: int
) -> list[int]:
    """The first unit of each run of at least `JUNK_RUN_UNITS` units that are not prose between
    units ``first`` and ``last`` (prose) holding at least `JUNK_RUN_NOISE` lines set aside by
    their words (``noise``, by line), and of each teaser list between them (`teaser_lists`:
    headlines and their summaries at one distance) with fewer prose units after its start than
    before it (an article of such sections, a horoscope's signs, starts with them).

    >>> units = [(0, 1, True), *[(k, k + 1, False) for k in range(1, 7)], (7, 8, True)]
    >>> junk_runs(units, [False, True, False, True, False, True, False, False], 0, 7)
    [1]
    >>> junk_runs(units, [False, True, False, True, False, False, False, False], 0, 7)
    []
    """
    found: list[int] = []
    k = first + 1
    while k < last:
        if units[k][2]:
            k += 1
            continue
        j = k
        while j < last and not units[j][2]:
            j += 1
        if j - k >= JUNK_RUN_UNITS:
            lines = sum(noise[a] for a, _, _ in units[k:j])  # (a unit set aside starts so)
            if lines >= JUNK_RUN_NOISE:
                found.append(k)
        k = j
    for k in teaser_lists(units, first + 1):
        after = sum(good for _, _, good in units[k : last + 1])
        if k < last and sum(good for _, _, good in units[first:k]) > after:
            found.append(k)
    return sorted(set(found))


def teaser_ledes(
    units: Sequence[tuple[int, int, bool]], gone: Sequence[bool], start: int
) -> list[tuple[int, int]]:
    """The prose units from line ``start`` (the tail's) on that are a teaser list's summaries:
    `LEDE_RUN` or more, each between two units set aside (``gone``, by line), every one
    `LEDE_PERIOD` units or more after the one before and at the same distance.

    >>> units = [(k, k + 1, k % 3 == 2) for k in range(10)]
    >>> teaser_ledes(units, [k % 3 != 2 for k in range(10)], 1)
    [(2, 3), (5, 6), (8, 9)]
    >>> teaser_ledes(units[:7], [k % 3 != 2 for k in range(7)], 1)
    []
    """
    flanked = [
        (k, a, b)
        for k, (a, b, good) in enumerate(units)
        if good
        and a >= start
        and 0 < k < len(units) - 1
        and all(gone[units[k - 1][0] : units[k - 1][1]])
        and all(gone[units[k + 1][0] : units[k + 1][1]])
    ]
    found: list[tuple[int, int]] = []
    for i, j, _ in regular_runs([k for k, _, _ in flanked]):
        found.extend((a, b) for _, a, b in flanked[i : j + 1])
    return found


CLOSING_RUN_UNITS: Final = 4
"""Units: a run of so many short link-like lines right before the tail's first sign is the
page's (`closing_run_start`); an article's closing list of three or four items stays (on
junk-dev C, 3 would catch 12 junk lines more and lose none, but articles of `train` end with
lists of four: a table's row labels, a sign-off; see docs/junk.md)."""


def closing_run_start(
    texts: Sequence[str],
    units: Sequence[tuple[int, int, bool]],
    lo: int,
    sign: int,
    words: int,
    least: int = CLOSING_RUN_UNITS,
) -> int:
    """The first line of the run of short link-like units just before line ``sign`` (the
    tail's first sign) and from line ``lo`` on (the end of the article's stretch), when the run
    is ``least`` units or more, else ``sign`` (also when no sign follows: the record may end
    with the article's list): a menu, a row of networks or a list of other pages that the page
    printed before the label the tail is known by (issue #19).  Each unit
    of the run is one line of fewer than ``words`` words that is a `plain_label`: an article's
    closing list stops the run at its dates, numbers, addresses and hashtags, and a line ending
    in a colon above the run introduces it as the article's list (no run).  A line right under
    the prose is left out of the run: the article's last sub-heading, or the label over the
    list, which a page prints without a link as often.

    >>> texts = ["The vote is set for May.", "Home", "About us", "Jobs", "Shop", "Most read"]
    >>> units = [(k, k + 1, k == 0) for k in range(6)]
    >>> closing_run_start(texts, units, 1, 5, 8, 3), closing_run_start(texts, units, 1, 5, 8, 4)
    (2, 5)
    >>> closing_run_start(texts[:3] + ["Tel. 0123 4567"] + texts[4:], units, 1, 5, 8, 3)
    5
    """
    if sign >= len(texts):
        return sign
    start = sign
    run = 0
    for a, b, good in reversed(units):
        if a >= sign:
            continue
        text = texts[a]
        if a < lo or good or b > a + 1 or text.count(" ") >= words or not plain_label(text):
            if text[-1] == ":":
                return sign  # (the list a line of the article introduces: no run)
            if good and b == start < sign:  # a heading right under the prose: the article's
                start, run = start + 1, run - 1  # last sub-heading or its label over the list
            break
        start = a
        run += 1
    return start if run >= least else sign


def plain_label(text: str) -> bool:
    """Whether a line may be a link of the page's: not finished, no digit, ``@`` or hashtag, no
    colon at its end."""
    return (
        text[-1] not in tw.STOPS
        and text[-1] != ":"
        and text[0] != "#"
        and "@" not in text
        and not any(c.isdigit() for c in text)
    )
