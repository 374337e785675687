"""Readers' comments after the article (issue #19, session 17, comments17).

A comment section repeats its template: a head (a name and a verb of saying, a name with its
date, a forum's score and age), the comment, a reply button.  `_repair_comments` finds the
first confirmed head that another head follows (or a comments header precedes) and the bounds
set aside every line from it on as ``noise:comments``; one dated line or one quoted speaker in
an article never starts it.

All text is invented for these tests.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.target import private
from tests.test_junk_bounds import ARTICLE

repair = private("_repair").repair
cm = private("_repair_comments")

COMMENTS = {  # two comments in a blog or forum template of each language
    "de": [
        "3 Kommentare",
        "Jonas K. sagt:",
        "4. Mai 2023 um 9:29 Uhr",
        "Endlich passiert etwas an der Brücke, das war lange überfällig.",
        "Antworten",
        "Marlene sagt:",
        "5. Mai 2023 um 18:02 Uhr",
        "Und wer bezahlt die Umleitung für die Pendler aus dem Umland?",
        "Antworten",
    ],
    "en": [
        "fennwick 12 March 2021 09:14",
        "Two years for one bridge seems long, but the old one was falling apart.",
        "Reply",
        "harbour_kate 12 March 2021 10:40",
        "My street will take all the traffic now. Nobody asked us about it.",
        "Reply",
    ],
    "es": [
        "Lucía dice:",
        "3 marzo, 2022 a las 11:05",
        "Ya era hora de que arreglaran ese puente, cada invierno está peor.",
        "Responder",
        "Tomás dice:",
        "4 marzo, 2022 a las 08:30",
        "Ojalá no tarden más de lo previsto, como siempre pasa en esta ciudad.",
        "Responder",
    ],
    "fr": [
        "Vos réactions (2)",
        "Margaux dit :",
        "Il était temps, ce pont tremblait à chaque passage de bus.",
        "Répondre",
        "Paul dit :",
        "Deux ans de travaux, c'est beaucoup pour les commerçants du quai.",
        "Répondre",
    ],
}


def rules(lines: list[str]) -> dict[str, str | None]:
    return {b.text: b.rule for b in repair(lines).blocks}


HEAD_AT = {"de": 1, "en": 0, "es": 0, "fr": 1}  # (after the header of the German and French)


def kinds(lines: list[str]) -> list[tuple[str, str | None]]:
    """Each line's block kind and rule (the line numbers count from 1)."""
    out: list[tuple[str, str | None]] = [("", None)] * len(lines)
    for b in repair(lines).blocks:
        for n in range(b.first_line, b.last_line + 1):
            out[n - 1] = (b.kind, b.rule)
    return out


@pytest.mark.parametrize("lang", sorted(COMMENTS))
def test_a_repeated_comment_section_is_set_aside_from_its_first_head(lang: str) -> None:
    lines = [*ARTICLE[lang], *COMMENTS[lang]]
    found = kinds(lines)
    n = len(ARTICLE[lang])
    assert all(kind != "noise" for kind, _ in found[:n])
    assert all(kind == "noise" for kind, _ in found[n:])
    # the comments' own lines (not a date another rule names) are the comments' rule
    comments = [r for (_, r), t in zip(found[n:], COMMENTS[lang], strict=True) if t[-1] in ".?"]
    assert comments == ["noise:comments"] * 2


@pytest.mark.parametrize("lang", sorted(COMMENTS))
def test_the_comments_start_at_their_first_head(lang: str) -> None:
    texts = [*ARTICLE[lang], *COMMENTS[lang]]
    first = len(ARTICLE[lang]) + HEAD_AT[lang]
    assert cm.comment_start(texts, 0) == first


def test_a_bio_after_the_article_stays_before_the_comments() -> None:
    bio = "Anna Berg schreibt seit 2015 über die Stadt und ihre Brücken für das Hafenblatt."
    texts = [*ARTICLE["de"], bio, *COMMENTS["de"]]
    found = rules(texts)
    assert found[bio] is None
    assert found["Marlene sagt:"] == "noise:comments"


@pytest.mark.parametrize(
    "lines",
    [
        # a quoted speaker with a dated line and a heading "Antworten" in an article
        [
            "Die Ministerin sagt:",
            "4. Mai 2023 um 9:29 Uhr",
            "Wir bauen die Brücke neu, und zwar schneller als geplant.",
            "Antworten",
            "Die Fragen der Leser beantwortet die Stadt in einer Sprechstunde am Freitag.",
        ],
        # one comment alone, without a header: nothing repeats
        [
            "fennwick 12 March 2021 09:14",
            "Two years for one bridge seems long, but the old one was falling apart.",
            "Reply",
        ],
        # two heads without a reply button or a date under them: speakers over quotes
        [
            "Dr Anna Berg, engineer, says:",
            "The steel is older than anyone thought, and the salt has done the rest.",
            "Tom Reyes, who runs the ferry, says:",
            "We will put on two more boats while the bridge is closed this winter.",
        ],
    ],
)
def test_a_single_head_or_quoted_speakers_start_no_comments(lines: list[str]) -> None:
    texts = [*ARTICLE["en"], *lines]
    assert cm.comment_start(texts, 0) is None
    assert "noise:comments" not in rules(texts).values()


def test_a_byline_with_its_date_is_no_comment_head() -> None:
    assert not cm.NAME_DATE.match("By Anna Berg 12 March 2021")
    assert not cm.NAME_DATE.match("Von Jonas Keller 4. Mai 2023")
    assert cm.NAME_DATE.match("jonas_k 4. Mai 2023 09:29")


def test_a_forums_score_and_age_heads_a_comment() -> None:
    texts = [
        *ARTICLE["en"],
        "48 comments",
        "31 points · 4 years ago",
        "Closing it for two years is the only sane option with steel that old.",
        "7 points · 4 years ago",
        "Agreed, though the ferry will be packed every morning.",
    ]
    assert cm.comment_start(texts, 0) == len(ARTICLE["en"]) + 1


POOL = [
    *ARTICLE["en"],
    *COMMENTS["en"],
    *COMMENTS["de"],
    "Reply",
    "Antworten",
    "12 Kommentare",
    "Tom Reyes, who runs the ferry, says:",
    "4. Mai 2023 um 9:29 Uhr",
    "9 points · 2 years ago",
]


@given(st.lists(st.sampled_from(POOL), max_size=30), st.integers(0, 5))
def test_the_start_is_a_confirmed_head_after_the_first_line(texts: list[str], first: int) -> None:
    start = cm.comment_start(texts, first)
    if start is None:
        return
    assert first < start < len(texts)
    assert cm._head(texts[start])
    after = texts[start + 1 : start + 1 + cm.COMMENT_GAP]
    assert (
        start in private("_repair_tail_words").comment_heads(texts)
        or cm.VOTES_HEAD.match(texts[start])
        or any(cm._reply(t) for t in after)
    )


@given(st.lists(st.sampled_from(POOL), min_size=1, max_size=30))
def test_every_line_is_in_a_block_with_comments(texts: list[str]) -> None:
    lines = [*ARTICLE["en"], *texts]
    found = kinds(lines)
    assert all(kind for kind, _ in found)  # (nothing lost: each line is in some block)
    out: list[Any] = [None] * len(lines)
    start = cm.comment_start(lines, 0)
    assert cm.set_comments(lines, 0, out) is (start is not None)
    if start is not None:  # (from the head, or the header right above it, to the end)
        assert all(o is not None for o in out[start:])
        assert all(o is None for o in out[: start - 1])
