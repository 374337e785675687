"""The text another extractor (trafilatura) or the page's JSON-LD calls the article, located in
the tree: the element covering most of its words, and whether a block is made of them."""

from __future__ import annotations

import re
from typing import Any, Final

from ._html_elements import _END, _START, _walk

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
