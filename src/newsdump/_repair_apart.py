"""Lines of their own in a one-block-a-line record: an author's credit (``von Petra
Lerchbaumer`` under a headline) and a line opening with a name or a handle in lower case
(``iPhone 14 …``, ``jgould78 …``), whose lower-case start says nothing of a link's cut
(issue #19, item 3).  Also the by-words and names that the layout's bylines read (`_repair_layout`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from . import _text as tx
from ._lazyre import lazy
from ._repair_context import LineFacts
from ._repair_registry import RULES
from ._repair_rules import Decision

__all__ = [
    "BY_FIRST",
    "BY_WORD",
    "BY_WORD_CHARS",
    "LIST_AND_WORDS",
    "PROSE_CHARS",
    "PROSE_SPACES",
    "PROSE_UNCASED",
    "apart",
    "comma_list",
    "comment_line",
    "credit_line",
    "dash_item",
    "greeting",
    "is_name",
    "name_start",
    "numbered_item",
    "own_line",
    "prose",
    "starts_anew",
    "tax_note",
    "uncased",
]

PROSE_CHARS: Final = 40
"""Characters: a line this long is prose (a sentence, or a sentence cut at a link); shorter
lines are menu items, headings, labels, whose look of being cut proves nothing."""
PROSE_SPACES: Final = 4
"""Spaces: five words are prose too (a link cut short lines in German compounds)."""
PROSE_UNCASED: Final = 12
"""Characters: Chinese and Japanese say in twelve characters what English says in forty."""


def uncased(ch: str) -> bool:
    """Whether ``ch`` is a letter of a script without case (Chinese, Arabic, …)."""
    return ch.isalpha() and not ch.isupper() and not ch.islower()


def prose(line: str) -> bool:
    """Whether ``line`` is prose (`PROSE_CHARS`, `PROSE_SPACES`, `PROSE_UNCASED`)."""
    if len(line) >= PROSE_CHARS or line.count(" ") >= PROSE_SPACES:
        return True
    return len(line) >= PROSE_UNCASED and uncased(tx.first_letter(line))


_KEEP_CREDIT: Final = RULES["credit-line"].decision
_KEEP_NAME: Final = RULES["name-start"].decision
_KEEP_SENTENCE: Final = RULES["sentence-after-function-word"].decision
_KEEP_COMMENT: Final = RULES["comment-line"].decision
_KEEP_PERCENT: Final = RULES["number-percent"].decision
_KEEP_DASH: Final = RULES["dash-list-item"].decision
_KEEP_LIST: Final = RULES["comma-list"].decision
_KEEP_GREETING: Final = RULES["greeting-line"].decision
_KEEP_FOOTNOTE: Final = RULES["footnote-end"].decision
_KEEP_TAX: Final = RULES["tax-note"].decision
_KEEP_NUMBERED: Final = RULES["numbered-item"].decision
_KEEP_MENU: Final = RULES["menu-line"].decision
_KEEP_SIGN: Final = RULES["sign-line"].decision
_KEEP_COLON: Final = RULES["colon-after-stop"].decision
_KEEP_ALIKE: Final = RULES["same-start-items"].decision
_BACK_LINK: Final = ("↩", "↩\ufe0e", "↩\ufe0f")
"""The back-link a footnote ends with (``↩``, with or without its text-style selector)."""
_CLOSING: Final = ",.;:!?)]}"

BY_WORD_CHARS: Final = 7
"""Characters: the longest by-word (``автор:``), a quick test before the pattern."""
BYLINE_NAME_WORDS: Final = 6
"""Words: an author's name, or two names with ``and`` (longer is a caption or a sentence)."""

BY_WORD: Final = lazy(globals(), "BY_WORD", rf"(?i)(?:{tx.BYLINE_OPENERS})\Z")
"""A by-word alone."""
BY_FIRST: Final = lazy(globals(), "BY_FIRST", rf"(?i)(?:{tx.BYLINE_OPENERS})(?:[.,;:!?]|\Z)")
"""A name's first word that is a by-word, alone or with a stop glued on (``By.A``: a by-word
and a line starting with a stop, which the repair joins without a space)."""
_NAME: Final = lazy(
    globals(),
    "_NAME",
    r"[^\W\d_][\w.'’-]*(?:\s+(?:[^\W\d_][\w.'’-]*|and|und|y|et|и|&|,))*\Z",
)


