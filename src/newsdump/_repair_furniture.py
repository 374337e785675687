"""Page furniture that every site prints in the same words (issue #19, session 11's sixth round):
a comment section's buttons and form (``Reply``, ``Leave a comment``, ``Your email address
will not be published.``), an author box's label (``About the author``, ``More articles by
Jane Roe``) and a form's consent box (``Ich willige in den Erhalt des Newsletters ein …``).

Publishing systems ship these strings with their comment forms and themes, so a page in any of
the corpora's languages prints them word for word; the lists are data, one group a language.
A line is read as its words only (`words_key`: lower case, punctuation dropped), so ``Reply``,
``REPLY`` and ``Reply ↓`` are one key.  Called by `_repair_teasers.teaser_asides` on the lines
that no rule but a heading's or a caption's shape took.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from . import _text as tx
from ._repair_registry import RULES
from ._repair_rules import Aside

__all__ = [
    "AFTER_CREDIT",
    "BOXED",
    "CONSENT_CHARS",
    "FURNITURE_FIRST",
    "FURNITURE_RULES",
    "after_credit",
    "boxed",
    "first_word",
    "furniture",
    "words_key",
]

COMMENT_FORM: Final = RULES["noise:comment-form"].aside
AUTHOR_BOX: Final = RULES["noise:author-box"].aside
CONSENT: Final = RULES["noise:consent"].aside
BOXED: Final = RULES["noise:boxed"].aside
AFTER_CREDIT: Final = RULES["noise:after-credit"].aside
FURNITURE_RULES: Final = frozenset(
    (COMMENT_FORM.rule, AUTHOR_BOX.rule, CONSENT.rule, BOXED.rule, AFTER_CREDIT.rule)
)
"""The names of this module's rules."""

_COMMENT_LINES: Final = (
    "reply reply_to_this_comment leave_a_reply leave_a_comment post_a_comment post_comment"
    " submit_comment cancel_reply log_in_to_comment login_to_comment sign_in_to_comment"
    " log_in_to_reply report_comment report_abuse load_more_comments show_more_comments"
    " view_comments hide_comments join_the_discussion"  # English
    " auf_kommentar_antworten antworten_abbrechen antwort_abbrechen"
    " kommentar_abschicken kommentar_absenden kommentar_schreiben schreibe_einen_kommentar"
    " hinterlasse_einen_kommentar kommentieren zum_kommentieren_anmelden kommentar_melden"
    " weitere_kommentare_laden alle_kommentare_anzeigen"  # German
    " répondre laisser_un_commentaire laisser_une_réponse annuler_la_réponse"
    " signaler_ce_commentaire publier_le_commentaire"  # French
    " responder deja_un_comentario deja_una_respuesta dejar_un_comentario cancelar_respuesta"
    " publicar_comentario"  # Spanish
    " rispondi lascia_un_commento annulla_risposta invia_commento"  # Italian
    " beantwoorden reageren laat_een_reactie_achter plaats_een_reactie"  # Dutch
    " odpowiedz dodaj_komentarz anuluj_pisanie_odpowiedzi"  # Polish
    " odpovědět přidat_komentář"  # Czech
)
"""A comment section's buttons and headings, the whole line (a one-word ``Report`` or ``Melden``
is a heading or a label elsewhere as often and is not in the list, nor ``Antworten``, which is
the noun ``answers`` as often: a heading over a politician's answers)."""
_COMMENT_STARTS: Final = (
    "save_my_name_email_and_website_in_this_browser save_my_name_and_email_in_this_browser"
    " your_email_address_will_not_be_published you_must_be_logged_in_to_post_a_comment"
    " please_read_our_comment_policy comments_are_closed required_fields_are_marked"
    " this_site_uses_akismet_to_reduce_spam"  # English
    " meinen_namen_e_mail_und_website_in_diesem_browser"
    " ihre_e_mail_adresse_wird_nicht_veröffentlicht"
    " deine_e_mail_adresse_wird_nicht_veröffentlicht erforderliche_felder_sind_mit"
    " du_musst_angemeldet_sein_um_einen_kommentar kommentare_sind_geschlossen"
    " die_kommentarfunktion_ist_geschlossen"  # German
    " enregistrer_mon_nom_mon_e_mail_et_mon_site votre_adresse_e_mail_ne_sera_pas_publiée"
    " les_champs_obligatoires_sont_indiqués les_commentaires_sont_fermés"  # French
    " guarda_mi_nombre_correo_electrónico_y_web tu_dirección_de_correo_electrónico_no_será"
    " los_campos_obligatorios_están_marcados los_comentarios_están_cerrados"  # Spanish
    " il_tuo_indirizzo_email_non_sarà_pubblicato i_campi_obbligatori_sono_contrassegnati"
    " salva_il_mio_nome_email_e_sito_web"  # Italian
    " je_e_mailadres_wordt_niet_gepubliceerd vereiste_velden_zijn_gemarkeerd"  # Dutch
    " twój_adres_e_mail_nie_zostanie_opublikowany"  # Polish
)
"""The standard sentences of a comment form (a theme's notes on the e-mail address, the
required fields and the saved name), by their first words."""
_AUTHOR_LINES: Final = (
    "about_the_author about_the_authors author_of_the_article more_articles_by_this_author"
    " follow_this_author"  # English
    " über_den_autor über_die_autorin über_die_autoren mehr_vom_autor mehr_von_diesem_autor"
    " weitere_artikel_des_autors weitere_artikel_der_autorin"  # German
    " à_propos_de_l_auteur à_propos_de_l_autrice plus_d_articles_de_cet_auteur"  # French
    " sobre_el_autor sobre_la_autora más_artículos_del_autor"  # Spanish
    " sull_autore l_autore altri_articoli_dell_autore"  # Italian
    " over_de_auteur o_autorze o_autorovi"  # Dutch, Polish, Czech
)
"""An author box's label, the whole line (its bio after it is the author's closing paragraph as
often and stays)."""
_AUTHOR_STARTS: Final = (
    "more_articles_by more_stories_by all_articles_by more_from_author weitere_artikel_von"
    " alle_artikel_von mehr_artikel_von plus_d_articles_de tous_les_articles_de"
    " más_artículos_de todos_los_artículos_de altri_articoli_di tutti_gli_articoli_di"
    " meer_artikelen_van"
)
"""An author box's link to the author's page, then the name (`AUTHOR_NAME_WORDS` words at most)."""
AUTHOR_NAME_WORDS: Final = 4
"""Words: a name with a middle name and a particle (``Anna van der Berg``) fits; more are a
sentence about the author's articles."""
_CONSENT_STARTS: Final = (
    "i_agree_to i_accept_the i_consent_to i_would_like_to_receive i_would_like_to_be_emailed"
    " ich_willige ich_akzeptiere ich_stimme_zu ich_bin_damit_einverstanden"
    " ich_bin_auch_damit_einverstanden ich_möchte_den_newsletter"
    " j_accepte je_consens j_accepte_de_recevoir acepto he_leído_y_acepto accetto"
    " ho_letto_e_accetto ik_ga_akkoord akceptuję wyrażam_zgodę souhlasím"
)
"""A form's consent box, first person (``I agree to …``, ``Ich willige … ein``)."""
_CONSENT_TOPICS: Final = re.compile(
    r"privacy|datenschutz|confidentialit|privacidad|riservatezza|privacy|prywatno|osobních"
    r"|newsletter|e-mail|email|correo|agb|terms|conditions|nutzungsbedingungen|widerruf"
    r"|unsubscribe|abmelden|désinscri|baja|dati|gegevens|dane|údaj"
)
"""What a consent box is about (the words of privacy, newsletters, e-mail and terms in the
corpora's languages): a first-person ``I agree`` without them is a quotation."""
CONSENT_CHARS: Final = 600
"""Characters: a consent box with its note on withdrawal fits (the longest seen ran to 400)."""
FURNITURE_CHARS: Final = 200
"""Characters: the longest comment-form note (the saved name's, in French) fits."""


