"""Evidence about a break read from the whole record or from the shape of one line, for the join
model (``_repair_model.py``): which capitalised words the record uses mid-sentence (names, and
in German every noun), whether it capitalises nouns at all, abbreviations and ordinals before a
full stop, titles before a name (``Ms.``), a quoted phrase opening a line in lower case, lines
that are a bracket or an address alone (and an embedded post's link), a Latin word after a
Chinese line that runs on.

All of it is cheap and computed only when a break asks (the record's words once per record,
the first time an unfinished line meets a capitalised one).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from ._repair_glued import ABBREVIATIONS
from ._text import TITLE_ABBREVIATIONS

NOUN_SHARE: Final = 0.2
"""Share of capitalised words among the words inside sentences from which a record capitalises
nouns (German: about a third; English, French, Spanish: under a tenth, names only)."""
NOUN_MIN_WORDS: Final = 30
"""Words inside sentences: fewer cannot tell whether a record capitalises nouns."""

SAMPLE_CHARS: Final = 2000
"""Characters of a record read for its words: some 300 words, enough to tell its habits, at a
bounded cost on long records (the speed of issue "Speed")."""

EDGE: Final = "\"'“”‘’„«»()[]{}.,;:!?…*"
"""Punctuation stripped from a word's ends before it is compared."""

_ROMAN: Final = frozenset(
    [
        "I",
        "II",
        "III",
        "IV",
        "V",
        "VI",
        "VII",
        "VIII",
        "IX",
        "X",
        "XI",
        "XII",
        "XIII",
        "XIV",
        "XV",
        "XVI",
        "XVII",
        "XVIII",
        "XIX",
        "XX",
    ]
)
"""Roman numerals of regnal and ordinal numbers (``Karl III.``, ``Pius XII.``)."""


def capitals(texts: Sequence[str]) -> tuple[str, bool, str]:
    """A sample of the record (its first `SAMPLE_CHARS`, for `used_inside`), whether the
    record capitalises nouns, and the whole record's text (its lines joined by newlines, for
    `used_lower` and `said_together`, which look for one word or two: a search in C over the
    record costs less than a word count).  Nouns: `NOUN_SHARE` or more of the words inside its
    sentences are capitalised (counted from C-level string methods: a loop over the words, or a
    regular expression with Unicode classes, costs several times more).

    >>> capitals(["Die Regierung hat mit den Vertretern der Berliner Clubszene gesprochen."] * 5)[1]
    True
    >>> capitals(["The government met the representatives of the Berlin club scene."] * 5)[1]
    False
    """
    sample: list[str] = []
    size = 0
    for text in texts:  # (a long record shows its habits early; the cost stays bounded)
        sample.append(text)
        size += len(text)
        if size >= SAMPLE_CHARS:
            break
    joined = "\n".join(sample)
    words = joined.split()
    upper = sum(map(str.isupper, [w[0] for w in words]))
    # words that may start a sentence: the first of each line and those after a stop
    starts = len(sample) + sum(map(joined.count, (". ", "? ", "! ", ": ")))
    inside = len(words) - starts
    whole = joined if len(sample) == len(texts) else "\n".join(texts)
    return joined, inside >= NOUN_MIN_WORDS and upper - starts >= NOUN_SHARE * inside, whole


def said_together(prev: str, first: str, text: str) -> bool:
    """Whether ``text`` (the record) holds the last word of ``prev`` and ``first`` side by side
    on one line, as words of their own: a name or a phrase the record writes whole elsewhere
    (``… thanked the Prime`` / ``Minister``, ``Halcyon Group`` / ``PLC``), so a break between
    them cut it.

    >>> said_together("talks with Prime", "Minister", "Talks with Prime Minister Rutte ended.")
    True
    >>> said_together("talks with", "Anna", "Talks with her. Anna Berg ended.")
    False
    """
    last = prev[prev.rfind(" ") + 1 :].strip(EDGE)
    if not last or not first:
        return False
    key = last + " " + first
    return _word_at(key, text)


def _word_at(key: str, text: str) -> bool:
    """Whether ``text`` holds ``key`` with no letter or digit glued to either end."""
    n = len(key)
    at = text.find(key)
    while at >= 0:
        if (at == 0 or not text[at - 1].isalnum()) and not text[at + n : at + n + 1].isalnum():
            return True
        at = text.find(key, at + 1)
    return False


def used_inside(word: str, sample: str) -> bool:
    """Whether ``sample`` uses the capitalised ``word`` inside a sentence (after a word ending in
    a letter or a digit, or after a comma): a name or (in German) a noun, which may continue an
    unfinished line, where a word seen only at sentence starts (``The``, ``Der``) starts one.

    >>> used_inside("Anna", "Talks with Anna Berg ended. Anna said no.")
    True
    >>> used_inside("The", "The talks ended. The union said no.")
    False
    """
    if len(word) < 2:
        return False
    key = " " + word
    n = len(key)
    at = sample.find(key)
    while at > 0:
        before = sample[at - 1]
        if (before.isalnum() or before == ",") and not sample[at + n : at + n + 1].isalnum():
            return True
        at = sample.find(key, at + 1)
    return False


