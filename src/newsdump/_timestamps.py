"""Timestamp lines → `published` / `updated` datetimes (FORMAT-NOTES §4).

`parse_timestamp` reads a *whole* line as a timestamp line and returns None when the line is not
one.  The layout detector calls it on the title, lede and first body lines of every record, so
it must be precise (a sentence that mentions a date is not a stamp) and cheap.

How a line is read:

1. Early rejects: an empty line, a line longer than `MAX_STAMP_LEN`, a line without a digit
   (unless it is a relative stamp such as ``2 minutes ago``).
2. A small tokenizer (one compiled, anchored regex applied at successive positions) turns the
   line into tokens, each with a one-letter code::

       D  a complete date: ISO ``2023-02-07``, numeric ``07.02.2023`` / ``10/22/2022``,
          CJK ``2016年10月14日``
       N  a day number (1–2 digits, ``21st``)     Y  a 4-digit number (year, or ``0339`` HHMM)
       M  a month name (English, German, French, Spanish, Portuguese, Italian, Turkish,
          Norwegian, Dutch, Russian, Arabic)
       T  a time (``14:00``, ``06.49``, ``12h55``, ``08:21am``, ``4 PM``)
       Z  a zone (``GMT``, ``IST``, ``UTC+3``, ``+0000``, ``Z``)
       L  a label (``Published``, ``UPDATED:``, ``Last modified``, ``Created``, …)

   Weekday names, punctuation (``| — , ( ) :``) and the few words stamps carry (``at``,
   ``às``, ``à``, ``Uhr``, ``de``, …) are dropped.  Any other word, or any other character,
   means the line is not a stamp.
3. Labels cut the codes into segments; each segment must be a run of stamps, either
   time-first (``TZ`` + date: ``14:00 GMT 07.02.2023``) or date-first (date + optional ``TZ``:
   ``Feb. 12, 2023 2:53 AM GMT``), where a date is ``D``, ``NMY``, ``MNY`` or (with a time and
   a year taken from evidence) ``NM`` / ``MN``.  The `Stamp.shape` is the code string,
   segments joined by ``|`` and prefixed with ``P:``/``U:`` when labelled.
4. A segment of known tokens that fits no pattern is handed to ``dateutil`` (imported lazily,
   never with ``fuzzy=True``) after being rewritten as plain English/ISO tokens.

Numeric dates whose two first parts are both ≤ 12 are decided from ``evidence`` (dates known
from elsewhere in the record), else by the shape's convention (dots and dashes day-first,
slashes month-first in an English stamp and day-first in any other) with an ``ambiguous-date``
note; a numeric date that can be read only one
way keeps that reading, with a ``date-disagrees`` note when the evidence says otherwise.  (Header
vs. stamp disagreement in general is the caller's business: `newsdump.parse` reports it.)
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from types import MappingProxyType
from typing import Final, NamedTuple

import attrs

from ._lazyre import lazy
from ._problems import ProblemCode, Severity, severity_of

__all__ = [
    "MAX_STAMP_LEN",
    "MONTHS",
    "ZONES",
    "Note",
    "Stamp",
    "date_from_url",
    "entry_time",
    "parse_timestamp",
]


@attrs.frozen
class Note:
    """A problem found while reading a stamp; ``column`` is 1-based in the given text."""

    code: ProblemCode
    message: str
    column: int = 1
    severity: Severity = attrs.field(
        default=attrs.Factory(lambda self: severity_of(self.code), takes_self=True)
    )


@attrs.frozen
class Stamp:
    """What a timestamp line says.

    ``published`` / ``updated`` are aware only when the line names a zone or an offset;
    ``shape`` is the token-code signature of the line (see the module docstring), ``relative``
    or ``fallback:…``.
    """

    published: dt.datetime | None
    updated: dt.datetime | None
    shape: str
    notes: tuple[Note, ...] = ()


# --------------------------------------------------------------------------------------------
# Constant tables


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


MAX_STAMP_LEN: Final = 120
"""The longest stamp lines seen (three repeated ISO stamps, Guardian's ``… Last modified on
…``) are under 80 characters; longer lines are text and are rejected before any regex."""

MIN_YEAR: Final = 1900
MAX_YEAR: Final = 2100

# Offsets in minutes east of UTC.  Abbreviations are ambiguous world-wide; these are the readings
# that fit the outlets in the dumps (IST = India, AMT = Armenia, BST = British Summer Time).  Only
# the upper-case spelling counts as a zone, so German "ist" or "Amt" never does.
ZONES: Final[Mapping[str, int]] = MappingProxyType(
    {
        "Z": 0,
        "GMT": 0,
        "UTC": 0,
        "UT": 0,
        "WET": 0,
        "WEST": 60,
        "BST": 60,
        "CET": 60,
        "MEZ": 60,
        "CEST": 120,
        "MESZ": 120,
        "EET": 120,
        "EEST": 180,
        "MSK": 180,
        "AST": 180,
        "AMT": 240,
        "GST": 240,
        "PKT": 300,
        "IST": 330,
        "NPT": 345,
        "BDT": 360,
        "ICT": 420,
        "WIB": 420,
        "HKT": 480,
        "SGT": 480,
        "PHT": 480,
        "AWST": 480,
        "JST": 540,
        "KST": 540,
        "AEST": 600,
        "AEDT": 660,
        "NZST": 720,
        "NZDT": 780,
        "EDT": -240,
        "EST": -300,
        "CDT": -300,
        "CST": -360,
        "MDT": -360,
        "MST": -420,
        "PDT": -420,
        "PST": -480,
        "BRT": -180,
        "ART": -180,
    }
)

US_GENERIC_ZONES: Final[Mapping[str, int]] = MappingProxyType(
    {"ET": -300, "CT": -360, "MT": -420, "PT": -480}
)
"""US zones named without saying standard or daylight time (``9:30 a.m. ET``): minutes east of
UTC in standard time; an hour more from the second Sunday of March to the first Sunday of
November (the rule since 2007), decided by the stamp's day."""