_WORD: Final = re.compile(r"\w+")
"""A word, as `words_key` reads them (compiled once: ``re.findall`` with the pattern's text
looks it up in the module's cache on every call)."""


def words_key(low: str) -> str:
    """A line's words (``low``: lower-cased), punctuation dropped, one space apart.

    >>> words_key("save my name, email, and website in this browser.")
    'save my name email and website in this browser'
    """
    return " ".join(_WORD.findall(low))


def first_word(low: str) -> str:
    """``words_key(low)``'s first word ("" if none), without reading the rest of the line.

    >>> first_word("« save my name, email")
    'save'
    """
    m = _WORD.search(low)
    return "" if m is None else m.group()


def _keys(words: str) -> frozenset[str]:
    return frozenset(words_key(w.replace("_", " ")) for w in words.split())


def _starts(words: str) -> tuple[str, ...]:
    return tuple(words_key(w.replace("_", " ")) + " " for w in words.split())


_WHOLE: Final = {
    **dict.fromkeys(_keys(_COMMENT_LINES), COMMENT_FORM),
    **dict.fromkeys(_keys(_AUTHOR_LINES), AUTHOR_BOX),
}
_COMMENT_START: Final = _starts(_COMMENT_STARTS)
_AUTHOR_START: Final = _starts(_AUTHOR_STARTS)
_CONSENT_START: Final = _starts(_CONSENT_STARTS)
FURNITURE_FIRST: Final = frozenset(
    key.split(" ")[0] for key in (*_WHOLE, *_COMMENT_START, *_AUTHOR_START, *_CONSENT_START)
)
"""The first words (lower-cased, as `words_key` reads them) of every line this module takes: a
cheap test first."""


