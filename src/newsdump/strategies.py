"""Hypothesis strategies for news dumps: test your scraper, your pipeline, or newsdump itself.

This module needs `hypothesis` (``pip install hypothesis``); ``import newsdump`` never imports
it.  See docs/testing-your-scraper.md for a walk-through.

- `articles` — valid `Article` values (Latin, German, French, Cyrillic, Arabic and Chinese text)
  that the canonical writer and the parser round-trip: ``parse(dumps(a)) == [a]``.
- `dump_records` — dump text in every layout of the format: header forms, separators,
  timestamp shapes, front-matter orders, line ends.
- `paragraphs` — lists of well-formed paragraphs, the input of `scraped`.
- `scraped` — what a scraper that breaks lines at inline links makes of known paragraphs.
- `hostile_text` — text no dump should contain, and dumps with such text mixed in.

Examples:
    >>> from hypothesis import given, settings
    >>> import newsdump
    >>> from newsdump.strategies import articles
    >>> @settings(max_examples=20, database=None)
    ... @given(articles())
    ... def round_trip(article):
    ...     assert newsdump.parse(newsdump.dumps(article)) == [article]
    >>> round_trip()
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
import unicodedata
from collections.abc import Callable, Sequence
from typing import Final, Literal

import attrs
from hypothesis import strategies as st

from ._model import Article, Block, DatePrecision

__all__ = [
    "HEADER_FORMS",
    "SEPARATORS",
    "TIMESTAMP_SHAPES",
    "Scraped",
    "Timestamp",
    "articles",
    "dump_records",
    "hostile_text",
    "paragraphs",
    "scraped",
    "timestamps",
]

# --------------------------------------------------------------------------------------------
# Vocabulary.  Plain running-text words only: no month or weekday names (a title made of them
# would read as a timestamp), no words the format reserves for page junk (share buttons,
# "photo:", "min", cookie notes), no byline openers ("by", "von", "par", "di", "av", …) and no
# bullets.  Each language has lower-case words, capitalised words (names) and a few numbers.


@attrs.frozen
class _Lang:
    words: tuple[str, ...]
    names: tuple[str, ...]
    spaced: bool = True
    ends: str = ".!?"


_LANGS: Final = {
    "en": _Lang(
        tuple(
            [
                "minister",
                "said",
                "talks",
                "would",
                "oppose",
                "any",
                "sanctions",
                "against",
                "trade",
                "ties",
                "country",
                "deepen",
                "agreed",
                "the",
                "new",
                "summit",
                "scheduled",
                "week",
                "officials",
                "report",
                "government",
                "with",
                "in",
                "on",
                "of",
                "and",
                "to",
                "for",
                "after",
                "before",
                "markets",
                "prices",
                "rose",
                "fell",
                "sharply",
                "across",
                "region",
                "visit",
                "statement",
                "defence",
                "budget",
                "plans",
                "energy",
                "supply",
                "talks",
                "border",
            ]
        ),
        tuple(
            [
                "Moscow",
                "Bamako",
                "Paris",
                "Vladimir",
                "Putin",
                "Africa",
                "Lisbon",
                "Oslo",
                "Tokyo",
                "Brussels",
            ]
        ),
    ),
    "de": _Lang(
        tuple(
            [
                "sagte",
                "der",
                "die",
                "das",
                "regierung",
                "hat",
                "neue",
                "gespräche",
                "über",
                "gegen",
                "mit",
                "und",
                "für",
                "nach",
                "wurde",
                "heute",
                "minister",
                "preise",
                "stiegen",
                "deutlich",
                "haushalt",
                "grenze",
                "besuch",
            ]
        ),
        tuple(["Berlin", "Regierung", "Minister", "Gespräche", "Haushalt", "München", "Kanzler"]),
    ),
    "fr": _Lang(
        tuple(
            [
                "le",
                "ministre",
                "a",
                "déclaré",
                "que",
                "les",
                "négociations",
                "été",
                "accord",
                "réunion",
                "avec",
                "pour",
                "dans",
                "une",
                "nouvelle",
                "économie",
                "prix",
                "hausse",
                "sommet",
            ]
        ),
        tuple(["Paris", "Bamako", "Élysée", "Québec", "Afrique"]),
    ),
    "ru": _Lang(
        tuple(
            [
                "министр",
                "заявил",
                "что",
                "переговоры",
                "санкции",
                "против",
                "торговли",
                "встреча",
                "была",
                "в",
                "на",
                "и",
                "с",
                "новые",
                "цены",
                "выросли",
            ]
        ),
        tuple(["Москва", "Москвы", "Путин", "Россия", "Кремль"]),
    ),
    "ar": _Lang(
        tuple(
            [
                "قال",
                "الوزير",
                "إن",
                "المحادثات",
                "العقوبات",
                "التجارة",
                "القمة",
                "الحكومة",
                "الأسعار",
            ]
        ),
        (),
        ends=".؟",
    ),
    "zh": _Lang(
        tuple(["部长", "表示", "会谈", "制裁", "贸易", "峰会", "政府", "价格", "上涨", "本周"]),
        (),
        False,
        "。",
    ),
}
LANGUAGES: Final = tuple(_LANGS)


def _cap(word: str) -> str:
    return word[:1].upper() + word[1:]


@st.composite
def _sentence(draw: st.DrawFn, lang: str, max_words: int = 12) -> str:
    lg = _LANGS[lang]
    n = draw(st.integers(2, max_words))
    pool = lg.words + lg.names
    words = [draw(st.sampled_from(pool)) for _ in range(n)]
    if lg.spaced:
        words[0] = _cap(words[0])
        if lang == "en" and n > 3 and draw(st.booleans()):
            words.insert(draw(st.integers(1, n - 1)), str(draw(st.integers(2, 2030))))
        if n > 3 and draw(st.booleans()):
            at = draw(st.integers(1, len(words) - 2))
            words[at] += ","
        return " ".join(words) + draw(st.sampled_from(lg.ends))
    return "".join(words) + draw(st.sampled_from(lg.ends))


@st.composite
def _paragraph(draw: st.DrawFn, lang: str, max_sentences: int = 3, full_stop: bool = False) -> str:
    sep = " " if _LANGS[lang].spaced else ""
    text = sep.join(draw(st.lists(_sentence(lang), min_size=1, max_size=max_sentences)))
    if full_stop and text[-1] not in ".。":
        text = text[:-1] + ("." if _LANGS[lang].spaced else "。")
    return text


def paragraphs(
    *, languages: Sequence[str] = LANGUAGES, min_size: int = 1, max_size: int = 5
) -> st.SearchStrategy[list[str]]:
    """Lists of paragraphs, all in one language drawn from ``languages`` (``en``, ``de``,
    ``fr``, ``ru``, ``ar``, ``zh``).

    A paragraph is one to three sentences; a sentence starts with a capital (cased scripts) and
    ends with sentence-final punctuation (``.!?``, ``。``, ``؟``), the paragraph's last one with
    a full stop (``.``, ``。``): a short paragraph ending in ``?`` or ``!`` is indistinguishable
    from a heading.  Words are separated by single spaces (no spaces in Chinese); commas follow
    words.  These are the typographic conventions
    that make the whitespace around a link recoverable (see `scraped`).
    """
    return st.sampled_from(list(languages)).flatmap(
        lambda lang: st.lists(
            _paragraph(lang, full_stop=True), min_size=min_size, max_size=max_size
        )
    )


# --------------------------------------------------------------------------------------------
# Timestamps: shapes `newsdump` reads, with the datetimes they denote.

_EN_MONTHS: Final = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_RU_MONTHS: Final = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
]
_DE_MONTHS: Final = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
]
_FR_MONTHS: Final = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
_UTC: Final = dt.timezone.utc


@attrs.frozen
class Timestamp:
    """A timestamp line and what it says.  ``date`` is the local calendar date it names (the
    date a header should carry for the line to agree with it)."""

    text: str
    published: dt.datetime | None
    updated: dt.datetime | None
    date: dt.date
    shape: str


def _h12(t: dt.datetime) -> str:
    return f"{(t.hour % 12) or 12}:{t.minute:02d} {'PM' if t.hour >= 12 else 'AM'}"


def _tz(minutes: int) -> dt.timezone:
    return _UTC if minutes == 0 else dt.timezone(dt.timedelta(minutes=minutes))


_Shape = Callable[[dt.datetime, dt.datetime | None], tuple[str, bool]]
# Each shape: (published local time, updated local time or None) → (text, aware?).  Aware
# shapes name a zone: GMT (0), IST (+5:30), EDT (-4:00), ISO offsets (+00:00).
_ZONE_OF: Final[dict[str, int]] = {"seed": 0, "bare": 0, "iso": 0, "ist": 330, "slash-edt": -240}


def _slash_edt(p: dt.datetime) -> str:
    hour = (p.hour % 12) or 12
    return f"{p:%m/%d/%Y} | {hour:02d}:{p.minute:02d}{'pm' if p.hour >= 12 else 'am'} EDT"


def _seed(p: dt.datetime, u: dt.datetime | None) -> tuple[str, bool]:
    text = f"{p:%H:%M} GMT {p:%d.%m.%Y}"
    if u is not None:
        text += f" (Updated: {u:%H:%M} GMT {u:%d.%m.%Y})"
    return text, True


_SHAPES: Final[dict[str, _Shape]] = {
    "seed": _seed,
    "bare": lambda p, u: (f"{p:%H:%M} GMT {p:%d.%m.%Y}", True),
    "iso": lambda p, u: (f"{p:%Y-%m-%dT%H:%M}+0000", True),
    "ist": lambda p, u: (
        (f"Updated: {u:%d-%m-%Y %H:%M} IST | " if u else "") + f"Created: {p:%d-%m-%Y %H:%M} IST",
        True,
    ),
    "slash-edt": lambda p, u: (_slash_edt(p), True),
    "published-us": lambda p, u: (
        f"Published {_EN_MONTHS[p.month - 1][:3]} {p.day}, {p.year} | {_h12(p)}",
        False,
    ),
    "comma-day-month": lambda p, u: (
        f"{p:%H:%M}, {p.day} {_EN_MONTHS[p.month - 1]} {p.year}",
        False,
    ),
    "russian": lambda p, u: (f"{p:%H:%M}, {p.day} {_RU_MONTHS[p.month - 1]} {p.year}", False),
    "german": lambda p, u: (
        f"{p.day}. {_DE_MONTHS[p.month - 1]} {p.year}, {p.hour}:{p.minute:02d} Uhr",
        False,
    ),
    "french": lambda p, u: (
        f"{p.day} {_FR_MONTHS[p.month - 1]} {p.year} à {p:%H:%M}",
        False,
    ),
    "cjk": lambda p, u: (f"{p.year}年{p.month}月{p.day}日{p:%H:%M}", False),
    "iso-pipe": lambda p, u: (f"{p:%Y-%m-%d} | {p:%H:%M}", False),
}
TIMESTAMP_SHAPES: Final = (*_SHAPES, "date-only", "relative")
"""The shapes `timestamps` draws from (a subset of FORMAT-NOTES §4)."""


@st.composite
def timestamps(draw: st.DrawFn, shapes: Sequence[str] = TIMESTAMP_SHAPES) -> Timestamp:
    """A timestamp line in one of ``shapes`` (see `TIMESTAMP_SHAPES`) and its meaning.

    ``published`` is aware exactly when the line names a zone; ``updated`` is set only by the
    shapes that carry an update (``seed``, ``ist``), and is never before ``published``.
    ``date-only`` (``Published On 4 Apr 2023``) means midnight, naive; ``relative``
    (``2 minutes ago``) means nothing without a reference time: both None.
    """
    shape = draw(st.sampled_from(list(shapes)))
    p = draw(st.datetimes(dt.datetime(1995, 1, 1), dt.datetime(2035, 12, 31))).replace(
        second=0, microsecond=0, fold=0
    )
    if shape == "relative":
        n = draw(st.integers(2, 59))
        unit = draw(st.sampled_from(["minutes", "hours"]))
        prefix = draw(st.sampled_from(["", "Updated "]))
        return Timestamp(f"{prefix}{n} {unit} ago", None, None, p.date(), shape)
    if shape == "date-only":
        text = f"Published On {p.day} {_EN_MONTHS[p.month - 1][:3]} {p.year}"
        return Timestamp(text, dt.datetime(p.year, p.month, p.day), None, p.date(), shape)
    u: dt.datetime | None = None
    if shape in ("seed", "ist") and draw(st.booleans()):
        u = p + dt.timedelta(minutes=draw(st.integers(1, 600)))
        if u.date() != p.date():
            u = None  # an update stamp on another day is a different shape of record
    text, aware = _SHAPES[shape](p, u)
    if aware:
        zone = _tz(_ZONE_OF[shape])
        return Timestamp(
            text,
            p.replace(tzinfo=zone),
            u.replace(tzinfo=zone) if u else None,
            p.date(),
            shape,
        )
    return Timestamp(text, p, u, p.date(), shape)


# --------------------------------------------------------------------------------------------
# Articles


def _squash(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


_HOSTS: Final = ("example.org", "news.example.com", "sputniknews.com", "site.example")
_LABELS: Final = ("UrduPoint.com", "International", "World News", "Sputnik International")


@st.composite
def _url(draw: st.DrawFn, day: dt.date | None) -> str:
    host = draw(st.sampled_from(_HOSTS))
    slug = "-".join(draw(st.lists(st.sampled_from(_LANGS["en"].words), min_size=1, max_size=5)))
    dated = day is not None and draw(st.booleans())
    path = f"{day:%Y/%m/%d}/" if dated and day is not None else ""
    return f"https://{host}/{path}{slug}.html"


@st.composite
def _title(draw: st.DrawFn, lang: str) -> str:
    """A headline: 2–10 words, capitalised, never ending with a full stop (a line ending in one
    reads as body text when no timestamp line follows)."""
    lg = _LANGS[lang]
    words = draw(st.lists(st.sampled_from(lg.words + lg.names), min_size=2, max_size=10))
    if lg.spaced:
        text = " ".join(_cap(w) if lang == "en" else w for w in words)
        text = _cap(text)
    else:
        text = "".join(words)
    return text + draw(st.sampled_from(["", "", "?", "!"] if lg.spaced else ["", "？"]))


@st.composite
def articles(
    draw: st.DrawFn, *, languages: Sequence[str] = LANGUAGES, max_blocks: int = 6
) -> Article:
    """Valid `Article` values that the canonical writer and the parser round-trip.

    What is representable in the canonical layout (header, title, lede, timestamp, blank line,
    blocks separated by blank lines), and therefore what is generated:

    - a header date at day, month or year precision, always present (``date`` alone on the
      header line without a date token is a header only before a URL);
    - a URL *or* a label (``UrduPoint.com``, ``World News``) or neither, never both: the
      header has one slot;
    - a lede only with a title (a lone line above the timestamp is the title), and, when there
      is no timestamp line, only with at least one body block after it (without a stamp, two
      lines after the header are read as title and first paragraph, not title and lede);
    - a title never ending in a full stop; with no title and no timestamp the first block
      ends with one (otherwise it reads as the title);
    - a timestamp line from `timestamps`, with ``published``/``updated`` what it denotes and
      the header date, at day precision, the date it names (the evidence that decides
      ``07.02.2023``);
    - body blocks of kind ``paragraph`` only: one line each, whole sentences (the kinds the
      repair would give a single blank-separated line are decided from its text, and a
      paragraph is the one kind any running text gets); no block repeats the title or the
      timestamp, or names the site (those lines are set aside as noise after a timestamp).
    """
    lang = draw(st.sampled_from(list(languages)))
    stamp = draw(st.none() | timestamps())
    precision: DatePrecision = draw(st.sampled_from(["day", "month", "year"]))
    day = stamp.date if stamp is not None else draw(st.dates(dt.date(1995, 1, 1)))
    if precision == "month":
        day = day.replace(day=1)
    elif precision == "year":
        day = day.replace(month=1, day=1)
    where = draw(st.sampled_from(["url", "label", "none"]))
    url = draw(_url(day)) if where == "url" else None
    label = draw(st.sampled_from(_LABELS)) if where == "label" else None
    title = draw(st.none() | _title(lang))
    blocks = draw(st.lists(_paragraph(lang, full_stop=True), max_size=max_blocks))
    lede = None
    if title is not None and (stamp is not None or blocks) and draw(st.booleans()):
        lede = draw(_sentence(lang))
    # lines the layout would set aside, by what they repeat (title, stamp, site name)
    sites = {_squash(x) for x in (label, url and url.split("/")[2].split(".")[0]) if x}
    keys = {_squash(title)} if title else set()
    if stamp is not None:
        keys.add(_squash(stamp.text))
    blocks = [b for b in blocks if _squash(b) not in keys | sites]
    return Article(
        url=url,
        label=label,
        title=title,
        lede=lede,
        timestamp=stamp.text if stamp else None,
        date=day,
        date_precision=precision,
        published=stamp.published if stamp else None,
        updated=stamp.updated if stamp else None,
        blocks=tuple(Block("paragraph", b) for b in blocks),
    )


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


# --------------------------------------------------------------------------------------------
# Dump records in every layout

HEADER_FORMS: Final = (
    "url",
    "label",
    "text",
    "title",
    "junk",
    "time",
    "month",
    "year",
    "bare",
    "none",
)
"""Header forms of FORMAT-NOTES §2: full date + URL, + label, + first text, + headline,
+ page junk, + time; month-only and year-only dates; ``bare`` (`` date YYYY-MM-DD`` alone);
``none`` (no header: the record starts with its title)."""

SEPARATORS: Final = ("single", "blank", "mixed")
"""Paragraph separators: single newlines (the seed), blank lines, or both."""

FRONT_ORDERS: Final = ("seed", "stamp-first", "no-lede", "repeated-title", "site-line", "byline")


@st.composite
def _record(
    draw: st.DrawFn,
    header: str | None,
    separator: str | None,
    timestamp: str | None,
    first: bool,
) -> str:
    lang = draw(st.sampled_from(LANGUAGES))
    form = header or draw(st.sampled_from(HEADER_FORMS if first else HEADER_FORMS[:-1]))
    if timestamp is None:
        stamp = draw(st.none() | timestamps())
    else:
        stamp = None if timestamp == "none" else draw(timestamps([timestamp]))
    day = stamp.date if stamp else draw(st.dates(dt.date(1995, 1, 1)))
    title = draw(_title(lang))
    lede = draw(_sentence(lang))
    body = draw(st.lists(_paragraph(lang), min_size=1, max_size=4))
    head = f" date {day.isoformat()}"
    if form == "url":
        head += " " + draw(_url(day))
    elif form == "label":
        head += " " + draw(st.sampled_from(_LABELS))
    elif form == "text":
        head += " " + body.pop(0)
        body = body or [draw(_paragraph(lang))]
    elif form == "title":
        head += " " + title
    elif form == "junk":
        head += " " + draw(st.sampled_from(["-", "Left Menu", "{{item.date | date}}", "Home"]))
    elif form == "time":
        head += f" {draw(st.integers(0, 23)):02d}:{draw(st.integers(0, 59)):02d}"
    elif form == "month":
        head = f" date {day:%Y-%m} " + draw(_sentence(lang))
    elif form == "year":
        head = f" date {day:%Y} " + draw(st.sampled_from(_HOSTS))
    front: list[str] = []
    order = draw(st.sampled_from(FRONT_ORDERS))
    ts = [stamp.text] if stamp else []
    if order == "stamp-first":
        front = [*ts, title]
    elif order == "no-lede":
        front = [title, *ts]
    elif order == "repeated-title":
        front = [title] * draw(st.integers(2, 4)) + [lede, *ts]
    elif order == "site-line":
        front = [draw(st.sampled_from(_LABELS)), title, lede, *ts]
    elif order == "byline":
        front = [title, lede, *ts, "By Jane Doe"]
    else:
        front = [title, lede, *ts]
    if form == "title":
        front = [x for x in front if x != title]
    sep = separator or draw(st.sampled_from(SEPARATORS))
    model: Model = draw(st.sampled_from(["after", "around"]))
    broken = draw(scraped(body, model=model, separator="\n", decidable=False))
    out = [head if form != "none" else "", *front]
    if form == "none":
        out = out[1:]
    for para, spans in zip(broken.paragraphs, broken.links, strict=False):
        pieces = _cuts(para, spans, model)
        if sep == "blank" or (sep == "mixed" and draw(st.booleans())):
            out.append("")
        out.extend(pieces)
    # incidental layout noise: runs of blank lines, indentation, trailing spaces
    if draw(st.booleans()):
        out = [x + draw(st.sampled_from(["", "", " ", "  "])) if x else x for x in out]
    if draw(st.integers(0, 4)) == 0 and len(out) > 2:
        at = draw(st.integers(2, len(out) - 1))
        out.insert(at, "\n\n")
    return "\n".join(out)


@st.composite
def dump_records(
    draw: st.DrawFn,
    *,
    header: str | None = None,
    separator: str | None = None,
    timestamp: str | None = None,
    line_end: str | None = None,
    min_records: int = 1,
    max_records: int = 3,
) -> str:
    """Dump text of ``min_records``..``max_records`` records in the layouts of FORMAT-NOTES.

    Every choice left None is drawn: ``header`` from `HEADER_FORMS` (``none`` only for the
    first record: a later header-less record would continue the one before), ``separator``
    from `SEPARATORS`, ``timestamp`` from `TIMESTAMP_SHAPES` or ``"none"`` for no timestamp
    line, ``line_end`` from ``"\\n"``, ``"\\r\\n"``, ``"\\r"``.  Bodies are broken at links
    (both scraper models), front matter comes in the orders seen (title/lede/stamp, stamp
    first, no lede, repeated title, a site-name line, a byline), and some lines carry
    indentation, trailing spaces or extra blank lines.  The text has no trailing newline
    unless drawn.
    """
    n = draw(st.integers(min_records, max_records))
    records = [draw(_record(header, separator, timestamp, first=i == 0)) for i in range(n)]
    text = "\n".join(records)
    if draw(st.booleans()):
        text += "\n"
    end = line_end or draw(st.sampled_from(["\n", "\n", "\r\n", "\r"]))
    return text.replace("\n", end) if end != "\n" else text


# --------------------------------------------------------------------------------------------
# Hostile text

_GARBAGE: Final = (
    "\x00",
    "\ufeff",
    "\ufffd",
    "\u200b",
    "\xa0",
    "\u202e",
    "\x0c",
    "\x0b",
    "\x85",
    "\u2028",
    "\r",
    "\r\n",
    "\n\n\n",
    "\t",
    " date ",
    " date 2023-13-45 x",
    " date 0000 ",
    "date",
    " date 2023-02-07 https://example.org/a",
    " date https://example.org/b",
    "<a href='https://x.example/'>link</a>",
    "</p><p>",
    "<script>alert(1)</script>",
    "&nbsp;&amp;",
    "....",
    "“«»”",
    "((((",
    "))))",
    "\U0001f600",
    "\ud800",
    "Ã©tÃ©",
    "14:00 GMT 07.02.2023",
    "99:99 GMT 31.02.2023",
    "2 minutes ago",
    "\\",
)


@st.composite
def hostile_text(draw: st.DrawFn, *, max_size: int = 400) -> str:
    """Text a dump should not contain, alone or mixed into real records: arbitrary Unicode
    (lone surrogates included), NUL and other control characters, BOMs, exotic line breaks,
    header-like lines inside bodies, HTML fragments, runs of punctuation, invalid dates and
    times, mojibake.  Sizes stay small (``max_size`` characters of arbitrary text, a few
    records); the hostile test-suite covers the huge inputs."""
    base = draw(
        st.one_of(
            st.text(max_size=max_size),
            st.text(st.characters(codec=None, exclude_categories=[]), max_size=max_size // 4),
            st.text(st.sampled_from(list(".,!?\"'-—…*#|/\\ \n")), max_size=max_size),
            dump_records(max_records=2),
            st.just(""),
        )
    )
    for _ in range(draw(st.integers(0, 6))):
        junk = draw(st.sampled_from(_GARBAGE) | st.text(max_size=20))
        junk *= draw(st.integers(1, 3))
        at = draw(st.integers(0, len(base)))
        base = base[:at] + junk + base[at:]
    return base
