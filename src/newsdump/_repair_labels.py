"""Page junk inside the article, recognised by the whole line's words (issue #19).

Labels a page puts between paragraphs: advertising and continuation labels, photo credits and
caption credits, "read also" teasers, the chrome of an embedded post, agency credit lines,
relative times, share rows, navigation words, a player's or a gallery's controls and paywall
notices.  Each named alternative of `_LABEL_LINE` is a
rule ``noise:NAME`` in `_repair_registry.RULES`; the word lists are data (`_repair_label_words`),
and every pattern must match the *whole* line, so that a sentence which merely names a network
or an agency ("Follow the mayor on Facebook, Twitter and Instagram.") is never set aside.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from . import _repair_label_words as lw
from . import _text as tx
from ._lazyre import lazy
from ._repair_boxes import BOX_RULES, box_asides
from ._repair_captions import (
    CAPTION_RULES,
    DOUBLED,
    DOUBLED_LEN,
    PHOTO_BY,
    doubled,
    photo_by,
    repeat_asides,
)
from ._repair_context import LOWERED_MAX, LineFacts
from ._repair_credits import other_credit
from ._repair_inside import (
    INSIDE_RULES,
    SLASH_CREDIT,
    inside_asides,
    slash_credit,
    teaser_headlines,
)
from ._repair_refrain import REFRAIN, links_cut, refrain_asides
from ._repair_registry import RULES
from ._repair_rules import Aside

__all__ = ["LABEL_MAX", "LABEL_RULES", "caption_asides", "label_aside", "label_asides"]

LABEL_MAX: Final = 160
"""Characters: every label, credit and teaser line this module knows fits (longer lines are
running text or a caption sentence, left to the other rules)."""


_LABEL_SOURCE: Final = rf"""(?ix)^[^\w(]*(?:
        (?P<ad_label>(?:{lw.AD_WORDS})(?:\s*\d{{1,2}}|\s?[·•|–—-]\s?(?:{lw.AD_CONTINUES}))?
          |(?:{lw.AD_CONTINUES})\b.{{0,40}})
      | (?P<read_also>(?:{lw.READ_ALSO})\b(?:\W{{0,3}}|\s?[:|»›>-]\s?.{{1,140}}))
      | (?P<caption>
            \(\s?(?:{lw.PICTURE_AGENCIES}|(?:{lw.CREDIT_WORDS})\s?:[^)]{{1,60}})[^)]{{0,40}}\)
                                                                 # (Getty Images)
          | (?:{lw.CREDIT_WORDS})\s(?:credits?|courtesy|copyright|by|von|de|par)\b\s?:?.{{1,100}}
          | (?:{lw.CREDIT_WORDS})\s(?:{lw.PICTURE_AGENCIES})                # Photo iStock
          | (?:{lw.CREDIT_WORDS})\s?[:©]\s?.{{1,100}}              # Photo: …, Bild: …
        )
      | (?P<embed>(?:{lw.EMBED})\b.{{0,80}} | (?:{lw.EMBED_GATE})
          | [—-]\s.{{1,60}}\(@\w{{1,30}}\)\s.{{0,30}}\d{{4}})    # — Name (@handle) Month d, yyyy
      | (?P<agency_line>\(?(?:{lw.AGENCIES})(?:\s?/\s?(?:{lw.AGENCIES}|\w{{2,12}}))*\)?
          | (?:mit\ material\ von|with\ reporting\ (?:by|from)|avec|con\ información\ de)
            \s(?:{lw.AGENCIES})\b.{{0,60}})
      | (?P<relative_time>(?:(?:published|last\ updated|veröffentlicht|publiziert|publié
          |publicado|pubblicato)\s)?(?:vor|hace|il\ y\ a|updated|aktualisiert)?\s?
          (?:\d{{1,3}}|an?|one
          |einer?|una?|un|une)\s(?:{lw.UNITS})(?:\s(?:ago|her|zurück))?
          (?:(?<=ago)\s?\d{{1,2}}:\d{{2}}(?:\s[^\W\d_]\w+){{1,3}})?  # its time, its author
          # a stop ends a sentence after a word (in 2 weeks.), an abbreviation after min or hr
          (?:(?<=min)\.|(?<=mins)\.|(?<=hr)\.|(?<=hrs)\.|(?!\.)))
      | (?P<nav>(?:{lw.NAV}))
      | (?P<media>(?:{lw.MEDIA})(?:[\s-]*\(?\d{{1,3}}[^)]{{0,20}}\)?)?   # Bilderstrecke (16 Bilder)
          | \d{{1,2}}:\d{{2}}(?::\d{{2}})?\s?(?:min|mins|minuten|minutes|minutos)\.?  # 2:43 min
          | (?:duration|dauer|durée|duración|durata|duração)\s?:?\s?\d{{1,2}}:\d{{2}}(?::\d{{2}})?)
      | (?P<paywall>(?:{lw.PAYWALL}))
    )\W*$"""
_LABEL_LINE: Final = re.compile(_LABEL_SOURCE)
"""A label, credit or teaser line, each alternative a rule ``noise:NAME`` (``_`` → ``-``)."""
_ASCII_FOLDS: Final = str.maketrans("ıİſ\u212a", "iisk")  # (U+212A: the Kelvin sign)
"""Letters that a case-insensitive pattern matches to an ASCII letter (``ayrıca`` matches
``AYRICA``), each with the lower case of the ASCII letters it matches."""
_LABEL_LINE_LOW: Final = lazy(
    globals(), "_LABEL_LINE_LOW", "(?x)" + _LABEL_SOURCE[len("(?ix)") :].translate(_ASCII_FOLDS)
)
"""`_LABEL_LINE` without IGNORECASE, matched against an ASCII line's lower case instead: the
same answer (its letters are all lower-case but in comments and group names, and those that
fold to an ASCII letter are that letter here), in about three quarters of the time: the regex
engine skips an alternative on its first character only when case-sensitive
(tests/test_fast_s11b_labels.py checks both)."""

_CREDIT_AFTER_BAR: Final = re.compile(
    rf"(?i)^.{{1,100}}\s[|/·]\s*(?:{lw.CREDIT_WORDS})\s?:\s?.{{1,80}}$"
)
"""``Name | Photo: Agency``: a caption credit after a bar or a slash (tried only on lines that
hold one: the search for it is the costly part)."""

_CREDIT_AT_END: Final = re.compile(
    rf"""(?ix)(?:^|(?<=[\s.!?)\]”"»|—–-]))(?:
        ©\s?[^©]{{1,80}}                                           # … © Agency / Name
      | (?:(?P<source>{lw.SOURCE_LABELS})|{lw.CREDIT_LABELS})\s?:\s?      # … Foto: Name
            (?-i:[^\W\d_a-z]|\d)[^:]{{0,70}}
      | \((?:(?P<source_>{lw.SOURCE_LABELS})|{lw.CREDIT_LABELS})(?:\s(?:credits?|by))?\s?:
            [^()]{{1,70}}\)                                          # … (Foto: Name)
      | /\s?(?:{lw.CREDIT_AGENCIES})                                    # … HANDOUT / AFP
    )\W*$""",
)
"""A credit ending a line: the caption before it, whatever it says, is the photo's.  The credit
starts after a space or a sentence's end (``helfen.© …``), its name with a capital or a digit,
and holds no sentence (`CREDIT_WORDS`, `_SENTENCE_INSIDE`)."""
CREDIT_TAIL: Final = 100
"""Characters at a line's end searched for the credit: the longest credit (80 characters after
its label, as `_LABEL_LINE`'s) and its label fit."""
CREDIT_WORDS: Final = 8
"""Words: a credit names one to three people or agencies (``Jens Holm/dpa/AAP``); after its
label a longer tail is a sentence (``Source: the ministry said on Monday that …``)."""
SOURCE_LINE_WORDS: Final = 12
"""Words: a line this short ending in a source (``Rangliste nach Open Interest. Quelle: Nord``,
``04:12 - Source: Harbour TV``) is a chart's or a video's caption; a longer one may be the
article's paragraph citing its source, kept unless the source is a picture's path
(``Quelle: Anna Berg/Nordbild``)."""


