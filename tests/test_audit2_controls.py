"""A control character in a dump (terminal colour codes, a bell, DEL) is kept and recorded: a
`control-character` warning at its line and column, the first of a line; tab, vertical tab and
form feed are ordinary text.  Strict mode does not refuse it (a warning).  Invented records."""

from __future__ import annotations

import io

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.target import newsdump

HEAD = " date 2024-02-11 https://fjord.test/2024/02/11/ferje.html\nFerja går igjen\n"
REST = "Ruta er åpen etter stormen.\n09:30 11.02.2024\nDen første båten gikk i natt.\n"


@pytest.mark.parametrize("control", ["\x01", "\x07", "\x1b", "\x1f", "\x7f"])
def test_a_control_character_is_kept_and_said(control: str) -> None:
    text = HEAD + REST.replace("gikk", f"gi{control}kk")
    assert text.splitlines()[4].startswith("Den første båten gi")
    for strict in (False, True):
        [article] = newsdump.parse(text, strict=strict)
        assert control in article.paragraphs[0]
        found = [p for p in article.problems if p.code == "control-character"]
        column = text.splitlines()[4].index(control) + 1
        assert [(p.line, p.column, p.severity) for p in found] == [(5, column, "warning")]
        assert f"U+{ord(control):04X}" in found[0].message


def test_tab_vertical_tab_and_form_feed_are_text() -> None:
    [article] = newsdump.parse(HEAD + REST.replace(" ", "\t", 1) + "Side\x0c2\x0b.\n")
    assert not [p for p in article.problems if p.code == "control-character"]


def test_the_first_control_of_a_line_and_a_nul_beside_it() -> None:
    [article] = newsdump.parse(HEAD + REST + "\x1b[1mFet\x1b[0m og\x00 slutt.\n")
    found = [(p.code, p.column) for p in article.problems if p.line == 6]
    assert found == [("control-character", 1), ("nul-character", 15)]


class _Trickle(io.RawIOBase):
    """A byte stream that hands out a few bytes at a time."""

    def __init__(self, data: bytes, size: int) -> None:
        self.data, self.size, self.pos = data, size, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        piece = self.data[self.pos : self.pos + min(self.size, len(buffer))]
        buffer[: len(piece)] = piece
        self.pos += len(piece)
        return len(piece)


@given(
    st.lists(st.sampled_from(["\x01", "\x1b[0m", "\x7f", "\x00", "\r", "\t", "ord ", "\n"])),
    st.integers(1, 7),
)
def test_read_in_pieces_gives_what_parse_gives(pieces: list[str], size: int) -> None:
    text = HEAD + REST + "".join(pieces)
    stream = io.BufferedReader(_Trickle(text.encode("utf-8"), size), buffer_size=size)
    streamed = [(a.paragraphs, a.problems) for a in newsdump.read(stream)]
    assert streamed == [(a.paragraphs, a.problems) for a in newsdump.parse(text)]
    said = {(p.line, p.column) for a in newsdump.parse(text) for p in a.problems}
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for number, line in enumerate(lines, 1):
        firsts = [i for i, c in enumerate(line) if c in "\x01\x1b\x7f"][:1]
        assert all((number, i + 1) in said for i in firsts)
