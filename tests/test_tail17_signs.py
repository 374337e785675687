"""More signs that a page's tail has begun (issue #19, session 17, junk17).

After the article's last prose the tail starts at its first sign (`_repair_bounds`); the lines
before that sign stay.  `_repair_tail_signs` adds the page's prompts (follow, subscribe, share,
support), its counts (views, shares, signatures, the comments on a named post) and its
category lines, and cuts a run of lines at a share row that goes on from a credit.

All text is invented for these tests.
"""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.target import private
from tests.test_junk_bounds import ARTICLE

repair = private("_repair").repair
ts = private("_repair_tail_signs")

SIGNS = [
    # follow, subscribe, support
    "Folgen Sie uns auf",
    "Folge uns überall!",
    "Follow us on Mastodon",
    "Síguenos en redes",
    "Suivez-nous sur Instagram",
    "Jetzt zum Newsletter anmelden »",
    "Get our Harbour Weekly newsletter",
    "Abonnez-vous à la lettre du port",
    "Apoya a Diario del Puerto",
    "Unterstützen Sie das Hafenblatt via Überweisung:",
    "For reprints and permissions, write to us.",
    # share prompts, finished or not
    "Möchten Sie den Artikel teilen?",
    "Diesen Artikel teilen:",
    "Share this story",
    "Partager cet article",
    # counts
    "1.204 views",
    "Post Views: 87",
    "3.512 Unterschriften",
    "4 responses to “Ten bridges worth a detour”",
    "12 Kommentare zu „Die Fähre fährt wieder“",
    "Share12Tweet3Mail",
    # categories and tags with their values
    "Kategorien: Reisen, Küste",
    "Filed under: Harbour, Ferries",
    "Temas relacionados: puerto, costa",
    "Seitenindex",
]


@pytest.mark.parametrize("line", SIGNS)
def test_a_pages_prompt_count_or_category_line_is_a_sign(line: str) -> None:
    assert ts.tail_sign(line)


@pytest.mark.parametrize(
    "line",
    [
        # an article's sentences and headlines naming the same things
        "The newsletter of the harbour club has been printed every month since 1962.",
        "Der Verein will im Mai einen eigenen Newsletter für die Mitglieder der Werft starten.",
        "Categories of bridges",
        "Die Kategorie der Fähre",
        "Der Rat tagt im Mai",
        "Seguiremos informando",
        "204 visitors came",
    ],
)
def test_a_sentence_or_a_headline_is_no_sign(line: str) -> None:
    assert not ts.tail_sign(line)


@given(st.lists(st.text(min_size=1), min_size=ts.SIGN_WORDS + 1, max_size=20))
def test_a_long_line_is_never_a_sign(words: list[str]) -> None:
    assert not ts.tail_sign(" ".join(words))  # (however its words read: a sentence)


TAILS = {  # a credit the article's end keeps, a sign, and two lines of the page after it
    "de": ["Mit Material der Agentur", "Folgen Sie uns auf", "Hafenblatt bei Mastodon", "Hafen"],
    "en": ["Harbour Desk", "1.204 views", "Port Ellen", "Ferry news"],
    "es": ["Redacción Puerto", "Apoya a Diario del Puerto", "Puerto y costa", "Rutas en bici"],
    "fr": ["Rédaction du Port", "Partager cet article", "Port et côte", "Balades à vélo"],
}


def rules(lines: list[str]) -> dict[str, str | None]:
    return {b.text: b.rule for b in repair(lines).blocks}


@pytest.mark.parametrize("lang", sorted(TAILS))
def test_the_lines_from_a_sign_on_are_the_tail(lang: str) -> None:
    lines = [*ARTICLE[lang], *TAILS[lang]]
    found = rules(lines)
    assert all(found[text] is None for text in ARTICLE[lang])
    assert [found[text] for text in TAILS[lang][1:]] == ["noise:tail"] * 3


def test_a_share_row_under_a_credit_is_cut_from_it() -> None:
    # (the walk joins "bei …" to the line before it: the run is cut at the share row)
    row = ["bei Mastodon teilen", "bei Bluesky teilen", "per E-Mail teilen"]
    found = rules([*ARTICLE["de"], "Beitrag von Anna Berg", *row])
    assert found["Beitrag von Anna Berg"] is None
    assert [found[text] for text in row] == ["noise:tail"] * 3


def test_a_sentence_cut_at_a_link_with_a_cue_word_stays_whole() -> None:
    lines = [
        *ARTICLE["en"],
        "In her",
        "closing comments",
        "the mayor thanked the crews who kept the ferry running all winter long.",
    ]
    blocks = [b for b in repair(lines).blocks if b.kind != "noise"]
    assert blocks[-1].text.startswith("In her closing comments the mayor")


@given(
    sizes=st.lists(st.integers(1, 4), min_size=1, max_size=8),
    prose=st.lists(st.booleans(), min_size=8, max_size=8),
    at=st.integers(0, 30),
    signs=st.sets(st.integers(0, 30)),
)
def test_a_cut_keeps_every_line_in_order(
    sizes: list[int], prose: list[bool], at: int, signs: set[int]
) -> None:
    units, start = [], 0
    for size, good in zip(sizes, prose, strict=False):
        units.append((start, start + size, good))
        start += size
    out, cut = ts.cut_at_sign(units, at, signs.__contains__)
    assert out[0][0] == 0
    assert out[-1][1] == start
    assert all(b > a for a, b, _ in out)
    assert all(x[1] == y[0] for x, y in itertools.pairwise(out))
    assert len(out) == len(units) + (cut >= 0)
    assert [u for u in out if u[2]] == [u for u in units if u[2]]  # prose is never cut
    if cut >= 0:
        assert cut == at
        assert all(k in signs for k in range(at, next(b for a, b, _ in out if a == at)))
