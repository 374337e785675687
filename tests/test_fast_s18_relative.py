"""Issue #16, the eighteenth session: the screen before the relative trailers of a stamp line
(`_timestamp_tokens.may_be_relative`) reads the line's end.  A relative update or age closes
the line, so a line whose last characters are ASCII and do not end in a word of a time counted
back (`_AGO_ENDS`) reaches neither pattern; the screen must say "maybe" wherever one matches.
"""

from __future__ import annotations

import itertools
import re
import string

from hypothesis import given
from hypothesis import strategies as st

from tests.target import private

_timestamps = private("_timestamps")
_timestamp_tokens = private("_timestamp_tokens")


def trailer_matches(line: str) -> bool:
    tail = max(0, len(line) - _timestamps.RELATIVE_UPDATE_TAIL)
    return (
        _timestamps._RELATIVE_UPDATE.search(line, tail) is not None
        or _timestamps._RELATIVE_AGE.search(line, tail) is not None
    )


def unit_words() -> set[str]:
    """Every word of the pattern of a time counted back, with the endings its optional parts
    add, and the spellings its character classes allow (``d[ií]as``, ``m[eê]s``)."""
    words = set(re.findall(r"[^\W\d_]+", _timestamps._RELATIVE_AGO))
    grown = {w + end for w in words for end in ("", "s", "n", "en", "es", "e")}
    return grown | {"dia", "dias", "día", "días", "mes", "meses", "mês", "mêses", "año", "años"}


STARTS = ("", "2 ", "vor 2 ", "il y a 2 ", "hace 2 ", "há 2 ", "3 hours ", "2 hrs ", "12 ")
HEADS = (
    "10:05 GMT 07.02.2023 | ",
    "07.02.2023 - aktualisiert ",
    "Publié le 7 février, mis à jour ",
)
CASES = (str.lower, str.upper, str.title)
CLOSES = ("", ".", ")", ".)", "\n")


def test_every_word_of_the_pattern_that_closes_a_trailer_passes_the_screen() -> None:
    checked = 0
    for head, start, word, case, close in itertools.product(
        HEADS, STARTS, sorted(unit_words()), CASES, CLOSES
    ):
        line = head + start + case(word) + close
        if trailer_matches(line):
            checked += 1
            assert _timestamp_tokens.may_be_relative(line), line
    assert checked > 500  # the product reaches the patterns (every language's branch)


def test_the_ends_are_the_patterns_ascii_words() -> None:
    ascii_words = {w for w in unit_words() if w.isascii()}
    for end in _timestamp_tokens._AGO_ENDS:
        assert end.isascii()
        assert end == end.lower()
    for word in ascii_words:
        line = f"il y a 2 {word}"
        if re.fullmatch(_timestamps._RELATIVE_AGO, line, re.IGNORECASE):
            assert word.endswith(_timestamp_tokens._AGO_ENDS), word


def test_ascii_letters_match_case_insensitively_where_their_lower_cases_are_equal() -> None:
    for a in string.ascii_letters:
        for code in range(128):
            b = chr(code)
            same = re.fullmatch(re.escape(a), b, re.IGNORECASE) is not None
            assert same == (a.lower() == b.lower()), (a, b)


def test_the_screen_turns_down_sentences_that_end_otherwise() -> None:
    for line in (
        "El puerto recibió 42 cruceros en febrero.",
        "Kütüphane her gün saat 22.00'ye kadar hizmet verecek.",
        "Die Räte tagten 2023.",
        "Il a plu 3 jours (Nantes)",
    ):
        assert not _timestamp_tokens.may_be_relative(line), line
    for line in (
        "12.05.2022 14:20 - aktualisiert vor 2 Stunden.",
        "10/08/2023 às 22h14 - Atualizado há 2 horas)",
        "March 3, 2016 / 9:05 PM / 3 years AGO",
        "3 часа назад",
        "hace 2 años",
    ):
        assert _timestamp_tokens.may_be_relative(line), line


_PIECES = st.sampled_from(
    [
        "2 hours ago", "vor 2 Stunden", "il y a 3 heures", "hace 2 días", "há 5 minutos",
        "3 часа назад", "updated", "Aktualisiert", "mis à jour", "14:05", "12.03.2023", "/",
        "|", " - ", "·", ".", ")", "(", "\n", "ago", "jours", "ANS", "mês", "Räte",
    ]
)  # fmt: skip


@given(st.lists(st.one_of(_PIECES, st.text(max_size=4)), max_size=8).map(" ".join))
def test_the_screen_says_maybe_wherever_a_trailer_matches(line: str) -> None:
    if trailer_matches(line):
        assert _timestamp_tokens.may_be_relative(line)


@given(st.sampled_from(sorted(unit_words())), st.sampled_from(CLOSES), st.text(max_size=3))
def test_a_line_is_read_the_same_with_and_without_the_screen(
    word: str, close: str, noise: str
) -> None:
    line = f"07.02.2023 10:05 - updated {noise}2 {word}{close}".strip()
    lead = 0
    if _timestamps._tokenize(line) is None and not _timestamps._RELATIVE.fullmatch(line):
        plain = (
            _timestamps._with_source(line, lead, ())
            or _timestamps._with_relative_update(line, lead, ())
            or _timestamps._with_relative_age(line, lead, ())
        )
        assert _timestamps.read_line(line, line, ()) == plain, line
