"""Junk inside the article, fourteenth session (issue #19 item 2): a caption that says who is
where in its picture (``noise:pictured``): a position in parentheses after a name in the first
sentence (``Anna Berg (l.)``, ``(left)``, ``(izquierda)``, ``(à droite)``), a left-to-right
label first (``(L-R)``, ``Von links:``, ``Pictured …``), or a file picture's note after the
caption (``(Archivbild)``).  Every caption set aside here was kept by the code before it
(7621c27); a paragraph naming a photo in a later sentence, a party's ``(R.)``, a note alone and
the paragraphs around the captions stay.

All text is invented for these tests.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.target import private
from tests.test_inside9_between import EN

_repair = private("_repair")
_pictured = private("_repair_pictured")

BEFORE, AFTER = EN[:2], EN[2:]  # (the article's paragraphs around a caption)

CAPTIONS = [
    "Anna Berg (l.) und Jens Holm bei der Eröffnung des neuen Anlegers in Kiel.",
    "Mayor Jane Roe (left) with the ferry's captain at the pier on Monday",
    "La alcaldesa Marta Gil (izquierda) y el capitán del ferry, en el muelle.",
    "Le maire Marc Le Goff (à droite) et la capitaine du ferry sur le quai.",
    "(L-R) Anna Berg, Jens Holm and Marc Le Goff at the harbour",
    "Von links: Anna Berg, Jens Holm und Marc Le Goff am Hafen",
    "Pictured: the new ferry on its first crossing to the islands",
    "Die neue Fähre im Hafen von Kiel am frühen Morgen. (Archivbild)",
    "Burmistrz Anna Nowak (z lewej) i kapitan promu na nabrzeżu.",
]


def _rules(middle: str) -> list[str | None]:
    lines = [*BEFORE, middle, *AFTER]
    blocks = _repair.repair(lines).blocks
    assert len(blocks) == len(lines)
    return [b.rule if b.kind == "noise" else None for b in blocks]


@pytest.mark.parametrize("caption", CAPTIONS)
def test_a_caption_saying_who_is_where_is_set_aside(caption: str) -> None:
    assert _pictured.pictured(caption)
    assert _rules(caption) == [None, None, "noise:pictured", None, None]


@pytest.mark.parametrize(
    "line",
    [
        # a paragraph naming a photo in a later sentence
        "The ferry left at dawn on Monday. Beside the captain in the photo is Jens Holm (left).",
        # a party, not a position
        "Senator Jane Roe (R.) voted against the bill on Monday.",
        # a note alone: junk-dev's truth counts one as the article's
        "(Archivbild)",
        # the word without its parenthesis
        "Anna Berg turned left at the pier and waited for the boat.",
        "Pictures of the ferry were shown at the council meeting on Monday.",
    ],
)
def test_not_a_caption(line: str) -> None:
    assert not _pictured.pictured(line)


def test_a_link_text_inside_a_sentence_stays() -> None:
    # the next line goes on it in lower case: a sentence cut at a link
    lines = [*BEFORE, "Mayor Jane Roe (left)", "said the pier would open in May.", *AFTER]
    rules = [b.rule for b in _repair.repair(lines).blocks if b.kind == "noise"]
    assert "noise:pictured" not in rules


@settings(max_examples=80, deadline=None)
@given(st.text(max_size=120))
def test_pictured_never_crashes_and_needs_a_sign(text: str) -> None:
    found = _pictured.pictured(text)
    if found:
        low = text.lower()
        assert "(" in text or low.split(" ", 1)[0].rstrip(":,") in {
            w.partition("_")[0].rstrip(":") for w in _pictured.LEFT_TO_RIGHT.split()
        }
