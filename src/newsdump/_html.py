"""HTML pages → `Article`: `from_html`, for scrapers that have the page rather than a dump.

What is read, in order of preference (the first source that gives a value wins):

- ``title``: ``og:title``, the first ``<h1>``, ``<title>``.
- ``lede``: ``og:description``, ``<meta name=description>``.
- ``published`` / ``updated``: ``article:published_time`` / ``article:modified_time`` (and the
  microdata ``itemprop=datePublished`` / ``dateModified``), then JSON-LD ``datePublished`` /
  ``dateModified``, then ``<time datetime>`` (``itemprop`` first, else the first one of the body
  for ``published``).  ISO 8601 is read with `datetime.fromisoformat` (aware when it names an
  offset or ``Z``); anything else goes to newsdump's timestamp parser.
- ``date``: the day of ``published``, else the date in the URL, else the day of ``updated``.
- ``url``: the ``url`` argument, else ``<link rel=canonical>``, else ``og:url``.
- ``timestamp``: a line written from ``published`` / ``updated`` that newsdump's timestamp
  parser reads back exactly, so that a dump written with `newsdump.dumps` keeps them.
- the body: the element ``selector`` names (CSS, first match), else the element trafilatura's
  text points to (``extractor="trafilatura"``), else the built-in guess, in the manner of
  readability, jusText and trafilatura: every run of text of 25 characters or more (a ``<p>``,
  a ``<li>``, a ``<div>``'s own text on pages without ``<p>``) scores for the elements holding
  it (parent in full, grandparent in half), up to 600 characters each and less for the share
  in links; a holder's score goes up for ``<article>``, ``<main>``, ``articleBody`` or an
  article-body class and down for a comment, share, related, newsletter or ad class.
  ``[itemprop~=articleBody]`` is taken when it holds a fair share of the best holder's prose,
  and the element holding the text of a JSON-LD ``articleBody`` (500 characters or more, not
  cut off with an ellipsis) is taken over the guess.
  The body then grows to its parent while the parent adds much prose (a long read split into
  sibling containers) or only long ``<p>`` beside it (a standfirst); a page with no
  navigation, header, footer or aside and next to no text outside the body is all article.
  Without any paragraph, the first ``<article>``, else ``<body>``.

How the body becomes blocks: block elements (``p``, ``div``, ``li``, ``h1``–``h6``, ``td``, …)
and ``<br>`` end a block; inline elements (``a``, ``b``, ``em``, ``span``, …) never do.
The text is the page's own: each whitespace run (``&nbsp;`` and the other Unicode spaces
included) becomes one space and nothing else changes (``répondu : non``, ``« projet »`` and
``night , the`` keep their spaces), but for one thing browsers do too: a source line break
between two East Asian wide characters is removed.  ``h1``–``h6`` give ``heading`` blocks,
``li`` ``list-item`` blocks (written with a ``•`` or ``N)`` marker, as dumps show them),
``figure`` / ``figcaption`` / ``caption`` ``caption`` blocks (a photo's credit too), an
element with a ``byline`` class a ``byline`` block; a heading repeating the title before any
paragraph is left out (it is the ``title``), another ``<h1>`` there is ``noise``.

Nothing of the body is lost: page furniture inside it is kept as ``noise`` blocks, never
dropped and never a paragraph.  Furniture is an element dropped outside the body (navigation,
header, footer, aside, form, button, hidden: ``hidden``, ``aria-hidden=true``,
``display:none``), an element whose class or id names a share bar, related stories, a
newsletter box, comments, an advertisement, an author box … (unless it holds half the body's
prose: a class is a hint), and a short block that is an advertisement label, a "read more"
teaser, a row of share words, a newsletter call, a photo credit, or nearly all link.  Only
scripts, styles, templates and embedded objects are no text at all.

Safety: nothing is fetched (no network, no external entities: html.parser has none, and lxml's
HTML parser is used with its defaults, which load nothing); input larger than `MAX_HTML_SIZE`
raises `HTMLTooLarge`; past `MAX_TAGS` tags the rest of the page is read as text (a
``markup-truncated`` problem says so); the tree is walked with an explicit stack, never by
recursion, and every step is linear in the input.
"""

from __future__ import annotations

import codecs
import datetime as dt
import itertools
import json
import re
import unicodedata
from collections.abc import Iterator
from typing import Any, Final, Literal, NamedTuple
from urllib.parse import urljoin

