"""Issue #16, the eighteenth session: after ``parse(repair=False)`` an article's ``paragraphs``
and ``text`` are read without making its blocks (`_model.Deferred.paragraphs`), and they are
what the blocks would say: the body's lines stripped, blank ones left out, in order.  When the
front set a line aside as a paragraph (a line between the lede and the stamp), the texts come
from the blocks, made then.
"""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from tests.target import newsdump, private, strategies

_model = private("_model")

# The front sets "Ein Fest am Fluss." aside as a paragraph: a line after the title and the
# lede, above the stamp.
FRONT_PARAGRAPH = (
    " date 2023-02-07 https://fluss.example/2023/02/07/bruecke.html\n"
    "Neue Brücke eröffnet\n"
    "Die Stadt feiert.\n"
    "Ein Fest am Fluss.\n"
    "14:00 GMT 07.02.2023\n"
    "Der Bürgermeister sprach.\n"
    "\n"
    "  Dann spielte die Kapelle.  \n"
)

PLAIN = (
    " date 2023-03-11 https://courrier.example/2023/03/11/ferry.html\n"
    "Le ferry reprend la mer\n"
    "Les traversées reprennent samedi.\n"
    "10:30 GMT 11.03.2023\n"
    "  Le premier départ est prévu à sept heures.\n"
    "\n"
    "Les billets sont en vente au guichet.\n"
)


def pending(article: Any) -> Any:
    """What the article's blocks slot holds, without reading the field."""
    return _model._BLOCKS_SLOT.__get__(article, newsdump.Article)


def from_blocks(article: Any) -> tuple[str, ...]:
    return tuple(b.text for b in article.blocks if b.kind == "paragraph")


def test_text_is_read_without_making_the_blocks() -> None:
    [a] = newsdump.parse(PLAIN, repair=False)
    assert a.paragraphs == (
        "Le premier départ est prévu à sept heures.",
        "Les billets sont en vente au guichet.",
    )
    assert a.text == "\n\n".join(a.paragraphs)
    assert type(pending(a)) is _model.Deferred  # still not made
    assert a.paragraphs == from_blocks(a)
    assert type(pending(a)) is tuple


def test_a_paragraph_set_aside_in_the_front_makes_the_blocks() -> None:
    [a] = newsdump.parse(FRONT_PARAGRAPH, repair=False)
    assert pending(a).paragraphs() is None
    assert a.paragraphs == (
        "Ein Fest am Fluss.",
        "Der Bürgermeister sprach.",
        "Dann spielte die Kapelle.",
    )
    [b] = newsdump.parse(FRONT_PARAGRAPH, repair=False)
    assert a.paragraphs == from_blocks(b)
    assert a.text == b.text


def test_a_deferred_without_paragraphs_reads_the_blocks() -> None:
    block = newsdump.Block("paragraph", "Llueve en Bilbao.", 3, 3)
    a = newsdump.Article(title="Lluvia", blocks=_model.Deferred(lambda: (block,)))
    assert a.paragraphs == ("Llueve en Bilbao.",)
    assert type(pending(a)) is tuple


@given(
    st.lists(strategies.articles(), min_size=1, max_size=4),
    st.sampled_from(["paragraphs", "text"]),
)
def test_any_dump_gives_the_paragraphs_of_its_blocks(articles: list[Any], name: str) -> None:
    text = "\n".join(map(newsdump.dumps, articles))
    fresh = newsdump.parse(text, repair=False)
    made = newsdump.parse(text, repair=False)
    for got, want in zip(fresh, made, strict=True):
        paragraphs = from_blocks(want)
        value = getattr(got, name)
        assert value == (paragraphs if name == "paragraphs" else "\n\n".join(paragraphs))
        assert got == want
