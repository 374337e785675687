"""Lines of their own in any one-block-a-line record, link marks or not (issue #19, item 3;
`_repair_apart.own_line`), ninth session: the clauses of a list whose lines end with commas
(`comma_list`) and the line after a letter's greeting (`greeting`).  Every example is invented
for these tests (no corpus text)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdump._repair import apply_edits, repair
from newsdump._repair_apart import comma_list, greeting
from tests.marked_records import PROSE, block_texts, is_marked, marked_record

_PROSE = PROSE


def _record(middle: list[str]) -> list[str]:
    return marked_record(_PROSE, middle)


_LISTS = [
    [
        "Wer Sport treibt, hat mehr Energie:",
        "schläft besser in der Nacht,",
        "fühlt sich ausgeglichener,",
        "wird seltener krank,",
        "arbeitet konzentrierter und",
        "lebt im Schnitt länger.",
    ],
    [
        "People who volunteer report that they",
        "feel more connected to their town,",
        "sleep better at night,",
        "make new friends,",
        "and worry less about money.",
    ],
    [
        "El plan municipal prevé cuatro medidas:",
        "más autobuses en la hora punta,",
        "carriles bici en el centro,",
        "menos coches en el casco antiguo,",
        "aparcamientos en las afueras y",
        "un billete único para toda la región.",
    ],
    [
        "Mieszkańcy chcą przede wszystkim:",
        "lepszego oświetlenia ulic,",
        "nowych ławek w parku,",
        "czystszych chodników,",
        "częstszych kursów autobusów.",
    ],
]


@pytest.mark.parametrize("items", _LISTS)
@pytest.mark.parametrize("marked", [True, False])
def test_a_list_of_clauses_ending_with_commas_keeps_its_breaks(
    items: list[str], marked: bool
) -> None:
    lines = _record(items) if marked else [*_PROSE, *items, *_PROSE]
    assert is_marked(lines) or not marked
    fixed = repair(lines)
    texts = [b.text for b in fixed.blocks]
    assert all(x in texts for x in items[2:])  # (the old code joined them: lower-case-start)
    kept = [e for e in fixed.edits if e.rule == "comma-list"]
    assert kept
    assert all(e.kind == "keep" for e in kept)


def test_one_comma_then_a_links_text_still_joins() -> None:
    lines = _record(["In the town of Bree,", "according to the mayor", ", the ferry runs again."])
    assert "In the town of Bree, according to the mayor, the ferry runs again." in block_texts(
        lines
    )
    assert not any(e.rule == "comma-list" for e in repair(lines).edits)


@pytest.mark.parametrize(
    ("lines", "i", "want"),
    [
        (["niższe podatki,", "tańsze bilety,", "czyste ulice,", "więcej zieleni."], 1, True),
        (["niższe podatki,", "tańsze bilety,", "czyste ulice,", "więcej zieleni."], 3, True),
        (["plus de bus,", "de trams,", "des pistes cyclables et", "un billet unique."], 3, False),
        (["plus de bus,", "de trams,", "des vélos,", "des pistes et", "un billet."], 4, True),
        (["The forest has,", "in the past,", "protected it from fires."], 1, False),
        (["The minister, said", "the agency,", "had resigned."], 1, False),
        (["more buses,", "Bike lanes in the centre,", "one ticket."], 1, False),
        (["Sie sagte,", "dass der Plan steht."], 1, False),
    ],
)
def test_comma_list(lines: list[str], i: int, want: bool) -> None:
    assert comma_list(i, lines) is want


@pytest.mark.parametrize(
    ("greet", "text"),
    [
        ("Dear readers,", "from next week the paper comes out on Saturdays too."),
        ("Liebe Leserinnen und Leser,", "ab Montag erscheint die Zeitung auch am Samstag."),
        ("Chers lecteurs,", "à partir de lundi, le journal paraîtra aussi le samedi."),
        ("Drodzy Czytelnicy,", "od poniedziałku gazeta ukazuje się także w soboty."),
        ("Sehr geehrte Damen und Herren,", "wir danken Ihnen für Ihre Geduld in diesen Wochen."),
    ],
)
@pytest.mark.parametrize("marked", [True, False])
def test_the_line_after_a_greeting_keeps_its_break(greet: str, text: str, marked: bool) -> None:
    lines = _record([greet, text]) if marked else [*_PROSE, greet, text, *_PROSE]
    fixed = repair(lines)
    texts = [b.text for b in fixed.blocks]
    assert greet in texts  # (the old code joined them: lower-case-start)
    assert text in texts
    n = lines.index(greet) + 1
    assert [e.rule for e in fixed.edits if e.lines == (n, n + 1)] == ["greeting-line"]


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Dear Mr Mayor,", True),
        ("Querida Ana,", True),
        ("Уважаемые читатели,", True),
        ("Dear readers, this is the last issue of the year and we thank you all,", False),
        ("Cher’s son, Chaz Bono,", False),
        ("Hi-fi shops, record stores,", False),
        ("Dear readers", False),
    ],
)
def test_greeting(line: str, want: bool) -> None:
    assert greeting(line) is want


_WORD = st.from_regex(r"[a-zäöüéñ]{2,9}", fullmatch=True)
_CLAUSE = st.lists(_WORD, min_size=1, max_size=6).map(lambda ws: " ".join(ws) + ",")


@settings(max_examples=100, deadline=None)
@given(st.lists(_CLAUSE, min_size=3, max_size=6), _WORD)
def test_a_comma_lists_clauses_are_never_joined(clauses: list[str], last: str) -> None:
    items = ["The survey asked what people want most:", *clauses, last + "."]
    lines = _record(items)
    fixed = repair(lines)
    texts = [b.text for b in fixed.blocks]
    assert all(x in texts for x in items[2:])
    assert apply_edits(lines, fixed.edits) == fixed.blocks
    again = repair(texts)  # (repairing the repaired text changes nothing)
    assert [b.text for b in again.blocks] == texts


@pytest.mark.parametrize("arrow", ["↩", "↩\ufe0e", "↩\ufe0f"])
def test_a_footnotes_back_link_ends_it(arrow: str) -> None:
    notes = [
        f"Vgl. Anna Berger, Die Mühlen am Inn, Passau 2009, S. 41 {arrow}",
        "ebenda, S. 57; anders noch die ältere Forschung.",
        f"see the council's minutes of 3 May 1911, p. 12 {arrow}",
        "cf. the harbour master's log for that week.",
    ]
    lines = _record(notes)
    fixed = repair(lines)
    texts = [b.text for b in fixed.blocks]
    assert all(x in texts for x in notes)  # (the old code joined them: lower-case-start)
    n = lines.index(notes[0]) + 1
    assert [e.rule for e in fixed.edits if e.lines == (n, n + 1)] == ["footnote-end"]


def test_a_back_link_in_brackets_cut_at_the_bracket_still_joins() -> None:
    lines = _record(["Quelle: Stadtarchiv Passau, Akte 12", "[↩", "]", "Das Neueste"])
    assert "[↩]" in block_texts(lines)
