"""Rendered pages: records that hold the page's furniture and show no link's cut.

A dump that renders a whole page one block a line keeps its menus, head and tail (set aside as
noise by the bounds and the label rules); a scraper that cut an article's text at its links
leaves none of these (train, dev-news).  In such a page, without a link's mark
(`_repair_marks.link_marks`), a line starting in lower case after a line that does not end a
sentence is a block of its own (``Copy this link`` / ``https://…``, ``Relacionados`` /
``visto ahora``, ``Sign in to save your preferences`` / ``northledger.com © …``) unless
something shows the sentence going on across the break (`block_start`).  The layout keeps
such a break after the model (`_repair_layout.Layout.veto`, rule ``furnished-page-line``).
It keeps, too, the break after a line ending in a function word when the next line cannot be a
link's text alone (`not_link_text`, rule ``furnished-after-function-word``), and the break
after a comma before a lower-case line that ends its sentence (`clause_after_comma`, rule
``furnished-clause-line``): a forum post's or a poem's own line, which no link's cut leaves;
and the break between a label ending in a colon and a web address alone under it
(`address_after_label`, rule ``furnished-address-line``), and the breaks around a short
lower-case label the page repeats under its items (`repeated_labels`, rule
``furnished-repeated-label``), whatever rule or the model joined them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from . import _text as tx
from ._repair_apart import comma_list, credit_line, prose, starts_anew
from ._repair_context import LineFacts
from ._repair_evidence import is_address
from ._repair_marks import COMMA_END
from ._repair_registry import RULES
from ._repair_rules import Aside, Decision
from ._timestamps import parse_timestamp

__all__ = [
    "FURNISHED_ITEMS_MIN",
    "FURNITURE_MIN",
    "LABEL_REPEATS",
    "LABEL_WORDS",
    "WORD_END_CHARS",
    "address_after_label",
    "block_start",
    "clause_after_comma",
    "furnished",
    "not_link_text",
    "page_own_line",
    "repeated_labels",
    "word_end",
]

FURNITURE_MIN: Final = 4
"""Lines set aside as a page's furniture (noise, or outside the article's bounds): a record with
this many is a rendered page, not an article's text cut at links.  Chosen on train, whose
records are articles cut at links: the smallest count at which `_repair_layout.Layout.veto`'s
``furnished-page-line`` keeps none of train's true joins apart (1 to 3 keep 1 to 18)."""
_CLAUSE_ENDS: Final = frozenset(",;:<") | tx.OPENERS
"""Last characters of a line whose sentence goes on (a list, an address after ``at <``)."""


def furnished(asides: Sequence[Aside | None], where: Sequence[Aside | None] | None) -> bool:
    """Whether `FURNITURE_MIN` lines or more are set aside as noise (``asides``) or lie outside
    the article's bounds (``where``, None when the bounds set nothing aside).

    >>> from newsdump._repair_rules import Aside
    >>> tail = Aside("noise", "noise:tail", 0.8)
    >>> furnished([None] * 6 + [tail] * 3, None), furnished([None] * 6, [None, *[tail] * 4, None])
    (False, True)
    """
    found = 0
    for k, a in enumerate(asides):
        if (a is not None and a.kind == "noise") or (where is not None and where[k] is not None):
            found += 1
            if found >= FURNITURE_MIN:
                return True
    return False


WORD_END_CHARS: Final = 2
"""Letters: a lower-case line this short after prose ending in a letter is the end of a word
that a link cut in two (``onlin`` / ``e``); no menu entry or tag is one or two letters after a
sentence's words (an icon's ``i`` follows a breadcrumb, a language's ``en`` a short label)."""


def word_end(prev: str, line: str) -> bool:
    """Whether ``line`` is the end of the last word of ``prev``, cut at a link."""
    return (
        len(line) <= WORD_END_CHARS
        and line.isalpha()
        and line.islower()
        and prev[-1].isalpha()
        and prev[0].isalpha()
        and prose(prev)
    )