def credited_caption(line: str) -> bool:
    """Whether ``line`` ends in a photo's credit (``… Lindau. HANDOUT / AFP``, ``… © Trianel``,
    ``… Bildrechte: Nordfunk/Anna Berg``): a caption with its credit.

    >>> credited_caption("Firefighters at work in the harbour. © Northern Agency")
    True
    >>> credited_caption("Feel free to share the following photo:")
    False
    """
    tail = line[-CREDIT_TAIL:]
    if "©" not in tail and "/" not in tail and not (":" in tail and _may_label_credit(tail)):
        return other_credit(line)  # (`_repair_credits`: a wire's, a shoot's, a screenshot's)
    m = _CREDIT_AT_END.search(tail)
    if m is None:
        return other_credit(line)
    credit = m.group(0)
    if (
        (m.group("source") or m.group("source_"))
        and line.count(" ") >= SOURCE_LINE_WORDS
        and "/" not in credit
    ):
        return False  # a paragraph citing its source
    return (
        credit.count(" ") < CREDIT_WORDS + 1
        and not _SENTENCE_INSIDE.search(credit)
        and not _LOWER_RUN.search(credit)
    )


_LABEL_ENDS: Final = (
    *tx.words(
        "photo photos photograph photographer picture image images credit credits foto fotos"
        " fotograf bild bilder bildrechte bildquelle grafik crédit crédits crédito créditos"
        " fotografía imagen fotografia immagine imagem beeld zdjęcie фото source quelle fuente"
        " fonte bron kilde källa źródło zdroj kaynak источник kuva by"
    ),
)
"""The words of `_repair_label_words.CREDIT_LABELS` and `.SOURCE_LABELS`, and ``by`` (``(Foto
by:``): what the word before a labelled credit's colon is, lower-cased
(tests/test_fast_s8_labels.py holds them to the lists)."""
_FOLDS_ELSEWHERE: Final = frozenset("İıſᲂᲃᲄᲅ")
"""Characters that the case-insensitive `_CREDIT_AT_END` matches to a letter of a label but
that `str.lower` maps elsewhere (``ſ`` matches ``s``; a test derives them from the pattern)."""