_HANDLE: Final = lazy(
    globals(),
    "_HANDLE",
    r"[^\W\d_]*[A-Z]\w*"  # a capital inside: ``iPhone``, ``eBay``, ``stockX``
    r"|[^\W\d_]{2,}\d+",  # letters, then digits: a user's handle (``jgould78``)
)
"""After a lower-case first letter, a first word that is a name or a handle.  Not an address
(``www.example.org``, ``https://…``): where links cut the lines, an address alone on its line
is a link's text as often as not (the train corpus joins it to ``More info at:``)."""
_CREDIT_SEPARATORS: Final = "·|•"
"""What follows a user's handle in a comment's or post's credit (``von eseppelt · 31. Oktober``)."""


def name_start(line: str) -> bool:
    """Whether ``line`` opens with a name or a user's handle in lower case (`_HANDLE`): its
    lower-case start says nothing of a cut.

    >>> [name_start(x) for x in ("iPhone 14 mit neuem Design?", "kasia77 napisała:",
    ...                          "https://example.org/a", "z.B. die Bahn", "eine Drehung")]
    [True, True, False, False, False]
    """
    word = line.split(maxsplit=1)[0].rstrip(",:;")
    return word[:1].islower() and _HANDLE.fullmatch(word, 1) is not None


def credit_line(line: str) -> bool:
    """Whether ``line`` is a by-word and a name alone (``von Petra Lerchbaumer``, ``por Ana
    Ruiz``), or a by-word and a handle before a separator (``von eseppelt · 31. Oktober``):
    an author's credit under a headline or a post.

    >>> [credit_line(x) for x in ("von Petra Lerchbaumer", "by jane99 | 3 comments",
    ...                           "von der Leyen", "von Bund und Ländern getragen")]
    [True, True, False, False]
    """
    by, _, rest = line.partition(" ")
    if len(by) > BY_WORD_CHARS or BY_WORD.match(by) is None or not rest:
        return False
    after = rest.partition(" ")[2]
    if after[:1] and after[0] in _CREDIT_SEPARATORS:
        return True
    return is_name(rest)


def starts_anew(line: str) -> bool:
    """Whether ``line`` starts like a line of its own: no continuation, no bracket."""
    return not tx.continues(line) and line[0] not in "([{"


def is_name(line: str) -> bool:
    """A short run of capitalised words (``Marianne Holst``, ``KN24 Redaktion``, ``Ludwig van
    Oosterbeek``), whose first and last words are capitalised: ``A a`` is a name's initial and a
    line going on in lower case, which a repair of the repaired text must not take for a name
    after ``By`` when the first repair, seeing ``A`` / ``a``, did not."""
    if len(line) > 60 or tx.word_count(line) > BYLINE_NAME_WORDS or tx.ends_sentence(line):
        return False
    if _NAME.match(line) is None:
        return False
    words = line.split()
    capitals = [w for w in words if len(w) > 3]
    capitals += (words[0], words[-1])
    if not all(tx.letter_case(w[0]) in ("upper", "uncased") for w in capitals):
        return False
    # a word in lower case inside is a name's particle (``van``, ``de``) or joins two names;
    # any other (``Anna Berg ab A``) is a line that went on in lower case, which a repair of
    # the repaired text must not take for a name when the first repair did not
    return all(w in NAME_PARTICLES for w in words[1:-1] if tx.letter_case(w[0]) == "lower")


NAME_PARTICLES: Final = tx.words(
    "van von der den de da das del della di du la le ter ten zu bin ben al el",
    "and und y et и",
)
"""The lower-case words a name holds (``Ludwig van Oosterbeek``, ``Mariana de Queirós``,
``Ursula von der Leyen``) or that join two names (``Anna Berg und Jan Roe``)."""


