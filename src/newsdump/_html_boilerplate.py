"""Page furniture told by its text: a short block that is an advertisement label, a "read more"
teaser, a row of share words, a newsletter call, a photo credit, a copyright notice, or nearly
all link."""

from __future__ import annotations

import re
from typing import Final

from ._html_elements import _names

_AD_LABELS: Final = frozenset(
    {
        "ad",
        "ads",
        "advertisement",
        "advertising",
        "sponsored",
        "sponsored content",
        "paid content",
        "anzeige",
        "werbung",
        "publicité",
        "publicidad",
        "publicidade",
        "pubblicità",
        "реклама",
        "advertentie",
        "reklama",
        "annons",
        "mainos",
        "διαφήμιση",
        "إعلان",
        "広告",
        "广告",
        "story continues below advertisement",
        "continue reading below",
        "scroll to continue with content",
        "article continues below",
        "skip advertisement",
    }
)
"""Whole blocks that label an advertisement slot (lower case, without trailing punctuation)."""

_READ_MORE: Final = re.compile(
    r"(?:read more|read also|also read|more on this|see also|related|recommended|watch|listen"
    r"|more:|lire aussi|lire :|à lire aussi|voir aussi|lesen sie auch|mehr zum thema|auch"
    r" interessant|leer más|lea también|lee también|leia também|leia mais|leggi anche"
    r"|читайте также|по теме|czytaj (?:też|także|więcej)|läs också|les også|lees ook"
    r"|関連記事|相关阅读|اقرأ أيضا)(?![^\W\d_])",
    re.I,
)
"""Labels that open a teaser for another page (``Read more: <a>…</a>``)."""

_SHARE_WORDS: Final = _names(
    "share shares sharing tweet email e-mail print copy link facebook twitter x whatsapp"
    " linkedin pinterest reddit telegram messenger flipboard save comment comments teilen"
    " drucken partager imprimer compartir imprimir condividi stampa поделиться | · •"
)
_NEWSLETTER: Final = re.compile(
    r"(?:sign up|subscribe|abonnez-vous|abonnieren|suscríbete|inscreva-se|iscriviti|подпишитесь)"
    r"(?![^\W\d_])|.*newsletter",
    re.I,
)
"""A call to subscribe opens the block; the word newsletter may be anywhere in it."""
_CREDIT: Final = re.compile(
    r"\(?(?:photos?|fotos?|photograph|images?|pictures?|illustration|bild|bilder|фото)"
    r"\s*(?::|/|©|by\b)|\(?(?:credits?|crédits?)\b|©|getty images",
    re.I,
)
"""A photo credit: ``Photo: …``, ``(Bild: Hersteller)``, ``Image by …``, ``© …``."""
_COPYRIGHT: Final = re.compile(
    r".*(?:(?:©|\(c\)|copyright)\s*(?:\d{4}|by\b)|all rights reserved|tous droits réservés"
    r"|alle rechte vorbehalten|todos los derechos reservados|tutti i diritti riservati"
    r"|todos os direitos reservados|все права защищены|版权所有|版權所有|無断転載)",
    re.I,
)
"""A copyright notice anywhere in a short block: ``™ & © 2024 Example Media. All rights
reserved.``"""
_TEASER_LINKS: Final = 0.8
"""A paragraph or list item with this share of its text in links is a link to elsewhere
(a related story, a tag, a teaser), not prose."""
_SHORT: Final = 300
"""Characters under which a block is short enough to be a label, a teaser or a credit."""


def _boilerplate(text: str, link_chars: int) -> bool:
    """A paragraph or list item that is page furniture: an advertisement label, a "read more"
    teaser, a line of share buttons, a newsletter box, a photo credit, a copyright notice
    (anywhere in the block: ``™ & © 2024 …``), or a block that is all links (jusText's and
    readability's link-density rule, for short blocks only)."""
    size = len(text)
    if size >= _SHORT:
        return False
    words = text.replace("•", " ").split()
    if link_chars >= _TEASER_LINKS * sum(map(len, words)):
        return True
    label = text.lower().strip(" .:!|-–—»›>")
    if label in _AD_LABELS:
        return True
    more = _READ_MORE.match(label)
    if more and (link_chars or more.end() >= len(label)):  # "Read more: <a>…</a>", "Related"
        return True
    if size < 80 and all(w.lower().strip(".:") in _SHARE_WORDS for w in words):
        return True
    if size < 200 and _NEWSLETTER.match(text):
        return True
    if size < 200 and _COPYRIGHT.match(text):
        return True
    return size < 120 and _CREDIT.match(text) is not None
