"""Junk inside the article found by a line's end, its first words or its neighbour (issue #19
item 2): a caption ending in a credit with a slash and no label, or a slashed credit naming an
agency alone on its line (``noise:slash-credit``), the headline after a teaser's label alone on
its line (``noise:teaser-headline``), a caption that says it is one (``noise:caption-label``), a
shop's price button (``noise:shop-link``), a teaser whose label and headline share a line with no
colon (``noise:read-also``), and a caption block the caption rule took (``noise:caption``).
`_repair_labels.caption_asides` runs them after the article's bounds, which these lines do not
move.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Final

from ._repair_context import LineFacts
from ._repair_label_words import NAME_WORD as _CAP
from ._repair_label_words import alt as _alt
from ._repair_registry import RULES
from ._repair_rules import Aside

SLASH_CREDIT: Final = RULES["noise:slash-credit"].aside
TEASER_HEADLINE: Final = RULES["noise:teaser-headline"].aside
CAPTION_LABEL: Final = RULES["noise:caption-label"].aside
SHOP_LINK: Final = RULES["noise:shop-link"].aside
STAMP_LINE: Final = RULES["noise:stamp"].aside
GALLERY_COUNT: Final = RULES["noise:gallery-count"].aside
_READ_ALSO: Final = RULES["noise:read-also"].aside
_CAPTION: Final = RULES["noise:caption"].aside
_CAPTION_CREDIT: Final = RULES["caption-credit"].name
INSIDE_RULES: Final = frozenset(
    (
        SLASH_CREDIT.rule,
        TEASER_HEADLINE.rule,
        CAPTION_LABEL.rule,
        SHOP_LINK.rule,
        STAMP_LINE.rule,
        GALLERY_COUNT.rule,
    )
)
"""The names of this module's rules."""
_TEASER_LABELS: Final = frozenset(
    (RULES["noise:read-also"].aside.rule, RULES["noise:read-more"].aside.rule)
)
"""The rules of a teaser's label (`_repair_labels`' and `_repair_junk`'s lists of its words)."""
SLASH_CREDIT_TAIL: Final = 100
"""Characters at a line's end searched for the credit: a sentence's stop and the longest credit
(six words in a parenthesis, or seven around a slash) fit, as `_repair_labels.CREDIT_TAIL`."""

_SLASH_CREDIT: Final = re.compile(
    r"""(?x)[.!?]["”»']?\s?(?:
        \((?=[^()]*/)(?-i:[^\W\d_a-z])[^()\s]*(?:\s[^()\s]+){1,5}\)   # … Monday. (Name/Paper)
      | (?-i:[^\W\d_a-z])[^\s/]*(?:\s(?-i:[^\W\d_a-z])[^\s/]*){0,2}\s?/\s?
        (?-i:[^\W\d_a-z])[^\s/]*(?:\s(?-i:[^\W\d_a-z])[^\s/]*){0,3}    # … helfen.Pexels/A Name
    )$"""
)
"""A credit with a slash and no label ending a caption, right after its last sentence's stop
(glued to it or not): a parenthesis of two to six words (``(Adel Nour/Harbour Press)``), or one
to three capitalised words, a slash, and one to four more (``IMAGO/Nico Berg``).  The credit
holds a space (a person's or a paper's name): ``(dpa/AFP)`` or ``(ats/nxp)`` at a paragraph's end
is the agencies' sign-off of the article, kept."""


def slash_credit(line: str) -> bool:
    """Whether ``line`` is a caption ending in a credit with a slash after its last sentence.

    >>> slash_credit("Die Fähre legt am Morgen in Kiel an.Unsplash/Lena Brandt")
    True
    >>> slash_credit("Le port de Brest au lever du jour. (Marc Le Goff/Ouest Images)")
    True
    >>> slash_credit("Die Preise stiegen um drei Prozent. (dpa/AFP)")
    False
    """
    m = _SLASH_CREDIT.search(line[-SLASH_CREDIT_TAIL:])
    return m is not None and " " in m.group(0).strip()