from ._model import Article, Block, BlockKind, DatePrecision, Link, Problem
from ._timestamps import date_from_url, parse_timestamp

__all__ = ["MAX_HTML_SIZE", "MAX_TAGS", "HTMLTooLarge", "from_html"]

MAX_HTML_SIZE: Final = 20_000_000
"""Bytes (for ``bytes`` input) or characters (for ``str``).  The largest article pages seen are
under 3 MB with their inline scripts; 20 MB leaves room for any real page while bounding the
memory a hostile page can take (a parsed tree costs ~100 times its source)."""

MAX_TAGS: Final = 100_000
"""Tags parsed as markup.  Large news pages have 5 000 – 20 000; past this many the rest of the
page is read as text with its tags removed, so that 10 MB of ``<a>`` costs a second, not a
minute and gigabytes of tree."""

MAX_DEPTH: Final = 200
"""Element nesting parsed as markup.  Real pages nest under 100 deep (html.parser nests
unclosed ``<p>`` and ``<li>``, which adds some); deeper start tags are removed before parsing,
because a tree's cost grows with its depth (beautifulsoup4 re-links ancestors on insertion,
and libxml2 stops at 256)."""

MAX_JSON_LD_CHARS: Final = 1_000_000
"""A JSON-LD script longer than this is skipped (real ones are a few kilobytes)."""

Parser = Literal["html.parser", "lxml"]
Extractor = Literal["builtin", "trafilatura"]


class HTMLTooLarge(ValueError):
    """The page is larger than `MAX_HTML_SIZE` (a `ValueError`, raised before any parsing).

    Examples:
        >>> from newsdump import from_html, MAX_HTML_SIZE
        >>> try:
        ...     from_html("<p>" + "x" * MAX_HTML_SIZE)
        ... except HTMLTooLarge as exc:
        ...     print(type(exc).__name__, isinstance(exc, ValueError))
        HTMLTooLarge True
    """


# --- element classes ------------------------------------------------------------------------


def _names(text: str) -> frozenset[str]:
    return frozenset(text.split())


_BLOCK_TAGS: Final = _names(
    "address article blockquote body center dd details dialog dir div dl dt fieldset figcaption"
    " figure h1 h2 h3 h4 h5 h6 hgroup hr html li legend main menu ol p pre section summary table"
    " caption tbody td tfoot th thead tr ul"
)
"""Elements that end the block before them and start a new one."""

_DROP_TAGS: Final = _names(
    "script style noscript template nav form button select option textarea input label iframe"
    " frame frameset object embed applet svg math canvas audio video picture source track map"
    " title meta link base header footer aside dialog"  # not head: lxml may put body there
)
"""Elements dropped with everything in them."""

_SILENT_TAGS: Final = _names(
    "script style noscript template iframe frame frameset object embed applet svg math canvas"
    " audio video picture source track map title meta link base"
)
"""Dropped elements whose content is no text a reader sees (code, fallbacks for plug-ins)."""

_DROP_ROLES: Final = _names(
    "navigation banner contentinfo complementary search menu menubar toolbar dialog"
)

_KINDS: Final[dict[str, BlockKind]] = {
    **{f"h{i}": "heading" for i in range(1, 7)},
    "li": "list-item",
    "figcaption": "caption",
    "caption": "caption",
    "figure": "caption",  # a photo's credit and caption, wherever in the figure
}

_PUBLISHED_META: Final = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "dc.date.issued",
)
_UPDATED_META: Final = (
    "article:modified_time",
    "og:article:modified_time",
    "datemodified",
    "og:updated_time",
    "dc.date.modified",
)

_WS: Final = re.compile(r"\s+")
_TAG: Final = re.compile(r"<(/?)([A-Za-z][^\s/<>]*)([^<>]*)>")
"""A start or end tag, approximately as html.parser reads it (``[^<>]`` keeps it linear)."""
_STRAY_LT: Final = re.compile(r"<(?![A-Za-z/!?])")
_VOID: Final = _names(
    "area base basefont bgsound br col embed frame hr img input keygen link menuitem meta param"
    " source spacer track wbr"
)
_RAW_END: Final = {name: re.compile(f"</{name}", re.I) for name in ("script", "style")}
_ANY_TAG: Final = re.compile(r"<[A-Za-z/!?][^<>]*>?")
"""A tag up to its ``>`` (or up to the next ``<``): linear, never scans past another tag."""
_META_CHARSET: Final = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I
)
_BULLET: Final = re.compile(r"[•·▪►▶■□◆◇✓✔➤*]|(?:\d{1,3}|[a-z])\)\Z")
"""A list item that already starts with its marker gets no other."""
_ISO: Final = re.compile(
    r"(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?)(?:[.,](\d+))?)?\s*"
    r"(Z|[+-]\d{2}(?::?\d{2})?)?",
    re.I,
)


