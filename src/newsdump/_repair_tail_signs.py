"""More signs that a page's tail has begun after the article's last prose (issue #19).

`_repair_bounds.bounds_asides` starts the tail at the first line after the article's stretch
that shows it: a label (`TAIL_LABEL`, `END_LABEL`), a cue line, a date or a number alone, a run
of headlines.  The lines between the stretch's end and that sign stay (a list or a table that
ends the article), so a sign missed there keeps every line down to the next one.  This module
adds the page's prompts and counts that no article ends with, read as data (word lists, not
one page's strings):

- a prompt to follow, subscribe, share or support the site (``Folgen Sie uns``, ``Zum
  Newsletter anmelden``, ``Möchten Sie den Artikel teilen?``, ``Apoya a …``);
- a count of views, shares or signatures (``1.234 views``, ``Post Views: 87``), or of the
  comments on a named post (``3 responses to “…”``);
- a category or tag line with its values (``Kategorien: Reisen, Küste``, ``Filed under: …``).

A sign is a short line (`SIGN_WORDS`): a sentence that merely names a newsletter is no sign.
The lines after it are set aside as the tail's other lines are (a finished sentence may still
be the article's last words), so a sign needs no more certainty than the cue words have.

`cut_at_sign` splits the run of lines (the walk's unit: a line and the ones cut from it at
links) that holds the tail's first sign when the sign and every line after it in that run are
signs (a share row under a credit: ``Beitrag von Anna Berg`` / ``bei Facebook teilen`` / ``bei
X teilen``); a sentence cut at a link whose piece holds a cue word (``In her`` / ``closing
comments`` / ``Okafor said …``) goes on after it and is left whole.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final

from ._lazyre import lazy

__all__ = ["JOB_MARK", "SIGN_WORDS", "cut_at_sign", "tail_sign"]

SIGN_WORDS: Final = 10
"""Words: a sign is shorter (the bound of `_repair_bounds.CUE_WORDS`, for the same reason: a
longer line naming a newsletter or a share is a sentence or a headline)."""

SIGN_PHRASE: Final = lazy(
    globals(),
    "SIGN_PHRASE",
    r"""(?ix)\b(?:
      # follow the site (en, de, es, fr, it, pt, nl, pl)
      follow\ us|folge\ uns|folgen\ sie\ uns|findet\ uns|find\ us|síguenos|suivez[-\ ]nous
      |seguici|siga[-\ ]nos|nos\ siga|volg\ ons|obserwuj\ nas
      # newsletters and subscriptions
      |newsletters?|subscribe|suscríbete|abonnez[-\ ]vous|iscriviti|inscreva[-\ ]se
      # support the site
      |unterstützen\ sie|unterstütze\ uns|support\ us|apoya\ a|ayúdanos|soutenez[-\ ]nous
      |sostieni|apoie
      # reprints
      |reprints?\ and\ permissions
      # get the site's app (en, de, fr, es, it, pt, nl, tr)
      |download\ (?:our|the)\ (?:\w+\ )?app|app\ herunterladen|laden\ sie\ (?:unsere|die)\ app
      |téléchargez\ (?:notre\ |l')?app(?:lication)?|descarga\ (?:nuestra|la)\ app|scarica\ l'app
      |baixe\ o\ app|download\ de\ app|uygulamasını\ indirin
      # the newsletter in the reader's inbox
      |(?:in|into)\ your\ inbox|im\ postfach|in\ ihr(?:em)?\ postfach|dans\ votre\ boîte
    )\b""",
)
"""A phrase of a page's prompt to follow, subscribe or support it, found anywhere in a short
line (``Jetzt zum Newsletter anmelden``, ``Get our weekly newsletter``)."""

SHARE_PROMPT: Final = lazy(
    globals(),
    "SHARE_PROMPT",
    r"(?i)\b(?:artikel|beitrag|seite)\b[^.!?]{0,24}\bteilen\b"
    r"|\bshare\ (?:this|the)\ (?:article|story|post)\b|\bpartager\ cet\ article\b",
)
"""A prompt to share the article (``Diesen Artikel teilen``, ``Möchten Sie den Artikel
teilen?``, ``Share this story``): finished or not, unlike the cue words."""

SIGN_LINE: Final = lazy(
    globals(),
    "SIGN_LINE",
    r"""(?ix)^\W*(?:
      # a count of views, shares or signatures
      [\d.,]+\ ?(?:views|shares|aufrufe|signatures|unterschriften|likes)|post\ views:?\ [\d.,]+
      |shares
      # the comments on a named post
      |\d+\ (?:responses?|comments?|kommentare?|commentaires?|comentarios?|commenti|reacties)
      \ (?:to|zu|on|sur|en|a|op|su)\b.*
      # a share row's counts glued (Share12Tweet3)
      |(?:share|tweet)\d.*
      # a category or tag line with its values
      |(?:kategorien?|categories|category|categorías?|catégories?|categorie|categoria
      |filed\ under|abgelegt\ unter|tagi|stichwörter|temas\ relacionados)\ ?:.*
      # the site's own index and ad labels
      |seitenindex|servicemenü|annons|reklama|werbung
      # a prompt to report an error in the article (de, en, fr, es, it, pl, lv, pt)
      |(?:haben\ sie\ |hast\ du\ )?(?:einen\ )?fehler\ (?:gefunden|entdeckt|melden)\b.*
      |fehler\ auf\ \S+\ entdeckt|report\ an?\ (?:error|typo|correction)|signaler\ une\ erreur
      |¿?(?:encontraste|viste)\ un\ error|segnala\ un\ errore|zgłoś\ błąd|kļūda\ rakstā
      |encontrou\ (?:algo\ errado|um\ erro)\b.*
      # print or mail the article
      |version\ imprimable|envoyer\ par\ e?-?mail|print\ (?:this\ )?(?:article|story)
      |artikel\ (?:drucken|versenden)|imprimir\ (?:artículo|noticia)|stampa\ (?:articolo|pagina)
      # the next or the previous post, in the languages whose labels are not `TAIL_LABEL`s
      |(?:article|artículo|articolo|artigo)\ (?:suivant|siguiente|successivo|seguinte)\b.*
      |próximo\ artigo\b.*|(?:older|newer)\ posts?
      # a page's notice or offer, not the article's
      |(?:bitte\ )?(?:aktivieren\ sie|enable|activez|activa|habilita)\ javascript.*
      |(?:\d+\ \w+\ )?kostenlos\ testen|start\ (?:your\ )?free\ trial
      # a job market's box
      |stellenmarkt|stellenangebote
    )\W*$""",
)
"""A whole line that is a count, a category line or a label of the page's own."""


JOB_MARK: Final = lazy(globals(), "JOB_MARK", r"\((?:[mwfdx]/){2}[mwfdx]\)")
"""A job advert's gender mark (``(m/w/d)``, ``(w/m/d)``, ``(m/f/d)``): a line holding one
after the article is an item of the page's job market."""


def tail_sign(text: str) -> bool:
    """Whether a line is a prompt, a count or a category line of the page (`SIGN_PHRASE`,
    `SHARE_PROMPT`, `SIGN_LINE`): after the article's last prose, a sign that the tail has
    begun.

    >>> tail_sign("Folgen Sie uns auf"), tail_sign("1.204 views"), tail_sign("Share this story")
    (True, True, True)
    >>> tail_sign("Kategorien: Reisen, Küste"), tail_sign("Jetzt Artikel teilen!")
    (True, True)
    >>> tail_sign("The newsletter of the harbour club has been printed every month since 1962.")
    False
    >>> tail_sign("Der Rat tagt im Mai"), tail_sign("Categories of bridges")
    (False, False)
    """
    if text.count(" ") >= SIGN_WORDS:
        return False
    return bool(
        SIGN_LINE.match(text)
        or SIGN_PHRASE.search(text)
        or SHARE_PROMPT.search(text)
        or ("/" in text and JOB_MARK.search(text))
    )


def cut_at_sign(
    units: Sequence[tuple[int, int, bool]], at: int, sign: Callable[[int], bool]
) -> tuple[list[tuple[int, int, bool]], int]:
    """``units`` (first line, line after the last, whether prose) with the run that is not
    prose and holds line ``at`` (the tail's first sign) inside it cut before ``at``, when
    ``at`` and every later line of that run are signs (``sign``) and they are two or more; and
    ``at`` when it cut there (the break before it is then kept), else -1.

    >>> cut_at_sign([(0, 1, True), (1, 5, False)], 3, lambda i: i >= 3)
    ([(0, 1, True), (1, 3, False), (3, 5, False)], 3)
    >>> cut_at_sign([(0, 1, True), (1, 5, False)], 3, lambda i: i == 3)  # (a sentence goes on)
    ([(0, 1, True), (1, 5, False)], -1)
    """
    out: list[tuple[int, int, bool]] = []
    cut = -1
    for a, b, good in units:
        if not good and a < at < b - 1 and all(sign(k) for k in range(at, b)):
            out.append((a, at, False))
            out.append((at, b, False))
            cut = at
        else:
            out.append((a, b, good))
    return out, cut