# Month names by language, lower case, as they appear in stamps (Russian in the genitive that
# dates use, plus the nominative).  One flat table: a name means the same month in every
# language that has it, and a stamp never mixes languages, so no language detection is needed.
_MONTH_NAMES: Final[Mapping[str, tuple[str, ...]]] = MappingProxyType(
    {
        "en": _words(
            "january february march april may june july august september october november "
            "december jan feb mar apr may jun jul aug sep oct nov dec sept"
        ),
        "de": _words(
            "januar februar märz april mai juni juli august september oktober november "
            "dezember jan feb mär apr mai jun jul aug sep okt nov dez jänner maerz mrz"
        ),
        "fr": _words(
            "janvier février mars avril mai juin juillet août septembre octobre novembre "
            "décembre janv févr mars avr mai juin juil août sept oct nov déc fevrier aout "
            "decembre fév"
        ),
        "es": _words(
            "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
            "diciembre ene feb mar abr may jun jul ago sep oct nov dic setiembre"
        ),
        "pt": _words(
            "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
            "dezembro jan fev mar abr mai jun jul ago set out nov dez marco"
        ),
        "it": _words(
            "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre "
            "novembre dicembre gen feb mar apr mag giu lug ago set ott nov dic"
        ),
        "tr": _words("ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık"),
        "no": _words(
            "januar februar mars april mai juni juli august september oktober november "
            "desember jan feb mar apr mai jun jul aug sep okt nov des"
        ),
        "sv": _words(
            "januari februari mars april maj juni juli augusti september oktober november "
            "december jan feb mar apr maj jun jul aug sep okt nov dec"
        ),
        "da": _words(
            "januar februar marts april maj juni juli august september oktober november "
            "december jan feb mar apr maj jun jul aug sep okt nov dec"
        ),
        # Polish writes dates with the genitive ("1 września 2024"), headings with the nominative
        "pl": _words(
            "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października "
            "listopada grudnia sty lut mar kwi maj cze lip sie wrz paź lis gru"
        ),
        "pl-nominative": _words(
            "styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik "
            "listopad grudzień"
        ),
        "nl": _words(
            "januari februari maart april mei juni juli augustus september oktober november "
            "december jan feb mrt apr mei jun jul aug sep okt nov dec"
        ),
        "ru": _words(
            "января февраля марта апреля мая июня июля августа сентября октября ноября "
            "декабря январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь "
            "декабрь янв фев мар апр июн июл авг сен окт ноя дек"
        ),
        # Arabic as Egypt and the Gulf write it (the Levant's two-word names are not read)
        "ar": _words("يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر"),
    }
)


def _month_table(names: Mapping[str, tuple[str, ...]]) -> Mapping[str, int]:
    table: dict[str, int] = {}
    for words in names.values():
        full, abbrev = words[:12], words[12:]
        for i, word in enumerate(full):
            table[word] = i + 1
        for word in abbrev:
            # an abbreviation is the prefix of the full name it stands for
            month = next((i + 1 for i, f in enumerate(full) if f.startswith(word)), None)
            if month is not None:
                table.setdefault(word, month)
    # spellings whose prefix differs from the full name
    table.update({"mrz": 3, "maerz": 3, "marco": 3, "mrt": 3, "jänner": 1, "setiembre": 9})
    table.update({"fevrier": 2, "aout": 8, "decembre": 12, "май": 5})
    # Arabic spellings without the hamza, Egyptian ones, and the Levant's one-word names
    table.update({"ابريل": 4, "إبريل": 4, "اكتوبر": 10, "يونيه": 6, "يوليه": 7, "اغسطس": 8})
    table.update({"شباط": 2, "آذار": 3, "نيسان": 4, "أيار": 5, "حزيران": 6, "تموز": 7, "آب": 8})
    table.update({"أيلول": 9})
    return MappingProxyType(table)


MONTHS: Final[Mapping[str, int]] = _month_table(_MONTH_NAMES)
"""Lower-case month name or abbreviation → month number (all languages above)."""

# Weekday names (ignored: the date says the day) in the same languages, lower case.
_WEEKDAYS: Final = frozenset(
    _words(
        "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur "
        "thurs fri sat sun montag dienstag mittwoch donnerstag freitag samstag sonnabend "
        "sonntag mo di mi do fr sa so lundi mardi mercredi jeudi vendredi samedi dimanche lun "
        "mer jeu ven sam dim lunes martes miércoles miercoles jueves viernes sábado sabado "
        "domingo segunda terça terca quarta quinta sexta feira lunedì martedì mercoledì giovedì "
        "venerdì sabato domenica понедельник вторник среда четверг пятница суббота "
        "воскресенье пн вт ср чт пт сб вс pazartesi salı çarşamba perşembe cuma cumartesi "
        "pazar mandag tirsdag onsdag torsdag fredag lørdag søndag maandag dinsdag woensdag "
        "donderdag vrijdag zaterdag zondag måndag tisdag lördag söndag poniedziałek wtorek "
        "środa czwartek piątek sobota niedziela الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس "
        "الجمعة السبت"
    )
)

# The few words stamps carry besides dates, times, zones and labels: prepositions before a time
# or date ("at", "às", "à", "um", "am", "le", "de", "a las", "kl.", "в"), "Uhr", Russian
# "г."/"года", words for "date" before a date ("Datum", "Fecha", "Data"), French "et" between a
# stamp and its update ("publié le … et mis à jour à …"),
# and the filler of multi-word labels ("Last modified on", "mis à jour le", "First published").
_FILLERS: Final = frozenset(
    _words(
        "at on the of am um uhr h hs hrs às as à a em de del do da le el il en kl klokken ore "
        "alle las la saat tarihi в г года last first originally jour zuletzt datum data fecha "
        "klockan godz r et "
        "بتاريخ الساعة آخر"
    )
)

