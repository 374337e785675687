"""The words of a page's tail, as data for the article's bounds (`_repair_bounds`, issue #19).

Three patterns, each a list of words in the corpora's languages: the label over the list that
starts a page's tail (`TAIL_LABEL`), the labels that never sit inside an article (`END_LABEL`),
and the cue words of the lines around what follows an article (`has_cue`: a set of words, a
few stems and a pattern of phrases, faster than one pattern of them all); and the shapes of a
date alone on its line (`DATE_LINE`) and of a date or a time inside one (`STAMP`).  General
words of such labels, as any news site shows them, never strings copied from a corpus page.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from . import _text as tx
from ._lazyre import lazy
from ._repair_rules import Aside
from ._repair_tail_between import between_tail
from ._repair_tail_lists import teaser_list_at

__all__ = [
    "BOUND_TAKES",
    "COMMENTS_LABEL",
    "COMMENT_HEAD",
    "CUE_PHRASES",
    "CUE_STEMS",
    "CUE_TERMS",
    "DATE_LINE",
    "END_LABEL",
    "PAGE_BOX",
    "STAMP",
    "STOPS",
    "TAIL_LABEL",
    "between_tail",
    "bound_takes",
    "comment_heads",
    "has_cue",
    "headline_run",
    "line_stop",
    "lone_end_label",
    "may_be_end_label",
    "page_box",
    "split_words",
]


DATE_LINE: Final = lazy(
    globals(),
    "DATE_LINE",
    r"(?i)^\W*(?:\d{1,4}[./-]\s?(?:\d{1,2}|[^\W\d_]{3,10})\.?[./-]?\s?\d{2,4}|\d{1,2}\.?\s"
    r"[^\W\d_]{3,10}\.?\s\d{4}|[^\W\d_]{3,10}\.?\s\d{1,2},?\s\d{4})(?:,?\s(?:um\s)?\d{1,2}[:.h]\d{2}"
    r"(?:\s?(?:uhr|am|pm|h))?)?\W*$",
)
"""A line that is only a date (and a time): the stamp of a headline in a list, never a line of
an article that has not ended (a dateline goes with text).  A month's name is letters: a phone
number (``313-555-0142``) is no date."""
STAMP: Final = lazy(
    globals(),
    "STAMP",
    r"(?i)\b(?:\d{1,2}:\d{2}|\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d{2}|(?:19|20)\d{2}-\d{2}-\d{2}"
    r"|\d{1,2}\.?\s\w{3,10}\.?,?\s(?:19|20)\d{2}|\w{3,10}\.?\s\d{1,2},?\s(?:19|20)\d{2})\b",
)
"""A date or a time inside a line (``Thu, 14 May 2020 16:32``, ``Anna Berg / 25.10.2023``):
before the article's first prose, a short line holding one is the page's date-and-author line
or a teaser's stamp (the record's own date is in its header)."""


COMMENT_HEAD: Final = lazy(
    globals(),
    "COMMENT_HEAD",
    r"(?i)^\S.{0,50}?\s(?:says|said|wrote|sagt|schreibt|schrieb|meint|dit|écrit|dice|escribió"
    r"|escribe|scrive|ha\sscritto|disse|diz|escreveu|zegt|schreef|pisze|napisał|napsal)\s?:$",
)
"""The head of a reader's comment as blogs and forums print it (``Anna Berg sagt:``, ``jdoe
said:``, ``Marie dit :``): a name and a verb of saying, ended by a colon.  With a date under it
the comments have begun (`_repair_bounds`)."""
BOUND_TAKES: Final = {
    "noise:head": frozenset({"heading"}),
    "noise:title": frozenset({"heading"}),
    "noise:tail": frozenset({"heading", "byline", "list-item"}),
    "noise:menu-run": frozenset({"heading", "byline", "list-item"}),
    "noise:teaser-ledes": frozenset({"heading", "byline", "list-item"}),
    "noise:comments": frozenset({"heading", "byline", "list-item", "caption"}),
}
"""Rule of the bounds → kinds of line it sets aside even when another rule named them: outside
the article a heading is a headline, a menu word or a kicker; in the tail a related article's
``By Name`` and a menu's items too, which are bylines and list items by shape (before the
article a byline is the article's own)."""