def apart(i: int, texts: Sequence[str], info: LineFacts) -> Decision | None:
    """The keep decision for the break before line ``i`` when that line is one of its own
    in a one-block-a-line record without a link's mark, or None: an author's credit
    (`credit_line`) before a line that starts anew, or a line opening with a name or a handle
    (`name_start`) that goes on to nothing (where links cut the lines, either is as often a
    link's text: ``SCREEN`` / ``by Edwin Falkner``, a story's title and its author).  Not
    after a function word (``sold on`` / ``eBay``: the text of a link); there a capitalised
    line of prose that goes on to nothing is a line of its own (``Kommentar von`` / ``Bitte
    melde Dich an, um …``): a link cut after a function word leaves its text alone on the
    next line and the sentence goes on after it."""
    nxt = texts[i]
    last = i + 1 >= len(texts)
    if info.fw[i - 1]:
        if prose(nxt) and tx.letter_case(nxt[0]) == "upper" and (last or not info.cont[i + 1]):
            return _KEEP_SENTENCE
        return None
    if credit_line(nxt) and (last or starts_anew(texts[i + 1])):
        return _KEEP_CREDIT
    if name_start(nxt) and (last or not info.cont[i + 1]):
        return _KEEP_NAME
    return None


COMMENT_CHARS: Final = 70
"""Characters: a post's credit (a handle, a date, a time) is shorter; a line this long is a
sentence that may hold a date."""

_DATED: Final = lazy(globals(), "_DATED", r"(?:19|20)\d\d\b.*?\b\d{1,2}[:.h]\d\d\b")
"""A year, then a time of day (``17 September 2020 16:10``, ``am 21. Jan. 2015, 19:04``)."""
_SAID: Final = lazy(
    globals(),
    "_SAID",
    r"(?i)[\w.@-]+\s+(?:said|wrote|schrieb|a écrit|escribió|ha scritto|schreef|skrev"
    r"|napisał|napisała|написал|написала|yazdı)\s?:\Z",
)
"""One word (a handle) and a verb of saying with its colon: a post quoting another's."""
_DASH_ITEM: Final = lazy(globals(), "_DASH_ITEM", r"[-–—](?:\s+[^\W_]|[^\W\d_])")
"""A dash, then a space and a letter or a digit, or a letter glued to it (``-La historia …``;
`dash_item` takes a capital only)."""


def comment_line(line: str) -> bool:
    """Whether ``line`` is a post's credit in a forum or a comment thread: a short line with a
    year and a time of day that ends no sentence (``kiesel 23 September 2021 18:07``,
    ``am 12. März 2021 um 08:14``), or a handle quoting another (``tomo.kaze said:``).

    >>> [comment_line(x) for x in ("kiesel 23 September 2021 18:07", "kasia77 napisała:",
    ...                            "am 3. März 2021 um 9.30 Uhr begann die Sitzung.",
    ...                            "Der Minister sagte:", "im Jahr 2020 mit 12.50 Euro")]
    [True, True, False, False, True]
    """
    if len(line) > COMMENT_CHARS:
        return False
    if _SAID.match(line) is not None:
        return True
    return not tx.ends_sentence(line) and _DATED.search(line) is not None


def dash_item(i: int, texts: Sequence[str]) -> bool:
    """Whether line ``i`` opens with a dash and a space (or nothing), then a capital or a
    digit (a capital only), next to
    another line that opens with a dash: a list (``– 4. März 2018: Forum …`` / ``– 11.
    März 2018: …``), not a clause between dashes (``— who explained …``) nor a line
    inside a bracket left open on the line before (a list of sources cut at links).

    >>> dash_item(1, ["– 2. November: Forum, Basel", "– 9. November: Gipfel, Bern"])
    True
    >>> dash_item(1, ["The brainchild of Lena Okafor", "— who explained it — has grown"])
    False
    >>> dash_item(1, ["-Nuevo puente sobre el río", "-La historia del viejo tranvía"])
    True
    >>> dash_item(1, ["Die neue Pollen", "-Karte zeigt die Werte", "-Messungen im Boden"])
    False
    """
    m = _DASH_ITEM.match(texts[i])
    if m is None or texts[i][m.end() - 1].islower():
        return False
    prev = texts[i - 1]
    if m.end() == 2 and not prev.rsplit(maxsplit=1)[-1][0].islower():
        return False  # after a noun: a compound cut at a link (``Radon`` / ``-Karte``)
    if prev.count("[") > prev.count("]") or prev.count("(") > prev.count(")"):
        return False  # inside an open bracket (``… [Reading Guide`` / ``- SlowCo`` / …)
    if _DASH_ITEM.match(prev) is not None or (
        i + 1 < len(texts) and _DASH_ITEM.match(texts[i + 1]) is not None
    ):
        return True
    # an item cut at a link before it (``– 2. November: Forum in`` / ``, Basel`` / ``– 9. …``)
    return i >= 2 and prev[0] in _CLOSING and _DASH_ITEM.match(texts[i - 2]) is not None


