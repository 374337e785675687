"""How well `newsdump.from_html` finds an article and keeps its text, on pages with a known body.

    python benchmarks/bench_html.py DIR [DIR ...] [--extractor trafilatura] [--verbose]

``--extractor trafilatura`` runs ``from_html(..., extractor="trafilatura")``;
``--extractor trafilatura-text`` scores trafilatura's own text, for comparison.

Nothing is downloaded: the pages are read from the directories named, in any of these layouts
(searched recursively):

- ``NAME/source.html`` + ``NAME/expected.html`` (mozilla/readability's test pages): the full
  page and its article alone.  ``expected.html`` without ``source.html`` is a clean page only.
- ``NAME.html`` + ``NAME.txt``: a full page and its article body as plain text.
- ``ground-truth.json`` + ``html/KEY.html.gz`` (the ScrapingHub article-extraction benchmark's
  layout): full pages and their ``articleBody``.

Two figures:

- **Full pages**: token precision, recall and F1 of the body text (``"\\n".join`` of the
  non-noise blocks) against the known body, computed as the ScrapingHub benchmark's
  ``evaluate.py`` does: ``\\w+`` tokens, counts of 4-token shingles, per page true/false
  positives and false negatives normalised to sum to 1, precision and recall averaged over the
  pages, F1 from the two averages.
- **Clean pages** (an ``expected.html``: the whole page is the article): the share of its
  paragraphs (each ``p``, ``li``, ``h1``–``h6``, ``dt``, ``dd``, ``td``, ``figcaption`` holding no
  other block, cut at ``<br>``, whitespace runs made one space) that `from_html` returns as a
  block with exactly that text (a list item's ``•`` / ``N)`` marker aside), and the token F1 of
  the page against itself (what the noise rules take from an article that has none).

The page text never enters the repository: keep the pages outside it.
"""

from __future__ import annotations

import argparse
import collections
import gzip
import json
import re
import statistics
import sys
import time
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple

import newsdump

TOKEN = re.compile(r"\w+")
SHINGLE = 4
"""Tokens per shingle: what the ScrapingHub benchmark uses."""

LEAF_BLOCKS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd", "td", "th", "figcaption"}
ANY_BLOCK = LEAF_BLOCKS | {
    "div",
    "ul",
    "ol",
    "dl",
    "table",
    "tr",
    "blockquote",
    "pre",
    "figure",
    "section",
    "article",
    "main",
    "header",
    "footer",
    "aside",
    "nav",
    "form",
}
MARKER = re.compile(r"(?:• |\d{1,3}\) )")


class Page(NamedTuple):
    name: str
    html: bytes | None  # the full page, when there is one
    body: str | None  # its known article text
    clean: bytes | None  # the article alone, as HTML


def pages(root: Path) -> Iterator[Page]:
    for truth in sorted(root.rglob("ground-truth.json")):
        data = json.loads(truth.read_text(encoding="utf-8"))
        for key, item in sorted(data.items()):
            path = truth.parent / "html" / f"{key}.html.gz"
            if path.exists():
                yield Page(
                    f"{truth.parent.name}/{key}",
                    gzip.decompress(path.read_bytes()),
                    item.get("articleBody", ""),
                    None,
                )
    for expected in sorted(root.rglob("expected.html")):
        source = expected.parent / "source.html"
        clean = expected.read_bytes()
        yield Page(
            expected.parent.name,
            source.read_bytes() if source.exists() else None,
            text_of(clean),
            clean,
        )
    for path in sorted(root.rglob("*.html")):
        txt = path.with_suffix(".txt")
        if path.name not in ("source.html", "expected.html") and txt.exists():
            yield Page(path.stem, path.read_bytes(), txt.read_text(encoding="utf-8"), None)


