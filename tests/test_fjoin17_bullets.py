"""Two lines in a row opening with the same guillemet and a space are a list's items (issue
#19, item 3).

A page sets a guillemet before each of its list items or links (``» Anfahrt und Parken`` /
``» Programm als PDF``); the join rule ``closing-quote-start`` read the second as the quote a
link's cut closed, and joined the two.  A quote a link's cut closes opens one line, not two in a
row with the same sign (`_repair_bullets.bullet_items`, rule ``bullet-items``).  Every example
is invented.
"""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

import newsdump
from tests.target import private
from tests.test_joins9_pages import HEAD, TAIL, TEXT, kept_break

ITEMS = {
    "de": ["» Anfahrt und Parken", "» Programm als PDF herunterladen", "» Anmeldung bis 3. Mai"],
    "en": ["» Getting there by ferry", "» Download the timetable", "» Contact the harbour office"],
    "fr": ["› Plan d'accès", "› Télécharger le programme", "› Nous contacter"],
}


def _page(lang: str, items: list[str], furniture: bool = True) -> list[str]:
    key = lang if lang in TEXT else "en"
    text = [*TEXT[key][:2], *items, *TEXT[key][2:]]
    return [*HEAD[key], *text, *TAIL[key]] if furniture else text


def test_a_pages_bulleted_items_keep_their_breaks() -> None:
    # joined on the old code (``closing-quote-start``, which takes ``»`` for a closing quote),
    # with the page's furniture or without it
    for lang, items in ITEMS.items():
        for furniture in (True, False):
            page = _page(lang, items, furniture)
            for a, b in itertools.pairwise(items):
                kept, rules = kept_break(page, a, b)
                assert kept, (lang, a)
                if b.startswith("»"):
                    assert "bullet-items" in rules, (lang, a)
            blocks = [x.text for x in newsdump.repair(page).blocks]
            assert all(item in blocks for item in items), lang


def test_a_quote_closed_after_a_links_cut_still_joins() -> None:
    # what makes the test above honest: one line opening with the guillemet goes on the quote
    lines = [
        "« Nous partons demain matin avec le premier bateau pour",
        "l'île",
        "» a expliqué la capitaine du port lundi soir.",
    ]
    fixed = newsdump.repair(lines)
    assert "bullet-items" not in {e.rule for e in fixed.edits}
    assert len(fixed.blocks) == 1


SIGNS = st.sampled_from(["»", "›"])
WORDS = st.sampled_from(["Anfahrt", "Programm", "Kontakt", "Horaires", "Tickets", "Galerie"])


@given(sign=SIGNS, other=SIGNS, first=WORDS, second=WORDS)
def test_generated_bullets(sign: str, other: str, first: str, second: str) -> None:
    bullets = private("_repair_bullets").bullet_items
    assert bullets(1, [f"{sign} {first}", f"{sign} {second}"])
    assert bullets(1, [f"{sign} {first}", f"{other} {second}"]) == (sign == other)
    assert not bullets(1, [f"{first}", f"{sign} {second}"])
    assert not bullets(1, [f"{sign}{first}", f"{sign}{second}"])  # (no space: a quote's sign)
