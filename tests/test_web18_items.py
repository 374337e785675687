"""Items of a list written as lines (issue #18, the general web): after a line that ends in
``; and`` / ``; or`` and between two lines opening with the same list mark, a strong rule's join
is the model's to veto (`newsdump._repair_items`, features ``prev:closes-item`` and
``marked-items``).  Every example is invented for these tests (no corpus text)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsdump import explain
from newsdump._repair import repair
from newsdump._repair_features import FEATURES, STRONG_RULES
from newsdump._repair_items import ITEM_CONJUNCTIONS, ITEM_MARKS, closes_item, marked_items
from newsdump._repair_model import vetoable

_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyzäöüéñ", min_size=1, max_size=9)
_WORDS = st.lists(_WORD, min_size=1, max_size=8).map(" ".join)


@given(_WORDS, st.sampled_from(sorted(ITEM_CONJUNCTIONS)), st.sampled_from(["; ", " ; ", ";  "]))
def test_a_semicolon_and_a_conjunction_close_an_item(words: str, conj: str, sep: str) -> None:
    assert closes_item(words + sep + conj)


@given(st.text(alphabet=st.characters(blacklist_characters=";"), max_size=60))
def test_no_semicolon_closes_no_item(line: str) -> None:
    assert not closes_item(line)


@given(_WORDS, st.sampled_from(sorted(ITEM_CONJUNCTIONS)))
def test_a_conjunction_after_a_comma_closes_no_item(words: str, conj: str) -> None:
    # ``…the river, the hills, and`` / ``the sea``: a sentence's own list goes on
    assert not closes_item(f"{words}, {conj}")


@given(st.sampled_from(sorted(ITEM_MARKS)), _WORDS, _WORDS)
def test_two_lines_with_the_same_mark_are_items(mark: str, a: str, b: str) -> None:
    assert marked_items(f"{mark} {a}", f"{mark} {b}")


@given(st.sampled_from(sorted(ITEM_MARKS)), st.sampled_from(sorted(ITEM_MARKS)), _WORDS, _WORDS)
def test_different_marks_are_no_pair_of_items(m1: str, m2: str, a: str, b: str) -> None:
    assert marked_items(f"{m1} {a}", f"{m2} {b}") is (m1 == m2)


def test_a_dash_after_an_unmarked_line_is_no_item() -> None:
    # a sentence cut before a dash: ``dash-continues`` still joins it
    assert not marked_items("Die Verhandlungen dauerten bis in die Nacht", "- und länger")


def test_the_features_are_the_models() -> None:
    assert "prev:closes-item" in FEATURES
    assert "marked-items" in FEATURES


def test_a_strong_join_between_items_is_vetoable() -> None:
    item = (FEATURES.index("prev:closes-item"),)
    marks = (FEATURES.index("marked-items"),)
    for rule in sorted(STRONG_RULES):
        assert vetoable(rule, item)
        assert vetoable(rule, marks)
    assert not vetoable("function-word-at-end", (FEATURES.index("prev:ends-function-word"),))


_ENUMERATION = [
    "Einen Zuschuss erhalten Haushalte, die alle folgenden Bedingungen erfüllen:",
    "sie wohnen seit mindestens zwei Jahren in der Gemeinde;",
    "ihr Einkommen liegt unter der Grenze des Landes; und",
    "sie haben im laufenden Jahr keinen anderen Zuschuss beantragt.",
    "Anträge nimmt das Bürgerbüro bis zum Ende des Quartals entgegen.",
]


def _features_at(lines: list[str], line: str) -> tuple[str, ...]:
    n = lines.index(line) + 1
    return next(r.features for r in explain(lines) if r.lines == (n - 1, n))


def test_the_item_after_and_keeps_its_line() -> None:
    blocks = [b.text for b in repair(_ENUMERATION).blocks]
    last = _ENUMERATION[3]
    assert "prev:closes-item" in _features_at(_ENUMERATION, last)
    assert last in blocks  # (before, ``lower-case-start`` joined it to ``…; und``)


_RECIPE = [
    "Für den Teig braucht man nicht viel, und das meiste steht ohnehin im Schrank.",
    "- zwei Eier",
    "- eine Prise Salz",
    "- ein Becher Joghurt",
    "Alles verrühren und eine halbe Stunde ruhen lassen.",
]


def test_marked_items_keep_their_lines() -> None:
    blocks = [b.text for b in repair(_RECIPE).blocks]
    assert "marked-items" in _features_at(_RECIPE, _RECIPE[2])
    for item in _RECIPE[2:4]:  # (the first item's break follows a sentence: not an item pair)
        assert item in "\n".join(blocks).split("\n")