# Label words → which datetime the stamp after them is.
_LABELS: Final[Mapping[str, str]] = MappingProxyType(
    {
        **dict.fromkeys(
            _words(
                "published publish posted created pub veröffentlicht erstellt publié publiée "
                "creado publicado publicada publicação pubblicato опубликовано yayınlanma "
                "publisert gepubliceerd publicerad publicerat publiceret opublikowano نشر"
            ),
            "published",
        ),
        **dict.fromkeys(
            _words(
                "updated update modified upd agg aktualisiert geändert stand mis modifié actualisé "
                "actualizado atualizado atualização aggiornato обновлено güncelleme oppdatert "
                "endret bijgewerkt uppdaterad uppdaterat opdateret aktualizacja zaktualizowano "
                "تحديث"
            ),
            "updated",
        ),
    }
)

_ENGLISH_STAMP_WORDS: Final = frozenset(
    _words(
        "published publish posted created pub updated update modified upd last first "
        "originally at on the of am a h hs hrs monday tuesday wednesday thursday friday "
        "saturday sunday mon tue tues wed thu thur thurs fri sat sun"
    )
)
"""The label, filler and weekday words an English stamp uses (and the ambiguous ``am``, ``a``)."""
_NON_ENGLISH_WORDS: Final = (frozenset(_LABELS) | _FILLERS | _WEEKDAYS) - _ENGLISH_STAMP_WORDS
"""Words that make a stamp non-English: only US English writes numeric dates month-first, so a
slashed date in a stamp holding one of these is day-first by convention (``Publié le
08/02/2023``)."""
_WORD: Final = lazy(globals(), "_WORD", r"[^\W\d_]+")

# --------------------------------------------------------------------------------------------
# Regexes.  Each alternative is anchored at the scan position and built from bounded
# quantifiers over disjoint classes, so matching is linear in the token length.

_DIGIT: Final = lazy(globals(), "_DIGIT", r"\d")

_TOKEN: Final = lazy(
    globals(),
    "_TOKEN",
    r"""
    (?P<space>\s+)
  | (?P<cjk>(?P<cy>\d{4})\s?[年년]\s?(?P<cm>\d{1,2})\s?[月월]\s?(?P<cd>\d{1,2})\s?[日일]?)
  | (?P<ymd>(?P<y1>\d{4})(?P<s1>[-/.])(?P<m1>\d{1,2})(?P=s1)(?P<d1>\d{1,2}))(?!\d)
  | (?P<dmy>(?P<a2>\d{1,2})(?P<s2>[-/.])(?P<b2>\d{1,2})(?P=s2)(?P<y2>\d{4}))(?!\d)
  | (?P<cjkt>(?P<ch>\d{1,2})\s?[時时시]\s?(?P<cmi>\d{1,2})\s?[分분])
  | (?P<time>T?(?P<h>\d{1,2})[:.hH](?P<mi>\d{2})(?::(?P<s>\d{2})(?:[.,]\d{1,6})?)?(?!\d)
        (?:\s?(?P<ap>[aApP])\.?\s?[mM]\.?(?![^\W\d_])(?!\s*\d))?
        (?P<off>Z(?![^\W\d_])|[+\-−]\d{2}(?::?\d{2})?(?!\d))?)
  | (?P<hap>(?P<h2>\d{1,2})\s?(?P<ap2>[aApP])\.?\s?[mM]\.?(?![^\W\d_])(?!\s*\d))
  | (?P<soff>[+\-−]\d{2}:?\d{2})(?!\d)
  | (?P<uoff>(?:UTC|GMT)\s?(?P<sign>[+\-−])(?P<oh>\d{1,2})(?::?(?P<om>\d{2}))?(?!\d))
  | (?P<num>\d{1,4})(?:st|nd|rd|th|er|º|ª)?(?![^\W\d_])(?!\d)
  | (?P<word>[^\W\d_]+)
  | (?P<punct>[,|—–\-()\[\]:;/.·•@])
    """,
    re.VERBOSE,
)

# Relative stamps ("2 minutes ago", "Updated 14 hours ago", "vor 2 Stunden", "il y a 3 heures",
# "hace 2 horas", "há 5 minutos", "3 часа назад"): published cannot be known without a reference.
_RELATIVE_AGO: Final = (
    r"(?:(?:\d{1,3}|an?|one)\s?(?:seconds?|secs?|minutes?|mins?|m|hours?|hrs?|h|days?|d|"
    r"weeks?|wks?|months?|years?)\sago"
    r"|vor\s(?:\d{1,3}|einer?|einem)\s(?:sekunden?|minuten?|stunden?|tag(?:en)?|wochen?|"
    r"monat(?:en)?|jahr(?:en)?)"
    r"|il\sy\sa\s(?:\d{1,3}|une?)\s(?:secondes?|minutes?|heures?|jours?|semaines?|mois|ans?)"
    r"|hace\s(?:\d{1,3}|una?)\s(?:segundos?|minutos?|horas?|d[ií]as?|semanas?|mes(?:es)?|años?)"
    r"|há\s(?:\d{1,3}|uma?)\s(?:segundos?|minutos?|horas?|dias?|semanas?|m[eê]s(?:es)?|anos?)"
    r"|\d{1,3}\s(?:секунд[уы]?|минут[уы]?|час(?:а|ов)?|дн(?:я|ей)|день|недел[юиь])\sназад)"
    r"\.?"
)
"""A time counted back from now, in the languages of the labels (the body of `_RELATIVE` and
`_RELATIVE_UPDATE`)."""
_UPDATE_WORD: Final = (
    r"(?:last\s)?(?:updated|aktualisiert|actualizado|atualizado|mis\sà\sjour|обновлено)"
)

_RELATIVE: Final = lazy(
    globals(),
    "_RELATIVE",
    r"(?:(?:last\s)?(?:updated|published|posted|aktualisiert|veröffentlicht|actualizado|"
    r"atualizado|publicado|publié|mis\sà\sjour|обновлено|опубликовано)\s?:?\s?)?" + _RELATIVE_AGO,
    re.IGNORECASE,
)

