"""The front's fast paths of the thirteenth session (issue #16) answer as the slow ones did:
`_lines.crlf_lines` decides a text with CRs as the counts of CR and CRLF did, and cuts its
lines where the splitter cut them; `split_records` counts a record's characters from
positions; the stamp tokenizer matches the spaces before a token with it."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Final

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from tests.target import SHARED, private

lines_mod = private("_lines")

CORPUS: Final = SHARED / "corpus"
_SPACES_PREFIX: Final = (
    "\\s*  # the spaces before a token, in its match (one match a token, not two: issue #16)\n"
    "    (?:\n"
)

# the characters that decide: CR, LF, NUL, the breaks `str.splitlines` knows besides them
_BREAKY = st.text(alphabet="ab \r\n\x00\x0c\x1c\x85\u2028é", max_size=40)


def _slow_lines(buf: str) -> list[str] | None:
    """The decision and the cut before `crlf_lines` (`_Splitter._clean` and `_fast`): no lone
    CR (by the counts) gives the complete lines, cut by `splitlines` when no other break
    character stands in them, else by replacing CRLF and splitting at LF."""
    lone = buf.count("\r") - buf.count("\r\n") - buf.endswith("\r")
    if lone:
        return None
    end = buf.rfind("\n") + 1
    run = buf[:end]
    if any(c in run for c in lines_mod._OTHER_BREAKS):
        pieces = run.replace("\r\n", "\n").split("\n")
        pieces.pop()
        return pieces
    return run.splitlines()


@given(_BREAKY)
@example("a\r\nb\nc\r")
@example("a\rb\n")
@example("a\n\rb")
@example("\r")
@example("a\r\n\x0cb\r\n")
def test_crlf_lines_decide_and_cut_as_the_counts_did(buf: str) -> None:
    fast = lines_mod.crlf_lines(buf)
    slow = _slow_lines(buf)
    if fast is None:
        # turned down: a lone CR, or another break character the slow path cuts around
        other = any(c in buf[: buf.rfind("\n") + 1] for c in lines_mod._OTHER_BREAKS)
        assert slow is None or other
    else:
        assert fast == slow


@given(st.lists(st.text(alphabet="ab é\r\x00", max_size=8), max_size=8), st.booleans())
def test_text_with_crs_is_cut_at_the_same_lines_as_text_lines(
    pieces: list[str], final: bool
) -> None:
    text = "\r\n".join(pieces) + ("\r\n" if final else "")
    items = list(lines_mod.as_lines(lines_mod.text_items(text)))
    slow = list(lines_mod._Splitter()._slow(text, ()))  # line by line, the reference
    assert [(x.text, x.number, x.offset, x.bad) for x in items][: len(slow)] == [
        (x.text, x.number, x.offset, x.bad) for x in slow
    ]


@given(
    st.lists(st.text(alphabet="ab é\x0c\u2028", max_size=6), min_size=1, max_size=8),
    st.lists(st.booleans(), min_size=8, max_size=8),
)
def test_a_runs_characters_between_two_lines_are_their_positions_less_the_line_ends(
    pieces: list[str], crlf_ends: list[bool]
) -> None:
    """`split_records` counts a record's characters from the positions of its first and last
    line in the run (less one LF a line, and the CRs of a run with CRLF ends), not by summing
    the lines' lengths."""
    text = "".join(
        p + ("\r\n" if crlf else "\n") for p, crlf in zip(pieces, crlf_ends, strict=False)
    )
    runs = [item for item in lines_mod.text_items(text) if isinstance(item, lines_mod.Run)]
    assert len(runs) == 1
    run = runs[0]
    starts = [0]
    for line in run.lines:
        starts.append(run.text.index("\n", starts[-1]) + 1)
        assert line in run.text[starts[-2] : starts[-1]]
    for a in range(len(run.lines)):
        for b in range(a + 1, len(run.lines) + 1):
            chars = starts[b] - starts[a] - (b - a)
            if run.crlf:
                chars -= run.text.count("\r", starts[a], starts[b])
            assert chars == sum(map(len, run.lines[a:b]))


tokens_mod = private("_timestamp_tokens")

# the tokenizer's pattern before the spaces went into each token's match: a space a token
_OLD_TOKEN: Final = re.compile(
    tokens_mod._TOKEN.pattern.replace(_SPACES_PREFIX, "", 1).rstrip().removesuffix(")"),
    re.VERBOSE,
)


