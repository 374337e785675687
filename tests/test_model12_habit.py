"""The record's habit (issue #18, fourteenth session, model12): a record whose unfinished lines go
on like a continuation at least as often as they meet a capital is one a scraper cut at links
(`record:cuts-sentences`), read with the rule that keeps a capital after an unfinished line
apart (`unfinished-before-capital-in-cutting-record`).  It is well defined only where letters
have case and where there are lines enough to count: a record in a script without case
(Arabic, Chinese, Korean) and a record with fewer than three such lines have no habit.  Every
example is invented for these tests."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.target import newsdump, private

_context = private("_repair_context")
HABIT: str = "record:cuts-sentences"
PRODUCT: str = "unfinished-before-capital-in-cutting-record"


def habit(lines: Sequence[str]) -> bool:
    facts = _context.LineFacts(lines, lines, [False] * len(lines))
    return HABIT in facts.record


CUT_RECORDS = {
    "en": [
        "The harbour board met the ferry crews on Monday and agreed to",
        "extend the talks until the end of the month, a spokesman said.",
        "Crews had walked out after the board cut",
        "their overtime pay without notice, and the walkout closed the ferry links to the remote",
        "Northern Isles for a week, stranding hundreds of travellers and leaving shops on the"
        " islands without fresh food, the council said in a statement on Friday.",
    ],
    "de": [
        "Der Stadtrat hat am Dienstag beschlossen, die alte Markthalle",
        "bis zum Herbst zu sanieren, wie eine Sprecherin mitteilte.",
        "Die Händler hatten seit Monaten gegen die",
        "geplante Schließung protestiert und Unterschriften gesammelt.",
        "Nach Angaben der",
        "Stadtwerke kostet die Sanierung rund vier Millionen Euro.",
    ],
    "es": [
        "El ayuntamiento aprobó el martes un plan para renovar el",
        "mercado central antes del verano, según informó la alcaldía.",
        "Los comerciantes llevaban meses pidiendo que se",
        "arreglara el tejado, dañado por las lluvias del invierno.",
        "La obra costará unos",
        "Dos millones de euros, que pagará la diputación provincial.",
    ],
}


@pytest.mark.parametrize("language", sorted(CUT_RECORDS))
def test_a_record_cut_at_links_has_the_habit(language: str) -> None:
    assert habit(CUT_RECORDS[language])


def test_two_unfinished_lines_are_too_few_to_count() -> None:
    # the same text with its third cut mended: two continuations only
    lines = [*CUT_RECORDS["en"][:3], "their overtime pay without notice, the union said."]
    assert not habit(lines)
    assert habit([*lines, "Ferries will run again from", "tomorrow morning, the board said."])


def test_a_page_of_headings_has_no_habit() -> None:
    # unfinished lines meet capitals more often than they go on: headings over their paragraphs
    lines = [
        "Harbour news",
        "The ferry crews met the board on Monday and agreed to",
        "extend the talks.",
        "Weather",
        "Rain is expected across the islands on Tuesday.",
        "Sport",
        "The island team won its first match of the season.",
        "Letters to the editor",
        "Readers wrote in about the new bus timetable.",
    ]
    assert not habit(lines)


UNCASED_RECORDS = {
    "ar": [
        "قال رئيس مجلس الميناء إن المفاوضات مع طواقم العبارات",
        "ستستمر حتى نهاية الشهر بعد اجتماع يوم الاثنين.",
        "وكان العمال قد أضربوا عن العمل بعد أن خفض المجلس",
        "أجور العمل الإضافي دون إشعار مسبق.",
        "وأغلق الإضراب خط الجزر",
        "الشمالية لمدة أسبوع، وعلق مئات المسافرين.",
        "وقال متحدث باسم",
        "eBay إن المبيعات تراجعت.",
    ],
    "zh": [
        "港务局周一与渡轮船员举行会谈，双方同意将谈判",
        "，延长至月底。",
        "船员此前因港务局削减",
        "，加班费而罢工。",
        "罢工导致北部群岛航线",
        "）停运一周，数百名旅客滞留。",
    ],
    "ko": [
        "항만청은 월요일 여객선 선원들과 만나 협상을",
        "이달 말까지 연장하기로 합의했다.",
        "선원들은 항만청이 초과 근무 수당을",
        "예고 없이 삭감하자 파업에 들어갔다.",
        "파업으로 북부 섬 항로가",
        "일주일 동안 중단됐다.",
    ],
}


@pytest.mark.parametrize("language", sorted(UNCASED_RECORDS))
def test_a_script_without_case_has_no_habit(language: str) -> None:
    # a Chinese line going on after a comma or a bracket, an Arabic line with a brand name in
    # lower case first: nothing says how the record's sentences meet capitals
    assert not habit(UNCASED_RECORDS[language])


def _features(lines: Sequence[str], first_words: str) -> tuple[str, ...]:
    """The model's features of the break before the line starting with ``first_words``."""
    for report in newsdump.explain(lines):
        if report.after.startswith(first_words):
            return report.features
    raise AssertionError(first_words)


def test_the_model_reads_the_habit_with_the_capital_after_an_unfinished_line() -> None:
    feats = _features(CUT_RECORDS["en"], "Northern Isles")
    assert HABIT in feats
    assert PRODUCT in feats
    # not for the other rules' breaks
    assert PRODUCT not in _features(CUT_RECORDS["en"], "extend the talks")
    # and not in a record without the habit
    page = [
        "Harbour news",
        "The ferry crews met the board on Monday over pay",
        "Talks resume next week.",
        "Weather",
        "Rain is expected across the islands on Tuesday.",
    ]
    feats = _features(page, "Talks resume")
    assert "rule:unfinished-before-capital" in feats
    assert HABIT not in feats
    assert PRODUCT not in feats


_UNCASED_WORD = st.text(
    alphabet=st.sampled_from("ابتثجحخدذرزسشصضطظعغفقكلمنهوي港务局渡轮船员谈判한국어항만청선원"),
    min_size=1,
    max_size=8,
)
_END = st.sampled_from(["", "", "", ".", "，", "。", "،", "?"])
_START = st.sampled_from(["", "", "", "，", "（", "-", "eBay ", "iPhone "])


@given(
    st.lists(
        st.tuples(_START, st.lists(_UNCASED_WORD, min_size=1, max_size=6), _END),
        min_size=1,
        max_size=30,
    )
)
def test_a_record_in_a_script_without_case_never_has_the_habit(
    parts: list[tuple[str, list[str], str]],
) -> None:
    # a Latin word in lower case first (a brand name) or a line going on after a comma or a
    # bracket: whatever its lines start with, a record whose lines end in letters without case
    # shows no habit of its sentences meeting capitals
    assert not habit([start + " ".join(words) + end for start, words, end in parts])


_CASED_LINE = st.builds(
    lambda first, rest, end: first + rest + end,
    st.sampled_from("abcdefghXYZÄÉ,(-"),
    st.text(alphabet="abcdefgh ", max_size=30),
    st.sampled_from([".", "!", "?", ":", ";", ""]),
)


@given(st.lists(_CASED_LINE.map(str.strip).filter(bool), max_size=30))
def test_fewer_than_three_unfinished_lines_never_make_a_habit(lines: list[str]) -> None:
    unfinished = sum(1 for line in lines[:-1] if line[-1] not in ".!?:;")
    if unfinished < _context.HABIT_MIN_LINES:
        assert not habit(lines)
