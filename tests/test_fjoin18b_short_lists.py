"""A stretch of five or more short lines up to a set-aside line is a list (issue #19, item 3).

A page's short items (a jury's criteria, a shop's colours) stand between a finished or set-aside
line and a set-aside line or the record's end; a sentence a link cut runs on to its stop, and a
link's cut shows inside the stretch (a function word at a line's end, the text after the link
opening a line).  Such a stretch keeps its breaks in any record, link marks elsewhere or not
(`_repair_short_lists.short_lists`, rule ``short-line-list``).  Every example is invented.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import newsdump
from tests.target import private

LISTS = {
    "de": [
        "Worauf die Jury achtet:",
        "klare Stimme",
        "freier Vortrag",
        "ruhige Haltung",
        "guter Blickkontakt",
        "passende Beispiele",
    ],
    "en": [
        "What the judges look for:",
        "clarity of speech",
        "eye contact",
        "calm posture",
        "use of examples",
        "audience reaction",
    ],
    "fr": [
        "Ce que le jury regarde :",
        "clarté de la voix",
        "contact visuel",
        "posture calme",
        "bons exemples",
        "réaction du public",
    ],
}


def _short_lists(lines: list[str], asides: list[object] | None = None) -> list[int]:
    mod = private("_repair_short_lists")
    facts = private("_repair_context").LineFacts(lines, lines, [False] * len(lines))
    prose = private("_repair_apart").prose
    return sorted(
        mod.short_lists(lines, asides or [None] * len(lines), facts, [prose(x) for x in lines])
    )


def test_a_short_list_up_to_the_records_end_keeps_its_breaks() -> None:
    for lang, lines in LISTS.items():
        assert _short_lists(lines) == [2, 3, 4, 5], lang


def test_four_items_are_too_few() -> None:
    # (train B joins the two breaks of its four-line stretches: a link's text between pieces)
    for lang, lines in LISTS.items():
        assert _short_lists(lines[:5]) == [], lang


def test_a_stretch_that_runs_on_to_a_finished_line_is_no_list() -> None:
    # a sentence cut at its links ends with its stop: its pieces run on to a finished line
    for lang, lines in LISTS.items():
        page = [*lines, "Die Jury entscheidet am Abend über die Preise."]
        assert _short_lists(page) == [], lang


def test_a_links_mark_inside_the_stretch_ends_it() -> None:
    head = "Am Wochenende feiert die Altstadt ihr Hafenfest, und das ist das Programm:"
    items = ["Konzert am Hafen", "Markt der Bauern", "Tanz im Park", "Feuerwerk am See"]
    lines = [head, "Lesung im Saal", *items]
    assert _short_lists(lines) == [2, 3, 4, 5]  # (what makes the cases below honest)
    lines = [head, "Lesung im Saal", ", danach Musik", *items[:3]]
    assert _short_lists(lines) == []  # (the text after a link opens a line)
    lines = [head, "Lesung im Saal", *items[:2], "Tanz im Park.", "Feuerwerk am See"]
    assert _short_lists(lines) == []  # (a finished line inside)


def test_a_short_list_keeps_its_breaks_in_a_record() -> None:
    # through `parse`: each item stays a block of its own, text and all
    for lang, lines in LISTS.items():
        fixed = newsdump.repair(lines)
        assert [b.text for b in fixed.blocks] == lines, lang


ITEM = st.text(alphabet="abcdefghijklmnopqrstuvwxyzäöé", min_size=3, max_size=9)


@given(items=st.lists(st.tuples(ITEM, ITEM), min_size=1, max_size=9))
def test_generated_lists(items: list[tuple[str, str]]) -> None:
    lines = ["Die Liste:", *(f"{a} {b}" for a, b in items)]
    got = _short_lists(lines)
    fw = private("_repair_context").LineFacts(lines, lines, [False] * len(lines)).fw
    if len(items) >= 5 and not any(fw[1:]):
        assert got == list(range(2, len(lines)))
    if len(items) < 5:
        assert got == []
    # closed by a finished line: never a list
    assert _short_lists([*lines, "Das war die Liste für heute."]) == []
