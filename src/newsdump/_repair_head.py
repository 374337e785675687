"""Which lines before the article's first prose are the page's, not the article's (issue #19).

`_repair_bounds` finds the stretch of the record where prose is dense; before it, a line is
set aside (``noise:head``) only when it cannot be the article's own start.  A short label
(``Share``, ``Podcast``) is one; a longer line is a kicker, a subtitle or a short first
paragraph as often as junk and stays, unless its shape says which of the page's furniture it
is.  Three shapes do, in every language, whatever the line's length:

* the page's date-and-author line: a date or a time with a word of a byline or of publishing
  (``Veröffentlicht am 3. Mai 2021 von Jana Holm``, ``Posted on May 3, 2021 by jholm · 4
  Comments``), or a date between the separators of a metadata row (``12.03.2024 | 09:15 Uhr``);
* a breadcrumb: two separators of a path (``Home » Welt » Asien``, ``Start | Sport |``);
* a share row: the names of networks and share verbs only (``Facebook X WhatsApp E-Mail``,
  ``auf Mastodon teilen per Mail teilen``).

An article's first paragraph has none of these shapes: a dateline names a city, not an author
and a separator, and a sentence that names a date and a byline word is finished and longer than
`META_WORDS` (the bounds read it as prose and it starts the article).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from . import _text as tx
from ._language import FUNCTION_WORDS_OF
from ._lazyre import lazy
from ._repair_context import LineFacts
from ._repair_tail_words import STAMP

__all__ = [
    "HEAD_WORDS",
    "META_WORDS",
    "STAMP_WORDS",
    "colon_label",
    "early_line",
    "goes_on",
    "head_junk",
    "head_stamp",
    "name_list",
    "page_line",
]

HEAD_WORDS: Final = 3
"""Words: before the article's first prose only lines this short are set aside ("Share",
"Artikel teilen", "Podcast") by their length alone; a longer line there is a kicker, a subtitle
or a lede as often as junk."""
STAMP_WORDS: Final = 6
"""Words: a line before the article with a date in it and at most this many is set aside."""
META_WORDS: Final = 16
"""Words: a date-and-author line, a breadcrumb or a share row is at most this long (a date or
two, an author or two, a section, counts of comments and likes); a longer line is running text
whatever it holds.  Chosen leaving one of junk-dev's three sources out: every fold picked the
largest value tried, 16 (of 8, 10, 12, 14, 16), and no value took an article line the others
did not (20 and 24 take one junk line more on junk-dev; a line that long reads as a sentence)."""
LIST_WORDS: Final = 4
"""Words: an unfinished line this long or longer, before the record's first finished line and
with no function word of the record's language, is a list of names (sections, tags, authors,
networks) or another article's headline; a shorter one is a label, which `HEAD_WORDS` reads
(so 3 and 4 set aside the same lines; 5 and 6 took fewer junk lines in every source)."""
SHARE_MIN: Final = 3
"""Words: a share row names at least this many networks or verbs (two words are a label, which
the length rule takes anyway, or a headline such as ``Telegram down``)."""

_META: Final = lazy(
    globals(),
    "_META",
    r"(?i)(?:^|[\s|·•/,(-])(?:by|von|por|par|di|door|av|af|przez|autor|author|posted"
    r"|published|updated|submitted|written|veröffentlicht|aktualisiert|erstellt|geändert"
    r"|publicado|actualizado|postado|atualizado|publié|modifié|pubblicato|aggiornato"
    r"|gepubliceerd|bijgewerkt|publicerad|uppdaterad|publisert|oppdatert|lesezeit|comments?"
    r"|kommentare?|comentarios?|commentaires?|commenti|views|aufrufe)(?=$|[\s:|·•,)]|\d)",
)
"""A word of a byline or of publishing, in the corpora's languages (a name may be glued on:
``Posted on12. Mai 2019``, ``byMarie``)."""
_SEPARATOR: Final = lazy(globals(), "_SEPARATOR", r"(?:^|\s)[|»›•·>/<](?=\s|$)|\|")
"""A separator of a metadata row or of a breadcrumb's path, alone between spaces (a pipe
anywhere: sites glue it to the words)."""

_NETWORKS: Final = tx.words(
    "facebook twitter x linkedin xing whatsapp telegram threads bluesky mastodon instagram"
    " pinterest reddit flipboard messenger tumblr vk vkontakte odnoklassniki weibo wechat"
    " viber pocket youtube tiktok snapchat rss email e-mail mail sms"
)
"""Networks and channels a share row links to."""
_SHARE_VERBS: Final = tx.words(
    "share teilen partager compartir condividi delen dela del udostępnij sdílet tweet tweeten"
    " twittern mailen senden send print drucken imprimer imprimir stampa copy kopieren"
    " copier copiar link pdf download"
    " über per via auf on en sur su na op i på por"
)
"""Share verbs and the prepositions between them and a network (``über Bluesky teilen``)."""
_DATE_OF: Final = lazy(
    globals(), "_DATE_OF", r"(?i)\b\d{1,2}\s(?:de|del)\s\w{3,10}\s(?:de\s|del\s)?(?:19|20)\d{2}\b"
)
"""A date in Spanish or Portuguese (``4 de mayo de 2022``, ``12 de março 2020``), which
`STAMP` does not read."""
_GLUED: Final = lazy(globals(), "_GLUED", r"(?<=[^\W\d])(?=\d)")
"""A letter with a digit glued on: the page's date and author in one line lost the space
between them (``Anna Holm12.03.2024``)."""


def head_stamp(text: str) -> bool:
    """Whether a line of at most `STAMP_WORDS` words holds a date or a time.

    >>> head_stamp("12. März 2024, 09:15 Uhr"), head_stamp("Berlin im Frühling")
    (True, False)
    """
    return text.count(" ") < STAMP_WORDS and STAMP.search(text) is not None


def _share_row(text: str) -> bool:
    """Whether a line is a share row: `SHARE_MIN` words or more, every one a network's name or
    a share verb (`_NETWORKS`, `_SHARE_VERBS`), at least one of them a network's.

    >>> _share_row("Facebook X WhatsApp E-Mail"), _share_row("Telegram und X streiten")
    (True, False)
    """
    words = [w.strip(".,:;!?()[]|·•-–—").lower() for w in text.split()]
    words = [w for w in words if w]
    return (
        len(words) >= SHARE_MIN
        and all(w in _NETWORKS or w in _SHARE_VERBS for w in words)
        and any(w in _NETWORKS for w in words)
    )


def page_line(text: str) -> bool:
    """Whether a line of at most `META_WORDS` words has one of the module's three shapes: a
    date-and-author line, a breadcrumb or a share row (a sub-heading has none: it stays even
    after the record's first finished sentence, these do not).

    >>> page_line("Posted on May 3, 2021 by jholm · 4 Comments")
    True
    >>> page_line("Posted by jholm12.03.2024"), page_line("Rede am 3. Mai 2021")
    (True, False)
    >>> page_line("Start | Sport | Fußball"), page_line("Facebook X WhatsApp E-Mail")
    (True, True)
    """
    if len(text.split()) > META_WORDS:
        return False
    separators = len(_SEPARATOR.findall(text))
    if separators >= 2 or _share_row(text):
        return True
    if not separators and (_META.search(text) is None or tx.ends_sentence(text)):
        return False  # (a finished sentence with a date and ``by``: the article's, or prose)
    return (
        STAMP.search(text) is not None
        or _DATE_OF.search(text) is not None
        or STAMP.search(_GLUED.sub(" ", text)) is not None
    )


def goes_on(texts: Sequence[str], blank: Sequence[bool], facts: LineFacts, i: int) -> bool:
    """Whether line ``i``, unfinished after an unfinished line, goes on from it as a link's text
    alone does (``… said Joe`` / ``Biden`` / ``on Monday.``): the next line continues it (no
    blank line between).  Not when it starts with a capital after a `page_line` (``Posted in
    News by jholm on May 3, 2021``, a breadcrumb, a share row): no sentence runs through the
    page's furniture, and the line is the article's first words, cut at a link
    (`_repair_bounds._units`); a line in lower case goes on from a sentence that merely has a
    page line's shape (``On May 3, 2021, the council submitted a bill`` / ``“to close …``).

    >>> texts = ["Posted on May 3, 2021 by jholm", "The council voted to", "close the bridge."]
    >>> facts = LineFacts(texts, texts, [False] * 3)
    >>> goes_on(texts, [False] * 3, facts, 1)
    False
    >>> texts = ["The mayor said Joe", "Biden", "will come."]
    >>> goes_on(texts, [False] * 3, LineFacts(texts, texts, [False] * 3), 1)
    True
    """
    return (
        not facts.term[i]
        and i + 1 < len(texts)
        and not blank[i + 1]
        and facts.cont[i + 1]
        and not (texts[i][0].isupper() and page_line(texts[i - 1]))
    )


def early_line(text: str, facts: LineFacts, first: bool) -> bool:
    """Whether a line alone on its run, before the record's first finished line, is the
    page's by its words: a list of names (`name_list`), or a `colon_label` not right before
    the article's first prose (``first``).

    >>> early_line("Suche nach:", LineFacts(["Suche nach:"], ["Suche nach:"], [False]), False)
    True
    """
    return name_list(text, facts) or (not first and colon_label(text))


def name_list(text: str, facts: LineFacts) -> bool:
    """Whether an unfinished line of `LIST_WORDS` to `META_WORDS` words holds no function word
    of the record's language (``facts``: the record's `LineFacts`; the language is guessed only
    for such a line, and a record whose language is not known has no such line): a list of
    names, not running text.

    >>> lines = ["Politik Wirtschaft Kultur Sport", "Der Rat stimmt für die neue Brücke",
    ...          "Die Stadt hat am Montag mit dem Bau der neuen Brücke über den Fluss begonnen,"
    ...          " sagte die Sprecherin der Verwaltung, und die Arbeiten dauern zwei Jahre"]
    >>> facts = LineFacts(lines, lines, [False] * 3)
    >>> name_list(lines[0], facts), name_list(lines[1], facts)
    (True, False)
    """
    words = text.split()
    if not LIST_WORDS <= len(words) <= META_WORDS or tx.ends_sentence(text):
        return False
    language = facts.language
    if not language:
        return False
    function_words = FUNCTION_WORDS_OF[language]
    return not any(w.lower().strip(_AROUND) in function_words for w in words)


_AROUND: Final = ".,:;!?\"'()[]“”„«»"
"""Punctuation around a word."""


def head_run(lines: Sequence[str], first: bool = False) -> bool:
    """Whether a run of lines (one line, or lines cut at links) before the article's first
    prose is the page's: every line is (`head_junk`), and none is a by-word alone (``By`` /
    ``Anna Berg``: before the article a byline is the article's own, which the layout joins);
    right before the article's first prose (``first``), not a dateline alone (`_DATELINE`: the
    article's own first words).

    >>> head_run(["Start | Sport | Fußball", "Teilen"]), head_run(["Von", "Anna Berg"])
    (True, False)
    >>> head_run(["Bergstadt -"], first=True), head_run(["Bergstadt -"])
    (False, True)
    """
    if len(lines) == 1:
        return head_junk(lines[0]) and not (first and _DATELINE.match(lines[0]))
    return all(map(head_junk, lines)) and not any(_BY_WORD.match(t) for t in lines)


_BY_WORD: Final = lazy(globals(), "_BY_WORD", rf"(?i)(?:{tx.BYLINE_OPENERS})\Z")


def colon_label(text: str) -> bool:
    """Whether a line is a label of at most `HEAD_WORDS` words closed by a colon (``Suche
    nach:``, ``Teile das:``, ``Destinataire(s) :``), not a by-word (``Von:``): before the
    article's first prose, the page's search box, share row or form, whose fields the dump
    dropped.  The colon ends a sentence for `_text.ends_sentence` (a line that introduces the
    next), so `head_junk` keeps it; it stays right before the first prose, which it
    may introduce (``Here is how:``), and after the record's first finished sentence (a
    tutorial's ``Let's start:`` over its first section): `early_line`.

    >>> colon_label("Suche nach:"), colon_label("Destinataire(s) :"), colon_label("Von:")
    (True, True, False)
    >>> colon_label("Der Rat hat beschlossen:"), colon_label("Teilen")
    (False, False)
    """
    return (
        text[-1] == ":"
        and len(text.split()) <= HEAD_WORDS
        and _BY_WORD.match(text[:-1].rstrip()) is None
    )


"""A by-word alone on its line (the byline openers every stage reads, `_text.BYLINE_OPENERS`)."""


def head_junk(text: str) -> bool:
    """Whether a line alone on its run, before the article's first prose, is the page's: a
    label of at most `HEAD_WORDS` words that ends no sentence, a line with a date of at most
    `STAMP_WORDS` words, or one of the module's three shapes (`page_line`).

    >>> head_junk("Artikel teilen"), head_junk("Posted on May 3, 2021 by jholm · 4 Comments")
    (True, True)
    >>> head_junk("Der Stadtrat beschließt den Haushalt für 2025")
    False
    >>> head_junk("Am 3. Mai 2021 sprach der Bürgermeister von Lund vor dem Rat.")
    False
    """
    if head_stamp(text):
        return True
    if len(text.split()) <= HEAD_WORDS and not tx.ends_sentence(text):
        return True
    return page_line(text)


_DATELINE: Final = lazy(globals(), "_DATELINE", r"[^\W\d_]\S*(?: [^\W\d_]\S*)? [-–—]\Z")
"""A dateline alone on its line: a place (or an agency) of one or two words and the dash before
the article's first sentence (``Bergstadt -``, ``New York —``): the article's own start, which
a page prints in an element of its own, not a label of the page.  (Two words: with the dash,
`HEAD_WORDS`; a longer line is no label by its length, and a place of three words or more reads
as a list of names, `name_list`, which the dateline's shape does not change.)"""