def bound_takes(bound: Aside | None, aside: Aside | None) -> bool:
    """Whether the article's bounds (``bound``: their aside for a line, None inside the article)
    set the line aside over the rule that named it (``aside``): always if none, by `BOUND_TAKES`.

    >>> tail = Aside("noise", "noise:tail", 0.8)
    >>> bound_takes(tail, Aside("byline", "byline-shape", 0.85)), bound_takes(None, None)
    (True, False)
    """
    return bound is not None and (aside is None or aside.kind in BOUND_TAKES[bound.rule])


TAIL_LABEL: Final = lazy(
    globals(),
    "TAIL_LABEL",
    r"""(?ix)^\W*(?:
      # English
      most\ (?:read|popular|viewed|shared|commented)|(?:recent|latest|related|popular|top|more)
      \ (?:posts?|stories|articles?|news|headlines|videos?|from\ \w+(?:\ \w+)?|in\ \w+)
      |you\ (?:may|might)\ (?:also\ )?like|recommended(?:\ for\ you)?|trending(?:\ now)?
      |(?:leave\ a|post\ a|add\ a)\ (?:comment|reply)|comments?|\d+\ comments?|responses?
      |previous\ (?:post|article|entry|story)|next\ (?:post|article|entry|story)|tags?|topics
      |share\ this(?:\ article|\ story|\ post)?|about\ the\ author|newsletter|categories
      |archives?|follow\ us|read\ next|up\ next|more\ stories|sponsored(?:\ content)?
      |more\ (?:great\ )?\w+\ stories|related\ topics|tagged(?:\ in|\ with)?
      |(?:latest|recent|more)\ posts\ by\ [\w.'\ -]{1,40}?(?:\ \(see\ all\))?
      # German
      |meistgelesen\w*|beliebteste\ \w+|am\ beliebtesten
      |(?:neueste|letzte|weitere|ähnliche|verwandte)
      \ (?:beiträge|artikel|nachrichten|meldungen|themen)|mehr\ (?:zum\ thema|aus\ \w+
      |artikel|nachrichten)|das\ könnte\ sie\ (?:auch\ )?interessieren|kommentare?
      |(?:schreibe|hinterlasse)\ einen\ kommentar|vorheriger\ \w+|nächster\ \w+
      |schlagwörter|themen|kategorien|archiv|alle\ artikel|zum\ thema|auch\ interessant
      |(?:artikel|beiträge|mehr)\ zum\ thema|schlagwörter\ zu\ diesem\ artikel
      |interessante\ (?:artikel|beiträge|informationen|themen)|weitere\ interessante\ \w+
      |ähnliche\ neuigkeiten|vorherige\ artikel
      |das\ könnte\ dich\ (?:auch\ )?interessieren|empfehlungen
      # French, Spanish, Italian, Portuguese, Dutch
      |les\ plus\ lus|à\ lire\ aussi|sur\ le\ même\ sujet|commentaires?|articles\ similaires
      |pour\ approfondir|articles\ correspondants|mots?-clés?|dans\ la\ même\ rubrique
      |vous\ aimerez\ aussi|otras\ noticias|más\ noticias\ de\ \w+|(?:tags|notas)\ relacionadas
      |te\ puede\ interesar|etiquetas|leia\ também|lees\ ook|etiketler|przeczytaj\ (?:też|także)
      |lo\ más\ (?:leído|visto)|más\ noticias|noticias\ relacionadas|comentarios?
      |relacionad[oa]s|i\ più\ letti|articoli\ correlati|commenti|mais\ lidas
      |notícias\ relacionadas|meest\ gelezen|gerelateerde\ artikelen|reacties
      # Russian, Polish
      |самое\ читаемое|читайте\ также|комментарии|najczęściej\ czytane|komentarze
    )\W*$""",
)
"""The label over the list that starts a page's tail ("Most read", "Meistgelesen", "Les plus
lus", "Comments"): after the article's last prose, the tail starts at the first such label or
the first line another rule set aside as junk; the lines before it (a list or a table that
ends the article) stay."""


