"""Finding the body: one pass over the whole page gathers its metadata and scores every element
as a holder of paragraphs (readability's way: prose for the parent in full, the grandparent in
half, less for links, more or less for what a class names); `_Survey.best` is the body."""

from __future__ import annotations

from typing import Any, Final

from ._html_elements import (
    _BLOCK_TAGS,
    _SILENT_TAGS,
    _START,
    _TEXT,
    _dropped,
    _hint,
    _names,
    _walk,
)
from ._html_meta import MAX_JSON_LD_CHARS, _http

_HEADINGS: Final = _names("h1 h2 h3 h4 h5 h6")
_SELF_HOLDERS: Final = _names("div section article main td body center")
"""Block elements whose own text (not in a ``<p>``) makes them the holder of a paragraph: a
page without ``<p>`` keeps its text in ``<div>`` or ``<td>`` cut by ``<br>``.  A ``<div>``
holding a single run of text (no ``<br>``, no block inside) is a paragraph written as a
``<div>``, and scores for its parent like a ``<p>``: a body of such divs is one holder."""

_MIN_PARAGRAPH: Final = 25
"""Characters for a run of text to count as a paragraph (readability's threshold: shorter runs
are labels, bylines, buttons)."""

_PROSE_LINKS: Final = 0.33
"""A paragraph with a larger share of its text in links is navigation or a teaser, not prose
(jusText sets its "bad" line at 0.2 for short blocks and more for long ones)."""

_PARAGRAPH_CAP: Final = 600
"""Characters a single paragraph scores at most, so that many paragraphs outweigh one wall of
text (a legal notice, a comment dump), as readability caps its length points."""

_SCHEMA_SHARE: Final = 0.25
"""``[itemprop~=articleBody]`` is taken when it holds at least this share of the prose of the
best-scoring holder: the page says where its body is, unless the element is near empty."""


_LOOSE_PROSE: Final = 80
"""Characters for a ``<p>`` (or a ``<div>`` of one run of text) beside the body to be read as
more of it (readability's sibling rule); shorter ones are bylines, datelines, labels."""

_REST_SHARE: Final = 0.1
_REST_MAX: Final = 1000
"""When the page has no navigation, header, footer, aside or form outside the body and its
other visible text is at most this share of the body's and this many characters, the whole
page is the article (a clean page, a reader view) and nothing of it is left out."""


_CLIMBS: Final = 3
_CLIMB_SHARE: Final = 0.25
_MIN_CLIMB: Final = 200
"""The body moves up to its parent when the parent holds at least this much more prose
(characters, and share of the body's own): a long read split into sibling containers, not a
sidebar blurb."""

_WRAPPERS: Final = 5
"""Ancestors that add no prose looked through on each climb: a page builder wraps each chunk of
a long read in a grid row, a grid item and a body wrapper (four levels on Condé Nast pages), so
the container holding all the chunks is that far above the one holding the first."""


class _Stats:
    """Text below one element, gathered in the survey's single pass (characters)."""

    __slots__ = (
        "breaks",
        "direct",
        "direct_links",
        "furniture",
        "good",
        "links",
        "loose",
        "score",
        "text",
    )

    def __init__(self) -> None:
        self.text = 0  # all visible text below
        self.links = 0  # of which inside <a>
        self.direct = 0  # text whose nearest block element is this one
        self.direct_links = 0
        self.good = 0  # text of the paragraphs below that read as prose (few links)
        self.score = 0.0  # as a holder of paragraphs (readability's parent / grandparent)
        self.loose = 0  # prose in <p> (and one-run <div>) children, not in a container of theirs
        self.furniture = 0  # dropped elements below (navigation, header, footer, aside, form …)
        self.breaks = 0  # <br> whose nearest block element is this one