TEASER_LABEL_WORDS: Final = 4
"""Words: a teaser's label alone on its line (``Lesen Sie auch:``, ``Czytaj więcej``, ``Lee
también...``) has one to four; a longer line labelled ``Read also:`` holds its headline."""
TEASER_HEADLINE_WORDS: Final = 25
"""Words: a headline (or a teaser's section, ``Politik``) is shorter than this; a longer line
without a stop after the label is more likely the article going on."""


def teaser_headlines(
    texts: Sequence[str],
    blank: Sequence[bool],
    split: Sequence[bool],
    info: LineFacts,
    asides: list[Aside | None],
) -> None:
    """Set aside, in place, the line after a teaser's label alone on its line (``Lesen Sie
    auch:`` / ``Neue Brücke für Kiel``): the teaser's headline or section, when it is short, ends
    without a stop, goes on no sentence (a lower-case start) and the next line does not go on
    it (``See also`` / ``Golem`` / ``, a supercomputer …`` is an entry cut at its link), and no
    rule but a heading's or a caption's shape took it.  A label with its headline on the same line
    (``ALSO READ: …``) is taken whole by `label_asides`, and the line after it stays."""
    term, cont = info.term, info.cont
    for i in range(len(texts) - 1):
        was = asides[i]
        if was is None or was.rule not in _TEASER_LABELS:
            continue
        if texts[i].count(" ") >= TEASER_LABEL_WORDS:
            continue
        nxt = i + 1
        after = asides[nxt]
        if after is not None and after.kind not in ("heading", "caption"):
            continue
        text = texts[nxt]
        if term[nxt] or cont[nxt] or split[nxt] or text.count(" ") >= TEASER_HEADLINE_WORDS:
            continue
        if nxt + 1 < len(texts) and not blank[nxt + 1] and cont[nxt + 1]:
            continue
        asides[nxt] = TEASER_HEADLINE


