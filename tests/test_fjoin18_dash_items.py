"""A line opening with a dash under a line ending in a colon is a list's item (issue #19, item 3).

A page lists what follows its label on lines opening with a dash (``Auf der Tagesordnung:`` /
``– neue Mitglieder für das Sekretariat``); the join rule ``dash-continues`` read a dash before a
lower-case word as a sentence going on after a link's cut.  A link's cut leaves the text after
the link at the start of the next line, never a colon at the end of the line before it
(`_repair_bullets.dash_item`, rule ``dash-item-after-colon``).  Every example is invented.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import newsdump
from tests.target import private
from tests.test_joins9_pages import HEAD, TAIL, TEXT, kept_break

ITEMS = {
    "de": ["Auf der Tagesordnung:", "– neue Mitglieder für das Sekretariat gesucht"],
    "en": ["What to bring:", "- a warm jacket and sturdy shoes for the harbour walk"],
    "es": ["Para la próxima reunión:", "— elegir a la nueva tesorera del club"],
}


def _page(lang: str, lines: list[str]) -> list[str]:
    return [*HEAD[lang], *TEXT[lang][:2], *lines, *TEXT[lang][2:], *TAIL[lang]]


def test_a_dash_item_under_its_colon_keeps_its_break() -> None:
    # joined on the old code (``dash-continues``).  (Only with the page's furniture: the few
    # lines of text alone are of one width, a hard-wrapped record, whose breaks the layout of a
    # one-block-a-line record does not judge.)
    for lang, (label, item) in ITEMS.items():
        kept, rules = kept_break(_page(lang, [label, item]), label, item)
        assert kept, lang
        assert "dash-item-after-colon" in rules, lang


def test_a_dash_after_a_links_cut_still_joins() -> None:
    # what makes the test above honest: the dash after an unfinished line goes on its sentence
    lines = [
        "Die Kommission hielt die Kosten für zu hoch, schrieb der Verband in seinem",
        "Bericht",
        "– vor allem die für den neuen Anleger im Hafen.",
    ]
    fixed = newsdump.repair(lines)
    assert "dash-item-after-colon" not in {e.rule for e in fixed.edits}
    assert len(fixed.blocks) == 1


@given(
    label=st.sampled_from(["Termine", "Zutaten", "Agenda", "Ordre du jour", "Requisitos"]),
    end=st.sampled_from([":", "", ".", ","]),
    dash=st.sampled_from(["-", "–", "—", "•", "»"]),
    item=st.sampled_from(["neue Mitglieder", "two eggs", "la trésorière", "un mapa"]),
)
def test_generated_dash_items(label: str, end: str, dash: str, item: str) -> None:
    dash_item = private("_repair_bullets").dash_item
    got = dash_item(1, [f"{label}{end}", f"{dash} {item}"])
    assert got == (end == ":" and dash in "-–—")