# --- entry point ---------------------------------------------------------------------------


def from_html(
    html: str | bytes,
    *,
    url: str | None = None,
    selector: str | None = None,
    parser: Parser | None = None,
    extractor: Extractor = "builtin",
) -> Article:
    """Read an article page.  See the module docstring for where each field comes from.

    ``bytes`` are decoded by their BOM, else their ``<meta charset>``, else as UTF-8 (falling
    back to Windows-1252).  ``parser`` forces a tree builder; by default lxml when it is
    installed, else Python's html.parser.  Raises `HTMLTooLarge` (a `ValueError`) for input
    over `MAX_HTML_SIZE`.

    ``extractor="trafilatura"`` lets trafilatura (an optional dependency: ``pip install
    'newsdump[trafilatura]'``; `ImportError` without it) decide which text is the article:
    the body is the element holding the most of trafilatura's text and the least of the rest,
    and a block trafilatura left out is ``noise`` (as is furniture newsdump sets aside itself).
    Blocks, kinds, links and dates are newsdump's own either way.

    Examples:
        >>> a = from_html('<title>T</title><article><h1>Rain in Lisbon</h1>'
        ...               '<p>It rained <a href="/w">all day</a>.</p><ul><li>Umbrellas</li></ul>'
        ...               '<p>Il a répondu&nbsp;: «&nbsp;non&nbsp;»  !</p></article>',
        ...               url="https://example.org/2024/01/03/rain")
        >>> a.title, a.date.isoformat()
        ('Rain in Lisbon', '2024-01-03')
        >>> for b in a.blocks:  # the page's text, whitespace runs made one space
        ...     print(b.kind, "|", b.text)
        paragraph | It rained all day.
        list-item | • Umbrellas
        paragraph | Il a répondu : « non » !
        >>> a.links
        (Link(text='all day', href='https://example.org/w', block=0, start=10, end=17),)
    """
    if len(html) > MAX_HTML_SIZE:
        unit = "bytes" if isinstance(html, bytes) else "characters"
        raise HTMLTooLarge(
            f"HTML input of {len(html)} {unit} is larger than MAX_HTML_SIZE ({MAX_HTML_SIZE})"
        )
    text = _decode(html) if isinstance(html, bytes) else html
    text, problems = _limit(text)

    from bs4 import BeautifulSoup  # imported here only: the package imports without bs4

    soup = BeautifulSoup(text, parser or _default_parser())
    page = _Survey(soup)
    meta = page.meta
    if url is None:
        url = page.canonical or _http(meta.get("og:url"))

    body = None
    if selector is not None:
        body = soup.select_one(selector)
        if body is None:
            problems.append(
                Problem("selector-missed", f"no element matches {selector!r}: guessed the body", 1)
            )
    keep: frozenset[str] | None = None
    if extractor == "trafilatura":
        keep = _trafilatura_words(text)
        if keep is None:
            problems.append(
                Problem("extractor-empty", "trafilatura found no article: guessed the body", 1)
            )
        elif body is None:
            body = _covering(page.body, keep)
    elif extractor != "builtin":
        raise ValueError(f"extractor must be 'builtin' or 'trafilatura', not {extractor!r}")
    if body is None:
        body = page.best
        ld_body = _json_ld_body(page.json_ld)
        if ld_body is not None:
            # the page's JSON-LD says what its article's text is: the body is the element
            # holding most of it and least else, when that element's prose is about that long
            found = _covering(page.body, frozenset(_TOKEN.findall(ld_body)))
            if page.good(found) >= _LD_SHARE * len(ld_body):
                body = found

    title = _clean(meta.get("og:title"))
    if title is None and page.h1 is not None:
        title = " ".join(b.text for b in _Builder(url).run(page.h1).blocks) or None
    if title is None and page.title is not None:
        title = _clean(page.title.get_text())
    lede = _clean(meta.get("og:description")) or _clean(meta.get("description"))

    ld_published, ld_updated = _json_ld_dates(page.json_ld)
    published = (
        _first_when(meta, _PUBLISHED_META)
        or _when(ld_published)
        or _when(page.itemprops.get("datepublished"))
    )
    updated = (
        _first_when(meta, _UPDATED_META)
        or _when(ld_updated, updated=True)
        or _when(page.itemprops.get("datemodified"), updated=True)
    )
    if published is None:
        time = page.time_in(body)
        published = _when(time.get("datetime")) if time is not None else None

    built = _Builder(url, page.stats, page.good(body), keep).run(body, title=title)
    date: dt.date | None = None
    if published is not None:
        date = published.date()
    elif url and (from_url := date_from_url(url)) is not None:
        date = from_url
    elif updated is not None:
        date = updated.date()
    precision: DatePrecision | None = "day" if date is not None else None

    return Article(
        url=url,
        title=title,
        lede=lede,
        timestamp=_stamp_line(published, updated),
        date=date,
        date_precision=precision,
        published=published,
        updated=updated,
        blocks=tuple(built.blocks),
        problems=tuple(problems),
        links=tuple(built.links),
    )