END_LABEL: Final = lazy(
    globals(),
    "END_LABEL",
    r"""(?ix)^\W*(?:
      # English
      most\ (?:read|popular|viewed|shared|commented)|you\ (?:may|might)\ (?:also\ )?like
      |recommended(?:\ for\ you)?|trending(?:\ now)?|(?:leave|post|add)\ a\ (?:comment|reply)
      |(?:\d+\ )?comments?|(?:\d+\ )?responses?|(?:previous|next)\ (?:post|article|entry|story)
      |read\ next|up\ next|more\ stories|popular\ posts|comments\ are\ closed
      |show\ more\ comments
      # German
      |meistgelesen\w*|beliebteste\ \w+
      |das\ könnte\ (?:sie|dich)\ (?:auch\ )?interessieren
      |(?:\d+\ )?kommentare?|(?:schreibe|hinterlasse)\ einen\ kommentar|vorheriger\ \w+
      |nächster\ \w+
      # French, Spanish, Italian, Portuguese, Dutch
      |les\ plus\ lus|(?:\d+\ )?commentaires?|(?:laisser|ajouter)\ un\ commentaire
      |vous\ aimerez\ aussi|lo\ más\ (?:leído|visto)|(?:\d+\ )?comentarios?
      |deja\ un\ comentario|te\ puede\ interesar|i\ più\ letti|(?:\d+\ )?commenti
      |lascia\ un\ commento|mais\ lidas|(?:\d+\ )?comentários|deixe\ (?:um|seu)\ comentário
      |meest\ gelezen|(?:\d+\ )?reacties|laat\ een\ reactie\ achter
      # Russian, Polish
      |самое\ читаемое|комментарии|najczęściej\ czytane|komentarze
      # most read in the other languages of the corpora (Nordic, Finnish, Czech, Slovak,
      # Turkish, Indonesian, Hungarian, Romanian, Croatian, Baltic, Ukrainian)
      |mest\ (?:lästa?|lest|læste?|delade|delte)|luetuimmat|nejčtenější|najčítanejšie
      |en\ çok\ okunan(?:lar)?|terpopuler|paling\ banyak\ dibaca|legolvasottabb(?:ak)?
      |cele\ mai\ citite|najčitanije|lasītākie|skaitomiausi|loetumad|найчитаніше
      # most read in the scripts the lists above miss (Arabic, Persian, Hebrew, Greek,
      # Bulgarian, Chinese, Japanese, Korean, Vietnamese, Thai)
      |الأكثر\ (?:قراءة|مشاهدة|تصفح\w*|شعبية)|پربازدیدترین|پربیننده‌ترین
      |הנקראים\ ביותר|הכי\ נקראים|τα\ πιο\ (?:δημοφιλή|διαβασμένα)|δημοφιλέστερα
      |най-четени|най-четено|热门(?:文章|新闻|资讯)|阅读排行(?:榜)?|人気記事|よく読まれている記事
      |アクセスランキング|많이\ 본\ (?:뉴스|기사)|가장\ 많이\ 본\ 뉴스
      |(?:tin\ )?(?:đọc|xem)\ nhiều\ nhất|tin\ đọc\ nhiều|ข่าวยอดนิยม|อ่านมากที่สุด
    )\W*$""",
)
"""The label of a list that follows an article and never sits inside one ("Most read",
"Comments", "Next post"): the article's stretch does not run across it (``TAIL_BARRIER`` of
`_repair_bounds`).  Labels of related links ("Related articles", "Mehr zum Thema") are not among
them: pages put those between an article's paragraphs too."""


COMMENTS_LABEL: Final = lazy(
    globals(),
    "COMMENTS_LABEL",
    r"(?i)\b(?:comments?|responses?|kommentare?|commentaires?|comentarios?|commenti|comentários"
    r"|reacties|reactions?|комментарии|komentarze|komentáře)\b",
)
"""The readers' comments an `END_LABEL` names (``12 comments``, ``Kommentare``): what follows
it is readers' text, which a page's truth counts as the article's as often as not; a label
over other articles ("Most read") does not name them."""