def text_of(html: bytes) -> str:
    """All the text of an HTML fragment (tokens are all that is compared)."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(["script", "style", "noscript", "template"]):
        tag.decompose()
    return soup.get_text(" ")


def shingles(text: str) -> collections.Counter[tuple[str, ...]]:
    tokens = TOKEN.findall(text)
    return collections.Counter(
        tuple(tokens[i : i + SHINGLE]) for i in range(max(1, len(tokens) - SHINGLE + 1))
    )


def match(truth: str, got: str) -> tuple[float, float, float]:
    """(tp, fp, fn) over shingles, normalised to sum to 1 (as ``evaluate.py`` does)."""
    want, have = shingles(truth), shingles(got)
    want.pop((), None)
    have.pop((), None)
    tp = sum((want & have).values())
    fp = sum((have - want).values())
    fn = sum((want - have).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def scores(counts: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    def precision(tp: float, fp: float, fn: float) -> float:
        return 1.0 if fp == fn == 0 else 0.0 if tp == fp == 0 else tp / (tp + fp)

    def recall(tp: float, fp: float, fn: float) -> float:
        return 1.0 if fp == fn == 0 else 0.0 if tp == fn == 0 else tp / (tp + fn)

    p = statistics.mean([precision(*c) for c in counts if c[0] + c[1] > 0] or [0.0])
    r = statistics.mean([recall(*c) for c in counts if c[0] + c[2] > 0] or [0.0])
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in "FWH" and "HANGUL" not in unicodedata.name(ch, "")


def shown(text: str) -> str:
    """Text as a reader sees it: whitespace runs one space, a source line break between two
    East Asian wide characters none."""

    def one(m: re.Match[str]) -> str:
        run, a, b = m.group(), text[m.start() - 1 : m.start()], text[m.end() : m.end() + 1]
        if set(run) <= set(" \t\n\r\f") and "\n" in run and a and b and wide(a) and wide(b):
            return ""
        return " "

    return re.sub(r"\s+", one, text).strip()


def paragraphs(html: bytes) -> list[str]:
    """The paragraphs of a clean page: leaf blocks, cut at ``<br>``."""
    from bs4 import BeautifulSoup
    from bs4.element import NavigableString, Tag

    soup = BeautifulSoup(html, "html.parser")
    out: list[str] = []
    for tag in soup.find_all(sorted(LEAF_BLOCKS)):
        if tag.find(sorted(ANY_BLOCK)) is not None or tag.find_parent("pre") is not None:
            continue
        pieces = [""]
        for node in tag.descendants:
            if isinstance(node, Tag) and node.name == "br":
                pieces.append("")
            elif type(node) is NavigableString and not any(
                p.name in ("script", "style") for p in node.parents
            ):
                pieces[-1] += str(node)
        out.extend(t for t in map(shown, pieces) if t)
    return out


def extract(html: bytes, extractor: str) -> Any:
    """An article, or with ``trafilatura-text`` trafilatura's own text (for comparison)."""
    if extractor == "trafilatura-text":
        import trafilatura

        return trafilatura.extract(html, output_format="txt") or ""
    if extractor == "builtin":
        return newsdump.from_html(html)
    return newsdump.from_html(html, extractor=extractor)  # type: ignore[call-arg]


def body(article: Any) -> str:
    if isinstance(article, str):
        return article
    return "\n".join(b.text for b in article.blocks if b.kind != "noise")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dirs", nargs="+", type=Path)
    ap.add_argument("--extractor", default="builtin")
    ap.add_argument("--verbose", action="store_true", help="a line per page")
    args = ap.parse_args(argv)

    full: list[tuple[float, float, float]] = []
    clean: list[tuple[float, float, float]] = []
    exact = total = 0
    seconds = 0.0
    for root in args.dirs:
        for page in pages(root):
            if page.html is not None and page.body is not None:
                start = time.perf_counter()
                article = extract(page.html, args.extractor)
                seconds += time.perf_counter() - start
                full.append(match(page.body, body(article)))
                if args.verbose:
                    p, r, f = scores([full[-1]])
                    print(f"  full   {page.name:<40} P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
            if page.clean is not None and args.extractor != "trafilatura-text":
                article = extract(page.clean, args.extractor)
                got = collections.Counter(
                    MARKER.sub("", b.text, count=1) if b.kind == "list-item" else b.text
                    for b in article.blocks
                )
                want = paragraphs(page.clean)
                found = sum((collections.Counter(want) & got).values())
                exact, total = exact + found, total + len(want)
                assert page.body is not None
                clean.append(match(page.body, body(article)))
                if args.verbose:
                    print(f"  clean  {page.name:<40} {found}/{len(want)} paragraphs exact")
                    for text in (collections.Counter(want) - got).elements():
                        print(f"         missed: {text[:90]!r}")
    if full:
        p, r, f = scores(full)
        print(
            f"full pages:  {len(full)} pages  precision {p:.3f}  recall {r:.3f}  F1 {f:.3f}"
            f"  ({seconds / len(full) * 1000:.0f} ms a page)"
        )
    if clean:
        p, r, f = scores(clean)
        print(
            f"clean pages: {len(clean)} pages  {exact}/{total} paragraphs exact"
            f" ({exact / max(total, 1):.3f})  token F1 {f:.3f} (P {p:.3f}, R {r:.3f})"
        )
    if not full and not clean:
        print("no pages found", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
