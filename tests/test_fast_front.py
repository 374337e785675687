"""The exact speed-ups of issue #16 before the repair (`parse(repair=False)`) give what the plain
code gives.

- `_timestamps.fast_stamp` (the seed stamp and the ``NMYTZ`` stamp read without the tokenizer)
  returns exactly what the general reader (`_timestamps.read_line`) returns, or None (then the
  general reader reads the line): on every line of every corpus under ``../shared/corpus`` and
  of the fixtures shaped like either stamp, with several evidence sets each, and on generated
  stamps and stamp-like text.
- `_layout.find_front` reads each front line as a stamp at most once.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdump.strategies import Timestamp
from tests.target import FIXTURES, SHARED, newsdump, private, strategies

_timestamps = private("_timestamps")
_layout = private("_layout")


# Looser than the seed pattern, so that the lines the fast path turns down are checked too.
def general(line: str, evidence: Sequence[dt.date]) -> object:
    stripped = line.strip()
    return _timestamps.read_line(line, stripped, evidence)


def evidence_sets(line: str) -> Iterator[tuple[dt.date, ...]]:
    """No evidence; each reading of each date on the line, a day off and a year off; both
    readings at once; a date far away."""
    yield ()
    yield (dt.date(1999, 12, 31),)
    for a, b, y in re.findall(r"(\d{1,2})[./-](\d{1,2})[./-](\d{4})", line):
        for m, d in ((int(b), int(a)), (int(a), int(b))):
            try:
                day = dt.date(int(y), m, d)
            except ValueError:
                continue
            yield (day,)
            yield (day + dt.timedelta(days=1),)
            yield (day + dt.timedelta(days=2),)
            yield (day.replace(year=day.year - 1) if (m, d) != (2, 29) else day,)
            yield (dt.datetime(day.year, day.month, day.day, 23, 59),)  # a datetime: its date
        with contextlib.suppress(ValueError):
            yield (dt.date(int(y), int(b), int(a)), dt.date(int(y), int(a), int(b)))


def check(line: str) -> bool:
    """The fast path agrees with the general reader on ``line`` (repr: the zones' identity
    too); True when it read the line itself."""
    fast_read = False
    stripped = line.strip()
    for evidence in evidence_sets(line):
        fast = _timestamps.fast_stamp(stripped, evidence)
        if fast is not None:
            fast_read = True
            assert repr(fast) == repr(general(line, evidence)), (line, evidence)
        assert repr(_timestamps.parse_timestamp(line, evidence=evidence)) == repr(
            general(line, evidence)
        ), (line, evidence)
    return fast_read


def stamp_like_lines(root: Path) -> Iterator[str]:
    """Every line of the files under ``root`` that a fast path reads (without evidence, or is
    shaped like the seed stamp, which evidence may let it read): all the lines `parse` could
    hand it, since `find_front` reads lines of every kind."""
    seed = _timestamps._SEED
    fast = _timestamps.fast_stamp
    for path in sorted(root.rglob("*.txt")):
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            text = line.strip()
            if (
                text
                and len(text) <= _timestamps.MAX_STAMP_LEN
                and (fast(text, ()) is not None or seed.fullmatch(text))
            ):
                yield line


@pytest.mark.skipif(not (SHARED / "corpus").is_dir(), reason="the corpora (../shared) are absent")
def test_fast_paths_agree_with_the_reader_on_every_stamp_like_line_of_the_corpora() -> None:
    lines = set(stamp_like_lines(SHARED / "corpus"))
    assert len(lines) > 1000  # the corpora hold thousands of stamps of these shapes
    read = sum(check(line) for line in sorted(lines))
    assert read > len(lines) // 2


def test_fast_paths_agree_with_the_reader_on_every_stamp_like_line_of_the_fixtures() -> None:
    lines = set(stamp_like_lines(FIXTURES))
    assert lines
    assert sum(check(line) for line in sorted(lines)) > 0


@pytest.mark.parametrize(
    "line",
    [
        "14:00 GMT 07.02.2023",  # read both ways
        "14:00 GMT 17.02.2023",
        "14:00 GMT 02.17.2023",  # month-first only
        "24:00 GMT 17.02.2023",  # impossible time
        "14:60 GMT 17.02.2023",
        "14:00 GMT 31.02.2023",  # impossible date
        "14:00 GMT 17.02.1850",  # out of range
        "14:00 XYZ 17.02.2023",  # no zone
        "14:00 ET 17.02.2023",  # a generic US zone
        "14:00 MSK 17.02.2023",
        "9:05 IST 03.04.2024 (Updated: 10:15 IST 13.04.2024)",  # the update shows the order
        "9:05 GMT 13.04.2024 (Updated: 10:15 GMT 03.04.2024)",
        "9:05 GMT 03.04.2024 (Updated: 10:15 GMT 04.03.2024)",
        "9:05 GMT 13.04.2024 (Updated: 10:15 GMT 04.13.2024)",  # two orders
        "05:30 GMT 29.05.2024 (Updated: 06:22 GMT 29.05.2024)",
        "05:30 GMT 29.05.2024 (Updated: 25:22 GMT 29.05.2024)",
        "  05:30 GMT 29.05.2024  ",
        "12 Aug 2021 09:40 GMT",
        "Mon 18 Nov 2019 18.54 GMT",
        "Mon, 18 Nov. 2019, 18:54 MSK",
        "Mon 18 Nov 2019 18.54 ET",  # a generic US zone
        "Mon 18 Nov 2019 18.54 AMT",  # read "18.54 AM" by the tokenizer? no: T follows
        "Mon 18 Nov 2019 18.54 AM",
        "12 Am 2021 09:40 GMT",
        "GMT 18 Nov 2019 18.54 GMT",  # a zone for a weekday
        "Updated 18 Nov 2019 18.54 GMT",  # a label
        "Mon 31 Feb 2019 18.54 GMT",
        "Mon 18 Nov 2019 18.61 GMT",
        "Mon 18 Nov 1899 18.54 GMT",
        "de 18 Mar 2019 08:54 CET",
        "ص 18 Nov 2019 18.54 GMT",
        "Mon 18 Mai 2019 18:54 MEZ",
        "18 Nov 2019 18:54 MAR",  # a month for a zone
        "Apr. 21, 2018 6:47 PM GMT",
        "Wed, Feb 9, 2022 | 13:33 p.m.",
        "Feb 9, 2022 0:33 am",
        "19 Mar, 2023 08:36",
        "Sunday 7 July 2019 04:29, UTC",
        "14:36 19.12.2018",
        "15:57 03.04.2018 (Updated: 16:57 GMT 03.04.2018)",
        "2022-08-07 17:43:00 UTC",
        "2024-05-29T05:09+0000",
        "2024-05-29T05:09Z",
        "2024-05-29T05:09+1500",
        "2023-12-12 | 12:03",
        "2023-02-30, 12:03",
        "2023-12-12 12:03 PT",
    ],
)
def test_seed_fast_path_agrees_with_the_reader(line: str) -> None:
    check(line)


def test_seed_fast_path_leaves_notes_to_the_reader() -> None:
    line = "14:00 GMT 07.02.2023"
    assert _timestamps.seed_stamp(line, ()) is None
    stamp = _timestamps.parse_timestamp(line)
    assert stamp is not None
    assert [n.code for n in stamp.notes] == ["ambiguous-date"]


@given(strategies.timestamps(shapes=["seed", "bare"]), st.dates(), st.booleans())
def test_seed_fast_path_agrees_on_generated_stamps(
    stamp: Timestamp, other: dt.date, own: bool
) -> None:
    evidence = (stamp.date,) if own else (other,)
    fast = _timestamps.seed_stamp(stamp.text, evidence)
    if own:
        assert fast is not None  # the stamp's own day settles any order
    if fast is not None:
        assert repr(fast) == repr(general(stamp.text, evidence))


weekdays = st.sampled_from(["Mon", "Sun", "Thursday", "de", "Updated", "GMT", "ص", "Mar"])
months = st.sampled_from(["Mar", "Mai", "Nov", "Aug", "AUG", "Juli", "Am", "pm", "ET", "Foo", "م"])
zones = st.sampled_from(["GMT", "UTC", "EST", "MSK", "CEST", "ET", "AMT", "PM", "MAR", "XYZ"])
day_month_like = st.tuples(
    st.none() | weekdays,
    st.booleans(),
    st.integers(0, 35),
    months,
    st.sampled_from(["", ".", ","]),
    st.booleans(),
    st.integers(1895, 2105),
    st.sampled_from(["", ",", " |", " —", " -"]),
    st.integers(0, 25),
    st.integers(0, 62),
    st.sampled_from([":", "."]),
    st.sampled_from(["", " AM", "pm", " p.m.", " a.m", " PM,"]),
    st.none() | zones,
).map(
    lambda t: (
        (f"{t[0]}{',' if t[1] else ''} " if t[0] else "")
        + (f"{t[2]} {t[3]}{t[4]}" if t[5] else f"{t[3]}{t[4]} {t[2]}{t[4][:1]}")
        + f" {t[6]}{t[7]} {t[8]}{t[10]}{t[9]:02d}{t[11]}"
        + (f" {t[12]}" if t[12] else "")
    )
)
iso_like = st.tuples(
    st.integers(1895, 2105),
    st.integers(0, 13),
    st.integers(0, 32),
    st.sampled_from(["T", " ", " | ", ", "]),
    st.integers(0, 25),
    st.integers(0, 61),
    st.none() | st.integers(0, 61),
    st.sampled_from(
        ["", "Z", "+0000", "+05:30", "-0330", " +0100", "+1500", " UTC", " ET", " CEST"]
    ),
).map(
    lambda t: (
        f"{t[0]}-{t[1]:02d}-{t[2]:02d}{t[3]}{t[4]:02d}:{t[5]:02d}"
        + (f":{t[6]:02d}" if t[6] is not None else "")
        + t[7]
    )
)


@given(iso_like, st.lists(st.dates(), max_size=1))
def test_iso_fast_path_agrees_on_stamp_like_text(line: str, evidence: list[dt.date]) -> None:
    fast = _timestamps.fast_stamp(line, evidence)
    if fast is not None:
        assert repr(fast) == repr(general(line, evidence))
    assert repr(_timestamps.parse_timestamp(line, evidence=evidence)) == repr(
        general(line, evidence)
    )


@given(day_month_like, st.lists(st.dates(), max_size=1))
def test_day_month_fast_path_agrees_on_stamp_like_text(line: str, evidence: list[dt.date]) -> None:
    fast = _timestamps.fast_stamp(line, evidence)
    if fast is not None:
        assert repr(fast) == repr(general(line, evidence))
    assert repr(_timestamps.parse_timestamp(line, evidence=evidence)) == repr(
        general(line, evidence)
    )


digits = st.integers(0, 39).map(str)
seedish = st.tuples(
    digits,
    st.integers(0, 70).map(lambda n: f"{n:02d}"),
    st.sampled_from(["GMT", "UTC", "MSK", "IST", "EDT", "ET", "AM", "PMT", "XYZ", "CEST"]),
    digits,
    digits,
    st.integers(1890, 2110),
    st.booleans(),
).map(
    lambda t: (
        f"{t[0]}:{t[1]} {t[2]} {t[3]}.{t[4]}.{t[5]}"
        + (f" (Updated: {t[1][::-1]}:{t[0]:0>2} {t[2]} {t[4]}.{t[3]}.{t[5]})" if t[6] else "")
    )
)


@given(seedish, st.lists(st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31)), max_size=2))
def test_seed_fast_path_agrees_on_seed_like_text(line: str, evidence: list[dt.date]) -> None:
    fast = _timestamps.seed_stamp(line, evidence)
    if fast is not None:
        assert repr(fast) == repr(general(line, evidence))
    assert repr(_timestamps.parse_timestamp(line, evidence=evidence)) == repr(
        general(line, evidence)
    )


def test_find_front_reads_each_line_as_a_stamp_once(monkeypatch: pytest.MonkeyPatch) -> None:
    if newsdump.__build__ == "mypyc":
        pytest.skip("compiled, _layout calls _timestamps directly: a patched name is not seen")
    read: list[str] = []
    plain = _layout.parse_timestamp

    def counting(text: str, *, evidence: Sequence[dt.date] = ()) -> object:
        read.append(text)
        return plain(text, evidence=evidence)

    monkeypatch.setattr(_layout, "parse_timestamp", counting)
    # no stamp agrees with the evidence: every candidate is read, then the lines after the
    # first stamp are looked at again
    lines = ["Rain in Lisbon", "It rained.", "10:00 GMT 17.02.2021", "10:00 GMT 18.02.2021", "B."]
    front = _layout.find_front(lines, evidence=(dt.date(2023, 2, 7),))
    assert front.roles[2] == "timestamp"
    assert sorted(read) == sorted(set(read))
    assert len(read) == 5


@given(st.text(), st.text())
def test_squash_keeps_or_drops_each_character_on_its_own(a: str, b: str) -> None:
    # what `_layout._squashes_to` rests on
    assert _layout._squash(a + b) == _layout._squash(a) + _layout._squash(b)


squash_text = st.text(
    st.sampled_from([*"aZ9 _-.,'", "ß", "\u0390", "\ufb01", "\u0130", "Σ", "\u3000"])
)


@given(squash_text, squash_text, st.booleans())
def test_squashes_to_is_squash_then_compare(text: str, other: str, same: bool) -> None:
    key = _layout._squash(text if same else other)
    assert _layout._squashes_to(text, key) == (_layout._squash(text) == key)


def test_squashes_to_tells_a_long_line_from_a_title() -> None:
    title = "Rain in Lisbon"
    key = _layout._squash(title)
    assert _layout._squashes_to("RAIN — in Lisbon!", key)
    assert not _layout._squashes_to("Rain in Lisbon " + "and more rain, all day. " * 10, key)