def _default_parser() -> Parser:
    try:
        import lxml  # noqa: F401
    except ImportError:
        return "html.parser"
    return "lxml"


# --- input ---------------------------------------------------------------------------------


def _decode(data: bytes) -> str:
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, "replace")
    m = _META_CHARSET.search(data, 0, 4096)
    if m:
        name = m.group(1).decode("ascii").lower()
        try:
            encoding = codecs.lookup(name).name
        except LookupError:
            encoding = ""
        # the HTML standard reads a declared Latin-1 / ASCII as Windows-1252, and a declared
        # UTF-16 (impossible in a page whose meta tag is ASCII-readable) as UTF-8
        if encoding in ("latin-1", "iso8859-1", "ascii"):
            encoding = "cp1252"
        elif encoding.startswith("utf-16"):
            encoding = "utf-8"
        if encoding and encoding != "utf-8":
            return data.decode(encoding, "replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", "replace")


def _limit(text: str) -> tuple[str, list[Problem]]:
    """The text with start tags deeper than `MAX_DEPTH` removed and the markup past `MAX_TAGS`
    ``<`` stripped (the text kept), and the problems that says.

    One pass with an approximate tokenizer that follows html.parser's tree building (void
    elements do not nest; an end tag closes up to the latest open element of its name, or is
    ignored; script and style content is text), so that its depth is the depth of the tree.
    """
    problems: list[Problem] = []
    if text.count("<") <= MAX_DEPTH:
        return text, problems
    tail = ""
    if text.count("<") > MAX_TAGS:  # html.parser spends a Python call on every "<"
        cut = -1
        for _ in range(MAX_TAGS + 1):
            cut = text.find("<", cut + 1)
        line = text.count("\n", 0, cut) + 1
        problems.append(
            Problem(
                "markup-truncated",
                f"more than {MAX_TAGS} tags: the page from line {line} on is read as text",
                line,
            )
        )
        tail = _ANY_TAG.sub(" ", text[cut:]).replace("<", " ")
        text = text[:cut]
    # a "<" that starts no tag is text to both parsers: say so unambiguously
    text = _STRAY_LT.sub("&lt;", text)
    out: list[str] = []
    stack: list[str] = []
    counts: dict[str, int] = {}
    pos = kept = dropped = 0
    search = _TAG.search
    while True:
        m = search(text, pos)
        if m is None:
            break
        pos = m.end()
        closing, name, rest_of_tag = m.group(1), m.group(2).lower(), m.group(3)
        if closing:
            if counts.get(name):
                while stack:
                    top = stack.pop()
                    counts[top] -= 1
                    if top == name:
                        break
            continue
        if name in _RAW_END:
            end_tag = _RAW_END[name].search(text, pos)
            if end_tag is None:
                break  # html.parser reads the rest of the page as the script's text
            pos = end_tag.start()
            continue
        if name in _VOID or rest_of_tag.endswith("/"):
            continue
        if len(stack) >= MAX_DEPTH:
            out.append(text[kept : m.start()])
            kept = m.end()
            dropped += 1
            continue
        stack.append(name)
        counts[name] = counts.get(name, 0) + 1
    if dropped:
        problems.append(
            Problem("markup-too-deep", f"{dropped} start tags deeper than {MAX_DEPTH} removed", 1)
        )
    out.append(text[kept:])
    out.append(tail)
    return "".join(out), problems


