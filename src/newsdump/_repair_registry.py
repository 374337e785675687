"""The registry of every rule the repair names: `RULES`, name → kind, confidence, one line.

Join rules (``_repair_rules.py``), set-aside rules (``_repair_junk.py``, ``_repair_labels.py``,
``_repair_aside.py``, ``_repair_bounds.py``, ``_repair_inside.py``), the glued-paragraph split
and the walk's own decisions each have one entry here; an `Edit` carries one of these names, the
model's ``rule:NAME`` features and `RULE_NAMES` derive from it, and a test fails when a rule is
missing.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from ._fields import FRONT_LINE, HEADER_DATE, HEADER_REST, HEADER_TIME
from ._model import BlockKind
from ._repair_rules import (
    _JOIN_CLOSING_PUNCTUATION_START,
    _JOIN_CLOSING_QUOTE_START,
    _JOIN_DASH_CONTINUES,
    _JOIN_ELLIPSIS_CONTINUES,
    _JOIN_FUNCTION_WORD_AT_END,
    _JOIN_HARD_WRAP,
    _JOIN_LINK_TEXT_LINE,
    _JOIN_LOWER_CASE_START,
    _JOIN_OPEN_BRACKET,
    _JOIN_OPENER_AT_END,
    _JOIN_PARENTHESIS_CONTINUES,
    _JOIN_POSSESSIVE_START,
    _JOIN_PUNCTUATION_ONLY_LINE,
    _JOIN_UNCASED_MID_SENTENCE,
    _KEEP_COMMAND_LINE,
    _KEEP_LOWER_CASE_AFTER_STOP,
    _KEEP_SENTENCE_END,
    _KEEP_UNFINISHED_BEFORE_CAPITAL,
    Decision,
    JoinRule,
    Rule,
    rule_closer_start,
    rule_command_line,
    rule_function_word,
    rule_hard_wrap,
    rule_link_line,
    rule_lower_start,
    rule_open_bracket,
    rule_opener_end,
    rule_punctuation_line,
    rule_quote_closes,
    rule_uncased_midsentence,
    rule_unsure,
)

BLANK_LAYOUT_WRAP: Final = 0.85
"""Inside a blank-line separated paragraph a single newline is a link split or a wrap."""
ITEM_CONTINUED: Final = 0.9
"""``• Talks with`` / ``officials in Oslo.``: a list item cut at a link, continued by a line that
starts like a continuation (lower case, closing punctuation) after an unfinished item."""
QUOTE_BREAK: Final = 0.5
"""A blank line inside an open quotation: probably an ad slot, but we keep the break."""
SPLIT_GLUED: Final = 0.9
"""``… in 2022.Experts …``: a sentence end glued to a capitalised word that is no look-alike."""
HEADING_BLOCK: Final = 0.6
"""A block judged a heading as a whole (its lines were joined, or a context veto of the line
rule was not followed by a join): a little under the line rule's 0.7."""
NOISE: Final = 0.95
"""Page junk recognised by its own text."""
PARAGRAPH_LINES: Final = 0.8
"""A record whose prose lines are never cut mid-sentence has no link splits (`_repair_layout`):
as sure as a set-aside by position, less than by words."""
BYLINE_NAME: Final = 0.85
"""``By`` / ``Marianne Holst``: as sure as the one-line byline (``byline-shape``)."""
BOUNDS: Final = 0.8  # page junk by where it sits (`_repair_bounds`): less sure than by words
_LABELS: Final = "ad-label read-also caption embed agency-line relative-time nav media paywall"


def _proposed(d: Decision, doc: str, *proposers: JoinRule) -> Rule:
    return Rule(d.rule, "join" if d.join else "keep", d.confidence, doc, proposers)


def _aside(name: str, kind: BlockKind, confidence: float, doc: str) -> Rule:
    return Rule(name, "set-aside", confidence, doc, block_kind=kind)


def _noise(name: str, doc: str, confidence: float = NOISE) -> Rule:
    return _aside(f"noise:{name}", "noise", confidence, doc)


_PUNCT: Final = rule_punctuation_line
_LOWER: Final = rule_lower_start
_CLOSER: Final = rule_closer_start