CUE_TERMS: Final = tx.words(
    # share rows and comment forms
    "teilen share compartir partager condividi partilhar delen udostępnij sdílet поделиться",
    "teile teilt partagez partage comparte comparta deel compartilhe sharing",
    "comment comments commentaire commentaires commenti reacties diskussion discussion répondre"
    " reply comentar commenter commentare kommentieren diskuze diskuse dyskusja",
    # other articles
    "related similaires gerelateerd gerelateerde powiązane související похожие interesar"
    " intéresser interessar interessare recommended recommandé recommandés aanbevolen polecane",
    # navigation between posts
    "navigation navigación navigazione nawigacja previous voriger précédent anterior precedente"
    " poprzedni",
    # back to the list or the start page (not English "back": a headline's word)
    "zurück volver retour indietro terug powrót zpět назад",
    # topic and tag lists
    "themen temas thèmes sujets tagi etiquetas keywords topic topics",
    # most read, the page's footer, reader forms and article tools
    "populaires populares weblinks impressum privacy sitemap startseite homepage accueil"
    " quicklinks kontakt pressekontakt contact contacto mediadaten",
    "passwort password benutzername username vorname nachname drucken imprimir imprimer merken"
    " feedback",
    # share, comments and sign-in in the corpora's other languages (Turkish, Dutch, Nordic)
    "paylaş yorumlar yorum inloggen reageer kommentarer kommentar",
    # the same labels in scripts without spaces, where a label is the line's one word (Chinese,
    # Japanese, Korean: share, comments, follow, the editor in charge, back to top, related)
    "分享 评论 关注 责编 返回顶部 相关新闻 相关阅读 相关文章",
    "関連記事 シェア コメント 관련기사 댓글 공유",
)
"""Words of the labels over what follows a page's article (share rows, comment forms, other
articles, prev/next links, topic lists, the footer), in the corpora's languages, lower case:
after the article's last prose, a short unfinished line holding one starts the tail."""
CUE_STEMS: Final = tuple(
    sorted(
        tx.words(
            "kommentar comentari komentarz komentář комментари leserbrief diskutier",
            "relacionad verwandte ähnliche correlat interessier empfohlen recomendad consigliat",
            "vorherige schlagw stichw datenschutz meistgelesen saistīt érdekelhet",
        )
    )
)
"""The same, for words that start so (``Kommentare``, ``relacionadas``, ``Schlagwörter``)."""
CUE_PHRASES: Final = lazy(
    globals(),
    "CUE_PHRASES",
    r"""(?x)(?:^|\W)(?:
      en\ relation|markiert\ mit|filed\ under
      |(?:more|mehr|weitere|andere|other|otras|más|autres|altri|outras|meer|mer)\ (?:about|from|in
        |on|zu|zum|über|aus|von|artikel|beiträge|nachrichten|themen|articles?|stories|noticias|news
        |articoli|notícias|over|om)\b
      |(?:next|nächste[rn]?|suivant|siguiente|successivo|następny)
        \ (?:post|article|artikel|beitrag|entry|story|articolo|artículo|wpis)
      |siehe\ auch|see\ also|voir\ aussi|ver\ también|mirá\ también|veja\ também|vedi\ anche
      |zie\ ook|(?:meist|am\ meisten)\ gelesen|most\ (?:read|popular|viewed)|más\ leíd\w+
      |más\ vist\w+|fehler\ gefunden|report\ an?\ (?:correction|error|typo)
      |più\ lett\w+|mais\ lid\w+|external\ links|externe\ links|nach\ oben|back\ to\ top
      |passend\ zum|vous\ conseille|editor'?s\ (?:choice|picks)
      |contact\ us|about\ us|über\ uns|qui\ sommes-nous|quiénes\ somos|chi\ siamo
      |name\ \*|e-?mail(?:-adresse)?\ \*|(?:deine|ihre|your)\ (?:meinung|opinion)
    )(?:\W|$)""",
)
"""The cues of more than one word, in lower case (``see also``, ``next post``, ``Name *``)."""
_PHRASE_FIRST: Final = tx.words(
    "en markiert filed more mehr weitere andere other otras autres altri outras meer mer",
    "next nächste nächster nächsten suivant siguiente successivo następny",
    "siehe see voir ver mirá veja vedi zie meist am most más più mais external externe nach",
    "back contact name e email deine ihre your about über qui quiénes chi",
    "passend vous editor editors fehler report",
)
"""The first word of each phrase of `CUE_PHRASES` (a cheap test before the pattern, issue #16):
a phrase starts after a non-word character or the line's start and its first word ends at a
space or a hyphen, so that word is one of the line's words (`split_words`)."""
_NON_WORD: Final = lazy(globals(), "_NON_WORD", r"\W+")


