"""The body element → blocks and links: block elements and ``<br>`` end a block, the page's own
text with each whitespace run one space, kinds (heading, list item, caption, byline), and page
furniture kept as ``noise`` blocks."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from typing import Any, Final, NamedTuple
from urllib.parse import urljoin

from ._html_boilerplate import _boilerplate
from ._html_elements import (
    _BLOCK_TAGS,
    _START,
    _TEXT,
    _class_words,
    _dropped,
    _negative,
    _walk,
)
from ._html_survey import _Stats
from ._html_trafilatura import _kept
from ._model import Block, BlockKind, Link

_KINDS: Final[dict[str, BlockKind]] = {
    **{f"h{i}": "heading" for i in range(1, 7)},
    "li": "list-item",
    "figcaption": "caption",
    "caption": "caption",
    "figure": "caption",  # a photo's credit and caption, wherever in the figure
}

_BULLET: Final = re.compile(r"[•·▪►▶■□◆◇✓✔➤*]|(?:\d{1,3}|[a-z])\)\Z")
"""A list item that already starts with its marker gets no other."""

_REPEATS: Final = 3
_REPEAT_SHORT: Final = 120
"""A block of fewer characters whose exact text comes back this many times in the body is a
label of the page's furniture (a gallery's title on every slide, a "hide caption" button): an
article does not say the same sentence three times."""
_REPEATABLE: Final[frozenset[BlockKind]] = frozenset({"paragraph", "list-item", "caption"})
"""The kinds a repeat sets aside (a heading repeated is a section title, not a label)."""

_CAPTION_MAX: Final = 400
"""Characters an element with a caption class holds at most to be a caption: captions run to
two or three sentences; a container that long with such a class is more than a caption."""

_KEEP_SHARE: Final = 0.5
"""An element whose class names furniture (share, related, ad …) is still read as body when it
holds this share of the body's prose: the class is a hint, the text decides."""


class _Frame(NamedTuple):
    """An open block element: the kind, list marker and ``pre`` flag its text gets."""

    kind: BlockKind | None
    marker: str
    pre: bool
    h1: bool
    noise: bool  # in page furniture: a share bar, a comment section, a form, a hidden element


_ROOT_FRAME: Final = _Frame(None, "", False, False, False)