def _may_label_credit(tail: str) -> bool:
    """A fast test that is True wherever one of `_CREDIT_AT_END`'s labelled credits (``Foto:
    …``, ``(Quelle: …)``) may match the ``tail`` that holds no ``©`` nor ``/``: a colon whose
    word before, lower-cased, ends like a label (issue #16: most lines with a colon have none,
    and the search, tried at every character, costs several times more)."""
    if not tail.isascii() and not _FOLDS_ELSEWHERE.isdisjoint(tail):
        return True
    low = tail.lower()
    at = low.find(":")
    while at >= 0:
        if low[:at].rstrip().endswith(_LABEL_ENDS):
            return True
        at = low.find(":", at + 1)
    return False


_SENTENCE_INSIDE: Final = re.compile(r"[.!?]\s+(?-i:[^\W\d_A-Z])\w+\s\w+")
"""A sentence going on after a stop in lower case: the tail is running text, no credit."""
_LOWER_RUN: Final = re.compile(r",\s[^\W\d_A-Z]\w*\s[^\W\d_A-Z]\w+")
"""``©1935, very informative``: after a comma, words going on in lower case: a sentence."""

_FIRST: Final = frozenset(
    w.split("_")[0].split("-")[0]
    for words in (
        lw.AD_WORDS,
        lw.AD_CONTINUES,
        lw.READ_ALSO,
        lw.NAV,
        lw.CREDIT_WORDS,
        lw.AGENCIES,
        lw.EMBED,
        lw.EMBED_GATE,
        lw.MEDIA,
        lw.PAYWALL,
    )
    for w in words.replace("\\s", "_").replace("\\", "").split("|")
) | tx.words(
    "vor hace il updated aktualisiert a an one einer eine una un une mit with avec con published"
    " last veröffentlicht publiziert publié publicado pubblicato duration dauer durée duración"
    " durata duração"
)
"""What a label's first word may be (the words of the lists above and of the relative times):
a cheap test before the pattern, which most lines fail."""
_STRIP_FIRST: Final = "\"'“”„«»:;,.!?|›>-–—•·*"

