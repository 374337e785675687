"""`_repair_edges.near_title`'s screen (issue #16, the fourteenth session) turns down only lines
the whole test turns down: each way a line repeats the title shares the title key's first or
last word with the line's case-folded text.  Checked against the code before the screen on
generated titles and lines made of a few words (so that they overlap), kicker marks and the
letters whose case folds differ from their lower case."""

from __future__ import annotations

from typing import Final

from hypothesis import example, given, settings
from hypothesis import strategies as st

from tests.target import private

edges = private("_repair_edges")
tx = private("_text")


def _slow(key: str, text: str, title: str) -> bool:
    """`near_title` before its screen."""
    line_key = tx.title_key(text)
    if line_key == key:
        return True
    if len(line_key) < len(key):
        return bool(edges._kicked(line_key, key) and edges._marks(title) > edges._marks(text))
    return bool(edges._kicked(key, line_key) and edges._marks(text) > edges._marks(title))


_WORDS: Final = st.sampled_from(
    ["Brücke", "bleibt", "gesperrt", "STRASSE", "Straße", "Verkehr", "le", "pont", "ΟΔΟΣ", "x1"]
)
_GLUE: Final = st.sampled_from([" ", "  ", ": ", " | ", " - ", " – ", "! ", " · ", "/"])


@st.composite
def _line(draw: st.DrawFn) -> str:
    words = draw(st.lists(_WORDS, min_size=1, max_size=7))
    out = words[0]
    for word in words[1:]:
        out += draw(_GLUE) + word
    return out + draw(st.sampled_from(["", ".", "!", " ", "?"]))


@st.composite
def _pair(draw: st.DrawFn) -> tuple[str, str]:
    """A title and a line: unrelated, the same words again, or one with a kicker or a site's name
    the other lacks."""
    title, other = draw(_line()), draw(_line())
    how = draw(st.sampled_from(["apart", "same", "kicker", "site", "title-site"]))
    if how == "same":
        return title, title.upper()
    if how == "kicker":
        return title, other + draw(_GLUE) + title
    if how == "site":
        return title, title + draw(_GLUE) + other
    if how == "title-site":
        return other + draw(_GLUE) + title, other
    return title, other


@given(_pair())
@example(("Brücke bleibt gesperrt", "Verkehr: Brücke bleibt gesperrt"))
@example(("Le pont reste fermé | Radio Ville", "Le pont reste fermé"))
@example(("Le pont reste fermé", "Le pont reste fermé - Radio Ville"))
@example(("Straße bleibt gesperrt", "STRASSE bleibt gesperrt"))
def test_near_title_as_before_its_screen(pair: tuple[str, str]) -> None:
    title, text = pair
    key = tx.title_key(title)
    assert edges.near_title(key, text, title) == _slow(key, text, title)


@given(_line(), _line())
def test_near_title_as_before_on_two_lines(title: str, text: str) -> None:
    key = tx.title_key(title)
    assert edges.near_title(key, text, title) == _slow(key, text, title)


def test_the_generated_lines_repeat_titles_in_each_way() -> None:
    """The draws above reach each case: the same words, a kicker before, the site's name in the
    title (else the comparison would test only the screen's no)."""
    found = set()

    # (derandomized, with draws enough to reach all three: a random run of the default 100
    # missed the site's name in the title now and then)
    @settings(derandomize=True, max_examples=300)
    @given(_pair())
    def draw(pair: tuple[str, str]) -> None:
        title, text = pair
        key, line_key = tx.title_key(title), tx.title_key(text)
        if _slow(key, text, title):
            found.add(
                "same" if key == line_key else "longer" if len(line_key) > len(key) else "shorter"
            )

    draw()
    assert found == {"same", "longer", "shorter"}


@given(st.text(max_size=20), st.text(max_size=30), st.text(max_size=30))
def test_near_title_as_before_on_any_key(key: str, text: str, title: str) -> None:
    """Whatever the key (the screen reads it as words split at single spaces)."""
    assert edges.near_title(key, text, title) == _slow(key, text, title)
