"""Properties of the two pieces of evidence added for issue #18's seventh session: a title
before a name and a quoted phrase opening a line.  Sentences are generated from invented word
lists; each property states what must hold for every one of them."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsdump import explain, repair
from newsdump._repair_evidence import ends_in_title, quotes_lower
from newsdump._text import TITLE_ABBREVIATIONS

_LOWER = st.sampled_from(
    ["the", "harbour", "plan", "council", "ferry", "budget", "vote", "bridge", "school", "work"]
)
_NAME = st.sampled_from(["Okafor", "Lind", "Berg", "Novak", "Moreau", "Silva", "Kowalski"])
_VERB = st.sampled_from(["thanked", "criticised", "met", "praised", "questioned", "invited"])
_TITLES = st.sampled_from(sorted(TITLE_ABBREVIATIONS))
_QUOTES = st.sampled_from(['"', "“", "«", "„", "‘"])


@given(_VERB, _TITLES, _NAME, st.lists(_LOWER, min_size=2, max_size=6))
def test_a_name_cut_off_after_its_title_is_joined(
    verb: str, title: str, name: str, rest: list[str]
) -> None:
    # model B: the scraper broke before and after the link on the name
    lines = [
        f"On Monday the mayor of the harbour town {verb} {title}.",
        name,
        " ".join(rest) + ".",
    ]
    assert ends_in_title(lines[0])
    report = explain(lines)[0]
    assert "title-before-capital" in report.features
    assert report.decision == "join"
    blocks = repair(lines).blocks
    assert blocks[0].text.startswith(lines[0] + " " + name)


@given(_TITLES, _NAME)
def test_a_title_ends_no_sentence_only_with_its_full_stop(title: str, name: str) -> None:
    assert ends_in_title(f"They met {title}.")
    assert not ends_in_title(f"They met {title}")
    assert not ends_in_title(f"They met {title.lower()}.")  # titles are capitalised
    assert not ends_in_title(f"They met {name}.")


@given(_QUOTES, st.lists(_LOWER, min_size=1, max_size=6), _NAME)
def test_a_quoted_phrase_is_told_from_a_quoted_sentence(
    quote: str, words: list[str], name: str
) -> None:
    phrase = quote + " ".join(words)
    assert quotes_lower(phrase)
    assert not quotes_lower(quote + name + " " + " ".join(words))
    assert not quotes_lower(" ".join(words))  # no quote: another rule reads it


@given(_QUOTES, st.lists(_LOWER, min_size=2, max_size=6), _NAME)
def test_a_quoted_phrase_after_an_unfinished_line_is_likelier_joined_than_a_sentence(
    quote: str, words: list[str], name: str
) -> None:
    before = "The ministry said on Monday that the new port would make the region"
    phrase = explain([before, quote + " ".join(words) + " within ten years."])[0]
    sentence = explain([before, quote + name + " " + " ".join(words) + " within ten years."])[0]
    assert "quote-then-lower" in phrase.features
    assert "quote-then-lower" not in sentence.features
    assert phrase.probability is not None
    assert sentence.probability is not None
    assert phrase.probability > sentence.probability
