"""A label over other articles that another rule set aside by its words (issue #19, session 13,
tail10): ``Most read`` / ``Meistgelesen`` / ``Te puede interesar`` after an article is an
`END_LABEL`, which never sits inside an article; when a rule of its words (page chrome, a
read-also label) had already set it aside, the tail started there but a prose summary of a
teaser after it was kept as the article's last words.  Now what follows such a label is the
page's, prose or not, unless the page prints the label again (a box between the article's
paragraphs) or it names the readers' comments.

All text is invented for these tests.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdump._repair import repair
from newsdump._repair_tail_words import COMMENTS_LABEL, END_LABEL
from tests.test_junk_bounds import ARTICLE

LABELS = {
    "de": ["Meistgelesen", "Das könnte Sie auch interessieren"],
    "en": ["Most read", "You may also like", "Trending"],
    "es": ["Te puede interesar", "Lo más leído"],
    "fr": ["Les plus lus", "Vous aimerez aussi"],
}

SUMMARY = {  # a teaser's summary: a finished sentence of prose, as long as a paragraph
    "de": "Die Fähre fährt ab Dezember öfter, doch die Wartezeiten am Kai bleiben für alle Pendler"
    " lang und teuer.",
    "en": "The ferry will run more often from December, but the queues at the quay stay long for"
    " everyone who waits.",
    "es": "El ferry saldrá más a menudo desde diciembre, pero las colas en el muelle siguen siendo"
    " largas para todos.",
    "fr": "Le bac passera plus souvent dès décembre, mais les files sur le quai restent longues"
    " pour tous ceux qui attendent.",
}

HEADLINES = ["Hafen: Brücke bleibt zu", "Rail strike ends"]

CASES = [(lang, label) for lang, labels in sorted(LABELS.items()) for label in labels]


def page(lang: str, label: str) -> list[str]:
    return [*ARTICLE[lang], label, HEADLINES[0], SUMMARY[lang], HEADLINES[1]]


@pytest.mark.parametrize(("lang", "label"), CASES)
def test_a_teasers_summary_after_an_end_label_set_aside_by_its_words_is_tail(
    lang: str, label: str
) -> None:
    blocks = repair(page(lang, label)).blocks
    rules = {b.text: b.rule for b in blocks if b.kind == "noise"}
    assert rules.get(label) is not None  # (set aside by a rule of its words)
    # (on the starting commit the summary was kept as the article's last paragraph)
    assert rules.get(SUMMARY[lang]) == "noise:tail"
    kept = [b.text for b in blocks if b.kind != "noise"]
    assert kept == ARTICLE[lang]


MORE = [
    "The council will publish a plan for the ferry and the detour before the closure begins.",
    "Shop owners in the old town fear that fewer customers will come during the winter months.",
]


def test_a_label_printed_again_is_a_box_inside_the_article() -> None:
    box = ["Most read", "Harbour fest moves to May", "Cup final tickets sold out"]
    lines = [*ARTICLE["en"][:2], *box, *MORE, *box, SUMMARY["en"], "Rail strike ends"]
    kept = [b.text for b in repair(lines).blocks if b.kind != "noise"]
    for line in [*ARTICLE["en"][:2], *MORE]:
        assert line in kept  # the article goes on after the first box


@pytest.mark.parametrize("label", ["12 Kommentare", "Comments", "3 commentaires"])
def test_readers_comments_after_their_label_are_left_as_they_were(label: str) -> None:
    comment = "I walk over that bridge every day and I am glad that it will finally be repaired."
    lines = [*ARTICLE["en"], label, "Tom Lind", comment, "Mia Roe"]
    kept = [b.text for b in repair(lines).blocks if b.kind != "noise"]
    assert comment in kept  # (a page's truth counts readers' text as the article's as often)


@pytest.mark.parametrize(
    ("text", "comments"),
    [
        ("12 comments", True),
        ("Kommentare", True),
        ("3 commentaires", True),
        ("Comentarios", True),
        ("Most read", False),
        ("Meistgelesen", False),
        ("Te puede interesar", False),
    ],
)
def test_comments_label(text: str, comments: bool) -> None:
    assert END_LABEL.match(text)
    assert (COMMENTS_LABEL.search(text) is not None) is comments


@given(
    st.sampled_from(CASES),
    st.lists(st.sampled_from([*HEADLINES, "Prices rise again"]), max_size=4),
    st.booleans(),
)
def test_nothing_lost_and_the_article_kept(
    case: tuple[str, str], extra: list[str], again: bool
) -> None:
    lang, label = case
    lines = [*page(lang, label), *extra]
    if again:
        lines.append(label)
    blocks = repair(lines).blocks
    text = "\n".join(b.text for b in blocks)
    for line in lines:
        assert line in text  # every line ends in some block
    kept = [b.text for b in blocks if b.kind != "noise"]
    assert kept[: len(ARTICLE[lang])] == ARTICLE[lang]
