"""`from_html`: pages written for these tests (tests/html/), generated articles, hostile input.

Runs against the package `tests.target` names, so that tests/test_vendoring.py can run it on a
vendored copy.  ``from_html`` is imported from the target's ``_html`` module until the package
re-exports it.
"""

from __future__ import annotations

import collections
import datetime as dt
import html as html_lib
import importlib
import importlib.util
import json
import os
import random
import re
import socket
import sys
import time
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from tests.target import SHARED, newsdump

if TYPE_CHECKING:
    from newsdump._html import MAX_HTML_SIZE, HTMLTooLarge, Parser, from_html
else:
    _html = importlib.import_module(newsdump.__name__ + "._html")
    from_html, HTMLTooLarge, MAX_HTML_SIZE = (
        _html.from_html,
        _html.HTMLTooLarge,
        _html.MAX_HTML_SIZE,
    )
    Parser = str

PAGES = Path(__file__).parent / "html"
UTC = dt.timezone.utc


def page(name: str) -> newsdump.Article:
    return from_html((PAGES / name).read_bytes(), parser="html.parser")


def kinds_texts(article: newsdump.Article) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in article.blocks]


def check_links(article: newsdump.Article) -> None:
    for link in article.links:
        assert article.blocks[link.block].text[link.start : link.end] == link.text
        assert link.text
        assert link.text == link.text.strip()


# --- pages ----------------------------------------------------------------------------------


def test_english_page_with_json_ld() -> None:
    a = page("en_jsonld.html")
    assert a.url == "https://news.example.org/2024/03/05/harbour-ferries-return"
    assert a.title == "Harbour ferries return after storm"  # og:title over <title>
    assert a.lede == "Ferry services across the bay resumed on Tuesday morning."
    assert a.published == dt.datetime(2024, 3, 5, 7, 45, tzinfo=UTC)
    assert a.updated == dt.datetime(2024, 3, 5, 9, 10, tzinfo=UTC)
    assert (a.date, a.date_precision) == (dt.date(2024, 3, 5), "day")
    assert kinds_texts(a) == [
        ("byline", "By Ada Lindqvist"),
        (
            "paragraph",
            "Ferry services across the bay resumed on Tuesday after the storm that closed the "
            "harbour for three days , the port authority said.",  # the page's own spacing
        ),
        (
            "paragraph",
            "The first crossing left at 6:30 and carried about 40 passengers (mostly "
            "commuters ) to the island.",
        ),
        ("heading", "Damage to the pier"),
        ("paragraph", "Engineers inspected the northern pier on Monday."),  # <br> breaks
        ("paragraph", "Repairs will take a week."),
        ("caption", "The northern pier on Monday (Photo: Port Authority)"),
        ("list-item", "• Timetables are back to normal."),
        ("list-item", "• Night crossings resume on Friday."),
        ("noise", "Subscribe"),  # the form's button: furniture inside the body, set aside
    ]
    assert [(x.text, x.href, x.block) for x in a.links] == [
        ("harbour", "https://news.example.org/tags/harbour", 1),
        ("commuters", "https://example.org/commuters", 2),
    ]
    check_links(a)
    text = " ".join(b.text for b in a.blocks if b.kind != "noise")
    for dropped in ("Home", "Subscribe", "tracking", "Most read", "rights reserved", "navy"):
        assert dropped not in text


def test_german_page_meta_dates_and_densest_cluster() -> None:
    a = page("de_meta_time.html")
    assert a.title == "Neue Radwege für die Altstadt"
    assert a.lede == "Der Stadtrat hat den Ausbau beschlossen."
    tz = dt.timezone(dt.timedelta(hours=2))
    assert a.published == dt.datetime(2023, 9, 14, 16, 20, tzinfo=tz)
    assert a.updated == dt.datetime(2023, 9, 15, 8, 5, tzinfo=tz)
    assert a.paragraphs == (
        "Der Stadtrat hat am Donnerstag den Ausbau der Radwege in der Altstadt beschlossen.",
        # a suspended hyphen keeps its space; no space inside „…“
        "Für Bundes- und Landesstraßen gelten eigene Regeln, sagte die Bürgermeisterin "
        "„im Prinzip“ zu.",
        "Die Arbeiten beginnen im April und sollen bis zum Herbst dauern .",  # as the page has it
    )
    assert [(x.text, x.href) for x in a.links] == [("Altstadt", "/thema/altstadt")]
    check_links(a)


def test_arabic_page_json_ld_dates() -> None:
    a = page("ar_jsonld.html")
    tz = dt.timezone(dt.timedelta(hours=3))
    assert a.published == dt.datetime(2022, 11, 2, 10, 0, tzinfo=tz)
    assert a.updated == dt.datetime(2022, 11, 2, 12, 30, tzinfo=tz)
    assert a.title == "افتتاح مكتبة جديدة في المدينة"
    assert len(a.blocks) == 2  # the <h1> repeating the title is left out of the body
    assert a.blocks[1].text == "وقال مدير المكتبة إن الدخول مجاني للجميع ."  # the page's spacing
    assert [x.text for x in a.links] == ["وسط المدينة"]
    check_links(a)


def test_russian_broken_markup() -> None:
    a = page("ru_broken.html")
    assert a.title == "Зимний сезон открыт"
    assert a.lede == "Горнолыжные склоны приняли первых гостей."
    assert a.published is None
    assert a.date is None
    assert kinds_texts(a)[:4] == [
        (
            "paragraph",
            "Горнолыжный курорт открыл сезон в субботу, сообщили в администрации курорта.",
        ),
        ("paragraph", "На склонах работают три подъёмника и школа для начинающих."),
        ("list-item", "• Прокат снаряжения"),
        ("list-item", "• Кафе у подъёмника"),
    ]
    assert [x.text for x in a.links] == ["администрации курорта"]
    check_links(a)


