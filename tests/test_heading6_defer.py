"""Heading-shape defers where the line is a piece of a sentence cut at a link (issue #18).

On train, the lines `heading_shape` sets aside (so that nothing joins into or out of them) held
611 of model B's missed joins.  Three shapes are pieces of sentences, not headings: a Chinese
line holding a clause's comma ``，`` followed by a short link line and more text; a name after a
title's full stop (``… chaired by Sen.`` / ``Ada Hale``); an Arabic line ending in its comma
``،``.  Headings around them stay headings.  Every example is invented."""

from __future__ import annotations

import string

from hypothesis import given
from hypothesis import strategies as st

import newsdump
from newsdump._repair_junk import aside_hints, heading_shape
from newsdump._text import TITLE_ABBREVIATIONS


def _headings(lines: list[str]) -> list[int]:
    """The line numbers `repair` sets aside as headings by their shape."""
    return [
        e.lines[0]
        for e in newsdump.repair(lines).edits
        if e.kind == "set-aside" and e.rule in ("heading-shape", "heading-block")
    ]


def _blocks(lines: list[str]) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in newsdump.repair(lines).blocks]


# --- a Chinese sentence cut around a link -------------------------------------------------------


def test_a_chinese_clause_cut_before_a_link_is_no_heading() -> None:
    lines = ["市场昨天大幅下跌。", "事实上，统计表明，自3月20日", "A股", "调整以来，损失惨重。"]
    assert 2 not in _headings(lines)
    assert _blocks(lines)[-1] == ("paragraph", "事实上，统计表明，自3月20日A股调整以来，损失惨重。")


def test_a_chinese_clause_cut_before_an_index_name_is_no_heading() -> None:
    lines = [
        "央行周五公布了新的数据。",
        "分析人士认为，外资流入明显放缓，拖累了",
        "沪深300",
        "指数的表现。",
    ]
    assert 2 not in _headings(lines)


def test_a_chinese_heading_with_a_comma_before_a_paragraph_stays_a_heading() -> None:
    # the line after is a paragraph, not a short link: a heading with a comma in it
    lines = [
        "市场昨天大幅下跌。",
        "你被骗了，优惠背后的商业逻辑",
        "自2014年春天开始，许多城市的出租车司机都在抢补贴。",
        "这是第二段的开头，说明了原因。",
    ]
    assert _headings(lines) == [2]


def test_two_short_chinese_headings_stay_headings() -> None:
    # no clause comma: a heading, a sub-heading, then the text (a teaser box or a section)
    lines = ["上一段到此结束。", "热点新闻", "图片故事", "今年的展会吸引了三万名观众，多了一成。"]
    assert 2 in _headings(lines)


@given(
    st.sampled_from(["实际上", "分析人士认为", "据报道", "记者了解到"]),
    st.text(alphabet="数据显示投资市场交易规则", min_size=2, max_size=12),
    st.sampled_from(["A股", "沪深300", "纳斯达克", "IPO", "央行"]),
    st.text(alphabet="调整以来投资者损失惨重", min_size=2, max_size=20),
)
def test_a_chinese_clause_around_a_link_keeps_every_character(
    opener: str, middle: str, link: str, rest: str
) -> None:
    # nothing lost, never set aside as a heading: a sentence cut at its link comes back whole
    first = f"{opener}，{middle}"
    lines = ["上一段到此结束。", first, link, rest + "。"]
    assert 2 not in _headings(lines)
    text = "".join(b.text for b in newsdump.repair(lines).blocks)
    assert text.replace(" ", "") == "".join(lines).replace(" ", "")


# --- a name after a title's full stop --------------------------------------------------------


def test_a_name_after_an_english_title_is_no_heading() -> None:
    lines = [
        "The harbour board met on Tuesday.",
        "The hearing was chaired by Sen.",
        "Ada Hale",
        "(D-OR), who leads the transport panel, asked few questions.",
    ]
    assert 3 not in _headings(lines)
    assert _blocks(lines)[1] == (
        "paragraph",
        "The hearing was chaired by Sen. Ada Hale (D-OR), who leads the transport panel, asked"
        " few questions.",
    )


def test_a_name_after_a_spanish_title_is_no_heading() -> None:
    lines = [
        "El pleno aprobó el presupuesto del puerto.",
        "La propuesta fue presentada ayer por la Sra.",
        "Marta Gil",
        "(PSOE), que la defendió durante dos horas.",
    ]
    assert 3 not in _headings(lines)


def test_a_heading_after_a_street_stays_a_heading() -> None:
    # ``St.`` ends a sentence (an address): what follows may be a heading
    lines = [
        "The market is held every Saturday on Harbour St.",
        "Ferry Timetable Changes",
        "The council said the summer timetable would start in June.",
    ]
    assert _headings(lines) == [2]


@given(
    st.sampled_from(sorted(TITLE_ABBREVIATIONS)),
    st.sampled_from(["Ada Hale", "Jonas Berg", "Léa Martin", "Omar Nasser", "Ines Vidal"]),
)
def test_a_name_after_any_title_is_never_set_aside_as_a_heading(title: str, name: str) -> None:
    lines = [
        "The board met on Tuesday evening.",
        f"The motion was tabled by {title}.",
        name,
        "(Independent), who spoke first.",
    ]
    assert 3 not in _headings(lines)


# --- an Arabic comma ends no heading -----------------------------------------------------------


def test_an_arabic_line_ending_in_its_comma_is_not_heading_shaped() -> None:
    assert not heading_shape("وأضاف أن الحكومة،")
    assert not heading_shape("وقال الوزير؛")
    assert heading_shape("خطة جديدة للنقل العام")


@given(st.text(alphabet=string.ascii_letters + " ", min_size=1, max_size=60))
def test_a_line_ending_in_an_arabic_comma_has_no_heading_hint(words: str) -> None:
    # `aside_hints`' heading bit is `heading_shape`'s answer, for any line
    line = (words.strip() or "x") + "،"
    assert not heading_shape(line)
    assert not aside_hints(line, line.lower()) & 16


def test_an_arabic_sentence_cut_after_a_comma_is_joined() -> None:
    lines = [
        "قال الوزير إن الخطة ستبدأ في الربيع.",
        "وأضاف أن الحكومة،",
        "بعد مشاورات طويلة، وافقت على التمويل.",
    ]
    assert 2 not in _headings(lines)
    assert _blocks(lines)[-1] == (
        "paragraph",
        "وأضاف أن الحكومة، بعد مشاورات طويلة، وافقت على التمويل.",
    )
