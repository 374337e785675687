"""Junk inside the article, sixteenth session (issue #19 item 2): caption credits that the caption
pattern of `_repair_labels` did not read (`_repair_credits`), set aside as
``noise:credited-caption``: a wire's rights notice after its photographer's slash, a wire's
licensing link, a wire's credit in parentheses (``(AP Photo/Name)``), a ``©`` glued to the
caption's last word, a photo shoot's credits with the team's roles, a screenshot's source.
Every caption here was kept by the code before it (3aaa387); sentences that only look alike
stay, and so do the paragraphs around the captions.

All text is invented for these tests.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.target import private
from tests.test_inside9_between import DE, EN

_repair = private("_repair")
_credits = private("_repair_credits")
_labels = private("_repair_labels")

CAPTIONS = [
    # a wire's rights notice after its photographer's slash
    "Die Fähre legt am Montag in Kiel an Jens Holm/Copyright 2026 The AP. All rights reserved.",
    # a wire's credit and its licensing link
    "Passengers wait on the pier in Kiel, March 3, 2025. NORDWIRE/Anna Berg Purchase Licensing"
    " Rights, opens new tab",
    # a wire's credit in parentheses
    "The mayor opens the new pier in Kiel, Monday, March 3, 2025. (AP Photo/Jane Roe)",
    "Le maire inaugure le nouveau quai à Brest, lundi 3 mars 2025. (AFP Photo/Marc Le Goff)",
    # a © glued to the caption's last word
    "Die Stadt stellt am Montag die Pläne für den neuen Anleger vor© Stadt Kiel/Anna Berg",
    # a photo shoot's credits
    "Mantel und Stiefel, beides von NORDMODE.Foto: Anna Berg. Styling: Lea Wolf. Haare: Jan Roth."
    " Make-up: Eva Lind",
    "Robe en soie, de MAISON ROUX. Photo: Marc Le Goff. Stylisme: Claire Petit. Coiffure: Luc Bon",
    # a screenshot's source after the label
    "Der Zeitplan der Partei für die nächsten Wochen. Bild: Screenshot: partei-nord.de",
]


def _rules(middle: str, paragraphs: list[str]) -> list[str | None]:
    lines = [*paragraphs[:2], middle, *paragraphs[2:]]
    blocks = _repair.repair(lines).blocks
    assert len(blocks) == len(lines)
    return [b.rule if b.kind == "noise" else None for b in blocks]


@pytest.mark.parametrize("caption", CAPTIONS)
@pytest.mark.parametrize("paragraphs", [EN, DE], ids=["en", "de"])
def test_a_caption_with_such_a_credit_is_set_aside(caption: str, paragraphs: list[str]) -> None:
    assert _credits.other_credit(caption)
    rules = _rules(caption, paragraphs)
    assert rules[:2] == rules[3:] == [None, None]
    # (a rights notice may be taken by the page's own rights rule first: junk either way)
    assert rules[2] in ("noise:credited-caption", "noise:rights-reserved")


@pytest.mark.parametrize(
    "line",
    [
        # a sentence about rights, no photographer's slash before it
        "The agency said on Monday that all rights to the pictures are reserved.",
        "Copyright 2026 Harbour Media Inc. All rights reserved.",
        # a slash in running text, a parenthesis that is no credit
        "The council met on Monday (see photo/video below)",
        "Die Fähre fährt zweimal am Tag (Kiel/Oslo)",
        # a © in running text, a name after it going on as a sentence
        "Die Marke© gehört seit Jahren der Reederei und wird weiter genutzt.",
        # a photographer's credit without any role after it is the older pattern's business
        "Die Fähre im Hafen.Foto: Anna Berg",
        # a role alone, no photo's credit before it
        "Styling: Lea Wolf. Haare: Jan Roth.",
        # a screenshot named in a sentence
        "Ein Screenshot: so sah die Seite am Montag aus.",
    ],
)
def test_not_such_a_credit(line: str) -> None:
    assert not _credits.other_credit(line)


def test_a_credit_cut_at_a_link_stays() -> None:
    # the caption's line goes on in lower case on the next line: a sentence cut at a link
    lines = [
        *EN[:2],
        "The mayor opens the new pier in Kiel. (AP Photo/Jane Roe)",
        "and the boats follow later.",
        *EN[2:],
    ]
    rules = [b.rule for b in _repair.repair(lines).blocks if b.kind == "noise"]
    assert "noise:credited-caption" not in rules


@settings(max_examples=80, deadline=None)
@given(st.text(max_size=200))
def test_other_credit_never_crashes_and_needs_a_sign(text: str) -> None:
    if _credits.other_credit(text):
        assert any(n in text for n in ("/", "©", ":"))


# A stamp with its author's name before it, or a reading time after it (``noise:stamp``).

_inside = private("_repair_inside")

AUTHORED_STAMPS = [
    "Anna Berg, 12.03.2024 10:00 Uhr",
    "Jens Holm12.03.2024, 19:35 Uhr",
    "Marta Gil Soto | 03/05/2022 20:36",
    "Jane Roe, April 18, 2023 at 10:37 a.m. EDT",
    "06. 03. 2025, 14:59 Uhr Lesedauer: 4 Minuten",
    "1.11.23 20:19 von Anna Berg Lesezeit: 4 Min.",
]


@pytest.mark.parametrize("line", AUTHORED_STAMPS)
@pytest.mark.parametrize("paragraphs", [EN, DE], ids=["en", "de"])
def test_a_stamp_with_its_author_is_set_aside(line: str, paragraphs: list[str]) -> None:
    assert _inside.stamp_with_author(line)
    assert _rules(line, paragraphs) == [None, None, "noise:stamp", None, None]


@pytest.mark.parametrize(
    "line",
    [
        # an update's note introducing what follows
        "Nachtrag 22.04.2025 10:30 Uhr:",
        # a label and an hour: an event's, no stamp
        "Einlass 19:30 Uhr",
        "Doors 7:30 p.m.",
        # a place and a date alone (a timeline's entry), no time
        "Berlin 12.03.2024",
        # a stamp alone is `stamp`'s, and a reading time alone may be the article's
        "12.03.2024 10:00 Uhr",
        "Lesedauer: 4 Minuten",
        # a sentence
        "Anna Berg kam am 12.03.2024 um 10:00 Uhr in Kiel an.",
    ],
)
def test_not_a_stamp_with_its_author(line: str) -> None:
    assert not _inside.stamp_with_author(line)


@settings(max_examples=80, deadline=None)
@given(st.text(max_size=90))
def test_stamp_with_author_needs_a_digit(text: str) -> None:
    if _inside.stamp_with_author(text):
        assert any(c.isdigit() for c in text)
        assert len(text) <= _inside.STAMP_MAX


# Three more "read also" labels (``noise:read-also``): Spanish, German.


@pytest.mark.parametrize(
    "line",
    [
        "PUEDES VER: ¿Cómo renovar el pasaporte en línea sin salir de casa?",
        "Auch lesen: Diese fünf Fähren fahren im Winter nach Norwegen",
        "Lies auch",
    ],
)
def test_more_read_also_labels(line: str) -> None:
    assert _labels.label_aside(line) is _labels.label_aside("Read also: The ferry returns")


@pytest.mark.parametrize(
    "line",
    ["Puedes ver la película en el cine del puerto.", "Auch lesen kann man am Hafen gut."],
)
def test_a_sentence_starting_with_the_words_stays(line: str) -> None:
    assert _labels.label_aside(line) is None
