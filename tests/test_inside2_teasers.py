"""The headline after a teaser's label alone on its line (``noise:teaser-headline``, issue #19
item 2): ``Lesen Sie auch:`` / ``Neue Brücke für Kiel``.

All text is invented for these tests.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdump._repair import repair
from newsdump._repair_registry import RULES

BEFORE = "Der Stadtrat hat am Montag beschlossen, die alte Brücke im Winter zu schließen."
AFTER = "Die Arbeiten sollen im Frühjahr beginnen und zwei Jahre dauern, sagte die Bürgermeisterin."

TEASERS = [
    ("Zum selben Thema", "Neue Fähre für die Kieler Förde"),
    ("Read also", "Harbour council approves the new pier"),
    ("À lire aussi", "Le port de Brest accueille un nouveau ferry"),
    ("Lee también...", "El puerto de Vigo estrena una nueva grúa"),
    ("Potrebbe interessarti", "Genova, il nuovo ponte apre a dicembre"),
    ("Czytaj więcej", "Polityka"),
    ("Veja também:", "Porto de Santos bate recorde de cargas"),
]


@pytest.mark.parametrize(("label", "headline"), TEASERS)
@pytest.mark.parametrize("blank", [False, True])
def test_the_headline_after_a_teaser_label_is_set_aside(
    label: str, headline: str, blank: bool
) -> None:
    body = [BEFORE, label, headline, AFTER]
    lines = [x for line in body for x in (line, "")][:-1] if blank else body
    blocks = repair(lines).blocks
    assert [(b.kind, b.rule) for b in blocks] == [
        ("paragraph", None),
        ("noise", "noise:read-also"),
        ("noise", "noise:teaser-headline"),
        ("paragraph", None),
    ], lines
    assert RULES["noise:teaser-headline"].block_kind == "noise"


@pytest.mark.parametrize(
    "lines",
    [
        # the label holds its headline: the article's subheading after it stays
        [BEFORE, "ALSO READ: Harbour council approves the new pier", "Storms ahead", AFTER],
        # a sentence after the label, or one going on in lower case, is the article's
        [BEFORE, "Lesen Sie auch:", "Die Fähre fährt ab Montag wieder.", AFTER],
        [BEFORE, "Lesen Sie auch", "die neue Fähre fährt ab Montag wieder", AFTER],
        # the next line goes on it: an entry cut at its link
        [BEFORE, "See also", "Golem", ", a supercomputer built in the harbour city.", AFTER],
        # no label before it
        [BEFORE, "Neue Fähre für die Kieler Förde", AFTER],
    ],
)
def test_a_line_not_after_a_lone_teaser_label_stays(lines: list[str]) -> None:
    rules = [b.rule for b in repair(lines).blocks]
    assert "noise:teaser-headline" not in rules, rules


_PROSE_WORDS = (
    "the council voted on monday to close old bridge for winter months and repairs will start"
    " in spring take two years mayor said der rat hat am montag die brücke geschlossen le"
    " conseil a voté lundi pour fermer vieux pont also read more lesen sie auch"
)
_WORDS = st.sampled_from(_PROSE_WORDS.split(" "))
_SENTENCE = st.lists(_WORDS, min_size=6, max_size=18).map(
    lambda ws: " ".join(ws).capitalize() + "."
)
_PARAGRAPH = st.lists(_SENTENCE, min_size=1, max_size=3).map(" ".join)


@given(st.lists(_PARAGRAPH, min_size=1, max_size=6))
def test_plain_prose_is_never_set_aside_as_a_teaser_headline(paragraphs: list[str]) -> None:
    rules = {b.rule for b in repair(paragraphs).blocks}
    assert "noise:teaser-headline" not in rules
