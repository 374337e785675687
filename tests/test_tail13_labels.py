"""The tail's labels, boxes and date lines (issue #19, session 15, tail13).

Three small changes to the words of a page's tail (`_repair_tail_words`):

- more labels over a list of other articles start the tail (``Artikel zum Thema``, ``Pour
  approfondir``, ``Otras noticias``, ``More Great Harbour Stories``, ``Latest posts by …``):
  the teasers under them were kept as the article's last lines;
- more of a page's own boxes of prose after the tail's first sign (`PAGE_BOX`): a blog's
  ``Notify me of new posts by email``, a newsletter's ``Abonnieren Sie jetzt den …-Newsletter``,
  ``War dieser Artikel nützlich?``;
- a phone number is no date line (``313-555-0142`` read as a date started the tail inside an
  article's address block); a month's name is letters.

All text is invented for these tests.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.target import private
from tests.test_junk_bounds import ARTICLE

repair = private("_repair").repair
tw = private("_repair_tail_words")
between = private("_repair_tail_between")

LISTS = {  # a label over other articles and three of their headlines
    "de": [
        ["Artikel zum Thema", "Neue Fähre für die Inseln bestellt", "Hafen wächst weiter"],
        ["Weitere interessante Beiträge", "Busse fahren ab Mai öfter", "Freibad öffnet früher"],
        ["Das könnte dich auch interessieren", "Radweg am Ufer wird breiter", "Markt zieht um"],
    ],
    "en": [
        ["More Great Harbour Stories", "Port widens its north quay", "New bus line opens in May"],
        ["Latest posts by Anna Berg (see all)", "Ten bridges worth a detour", "Ferry fares rise"],
        ["Related topics", "Harbour fest moves to May", "Pool reopens after repairs"],
    ],
    "es": [
        ["Otras noticias", "El puerto amplía su muelle norte", "Nueva línea de autobús"],
        ["Más noticias de Cantabria", "La piscina vuelve a abrir", "El mercado se traslada"],
    ],
    "fr": [
        ["Pour approfondir", "Le port de Brest agrandit son quai", "La piscine rouvre"],
        ["Articles correspondants", "Une nouvelle ligne de bus en mai", "Le marché déménage"],
    ],
}
CASES = [(lang, rows) for lang, lists in sorted(LISTS.items()) for rows in lists]


def kept(lines: list[str]) -> list[str]:
    return [b.text for b in repair(lines).blocks if b.kind != "noise"]


@pytest.mark.parametrize(("lang", "rows"), CASES)
def test_a_label_over_other_articles_starts_the_tail(lang: str, rows: list[str]) -> None:
    assert tw.TAIL_LABEL.match(rows[0])
    lines = [*ARTICLE[lang], *rows, "Hafenblatt"]
    assert kept(lines) == ARTICLE[lang]


@pytest.mark.parametrize(
    "line",
    [
        "Artikel zum Thema",
        "Pour approfondir",
        "Otras noticias",
        "Tagged with",
        "Mots-clés :",
        "Schlagwörter zu diesem Artikel:",
    ],
)
def test_the_new_labels_are_tail_labels(line: str) -> None:
    assert tw.TAIL_LABEL.match(line)


@pytest.mark.parametrize(
    "line",
    [
        # an article's words that start like a label never make one: the label is the line
        "Artikel zum Thema Hafen gibt es viele, doch dieser war der erste.",
        "Otras noticias del día hablaron del puerto y de la nueva línea de autobús.",
        "Tagged birds were seen again on the island in May.",
        "More than 40 stories were filed from the harbour that week.",
    ],
)
def test_a_sentence_is_no_tail_label(line: str) -> None:
    assert not tw.TAIL_LABEL.match(line)


BOXES = [
    "Please notify me of new posts and comments on this blog by email, thank you.",
    "Bleiben Sie informiert und abonnieren Sie jetzt den Hafenblatt-Newsletter!",
    "War dieser Artikel nützlich?",
    "Diese Website verwendet Akismet, um Spam in den Kommentaren zu reduzieren.",
]


@pytest.mark.parametrize("box", BOXES)
def test_a_pages_box_after_the_sign_is_the_pages(box: str) -> None:
    assert tw.page_box(box)
    tags = ["Tags", "Harbour", "Ferry", "Bridge", "Council", "Winter", "Port Ellen"]
    lines = [*ARTICLE["en"], *tags, box, "Ferry"]  # (the stretch does not cross the tags)
    rules = {b.text: b.rule for b in repair(lines).blocks}
    assert rules[box] == "noise:tail"
    assert kept(lines) == ARTICLE["en"]


@pytest.mark.parametrize(
    "line",
    [
        "Anna Berg writes about the city and has covered the council since 2015.",
        "Correction: an earlier version of this article named the wrong bridge.",
        "Der Artikel erschien zuerst in der Wochenendausgabe des Hafenblatts.",
        "Ihre Meinung zur Brücke können Sie der Stadträtin bis Freitag schreiben.",
    ],
)
def test_an_articles_closing_words_are_no_page_box(line: str) -> None:
    assert not tw.page_box(line)


# --- date lines -----------------------------------------------------------------------------

MONTHS = ["Mai", "May", "mars", "enero", "Sept", "Oktober", "décembre"]


@given(
    day=st.integers(1, 31),
    month=st.sampled_from(MONTHS),
    year=st.integers(1990, 2039),
    shape=st.sampled_from(["{d}. {m} {y}", "{d} {m} {y}", "{m} {d}, {y}", "{d}-{m}-{y}"]),
)
def test_a_date_with_a_months_name_is_a_date_line(
    day: int, month: str, year: int, shape: str
) -> None:
    assert tw.DATE_LINE.match(shape.format(d=day, m=month, y=year))


@given(
    day=st.integers(1, 31),
    month=st.integers(1, 12),
    year=st.integers(1990, 2039),
    sep=st.sampled_from(".-/"),
)
def test_a_numeric_date_is_a_date_line(day: int, month: int, year: int, sep: str) -> None:
    assert tw.DATE_LINE.match(f"{day:02d}{sep}{month:02d}{sep}{year}")


@given(area=st.integers(100, 999), exchange=st.integers(100, 999), number=st.integers(0, 9999))
def test_a_phone_number_is_no_date_line(area: int, exchange: int, number: int) -> None:
    assert not tw.DATE_LINE.match(f"{area}-{exchange}-{number:04d}")


def test_an_address_block_with_phone_numbers_stays() -> None:
    article = ARTICLE["en"]
    address = [
        "Harbour Fish Kitchen",
        "12 Quay Street, Port Ellen",
        "313-555-0142",
        "Opening hours and menu",
        "48 Mill Road, Port Ellen",
        "313-555-0199",
        "Tags",
        "Food",
        "Harbour",
    ]
    lines = [*article, *address]
    for line in ("313-555-0142", "Opening hours and menu", "313-555-0199"):
        assert line in kept(lines)  # (set aside from the first number on, on the starting commit)


def test_between_tail_is_still_read_from_the_words_module() -> None:
    assert tw.between_tail is between.between_tail


# --- labels in scripts without spaces -------------------------------------------------------

ZH_ARTICLE = [
    "市政府周一宣布，老桥将在冬季关闭，以便进行为期两年的全面维修工作。",
    "负责工程的官员表示，维修费用约为四百万元，工程将于明年春天正式开始。",
    "在此期间，市民可以乘坐渡轮过河，渡轮每二十分钟一班，学生免费乘坐。",
]


@pytest.mark.parametrize(
    "label", ["（责编：王小明、李华）", "分享", "相关新闻", "관련기사", "関連記事"]
)
def test_a_label_of_a_script_without_spaces_starts_the_tail(label: str) -> None:
    assert tw.has_cue(label.lower())
    tail = [label, "客户端下载", "港口新闻", "手机版", "返回顶部"]
    lines = [*ZH_ARTICLE, *tail]
    assert kept(lines) == ZH_ARTICLE  # (kept as the article's last lines on the starting commit)


@pytest.mark.parametrize(
    "line",
    [
        "市政府表示，市民可以在网上分享他们对新桥设计的意见和建议。",  # (a word inside a clause)
        "评论员认为，这项工程来得太晚了。",
    ],
)
def test_a_sentence_holding_the_word_is_no_cue(line: str) -> None:
    assert not tw.has_cue(line.lower())


@pytest.mark.parametrize("label", ["Paylaş", "Yorumlar (3)", "Inloggen", "Kommentarer"])
def test_share_and_comment_labels_in_more_languages_are_cues(label: str) -> None:
    assert tw.has_cue(label.lower())
