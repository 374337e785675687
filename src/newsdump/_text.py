"""Character and sentence tests shared by the header, the layout and the line repair.

What "ends a sentence" means, which characters attach to the word before or after them, which
scripts run their words together (CJK), what a function word is: one definition each, so that the
stages that read a record agree.  Pure functions of their argument; nothing here keeps state.

Three sentence-end sets are in use, on purpose (unifying them would change output):

- `TERMINALS` (the repair): every script's stops, and ``:`` / ``;``, which end a line that
  introduces a quotation or a list (a paragraph end as often as not);
- `HEADER_SENTENCE_END` (the header, ``_header.py``): ``. ! ? … 。`` followed by a space or
  the end, anywhere in the text (does a title slot hold a sentence?);
- `LAYOUT_SENTENCE_END` (``_layout.py``): the same stops and the Arabic ``؟``, at the end only
  (does a line read like a lede?).
"""

from __future__ import annotations

import unicodedata
from typing import Final

from ._lazyre import lazy


def words(*groups: str) -> frozenset[str]:
    """A word set from space-separated groups (one group per language keeps the lists readable)."""
    return frozenset(w for g in groups for w in g.split())


BYLINE_OPENERS: Final = r"by|von|por|par|di|door|av|af|от|автор:?|بقلم"
"""The word that opens a byline, as a regex alternation (``By Anna Berg``, ``Von``, ``Por``,
``Par``, ``Di``, ``Door``, ``Av``, ``Af``, ``От``, ``Автор:``, ``بقلم``): the layout's front
byline and the repair's `byline` rule read the same list."""


# --- character classes -----------------------------------------------------------------------

CLOSERS: Final = frozenset(",.;:!?)]}”’»…%،؛؟۔、，。！？）」』】")
"""Characters that attach to the word before them: no space goes in front of them (Arabic and
Urdu comma, semicolon, question mark and full stop, and the CJK ones, included)."""

OPENERS: Final = frozenset("([{“«¿¡„‚")
"""Characters that attach to the word after them: no space goes after them."""

TERMINALS: Final = frozenset(".!?…。！？؟۔:;။।")
"""Sentence-final punctuation (Latin, CJK, Arabic, Urdu, Myanmar, Devanagari); ``:``/``;`` end a
line that introduces a quotation or a list, a paragraph end as often as not: they count."""

QUOTE_CLOSERS: Final = frozenset("\"'”’»«")
"""Quotes that may follow a sentence end (``… end."``): looked through when finding the terminal."""

DASHES: Final = frozenset("-–—")


_CJK_RANGES: Final = (
    (0x3040, 0x30FF),  # kana
    (0x3400, 0x4DBF),  # CJK extension A
    (0x4E00, 0x9FFF),  # CJK unified ideographs
    (0xF900, 0xFAFF),  # compatibility ideographs
    (0xFF00, 0xFFEF),  # full-width forms
    (0x3000, 0x303F),  # CJK punctuation
)


_CJK_FIRST: Final = min(lo for lo, _ in _CJK_RANGES)
"""The lowest code point of `_CJK_RANGES` (from the ranges: no number of its own)."""
_CJK_LAST: Final = max(hi for _, hi in _CJK_RANGES)
"""The highest code point of `_CJK_RANGES`."""


def is_cjk(ch: str) -> bool:
    """Chinese and Japanese run words together: no space is inserted next to these."""
    o = ord(ch)
    # one comparison rules out Latin, Cyrillic, Arabic … before the ranges are looked at
    return _CJK_FIRST <= o <= _CJK_LAST and any(lo <= o <= hi for lo, hi in _CJK_RANGES)


_CJK_CHAR: Final = lazy(
    globals(),
    "_CJK_CHAR",
    "[" + "".join(f"\\u{lo:04x}-\\u{hi:04x}" for lo, hi in _CJK_RANGES) + "]",
)
"""A character `is_cjk` takes: a class of its ranges, so that one search counts them in C."""


def cjk_count(text: str) -> int:
    """How many characters of ``text`` `is_cjk` takes.

    >>> cjk_count("北京 Beijing 上海")
    4
    """
    if not text or max(text) < chr(_CJK_FIRST):
        return 0  # (most lines hold no character of those scripts)
    return len(_CJK_CHAR.findall(text))


def letter_case(ch: str) -> str:
    """``upper``, ``lower``, ``uncased`` (a letter of a script without case), or ``other``."""
    if ch.isupper() or ch.istitle():
        return "upper"
    if ch.islower():
        return "lower"
    if ch.isalpha():
        return "uncased"
    return "other"


