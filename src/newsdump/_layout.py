"""Step 4 of the pipeline: find the title, lede and timestamp lines of a record.

The seed layout puts them on the three lines after the header, but real records move them
about (FORMAT-NOTES §3): a site-name line or a byline in between, the title repeated, no lede,
no timestamp, the timestamp before the title.  The rules, in order:

1. Look at the first MAX_FRONT_LINES non-blank lines.  Of the first MAX_STAMP_POSITION, the
   lines that read whole as a timestamp are candidates; the first whose date agrees (within a
   day) with the header or URL date is the timestamp line, else the first candidate.  (Pages
   carry other dates above the scraper's stamp: ``July 11, 2011``, ``Aktualisiert am …``.)
2. With a timestamp line: the lines before it are, in order, the title and the lede.  Exactly
   two lines before it are the title and the lede by position (the seed layout), whatever they
   look like: a page whose description repeats its headline, or is a site name or a byline,
   still has that description as its lede.  Otherwise a line that repeats the title, names the
   site, or is a byline is set aside instead.  Lines right
   after the timestamp that repeat it (page metadata) or are a byline are set aside too.  When
   the timestamp comes first, the next line is the title (in a blank-line record, only when no
   blank line separates them), and there is no lede.
3. Without one: the first line is the title when it reads like one; the next is the lede when
   it is in the title's paragraph group (blank-line records), or is a standfirst after a blank
   line (the body restarts after it with a dateline, or it restates the title in sentence
   case), or is a finished sentence that does not open with a dateline and reads as a summary
   (single-newline records: at most two sentences and LEDE_MAX_WORDS words; a longer line is
   the body's opening paragraph).
4. Page furniture above the headline (a section label in capitals, a breadcrumb, a photo
   caption) is set aside as noise, never taken for the title (`is_page_label`).  When no line
   is the title, a header label that reads as a headline (three words in sentence case) is.
5. A top-bar clock (``14:02 GMT12 August 2021``) more than a day after the URL's or header's
   date is the time of the crawl: that date is taken for ``published``, with a
   ``stamp-disagrees`` note.

Everything not taken here is body, handed to the repair.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Final, Literal

import attrs

from ._lazyre import lazy
from ._text import BYLINE_OPENERS, FULL_STOP_AT_END, LAYOUT_SENTENCE_END
from ._timestamps import Note, Stamp, date_from_url, entry_time, parse_timestamp

MAX_FRONT_LINES: Final = 8
"""Title, lede and timestamp stand within the first 8 non-blank lines in every layout seen
(site name + title repeated 3 times + byline + lede + timestamp is 7)."""

MAX_STAMP_POSITION: Final = 6
"""A stamp further down than the 6th non-blank line is body text, not the record's timestamp."""

TITLE_MAX_CHARS: Final = 300
"""The longest headlines seen are ~200 characters; a longer first line is body text."""

Role = Literal["title", "lede", "timestamp", "noise", "byline", "paragraph"]
"""``paragraph``: an ordinary line inside the front matter (a third line before the stamp)."""