def test_spanish_page_in_windows_1252() -> None:
    a = page("es_cp1252.html")
    assert a.lede == "El ayuntamiento amplía el horario."
    assert a.paragraphs[:2] == (
        "¿Abrirá el mercado también en verano? ¡Sí! El ayuntamiento lo confirmó el lunes en su "
        "sesión plenaria .",
        "Los vendedores hablan de un cambio « histórico » para el barrio.",
    )
    assert a.published == dt.datetime(2021, 6, 7, 18, 30)  # no offset: naive
    check_links(a)


def test_japanese_article_body_and_cjk_spacing() -> None:
    a = page("ja_articlebody.html")
    assert a.title == "新しい図書館が開館"
    assert a.published == dt.datetime(2020, 2, 3, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=9)))
    assert a.paragraphs == (
        "市立図書館が三日、駅前に開館した。開館式には多くの市民が集まった。",
        "館長は「本に親しむ場所にしたい」と話した。 Tokyo の新聞も報じた。",
    )
    assert [(x.text, x.block, x.start) for x in a.links] == [("開館式", 0, 17)]


XFAIL_DUMP: dict[str, str] = {}
"""Pages whose blocks the dump reader reads differently (by the first three letters)."""


def _dump_cases() -> list[Any]:
    cases: list[Any] = []
    for path in sorted(PAGES.glob("*.html")):
        reason = XFAIL_DUMP.get(path.name[:3])
        if reason:
            mark = pytest.mark.xfail(reason=reason, strict=True)
            cases.append(pytest.param(path.name, marks=mark))
        else:
            cases.append(path.name)
    return cases


@pytest.mark.parametrize("name", _dump_cases())
def test_pages_survive_the_dump(name: str) -> None:
    a = page(name)
    [b] = newsdump.parse(newsdump.dumps(a))
    assert (b.title, b.published, b.updated, b.date) == (a.title, a.published, a.updated, a.date)
    assert b.paragraphs == a.paragraphs


# --- options and details --------------------------------------------------------------------


def test_selector_and_url() -> None:
    html = (
        "<div id=a><p>First text here.</p></div><div id=b><p>Second <a href='x/y'>link</a>.</p>"
        "</div>"
    )
    a = from_html(html, selector="#b", url="https://example.org/2021/02/03/s")
    assert a.paragraphs == ("Second link.",)
    assert a.links[0].href == "https://example.org/2021/02/03/x/y"
    assert a.date == dt.date(2021, 2, 3)  # from the URL
    missed = from_html(html, selector="#none")
    assert [p.code for p in missed.problems] == ["selector-missed"]
    assert missed.paragraphs  # the heuristic took over


def test_inline_elements_never_break_and_br_does() -> None:
    a = from_html("<p>un<b>break</b>able <em>em</em>, <span>span</span> ( x )<br/>next</p>")
    assert a.paragraphs == ("unbreakable em, span ( x )", "next")


def test_link_across_a_break_is_kept_in_each_block() -> None:
    a = from_html("<p>See <a href='/a'>one<br>two</a> now.</p>")
    assert a.paragraphs == ("See one", "two now.")
    assert [(x.text, x.block) for x in a.links] == [("one", 0), ("two", 1)]


def test_ordered_list_markers_and_no_double_bullet() -> None:
    a = from_html("<ol start=3><li>Third</li><li>Fourth</li></ol><ul><li>• Dot</li></ul>")
    assert [b.text for b in a.blocks] == ["3) Third", "4) Fourth", "• Dot"]


def test_iso_and_other_dates() -> None:
    head = '<meta property="article:published_time" content="{}"><p>Body text here.</p>'
    cases = {
        "2023-02-07T14:00:00.123Z": dt.datetime(2023, 2, 7, 14, 0, tzinfo=UTC),
        "2023-02-07T14:00+0100": dt.datetime(
            2023, 2, 7, 14, 0, tzinfo=dt.timezone(dt.timedelta(hours=1))
        ),
        "2023-02-07": dt.datetime(2023, 2, 7),
        "14:00 GMT 07.02.2023": dt.datetime(2023, 2, 7, 14, 0, tzinfo=UTC),
        "not a date": None,
    }
    for value, expected in cases.items():
        assert from_html(head.format(value)).published == expected, value


def test_no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("network access")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    html = (
        '<!DOCTYPE html SYSTEM "http://example.invalid/x.dtd">'
        '<!ENTITY x SYSTEM "http://example.invalid/e">'
        "<p>Text &x; <img src='http://example.invalid/i.png'></p>"
    )
    assert from_html(html).paragraphs[0].startswith("Text &x")


def test_lxml_parser_when_installed() -> None:
    pytest.importorskip("lxml")
    for name in ("en_jsonld.html", "de_meta_time.html", "ja_articlebody.html"):
        data = (PAGES / name).read_bytes()
        assert kinds_texts(from_html(data, parser="lxml")) == kinds_texts(
            from_html(data, parser="html.parser")
        )


# --- hostile input ------------------------------------------------------------------------


def test_size_cap() -> None:
    with pytest.raises(HTMLTooLarge, match="MAX_HTML_SIZE") as info:
        from_html(b" " * (MAX_HTML_SIZE + 1))
    assert isinstance(info.value, ValueError)