def first_letter(text: str) -> str:
    """The first alphanumeric character of ``text`` ("" if none), skipping opening punctuation."""
    if text[:1].isalnum():
        return text[0]  # (most lines start with a letter)
    for ch in text[:8]:  # opening punctuation is short; a long prefix of symbols is not a word
        if ch.isalnum():
            return ch
    return ""


# --- line signals -----------------------------------------------------------------------------


_LOOKED_THROUGH: Final = QUOTE_CLOSERS | frozenset(")]")
"""What `terminal_char` looks through at a line's end to find its stop (``… end."``)."""


def terminal_char(line: str) -> str:
    """The sentence-final punctuation mark ending ``line`` (looking through closing quotes and
    brackets), or "" when the line ends without one."""
    last = line[-1:]
    if last in TERMINALS:
        return last  # (most lines: a stop last, no quote or bracket to look through)
    if last not in _LOOKED_THROUGH:
        return ""  # (a letter or a digit last; "" for an empty line, as the loop gives)
    i = len(line) - 1
    # a closing quote or bracket after the full stop (``… end."``, ``… (see below).``)
    while i >= 0 and (line[i] in QUOTE_CLOSERS or line[i] in ")]"):
        i -= 1
        if len(line) - i > 3:
            break
    if i >= 0 and line[i] in TERMINALS:
        return line[i]
    return ""


def ends_sentence(line: str) -> bool:
    """Whether ``line`` ends like a finished sentence (terminal punctuation)."""
    last = line[-1:]
    if last in TERMINALS:
        return True  # (`terminal_char`'s first tests, without the call: most lines)
    return last in _LOOKED_THROUGH and terminal_char(line) != ""


_WORD_END: Final = lazy(globals(), "_WORD_END", r"(\w+)\W*$")


def last_word(line: str) -> str:
    """The last word of ``line`` (lower-cased), "" if it ends in no word."""
    m = _WORD_END.search(line[-40:])
    return m.group(1).lower() if m else ""


FUNCTION_WORDS_BY_LANGUAGE: Final[dict[str, frozenset[str]]] = {
    # Words that cannot end a sentence or a heading: a line ending in one continues.  Verbs,
    # "not", "more", "like" and the like are left out in every language: they end elliptical
    # sentences and headings ("Who we are", "Learn more", "Why not", "Así son", "Creo que no").
    "en": words(
        "the a of to with for from and or but nor as at about into onto via than that which whose"
        " who whom its their his her our your my by between against among under during including"
        " very this these those in on said told called whether because although"
        " while if when where per sir mr mrs ms dr"
    ),
    # German (not the separable verb particles "an", "auf", "aus", "ein", "durch", "mit", "zu",
    # nor the auxiliaries: German puts them at the end of sentences and headings)
    "de": words(
        "der die das dem den des eine einem einen einer eines und oder aber sowie von vom"
        " zum zur für bei gegen ohne im ins am beim als wie dass seine ihre ihren unseren"
        " denn weil ob wenn sondern"
    ),
    # French ("son" is Spanish "are" too)
    "fr": words(
        "le la les un une des du de et ou mais avec pour par sur dans chez vers entre sans sous"
        " au aux sa ses leur leurs que qui dont"
    ),
    # Spanish, Portuguese, Italian ("no" is Spanish "not" as well as Portuguese "in the")
    "es": words(
        "el la los las del al y e o u con para por sobre en entre sin según hacia desde su sus"
        " que como"
    ),
    "pt": words("o a as que como da do dos das em na nos nas com um uma para por e ou"),
    "it": words("il lo la gli dei della delle degli nel nella con per tra fra e o da"),
    # Dutch, Scandinavian
    "nl": words("het een en van voor met op naar bij door de"),
    "da": words("og eller med af til fra på for hos ifølge"),
    "sv": words("för och av hos enligt med på eller"),
    # Russian, Ukrainian
    "ru": words(
        "в во на с со к ко по о об от до из за для при про без под над и или а но что как его"
        " её их у та й з із від"
    ),
    # Arabic
    "ar": words("في من على إلى الى عن مع أن ان التي الذي الذين و أو ثم بين حول ضد عبر لدى"),
    # Turkish
    "tr": words("ve ile için bir bu şu"),
    # Polish, Czech, Slovak (not "we", "pro", "i": English words that end headings)
    "pl": words(
        "w ze na od po za przez dla przy oraz lub czy że jak który która które których jej jego"
    ),
    "cs": words("ve při nebo který která které jejich na od po za"),
}
"""Function words by language (ISO 639-1 codes; ``da`` holds Norwegian too): their union is
read when the record's language is not known."""

