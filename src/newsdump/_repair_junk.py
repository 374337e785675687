"""Page junk, list items, bylines, captions and headings, recognised by a line's own text.

Each test looks at one line and answers with the `Aside` of the rule that matched (its name in
`_repair_registry.RULES`) or None; whether the line is set aside also depends on its neighbours,
which ``_repair_aside.py`` weighs.  `aside_hints` says cheaply which tests may match at all.
"""

from __future__ import annotations

import re
from typing import Final

from . import _text as tx
from ._lazyre import lazy
from ._repair_registry import RULES
from ._repair_rules import Aside
from ._text import DASHES, OPENERS, ends_sentence, first_letter, letter_case, word_count

_words = tx.words

# Set-aside decisions are immutable: one object each serves every line.
_SHARE_BUTTONS: Final = RULES["noise:share-buttons"].aside
_LIST_MARKER: Final = RULES["list-marker"].aside
_BYLINE_SHAPE: Final = RULES["byline-shape"].aside
_CAPTION_CREDIT: Final = RULES["caption-credit"].aside

_SHARE_WORDS: Final = _words(
    "share tweet facebook twitter x whatsapp telegram linkedin pinterest reddit email e-mail"
    " mail print drucken teilen teilen: compartir partager vk ok copy link kopieren messenger"
    " flipboard xing threads bluesky mastodon"
)
_SHARE_INITIALS: Final = frozenset(w[0] for w in _SHARE_WORDS)
"""What a share word starts with: a line starting otherwise starts with no share word."""
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
        (?P<copyright>©.{0,120})                   # photo credit / copyright
      | (?P<credit>(?:photo|foto|image|bild|fotó|фото|credit|photograph|picture)s?\s*:.{0,80})
      | (?P<reporting_credit>(?:(?:additional\ )?reporting|writing)\ by\ (?-i:[A-Z]).{1,150}[;,]
            \ ?(?:editing|edited)\ by\ .{1,80}        # "Reporting by …; Editing by …"
        | editing\ by\ (?-i:[A-Z])[^.]{1,60})
      | (?P<follow_us>(?:follow|folgen\ sie|síguenos|suivez|подписывайтесь|abonnieren)\b.{0,60}
            (?:telegram|twitter|facebook|instagram|whatsapp|youtube|tiktok|x|vk|newsletter|
               google\ news|канал\w*)\W*)
      | (?P<rights_reserved>(?:all\ rights\ reserved|alle\ rechte\ vorbehalten|todos\ los\ derechos
            \ reservados|tous\ droits\ réservés|все\ права\ защищены).{0,80})
      | (?P<read_time>(?:\d{1,3}\s*)?(?:min|mins|min\.|minutes?|minuten|minutos|мин\.?)
            (?:\s+(?:read|lesezeit|de\ lectura|чтения))?\W*  # read-time fragment
        | (?:lesezeit|read\ time|reading\ time|tiempo\ de\ lectura)\W*\d{0,3}.{0,12})
      | (?P<advertisement>(?:advertisement|anzeige|werbung|publicidad|publicité|реклама)\W*)
      | (?P<read_more>"""
    + _READ_MORE
    + r"""
            (?:\W*|\s?:.{1,120}))                        # a link to another article
      | (?P<advertisement_>story\ continues\ (?:below|after)\ (?:the\ |this\ )?
            (?:advertisement|ad)\W*)
      | (?P<subscribe>(?:sign\ up|subscribe|click\ here|jetzt\ abonnieren|abonnez-vous
            |suscr[ií]bete)\b
            .{0,60})                                       # newsletter and paywall prompts
      | (?P<listen>(?:listen\ to\ this\ (?:article|story)|artikel\ anhören|écouter\ cet\ article
            |escuchar\ (?:este\ )?artículo).{0,20})
      | (?P<comments>(?:\d{1,5}\ )?(?:comments?|kommentare?|commentaires?|comentarios?
            |комментари\w*)\W*)
      | (?P<tags>(?:tags?|topics|filed\ under|schlagw(?:ö|oe)rter|schlagworte|themen|etiquetas
            |mots-clés
            |теги)(?:\s?:.{0,200}|\W*))                     # tag and topic lists
      | (?P<source>(?:source|quelle|fuente|fonte|источник)\s?:\s?[^.]{1,60})     # a source credit
      | (?P<page_chrome>(?:loading|please\ enable\ javascript|skip\ to\ (?:main\ )?content
            |back\ to\ top
            |most\ (?:read|popular|viewed)|trending(?:\ now)?|top\ stories|breaking\ news|live
            |meistgelesen|zum\ seitenanfang|lo\ más\ leído|les\ plus\ lus)\W*)   # page chrome
      | (?P<video>(?:watch|video)\s?[:|].{0,100})                       # a link to a video
      | (?P<share_label>(?:share|teilen|compartir|partager|поделиться)     # a share button's label
            (?:\ (?:this|on|auf|en|sur|via|в|den|el|l'|this\ article|artikel|artículo|article))*
            (?:\ (?:with\ )?(?:facebook|twitter|x|whatsapp|telegram|linkedin|e-?mail|vk))?\W*)
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
    |meistgelesen|zum\ s|lo\ m|les\ p|(?:watch|video)\s?[:|]
    """
)
"""The words `_NOISE_LINE`'s alternatives begin with (a cheap first test: most lines start
otherwise); common first words are tested with the word after them (``most read``)."""

_NOISE_ANYWHERE_LINE: Final = re.compile(
    r"""(?ix)
    ^(?:
        (?P<photo_agency>.{0,60}(?:getty\ images|shutterstock|picture[\ -]alliance
            |imago\ images)[^\w.]*)
      | (?P<agency_credit>.{1,60}/\ ?(?:reuters|afp|ap|dpa|epa|efe|tass|xinhua|anadolu)[^\w.]*)
      | (?P<cookies>.{0,60}\b(?:cookies?|cookie-einstellungen)\b.{0,160})
      | (?P<rights_reserved>.{0,80}(?:all\ rights\ reserved|alle\ rechte\ vorbehalten
            |все\ права\ защищены)\W*)
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
    """Whether the lower-cased ``low`` holds one of `_CAPTION_OR_NOISE_WORDS` (``in`` tests
    written out: a regex alternation whose first letters are common ones, a loop, or any()
    cost more; tests/test_fast_aside.py holds the words here to that list)."""
    return (
        "photo" in low
        or "foto" in low
        or "bild" in low
        or "image" in low
        or "picture" in low
        or "фото" in low
        or "صورة" in low
        or "caption" in low
        or "cookie" in low
        or "rights reserved" in low
        or "rechte vorbehalten" in low
        or "права защищены" in low
        or "shutterstock" in low
        or "/" in low[-_AGENCY_TAIL:]  # `_agency_at_end`
    )


READ_MORE_LABEL_MAX: Final = 40
"""Characters: the longest label alone (``Lesen Sie auch:``, ``More on this story``) fits."""


def read_more_label(line: str) -> bool:
    """Whether ``line`` is only the label of a link to another article (``Mehr zum Thema``,
    ``Related articles``): the headline on the line after it is that link."""
    return len(line) <= READ_MORE_LABEL_MAX and _READ_MORE_LABEL.match(line) is not None


_NOISE_BY_GROUP: Final = {
    group: RULES["noise:" + group.rstrip("_").replace("_", "-")].aside
    for pattern in (_NOISE_LINE, _NOISE_ANYWHERE_LINE)
    for group in pattern.groupindex
}
"""The rule of each named alternative of the two patterns (``read_more`` → ``noise:read-more``;
a trailing ``_`` lets two alternatives share a rule)."""


def noise_by_pattern(line: str, low: str | None = None) -> Aside | None:
    """Page junk recognised by its own text: credits, follow-us lines, cookie notes, footers,
    read-time fragments, advertising labels, share-button rows.  ``low``: ``line.lower()``,
    when the caller has it."""
    if len(line) <= 240:
        m = (
            _NOISE_LINE.match(line)
            if may_start_aside(line) and _NOISE_START.match(line) is not None
            else None
        )
        if m is None:
            if low is None:
                low = line.lower()
            if _NOISE_WORD.search(low) or _agency_at_end(low):
                m = _NOISE_ANYWHERE_LINE.match(line)
        if m is not None:
            return _NOISE_BY_GROUP[m.lastgroup or ""]
    count = 0
    for w in line.split():
        word = w.strip(_SHARE_STRIP)
        if not word:
            continue
        w_low = word.lower()
        if w_low in _SHARE_CONNECTORS:
            continue  # "Share on Facebook Share on X": counted only with a share word
        if w_low not in _SHARE_WORDS:
            return None
        count += 1
        if count > 8:
            return None
    return _SHARE_BUTTONS if count else None


_BULLET_FIRST: Final = frozenset("•·▪►▶■□◆◇✓✔➤*0123456789")


_ASIDE_START_SOURCE: Final = (
    _NOISE_START.pattern + r"|[•·▪►▶■□◆◇✓✔➤*]|.\)|by|von|por|par|di|door|av|af|от|автор|بقلم"
)
_ASIDE_START: Final = lazy(globals(), "_ASIDE_START", _ASIDE_START_SOURCE)
"""What a set-aside line may start with: `_NOISE_START`'s words, a bullet or an item letter
(`list_item`; item numbers start with a digit, as `_NOISE_START` allows), a byline's first word
(`byline`).  Case-insensitive like `_NOISE_START` and `_BYLINE`."""

_START_KEYS: Final = _words(
    "abo add adv all anz art bac bil bre cli com cre czy doo edi esc eti fil fol fon fot fue"
    " ima jet kom lea lee leg lei les lir lis liv loa läs læs meh mei min mor mos mot par pho"
    " pic ple por pub que rea rel rep sch see sha sig ski sou sto sub sui sus síg tag tei the"
    " tie tod top tou tre vid von wat wei wer wri zum éco авт все ист ком мин под рек тег фот"
    " чит بقل af av by di от"
) | {"en ", "lo "}
"""The first three letters (two for the two-letter words) of every word `_ASIDE_START`'s
alternatives start with, lower-cased (tests/test_fast_aside.py derives them from the pattern)."""
_ASIDE_START_LOW: Final = lazy(
    globals(), "_ASIDE_START_LOW", _ASIDE_START_SOURCE.replace("(?ix)", "(?x)", 1)
)
"""`_ASIDE_START` without IGNORECASE, matched against an ASCII line's lower case instead: the
same answer (its letters are all lower-case and none folds to an ASCII letter), in about half
the time of `may_start_aside` and the full pattern (the regex engine skips an alternative on its
first character only when case-sensitive; tests/test_fast_s11_hints.py checks both)."""
_START_ALONE: Final = frozenset("©•·▪►▶■□◆◇✓✔➤*")
"""What starts an alternative of `_ASIDE_START` without a word: the copyright sign, a bullet."""
_START_ASCII: Final = frozenset("*0123456789")
"""The ASCII ones among `_START_ALONE` and the digits."""
_ODD_FOLDS: Final = frozenset("İıſᲀᲁᲂᲃᲄᲅᲆᲇ")
"""Letters that a case-insensitive pattern matches to one of the keys' letters but that
`str.lower` maps elsewhere (``ſ`` matches ``s``): a line starting with one is tested in full."""


def may_start_aside(line: str) -> bool:
    """A fast test that is True wherever `_ASIDE_START` (and so `_NOISE_START`) matches the
    non-empty ``line``: its first two or three letters, lower-cased, start one of its words, or
    it starts with a sign, a bullet, a digit or an item letter (``a)``).  Most lines start
    otherwise, and the pattern, 100 alternatives tried one by one, costs ten times more."""
    head = line[:3]
    if head.isascii():  # (most lines: one lower-casing, no odd letters)
        low = head.lower()
        return (
            low in _START_KEYS
            or low[:2] in _START_KEYS
            or low[:1] in _START_ASCII
            or low[1:2] == ")"
        )
    return (
        head.lower() in _START_KEYS
        or head[:2].lower() in _START_KEYS
        or line[:1] in _START_ALONE
        or line[:1].isdecimal()
        or line[1:2] == ")"
        or any(ch in _ODD_FOLDS for ch in head)
    )


SHORT_ASIDE: Final = 90
"""Characters: bylines, headings and tags are no longer than this (`byline`, `heading_shape`,
`tag_word`), so a longer line needs fewer tests (`cannot_be_aside`), and an unfinished line
longer than this is running text (the repair and its model read it so)."""


NOISE_HINT: Final = 1
"""`aside_hints`: `noise_by_pattern` may match."""
ITEM_HINT: Final = 2
"""`aside_hints`: `list_item` or `byline` may match."""
CAPTION_HINT: Final = 4
"""`aside_hints`: `caption` may match."""
SHAPE_HINT: Final = 8
"""`aside_hints`: `heading_shape`, `tag_word` or `is_read_time_number` may match."""
ANY_HINT: Final = NOISE_HINT | ITEM_HINT | CAPTION_HINT | SHAPE_HINT
"""`aside_hints` of a long line that may be set aside (`HEADING_HINT` aside: no heading is
that long)."""
HEADING_HINT: Final = 16
"""`aside_hints`: `heading_shape` matches (not a "may": its answer, so that the set-aside
stages read it instead of testing the shape again)."""

_NOT_HEADING_END: Final = ".,;:。，；：、،؛-–—"
"""A line ending in one of these is no heading (`heading_shape`), tested before calling it."""


def aside_hints(line: str, low: str) -> int:
    """Which set-aside tests may match the stripped, non-empty ``line`` (``low``: its
    ``lower()``, made once a record by the walk; not read for a line over 300 characters), as
    ``*_HINT`` bits: 0 when none can, whatever the context (most lines); the tests not hinted
    need not run.  `HEADING_HINT` is set exactly when `heading_shape` matches.

    Each hint comes from a cheap test that matches whatever its tests match (a superset: the
    same start words, case-insensitively; the same caption and noise words)."""
    if len(line) > SHORT_ASIDE:
        return 0 if cannot_be_aside(line, low) else ANY_HINT
    hints = 0
    if (
        _ASIDE_START_LOW.match(low) is not None
        if line.isascii()  # (``low`` is its lower case, character for character)
        else may_start_aside(line) and _ASIDE_START.match(line) is not None
    ):
        hints = NOISE_HINT | ITEM_HINT
    if _has_caption_or_noise_word(low):
        hints |= NOISE_HINT | CAPTION_HINT
    # (``low[:1]`` is ``line[0].lower()[:1]``: nothing comes before the first letter to change
    # how it lowers)
    if not hints & NOISE_HINT and (
        low[:1] in _SHARE_INITIALS or line[0] in _SHARE_STRIP or line[0].isspace()
    ):
        first = line.split(None, 1)[0].strip(_SHARE_STRIP)
        if not first or first.lower() in _SHARE_WORDS:
            hints |= NOISE_HINT  # share buttons?
    if line[-1] not in _NOT_HEADING_END and heading_shape(line):
        hints |= SHAPE_HINT | HEADING_HINT
    elif (len(line) <= 30 and tag_word(line)) or (len(line) <= 3 and line.isdigit()):
        hints |= SHAPE_HINT
    return hints


def cannot_be_aside(line: str, low: str) -> bool:
    """A fast test for a line longer than 90 characters (``low``: its ``lower()``, not read over
    300 characters): True when no set-aside shape can match it (`noise_by_pattern`,
    `list_item`, `caption`; bylines, headings and tags are shorter)."""
    if line[0] in _BULLET_FIRST or line[1:2] == ")":
        return False  # a list item?
    sp = line.find(" ")
    first = (line if sp < 0 else line[:sp]).strip(_SHARE_STRIP)
    if not first or first.lower() in _SHARE_WORDS:
        return False  # share buttons?
    if len(line) > 300:
        return True
    if len(line) <= 240 and may_start_aside(line) and _NOISE_START.match(line) is not None:
        return False
    return not _has_caption_or_noise_word(low)


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
    rf"^(?:{tx.BYLINE_OPENERS})\s+[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){{0,4}}"
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


def caption(line: str, low: str | None = None) -> Aside | None:
    """A picture caption: text ending in a credit (``… (Photo: Agency)``), or labelled as one
    (``Image caption, …``).  ``low``: ``line.lower()``, when the caller has it."""
    if len(line) > 300:
        return None
    if _CAPTION_WORD.search(line.lower() if low is None else low) is None:
        return None
    if _CAPTION_LABEL.match(line) or (_CAPTION.search(line) and word_count(line) > 3):
        return _CAPTION_CREDIT
    return None


HEADING_MAX_UNCASED: Final = 50
"""Characters: without case, only shortness tells a heading from a sentence cut at a link."""


def heading_shape(line: str) -> bool:
    """Short, no sentence-final full stop or comma, at least one word starting a capital or an
    uncased letter: what a heading looks like (the context decides whether it is one)."""
    if not line or len(line) > 90:
        return False
    # the last character first: most lines end in a full stop or a comma
    last = line.rstrip("\"'”’»)")[-1:]
    if last in ".,;:。，；：、،؛" or last in DASHES or line[-1] in OPENERS:
        return False
    if word_count(line) > 12:
        return False
    if line.count('"') % 2 or line.count("«") > line.count("»"):
        return False  # a quotation left open: the sentence goes on (headings close theirs)
    first = first_letter(line)
    case = letter_case(first)
    if case == "uncased" and (len(line) > HEADING_MAX_UNCASED or len(line) == 1):
        return False  # (one character alone heads nothing: "据" / "新华社" / "报道，…")
    # (a letter first, as in most headings, is the letter looked for)
    return case in ("upper", "uncased", "other") and (
        first.isalpha() or any(ch.isalpha() for ch in line)
    )


def tag_word(line: str) -> bool:
    """A single lower-case word (a tag of a tag list) or a ``#hashtag``."""
    return (
        0 < len(line) <= 30
        and " " not in line
        and (line.startswith("#") or (line.isalpha() and line.islower()))
    )