LIST_AND_WORDS: Final = "and|or|und|oder|et|ou|y|o|e|i|en|of|och|og|oraz|lub|ve|veya|и|или"
"""The conjunctions that join a list's last clause, as a pattern's alternatives (`_repair_runs`
reads a line opening with one)."""
_LIST_AND: Final = lazy(globals(), "_LIST_AND", rf"(?i).*\s(?:{LIST_AND_WORDS})\Z")
"""A line ending with a conjunction: the last clause of a list comes next (``…, und`` /
``sind loyaler``)."""
_LIST_AND_END: Final = lazy(globals(), "_LIST_AND_END", rf"(?i)\s(?:{LIST_AND_WORDS})\Z")
"""`_LIST_AND` without its ``.*``, searched in the line's last `LIST_AND_TAIL` characters: the
same answer for a line without a newline (``.`` stops at one), without the full pattern trying
every space of a long line (issue #16; tests/test_fast_s11_hints.py)."""
LIST_AND_TAIL: Final = 1 + max(len(w) for w in LIST_AND_WORDS.split("|"))
"""Characters: a space and the longest conjunction (a case-insensitive match is one character
for one)."""


def _clause(line: str) -> bool:
    """Whether ``line`` is a list's clause going on to the next: a comma ends it."""
    return line[-1] == ","


def _item(line: str) -> bool:
    """Whether ``line`` is a list's clause, or the one before the last (a conjunction ends it)."""
    if line[-1] == ",":
        return True
    if "\n" in line:
        return _LIST_AND.match(line) is not None
    return _LIST_AND_END.search(line, max(0, len(line) - LIST_AND_TAIL)) is not None


LIST_COMMAS_MIN: Final = 3
"""Lines ending with a comma in a run: three clauses make a list.  Two are as often a phrase
between two commas whose lines a scraper broke at a link (``The forest has,`` / ``in the
past,`` / ``protected it …``: on train, 11 link splits of model B, none of three lines)."""


def comma_list(
    i: int, texts: Sequence[str], least: int = LIST_COMMAS_MIN, *, items: bool = False
) -> bool:
    """Whether the break before line ``i`` lies inside a list of clauses, each on its line,
    each after the first starting in lower case, that end with a comma (or, the one before the
    last, with a conjunction), ``least`` commas or more (``mehr Gelassenheit,``
    / ``lachen häufiger,`` / ``schlafen besser,`` / ``arbeiten lieber und`` / ``bleiben
    länger.``); with ``items``, lines ending with a conjunction count as well.  A link's cut
    leaves the comma at the start of the next line (``Jonas Berg`` /
    ``, who …``).

    >>> items = ["mehr Schwung,", "lachen häufiger,", "schlafen besser,", "leben länger."]
    >>> [comma_list(i, items) for i in (1, 2, 3)]
    [True, True, True]
    >>> comma_list(1, ["The forest has,", "in the past,", "protected it from fires."])
    False
    >>> comma_list(2, ["mehr Schwung,", "lachen häufiger,", "Schlafen besser."])
    False
    """
    if not texts[i][0].islower() or not _item(texts[i - 1]):
        return False
    lo = i - 1
    while lo > 0 and texts[lo][0].islower() and _item(texts[lo - 1]):
        lo -= 1
    hi = i
    while hi < len(texts) and texts[hi][0].islower() and _item(texts[hi]):
        hi += 1
    counted = _item if items else _clause
    return sum(1 for k in range(lo, hi) if counted(texts[k])) >= least


GREETING_WORDS: Final = 8
"""Words: a greeting and a name or two (``Sehr geehrte Damen und Herren,``); a longer line
ending with a comma is a sentence's clause."""
_GREETING: Final = lazy(
    globals(),
    "_GREETING",
    r"(?i)(?:dear|hi|hello|hallo|liebe[rs]?|liebe_r|sehr\s+geehrte[rs]?|cher|chère|chers|chères"
    r"|bonjour|salut|hola|ciao|witam|привет|querid[oa]s?|estimad[oa]s?|car[oi]|gentil[ei]|geachte|beste|drog[ia]|drodzy"
    r"|szanown[aiy]|уважаем\w+|дорог\w+|hej|kære|kjære|bästa|merhaba|sayın|değerli)[\s,]",
)
"""The words a letter, a newsletter or a post opens with, before the reader's name."""