RULES: Final[Mapping[str, Rule]] = {
    rule.name: rule
    for rule in (
        # the join rules' proposals, weighed by the model (in the order of its features)
        _proposed(
            _JOIN_PUNCTUATION_ONLY_LINE, "``.`` / ``,`` / ``..`` alone ends the line before", _PUNCT
        ),
        _proposed(
            _JOIN_OPENER_AT_END,
            "a line ending in ``(`` or an opening quote continues",
            rule_opener_end,
        ),
        _proposed(
            _JOIN_CLOSING_PUNCTUATION_START, "a line starting ``,`` ``)`` ``.`` continues", _CLOSER
        ),
        _proposed(
            _JOIN_POSSESSIVE_START, "a line starting ``'s`` continues the name before", _CLOSER
        ),
        _proposed(
            _JOIN_CLOSING_QUOTE_START,
            "a quote closing the open quotation continues it",
            _CLOSER,
            rule_quote_closes,
        ),
        _proposed(_JOIN_ELLIPSIS_CONTINUES, "``…`` after an unfinished line trails it", _CLOSER),
        _proposed(
            _JOIN_LOWER_CASE_START, "a lower-case start continues an unfinished line", _LOWER
        ),
        _proposed(
            _JOIN_PARENTHESIS_CONTINUES, "``(`` after an unfinished line continues it", _LOWER
        ),
        _proposed(_JOIN_DASH_CONTINUES, "a dash after an unfinished line continues it", _LOWER),
        _proposed(_KEEP_LOWER_CASE_AFTER_STOP, "lower case after a stop: a list, not text", _LOWER),
        _proposed(
            _KEEP_COMMAND_LINE,
            "``$ pip install …``: a shell command is a line of its own",
            rule_command_line,
        ),
        _proposed(
            _JOIN_FUNCTION_WORD_AT_END,
            "a line ending in an article or preposition is cut",
            rule_function_word,
        ),
        _proposed(
            _JOIN_OPEN_BRACKET, "an unfinished line inside brackets continues", rule_open_bracket
        ),
        _proposed(
            _JOIN_LINK_TEXT_LINE, "a short line between fragments is a link's text", rule_link_line
        ),
        _proposed(
            _JOIN_UNCASED_MID_SENTENCE,
            "no case, no stop: an unfinished line continues",
            rule_uncased_midsentence,
        ),
        _proposed(
            _JOIN_HARD_WRAP, "a record wrapped at a width: a full line continues", rule_hard_wrap
        ),
        _proposed(
            _KEEP_UNFINISHED_BEFORE_CAPITAL,
            "an unfinished line before a capital: heading or link?",
            rule_unsure,
        ),
        _proposed(_KEEP_SENTENCE_END, "a finished line: nothing proposes a join", rule_unsure),
        # the walk's own decisions
        Rule("list-item-continued", "join", ITEM_CONTINUED, "a list item cut at a link goes on"),
        Rule(
            "single-newline-in-paragraph",
            "join",
            BLANK_LAYOUT_WRAP,
            "blank-line layout: a single newline inside a paragraph is a link split",
        ),
        Rule("open-quotation", "keep", QUOTE_BREAK, "a blank line inside an open quotation"),
        Rule("blank-line", "keep", 0.0, "a blank line is a paragraph break (explain only)"),
        Rule(
            "sentence-end-before-long-line",
            "keep",
            0.0,
            "a stop before a long capitalised line: decided at once (explain only)",
        ),
        Rule(
            "paragraph-lines",
            "keep",
            PARAGRAPH_LINES,
            "one block a line and no prose line cut at a link: a weak join rule is not followed",
        ),
        Rule(
            "run-without-stop",
            "keep",
            PARAGRAPH_LINES,
            "three or more prose lines each going on from the last, no stop: a list of clauses",
        ),
        Rule(
            "short-line-pair",
            "keep",
            PARAGRAPH_LINES,
            "one block a line, no link's mark, and a short line at the break: a menu, not a cut",
        ),
        Rule(
            "credit-line",
            "keep",
            PARAGRAPH_LINES,
            "one block a line, ``von Petra Lerchbaumer`` alone under a line: a credit, not a cut",
        ),
        Rule(
            "name-start",
            "keep",
            PARAGRAPH_LINES,
            "one block a line, a line opening with a lower-case name (``iPhone``, ``jgould78``)",
        ),
        Rule(
            "furnished-page-line",
            "keep",
            PARAGRAPH_LINES,
            "a page's furniture set aside, no link's mark: a lower-case line that ends nothing",
        ),
        Rule(
            "sentence-after-function-word",
            "keep",
            PARAGRAPH_LINES,
            "one block a line, no link's mark: a capitalised line of prose after ``… von``",
        ),
        Rule(
            "furnished-after-function-word",
            "keep",
            PARAGRAPH_LINES,
            "a page's furniture set aside, no link's mark: after ``… des``, no link's text alone",
        ),
        Rule(
            "furnished-clause-line",
            "keep",
            PARAGRAPH_LINES,
            "a page's furniture set aside, no link's mark: a clause after a comma ends a sentence",
        ),
        Rule(
            "furnished-address-line",
            "keep",
            PARAGRAPH_LINES,
            "a page's furniture set aside, no link's mark: a web address alone after a colon",
        ),
        Rule(
            "furnished-repeated-label",
            "keep",
            PARAGRAPH_LINES,
            "a page's furniture set aside, no link's mark: a lower-case label the page repeats",
        ),
        Rule(
            "bullet-items",
            "keep",
            PARAGRAPH_LINES,
            "``» Anfahrt`` / ``» Programm``: two lines opening with one guillemet and a space",
        ),
        Rule(
            "contact-lines",
            "keep",
            PARAGRAPH_LINES,
            "``Tel. 0421 556 870`` / ``presse@…``: an e-mail address alone under a number",
        ),
        Rule(
            "dash-item-after-colon",
            "keep",
            PARAGRAPH_LINES,
            "``Auf der Tagesordnung:`` / ``– neue Mitglieder``: a dash's item under a colon",
        ),
        Rule(
            "short-line-list",
            "keep",
            PARAGRAPH_LINES,
            "``Blickkontakt`` / ``ruhige Haltung`` / …: five short lines up to a set-aside line",
        ),
        Rule(
            "comment-line",
            "keep",
            PARAGRAPH_LINES,
            "a post's credit (``hotaru.hino 17 September 2020 16:10``, ``kasia77 napisała:``)",
        ),
        Rule(
            "number-percent",
            "keep",
            PARAGRAPH_LINES,
            "a number alone, its ``%`` on the next line: a table's cells, not a cut",
        ),
        Rule(
            "dash-list-item",
            "keep",
            PARAGRAPH_LINES,
            "``– 2. November: …`` in a run of lines opening with a dash: list items",
        ),
        Rule(
            "comma-list",
            "keep",
            PARAGRAPH_LINES,
            "``fühlen sich wohler,`` / ``arbeiten lieber,``: a list of clauses, each ending with a"
            " comma",
        ),
        Rule(
            "greeting-line",
            "keep",
            PARAGRAPH_LINES,
            "``Dear readers,`` / ``Liebe Leserinnen,``: a letter's greeting; its text starts after",
        ),
        Rule(
            "footnote-end",
            "keep",
            PARAGRAPH_LINES,
            "``… Tübingen 2012, S. 415 ↩``: a footnote's back-link ends it; the next one follows",
        ),
        Rule(
            "tax-note",
            "keep",
            PARAGRAPH_LINES,
            "``7,99 €`` / ``inkl. 19 % MwSt.``: a price box's tax or shipping note",
        ),
        Rule(
            "numbered-item",
            "keep",
            PARAGRAPH_LINES,
            "``.1: …`` / ``.2: …``: a numbered list's items, each a block",
        ),
        Rule(
            "menu-line",
            "keep",
            PARAGRAPH_LINES,
            "``Home | World | Sport | …``: a menu or a footer's links, a block of its own",
        ),
        Rule(
            "sign-line",
            "keep",
            PARAGRAPH_LINES,
            "``←`` / ``<`` / ``•`` alone: a page's navigation, not a sentence's tail",
        ),
        Rule(
            "colon-after-stop",
            "keep",
            PARAGRAPH_LINES,
            "``… im Norden.`` / ``: Boric …``: a colon after a full stop goes on no sentence",
        ),
        Rule(
            "same-start-items",
            "keep",
            PARAGRAPH_LINES,
            "``eRoller S1 (25 km/h)`` / ``eRoller S1 Pro``: two short items opening with one name",
        ),
        Rule("byline-join", "join", BYLINE_NAME, "``By`` / ``Marianne Holst``: one byline block"),
        Rule("glued-paragraph", "split", SPLIT_GLUED, "``… in 2022.Experts …``: two paragraphs"),
        # set-aside by the line's text and its neighbours
        _aside(
            "noise:read-time-number", "noise", 0.9, "the ``2`` of a ``2`` / ``min`` read-time pair"
        ),
        _aside(
            "noise:tag-word", "noise", 0.7, "one lower-case word in a run after a finished line"
        ),
        _aside("heading-shape", "heading", 0.7, "a short unpunctuated line between paragraphs"),
        _aside("heading-block", "heading", HEADING_BLOCK, "a block that is a heading as a whole"),
        _aside(
            "noise:related-link", "noise", 0.85, "the headline after a ``Read more`` label alone"
        ),
        _aside("noise:share-buttons", "noise", NOISE, "a row of share-button words"),
        _aside("list-marker", "list-item", 0.9, "a bulleted or ``2)`` / ``a)`` numbered line"),
        _aside("byline-shape", "byline", 0.85, "``By Jane Roe``, ``Von …``: an author line"),
        _aside("byline-split", "byline", BYLINE_NAME, "a by-word alone, the name on the next line"),
        _aside("byline-name", "byline", BYLINE_NAME, "the name after a by-word alone"),
        _aside("caption-credit", "caption", 0.85, "text ending in a photo credit, or labelled"),
        # page junk, by its own words (`_repair_junk.noise_by_pattern`)
        # set aside by the header and the front layout, before the repair (`_fields.py`)
        _aside(HEADER_DATE, "noise", NOISE, "an invalid header date (``2023-13-45``), kept"),
        _aside(HEADER_REST, "noise", NOISE, "the header's junk after its date (``Left Menu``)"),
        _aside(HEADER_TIME, "noise", NOISE, "the header's time when a stamp line gives one"),
        _aside(
            FRONT_LINE,
            "noise",
            NOISE,
            "a front line: a caption or label above the title, "
            "the headline or the site's name again, the stamp again",
        ),
        _noise("copyright", "``© …``"),
        _noise("credit", "``Photo: …``, ``Credit: …``"),
        _noise("reporting-credit", "``Reporting by …; Editing by …``"),
        _noise("follow-us", "``Follow us on Telegram``"),
        _noise("rights-reserved", "``All rights reserved``"),
        _noise("read-time", "``5 min read``, ``Lesezeit: 3 Minuten``"),
        _noise("advertisement", "``Advertisement``, ``Story continues below advertisement``"),
        _noise("read-more", "``Read more: …``, ``Lesen Sie auch``: a link to another article"),
        _noise("subscribe", "``Sign up for …``, ``Jetzt abonnieren``"),
        _noise("listen", "``Listen to this article``"),
        _noise(
            "comments",
            "``12 comments``; readers' comments from their first head on, when the heads repeat"
            " (``Anna Berg sagt:`` … ``Antworten``: `_repair_comments`)",
        ),
        _noise("tags", "``Tags: …``, ``Themen``"),
        _noise("source", "``Quelle: dpa``"),
        _noise("page-chrome", "``Skip to main content``, ``Most read``, ``Breaking news``"),
        _noise("video", "``Watch: …``"),
        _noise("share-label", "``Share this article``"),
        _noise("photo-agency", "``… Getty Images``, ``Shutterstock``"),
        _noise("agency-credit", "``Jane Roe/Reuters``"),
        _noise("cookies", "a cookie notice"),
        # page junk by its whole line's words (`_repair_labels`: the examples) and by where it sits
        *(_noise(n, "a label between paragraphs") for n in _LABELS.split()),
        _noise("credited-caption", "a caption ending in its credit: ``… © Agency``, ``… Foto: …``"),
        _noise(
            "teaser-headline",
            "the headline after a teaser's label alone on its line (``Lesen Sie auch:`` /"
            " ``Neue Brücke für Kiel``): a short line without a stop",
        ),
        _noise(
            "slash-credit",
            "a caption ending, after its last sentence, in a credit with a slash and no label:"
            " ``… helfen.Pexels/Anna Berg``, ``… on Monday. (Matt Stone/Harbour Herald)``",
        ),
        _noise(
            "caption-label",
            "a caption that says it is one: ``Legende: …``, ``Image caption …``, ``Légende : …``",
        ),
        _noise(
            "stamp",
            "a date and a time alone on a line: ``Publiziert heute um 11:48 Uhr``, or after its"
            " author's name, or before a reading time: ``Anna Berg, 12.03.2024 10:00 Uhr``",
        ),
        _noise("shop-link", "a shop's price button: ``$400 at Amazon``, ``28,99 € bei Shop``"),
        _noise(
            "gallery-count", "a gallery's counter alone on a line: ``3 / 12``, ``Bild 3 von 10``"
        ),
        _noise(
            "teaser-run",
            "a teaser box's further headlines after its label and first headline (the last,"
            " before the article's text, may be its next heading and stays)",
        ),
        _noise("prompt", "``Register to unlock …``, ``Newsletter abonnieren``, ``Link copied``"),
        _noise(
            "title",
            "a line repeating the record's title (the page's headline), alone or with a kicker",
        ),
        _noise(
            "photo-by",
            "a caption ending in a credit without a colon: ``… Photo by Jane Roe``, ``… (Courtesy"
            " of Anna Berg)``, ``… via Unsplash``, ``Image source, Harbour Press``",
        ),
        _noise(
            "comment-form", "a comment form's buttons and notes: ``Reply``, ``Leave a comment``"
        ),
        _noise("author-box", "an author box's label: ``About the author``, ``More articles by …``"),
        _noise(
            "consent", "a form's consent box: ``Ich willige in den Erhalt des Newsletters ein``"
        ),
        _noise(
            "boxed",
            "a box's title between two lines of page junk: ``Video`` / <title> / ``Duration 1:30``",
        ),
        _noise(
            "after-credit", "a caption right after its picture's credit: ``© Agency`` / <caption>"
        ),
        _noise("doubled", "a line that is one text twice (a link's text and its title)"),
        _noise("repeat", "a line repeating a line set aside as noise elsewhere in the record"),
        _noise("refrain", "a short line said again two lines on: a box's label, a photographer"),
        _noise(
            "repeated-box",
            "a box of other articles printed again: <section> / <headline> / ``Von …``, twice",
        ),
        _noise(
            "dated-headline",
            "a teaser's headline above its date alone: <headline> / ``12.03.2024``",
        ),
        _noise("pictured", "a caption saying who is where: ``Anna Berg (l.) mit …``, ``(L-R) …``"),
        _noise("contents", "a table of contents' entries after its label: ``Inhalt`` / ``1. …``"),
        _noise(
            "teaser-link",
            "a teaser ending in its link's label or between double arrows: ``… | mehr``,"
            " ``>> Neue Fähre für Kiel <<``; above its summary, its headline and kicker",
        ),
        _noise(
            "recipe-card",
            "a recipe card's times, buttons and rating: ``Prep Time 20 minutes``, ``Print Recipe``",
        ),
        _noise("form-field", "a form's field label alone: ``E-Mail-Adresse:``, ``Your name``"),
        _noise(
            "article-count", "a count of articles beside its link: ``1 article``, ``120 Artikel``"
        ),
        _noise(
            "kicker-run",
            "two lines or more in a row led by a section's name in brackets: ``[Kiel] Neue …``",
        ),
        _noise("between", "a short line between two lines of page junk, after the first sentence"),
        _noise(
            "head",
            "before the article's first prose: a short label (``Share``), the page's date and"
            " author, a breadcrumb, a share row, a list of names",
            BOUNDS,
        ),
        _noise("tail", "after the article's last prose: most-read lists, footers", BOUNDS),
        _noise("menu-run", "one- and two-word links after the article: a menu, tags", BOUNDS),
        _noise(
            "teaser-ledes",
            "a teaser list's summaries after the article: headline / date / summary, again",
            BOUNDS,
        ),
    )
}
"""Every rule an `Edit` (or `explain`) can name, by name."""

RULE_NAMES: Final = tuple(name for name, rule in RULES.items() if rule.proposers)
"""The names the join rules propose with: one model feature ``rule:NAME`` each."""