class _Builder:
    """Turns the events below one element into blocks and links (linear in the events)."""

    def __init__(
        self,
        url: str | None,
        stats: dict[int, _Stats] | None = None,
        prose: int = 0,
        keep: frozenset[str] | None = None,
    ) -> None:
        self.url = url
        self.keep = keep  # the words of another extractor's article: it decides what is noise
        self.stats = stats  # the survey's, to weigh a furniture class against the text
        self.prose = prose  # the body's prose (characters)
        self.link_chars = 0  # of the block being built, in links
        self.blocks: list[Block] = []
        self.links: list[Link] = []
        self.parts: list[str] = []
        self.size = 0
        # the whitespace run before the next word: none, a space, or a source line break that a
        # browser removes between two East Asian wide characters (CSS Text 3, segment breaks)
        self.pending: _Gap = _NO_GAP
        self.frame = _ROOT_FRAME  # the innermost open block element, for the block being built
        self.frames: list[_Frame] = [_ROOT_FRAME]
        self.opened: set[int] = set()  # ids of the open elements that opened a frame
        self.lists: list[list[int]] = []  # per open list: [next number] (ol) or [] (ul)
        # the open <a> (browsers close an <a> when another opens: never more than one)
        self.anchor: Any = None
        self.anchor_href: str | None = None
        self.anchor_start = -1
        self.block_links: list[tuple[str | None, int, int]] = []
        self.title: str | None = None
        self.seen_text = False

    def run(self, root: Any, *, title: str | None = None) -> _Builder:
        self.title = title
        for event, node in _walk(root, skip="silent"):
            if event == _TEXT:
                if self.frames[-1].pre and "\n" in node:
                    for i, line in enumerate(node.split("\n")):
                        if i:
                            self.flush()
                        self.words(line)
                else:
                    self.words(node)
                continue
            name = node.name
            if name == "a":
                if event == _START:
                    self.close_anchor()
                    self.anchor, self.anchor_href = node, self.href(node.get("href"))
                elif node is self.anchor:
                    self.close_anchor()
            elif name == "br" or name == "hr":
                if event == _START:
                    self.flush()
            elif event == _START:
                # a block element, a byline, or furniture (an inline one too, unless it is
                # already inside furniture) opens a block of its own
                if (
                    name in _BLOCK_TAGS
                    or self.byline(node)
                    or (not self.frames[-1].noise and self.noisy(node))
                ):
                    self.flush()
                    self.opened.add(id(node))
                    self.frames.append(self.open(node))
                    if name in ("ul", "menu", "dir"):
                        self.lists.append([])
                    elif name == "ol":
                        self.lists.append([self.start(node.get("start"))])
            elif id(node) in self.opened:
                self.opened.discard(id(node))
                self.flush()
                if len(self.frames) > 1:
                    self.frames.pop()
                if name in ("ul", "ol", "menu", "dir") and self.lists:
                    self.lists.pop()
        self.flush()
        self.set_aside_repeats()
        return self

    def set_aside_repeats(self) -> None:
        """Short paragraphs, list items and captions whose text comes `_REPEATS` times or more
        become noise (see `_REPEAT_SHORT`)."""
        counts = Counter(
            b.text for b in self.blocks if b.kind != "noise" and len(b.text) < _REPEAT_SHORT
        )
        if not counts or max(counts.values()) < _REPEATS:
            return
        self.blocks = [
            Block("noise", b.text)
            if b.kind in _REPEATABLE and counts.get(b.text, 0) >= _REPEATS
            else b
            for b in self.blocks
        ]

    # -- elements ----------------------------------------------------------------------------

    @staticmethod
    def byline(tag: Any) -> bool:
        classes = tag.get("class")
        return bool(classes) and any("byline" in c.lower() for c in classes)

    def captioned(self, tag: Any) -> bool:
        """A block element whose class names a caption (``wp-caption``, ``image-caption``,
        ``CaptionText``) and holds under `_CAPTION_MAX` characters: a photo's caption written
        without ``<figure>``."""
        if self.stats is None:
            return False
        words = _class_words(tag)
        if "caption" not in words and "figcaption" not in words:
            return False
        stats = self.stats.get(id(tag))
        return stats is not None and stats.text < _CAPTION_MAX

    def open(self, tag: Any) -> _Frame:
        """The frame of a block element: its own kind, else the kind of the block it is in."""
        name = tag.name
        outer = self.frames[-1]
        pre = outer.pre or name == "pre"
        noise = outer.noise or self.noisy(tag)
        if name == "li":
            marker = "• "
            if self.lists and self.lists[-1]:
                marker = f"{self.lists[-1][0]}) "
                self.lists[-1][0] += 1
            return _Frame("list-item", marker, pre, False, noise)
        kind = _KINDS.get(name)
        if kind is None and self.byline(tag):
            kind = "byline"
        elif kind is None and self.captioned(tag):
            kind = "caption"
        if kind is None:
            return _Frame(outer.kind, outer.marker, pre, outer.h1, noise)
        return _Frame(kind, "", pre, name == "h1", noise)

    def noisy(self, tag: Any) -> bool:
        """Page furniture inside the body: an element dropped outside it (navigation, forms,
        asides, hidden elements), or one whose class or id names a comment section, a share
        bar, related stories, a newsletter box, an advertisement … unless it holds most of the
        body's prose (a class name is a hint; the text decides)."""
        if _dropped(tag):
            return True
        words = _class_words(tag)
        if not words or not _negative(words):
            return False
        if self.stats is None or "comment" in words or "comments" in words:
            return True
        stats = self.stats.get(id(tag))
        return stats is None or stats.good < _KEEP_SHARE * self.prose

    @staticmethod
    def start(value: Any) -> int:
        try:
            return max(0, min(999, int(str(value))))
        except ValueError:
            return 1

    def href(self, value: Any) -> str | None:
        if not isinstance(value, str) or not value.strip():
            return None
        value = value.strip()
        if value.lower().startswith(("javascript:", "data:", "vbscript:")):
            return None
        return str(urljoin(self.url, value)) if self.url else value

    def close_anchor(self) -> None:
        if self.anchor is not None and 0 <= self.anchor_start < self.size:
            self.block_links.append((self.anchor_href, self.anchor_start, self.size))
        self.anchor, self.anchor_start = None, -1

    # -- text --------------------------------------------------------------------------------

    def words(self, text: str) -> None:
        """Add the page's text: each whitespace run (``&nbsp;`` and the other Unicode spaces
        too) is one space, and nothing else is changed, so no space is added or removed next to
        punctuation in any language.  The one exception is a browser's: a run of collapsible
        spaces holding a source line break between two East Asian wide characters is removed
        (``三日、⏎駅前`` reads ``三日、駅前``)."""
        if "\n" in text or "\r" in text:
            for i, piece in enumerate(_WS_RUN.split(text)):
                if i % 2:
                    self.pending = _gap(self.pending, piece)
                elif piece:
                    if self.anchor is not None:
                        self.link_chars += len(piece)
                    self.add(piece)
            return
        words = text.split()
        if not words:
            self.pending = _gap(self.pending, text)
            return
        if self.anchor is not None:
            self.link_chars += sum(map(len, words))
        if text[0].isspace():
            self.pending = _gap(self.pending, text[: len(text) - len(text.lstrip())])
        self.add(words[0])
        if len(words) > 1:
            self.put(" " + " ".join(words[1:]))
        if text[-1].isspace():
            self.pending = _gap(self.pending, text[len(text.rstrip()) :])

    def add(self, word: str) -> None:
        if not self.parts:
            self.frame = self.frames[-1]
            if self.frame.marker and not _BULLET.match(word):
                self.put(self.frame.marker)
        elif self.pending is not _NO_GAP and not (
            self.pending is _BREAK and _wide(self.parts[-1][-1]) and _wide(word[0])
        ):
            self.put(" ")
        if self.anchor is not None and self.anchor_start < 0:
            self.anchor_start = self.size
        self.put(word)
        self.pending = _NO_GAP

    def put(self, piece: str) -> None:
        self.parts.append(piece)
        self.size += len(piece)

    def flush(self) -> None:
        self.pending = _NO_GAP
        if not self.parts:
            return
        text = "".join(self.parts)
        if self.anchor is not None:  # a link that goes on into the next block
            self.close_anchor_part()
        kind = self.frame.kind or "paragraph"
        if (
            self.frame.noise
            or not any(map(str.isprintable, text))  # only format characters: a stray BOM
            or (kind in ("paragraph", "list-item") and _boilerplate(text, self.link_chars))
            or (self.keep is not None and not _kept(text, self.keep))
        ):
            kind = "noise"
        self.parts, self.size, self.link_chars = [], 0, 0
        if kind == "heading" and not self.seen_text and (self.frame.h1 or text == self.title):
            if text == self.title:
                self.block_links.clear()  # the page's headline: it is the title, not the body
                return
            kind = "noise"  # a headline that is not the title: kept, set aside
        index = len(self.blocks)
        self.blocks.append(Block(kind, text))
        if kind == "paragraph":
            self.seen_text = True
        for href, start, end in self.block_links:
            self.links.append(Link(text[start:end], href, index, start, end))
        self.block_links.clear()

    def close_anchor_part(self) -> None:
        if 0 <= self.anchor_start < self.size:
            self.block_links.append((self.anchor_href, self.anchor_start, self.size))
        self.anchor_start = -1


