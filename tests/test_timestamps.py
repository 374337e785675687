"""Tests for `newsdump._timestamps`: every stamp shape, evidence, negatives, properties, corpus."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdump._timestamps import Stamp, date_from_url, entry_time, parse_timestamp

UTC = dt.timezone.utc


def tz(hours: float) -> dt.timezone:
    return dt.timezone(dt.timedelta(hours=hours))


IST, EDT, HKT, MSK = tz(5.5), tz(-4), tz(8), tz(3)


def D(
    y: int, mo: int, d: int, h: int = 0, mi: int = 0, *, tzinfo: dt.tzinfo | None = None
) -> dt.datetime:
    return dt.datetime(y, mo, d, h, mi, tzinfo=tzinfo)


def codes(stamp: Stamp | None) -> list[str]:
    assert stamp is not None
    return [n.code for n in stamp.notes]


def same(have: dt.datetime | None, want: dt.datetime | None) -> bool:
    """Like the scorer: awareness must match, and the values (instants) be equal."""
    if want is None or have is None:
        return have is want
    return (have.tzinfo is None) == (want.tzinfo is None) and have == want


# ------------------------------------------------------------------------------------------
# Every shape: input → (published, updated)

SHAPES: list[tuple[str, dt.datetime | None, dt.datetime | None]] = [
    # FORMAT-NOTES §4
    (
        "14:00 GMT 07.02.2023 (Updated: 14:33 GMT 07.02.2023)",
        D(2023, 2, 7, 14, 0, tzinfo=UTC),
        D(2023, 2, 7, 14, 33, tzinfo=UTC),
    ),
    (
        "05:30 GMT 28.03.2022 (Updated: 06:22 GMT 28.03.2022)",
        D(2022, 3, 28, 5, 30, tzinfo=UTC),
        D(2022, 3, 28, 6, 22, tzinfo=UTC),
    ),
    ("04:49 GMT 02.03.2023", D(2023, 3, 2, 4, 49, tzinfo=UTC), None),
    ("02:17 29.05.2020", D(2020, 5, 29, 2, 17), None),
    ("20:23 GMT05 August 2021", D(2021, 8, 5, 20, 23, tzinfo=UTC), None),
    ("2024-05-29T05:09+0000", D(2024, 5, 29, 5, 9, tzinfo=UTC), None),
    (
        "2024-05-29T05:09+0000 2024-05-29T05:09+0000 2024-05-29T05:09+0000",
        D(2024, 5, 29, 5, 9, tzinfo=UTC),
        None,
    ),
    ("2024-05-29T08:09:00+03:00", D(2024, 5, 29, 5, 9, tzinfo=UTC), None),
    ("2024-05-29T05:09:00.000Z", D(2024, 5, 29, 5, 9, tzinfo=UTC), None),
    ("2022-12-21 11:26:00 UTC", D(2022, 12, 21, 11, 26, tzinfo=UTC), None),
    ("Wed 21st July 2021 | 04:40 PM", D(2021, 7, 21, 16, 40), None),
    ("Published May 12, 2022 | 12:20 PM", D(2022, 5, 12, 12, 20), None),
    (
        "Updated: 16-03-2022 14:44 IST | Created: 16-03-2022 14:34 IST",
        D(2022, 3, 16, 14, 34, tzinfo=IST),
        D(2022, 3, 16, 14, 44, tzinfo=IST),
    ),
    ("Nov 08, 2022, 08:21 PM (IST)", D(2022, 11, 8, 20, 21, tzinfo=IST), None),
    ("UPDATED: October 18, 2020, 9:48 AM", None, D(2020, 10, 18, 9, 48)),
    ("15:23, 15 November 2020", D(2020, 11, 15, 15, 23), None),
    ("Saturday 4 April 2020 - 01:47", D(2020, 4, 4, 1, 47), None),
    ("Published On 4 Apr 2023", D(2023, 4, 4), None),
    ("2023-12-12 | 12:03", D(2023, 12, 12, 12, 3), None),
    ("June 20, 2023 — 06:25 am EDT", D(2023, 6, 20, 6, 25, tzinfo=EDT), None),
    ("10/22/2022 | 08:21am EDT", D(2022, 10, 22, 8, 21, tzinfo=EDT), None),
    ("Mon 18 Nov 2019 18.54 GMT", D(2019, 11, 18, 18, 54, tzinfo=UTC), None),
    (
        "Updated 0339 GMT (1139 HKT) November 19, 2019",
        None,
        D(2019, 11, 19, 3, 39, tzinfo=UTC),
    ),
    # the dev corpus's shapes
    ("27 Feb 2019 17:48 GMT", D(2019, 2, 27, 17, 48, tzinfo=UTC), None),
    ("7 Jan, 2020 21:14", D(2020, 1, 7, 21, 14), None),
    ("Feb. 12, 2023 3:41 AM GMT", D(2023, 2, 12, 3, 41, tzinfo=UTC), None),
    ("May. 20, 2021 5:08 AM GMT", D(2021, 5, 20, 5, 8, tzinfo=UTC), None),
    ("Feb. 23, 2019 10:37 PM GMT", D(2019, 2, 23, 22, 37, tzinfo=UTC), None),
    ("PUBLISHED: 20:16, Tue, Jun 25, 2024", D(2024, 6, 25, 20, 16), None),
    (
        "PUBLISHED: 07:42, Thu, Oct 24, 2019 | UPDATED: 12:58, Thu, Oct 24, 2019",
        D(2019, 10, 24, 7, 42),
        D(2019, 10, 24, 12, 58),
    ),
    (
        "Thu 30 Aug 2018 05.36 GMT Last modified on Thu 30 Aug 2018 10.12 GMT",
        D(2018, 8, 30, 5, 36, tzinfo=UTC),
        D(2018, 8, 30, 10, 12, tzinfo=UTC),
    ),
    ("Saturday 24 August 2019 21:18, UTC", D(2019, 8, 24, 21, 18, tzinfo=UTC), None),
    ("19 Jul 2023, 20:45 UTC", D(2023, 7, 19, 20, 45, tzinfo=UTC), None),
    # non-English (FORMAT-NOTES §4 and invented)
    ("04:57, 7 февраля 2023", D(2023, 2, 7, 4, 57), None),
    ("7 марта 2021 г., 18:05", D(2021, 3, 7, 18, 5), None),
    ("21.dez.2018 às 12h55", D(2018, 12, 21, 12, 55), None),
    ("Publicado em 3 de março de 2019 às 09h10", D(2019, 3, 3, 9, 10), None),
    ("30 avril 2015 à 07:19", D(2015, 4, 30, 7, 19), None),
    ("Publié le 2 juillet 2016 à 18h40", D(2016, 7, 2, 18, 40), None),
    ("mis à jour le 9 juin 2017 à 11:05", None, D(2017, 6, 9, 11, 5)),
    ("14. Januar 2020, 9:21 Uhr", D(2020, 1, 14, 9, 21), None),
    ("Veröffentlicht am 3. März 2021 um 17:30 Uhr", D(2021, 3, 3, 17, 30), None),
    ("Stand: 14.01.2020 09:21 Uhr", None, D(2020, 1, 14, 9, 21)),
    ("2016年10月14日07:17", D(2016, 10, 14, 7, 17), None),
    ("2019年3月5日 18:02", D(2019, 3, 5, 18, 2), None),
    ("12 de mayo de 2022, 10:15", D(2022, 5, 12, 10, 15), None),
    ("Actualizado: 3 de septiembre de 2021 a las 10:15", None, D(2021, 9, 3, 10, 15)),
    ("Creado 27/04/2022 00:00", D(2022, 4, 27), None),
    ("Datum: 28.01.2022", D(2022, 1, 28), None),
    (
        "Last updated 09 Jun 2020, originally created 12 Jun 2019",
        D(2019, 6, 12),
        D(2020, 6, 9),
    ),
    ("12 maggio 2022 ore 10:15", D(2022, 5, 12, 10, 15), None),
    ("5 Kasım 2021 14:30", D(2021, 11, 5, 14, 30), None),
    ("12. mai 2022 kl. 10:15", D(2022, 5, 12, 10, 15), None),
    ("3 maart 2020 14:30", D(2020, 3, 3, 14, 30), None),
    # zones and offsets
    ("17 Apr 2021 21:25 (UTC+3 MSK)", D(2021, 4, 17, 21, 25, tzinfo=MSK), None),
    ("7 Feb 2023 14:00 GMT+03:00", D(2023, 2, 7, 11, 0, tzinfo=UTC), None),
    ("7 Feb 2023 14:00 UTC−5", D(2023, 2, 7, 14, 0, tzinfo=tz(-5)), None),
    ("Feb 7, 2023 2:00 PM EST", D(2023, 2, 7, 14, 0, tzinfo=tz(-5)), None),
    ("7 Feb 2023 14:00 AMT", D(2023, 2, 7, 14, 0, tzinfo=tz(4)), None),
    ("7 Feb 2023 14:00 PKT", D(2023, 2, 7, 14, 0, tzinfo=tz(5)), None),
    ("7 Feb 2023 14:00 CET", D(2023, 2, 7, 14, 0, tzinfo=tz(1)), None),
    ("7 Jul 2023 14:00 CEST", D(2023, 7, 7, 14, 0, tzinfo=tz(2)), None),
    ("7 Jul 2023 14:00 BST", D(2023, 7, 7, 14, 0, tzinfo=tz(1)), None),
    ("7 Jul 2023 14:00 JST", D(2023, 7, 7, 14, 0, tzinfo=tz(9)), None),
    ("7 Jul 2023 4 PM", D(2023, 7, 7, 16, 0), None),
    ("7 Jul 2023 12:05 a.m.", D(2023, 7, 7, 0, 5), None),
    # web-crawl dumps (issue #20, FORMAT-NOTES §6.1; invented values)
    ("Tue 9th March 2021 | 11:05 PM", D(2021, 3, 9, 23, 5), None),
    ("Mon 1st February 2021 | 07:15 AM", D(2021, 2, 1, 7, 15), None),
    ("Donnerstag, 15. Juli 2021", D(2021, 7, 15), None),
    ("Montag, 3. Mai 2021, 08:45 Uhr", D(2021, 5, 3, 8, 45), None),
    ("4 October 2022 08:05 (UTC+04:00)", D(2022, 10, 4, 8, 5, tzinfo=tz(4)), None),
    (
        "Published 2 March 2021 at 9:40am, updated 2 March 2021 at 1:15pm",
        D(2021, 3, 2, 9, 40),
        D(2021, 3, 2, 13, 15),
    ),
    ("11.05.2021 | Stand: 18:05 Uhr", D(2021, 5, 11), D(2021, 5, 11, 18, 5)),
    ("Actualizado: 22/03/2020 17:28h", None, D(2020, 3, 22, 17, 28)),
    ("12 aprile 2019 - agg. 12 aprile 2019, 14.35", D(2019, 4, 12), D(2019, 4, 12, 14, 35)),
    ("March 3, 2016 / 9:05 PM / 3 years ago", D(2016, 3, 3, 21, 5), None),
    ("Juni 8, 2019 / 10:30 / vor 2 Jahren", D(2019, 6, 8, 10, 30), None),
    ("May 4, 2022, Wednesday", D(2022, 5, 4), None),
]


@pytest.mark.parametrize(("line", "published", "updated"), SHAPES)
def test_shapes(line: str, published: dt.datetime | None, updated: dt.datetime | None) -> None:
    stamp = parse_timestamp(line)
    if published is None and updated is None:
        assert stamp is None
        return
    assert stamp is not None, line
    assert same(stamp.published, published), (stamp.published, published)
    assert same(stamp.updated, updated), (stamp.updated, updated)


def test_surrounding_whitespace_and_columns() -> None:
    stamp = parse_timestamp("   07.02.2023 14:00  \n")
    assert stamp is not None
    assert stamp.published == D(2023, 2, 7, 14, 0)
    assert [(n.code, n.column, n.severity) for n in stamp.notes] == [("ambiguous-date", 4, "info")]


def test_date_only_is_midnight_naive() -> None:
    stamp = parse_timestamp("Published On 4 Apr 2023")
    assert stamp is not None
    assert stamp.published == D(2023, 4, 4)
    assert stamp.published.tzinfo is None
    assert codes(stamp) == ["no-time"]


def test_shape_signature() -> None:
    stamp = parse_timestamp("14:00 GMT 07.02.2023 (Updated: 14:33 GMT 07.02.2023)")
    assert stamp is not None
    assert stamp.shape == "TZD|U:TZD"


# ------------------------------------------------------------------------------------------
# Day-first / month-first from evidence


def test_dotted_with_evidence_day_first() -> None:
    stamp = parse_timestamp("14:00 GMT 07.02.2023", evidence=[dt.date(2023, 2, 7)])
    assert stamp is not None
    assert stamp.published == D(2023, 2, 7, 14, tzinfo=UTC)
    assert codes(stamp) == []


def test_dotted_with_evidence_month_first() -> None:
    stamp = parse_timestamp("14:00 GMT 07.02.2023", evidence=[dt.date(2023, 7, 2)])
    assert stamp is not None
    assert stamp.published == D(2023, 7, 2, 14, tzinfo=UTC)
    assert codes(stamp) == []


def test_dotted_evidence_within_a_day() -> None:
    stamp = parse_timestamp("23:50 GMT 07.02.2023", evidence=[dt.date(2023, 7, 3)])
    assert stamp is not None
    assert stamp.published == D(2023, 7, 2, 23, 50, tzinfo=UTC)


def test_dotted_without_evidence_is_day_first_with_note() -> None:
    stamp = parse_timestamp("14:00 GMT 07.02.2023")
    assert stamp is not None
    assert stamp.published == D(2023, 2, 7, 14, tzinfo=UTC)
    assert [(n.code, n.severity) for n in stamp.notes] == [("ambiguous-date", "info")]


def test_dotted_evidence_supports_neither() -> None:
    stamp = parse_timestamp("14:00 GMT 07.02.2023", evidence=[dt.date(2023, 5, 5)])
    assert stamp is not None
    assert stamp.published == D(2023, 2, 7, 14, tzinfo=UTC)
    assert ("ambiguous-date", "warning") in [(n.code, n.severity) for n in stamp.notes]


def test_slashes_are_month_first() -> None:
    stamp = parse_timestamp("10/22/2022 | 08:21am EDT")
    assert stamp is not None
    assert stamp.published == D(2022, 10, 22, 8, 21, tzinfo=EDT)
    assert codes(stamp) == []
    stamp = parse_timestamp("03/04/2022 | 08:21am EDT")
    assert stamp is not None
    assert stamp.published == D(2022, 3, 4, 8, 21, tzinfo=EDT)
    assert codes(stamp) == ["ambiguous-date"]
    stamp = parse_timestamp("03/04/2022 | 08:21am EDT", evidence=[dt.date(2022, 4, 3)])
    assert stamp is not None
    assert stamp.published == D(2022, 4, 3, 8, 21, tzinfo=EDT)


@pytest.mark.parametrize(
    "line",
    [
        "Publié le 08/02/2023 à 07h15",
        "Mittwoch, 08/02/2023 um 07:15 Uhr",
        "Publicado el 08/02/2023 a las 07:15",
        "Pubblicato il 08/02/2023 alle 07:15",
        "Опубликовано 08/02/2023 в 07:15",
    ],
)
def test_slashes_in_a_stamp_not_in_english_are_day_first(line: str) -> None:
    # only US English writes numeric dates month-first
    stamp = parse_timestamp(line)
    assert stamp is not None
    assert stamp.published == D(2023, 2, 8, 7, 15)
    assert codes(stamp) == ["ambiguous-date"]
    assert "day-first" in stamp.notes[0].message
    # evidence still decides
    stamp = parse_timestamp(line, evidence=[dt.date(2023, 8, 2)])
    assert stamp is not None
    assert stamp.published == D(2023, 8, 2, 7, 15)


def test_slashes_in_an_english_stamp_stay_month_first() -> None:
    stamp = parse_timestamp("Posted on Wednesday 08/02/2023 at 07:15")
    assert stamp is not None
    assert stamp.published == D(2023, 8, 2, 7, 15)


@pytest.mark.parametrize(
    ("line", "published", "updated"),
    [
        (
            "Publié le 08/02/2023 à 07h15, mis à jour à 09h30",
            D(2023, 2, 8, 7, 15),
            D(2023, 2, 8, 9, 30),
        ),
        # the zone of the stamp before, when the time names none
        (
            "Published 12 May 2022 10:00 GMT, updated 11:30",
            D(2022, 5, 12, 10, 0, tzinfo=UTC),
            D(2022, 5, 12, 11, 30, tzinfo=UTC),
        ),
        (
            "Veröffentlicht am 08.02.2023, 07:15 Uhr, aktualisiert 09:30 Uhr",
            D(2023, 2, 8, 7, 15),
            D(2023, 2, 8, 9, 30),
        ),
    ],
)
def test_labelled_time_alone_is_on_the_day_before_it(
    line: str, published: dt.datetime, updated: dt.datetime
) -> None:
    stamp = parse_timestamp(line)
    assert stamp is not None
    assert (stamp.published, stamp.updated) == (published, updated)
    assert "time-only" in codes(stamp)


@pytest.mark.parametrize(
    ("line", "published"),
    [
        # standard time in winter, daylight time from the second Sunday of March (12 March 2023)
        # to the first Sunday of November (5 November 2023)
        ("Updated Feb. 8, 2023 9:30 a.m. ET", D(2023, 2, 8, 9, 30, tzinfo=tz(-5))),
        ("March 11, 2023 at 10:00 a.m. ET", D(2023, 3, 11, 10, 0, tzinfo=tz(-5))),
        ("March 12, 2023 at 10:00 a.m. ET", D(2023, 3, 12, 10, 0, tzinfo=tz(-4))),
        ("June 20, 2023 — 06:25 am ET", D(2023, 6, 20, 6, 25, tzinfo=tz(-4))),
        ("November 4, 2023 10:00 CT", D(2023, 11, 4, 10, 0, tzinfo=tz(-5))),
        ("November 5, 2023 10:00 CT", D(2023, 11, 5, 10, 0, tzinfo=tz(-6))),
        ("Wednesday, February 8, 2023 at 7:15 a.m. PT", D(2023, 2, 8, 7, 15, tzinfo=tz(-8))),
        ("Published: 9:30 PM MT Jul 8, 2023", D(2023, 7, 8, 21, 30, tzinfo=tz(-6))),
    ],
)
def test_us_zones_without_standard_or_daylight_follow_the_day(
    line: str, published: dt.datetime
) -> None:
    stamp = parse_timestamp(line)
    assert stamp is not None
    got = stamp.published or stamp.updated
    assert got == published
    assert got is not None
    assert got.utcoffset() == published.utcoffset()


@pytest.mark.parametrize(
    ("line", "published", "updated"),
    [
        ("15 يونيو 2023 10:20", D(2023, 6, 15, 10, 20), None),
        ("الخميس 15 يونيو 2023 - 10:20", D(2023, 6, 15, 10, 20), None),
        ("نشر بتاريخ 15 أكتوبر 2023 الساعة 10:20", D(2023, 10, 15, 10, 20), None),
        # the Levant's month names, Arabic-Indic digits
        ("آخر تحديث: 15 حزيران 2023 10:20", None, D(2023, 6, 15, 10, 20)),
        ("١٥ يونيو ٢٠٢٣ ١٠:٢٠", D(2023, 6, 15, 10, 20), None),
    ],
)
def test_arabic_stamps(
    line: str, published: dt.datetime | None, updated: dt.datetime | None
) -> None:
    stamp = parse_timestamp(line)
    assert stamp is not None
    assert (stamp.published, stamp.updated) == (published, updated)


@pytest.mark.parametrize(
    ("line", "published", "updated"),
    [
        # Swedish, Danish: month names, labels, "kl." before the time
        (
            "Publicerad 1 september 2024 kl. 21.04, uppdaterad 2 september 2024 kl. 08.15",
            D(2024, 9, 1, 21, 4),
            D(2024, 9, 2, 8, 15),
        ),
        ("Måndag 2 september 2024 kl. 08.15", D(2024, 9, 2, 8, 15), None),
        ("Publiceret 5. marts 2024 kl. 14.30", D(2024, 3, 5, 14, 30), None),
        # Polish: the genitive month, "r." after the year, "godz." before the time
        ("Opublikowano: 19 lipca 2024 r., godz. 10:05", D(2024, 7, 19, 10, 5), None),
        ("Aktualizacja: 20 lipca 2024, 08:00", None, D(2024, 7, 20, 8, 0)),
        ("środa, 1 września 2024", D(2024, 9, 1), None),
    ],
)
def test_nordic_and_polish_stamps(
    line: str, published: dt.datetime | None, updated: dt.datetime | None
) -> None:
    stamp = parse_timestamp(line)
    assert stamp is not None
    assert (stamp.published, stamp.updated) == (published, updated)


@pytest.mark.parametrize(
    "line", ["2022年4月2日 10時30分", "2022年4月2日 10时30分", "2022년 4월 2일 10시 30분"]
)
def test_cjk_hours_and_minutes(line: str) -> None:
    stamp = parse_timestamp(line)
    assert stamp is not None
    assert stamp.published == D(2022, 4, 2, 10, 30)


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("10/08/2023 às 22h14 - Atualizado há 2 horas", D(2023, 8, 10, 22, 14)),
        ("Published 12 May 2022 10:00 (updated 2 hours ago)", D(2022, 5, 12, 10, 0)),
        ("12.05.2022, 10:00 Uhr, aktualisiert vor 2 Stunden", D(2022, 5, 12, 10, 0)),
        ("Publié le 12/05/2022 à 10h00, mis à jour il y a 3 heures", D(2022, 5, 12, 10, 0)),
    ],
)
def test_a_relative_update_keeps_the_stamp_before_it(line: str, published: dt.datetime) -> None:
    stamp = parse_timestamp(line)
    assert stamp is not None
    assert (stamp.published, stamp.updated) == (published, None)
    assert "relative-timestamp" in codes(stamp)
    assert stamp.shape.endswith("|U:relative")


def test_a_sentence_about_an_update_is_no_stamp() -> None:
    assert parse_timestamp("The app was updated 2 hours ago") is None


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("2024-06-18 09:30 来源：示例新闻网", D(2024, 6, 18, 9, 30)),
        ("2024年6月18日 09:30 来源：新华网", D(2024, 6, 18, 9, 30)),
        ("07.02.2023 14:00 | Quelle: dpa", D(2023, 2, 7, 14, 0)),
        ("May 3, 2024 10:00 AM Source: Reuters", D(2024, 5, 3, 10, 0)),
        ("23/04/2024 18h32 - Fonte: Agência Exemplo", D(2024, 4, 23, 18, 32)),
    ],
)
def test_a_source_credit_after_a_stamp_is_not_read(line: str, published: dt.datetime) -> None:
    stamp = parse_timestamp(line)
    assert stamp is not None
    assert stamp.published == published
    assert stamp.shape.endswith("|source")


@pytest.mark.parametrize(
    "line",
    [
        "Source: Reuters",
        "Quelle: Statistisches Bundesamt, 2023",
        "Die Zahl stieg 2023 um 5 Prozent, Quelle: Bundesamt",
    ],
)
def test_a_source_credit_without_a_stamp_is_no_stamp(line: str) -> None:
    assert parse_timestamp(line) is None


@pytest.mark.parametrize(
    ("line", "published"),
    [
        # "ص" a.m., "م" p.m. after a time
        ("15 يونيو 2023 10:20 م", D(2023, 6, 15, 22, 20)),
        ("15 يونيو 2023 10:20 ص", D(2023, 6, 15, 10, 20)),
        ("الخميس 15 يونيو 2023 - 10:20 م", D(2023, 6, 15, 22, 20)),
        # "م" after a year is "A.D."
        ("15 يونيو 2023 م 10:20", D(2023, 6, 15, 10, 20)),
    ],
)
def test_arabic_am_pm_and_ad_marks(line: str, published: dt.datetime) -> None:
    stamp = parse_timestamp(line)
    assert stamp is not None
    assert stamp.published == published


@pytest.mark.parametrize("line", ["م 15 يونيو 2023", "15 يونيو 2023 ص"])
def test_an_arabic_mark_anywhere_else_is_no_stamp(line: str) -> None:
    assert parse_timestamp(line) is None


@pytest.mark.parametrize("line", ["Updated 11:30", "11:30", "Published 12 May 2022, updated 29:30"])
def test_a_time_alone_without_a_day_before_it_is_no_stamp(line: str) -> None:
    assert parse_timestamp(line) is None


@pytest.mark.parametrize(
    ("line", "published", "updated"),
    [
        (
            "[publié le 04.11 à 09h20 et mis à jour à 11h05]",
            D(2021, 11, 4, 9, 20),
            D(2021, 11, 4, 11, 5),
        ),
        ("04.11 09:20", D(2021, 11, 4, 9, 20), None),
    ],
)
def test_dotted_day_and_month_before_a_time_takes_the_year_from_evidence(
    line: str, published: dt.datetime, updated: dt.datetime | None
) -> None:
    stamp = parse_timestamp(line, evidence=[dt.date(2021, 11, 5)])
    assert stamp is not None
    assert (stamp.published, stamp.updated) == (published, updated)
    assert "year-from-evidence" in codes(stamp)
    # a dotted pair that is no day and month stays a time: two times make no stamp
    assert parse_timestamp("11.30 14:00", evidence=[dt.date(2021, 11, 5)]) is None


def test_a_relative_age_after_a_stamp_is_noted() -> None:
    stamp = parse_timestamp("March 3, 2016 / 9:05 PM / 3 years ago")
    assert stamp is not None
    assert stamp.shape.endswith("|relative")
    assert "relative-timestamp" in codes(stamp)
    assert parse_timestamp("The bridge closed / 3 years ago") is None


def test_only_valid_reading_taken_silently() -> None:
    stamp = parse_timestamp("14:00 07.13.2023")
    assert stamp is not None
    assert stamp.published == D(2023, 7, 13, 14)
    assert codes(stamp) == []


def test_unambiguous_date_on_the_line_sets_the_order() -> None:
    stamp = parse_timestamp("Updated: 13-03-2022 14:44 IST | Created: 03-04-2022 14:34 IST")
    assert stamp is not None
    assert stamp.published == D(2022, 4, 3, 14, 34, tzinfo=IST)
    assert stamp.updated == D(2022, 3, 13, 14, 44, tzinfo=IST)
    assert codes(stamp) == []


def test_evidence_contradicting_unambiguous_date() -> None:
    stamp = parse_timestamp("14:00 GMT 13.02.2023", evidence=[dt.date(2023, 5, 2)])
    assert stamp is not None
    assert stamp.published == D(2023, 2, 13, 14, tzinfo=UTC)
    assert [(n.code, n.severity) for n in stamp.notes] == [("date-disagrees", "warning")]


def test_evidence_may_hold_datetimes() -> None:
    stamp = parse_timestamp("07.02.2023 14:00", evidence=[D(2023, 7, 2, 9, 0)])
    assert stamp is not None
    assert stamp.published == D(2023, 7, 2, 14)


def test_yearless_stamp_takes_year_from_evidence() -> None:
    line = "17 Apr. 21:25 (UTC+3 MSK)"
    stamp = parse_timestamp(line, evidence=[dt.date(2021, 4, 17)])
    assert stamp is not None
    assert stamp.published == D(2021, 4, 17, 21, 25, tzinfo=MSK)
    assert codes(stamp) == ["year-from-evidence"]
    stamp = parse_timestamp("31 Dec. 23:55 GMT", evidence=[dt.date(2022, 1, 1)])
    assert stamp is not None
    assert stamp.published == D(2021, 12, 31, 23, 55, tzinfo=UTC)
    stamp = parse_timestamp(line)
    assert stamp is not None
    assert stamp.published is None
    assert codes(stamp) == ["missing-year"]


def test_two_zones_must_agree() -> None:
    ok = parse_timestamp("Updated 0339 GMT (1139 HKT) November 19, 2019")
    assert ok is not None
    assert codes(ok) == []
    bad = parse_timestamp("Updated 0339 GMT (1239 HKT) November 19, 2019")
    assert bad is not None
    assert bad.updated == D(2019, 11, 19, 3, 39, tzinfo=UTC)
    assert codes(bad) == ["zone-disagrees"]
    bad = parse_timestamp("17 Apr 2021 21:25 (UTC+2 MSK)")
    assert bad is not None
    assert codes(bad) == ["zone-disagrees"]


def test_repeated_iso_with_another_time_is_updated() -> None:
    stamp = parse_timestamp("2024-05-29T05:09+0000 2024-05-29T07:12+0000")
    assert stamp is not None
    assert stamp.published == D(2024, 5, 29, 5, 9, tzinfo=UTC)
    assert stamp.updated == D(2024, 5, 29, 7, 12, tzinfo=UTC)
    assert codes(stamp) == ["repeated-stamp"]


# ------------------------------------------------------------------------------------------
# Relative stamps, bad values, negatives

RELATIVE = [
    "2 minutes ago",
    "Updated 14 hours ago",
    "an hour ago",
    "5 mins ago",
    "vor 3 Stunden",
    "il y a 2 heures",
    "hace 5 minutos",
    "3 часа назад",
]


@pytest.mark.parametrize("line", RELATIVE)
def test_relative(line: str) -> None:
    stamp = parse_timestamp(line)
    assert stamp is not None
    assert stamp.published is None
    assert stamp.updated is None
    assert stamp.shape == "relative"
    assert codes(stamp) == ["relative-timestamp"]


BAD = [
    ("25:00 GMT 07.02.2023", 1),
    ("14:00 GMT 32.13.2023", 11),
    ("Feb 30, 2023 10:00", 1),
    ("2023-13-01 10:00", 1),
    ("10:61 07.02.2023", 1),
    ("13/13/2022 | 08:21am EDT", 1),
    ("Nov 08, 2022, 13:21 PM (IST)", 15),
    ("7 Feb 2023 14:00 +2500", 18),
]


@pytest.mark.parametrize(("line", "column"), BAD)
def test_bad_values(line: str, column: int) -> None:
    stamp = parse_timestamp(line)
    assert stamp is not None
    assert stamp.published is None
    bad = [n for n in stamp.notes if n.code == "bad-timestamp"]
    assert len(bad) == 1
    assert bad[0].column == column


NOT_STAMPS = [
    "",
    "   ",
    "Talks resumed on 7 February 2023 in Bamako.",
    "2023 was a hard year",
    "10 things to know",
    "Published by Reuters",
    "Published 7 Feb 2023 by Reuters",
    "2",
    "min",
    "12",
    "2023",
    "May 2023",
    "12 May",
    "May 5",
    "14:49",
    "Updated",
    "3.5",
    "10.20.30",
    "1 – 0",
    "© Photo : Agency",
    "© Photo : Agency, 2023",
    "https://site.example/2023/02/07/slug.html",
    "site.example/20230207/x",
    "Follow us on Telegram",
    "MOSCOW, February 7 (Sputnik) - The minister said on Tuesday.",
    "On 7 February 2023, the minister said:",
    "Monday",
    "Tuesday, 14:00",
    "The meeting is at 14:00 on 7 Feb 2023",
    "Photo: 7 Feb 2023",
    "Die Sitzung ist am 7. Februar 2023",
    "Встреча состоится 7 февраля 2023 года",
    "Apple iPhone 15 (2023)",
    "Chapter 12, 2023 edition",
    "+49 30 1234567",
    "Tel. 030 123 45 67",
    "COVID-19 2020-2022",
    "1990-2000",
    "v1.2.3",
    "30%",
    "$12.50",
    "Page 2 of 10",
    "2 min read",
    "x" * 200 + " 7 Feb 2023",
    "7 Feb 2023 " * 20,
    "Today",
    "yesterday",
    "ago",
]


@pytest.mark.parametrize("line", NOT_STAMPS)
def test_not_stamps(line: str) -> None:
    assert parse_timestamp(line) is None


def test_fallback_reads_other_orders() -> None:
    stamp = parse_timestamp("2023 May 12 10:15")
    assert stamp is not None
    assert stamp.published == D(2023, 5, 12, 10, 15)
    assert stamp.shape.startswith("fallback:")


def test_import_does_not_load_dateutil_parser() -> None:
    code = "import sys, newsdump._timestamps; print('dateutil.parser' in sys.modules)"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "False"


# ------------------------------------------------------------------------------------------
# date_from_url


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("https://sputniknews.com/20230207/some-slug-1107045281.html", dt.date(2023, 2, 7)),
        ("https://site.example/2023/02/07/slug.html", dt.date(2023, 2, 7)),
        ("https://site.example/news/2023-02-07/slug", dt.date(2023, 2, 7)),
        ("https://site.example/news/slug-20230207-x.html", dt.date(2023, 2, 7)),
        ("https://site.example/2023/2/7/slug", dt.date(2023, 2, 7)),
        ("https://site.example/n1/2024/0424/c1001-4022.html", dt.date(2024, 4, 24)),
        ("https://site.example/news/2023/apr/28/slug/", dt.date(2023, 4, 28)),
        ("https://site.example/2023/02/30/slug", None),
        ("https://site.example/20231307/slug", None),
        ("https://site.example/1989/02/07/slug", None),
        ("https://site.example/2101/02/07/slug", None),
        ("https://site.example/article/1107045281.html", None),
        ("https://20230207.example/slug", None),
        ("https://site.example/slug-1020230207", None),
        ("FennPoint.com", None),
        ("", None),
    ],
)
def test_date_from_url(url: str, day: dt.date | None) -> None:
    assert date_from_url(url) == day


# ------------------------------------------------------------------------------------------
# Properties


def words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


EN_MONTHS = words(
    "January February March April May June July August September October November December"
)
EN_DAYS = words("Monday Tuesday Wednesday Thursday Friday Saturday Sunday")
RU_MONTHS = words(
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря"
)
PT_MONTHS = words("jan fev mar abr mai jun jul ago set out nov dez")
FR_MONTHS = words(
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
)
DE_MONTHS = words(
    "Januar Februar März April Mai Juni Juli August September Oktober November Dezember"
)
ES_MONTHS = words(
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
)


def h12(t: dt.datetime) -> str:
    return f"{(t.hour % 12) or 12:02d}:{t.minute:02d} {'PM' if t.hour >= 12 else 'AM'}"


def ordinal(n: int) -> str:
    suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def mon(t: dt.datetime) -> str:
    return EN_MONTHS[t.month - 1]


# (format, zone the format names or None)
Fmt = Callable[[dt.datetime], str]
ROUND_TRIP: list[tuple[str, Fmt, dt.tzinfo | None]] = [
    ("sputnik", lambda t: f"{t:%H:%M} GMT {t:%d.%m.%Y}", UTC),
    ("sputnik-notz", lambda t: f"{t:%H:%M %d.%m.%Y}", None),
    ("glued", lambda t: f"{t:%H:%M} GMT{t:%d} {mon(t)} {t:%Y}", UTC),
    ("iso-repeated", lambda t: " ".join([f"{t:%Y-%m-%dT%H:%M}+0000"] * 3), UTC),
    ("iso-space", lambda t: f"{t:%Y-%m-%d %H:%M:%S} UTC", UTC),
    (
        "weekday-ordinal",
        lambda t: f"{EN_DAYS[t.weekday()][:3]} {ordinal(t.day)} {mon(t)} {t:%Y} | {h12(t)}",
        None,
    ),
    ("published-us", lambda t: f"Published {mon(t)} {t:%d}, {t:%Y} | {h12(t)}", None),
    ("ist-dashes", lambda t: f"Created: {t:%d-%m-%Y %H:%M} IST", IST),
    ("ist-paren", lambda t: f"{mon(t)[:3]} {t:%d}, {t:%Y}, {h12(t)} (IST)", IST),
    ("time-comma", lambda t: f"{t:%H:%M}, {t.day} {mon(t)} {t:%Y}", None),
    ("weekday-dash", lambda t: f"{EN_DAYS[t.weekday()]} {t.day} {mon(t)} {t:%Y} - {t:%H:%M}", None),
    ("iso-bar", lambda t: f"{t:%Y-%m-%d | %H:%M}", None),
    ("us-emdash", lambda t: f"{mon(t)} {t.day}, {t:%Y} — {h12(t).lower()} EDT", EDT),
    ("us-slashes", lambda t: f"{t:%m/%d/%Y} | {h12(t).replace(' ', '')} EDT", EDT),
    (
        "guardian",
        lambda t: f"{EN_DAYS[t.weekday()][:3]} {t.day} {mon(t)[:3]} {t:%Y %H.%M} GMT",
        UTC,
    ),
    ("aljazeera", lambda t: f"{t.day} {mon(t)[:3]} {t:%Y %H:%M} GMT", UTC),
    ("rt", lambda t: f"{t.day} {mon(t)[:3]}, {t:%Y %H:%M}", None),
    ("ap", lambda t: f"{mon(t)[:3]}. {t.day}, {t:%Y} {h12(t).lstrip('0')} GMT", UTC),
    (
        "express",
        lambda t: f"PUBLISHED: {t:%H:%M}, {EN_DAYS[t.weekday()][:3]}, {mon(t)[:3]} {t.day}, {t:%Y}",
        None,
    ),
    ("skynews", lambda t: f"{EN_DAYS[t.weekday()]} {t.day} {mon(t)} {t:%Y %H:%M}, UTC", UTC),
    ("tass", lambda t: f"{t:%d} {mon(t)[:3]} {t:%Y}, {t:%H:%M} UTC", UTC),
    ("msk", lambda t: f"{t.day} {mon(t)[:3]} {t:%Y} {t:%H:%M} (UTC+3 MSK)", MSK),
    ("ru", lambda t: f"{t:%H:%M}, {t.day} {RU_MONTHS[t.month - 1]} {t:%Y}", None),
    ("pt", lambda t: f"{t:%d}.{PT_MONTHS[t.month - 1]}.{t:%Y} às {t:%Hh%M}", None),
    ("fr", lambda t: f"{t.day} {FR_MONTHS[t.month - 1]} {t:%Y} à {t:%H:%M}", None),
    ("de", lambda t: f"{t.day}. {DE_MONTHS[t.month - 1]} {t:%Y}, {t.hour}:{t:%M} Uhr", None),
    ("cjk", lambda t: f"{t.year}年{t.month}月{t.day}日{t:%H:%M}", None),
    ("es", lambda t: f"{t.day} de {ES_MONTHS[t.month - 1]} de {t:%Y}, {t:%H:%M}", None),
]


@settings(max_examples=250, deadline=None)
@given(
    shape=st.sampled_from(ROUND_TRIP),
    when=st.datetimes(min_value=dt.datetime(1990, 1, 1), max_value=dt.datetime(2099, 12, 31)),
)
def test_round_trip(shape: tuple[str, Fmt, dt.tzinfo | None], when: dt.datetime) -> None:
    _, fmt, zone = shape
    when = when.replace(second=0, microsecond=0, tzinfo=zone)
    line = fmt(when)
    stamp = parse_timestamp(line)
    assert stamp is not None, line
    assert same(stamp.published, when), (line, stamp)
    # with the date itself as evidence the reading is the same, and nothing is left to guess
    stamp = parse_timestamp(line, evidence=[when.date()])
    assert stamp is not None
    assert same(stamp.published, when), (line, stamp)
    assert [n.code for n in stamp.notes] == [], (line, stamp.notes)


@settings(max_examples=100, deadline=None)
@given(when=st.datetimes(min_value=dt.datetime(1990, 1, 1), max_value=dt.datetime(2099, 12, 31)))
def test_round_trip_cnn_two_zones(when: dt.datetime) -> None:
    when = when.replace(second=0, microsecond=0, tzinfo=UTC)
    hk = when.astimezone(HKT)
    line = f"Updated {when:%H%M} GMT ({hk:%H%M} HKT) {mon(when)} {when.day}, {when:%Y}"
    stamp = parse_timestamp(line)
    assert stamp is not None
    assert stamp.updated == when
    assert stamp.notes == ()


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=150))
def test_never_raises(text: str) -> None:
    parse_timestamp(text)
    parse_timestamp(text, evidence=[dt.date(2023, 2, 7)])
    date_from_url(text)


STAMPISH = st.text(alphabet="0123456789 .:-/+|(),TZapmGMTUCIS年月日", max_size=60)


@settings(max_examples=300, deadline=None)
@given(STAMPISH)
def test_never_raises_on_stamp_alphabet(text: str) -> None:
    stamp = parse_timestamp(text, evidence=[dt.date(2023, 2, 7)])
    if stamp is not None:
        for when in (stamp.published, stamp.updated):
            assert when is None or 1900 <= when.year <= 2100


# ------------------------------------------------------------------------------------------
# The dev corpora (read at test time, never copied)

SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.mark.parametrize("corpus", ["dev-news", "dev-web"])
def test_dev_corpus_stamps(corpus: str) -> None:
    truth_file = SHARED / "corpus" / corpus / "truth.json"
    if not truth_file.is_file():
        pytest.skip(f"{truth_file} is absent")
    truth = json.loads(truth_file.read_text(encoding="utf-8"))
    failures: list[str] = []
    total = 0
    for model in ("A", "B"):
        for name, rec in truth.get(model, {}).items():
            if not rec.get("timestamp"):
                continue
            total += 1
            evidence = [dt.date.fromisoformat(rec["date"])] if rec.get("date") else []
            url_day = date_from_url(rec.get("url") or "")
            if url_day is not None:
                evidence.append(url_day)
            stamp = parse_timestamp(rec["timestamp"], evidence=evidence)
            want = [
                dt.datetime.fromisoformat(rec[k]) if rec.get(k) else None
                for k in ("published", "updated")
            ]
            have = [stamp.published, stamp.updated] if stamp else [None, None]
            if stamp is None or not all(same(h, w) for h, w in zip(have, want, strict=True)):
                failures.append(f"{model}/{name}: {rec['timestamp']!r} → {stamp}")
    assert total > 0
    assert not failures, f"{len(failures)}/{total} stamps wrong:\n" + "\n".join(failures[:20])


ENTRY_TIMES = [
    ("21:49 horas.", dt.time(21, 49)),
    ("20.30 (18.30 GMT):", dt.time(20, 30)),
    ("18h18", dt.time(18, 18)),
    ("9.05 Uhr:", dt.time(9, 5)),
    ("07:40", dt.time(7, 40)),
]


@pytest.mark.parametrize(("line", "time"), ENTRY_TIMES)
def test_live_blog_entry_times(line: str, time: dt.time) -> None:
    assert entry_time(line) == time
    # an entry time names no day: it is no stamp of the record
    assert parse_timestamp(line) is None


@pytest.mark.parametrize("line", ["25:10", "18h18 Le président parle", "Ab 20.30 live", "3.5"])
def test_not_entry_times(line: str) -> None:
    assert entry_time(line) is None
