"""Front matter of web-crawl records (issue #20): which first lines are title, lede, stamp,
page furniture (kept as noise blocks) and body; the header's own text; a crawl-time clock."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.target import newsdump, private

_layout = private("_layout")
_header = private("_header")

URL = " date 2021-08-12 https://danube-post.example/2021/08/12/x\n"


def one(text: str) -> newsdump.Article:
    [article] = newsdump.parse(text)
    return article


def codes(article: newsdump.Article) -> list[str]:
    return [p.code for p in article.problems]


# --- page furniture above the headline ---------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "HEADLINES",
        "EILMELDUNG",
        "ÚLTIMAS NOTÍCIAS",
        "News / World",
        "Startseite › Politik › Inland",
        "Accueil > Société",
        "Image copyright Agency Image caption Crowds outside the court",
        "Foto: Anna Berg",
        "© Photo : Agence Nord",
        "Фото: пресс-служба",
    ],
)
def test_page_labels(line: str) -> None:
    assert _layout.is_page_label(line)


@pytest.mark.parametrize(
    "line",
    [
        "NATO Summit Opens",
        "AC/DC Tour Cancelled",
        "Flood Barriers Raised Along the Danube",
        "COVID-19",
        "EU",
        "Krieg in der Ukraine / Was wir wissen und was nicht, ein Überblick",
        "Photographers gather in Arles",
        "The court said / no.",
    ],
)
def test_headlines_are_no_page_labels(line: str) -> None:
    assert not _layout.is_page_label(line)


def test_label_and_breadcrumb_above_the_title_are_noise() -> None:
    a = one(URL + "HEADLINES\nNews / World\nFlood Barriers Raised\n12 Aug 2021 09:40 GMT\nBody.")
    assert (a.title, a.lede) == ("Flood Barriers Raised", None)
    assert [(b.kind, b.text) for b in a.blocks[:2]] == [
        ("noise", "HEADLINES"),
        ("noise", "News / World"),
    ]


def test_breadcrumb_without_a_stamp() -> None:
    a = one(" date 2021-08 Politik\nStartseite › Politik\nNeues Wahlrecht beschlossen\n\nText.")
    assert a.title == "Neues Wahlrecht beschlossen"
    assert a.blocks[0] == newsdump.Block("noise", "Startseite › Politik", rule="noise:front")


def test_a_caption_is_never_the_title() -> None:
    a = one(" date 2021-08 Greve fecha metrô\nFoto: Ana Lima\nSÃO PAULO – As linhas pararam.")
    assert a.title == "Greve fecha metrô"
    assert a.label is None
    assert a.blocks[0] == newsdump.Block("noise", "Foto: Ana Lima", rule="noise:front")


# --- the header's short text as the headline ----------------------------------------------------


@pytest.mark.parametrize(
    ("label", "body", "title"),
    [
        ("Greve fecha metrô", "SÃO PAULO – As linhas pararam.", "Greve fecha metrô"),
        # a record with a headline of its own keeps the header's text as a label
        (
            "Greve fecha metrô",
            "Metrô volta a circular\n\nAs linhas voltaram.",
            "Metrô volta a circular",
        ),
        # section names: capitalised, or one or two words
        ("World News Today", "MOSCOW - Talks ended.", None),
        ("Últimas notícias", "MOSCOW - Talks ended.", None),
        ("Sputnik International", "MOSCOW - Talks ended.", None),
    ],
)
def test_header_label_read_as_headline_only_without_one(
    label: str, body: str, title: str | None
) -> None:
    a = one(f" date 2021-08 {label}\n{body}")
    assert a.title == title
    assert (a.label is None) == (title == label)


# --- standfirst or opening paragraph -----------------------------------------------------------


def test_a_standfirst_the_body_restarts_after_with_a_dateline_is_the_lede() -> None:
    a = one(" date 2021-08 Cultura\nMuseo reabre\n\nEl museo reabre sus salas.\n\n"
            "SEVILLA (Agencia Sur) - El museo volvió a abrir.\n\nOtro párrafo.")  # fmt: skip
    assert a.lede == "El museo reabre sus salas."
    assert a.paragraphs[0].startswith("SEVILLA")


def test_a_paragraph_after_a_blank_line_without_a_dateline_after_it_is_body() -> None:
    a = one(" date 2021-08 Cultura\nMuseo reabre\n\nEl museo reabre sus salas.\n\nOtro párrafo.")
    assert a.lede is None
    assert a.paragraphs == ("El museo reabre sus salas.", "Otro párrafo.")


def test_a_title_saying_one_word_thrice_is_no_evidence_of_a_restatement() -> None:
    # three content words are needed, not one word three times (found by the round-trip
    # property: "Minister Minister Minister" / "Minister minister." was read as a standfirst)
    a = one(" date 2000-01-01 https://example.org/m.html\nMinister Minister Minister\n\n"
            "Minister minister.\n\nSecond paragraph.")  # fmt: skip
    assert a.lede is None
    assert a.paragraphs == ("Minister minister.", "Second paragraph.")


def test_an_opening_paragraph_of_three_sentences_is_body() -> None:
    first = "Das Werk öffnet im Herbst. Die Produktion beginnt im Januar. Gesucht wird Personal."
    a = one(f" date 2021-08 Wirtschaft\nNeue Fabrik\n{first}\nZweiter Absatz.")
    assert a.lede is None
    assert a.paragraphs[0] == first


def test_a_short_summary_under_the_title_stays_the_lede() -> None:
    a = one(" date 2021-08 Wirtschaft\nNeue Fabrik\nDas Werk öffnet im Herbst.\nZweiter Absatz.")
    assert a.lede == "Das Werk öffnet im Herbst."


# --- headline and subtitle glued on the header line ---------------------------------------------


def test_glued_headline_and_subtitle() -> None:
    a = one(" date 2021-08 Prefeitura anuncia parque na zona norteObras começam em março.\nTexto.")
    assert a.title == "Prefeitura anuncia parque na zona norte"
    assert a.lede == "Obras começam em março."
    assert a.paragraphs == ("Texto.",)


@pytest.mark.parametrize(
    "text",
    [
        "YouTube removes videos about the vote",
        "The new iPhone goes on sale in Berlin",
        "Sales on eBay rose sharply in March",
        "Apple updates macOS for older laptops",
        "Minister visits GreenTech fair in Oslo.",  # the capitalised piece is a name (one word)
        "zona norteObras",  # too short on either side
    ],
)
def test_camel_cased_names_are_not_glued_text(text: str) -> None:
    assert _header.split_glued(text) is None


WORDS = st.sampled_from(["parque", "zona", "obras", "cidade", "novo", "ponte", "rio", "linha"])


@given(
    st.lists(WORDS, min_size=3, max_size=10),
    st.lists(WORDS, min_size=3, max_size=10),
)
def test_a_glued_header_keeps_every_character(head: list[str], tail: list[str]) -> None:
    headline = "Prefeitura " + " ".join(head)
    subtitle = "Segundo " + " ".join(tail) + "."
    a = one(f" date 2021-08 {headline}{subtitle}\nTexto.")
    assert (a.title, a.lede) == (headline, subtitle)


# --- a crawl-time clock ------------------------------------------------------------------------

CLOCK_URL = " date 2021-08-05 https://island-chronicle.example/2021/08/05/ferries\n"


def test_a_clock_days_after_the_url_date_is_the_crawl_time() -> None:
    a = one(CLOCK_URL + "14:02 GMT12 August 2021\nFerries Return\nCrews are back.")
    assert a.timestamp == "14:02 GMT12 August 2021"
    assert a.published == dt.datetime(2021, 8, 5)
    assert a.updated is None
    [p] = [p for p in a.problems if p.code == "stamp-disagrees"]
    assert (p.line, p.severity) == (2, "warning")
    assert "2021-08-12" in p.message


def test_a_clock_without_a_url_date_yields_to_the_header_date() -> None:
    a = one(" date 2021-08-05 Island Chronicle\n14:02 GMT12 August 2021\nFerries Return\nText.")
    assert a.published == dt.datetime(2021, 8, 5)
    assert "stamp-disagrees" in codes(a)


@pytest.mark.parametrize(
    "stamp",
    [
        "14:02 GMT06 August 2021",  # within a day
        "14:02 GMT02 August 2021",  # before the URL's date: the outlet's own stamp
        "14:02 GMT 12.08.2021",  # an ordinary stamp shape
    ],
)
def test_other_stamps_are_kept(stamp: str) -> None:
    a = one(CLOCK_URL + f"{stamp}\nFerries Return\nCrews are back.")
    assert a.timestamp == stamp
    assert a.published is not None
    assert a.published.tzinfo is not None
    assert "stamp-disagrees" not in codes(a)


def test_two_lines_before_the_stamp_are_title_and_lede_even_when_the_first_is_long() -> None:
    # the seed layout by position (a page whose title is its site's long description)
    site = "Lakeside Herald - news from the lake towns, " * 8
    a = one(URL + f"{site}\nFerries Return\n12 Aug 2021 09:40 GMT\nFerries Return\nBody.")
    assert (a.title, a.lede) == (site, "Ferries Return")


def test_a_standfirst_restating_the_title_in_sentence_case_is_the_lede() -> None:
    head = " date 2021-08 Cultura\nMuseo de la ciudad reabre sus salas\n\n"
    a = one(head + "El museo de la ciudad reabre sus salas tras dos años.\n\nLa obra costó mucho.")
    assert a.lede == "El museo de la ciudad reabre sus salas tras dos años."
    # a paragraph that shares a word or two with the title is no restatement
    b = one(head + "Las salas del museo estaban cerradas.\n\nLa obra costó mucho.")
    assert b.lede is None