_BYLINE: Final = lazy(globals(), "_BYLINE", rf"(?:{BYLINE_OPENERS})\s+\S", re.IGNORECASE)
# A dateline opens a body paragraph: "BAMAKO (Sputnik) - ", "TOKYO, August 7. /TASS/.", "PARIS: "
_DATELINE: Final = lazy(
    globals(),
    "_DATELINE",
    r"[A-ZÀ-ÞА-Я][A-ZÀ-ÞА-Я'’.-]+(?: [A-ZÀ-ÞА-Я][A-ZÀ-ÞА-Я'’.-]+){0,3}(?:,| ?\(| ?[-–—:])",
)
_SENTENCE_END: Final = lazy(globals(), "_SENTENCE_END", LAYOUT_SENTENCE_END)
_FULL_STOP: Final = lazy(globals(), "_FULL_STOP", FULL_STOP_AT_END)
_DOMAIN: Final = lazy(
    globals(),
    "_DOMAIN",
    r"(?:https?://)?(?:www\.)?([\w-]+)(?:\.[\w-]+)*\.(?!s?html?\Z|php\Z|aspx?\Z)[a-z]{2,12}/?\Z",
    re.I,
)
_ONE_DAY: Final = dt.timedelta(days=1)
# A photo caption or credit line: the words pages put before one.
_CAPTION: Final = lazy(
    globals(),
    "_CAPTION",
    r"(?:©|\(c\)\s|image (?:copyright|caption)|(?:photo|foto|bild|imagem|imagen|picture|"
    r"fotografia|crédito|credit|фото)s?\s?[:：©]|getty images|afp photo)",
    re.IGNORECASE,
)
# Breadcrumb separators: " / ", " › ", " > ", " » ", " » ".
_CRUMB: Final = lazy(globals(), "_CRUMB", r"\s+[/›>»]\s+")
_HAS_DIGIT: Final = lazy(globals(), "_HAS_DIGIT", r"\d")
# A sentence end inside a line: a stop, a space and a capital.
_INNER_END: Final = lazy(globals(), "_INNER_END", r"[.!?…。؟]['\"”’»)]?\s+[\"'“«(]?[^\W\d_]")

LABEL_MAX_WORDS: Final = 3
"""Section labels and breadcrumb steps are one to three words (``HEADLINES``, ``World News``,
``News / World``), as site and section names in headers are (`_header.LABEL_MAX_WORDS`)."""

_WORDS: Final = lazy(globals(), "_WORDS", r"[^\W_]+")
REPEAT_MIN_WORDS: Final = 3
"""A title of fewer content words is too short for a repetition of it to be told from chance."""
REPEAT_SLACK: Final = 6
"""A standfirst restating its title adds a few words among the title's (articles, a verb)."""

LEDE_MAX_WORDS: Final = 60
"""Standfirsts seen run to ~45 words; a longer line under the title is the body's opening."""
# A top-bar clock: a time, a zone glued to the day, a month name, a year (``14:02 GMT12 August``)
_CLOCK: Final = lazy(
    globals(), "_CLOCK", r"\d{1,2}:\d{2}\s?[A-Z]{2,4}\d{1,2}\s?[^\W\d_]+\.?\s?\d{4}\Z"
)


@attrs.frozen
class Front:
    """Roles of the record's front lines, by index into the lines given to `find_front`."""

    roles: dict[int, Role]
    stamp: Stamp | None
    body_start: int
    title_from_header: bool = False
    label_is_title: bool = False
    """The header's label reads as the headline and no line is one: take it for the title."""


_NOT_ALNUM: Final = lazy(globals(), "_NOT_ALNUM", r"[\W_]+")


_ASCII_NOT_ALNUM: Final = bytes(b for b in range(128) if not chr(b).isalnum())
"""The ASCII characters `_NOT_ALNUM` matches, as bytes for ``bytes.translate`` to delete."""


def _squash(text: str) -> str:
    """A comparison key: case-folded letters and digits only (``Rain — in Lisbon!`` →
    ``raininlisbon``), so a repeated title matches whatever its punctuation.

    An ASCII text (where case folding is lower-casing) is squashed as bytes, in C, in a third
    of the regex's time (issue #16; tests/test_fast_s12_front.py checks the two agree)."""
    if text.isascii():
        return text.encode().lower().translate(None, _ASCII_NOT_ALNUM).decode()
    return _NOT_ALNUM.sub("", text.casefold())


def _squashes_to(text: str, key: str) -> bool:
    """Whether ``_squash(text) == key``, without squashing all of a long line: `_squash` keeps
    or drops each character on its own (case folding and the class test see no neighbour), so
    the squash of an opening is the opening of the squash, and an opening of a line that
    squashes longer than ``key`` already tells them apart."""
    head = 2 * len(key) + 16  # an opening of ordinary text this long squashes longer
    if len(text) > head and len(_squash(text[:head])) > len(key):
        return False
    return _squash(text) == key


