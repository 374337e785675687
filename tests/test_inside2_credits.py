"""A caption ending in a credit with a slash and no label (``noise:slash-credit``, issue #19
item 2): ``… helfen.Pexels/Anna Berg``, ``… on Monday. (Matt Stone/Harbour Herald)``.

All text is invented for these tests.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdump._repair import repair
from newsdump._repair_inside import slash_credit
from newsdump._repair_labels import credited_caption
from newsdump._repair_registry import RULES
from tests.test_junk_inside import between_paragraphs, kept_inside_a_sentence

SLASHED = [
    "Ein Fährschiff legt am frühen Morgen im Hafen von Kiel an.Unsplash/Lena Brandt",
    "Der Trainer will mit dem Verein noch möglichst viele Punkte holen. IMAGO/Jonas Weber",
    "El alcalde saluda a los vecinos tras la inauguración del puente. EFE/ M.A. Ruiz",
    "The harbour master inspects the damaged pier on Tuesday. (Matt Stone/Harbour Herald)",
    "Le maire inaugure le nouveau pont de Brest, lundi. (Marc Le Goff/Ouest Images)",
    "Il sindaco visita il cantiere del porto di Genova. (Luca Neri/Foto Liguria)",
    "A prefeita visita as obras do porto de Santos nesta segunda. (Ana Souza/Folha Litoral)",
    "Burmistrz otwiera nowy most na Wiśle. (Jan Nowak/Agencja Gazeta)",
]

NOT_SLASHED = [
    "Die Preise stiegen im Mai um drei Prozent. (dpa/AFP)",  # the agencies' sign-off
    "Les pesticides sont très toxiques pour les insectes. (ats/nxp)",
    "Did you go to art school? Why/Why not?",
    "The club paid 4/5 of the fee in March and the rest in May.",
    "Students and/or their parents may apply before the end of June.",
    "Der Bus fährt um 9.30 Uhr ab (Linie 5/Richtung Hafen) und hält am Rathaus.",
    "The mayor said the work would take two years. Repairs/renovations start in May",
]


@pytest.mark.parametrize("line", SLASHED)
def test_a_caption_ending_in_a_slashed_credit_is_set_aside(line: str) -> None:
    assert slash_credit(line), line
    assert not credited_caption(line), line  # the rule before it took none of these
    assert between_paragraphs(line) == "noise:slash-credit"
    assert RULES["noise:slash-credit"].block_kind == "noise"


@pytest.mark.parametrize("line", NOT_SLASHED)
def test_a_slash_in_prose_or_a_sign_off_is_no_credit(line: str) -> None:
    assert not slash_credit(line), line


def test_a_slashed_credit_inside_a_sentence_cut_at_its_link_is_kept() -> None:
    assert kept_inside_a_sentence("agency. IMAGO/Jonas Weber")


_PROSE_WORDS = (
    "the council voted on monday to close old bridge for winter months and/or repairs will start"
    " in spring take two years mayor said 3/4 der rat hat am montag die brücke geschlossen le"
    " conseil a voté lundi pour fermer vieux pont Anna Berg Kiel Brest"
)
_WORDS = st.sampled_from(_PROSE_WORDS.split(" "))
_SENTENCE = st.lists(_WORDS, min_size=6, max_size=18).map(
    lambda ws: " ".join(ws).capitalize() + st_stop(ws)
)


def st_stop(words: list[str]) -> str:
    """A sentence's stop, drawn from the words so that the strategy stays one list."""
    return ".!?"[len(words) % 3]


_PARAGRAPH = st.lists(_SENTENCE, min_size=1, max_size=3).map(" ".join)


@given(st.lists(_PARAGRAPH, min_size=1, max_size=6))
def test_plain_prose_is_never_set_aside_as_a_slashed_credit(paragraphs: list[str]) -> None:
    assert not any(slash_credit(p) for p in paragraphs)
    rules = {b.rule for b in repair(paragraphs).blocks}
    assert "noise:slash-credit" not in rules
