"""A teaser's credit before its time keeps its break in a rendered page (issue #19, item 3).

A page rendered one block a line lists its teasers as a headline, the author's credit and the
time: ``Neue Fähre für die Inselroute`` / ``von Lisa Brandtner`` / ``vor 3 Stunden``.  The
credit starts in lower case, so ``lower-case-start`` joined it to the headline, because the line
after it, a timestamp in lower case, does not start anew.  A timestamp alone that ends no
sentence is no sentence going on (`_repair_furnished.page_own_line`, rule ``credit-line``); a
line the timestamp reader takes but that ends with a stop may be the end of a sentence, and the
join rules decide it.  Every example is invented.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import newsdump
from tests.test_joins9_pages import HEAD, TAIL, TEXT, kept_break

# a teaser: its headline, its author's credit, its time, per language
TEASERS = {
    "de": ("Neue Fähre für die Inselroute", "von Lisa Brandtner", "vor 3 Stunden"),
    "en": ("Harbour crane back in service", "by Tom Whitlow", "2 hours ago"),
    "es": ("El tranvía vuelve al puerto", "por Ana Ruiz Castillo", "hace 5 horas"),
    "de-date": ("Stadtbad öffnet im Mai", "von Jonas Amsel", "12. März 2024, 14:05 Uhr"),
}
# a link's cut where a scraper broke the line after it: the mark of a record cut at links
MARK = ["Die Gespräche mit", "Milena Dortkow", ", sagte der Sprecher, gehen weiter."]


def _page(lang: str, middle: list[str], marked: bool = False) -> list[str]:
    key = lang[:2] if lang[:2] in TEXT else "en"
    text = [*TEXT[key][:2], *middle, *TEXT[key][2:], *(MARK if marked else [])]
    return [*HEAD[key], *text, *TAIL[key]]


def test_a_credit_before_its_time_keeps_its_break() -> None:
    # joined on the old code (``lower-case-start``), in each language, link marks or not
    for lang, (headline, credit, stamp) in TEASERS.items():
        for marked in (False, True):
            page = _page(lang, [headline, credit, stamp], marked)
            kept, rules = kept_break(page, headline, credit)
            assert kept, (lang, marked)
            assert "credit-line" in rules, (lang, marked)
            assert credit in [b.text for b in newsdump.repair(page).blocks], (lang, marked)


def test_a_stamp_that_ends_a_sentence_is_left_to_the_rules() -> None:
    # the reader takes "am 3. März 2021 veröffentlicht." for a date; its stop says it may end
    # the sentence the credit's line goes on
    headline, credit = "Ein Buch über die alte Werft", "von Jonas Amsel"
    _, rules = kept_break(
        _page("de", [headline, credit, "am 3. März 2021 veröffentlicht."]), headline, credit
    )
    assert "credit-line" not in rules


def test_without_a_stamp_after_it_the_credit_is_left_to_the_rules() -> None:
    # what makes the first test honest: the same credit before a lower-case line of prose
    headline, credit = "Neue Fähre für die Inselroute", "von Lisa Brandtner"
    after = "vor allem die Pendler freuen sich über die neue Verbindung"
    _, rules = kept_break(_page("de", [headline, credit, after]), headline, credit)
    assert "credit-line" not in rules


@given(
    teaser=st.sampled_from(sorted(TEASERS.items())),
    amount=st.integers(min_value=2, max_value=59),
    marked=st.booleans(),
)
def test_generated_credits_before_a_time_counted_back(
    teaser: tuple[str, tuple[str, str, str]], amount: int, marked: bool
) -> None:
    lang, (headline, credit, _) = teaser
    stamp = {"de": f"vor {amount} Minuten", "es": f"hace {amount} minutos"}.get(
        lang[:2], f"{amount} minutes ago"
    )
    kept, rules = kept_break(_page(lang, [headline, credit, stamp], marked), headline, credit)
    assert kept
    assert "credit-line" in rules