@pytest.mark.parametrize(
    "html",
    [
        pytest.param("<div>x" * 100_000, id="deep-divs"),
        pytest.param("<a>" * 3_000_000, id="10MB-of-a"),
        pytest.param('<a href="/x">y' * 700_000, id="10MB-of-links"),
        pytest.param("<b>w " * 50_000 + "</b>z" * 50_000, id="deep-then-siblings"),
        pytest.param("<p>word " * 1_000_000, id="unclosed-p"),
        pytest.param("<" * 10_000_000, id="stray-lt"),
        pytest.param("<script>" * 1_000_000, id="unclosed-scripts"),
        pytest.param(
            '<script type="application/ld+json">' + "[" * 100_000 + "</script><p>ok</p>",
            id="deep-json-ld",
        ),
    ],
)
def test_hostile_html_is_fast(html: str) -> None:
    start = time.perf_counter()
    a = from_html(html, parser="html.parser")
    assert time.perf_counter() - start < 5
    check_links(a)


def test_linear_time() -> None:
    def cost(n: int) -> float:
        html = "<a href=x>w " * n + "<br>z" * n
        start = time.perf_counter()
        from_html(html, parser="html.parser")
        return time.perf_counter() - start

    cost(1000)
    assert cost(40_000) < 12 * cost(10_000) + 0.05


# --- generated articles -----------------------------------------------------------------------

WORDS = {
    "latin": [
        "harbour",
        "river",
        "council",
        "market",
        "winter",
        "garden",
        "school",
        "bridge",
        "festival",
        "museum",
        # names are capitalised in any English text (and a link often is one)
        "Oslo",
        "Maria",
    ],
    # German capitalises every noun, but running text is mostly not nouns: about one word in
    # three here (an all-noun list would make every break before a word a capital one, which
    # no German text does)
    "german": [
        "Rathaus",
        "Brücke",
        "Schule",
        "Hafen",
        "Straße",
        "Winter",
        "der",
        "die",
        "neue",
        "über",
        "wird",
        "bald",
        "nach",
        "alten",
        "schon",
        "gebaut",
        "mit",
        "auch",
    ],
    "cyrillic": [
        "город",
        "река",
        "мост",
        "школа",
        "рынок",
        "зима",
        "сад",
        "музей",
        "порт",
        "улица",
    ],
    "greek": [
        "πόλη",
        "ποτάμι",
        "γέφυρα",
        "σχολείο",
        "αγορά",
        "χειμώνας",
        "κήπος",
        "μουσείο",
        "λιμάνι",
        "δρόμος",
    ],
}
HEADS = {
    "latin": ["Harbour", "River", "Council", "Market", "Garden", "School", "Bridge", "Museum"],
    "german": ["Rathaus", "Brücke", "Schule", "Garten", "Markt", "Hafen", "Museum", "Straße"],
    "cyrillic": ["Город", "Река", "Мост", "Школа", "Рынок", "Сад", "Музей", "Порт"],
    "greek": ["Πόλη", "Ποτάμι", "Γέφυρα", "Σχολείο", "Αγορά", "Κήπος", "Μουσείο", "Λιμάνι"],
}


def make_html(rng: random.Random, link_rate: float = 0.2) -> str:
    """An article page: paragraphs of words with inline links (some followed by a comma),
    stray whitespace runs, headings between paragraphs, bulleted lists.  ``link_rate`` is the
    chance that a word starts a link."""
    script = rng.choice(sorted(WORDS))
    words, heads = WORDS[script], HEADS[script]

    def space() -> str:
        return rng.choice([" ", " ", "\n   ", "  "])

    def sentence(links: bool) -> str:
        out = heads[rng.randrange(len(heads))]
        for _ in range(rng.randint(3, 12)):
            word = rng.choice(words)
            if links and rng.random() < link_rate:
                word = f'<a href="/{rng.randrange(99)}">{word}{space()}{rng.choice(words)}</a>'
                if rng.random() < 0.3:
                    word += ","
            out += space() + word
        return out + "."

    body = []
    last = ""
    for _ in range(rng.randint(1, 8)):
        roll = rng.random()
        if roll < 0.15 and last == "p":
            body.append(f"<h2>{' '.join(rng.sample(heads, rng.randint(1, 3)))}</h2>")
            last = "h"
            continue
        if roll < 0.3 and last == "p":
            items = "".join(f"<li>{sentence(True)}</li>" for _ in range(rng.randint(1, 3)))
            body.append(f"<ul>{items}</ul>")
        else:
            body.append(f"<p>{' '.join(sentence(True) for _ in range(rng.randint(1, 3)))}</p>")
        last = "p"
    if last != "p":
        body.append(f"<p>{sentence(False)}</p>")
    title = " ".join(rng.sample(heads, 3))
    # a sub-heading that repeats the headline word for word is the page's headline again, which
    # a dump's reader sets aside (`noise:title`): not a block a dump carries (hypothesis drew one)
    body = [x for x in body if x != f"<h2>{title}</h2>"]
    day = dt.date(2020, 1, 1) + dt.timedelta(days=rng.randrange(1500))
    return (
        f'<html><head><meta property="og:title" content="{title}">'
        f'<meta property="article:published_time" content="{day}T{rng.randrange(24):02}:30:00Z">'
        f"</head><body><nav><a href='/'>Home</a></nav><article><h1>{title}</h1>"
        + "\n".join(body)
        + "</article></body></html>"
    )


seeds = st.integers(min_value=0, max_value=2**32 - 1)


