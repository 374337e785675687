"""The eighteenth session's stamp fast paths (`newsdump._timestamp_shapes`: `labelled_stamp`,
`modified_stamp`, `day_first_stamp`) give exactly what the general reader
(`_timestamps.read_line`) gives, or None.

Generated stamps of each shape, with the month's name drawn from every language of the month
table, must be read by their fast path and agree with the reader (every field: the repr, so
the zones' identity too); stamp-like text, with words drawn among those the tokenizer reads
otherwise (labels, zones, ``am``/``pm``, Arabic a.m./p.m. markers, month names in the wrong
place, unknown words) and impossible dates and times, must agree whenever a fast path reads
it.  `tests/test_fast_front.py` runs the same check on every line of the corpora a fast path
reads.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import example, given
from hypothesis import strategies as st

from tests.target import private

_timestamps = private("_timestamps")
_shapes = private("_timestamp_shapes")
_words = private("_timestamp_words")

# every month name of every language, with its number (the table's own reading of it)
MONTH_NAMES = sorted(
    {name for names in _words._MONTH_NAMES.values() for name in names if name in _words.MONTHS}
)
month_names = st.sampled_from(MONTH_NAMES)
weekday_words = st.sampled_from(
    sorted(w for w in _words._WEEKDAYS if w not in _words.MONTHS and w not in _words._LABELS)
)
small_words = st.sampled_from(["de", "à", "às", "um", "Uhr", "a", "las", "the", "at", "el"])
odd_words = st.sampled_from(
    ["am", "pm", "AM", "Pm", "GMT", "ET", "Updated", "Published", "م", "ص", "Foo", "Mar", "Amt"]
)
any_word = small_words | weekday_words | odd_words | month_names
days = st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31))
times = st.times().map(lambda t: t.replace(second=0, microsecond=0))


def general(line: str) -> object:
    return _timestamps.read_line(line, line.strip(), ())


def agree(line: str) -> Any:
    """The fast path's reading of ``line`` (None when it leaves it), after checking that it is
    the reader's and that `parse_timestamp` reads the line as the reader does."""
    fast = _timestamps.fast_stamp(line, ())
    if fast is not None:
        assert repr(fast) == repr(general(line)), line
    assert repr(_timestamps.parse_timestamp(line)) == repr(general(line)), line
    return fast


def cased(word: str, how: int) -> str:
    """``word`` as written, title-cased or upper-cased, where that casing lower-cases back to it
    (Turkish ``ı`` does not)."""
    other = (word, word.title(), word.upper())[how]
    return other if other.lower() == word else word


# -- day_first_stamp: ``7. Juni 2025, 18:05 Uhr``


@st.composite
def day_first(draw: st.DrawFn, words: st.SearchStrategy[str] = small_words) -> tuple[str, bool]:
    """A day-first stamp and whether every word in it is one the fast path must read."""
    day, when = draw(days), draw(times)
    name = draw(month_names.filter(lambda n: _words.MONTHS[n.lower()] == day.month))
    month = cased(name, draw(st.integers(0, 2)))
    head = draw(st.none() | weekday_words | st.just("am"))
    before = draw(st.lists(words, max_size=1))
    after_month = draw(st.lists(words, max_size=1))
    before_time = draw(st.lists(words, max_size=2))
    after = draw(st.none() | st.sampled_from(["Uhr", "h", "hrs"]) | words)
    line = (
        (f"{head}{draw(st.sampled_from(['', ',']))} " if head else "")
        + f"{day.day}{draw(st.sampled_from(['', '.']))} "
        + "".join(w + " " for w in [*before, month, *after_month])
        + f"{day.year}{draw(st.sampled_from(['', ',']))} "
        + "".join(w + " " for w in before_time)
        + f"{when.hour}:{when.minute:02d}"
        + (f" {after}" if after else "")
    )
    plain = words is small_words and (not before or before[0][:2].lower() not in ("am", "pm"))
    return line, plain and (after is None or after[:2].lower() not in ("am", "pm"))


@given(day_first())
@example(("Samstag, 7. Juni 2025, 18:05 Uhr", True))
@example(("7 de junio de 2025 a las 18:05", True))
@example(("am 3. März 2022 um 8:40 Uhr", True))
def test_day_first_stamps_take_the_fast_path_and_agree(case: tuple[str, bool]) -> None:
    line, plain = case
    fast = agree(line)
    if plain:
        assert fast is not None, line
        assert fast.shape == "NMYT", line


@given(day_first(any_word))
@example(("7 am Juni 2025 18:05", False))  # "7 am": seven a.m. to the tokenizer
@example(("7 Juni 2025 18:05 pm", False))
@example(("7 Juni 2025 18:05 م", False))
@example(("7 Juni Mai 2025 18:05", False))  # two months
def test_day_first_fast_path_agrees_on_stamp_like_text(case: tuple[str, bool]) -> None:
    agree(case[0])


