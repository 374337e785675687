"""The writer: `Article` → the canonical dump layout.

Canonical layout (docs/format.md)::

     date YYYY-MM-DD URL-or-label
    Title
    Lede
    Timestamp line

    First block

    Second block

The header carries the date at its precision (``2023``, ``2023-02``, ``2023-02-07``); title,
lede and timestamp follow on their own lines when present; then a blank line, and the body
blocks separated by blank lines, so that no block boundary depends on the repair.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TextIO

from ._model import Article


def dumps(article: Article) -> str:
    """The canonical dump text of one article (no trailing newline).

    Examples:
        >>> from newsdump import Article, Block, parse
        >>> import datetime as dt
        >>> a = Article(url="https://example.org/x", title="Snow in Oslo", date=dt.date(2024, 1, 3),
        ...             date_precision="day", blocks=[Block("paragraph", "It snowed.")])
        >>> print(dumps(a))
         date 2024-01-03 https://example.org/x
        Snow in Oslo
        <BLANKLINE>
        It snowed.
        >>> parse(dumps(a)) == [a]
        True
    """
    if not isinstance(article, Article):
        hint = ": parse text with newsdump.parse" if isinstance(article, str) else ""
        raise TypeError(f"dumps() takes an Article, not {type(article).__name__}{hint}")
    head = " date"
    if article.date is not None:
        token = article.date.isoformat()
        if article.date_precision == "month":
            token = token[:7]
        elif article.date_precision == "year":
            token = token[:4]
        head += " " + token
    where = article.url if article.url is not None else article.label
    if where:
        head += " " + where
    out = [head]
    out.extend(x for x in (article.title, article.lede, article.timestamp) if x is not None)
    for block in article.blocks:
        out.append("")
        out.append(block.text)
    return "\n".join(out)


def dump(articles: Iterable[Article], fp: TextIO) -> None:
    """Write articles to an open text file in the canonical layout, one record after another.

    Examples:
        >>> import io
        >>> from newsdump import Article, parse
        >>> out = io.StringIO()
        >>> dump([Article(title="Eins"), Article(title="Zwei")], out)
        >>> [a.title for a in parse(out.getvalue())]
        ['Eins', 'Zwei']
    """
    if isinstance(articles, Article):
        raise TypeError(
            "dump() takes an iterable of articles, not one Article: dump([article], fp)"
        )
    first = True
    for article in articles:
        if not first:
            fp.write("\n")
        fp.write(dumps(article))
        fp.write("\n")
        first = False