_CAPTION_LABELS: Final = _alt(
    "caption image_caption photo_caption media_caption video_caption"  # English
    " bildunterschrift bildlegende legende"  # German
    " légende"  # French
    " leyenda pie_de_foto"  # Spanish
    " didascalia legenda"  # Italian, Portuguese, Polish
    " bijschrift onderschrift"  # Dutch
    " bildtext"  # Swedish, Danish, Norwegian
    " подпись"  # Russian
)
"""The words that label a caption as one (``Legende: …``, ``Image caption …``)."""
_CAPTION_LABEL: Final = re.compile(
    rf"""(?ix)^(?:(?:{_CAPTION_LABELS})\s?[:|]
    |(?:image|photo|media|video)\scaption(?:\b,?|(?-i:(?=[A-Z]))))\s?\S"""
)
"""A caption's label then its text: a colon (``Légende : …``) or, for the two-word English
label, a space (``Image caption Villagers …``) or its text glued on with a capital (``Media
captionDrone …``); ``Legende`` alone starting a sentence is a word."""
_SHOP_LINK: Final = re.compile(
    r"""(?ix)^(?:[$€£]\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|\$|£|eur|euro|chf|usd))
    \s(?:at|bei|zu|chez|à|en|su|em|na|bij|på|hos)\s(?-i:[^\W_a-z])[^.!?]{0,40}$"""
)
"""A shop's price button (``$400 at Storex (Regular)``, ``28,99 € Zu Kinda``): a price, ``at``
and a capitalised shop's name, nothing more."""
_SHOP_BUTTONS: Final = _alt(
    "buy_now shop_now buy_it_now view_deal see_deal get_deal check_price see_price view_price"
    " add_to_cart"  # English
    " zum_produkt zum_angebot zum_shop zum_deal jetzt_kaufen jetzt_bestellen"  # German
    " voir_l'offre voir_le_prix acheter_maintenant"  # French
    " ver_oferta comprar_ahora ver_precio"  # Spanish
    " vedi_offerta acquista_ora compra_ora"  # Italian
    " ver_oferta comprar_agora"  # Portuguese
    " bekijk_aanbieding koop_nu"  # Dutch
    " köp_nu"  # Swedish
)
_SHOP_NOTICES: Final = _alt(
    "prices_may_have_changed price_may_be_higher_now preis_kann_jetzt_höher_sein"
)
_SHOP_BUTTON: Final = re.compile(
    rf"""(?ix)^(?:
        (?:{_SHOP_BUTTONS})(?:\s(?:at|on|bei|auf|chez|sur|en|su|em|op|bij|på)\s
            (?-i:[^\W_a-z])[^.!?]{{0,40}}
            |\s?:\s(?-i:[^\W_a-z])[^.!?]{{3,100}})?\W*     # Zum Angebot bei Shop, VIEW PRICE: X
      | (?:{_SHOP_NOTICES})\b[.!]?(?:\s.{{0,60}})?                      # Preis kann jetzt …
    )$"""
)
"""A shop's button alone on its line, in the corpora's languages (``Zum Produkt``, ``Buy now
at Shop``), or with its product after a colon (``VIEW PRICE: Kiel Ferry Model``), or the
affiliate box's notice that its price may have changed (``Preis kann jetzt
höher sein. Preis vom 02.01.2023 12:53 Uhr``)."""
_SHOP_FIRST: Final = frozenset(
    w.split(r"\s")[0] for w in (_SHOP_BUTTONS + "|" + _SHOP_NOTICES).split("|")
)
_TEASER_BARE: Final = (
    "read_also also_read see_also les_også lire_aussi läs_också læs_også lees_ook leggi_anche"
    " lee_también leia_também lesen_sie_auch czytaj_też czytaj_także zobacz_też читайте_также"
)
_TEASER_VERBS: Final = (
    "read more watch lea lee leia lea_más lee_más leia_mais mira mirá zum_artikel lire_aussi"
    " à_lire_aussi à_voir_aussi"
)
"""A teaser's label said to the reader, before a colon or a ``»`` and its headline (``Lea más:
…``, ``MORE: …``, ``Zum Artikel: …``, ``À lire aussi » …``): a headline has no stop, no question
or exclamation mark at its end (``Lea: Warum nicht?`` is an interview's speaker)."""
_TEASER_WORDS: Final = _alt(_TEASER_BARE)
"""A teaser's label in the corpora's languages (the words of `_repair_junk`'s read-more label)."""
_TEASER_LINE: Final = re.compile(
    rf"""(?ix)^(?:
        (?:{_TEASER_WORDS})\s(?-i:[^\W_a-z]|["„«“]).{{4,150}}[^.:;,\s]$  # Les også Nordås …
      | (?:(?:also\son|auch\sauf|aussi\ssur|lire\saussi\ssur|también\sen|anche\ssu|ook\sop)
            \s(?:[\w-]{{2,30}}\.[a-z]{{2,4}}                                # LIRE AUSSI SUR SITE.FR
               |[\w.-]{{2,30}}(?:\s[\w.-]{{2,30}}){{0,2}}\s?:\s?          # Auch auf Site: …
                (?-i:[^\W_a-z]|["„«“]).{{4,150}})
      | (?:lesen\ssie\shier|check\sout)\s?:\s?(?-i:[^\W_a-z]|["„«“]).{{4,150}}
      | (?:{_alt(_TEASER_VERBS)})\s?[:»›]\s?(?-i:[^\W_a-z]|["„«“]).{{4,150}}[^.:;,!?…\s]$
    )\W*$)"""
)
"""A teaser whose label and headline share a line without a colon (``Les også Nordås
innrømmer …``, ``Lire aussi Une ville …``: a capital after the label, no stop at the end), or
labelled with another site's name (``Also on Site: …``, ``LIRE AUSSI SUR SITE.FR``)."""
_TEASER_FIRST: Final = frozenset(
    w.split("_")[0]
    for w in (_TEASER_BARE + " " + _TEASER_VERBS + " also auch aussi también anche ook").split()
) | {"check"}
_AGENCY_NAMES: Final = _alt(
    "afp ap dpa reuters epa efe ansa apa belga anp keystone imago imago_images getty_images"
    " shutterstock tass"
    " xinhua anadolu ritzau ritzau_scanpix ntb tt ctk pap alamy picture_alliance istock"
)
_AGENCY_SLASH: Final = re.compile(
    rf"""(?ix)^(?:
        (?:{_AGENCY_NAMES})\s?/\s?{_CAP}(?:\s{_CAP}){{0,3}}                 # IMAGO/ZUMA Press
      | {_CAP}(?:\s{_CAP}){{0,3}}\s?/\s?(?:pool\s)?(?:via\s)?             # Name / Pool via
        (?:{_AGENCY_NAMES})(?:\s{_CAP})?                                   # Name/Ritzau Scanpix
    )$"""
)
"""A photo's credit alone on its line: a picture agency, a slash and its photographer or
partner, either way round (every word capitalised, nothing else on the line; a pool's picture
an agency handed out: ``Name / Pool via Reuters``)."""


