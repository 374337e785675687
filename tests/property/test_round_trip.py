"""Round trip: ``parse(dumps(a)) == [a]`` for every generated article."""

from __future__ import annotations

from hypothesis import example, given

from tests.target import newsdump
from tests.target import strategies as S

LANGUAGES = list(S.LANGUAGES)


@given(S.articles(languages=LANGUAGES))
def test_parse_dumps_round_trips(article: newsdump.Article) -> None:
    assert newsdump.parse(newsdump.dumps(article)) == [article]


@given(S.articles(languages=LANGUAGES))
def test_dump_of_many_round_trips(article: newsdump.Article) -> None:
    import io

    out = io.StringIO()
    newsdump.dump([article, article], out)
    assert newsdump.parse(out.getvalue()) == [article, article]


@given(S.articles(languages=["zh"]))
@example(
    newsdump.Article(
        title="会谈",
        date=__import__("datetime").date(2023, 2, 7),
        date_precision="day",
        blocks=[newsdump.Block("paragraph", "部长表示会谈。")],
    )
)
def test_chinese_paragraph_is_not_a_heading(article: newsdump.Article) -> None:
    assert newsdump.parse(newsdump.dumps(article)) == [article]
