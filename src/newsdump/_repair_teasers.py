"""Link-like blocks and prompts inside the article (issue #19 item 2): the further headlines of
a teaser box after its label and first headline (``noise:teaser-run``), and a reader's prompt
to subscribe, sign in, download the app or comment (``noise:prompt``).

Run after the article's bounds (`_repair_bounds`) and the other set-aside rules, which these
lines do not move; only lines that no rule but a heading's or a caption's shape took are read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from . import _text as tx
from ._repair_between import BETWEEN, between_asides
from ._repair_chrome_lines import CHROME_RULES
from ._repair_context import LineFacts
from ._repair_dated import DATED_HEADLINE, dated_asides
from ._repair_furniture import (
    AFTER_CREDIT,
    BOXED,
    CONSENT_CHARS,
    FURNITURE_FIRST,
    after_credit,
    boxed,
    first_word,
    furniture,
)
from ._repair_junk import noise_by_pattern
from ._repair_label_words import alt as _alt
from ._repair_pictured import PICTURED, pictured_asides
from ._repair_recipe_card import RECIPE_CARD
from ._repair_refrain import links_cut
from ._repair_registry import RULES
from ._repair_rules import Aside
from ._repair_teaser_links import LINK_RULES, link_asides

TEASER_RUN: Final = RULES["noise:teaser-run"].aside
PROMPT: Final = RULES["noise:prompt"].aside
TEASER_RULES: Final = (
    frozenset((TEASER_RUN.rule, PROMPT.rule, DATED_HEADLINE.rule, PICTURED.rule, BETWEEN.rule))
    | LINK_RULES
    | {RECIPE_CARD.rule}
    | CHROME_RULES
)
"""The names of this module's rules and of the ones it runs (`_repair_dated`,
`_repair_pictured`, `_repair_teaser_links` with `_repair_recipe_card` and
`_repair_chrome_lines`, `_repair_between`)."""
_BOX_STARTS: Final = frozenset(
    ("noise:read-also", "noise:read-more", "noise:related-link", "noise:teaser-headline")
)
"""The rules of a teaser box's label and of the headline right after it: what may follow them
is the box's next headline."""
_BOX_HEADLINES: Final = frozenset(("noise:related-link", "noise:teaser-headline"))
"""The rules of a box's first headline after its label."""


_SHAPES: Final = ("heading", "caption")
"""The kinds of the shape rules, which a label's or a prompt's words overrule."""


def _rule(aside: Aside | None) -> str:
    return aside.rule if aside is not None else ""


HEADLINE_WORDS: Final = 12
"""Words: a related article's headline is at most this long (the longest seen ran to 14; at 16
the article's own unfinished sentences came in)."""
HEADLINE_MIN_WORDS: Final = 3
"""Words: a headline says something (a subject and what befell it); a line of one or two words
is a label, a table's cell or a name, which a list or a fact box holds as often as a page."""
HEADLINE_CHARS: Final = 150
"""Characters: a headline with a kicker and a colon fits."""
_NOT_HEADLINE_END: Final = frozenset(".,;:!?…-–—(/|&+")
"""A line ending in one of these is no headline: a sentence, a label or a line cut at a link."""
_CLOSING: Final = "\"'”’»)"
_OPENING: Final = frozenset("\"'„“«‘‚")


def headline_like(text: str) -> bool:
    """Whether ``text`` reads as a headline: `HEADLINE_MIN_WORDS` to `HEADLINE_WORDS` words, no
    stop, comma or colon at its end, and a capital, an opening quote or an uncased letter first
    (a digit first is a list's item or a table's row; lower case goes on a sentence).

    >>> headline_like("Neue Fähre für die Inseln bestellt"), headline_like("Er sagte es.")
    (True, False)
    >>> headline_like("and the ministers"), headline_like("12 Monate"), headline_like("Politik")
    (False, False, False)
    """
    if not text or len(text) > HEADLINE_CHARS:
        return False
    if text.rstrip(_CLOSING)[-1:] in _NOT_HEADLINE_END or text[-1] in _NOT_HEADLINE_END:
        return False
    if not HEADLINE_MIN_WORDS - 1 <= text.count(" ") < HEADLINE_WORDS:
        return False
    first = text[0]
    return first.isupper() or first in _OPENING or (first.isalpha() and not first.islower())