# --- finding the body -------------------------------------------------------------------

_HEADINGS: Final = _names("h1 h2 h3 h4 h5 h6")
_SELF_HOLDERS: Final = _names("div section article main td body center")
"""Block elements whose own text (not in a ``<p>``) makes them the holder of a paragraph: a
page without ``<p>`` keeps its text in ``<div>`` or ``<td>`` cut by ``<br>``."""

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

_KEEP_SHARE: Final = 0.5
"""An element whose class names furniture (share, related, ad …) is still read as body when it
holds this share of the body's prose: the class is a hint, the text decides."""

_LOOSE_PROSE: Final = 80
"""Characters for a ``<p>`` beside the body to be read as more of it (readability's sibling
rule); shorter ones are bylines, datelines, labels."""

_REST_SHARE: Final = 0.1
_REST_MAX: Final = 1000
"""When the page has no navigation, header, footer, aside or form outside the body and its
other visible text is at most this share of the body's and this many characters, the whole
page is the article (a clean page, a reader view) and nothing of it is left out."""

_MIN_LD_BODY: Final = 500
_LD_SHARE: Final = 0.7
"""A JSON-LD ``articleBody`` of at least this many characters (and not cut off with an
ellipsis: sites put a teaser there too) locates the body, when the element holding it holds
prose of at least this share of its length."""

_CLIMBS: Final = 3
_CLIMB_SHARE: Final = 0.25
_MIN_CLIMB: Final = 200
"""The body moves up to its parent when the parent holds at least this much more prose
(characters, and share of the body's own): a long read split into sibling containers, not a
sidebar blurb."""

_WORD: Final = re.compile(r"[a-z]+")
_CAMEL: Final = re.compile(r"([a-z])([A-Z])")
_POSITIVE: Final = _names(
    "article articlebody body content entry main post story text prose richtext"
    " storybody postbody bodytext"
)
_NEGATIVE: Final = _names(
    "comment comments disqus share sharing sharebar shares social socials related"
    " recommended recommendations newsletter newsletters subscribe subscription signup promo"
    " promotion promoted advert adverts advertisement advertising ad ads adslot adunit sponsor"
    " sponsored outbrain taboola breadcrumb breadcrumbs tags taglist sidebar widget widgets"
    " popup modal cookie cookies banner footer nav navigation menu trending popular mostread"
    " readmore paywall toolbar tweet instagram tiktok author authors auteur signature dateline"
    " timestamp bio"
)
_NEGATIVE_PAIRS: Final = frozenset(
    {("most", "read"), ("read", "more"), ("more", "stories"), ("see", "also"), ("also", "read")}
)


def _class_words(tag: Any) -> list[str]:
    """The words of an element's ``class`` and ``id`` (``articleBody`` → ``article body``)."""
    attrs = tag.attrs
    if not attrs:
        return []
    classes = attrs.get("class") or ()
    raw = " ".join([*(c for c in classes if isinstance(c, str)), str(attrs.get("id") or "")])
    if not raw.strip():
        return []
    return _WORD.findall(_CAMEL.sub(r"\1 \2", raw[:300]).lower())


def _hint(tag: Any) -> float:
    """How much an element's name, class and id say it is (above 1) or is not (below 1) the
    article's body."""
    factor = 1.0
    name = tag.name
    if name == "article":
        factor = 1.5
    elif name == "main":
        factor = 1.2
    attrs = tag.attrs
    if attrs:
        prop = attrs.get("itemprop")
        if isinstance(prop, str) and "articlebody" in prop.lower():
            factor *= 2.0
        words = _class_words(tag)
        if words:
            if _negative(words):
                return 0.2
            if any(w in _POSITIVE for w in words) or "articlebody" in "".join(words):
                factor *= 1.5
    return factor


def _negative(words: list[str]) -> bool:
    return any(w in _NEGATIVE for w in words) or any(
        pair in _NEGATIVE_PAIRS for pair in itertools.pairwise(words)
    )