def _site_names(url: str | None, label: str | None) -> set[str]:
    names = set()
    if label:
        names.add(_squash(label))
        m = _DOMAIN.match(label.strip())
        if m:
            names.add(_squash(m.group(1)))
    if url:
        host = url.split("//", 1)[-1].split("/", 1)[0].lower()
        parts = [p for p in host.split(".") if p not in ("www", "m", "amp")]
        if parts:
            names.add(_squash(parts[0]))
            names.add(_squash("".join(parts)))
    names.discard("")
    return names


SITE_NAME_MAX_CHARS: Final = 60
"""Characters: a site's name (``FennPoint.com``, ``The Daily Lark``) is shorter; a longer line is
no site name, and is not squashed to be compared with one."""


def _is_site_name(text: str, sites: set[str]) -> bool:
    if len(text) > SITE_NAME_MAX_CHARS:
        return False
    if _DOMAIN.match(text):
        return True
    squashed = _squash(text)
    return bool(squashed) and squashed in sites


def _is_byline(text: str) -> bool:
    return (
        len(text) <= 80
        and len(text.split()) <= 10
        and bool(_BYLINE.match(text))
        and not (_SENTENCE_END.search(text) and len(text.split()) > 6)
    )


def is_page_label(text: str) -> bool:
    """A line of page furniture above a headline: a section label in capitals (``HEADLINES``),
    a breadcrumb (``News / World``), a photo caption or credit (``Image copyright …``).

    Examples:
        >>> [is_page_label(t) for t in ["HEADLINES", "News / World", "Politik › Inland",
        ...  "Foto: Anna Berg", "NATO Summit Opens", "AC/DC Tour Cancelled"]]
        [True, True, True, True, False, False]
    """
    if _CAPTION.match(text):
        return True
    if _SENTENCE_END.search(text) or len(text) > 60:
        return False
    words = text.split()
    if (
        len(words) <= LABEL_MAX_WORDS
        and text.isupper()
        and len(text) >= 4
        and not _HAS_DIGIT.search(text)
    ):
        return True
    parts = _CRUMB.split(text)
    return len(parts) >= 2 and all(
        p and len(p.split()) <= LABEL_MAX_WORDS and p[0].isupper() for p in parts
    )


def _headline_label(label: str, url: str | None) -> bool:
    """Whether the header's short text (read as a label: three words at most) is rather a
    headline in sentence case (``Greve fecha metrô``): three words, two of them lower-case, and
    no site name.  Section names are one or two words or capitalised (``World News Today``)."""
    words = label.split()
    lower = sum(1 for w in words if w.islower() and len(w) >= 3)
    return (
        len(words) == 3 and lower >= 2 and not _is_site_name(label.strip(), _site_names(url, None))
    )


def content_words(text: str) -> list[str]:
    """The title's distinct words that carry meaning: four letters or more, case-folded, in
    order (a word said twice is one word of evidence)."""
    return list(dict.fromkeys(w for w in _WORDS.findall(text.casefold()) if len(w) >= 4))


def repeats(text: str, title_words: list[str]) -> bool:
    """Whether ``text`` opens by restating the title (in sentence case, perhaps after an
    article): every one of its REPEAT_MIN_WORDS or more content words within the first words of
    ``text``."""
    if len(title_words) < REPEAT_MIN_WORDS:
        return False
    opening = set(_WORDS.findall(text.casefold())[: len(title_words) + REPEAT_SLACK])
    return all(w in opening for w in title_words)


def _is_summary(text: str) -> bool:
    """A standfirst: at most LEDE_MAX_WORDS words in at most two sentences.  An opening body
    paragraph runs longer (three sentences and more)."""
    return len(text.split()) <= LEDE_MAX_WORDS and len(_INNER_END.findall(text)) < 2