# Relative stamps ("2 minutes ago", ...) closing a line that holds a stamp before them.
_RELATIVE_UPDATE: Final = lazy(
    globals(),
    "_RELATIVE_UPDATE",
    _UPDATE_WORD + r"\s?:?\s?" + _RELATIVE_AGO + r"\)?$",
    re.IGNORECASE,
)
"""A relative update closing a stamp line (`_with_relative_update`)."""
RELATIVE_UPDATE_TAIL: Final = 48
"""Characters: the longest relative update clause (``last updated: 12 minutes ago``, ``mis à
jour il y a 12 heures``) fits in this many at the end of a line."""

# The age of the page closing a stamp line: "July 20, 2015 / 5:16 AM / 2 years ago".
_RELATIVE_AGE: Final = lazy(
    globals(), "_RELATIVE_AGE", r"[\s/|·•–—-]+" + _RELATIVE_AGO + r"$", re.IGNORECASE
)
"""A relative age after a separator closing a stamp line (`_with_relative_age`)."""

# A source credit closing a stamp line: "2024-06-18 09:30 来源：新华网", "07.02.2023 | Quelle: dpa".
_SOURCE_AFTER: Final = lazy(
    globals(),
    "_SOURCE_AFTER",
    r"[\s|｜/–—-]*(?:来源|來源|出典|출처|source|quelle|fuente|fonte|источник|джерело)\s?[:：]",
    re.IGNORECASE,
)
"""The label of a source credit after a stamp (`_with_source`)."""

# A segment's token codes: a run of stamps, time-first or date-first.  `Y(?=Z)` is a 4-digit
# time (``0339 GMT``); the optional second time with its zone is the same instant elsewhere
# (``0339 GMT (1139 HKT)``).
_TZ: Final = r"(?:T|Y(?=Z))Z{0,2}(?:(?:T|Y(?=Z))Z{1,2})?"
_DATE: Final = r"D|NMY|MNY|NM|MN"
_TIME_FIRST: Final = lazy(globals(), "_TIME_FIRST", rf"(?P<t>{_TZ})(?P<d>{_DATE})")
_DATE_FIRST: Final = lazy(globals(), "_DATE_FIRST", rf"(?P<d>{_DATE})(?P<t>{_TZ})?")

_URL_DATE: Final = (
    re.compile(r"(?:^|[/_.=-])(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})(?=[/_.?#&=-]|$)"),
    re.compile(r"/(?P<y>\d{4})/(?P<m>\d{1,2})/(?P<d>\d{1,2})(?=[/_.?#-]|$)"),
    re.compile(r"/(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?=[/_.?#-]|$)"),
    re.compile(r"/(?P<y>\d{4})/(?P<m>\d{2})(?P<d>\d{2})(?=/)"),
    re.compile(r"/(?P<y>\d{4})/(?P<m>[a-z]{3})/(?P<d>\d{1,2})(?=/)", re.IGNORECASE),
)
# A day and a month, dotted, that the tokenizer read as a time (``16.03``).
_DAY_MONTH: Final = lazy(globals(), "_DAY_MONTH", r"(?P<d>\d{1,2})\.(?P<mo>\d{2})(?![\d:.])")
# A live-blog entry time: a clock, a word for "hours" or "o'clock", the same time elsewhere in
# brackets, a colon or full stop closing it.
_ENTRY_TIME: Final = lazy(
    globals(),
    "_ENTRY_TIME",
    r"(?P<h>\d{1,2})[:.hH](?P<mi>\d{2})(?:\s?(?:h|hrs?|horas?|heures?|Uhr|ore))?"
    r"(?:\s?\(\d{1,2}[:.hH]\d{2}\s?[A-Z]{2,4}\))?\s?[.:]?",
)
_URL_HOST: Final = lazy(globals(), "_URL_HOST", r"^[a-zA-Z][\w+.-]*://[^/]*")

_UTC: Final = dt.timezone.utc
_DAY: Final = dt.timedelta(days=1)


class _Tok(NamedTuple):
    code: str
    start: int
    nums: tuple[int, ...]
    extra: str = ""


# --------------------------------------------------------------------------------------------
# Public functions


def parse_timestamp(text: str, *, evidence: Sequence[dt.date] = ()) -> Stamp | None:
    """Read the whole of ``text`` as a timestamp line; None when it is not one.

    Examples:
        >>> parse_timestamp("14:00 GMT 07.02.2023 (Updated: 14:33 GMT 07.02.2023)").published
        datetime.datetime(2023, 2, 7, 14, 0, tzinfo=datetime.timezone.utc)
        >>> parse_timestamp("Talks resumed on 7 February 2023 in Bamako.") is None
        True
    """
    line = text.strip()
    if not line or len(line) > MAX_STAMP_LEN:
        return None
    lead = len(text) - len(text.lstrip())
    digit = _DIGIT.search(line) is not None
    toks = _tokenize(line) if digit else None
    if toks is None:
        if _RELATIVE.fullmatch(line):
            note = Note("relative-timestamp", "a relative time needs a reference", lead + 1)
            return Stamp(None, None, "relative", (note,))
        if not digit:
            return None  # no date for a trailer to follow (the common case: a title, a sentence)
        return (
            _with_source(line, lead, evidence)
            or _with_relative_update(line, lead, evidence)
            or _with_relative_age(line, lead, evidence)
        )
    return _Reader(evidence, lead, line).read(toks)


def _read_head(line: str, end: int, lead: int, evidence: Sequence[dt.date]) -> Stamp | None:
    """The stamp in ``line[:end]``, before a trailer that is no stamp material."""
    head = line[:end].rstrip(" -–—|,;(")
    toks = _tokenize(head) if head else None
    return _Reader(evidence, lead, head).read(toks) if toks else None


