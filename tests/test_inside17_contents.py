"""Junk inside the article, seventeenth session (issue #19 item 2): a table of contents' numbered
entries after its label, each said again below as a section's heading (``noise:contents``).
The label, the headings, the paragraphs, a book's list of chapters said nowhere else, a list
without numbers (a story's summary) and a short list after a label whose entries the scraper
left out stay.

All text is invented for these tests.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdump._repair import repair
from newsdump._repair_contents import (
    CONTENTS_MIN,
    ENTRY_CHARS,
    contents_label,
    contents_runs,
)


def _rules(lines: list[str]) -> list[str | None]:
    """The rule of each non-blank line's block (None: kept), one block a line."""
    blocks = repair(lines).blocks
    assert len(blocks) == sum(1 for line in lines if line)
    return [b.rule if b.kind == "noise" else None for b in blocks]


def _guide(label: str, sections: list[str], paragraphs: list[str]) -> list[str]:
    """A guide: its label and numbered entries, then each section's heading and paragraph,
    blank lines between."""
    lines = [paragraphs[0], label]
    lines += [f"{n}. {s}" for n, s in enumerate(sections, 1)]
    for section, paragraph in zip(sections, paragraphs[1:], strict=True):
        lines += [section, paragraph]
    return [x for line in lines for x in (line, "")][:-1]


PARAGRAPHS = {
    "de": [
        "Wer einen Rotwein dekantiert, gießt ihn langsam in eine Karaffe, damit er atmen kann.",
        "Ein Dekanter ist eine bauchige Karaffe aus Glas, in der sich der Bodensatz absetzt.",
        "Vor allem alte Rotweine mit Depot profitieren davon, junge Weißweine kaum.",
        "Eine halbe Stunde genügt den meisten Weinen, ein kräftiger Barolo braucht länger.",
    ],
    "en": [
        "Tubeless tyres have been around for years, and gravel riders now swear by them.",
        "A tubeless tyre seals against the rim without an inner tube, held by sealant inside.",
        "You need a tubeless-ready rim, rim tape, valves and a bottle of sealant to start.",
        "Most riders can fit a pair in under an hour once they have done it the first time.",
    ],
    "fr": [
        "Le compost transforme les déchets de cuisine en un terreau riche pour le potager.",
        "Il suffit d'un bac aéré, de déchets verts et bruns, et d'un peu de patience.",
        "Les épluchures, le marc de café et les feuilles mortes y ont toute leur place.",
        "Au bout de six à neuf mois, le compost est mûr et sent bon la terre de forêt.",
    ],
}
SECTIONS = {
    "de": ["Was ist ein Dekanter?", "Welcher Wein profitiert?", "Wie lange dekantieren?"],
    "en": ["What is a tubeless tyre?", "What you need", "How long does it take?"],
    "fr": ["Comment démarrer un compost", "Ce que l'on peut y mettre", "Quand le récolter"],
}
LABELS = {"de": "Inhaltsverzeichnis", "en": "Table of Contents", "fr": "Sommaire"}


@pytest.mark.parametrize("lang", sorted(LABELS))
def test_a_table_of_contents_entries_are_set_aside_and_its_sections_stay(lang: str) -> None:
    lines = _guide(LABELS[lang], SECTIONS[lang], PARAGRAPHS[lang])
    rules = _rules(lines)
    entries = len(SECTIONS[lang])
    assert rules[2 : 2 + entries] == ["noise:contents"] * entries
    assert rules[:2] == [None, None]  # (the first paragraph and the label)
    assert rules[2 + entries :] == [None] * (2 * entries)  # (each heading and its paragraph)


def test_a_book_s_chapters_said_nowhere_else_stay() -> None:
    lines = [
        "Anna Berg's new book walks through a year in a northern harbour town, month by month.",
        "Contents",
        "1. The Ice Breaks",
        "2. Ferries in Spring",
        "3. A Summer of Storms",
        "4. Nets and Lanterns",
        "Order the book today from your local bookshop or from the publisher's website.",
    ]
    assert "noise:contents" not in _rules(lines)


def test_a_label_whose_list_the_scraper_left_out_leaves_the_first_section() -> None:
    # (``Inhalt``, the first section's heading and its paragraph: no list is left)
    lines = ["Inhalt", "Was ist ein Dekanter?", PARAGRAPHS["de"][1], "Welcher Wein?"]
    lines += [PARAGRAPHS["de"][2]]
    assert "noise:contents" not in _rules(lines)


def _numbered(sections: list[str]) -> list[str]:
    return [f"{n}. {s}" for n, s in enumerate(sections, 1)]


def test_the_first_heading_after_the_list_stays() -> None:
    # the list runs straight into the first section's heading: it stays; and when text follows
    # a list whose last entry is no heading said again, that entry stays too (it may be the
    # first section's heading, named otherwise than in the list)
    sections = SECTIONS["en"]
    texts = ["In this article:", *_numbered(sections), sections[0], PARAGRAPHS["en"][1]]
    texts += [sections[1], PARAGRAPHS["en"][2], sections[2], PARAGRAPHS["en"][3]]
    assert contents_runs(texts, lambda i: True) == [1, 2, 3]
    hens = ["Wie alt wird ein Huhn?", "Ab wann legen Hühner?", "Futter", "Licht"]
    texts = ["Inhalt", *_numbered(hens), PARAGRAPHS["de"][0], *hens[:3]]
    assert contents_runs(texts, lambda i: True) == [1, 2, 3]


def test_an_unnumbered_list_after_the_label_stays() -> None:
    # (a live blog's key events, a news page's "on this page": the story's own summary)
    events = ["Die Fähre legt zum ersten Mal an", "Der Hafen wächst", "Die Brücke bleibt zu"]
    texts = ["Auf dieser Seite:", *events, PARAGRAPHS["de"][0]]
    for event in events:
        texts += [event, PARAGRAPHS["de"][1]]
    assert contents_runs(texts, lambda i: True) == []


def test_a_line_a_rule_may_not_take_ends_the_list() -> None:
    sections = SECTIONS["fr"]
    texts = ["Sommaire", *_numbered(sections), PARAGRAPHS["fr"][0], *sections]
    assert contents_runs(texts, lambda i: i != 2) == []


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("Inhalt", True),
        ("Inhaltsverzeichnis:", True),
        ("TABLE OF CONTENTS", True),
        ("Spis treści", True),
        ("Содержание", True),
        ("Inhalt der neuen Verordnung", False),
        ("Contents may settle during shipping.", False),
    ],
)
def test_contents_label(line: str, label: bool) -> None:
    assert contents_label(line) is label


_LINES = st.lists(
    st.one_of(
        st.sampled_from(["Inhalt", "Contents", "Sommaire", "1. Was ist neu?", "Futter", ""]),
        st.text(min_size=1, max_size=150),
    ),
    max_size=30,
)


@given(_LINES, st.sets(st.integers(0, 30)))
def test_contents_runs_take_only_short_lines_after_a_label_and_a_rule_may_take(
    texts: list[str], refused: set[int]
) -> None:
    taken = contents_runs(texts, lambda i: i not in refused)
    assert taken == sorted(set(taken))
    for i in taken:
        assert 0 < len(texts[i]) <= ENTRY_CHARS
        assert i not in refused
        assert texts[i][0].isdigit()
    # every entry follows a label, in a run of CONTENTS_MIN lines or more
    starts = [i for i in taken if i - 1 not in taken]
    for i in starts:
        assert contents_label(texts[i - 1])
    assert not taken or len(taken) >= CONTENTS_MIN - 1
