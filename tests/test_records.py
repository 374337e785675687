"""Records: where one ends and the next begins (src/newsdump/_records.py).

A bare header line (`` date`` alone, no date and no URL) is decided from its neighbours: a link
whose text is ``date`` can stand alone on a body line (issue #21), and it must not cut the
article in two.
"""

from __future__ import annotations

import io
from typing import IO, cast

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.property.helpers import TextTrickle, Trickle, everything
from tests.target import newsdump, private
from tests.target import strategies as S

match_header = private("_header").match_header

_STOPS = ".!?…。！？"
_CLOSERS = "\"'”’»)]"


def _count(text: str) -> int:
    return len(newsdump.parse(text))


# --- the bare header, decided from its neighbours ---------------------------------------------

FINISHED_RECORD = (
    " date 2023-03-01 https://valley-post.example/2023/03/01/bridge\n"
    "Bridge Reopens After Repairs\n"
    "The bridge over the river reopened to traffic on Wednesday."
)


def test_bare_header_after_a_finished_record_starts_a_new_one() -> None:
    text = FINISHED_RECORD + "\n date\nSchool Roof Repaired\nThe roof was fixed over the summer."
    first, second = newsdump.parse(text)
    assert first.paragraphs == ("The bridge over the river reopened to traffic on Wednesday.",)
    assert second.title == "School Roof Repaired"
    assert second.paragraphs == ("The roof was fixed over the summer.",)
    assert second.source is not None
    assert second.source.first_line == 4
    assert "missing-header-date" in [p.code for p in second.problems]


@pytest.mark.parametrize(
    "before",
    ["", "\n", "Die Sitzung endete.\n", "He left early.”\n", " date 2023-01-05 x.example\n"],
    ids=["start", "blank", "finished", "finished-quote", "header"],
)
def test_bare_header_where_a_record_may_start(before: str) -> None:
    text = before + "date\nNeue Brücke eröffnet\nDie Brücke ist seit Montag offen."
    articles = newsdump.parse(text)
    assert articles[-1].title == "Neue Brücke eröffnet"
    assert len(articles) == (1 if before in ("", "\n") else 2)


@pytest.mark.parametrize(
    "text",
    [
        "It is impossible to give the exact\ndate\nwhen the borders will open.",
        # a capitalised word after it: still inside the sentence begun on the line before
        "Talks on the\ndate\nMoscow proposed ended without a deal.",
        # after a finished sentence, the next line continues one
        "The vote was set.\ndate\nand place were kept secret.",
        "Nobody knew the\n date \n, not even the mayor.",
        "部长表示\ndate\n会谈将在下周举行。",
    ],
    ids=["lower-after", "capital-after", "finished-then-lower", "blanks-then-comma", "zh"],
)
def test_date_line_inside_a_sentence_is_text(text: str) -> None:
    head = " date 2023-03-01 https://valley-post.example/a\nTitle\n\n"
    [article] = newsdump.parse(head + text)
    assert "date" in " ".join(b.text for b in article.blocks)
    assert all(p.code != "missing-header-date" for p in article.problems)
    assert newsdump.parse(head + text, strict=True) == [article]


def test_date_line_joined_back_into_its_sentence() -> None:
    head = " date 2023-03-01 https://valley-post.example/a\nTitle\n\n"
    body = "It is impossible to give the exact\ndate\nwhen the borders will open."
    [article] = newsdump.parse(head + body)
    want = "It is impossible to give the exact date when the borders will open."
    assert article.paragraphs == (want,)


def test_bare_header_at_the_end_after_a_finished_sentence() -> None:
    # nothing follows it, so nothing continues a sentence: an (empty) record of its own
    articles = newsdump.parse(FINISHED_RECORD + "\ndate")
    assert len(articles) == 2
    assert articles[1].title is None
    assert not articles[1].blocks


@pytest.mark.parametrize("k", range(1, 40))
def test_decision_does_not_depend_on_where_the_stream_is_cut(k: int) -> None:
    # the bare line is the last line of a run for some chunk sizes: the decision then waits
    # for the next item
    texts = [
        FINISHED_RECORD + "\ndate\nSchool Roof Repaired\nIt was fixed.",
        FINISHED_RECORD + "\ndate\nwhen it was fixed.\n",
        FINISHED_RECORD + "\r\ndate\r\n\r\nwhen\rdate\r\nX\n",
        "Der Rat hat den\ndate\nverschoben.\ndate\n",
    ]
    for text in texts:
        expected = everything(newsdump.parse(text))
        assert everything(newsdump.read(cast(IO[str], TextTrickle(text, k)))) == expected
        data = text.encode("utf-8")
        assert everything(newsdump.read(cast(IO[bytes], Trickle(data, k)))) == expected


# --- properties --------------------------------------------------------------------------------

DATE_LINES = st.sampled_from(["date", "Date", "date:", " date", "date ", "  date\t"])


def _ends_sentence(text: str) -> bool:
    text = text.rstrip().rstrip(_CLOSERS)
    return bool(text) and text[-1] in _STOPS


@st.composite
def _split_sentence(draw: st.DrawFn) -> tuple[str, str, str]:
    """(text before, left half, right half + text after): a dump whose sentence is cut in two
    halves, at a space inside one line or at a line break the scraper left."""
    text = draw(S.dump_records(line_end="\n"))
    lines = text.split("\n")
    cuts: list[tuple[int, int]] = []  # (line, position in it): position -1 is the line's end
    for i, line in enumerate(lines):
        if not line.strip() or match_header(line) is not None:
            continue
        if not _ends_sentence(line) and i + 1 < len(lines) and lines[i + 1].strip():
            cuts.append((i, -1))
        for j in range(1, len(line)):
            left, right = line[:j], line[j:]
            if line[j - 1] != " " and " " in line:
                continue  # spaced text is cut at spaces only
            halves = left.strip() and right.strip() and not _ends_sentence(left)
            if halves and match_header(left) is None:
                cuts.append((i, j))
    if not cuts:
        return text, "", ""
    i, j = draw(st.sampled_from(cuts))
    if j < 0:
        return "\n".join(lines[:i]), lines[i], "\n".join(lines[i + 1 :])
    before = "\n".join(lines[:i])
    return before, lines[i][:j], "\n".join([lines[i][j:], *lines[i + 1 :]])


@given(_split_sentence(), DATE_LINES)
def test_a_date_line_between_two_halves_of_a_sentence_never_adds_an_article(
    parts: tuple[str, str, str], word: str
) -> None:
    before, left, right = parts
    if not left:
        return
    prefix = before + "\n" if before else ""
    halves = prefix + left + "\n" + right
    inserted = prefix + left + "\n" + word + "\n" + right
    assert _count(inserted) == _count(halves)


@st.composite
def _with_date_lines(draw: st.DrawFn) -> str:
    text = draw(S.dump_records())
    lines = text.split("\n")
    for _ in range(draw(st.integers(1, 3))):
        lines.insert(draw(st.integers(0, len(lines))), draw(DATE_LINES))
    return "\n".join(lines)


@given(_with_date_lines(), st.integers(1, 64))
def test_date_lines_streamed_equal_parsed(text: str, k: int) -> None:
    text = text.encode("utf-8", "replace").decode("utf-8")
    expected = everything(newsdump.parse(text))
    assert everything(newsdump.read(cast(IO[str], TextTrickle(text, k)))) == expected
    data = text.encode("utf-8")
    assert everything(newsdump.read(cast(IO[bytes], Trickle(data, k)))) == expected
    assert everything(newsdump.read(io.BytesIO(data))) == expected
