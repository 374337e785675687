"""The signals and single-purpose rules the line repair combines (see docs/repair.md).

Every rule is one function that looks at a line (or a pair of lines) and returns a decision
carrying the rule's name, so that an `Edit` can say which rule fired.  Nothing here keeps state:
the repair in ``_repair.py`` walks the lines once and asks these functions.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import Final

import attrs

from ._lazyre import lazy
from ._model import BlockKind


def _words(*groups: str) -> frozenset[str]:
    """A word set from space-separated groups (one group per language keeps the lists readable)."""
    return frozenset(w for g in groups for w in g.split())


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

PAIRS: Final = {"(": ")", "[": "]", "“": "”", "«": "»", "„": "“"}
"""Bracket and quote pairs whose balance says whether a line ends inside an open construction."""

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
    for ch in text[:8]:  # opening punctuation is short; a long prefix of symbols is not a word
        if ch.isalnum():
            return ch
    return ""


# --- the separator ------------------------------------------------------------------------------

_ELISION: Final = re.compile(
    r"(?:^|[\s(«“\"])(?:[lLdDjJnNsScCmMtT]|[qQ]u|[jJ]usqu|[lL]orsqu|[pP]uisqu"
    r"|[dD]ell|[aA]ll|[dD]all|[nN]ell|[sS]ull|[cC]oll|[qQ]uell|[uU]n|[sS]ant)['’]$"
)
"""French and Italian elisions (``l’``, ``d'``, ``qu’``, ``jusqu’``, ``dell’``, ``un’``) attach
to the next word; searched in the last `_ELISION_WINDOW` characters."""
_ELISION_WINDOW: Final = 8
"""Characters: the longest elided word (``lorsqu’``) and the space or bracket before it."""


def _opens_quote(left: str, quote: str) -> bool:
    """Whether the last ``quote`` of ``left`` (its final character) opens a quotation.

    A straight quote opens when it follows a space or an opener and the quotes before it are
    balanced; the evidence is the count of that quote character in ``left``.
    """
    before = left[-2] if len(left) > 1 else " "
    return (before.isspace() or before in OPENERS or before in DASHES) and left.count(
        quote
    ) % 2 == 1


def _closes_quote(left: str, quote: str) -> bool:
    """Whether a ``quote`` starting the right side closes a quotation left open in ``left``."""
    if quote == "'":
        # apostrophes inside words ("don't") are not quotes; count only word-initial ones
        opened = sum(1 for m in re.finditer(r"(?:^|(?<=[\s(\[“«]))'", left))
        closed = sum(1 for m in re.finditer(r"(?<=[\w.,!?])'(?!\w)", left))
        return opened > closed
    return left.count(quote) % 2 == 1


def join_separator(left: str, right: str) -> str:
    """The text to put between ``left`` and ``right`` when a break between them is removed.

    No space before closing punctuation, ``'s`` or a closing quote; none after opening brackets,
    an opening quote, an elision (``l’``) or a word-joining hyphen; none between CJK characters.

    >>> join_separator("oppose any sanctions", "against Moscow")
    ' '
    >>> join_separator("rather than with France", ".")
    ''
    >>> join_separator('He called it "', "historic")
    ''
    >>> join_separator('He called it "historic', '" and left.')
    ''
    >>> join_separator("Putin", "’s visit")
    ''
    """
    if not left or not right:
        return ""
    last, first = left[-1], right[0]
    if first in "”’»" and right[1:2].isalnum() and last in TERMINALS:
        return " "  # a quotation opening after a sentence end (Swedish ”…”, Danish »…«)
    if first in CLOSERS and not right.startswith(("...", "…")):
        return ""
    if right.startswith(("...", "…")):
        # an ellipsis after a word trails it; after a sentence end it starts new text
        return " " if last in TERMINALS or last.isspace() else ""
    if first in "'’" and right[1:2] in ("s", "S") and not right[2:3].isalpha():
        return ""
    if last in OPENERS and (len(left) == 1 or left[-2].isspace() or left[-2] in OPENERS):
        return ""
    if is_cjk(last) or is_cjk(first):
        return ""
    if first in "\"'":
        return "" if _closes_quote(left, first) else " "
    if last in "'’" and _ELISION.search(left[-_ELISION_WINDOW:]):
        return ""  # before the straight quote test: "d'" is no closing quote
    if last in "\"'" and len(left) > 0:
        return "" if _opens_quote(left, last) else " "
    if first == "-" and right[1:2].isalpha() and last.isalnum():
        return ""  # "Radon" + "-Messungen": a compound cut before its hyphen
    if last in DASHES:
        # "post-" + "war", "1971—" + "invoked": a dash glued to its word stays glued
        return " " if len(left) < 2 or left[-2].isspace() else ""
    return " "


# --- line signals -----------------------------------------------------------------------------


def terminal_char(line: str) -> str:
    """The sentence-final punctuation mark ending ``line`` (looking through closing quotes and
    brackets), or "" when the line ends without one."""
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
    return terminal_char(line) != ""


_WORD_END: Final = re.compile(r"(\w+)\W*$")


def last_word(line: str) -> str:
    """The last word of ``line`` (lower-cased), "" if it ends in no word."""
    m = _WORD_END.search(line[-40:])
    return m.group(1).lower() if m else ""


FUNCTION_WORDS: Final = _words(
    # Words that cannot end a sentence or a heading: a line ending in one continues.  Verbs,
    # "not", "more", "like" and the like are left out in every language: they end elliptical
    # sentences and headings ("Who we are", "Learn more", "Why not", "Así son", "Creo que no").
    # English
    "the a of to with for from and or but nor as at about into onto via than that which whose"
    " who whom its their his her our your my by between against among under during including"
    " very this these those in on said told called whether because although"
    " while if when where including per sir mr mrs ms dr",
    # German (not the separable verb particles "an", "auf", "aus", "ein", "durch", "mit", "zu",
    # nor the auxiliaries: German puts them at the end of sentences and headings)
    "der die das dem den des eine einem einen einer eines und oder aber sowie von vom"
    " zum zur für bei gegen ohne im ins am beim als wie dass seine ihre ihren unseren"
    " denn weil ob wenn sondern",
    # French ("son" is Spanish "are" too)
    "le la les un une des du de et ou mais avec pour par sur dans chez vers entre sans sous"
    " au aux sa ses leur leurs que qui dont",
    # Spanish, Portuguese, Italian ("no" is Spanish "not" as well as Portuguese "in the")
    "el los las del al y e o u con para por sobre en entre sin según hacia desde su sus"
    " que como da do dos das em na nos nas com um uma il lo gli dei della delle"
    " degli nel nella con per tra fra",
    # Dutch, Scandinavian
    "het een en van voor met op naar bij door og eller med af til fra på för och av hos"
    " enligt ifølge",
    # Russian, Ukrainian
    "в во на с со к ко по о об от до из за для при про без под над и или а но что как его"
    " её их у та й з із від",
    # Arabic
    "في من على إلى الى عن مع أن ان التي الذي الذين و أو ثم بين حول ضد عبر لدى",
    # Turkish
    "ve ile için bir bu şu",
    # Polish, Czech, Slovak (not "we", "pro", "i": English words that end headings)
    "w ze na od po za przez dla przy oraz lub czy że jak który która które których jej jego"
    " ve při nebo který která které jejich",
)


_LONGEST_FUNCTION_WORD: Final = max(len(w) for w in FUNCTION_WORDS)


JAPANESE_PARTICLES: Final = frozenset("のにをはがとでへ")
"""Japanese case particles: a line ending in one (after a kanji or katakana word) is cut."""


def ends_with_function_word(line: str) -> bool:
    """A line ending in an article, preposition or conjunction (or a Japanese particle) is cut
    mid-sentence."""
    if not line or not line[-1].isalnum():
        return False
    if line[-1] in JAPANESE_PARTICLES:
        return len(line) > 1 and is_cjk(line[-2]) and not "\u3040" <= line[-2] <= "\u309f"
    space = line.rfind(" ")
    word = line[space + 1 :]
    if word.isalnum():  # the common case: the last space-separated token is the word
        if len(word) > _LONGEST_FUNCTION_WORD or word.lower() not in FUNCTION_WORDS:
            return False
        # a capital inside a line makes a name or a title-case word of it ("Kim Jong Un",
        # "in der Not", "… Begin to Creep In"), not the article or preposition it spells; a
        # capitalised one still starts a sentence at the line's start ("Der" / "enorme …",
        # "– Die") or after a stop ("… on Monday. The")
        if not word[0].isupper() or space < 0:
            return True
        before = line[:space]
        return terminal_char(before) != "" or not any(ch.isalnum() for ch in before)
    if _ADDRESS_MARK.search(word):
        return False  # "www.example.de", "name@example.at", "/en/to": a name, not "de" or "at"
    return last_word(line) in FUNCTION_WORDS


_ADDRESS_MARK: Final = re.compile(r"[./@:_#=]")
"""Characters that join the parts of a domain, address, path or handle: a token holding one
ends in a name's part, not a function word (brackets, quotes and dashes do not count)."""


def open_brackets(line: str) -> int:
    """How many brackets and typographic quotes ``line`` leaves open (never negative)."""
    depth = 0
    for ch in line:
        if ch in PAIRS:
            depth += 1
        elif ch in ")]”»" and depth > 0:
            depth -= 1
    return depth


_PUNCTUATION_ONLY: Final = "".join(sorted(CLOSERS)) + "\"'“"
"""The characters of `is_punctuation_only` (for ``str.strip``: no loop in Python)."""


def is_punctuation_only(line: str) -> bool:
    """``.``, ``,``, ``"``, ``..``, ``.”``: what is left when a link ended a sentence."""
    return 0 < len(line) <= 6 and not line.strip(_PUNCTUATION_ONLY)


def word_count(line: str) -> int:
    return len(line.split())


# --- set-aside kinds ---------------------------------------------------------------------------


@attrs.frozen
class Aside:
    """A line recognised as something other than running text."""

    kind: BlockKind
    rule: str
    confidence: float


# Set-aside decisions are immutable: one object each serves every line.
_NOISE_PATTERN: Final = Aside("noise", "noise-pattern", 0.95)
_SHARE_BUTTONS: Final = Aside("noise", "share-buttons", 0.95)
_LIST_MARKER: Final = Aside("list-item", "list-marker", 0.9)
_BYLINE_SHAPE: Final = Aside("byline", "byline-shape", 0.85)
_CAPTION_CREDIT: Final = Aside("caption", "caption-credit", 0.85)

_SHARE_WORDS: Final = _words(
    "share tweet facebook twitter x whatsapp telegram linkedin pinterest reddit email e-mail"
    " mail print drucken teilen teilen: compartir partager vk ok copy link kopieren messenger"
    " flipboard xing threads bluesky mastodon"
)
_SHARE_CONNECTORS: Final = _words("on via auf en sur per in по в")
"""Words between share-button labels (``Share on Facebook``)."""
_READ_MORE: Final = r"""(?:read\ more|related(?:\ articles?|\ stories|\ coverage|\ topics)?
    |see\ also|more\ on\ this\ story|mehr\ zum\ thema|lesen\ sie\ auch|weiterlesen|leer\ más
    |lea\ también|lire\ aussi|en\ savoir\ plus|leggi\ anche|leia\ (?:também|mais)|lees\ (?:ook
    |meer)|läs\ (?:också|mer)|les\ også|læs\ også|czytaj\ (?:też|także|również)|читайте\ (?:также
    |також))"""
"""The label of a link to another article ("Read more", "Lesen Sie auch", …), verbose syntax."""
_READ_MORE_LABEL: Final = re.compile(r"(?ix)^" + _READ_MORE + r"\W*$")
"""The label alone on its line: the headline of the article it links to follows."""
_NOISE_LINE: Final = re.compile(
    r"""(?ix)
    ^(?:
        ©.{0,120}                                  # photo credit / copyright
      | (?:photo|foto|image|bild|fotó|фото|credit|photograph|picture)s?\s*:.{0,80}  # credit
      | (?:(?:additional\ )?reporting|writing)\ by\ (?-i:[A-Z]).{1,150}[;,]\ ?(?:editing|edited)
            \ by\ .{1,80}                                # "Reporting by …; Editing by …"
      | editing\ by\ (?-i:[A-Z])[^.]{1,60}
      | (?:follow|folgen\ sie|síguenos|suivez|подписывайтесь|abonnieren)\b.{0,60}
            (?:telegram|twitter|facebook|instagram|whatsapp|youtube|tiktok|x|vk|newsletter|
               google\ news|канал\w*)\W*
      | (?:all\ rights\ reserved|alle\ rechte\ vorbehalten|todos\ los\ derechos
            \ reservados|tous\ droits\ réservés|все\ права\ защищены).{0,80}
      | (?:\d{1,3}\s*)?(?:min|mins|min\.|minutes?|minuten|minutos|мин\.?)
            (?:\s+(?:read|lesezeit|de\ lectura|чтения))?\W*  # read-time fragment
      | (?:lesezeit|read\ time|reading\ time|tiempo\ de\ lectura)\W*\d{0,3}.{0,12}
      | (?:advertisement|anzeige|werbung|publicidad|publicité|реклама)\W*
      | """
    + _READ_MORE
    + r"""
            (?:\W*|\s?:.{1,120})                        # a link to another article
      | story\ continues\ (?:below|after)\ (?:the\ |this\ )?(?:advertisement|ad)\W*
      | (?:sign\ up|subscribe|click\ here|jetzt\ abonnieren|abonnez-vous|suscr[ií]bete)\b
            .{0,60}                                       # newsletter and paywall prompts
      | (?:listen\ to\ this\ (?:article|story)|artikel\ anhören|écouter\ cet\ article
            |escuchar\ (?:este\ )?artículo).{0,20}
      | (?:\d{1,5}\ )?(?:comments?|kommentare?|commentaires?|comentarios?|комментари\w*)\W*
      | (?:tags?|topics|filed\ under|schlagw(?:ö|oe)rter|schlagworte|themen|etiquetas|mots-clés
            |теги)(?:\s?:.{0,200}|\W*)                     # tag and topic lists
      | (?:source|quelle|fuente|fonte|источник)\s?:\s?[^.]{1,60}     # a source credit
      | (?:loading|please\ enable\ javascript|skip\ to\ (?:main\ )?content|back\ to\ top
            |most\ (?:read|popular|viewed)|trending(?:\ now)?|top\ stories|breaking\ news|live
            |meistgelesen|zum\ seitenanfang|lo\ más\ leído|les\ plus\ lus)\W*   # page chrome
      | (?:watch|video)\s?:.{0,100}                       # a link to a video
      | (?:share|teilen|compartir|partager|поделиться)                  # a share button's label
            (?:\ (?:this|on|auf|en|sur|via|в|den|el|l'|this\ article|artikel|artículo|article))*
            (?:\ (?:facebook|twitter|x|whatsapp|telegram|linkedin|e-?mail|vk))?\W*
    )$""",
)
"""Page junk whose first words say what it is (each alternative starts with its own words)."""

_NOISE_START: Final = re.compile(
    r"""(?ix)
    ©|photo|foto|image|bild|fotó|фото|credit|follow|folgen|síguenos|suivez|подписывайтесь
    |abonnieren|\d|min|мин|lesezeit|read|reading|tiempo|advertisement|anzeige|werbung
    |publicidad|publicité|реклама|mehr|lesen|leer|lire|читайте|all|alle|todos|tous|все
    |weiterl|lea\ t|en\ sa|leggi|leia|lees|läs|les\ o|læs|czytaj
    |share|teilen|compartir|partager|поделиться|pictures?\s*:|related|see\ also|more\ on
    |story\ c|sign\ up|subscribe\b|click\ here|jetzt\ a|abonnez|suscr|listen\ to|artikel\ a
    |écouter\ c|escuchar\ |additional\ r|reporting\ by|writing\ by|editing\ by
    |(?:comment|kommentar|comentario|комментари)\w*\W*$|tags?\b|topics\b|filed\ u|schlagw
    |themen\b|etiquetas\b|mots-|теги\b|(?:source|quelle|fuente|fonte|источник)\s?:
    |loading\W*$|please\ e|skip\ to|back\ to|most\ |trending|top\ s|breaking\ n|live\W*$
    |meistgelesen|zum\ s|lo\ m|les\ p|(?:watch|video)\s?:
    """
)
"""The words `_NOISE_LINE`'s alternatives begin with (a cheap first test: most lines start
otherwise); common first words are tested with the word after them (``most read``)."""

_NOISE_ANYWHERE_LINE: Final = re.compile(
    r"""(?ix)
    ^(?:
        .{0,60}(?:getty\ images|shutterstock|picture[\ -]alliance|imago\ images)[^\w.]*
      | .{1,60}/\ ?(?:reuters|afp|ap|dpa|epa|efe|tass|xinhua|anadolu)[^\w.]*  # "Jane Roe/AFP"
      | .{0,60}\b(?:cookies?|cookie-einstellungen)\b.{0,160}
      | .{0,80}(?:all\ rights\ reserved|alle\ rechte\ vorbehalten|все\ права\ защищены)\W*
    )$""",
)
"""Page junk recognised by words anywhere in it (credits of picture agencies, cookie notes,
copyright lines)."""
_NOISE_ANYWHERE: Final = (
    "cookie",
    "rights reserved",
    "rechte vorbehalten",
    "права защищены",
    "getty images",
    "shutterstock",
    "picture",
    "imago images",
)
"""What the alternatives of `_NOISE_ANYWHERE_LINE` contain (but an agency after a slash, which
`_agency_at_end` tests)."""
_NOISE_WORD: Final = re.compile("|".join(_NOISE_ANYWHERE))
_AGENCY_TAIL: Final = 16
"""Characters: ``/ Anadolu`` and trailing punctuation fit in this many at the end of a line."""


def _agency_at_end(low: str) -> bool:
    """Whether a slash ends the line but for a word (``… Jane Roe/Reuters``): a cheap test."""
    return "/" in low[-_AGENCY_TAIL:]


_SHARE_STRIP: Final = "|·•,/"
_CAPTION_WORDS: Final = ("photo", "foto", "bild", "image", "picture", "фото", "صورة", "caption")
"""One of these is in every caption `_CAPTION` recognises."""
_CAPTION_WORD: Final = re.compile("|".join(_CAPTION_WORDS))
_CAPTION_OR_NOISE_WORDS: Final = _CAPTION_WORDS + tuple(
    w for w in _NOISE_ANYWHERE if not any(v in w for v in _CAPTION_WORDS)
)
"""Both lists, but for the noise words that hold a caption word (``getty images`` holds
``image``): each is one more substring search per line."""


def _has_caption_or_noise_word(low: str) -> bool:
    """Whether the lower-cased ``low`` holds one of `_CAPTION_OR_NOISE_WORDS` (a loop of
    ``in`` tests: faster than a regex alternation whose first letters are common ones)."""
    for word in _CAPTION_OR_NOISE_WORDS:  # (a loop: any() and a generator cost more)
        if word in low:
            return True
    return _agency_at_end(low)


READ_MORE_LABEL_MAX: Final = 40
"""Characters: the longest label alone (``Lesen Sie auch:``, ``More on this story``) fits."""


def read_more_label(line: str) -> bool:
    """Whether ``line`` is only the label of a link to another article (``Mehr zum Thema``,
    ``Related articles``): the headline on the line after it is that link."""
    return len(line) <= READ_MORE_LABEL_MAX and _READ_MORE_LABEL.match(line) is not None


def noise_by_pattern(line: str) -> Aside | None:
    """Page junk recognised by its own text: credits, follow-us lines, cookie notes, footers,
    read-time fragments, advertising labels, share-button rows."""
    if len(line) <= 240:
        if _NOISE_START.match(line) is not None and _NOISE_LINE.match(line):
            return _NOISE_PATTERN
        low = line.lower()
        if (_NOISE_WORD.search(low) or _agency_at_end(low)) and _NOISE_ANYWHERE_LINE.match(line):
            return _NOISE_PATTERN
    count = 0
    for w in line.split():
        word = w.strip(_SHARE_STRIP)
        if not word:
            continue
        low = word.lower()
        if low in _SHARE_CONNECTORS:
            continue  # "Share on Facebook Share on X": counted only with a share word
        if low not in _SHARE_WORDS:
            return None
        count += 1
        if count > 8:
            return None
    return _SHARE_BUTTONS if count else None


_BULLET_FIRST: Final = frozenset("•·▪►▶■□◆◇✓✔➤*0123456789")


_ASIDE_START: Final = lazy(
    globals(),
    "_ASIDE_START",
    _NOISE_START.pattern + r"|[•·▪►▶■□◆◇✓✔➤*]|.\)|by|von|por|par|di|door|av|af|от|автор|بقلم",
)
"""What a set-aside line may start with: `_NOISE_START`'s words, a bullet or an item letter
(`list_item`; item numbers start with a digit, as `_NOISE_START` allows), a byline's first word
(`byline`).  Case-insensitive like `_NOISE_START` and `_BYLINE`."""

SHORT_ASIDE: Final = 90
"""Characters: bylines, headings and tags are no longer than this (`byline`, `heading_shape`,
`tag_word`), so a longer line needs fewer tests (`cannot_be_aside`), and an unfinished line
longer than this is running text (the repair and its model read it so)."""

LINK_LINE_WORDS: Final = 6
"""Words: a link's text is short; longer lines between fragments are running text."""

NOISE_HINT: Final = 1
"""`aside_hints`: `noise_by_pattern` may match."""
ITEM_HINT: Final = 2
"""`aside_hints`: `list_item` or `byline` may match."""
CAPTION_HINT: Final = 4
"""`aside_hints`: `caption` may match."""
SHAPE_HINT: Final = 8
"""`aside_hints`: `heading_shape`, `tag_word` or `is_read_time_number` may match."""
ANY_HINT: Final = NOISE_HINT | ITEM_HINT | CAPTION_HINT | SHAPE_HINT

_NOT_HEADING_END: Final = ".,;:。，；：、-–—"
"""A line ending in one of these is no heading (`heading_shape`), tested before calling it."""


def aside_hints(line: str) -> int:
    """Which set-aside tests may match the stripped, non-empty ``line``, as ``*_HINT`` bits:
    0 when none can, whatever the context (most lines); the tests not hinted need not run.

    Each hint comes from a cheap test that matches whatever its tests match (a superset: the
    same start words, case-insensitively; the same caption and noise words)."""
    if len(line) > SHORT_ASIDE:
        return 0 if cannot_be_aside(line) else ANY_HINT
    hints = 0
    if _ASIDE_START.match(line) is not None:
        hints = NOISE_HINT | ITEM_HINT
    if _has_caption_or_noise_word(line.lower()):
        hints |= NOISE_HINT | CAPTION_HINT
    if not hints & NOISE_HINT:
        first = line.split(None, 1)[0].strip(_SHARE_STRIP)
        if not first or first.lower() in _SHARE_WORDS:
            hints |= NOISE_HINT  # share buttons?
    if (
        (line[-1] not in _NOT_HEADING_END and heading_shape(line))
        or (len(line) <= 30 and tag_word(line))
        or (len(line) <= 3 and line.isdigit())
    ):
        hints |= SHAPE_HINT
    return hints


def cannot_be_aside(line: str) -> bool:
    """A fast test for a line longer than 90 characters: True when no set-aside shape can match
    it (`noise_by_pattern`, `list_item`, `caption`; bylines, headings and tags are shorter)."""
    if line[0] in _BULLET_FIRST or line[1:2] == ")":
        return False  # a list item?
    sp = line.find(" ")
    first = (line if sp < 0 else line[:sp]).strip(_SHARE_STRIP)
    if not first or first.lower() in _SHARE_WORDS:
        return False  # share buttons?
    if len(line) > 300:
        return True
    if len(line) <= 240 and _NOISE_START.match(line) is not None:
        return False
    return not _has_caption_or_noise_word(line.lower())


def is_read_time_number(line: str, following: str) -> bool:
    """The ``2`` of a ``2`` / ``min`` read-time fragment pair."""
    return line.isdigit() and len(line) <= 3 and noise_by_pattern(following) is not None


_BULLET: Final = re.compile(r"^(?:[•·▪►▶■□◆◇✓✔➤*]\s*|\d{1,3}[)]\s+|[a-z][)]\s+)")
"""A bullet or an item number (``2)`` / ``a)``) followed by text.  ``1.`` is left out: German
writes dates that way (``am 1. November``), and a numbered item is kept apart anyway by the
sentence end before it."""


def list_item(line: str) -> Aside | None:
    """A bulleted or numbered line stays a block of its own."""
    if _BULLET.match(line) and len(line) > 2:
        return _LIST_MARKER
    return None


_BYLINE: Final = re.compile(
    r"^(?:by|von|por|par|di|door|av|af|от|автор:?|بقلم)\s+[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){0,4}"
    r"(?:\s*(?:,|and|und|y|et|и|/|\|)\s*[^\W\d_][\w.'’ -]{1,40})?$",
    re.IGNORECASE,
)


def byline(line: str) -> Aside | None:
    """``By Jane Doe``, ``Von Max Muster``: a short author line."""
    if len(line) > 80 or (ends_sentence(line) and not line.endswith(".")):
        return None
    if line[0].islower():
        return None  # "por el Tribunal …", "by the committee": a sentence going on
    m = _BYLINE.match(line)
    if not m:
        return None
    names = line.split()[1:]
    # the author's name is capitalised in every cased script (Arabic has no case: accept), its
    # first word too ("By the end of May" is no byline)
    if letter_case(names[0][0]) not in ("upper", "uncased"):
        return None
    if all(
        letter_case(w[0]) in ("upper", "uncased") for w in names if w[0].isalpha() and len(w) > 3
    ):
        return _BYLINE_SHAPE
    return None


_CAPTION: Final = re.compile(
    r"(?i)(?:\((?:photo|foto|bild|image|picture|фото|صورة)\s*:?[^()]{0,60}\)"
    r"|(?:photo(?:graph(?:ie)?)?|foto(?:grafie|grafía)?|bild|image|фото)\s*:\s*[^.]{2,60}"
    r"|\|\s*(?:photo|foto|bild)\b.{0,60})\W*$"
)


_CAPTION_LABEL: Final = re.compile(r"(?i)(?:image|media|photo|video)\s+caption\b")
"""``Image caption, …``: a caption that says it is one."""


def caption(line: str) -> Aside | None:
    """A picture caption: text ending in a credit (``… (Photo: Agency)``), or labelled as one
    (``Image caption, …``)."""
    if len(line) > 300:
        return None
    if _CAPTION_WORD.search(line.lower()) is None:
        return None
    if _CAPTION_LABEL.match(line) or (_CAPTION.search(line) and word_count(line) > 3):
        return _CAPTION_CREDIT
    return None


_INNER_SENTENCE_END: Final = re.compile(r"[.!?][\"'”’»)]?\s+[\"'“„«(]?[^\W\d_]")
"""A sentence end followed by another sentence inside the line."""


def has_inner_sentence(line: str) -> bool:
    """Whether ``line`` holds more than one sentence (headings hold one)."""
    return _INNER_SENTENCE_END.search(line) is not None


def heading_like(line: str) -> bool:
    """An unfinished line that could be a heading: one sentence, not ending in a comma or an
    opener, not ending in a function word."""
    return (
        len(line) <= 120
        and not has_inner_sentence(line)
        and line[-1] not in ",;-–—"
        and line[-1] not in OPENERS
        and not ends_with_function_word(line)
    )


def continues(text: str) -> bool:
    """Whether ``text`` starts like the continuation of a sentence: a lower-case letter, closing
    punctuation, or a dash or bracket followed by a lower-case letter."""
    if not text:
        return False
    first = text[0]
    if letter_case(first) == "lower":
        return True
    if first in CLOSERS and not text.startswith(("...", "…")):
        return True
    if first == "-" and text[1:2].isalpha():
        return True  # "-Messungen", "-Story": the second half of a compound cut by a link
    if first in PARTICLE_STARTS:
        return True  # a Japanese particle attaches to the word before it: "は盛岡と…"
    return (first in DASHES or first in "([") and letter_case(first_letter(text)) == "lower"


PARTICLE_STARTS: Final = frozenset("のにをはがとでへも")
"""Japanese particles (and も, "also"): a sentence never starts with one, so a line that does
continues the line before, as a lower-case word does in cased scripts."""


HEADING_MAX_UNCASED: Final = 50
"""Characters: without case, only shortness tells a heading from a sentence cut at a link."""


def heading_shape(line: str) -> bool:
    """Short, no sentence-final full stop or comma, at least one word starting a capital or an
    uncased letter: what a heading looks like (the context decides whether it is one)."""
    if not line or len(line) > 90:
        return False
    # the last character first: most lines end in a full stop or a comma
    last = line.rstrip("\"'”’»)")[-1:]
    if last in ".,;:。，；：、" or last in DASHES or line[-1] in OPENERS:
        return False
    if word_count(line) > 12:
        return False
    if line.count('"') % 2 or line.count("«") > line.count("»"):
        return False  # a quotation left open: the sentence goes on (headings close theirs)
    case = letter_case(first_letter(line))
    if case == "uncased" and (len(line) > HEADING_MAX_UNCASED or len(line) == 1):
        return False  # (one character alone heads nothing: "据" / "新华社" / "报道，…")
    return case in ("upper", "uncased", "other") and any(ch.isalpha() for ch in line)


def tag_word(line: str) -> bool:
    """A single lower-case word (a tag of a tag list) or a ``#hashtag``."""
    return (
        0 < len(line) <= 30
        and " " not in line
        and (line.startswith("#") or (line.isalpha() and line.islower()))
    )


_GLUE: Final = re.compile(r"(?<=[\w”»)])([.!?…]+[\"'”’»)]?)(?=[^\W\d_])")
"""A sentence end directly followed by a letter: where glued paragraphs meet (the candidates are
checked by `glued_split_column`; the pattern is linear: no nested quantifiers).  The stop may
follow a closing quote or bracket, as French, Russian and British usage put it (``«Нет».Потом``)."""

ABBREVIATIONS: Final = _words(
    # titles, company forms, street and date abbreviations that a capitalised word may follow
    "st mr mrs ms dr prof gen col sgt lt capt jr sr no nr vs etc co corp inc ltd str bzw"
    " ca vgl sen rep gov dept univ mt ft ave blvd jan feb mar apr jun jul aug sep sept oct nov"
    " dec art abs hl sra sta dña ул г им тов"
)


_GLUE_HINT: Final = re.compile(r"[.!?…][\"'”’»)]?[^\W\d_]")
"""`_GLUE` without its look-behind: a fast first test (most lines have no candidate)."""


def may_be_glued(texts: Sequence[str]) -> list[int]:
    """The indices of the lines `glued_split_column` may split (one regex search each: most
    lines have no sentence end glued to a letter)."""
    hint = _GLUE_HINT.search
    return [i for i, text in enumerate(texts) if hint(text) is not None]


def glued_split_column(line: str, start: int) -> int:
    """0-based index in ``line`` where a glued second paragraph starts, searching from ``start``;
    -1 if none.  Look-alikes are refused: ``U.S.``, ``St.Petersburg``, ``site.com``, ``3.5``,
    ``.NET``, ``e.g.``, initials, URLs and e-mail addresses."""
    if _GLUE_HINT.search(line, start) is None:
        return -1
    for m in _GLUE.finditer(line, start):
        after = m.end()
        nxt = line[after : after + 2]
        # the next word must look like a sentence start: a capital then a lower-case letter
        if len(nxt) < 2 or not nxt[0].isupper() or not nxt[1].islower():
            continue
        token_start = line.rfind(" ", 0, m.start()) + 1
        token = line[token_start : m.start()]
        if _looks_like_name_or_address(token, line, after):
            continue
        if m.group(1)[0] != "." or any(ch in m.group(1) for ch in "\"'”’»)"):
            return after
        bare = token.lstrip("\"'“«(")
        word = bare.rstrip("”»)")
        if word != bare:
            return after  # a stop after a closing quote or bracket ends a sentence, no abbreviation
        letters = sum(ch.isalpha() for ch in word)
        if word.isdigit() and len(word) >= 2:
            return after  # "in 2022.Experts"
        if letters < 2 or word.lower() in ABBREVIATIONS:
            continue  # initials ("J.Smith") and abbreviations ("St.Petersburg")
        if word[:1].isupper() and len(word) <= 3:
            continue  # short capitalised abbreviations not in the list ("Gov.", "Abg.")
        if not word[-1:].islower():
            continue  # "ASP.NET", "U.S"
        return after
    return -1


_TITLE_CASE_TLDS: Final = _words("com net org info gov edu biz ru uk fr ch nl pl cz ua tv")
"""Top-level domains that a capitalised name before them makes a domain (``Booking.Com``,
``Example.Org``) rather than a sentence glued to a paragraph.  Those that are words starting
sentences are left out: ``de`` (Spanish), ``eu`` (Portuguese), ``io`` (Italian), ``at``,
``it``, ``es``, ``no``."""


def _looks_like_name_or_address(token: str, line: str, after: int) -> bool:
    """URLs, e-mail addresses, dotted identifiers, capitalised domains and abbreviations with
    inner dots."""
    rest_end = line.find(" ", after)
    rest = line[after : rest_end if rest_end >= 0 else len(line)]
    whole = token + "." + rest
    return (
        "." in token
        or "/" in whole
        or "@" in whole
        or "www" in whole.lower()
        or "://" in whole
        or any(ch.isdigit() for ch in rest)
        or (token[:1].isupper() and rest.rstrip(",;:!?)\"'”’»").lower() in _TITLE_CASE_TLDS)
    )


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
