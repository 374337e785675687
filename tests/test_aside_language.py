"""A block is judged by the function words of its record's language in both layouts.

A line ending in a function word continues, so it is no heading; which words are function
words depends on the record's language (French ``a`` is a verb, English ``a`` an article). The
line layout read them so, the blank-line layout (and a block of joined lines) read every
language's: the repair's output, laid out with blank lines, came back with another kind."""

from __future__ import annotations

import newsdump

_FR = [
    "Le conseil municipal a voté mardi le budget du port pour l'année prochaine.",
    "Les habitants se demandent si les horaires du ferry changeront cet été.",
]
_EN = [
    "The council met on Monday evening to discuss the harbour budget for next year.",
    "Residents asked whether the ferry timetable would change during the summer.",
]


def _kinds(lines: list[str]) -> list[str]:
    return [b.kind for b in newsdump.repair(lines).blocks]


def _blank(lines: list[str]) -> list[str]:
    return [y for x in lines for y in (x, "")][:-1]


def test_a_french_line_ending_in_a_reads_alike_in_both_layouts() -> None:
    lines = [*_FR, "Ce que la mairie a", *_FR]
    assert _kinds(lines)[2] == "heading"
    assert _kinds(_blank(lines)) == _kinds(lines)


def test_an_english_line_ending_in_a_continues_in_both_layouts() -> None:
    lines = [*_EN, "What the council has a", *_EN]
    assert "heading" not in _kinds(lines)
    assert "heading" not in _kinds(_blank(lines))