@given(seeds)
@example(1292544)  # a sub-heading repeating the headline (see make_html)
def test_dump_round_trip_keeps_blocks(seed: int) -> None:
    a = from_html(make_html(random.Random(seed)), url="https://example.org/a")
    check_links(a)
    # a dump has no kind markers: a block set aside as noise (a paragraph that is all links)
    # is for the scraper to keep or leave out; here it is left out
    a = attrs.evolve(a, blocks=tuple(x for x in a.blocks if x.kind != "noise"), links=())
    [b] = newsdump.parse(newsdump.dumps(a))
    assert kinds_texts(b) == kinds_texts(a)
    assert (b.title, b.published, b.date) == (a.title, a.published, a.date)


def scraped(article: newsdump.Article) -> str:
    """What a line-breaking scraper makes of the page (the dev corpus's model A): a line break
    after every inline link, the whitespace after it dropped, one line per block."""
    ends: dict[int, list[int]] = collections.defaultdict(list)
    for link in article.links:
        ends[link.block].append(link.end)
    lines = [
        newsdump.dumps(
            newsdump.Article(
                url=article.url, date=article.date, date_precision=article.date_precision
            )
        )
    ]
    lines += [x for x in (article.title, article.lede, article.timestamp) if x]
    for index, block in enumerate(article.blocks):
        start = 0
        for end in sorted(set(ends[index])):
            if start < end < len(block.text):
                lines.append(block.text[start:end])
                start = end
                while start < len(block.text) and block.text[start] == " ":
                    start += 1
        lines.append(block.text[start:])
    return "\n".join(lines)


@attrs.frozen
class Recovery:
    """How well `parse` recovers generated pages from the simulated scraper's text, in the
    terms of the dev corpus scorer (``score_corpus.py``): join precision and recall over the
    scraper's line breaks, and the share of blocks recovered exactly (kind and text)."""

    precision: float
    recall: float
    blocks: float
    breaks_per_block: float


def _boundaries(pieces: list[str]) -> set[int]:
    """Offsets in the whitespace-free text where one piece ends (as the corpus scorer counts)."""
    out, pos = set(), 0
    for piece in pieces[:-1]:
        pos += len("".join(piece.split()))
        out.add(pos)
    return out


def _count(lines: list[str], want: list[str], got: list[str]) -> tuple[int, int, int]:
    """(right joins, wrong joins, missed joins) of the scraper's line breaks ``lines`` when the
    true blocks are ``want`` and the parsed ones ``got``, as the corpus scorer counts them."""
    cuts = _boundaries(lines)
    true_joins = cuts - _boundaries(want)
    joins = cuts - _boundaries(got)
    return len(true_joins & joins), len(joins - true_joins), len(true_joins - joins)


def recovery(link_rate: float, pages: int, seed: int) -> Recovery:
    rng = random.Random(seed)
    tp = fp = fn = found = total = 0
    for _ in range(pages):
        a = from_html(make_html(rng, link_rate), url="https://example.org/a")
        text = scraped(a)
        [b] = newsdump.parse(text)
        front = sum(1 for x in (a.title, a.lede, a.timestamp) if x)
        right, wrong, missed = _count(
            text.split("\n")[1 + front :], [x.text for x in a.blocks], [x.text for x in b.blocks]
        )
        tp, fp, fn = tp + right, fp + wrong, fn + missed
        want = collections.Counter(kinds_texts(a))
        found += sum((want & collections.Counter(kinds_texts(b))).values())
        total += len(a.blocks)
    return Recovery(tp / (tp + fp), tp / (tp + fn), found / total, (tp + fn) / total)


def corpus_recovery(model: str) -> Recovery:
    """The same figures for the dev corpus (dev-news and dev-web together) as scraper ``model``
    left it, counted as ``score_corpus.py`` counts them (blocks by text: the corpus has no
    kinds)."""
    tp = fp = fn = found = total = 0
    for corpus in ("dev-news", "dev-web"):
        root = SHARED / "corpus" / corpus
        truth = json.loads((root / "truth.json").read_text(encoding="utf-8"))
        for name, record in sorted(truth[model].items()):
            [a] = newsdump.parse((root / model / name).read_text(encoding="utf-8"))
            want = [p["text"] for p in record["paragraphs"]]
            got = [b.text for b in a.blocks]
            lines = [line for p in record["paragraphs"] for line in p["lines"]]
            right, wrong, missed = _count(lines, want, got)
            tp, fp, fn = tp + right, fp + wrong, fn + missed
            found += sum((collections.Counter(want) & collections.Counter(got)).values())
            total += len(want)
    return Recovery(tp / (tp + fp), tp / (tp + fn), found / total, (tp + fn) / total)


# The dev corpus (score_corpus.py, model A, the scraper simulated here, news and web together)
# has 0.17 link breaks per paragraph; the repair reaches join precision 0.890, recall 0.921 and
# 0.954 of paragraphs exact on it (news alone: 0.998, 0.982, 0.995; web alone: 0.871, 0.910,
# 0.947).  Measured with the repair of this version (the fixed floors, for when the corpus is
# absent, sit a little under, on 150 pages; before the list-item continuation and the realistic
# German word list: 0.725 of blocks at link_rate 0.2):
#   link_rate 0.02 (0.24 breaks per block), 2,000 pages: P 0.993, R 0.931, blocks 0.981
#   link_rate 0.2  (2.4 breaks per block), 600 pages:    P 0.996, R 0.954, blocks 0.887
# With every sentence carrying one or two links, a block survives only if all of its breaks are
# judged right, so the block rate there is lower for the same per-break accuracy.
# What is still missed: mostly a link that ends before a capitalised word (undecidable in
# German and for names: ``… des Hafens`` / ``Kiel am Montag.``); the generator puts one after
# 6-8 % of its links, the dev corpus's news pages after 2 %.