def greeting(line: str) -> bool:
    """Whether ``line`` is a letter's greeting: a greeting word, a name or two, a comma
    (``Dear readers,``, ``Liebe_r Besucher_in,``, ``Sehr geehrte Damen und Herren,``); what
    follows starts the letter's text, in lower case in German (``vor sieben Jahren …``).

    >>> [greeting(x) for x in ("Dear readers,", "Liebe_r Besucher_in,", "Hola a todos,",
    ...                        "Anna’s son, Jonas Berg,", "Dear readers, the paper is ours,")]
    [True, True, True, False, True]
    """
    return (
        line[-1] == "," and line.count(" ") < GREETING_WORDS and _GREETING.match(line) is not None
    )


def own_line(i: int, texts: Sequence[str], info: LineFacts) -> Decision | None:
    """The keep decision for the break before line ``i`` when that line is one of its own in
    any one-block-a-line record, link marks or not, or None: a post's credit
    (`comment_line`) that nothing continues but another credit or a quote, a ``%`` after a number
    alone (a table's cells: ``17`` / ``%``), a dash's list item (`dash_item`), a clause of a
    list whose lines end with commas (`comma_list`), the line after a letter's greeting
    (`greeting`) or after a footnote's back-link (``… S. 415 ↩``), a price's tax note
    (`tax_note`), a numbered item (`numbered_item`), a line opening with a colon or a semicolon
    after a full stop (`full_stop`), two short items opening with one name (`same_start`).  A link's
    cut leaves none of these."""
    nxt = texts[i]
    if comment_line(nxt) and (
        i + 1 >= len(texts)
        or not info.cont[i + 1]
        or comment_line(texts[i + 1])
        or nxt.endswith(":")  # (a quote's credit: what follows is the quote)
    ):
        return _KEEP_COMMENT
    if nxt[0] == "%" and texts[i - 1].replace(",", "").replace(".", "").isdigit():
        return _KEEP_PERCENT
    if dash_item(i, texts):
        return _KEEP_DASH
    if comma_list(i, texts):
        return _KEEP_LIST
    if greeting(texts[i - 1]):
        return _KEEP_GREETING
    if texts[i - 1].endswith(_BACK_LINK) and nxt[0] not in _CLOSING:
        return _KEEP_FOOTNOTE  # (not ``[↩`` / ``]``: a bracket goes on)
    if tax_note(texts[i - 1], nxt):
        return _KEEP_TAX
    if numbered_item(i, texts):
        return _KEEP_NUMBERED
    if (nxt.count("|") >= MENU_PIPES or texts[i - 1].count("|") >= MENU_PIPES) and not (
        info.cont[i] or nxt[0] in _CLOSING  # (``… | Alle Preise`` / ``.``: a link's stop)
    ):
        return _KEEP_MENU
    if not nxt.strip(_SIGNS):
        return _KEEP_SIGN
    if nxt[0] in ":;" and full_stop(texts[i - 1]):
        return _KEEP_COLON
    if not (info.term[i - 1] or info.fw[i - 1]) and same_start(texts[i - 1], nxt):
        return _KEEP_ALIKE
    return None


def same_start(prev: str, line: str) -> bool:
    """Whether two short lines (under `PROSE_CHARS`), the first of two words or more, open with
    the same name in lower case (`name_start`: ``eRoller S1 (25 km/h)`` / ``eRoller S1
    Pro (45 km/h)``): a list's items.  A link's cut leaves the text after the link on the next
    line, which seldom opens with the name the line before opened with; with a common word it
    may (``Kiel Hafen`` / ``Kiel Nord`` / ``ist schön.``, two links), so a name it must be.

    >>> same_start("eRoller S1 (25 km/h)", "eRoller S1 Pro (45 km/h)")
    True
    >>> same_start("Kiel Hafen", "Kiel Nord"), same_start("iPad", "iPad Pro")
    (False, False)
    """
    if len(prev) >= PROSE_CHARS or len(line) >= PROSE_CHARS or " " not in prev:
        return False
    return line.split(None, 1)[0] == prev.split(None, 1)[0] and name_start(prev)


