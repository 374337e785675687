"""The tail after the article (issue #19, tenth session): a line between two lines set aside.

A page's tail that starts at a line another rule set aside by its words (an ad label, a
newsletter prompt) keeps its finished short lines (the hand rules read such a line alone: an
ad label sits between an article's paragraphs as often).  Between two lines set aside after the
article's stretch, a line that is not prose is the page's too.  All text is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdump._repair import repair
from newsdump._repair_tail_words import between_tail, headline_run
from tests.test_junk_bounds import ARTICLE  # (the same bridge story)

# a tail that starts at a line set aside by its words, a finished line that is not prose (too
# short, or without a sentence's function words), and a related headline
TAIL = {
    "en": ["Advertisement", "Thanks for reading!", "Storm hits the northern coast"],
    "de": ["Anzeige", "Vielen Dank fürs Lesen!", "Sturm trifft die Nordseeküste"],
    "es": ["Publicidad", "¡Gracias por leer!", "Tormenta azota la costa norte"],
}


def _rules(lines: list[str]) -> dict[str, str | None]:
    """Each block's text with its rule (None for a block kept)."""
    return {b.text: b.rule if b.kind == "noise" else None for b in repair(lines).blocks}


@pytest.mark.parametrize("lang", sorted(TAIL))
def test_a_thanks_between_two_tail_lines_is_set_aside(lang: str) -> None:
    tail = TAIL[lang]
    rules = _rules([*ARTICLE[lang], *tail, "Prices rise again in the city"])
    assert rules[tail[1]] == "noise:tail"  # (kept before: the tail started at an ad label)
    assert all(rules[line] is None for line in ARTICLE[lang])


@pytest.mark.parametrize("lang", sorted(TAIL))
def test_a_question_between_two_tail_lines_stays(lang: str) -> None:
    """An article's last words ask as often as a teaser does."""
    question = {"en": "What comes next?", "de": "Was kommt jetzt?", "es": "¿Qué viene ahora?"}
    tail = TAIL[lang]
    rules = _rules([*ARTICLE[lang], tail[0], question[lang], tail[2], "Prices rise again"])
    assert rules[question[lang]] is None


def test_a_closing_paragraph_between_tail_lines_stays() -> None:
    """Prose is never taken: an author's note after an ad label is the article's."""
    note = "Anna Berg has covered the council for the paper since 2015 and lives in the city."
    rules = _rules([*ARTICLE["en"], "Advertisement", note, "Storm hits the northern coast"])
    assert rules[note] is None


def test_only_after_the_stretch_and_between_two_lines_set_aside() -> None:
    texts = ["Prose.", "Most read", "Thank you.", "Storm hits", "Last one."]
    units = [(0, 1, True), (1, 2, False), (2, 3, False), (3, 4, False), (4, 5, False)]
    put = [False, True, False, True, False]
    assert between_tail(texts, units, 1, put, [False] * 5) == [(2, 3)]
    assert between_tail(texts, units, 3, put, [False] * 5) == []  # before the stretch's end
    assert between_tail(texts, units, 1, [False] * 5, [False, True, False, True, False]) == [
        (2, 3)
    ]  # a line set aside by its words counts as set aside
    assert between_tail(texts, units, 1, [False, True, False, False, False], [False] * 5) == []


def test_the_headline_run_moved_with_its_test() -> None:
    texts = ["Storm hits the coast", "Team wins the cup", "Prices rise again today", "New mayor"]
    units_at = {0: False, 1: False, 2: False, 3: False}
    assert not headline_run(texts, units_at, 0)  # "New mayor": two words, a menu's
    texts[3] = "New mayor takes office"
    assert headline_run(texts, units_at, 0)


@given(
    st.lists(
        st.sampled_from(
            [
                "Advertisement",
                "Thanks for reading!",
                "Storm hits the northern coast",
                "What comes next?",
                "Most read",
                "Anzeige",
                "Vielen Dank!",
            ]
        ),
        max_size=6,
    )
)
def test_nothing_is_lost_and_the_article_stays(tail: list[str]) -> None:
    lines = [*ARTICLE["en"], *tail]
    fixed = repair(lines)
    kept = [b.text for b in fixed.blocks if b.kind != "noise"]
    assert kept[:3] == ARTICLE["en"]
    assert sum(len(b.text.replace(" ", "")) for b in fixed.blocks) == sum(
        len(x.replace(" ", "")) for x in lines
    )