def test_scraped_pages_recover_blocks_at_the_corpus_link_density() -> None:
    got = recovery(link_rate=0.02, pages=150, seed=20240305)
    assert 0.1 < got.breaks_per_block < 0.5, got  # the corpus's density, roughly
    assert got.blocks >= 0.97, got
    assert got.precision >= 0.99, got
    assert got.recall >= 0.90, got


@pytest.mark.skipif(not (SHARED / "corpus").is_dir(), reason="the dev corpus (../shared) is absent")
def test_scraped_pages_recover_blocks_at_the_rate_the_repair_reaches_on_the_dev_corpus() -> None:
    # issue 5's acceptance, measured side by side: the simulated scraper is the dev corpus's
    # model A (a break after every link); its pages are recovered at least as well as the dev
    # corpus is, at the corpus's link density (2,000 pages: 2 s)
    corpus = corpus_recovery("A")
    got = recovery(link_rate=0.02, pages=2000, seed=20240305)
    assert got.precision >= corpus.precision, (got, corpus)
    assert got.recall >= corpus.recall, (got, corpus)
    assert got.blocks >= corpus.blocks, (got, corpus)


def test_scraped_pages_recover_links_when_every_sentence_has_them() -> None:
    got = recovery(link_rate=0.2, pages=150, seed=20240305)
    assert got.breaks_per_block > 1.5, got
    assert got.precision >= 0.99, got
    assert got.recall >= 0.94, got
    assert got.blocks >= 0.87, got


# --- fidelity: the page's own text --------------------------------------------------------------


PARSERS: list[Parser] = ["html.parser"]
if importlib.util.find_spec("lxml"):
    PARSERS.append("lxml")


def test_french_spacing_and_stray_spaces_are_the_pages() -> None:
    html = (
        "<article><p>Le maire a répondu : non.</p><p>Le maire a répondu&nbsp;: non.</p>"
        "<p>un « projet ambitieux » et un «&nbsp;autre&nbsp;»</p>"
        "<p>la mairie ; voilà ! la mairie&#160;; voilà&nbsp;!</p>"
        "<p>all <a href='/n'>night</a> , the  city\n said ( once ) .</p></article>"
    )
    for parser in PARSERS:
        assert from_html(html, parser=parser).paragraphs == (
            "Le maire a répondu : non.",
            "Le maire a répondu : non.",
            "un « projet ambitieux » et un « autre »",
            "la mairie ; voilà ! la mairie ; voilà !",
            "all night , the city said ( once ) .",
        )


def test_source_line_break_between_wide_characters_is_removed_as_browsers_do() -> None:
    a = from_html("<p>東京\n大阪 東京&nbsp;大阪 한국\n어 東京\nOsaka</p>")
    assert a.paragraphs == ("東京大阪 東京 大阪 한국 어 東京 Osaka",)


def _wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in "FWH" and "HANGUL" not in unicodedata.name(ch, "")


def page_text(text: str) -> str:
    """What a reader sees of ``text`` in a paragraph: whitespace runs as one space, except that
    a run of collapsible spaces holding a line break between two wide characters vanishes."""

    def one(m: re.Match[str]) -> str:
        run, before, after = m.group(), text[m.start() - 1 : m.start()], text[m.end() : m.end() + 1]
        collapsible = set(run) <= set(" \t\n\r\f") and ("\n" in run or "\r" in run)
        if collapsible and before and after and _wide(before) and _wide(after):
            return ""
        return " "

    return re.sub(r"\s+", one, text).strip()


SCRIPTS = st.sampled_from(
    [
        "Le maire a répondu : « non » ; voilà ! C’est l’été…",
        "„Ja“, sagte sie – ‚nein‘ – (vielleicht) [sic] {x}",
        "东京大学の研究チームは、「新しい」手法を発表した。北京，上海。",
        "قال المتحدث «لا» ، ثم أضاف: “نعم”؟",
        "He said \"yes\" 'no' ¿sí? ¡no! 1,000.50 – 20 % & <b> ok",
        "Москва — «столица» России; 5 °C.",
    ]
)
SPACES = st.sampled_from(
    [" ", "  ", "\n", " \n\t ", "\xa0", "&nbsp;", "&#160;", "\u202f", "\u3000"]
)
CHARS = st.characters(blacklist_categories=("Cc", "Cs", "Cn", "Co"))


@st.composite
def paragraph_html(draw: st.DrawFn) -> tuple[str, str]:
    """(inner HTML of a paragraph, the text it shows): text from many scripts and every kind of
    quote, whitespace runs and no-break spaces, split at arbitrary points by inline elements."""
    pieces = draw(
        st.lists(st.one_of(SCRIPTS, st.text(CHARS, max_size=12), SPACES), min_size=1, max_size=8)
    )
    source = "".join(
        p if p.startswith("&") else html_lib.escape(p, quote=False).replace("\xa0", "&nbsp;")
        for p in pieces
    )
    shown = "".join(html_lib.unescape(p) for p in pieces)
    cuts = sorted(draw(st.lists(st.integers(0, len(source)), max_size=6)))
    out, last = [], 0
    for cut in cuts:
        # never inside an entity or a tag-like "&...;" run
        while (
            cut > last
            and "&" in source[last:cut]
            and ";" not in source[source.rfind("&", last, cut) : cut]
        ):
            cut -= 1
        if cut <= last:
            continue
        tag = draw(st.sampled_from(["", "a", "b", "span", "em"]))
        chunk = source[last:cut]
        out.append(
            f"<{tag} href='/x'>{chunk}</{tag}>"
            if tag == "a"
            else f"<{tag}>{chunk}</{tag}>"
            if tag
            else chunk
        )
        last = cut
    out.append(source[last:])
    return "".join(out), shown


