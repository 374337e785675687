"""Strategies for the scraper's defect: known paragraphs broken at inline links, and the rules
that say which breaks can be undone from the lines alone (`newsdump.strategies` re-exports
the public ones)."""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Sequence
from typing import Final, Literal

import attrs
from hypothesis import strategies as st

# --------------------------------------------------------------------------------------------
# The scraper's defect, simulated

Model = Literal["after", "around"]
Link = tuple[int, int]
"""A link's ``(start, end)`` character span in its paragraph."""


@attrs.frozen
class Scraped:
    """Paragraphs as a link-breaking scraper wrote them.

    ``paragraphs`` are the originals, ``links`` the link spans per paragraph, ``lines`` the
    dump lines the scraper produced (paragraphs separated by ``separator``: ``"\\n"`` as in
    the seed record, or ``"\\n\\n"``), ``breaks`` the link breaks as ``(left, right)``
    pieces.
    """

    paragraphs: tuple[str, ...]
    links: tuple[tuple[Link, ...], ...]
    lines: tuple[str, ...]
    model: Model
    separator: str
    breaks: tuple[tuple[str, str], ...]

    @property
    def text(self) -> str:
        """The dump body: ``lines`` joined by newlines."""
        return "\n".join(self.lines)


def _cuts(text: str, links: Sequence[Link], model: Model) -> list[str]:
    cuts = {0, len(text)}
    for start, end in links:
        cuts.add(end)
        if model == "around":
            cuts.add(start)
    points = sorted(cuts)
    pieces = [text[a:b].strip() for a, b in itertools.pairwise(points)]
    return [p for p in pieces if p]


def _word_spans(text: str) -> list[Link]:
    """Where links may start and end: words (letters, digits, inner hyphens) of spaced text;
    any letter of an unspaced (Chinese) run."""
    spans: list[Link] = []
    for m in re.finditer(r"[^\W_]+(?:[-'’][^\W_]+)*", text):
        word = m.group()
        if any(unicodedata.east_asian_width(ch) == "W" for ch in word):
            spans.extend((m.start() + i, m.start() + i + 1) for i in range(len(word)))
        else:
            spans.append(m.span())
    return spans


_CLOSING: Final = frozenset(",.;:!?)")


def _continues(piece: str) -> bool:
    """Whether ``piece`` cannot start a paragraph: a lower-case letter or closing punctuation
    (a generated paragraph starts with a capital, an uncased letter or a digit)."""
    first = piece[:1]
    return first in _CLOSING or first.islower()


def _ends_sentence(piece: str) -> bool:
    return piece[-1:] in ".!?。؟"


def undecidable(left: str, right: str, *, separator: str, first_in_paragraph: bool) -> str | None:
    """Why the link break between the pieces ``left`` and ``right`` cannot be undone from the
    lines alone (None when it can).  The generated paragraphs are well-formed (`paragraphs`):
    every paragraph starts with a capital, an uncased letter or a digit and ends with
    sentence-final punctuation, and whitespace follows typographic convention (a space between
    words, none before ``,.;:!?)``), so the separator a join needs is always decidable.  What is
    not:

    - ``"\\n"`` (single-newline) layout: a break whose right piece could start a paragraph
      (a capital, an uncased letter — Arabic, Chinese — or a digit).  The same lines arise
      from a paragraph or a heading ending at the break, and headings need no final
      punctuation; only a lower-case letter or closing punctuation rules a paragraph start out.
    - ``"\\n\\n"`` (blank-line) layout: every single newline is inside a paragraph, except
      that a heading may stand directly above its paragraph (records mix both separators).
      So a paragraph's *first* break is undecidable when its left piece does not end a
      sentence and its right piece could start a paragraph (as above).
    """
    if _continues(right):
        return None
    if separator == "\n":
        return "single-newline layout: the right piece may start a new paragraph"
    if first_in_paragraph and not _ends_sentence(left):
        return "blank-line layout: the first line may be a heading above its paragraph"
    return None


def looks_wrapped(lines: Sequence[str]) -> bool:
    """Whether single-newline ``lines`` look hard-wrapped at a fixed width (docs/repair.md: at
    least 6 lines, 60% of them within 15 characters of the longest, which is at most 100):
    then a short line may be a paragraph end or a wrap, and a break that is a paragraph end
    in the original is indistinguishable from a wrap point.  Such bodies are undecidable."""
    texts = [x.strip() for x in lines if x.strip()]
    if len(texts) < 6:
        return False
    widest = max(len(x) for x in texts)
    near = sum(1 for x in texts if len(x) >= widest - 15)
    return widest <= 100 and near >= 0.6 * len(texts)


MENU_LINES: Final = 20
"""Lines: the layout reads a record this long, a quarter of its lines short and no link's mark
shown, as a page whose short lines are its furniture (docs/junk.md, "Lines that are whole
paragraphs": ``PROSE_MIN`` and ``SHORT_SHARE``)."""


