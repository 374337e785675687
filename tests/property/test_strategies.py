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


MENU = ["Startseite", "Politik", "Wirtschaft", "Sport", "Kultur", "Wissen", "Reisen", "Auto"]


def test_looks_like_menu_is_a_long_record_of_short_lines_without_a_link_s_mark() -> None:
    menu = [*MENU, "Digital", "Panorama", "Meinung", "Video", "Podcasts", "Newsletter"]
    menu += ["E-Paper", "Abo", "Anmelden", "Impressum", "Datenschutz", "Kontakt"]
    assert S.looks_like_menu(menu)  # 20 short lines
    assert not S.looks_like_menu(menu[:-1])  # too short to tell
    assert not S.looks_like_menu([*menu[:-1], ", sagte der Sprecher"])  # a link's mark
    prose = "Der Minister trat am Montag zurück, nachdem die Vorwürfe bekannt wurden."
    assert S.looks_like_menu([*menu[:5], prose, *menu[5:]])  # a quarter short, no mark
    assert not S.looks_like_menu([prose] * 16 + menu[:4])  # under a quarter short
    # three long lines going on in lower case: the mark of cuts inside sentences
    cuts = [prose, "und die Partei verlangte Neuwahlen noch im laufenden Jahr, heißt es."] * 3
    assert not S.looks_like_menu([*menu[:14], *cuts])
    assert S.looks_like_menu([*menu[:14], *cuts[:3], *menu[:3]])
    # the generator's undecidable draw: a paragraph cut at nearly every word
    words = "Власти города объявили о новых мерах поддержки малого бизнеса в этом году"
    cut = [*words.split(), "и", "обещали", "расширить", "программу", "весной", "и", "уже", "летом."]
    assert S.looks_like_menu(cut)
    assert S.looks_like_menu([*cut[:-1], "新华社北京电，国务院常务会议今天召开"])  # uncased


def test_a_menu_keeps_every_break() -> None:
    # why such records are undecidable: the repair keeps a menu's lines apart (issue #19)
    menu = MENU * 3
    rep = newsdump.repair(menu)
    assert [b.text for b in rep.blocks] == menu


@given(S.hostile_text())
def test_hostile_text_is_text(text: str) -> None:
    assert isinstance(text, str)


def test_articles_example_in_module_docstring_runs() -> None:
    assert newsdump.dumps(newsdump.Article(title="x")).startswith(" date")