def _after(stamp: Stamp, evidence: Sequence[dt.date]) -> bool:
    """Whether the stamp's dates are all more than a day after every date known from the header
    or URL: a clock that shows the time of the crawl (a crawl comes after the publication; a
    stamp days *before* the URL's date is the outlet's own, wrong or not)."""
    days = [d.date() for d in (stamp.published, stamp.updated) if d is not None]
    return bool(days) and all(day - e > _ONE_DAY for day in days for e in evidence)


def _agrees(stamp: Stamp, evidence: Sequence[dt.date]) -> bool:
    """Whether the stamp's dates are within a day of a date known from the header or URL."""
    for when in (stamp.published, stamp.updated):  # (a loop: asked of every stamp found)
        if when is not None:
            day = when.date()
            for e in evidence:
                if abs(day - e) <= _ONE_DAY:
                    return True
    return False


def _prefer_evidence(stamp: Stamp, url: str | None, evidence: Sequence[dt.date]) -> Stamp:
    """A page's top-bar clock (``14:02 GMT12 August 2021``: the zone glued to the day) more than
    a day after the record's other dates shows the time of the crawl: the URL's date (else the
    header's) is taken for ``published`` (a date only) and a ``stamp-disagrees`` note says so."""
    other = (date_from_url(url) if url else None) or evidence[0]
    said = ", ".join(d.date().isoformat() for d in (stamp.published, stamp.updated) if d)
    note = Note(
        "stamp-disagrees",
        f"the stamp says {said} but the record says {other.isoformat()}: "
        "a clock showing the time of the crawl, not taken for the publication time",
        1,
    )
    return attrs.evolve(
        stamp,
        published=dt.datetime(other.year, other.month, other.day),
        updated=None,
        notes=(*stamp.notes, note),
    )


