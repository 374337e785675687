"""Article lines the bounds set aside (issue #19, session 13, the loss audit): a sentence that
ends in a smiley after its stop, and a cookie gate's link at the article's end taken for a label
over the page's tail.

All text is invented for these tests.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdump._repair import repair
from newsdump._repair_tail_words import line_stop
from tests.test_junk_bounds import COMMENTS

TUTORIAL = [
    "In this tutorial I show how to make the labels of a plot larger with a few lines of code.",
    "First we load the data and draw the plot with the default settings of the package.",
    "Then we change the size of the axis labels with one more option and draw it again.",
    "Please accept video cookies to play this video. By accepting you will be accessing content"
    " from a service provided by an external third party.",
    "Video privacy policy",
    "If you accept this notice, your choice will be saved and the page will refresh.",
    "Furthermore, you might want to read some of the other tutorials on my homepage.",
    "Change the colour of a plot",
    "Remove the legend of a plot",
    "Plot gallery",
    "In this tutorial you learned how to make the labels of a plot larger. If you have any"
    " further questions, let me know in the comments.",
    "Subscribe to my free newsletter",
]


@pytest.mark.parametrize(
    ("text", "stop"),
    [
        ("wo alles auf einmal gezogen wird, was in der Nähe steht.^^", "."),
        ("Das haben wir dann auch gleich ausprobiert. :)", "."),
        ("Ob das wohl jemals klappt? ;-)", "?"),
        ("Nous avons enfin trouvé la bonne recette ! :(", "!"),
        ("Wir sehen uns beim nächsten Treffen ^^", ""),  # no stop before the smiley
        ("Smileys :)", ""),
    ],
)
def test_a_smiley_after_the_stop_finishes_the_sentence(text: str, stop: str) -> None:
    # (on the starting commit a blog's closing sentence ending in ``.^^`` read as unfinished,
    # and went with the teaser list after it as the page's tail)
    assert line_stop("", text) == stop


def test_a_cookie_gates_link_is_no_label_over_the_articles_last_words() -> None:
    blocks = repair(TUTORIAL).blocks
    kept = [b.text for b in blocks if b.kind != "noise"]
    # the closing paragraph and the two sentences after the gate are the author's (on the
    # starting commit the gate's ``Video privacy policy`` took every line after it)
    assert TUTORIAL[5] in kept
    assert TUTORIAL[6] in kept
    assert TUTORIAL[10] in kept
    rules = {b.text: b.rule for b in blocks if b.kind == "noise"}
    assert rules[TUTORIAL[3]] == "noise:cookies"
    assert rules["Plot gallery"] == "noise:tail"  # the related links between stay the page's


def test_a_label_after_the_article_still_takes_the_prose_after_it() -> None:
    # a link of the page's after an article line that no rule set aside is a label over the
    # tail: the comments' prose after it goes too
    lines = [*TUTORIAL[:3], "Video privacy policy", *COMMENTS["en"][1:]]
    blocks = repair(lines).blocks
    assert [b.kind for b in blocks[3:]] == ["noise"] * 5


@given(st.sampled_from(["^^", ":)", ";)", ":-)", ":(", ";-("]), st.sampled_from(".!?…"))
def test_any_smiley_after_any_stop(smiley: str, stop: str) -> None:
    for space in ("", " "):
        assert line_stop("", f"Das war ein langer Abend{stop}{space}{smiley}") == stop