KNOWN_LANGUAGE_FUNCTION_WORDS: Final[dict[str, frozenset[str]]] = {
    # Words that cannot end a sentence in their language but end sentences (or are names) in
    # another: read only when the record is known to be in that language (English "an" is a
    # German verb particle, "er rief an"; French "à" and "ce"; Portuguese "no" is Spanish "not";
    # Polish "i" and Danish "i" are English "I"), and the words a language shares with another
    # list (German "in", Spanish "de"), which the union of the lists holds for every language
    "en": words("an amid amongst despite unlike unless whereas"),
    "de": words(
        "in zwischen während trotz seit diese dieser diesem diesen dieses seinem seinen"
        " seiner seines ihrem ihrer ihres unserer unserem unseres deren dessen welche welcher"
        " welches welchen welchem jeder jede jedes jedem jeden"
    ),
    "fr": words("en à ce cet cette ces son mon ma mes ton ta tes notre votre nos vos selon parmi"),
    "es": words(
        "de a un una unos unas este esta estos estas mi mis tus nuestro nuestra nuestros nuestras"
        " cuyo cuya cuyos cuyas ante tras mediante durante pero ni sino aunque"
    ),
    "pt": words(
        "de os ao aos à às no num numa pelo pela pelos pelas uns umas seu sua seus suas este esta"
        " estes estas esse essa meu minha sem sob entre mas nem"
    ),
    "it": words(
        "a i le un uno una del dello dei degli al allo alla ai agli alle dal dalla dai dagli"
        " dalle nello nei negli nelle sul sulla sui sugli sulle col ed ma che di in su suo sua"
        " suoi sue"
    ),
    "nl": words("in te tot maar hun onze"),
    "da": words("i et en"),
    "sv": words("i en ett samt vid från"),
    "pl": words("i z do o a"),
    "cs": words("a v s z k o do"),
}
"""Function words read only in a record known to be in their language (see above)."""


FUNCTION_WORDS: Final = frozenset().union(*FUNCTION_WORDS_BY_LANGUAGE.values())
"""The function words of every language: what a line's last word is read against when the
record's language is not known (`_language.guess_language`)."""


_LONGEST_FUNCTION_WORD: Final = max(
    len(w) for ws in (FUNCTION_WORDS, *KNOWN_LANGUAGE_FUNCTION_WORDS.values()) for w in ws
)


TITLE_ABBREVIATIONS: Final = words(
    # English: civil, academic, military, political and religious titles
    "Mr Mrs Ms Dr Prof Gen Col Sgt Lt Capt Cpl Adm Sen Rep Gov Rev Hon Pres",
    # French, Spanish, Portuguese
    "Mme Mlle Mgr Sra Srta Dña Dra",
)
"""Abbreviated titles written before a name, capitalised as they are: a line ending in one
(``… thanked Ms.`` / ``Okafor``) ends inside a sentence, where a scraper broke before the name's
link (on train, all 29 such breaks are joins).  Not ``St.`` (a street ends sentences), ``Sr.``
and ``Jr.`` (they follow the name), ``Co.``, ``Inc.`` (a company's name ends with them)."""


JAPANESE_PARTICLES: Final = frozenset("のにをはがとでへ")
"""Japanese case particles: a line ending in one (after a kanji or katakana word) is cut."""


def ends_with_function_word(line: str, function_words: frozenset[str] = FUNCTION_WORDS) -> bool:
    """A line ending in an article, preposition or conjunction (or a Japanese particle) is cut
    mid-sentence; ``function_words`` are those of the record's language
    (`_language.function_words`), all of them by default."""
    if not line or not line[-1].isalnum():
        return False
    if line[-1] in JAPANESE_PARTICLES:
        return len(line) > 1 and is_cjk(line[-2]) and not "\u3040" <= line[-2] <= "\u309f"
    space = line.rfind(" ")
    word = line[space + 1 :]
    if word.isalnum():  # the common case: the last space-separated token is the word
        if len(word) > _LONGEST_FUNCTION_WORD or word.lower() not in function_words:
            return False
        # a capital inside a line makes a name or a title-case word of it ("Han Seo Yun",
        # "in der Not", "… Begin to Creep In"), not the article or preposition it spells; a
        # capitalised one still starts a sentence at the line's start ("Der" / "enorme …",
        # "– Die") or after a stop ("… on Monday. The")
        if not word[0].isupper() or space < 0:
            return True
        before = line[:space]
        return terminal_char(before) != "" or not any(ch.isalnum() for ch in before)
    if _ADDRESS_MARK.search(word):
        return False  # "www.example.de", "name@example.at", "/en/to": a name, not "de" or "at"
    return last_word(line) in function_words