_BY_GROUP: Final = {
    group: RULES["noise:" + group.replace("_", "-")].aside for group in _LABEL_LINE.groupindex
}

_CREDITED_CAPTION: Final = RULES["noise:credited-caption"].aside
_TITLE: Final = RULES["noise:title"].aside

LABEL_RULES: Final = frozenset(a.rule for a in _BY_GROUP.values()) | {
    _CREDITED_CAPTION.rule,
    _TITLE.rule,
    *INSIDE_RULES,
    *CAPTION_RULES,
    REFRAIN.rule,
    *BOX_RULES,
}
"""The names of this module's rules."""


def label_aside(line: str, low: str | None = None) -> Aside | None:
    """The `Aside` of the label rule that matches the whole stripped ``line``, or None.
    ``low``: the line lower-cased, when the caller has it.

    >>> label_aside("Story continues below advertisement").rule
    'noise:ad-label'
    >>> label_aside("Anna Berg | Foto: Agentur Nord").rule
    'noise:caption'
    >>> label_aside("Follow the mayor on Facebook, Twitter and Instagram.") is None
    True
    """
    if len(line) > LABEL_MAX:
        return None
    if low is not None and not line.isascii():
        low = None  # (its lower case may not line up with it: the full pattern)
    if not _may_start_label(line, low):
        m = None
    elif low is not None:  # (the same answer: see `_LABEL_LINE_LOW`)
        m = _LABEL_LINE_LOW.match(low)
    else:
        m = _LABEL_LINE.match(line)
    if m is not None:
        if m.lastgroup == "caption" and _credit_sentence(line):
            return None
        return _BY_GROUP[m.lastgroup or ""]
    if ("|" in line or "/" in line or "·" in line) and _CREDIT_AFTER_BAR.match(line):
        return _BY_GROUP["caption"]
    return None


def _may_start_label(line: str, low: str | None) -> bool:
    """Whether ``line``'s first word may start a `_LABEL_LINE` match (a cheap test before the
    pattern, which most lines fail); ``low``: an ASCII line's lower case, or None."""
    if low is not None:
        first = low.split(None, 1)[0].strip(_STRIP_FIRST)
    else:
        first = line.split(None, 1)[0].strip(_STRIP_FIRST).lower()
    if "/" in first or "-" in first:  # (most first words hold neither: no lists made)
        first = first.split("/")[0].split("-")[0]
    return first in _FIRST or not first or first[0].isdigit() or first[0] in "([—-"


CAPTION_MAX: Final = 300
"""Characters: a caption with its credit fits (as `_repair_junk.caption`'s bound)."""


CREDIT_SENTENCE_WORDS: Final = 8
"""Words: a finished line this long is a sentence about pictures (``Bilder von der
Eröffnung sind über den Bilderdienst … abrufbar.``), not a credit (``Photo by Jane Roe``,
``Bild: Agentur Nord``: a credit names, it does not say); a sentence's length, as
`_repair_bounds.PROSE_WORDS`."""


CREDIT_SENTENCE_FW: Final = 3
"""Function words after the credit's first two words: a sentence has several (``der``, ``über``,
``das``, ``des``), a credit with a long agency name one or two (``for the``)."""


def _credit_sentence(line: str) -> bool:
    """Whether a line the caption pattern matched without a ``:`` is a finished sentence with
    function words (`CREDIT_SENTENCE_WORDS` words or more, ending in ``.``).

    >>> _credit_sentence("Bilder von der Sitzung sind über das Fotoservice des Rates abrufbar.")
    True
    >>> _credit_sentence("Photo by Jane Roe for the Northern Agency.")
    False
    """
    if line.count(" ") < CREDIT_SENTENCE_WORDS - 1 or not line.rstrip().endswith("."):
        return False
    if ":" in line or "©" in line:
        return False  # ``Bild: …`` labels what follows as a caption, whatever it says
    words = line.lower().split()[2:]  # (not the credit's own ``by`` / ``von``)
    return sum(w.strip(".,;:") in tx.FUNCTION_WORDS for w in words) >= CREDIT_SENTENCE_FW


