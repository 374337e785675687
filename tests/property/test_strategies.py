"""The strategies themselves: what they promise about the values they generate."""

from __future__ import annotations

import subprocess
import sys

from hypothesis import given
from hypothesis import strategies as st

from tests.target import newsdump, private
from tests.target import strategies as S

parse_timestamp = private("_timestamps").parse_timestamp
_layout = private("_layout")


def test_import_newsdump_does_not_import_hypothesis() -> None:
    code = "import sys, newsdump; sys.exit('hypothesis' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


@given(S.timestamps())
def test_timestamps_mean_what_they_say(ts: S.Timestamp) -> None:
    stamp = parse_timestamp(ts.text, evidence=[ts.date])
    assert stamp is not None, ts.text
    assert (stamp.published, stamp.updated) == (ts.published, ts.updated)
    if ts.published is not None:
        assert ts.published.date() == ts.date


@given(S.articles(languages=list(S.LANGUAGES)))
def test_an_article_s_first_block_never_restates_its_title(article: newsdump.Article) -> None:
    # (it would read as the standfirst, and the round trip would fail: hypothesis once drew two
    # such paragraphs in a row, and the strategy dropped only the first)
    if article.title is not None and article.blocks:
        words = _layout.content_words(article.title)
        assert not _layout.repeats(article.blocks[0].text, words)


@given(st.data())
def test_dump_records_follow_their_controls(data: st.DataObject) -> None:
    header = data.draw(st.sampled_from(S.HEADER_FORMS))
    text = data.draw(S.dump_records(header=header, timestamp="seed", line_end="\n"))
    first = text.split("\n", 1)[0]
    assert first.startswith(" date ") == (header != "none")
    assert " GMT " in text


@given(S.scraped(S.paragraphs(), model="after"))
def test_scraped_after_keeps_every_character_in_order(s: S.Scraped) -> None:
    def squeeze(xs: tuple[str, ...]) -> str:
        return "".join("".join(x.split()) for x in xs)

    assert squeeze(s.lines) == squeeze(s.paragraphs)
    assert len([x for x in s.lines if x]) == len(s.paragraphs) + len(s.breaks)


def test_scraped_with_explicit_links() -> None:
    text = "He said he would oppose any sanctions against Moscow, with France."
    start = text.index("sanctions")
    france = text.index("France")
    links = [[(start, start + len("sanctions")), (france, france + len("France"))]]
    after = S.scraped([text], links=links, model="after", separator="\n")
    around = S.scraped([text], links=links, model="around", separator="\n")

    @given(after, around)
    def check(a: S.Scraped, b: S.Scraped) -> None:
        assert a.lines == (
            "He said he would oppose any sanctions",
            "against Moscow, with France",
            ".",
        )
        assert b.lines == (
            "He said he would oppose any",
            "sanctions",
            "against Moscow, with",
            "France",
            ".",
        )

    check()


@given(S.hostile_text())
def test_hostile_text_is_text(text: str) -> None:
    assert isinstance(text, str)


def test_articles_example_in_module_docstring_runs() -> None:
    assert newsdump.dumps(newsdump.Article(title="x")).startswith(" date")