def find_front(
    lines: Sequence[str],
    *,
    title: str | None = None,
    url: str | None = None,
    label: str | None = None,
    evidence: Sequence[dt.date] = (),
    stamp_only: bool = False,
    lede: str | None = None,
) -> Front:
    """Assign the front roles.  ``title`` (and ``lede``) are already read from the header;
    ``stamp_only`` (the header held the first paragraph) looks for nothing but a stamp on the
    first line.

    Examples:
        >>> lines = ["Rain in Lisbon", "It rained all day.", "10:00 GMT 07.02.2023", "Body."]
        >>> f = find_front(lines)
        >>> sorted(f.roles.items()), f.body_start
        ([(0, 'title'), (1, 'lede'), (2, 'timestamp')], 3)
    """
    cands: list[tuple[int, str, bool]] = []  # (index, stripped text, blank line before it)
    gap = False
    for i, raw in enumerate(lines):
        text = raw.strip()
        if not text:
            gap = bool(cands)
            continue
        cands.append((i, text, gap))
        gap = False
        if len(cands) >= MAX_FRONT_LINES:
            break
    roles: dict[int, Role] = {}
    if not cands:
        return Front(roles, None, len(lines), title is not None)
    first_front = cands[0][0]

    def blank_layout() -> bool:  # whether the record has blank lines (asked only when needed)
        return not all(map(str.strip, lines[first_front:]))  # in C: a blank strips to ""

    # each line is read as a stamp at most once: the lines after the stamp were often read
    # already, looking for one that agrees with the evidence
    read: dict[str, Stamp | None] = {}

    def read_stamp(text: str) -> Stamp | None:
        if text in read:
            return read[text]
        found = read[text] = parse_timestamp(text, evidence=evidence)
        return found

    stamp: Stamp | None = None
    at = -1
    for j, (_i, text, _g) in enumerate(cands[: 1 if stamp_only else MAX_STAMP_POSITION]):
        found = read_stamp(text)
        if found is None:
            continue
        if at < 0:
            stamp, at = found, j
        if not evidence or _agrees(found, evidence):
            stamp, at = found, j
            break
    if stamp is not None and evidence and _CLOCK.match(cands[at][1]) and _after(stamp, evidence):
        stamp = _prefer_evidence(stamp, url, evidence)
    if stamp_only:
        if at < 0:
            return Front(roles, None, 0, False)
        roles[cands[0][0]] = "timestamp"
        return Front(roles, stamp, cands[0][0] + 1, False)

    # the site's names, made when a line short enough to be one asks (most records' lines after
    # the stamp are paragraphs, longer)
    sites: list[set[str]] = []
    have_title = title is not None
    title_key = _squash(title) if title else None
    last = -1  # index of the last front line

    def aside(text: str, above: bool = True) -> Role | None:
        # ``above``: a line before the stamp (or without one) may be a photo caption, and above
        # the title a section label or a breadcrumb; after the stamp, the repair tells those
        if above and (_CAPTION.match(text) or (title_key is None and is_page_label(text))):
            return "noise"
        if title_key is not None and _squashes_to(text, title_key):
            return "noise"
        if len(text) <= SITE_NAME_MAX_CHARS:
            if not sites:
                sites.append(_site_names(url, label))
            if _is_site_name(text, sites[0]):
                return "noise"
        if _is_byline(text):
            return "byline"
        return None

    if stamp is not None:
        ts_index = cands[at][0]
        roles[ts_index] = "timestamp"
        last = ts_index
        have_lede = lede is not None
        seed = at == 2 and not have_title  # title and lede by position (rule 2)
        for i, text, _g in cands[:at]:
            kind = None if seed else aside(text)
            if kind is not None:
                roles[i] = kind
            elif not have_title and (seed or len(text) <= TITLE_MAX_CHARS):
                roles[i] = "title"
                have_title, title_key = True, _squash(text)
            elif not have_lede:
                roles[i] = "lede"
                have_lede = True
            else:
                roles[i] = "paragraph"
        # after the stamp: repeats of it, a byline, and (stamp first) the title
        for i, text, g in cands[at + 1 :]:
            again = read_stamp(text) if text != cands[at][1] else stamp
            if again is not None and (again.published, again.updated) == (
                stamp.published,
                stamp.updated,
            ):
                roles[i] = "noise"
            elif (kind := aside(text, above=False)) is not None:
                roles[i] = kind
            elif (
                not have_title
                and at == 0
                and not (g and blank_layout())
                and len(text) <= TITLE_MAX_CHARS
                and not _DATELINE.match(text)
            ):
                roles[i] = "title"
                have_title, title_key = True, _squash(text)
            else:
                break
            last = i
        promote = not have_title and label is not None and _headline_label(label, url)
        return Front(roles, stamp, last + 1, title is not None, promote)

    # no stamp
    k = 0
    while k < len(cands) and (kind := aside(cands[k][1])) is not None:
        roles[cands[k][0]] = kind
        last = cands[k][0]
        k += 1
    if not have_title and k < len(cands):
        i, text, _g = cands[k]
        if (
            len(text) <= TITLE_MAX_CHARS
            and not _DATELINE.match(text)
            and not _FULL_STOP.search(text)
            and entry_time(text) is None  # a live blog's first entry, not a headline
        ):
            roles[i] = "title"
            have_title = True
            last = i
            k += 1
    promote = not have_title and label is not None and _headline_label(label, url)
    title_text = title or next(
        (cands[j][1] for j in range(k) if roles[cands[j][0]] == "title"), None
    )
    title_words = content_words(title_text) if title_text else None
    if (have_title or promote) and lede is None and k < len(cands) and k + 1 < len(cands):
        i, text, g = cands[k]
        lede_like = not _DATELINE.match(text) and aside(text) is None
        # the body restarts after a standfirst with a dateline
        restarts = bool(_DATELINE.match(cands[k + 1][1]))
        if blank_layout():
            standfirst = restarts or (title_words is not None and repeats(text, title_words))
            is_lede = not g or (standfirst and _is_summary(text))
        else:
            is_lede = bool(_SENTENCE_END.search(text)) and (restarts or _is_summary(text))
        if lede_like and is_lede:
            roles[i] = "lede"
            last = i
    return Front(roles, None, last + 1, title is not None, promote)
