"""Unit tests of the parser: header grammar, record boundaries, layout rules, problems and their
positions, strict mode, the writer round trip and the model's derived values.

Every example is invented for these tests.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from tests.target import newsdump

Article = newsdump.Article
Block = newsdump.Block

UTC = dt.timezone.utc


def one(text: str, **kw: bool) -> newsdump.Article:
    [article] = newsdump.parse(text, **kw)
    return article


def codes(article: newsdump.Article) -> list[str]:
    return [p.code for p in article.problems]


# --- header grammar -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "date", "precision", "field", "value"),
    [
        (" date 2024-05-29 https://site.example/a.html", "2024-05-29", "day", "url",
         "https://site.example/a.html"),
        (" date 2021-09-22 FennPoint.com", "2021-09-22", "day", "label", "FennPoint.com"),
        (" date 2023-01-23 International", "2023-01-23", "day", "label", "International"),
        (" date 2022-05-12 Finland Must Apply to Join NATO", "2022-05-12", "day", "title",
         "Finland Must Apply to Join NATO"),
        (" date 2023 site.example", "2023-01-01", "year", "label", "site.example"),
        (" date 2022-12 Ressort Wirtschaft", "2022-12-01", "month", "label", "Ressort Wirtschaft"),
        (" date 2020-07-17 hard::news.example-budget.html", "2020-07-17", "day", "url",
         "hard::news.example-budget.html"),
        (" date 2018-02-12 xhttps://www.zoo.example/news/tower", "2018-02-12", "day", "url",
         "xhttps://www.zoo.example/news/tower"),
        (" date 2022-03-19 https://swim.example/news tx_news%5Bid%5D=22&cHash=ab1",
         "2022-03-19", "day", "url", "https://swim.example/news tx_news%5Bid%5D=22&cHash=ab1"),
        (" date 2023-02-07 https://site.example/a  ", "2023-02-07", "day", "url",
         "https://site.example/a  "),
    ],
)  # fmt: skip
def test_header_forms(header: str, date: str, precision: str, field: str, value: str) -> None:
    a = one(header + "\nBody line.")
    assert str(a.date) == date
    assert a.date_precision == precision
    assert getattr(a, field) == value


def test_header_first_text_is_the_first_paragraph() -> None:
    a = one(" date 2021-08-07 OSLO, 7. august. /NTB/. Regjeringen la fram planen.\nMer tekst.")
    assert a.title is None
    assert a.paragraphs[0] == "OSLO, 7. august. /NTB/. Regjeringen la fram planen."
    assert a.blocks[0].first_line == 1


def test_header_sentence_with_full_stop_is_text_not_headline() -> None:
    a = one(" date 2022-12 Il sindaco ha firmato il decreto sulle nuove piste ciclabili.\nAltro.")
    assert a.title is None
    assert a.paragraphs[0].startswith("Il sindaco ha firmato")


@pytest.mark.parametrize("junk", ["Left Menu", "-", "{{item.date | date}}"])
def test_header_page_junk_is_a_noise_block(junk: str) -> None:
    a = one(f" date 2022-10-08 {junk}\nTitel\nEin Satz.\n08.10.2022 10:15\nText.")
    assert a.blocks[0] == Block("noise", junk, rule="noise:header-rest")
    assert a.title == "Titel"


def test_header_time() -> None:
    a = one(" date 2023-07-13 14:49\nTitolo\nUna frase.\nTesto.")
    assert a.timestamp == "14:49"
    assert a.published == dt.datetime(2023, 7, 13, 14, 49)
    assert "no-timestamp" not in codes(a)


def test_a_stamp_line_wins_over_the_header_time_which_is_kept_as_noise() -> None:
    a = one(" date 2023-07-13 14:49\nTitolo\nUna frase.\n13.07.2023 15:02\nTesto.")
    assert (a.timestamp, a.published) == ("13.07.2023 15:02", dt.datetime(2023, 7, 13, 15, 2))
    assert [(b.kind, b.text, b.first_line) for b in a.blocks] == [
        ("noise", "14:49", 1),
        ("paragraph", "Testo.", 5),
    ]


def test_header_needs_a_date_url_or_nothing_after_the_keyword() -> None:
    arts = newsdump.parse(" date 2023-01-02 https://a.example/x\nTitle\ndate night in Rome\nMore.")
    assert len(arts) == 1
    assert "date night in Rome" in arts[0].text


# --- record boundaries --------------------------------------------------------------------------


def test_records_split_at_headers() -> None:
    text = (
        " date 2023-01-02 https://a.example/1\nOne\nFirst.\n"
        " date 2023-01-03 https://a.example/2\nTwo\nSecond.\n"
        "   date 2023-01-04\nThree\nThird."
    )
    arts = newsdump.parse(text)
    assert [a.title for a in arts] == ["One", "Two", "Three"]
    assert [(a.source.first_line, a.source.last_line) for a in arts if a.source] == [
        (1, 3),
        (4, 6),
        (7, 9),
    ]


def test_whitespace_before_first_header_is_not_a_record() -> None:
    arts = newsdump.parse("\n  \n date 2023-01-02 https://a.example/1\nOne\nFirst.")
    assert len(arts) == 1
    assert "missing-header" not in codes(arts[0])


def test_input_without_any_header_is_one_record_with_a_warning() -> None:
    a = one("Storm Closes Road\nThe road was closed.\nMore text.")
    [p] = [p for p in a.problems if p.code == "no-header"]
    assert (p.line, p.column, p.severity) == (1, 1, "warning")
    assert a.title == "Storm Closes Road"
    assert one("Storm Closes Road\nThe road was closed.", strict=True).title == a.title


def test_header_less_input_may_open_with_its_url() -> None:
    a = one("https://news.example/2020/story.html\nHeadline Here\nA lede.\nBody.")
    assert a.url == "https://news.example/2020/story.html"
    assert a.title == "Headline Here"


def test_text_before_the_first_header_is_an_error() -> None:
    text = "stray\n date 2023-01-02 https://a.example/1\nOne\nFirst."
    first, second = newsdump.parse(text)
    [p] = [p for p in first.problems if p.code == "missing-header"]
    assert (p.line, p.column, p.severity) == (1, 1, "error")
    assert "missing-header" not in codes(second)


def test_empty_input() -> None:
    assert newsdump.parse("") == []
    assert newsdump.parse("\n\n") == []


# --- layout rules (src/newsdump/_layout.py) -----------------------------------------------------

URL = " date 2023-02-07 https://paper.example/2023/02/07/x\n"


def test_seed_layout() -> None:
    a = one(URL + "Title\nA lede.\n14:00 GMT 07.02.2023\nBody one.\nBody two.")
    assert (a.title, a.lede, a.timestamp) == ("Title", "A lede.", "14:00 GMT 07.02.2023")
    assert a.paragraphs == ("Body one.", "Body two.")


def test_two_lines_before_the_stamp_are_title_and_lede_by_position() -> None:
    # a page whose description repeats its headline; a lede that looks like a byline
    a = one(URL + "Same Words\nSame Words\n14:00 GMT 07.02.2023\nBody.")
    assert (a.title, a.lede) == ("Same Words", "Same Words")
    b = one(URL + "Von Hamburg bis Kiel: Die neue Bahn\nKurz gesagt.\n14:00 GMT 07.02.2023\nText.")
    assert b.title == "Von Hamburg bis Kiel: Die neue Bahn"


def test_repeated_title_is_set_aside() -> None:
    a = one(URL + "Tram Approved\nTram Approved\nTram Approved\nA lede.\n07.02.2023 10:00\nBody.")
    assert a.title == "Tram Approved"
    assert a.lede == "A lede."
    assert [b.kind for b in a.blocks] == ["noise", "noise", "paragraph"]


def test_site_name_line_is_set_aside() -> None:
    a = one(
        " date 2023-02-07 https://www.harbour-news.example/a\n"
        "Harbour News\nFerries Return\nCrews are back.\n14:00 GMT 07.02.2023\nBody."
    )
    assert (a.title, a.lede) == ("Ferries Return", "Crews are back.")
    assert a.blocks[0] == Block("noise", "Harbour News", rule="noise:front")


def test_byline_line() -> None:
    a = one(URL + "Ferries Return\nBy Jane Roe\nCrews are back.\n14:00 GMT 07.02.2023\nBody.")
    assert (a.title, a.lede) == ("Ferries Return", "Crews are back.")
    assert a.blocks[0] == Block("byline", "By Jane Roe")


def test_stamp_before_title() -> None:
    a = one(URL + "14:00 GMT 07.02.2023\nFerries Return\nOSLO (Wire) - Crews are back.")
    assert (a.timestamp, a.title, a.lede) == ("14:00 GMT 07.02.2023", "Ferries Return", None)


def test_no_lede() -> None:
    a = one(URL + "Ferries Return\n14:00 GMT 07.02.2023\nOSLO (Wire) - Crews are back.")
    assert (a.title, a.lede) == ("Ferries Return", None)


def test_no_timestamp() -> None:
    a = one(URL + "Ferries Return\nCrews are back.\nOSLO (Wire) - The strike is over.")
    assert (a.title, a.lede, a.timestamp, a.published) == (
        "Ferries Return",
        "Crews are back.",
        None,
        None,
    )
    [p] = [p for p in a.problems if p.code == "no-timestamp"]
    assert p.severity == "info"


def test_stamp_agreeing_with_the_header_wins_over_an_earlier_date_line() -> None:
    a = one(URL + "A Title\nJuly 11, 2011\n09:47 GMT 07.02.2023\nBody.")
    assert a.lede == "July 11, 2011"
    assert a.timestamp == "09:47 GMT 07.02.2023"
    assert a.published == dt.datetime(2023, 2, 7, 9, 47, tzinfo=UTC)


def test_repeated_iso_stamp_is_page_metadata() -> None:
    a = one(URL + "T\nL.\n2023-02-07T05:09+0000\n2023-02-07T05:09+0000\nBody.")
    assert a.timestamp == "2023-02-07T05:09+0000"
    assert a.blocks[0] == Block("noise", "2023-02-07T05:09+0000", rule="noise:front")


def test_blank_line_layout_joins_a_split_inside_a_paragraph() -> None:
    a = one(URL + "Titel\n\nEin Satz.\n\n14:00 GMT 07.02.2023\n\nDer Rat lehnte die\n"
            "Sanktionen ab.\n\nZweiter Absatz.")  # fmt: skip
    assert (a.title, a.lede) == ("Titel", "Ein Satz.")
    assert a.paragraphs == ("Der Rat lehnte die Sanktionen ab.", "Zweiter Absatz.")


def test_front_fields_are_raw_body_blocks_are_stripped() -> None:
    a = one(URL + "Title  \nA lede. \n14:00 GMT 07.02.2023\n   Body.   ")
    assert (a.title, a.lede) == ("Title  ", "A lede. ")
    assert a.paragraphs == ("Body.",)


def test_repair_false_keeps_lines() -> None:
    a = one(URL + "T\nL.\n14:00 GMT 07.02.2023\nopposed any sanctions\nagainst Moscow.",
            repair=False)  # fmt: skip
    assert a.paragraphs == ("opposed any sanctions", "against Moscow.")


# --- problems and strict mode -------------------------------------------------------------------


def test_missing_header_date_position_and_message() -> None:
    rec = "Title\nA lede.\n14:00 GMT 07.02.2023\nBody.\n"
    text = (URL + rec) * 2 + " date https://paper.example/3\n" + rec
    third = newsdump.parse(text)[2]
    [p] = [p for p in third.problems if p.code == "missing-header-date"]
    assert (p.line, p.column, p.severity) == (11, 2, "error")
    with pytest.raises(newsdump.DumpError) as info:
        newsdump.parse(text, strict=True)
    err = info.value
    assert (err.code, err.record, err.line, err.column, err.path) == (
        "missing-header-date",
        3,
        11,
        2,
        None,
    )
    assert str(err).splitlines() == [
        "missing header date (record 3, line 11, column 2)",
        "     date https://paper.example/3",
        "     ^^^^",
    ]


def test_bad_header_date() -> None:
    with pytest.raises(newsdump.DumpError) as info:
        newsdump.parse(" date 2023-02-30 https://a.example/x\nT", strict=True)
    assert (info.value.code, info.value.line, info.value.column) == ("bad-header-date", 1, 7)
    a = one(" date 2023-02-30 https://a.example/x\nT")
    assert a.date is None
    assert a.url == "https://a.example/x"


def test_impossible_timestamp_is_an_error() -> None:
    text = URL + "T\nL.\n14:00 GMT 30.02.2023\nBody."
    a = one(text)
    [p] = [p for p in a.problems if p.code == "bad-timestamp"]
    assert (p.line, p.column, p.severity) == (4, 11, "error")
    assert a.timestamp == "14:00 GMT 30.02.2023"
    assert a.published is None
    with pytest.raises(newsdump.DumpError, match="impossible"):
        newsdump.parse(text, strict=True)


def test_nul_character() -> None:
    text = URL + "T\nL.\n14:00 GMT 07.02.2023\nBo\x00dy."
    [p] = [p for p in one(text).problems if p.code == "nul-character"]
    assert (p.line, p.column) == (5, 3)
    with pytest.raises(newsdump.DumpError) as info:
        newsdump.parse(text, strict=True)
    assert (info.value.line, info.value.column) == (5, 3)


def test_invalid_utf8_through_read() -> None:
    import io

    data = (URL + "T\nL.\n14:00 GMT 07.02.2023\nCaf").encode() + b"\xe9 au lait."
    [a] = newsdump.read(io.BytesIO(data))
    [p] = [p for p in a.problems if p.code == "invalid-utf8"]
    assert (p.line, p.column) == (5, 4)
    assert "\ufffd" in a.text
    with pytest.raises(newsdump.DumpError) as info:
        list(newsdump.read(io.BytesIO(data), strict=True))
    assert (info.value.code, info.value.record) == ("invalid-utf8", 1)


def test_date_disagrees_is_a_warning_only() -> None:
    text = " date 2023-02-08 https://a.example/x\nT\nL.\n14:00 GMT 07.02.2023\nBody."
    a = one(text, strict=True)
    [p] = [p for p in a.problems if p.code == "date-disagrees"]
    assert (p.line, p.column, p.severity) == (1, 7, "warning")


def test_problems_are_sorted_by_position() -> None:
    a = one(" date 2023-02-30\nT\nB\x00ody.")
    assert [(p.line, p.column) for p in a.problems] == sorted(
        (p.line, p.column) for p in a.problems
    )


def test_dump_error_is_a_value_error_and_pickles() -> None:
    import pickle

    err = newsdump.DumpError("missing header date", path="x.txt", record=3, line=41, column=2)
    assert isinstance(err, ValueError)
    assert str(err) == "missing header date (x.txt: record 3, line 41, column 2)"
    again = pickle.loads(pickle.dumps(err))
    assert (again.path, again.record, again.line, again.column) == ("x.txt", 3, 41, 2)


# --- what parse() is given (issue 15, item 11) ----------------------------------------------------


def test_bytes_say_to_decode_or_read() -> None:
    data = (URL + "Titel\nText.").encode()
    for given in (data, bytearray(data), memoryview(data)):
        with pytest.raises(TypeError, match=r"decode.*newsdump\.read\(io\.BytesIO"):
            newsdump.parse(given)  # type: ignore[arg-type]


def test_a_path_object_or_a_stream_says_to_read(tmp_path: Path) -> None:
    import io

    with pytest.raises(TypeError, match=r"newsdump\.read\(path\)"):
        newsdump.parse(tmp_path / "dump.txt")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"newsdump\.read\(stream\)"):
        newsdump.parse(io.StringIO(URL))  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="not int"):
        newsdump.parse(3)  # type: ignore[arg-type]


def test_the_name_of_an_existing_file_warns_and_is_parsed_as_text(tmp_path: Path) -> None:
    path = tmp_path / "2023-02-07-news"  # no dump suffix: found because the file exists
    path.write_text(URL + "Titel\nText.", encoding="utf-8")
    with pytest.warns(UserWarning, match=r"looks like a file name.*newsdump\.read\("):
        [a] = newsdump.parse(str(path))
    assert a.title == str(path)  # text is text: nothing is lost, nothing is read
    assert "no-header" in codes(a)


@pytest.mark.parametrize(
    "name", ["dump.txt", "  archive/2023-02.dump\n", "feeds.txt.gz", "https://x.example/a.XZ"]
)
def test_a_dump_file_name_warns(name: str) -> None:
    with pytest.warns(UserWarning, match="newsdump.read"):
        [a] = newsdump.parse(name)
    assert name.strip() in json.dumps(a.to_dict())  # kept, as some field or block


@pytest.mark.parametrize(
    "text",
    [
        "https://news.example/2020/story.html",  # the header-less variant: a page address
        "Storm",
        "See notes.txt",  # a sentence, not a name
        "notes.txt\nmore text",  # two lines
        URL + "dump.txt",
        "\x00\x00\ufeff.gz",  # a NUL: no file name holds one (a fuzzer's draw)
    ],
)
def test_text_that_is_no_file_name_parses_without_a_warning(text: str) -> None:
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert newsdump.parse(text)


# --- writer round trip and the model ------------------------------------------------------------

HAND_BUILT = [
    Article(
        url="https://paper.example/2023/02/07/ferries",
        title="Ferries Return",
        lede="Crews went back to work on Tuesday.",
        timestamp="14:00 GMT 07.02.2023 (Updated: 14:33 GMT 07.02.2023)",
        date=dt.date(2023, 2, 7),
        date_precision="day",
        published=dt.datetime(2023, 2, 7, 14, 0, tzinfo=UTC),
        updated=dt.datetime(2023, 2, 7, 14, 33, tzinfo=UTC),
        blocks=[
            Block("paragraph", "OSLO (Wire) - Crews went back to work."),
            Block("paragraph", "The strike lasted nine days."),
        ],
    ),
    Article(
        label="Politik",
        title="Neuer Radweg",
        timestamp="14. Januar 2020, 9:21 Uhr",
        date=dt.date(2020, 1, 14),
        date_precision="day",
        published=dt.datetime(2020, 1, 14, 9, 21),
        blocks=[Block("paragraph", "Der Stadtrat hat den Bau beschlossen.")],
    ),
    Article(
        url="https://gazeta.example/2023/07/x",
        title="Новый мост открыт",
        lede="Движение запущено в понедельник.",
        date=dt.date(2023, 7, 1),
        date_precision="month",
        blocks=[Block("paragraph", "Мост соединил два берега реки.")],
    ),
    Article(
        label="site.example",
        title="Library Extends Hours",
        timestamp="2016年10月14日07:17",
        date=dt.date(2016, 1, 1),
        date_precision="year",
        published=dt.datetime(2016, 10, 14, 7, 17),
        blocks=[Block("paragraph", "图书馆延长开放时间。")],
    ),
]


@pytest.mark.parametrize("article", HAND_BUILT, ids=lambda a: str(a.title))
def test_dumps_parse_round_trip(article: newsdump.Article) -> None:
    text = newsdump.dumps(article)
    assert newsdump.parse(text) == [article]
    assert newsdump.parse(text, strict=True) == [article]


def test_dump_many_round_trip(tmp_path: object) -> None:
    import io

    buf = io.StringIO()
    newsdump.dump(HAND_BUILT, buf)
    assert newsdump.parse(buf.getvalue()) == HAND_BUILT


def test_canonical_layout() -> None:
    assert newsdump.dumps(HAND_BUILT[0]).split("\n") == [
        " date 2023-02-07 https://paper.example/2023/02/07/ferries",
        "Ferries Return",
        "Crews went back to work on Tuesday.",
        "14:00 GMT 07.02.2023 (Updated: 14:33 GMT 07.02.2023)",
        "",
        "OSLO (Wire) - Crews went back to work.",
        "",
        "The strike lasted nine days.",
    ]


@pytest.mark.parametrize("article", HAND_BUILT, ids=lambda a: str(a.title))
def test_to_dict_from_dict_through_json(article: newsdump.Article) -> None:
    parsed = newsdump.parse(newsdump.dumps(article))[0]
    for a in (article, parsed):
        data = json.loads(json.dumps(a.to_dict()))
        back = Article.from_dict(data)
        assert back == a
        assert back.problems == a.problems
        assert back.source == a.source
        assert back.repairs == a.repairs


def test_paragraphs_and_text() -> None:
    a = Article(
        blocks=[
            Block("noise", "Share"),
            Block("paragraph", "One."),
            Block("byline", "By Jane Roe"),
            Block("paragraph", "Two."),
        ]
    )
    assert a.paragraphs == ("One.", "Two.")
    assert a.text == "One.\n\nTwo."
    assert Article().text == ""


def test_equality_ignores_provenance() -> None:
    a = one(URL + "T\nL.\n14:00 GMT 07.02.2023\nBody.")
    b = Article.from_dict({**a.to_dict(), "source": None, "problems": [], "repairs": []})
    assert a == b


# --- probable links from the repair's joins ------------------------------------------------


def _one(body: str) -> Any:
    [article] = newsdump.parse(" date 2023-02-07 Example\nTitle\nLede.\n10:00 07.02.2023\n" + body)
    return article


def test_join_after_a_link_is_a_probable_link_end() -> None:
    a = _one("They oppose any sanctions\nagainst the country.")
    [link] = a.links
    text = a.blocks[link.block].text
    assert text[: link.end] == "They oppose any sanctions"
    assert link.start == link.end  # the start of a link is unknown in this shape
    assert link.text == ""
    assert link.href is None


def test_a_line_joined_at_both_ends_is_taken_whole() -> None:
    a = _one("He held talks with\nMilena Dortkov\nin Moscow.")
    assert a.paragraphs == ("He held talks with Milena Dortkov in Moscow.",)
    [link] = a.links  # the break before the link is not reported as a link end
    assert link.text == "Milena Dortkov"
    assert a.blocks[link.block].text[link.start : link.end] == "Milena Dortkov"


def test_no_joins_no_links() -> None:
    a = _one("Первый абзац закончен.\nВторой абзац тоже.")
    assert a.links == ()
    assert len(a.paragraphs) == 2


def test_one_date_disagreement_is_reported_once() -> None:
    [a] = newsdump.parse(" date 2022-10-20 Example\nTitle\nLede.\n10:00 22.10.2022\nBody.")
    assert [p.code for p in a.problems].count("date-disagrees") == 1


def test_an_invalid_header_date_is_kept_as_noise() -> None:
    [a] = newsdump.parse(" date 2023-13-45 https://example.org/a\nTitle\nBody text here.")
    assert a.date is None
    assert a.url == "https://example.org/a"
    assert [(b.kind, b.text) for b in a.blocks if b.kind == "noise"] == [("noise", "2023-13-45")]
    [p] = [p for p in a.problems if p.code == "bad-header-date"]
    assert (p.line, p.column) == (1, 7)


# --- the package's shape ------------------------------------------------------------------------


def package_imports() -> dict[str, set[str]]:
    """Module → the package modules it imports (at module level or inside functions; imports
    under ``if TYPE_CHECKING:`` run at no time and are left out)."""
    import ast

    from tests.target import ROOT

    graph: dict[str, set[str]] = {}
    for path in sorted((ROOT / "src" / "newsdump").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        typing_only = {
            id(node)
            for block in ast.walk(tree)
            if isinstance(block, ast.If) and "TYPE_CHECKING" in ast.unparse(block.test)
            for node in ast.walk(block)
        }
        graph[path.stem] = {
            name
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and node.level == 1 and id(node) not in typing_only
            for name in ([node.module] if node.module else [a.name for a in node.names])
        }
    return graph


def test_no_import_cycle() -> None:
    graph = package_imports()
    assert {"_parse", "_article", "_fields", "_body", "_problems"} <= set(graph)
    done: set[str] = set()

    def visit(module: str, path: tuple[str, ...]) -> None:
        assert module not in path, " → ".join((*path, module))
        if module in done or module not in graph:
            return
        for imported in graph[module]:
            visit(imported, (*path, module))
        done.add(module)

    for module in graph:
        visit(module, ())