def block_start(i: int, texts: Sequence[str], info: LineFacts) -> bool:
    """Whether the break before line ``i`` (which starts in lower case) shows nothing of a
    sentence going on across it: line ``i`` ends no sentence, holds none and ends in no
    function word; the line before holds one sentence at most and ends in no function word,
    comma, colon or opener; the line after is no prose going on in lower case; and line ``i``
    is not the end of a word cut in two.  Where a link cut the lines, the text after the link
    ends its sentence (``… Trove`` / ``and will be in shops on March 3.``), or the sentence
    goes on (``… Bozkırspor`` / ``ve Yıldıztepe`` / ``şampiyonluk …``), or the line before
    it holds the paragraph's other sentences (``… findet sich hier`` / ``eine Erklärung, …``).

    >>> from newsdump._repair_context import LineFacts
    >>> def alone(lines, i):
    ...     return block_start(i, lines, LineFacts(lines, lines, [False] * len(lines)))
    >>> alone(["Copy this link", "https://example.org/news/1234", "Top stories"], 1)
    True
    >>> alone(["The album is out on pre-order from Trove", "and in shops on March 3."], 1)
    False
    >>> alone(["Die Ausstellung zeigt Werke von Greta Lindholm-Sauer", "zum ersten Mal",
    ...        "gemeinsam mit Briefen aus ihrem Nachlass in Bremen."], 1)
    False
    """
    line, prev = texts[i], texts[i - 1]
    if info.term[i] or info.fw[i] or info.fw[i - 1] or tx.has_inner_sentence(line):
        return False
    if prev[-1] in _CLAUSE_ENDS or tx.has_inner_sentence(prev) or word_end(prev, line):
        return False
    if _tagged(prev) or _address(line):
        return False  # (a handle's or a tag's link, an address: see `_tagged`)
    return not (i + 1 < len(texts) and info.cont[i + 1] and prose(texts[i + 1]))


def _tagged(line: str) -> bool:
    """Whether ``line`` ends in a handle or a tag (``@UnivValmont2``, ``#hahohe``): a link on
    any page, whose sentence goes on after it (on train, 78 of the 84 breaks after one with
    the next line in lower case are a link's cut)."""
    last = line.rsplit(None, 1)[-1]
    return last[0] in "@#" and last[1:2].isalnum()


def _address(line: str) -> bool:
    """Whether ``line`` opens with an e-mail address (``jung-ah.lee@example.com``): a mail link
    as often as a contact box's line (on train, 121 of the 153 after an unfinished line are a
    link's cut)."""
    first = line.split(None, 1)[0]
    return first[0].isalnum() and "." in first.rpartition("@")[2] and "@" in first


FURNISHED_ITEMS_MIN: Final = 2
"""Lines ending with a comma or a conjunction in a run of lower-case clauses: in a rendered page
two make a list (its items, one a line: ``… in der Region,`` / ``die neuerlich …``, ``… 2014)
und`` / ``von Wertpapieren …``); where links cut the lines, two commas are as often a phrase
between commas (`_repair_apart.LIST_COMMAS_MIN`).  Two is the fewest a list has; on train, in
the few rendered pages it holds, it keeps no true join apart."""
_KEEP_CREDIT: Final = RULES["credit-line"].decision
_KEEP_LIST: Final = RULES["comma-list"].decision


def page_own_line(i: int, texts: Sequence[str], info: LineFacts) -> Decision | None:
    """The keep decision for the break before line ``i`` in a rendered page (`furnished`),
    link marks or not, or None: an author's credit under a teaser's headline (``Kolumne Stadt
    Geflüster`` / ``von Lisa Brandtner``) before a line that starts anew or before the
    teaser's time (`_stamp`: ``vor 5 Stunden`` starts in lower case but goes on no sentence),
    or a list of clauses with `FURNISHED_ITEMS_MIN` commas or conjunctions at their ends.  A
    rendered page's own lines (a post's, a list's) may go on in lower case and so count as a
    link's marks; its furniture says it was rendered a block a line.  Not the sentence after a
    function word (`_repair_apart.apart`): with a link's marks it keeps true joins of train
    apart.

    >>> from newsdump._repair_context import LineFacts
    >>> def own(lines, i):
    ...     found = page_own_line(i, lines, LineFacts(lines, lines, [False] * len(lines)))
    ...     return found.rule if found else None
    >>> own(["Kolumne Stadt Geflüster", "von Lisa Brandtner", "Stellt sich hinter …"], 1)
    'credit-line'
    >>> own(["Neue Fähre für die Inselroute", "von Lisa Brandtner", "vor 5 Stunden"], 1)
    'credit-line'
    >>> own(["Es geht um den Deal,", "die Gruppen in der Region,", "die Lage in Israel."], 2)
    'comma-list'
    >>> own(["gedeckte Anleihen (CBPP 3),", "besicherte Papiere (ABSPP) und", "Staatsanleihen."], 1)
    'comma-list'
    >>> own(["The forest has", "in the past", "protected it from fires."], 1) is None
    True
    """
    last = i + 1 >= len(texts)
    if (
        not info.fw[i - 1]
        and credit_line(texts[i])
        and (last or starts_anew(texts[i + 1]) or _stamp(i + 1, texts, info))
    ):
        return _KEEP_CREDIT
    return _KEEP_LIST if comma_list(i, texts, FURNISHED_ITEMS_MIN, items=True) else None


def _stamp(k: int, texts: Sequence[str], info: LineFacts) -> bool:
    """Whether line ``k`` is a timestamp alone that ends no sentence (``vor 5 Stunden``,
    ``12. März 2024, 14:05 Uhr``, ``3 hours ago``): the time of a teaser or a post under its
    author's credit, which no sentence goes on into (a line the reader takes for a stamp but
    that ends with a stop, ``am 3. März 2021 veröffentlicht.``, may be a sentence's end)."""
    return not info.term[k] and parse_timestamp(texts[k]) is not None