@given(st.lists(paragraph_html(), min_size=1, max_size=5), st.sampled_from(PARSERS))
def test_each_paragraph_comes_back_exactly(
    paragraphs: list[tuple[str, str]], parser: Parser
) -> None:
    html = "<html><body><article>" + "".join(f"<p>{h}</p>" for h, _ in paragraphs)
    a = from_html(html + "</article></body></html>", parser=parser)
    want = [t for t in (page_text(shown) for _, shown in paragraphs) if t]
    assert [b.text for b in a.blocks] == want
    check_links(a)


# --- finding the article ------------------------------------------------------------------------

FULL = PAGES / "full"


@pytest.mark.parametrize("name", sorted(p.stem for p in FULL.glob("*.html")))
def test_full_pages_give_exactly_the_article(name: str) -> None:
    # invented pages with the furniture real ones have: share bars, related stories, newsletter
    # boxes, comments, ad labels, "read more" teasers, credits; a body split into sibling
    # containers; a page without <p>; the .txt beside each page is its article
    for parser in PARSERS:
        a = from_html((FULL / f"{name}.html").read_bytes(), parser=parser)
        want = (FULL / f"{name}.txt").read_text(encoding="utf-8").strip().split("\n\n")
        assert [b.text for b in a.blocks if b.kind != "noise"] == want, parser
        check_links(a)


@pytest.mark.parametrize(
    ("text", "noise"),
    [
        ("Advertisement", True),
        ("Anzeige", True),
        ("Publicité", True),
        ("Реклама", True),
        ("Read more: <a href='/x'>Why the tram leaves early</a>", True),
        ("Lesen Sie auch: <a href='/x'>Wie sicher sind Deiche?</a>", True),
        ("Читайте также: <a href='/x'>Новости города</a>", True),
        ("<a href='/a'>Share</a> <a href='/b'>Tweet</a> <a href='/c'>Email</a>", True),
        ("Sign up for our newsletter to get the top stories.", True),
        ("Photo: Jonas Brekke / Example Agency", True),
        ("<a href='/x'>Harbour ferry fares to rise in April</a>", True),
        ("Watchdogs said the harbour fees were too high for small boats.", False),
        ("Related parties must declare their interests before the vote.", False),
        ("The ad campaign cost the council 20,000 euros, the report said.", False),
        ("Readers can <a href='/x'>see the full report</a> on the city's website.", False),
        ("(Bild: Hersteller)", True),
        ("© Exemple Matin / Léa Martin", True),
        ("Images of the flooded square were shared widely on Monday.", False),
        ("Residents can sign up for the new bins at the town hall.", False),
        ("Get our weekly newsletter in your inbox.", True),
        ("™ & © 2024 Example Broadcasting Network. All rights reserved.", True),
        ("Copyright 2023 Nordisk Eksempel AS", True),
        ("Tous droits réservés — reproduction interdite sans accord écrit.", True),
        ("The photographer kept the copyright to the pictures, the court ruled.", False),
    ],
)
def test_boilerplate_blocks_are_noise(text: str, noise: bool) -> None:
    filler = "".join(
        f"<p>The council met on Monday to discuss item {i} of the budget.</p>" for i in range(4)
    )
    a = from_html(f"<article>{filler}<p>{text}</p>{filler}</article>")
    [block] = [b for b in a.blocks if "council met" not in b.text]
    assert (block.kind == "noise") is noise, block


def test_a_block_of_format_characters_alone_is_noise_but_kept() -> None:
    # a stray byte order mark or zero-width space between paragraphs is no paragraph
    story = "<p>Die Fähre fährt ab Montag wieder stündlich, teilte das Hafenamt mit.</p>"
    a = from_html(f"<article>{story}<p>\ufeff</p><div>\u200b\u2060</div>{story}</article>")
    assert [(b.kind, b.text) for b in a.blocks][1:3] == [
        ("noise", "\ufeff"),
        ("noise", "\u200b\u2060"),
    ]
    assert len(a.paragraphs) == 2


def test_a_caption_class_makes_a_caption_without_a_figure() -> None:
    paragraphs = [
        f"<p>Paragraphe {i} : le port de Brest a rouvert lundi après trois jours de tempête.</p>"
        for i in range(9)
    ]
    story, more = "".join(paragraphs[:3]), "".join(paragraphs[3:])
    html = (
        f"<article>{story}<div class='wp-caption'><img src='/p.jpg'>"
        "<p class='wp-caption-text'>Le port de Brest au petit matin, lundi.</p></div>"
        "<div class='ImageCaption-x1'><span>Les ferries attendent le départ.</span></div>"
        f"<div class='caption-container'>{more}</div></article>"
    )
    a = from_html(html)
    assert [b.kind for b in a.blocks if "lundi." in b.text or "ferries" in b.text] == [
        "caption",
        "caption",
    ]
    # a container that long is more than a caption, whatever its class says
    assert len(a.paragraphs) == 9


