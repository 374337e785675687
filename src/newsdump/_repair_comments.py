"""Readers' comments after the article, found from the whole record (issue #19).

A comment is finished sentences, so the prose tests keep it as the article's: what tells a
comment section is its template, which repeats.  Each comment has a head — the reader's name
and a verb of saying (``Anna Berg sagt:``, `tw.COMMENT_HEAD`), or a short name with the date
and time on one line (``lena_k 12 March 2021 09:14``) — and, in most templates, a reply button
under its text (``Reply``, ``Antworten``, ``Répondre``, ``Responder``).  A head is *confirmed*
when a date line stands under it (`tw.comment_heads`) or when a reply button follows it before
the next head; the section starts at the first confirmed head after the article's first line
that another confirmed head follows, or that a comments header (``6 Kommentare``, ``Comments
(12)``) comes shortly before.  One dated line in an article (a quoted speaker over a date, a
byline with its date) never starts it: it needs a second head or a header, and a reply button.

`comment_start` gives that line; `_repair_bounds.bounds_asides` sets aside every line from it
on as ``noise:comments``.  The words are data (general labels of blog and forum templates in
the corpora's languages), never one page's strings.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from . import _repair_tail_words as tw
from . import _text as tx
from ._lazyre import lazy
from ._repair_registry import RULES
from ._repair_rules import Aside

__all__ = ["REPLY_WORDS", "comment_start", "set_comments"]

_COMMENTS: Final = RULES["noise:comments"].aside
_TITLE: Final = RULES["noise:title"].aside

REPLY_WORDS: Final = tx.words(
    # the reply button under a comment, alone on its line (lower case, without punctuation)
    "reply antworten répondre repondre responder rispondi reageer beantwoorden",
    "odpowiedz odpovědět svara svar vastaa yanıtla ответить",
)
"""A comment's reply button in the languages the corpora hold: a word no article line is
alone (``Reply ↓`` and ``REPLY`` read as ``reply``)."""
NAME_DATE: Final = lazy(
    globals(),
    "NAME_DATE",
    r"(?i)^(?!(?:" + tx.BYLINE_OPENERS + r")\s)[^\s\d,.;:!?]{2,30}(?:\s[^\s\d,.;:!?]{2,20}){0,2}\s"
    r"(?:\d{1,2}\.?\s[^\W\d_]{3,10}\.?,?\s(?:19|20)\d{2}|[^\W\d_]{3,10}\.?\s\d{1,2},?\s(?:19|20)"
    r"\d{2}|\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d{2})(?:,?\s(?:at\s|um\s|à\s|a\slas\s)?\d{1,2}[:.h]"
    r"\d{2}(?:\s?(?:uhr|am|pm|h))?)?$",
)
"""A comment's head on one line: one to three name-like words (no digits, no sentence marks,
not a by-word: a byline with its date is the article's) and a date with an optional time
(``lena_k 12 March 2021 09:14``, ``Jörg M. …`` is not one: its full stop is a sentence mark)."""
VOTES_HEAD: Final = lazy(
    globals(),
    "VOTES_HEAD",
    r"(?i)^\d+\s(?:points?|votes?|punkte|likes?|puntos|points)\s[·•|]\s\S.{0,48}$",
)
"""A forum's comment head: the comment's score and its age (``12 points · 3 years ago``); it
holds the comment's date, as a date line under a name does."""
HEADER: Final = lazy(
    globals(),
    "HEADER",
    r"(?i)^(?:\d+|one|eine?|une?|una?|uno)\s(?:repl(?:y|ies)|responses?|antworten|antwort"
    r"|réponses?|respuestas?|risposte?|thoughts?|réactions?|reacciones|kommentare?)\b|^vos\s"
    r"réactions|^(?:comments?|kommentare|commentaires|comentarios|commenti)\s\(\d+\)$",
)
"""A comments header besides `tw.COMMENTS_LABEL`'s words: ``Eine Antwort zu „…“``, ``3
replies on “…”``, ``Vos réactions (7)``."""
HEAD_CHARS: Final = 64
"""Characters: a head is no longer (a name and a date; a cheap test before the patterns)."""
HEADER_CHARS: Final = 80
"""Characters: a comments header is a label, or one naming the post (``2 replies to „…“``);
a longer line naming comments is a sentence."""
REPLY_CHARS: Final = 24
"""Characters: a reply button is one or two words with an arrow."""
COMMENT_GAP: Final = 40
"""Lines: a confirmed head's reply button, the next head after it, or a header before the first
head is at most this far (a comment of a dozen paragraphs with blank lines between them; the
comment sections of junk-dev have at most 17 lines from head to head)."""


def _head(text: str) -> bool:
    if len(text) > HEAD_CHARS:
        return False
    if text[-1:] == ":":
        return tw.COMMENT_HEAD.match(text) is not None
    return NAME_DATE.match(text) is not None or VOTES_HEAD.match(text) is not None


def _reply(text: str) -> bool:
    if len(text) > REPLY_CHARS:
        return False
    return " ".join(text.lower().strip(" ↓→»›.:!").split()) in REPLY_WORDS


def _header(text: str) -> bool:
    return len(text) <= HEADER_CHARS and (
        tw.COMMENTS_LABEL.search(text) is not None or HEADER.match(text) is not None
    )


def comment_start(texts: Sequence[str], first: int) -> int | None:
    """The line where the readers' comments start (their first confirmed head after line
    ``first``, the article's first), or None when no section repeats.

    >>> comment_start(["Text.", "More text.", "Anna sagt:", "Gut so.", "Antworten",
    ...                "jdoe sagt:", "Nein.", "Antworten"], 0)
    2
    >>> comment_start(["Text.", "Die Ministerin sagt:", "Wir bauen neu.", "Antworten"], 0)
    >>> comment_start(["Text.", "12 Comments", "lena_k 12 March 2021 09:14", "Nice.",
    ...                "Reply"], 0)
    2
    """
    n = len(texts)
    # (a cheap screen first: most records have no reply button, no dated head, no score line)
    dated = tw.comment_heads(texts)
    if not dated and not any(
        _reply(t) or (t[:1].isdigit() and VOTES_HEAD.match(t)) for t in texts[first + 1 :]
    ):
        return None
    heads = [i for i in range(first + 1, n) if texts[i] and _head(texts[i])]
    confirmed = []
    for k, h in enumerate(heads):
        stop = min(heads[k + 1] if k + 1 < len(heads) else n, h + COMMENT_GAP)
        replied = any(_reply(texts[i]) for i in range(h + 1, stop))
        if h in dated or VOTES_HEAD.match(texts[h]) or replied:
            confirmed.append(h)
    for k, h in enumerate(confirmed):
        if k + 1 < len(confirmed) and confirmed[k + 1] - h <= COMMENT_GAP:
            return h
        if any(_header(texts[i]) for i in range(max(first + 1, h - COMMENT_GAP), h)):
            return h
    return None


def set_comments(texts: Sequence[str], first: int, out: list[Aside | None]) -> bool:
    """Set aside every line from the comments' start (`comment_start`, or the comments header
    right above it) on as ``noise:comments`` in ``out`` (the bounds' asides; a repeat of the
    title keeps its own); whether a line was."""
    start = comment_start(texts, first)
    if start is None:
        return False
    if start - 1 > first and _header(texts[start - 1]):
        start -= 1  # (``Vos réactions (2)`` / ``Margaux dit :``)
    for i in range(start, len(texts)):
        if out[i] is not _TITLE:
            out[i] = _COMMENTS
    return True