def inside_aside(line: str) -> Aside | None:
    """The `Aside` of the rule that takes ``line`` by its words alone, or None.

    >>> inside_aside("Legende: Die Fähre im Hafen von Kiel am Morgen.").rule
    'noise:caption-label'
    >>> inside_aside("12,99 € bei Bücherhaus").rule
    'noise:shop-link'
    >>> inside_aside("Les også Ny bro åpner i Bergen").rule
    'noise:read-also'
    >>> inside_aside("Lire aussi le rapport de la commission.") is None
    True
    """
    first = line[:1]
    if first in "$€£" or first.isdigit():
        if first.isdigit() and len(line) <= GALLERY_MAX and gallery_count(line):
            return GALLERY_COUNT
        if _SHOP_LINK.match(line):
            return SHOP_LINK
        return STAMP_LINE if len(line) <= STAMP_MAX and stamp(line) else None
    if "/" in line and len(line) <= AGENCY_LINE_MAX and _AGENCY_SLASH.match(line):
        return SLASH_CREDIT
    head = line.partition(" ")[0].lower().rstrip(":")
    if head in _GALLERY_HEADS and len(line) <= GALLERY_MAX and gallery_count(line):
        return GALLERY_COUNT
    if head in _CAPTION_HEADS and _CAPTION_LABEL.match(line):
        return CAPTION_LABEL
    if head in _SHOP_FIRST and len(line) <= SHOP_MAX and _SHOP_BUTTON.match(line):
        return SHOP_LINK
    if head in _STAMP_FIRST and len(line) <= STAMP_MAX and stamp(line):
        return STAMP_LINE
    if head in _TEASER_FIRST and not line.endswith(".") and _TEASER_LINE.match(line):
        return _READ_ALSO  # (a headline has no full stop: ``Auch auf Sylt: Die Fähren …``.)
    return None