def test_furniture_classes_inside_the_body_are_noise_but_kept() -> None:
    body = "".join(
        f"<p>Paragraph {i} of the story, long enough to count as prose.</p>" for i in range(5)
    )
    html = (
        f"<article>{body}<div class='share-buttons'><span>Share this</span></div>"
        "<section class='related-articles'><p>Another story about the harbour and its boats.</p>"
        "</section><div id='comments'><p>A reader's comment, also long enough to be prose.</p>"
        "</div><aside><p>An aside inside the article.</p></aside></article>"
    )
    a = from_html(html)
    assert [b.text for b in a.blocks if b.kind != "noise"] == [
        f"Paragraph {i} of the story, long enough to count as prose." for i in range(5)
    ]
    assert [b.text for b in a.blocks if b.kind == "noise"] == [
        "Share this",
        "Another story about the harbour and its boats.",
        "A reader's comment, also long enough to be prose.",
        "An aside inside the article.",
    ]


def test_a_furniture_class_on_the_whole_body_does_not_hide_it() -> None:
    body = "".join(
        f"<p>Paragraph {i} of the story, long enough to count as prose.</p>" for i in range(5)
    )
    a = from_html(f"<div class='story has-share-bar'>{body}</div>")
    assert len(a.paragraphs) == 5


def test_the_body_beats_a_sidebar_of_teasers_and_a_comment_section() -> None:
    teasers = "".join(
        f"<div class='teaser'><a href='/{i}'>A headline about other news number {i}</a></div>"
        for i in range(30)
    )
    comments = "".join(
        f"<p>Comment {i}: I have lived here for years and this is what I think of it.</p>"
        for i in range(12)
    )
    story = "".join(
        f"<p>Story sentence {i}, which is part of the article itself.</p>" for i in range(4)
    )
    html = (
        f"<div class='sidebar'>{teasers}</div><div class='content'>{story}</div>"
        f"<div class='comment-list'>{comments}</div>"
    )
    a = from_html(html)
    assert a.paragraphs == tuple(
        f"Story sentence {i}, which is part of the article itself." for i in range(4)
    )


def test_itemprop_article_body_is_trusted_and_extended_to_its_siblings() -> None:
    part = (
        "<p>{} part of the article, with enough words to be read as prose: the council met"
        " on Monday and agreed to open the market later in the summer months.</p>"
    )
    html = (
        f"<div><div itemprop='articleBody'>{part.format('First')}</div>"
        f"<div class='ad'>Advertisement</div><div>{part.format('Second')}{part.format('Third')}"
        "</div></div><div class='sidebar'><p>Something else entirely, in the sidebar.</p></div>"
    )
    a = from_html(html)
    assert [p.split()[0] for p in a.paragraphs] == ["First", "Second", "Third"]
    assert [b.text for b in a.blocks if b.kind == "noise"] == ["Advertisement"]


def test_a_body_in_chunks_climbs_to_their_container_but_not_to_other_prose_far_away() -> None:
    part = (
        "<p class='paywall'>Part {} of the story: the harbour board met on Monday and agreed to"
        " dredge the channel before the summer, when the ferries run every hour again.</p>"
    )
    chunk = (
        "<div class='grid grid--rail'><div class='grid__item'><div class='body__inner'>{}</div>"
        "</div><div class='grid__rail'><div class='most-popular'><a href='/x'>Other news</a>"
        "</div></div></div>"
    )
    story = "".join(chunk.format(part.format(2 * i) + part.format(2 * i + 1)) for i in range(3))
    elsewhere = "".join(
        f"<p>Elsewhere {i}: a long text about something else, the weather in the mountains and"
        " the price of train tickets in winter.</p>"
        for i in range(3)
    )
    html = (
        f"<div class='page'><div class='wrap'><div class='chunks'>{story}</div></div>"
        f"<div class='extra'><div>{elsewhere}</div></div></div>"
    )
    a = from_html(html)
    # every chunk (the page wraps each in three elements), and none of the prose beside them
    assert [p.split()[1] for p in a.paragraphs] == [str(i) for i in range(6)]


# --- nothing lost -----------------------------------------------------------------------------

CONTAINERS = [
    "div",
    "p",
    "section",
    "span",
    "b",
    "a",
    "nav",
    "aside",
    "footer",
    "header",
    "form",
    "button",
    "figure",
    "figcaption",
    "ul",
    "li",
    "h1",
    "h2",
    "blockquote",
    "td",
    "label",
]
ATTRS = [
    "",
    " class='share-bar'",
    " class='related'",
    " id='comments'",
    " hidden",
    " style='display: none'",
    " aria-hidden='true'",
    " class='byline'",
    " class='ad-slot'",
]


@st.composite
def tree_html(draw: st.DrawFn) -> tuple[str, list[str]]:
    """(HTML, its words): nested elements of every sort (furniture, hidden, inline, block),
    each text node a unique word, and silent elements (script, style) whose text is no text."""
    words: list[str] = []
    out: list[str] = []

    def text() -> str:
        words.append(f"w{len(words)}")
        return f" {words[-1]} "

    def grow(depth: int) -> None:
        for _ in range(draw(st.integers(1, 3))):
            roll = draw(st.integers(0, 9))
            if roll < 4 or depth > 4:
                out.append(text())
            elif roll == 4:
                out.append(
                    draw(
                        st.sampled_from(
                            [
                                "<br>",
                                "<hr>",
                                "<script>var x;</script>",
                                "<style>p{}</style>",
                                "<img src='x.png'>",
                            ]
                        )
                    )
                )
            else:
                tag = draw(st.sampled_from(CONTAINERS))
                href = " href='/x'" if tag == "a" else ""
                out.append(f"<{tag}{href}{draw(st.sampled_from(ATTRS))}>")
                grow(depth + 1)
                out.append(f"</{tag}>")

    grow(0)
    return "<html><body><div id='root'>" + "".join(out) + "</div></body></html>", words