def furniture(line: str, low: str) -> Aside | None:
    """The furniture rule that takes ``line`` (``low``: its ``lower()``), or None.

    >>> [furniture(s, s.lower()).rule for s in ("Reply", "Schreibe einen Kommentar",
    ...     "Votre adresse e-mail ne sera pas publiée.", "Über den Autor",
    ...     "More articles by Anna Berg", "Ich willige in den Erhalt des Newsletters ein.")]
    ['noise:comment-form', 'noise:comment-form', 'noise:comment-form', 'noise:author-box',\
 'noise:author-box', 'noise:consent']
    >>> furniture("Ich willige ein, sagte sie.", "ich willige ein, sagte sie.") is None
    True
    >>> furniture("More articles by the council are due.", "more articles by the council are due.")
    """
    if len(line) > CONSENT_CHARS:
        return None
    if first_word(low) not in FURNITURE_FIRST:
        return None  # (most lines)
    key = words_key(low)
    found = _WHOLE.get(key)
    if found is not None:
        # "Über die Autorin:" opens the author's closing paragraph, which stays with its label
        return None if found is AUTHOR_BOX and line.rstrip().endswith(":") else found
    key += " "
    if key.startswith(_CONSENT_START):
        return CONSENT if _CONSENT_TOPICS.search(low) else None
    if len(line) > FURNITURE_CHARS:
        return None
    if key.startswith(_COMMENT_START):
        return COMMENT_FORM
    if key.startswith(_AUTHOR_START) and not line.rstrip().endswith((".", "!", "?")):
        name = key[len(next(s for s in _AUTHOR_START if key.startswith(s))) :]
        return AUTHOR_BOX if 0 < name.count(" ") <= AUTHOR_NAME_WORDS else None
    return None


BOX_CHARS: Final = 150
"""Characters: a box's title (a player's, a teaser's, a product's) with a kicker fits, as
`_repair_teasers.HEADLINE_CHARS`."""
_BOX_OPEN_END: Final = tuple(",，、،")
"""A line ending in one of these (or in a sentence's stop or a colon, `_text.TERMINALS`, in any
script) goes on, or is a sentence or a label of what follows: not a box's title."""


def _open_end(text: str) -> bool:
    """Whether ``text`` ends in a stop, a colon or a comma, in any script (``部长。``)."""
    return tx.ends_sentence(text) or text.endswith(_BOX_OPEN_END)


_NOT_BOX: Final = frozenset(("noise:head", "noise:title"))
"""The page's header around the headline: a subtitle or a kicker between a banner's label and
the headline again is the article's as often (leaving one source out: the header's lines were
the losses in both folds that showed any)."""


def boxed(texts: Sequence[str], asides: Sequence[Aside | None], k: int) -> bool:
    """Whether line ``k`` is a box's title between two lines set aside as page junk (``Video``
    / ``<title>`` / ``Duration 1:30``; ``Anzeige`` / ``<product>`` / ``Foto: Shop``): a short
    line without a stop, its neighbours both ``noise`` by a rule of their own text, not the
    header's, and not one label repeated between an article's paragraphs (``Article content`` /
    ``<a heading>`` / ``Article content``), which separates the article's own lines.

    >>> from newsdump._repair_registry import RULES
    >>> ad, credit = RULES["noise:advertisement"].aside, RULES["noise:credit"].aside
    >>> boxed(["Anzeige", "Neue Kaffeemaschine im Test", "Foto: Shop"], [ad, None, credit], 1)
    True
    >>> boxed(["Anzeige", "Der Test lief gut.", "Foto: Shop"], [ad, None, credit], 1)
    False
    >>> boxed(["Anzeige", "Neue Kaffeemaschine im Test", "Anzeige"], [ad, None, ad], 1)
    False
    """
    before, after = asides[k - 1], asides[k + 1]
    if before is None or after is None or before.kind != "noise" or after.kind != "noise":
        return False
    if before.rule in _NOT_BOX or after.rule in _NOT_BOX:
        return False
    text = texts[k]
    if not text or len(text) > BOX_CHARS or _open_end(text):
        return False
    return texts[k - 1] != texts[k + 1]


_CREDITS: Final = frozenset(("noise:copyright", "noise:photo-agency"))
"""A picture's credit line by its own words (``© Agency``, ``… / Getty Images``).  Not a labelled
``Foto: …`` or ``Credits: …`` (`noise:credit`): a heading of the article followed one in each of
the two sources that showed any (leaving one source out, each fold saw the other's)."""


def after_credit(texts: Sequence[str], asides: Sequence[Aside | None], k: int) -> bool:
    """Whether line ``k`` is a picture's caption right after its credit line (`_CREDITS`): a
    short line without a stop (`BOX_CHARS`), as `boxed` reads a box's title.

    >>> from newsdump._repair_registry import RULES
    >>> credit = RULES["noise:photo-agency"].aside
    >>> after_credit(["Anna Berg / Getty Images", "Die neue Fähre im Hafen"], [credit, None], 1)
    True
    >>> after_credit(["Anna Berg / Getty Images", "Die Fähre kam am Montag."], [credit, None], 1)
    False
    """
    before = asides[k - 1]
    if before is None or before.rule not in _CREDITS:
        return False
    text = texts[k]
    return bool(text) and len(text) <= BOX_CHARS and not _open_end(text)