_PROMPT_START_WORDS: Final = (
    "subscribe sign_in sign_up log_in login register create_an_account create_a_free_account"
    " create_your_account join_the_conversation download_the_app"
    " download_our_app get_the_app share_your_thoughts unlock support_independent_journalism"
    " support_local_journalism support_quality_journalism get_email_updates"  # English
    " jetzt_kostenlos jetzt_abonnieren jetzt_anmelden jetzt_registrieren jetzt_herunterladen"
    " jetzt_testen"
    " kostenlos_anmelden kostenlos_registrieren kostenlos_herunterladen kostenlos_testen"
    " newsletter_abonnieren newsletter_bestellen abo_abschliessen abo_abschließen"
    " melden_sie_sich registrieren_sie_sich laden_sie_die laden_sie_unsere"  # German
    " abonnez-vous inscrivez-vous connectez-vous téléchargez telechargez"  # French
    " suscríbete suscribete regístrate registrate inicia_sesión descarga_la_app"  # Spanish
    " descarga_nuestra_app"
    " abbonati iscriviti accedi scarica_l'app scarica_la_app"  # Italian
    " abonneer meld_je_aan download_de_app"  # Dutch
    " assine_já inscreva-se cadastre-se baixe_o_app deixe_sua_opinião deixe_seu_comentário"
    # Portuguese
    " zaloguj_się zapisz_się subskrybuj"  # Polish
)
_PROMPT_STARTS: Final = _alt(_PROMPT_START_WORDS)
"""What a reader's prompt starts with, in the corpora's languages: a verb said to the reader
(subscribe, sign in, register, download the app, share your thoughts)."""
_PROMPT_END_WORDS: Final = (
    "jetzt_anmelden jetzt_abonnieren jetzt_registrieren jetzt_herunterladen jetzt_bestellen"
    " jetzt_vorbestellen jetzt_testen kostenlos_anmelden kostenlos_abonnieren"
    " kostenlos_registrieren kostenlos_herunterladen kostenlos_testen hier_anmelden"
    " hier_abonnieren hier_registrieren hier_bestellen hier_vorbestellen"  # German
    " subscribe_now subscribe_today sign_up_now sign_up_today sign_up_here register_now"
    " register_here"  # English
    " abonnez-vous inscrivez-vous suscríbete iscriviti inscreva-se"  # French, Spanish, Italian,
    # Portuguese
)
_PROMPT_ENDS: Final = _alt(_PROMPT_END_WORDS)
"""A short prompt ending a line after its last sentence (``… fürs Wochenende. Kostenlos
anmelden.``)."""
_PROMPT_CHROME_WORDS: Final = (
    "link_copied copy_link bookmark link_kopiert lien_copié enlace_copiado link_copiato"
)
_PROMPT_CHROME: Final = _alt(_PROMPT_CHROME_WORDS)
"""A share bar's buttons that say what they did (``Link copied``), alone or two on a line."""
_PROMPT: Final = re.compile(
    rf"""(?ix)^(?:
        (?:{_PROMPT_STARTS})\b                                     # Register to unlock …
      | .{{0,200}}[.!?]\s(?:{_PROMPT_ENDS})\W*$                    # … Jetzt anmelden!
      | (?:{_PROMPT_CHROME})(?:\s(?:{_PROMPT_CHROME}))?\W*$        # Link copied Bookmark
    )"""
)
_PROMPT_FIRST: Final = frozenset(
    w.split("_")[0] for w in (_PROMPT_START_WORDS + " " + _PROMPT_CHROME_WORDS).split()
)
"""The first words of the prompts that start a line (lower-cased): a cheap test first."""
_PROMPT_LAST: Final = frozenset(w.split("_")[-1] for w in _PROMPT_END_WORDS.split())
"""The last words of the prompts that end a line (lower-cased)."""
PROMPT_CHARS: Final = 250
"""Characters: a prompt with a sentence of what the reader gets fits; a longer paragraph that
names a newsletter or an app is the article speaking of one."""
PROMPT_WORDS: Final = 40
"""Words: as `PROMPT_CHARS`, for scripts with short words."""


_SHARE_BUTTONS: Final = RULES["noise:share-buttons"].aside
SHARE_ROW_CHARS: Final = 80
"""Characters: a share bar's row of a few buttons (``Per WhatsApp teilen WhatsApp``) fits."""
_SHARE_LEADS: Final = tx.words("on via auf per sur en par por in по в")
"""A share button's first word when it names the network first (``Auf Facebook teilen``,
``Per E-Mail teilen``, ``Sur X``): `_repair_junk.aside_hints` looks for a share word first
and misses such a row, which `noise_by_pattern` takes whole."""


def share_row(line: str, low: str) -> bool:
    """Whether ``line`` (``low``: its ``lower()``) is a share bar's row opening with the word
    before a network's name (``Auf Facebook teilen Facebook``), as `noise_by_pattern` reads it.

    >>> share_row("Per WhatsApp teilen WhatsApp", "per whatsapp teilen whatsapp")
    True
    >>> share_row("Auf Facebook hat er das Video geteilt", "auf facebook hat er das video geteilt")
    False
    """
    if len(line) > SHARE_ROW_CHARS or low.partition(" ")[0] not in _SHARE_LEADS:
        return False
    if not line[-1].isalnum():
        return False  # "On Twitter," / "Dave Roe" / "explains …": a sentence going on
    found = noise_by_pattern(line, low)
    return found is not None and found.rule == _SHARE_BUTTONS.rule