def _old_tokenize(line: str) -> list[Any] | None:
    """`_timestamp_tokens._tokenize` as it was: one match a space, and one a token."""
    tok_type = tokens_mod._Tok
    toks: list[Any] = []
    pos, end = 0, len(line)
    while pos < end:
        m = _OLD_TOKEN.match(line, pos)
        if m is None:
            return None
        kind = m.lastgroup
        start, pos = pos, m.end()
        if kind == "word":
            marker = tokens_mod._ARABIC_MARKERS.get(m[0])
            if marker is not None:
                last = toks[-1] if toks else None
                if last is not None and last.code == "T" and not last.extra:
                    toks[-1] = last._replace(extra=marker)
                    continue
                if last is not None and last.code in "YD" and marker == "p":
                    continue
                return None
            tok = tokens_mod._word(m[0], start)
            if tok is None:
                return None
            if tok.code:
                toks.append(tok)
        elif kind == "num":
            digits = m["num"]
            if len(digits) <= 2:
                toks.append(tok_type("N", start, (int(digits),)))
            elif len(digits) == 4 and m.end("num") == pos:
                toks.append(tok_type("Y", start, (int(digits),), digits))
            else:
                return None
        elif kind == "cjkt":
            toks.append(tok_type("T", start, (int(m["ch"]), int(m["cmi"]), 0)))
        elif kind == "time":
            ap = (m["ap"] or "").lower()
            toks.append(tok_type("T", start, (int(m["h"]), int(m["mi"]), int(m["s"] or 0)), ap))
            if m["off"]:
                toks.append(tok_type("Z", m.start("off"), (tokens_mod._offset(m["off"]),)))
        elif kind == "dmy":
            toks.append(tok_type("D", start, (int(m["a2"]), int(m["b2"]), int(m["y2"])), m["s2"]))
        elif kind == "ymd":
            toks.append(tok_type("D", start, (int(m["y1"]), int(m["m1"]), int(m["d1"])), "ymd"))
        elif kind == "cjk":
            toks.append(tok_type("D", start, (int(m["cy"]), int(m["cm"]), int(m["cd"])), "ymd"))
        elif kind == "soff":
            toks.append(tok_type("Z", start, (tokens_mod._offset(m[0]),)))
        elif kind == "hap":
            toks.append(tok_type("T", start, (int(m["h2"]), 0, 0), m["ap2"].lower()))
        elif kind == "uoff":
            minutes = int(m["oh"]) * 60 + int(m["om"] or 0)
            if minutes > 14 * 60 or int(m["om"] or 0) >= 60:
                minutes = tokens_mod._BAD_OFFSET
            toks.append(tok_type("Z", start, (-minutes if m["sign"] in "-−" else minutes,)))
    return toks


def test_the_old_pattern_is_the_new_one_without_the_spaces_before_a_token() -> None:
    assert _SPACES_PREFIX in tokens_mod._TOKEN.pattern
    assert _OLD_TOKEN.pattern.lstrip().startswith("(?P<space>")
    assert _OLD_TOKEN.groupindex.keys() == tokens_mod._TOKEN.groupindex.keys()


# stamp material and what is not: digits, the separators, words the tokenizer knows (months,
# zones, labels, fillers, the Arabic markers), other letters, spaces of several kinds
_STAMPISH: Final = st.lists(
    st.sampled_from(
        (
            *(" ", "  ", "\t", "\u00a0", ",", ".", ":", "-", "/", "|", "(", ")", "+", "−", "T"),
            *("Z", "0", "1", "2", "7", "12", "31", "2023", "0339", "14:00", "9.05", "12h55"),
            *("08:21am", "GMT", "UTC", "ET", "Jan", "März", "avril", "февраля", "Updated"),
            *("Published", "am", "pm", "p.m.", "Uhr", "à", "de", "Mon", "ص", "م", "年", "月"),
            *("日", "時", "分", "st", "th", "x", "Rain", "é"),
        )
    ),
    max_size=14,
).map("".join)


@given(_STAMPISH)
@example("14:00 GMT 07.02.2023")
@example("10:20 م")
@example("2023 م ")
@example("12 Aug 2021 09:40 GMT  ")
@example(" \t")
def test_tokens_are_the_old_tokenizers(line: str) -> None:
    assert tokens_mod._tokenize(line) == _old_tokenize(line)


@given(st.text(max_size=30))
def test_tokens_of_any_text_are_the_old_tokenizers(line: str) -> None:
    assert tokens_mod._tokenize(line) == _old_tokenize(line)


def test_tokens_of_every_short_corpus_line_are_the_old_tokenizers() -> None:
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is absent")
    total = 0
    for path in sorted(CORPUS.rglob("*.txt"))[::3]:
        text = path.read_text(encoding="utf-8", errors="surrogateescape")
        for raw in text.splitlines()[:12]:  # (the front: the lines read as stamps)
            line = raw.strip()
            if line and len(line) <= 120:
                total += 1
                assert tokens_mod._tokenize(line) == _old_tokenize(line), line
    assert total > 5_000


layout_mod = private("_layout")
_DAYS: Final = st.dates(min_value=dt.date(2015, 1, 1), max_value=dt.date(2025, 12, 31))
_WHEN: Final = st.one_of(st.none(), st.datetimes(min_value=dt.datetime(2015, 1, 1)))


@given(_WHEN, _WHEN, st.lists(_DAYS, max_size=3))
@example(dt.datetime(2023, 2, 7, 10), None, [dt.date(2023, 2, 8)])
@example(dt.datetime(2023, 2, 7, 10), None, [dt.date(2023, 2, 9), dt.date(2023, 2, 6)])
@example(None, dt.datetime(2023, 2, 7, 10), [dt.date(2023, 2, 9), dt.date(2023, 2, 5)])
@example(None, None, [dt.date(2023, 2, 7)])
def test_agrees_is_the_old_expression(
    published: dt.datetime | None, updated: dt.datetime | None, evidence: list[dt.date]
) -> None:
    stamp = private("_timestamps").Stamp(published, updated, "T")
    days = [d.date() for d in (published, updated) if d is not None]
    old = any(abs(day - e) <= dt.timedelta(days=1) for day in days for e in evidence)
    assert layout_mod._agrees(stamp, evidence) is old