STOP_WORD_CHARS: Final = 5
"""Characters: a word this long before a line's full stop ends a sentence; a shorter capitalised
one may be an abbreviation that goes on (``Acme Corp.`` / ``: the firm said``; ``Inc.``, ``Jr.``,
``Ltd.``: the longest of them, ``Corp.``, has four letters; set by that, not measured)."""


def full_stop(line: str) -> bool:
    """Whether ``line`` ends a sentence with a full stop after a word in lower case or a long
    one (`STOP_WORD_CHARS`): what follows on the next line starts anew.  A link's cut leaves
    the text after the link (``Marta Lindqvist`` / ``: Die Lage …``) under a line that ends
    with the link's text, not with a stop; a colon or a semicolon opening a line after a full
    stop is a page's own mark (``:: Welche Tools …``, a label's ``: Name``).

    >>> [full_stop(x) for x in ("en el norte.", "auf LinkedIn.", "Acme Corp.", "(Beta-Test).")]
    [True, True, False, True]
    """
    if not line.endswith("."):
        return False
    word = line[:-1].rsplit(None, 1)[-1].strip("()[]\"'”’»«") if len(line) > 1 else ""
    return word.replace("-", "").isalpha() and (word.islower() or len(word) >= STOP_WORD_CHARS)


MENU_PIPES: Final = 3
"""Bars: a line holding this many separates four links or more (``Home | World | Sport |
Culture``), a menu or a footer; a sentence or a credit holds one or two (``Foto: X | dpa``)."""
_SIGNS: Final = "←→↑↓↔⇐⇒◀▶◄►<>•·▪■□●○▲▼ "
"""Arrows, angle brackets and bullets: a line of these alone is a page's navigation (no dash:
``Paris`` / ``–`` / ``Berlin`` may be two links' texts and the dash between them)."""


_TAX_NOTE: Final = lazy(
    globals(),
    "_TAX_NOTE",
    r"(?i)(?:inkl\.|incl\.|inc\.|zzgl\.|exkl\.|excl\.|inklusive|zuzüglich|including|excluding"
    r"|iva\b|tva\b|ttc\b|vat\b|mwst\b|ust\b|\d+\s?%\s(?:mwst|ust|vat|iva|tva))",
)
"""What a price box's note on tax or shipping opens with (``inkl. 19 % MwSt.``, ``incl. VAT``,
``TTC``, ``IVA incluido``)."""
_PRICE_END: Final = lazy(
    globals(),
    "_PRICE_END",
    r"(?:\d[\d.,']*\s?(?:€|EUR|\$|USD|£|GBP|CHF|zł|PLN|Kč|kr|₺|TL|₽|руб\.?)"
    r"|(?:€|\$|£)\s?\d[\d.,']*(?:,-)?)\Z",
)
"""A line ending in a price: an amount and its currency."""


def tax_note(prev: str, line: str) -> bool:
    """Whether ``line`` is a price box's note on tax (``inkl. 19 % MwSt.``) under a line that
    ends in a price (``… 7,99 €``): a link's cut leaves no amount before its text.

    >>> tax_note("Wanderkarte Allgäu 7,99 €", "inkl. 19 % MwSt.")
    True
    >>> tax_note("The cheapest of them was sold on", "incl. a charger")
    False
    """
    return _TAX_NOTE.match(line) is not None and _PRICE_END.search(prev) is not None


_NUMBERED: Final = lazy(globals(), "_NUMBERED", r"\.\d{1,2}[:.)]\s+\S")
"""A number between a dot and a colon opening a line (``.1: Teure Stromzähler?``): a
numbered list's item as some pages render it."""


def numbered_item(i: int, texts: Sequence[str]) -> bool:
    """Whether line ``i`` is a numbered item (`_NUMBERED`) next to another: a link's cut leaves
    its stop at the start of the next line (``Python 3`` / ``.12 brings …``), not a run of them.

    >>> numbered_item(1, ["Mehr zum Thema", ".1: Neue Tarife.", ".2: Wechsel leicht gemacht."])
    True
    >>> numbered_item(1, ["Die neue Version 3", ".12: was sich ändert"])
    False
    """
    if _NUMBERED.match(texts[i]) is None:
        return False
    return (i >= 1 and _NUMBERED.match(texts[i - 1]) is not None) or (
        i + 1 < len(texts) and _NUMBERED.match(texts[i + 1]) is not None
    )