class _Gap(NamedTuple):
    """A kind of whitespace run between two words (compared by identity)."""

    name: str


_NO_GAP: Final = _Gap("none")
_SPACE: Final = _Gap("space")
"""Collapsible spaces (space, tab, carriage return, form feed) and no line break."""
_BREAK: Final = _Gap("break")
"""Collapsible spaces holding a line break."""
_HARD: Final = _Gap("hard")
"""A run with a space that does not collapse (``&nbsp;``, the other Unicode spaces)."""

_COLLAPSIBLE: Final = frozenset(" \t\n\r\f")
_WS_RUN: Final = re.compile(r"(\s+)")


def _gap(before: _Gap, run: str) -> _Gap:
    """The gap after adding the whitespace ``run`` to the gap ``before`` (runs split across text
    nodes are one run)."""
    if not run:
        return before
    if before is _HARD or not _COLLAPSIBLE.issuperset(run):
        return _HARD
    if before is _BREAK or "\n" in run or "\r" in run:
        return _BREAK
    return _SPACE


def _wide(ch: str) -> bool:
    """East Asian wide (F, W or H) and not Hangul: where CSS removes a source line break."""
    return (
        ch >= "\u1100"
        and unicodedata.east_asian_width(ch) in ("F", "W", "H")
        and "HANGUL" not in unicodedata.name(ch, "")
    )
