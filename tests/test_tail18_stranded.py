"""The prose between the lines of a page's tail (issue #19, eighteenth session).

After the article's stretch, a teaser's summary or a newsletter's prompt sits between two lines
set aside (a headline and the next one, a label and a form's field); the bounds read each such
unit alone and kept it, as prose.  When every prose unit after the stretch lies so, and each is
shorter than `STRANDED_WORDS`, they are the page's too.  One that runs on from another, or a
long paragraph, stays: the article's closing text.  All text is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdump._repair import repair
from newsdump._repair_tail_between import STRANDED_WORDS, between_tail
from tests.test_junk_bounds import ARTICLE  # (the same bridge story)

# an ad label, a list label, two teasers' headlines and one teaser's summary between them
TAIL = {
    "en": [
        "Advertisement",
        "Most read",
        "Storm hits the northern coast",
        "Residents of the coastal villages spent the night in a school gym after the wind.",
        "Team wins the cup again",
        "Prices rise again in the city",
    ],
    "de": [
        "Anzeige",
        "Meistgelesen",
        "Sturm trifft die Nordseeküste",
        "Die Bewohner der Dörfer an der Küste verbrachten die Nacht in einer Turnhalle.",
        "Mannschaft gewinnt wieder den Pokal",
        "Mieten in der Stadt steigen weiter",
    ],
    "es": [
        "Publicidad",
        "Lo más leído",
        "Tormenta azota la costa norte",
        "Los vecinos de los pueblos de la costa pasaron la noche en un gimnasio del colegio.",
        "El equipo gana de nuevo la copa",
        "Los alquileres siguen subiendo en la ciudad",
    ],
}


def _rules(lines: list[str]) -> dict[str, str | None]:
    """Each block's text with its rule (None for a block kept)."""
    return {b.text: b.rule if b.kind == "noise" else None for b in repair(lines).blocks}


@pytest.mark.parametrize("lang", sorted(TAIL))
def test_a_teasers_summary_between_its_headlines_is_set_aside(lang: str) -> None:
    tail = TAIL[lang]
    rules = _rules([*ARTICLE[lang], *tail])
    assert rules[tail[3]] == "noise:tail"  # (kept before: prose, read alone)
    assert all(rules[line] is None for line in ARTICLE[lang])


@pytest.mark.parametrize("lang", sorted(TAIL))
def test_two_paragraphs_in_a_row_after_the_stretch_stay(lang: str) -> None:
    """Two prose units in a row: not each between two lines set aside, so neither goes."""
    tail = TAIL[lang]
    lines = [*ARTICLE[lang], *tail[:4], ARTICLE[lang][1], *tail[4:]]
    rules = _rules(lines)
    assert rules[tail[3]] is None


def test_a_long_paragraph_stays() -> None:
    """A paragraph of `STRANDED_WORDS` words or more is the article's, wherever it stands."""
    long = " ".join(["The council will meet again in March to hear the engineers' report."] * 5)
    assert long.count(" ") + 1 >= STRANDED_WORDS
    tail = TAIL["en"]
    rules = _rules([*ARTICLE["en"], *tail[:3], long, *tail[4:]])
    assert rules[long] is None


def test_between_tail_takes_prose_only_when_all_of_it_lies_between() -> None:
    texts = ["Prose.", "Most read", "A summary.", "Storm hits", "Another summary.", "Cup"]
    units = [(0, 1, True), (1, 2, False), (2, 3, True), (3, 4, False), (4, 5, True), (5, 6, False)]
    put = [False, True, False, True, False, True]
    assert between_tail(texts, units, 1, put, [False] * 6) == [(2, 3), (4, 5)]
    # the last summary not followed by a line set aside: the prose after the stretch stays
    assert between_tail(texts, units, 1, [*put[:5], False], [False] * 6) == []
    assert between_tail(texts, units, 5, put, [False] * 6) == []  # before the stretch's end


@given(st.lists(st.integers(min_value=1, max_value=80), min_size=1, max_size=6))
def test_prose_is_taken_only_under_the_word_limit(sizes: list[int]) -> None:
    """Every prose unit taken is shorter than `STRANDED_WORDS`; when one is not, none is."""
    texts, units, put = ["Prose."], [(0, 1, True)], [False]
    for k, n in enumerate(sizes):
        texts += ["Label", " ".join(["word"] * n) + "."]
        units += [(2 * k + 1, 2 * k + 2, False), (2 * k + 2, 2 * k + 3, True)]
        put += [True, False]
    texts.append("End")
    units.append((len(texts) - 1, len(texts), False))
    put.append(True)
    found = between_tail(texts, units, 1, put, [False] * len(texts))
    want = (
        [] if max(sizes) >= STRANDED_WORDS else [(2 * k + 2, 2 * k + 3) for k in range(len(sizes))]
    )
    assert found == want


def test_prose_between_marks_alone_stays() -> None:
    """A footnote's link back (``^``) or a bullet alone is no line of the page's tail: the
    prose between such marks is the article's references."""
    texts = ["Prose.", "^", "Berg, Anna (2019). The old bridge. Harbour Press.", "^", "End"]
    units = [(0, 1, True), (1, 2, False), (2, 3, True), (3, 4, False), (4, 5, False)]
    put = [False, True, False, True, True]
    assert between_tail(texts, units, 1, put, [False] * 5) == []
    texts[1] = texts[3] = "Related"
    assert between_tail(texts, units, 1, put, [False] * 5) == [(2, 3)]


def test_a_last_paragraph_between_two_word_rule_lines_stays() -> None:
    """Between a follow-us line and a share label (each set aside by its words alone) the
    article's last paragraph stays: such lines sit around an article's paragraphs as often."""
    last = "The port authority said the breakwater had held through the night."
    rules = _rules([*ARTICLE["en"], "Follow us on Telegram", last, "Share this article"])
    assert rules[last] is None