# --- metadata ------------------------------------------------------------------------------


class _Stats:
    """Text below one element, gathered in the survey's single pass (characters)."""

    __slots__ = ("direct", "direct_links", "furniture", "good", "links", "loose", "score", "text")

    def __init__(self) -> None:
        self.text = 0  # all visible text below
        self.links = 0  # of which inside <a>
        self.direct = 0  # text whose nearest block element is this one
        self.direct_links = 0
        self.good = 0  # text of the paragraphs below that read as prose (few links)
        self.score = 0.0  # as a holder of paragraphs (readability's parent / grandparent)
        self.loose = 0  # prose in <p> children of this element (not in a container of theirs)
        self.furniture = 0  # dropped elements below (navigation, header, footer, aside, form …)


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
                    # a <p> (or <li>, <td>) scores for its parent and grandparent; a <div>
                    # holding text itself (pages without <p>) for itself and its parent
                    holder = node if name in _SELF_HOLDERS else node.parent
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
            if name == "p" and stats.good >= _LOOSE_PROSE and _hint(node) >= 1.0:
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
            parent = best.parent
            if parent is None or parent.name in ("html", "[document]") or _dropped(parent):
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


def _http(value: Any) -> str | None:
    if isinstance(value, str) and value.strip().lower().startswith(("http://", "https://")):
        return value.strip()
    return None