def split_words(low: str) -> list[str]:
    """The words of ``low`` (runs of word characters; "" first when it starts with none)."""
    return _NON_WORD.split(low)


def has_cue(low: str, words: list[str] | None = None) -> bool:
    """Whether the lower-cased line ``low`` holds a cue: a word of `CUE_TERMS`, a word starting
    with one of `CUE_STEMS`, or a phrase of `CUE_PHRASES` (``words``: ``split_words(low)``,
    when the caller has them).

    >>> has_cue("artikel auf facebook teilen"), has_cue("shareholders meet")
    (True, False)
    """
    if words is None:
        words = _NON_WORD.split(low)
    for word in words:
        if word in CUE_TERMS or word.startswith(CUE_STEMS):
            return True
    # (most lines hold no phrase's first word: the pattern, tried at every character, is skipped)
    return (
        " " in low and not _PHRASE_FIRST.isdisjoint(words) and CUE_PHRASES.search(low) is not None
    )


_END_FIRST: Final = tx.words(
    "most you recommended trending leave post add comment comments response responses previous"
    " next read up more popular show",
    "beliebteste das kommentar kommentare schreibe hinterlasse vorheriger nächster",
    "les commentaire commentaires laisser ajouter vous lo comentario comentarios deja te i"
    " commenti lascia mais comentários deixe meest reacties laat",
    "самое комментарии najczęściej komentarze",
    "mest luetuimmat en terpopuler paling legolvasottabb legolvasottabbak cele skaitomiausi"
    " loetumad",
)
"""The first word of each label of `END_LABEL`, in lower case (besides ``meistgelesen…`` and
a count's digits): a cheap test before the pattern (issue #16)."""


def lone_end_label(texts: Sequence[str], i: int) -> bool:
    """Whether line ``i`` is an `END_LABEL` over other articles (``Most read``, ``Trending``,
    ``Te puede interesar``) that the record prints once: after it all is the page's, prose or
    not, even when a rule of its words set it aside (`_repair_bounds`).  Not a label the page
    prints again (a box's, between the article's paragraphs), nor one of readers' comments
    (`COMMENTS_LABEL`).

    >>> lone_end_label(["Text.", "Most read", "Storm hits"], 1)
    True
    >>> lone_end_label(["Most read", "Text.", "Most read"], 2), lone_end_label(["12 comments"], 0)
    (False, False)
    """
    text = texts[i]
    return (
        END_LABEL.match(text) is not None
        and COMMENTS_LABEL.search(text) is None
        and texts.count(text) == 1
    )


def may_be_end_label(text: str, words: list[str]) -> bool:
    """False only where `END_LABEL` cannot match ``text`` (``words``: ``split_words`` of
    ``text.lower()``): an ASCII line whose first word starts no label.  A line with another
    character goes to the pattern, whose case-insensitive matching is more than `str.lower`
    (``ſ`` for ``s``, the Kelvin sign for ``k``); no ASCII letter matches a letter of the
    pattern that is not ASCII (`tests/test_fast_s7_bounds.py` checks).

    >>> may_be_end_label("Most read", ["most", "read"])
    True
    >>> may_be_end_label("Storm hits coast", ["storm", "hits", "coast"])
    False
    """
    if not text.isascii():
        return True
    first = words[0] or (words[1] if len(words) > 1 else "")
    return first in _END_FIRST or first.isdigit() or first.startswith("meistgelesen")


COMMENT_HEAD_CHARS: Final = 64
"""Characters: a comment's head (a name, a verb of saying, a colon) is no longer (a cheap test
before the pattern)."""