_STAMP_LABELS: Final = (
    "published updated last_updated posted publiziert veröffentlicht aktualisiert online_seit"
    " stand publié mis_à_jour publicado actualizado atualizado pubblicato aggiornato"
    " gepubliceerd bijgewerkt publicerad uppdaterad opublikowano aktualizováno"
    " publikacja aktualizacja publikováno aktualizace giriş son_güncelleme güncelleme yayınlanma"
    " publisert oppdatert publiceret opdateret julkaistu päivitetty опубликовано обновлено"
)
_STAMP_BEFORE: Final = "am on le el em il op den à"
"""A stamp's preposition without its label (``am 12. März 2021 um 08:14``)."""
_MONTHS_EN: Final = (
    "january february march april may june july august september october november december"
    " jan feb mar apr jun jul aug sep sept oct nov dec"
)
"""The month a stamp written month first starts with (``April 18, 2023 at 10:37 a.m.``)."""
_STAMP_DAYS: Final = (
    "today yesterday heute gestern aujourd'hui hier hoy ayer hoje ontem oggi ieri vandaag gisteren"
    " idag igår dzisiaj wczoraj dnes včera"
)
_AM_PM: Final = r"(?:uhr|h|am|pm|a\.\s?m\.|p\.\s?m\.)(?!\w)(?:\s(?-i:[A-Z]{2,4})(?!\w))?"
"""A time's mark (``Uhr``, ``a.m.``, Spanish ``p. m.``) and a zone's letters after it (``EDT``)."""
_STAMP: Final = re.compile(
    rf"""(?ix)^(?:(?:{_alt(_STAMP_LABELS)})\s?:?\s?)?(?:(?:am|on|le|el|em|il|op|den|a\slas|à)\s?)?
    (?:(?:{_alt(_STAMP_DAYS)}
        |\d{{1,2}}\.\s?\d{{1,2}}\.\s?\d{{2,4}}|\d{{4}}-\d\d-\d\d|\d{{1,2}}([/-])\d{{1,2}}\1\d{{2,4}}
        |\d{{1,2}}\.?\s(?-i:[^\W\d_])\w{{2,8}}\.?\s\d{{4}}                 # 12. März 2025
        |\d{{1,2}}\sde\s(?-i:[^\W\d_])\w{{2,9}}\sde\s\d{{4}}               # 25 de mayo de 2025
        |(?-i:[^\W\d_])\w{{2,8}}\.?\s\d{{1,2}},\s\d{{4}})                   # April 18, 2023
        ,?\s?(?:um|at|à|a\slas|às|alle|om|kl\.?|o|[,|–-])?\s?\d{{1,2}}[:.h]\d{{2}}
      | \d{{1,2}}[:.h]\d{{2}}\s?{_AM_PM})                                     # 15:59 Uhr
    (?:\s?{_AM_PM})?\W*$"""
)
"""A date and a time alone on a line (``14.10.2023 06.38``, ``Publiziert heute um 11:48 Uhr``,
``Today 5:00 am``, ``am 12. März 2021 um 08:14``, ``April 18, 2023 at 10:37 a.m. EDT``, ``25 de
mayo de 2025 16:51 h``, ``07:15 p. m.``): a post's or an update's stamp.  A time alone needs its
``Uhr`` or ``am`` (``14:36`` alone may be a score or a duration), and a date alone is left (a
timeline's entry)."""
_SECOND_STAMP: Final = re.compile(rf"(?i)\s(?=(?:{_alt(_STAMP_LABELS)})\s?(?::|\d))")
"""Where a second labelled stamp starts (``Aktualizacja: … Publikacja: …``, ``Publisert …
Oppdatert 05.08.2024, kl. 13.52``)."""
_DURATION: Final = re.compile(
    r"^\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}\s?[|·,–-]?\s?\d{1,2}:\d\d\s?min\.?$"
)
"""A video's date and length (``26.10.2025 | 2:43 min``)."""


def stamp(line: str) -> bool:
    """Whether ``line`` is a stamp alone (`_STAMP`), two labelled stamps (``Giriş: 03.07.2024 -
    18:24 Güncelleme: 03.07.2024 - 18:57``: published and updated) or a video's date and length.

    >>> stamp("Aktualizacja: 19.04.2026 18:52 Publikacja: 19.04.2026 18:14")
    True
    >>> stamp("17.03.2023 | 3:41 min"), stamp("Publikacja: 2 tysiące osób")
    (True, False)
    """
    if _STAMP.match(line):
        return True
    if line[:1].isdigit():  # (no label first: a video's length may follow the date)
        return "min" in line and _DURATION.match(line) is not None
    if line.count(":") < 2 and line.count(".") < 4:  # (two labels and two times: ':' or '.')
        return False
    cut = [m.start() for m in _SECOND_STAMP.finditer(line)]
    return bool(cut) and all(_STAMP.match(p) for p in (line[: cut[-1]], line[cut[-1] + 1 :]))


_GALLERY_WORDS: Final = (
    "picture image photo slide bild foto imagen immagine imagem afbeelding zdjęcie"
)
"""What a gallery's counter may name before its numbers (``Bild 3 von 10``, ``Foto 2 de 8``)."""
_GALLERY_HEADS: Final = frozenset(_GALLERY_WORDS.split())
_GALLERY: Final = re.compile(
    rf"""(?ix)^(?:(?:{_alt(_GALLERY_WORDS)})\s)?(\d{{1,3}})
    (?:\s?/\s?|\s(?:of|von|aus|de|sur|di|van|av|af|z|из)\s)(\d{{1,3}})\W*$"""
)
GALLERY_MAX: Final = 30
"""Characters: a counter with its word (``Imagen 12 de 24``) fits."""