def used_lower(word: str, text: str) -> bool:
    """Whether ``text`` (the record) uses the capitalised ``word`` in lower case too (as a word
    of its own): a common word, which is capitalised where it starts a sentence (``The``,
    ``Die``, ``Son``), not a name or (in German) a noun, which keep their capital everywhere.

    >>> used_lower("Talks", "Talks with Anna Berg ended. The talks went on."), used_lower(
    ...     "Anna", "Talks with Anna Berg ended. Anna said no.")
    (True, False)
    """
    if len(word) < 2 or not word[1:].islower():
        return False  # (an acronym or an initial: its case tells nothing)
    low = word.lower()
    return low != word and _word_at(low, text)


def first_word(line: str) -> str:
    """The first space-separated word of ``line``, its punctuation stripped."""
    space = line.find(" ")
    return (line if space < 0 else line[:space]).strip(EDGE)


def ends_in_abbreviation(line: str) -> bool:
    """Whether the full stop ending ``line`` closes an abbreviation, an initial or an ordinal
    rather than a sentence: ``König Karl III.``, ``Associates Inc.``, ``am 3.``, ``John F.``
    (a lower-case line after it continues the sentence).

    >>> ends_in_abbreviation("Krönung von König Karl III."), ends_in_abbreviation("It rained.")
    (True, False)
    """
    if not line.endswith("."):
        return False
    space = line.rfind(" ")
    word = line[space + 1 : -1]
    if not word or "." in word:
        return "." in word and len(word) <= 6  # "z.B.", "U.S.", "u.a."
    if word.isdigit():
        return len(word) <= 2  # German and Nordic ordinals: "am 3." / "Oktober"
    if len(word) == 1:
        return word.isupper()  # an initial
    return word in _ROMAN or word.lower() in ABBREVIATIONS


def ends_in_title(line: str) -> bool:
    """Whether ``line`` ends in an abbreviated title written before a name (``… thanked Ms.``,
    ``a bill drafted by Sen.``): the name follows on the next line (`TITLE_ABBREVIATIONS`).

    >>> ends_in_title("She waved back at Ms."), ends_in_title("They met on Main St.")
    (True, False)
    """
    if not line.endswith("."):
        return False
    return line[line.rfind(" ") + 1 : -1] in TITLE_ABBREVIATIONS


_APOSTROPHES: Final = "'’"
"""The apostrophes of a possessive: the typewriter one and the typographic one."""


def ends_in_possessive(line: str) -> bool:
    """Whether ``line`` ends in a word with the possessive ``'s`` (``… at the University's``,
    ``Harbour Bank’s``): a possessive needs the noun it owns, so the line stops mid-phrase
    (``… the University's`` / ``Harbour Index …``).  A quotation closed after an ``s``
    (``'the old boats'``) is not one: the apostrophe must come before the ``s``.

    >>> ends_in_possessive("according to Harbour Bank’s"), ends_in_possessive("the 'old boats'")
    (True, False)
    """
    return line[-1:] == "s" and line[-2:-1] in _APOSTROPHES and line[-3:-2].isalpha()


_POST_LINKS: Final = ("pic.twitter.com/", "t.co/")
"""The links an embedded post's text ends with (its picture, its short link)."""


def is_post_link(address: str) -> bool:
    """Whether ``address`` (a line that `is_address`) is the picture or short link that ends an
    embedded post's text (``pic.twitter.com/…``, ``https://t.co/…``): it belongs to the post's
    paragraph, after a full stop too (on train, 42 of 42 such lines are joined to the line
    before).

    >>> is_post_link("pic.twitter.com/AbC123"), is_post_link("https://www.example.com/t.co/")
    (True, False)
    """
    low = address.lower()
    at = low.find("://")
    return low[at + 3 if at >= 0 else 0 :].startswith(_POST_LINKS)


QUOTE_OPENERS: Final = "\"“«„‘'"
"""Characters that open a quotation at the start of a line (straight quotes included)."""


def quotes_lower(line: str) -> bool:
    """Whether ``line`` starts with an opening quote and then a lower-case word: a phrase quoted
    inside a sentence (``called the port`` / ``“a gateway for the region” …``), where a quoted
    sentence starts upper-case (on train's news pages, after an unfinished line, 25 of 25 such
    breaks are joins; on the general web about half).

    >>> quotes_lower("“will matter more,” he said"), quotes_lower("“We will win,” he said")
    (True, False)
    """
    if line[:1] not in QUOTE_OPENERS:
        return False
    rest = line[1:].lstrip(QUOTE_OPENERS + " ")
    return rest[:1].islower()