@given(
    st.integers(0, 35), st.sampled_from(MONTH_NAMES), st.integers(1895, 2105), st.integers(0, 25)
)
@example(31, "février", 2024, 10)  # an impossible date: a note
@example(29, "feb", 2024, 24)  # an impossible time
def test_day_first_fast_path_leaves_impossible_stamps_to_the_reader(
    day: int, month: str, year: int, hour: int
) -> None:
    agree(f"{day} {month} {year} à {hour}:30")


# -- labelled_stamp: ``PUBLISHED: 09:15, Tue, Mar 4, 2025 | UPDATED: 11:02, Tue, Mar 4, 2025``

labels = st.sampled_from(["PUBLISHED", "Posted", "Created", "veröffentlicht", "publicado"])
update_labels = st.sampled_from(["UPDATED", "Modified", "aktualisiert", "actualizado"])


@st.composite
def labelled(draw: st.DrawFn, odd: bool = False) -> str:
    parts = []
    roles = [draw(labels), *draw(st.lists(update_labels, max_size=1))]
    if odd:
        roles = [
            draw(st.sampled_from([*roles, "UPDATED", "Foo", "PT", "Published"])) for _ in roles
        ]
    for label in roles:
        day, when = draw(days), draw(times)
        names = [n for n in MONTH_NAMES if _words.MONTHS[n] == day.month]
        month = cased(draw(st.sampled_from(names)), draw(st.integers(0, 2)))
        if odd:
            month = draw(st.sampled_from([month, "Foo", "Mon", "GMT"]))
        weekday = draw(
            st.none()
            | st.sampled_from(
                ["Tue", "Sunday", "the", "sábado", "ص", "Mar", "GMT"][: 7 if odd else 4]
            )
        )
        parts.append(
            f"{label}: {when.hour:02d}:{when.minute:02d}, "
            + (f"{weekday}, " if weekday else "")
            + f"{month} {day.day}, {day.year}"
        )
    return " | ".join(parts)


@given(labelled())
@example("POSTED: 09:15, Tue, Mar 4, 2025 | UPDATED: 11:02, Tue, Mar 4, 2025")
def test_labelled_stamps_take_the_fast_path_and_agree(line: str) -> None:
    fast = agree(line)
    assert fast is not None, line
    assert fast.shape.startswith("P:TMNY"), line


@given(labelled(odd=True))
@example("UPDATED: 09:15, Tue, Mar 4, 2025 | PUBLISHED: 11:02, Tue, Mar 4, 2025")
@example("Posted: 09:15, Tue, Mar 4, 2025 | Posted: 11:02, Tue, Mar 4, 2025")
@example("Posted: 24:15, Tue, Mar 4, 2025")
@example("Posted: 09:15, Tue, Feb 30, 2025")
def test_labelled_fast_path_agrees_on_stamp_like_text(line: str) -> None:
    agree(line)


# -- modified_stamp: ``Sun 2 Mar 2025 10.05 GMT Last modified on Sun 2 Mar 2025 12.40 GMT``


@st.composite
def named(draw: st.DrawFn) -> str:
    day, when = draw(days), draw(times)
    ascii_names = [n for n in MONTH_NAMES if n.isascii() and _words.MONTHS[n] == day.month]
    month = cased(draw(st.sampled_from(ascii_names)), draw(st.integers(0, 2)))
    weekday = draw(st.none() | st.sampled_from(["Sun", "Monday", "Updated", "ص"]))
    clock = f"{when.hour:02d}{draw(st.sampled_from(['.', ':']))}{when.minute:02d}"
    if draw(st.booleans()):
        clock = f"{when.hour % 12 or 12}:{when.minute:02d} {'PM' if when.hour >= 12 else 'am'}"
    zone = draw(st.sampled_from(["", " GMT", " BST", " ET", " XYZ", " IST"]))
    return (f"{weekday} " if weekday else "") + f"{day.day} {month} {day.year} {clock}{zone}"


@given(named(), named())
@example("Sun 2 Mar 2025 10.05 GMT", "Sun 2 Mar 2025 12.40 GMT")
@example("Sun 2 Mar 2025 10.05 PM", "Sun 2 Mar 2025 12.40 GMT")
@example("Sun 2 Mar 2025 10.05 ET", "Sun 2 Mar 2025 12.40 GMT")  # a generic US zone
def test_modified_fast_path_agrees(first: str, second: str) -> None:
    line = f"{first} Last modified on {second}"
    fast = agree(line)
    both = _shapes.named_month_stamp(first), _shapes.named_month_stamp(second)
    assert (fast is not None) == (None not in both), line