def gallery_count(line: str) -> bool:
    """Whether ``line`` is a photo gallery's counter alone: ``3 / 12``, ``Bild 3 von 10``, a
    picture's number out of at least two, never past the last (``24/7`` is no counter), or its
    size (``14 Bilder``).

    >>> gallery_count("Bild 3 von 10")
    True
    >>> gallery_count("24/7")
    False
    """
    m = _GALLERY.match(line)
    if m is None:
        return _GALLERY_SIZE.match(line) is not None
    return 1 <= int(m.group(1)) <= int(m.group(2)) and int(m.group(2)) >= 2


_GALLERY_SIZE: Final = re.compile(
    r"""(?ix)^[1-9]\d{0,2}\s(?:photos|pictures|images|bilder|fotos|imágenes|immagini
    |foto's|billeder|zdjęć|фото)\W*$"""
)
"""A gallery's size alone (``14 Bilder``, ``12 photos``): a button's text, not a sentence."""


_STAMP_FIRST: Final = frozenset(
    w.split("_")[0]
    for w in (_STAMP_LABELS + " " + _STAMP_DAYS + " " + _STAMP_BEFORE + " " + _MONTHS_EN).split()
)
SHOP_MAX: Final = 120
"""Characters: a button with its shop's name, or the price notice with its date, fits."""
STAMP_MAX: Final = 80
"""Characters: a label, a date written out and a time fit, twice (published and updated:
``Publisert 12.09.2023, kl. 14.26 Oppdatert 12.09.2023, kl. 15.08``)."""
AGENCY_LINE_MAX: Final = 60
"""Characters: a credit of an agency and up to four names fits."""
_CAPTION_HEADS: Final = frozenset(w.split(r"\s")[0] for w in _CAPTION_LABELS.split("|")) | {
    "image",
    "photo",
    "media",
    "video",
}


_WORD_CAP: Final = r"(?-i:[^\W\d_a-z])[^\W\d_]*(?:[.'-][^\W\d_]*)*"
"""A capitalised word without digits (``Anna``, ``O'Neill``, ``J.``, ``Müller-Lüdenscheid``)."""
_AUTHOR: Final = re.compile(
    rf"^{_WORD_CAP}(?:\s{_WORD_CAP}){{0,3}}(?:\s?[,|·–-]\s?|\s|)(?=\d|(?i:{_alt(_MONTHS_EN)})\s)"
)
"""One to four capitalised words before a stamp, after a comma, a bar, a dot or a dash, a space,
or glued to its date (``Anna Berg, 12.03.2024 10:00 Uhr``, ``Anna Berg12.03.2024, 10:00 Uhr``):
its author's name (or its label: ``Kundenbewertung 14.09.2021 um 17:42 Uhr``)."""
_READING_TIME: Final = re.compile(
    rf"""(?ix)(?:\s(?:von|by|par|por)\s{_CAP}(?:\s{_CAP}){{0,3}})?\s?,?\s
    (?:lesedauer|lesezeit|reading\stime|read\stime|temps\sde\slecture|tiempo\sde\slectura
      |tempo\sde\sleitura|leestijd)\s?:?\s?\d{{1,2}}\s?(?:min|mins|minuten|minutes|minutos)\.?$"""
)
"""A reading time after a stamp, with the author before it (``… 14:59 Uhr Lesedauer: 4 Minuten``,
``… 20:19 von Anna Berg Lesezeit: 4 Min.``): alone on its line a reading time may be the
article's (junk-dev's truth keeps one), after a stamp it is the stamp's line."""


_TIME_FIRST: Final = re.compile(r"\d{1,2}[:.h]\d{2}(?![./]?\d)")
"""A time first, no date: after a word it is an event's hour (``Doors 7:30 p.m.``), no stamp."""