def _with_source(line: str, lead: int, evidence: Sequence[dt.date]) -> Stamp | None:
    """``2024-06-18 09:30 来源：示例新闻网``: a stamp followed by the name of its source, which is
    no stamp material; the stamp before the label is read (the line keeps the source)."""
    m = _SOURCE_AFTER.search(line)
    stamp = _read_head(line, m.start(), lead, evidence) if m is not None else None
    return None if stamp is None else attrs.evolve(stamp, shape=stamp.shape + "|source")


def _with_relative_update(line: str, lead: int, evidence: Sequence[dt.date]) -> Stamp | None:
    """``10/08/2023 às 22h14 - Atualizado há 2 horas``: a stamp followed by an update that is
    relative; the stamp is read, ``updated`` stays None, and a note says why."""
    # the clause ends the line: searched for in its last characters only
    m = _RELATIVE_UPDATE.search(line, max(0, len(line) - RELATIVE_UPDATE_TAIL))
    stamp = _read_head(line, m.start(), lead, evidence) if m is not None else None
    if m is None or stamp is None or stamp.updated is not None:
        return None
    note = Note(
        "relative-timestamp",
        "the update is relative: it needs a reference",
        lead + m.start() + 1,
    )
    return attrs.evolve(stamp, shape=stamp.shape + "|U:relative", notes=(*stamp.notes, note))


def _with_relative_age(line: str, lead: int, evidence: Sequence[dt.date]) -> Stamp | None:
    """``March 3, 2016 / 9:05 PM / 3 years ago``: a stamp followed by the page's age counted
    back from the crawl; the stamp is read, and a note says the age needs a reference."""
    m = _RELATIVE_AGE.search(line, max(0, len(line) - RELATIVE_UPDATE_TAIL))
    stamp = _read_head(line, m.start(), lead, evidence) if m is not None else None
    if m is None or stamp is None:
        return None
    note = Note(
        "relative-timestamp",
        "the age is relative: it needs a reference",
        lead + m.start() + 1,
        "info",
    )
    return attrs.evolve(stamp, shape=stamp.shape + "|relative", notes=(*stamp.notes, note))


def entry_time(text: str) -> dt.time | None:
    """The time of a live-blog entry line (``21:49 horas.``, ``20.30 (18.30 GMT):``,
    ``18h18``), or None.  Such a line heads an entry of the body: it is no stamp of the record
    (it names no day) and no headline.

    Examples:
        >>> entry_time("20.30 (18.30 GMT):"), entry_time("18h18"), entry_time("Ab 18h18 live")
        (datetime.time(20, 30), datetime.time(18, 18), None)
    """
    m = _ENTRY_TIME.fullmatch(text.strip())
    if m is None or int(m["h"]) > 23 or int(m["mi"]) > 59:
        return None
    return dt.time(int(m["h"]), int(m["mi"]))


def date_from_url(url: str) -> dt.date | None:
    """The date a URL names in its path (``/20230207/``, ``/2023/02/07/``), if any.

    Examples:
        >>> date_from_url("https://sputniknews.com/20230207/some-slug-1107045281.html")
        datetime.date(2023, 2, 7)
        >>> date_from_url("https://site.example/2023/2/30/slug") is None
        True
    """
    path = _URL_HOST.sub("", url, count=1)
    for pattern in _URL_DATE:
        for m in pattern.finditer(path):
            month = m["m"]
            num = int(month) if month.isdigit() else _EN_MONTH_NUMBERS.get(month.title(), 0)
            day = _date(int(m["y"]), num, int(m["d"]), 1990)
            if day is not None:
                return day
    return None


# --------------------------------------------------------------------------------------------
# Tokenizer


_ARABIC_MARKERS: Final[Mapping[str, str]] = MappingProxyType({"ص": "a", "م": "p"})
"""Arabic ``ص`` (a.m.) and ``م`` (p.m.) after a time; ``م`` after a year is "A.D."."""


def _tokenize(line: str) -> list[_Tok] | None:
    """The line's tokens, or None when something in it is not stamp material."""
    toks: list[_Tok] = []
    pos, end = 0, len(line)
    match = _TOKEN.match
    while pos < end:
        m = match(line, pos)
        if m is None:
            return None
        kind = m.lastgroup
        start, pos = pos, m.end()
        if kind == "word":
            marker = _ARABIC_MARKERS.get(m[0])
            if marker is not None:
                # "10:20 م" is p.m.; after a year, "2023 م" is A.D. (dropped); elsewhere it is
                # no stamp word
                last = toks[-1] if toks else None
                if last is not None and last.code == "T" and not last.extra:
                    toks[-1] = last._replace(extra=marker)
                    continue
                if last is not None and last.code in "YD" and marker == "p":
                    continue
                return None
            tok = _word(m[0], start)
            if tok is None:
                return None
            if tok.code:
                toks.append(tok)
        elif kind == "num":
            digits = m["num"]
            if len(digits) <= 2:
                toks.append(_Tok("N", start, (int(digits),)))
            elif len(digits) == 4 and m.end("num") == pos:
                toks.append(_Tok("Y", start, (int(digits),), digits))
            else:
                return None
        elif kind == "cjkt":  # "10時30分", "10时30分", "10시 30분"
            toks.append(_Tok("T", start, (int(m["ch"]), int(m["cmi"]), 0)))
        elif kind == "time":
            sec = m["s"]
            ap = (m["ap"] or "").lower()
            toks.append(_Tok("T", start, (int(m["h"]), int(m["mi"]), int(sec or 0)), ap))
            off = m["off"]
            if off:
                toks.append(_Tok("Z", m.start("off"), (_offset(off),)))
        elif kind == "dmy":
            nums = (int(m["a2"]), int(m["b2"]), int(m["y2"]))
            toks.append(_Tok("D", start, nums, m["s2"]))
        elif kind == "ymd":
            toks.append(_Tok("D", start, (int(m["y1"]), int(m["m1"]), int(m["d1"])), "ymd"))
        elif kind == "cjk":
            toks.append(_Tok("D", start, (int(m["cy"]), int(m["cm"]), int(m["cd"])), "ymd"))
        elif kind == "soff":
            toks.append(_Tok("Z", start, (_offset(m[0]),)))
        elif kind == "hap":
            toks.append(_Tok("T", start, (int(m["h2"]), 0, 0), m["ap2"].lower()))
        elif kind == "uoff":
            minutes = int(m["oh"]) * 60 + int(m["om"] or 0)
            if minutes > 14 * 60 or int(m["om"] or 0) >= 60:
                minutes = _BAD_OFFSET
            toks.append(_Tok("Z", start, (-minutes if m["sign"] in "-−" else minutes,)))
        # space and punct carry nothing
    return toks


