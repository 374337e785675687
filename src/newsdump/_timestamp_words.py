"""The words a stamp line is made of: zones, month names, weekdays, labels, fillers (data only).

`_timestamp_tokens` turns these into tokens; a new month name, label, filler or zone is a row
here (CONTRIBUTING.md "Add a timestamp shape").
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


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

_EN_MONTHS: Final = _words("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec")
_EN_MONTH_NUMBERS: Final[Mapping[str, int]] = MappingProxyType(
    {name: i + 1 for i, name in enumerate(_EN_MONTHS)}
)
