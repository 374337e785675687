"""The article's edges beyond the bounds' scores (issue #19): the page's headline again with a
kicker or the site's name around it, and a run of menu links between the article and its tail.

`_repair_bounds` reads a line outside the article as the title again when its words are the
title's; pages also print it as ``Kultur : <title>``, ``<title> | wdr aktuell`` or inside a
breadcrumb, and print it inside a run of header lines (a date, the title, a byline) that reads
as one block.  After the article's last prose a page's section menu or tag list (``Sport``,
``News``, ``Innenpolitik``) runs on to the footer with no label the tail's signs know, and so
do a few labels before the tail's first sign (a box's name, an author box's name and role).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from . import _text as tx
from ._lazyre import lazy

__all__ = ["headline_run_start", "label_run", "menu_start", "near_title", "split_at_title"]

TITLE_MIN_WORDS: Final = 3
"""Words: a shorter title (``Harbour 2.0``) is found inside too many lines of the article to
tell its repeats by."""
MENU_WORDS: Final = 2
"""Words: a menu's or a tag list's entry has at most this many (``Sport``, ``Granada
(Provincia)``); an article's closing list has longer items as often as not."""
MENU_RUN: Final = 3
"""Lines: so many such entries in a row, running on to the tail's first sign, are a menu (two
are a sign-off as often: ``Text: Anna Berg`` / ``Fotos: dpa``).  Chosen leaving one source of
junk-dev out: two folds of three picked 3 (see docs/junk.md)."""
MENU_LONG_WORDS: Final = 5
"""Words: once a menu has `MENU_RUN` entries of `MENU_WORDS`, an entry this long may sit among
them (``Briefe an die Redaktion``, ``Violencia de género``) while at most one in
`MENU_LONG_SHARE` of its entries is (chosen leaving one source of junk-dev out over 3-6 words
and one in 3-5: the folds picked 4, 5 and 5 words and one in 3; see docs/junk.md)."""
MENU_LONG_SHARE: Final = 3
"""Entries: at most one in so many of a menu's entries is long (`MENU_LONG_WORDS`)."""
MENU_RUN_ALONE: Final = 6
"""Lines: so many such entries running on to the record's end with no sign after them are a menu
too (opening hours or a short list of names end an article as often: ``Monday`` / ``Tuesday``
/ ``Friday``).  Chosen leaving one source out: the folds picked 4, 4 and 6 (4 takes such a list
of four days)."""


KICKER_MARKS: Final = ":|»/→·–—"
"""What separates a kicker, a breadcrumb or a site's name from the headline (`near_title`): a
line that only adds words to the title with none of these is a sentence about it as often."""


def near_title(key: str, text: str, title: str) -> bool:
    """Whether a line (``text``) is the title (``title``, its `title_key` ``key``) again: the
    same words, or a title of `TITLE_MIN_WORDS` words or more with at most as many words again
    before it (a kicker, a breadcrumb) or after it (the site's name), set apart by a mark of
    `KICKER_MARKS` or a dash the title does not have; or the other way round, when the record's
    title carries the site's name (``<headline> | Radio Ville``) and the line is the headline.

    >>> t = "Brücke bleibt gesperrt"
    >>> near_title(tx.title_key(t), "Verkehr: Brücke bleibt gesperrt", t)
    True
    >>> t = "Le pont reste fermé"
    >>> near_title(tx.title_key(t), "Le pont reste fermé - Radio Ville", t)
    True
    >>> near_title(tx.title_key(t), "Le pont reste fermé tout l'hiver", t)
    False
    >>> t = "Le pont reste fermé | Radio Ville"
    >>> near_title(tx.title_key(t), "Le pont reste fermé", t)
    True
    """
    # each case below shares the key's first or last word with the line (issue #16: most lines
    # hold neither, and their words need not be split out)
    low = text.casefold()
    if key.partition(" ")[0] not in low and key.rpartition(" ")[2] not in low:
        return False
    line_key = tx.title_key(text)
    if line_key == key:
        return True
    if len(line_key) < len(key):  # the title holds the site's name: the line is the headline
        return _kicked(line_key, key) and _marks(title) > _marks(text)
    return _kicked(key, line_key) and _marks(text) > _marks(title)


def _kicked(short: str, long: str) -> bool:
    """Whether ``long`` is ``short`` (of `TITLE_MIN_WORDS` words or more) with at most as many
    words again before or after it (both `title_key`s)."""
    words = short.count(" ") + 1
    if words < TITLE_MIN_WORDS or long.count(" ") + 1 > 2 * words:
        return False
    return long.startswith(short + " ") or long.endswith(" " + short)


