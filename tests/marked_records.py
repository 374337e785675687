"""Records that show a link's mark, for the layout tests of one-block-a-line records.

A record whose lines were cut at links shows it (`_repair_layout.link_marks`): an unfinished
line, a link's text, the sentence going on after a comma. The layout's rules for lines of their
own are tested both in such records and in records of whole paragraphs."""

from __future__ import annotations

from typing import Final

from newsdump._repair import repair
from newsdump._repair_context import LineFacts
from newsdump._repair_layout import link_marks

PROSE: Final = [
    "The council met on Monday evening to discuss the harbour budget for next year, and after"
    " three hours of debate it agreed to spend more on the ferry.",
    "Der Stadtrat hat beraten.",
    "El ayuntamiento aprobó el martes el presupuesto del puerto para el próximo año, con los"
    " votos de todos los grupos salvo uno, que se abstuvo.",
    "Rada miasta przyjęła we wtorek budżet portu.",
]
"""Prose in four languages around the lines under test (lines of different lengths: a record
whose lines are all as long is read as hard-wrapped)."""

MARKED: Final = ["Die Gespräche mit", "Milena Dortkow", ", sagte der Sprecher, gehen weiter."]
"""A link's mark: an unfinished line, a link's text, the sentence going on after a comma."""


def marked_record(prose: list[str], middle: list[str]) -> list[str]:
    """A record cut at links (it shows a link's mark): ``prose`` around it, ``middle`` after
    the first two lines of ``prose``."""
    return [*prose, *MARKED, *prose[:2], *middle, *prose[2:]]


def is_marked(lines: list[str]) -> bool:
    """Whether the layout reads ``lines`` as cut at links."""
    return link_marks(lines, [None] * len(lines), LineFacts(lines, lines, [False] * len(lines)))


def block_texts(lines: list[str]) -> list[str]:
    """The texts of the repair's blocks."""
    return [b.text for b in repair(lines).blocks]
