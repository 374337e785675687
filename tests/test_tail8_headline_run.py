"""A teaser list between the article and the tail's first sign (issue #19, session 12, second
round): a section's kicker above each headline, unfinished lines in a row, is the page's.

All text is invented for these tests.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdump._repair import repair
from newsdump._repair_edges import (
    HEADLINE_CHARS,
    HEADLINE_RUN,
    HEADLINE_RUN_LONG,
    HEADLINE_WORDS,
    headline_run_start,
)
from tests.test_junk_bounds import ARTICLE  # (the same four languages' bridge story)

FOOTER = "© 2024 Harbour Media"

TEASERS = {
    "en": [
        "Sport",
        "Local rowing club wins the regional cup after twenty years",
        "Culture",
        "The old cinema on the quay reopens with a silent film night",
        "Business",
        "Fish prices at the harbour market rise for the third month",
    ],
    "de": [
        "Sport",
        "Der Ruderverein gewinnt nach zwanzig Jahren wieder den Pokal",
        "Kultur",
        "Das alte Kino am Kai öffnet wieder mit einem Stummfilmabend",
        "Wirtschaft",
        "Die Fischpreise auf dem Hafenmarkt steigen den dritten Monat",
    ],
    "es": [
        "Deportes",
        "El club de remo gana la copa regional después de veinte años",
        "Cultura",
        "El viejo cine del muelle reabre con una noche de cine mudo",
        "Economía",
        "Los precios del pescado en el mercado del puerto siguen subiendo",
    ],
    "fr": [
        "Sport",
        "Le club d'aviron remporte la coupe régionale après vingt ans",
        "Culture",
        "Le vieux cinéma du quai rouvre avec une soirée de films muets",
        "Économie",
        "Les prix du poisson au marché du port augmentent encore ce mois",
    ],
}


@pytest.mark.parametrize("lang", sorted(TEASERS))
def test_a_teaser_list_before_the_footer_is_set_aside_whole(lang: str) -> None:
    lines = [*ARTICLE[lang], *TEASERS[lang], FOOTER]
    blocks = repair(lines).blocks
    assert [b.kind for b in blocks[:3]] == ["paragraph"] * 3
    teasers = blocks[3 : 3 + len(TEASERS[lang])]
    assert [b.kind for b in teasers] == ["noise"] * len(TEASERS[lang])
    assert all(b.rule == "noise:menu-run" for b in teasers)
    assert [b.text for b in teasers] == TEASERS[lang]  # nothing lost, nothing glued


@pytest.mark.parametrize("lang", sorted(TEASERS))
def test_too_few_headlines_or_no_sign_after_them_keep_the_lines(lang: str) -> None:
    # two headlines only: an article's closing list of unfinished items as often
    short = TEASERS[lang][: 2 * (HEADLINE_RUN_LONG - 1)]
    blocks = repair([*ARTICLE[lang], *short, FOOTER]).blocks
    assert [b.kind for b in blocks[3 : 3 + len(short)]] != ["noise"] * len(short)
    # the run must reach a sign of the tail, not the record's end
    blocks = repair([*ARTICLE[lang], *TEASERS[lang]]).blocks
    assert not any(b.kind == "noise" for b in blocks)


def test_a_finished_line_a_field_or_a_long_line_ends_the_run_read_back() -> None:
    article = ARTICLE["de"]
    teasers = TEASERS["de"]
    n = len(article) + len(teasers)
    units = [(i, i + 1, i < len(article)) for i in range(n + 1)]
    assert headline_run_start([*article, *teasers, FOOTER], units, 3, n) == 3
    for stop in (
        "Die Brücke bleibt im Winter gesperrt.",  # a finished sentence: the article's
        "Tel.: 0228 999 123",  # a contact's field: a press release's end
        " ".join(["Wort"] * (HEADLINE_CHARS // 4)),  # too long for a headline
    ):
        lines = [*article, *teasers[:2], stop, *teasers[2:], FOOTER]
        units = [(i, i + 1, i < len(article)) for i in range(n + 2)]
        # read back from the sign, the run stops after the stop line: too few headlines
        assert headline_run_start(lines, units, 3, n + 1) == n + 1


@given(
    kickers=st.lists(st.sampled_from(["Sport", "Kultur", "Politik", "Wetter"]), min_size=1),
    words=st.integers(min_value=1, max_value=12),
)
def test_the_run_starts_at_the_stretch_or_not_at_all(kickers: list[str], words: int) -> None:
    headline = " ".join(["Hafen"] * words)
    body = [x for k in kickers for x in (k, headline)]
    lines = [*ARTICLE["de"], *body, FOOTER]
    units = [(i, i + 1, i < 3) for i in range(len(lines))]
    sign = len(lines) - 1
    got = headline_run_start(lines, units, 3, sign)
    assert got in (3, sign)
    enough = words >= HEADLINE_WORDS and len(kickers) >= HEADLINE_RUN_LONG
    assert (got == 3) == (enough and len(body) >= HEADLINE_RUN)