def _marks(text: str) -> int:
    """How many kicker marks (`KICKER_MARKS`, or a hyphen between spaces) ``text`` holds."""
    return sum(map(text.count, KICKER_MARKS)) + text.count(" - ")


def split_at_title(
    texts: Sequence[str],
    units: Sequence[tuple[int, int, bool]],
    title: str,
    key: str,
    outside: range,
) -> list[tuple[int, int, bool]]:
    """``units`` with every run of lines that is not prose and lies before the article (not in
    ``outside``: the article's lines and the tail's) cut before and after a line that is the
    title again (`near_title`): a date, the headline and a byline above the text read as one
    run, but the headline is a block of its own."""
    out: list[tuple[int, int, bool]] = []
    for a, b, good in units:
        if good or b == a + 1 or a in outside:
            out.append((a, b, good))
            continue
        start = a
        for k in range(a, b):
            if near_title(key, texts[k], title):
                if start < k:
                    out.append((start, k, False))
                out.append((k, k + 1, False))
                start = k + 1
        if start < b:
            out.append((start, b, False))
    return out


def menu_start(
    texts: Sequence[str], units: Sequence[tuple[int, int, bool]], stretch_end: int, sign: int
) -> int:
    """The first line of a menu (`MENU_RUN` entries or more of one line and at most
    `MENU_WORDS` words, unfinished, with a few of up to `MENU_LONG_WORDS` among them) that runs
    from after the article's stretch (``stretch_end``) to the tail's first sign (``sign``, a line
    of the record); ``sign`` when there is none.

    >>> units = [(0, 1, True), (1, 2, False), (2, 3, False), (3, 4, False), (4, 5, False)]
    >>> texts = ["A long finished paragraph.", "Sport", "Wirtschaft", "Kultur"]
    >>> menu_start([*texts, "©"], units, 1, 4)
    1
    >>> menu_start(texts, units, 1, 4)
    4
    >>> more = [(5, 6, False), (6, 7, False)]
    >>> menu_start([*texts, "Reise", "Leben", "Wetter"], [*units, *more], 1, 7)
    1
    >>> more = [(k, k + 1, False) for k in range(1, 7)]
    >>> menu_start(["Ein Satz.", "Sport", "Briefe an die Redaktion", "Reise", *texts[2:], "©"],
    ...     [(0, 1, True), *more], 1, 6)
    1
    """
    start = sign
    short = long = 0  # entries so far, read back from the sign
    for a, b, good in reversed(units):
        if a >= sign:
            continue
        if a < stretch_end or good or b != a + 1 or tx.ends_sentence(texts[a]):
            break
        spaces = texts[a].count(" ")
        if spaces >= MENU_WORDS:
            # a longer entry only inside a menu already read, and a few of them
            share = (long + 1) * MENU_LONG_SHARE > short + long + 1
            if spaces >= MENU_LONG_WORDS or short < MENU_RUN or share:
                break
            long += 1
        else:
            short += 1
        start = a
    # a list that ends the record with no sign after it is the article's as often, unless long
    need = MENU_RUN if sign < len(texts) else MENU_RUN_ALONE
    if sign - start >= need:
        return start
    return stretch_end if label_run(texts, units, stretch_end, sign) else sign


LABEL_RUN: Final = 3
"""Lines: at most so many short labels, and nothing else, between the article's last prose and
the tail's first sign are the page's (a box's name, a section link, an author box's name and
role: ``Weitere Newsletter``, ``Mehr Sport``, ``Lucía Marín`` / ``Redactora de
tribunales``); a longer run is a list of the article's as often (written on fundus0's lines of
junk-dev, the fourteenth session: see docs/junk.md)."""
LABEL_WORDS: Final = 3
"""Words: such a label has at most three (one word only beside another label: ``Sport`` /
``Neueste Sportartikel``; one word alone is a sign-off as often, ``Benni``, ``DS``); a longer
line is a closing sentence cut short or a list's item as often."""
_CREDIT_MARKS: Final = frozenset("/,:0123456789")
"""What a source, a credit or a date line holds (``MWB/Ravelin``, ``Nordfunk, 14.
März 2022``, ``Quellen:``): a closing credit the article keeps, not a label."""