class _Survey:
    """What one pass over the whole page finds: metadata, dates, and the body container."""

    def __init__(self, soup: Any) -> None:
        self.meta: dict[str, str] = {}
        """``<meta>`` contents by lower-cased ``property`` / ``name`` / ``itemprop``."""
        self.canonical: str | None = None
        self.json_ld: list[str] = []
        self.h1: Any = None
        self.title: Any = None
        self.itemprops: dict[str, str] = {}
        self.times: list[Any] = []
        self.article_body: Any = None
        self.body = soup.body or soup
        self.stats: dict[int, _Stats] = {}
        """By ``id`` of the element: what `_Builder` asks of a subtree it may set aside."""
        nodes: dict[int, Any] = {}
        open_stats: list[_Stats] = [_Stats()]  # one per open element (and the document)
        blocks: list[_Stats] = [open_stats[0]]  # the open block elements
        self.first_article: Any = None
        anchors = 0  # open <a> elements
        hidden = 0  # open dropped elements: their text is no body
        for event, node in _walk(soup, skip="none"):
            if event == _TEXT:
                if not hidden:
                    size = len(node.strip())
                    if size:
                        open_stats[-1].text += size
                        blocks[-1].direct += size
                        if anchors:
                            open_stats[-1].links += size
                            blocks[-1].direct_links += size
                continue
            name = node.name
            if event == _START:
                self.start(node)
                if _dropped(node):
                    hidden += 1
                if name == "a":
                    anchors += 1
                elif name == "br":
                    blocks[-1].breaks += 1
                elif name == "article" and self.first_article is None and not hidden:
                    self.first_article = node
                stats = _Stats()
                open_stats.append(stats)
                if name in _BLOCK_TAGS:
                    blocks.append(stats)
                continue
            # the end of an element: add its figures to its parent's, and score its paragraph
            furniture = _dropped(node)
            if furniture:
                hidden -= 1
            if name == "a":
                anchors = max(0, anchors - 1)
            stats = open_stats.pop()
            if name in _BLOCK_TAGS and len(blocks) > 1:
                blocks.pop()
                if stats.direct >= _MIN_PARAGRAPH and name not in _HEADINGS and not hidden:
                    density = stats.direct_links / stats.direct
                    if density < _PROSE_LINKS:
                        stats.good += stats.direct
                    points = min(stats.direct, _PARAGRAPH_CAP) * (1.0 - density)
                    # a <p> (or <li>, <td>, a <div> of one run of text) scores for its parent
                    # and grandparent; a <div> holding text cut by <br> or beside blocks (pages
                    # without <p>) for itself and its parent
                    holder = node
                    if name not in _SELF_HOLDERS or _lone(name, stats):
                        holder = node.parent
                    for weight in (1.0, 0.5):
                        if holder is None or holder.name in ("html", "[document]"):
                            break
                        key = id(holder)
                        nodes[key] = holder
                        held = self.stats.get(key)
                        if held is None:
                            held = self.stats[key] = _Stats()
                        held.score += weight * points
                        holder = holder.parent
            old = self.stats.get(id(node))
            if old is not None:  # scored as a holder before its end: keep the score
                stats.score = old.score
            self.stats[id(node)] = stats
            parent = open_stats[-1]
            if (
                (name == "p" or _lone(name, stats))
                and stats.good >= _LOOSE_PROSE
                and _hint(node) >= 1.0
            ):
                parent.loose += stats.good
            parent.text += stats.text
            parent.links += stats.links
            parent.furniture += stats.furniture + (
                furniture and not hidden and name not in _SILENT_TAGS
            )
            if _hint(node) >= 1.0:  # a comment or share box's prose is not the article's
                parent.good += stats.good
        self.best: Any = self.choose(nodes)
        """The heuristic body container (see `choose`)."""

    def choose(self, nodes: dict[int, Any]) -> Any:
        """The holder of paragraphs with the best score (its paragraphs' text, fewer points for
        links, more for an ``<article>`` or an article-body class, fewer for a comment or share
        class), else ``[itemprop~=articleBody]`` when it holds a fair share of that text (without
        any paragraph: the first ``<article>``, else ``<body>``); then
        its parent while the parent adds much prose (a body split into sibling containers) or
        adds prose only in ``<p>`` beside the body (a standfirst, a last paragraph outside the
        body's ``<div>``), at most `_CLIMBS` times; the whole ``<body>`` when the page has
        next to no other visible text."""
        best: Any = None
        best_score = 0.0
        for key, node in nodes.items():
            stats = self.stats[key]
            density = stats.links / stats.text if stats.text else 0.0
            score = stats.score * (1.0 - density) * _hint(node)
            if score > best_score:
                best, best_score = node, score
        article_body = self.article_body
        if article_body is not None and (
            best is None or self.good(article_body) >= _SCHEMA_SHARE * self.good(best)
        ):
            best = article_body
        if best is None:
            return self.first_article or self.body
        page, chosen = self.stats.get(id(self.body)), self.stats.get(id(best))
        if (
            page is not None
            and chosen is not None
            and page.furniture == chosen.furniture
            and page.text - chosen.text <= min(_REST_SHARE * chosen.text, _REST_MAX)
        ):
            return self.body  # the page is the article: the rest is a dateline, a credit …
        for _ in range(_CLIMBS):
            parent = self.above(best)
            if parent is None:
                break
            own, more = self.good(best), self.good(parent) - self.good(best)
            if more >= _CLIMB_SHARE * own and more >= _MIN_CLIMB:
                best = parent  # siblings hold much more prose: the body is split
                continue
            loose = self.stats[id(parent)].loose if id(parent) in self.stats else 0
            if parent.name == "body" or not loose or more > loose:
                break
            best = parent  # the only other prose is in <p> beside the body: readability's rule
        return best

    def above(self, node: Any) -> Any:
        """The parent of ``node``, or the nearest ancestor through at most `_WRAPPERS` that add
        no prose when that ancestor's other prose is in elements built like the wrapper below
        it (the same tag and classes, not none: more chunks of one article); None at the page's
        top, at a dropped element, or when neither holds."""
        own = self.good(node)
        parent, child = node.parent, node
        for depth in range(_WRAPPERS + 1):
            if parent is None or parent.name in ("html", "[document]") or _dropped(parent):
                return None
            if depth == 0 and (self.good(parent) > own or parent.name == "body"):
                return parent
            if self.good(parent) > own:
                # built alike: the same tag and the same classes (a page builder's chunk);
                # elements without a class are any element, which says nothing
                classes = child.get("class")
                if not classes:
                    return None
                alike = sum(
                    self.good(sibling)
                    for sibling in parent.find_all(child.name, recursive=False)
                    if sibling is not child and sibling.get("class") == classes
                )
                return parent if alike >= _CLIMB_SHARE * own and alike >= _MIN_CLIMB else None
            parent, child = parent.parent, parent
        return None

    def good(self, node: Any) -> int:
        stats = self.stats.get(id(node))
        return stats.good if stats is not None else 0

    def start(self, tag: Any) -> None:
        name = tag.name
        attrs = tag.attrs
        if name == "meta":
            content = attrs.get("content")
            if isinstance(content, str):
                for attr in ("property", "name", "itemprop"):
                    key = attrs.get(attr)
                    if isinstance(key, str):
                        self.meta.setdefault(key.strip().lower(), content)
        elif name == "link":
            rel = attrs.get("rel") or ()
            if self.canonical is None and "canonical" in [str(r).lower() for r in rel]:
                self.canonical = _http(attrs.get("href"))
        elif name == "script":
            kind = attrs.get("type")
            if isinstance(kind, str) and kind.strip().lower() == "application/ld+json":
                source = tag.string
                if source and len(source) <= MAX_JSON_LD_CHARS:
                    self.json_ld.append(str(source))
        elif name == "h1":
            self.h1 = self.h1 or tag
        elif name == "title":
            self.title = self.title or tag
        elif name == "time" and "datetime" in attrs and len(self.times) < 100:
            self.times.append(tag)
        prop = attrs.get("itemprop")
        if isinstance(prop, str):
            tokens = prop.lower().split()
            if "articlebody" in tokens and self.article_body is None:
                self.article_body = tag
            for token in ("datepublished", "datemodified"):
                value = attrs.get("datetime") or attrs.get("content")
                if token in tokens and isinstance(value, str):
                    self.itemprops.setdefault(token, value)

    def time_in(self, body: Any) -> Any:
        """The first ``<time datetime>`` inside ``body`` (ancestors are few: depth is capped),
        else the first of the page."""
        for tag in self.times:
            parent = tag.parent
            while parent is not None:
                if parent is body:
                    return tag
                parent = parent.parent
        return self.times[0] if self.times else None


def _lone(name: str, stats: _Stats) -> bool:
    """A ``<div>`` holding one run of text (no ``<br>``, no block inside it): a paragraph.  Not a
    ``<td>``: its parent is a table row, whose other cells are a layout's columns."""
    return name == "div" and not stats.breaks and stats.direct == stats.text
