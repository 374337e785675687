"""Lines of their own in any one-block-a-line record, link marks or not (issue #19, item 3;
`_repair_apart.own_line`): a post's credit in a comment thread, a number's ``%`` on the next
line, a dash's list item.  Every example is invented for these tests (no corpus text)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdump._repair import apply_edits, repair
from newsdump._repair_apart import comment_line, dash_item
from tests.marked_records import block_texts, is_marked, marked_record

_PROSE = [
    "The council met on Monday evening to discuss the harbour budget for next year.",
    "Der Stadtrat hat am Montag über den Haushalt für den Hafen beraten, hieß es.",
    "El ayuntamiento aprobó el martes el presupuesto del puerto para el próximo año.",
    "Rada miasta przyjęła we wtorek budżet portu na przyszły rok, podał rzecznik.",
]


def _record(middle: list[str]) -> list[str]:
    return marked_record(_PROSE, middle)


@pytest.mark.parametrize(
    ("before", "credit"),
    [
        ("Reply", "harbourfan 17 March 2024 16:08"),
        ("Antworten", "seebaer.kiel 3. Mai 2023 um 09:41"),
        ("Odpowiedz", "kasia77 12 lutego 2022, 21:15"),
        ("Ein gutes Argument", "geschrieben von nordlicht am 21. Jan. 2021, 19:04"),
    ],
)
def test_a_posts_credit_keeps_its_break_where_links_cut_the_lines(before: str, credit: str) -> None:
    lines = _record([before, credit, "Totally agree, the ferry should run more often."])
    assert is_marked(lines)
    assert credit in block_texts(lines)  # (the old code joined it to the line before)
    assert [e.rule for e in repair(lines).edits if e.lines == (10, 11)] == ["comment-line"]


def test_a_handle_quoting_another_keeps_its_break() -> None:
    lines = _record(
        ["Reply", "harbourfan 17 March 2024 16:08", "seebaer said:", "the ferry is always late"]
    )
    texts = block_texts(lines)
    assert "harbourfan 17 March 2024 16:08" in texts
    assert "seebaer said:" in texts  # (the old code joined all three)


def test_a_date_inside_a_sentence_is_no_credit() -> None:
    lines = _record(["Die nächste Sitzung beginnt", "am 3. März 2025 um 9.30 Uhr im Rathaus."])
    assert "Die nächste Sitzung beginnt am 3. März 2025 um 9.30 Uhr im Rathaus." in block_texts(
        lines
    )


def test_a_numbers_percent_on_the_next_line_is_a_tables_cell() -> None:
    table = ["Total Fat 9g", "12", "%", "Sodium 160mg", "7", "% Daily Value*"]
    lines = _record(table)
    texts = block_texts(lines)
    assert texts[texts.index("12") : texts.index("12") + 2] == ["12", "%"]  # (joined: "12%")
    assert "% Daily Value*" in texts
    assert {e.rule for e in repair(lines).edits if e.kind == "keep"} >= {"number-percent"}


def test_a_percent_after_a_word_still_joins() -> None:
    lines = _record(["Die Inflation stieg im Mai auf 2,4", "%, meldete das Statistikamt."])
    assert "Die Inflation stieg im Mai auf 2,4%, meldete das Statistikamt." in block_texts(lines)


def test_dash_list_items_keep_their_breaks() -> None:
    items = [
        "Termine im Herbst:",
        "– 2. November 2025: Forum Neue Arbeit, Graz",
        "– 9. November 2025: Jahrestreffen der Genossenschaften, Linz",
        "– 27. November 2025: Kongress Stadt und Land, Salzburg",
    ]
    lines = _record(items)
    texts = block_texts(lines)
    assert all(x in texts for x in items[1:])  # (the old code joined them by dash-continues)


def test_a_clause_between_dashes_still_joins() -> None:
    lines = _record(
        ["The idea came from a teacher in Leeds", "— who tried it in her own class first —"]
    )
    assert not any(e.rule == "dash-list-item" for e in repair(lines).edits)


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("hotaru77 17 September 2020 16:10", True),
        ("marie.l a écrit :", True),
        ("pepe_g escribió:", True),
        ("El pleno votó el 3 de marzo de 2024 a las 10:30.", False),
        ("Der Minister sagte:", False),
        ("x" * 60 + " 17 March 2024 16:08", False),
    ],
)
def test_comment_line(line: str, want: bool) -> None:
    assert comment_line(line) is want


def test_dash_item_needs_a_neighbour() -> None:
    assert not dash_item(
        1, ["Programm", "– 2. November: Forum, Graz", "Anmeldung bis Ende Oktober"]
    )


@settings(max_examples=100, deadline=None)
@given(
    st.from_regex(r"[a-z]{3,10}[0-9]{0,3}", fullmatch=True),
    st.integers(1, 28),
    st.sampled_from(["March", "Mai", "lutego", "junio"]),
    st.integers(2000, 2030),
    st.integers(0, 23),
    st.integers(0, 59),
)
def test_a_posts_credit_is_never_joined(
    handle: str, day: int, month: str, year: int, hour: int, minute: int
) -> None:
    credit = f"{handle} {day} {month} {year} {hour:02d}:{minute:02d}"
    lines = _record(["Reply", credit, "Thanks for the tip, it worked for me too."])
    fixed = repair(lines)
    assert credit in [b.text for b in fixed.blocks]
    assert apply_edits(lines, fixed.edits) == fixed.blocks
