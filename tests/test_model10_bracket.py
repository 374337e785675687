"""A lone opening bracket read with the line after it when judging a heading (model10)."""

import newsdump


def _kinds(lines: list[str]) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in newsdump.repair(lines).blocks]


def _relaid(lines: list[str]) -> list[str]:
    once = newsdump.repair(lines).blocks
    return [x for b in once for x in ("", b.text)][1:]


def test_a_lone_bracket_before_a_control_character_leaves_the_line_above_a_paragraph() -> None:
    assert _kinds(["B", "(", "\x1ba"]) == [("paragraph", "B"), ("paragraph", "(\x1ba")]


def test_a_heading_before_a_bracketed_number_stays_a_heading_both_ways() -> None:
    lines = ["Der Haushalt", "(", "2025 in Zahlen) Die Ausgaben steigen weiter."]
    once = _kinds(lines)
    assert once[0] == ("heading", "Der Haushalt")
    assert _kinds(_relaid(lines)) == once


def test_a_bracket_before_lower_case_continues_the_line_above() -> None:
    lines = ["Die Ministerin", "(", "parteilos) sagte am Montag, sie bleibe."]
    once = _kinds(lines)
    assert once[0][0] == "paragraph"
    assert _kinds(_relaid(lines)) == once
