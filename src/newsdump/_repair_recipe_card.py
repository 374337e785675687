"""A recipe card's chrome inside the article (issue #19 item 2, eighteenth session):
``noise:recipe-card``.  A food blog's recipe plugin prints a card above the recipe with its
buttons (``Print Recipe``, ``Pin Recipe``, ``Jump to Recipe``), its readers' rating (``4.5
from 12 votes``) and its times, each a label and a duration with its unit said twice (``Prep
Time 15 minutes mins``); the scraped text keeps each on its own line.  A recipe written out in the
article says its times once (``Total Time: 1 hour``) or in sentences.  The labels are data in
the corpora's languages (`CARD_LABELS`, `CARD_BUTTONS`).  `_repair_teaser_links.link_asides` reads
it, after the article's bounds, on the lines no rule but a heading's or a caption's shape took.
"""

from __future__ import annotations

from typing import Final

from ._lazyre import lazy
from ._repair_label_words import alt
from ._repair_registry import RULES

RECIPE_CARD: Final = RULES["noise:recipe-card"].aside
CARD_LABELS: Final = alt(
    "prep_time cook_time total_time resting_time rest_time active_time baking_time chill_time",
    "zubereitungszeit kochzeit backzeit ruhezeit gesamtzeit arbeitszeit",  # German
    "temps_de_préparation temps_de_cuisson temps_total temps_de_repos",  # French
    "tiempo_de_preparación tiempo_de_cocción tiempo_total",  # Spanish
    "tempo_di_preparazione tempo_di_cottura tempo_totale",  # Italian
)
"""A recipe card's time labels, before their duration (``_`` for a space)."""
CARD_BUTTONS: Final = alt(
    "print_recipe pin_recipe jump_to_recipe save_recipe rate_recipe",  # English
    "rezept_drucken rezept_merken zum_rezept_springen",  # German
    "imprimer_la_recette imprimir_receta stampa_la_ricetta",  # French, Spanish, Italian
)
"""A recipe card's buttons, alone or two on a line."""
_UNITS: Final = alt(
    "min mins minute minutes hr hrs hour hours",
    "minuten std stunde stunden",
    "heure heures minuto minutos hora horas minuti ora ore",
)
_CARD: Final = lazy(
    globals(),
    "_CARD",
    rf"""(?ix)^(?:
        (?:{CARD_LABELS})\s?:?(?:\s?\d{{1,3}}\s?(?:{_UNITS})\s(?:{_UNITS})\b){{1,3}}
                                                                   # Prep Time 15 minutes mins
      | (?:{CARD_BUTTONS})(?:\s(?:{CARD_BUTTONS})){{0,2}}          # Print Recipe Pin Recipe
      | [1-5](?:[.,]\d{{1,2}})?\s(?:from|of|von|sur|de|di)\s\d{{1,5}}\s
            (?:votes?|ratings?|reviews?|stimmen|bewertungen|avis|votos|voti)   # 4.5 from 12 votes
    )\W*$""",
)
"""A card's time, its buttons or its rating, the whole line.  A card's time says its unit twice
(``15 minutes mins``: the number's unit and the label the plugin prints for screen readers);
a time said once (``Total Time: 1 hour``) is as often the recipe's own text, which train's
truth keeps."""
_FIRST: Final = frozenset(
    w.split("\\s")[0].replace("\\", "") for w in (CARD_LABELS + "|" + CARD_BUTTONS).split("|")
)
"""The first word of a card's label or button, lower-cased: a cheap test first."""
CARD_INITIALS: Final = frozenset(c for w in _FIRST for c in (w[0], w[0].upper()))
"""What a card's label or button starts with (a rating starts with a digit)."""
CARD_CHARS: Final = 60
"""Characters: the longest card line (two buttons, or a label and two durations) fits."""


def recipe_card(line: str, low: str | None = None) -> bool:
    """Whether ``line`` is a line of a recipe card (``low``: its lower case, when the caller
    has it).

    >>> recipe_card("Prep Time 15 minutes mins"), recipe_card("Zubereitungszeit 15 Minuten Min.")
    (True, True)
    >>> recipe_card("Total Time: 1 hour")  # (a recipe's own line as often)
    False
    >>> recipe_card("Print Recipe Pin Recipe"), recipe_card("4.8 from 12 votes")
    (True, True)
    >>> recipe_card("Let the dough rest for 20 minutes.")
    False
    """
    if len(line) > CARD_CHARS:
        return False
    if not ("1" <= line[:1] <= "5"):  # (a rating starts with its stars)
        first = (low if low is not None else line.lower()).partition(" ")[0]
        if first.rstrip(":") not in _FIRST:
            return False  # (most lines: a cheap test first)
    return _CARD.match(line) is not None