_BAD_OFFSET: Final = 99_999


def _offset(text: str) -> int:
    """Minutes east of UTC for ``Z``, ``+0000``, ``+03:00``, ``-05``."""
    if text == "Z":
        return 0
    digits = text[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:] or 0)
    if hours > 14 or minutes >= 60:
        return _BAD_OFFSET
    total = hours * 60 + minutes
    return -total if text[0] in "-−" else total


def _word(word: str, start: int) -> _Tok | None:
    """A word's token; ``code`` "" for a word that is dropped; None for a non-stamp word."""
    if word in ZONES:
        return _Tok("Z", start, (ZONES[word],))
    if word in US_GENERIC_ZONES:
        return _Tok("Z", start, (US_GENERIC_ZONES[word],), "us")
    low = word.lower()
    month = MONTHS.get(low)
    if month is not None:
        return _Tok("M", start, (month,))
    if low in _WEEKDAYS or low in _FILLERS:
        return _Tok("", start, ())
    label = _LABELS.get(low)
    if label is not None:
        return _Tok("L", start, (), label)
    return None


# --------------------------------------------------------------------------------------------
# Reading the tokens


class _Reader:
    """The state of reading one line: evidence, notes so far, the line's day/month order."""

    __slots__ = ("evidence", "lead", "line", "notes", "order")

    def __init__(self, evidence: Iterable[dt.date], lead: int, line: str = "") -> None:
        self.evidence = [
            e.date() if isinstance(e, dt.datetime) else e
            for e in evidence
            if isinstance(e, dt.date)
        ]
        self.lead = lead
        self.line = line
        """The stripped line (read again only to tell an English stamp from another)."""
        self.notes: list[Note] = []
        self.order = ""  # "dm" / "md" once the line's numeric dates have shown their order

    def note(
        self, code: ProblemCode, message: str, at: int, severity: Severity | None = None
    ) -> None:
        self.notes.append(Note(code, message, self.lead + at + 1, severity or severity_of(code)))

    def read(self, toks: list[_Tok]) -> Stamp | None:
        segments: list[tuple[str, list[_Tok]]] = [("", [])]
        for tok in toks:
            if tok.code == "L":
                if segments[-1][1] or segments[-1][0]:
                    segments.append((tok.extra, []))
                else:
                    segments[-1] = (tok.extra, [])
            else:
                segments[-1][1].append(tok)
        segments = [(role, self.day_month(seg)) for role, seg in segments if seg]
        if not segments:
            return None
        self.order = _line_order(toks)

        shapes: list[str] = []
        found: list[tuple[str, list[dt.datetime | None]]] = []
        for role, seg in segments:
            codes = "".join(t.code for t in seg)
            units = _units(codes)
            prefix = {"published": "P:", "updated": "U:"}.get(role, "")
            if units is None and role and codes in ("T", "TZ") and found:
                # "Publié le 08/02/2023 à 07h15, mis à jour à 09h30": a labelled time alone
                # is on the day of the stamp before it
                later = self.same_day(found, seg)
                if later is None:
                    return None
                found.append((role, [later]))
                shapes.append(prefix + codes)
                continue
            if units is None:
                stamp = self.fallback(seg)
                if stamp is None:
                    return None
                found.append((role, [stamp]))
                shapes.append(f"{prefix}fallback:{codes}")
                continue
            stamps: list[dt.datetime | None] = []
            for date_span, time_span in units:
                if not self.has_year(seg[date_span[0] : date_span[1]], time_span):
                    return None
                stamps.append(self.stamp(seg, date_span, time_span))
            found.append((role, stamps))
            shapes.append(prefix + codes)

        published, updated = self.assign(found, toks[0].start)
        return Stamp(published, updated, "|".join(shapes), tuple(self.notes))

    def day_month(self, seg: list[_Tok]) -> list[_Tok]:
        """``le 16.03 à 14h45``: a dotted ``dd.mm`` read as a time, followed by a time, is a
        day and a month (its year comes from evidence)."""
        if len(seg) < 2 or seg[0].code != "T" or seg[1].code != "T" or seg[0].extra:
            return seg
        m = _DAY_MONTH.match(self.line, seg[0].start)
        if m is None or not 1 <= int(m["mo"]) <= 12:
            return seg
        start = seg[0].start
        day, month = _Tok("N", start, (int(m["d"]),)), _Tok("M", start, (int(m["mo"]),))
        return [day, month, *seg[1:]]

    def assign(
        self, found: list[tuple[str, list[dt.datetime | None]]], at: int
    ) -> tuple[dt.datetime | None, dt.datetime | None]:
        published: dt.datetime | None = None
        updated: dt.datetime | None = None
        have_p = have_u = False
        extras: list[dt.datetime] = []
        for role, stamps in found:
            if role == "updated":
                if not have_u:
                    updated, have_u = stamps[0], True
            elif not have_p:
                published, have_p = stamps[0], True
                extras.extend(s for s in stamps[1:] if s is not None and s != published)
        if not have_u and extras:
            updated = extras[0]
            self.note("repeated-stamp", "the line repeats a stamp with another time", at)
        return published, updated

    def same_day(
        self, found: list[tuple[str, list[dt.datetime | None]]], seg: Sequence[_Tok]
    ) -> dt.datetime | None:
        """A time alone (``seg``), on the day of the last stamp found before it (and in its
        zone, when it names none); None when there is no such stamp or the time is impossible."""
        base = next((x for _, xs in reversed(found) for x in reversed(xs) if x is not None), None)
        when = self.time(seg, base.date() if base is not None else None)
        if base is None or when is None:
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=base.tzinfo)
        self.note(
            "time-only",
            "the stamp gives a time only: the day of the stamp before it",
            seg[0].start,
        )
        return dt.datetime.combine(base.date(), when)

    def non_english(self) -> bool:
        """Whether the line holds a label, filler or weekday word that English stamps do not."""
        return any(w.lower() in _NON_ENGLISH_WORDS for w in _WORD.findall(self.line))

    def has_year(self, dtoks: Sequence[_Tok], time_span: tuple[int, int] | None) -> bool:
        """A yearless date (``17 Apr.``) counts only with a time after it."""
        return len(dtoks) != 2 or time_span is not None

    def stamp(
        self, seg: Sequence[_Tok], date_span: tuple[int, int], time_span: tuple[int, int] | None
    ) -> dt.datetime | None:
        day = self.day(seg[date_span[0] : date_span[1]])
        if time_span is None:
            if day is None:
                return None
            self.note("no-time", "the stamp gives a date only", seg[date_span[0]].start)
            return dt.datetime(day.year, day.month, day.day)
        when = self.time(seg[time_span[0] : time_span[1]], day)
        if day is None or when is None:
            return None
        return dt.datetime.combine(day, when)

    def day(self, dtoks: Sequence[_Tok]) -> dt.date | None:
        first = dtoks[0]
        if first.code == "D":
            if first.extra == "ymd":
                y, m, d = first.nums
                day = _date(y, m, d)
            else:
                day = self.numeric(first)
                if day is None:
                    return None
        else:
            n = next(t for t in dtoks if t.code == "N")
            mo = next(t for t in dtoks if t.code == "M")
            ytok = next((t for t in dtoks if t.code == "Y"), None)
            if ytok is None:
                return self.yearless(mo.nums[0], n.nums[0], first.start)
            day = _date(ytok.nums[0], mo.nums[0], n.nums[0])
        if day is None:
            self.note("bad-timestamp", "the stamp names an impossible date", first.start)
        return day

    def numeric(self, tok: _Tok) -> dt.date | None:
        """``a.b.yyyy`` / ``a-b-yyyy`` (day-first) or ``a/b/yyyy`` (month-first in an English
        stamp, day-first in any other)."""
        a, b, y = tok.nums
        dm, md = _date(y, b, a), _date(y, a, b)
        if dm is None or md is None or dm == md:
            day = dm or md
            if day is None:
                self.note("bad-timestamp", "the stamp names an impossible date", tok.start)
            elif self.evidence and not self.near(day):
                # the stamp's only reading stands; the record's other dates are evidence only
                known = ", ".join(sorted({e.isoformat() for e in self.evidence}))
                self.note(
                    "date-disagrees", f"the stamp's date {day} disagrees with {known}", tok.start
                )
            return day
        readings = {"dm": dm, "md": md}
        if self.order:
            return readings[self.order]
        backed = [k for k, v in readings.items() if self.near(v)]
        if len(backed) == 1:
            self.order = backed[0]
            return readings[backed[0]]
        # only now, for a date read both ways, is the line read again for its language
        convention = "md" if tok.extra == "/" and not self.non_english() else "dm"
        quiet = not self.evidence or self.near(readings[convention])
        # lowered to info when the evidence does not contradict the convention (_problems)
        severity: Severity | None = "info" if quiet else None
        text = "day-first" if convention == "dm" else "month-first"
        self.note(
            "ambiguous-date",
            f"{a:02d}{tok.extra}{b:02d}{tok.extra}{y} read {text} by convention; "
            + ("no evidence" if not self.evidence else "the evidence supports neither reading"),
            tok.start,
            severity,
        )
        self.order = convention
        return readings[convention]

    def yearless(self, month: int, day: int, at: int) -> dt.date | None:
        if not self.evidence:
            self.note("missing-year", "the stamp gives no year and there is no evidence", at)
            return None
        best: tuple[int, dt.date] | None = None
        for e in self.evidence:
            for year in (e.year, e.year - 1, e.year + 1):
                cand = _date(year, month, day)
                if cand is not None and (best is None or abs((cand - e).days) < best[0]):
                    best = (abs((cand - e).days), cand)
        if best is None:
            self.note("bad-timestamp", "the stamp names an impossible date", at)
            return None
        self.note("year-from-evidence", f"year {best[1].year} taken from evidence", at)
        return best[1]

    def time(self, ttoks: Sequence[_Tok], day: dt.date | None) -> dt.time | None:
        """The time of ``ttoks`` on ``day`` (which decides a generic US zone's offset)."""
        main = _clock(ttoks[0])
        if main is None:
            self.note("bad-timestamp", "the stamp names an impossible time", ttoks[0].start)
            return None
        zones: list[int] = []
        alt: tuple[int, int, int] | None = None
        alt_zone: int | None = None
        for tok in ttoks[1:]:
            if tok.code == "Z":
                if alt is None:
                    zones.append(tok.nums[0])
                elif alt_zone is None:
                    alt_zone = tok.nums[0]
            else:
                alt = _clock(tok)
                if alt is None:
                    self.note("bad-timestamp", "the stamp names an impossible time", tok.start)
                    return None
        for tok in ttoks:
            if tok.code == "Z" and tok.nums[0] == _BAD_OFFSET:
                self.note("bad-timestamp", "the stamp names an impossible offset", tok.start)
                return None
        if len(set(zones)) > 1:
            self.note("zone-disagrees", "the stamp names two different zones", ttoks[0].start)
        if alt is not None and alt_zone is not None and zones:
            main_utc = main[0] * 60 + main[1] - zones[0]
            alt_utc = alt[0] * 60 + alt[1] - alt_zone
            if (main_utc - alt_utc) % 1440:
                self.note("zone-disagrees", "the two local times differ", ttoks[0].start)
        tz = None
        if zones:
            tz = _UTC if zones[0] == 0 else dt.timezone(dt.timedelta(minutes=zones[0]))
        when = dt.time(main[0], main[1], main[2], tzinfo=tz)
        return when if day is None else _us_daylight(when, day, ttoks)

    def near(self, day: dt.date) -> bool:
        return any(abs(day - e) <= _DAY for e in self.evidence)

    def fallback(self, seg: Sequence[_Tok]) -> dt.datetime | None:
        """A segment of stamp tokens in an order no pattern covers: rewrite it as plain
        English/ISO tokens and let dateutil read it (strictly: every date field must come from
        the text)."""
        codes = {t.code for t in seg}
        if not ("D" in codes or {"N", "M", "Y"} <= codes):
            return None
        parts: list[str] = []
        for tok in seg:
            if tok.code in "NY":
                parts.append(str(tok.nums[0]))
            elif tok.code == "M":
                parts.append(_EN_MONTHS[tok.nums[0] - 1])
            elif tok.code == "D":
                day = _date(*tok.nums) if tok.extra == "ymd" else self.numeric(tok)
                if day is None:
                    return None
                parts.append(day.isoformat())
            elif tok.code == "T":
                clock = _clock(tok)
                if clock is None:
                    return None
                parts.append("{:02d}:{:02d}:{:02d}".format(*clock))
            elif tok.code == "Z":
                off = tok.nums[0]
                if off == _BAD_OFFSET:
                    return None
                parts.append(f"{'-' if off < 0 else '+'}{abs(off) // 60:02d}{abs(off) % 60:02d}")
        found = _dateutil_parse(" ".join(parts))
        if found is None:
            return None
        return dt.datetime.combine(found.date(), _us_daylight(found.timetz(), found.date(), seg))