def comment_heads(texts: Sequence[str]) -> frozenset[int]:
    """The lines that head a reader's comment (`COMMENT_HEAD`) with a date alone under it.  An
    article's speakers (``Dr Anna Berg, psychiatrist, says:`` over a quote) have no date, nor
    have a forum's heads (``jdoe said:``), which are left alone for that.

    >>> comment_heads(["Text.", "Anna Berg sagt:", "4. Mai 2023 um 9:29 Uhr", "Gut so."])
    frozenset({1})
    >>> comment_heads(["Die Ministerin sagt:", "Wir bauen die Brücke neu."])
    frozenset()
    >>> comment_heads(["", "Anna Berg sagt:"])  # (a blank line heads nothing)
    frozenset()
    """
    return frozenset(
        i
        for i, text in enumerate(texts[:-1])
        if text[-1:] == ":"
        and len(text) <= COMMENT_HEAD_CHARS
        and COMMENT_HEAD.match(text)
        and DATE_LINE.match(texts[i + 1])
    )


HEADLINE_WORDS: Final = (4, 20)
"""Words in a headline of such a list (shorter lines are menu words and list items, which
articles end with as often as pages do: a run of them is no sign, see docs/junk.md)."""
HEADLINE_RUN: Final = 4
"""Units: this many short unfinished lines in a row after the article's last prose are a list
of headlines (a list that ends an article is more often a list of single words or figures)."""
STOPS: Final = frozenset(".!?。！？")
"""What a finished sentence ends with (not ``:``: a label ending in one is no sentence; a
headline has none)."""


def headline_run(texts: Sequence[str], units_at: dict[int, bool], i: int) -> bool:
    """Whether `HEADLINE_RUN` units start at line ``i``, each one line of 4 to 20 words that is
    not prose, starts with a capital and does not end in a full stop; or a teaser list does
    (`teaser_list_at`: headlines with their summaries)."""
    return _headlines_at(texts, units_at, i) or teaser_list_at(texts, units_at, i)


def _headlines_at(texts: Sequence[str], units_at: dict[int, bool], i: int) -> bool:
    for k in range(i, i + HEADLINE_RUN):
        if k >= len(texts) or units_at.get(k) is not False:
            return False
        if k + 1 < len(texts) and k + 1 not in units_at:
            return False  # a run of more than one line
        words = texts[k].split()
        if not HEADLINE_WORDS[0] <= len(words) <= HEADLINE_WORDS[1] or not texts[k][0].isupper():
            return False
        if texts[k][-1] in STOPS:
            return False  # a short sentence: a headline has no full stop
    return True


_LATE_STOP: Final = lazy(
    globals(),
    "_LATE_STOP",
    r"([.!?…])[\"'”’»«“)\]]{0,3}(?:\s?\([^()]{1,12}\))?[\"'”’»«“]{0,2}"
    r"(?:\s?(?:\^\^|[:;]-?[)(]))?$",
)
"""A sentence's end that the line's terminal punctuation does not show: a German closing quote
after the full stop (``… getötet.“``) or an agency's or author's tag after it (``… besonders“.
(mz)``, ``… am Montag. (dpa)``), or a smiley after it (``… kommt.^^``, ``… gesehen. :)``, as
blogs and forums end a sentence): the paragraph is finished all the same."""


def line_stop(term: str, text: str) -> str:
    """``term`` (the line's terminal punctuation), or the stop that `_LATE_STOP` finds.

    >>> line_stop("", "… wo alles gezogen wird.^^"), line_stop("", "… am Montag. (dpa)")
    ('.', '.')
    """
    if term or text[-1:].isalnum():
        return term
    m = _LATE_STOP.search(text[-24:])
    return m.group(1) if m else ""


