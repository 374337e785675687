"""Where the article starts (issue #19, session 15): the page's lines before its first prose.

Before the article's first prose `_repair_bounds` set aside only labels of three words or fewer
and short dated lines; `_repair_head` adds the shapes of the page's furniture whatever their
length: the date-and-author line, a breadcrumb, a share row, and (before the record's first
finished line) a list of names with no function word of the record's language.

All text is invented for these tests.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdump._repair import repair
from newsdump._repair_bounds import bounds_asides
from newsdump._repair_context import LineFacts
from newsdump._repair_head import (
    META_WORDS,
    head_junk,
    name_list,
    page_line,
)
from tests.test_junk_bounds import ARTICLE

# the page's date-and-author lines, breadcrumbs and share rows, in the corpora's languages
PAGE_LINES = [
    ("en", "Posted on March 3, 2021 by jholm · 4 Comments"),
    ("en", "Written by Harbour Weekly on November 7, 2023"),
    ("en", "Home » World » Asia » Japan"),
    ("en", "Facebook Twitter LinkedIn Reddit Email"),
    ("de", "Veröffentlicht am 12.03.2024 von Jana Holm"),
    ("de", "Anna Berg | 25.10.2023 | 09:14 Uhr | 3 Kommentare"),
    ("de", "Startseite | Region | Oberland |"),
    ("de", "über Mastodon teilen per Mail teilen über Xing teilen"),
    ("es", "Publicado el 4 de mayo de 2022 por Redacción"),
    ("es", "Inicio › Deportes › Fútbol"),
    ("fr", "Publié le 2 mars 2020 par Léa Martin"),
    ("fr", "Accueil > Culture > Cinéma"),
]


@pytest.mark.parametrize(("lang", "line"), PAGE_LINES)
def test_the_pages_line_before_the_article_is_head_noise(lang: str, line: str) -> None:
    lines = [line, *ARTICLE[lang]]
    found = bounds_asides(lines, [False] * 4, [None] * 4)
    assert found is not None
    assert [a.rule if a else None for a in found[0]] == ["noise:head", None, None, None]
    blocks = repair(lines).blocks
    # (a share row in English is the share buttons' rule's already, by its words)
    assert (blocks[0].kind, blocks[0].text) == ("noise", line)
    assert [b.kind for b in blocks[1:]] == ["paragraph"] * 3


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("de", "Die Stadt und ihre Brücken im Winter"),  # a kicker: function words, no date
        ("en", "Council to close the old bridge for the winter"),  # the article's headline
        ("de", "Rede des Bürgermeisters am 3. Mai 2021"),  # a date, no byline word, no separator
        ("de", "Der lange Weg nach Brüssel / Berlin"),  # one separator: a place, not a path
        ("en", "Why Telegram and X fall out"),  # two networks, but a headline
        # a finished sentence with a date and a byline word: the article's (or prose)
        ("de", "Am 3. Mai 2021 sprach der Bürgermeister von Lund vor dem Rat."),
    ],
)
def test_a_kicker_a_headline_or_a_sentence_before_the_article_stays(lang: str, line: str) -> None:
    lines = [line, *ARTICLE[lang]]
    assert bounds_asides(lines, [False] * 4, [None] * 4) is None


def test_a_list_of_names_before_the_first_finished_line_is_head_noise() -> None:
    # sections, then authors: no function word of the record's language (German)
    lines = ["Politik Wirtschaft Kultur Sport Reisen", "Jana Holm, Piet Lorenz & Kai Ober"]
    found = bounds_asides([*lines, *ARTICLE["de"]], [False] * 5, [None] * 5)
    assert found is not None
    assert [a.rule if a else None for a in found[0]][:3] == ["noise:head", "noise:head", None]


def test_a_list_of_names_after_a_finished_line_stays() -> None:
    # after a finished sentence the article may have begun: its sub-heading or a list in it
    lines = ["Es regnete den ganzen Tag.", "Jana Holm, Piet Lorenz & Kai Ober", *ARTICLE["de"]]
    found = bounds_asides(lines, [False] * 5, [None] * 5)
    assert found is None or found[0][1] is None


def test_the_pages_date_line_under_the_lede_is_head_noise() -> None:
    # the lede is the stretch's first prose; the date-and-author line under it is the page's,
    # the article's body after it stays
    lede = "Die Stadt sperrt die alte Brücke, und die Reparatur wird zwei Jahre dauern."
    lines = [lede, "Von Jana Holm | 12.03.2024, 09:15 Uhr", *ARTICLE["de"]]
    found = bounds_asides(lines, [False] * 5, [None] * 5)
    assert found is not None
    assert [a.rule if a else None for a in found[0]] == [None, "noise:head", None, None, None]


def test_a_date_line_deep_in_the_article_stays() -> None:
    # only between the stretch's first prose and its second: later it is the article's
    lines = [*ARTICLE["de"][:2], "Anna Berg | 25.10.2023 | Stadtrat", ARTICLE["de"][2]]
    found = bounds_asides(lines, [False] * 4, [None] * 4)
    assert found is None or found[0][2] is None


def test_a_run_of_the_pages_lines_cut_at_links_is_head_noise_as_one() -> None:
    # a run (blank-line layout: its lines were cut at links) of the page's lines only
    texts = ["Startseite |", "Region |", "12.03.2024 | 09:15", *ARTICLE["de"]]
    blank = [False, False, False, True, True, True]
    found = bounds_asides(texts, blank, [None] * 6)
    assert found is not None
    assert [a.rule if a else None for a in found[0]][:4] == ["noise:head"] * 3 + [None]


def test_a_run_with_a_by_word_alone_stays_for_the_byline() -> None:
    # "Von" / "Jana Holm": before the article a byline is the article's own (the layout joins
    # the name to its by-word), even when the page's date follows in the same run
    texts = ["Von", "Jana Holm", "12.03.2024 | 09:15", *ARTICLE["de"]]
    blank = [False, False, False, True, True, True]
    found = bounds_asides(texts, blank, [None] * 6)
    assert found is None or found[0][:3] == [None, None, None]


def test_a_name_list_needs_the_records_language() -> None:
    # a record whose language is not known (too little text): no line is read as a list
    lines = ["Politik Wirtschaft Kultur Sport"]
    assert not name_list(lines[0], LineFacts(lines, lines, [False]))


# --- properties ---------------------------------------------------------------------------------

WORDS = st.sampled_from(
    [
        "Anna",
        "Berg",
        "by",
        "von",
        "|",
        "»",
        "12.03.2024",
        "09:15",
        "Facebook",
        "teilen",
        "Politik",
        "der",
        "the",
        "und",
        "city",
        "Stadt",
        "said",
    ]
)


@given(st.lists(WORDS, min_size=META_WORDS + 1, max_size=META_WORDS + 8).map(" ".join))
def test_a_line_longer_than_meta_words_has_no_page_shape(line: str) -> None:
    assert not page_line(line)


@given(st.lists(WORDS, min_size=1, max_size=META_WORDS + 4).map(" ".join))
def test_head_junk_keeps_the_length_rules(line: str) -> None:
    # every line the length rules took before (a short unfinished label, a short dated line) is
    # still taken: the new shapes only add
    if page_line(line):
        assert head_junk(line)
    if len(line.split()) <= 3 and line[-1] not in ".!?":
        assert head_junk(line)


@given(
    st.lists(st.sampled_from([line for _, line in PAGE_LINES]), min_size=1, max_size=4),
    st.sampled_from(sorted(ARTICLE)),
)
def test_the_pages_lines_go_and_the_article_stays_whole(head: list[str], lang: str) -> None:
    lines = [*head, *ARTICLE[lang]]
    blocks = repair(lines).blocks
    assert [b.text for b in blocks if b.kind != "noise"] == ARTICLE[lang]
    # nothing lost: every character is in some block
    kept = sorted("".join(b.text for b in blocks).replace(" ", ""))
    assert kept == sorted("".join(lines).replace(" ", ""))
