"""The record's layout, decided once: are its lines whole paragraphs, or cut at links?

A web-crawl dump that writes one text block a line has no link splits at all (issue #19, item
3): every line is a paragraph, a heading or a piece of page furniture, and a join is always
false, however much a line looks cut (``Sombrero mit Armtausch`` / ``die Frau dreht …``).
A record cut at links shows it on its prose lines: some long line ends mid-sentence and the
next line goes on (lower case, a function word before the break, a link's text alone on its
line before a continuation, no stop between two uncased lines).  `lines_are_paragraphs`
counts that evidence; a long record with none keeps every break the weak join rules would
remove (the walk records each as a ``keep`` with the rule ``paragraph-lines``).  In any
record, a run of three or more prose lines that each go on from the last without a stop
anywhere is a list of clauses, and keeps its breaks too (``run-without-stop``).  Breaks that
punctuation decides (``.`` alone, ``, Peter Hallam``) are left to the join rules: a link's
cast list shows no prose evidence but is cut all the same.  Everything here is decided once
a record, when its first weak join asks (`Layout`).

A page whose furniture is in the record (menus, head and tail lines set aside as noise) and
that shows no link's mark was rendered one block a line: a lower-case line there that ends no
sentence is a block of its own (``Copy this link`` / ``https://…``, ``Relacionados`` / ``visto
ahora``), not the rest of a sentence a link cut (`Layout.veto`, rule ``furnished-page-line``);
so is a line after a function word that no link's text alone would be (``… diese Form des`` /
``Journalismus.``, rule ``furnished-after-function-word``); so is a lower-case line ending its
sentence after a comma (rule ``furnished-clause-line``), and a web address alone under a label
ending in a colon (``furnished-address-line``), and a short lower-case label the page repeats
(``furnished-repeated-label``).  A link's marks: `_repair_marks`.  In any record, two lines
in a row opening with the same guillemet are a list's items (``bullet-items``, `_repair_bullets`),
an e-mail address alone under a number is a contact block's line (``contact-lines``,
`_repair_contacts`), and five short lines up to a set-aside line are a list
(``short-line-list``, `_repair_short_lists`).

Bylines: a ``By`` / ``Von`` / ``Por`` line alone followed by the author's name is one
``byline`` block, never joined on into the text (`_repair_bylines`); in a record of whole paragraphs
the two lines are two ``byline`` blocks (`Layout.of`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from . import _text as tx
from ._repair_apart import (
    apart,
    own_line,
    prose,
    uncased,
)
from ._repair_bullets import bullet_items, dash_item
from ._repair_bylines import BYLINE_NAME, BYLINE_WORD, byline_join, bylines
from ._repair_contacts import contact_lines
from ._repair_context import LINK_LINE_WORDS, LineFacts
from ._repair_furnished import (
    address_after_label,
    block_start,
    clause_after_comma,
    furnished,
    not_link_text,
    page_own_line,
    repeated_labels,
    word_end,
)
from ._repair_marks import link_marks
from ._repair_registry import RULES
from ._repair_rules import Aside, Decision
from ._repair_runs import RUN_MIN, Pieces, item_runs, pieces_of, runs_without_stop
from ._repair_short_lists import short_lists

__all__ = [
    "BYLINE_NAME",
    "BYLINE_WORD",
    "RUN_MIN",
    "STRONG_JOIN_RULES",
    "Layout",
    "byline_join",
    "bylines",
    "cut_evidence",
    "lines_are_paragraphs",
    "link_marks",
    "record_layout",
    "runs_without_stop",
]

EVIDENCE_MIN: Final = 1
"""Pairs of lines: one prose line cut and continued makes a record cut at links (two or more
save more false joins on junk-dev but cost the link-split records of train and dev-web more
true joins than they save)."""
PROSE_MIN: Final = 20
"""Prose lines: a record this long with no cut shown has none; a shorter one may have its
one or two links where they leave no mark (a paragraph opening with a link's text)."""
STRONG_JOIN_RULES: Final = frozenset(
    {
        "punctuation-only-line",
        "closing-punctuation-start",
        "possessive-start",
        "closing-quote-start",
        "ellipsis-continues",
    }
)
"""Join rules that punctuation decides: a line of whole paragraphs starts with none of these,
so they join whatever the layout (a link list ``Marta De Luca`` / ``, Peter Hallam`` has no
prose to show its cuts)."""


def lines_are_paragraphs(
    texts: Sequence[str], asides: Sequence[Aside | None], info: LineFacts
) -> bool:
    """Whether the record's lines (one-block-a-line layout, stripped, non-blank) are whole
    paragraphs: no prose line of it ends mid-sentence and is continued on the next line
    (`cut_evidence`).

    >>> from newsdump._repair_context import LineFacts
    >>> def whole(lines):
    ...     return lines_are_paragraphs(lines, [None] * len(lines), LineFacts(lines, lines,
    ...                                 [False] * len(lines)))
    >>> prose = [f"The talks in Geneva ended on day {n} without a deal." for n in range(20)]
    >>> whole([*prose, "Follow", "facebook"])
    True
    >>> whole([*prose, "The talks ended without a deal, said the", "United Nations", "envoy."])
    False
    >>> whole([*prose[:5], "Follow", "facebook"])  # too short to tell
    False
    """
    if cut_evidence(texts, asides, info, EVIDENCE_MIN) >= EVIDENCE_MIN:
        return False  # (first: most records show a cut within a few lines)
    found = 0
    for x in texts:
        if prose(x):
            found += 1
            if found >= PROSE_MIN:
                return True
    return False


def cut_evidence(
    texts: Sequence[str], asides: Sequence[Aside | None], info: LineFacts, limit: int
) -> int:
    """How many pairs of lines show a prose line cut and continued (`cut_at`; counting stops
    at ``limit``)."""
    found = 0
    for k in range(1, len(texts)):
        if cut_at(k, texts, asides, info):
            found += 1
            if found >= limit:
                break
    return found


def cut_at(k: int, texts: Sequence[str], asides: Sequence[Aside | None], info: LineFacts) -> bool:
    """Whether the break before line ``k`` shows a cut: an unfinished prose line continued
    (lower case, a function word before the break, a link's text alone before a continuation,
    no stop between two lines of an uncased script with stops), or a short line (a link's
    text opening a paragraph) continued by prose.  Set-aside lines are no evidence."""
    term = info.term
    if term[k - 1] or asides[k - 1] is not None or asides[k] is not None:
        return False
    prev = texts[k - 1]
    nxt = texts[k]
    cont = info.cont
    if not prose(prev):
        return cont[k] and prose(nxt)
    if cont[k] or info.fw[k - 1]:
        return True
    if (
        k + 1 < len(texts)
        and cont[k + 1]
        and not term[k]
        and asides[k + 1] is None
        and nxt.count(" ") < LINK_LINE_WORDS
    ):
        return True  # a link's text alone on its line, then the sentence goes on (model B)
    return uncased(tx.first_letter(prev[::-1][:8])) and uncased(nxt[0])


TAG_CHARS: Final = 4
"""Characters: initials and agency tags in brackets (``(jg)``, ``(dpa)``, ``(red.)``) are this
long or shorter; a remark (``(optional)``, ``(see notes)``) is longer."""


def _aside_in_brackets(line: str) -> bool:
    """Whether ``line`` opens with a bracketed remark in lower case (``(see notes)``,
    ``(optional)``) that finishes the line before it.  A page's credit line opens with a name
    or a sign (``(Getty Images)``, ``(c) Holm-Verlag``), or is an author's or agency's tag."""
    if not (line.startswith("(") and line[1:3].isalpha() and line[1].islower()):
        return False
    close = line.find(")")
    return (close if close > 0 else len(line)) - 1 > TAG_CHARS


SHORT_SHARE: Final = 4
"""A record whose short lines are fewer than one in this many is an article's text, where a
short line is a link's text (``Samsung`` / ``hat vor Gericht …``); a page's furniture (menus,
teasers, tags) makes a quarter of its lines or more.  Chosen on dev-web and dev-news, whose
link splits it keeps (junk-dev alone would drop the test: 2 keeps 60 more false joins there,
6 loses dev-news B joins).  Leave-one-source-out on junk-dev picks 5 on every fold (a few
false joins fewer on each held-out source), but 5 with the weights refitted loses dev-news
joins."""


_KEEP_WHOLE: Final = RULES["paragraph-lines"].decision
_KEEP_RUN: Final = RULES["run-without-stop"].decision
_KEEP_SHORT: Final = RULES["short-line-pair"].decision
_KEEP_SENTENCE: Final = RULES["sentence-after-function-word"].decision
_KEEP_PAGE_LINE: Final = RULES["furnished-page-line"].decision
_KEEP_AFTER_WORD: Final = RULES["furnished-after-function-word"].decision
_KEEP_CLAUSE: Final = RULES["furnished-clause-line"].decision
_KEEP_ADDRESS: Final = RULES["furnished-address-line"].decision
_KEEP_LABEL: Final = RULES["furnished-repeated-label"].decision
_KEEP_BULLET: Final = RULES["bullet-items"].decision
_KEEP_CONTACT: Final = RULES["contact-lines"].decision
_KEEP_DASH_ITEM: Final = RULES["dash-item-after-colon"].decision
_KEEP_LIST: Final = RULES["short-line-list"].decision
_LOWER_START: Final = "lower-case-start"
_WORD_END: Final = "function-word-at-end"


def record_layout(
    texts: Sequence[str],
    asides: list[Aside | None],
    info: LineFacts,
    where: Sequence[Aside | None] | None,
    wrap: int,
    fast: bool,
) -> Layout | None:
    """The `Layout` of a record with neither a hard wrap nor blank lines (``fast``), or None.
    A hard-wrapped record (``wrap``: its width) has its bylines set aside too (`bylines`): a
    by-word and a name are short lines whatever the width, and a record read as wrapped (three
    equal lines can make one) joins them as its repaired text, no longer wrapped, will."""
    if fast:
        return Layout.of(texts, asides, info, where)
    if wrap:
        bylines(texts, asides, where, info.fw)
    return None


class Layout:
    """What the record's layout says about its breaks, decided once and only if a break asks:
    a record of whole paragraphs (`lines_are_paragraphs`) keeps every break a weak join rule
    would remove, and so does a list of clauses (`runs_without_stop`) (`keep`, before the
    model); a page without a link's mark keeps its short lines apart, and a page whose
    furniture is in the record its lower-case blocks (`veto`, after it)."""

    __slots__ = (
        "_asides",
        "_furnished",
        "_info",
        "_items",
        "_labels",
        "_link_marks",
        "_lists",
        "_marked",
        "_pieces",
        "_prose",
        "_runs",
        "_texts",
        "_where",
        "_whole",
    )

    def __init__(
        self,
        texts: Sequence[str],
        asides: Sequence[Aside | None],
        info: LineFacts,
        where: Sequence[Aside | None] | None = None,
    ) -> None:
        self._texts = texts
        self._asides = asides
        self._info = info
        self._where = where
        self._furnished: bool | None = None
        self._whole: bool | None = None
        self._marked: bool | None = None
        self._link_marks: bool | None = None
        self._runs: frozenset[int] = frozenset()
        self._items: frozenset[int] | None = None
        self._lists: frozenset[int] | None = None  # (`short_lists`, found once)
        self._labels: frozenset[str] | None = None  # (`repeated_labels`, found once)
        self._pieces: Pieces | None = None  # (found once for the plain runs and the items')
        self._prose: list[bool] | None = None  # `prose` of each line, found once

    @classmethod
    def of(
        cls,
        texts: Sequence[str],
        asides: list[Aside | None],
        info: LineFacts,
        where: Sequence[Aside | None] | None = None,
    ) -> Layout:
        """The layout of a one-block-a-line record, its bylines set aside first (`bylines`);
        ``where``: the lines outside the article's bounds (`_repair_bounds.bounds_asides`).
        In a record of whole paragraphs (`lines_are_paragraphs`) a by-word line and the name
        under it are two blocks, each a byline (`BYLINE_NAME`): no link cut them apart."""
        layout = cls(texts, asides, info, where)
        if bylines(texts, asides, where, info.fw) and lines_are_paragraphs(texts, asides, info):
            layout._whole = True  # (found once: `keep` reads it)
            for k in range(1, len(texts)):
                if asides[k - 1] is BYLINE_WORD:
                    asides[k] = BYLINE_NAME  # (not joined to the by-word: `_repair._walk`)
        return layout

    def keep(self, i: int, d: Decision) -> Decision | None:
        """The keep decision that overrides ``d`` (a join rule's, for the break before line
        ``i``), or None: the join rules and the model decide."""
        if not d.join or d.rule in STRONG_JOIN_RULES:
            return None
        if self._whole is None:
            self._whole = lines_are_paragraphs(self._texts, self._asides, self._info)
            if not self._whole:
                self._pieces = pieces_of(self._texts, self._asides, self._info, self._lines())
                self._runs = runs_without_stop(
                    self._texts, self._asides, self._info, pieces=self._pieces
                )
        if self._whole:
            return _KEEP_WHOLE
        return _KEEP_RUN if i in self._runs else None

    def _lines(self) -> list[bool]:
        """`prose` of each line."""
        if self._prose is None:
            self._prose = [prose(x) for x in self._texts]
        return self._prose

    def _has_link_marks(self) -> bool:
        if self._link_marks is None:
            self._link_marks = link_marks(self._texts, self._asides, self._info)
        return self._link_marks

    def _has_furniture(self) -> bool:
        if self._furnished is None:
            self._furnished = furnished(self._asides, self._where)
        return self._furnished

    def _apart(self, i: int) -> Decision | None:
        """`_repair_apart.apart`, in a record without a link's mark only: where links cut the
        lines, a credit or a name alone on its line is as often a link's text.  A line of prose
        after a function word only in a record of `PROSE_MIN` lines or more: a shorter one may
        show no mark and still be cut (``… gegen die`` / ``Hafenstadt Triest ab, sagte …``)."""
        kept = apart(i, self._texts, self._info)
        # (by rule name: compiled, `==` of two attrs instances is identity, tests/test_fast_s9_*)
        if kept is None or (kept.rule == _KEEP_SENTENCE.rule and len(self._texts) < PROSE_MIN):
            return None
        return None if self._has_link_marks() else kept

    def veto(self, i: int, d: Decision) -> Decision | None:
        """The keep decision that overrides a join taken on ``d`` (a join rule's, for the
        break before line ``i``, not kept by `keep`), or None.  A page of `PROSE_MIN` lines or
        more, a quarter of them short, without a link's mark (`link_marks`) keeps a weak join
        that touches a short line apart: menus, teasers, list items.  Asked after the model,
        which still judges, and is fitted on, the breaks set apart here.  A line of its own
        (`_repair_apart.apart` without a link's mark, `_repair_apart.own_line` in any record)
        is kept apart whatever the rule that proposed the join.  A rendered page without a
        link's mark keeps a ``lower-case-start`` break before a block of its own
        (`_repair_furnished.block_start`) and a ``function-word-at-end`` break before a line
        that no link's text alone would be (`_repair_furnished.not_link_text`), and a
        ``lower-case-start`` break after a comma before a line ending its sentence
        (`_repair_furnished.clause_after_comma`); and, whatever the rule, a web address alone
        under a label ending in a colon (`_repair_furnished.address_after_label`) and a label
        the page repeats (`_repair_furnished.repeated_labels`); in any record, whatever the rule,
        two lines opening with the same guillemet (`_repair_bullets.bullet_items`) and an e-mail
        address alone under a number (`_repair_contacts.contact_lines`)."""
        if (kept := self._apart(i) or own_line(i, self._texts, self._info)) is not None:
            return kept  # (whatever the rule proposed: the model may join a keep's break)
        if bullet_items(i, self._texts):
            return _KEEP_BULLET  # a list's items, in any record (`_repair_bullets`)
        if contact_lines(i, self._texts):
            return _KEEP_CONTACT  # a contact block's lines, in any record (`_repair_contacts`)
        if dash_item(i, self._texts):
            return _KEEP_DASH_ITEM  # a list's item under its colon, in any record (as above)
        if self._has_furniture() and (kept := page_own_line(i, self._texts, self._info)):
            return kept  # a rendered page's credit or list, link marks or not (as above)
        if self._has_furniture() and not self._has_link_marks():
            if address_after_label(i, self._texts):
                return _KEEP_ADDRESS  # a rendered page's reference (as above)
            if self._labels is None:
                self._labels = repeated_labels(self._texts)
            if self._texts[i - 1] in self._labels or self._texts[i] in self._labels:
                return _KEEP_LABEL  # a rendered page's label under its items (as above)
        if not d.join or d.rule in STRONG_JOIN_RULES:
            return None
        if self._items is None:  # (`keep` found the plain runs when the lines are no paragraphs)
            plain = self._runs if self._whole is False else None
            self._items = item_runs(
                self._texts, self._asides, self._info, plain, self._pieces, self._prose
            )
        if i in self._items:
            return _KEEP_RUN  # a list's short items (after the model, which is fitted on them)
        if (kept := self._short_pair(i)) is None and (
            d.rule == _LOWER_START
            and block_start(i, self._texts, self._info)
            and self._has_furniture()
            and not self._has_link_marks()
        ):
            return _KEEP_PAGE_LINE  # a rendered page's block (after the model, as above)
        if (
            kept is None
            and d.rule == _LOWER_START
            and clause_after_comma(i, self._texts, self._info)
            and self._has_furniture()
            and not self._has_link_marks()
        ):
            return _KEEP_CLAUSE  # a post's own line (as above)
        if (
            kept is None
            and d.rule == _WORD_END
            and not_link_text(self._texts[i], self._info.term[i])
            and self._has_furniture()
            and not self._has_link_marks()
        ):
            return _KEEP_AFTER_WORD  # (as above)
        if kept is None:
            if self._lists is None:
                self._lists = short_lists(self._texts, self._asides, self._info, self._lines())
            if i in self._lists:
                return _KEEP_LIST  # a short list up to a set-aside line, in any record (as above)
        return kept

    def _short_pair(self, i: int) -> Decision | None:
        """`veto`'s short lines: the keep of a weak join's break that touches a short line, in
        a page without a link's mark, or None."""
        texts, info = self._texts, self._info
        if self._marked is None:
            self._marked = (
                len(texts) < PROSE_MIN  # (too short to tell: the rules and the model decide)
                or self._lines().count(False) * SHORT_SHARE < len(texts)
                or self._has_link_marks()
            )
        if self._marked:
            return None
        # a break joins only where it may be a cut in a sentence: two prose lines; a link's
        # text opening a paragraph, then the sentence goes on; a sentence's last words after
        # a link, or after a function word
        prev, nxt = texts[i - 1], texts[i]
        if prose(nxt):
            return None if prose(prev) or info.cont[i] else _KEEP_SHORT
        if prose(prev) and (info.fw[i - 1] or (info.cont[i] and info.term[i])):
            return None
        if not info.term[i - 1] and _aside_in_brackets(nxt):
            return None  # a bracket finishing the line (``… peanut butter`` / ``(see notes)``)
        if _goes_on(i, texts, info):
            return None  # a link's text between two pieces of a sentence (``ve Yıldıztepe``)
        if word_end(prev, nxt):
            return None  # the end of a word a link cut in two (``… Zeitfenst`` / ``er``)
        return _KEEP_SHORT


def _goes_on(i: int, texts: Sequence[str], info: LineFacts) -> bool:
    """Whether the short line ``i`` continues an unfinished line and is continued in turn, in
    lower case, by prose that ends the sentence: a link's text cut out of the middle of a
    sentence, whatever the length of the line before it (a price box's ``im 1. Jahr`` /
    ``danach 98,60 EUR / Jahr`` ends none)."""
    term, cont = info.term, info.cont
    return (
        i + 1 < len(texts)
        and not term[i - 1]
        and texts[i - 1][-1].isalpha()  # (a date, a time, a count is a page's line)
        and not term[i]
        and cont[i]
        and cont[i + 1]
        and prose(texts[i + 1])
        and (bool(term[i + 1]) or tx.has_inner_sentence(texts[i + 1]))
    )
