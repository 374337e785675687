"""The words of a page's tail, as data for the article's bounds (`_repair_bounds`, issue #19).

Three patterns, each a list of words in the corpora's languages: the label over the list that
starts a page's tail (`TAIL_LABEL`), the labels that never sit inside an article (`END_LABEL`),
and the cue words of the lines around what follows an article (`TAIL_CUE`).  General words of
such labels, as any news site shows them, never strings copied from a corpus page.
"""

from __future__ import annotations

from typing import Final

from ._lazyre import lazy

__all__ = ["END_LABEL", "TAIL_CUE", "TAIL_LABEL"]


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
      # German
      |meistgelesen\w*|beliebteste\ \w+|(?:neueste|letzte|weitere|ähnliche|verwandte)
      \ (?:beiträge|artikel|nachrichten|meldungen|themen)|mehr\ (?:zum\ thema|aus\ \w+
      |artikel|nachrichten)|das\ könnte\ sie\ (?:auch\ )?interessieren|kommentare?
      |(?:schreibe|hinterlasse)\ einen\ kommentar|vorheriger\ \w+|nächster\ \w+
      |schlagwörter|themen|kategorien|archiv|alle\ artikel|zum\ thema|auch\ interessant
      # French, Spanish, Italian, Portuguese, Dutch
      |les\ plus\ lus|à\ lire\ aussi|sur\ le\ même\ sujet|commentaires?|articles\ similaires
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
      |read\ next|up\ next|more\ stories
      # German
      |meistgelesen\w*|beliebteste\ \w+|das\ könnte\ (?:sie|dich)\ (?:auch\ )?interessieren
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
    )\W*$""",
)
"""The label of a list that follows an article and never sits inside one ("Most read",
"Comments", "Next post"): the article's stretch does not run across it (``TAIL_BARRIER`` of
`_repair_bounds`).  Labels of related links ("Related articles", "Mehr zum Thema") are not among
them: pages put those between an article's paragraphs too."""


TAIL_CUE: Final = lazy(
    globals(),
    "TAIL_CUE",
    r"""(?ix)(?:^|\W)(?:
      # share rows and comment forms
      teilen|share|compartir|partager|condividi|partilhar|delen|udostępnij|sdílet|поделиться
      |kommentar\w*|comments?|comentari\w*|commentaires?|commenti|reacties|komentarz\w*
      |komentář\w*|комментари\w*|leserbrief\w*|diskutier\w*|diskussion|discussion|répondre|reply
      # other articles
      |related|relacionad\w*|verwandte\w*|ähnliche\w*|similaires|correlat\w*|gerelateerde?
      |powiązane|související|похожие|en\ relation
      |interessier\w*|interesar|intéresser|interessar|interessare|empfohlen\w*|recommended
      |recomendad\w*|recommandés?|consigliat\w*|aanbevolen|polecane
      |(?:more|mehr|weitere|andere|other|otras|autres|altri|outras|meer|mer)\ (?:about|from|in|on
        |zum|über|aus|von|artikel|beiträge|nachrichten|themen|articles?|stories|noticias|news
        |articoli|notícias|over|om)\b
      # navigation between posts
      |navigation|navigación|navigazione|nawigacja|previous|vorherige\w*|voriger|précédent
      |anterior|precedente|poprzedni|(?:next|nächste[rn]?|suivant|siguiente|successivo|następny)
        \ (?:post|article|artikel|beitrag|entry|story|articolo|artículo|wpis)
      # topic and tag lists
      |themen|temas|thèmes|schlagw\w*|stichw\w*|markiert\ mit|filed\ under|tagi|etiquetas
      |keywords|topics?
      # see also, most read
      |siehe\ auch|see\ also|voir\ aussi|ver\ también|mirá\ también|veja\ também|vedi\ anche
      |zie\ ook|(?:meist|am\ meisten)\ gelesen|most\ (?:read|popular|viewed)|populaires
      |populares|más\ leíd\w+|più\ lett\w+|mais\ lid\w+|external\ links|externe\ links
      |weblinks
      # the page's footer
      |impressum|datenschutz\w*|privacy|sitemap|startseite|homepage|accueil|nach\ oben
      |back\ to\ top|quicklinks|(?:presse)?kontakt|contact(?:\ us|o)?|mediadaten
      # reader forms and article tools
      |name\ \*|e-?mail(?:-adresse)?\ \*|passwor[dt]|benutzername|username|vorname|nachname
      |(?:deine|ihre|your)\ (?:meinung|opinion)|drucken|imprimir|imprimer|merken|feedback
    )(?:\W|$)""",
)
"""Words of the labels over what follows a page's article (share rows, comment forms, other
articles, prev/next links, topic lists), in the corpora's languages: after the article's last
prose, a short unfinished line holding one starts the tail."""