_EN_MONTHS: Final = _words("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec")
_EN_MONTH_NUMBERS: Final[Mapping[str, int]] = MappingProxyType(
    {name: i + 1 for i, name in enumerate(_EN_MONTHS)}
)


def _dateutil_parse(text: str) -> dt.datetime | None:
    from dateutil import parser  # lazily: `import newsdump` must not load dateutil.parser

    try:
        one = parser.parse(text, default=dt.datetime(2001, 1, 1))
        two = parser.parse(text, default=dt.datetime(2002, 2, 2))
    except (ValueError, OverflowError, TypeError):
        return None
    if one.date() != two.date() or not MIN_YEAR <= one.year <= MAX_YEAR:
        return None
    offset = one.utcoffset()
    if offset is not None:  # dateutil's tzoffset → the stdlib zone the rest of the module uses
        one = one.replace(tzinfo=_UTC if not offset else dt.timezone(offset))
    return one


def _us_daylight(when: dt.time, day: dt.date, ttoks: Sequence[_Tok]) -> dt.time:
    """``when`` an hour further east when its zone is a generic US one (``ET``) and ``day`` is
    in US daylight saving time (decided by the day: the switch at 2 a.m. is not modelled)."""
    if when.tzinfo is None or not any(t.code == "Z" and t.extra == "us" for t in ttoks):
        return when
    march = dt.date(day.year, 3, 8)  # the second Sunday of March is the first on or after the 8th
    start = march + dt.timedelta(days=(6 - march.weekday()) % 7)
    november = dt.date(day.year, 11, 1)
    end = november + dt.timedelta(days=(6 - november.weekday()) % 7)
    if not start <= day < end:
        return when
    offset = when.utcoffset()
    assert offset is not None  # an aware time
    return when.replace(tzinfo=dt.timezone(offset + dt.timedelta(hours=1)))