def not_link_text(line: str, ends: str) -> bool:
    """Whether ``line``, after a line ending in a function word in a rendered page (`furnished`,
    without a link's mark), cannot be a link's text alone on its line: it is prose (a sentence,
    ``Antwort auf die Fragen unserer Leserinnen``), ends its sentence (``Lokaljournalismus.``,
    ``Wiedergeburt.``) or holds no letter (a count, ``3``).  ``ends``: the sentence end the
    line ends with (`_repair_context.LineFacts.term`).  Where a scraper broke the lines before
    a link as well as after it, the link's text stands alone after ``… Follow Fergus on`` /
    ``Twitter`` and its stop, if any, on the line after it; where it broke them after links
    only, a line ends in a function word when a link's text does, which no page's does.

    >>> [not_link_text(x, x[-1] if x[-1] in ".!?" else "")
    ...  for x in ("Lokaljournalismus.", "3", "Antwort auf die Fragen unserer Leserinnen",
    ...            "Twitter", "Harbour Lights Festival")]
    [True, True, True, False, False]
    """
    return bool(ends) or prose(line) or not any(c.isalpha() for c in line)


def clause_after_comma(i: int, texts: Sequence[str], info: LineFacts) -> bool:
    """Whether the break before line ``i`` (which starts in lower case) falls after a comma and
    line ``i`` ends its sentence: in a rendered page without a link's mark, a forum post's or a
    poem's own line (``Im Winter war es still,`` / ``und niemand kam vorbei.``), which a link's
    cut never leaves (`_repair_marks.COMMA_END`).

    >>> from newsdump._repair_context import LineFacts
    >>> def clause(lines):
    ...     return clause_after_comma(1, lines, LineFacts(lines, lines, [False] * len(lines)))
    >>> clause(["Im Winter war es still,", "und niemand kam vorbei."])
    True
    >>> clause(["Im Winter war es still,", "und niemand kam"]), clause(["Es war", "still."])
    (False, False)
    """
    return texts[i - 1][-1] == COMMA_END and bool(info.term[i])


def address_after_label(i: int, texts: Sequence[str]) -> bool:
    """Whether line ``i`` is a web address alone (`_repair_evidence.is_address`, not a user's
    handle: ``auf Twitter:`` / ``@stadtwerke`` is a name in a sentence) under a line ending in
    a colon: in a rendered page without a link's mark, a reference's own block
    (``Weitere Informationen:`` / ``https://…``).  A scraper that breaks the line after a link
    leaves the text after the link on the next line, never the link's address alone after the
    text before it; one that breaks before links too does (``Mehr dazu:`` / ``https://…``, 54
    of train's 60 such breaks in model B are joins, none of them in a rendered page without a
    link's mark: the rule keeps none of train's true joins apart).

    >>> address_after_label(1, ["Originalveröffentlichung:", "https://doi.org/10.1000/xyz123"])
    True
    >>> address_after_label(1, ["Mehr dazu unter", "https://example.org/a"])
    False
    >>> address_after_label(1, ["Folgen Sie uns auf Twitter:", "@stadtwerke_nord"])
    False
    """
    line = texts[i]
    return texts[i - 1][-1] == ":" and line[0] != "@" and is_address(line)


LABEL_REPEATS: Final = 3
"""Lines: a short lower-case label this many times in a record is a page's label under each of
its items (``home page`` under each package of a list, ``weiterlesen`` under each teaser), a
pattern rather than chance; where a scraper cut an article's text at its links, a link's text
alone on its line recurs rarely, and never in a rendered page without a link's mark on train.
Chosen by reading junk-dev (in sample): 2 changes nothing there or on train."""
LABEL_WORDS: Final = 3
"""Words: a page's label is this short or shorter (``home page``, ``mehr lesen``); a longer
line that recurs is a teaser's or a quote's."""


def repeated_labels(texts: Sequence[str]) -> frozenset[str]:
    """The lines of ``texts`` that are short labels in lower case, of letters alone, and recur
    `LABEL_REPEATS` times or more: in a rendered page without a link's mark, each is a block of
    its own, its breaks kept whatever rule or the model joined them.

    >>> sorted(repeated_labels(["fzf", "home page", "a fuzzy finder.", "ripgrep", "home page",
    ...                         "a search tool.", "fd", "home page", "a faster find."]))
    ['home page']
    >>> repeated_labels(["(see notes)", "(see notes)", "(see notes)", "-", "-", "-"])
    frozenset()
    """
    counts: dict[str, int] = {}
    for x in texts:
        if x[0].islower() and x.count(" ") < LABEL_WORDS and x.replace(" ", "").isalpha():
            counts[x] = counts.get(x, 0) + 1
    return frozenset(x for x, n in counts.items() if n >= LABEL_REPEATS)
