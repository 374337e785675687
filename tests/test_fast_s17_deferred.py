"""Issue #16, the seventeenth session: ``parse(repair=False)`` makes an article's blocks on
their first read (`_model.Deferred` in the slot, `_model._DeferredSlot` its descriptor), and
nothing but the time of the work tells such an article from one whose blocks were made at once:
the same blocks, ``==``, ``hash``, ``repr``, pickling, copying, ``attrs.evolve``, `to_dict`,
and a frozen instance.
"""

from __future__ import annotations

import copy
import pickle
from collections.abc import Callable
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.target import newsdump, private, strategies

_model = private("_model")

DUMP = (
    " date 2023-02-07 https://harbour.example/2023/02/07/ferry.html\n"
    "Ferry service resumes after storm\n"
    "Crossings restart on the morning tide.\n"
    "14:00 GMT 07.02.2023\n"
    "The first ferry left the harbour at seven.\n"
    "\n"
    "  Passengers waited on the quay since dawn.  \n"
    " date 2023-02-08 Hafenbote\n"
    "Neue Fähre für die Insel\n"
    "Die Werft liefert im Mai.\n"
    "Die Gemeinde zahlt ein Drittel der Kosten.\n"
)

# Each reads the article as a caller may, first thing after `parse`.
READS: dict[str, Callable[[Any], object]] = {
    "blocks": lambda a: a.blocks,
    "paragraphs": lambda a: a.paragraphs,
    "repr": repr,
    "hash": hash,
    "pickle": lambda a: pickle.loads(pickle.dumps(a)),
    "copy": copy.copy,
    "deepcopy": copy.deepcopy,
    "evolve": lambda a: attrs.evolve(a, title="Neu"),
    "to_dict": lambda a: a.to_dict(),
    "asdict": attrs.asdict,
    "dumps": newsdump.dumps,
}


def made_at_once(text: str) -> list[Any]:
    """The articles with their blocks made (read once each)."""
    articles = newsdump.parse(text, repair=False)
    for a in articles:
        assert type(a.blocks) is tuple
    return articles


@pytest.mark.parametrize("name", sorted(READS))
def test_first_read_of_any_kind_sees_the_blocks(name: str) -> None:
    expected = made_at_once(DUMP)
    for got, want in zip(newsdump.parse(DUMP, repair=False), expected, strict=True):
        assert READS[name](got) == READS[name](want)
        assert got == want
        assert got.blocks == want.blocks
        assert [b.first_line for b in got.blocks] == [b.first_line for b in want.blocks]


def test_blocks_are_made_once_and_kept() -> None:
    [a, _b] = newsdump.parse(DUMP, repair=False)
    first = a.blocks
    assert type(first) is tuple
    assert a.blocks is first
    assert [(b.kind, b.text, b.first_line) for b in first] == [
        ("paragraph", "The first ferry left the harbour at seven.", 5),
        ("paragraph", "Passengers waited on the quay since dawn.", 7),
    ]


def test_a_deferred_value_is_made_on_the_first_read_only() -> None:
    calls: list[int] = []
    block = newsdump.Block("paragraph", "Es regnete.", 4, 4)

    def make() -> tuple[Any, ...]:
        calls.append(1)
        return (block,)

    a = newsdump.Article(title="Regen", blocks=_model.Deferred(make))
    assert calls == []
    assert a.blocks == (block,)
    assert a.blocks == (block,)
    assert calls == [1]
    assert a == newsdump.Article(title="Regen", blocks=[block])


def test_the_article_stays_frozen() -> None:
    [a, _b] = newsdump.parse(DUMP, repair=False)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        a.blocks = ()  # type: ignore[misc]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        del a.blocks
    assert a.paragraphs == (
        "The first ferry left the harbour at seven.",
        "Passengers waited on the quay since dawn.",
    )


@given(st.lists(strategies.articles(), min_size=1, max_size=4), st.sampled_from(sorted(READS)))
def test_any_dump_reads_the_same_whatever_is_read_first(articles: list[Any], name: str) -> None:
    text = "\n".join(map(newsdump.dumps, articles))
    expected = made_at_once(text)
    got = newsdump.parse(text, repair=False)
    assert [READS[name](a) for a in got] == [READS[name](a) for a in expected]
    assert got == expected
    assert [[b.first_line for b in a.blocks] for a in got] == [
        [b.first_line for b in a.blocks] for a in expected
    ]