def _short(line: str) -> bool:
    # not prose in the layout's sense (docs/junk.md): under 40 characters and five words, and
    # under 12 characters when it opens with an uncased letter (Chinese, Arabic)
    if len(line) >= 40 or line.count(" ") >= 4:
        return False
    first = next((c for c in line if c.isalpha()), "")
    return not (len(line) >= 12 and first and first.lower() == first.upper())


def looks_like_menu(lines: Sequence[str]) -> bool:
    """Whether ``lines`` are `MENU_LINES` or more non-blank lines, a quarter of them short
    (under 40 characters and five words), with no mark of a link's cut: no line opens with
    closing punctuation, and fewer than three long lines go on from a long line in lower case.
    A paragraph cut at nearly every word reads the same as a menu or a tag list, whose breaks
    the repair keeps (issue #19).  Such bodies are undecidable."""
    texts = [x.strip() for x in lines if x.strip()]
    if len(texts) < MENU_LINES or sum(1 for x in texts if _short(x)) * 4 < len(texts):
        return False
    if any(x[0] in _CLOSING for x in texts):
        return False
    runs = sum(
        1 for a, b in itertools.pairwise(texts) if not (_short(a) or _short(b)) and b[0].islower()
    )
    return runs < 3


def _apply(
    paras: Sequence[str], links: Sequence[Sequence[Link]], model: Model, separator: str
) -> Scraped:
    lines: list[str] = []
    breaks: list[tuple[str, str]] = []
    for k, (text, spans) in enumerate(zip(paras, links, strict=False)):
        pieces = _cuts(text, spans, model)
        breaks.extend(itertools.pairwise(pieces))
        if k and separator == "\n\n":
            lines.append("")
        lines.extend(pieces)
    return Scraped(
        tuple(paras),
        tuple(tuple(s) for s in links),
        tuple(lines),
        model,
        separator,
        tuple(breaks),
    )


@st.composite
def _draw_links(
    draw: st.DrawFn, text: str, model: Model, separator: str, decidable: bool
) -> tuple[Link, ...]:
    words = _word_spans(text)
    chosen: list[Link] = []
    taken = -1
    i = 0
    while i < len(words):
        if words[i][0] > taken and draw(st.integers(0, 3)) == 0:
            j = min(len(words), i + draw(st.integers(1, 3)))
            # a link's words are contiguous: stop at punctuation inside the span
            while j > i + 1 and re.search(r"[^\w\s'’-]", text[words[i][0] : words[j - 1][1]]):
                j -= 1
            span = (words[i][0], words[j - 1][1])
            if re.search(r"[^\w\s'’-]", text[span[0] : span[1]]):
                i += 1
                continue
            trial = [*chosen, span]
            if not decidable or _decidable(text, trial, model, separator):
                chosen = trial
                taken = span[1]
                i = j
                continue
        i += 1
    return tuple(chosen)


def _decidable(text: str, links: Sequence[Link], model: Model, separator: str) -> bool:
    pieces = _cuts(text, links, model)
    return all(
        undecidable(a, b, separator=separator, first_in_paragraph=k == 0) is None
        for k, (a, b) in enumerate(itertools.pairwise(pieces))
    )


@st.composite
def scraped(
    draw: st.DrawFn,
    paragraphs: Sequence[str] | st.SearchStrategy[Sequence[str]],
    links: Sequence[Sequence[Link]] | None = None,
    model: Model = "after",
    separator: str | None = None,
    decidable: bool = True,
) -> Scraped:
    """What a scraper that breaks lines at inline links makes of known ``paragraphs``.

    ``model="after"`` (the seed's defect): a line break right after every link, and the
    whitespace that followed the link dropped (``… any <a>sanctions</a> against …`` →
    ``… any sanctions`` / ``against …``; ``… with <a>France</a>.`` → ``… with France`` /
    ``.``).  ``model="around"`` (BeautifulSoup's ``get_text("\\n")``): a break before the link
    too, so its text stands on a line of its own.

    ``paragraphs`` is a list of strings or a strategy of lists (`paragraphs`).  ``links`` gives
    the link spans per paragraph; by default they are drawn (one to three whole words, none
    crossing punctuation), and with ``decidable=True`` only links whose breaks `undecidable`
    accepts are drawn, so that a perfect repair recovers the paragraphs exactly.  ``separator``
    is ``"\\n"``, ``"\\n\\n"`` or None (drawn).
    """
    paras = list(paragraphs if isinstance(paragraphs, Sequence) else draw(paragraphs))
    sep = separator if separator is not None else draw(st.sampled_from(["\n", "\n\n"]))
    # one paragraph shows no blank line: its lines read as a single-newline record
    layout = sep if len(paras) > 1 else "\n"
    if links is None:
        spans = [draw(_draw_links(p, model, layout, decidable)) for p in paras]
    else:
        spans = [tuple(x) for x in links]
    return _apply(paras, spans, model, sep)