def is_bracketed(line: str) -> bool:
    """A line that is one bracketed aside (``(Graphic: Anna Berg)``, ``[Editor's note: …]``):
    it stands alone."""
    if len(line) < 3 or line[0] not in "([":
        return False
    return line.find(")" if line[0] == "(" else "]") == len(line) - 1  # one aside, not two


def is_address(line: str) -> bool:
    """A line that is a web address, a handle or an embedded post's link alone
    (``www.example.com``, ``pic.twitter.com/…``, ``https://…``, ``@anna_berg``)."""
    if " " in line.strip():
        return False
    low = line.lower()
    return low.startswith(("http", "www.", "pic.", "@")) or (
        "." in low and "/" in low and low[0].isalnum()
    )


QUOTE_AFTER_COMMA: Final = frozenset("\"'”’»“‘")
"""Closing quotes, German ones (``“``, ``‘``) included: after a comma, any of them closes."""

CURRENCY: Final = frozenset("$€£¥₹₽₺₩")
"""Currency signs written before the amount."""
COMMAS: Final = frozenset(",，、､،")
"""Commas of the scripts the repair reads (Latin; the CJK full-width, enumeration and halfwidth
enumeration commas; the Arabic comma): a line ending in one is a clause cut short, not a line
without punctuation (on train, 76 of 78 model-B breaks after ``，`` or ``、`` are joins)."""


def is_ideograph(ch: str) -> bool:
    """A Chinese character (a kanji in Japanese): not kana, not CJK punctuation or full-width
    forms, which `_text.is_cjk` takes too."""
    o = ord(ch)
    return 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0xF900 <= o <= 0xFAFF


def latin_after_ideograph(prev: str, nxt: str) -> bool:
    """Whether ``prev`` ends in a Chinese character (no stop, no comma) and ``nxt`` starts with a
    Latin letter or a digit: a Chinese sentence does not end without its stop, and a term
    written in Latin letters inside it (a stock, an acronym, a brand: ``…沪深两市的`` / ``A股`` /
    ``市场持续下挫``, ``减少`` / ``IPO`` / ``家数``) was a link the scraper broke before.  Chinese
    has no capitals, so the capital says nothing here.  On train, 44 of 68 such breaks are joins
    (the portals ``netease`` 27 of 29 and ``gne`` 8 of 10; ``zhcwce``, whose truth keeps more
    lines apart, 9 of 27).  Read from the two characters at the break only: an uncased script
    of another kind (Arabic) never matches.

    >>> latin_after_ideograph("沪深两市的", "A股市场"), latin_after_ideograph("沪深两市。", "A股")
    (True, False)
    """
    return bool(prev) and is_ideograph(prev[-1]) and nxt[:1].isascii() and nxt[:1].isalnum()


CLAUSE_LINK_CHARS: Final = 8
"""Characters: the longest link's text taken between two pieces of a Chinese sentence (names
of firms, places, indices: ``A股``, ``沪深300``, ``纳斯达克``; on train the links so cut are two
to six characters, the headings after a heading longer)."""


def clause_then_short(prev: str, nxt: str) -> bool:
    """Whether ``prev`` is a piece of a Chinese sentence that holds a clause's comma (``，`` or
    the enumeration comma ``、``) and ends in a Chinese character or a comma, and ``nxt`` is a
    short piece (`CLAUSE_LINK_CHARS` or fewer): a sentence cut before a link's text
    (``…即使是在2011年债务危机来临时，`` / ``A股``, ``第三，“慢牛市”让`` / ``中国银行``).  A
    heading has no clause comma, and a Chinese heading with one is followed by its paragraph,
    not by a short piece.  On train (model B, teacher-forced), 168 of 171 such breaks are joins.

    >>> clause_then_short("数据显示，自6月15日", "A股"), clause_then_short("下周焦点", "A股")
    (True, False)
    """
    return (
        0 < len(nxt) <= CLAUSE_LINK_CHARS
        and ("，" in prev or "、" in prev)
        and (is_ideograph(prev[-1]) or prev[-1] in "，、")
    )


_NAME: Final = re.compile(r"[^\W\d_][^\W_]{3,}")
"""A word of four letters or more (a name, when it starts upper-case)."""


def echoes(nxt: str, prev: str) -> bool:
    """Whether a capitalised word of ``nxt`` (four letters or more) occurs in ``prev``: a
    headline names what its paragraph starts with (``La Norvège propose …`` / ``La Norvège`` /
    ``a proposé …``); a sentence rarely repeats the name its link carries."""
    low = ""
    for w in _NAME.findall(nxt):
        if w[0].isupper():
            low = low or prev.lower()
            if w.lower() in low:
                return True
    return False
