"""Noise blocks in the exports and the command line: what the text outputs leave out, and why.

`Article.text` and the ``paragraphs`` column hold the paragraph blocks only; page junk the
repair set aside (``noise`` blocks, each with the rule that did it: docs/junk.md) is kept in
``blocks``, named with its rule in the ``noise`` column (`noise_of`), counted by rule in the
command line's summary (`noise_summary`), and put back in place by ``--keep-noise``
(`noise_kept`).
"""

from __future__ import annotations

from collections import Counter
from typing import Any, Final

import attrs

from ._model import Article

RULES_SHOWN: Final = 3
"""Rules named in the summary line (the most frequent first); the rest are counted."""


@attrs.frozen
class Noise:
    """A ``noise`` block, which ``paragraphs`` and `Article.text` leave out: the rule that set
    it aside (``noise:tail``, ``noise:share-buttons``, …: see docs/junk.md), its text and its
    first line, so that what was left out, and why, is said beside what was kept."""

    rule: str
    text: str
    first_line: int


def noise_of(article: Article) -> list[dict[str, Any]]:
    """The ``noise`` column: each noise block of ``article`` as a `Noise` dict, in order.

    Examples:
        >>> from newsdump import Article, Block
        >>> noise_of(Article(blocks=[Block("paragraph", "It rained."),
        ...                          Block("noise", "Share", 2, 2, "noise:share-label")]))
        [{'rule': 'noise:share-label', 'text': 'Share', 'first_line': 2}]
    """
    return [
        {"rule": b.rule or "noise", "text": b.text, "first_line": b.first_line}
        for b in article.blocks
        if b.kind == "noise"
    ]


def noise_kept(article: Article) -> list[str]:
    """``paragraphs`` with ``--keep-noise``: the paragraph and noise texts, in block order.

    Examples:
        >>> from newsdump import Article, Block
        >>> noise_kept(Article(blocks=[Block("paragraph", "It rained."), Block("heading", "Q"),
        ...                            Block("noise", "Share", 3, 3, "noise:share-label")]))
        ['It rained.', 'Share']
    """
    return [b.text for b in article.blocks if b.kind in ("paragraph", "noise")]


def noise_summary(counts: Counter[str], *, kept: bool) -> str:
    """The summary line's part on noise blocks: how many, left out of (or ``kept`` in) the text,
    by rule, the most frequent first ("" when there are none).

    Examples:
        >>> noise_summary(Counter({"noise:tail": 7, "noise:follow-us": 2}), kept=False)
        '9 noise blocks left out (7 noise:tail, 2 noise:follow-us)'
        >>> noise_summary(Counter({"noise:tail": 1}), kept=True)
        '1 noise block kept (1 noise:tail)'
        >>> noise_summary(Counter("abcde"), kept=False)
        '5 noise blocks left out (1 a, 1 b, 1 c, 2 more)'
        >>> noise_summary(Counter(), kept=False)
        ''
    """
    total = sum(counts.values())
    if not total:
        return ""
    top = counts.most_common(RULES_SHOWN)
    by_rule = [f"{n} {rule}" for rule, n in top]
    rest = total - sum(n for _, n in top)
    if rest:
        by_rule.append(f"{rest} more")
    what = "noise block" if total == 1 else "noise blocks"
    return f"{total} {what} {'kept' if kept else 'left out'} ({', '.join(by_rule)})"
