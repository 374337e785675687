"""A page's chrome known by the whole line's words (issue #19 item 2, eighteenth session): a
form's field label alone (``E-Mail-Adresse:``, ``Your name``: ``noise:form-field``), and an
author's or a section's count of articles beside its link (``1 article``, ``Segeln | 120
Artikel``: ``noise:article-count``).  An article says such words in a sentence (``Send your
name and email address to …``); alone on a line they are a form's or a box's.  A name alone
(``Name``) may be a table's header and is left.  The words are data in the corpora's
languages (`FIELD_WORDS`, `COUNT_WORDS`).  `_repair_teaser_links.link_asides` reads it, after
the article's bounds, on the lines no rule but a heading's or a caption's shape took.
"""

from __future__ import annotations

from typing import Final

from ._lazyre import lazy
from ._repair_label_words import alt
from ._repair_registry import RULES
from ._repair_rules import Aside

FORM_FIELD: Final = RULES["noise:form-field"].aside
ARTICLE_COUNT: Final = RULES["noise:article-count"].aside
CHROME_RULES: Final = frozenset((FORM_FIELD.rule, ARTICLE_COUNT.rule))
"""The names of this module's rules."""

FIELD_WORDS: Final = alt(
    "email_address e-mail_address",  # English
    "e-mail-adresse e-mail_adresse email-adresse",  # German
    "adresse_e-mail adresse_email adresse_mail",  # French
    "correo_electrónico",  # Spanish
    "indirizzo_email indirizzo_e-mail",  # Italian
    "e-mailadres",  # Dutch
)
"""A form's field for the reader's email address, alone or after a possessive (``E-Mail:``
alone labels a contact's address as often: only with a possessive, `OWNED_WORDS`)."""
OWNERS: Final = alt("your ihre deine votre ton tu su seu sua il_tuo uw")
"""The possessive a field label may start with (``Your name``, ``Seu nome``)."""
OWNED_WORDS: Final = alt("name nom nombre nome naam email e-mail correo")
"""A field for the reader's name or email: only after a possessive (``Name`` alone heads a
table, ``E-Mail:`` alone a contact's address)."""
_FIELD: Final = lazy(
    globals(),
    "_FIELD",
    rf"""(?ix)^(?:(?:{OWNERS})\s)?(?:{FIELD_WORDS})\s?\*?\s?:?\s?\*?$
        | ^(?:{OWNERS})\s(?:{OWNED_WORDS})\s?\*?\s?:?\s?\*?$""",
)
FIELD_CHARS: Final = 30
"""Characters: the longest field label (a possessive, two words, a colon and a star) fits."""
COUNT_WORDS: Final = alt(
    "article articles post posts stories",  # English
    "artikel beitrag beiträge",  # German
    "artículo artículos articolo articoli artigo artigos",  # Spanish, Italian, Portuguese
)
"""What an author's or a section's archive counts."""
_COUNT: Final = lazy(
    globals(),
    "_COUNT",
    rf"(?i)^(?:[^|\d]{{1,30}}\s\|\s)?\d{{1,5}}\s(?:{COUNT_WORDS})$",
)
"""A count of articles alone, or after a section's name and a bar (``Segeln | 120
Artikel``)."""
COUNT_CHARS: Final = 50
"""Characters: a section's name, a bar and a count fit."""


def chrome_line(line: str, low: str | None = None) -> Aside | None:
    """The `Aside` of this module's rule that takes ``line``, or None (``low``: its lower
    case, when the caller has it).

    >>> chrome_line("E-Mail-Adresse:").rule, chrome_line("Seu nome").rule
    ('noise:form-field', 'noise:form-field')
    >>> chrome_line("1 article").rule, chrome_line("Segeln | 120 Artikel").rule
    ('noise:article-count', 'noise:article-count')
    >>> chrome_line("Name") is None, chrome_line("E-Mail:") is None
    (True, True)
    >>> chrome_line("12 articles of the treaty") is None
    True
    """
    n = len(line)
    if n > COUNT_CHARS:
        return None
    low = low if low is not None else line.lower()
    if n <= FIELD_CHARS and low.partition(" ")[0].rstrip(":*") in _FIRST:
        return FORM_FIELD if _FIELD.match(line) is not None else None
    if low.rpartition(" ")[2] in _COUNT_LAST and _COUNT.match(line) is not None:
        return ARTICLE_COUNT
    return None


_FIRST: Final = frozenset(
    w.split("\\s")[0].replace("\\", "") for w in (OWNERS + "|" + FIELD_WORDS).split("|")
)
"""The first word of a field label, lower-cased: a cheap test first."""
_COUNT_LAST: Final = frozenset(COUNT_WORDS.split("|"))
"""What a count's line ends with, lower-cased."""
FIELD_INITIALS: Final = frozenset(c for w in _FIRST for c in (w[0], w[0].upper()))
"""What a field's label starts with: a cheap test first."""
COUNT_ENDS: Final = frozenset(c for w in _COUNT_LAST for c in (w[-1], w[-1].upper()))
"""What a count's line ends with: a cheap test first."""
