"""`LineFacts` guesses the record's language on first read (issue #16, the twelfth session), and
answers as it did when it guessed it for every record with an unfinished line.

The language is read for a line that ends in a function word (`LineFacts.fw`) and for a block
`asides_by_block` judges (`LineFacts.ends_in_function_word`); both are first asked of the
function words of every language (`ANY_FUNCTION_WORDS`, a superset of each language's list), and
of German's attributive ending, so that a record whose lines end in none never guesses.  Checked
here against the eager code it replaced, on generated lines and on every corpus record.
"""

from __future__ import annotations

from typing import Any, Final

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.target import SHARED, private

context = private("_repair_context")
language_mod = private("_language")
tx = private("_text")

CORPUS: Final = SHARED / "corpus"


def _slow_facts(ends: list[str]) -> tuple[str, list[bool]]:
    """The language and `fw` as `LineFacts` computed them before: the guess made whenever a
    line is unfinished, every line read in the guessed language."""
    term = [
        x[-1] if x[-1] in tx.TERMINALS else "" if x[-1].isalnum() else tx.terminal_char(x)
        for x in ends
    ]
    language = language_mod.guess_language(ends) if "" in term else ""
    words = language_mod.function_words(language)
    de = language == "de"
    fw = [
        x[-1].isalnum()
        and (
            tx.ends_with_function_word(x, words)
            or (de and language_mod.ends_in_attributive(x, language))
        )
        for x in ends
    ]
    return language, fw


def _same(ends: list[str], probes: list[str]) -> None:
    facts = context.LineFacts(ends, ends, [False] * len(ends))
    language, fw = _slow_facts(ends)
    assert facts.fw == fw, ends
    assert all(type(v) is bool for v in facts.fw)
    for text in [*ends, *probes]:
        assert facts.ends_in_function_word(text) == language_mod.ends_in_function_word(
            text, language
        ), text
    assert facts.language == language


def test_any_function_words_hold_every_language_s_words() -> None:
    assert tx.FUNCTION_WORDS <= context.ANY_FUNCTION_WORDS
    for language in (*language_mod.FUNCTION_WORDS_OF, ""):
        assert language_mod.function_words(language) <= context.ANY_FUNCTION_WORDS, language
    # (the lists of the languages hold words the union does not: the reason for the superset)
    assert not language_mod.FUNCTION_WORDS_OF["fr"] <= tx.FUNCTION_WORDS


_GERMAN: Final = (
    "Die Regierung hat mit den Vertretern der Clubszene gesprochen, und sie ist nicht die"
    " einzige, die das will."
)
"""A sentence long enough for `guess_language` to tell German."""


def test_a_record_without_a_function_word_at_a_line_end_does_not_guess() -> None:
    ends = ["Der Rat tagte am Montag", _GERMAN, _GERMAN, "Alles blieb offen"]
    facts = context.LineFacts(ends, ends, [False] * 4)
    assert facts._language is None  # (not guessed: no line ends in a function word)
    assert facts.fw == [False, False, False, False]
    assert facts.language == "de"  # (guessed when read)
    finished = ["Der Rat tagte.", "Alles blieb offen."]
    assert context.LineFacts(finished, finished, [False] * 2)._language == ""


def test_a_line_ending_in_a_function_word_guesses() -> None:
    ends = ["Der Rat tagte am Montag mit der", _GERMAN, _GERMAN, "und sprach über die"]
    facts = context.LineFacts(ends, ends, [False] * 4)
    assert facts._language == "de"
    assert facts.fw == [True, False, False, True]


def test_a_german_attributive_end_guesses() -> None:
    # (``neuen`` is no function word: only German's article and adjective read it)
    ends = ["Gefragt, ob die neue", _GERMAN, _GERMAN, "Der Rat tagte am Montag"]
    assert not any(map(context.ends_with_any_function_word, ends))
    facts = context.LineFacts(ends, ends, [False] * 4)
    assert facts._language == "de"
    assert facts.fw == [True, False, False, False]
    assert facts.ends_in_function_word("Gefragt, ob die neue")
    assert not facts.ends_in_function_word("Der Rat tagte am Montag")


_WORDS: Final = sorted(
    {w for words in language_mod.FUNCTION_WORDS_OF.values() for w in words} | {"neue", "neuen"}
)
_FILLER: Final = [
    "Der Rat tagte am Montag",
    "The council met on Monday",
    "Le conseil s'est réuni lundi",
    "El consejo se reunió el lunes",
    "O conselho reuniu-se na segunda",
    "Il consiglio si è riunito lunedì",
    "De raad kwam maandag bijeen",
    "Rada zebrała się w poniedziałek",
    "Meclis pazartesi toplandı",
    "Anna Berg",
    "www.example.de",
    "ob die",
    "12",
]


@st.composite
def _line(draw: Any) -> str:
    head = draw(st.sampled_from(_FILLER))
    tail = draw(st.sampled_from(["", *_WORDS]))
    if draw(st.booleans()):
        tail = tail.capitalize()
    stop = draw(st.sampled_from(["", "", ".", ",", ":", "”", " –"]))
    return (f"{head} {tail}".strip() + stop) or "x"


@given(st.lists(_line(), min_size=1, max_size=10), st.lists(_line(), max_size=4))
def test_line_facts_equal_the_eager_guess(ends: list[str], probes: list[str]) -> None:
    _same(ends, probes)


@given(
    st.lists(st.text(min_size=1, max_size=30).map(str.strip).filter(bool), min_size=1, max_size=8)
)
def test_line_facts_equal_the_eager_guess_on_any_text(ends: list[str]) -> None:
    _same(ends, [])


def test_line_facts_equal_the_eager_guess_on_every_corpus_record() -> None:
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is absent")
    records = guessed = 0
    for path in sorted(CORPUS.rglob("*.txt"))[:1500]:
        text = path.read_text(encoding="utf-8", errors="surrogateescape")
        ends = [s for s in (raw.strip() for raw in text.splitlines()[1:]) if s]
        if not ends:
            continue
        records += 1
        facts = context.LineFacts(ends, ends, [False] * len(ends))
        guessed += facts._language is not None
        language, fw = _slow_facts(ends)
        assert facts.fw == fw, path
        assert facts.language == language, path
    assert records > 500
    assert 0 < guessed < records  # (both ways were met)