_ADDRESS_MARK: Final = lazy(globals(), "_ADDRESS_MARK", r"[./@:_#=]")
"""Characters that join the parts of a domain, address, path or handle: a token holding one
ends in a name's part, not a function word (brackets, quotes and dashes do not count)."""


_PUNCTUATION_ONLY: Final = "".join(sorted(CLOSERS)) + "\"'“"
"""The characters of `is_punctuation_only` (for ``str.strip``: no loop in Python)."""


def is_punctuation_only(line: str) -> bool:
    """``.``, ``,``, ``"``, ``..``, ``.”``: what is left when a link ended a sentence."""
    return 0 < len(line) <= 6 and not line.strip(_PUNCTUATION_ONLY)


def word_count(line: str) -> int:
    return len(line.split())


_INNER_SENTENCE_END: Final = lazy(
    globals(), "_INNER_SENTENCE_END", r"[.!?][\"'”’»)]?\s+[\"'“„«(]?[^\W\d_]"
)
"""A sentence end followed by another sentence inside the line."""


def has_inner_sentence(line: str) -> bool:
    """Whether ``line`` holds more than one sentence (headings hold one)."""
    return _INNER_SENTENCE_END.search(line) is not None


def heading_like(line: str, ends_in_function_word: bool | None = None) -> bool:
    """An unfinished line that could be a heading: one sentence, not ending in a comma or an
    opener, not ending in a function word (``ends_in_function_word``: known from the record's
    language, as the repair knows it; read against every language's when None)."""
    if ends_in_function_word is None:
        ends_in_function_word = ends_with_function_word(line)
    return (
        len(line) <= 120
        and not has_inner_sentence(line)
        and line[-1] not in ",;-–—"
        and line[-1] not in OPENERS
        and not ends_in_function_word
    )


def continues(text: str) -> bool:
    """Whether ``text`` starts like the continuation of a sentence: a lower-case letter, closing
    punctuation, or a dash or bracket followed by a lower-case letter."""
    if not text:
        return False
    first = text[0]
    if first.islower():  # (`letter_case` "lower": no lower-case letter is upper or title case)
        return True
    if first in CLOSERS and not text.startswith(("...", "…")):
        return True
    if first == "-" and text[1:2].isalpha():
        return True  # "-Messungen", "-Story": the second half of a compound cut by a link
    if first in PARTICLE_STARTS:
        return True  # a Japanese particle attaches to the word before it: "は盛岡と…"
    return (first in DASHES or first in "([") and first_letter(text).islower()


PARTICLE_STARTS: Final = frozenset("のにをはがとでへも")
"""Japanese particles (and も, "also"): a sentence never starts with one, so a line that does
continues the line before, as a lower-case word does in cased scripts."""


def script_of(ch: str) -> str:
    """A coarse script name for a character (Latin, Cyrillic, Arabic, CJK, …)."""
    if not ch:
        return ""
    if is_cjk(ch):
        return "CJK"
    try:
        return unicodedata.name(ch).split(" ", 1)[0]
    except ValueError:
        return ""


# --- sentence ends as regular expressions (compiled by their users, on first use) ---------------

HEADER_SENTENCE_END: Final = r"[.!?…。]['\"”’»)]?(?:\s|\Z)"
"""A sentence end anywhere in a header line (see the module docstring for why it differs)."""
LAYOUT_SENTENCE_END: Final = r"[.!?…。؟]['\"”’»)]?\Z"
"""A sentence end at the end of a front-matter line."""
FULL_STOP_AT_END: Final = r"[.。]['\"”’»)]?\Z"
"""A full stop ending a line (headlines may end in ``?`` or ``!`` but not in ``.``)."""


_WORDS: Final = lazy(globals(), "_WORDS", r"\w+")


def title_key(text: str) -> str:
    """A line's words, case-folded, without punctuation: how a line repeating the record's
    title is compared with it (outside the article by `_repair_bounds`, inside it by
    `_repair_labels.caption_asides`).

    >>> title_key("Council  closes the OLD bridge!") == title_key("council closes the old bridge")
    True
    """
    return " ".join(_WORDS.findall(text.casefold()))