def label_run(
    texts: Sequence[str], units: Sequence[tuple[int, int, bool]], stretch_end: int, sign: int
) -> bool:
    """Whether the lines from after the article's stretch (``stretch_end``) to the tail's first
    sign (``sign``, a line before the record's end) are at most `LABEL_RUN` labels: units of one
    line of up to `LABEL_WORDS` words (two or more when alone), unfinished, with no credit's
    marks (`_CREDIT_MARKS`), not ending in a function word (a sentence cut off at a link:
    ``Mehr bei``).

    >>> texts = ["Der Rat hat die Brücke gesperrt.", "Weitere Newsletter", "Mehr Sport", "©"]
    >>> units = [(0, 1, True), (1, 2, False), (2, 3, False), (3, 4, False)]
    >>> label_run(texts, units, 1, 3), label_run(texts, units, 1, 4)
    (True, False)
    >>> label_run(["Ein Satz.", "Quelle: dpa", "©", "x"], units, 1, 2)
    False
    >>> label_run(["Ein Satz.", "Benni", "©", "x"], units, 1, 2)
    False
    """
    if not stretch_end < sign < len(texts) or sign - stretch_end > LABEL_RUN:
        return False
    paired = sign - stretch_end > 1  # (a word alone is a label only beside another)
    for a, b, good in reversed(units):  # (from the record's end: the tail is the shorter part)
        if a >= sign:
            continue
        if b <= stretch_end:
            break
        text = texts[a]
        if good or b != a + 1 or a < stretch_end or b > sign:
            return False
        spaces = text.count(" ")
        if spaces >= LABEL_WORDS or not (spaces or paired) or tx.ends_sentence(text):
            return False
        if text[-1] in ".!?" or not _CREDIT_MARKS.isdisjoint(text):
            return False
        if text.rsplit(None, 1)[-1].lower() in tx.FUNCTION_WORDS:
            return False
    return True


HEADLINE_RUN: Final = 4
"""Lines: so many unfinished lines in a row running from the article's last prose to the tail's
first sign, with `HEADLINE_RUN_LONG` headlines among them, are a teaser list (a section's kicker
above each headline: ``Sport`` / ``Storm closes the harbour for a week``).  Chosen on junk-dev
C over runs of 3-6 and 2-4 headlines of 4 or 6 words as the setting that gains most and loses no
article line on any source (in-sample; the folds leaving one source out disagree: see
docs/junk.md)."""
HEADLINE_RUN_LONG: Final = 3
"""Lines: the headlines (`HEADLINE_WORDS` words or more) such a run holds at least; a run of
short labels is `menu_start`'s, or a box's fields (``Details`` / ``Ort`` / ``Lage``)."""
HEADLINE_WORDS: Final = 6
"""Words: a teaser's headline has about this many or more; a section's name or a label fewer."""
HEADLINE_CHARS: Final = 100
"""Characters: the longest entry of such a run; a longer unfinished line is a paragraph cut off
or a notice (an app's download note), not a headline."""
_FIELD: Final = lazy(globals(), "_FIELD", r"[^\W\d]+\.?:\s")
"""A line opening with one word and a colon: a contact's or a fact box's field (``Tel.: …``,
``Ort: …``), which a press release or a listing ends with; it ends the run read back."""


def headline_run_start(
    texts: Sequence[str], units: Sequence[tuple[int, int, bool]], stretch_end: int, sign: int
) -> int:
    """The first line of a teaser list (`HEADLINE_RUN` unfinished lines or more of one line each
    and at most `HEADLINE_CHARS` characters, `HEADLINE_RUN_LONG` of them headlines of
    `HEADLINE_WORDS` words or more) that runs from after the article's stretch (``stretch_end``)
    to the tail's first sign (``sign``, a line of the record before its end); ``sign`` when
    there is none.

    >>> texts = ["Der Rat hat am Montag die Brücke für den Winter gesperrt.", "Sport",
    ...     "Der Verein gewinnt das Derby in letzter Minute", "Kultur",
    ...     "Das Theater zeigt im Herbst drei neue Stücke", "Wirtschaft",
    ...     "Die Preise für Heizöl steigen wieder deutlich an", "Meistgelesen"]
    >>> units = [(0, 1, True), *[(k, k + 1, False) for k in range(1, 8)]]
    >>> headline_run_start(texts, units, 1, 7)
    1
    >>> headline_run_start(texts[:5] + texts[7:], units[:6], 1, 5)
    5
    >>> headline_run_start(["Ein Satz.", "Tel.: 0228 123", *texts[1:]], [(0, 1, True),
    ...     *[(k, k + 1, False) for k in range(1, 9)]], 1, 8)
    2
    """
    start = sign
    count = long = 0
    for a, b, good in reversed(units):
        if a >= sign:
            continue
        text = texts[a]
        if a < stretch_end or good or b != a + 1 or tx.ends_sentence(text):
            break
        if len(text) > HEADLINE_CHARS or _FIELD.match(text):
            break
        count += 1
        long += text.count(" ") >= HEADLINE_WORDS - 1
        start = a
    if sign >= len(texts) or count < HEADLINE_RUN or long < HEADLINE_RUN_LONG:
        return sign
    return start