def stamp_with_author(line: str) -> bool:
    """Whether ``line`` is a stamp (`stamp`) with its author's name before it or a reading time
    after it (``noise:stamp``); a line ending in a colon introduces what follows (``Nachtrag
    22.04.2020 10:30 Uhr:``, an update's note inside the article) and is left.

    >>> stamp_with_author("Anna Berg, 12.03.2024 10:00 Uhr")
    True
    >>> stamp_with_author("12.03.2024, 10:00 Uhr Lesedauer: 4 Minuten")
    True
    >>> stamp_with_author("Nachtrag 12.03.2024 10:30 Uhr:")
    False
    """
    if line.endswith(":") or len(line) > STAMP_MAX:
        return False
    rest = line
    cut = _READING_TIME.search(rest) if "Min" in rest or "min" in rest else None
    if cut is not None:
        rest = rest[: cut.start()]
    if not rest[:1].isdigit():
        author = _AUTHOR.match(rest)
        if author is None:
            return False
        rest = rest[author.end() :]
        if _TIME_FIRST.match(rest):
            return False  # (a label and a time alone: ``Hora 7:45 p.m.``, an event's hour)
    elif cut is None:
        return False  # (a stamp alone is `stamp`'s)
    return bool(rest) and stamp(rest)


def inside_asides(
    texts: Sequence[str],
    open_: Callable[[int], bool],
    cut: Callable[[int], bool],
    asides: list[Aside | None],
    lows: Sequence[str] | None = None,
) -> None:
    """Set aside, in place, the lines `inside_aside` takes where ``open_`` says a label rule may
    (no rule but a heading's or a caption's shape took it, no link's text inside a sentence),
    and turn a ``caption`` block the caption rule took (``… Foto: dpa``, ``Image caption …``)
    into ``noise:caption`` unless ``cut`` says the line is a piece of a longer one.  ``lows``:
    the lines lower-cased (up to `LOWERED_MAX`: a longer line is left), when the caller has
    them (a line's first word lowers alike alone
    and in its line: only a final sigma looks at what follows, and a space ends its word)."""
    heads = _HEADS
    for i, text in enumerate(texts):
        was = asides[i]
        if was is not None and was.rule == _CAPTION_CREDIT:
            if not cut(i):
                asides[i] = CAPTION_LABEL if _CAPTION_LABEL.match(text) else _CAPTION
            continue
        # (cheap tests first: most lines are long, or start with no rule's first word)
        n = len(text)
        if n > CAPTION_MAX or (n > SHORT_MAX and text[:1] not in _CAPTION_INITIALS):
            continue
        first = text[:1]
        if not (
            first.isdigit()
            or first in "$€£"
            or ("/" in text and n <= AGENCY_LINE_MAX)
            or (
                text.partition(" ")[0].lower() if lows is None else lows[i].partition(" ")[0]
            ).rstrip(":")
            in heads
        ):
            # (a stamp with its author's name first: a time at its end, a digit)
            if n <= STAMP_MAX and _DIGIT_END.search(text) and stamp_with_author(text) and open_(i):
                asides[i] = STAMP_LINE
            continue
        found = inside_aside(text)
        if found is None and n <= STAMP_MAX and stamp_with_author(text):
            found = STAMP_LINE  # (a stamp and its reading time, or its author and a slash)
        if found is not None and open_(i):
            asides[i] = found


CAPTION_MAX: Final = 300
"""Characters: a caption with its label fits (as `_repair_labels.CAPTION_MAX`)."""
SHORT_MAX: Final = 180
"""Characters: every rule but the labelled caption's fits (a teaser's label and its headline
of 150 characters, a shop's button, a stamp)."""
_DIGIT_END: Final = re.compile(r"\d(?:[\s.]{1,2}[^\W\d]{1,4}){0,3}\W{0,2}$")
"""A digit at the line's end, or before a time's mark and a zone (``10:00 Uhr``, ``9:15 a.m.
EDT``): what a stamp ends with (a cheap test before `stamp_with_author`)."""
_HEADS: Final = _CAPTION_HEADS | _TEASER_FIRST | _STAMP_FIRST | _SHOP_FIRST | _GALLERY_HEADS
"""Every first word a rule of `inside_aside` may start with (lower-cased, no colon)."""
_CAPTION_INITIALS: Final = frozenset(c for w in _CAPTION_HEADS for c in (w[0], w[0].upper()))
"""What a labelled caption starts with: a longer line starting otherwise is left at once."""