def _clean(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    text = _WS.sub(" ", value).strip()
    return text or None


def _json_ld_dates(sources: list[str]) -> tuple[str | None, str | None]:
    """``datePublished`` / ``dateModified`` of the JSON-LD, preferring an article's."""
    best: tuple[int, str | None, str | None] = (-1, None, None)
    for source in sources:
        try:
            data = json.loads(source)
        except (ValueError, RecursionError):
            continue
        stack: list[Any] = [data]
        seen = 0
        while stack and seen < 10_000:
            node = stack.pop()
            seen += 1
            if isinstance(node, list):
                stack.extend(reversed(node))
            elif isinstance(node, dict):
                pub, mod = node.get("datePublished"), node.get("dateModified")
                if isinstance(pub, str) or isinstance(mod, str):
                    types = node.get("@type")
                    names = types if isinstance(types, list) else [types]
                    rank = 1 if any(_articleish(t) for t in names) else 0
                    if rank > best[0]:
                        best = (
                            rank,
                            pub if isinstance(pub, str) else None,
                            mod if isinstance(mod, str) else None,
                        )
                stack.extend(v for v in reversed(node.values()) if isinstance(v, (list, dict)))
    return best[1], best[2]


def _json_ld_body(sources: list[str]) -> str | None:
    """The longest ``articleBody`` of the JSON-LD, when it is long enough to locate the body."""
    best: str | None = None
    for source in sources:
        try:
            data = json.loads(source)
        except (ValueError, RecursionError):
            continue
        stack: list[Any] = [data]
        seen = 0
        while stack and seen < 10_000:
            node = stack.pop()
            seen += 1
            if isinstance(node, list):
                stack.extend(node)
            elif isinstance(node, dict):
                text = node.get("articleBody")
                if (
                    isinstance(text, str)
                    and len(text) >= max(_MIN_LD_BODY, len(best or ""))
                    and not text.rstrip().endswith(("…", "..."))  # a truncated copy
                ):
                    best = text
                stack.extend(v for v in node.values() if isinstance(v, (list, dict)))
    return best


def _articleish(name: Any) -> bool:
    return isinstance(name, str) and (
        name.endswith("Article") or name in ("BlogPosting", "Report", "LiveBlogPosting")
    )


def _first_when(meta: dict[str, str], keys: tuple[str, ...]) -> dt.datetime | None:
    for key in keys:
        if key in meta:
            found = _when(meta[key], updated=key in _UPDATED_META)
            if found is not None:
                return found
    return None


def _when(value: Any, *, updated: bool = False) -> dt.datetime | None:
    """A date-time from ISO 8601 (aware when it names an offset), else newsdump's stamp parser."""
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text or len(text) > 80:
        return None
    m = _ISO.fullmatch(text)
    if m:
        day, clock, fraction, zone = m.groups()
        iso = day
        if clock:
            iso += "T" + clock + (":00" if len(clock) == 5 else "")
            if fraction:
                iso += "." + fraction[:6].ljust(6, "0")
        if zone:
            zone = "+00:00" if zone.upper() == "Z" else zone
            if len(zone) == 3:
                zone += ":00"
            elif ":" not in zone:
                zone = zone[:3] + ":" + zone[3:]
            iso += zone if clock else ""
        try:
            # whole seconds: what a timestamp line (and so a dump) can carry
            return dt.datetime.fromisoformat(iso).replace(microsecond=0)
        except ValueError:
            return None
    stamp = parse_timestamp(text)
    if stamp is None:
        return None
    return (stamp.updated or stamp.published) if updated else (stamp.published or stamp.updated)


def _stamp_line(published: dt.datetime | None, updated: dt.datetime | None) -> str | None:
    """A timestamp line newsdump's timestamp parser reads back as ``published`` / ``updated``."""
    if published is None and updated is None:
        return None
    if published is None:
        assert updated is not None
        return "Updated: " + _stamp(updated)
    line = _stamp(published)
    if updated is not None and updated != published:
        line += f" (Updated: {_stamp(updated)})"
    return line


def _stamp(when: dt.datetime) -> str:
    text = when.strftime("%Y-%m-%d")
    if when.time() != dt.time(0) or when.tzinfo is not None:
        text += when.strftime(" %H:%M:%S" if when.second else " %H:%M")
    if when.tzinfo is not None:
        text += when.strftime(" %z")
    return text


# --- walking the tree ------------------------------------------------------------------------

_START: Final = 0
_END: Final = 1
_TEXT: Final = 2


def _walk(root: Any, *, skip: Literal["dropped", "silent", "none"]) -> Iterator[tuple[int, Any]]:
    """Start, end and text events below ``root`` in document order, skipping the dropped
    elements, or only the silent ones (scripts, styles, embedded objects), or none.

    An explicit stack, not recursion: a page nested 100 000 deep costs what a flat one does.
    """
    from bs4.element import NavigableString, PreformattedString, Tag

    stack: list[Any] = list(reversed(root.contents))
    while stack:
        node = stack.pop()
        if isinstance(node, tuple):
            yield _END, node[0]
        elif isinstance(node, Tag):
            if skip != "none" and (
                node.name in _SILENT_TAGS or (skip == "dropped" and _dropped(node))
            ):
                continue
            yield _START, node
            stack.append((node,))
            stack.extend(reversed(node.contents))
        elif isinstance(node, NavigableString) and not isinstance(node, PreformattedString):
            yield _TEXT, node


def _dropped(tag: Any) -> bool:
    if tag.name in _DROP_TAGS:
        return True
    attrs = tag.attrs
    if not attrs:
        return False
    if "hidden" in attrs or str(attrs.get("aria-hidden", "")).lower() == "true":
        return True
    role = attrs.get("role")
    if isinstance(role, str) and role.strip().lower() in _DROP_ROLES:
        return True
    style = attrs.get("style")
    return isinstance(style, str) and "display:none" in style.replace(" ", "").lower()


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
        return self

    # -- elements ----------------------------------------------------------------------------

    @staticmethod
    def byline(tag: Any) -> bool:
        classes = tag.get("class")
        return bool(classes) and any("byline" in c.lower() for c in classes)

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


# --- boilerplate blocks ------------------------------------------------------------------------

_AD_LABELS: Final = frozenset(
    {
        "ad",
        "ads",
        "advertisement",
        "advertising",
        "sponsored",
        "sponsored content",
        "paid content",
        "anzeige",
        "werbung",
        "publicité",
        "publicidad",
        "publicidade",
        "pubblicità",
        "реклама",
        "advertentie",
        "reklama",
        "annons",
        "mainos",
        "διαφήμιση",
        "إعلان",
        "広告",
        "广告",
        "story continues below advertisement",
        "continue reading below",
        "scroll to continue with content",
        "article continues below",
        "skip advertisement",
    }
)
"""Whole blocks that label an advertisement slot (lower case, without trailing punctuation)."""

_READ_MORE: Final = re.compile(
    r"(?:read more|read also|also read|more on this|see also|related|recommended|watch|listen"
    r"|more:|lire aussi|lire :|à lire aussi|voir aussi|lesen sie auch|mehr zum thema|auch"
    r" interessant|leer más|lea también|lee también|leia também|leia mais|leggi anche"
    r"|читайте также|по теме|czytaj (?:też|także|więcej)|läs också|les også|lees ook"
    r"|関連記事|相关阅读|اقرأ أيضا)(?![^\W\d_])",
    re.I,
)
"""Labels that open a teaser for another page (``Read more: <a>…</a>``)."""

_SHARE_WORDS: Final = _names(
    "share shares sharing tweet email e-mail print copy link facebook twitter x whatsapp"
    " linkedin pinterest reddit telegram messenger flipboard save comment comments teilen"
    " drucken partager imprimer compartir imprimir condividi stampa поделиться | · •"
)
_NEWSLETTER: Final = re.compile(
    r"(?:sign up|subscribe|abonnez-vous|abonnieren|suscríbete|inscreva-se|iscriviti|подпишитесь)"
    r"(?![^\W\d_])|.*newsletter",
    re.I,
)
"""A call to subscribe opens the block; the word newsletter may be anywhere in it."""
_CREDIT: Final = re.compile(
    r"\(?(?:photos?|fotos?|photograph|images?|pictures?|illustration|bild|bilder|фото)"
    r"\s*(?::|/|©|by\b)|\(?(?:credits?|crédits?)\b|©|getty images",
    re.I,
)
"""A photo credit: ``Photo: …``, ``(Bild: Hersteller)``, ``Image by …``, ``© …``."""
_TEASER_LINKS: Final = 0.8
"""A paragraph or list item with this share of its text in links is a link to elsewhere
(a related story, a tag, a teaser), not prose."""
_SHORT: Final = 300
"""Characters under which a block is short enough to be a label, a teaser or a credit."""


def _boilerplate(text: str, link_chars: int) -> bool:
    """A paragraph or list item that is page furniture: an advertisement label, a "read more"
    teaser, a line of share buttons, a newsletter box, a photo credit, or a block that is all
    links (jusText's and readability's link-density rule, for short blocks only)."""
    size = len(text)
    if size >= _SHORT:
        return False
    words = text.replace("•", " ").split()
    if link_chars >= _TEASER_LINKS * sum(map(len, words)):
        return True
    label = text.lower().strip(" .:!|-–—»›>")
    if label in _AD_LABELS:
        return True
    more = _READ_MORE.match(label)
    if more and (link_chars or more.end() >= len(label)):  # "Read more: <a>…</a>", "Related"
        return True
    if size < 80 and all(w.lower().strip(".:") in _SHARE_WORDS for w in words):
        return True
    if size < 200 and _NEWSLETTER.match(text):
        return True
    return size < 120 and _CREDIT.match(text) is not None


# --- the trafilatura back end -------------------------------------------------------------------

_TOKEN: Final = re.compile(r"\w+")
_KEPT_SHARE: Final = 0.5
"""A block is the article's when at least this share of its words are in the other extractor's
text (its text is normalised differently: words are what both keep)."""


def _trafilatura_words(html: str) -> frozenset[str] | None:
    """The words of the article trafilatura finds in ``html`` (None when it finds none)."""
    try:
        import trafilatura
    except ImportError as exc:
        raise ImportError(
            "from_html(extractor='trafilatura') needs trafilatura: "
            "pip install 'newsdump[trafilatura]' (or use the built-in extractor)"
        ) from exc
    found = trafilatura.extract(
        html, output_format="txt", include_comments=False, include_tables=True
    )
    if not isinstance(found, str) or not found.strip():
        return None
    return frozenset(_TOKEN.findall(found))


def _kept(text: str, keep: frozenset[str]) -> bool:
    words = _TOKEN.findall(text)
    return not words or sum(w in keep for w in words) >= _KEPT_SHARE * len(words)


def _covering(root: Any, keep: frozenset[str]) -> Any:
    """The element below ``root`` whose text holds the most of the words in ``keep`` and the
    fewest others (each text node counts its characters, plus if it is mostly kept words,
    minus if not: the best-scoring subtree, found in one pass)."""
    best, best_score = root, float("-inf")
    scores: list[float] = [0.0]
    for event, node in _walk(root, skip="silent"):
        if event == _START:
            scores.append(0.0)
        elif event == _END:
            score = scores.pop()
            if score > best_score:
                best, best_score = node, score
            scores[-1] += score
        elif node.strip():
            size = len(node.strip())
            scores[-1] += size if _kept(node, keep) else -size
    return best
