"""The thirteenth session's join evidence (issue #18), read from the record's own words: after an
unfinished line, a capitalised word the record also writes in lower case starts a sentence
(``The``, ``Die``, ``Les``), where a name or a German noun keeps its capital everywhere
(``unfinished-before-common-word``); the two words at the break written side by side elsewhere
in the record are a name or a phrase cut (``phrase-said-together``).  Every example is invented
for these tests, with cases where the evidence must not fire."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdump import explain
from newsdump._repair_evidence import said_together, used_lower


@pytest.mark.parametrize(
    ("word", "sample", "lower"),
    [
        ("The", "Crews met the board.", True),
        ("Die", "Am Hafen streikten die Fährleute.", True),
        ("Les", "Le port a rouvert, les ferries reprennent.", True),
        ("Anna", "Anna Berg met the board.", False),  # a name, capitalised everywhere
        ("Hafen", "Am Hafen streikten die Fährleute.", False),  # a German noun
        ("The", "Theodor met them.", False),  # inside another word
        ("The", "Crews met them. The board said no.", False),  # capitalised only
        ("the", "Crews met the board.", False),  # not capitalised: nothing to tell
        ("Ferry", "ferry", True),  # the whole sample
        ("EU", "the eu rules", False),  # an acronym: its case tells nothing
        ("A", "a ferry", False),  # one letter
    ],
)
def test_a_capitalised_word_the_record_writes_in_lower_case(
    word: str, sample: str, lower: bool
) -> None:
    assert used_lower(word, sample) is lower


_LETTERS = st.text(alphabet="abcdefghijklmnopqrstuvwxyzäöüéñ", min_size=2, max_size=10)
_SAMPLE = st.text(alphabet="abcdefghijklmnopqrstuvwxyzäöüéñ ,.ABCÄ", max_size=200)


@given(_LETTERS, _SAMPLE)
def test_a_word_the_sample_never_holds_is_never_common(word: str, sample: str) -> None:
    if word not in sample:
        assert not used_lower(word.capitalize(), sample)


@given(_LETTERS, _SAMPLE, _SAMPLE)
def test_a_word_the_sample_holds_alone_in_lower_case_is_common(
    word: str, before: str, after: str
) -> None:
    assert used_lower(word.capitalize(), f"{before} {word}, {after}")


def _record(first: str) -> list[str]:
    return [
        "Ferry crews met the harbour board in the old town hall on Monday and stayed",
        f"{first} went on until late in the evening, the union said after the vote.",
        "Both talks ended without a deal, and the crews went back to the ships.",
    ]


def test_a_sentence_word_after_an_unfinished_line_is_less_likely_joined() -> None:
    # the same break before a word the record writes in lower case elsewhere (``talks``) and
    # before a name it never does (``Tallis``)
    common, name = explain(_record("Talks"))[0], explain(_record("Tallis"))[0]
    assert "unfinished-before-common-word" in common.features
    assert "unfinished-before-common-word" not in name.features
    assert common.probability is not None
    assert name.probability is not None
    assert common.probability < name.probability


def test_not_after_a_finished_line() -> None:
    lines = _record("Talks")
    lines[0] += "."
    assert "unfinished-before-common-word" not in explain(lines)[0].features


def test_a_german_noun_is_no_common_word() -> None:
    lines = [
        "Die Fährleute haben sich am Montag mit der Leitung des Hafens und der",
        "Gewerkschaft auf einen neuen Dienstplan geeinigt, sagte ein Sprecher.",
        "Die Gewerkschaft hatte zuvor zu einem Streik aufgerufen, der die Fähren stoppte.",
    ]
    assert "unfinished-before-common-word" not in explain(lines)[0].features


@pytest.mark.parametrize(
    ("prev", "first", "text", "together"),
    [
        ("talks with the Prime", "Minister", "Talks with Prime Minister Rutte ended.", True),
        ("a fleet of Alstom", "Citadis", "The Alstom Citadis trams run.", True),
        ("a fleet of “Alstom", "Citadis", "The Alstom Citadis trams run.", True),  # a quote
        ("talks with", "Anna", "Talks with her. Anna Berg ended.", False),  # not side by side
        ("talks with", "Anna", "Talks with\nAnna Berg ended.", False),  # the break itself
        ("the Prime", "Minister", "Primes Ministers met.", False),  # other words
        ("the Prime", "Minister", "SuperPrime Minister", False),  # glued to another word
        ("“", "Minister", "Prime Minister", False),  # no word before the break
    ],
)
def test_two_words_written_side_by_side_in_the_record(
    prev: str, first: str, text: str, together: bool
) -> None:
    assert said_together(prev, first, text) is together


_NAME_RECORD = [
    "The mayor opened the new tram line on Monday together with Prime Minister Lena Falk, who",
    "praised the city for its patience during the works.",
    "Residents had waited six years for the new line through the old town and the harbour"
    " district, the mayor said on Monday, and thanked the Prime",  # too long for a heading
    "Minister for the money the state had paid for the tracks and the new trams.",
]


def test_a_name_cut_at_the_break_that_the_record_writes_whole_is_likelier_joined() -> None:
    # the same break where the record writes ``Minister`` inside a sentence too, but never
    # ``Prime Minister`` whole
    other = [_NAME_RECORD[0].replace("Prime Minister", "the Minister"), *_NAME_RECORD[1:]]
    whole, cut = explain(_NAME_RECORD)[2], explain(other)[2]
    assert whole.before.endswith("the Prime")
    assert "phrase-said-together" in whole.features
    assert "phrase-said-together" not in cut.features
    assert set(whole.features) - set(cut.features) == {"phrase-said-together"}
    assert whole.probability is not None
    assert cut.probability is not None
    assert whole.probability > cut.probability


def test_a_links_text_alone_is_no_common_word() -> None:
    # model B: the scraper broke before and after the link; its text keeps the capitals of
    # what it names, even where the record writes the word in lower case (``new date``)
    lines = [
        "Organisers of the old town festival have set a new date for the event after the storm.",
        "Tickets bought for the original",
        "Date",
        "remain valid, the organisers said.",
    ]
    report = explain(lines)[1]
    assert report.after == "Date"
    assert "link-shape" in report.features
    assert "unfinished-before-common-word" not in report.features
