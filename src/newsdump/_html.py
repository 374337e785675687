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
  A ``<div>`` holding one run of text (no ``<br>``, no block inside) scores as a paragraph.
  The body then grows to its parent while the parent adds much prose (a long read split into
  sibling containers) or only long ``<p>`` beside it (a standfirst), and past up to five
  wrappers that add none to an ancestor whose other prose is in elements built like the wrapper
  below it (a long read cut into chunks, each in a grid row, a grid item and a body wrapper);
  a page with no navigation, header, footer or aside and next to no text outside the body is
  all article.
  Without any paragraph, the first ``<article>``, else ``<body>``.

How the body becomes blocks: block elements (``p``, ``div``, ``li``, ``h1``–``h6``, ``td``, …)
and ``<br>`` end a block; inline elements (``a``, ``b``, ``em``, ``span``, …) never do.
The text is the page's own: each whitespace run (``&nbsp;`` and the other Unicode spaces
included) becomes one space and nothing else changes (``répondu : non``, ``« projet »`` and
``night , the`` keep their spaces), but for one thing browsers do too: a source line break
between two East Asian wide characters is removed.  ``h1``–``h6`` give ``heading`` blocks,
``li`` ``list-item`` blocks (written with a ``•`` or ``N)`` marker, as dumps show them),
``figure`` / ``figcaption`` / ``caption`` ``caption`` blocks (a photo's credit too), as does
a short block element with a caption class (``wp-caption``, ``image-caption``), an
element with a ``byline`` class a ``byline`` block; a heading repeating the title before any
paragraph is left out (it is the ``title``), another ``<h1>`` there is ``noise``.

Nothing of the body is lost: page furniture inside it is kept as ``noise`` blocks, never
dropped and never a paragraph.  Furniture is an element dropped outside the body (navigation,
header, footer, aside, form, button, hidden: ``hidden``, ``aria-hidden=true``,
``display:none``), an element whose class or id names a share bar, related stories, a
newsletter box, comments, an advertisement, an author box … (unless it holds half the body's
prose: a class is a hint), and a short block that is an advertisement label, a "read more"
teaser, a row of share words, a newsletter call, a photo credit, a copyright notice, or nearly
all link; a short block whose text comes back three times or more (a gallery's title on every
slide); a block of format characters alone (a stray byte order mark).  Only scripts, styles,
templates and embedded objects are no text at all.

Safety: nothing is fetched (no network, no external entities: html.parser has none, and lxml's
HTML parser is used with its defaults, which load nothing); input larger than `MAX_HTML_SIZE`
raises `HTMLTooLarge`; past `MAX_TAGS` tags the rest of the page is read as text (a
``markup-truncated`` problem says so); the tree is walked with an explicit stack, never by
recursion, and every step is linear in the input.

Where the work is done, in the order a page flows: `_html_input` (decoding, limits),
`_html_elements` (element classes, the tree walk), `_html_meta` (metadata and dates),
`_html_survey` (finding the body), `_html_trafilatura` (another extractor's text located),
`_html_boilerplate` and `_html_blocks` (the body as blocks and links).
"""

from __future__ import annotations

import datetime as dt
import os
from typing import Final, Literal

from ._html_blocks import _Builder
from ._html_input import MAX_TAGS, _decode, _limit
from ._html_meta import (
    _LD_SHARE,
    _PUBLISHED_META,
    _UPDATED_META,
    _clean,
    _first_when,
    _http,
    _json_ld_body,
    _json_ld_dates,
    _stamp_line,
    _when,
)
from ._html_survey import _Survey
from ._html_trafilatura import _TOKEN, _covering, _trafilatura_words
from ._model import Article, DatePrecision, Problem
from ._timestamps import date_from_url

__all__ = ["MAX_HTML_SIZE", "MAX_TAGS", "HTMLTooLarge", "from_html"]

MAX_HTML_SIZE: Final = 20_000_000
"""Bytes (for ``bytes`` input) or characters (for ``str``).  The largest article pages seen are
under 3 MB with their inline scripts; 20 MB leaves room for any real page while bounding the
memory a hostile page can take (a parsed tree costs ~100 times its source)."""

Parser = Literal["html.parser", "lxml"]
Extractor = Literal["builtin", "trafilatura"]


class HTMLTooLarge(ValueError):
    """The page is larger than `MAX_HTML_SIZE` (a `ValueError`, raised before any parsing).

    Examples:
        >>> from newsdump import from_html
        >>> try:
        ...     from_html("<p>" + "x" * MAX_HTML_SIZE)
        ... except ValueError as exc:
        ...     print(type(exc).__name__)
        HTMLTooLarge
    """


# --- entry point ---------------------------------------------------------------------------


def _check_page(html: object) -> None:
    """A `TypeError` saying what `from_html` takes, rather than one from deep inside."""
    if isinstance(html, (str, bytes)):
        return
    kind = type(html).__name__
    if isinstance(html, os.PathLike) or hasattr(html, "read"):
        raise TypeError(
            f"from_html() takes the page's HTML (str or bytes), not {kind}: read it first,"
            " from_html(path.read_bytes()) or from_html(file.read())"
        )
    raise TypeError(f"from_html() takes the page's HTML (str or bytes), not {kind}")


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
    installed, else Python's html.parser.  Raises a `ValueError` for input over 20 MB (the
    limit, docs/scrapers.md), and a `TypeError` for anything but ``str`` or ``bytes`` (a path
    or an open file: read it first, ``from_html(path.read_bytes())``).

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
    _check_page(html)
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