_BOX_ENDS: Final = STOPS | {":"}
"""The last characters of a line `page_box` reads (a sentence's stops, and a colon)."""
PAGE_BOX: Final = lazy(
    globals(),
    "PAGE_BOX",
    r"""(?ix)(?:^|\W)(?:
      cookies?[-\ ](?:einstellungen|settings|policy|richtlinie|banner)|(?:use|uses|verwenden
        |nutzen|utilise|utilisons|utilizamos|usiamo)\ (?:\w+\ ){0,3}cookies|cookies\ blockiert
      |(?:logged|signed)\ in\ to|(?:log|sign)\ in\ to\ (?:comment|join|read|continue)
      |nicht\ eingeloggt|anmelden\ oder\ (?:neu\ )?registrieren|benutzerkonto
      |connectez-vous\ pour|inicia\ sesión\ para|inicie\ sesión\ para
      |all\ rights\ reserved|alle\ rechte\ vorbehalten|todos\ los\ derechos\ reservados
      |tous\ droits\ réservés|tutti\ i\ diritti\ riservati|todos\ os\ direitos\ reservados
      |все\ права\ защищены|všechna\ práva\ vyhrazena|wszelkie\ prawa\ zastrzeżone
      |(?:weiterverwendung|vervielfältigung)\ und|nicht\ gestattet|without\ (?:prior\ )?written
        \ permission|reader\ comments\ do\ not|do\ not\ necessarily\ reflect
      |(?:keep|please\ keep)\ comments|comments\ may\ take|noch\ keine\ kommentare
      |no\ comments\ yet|be\ the\ first\ to\ comment|join\ the\ discussion
      |sé\ el\ primero\ en\ comentar|soyez\ le\ premier\ à\ commenter
      |(?:mit\ ihrem|ein|das)\ (?:digital-)?abo\ (?:können|abschließen)|digital-abo
      |datenschutz(?:erklärung|information|hinweise?)|privacy\ (?:policy|notice|statement)
      |política\ de\ privacidad|politique\ de\ confidentialité
      |von\ einem\ moderator|kommentar-?regeln|netiquette|um\ (?:hier\ )?(?:zu\ )?kommentieren
      |(?:registrieren|loggen)\ sie\ sich|nächste\ kommentierung|save\ my\ name
      |newsletter\ (?:erhalten|abonnieren|anmelden)|für\ den\ [\w-]*newsletter
      |(?:sign\ up|subscribe)\ (?:for|to)\ (?:our|the)\ [\w\ ]{0,20}newsletters?|opt\ out
      |jederzeit\ (?:mit\ wirkung\ )?(?:für\ die\ zukunft\ )?widerrufen|noch\ kein\ abo
      |abo-angebote|als\ abonnent|meinung\ des\ autors|nicht\ notwendigerweise
      |urheberrechtlich\ geschützt|nicht\ öffentlich\ zugänglich|(?:editorial\ )?disclaimer:
      |comments\ are\ moderated|comment\ policy|will\ not\ be\ published|wird\ nicht
        \ veröffentlicht|ne\ sera\ pas\ publiée|no\ será\ publicad[ao]|non\ sarà\ pubblicat[ao]
      |abonnez-vous\ à\ (?:notre|la)\ newsletter|suscríbete\ a\ (?:nuestro|la)\ (?:newsletter
        |boletín)|iscriviti\ alla\ newsletter|inscreva-se\ (?:na|em\ nossa)\ newsletter
      |(?:abonnieren\ sie|abonniere|abonnieren)\ (?:jetzt\ )?(?:unseren|den)\ [\w-]*newsletter
      |notify\ me\ of\ (?:follow-up\ comments|new\ posts)|(?:verwendet|uses)\ akismet
      |(?:der|dieser)\ artikel\ gefallen|war\ (?:der|dieser)\ artikel\ (?:nützlich|hilfreich)
      |was\ this\ article\ helpful|ihre\ meinung\ ist\ uns\ wichtig
    )""",
)
"""Phrases of the page's own boxes of prose in its tail, in the corpora's languages: a login,
cookie or consent text, a copyright or legal note, the comment section's rules and its empty
state, a subscription's offer (``Wir verwenden … Cookies``, ``All rights reserved``, ``Please
keep comments relevant``, ``Aktuell sind Sie nicht eingeloggt``).  Never an author's bio or a
correction note (those are the article's: they name no such thing)."""


def page_box(text: str) -> bool:
    """Whether a line after the tail's first sign is one of the page's own boxes of prose
    (`PAGE_BOX`), not the article's closing paragraph.

    >>> page_box("Wir verwenden auf unserer Seite Cookies, um Ihnen das beste Erlebnis zu bieten.")
    True
    >>> page_box("Please keep comments relevant and respectful.")
    True
    >>> page_box("Anna Berg is a reporter covering health and science for the paper.")
    False
    """
    # (a box's sentences are finished, or end in a colon before its choices: most lines after
    # the sign, a teaser's headline, are not read by the pattern, whose many phrases are tried at
    # every character)
    if text[-1:] not in _BOX_ENDS and not line_stop("", text):
        return False
    return bool(PAGE_BOX.search(text))