def _units(codes: str) -> list[tuple[tuple[int, int], tuple[int, int] | None]] | None:
    """Split a segment's codes into stamps: (date span, time span) pairs; None if they do not
    make a run of stamps."""
    time_first = codes[:1] == "T" or codes[:2] == "YZ"
    pattern = _TIME_FIRST if time_first else _DATE_FIRST
    units: list[tuple[tuple[int, int], tuple[int, int] | None]] = []
    pos = 0
    while pos < len(codes):
        m = pattern.match(codes, pos)
        if m is None:
            return None
        time_span = m.span("t") if m["t"] is not None else None
        units.append((m.span("d"), time_span))
        pos = m.end()
    return units or None


def _line_order(toks: Sequence[_Tok]) -> str:
    """``dm`` or ``md`` when a numeric date on the line can only be read one way, else ""."""
    orders = set()
    for tok in toks:
        if tok.code == "D" and tok.extra != "ymd":
            a, b, y = tok.nums
            dm, md = _date(y, b, a), _date(y, a, b)
            if a != b and (dm is None) != (md is None):
                orders.add("dm" if dm is not None else "md")
    return orders.pop() if len(orders) == 1 else ""


def _clock(tok: _Tok) -> tuple[int, int, int] | None:
    """(hour, minute, second) of a time token (``T`` or a 4-digit ``Y``), None if impossible."""
    if tok.code == "Y":
        h, mi, s, ap = int(tok.extra[:2]), int(tok.extra[2:]), 0, ""
    else:
        (h, mi, s), ap = tok.nums, tok.extra
    if ap:
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if ap == "p" else 0)
    if h > 23 or mi > 59 or s > 59:
        return None
    return h, mi, s


def _date(y: int, m: int, d: int, min_year: int = MIN_YEAR) -> dt.date | None:
    if not min_year <= y <= MAX_YEAR or not 1 <= m <= 12 or not 1 <= d <= 31:
        return None
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None