@given(tree_html(), st.sampled_from(PARSERS))
def test_every_text_node_of_the_body_is_in_some_block(
    case: tuple[str, list[str]], parser: Parser
) -> None:
    html, words = case
    a = from_html(html, selector="#root", parser=parser)
    got = collections.Counter(w for b in a.blocks for w in b.text.split() if w.startswith("w"))
    want = collections.Counter(words)
    assert not got - want  # nothing twice, nothing made up
    # and nothing lost, but for a headline repeating the title: it is the title, not a block
    assert not (want - got) - collections.Counter((a.title or "").split())


# --- the trafilatura back end -------------------------------------------------------------------


def test_trafilatura_back_end_says_what_is_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # as if it were not installed
    with pytest.raises(ImportError, match=r"pip install 'newsdump\[trafilatura\]'"):
        from_html("<p>Text of the page.</p>", extractor="trafilatura")
    assert from_html("<p>Text of the page.</p>").paragraphs == ("Text of the page.",)


def test_unknown_extractor_is_refused() -> None:
    with pytest.raises(ValueError, match="extractor"):
        from_html("<p>Text.</p>", extractor="goose")  # type: ignore[arg-type]


def test_trafilatura_back_end_finds_the_article_and_keeps_newsdump_blocks() -> None:
    pytest.importorskip("trafilatura")
    html = (FULL / "en_furniture.html").read_bytes()
    want = (FULL / "en_furniture.txt").read_text(encoding="utf-8").strip().split("\n\n")
    a = from_html(html, extractor="trafilatura", url="https://example.org/2024/02/20/bus")
    assert [b.text for b in a.blocks if b.kind != "noise"] == want
    assert [b.kind for b in a.blocks if b.text.startswith("•")] == ["list-item"] * 3
    assert a.published == dt.datetime(2024, 2, 20, 18, 5, tzinfo=UTC)  # newsdump's own dates
    check_links(a)


def test_trafilatura_back_end_falls_back_when_it_finds_nothing() -> None:
    pytest.importorskip("trafilatura")
    a = from_html("<div><p>Short.</p></div>", extractor="trafilatura")
    assert a.paragraphs == ("Short.",)
    assert "extractor-empty" in [p.code for p in a.problems]


# --- the benchmark script ---------------------------------------------------------------------

BENCH = Path(__file__).resolve().parents[1] / "benchmarks" / "bench_html.py"


@pytest.mark.skipif(newsdump.__name__ != "newsdump", reason="runs the checkout's package")
def test_bench_html_reads_every_layout(tmp_path: Path) -> None:
    import gzip
    import subprocess

    # the ScrapingHub benchmark's layout, with a page of ours
    (tmp_path / "sh" / "html").mkdir(parents=True)
    page = (FULL / "de_divtext.html").read_bytes()
    (tmp_path / "sh" / "html" / "k1.html.gz").write_bytes(gzip.compress(page))
    truth = {"k1": {"articleBody": (FULL / "de_divtext.txt").read_text(encoding="utf-8")}}
    (tmp_path / "sh" / "ground-truth.json").write_text(json.dumps(truth), encoding="utf-8")
    # readability's layout: a clean page only
    (tmp_path / "rd" / "x").mkdir(parents=True)
    (tmp_path / "rd" / "x" / "expected.html").write_text(
        "<div><p>Le maire a répondu&nbsp;: « non ».</p><ul><li>Un point.</li></ul></div>",
        encoding="utf-8",
    )
    env = {**os.environ, "PYTHONPATH": str(Path(newsdump.__file__).parents[1])}
    done = subprocess.run(
        [sys.executable, str(BENCH), str(FULL), str(tmp_path / "sh"), str(tmp_path / "rd")],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    full = len(list(FULL.glob("*.html"))) + 1  # and the ScrapingHub-layout copy
    assert f"full pages:  {full} pages" in done.stdout, done.stdout
    assert "F1 1.000" in done.stdout, done.stdout
    assert "clean pages: 1 pages  2/2 paragraphs exact (1.000)" in done.stdout, done.stdout


def test_json_ld_article_body_locates_the_body() -> None:
    story = [
        f"Story paragraph {i}: the harbour board agreed on Monday to dredge the channel, and"
        " the work will start in the spring once the fishing season is over."
        for i in range(4)
    ]
    chatter = "".join(
        f"<p>Reader {i} wrote at length about the weather, the trains and the price of bread.</p>"
        for i in range(16)
    )
    ld = json.dumps({"@type": "NewsArticle", "articleBody": " ".join(story)})
    html = (
        f'<script type="application/ld+json">{ld}</script><div class="c1">'
        + "".join(f"<p>{p}</p>" for p in story)
        + f"</div><div class='x-list'>{chatter}</div>"
    )
    assert from_html(html).paragraphs == tuple(story)
    # without the JSON-LD the page's largest prose wins: the reason for the hint
    assert from_html(html.split("</script>")[1]).paragraphs != tuple(story)
    # a truncated copy (the first paragraphs and an ellipsis) does not shrink the body to it
    short = json.dumps({"@type": "NewsArticle", "articleBody": " ".join(story[:3]) + " …"})
    teaser = html.replace(ld, short)
    assert from_html(teaser).paragraphs == from_html(html.split("</script>")[1]).paragraphs