def label_asides(
    texts: Sequence[str],
    blank: Sequence[bool],
    split: Sequence[bool],
    info: LineFacts,
    asides: list[Aside | None],
    lows: Sequence[str] | None = None,
) -> None:
    """Set aside, in place, the lines `label_aside` takes (over a heading or caption shape, which
    a label has), but not a link's text inside a sentence (``… you can`` / ``log in`` / ``for
    access.``) nor a line that ends in a function word (``A post shared by``).  ``lows``: the
    lines lower-cased (up to `LOWERED_MAX`, which `LABEL_MAX` is under), when the caller has
    them."""
    fw = info.fw
    for i, text in enumerate(texts):
        if len(text) > LABEL_MAX or split[i] or fw[i]:
            continue
        low = lows[i] if lows is not None and text.isascii() else None
        if (
            not _may_start_label(text, low)
            and "|" not in text
            and "/" not in text
            and "·" not in text
        ):
            continue  # (`label_aside`'s own first tests, before the context's: None)
        if _open(i, asides, blank, info):
            asides[i] = label_aside(text, low) or asides[i]


_WORD: Final = re.compile(r"\w+")
TITLE_MIN_WORDS: Final = 2
"""Words: a one-word title (``Weather``) may be a heading of the text too; a headline of two
words or more repeated word for word is the page's headline again."""


def _open(i: int, asides: Sequence[Aside | None], blank: Sequence[bool], info: LineFacts) -> bool:
    """Whether a label rule may take line ``i``: no rule but a heading's or a caption's shape
    took it, and it is no link's text inside a sentence (`_in_sentence`)."""
    was = asides[i]
    if was is not None and was.kind not in ("heading", "caption"):
        return False
    return not (i and _in_sentence(i, blank, info.term, info.fw, info.cont))


def _in_sentence(
    i: int, blank: Sequence[bool], term: Sequence[str], fw: Sequence[bool], cont: Sequence[bool]
) -> bool:
    """Whether line ``i`` (not the first) is a link's text inside a sentence: it goes on an
    unfinished line ending in a function word, or the next line goes on it."""
    if blank[i] or term[i - 1]:
        return False
    nxt = i + 1
    return fw[i - 1] or (nxt < len(blank) and not blank[nxt] and cont[nxt])