def prompt(line: str, low: str | None = None) -> bool:
    """Whether ``line`` is a reader's prompt: it starts with a verb said to the reader
    (`_PROMPT_STARTS`), ends with a short one after its last sentence (`_PROMPT_ENDS`), or is a
    share bar's button that says what it did.  ``low``: ``line.lower()``, when the caller has it.

    >>> prompt("Register to unlock this article"), prompt("Newsletter abonnieren")
    (True, True)
    >>> prompt("Cada lunes, lo mejor de la semana en tu correo. Suscríbete.")
    True
    >>> prompt("The council will register the new ferry next week.")
    False
    """
    if len(line) > PROMPT_CHARS:
        return False
    if low is None:
        low = line.lower()
    if (
        low.partition(" ")[0] not in _PROMPT_FIRST
        and low.rpartition(" ")[2].rstrip(".!?…") not in _PROMPT_LAST
    ):
        return False  # (most lines)
    return line.count(" ") < PROMPT_WORDS and _PROMPT.match(line) is not None


_FIRST_WORDS: Final = _PROMPT_FIRST | _SHARE_LEADS
"""What a prompt or a share row `teaser_asides` reads starts with (lower-cased)."""


def teaser_asides(
    texts: Sequence[str],
    blank: Sequence[bool],
    split: Sequence[bool],
    info: LineFacts,
    asides: list[Aside | None],
    lows: Sequence[str] | None = None,
    where: Sequence[Aside | None] | None = None,
) -> None:
    """Set aside, in place, a reader's prompt (`prompt`) and a teaser box's further headlines:
    the headline-like lines (`headline_like`) right after a teaser's label and its first
    headline (``Mehr zum Thema`` / ``Neue Fähre bestellt`` / ``Hafen wächst`` / ``Brücke
    gesperrt``), up to the next line that is none; when that line is text (no rule took it),
    the run's last line stays, which may be the heading of the article's next section.  A line
    that goes on an unfinished one before it or that the next line goes on (a link's text inside
    a sentence), or that a rule but a heading's or a caption's shape took, is left.  Last, a
    short line between two lines of junk (`_repair_between`; ``where``: the bounds' decision
    for each line, None for the article's).

    >>> from newsdump._repair_context import LineFacts
    >>> texts = ["Lesen Sie auch", "Neue Fähre für die Inseln bestellt",
    ...          "Der Hafen bekommt ein zweites Becken", "Die Brücke bleibt im Winter gesperrt",
    ...          "Work will start in the spring and take two years, the mayor said."]
    >>> asides = [RULES["noise:read-more"].aside, RULES["noise:related-link"].aside]
    >>> asides += [None, None, None]
    >>> teaser_asides(texts, [False] * 5, [False] * 5, LineFacts(texts, texts, [False] * 5),
    ...               asides)
    >>> [a.rule if a else None for a in asides]
    ['noise:read-more', 'noise:related-link', 'noise:teaser-run', None, None]
    """
    n = len(texts)
    term, fw, cont = info.term, info.fw, info.cont

    def open_(k: int) -> bool:
        was = asides[k]
        if was is not None and was.kind not in _SHAPES:
            return False
        if split[k] or fw[k]:
            return False
        inside = k and not blank[k] and not term[k - 1] and (fw[k - 1] or cont[k])
        goes_on = k + 1 < n and not blank[k + 1] and cont[k + 1] and not term[k]
        return not (inside or goes_on)

    for k in range(n):
        was = asides[k]
        if was is None or was.kind in _SHAPES:
            text = texts[k]
            if len(text) > CONSENT_CHARS:
                continue  # (most lines)
            low = lows[k] if lows is not None else text.lower()
            first = low.partition(" ")[0]
            if first not in _FIRST_WORDS and (
                low.rpartition(" ")[2].rstrip(".!?…") not in _PROMPT_LAST
            ):
                first = first.rstrip(",.:!?")
                if first not in FURNITURE_FIRST and (
                    first.isalnum() or first_word(first) not in FURNITURE_FIRST
                ):
                    continue  # (most lines: no prompt, no share row, no furniture)
                found = furniture(text, low)
                if found is not None and open_(k):
                    asides[k] = found
                continue
            if prompt(text, low) and open_(k):
                asides[k] = PROMPT
            elif share_row(text, low) and open_(k):
                asides[k] = _SHARE_BUTTONS
            continue
        if was.rule not in _BOX_STARTS or k + 1 == n or _rule(asides[k + 1]) not in _BOX_HEADLINES:
            continue
        j = k + 1
        while j < n and _rule(asides[j]) in _BOX_HEADLINES:
            j += 1  # (the box's first headline, taken by its own rule)
        end = j
        while end < n and asides[end] is None and open_(end) and headline_like(texts[end]):
            end += 1
        last = end - 1 if end < n and asides[end] is None else end
        for m in range(j, last):
            asides[m] = TEASER_RUN
    for k in range(1, n):
        before = asides[k - 1]
        if before is None or before.kind != "noise":
            continue  # (most lines: a box's title and a caption come after junk)
        was = asides[k]
        if was is not None and was.kind not in _SHAPES:
            continue
        if k + 1 < n and boxed(texts, asides, k) and open_(k):
            asides[k] = BOXED
        elif after_credit(texts, asides, k) and open_(k):
            asides[k] = AFTER_CREDIT
    if not links_cut(info.record):  # (a short line may be a link's text said again)
        dated_asides(texts, open_, asides)
    pictured_asides(texts, open_, asides, where, lows)
    link_asides(texts, open_, asides, where, lows)
    between_asides(texts, open_, asides, where)
