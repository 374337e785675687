"""What the properties share: the input's lines, the characters an article keeps."""

from __future__ import annotations

import io
import re
from collections import Counter
from collections.abc import Iterable

from tests.target import newsdump, private

match_header = private("_header").match_header

_BREAK = re.compile(r"\r\n|\r|\n")
_HEAD = re.compile(r"[ \t]{0,3}date(?:[ \t]+\d{4}(?:-\d{1,2}(?:-\d{1,2})?)?(?![\w-]))?")


def input_lines(text: str) -> list[str]:
    """The input's lines as the format defines them (CR, LF, CRLF; a leading BOM is not text)."""
    return _BREAK.split(text.removeprefix("\ufeff"))


def kept_chars(articles: Iterable[newsdump.Article]) -> Counter[str]:
    """Non-whitespace characters of every content field of ``articles``."""
    out: Counter[str] = Counter()
    for a in articles:
        for field in (a.url, a.label, a.title, a.lede, a.timestamp):
            if field:
                out.update(ch for ch in field if not ch.isspace())
        for b in a.blocks:
            out.update(ch for ch in b.text if not ch.isspace())
    return out


def input_chars(text: str, articles: Iterable[newsdump.Article]) -> Counter[str]:
    """Non-whitespace characters of ``text`` minus what ``date``/``date_precision`` stand for:
    the ``date`` keyword and date token of each record's header line.  A date token that is no
    calendar date cannot be held by ``date``; it is kept as a noise block, so it is counted."""
    lines = input_lines(text)
    for a in articles:
        assert a.source is not None
        n = a.source.first_line - 1
        if match_header(lines[n]) is None:
            continue  # a record without a header (or the rest of one cut for size)
        m = _HEAD.match(lines[n])
        assert m is not None, lines[n]
        invalid = a.date is None and match_header(lines[n]).date_text is not None
        lines[n] = (match_header(lines[n]).date_text or "") * invalid + lines[n][m.end() :]
    return Counter(ch for line in lines for ch in line if not ch.isspace())


def assert_positions(text: str, problems: Iterable[tuple[int, int]]) -> None:
    """Every (line, column) is a real line of ``text`` and a column in it (or just past its
    end)."""
    lines = input_lines(text)
    for line, column in problems:
        assert 1 <= line <= len(lines), (line, column, len(lines))
        assert 1 <= column <= len(lines[line - 1]) + 1, (line, column, lines[line - 1][:80])


def everything(articles: Iterable[newsdump.Article]) -> list[dict[str, object]]:
    """Articles with their provenance (source, problems, repairs): what ``==`` leaves out."""
    return [a.to_dict() for a in articles]


class Trickle(io.RawIOBase):
    """A binary stream that returns at most ``k`` bytes per call (``read``, ``readinto``,
    ``readline``), like a pipe or a socket."""

    def __init__(self, data: bytes, k: int) -> None:
        self._data = data
        self._pos = 0
        self._k = k

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        n = min(len(buffer), self._k, len(self._data) - self._pos)
        buffer[:n] = self._data[self._pos : self._pos + n]
        self._pos += n
        return n

    def readline(self, size: int | None = -1) -> bytes:
        limit = self._k if size is None or size < 0 else min(size, self._k)
        end = self._data.find(b"\n", self._pos, self._pos + limit)
        stop = min(self._pos + limit, len(self._data)) if end < 0 else end + 1
        out = self._data[self._pos : stop]
        self._pos = stop
        return out


class TextTrickle(io.TextIOBase):
    """A text stream whose ``read`` returns at most ``k`` characters."""

    def __init__(self, text: str, k: int) -> None:
        self._text = text
        self._pos = 0
        self._k = k

    def readable(self) -> bool:
        return True

    def read(self, size: int | None = -1) -> str:
        limit = self._k if size is None or size < 0 else min(size, self._k)
        out = self._text[self._pos : self._pos + limit]
        self._pos += len(out)
        return out
