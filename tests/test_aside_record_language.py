"""A block after a paragraph is read by the record's own function words in both layouts.

The line walk vetoes a set-aside after a line ending in a function word of the record's language
(`LineFacts.fw`); the blank-line layout read the paragraph before with every language's words, so
an English paragraph ending in ``die`` (German's article, English's verb) kept the byline after
it from being one, and the repair's output laid out with blank lines changed its kinds (a
thorough hypothesis draw, seed 20, thirteenth session).
"""

from __future__ import annotations

import newsdump

_ENGLISH = [
    "Farmers in the valley say that without rain this month, most of the young crops will die",
    "By Jane Doe",
    "Voters queued for hours in the rain before the doors of the school opened.",
]


def _kinds(lines: list[str]) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in newsdump.repair(lines).blocks]


def test_a_byline_after_a_paragraph_ending_in_another_languages_article() -> None:
    relaid = [x for line in _ENGLISH for x in ("", line)][1:]
    assert _kinds(relaid)[1] == ("byline", "By Jane Doe")
    assert _kinds(relaid) == _kinds(_ENGLISH)


def test_a_paragraph_ending_in_the_records_own_article_is_still_continued() -> None:
    # German: "die" is the article, so what follows goes on the sentence, whatever it looks like
    german = [
        "Die Bauern im Tal sagen, ohne Regen in diesem Monat verdorren die",
        "",
        "Von Anna Berg",
        "",
        "Die Wähler standen stundenlang im Regen, bevor die Türen der Schule öffneten.",
    ]
    assert _kinds(german)[1] == ("paragraph", "Von Anna Berg")


def test_the_repair_of_the_repair_keeps_the_byline() -> None:
    once = newsdump.repair(_ENGLISH).blocks
    relaid = [x for b in once for x in ("", b.text)][1:]
    twice = newsdump.repair(relaid).blocks
    assert [(b.kind, b.text) for b in twice] == [(b.kind, b.text) for b in once]