def caption_asides(
    texts: Sequence[str],
    blank: Sequence[bool],
    split: Sequence[bool],
    info: LineFacts,
    asides: list[Aside | None],
    title: str | None,
    lows: Sequence[str] | None = None,
    where: Sequence[Aside | None] | None = None,
) -> None:
    """Set aside, in place, the captions ending in their credit (`credited_caption`, and
    `slash_credit` for a slashed credit without a label, `photo_by` for one without a colon),
    the lines `_repair_captions.repeat_asides` and `_repair_refrain.refrain_asides` take
    (inside the article: ``where`` None, the bounds' decision for each line) and the
    lines repeating the record's ``title`` word for word (the page's headline again), where no
    rule but a heading's or a caption's shape took the line, nor the context vetoes a label
    (as `label_asides`).  Run after the article's bounds, which these lines do not move: a
    gallery's picture titled like the article, or a credit, is no sign that the page's tail
    has begun.  ``lows``: the lines lower-cased (up to `LOWERED_MAX`), when the caller has
    them."""
    key = tx.title_key(title) if title else ""
    if key.count(" ") < TITLE_MIN_WORDS - 1:
        key = ""
    size = len(title) if title and key else 0
    lo, hi = size - size // 4 - 4, size + size // 4 + 4  # a repeat's length, punctuation aside
    # (the title's longest word is in every repeat: a cheap test before the words are compared)
    longest = max(_WORD.findall(title.lower()), key=len) if title and key else ""
    term, fw, cont = info.term, info.fw, info.cont
    for i, text in enumerate(texts):
        # (cheap tests first: most lines are far from the title's length and hold no credit sign)
        titled = (
            bool(key)
            and lo <= len(text) <= hi
            and longest in (text.lower() if lows is None or len(text) > LOWERED_MAX else lows[i])
        )
        if not titled and "©" not in text and ":" not in text and "/" not in text:
            # (a credit without a colon, or one text twice, is all such a line may be, inside
            # the article: `photo_by` and `doubled`, whose first test is the line's end)
            last = text[-1:]
            if last == "." or (where is not None and where[i]):
                continue
            n = len(text)  # (`doubled`'s first test: the first character again at the middle)
            twice = n >= DOUBLED_LEN and text[0] == text[(n + 1) // 2] and doubled(text)
            if last.isalnum() or last == ")":
                found = PHOTO_BY if photo_by(text) else DOUBLED if twice else None
            else:
                found = DOUBLED if twice else None
            if (
                found is None
                or len(text) > CAPTION_MAX
                or split[i]
                or fw[i]
                or not _open(i, asides, blank, info)
            ):
                continue
            if not (
                _doubled_in_sentence(i, blank, term, cont, asides)
                if found is DOUBLED
                else _credit_cut(i, text, blank, term, cont)
            ):
                asides[i] = found
            continue
        if len(text) > CAPTION_MAX or split[i] or fw[i] or not _open(i, asides, blank, info):
            continue
        if titled and tx.title_key(text) == key:
            asides[i] = _TITLE
        elif credited_caption(text):
            if not _credit_cut(i, text, blank, term, cont):
                asides[i] = _CREDITED_CAPTION
        elif "/" in text and slash_credit(text) and not _credit_cut(i, text, blank, term, cont):
            asides[i] = SLASH_CREDIT
        elif (
            (where is None or where[i] is None)
            and photo_by(text)
            and not _credit_cut(i, text, blank, term, cont)
        ):
            asides[i] = PHOTO_BY
        elif (
            (where is None or where[i] is None)
            and doubled(text)
            and not _doubled_in_sentence(i, blank, term, cont, asides)
        ):
            asides[i] = DOUBLED

    def open_(i: int) -> bool:
        return not split[i] and not fw[i] and _open(i, asides, blank, info)

    inside_asides(texts, open_, lambda i: _credit_cut(i, texts[i], blank, term, cont), asides, lows)
    teaser_headlines(texts, blank, split, info, asides)
    if not links_cut(info.record):
        refrain_asides(
            texts, term, cont, lambda i: open_(i) and (where is None or where[i] is None), asides
        )
    repeat_asides(texts, asides, where, lows)
    box_asides(texts, term, cont, open_, asides, where)


def _credit_cut(
    i: int, text: str, blank: Sequence[bool], term: Sequence[str], cont: Sequence[bool]
) -> bool:
    """Whether the caption on line ``i`` is a piece of a longer line cut at a link: it goes on
    the unfinished line before it (``… via`` / ``; Image: …``, ``… RSS`` / ``- © …``), or the
    line after it goes on its credit (``Bild: Anna Berg`` / ``/ Nordbild``)."""
    whole = text[0] == "(" and text.endswith(")") and text.count("(") == 1  # (Image credit: …)
    goes_on = (not text[0].isalnum() and not whole) or cont[i]
    if i and not blank[i] and not term[i - 1] and goes_on:
        return True
    return _continued(i, blank, term, cont)


def _doubled_in_sentence(
    i: int,
    blank: Sequence[bool],
    term: Sequence[str],
    cont: Sequence[bool],
    asides: Sequence[Aside | None],
) -> bool:
    """Whether the doubled line ``i`` may be a piece of a sentence cut at links: it follows an
    unfinished line of its block that no rule set aside as noise, or the next line goes on it
    (`_continued`).  A teaser's doubled link text stands between finished lines or page junk;
    in a script without case a continuation shows no lower-case start (``… قال`` /
    ``المحادثات قال المحادثات قال`` / ``قال.``)."""
    if i == 0 or blank[i] or term[i - 1]:
        return _continued(i, blank, term, cont)
    before = asides[i - 1]  # (a label or a teaser before it is page junk: a heading is not)
    return before is None or before.kind != "noise" or _continued(i, blank, term, cont)


def _continued(i: int, blank: Sequence[bool], term: Sequence[str], cont: Sequence[bool]) -> bool:
    """Whether the unfinished line ``i`` goes on, on the next line, in lower case or with its
    punctuation: a sentence cut at a link (``… sagte er sagte er`` / ``.``), not a line of
    its own."""
    nxt = i + 1
    return nxt < len(blank) and not blank[nxt] and not term[i] and cont[nxt]
