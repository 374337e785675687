"""Lower-case lines of a list are items, not a sentence's pieces (issue #18, ``lower-case-start``).

A record that starts two or more lines in lower case right after finished lines writes its lines
as items (`_repair_lowers.lower_after_stops`); there the join model judges the
``lower-case-start`` joins too (`_repair_model.vetoable`).  Running text never shows that
evidence (every sentence starts with a capital), so a paragraph cut by links keeps coming back
whole (tests/property/test_repair.py).  Every example is invented.
"""

from __future__ import annotations

from hypothesis import given

from tests.target import private
from tests.target import strategies as S

lowers = private("_repair_lowers")
model = private("_repair_model")
features = private("_repair_features")

# items after finished lines: a shopping note, a garden list, a packing list
LISTS = {
    "en": ["Buy these before Friday:", "two loaves of rye", "Check the shed.", "oil for the mower"],
    "de": [
        "Im Herbst erledigen:",
        "die Rosen zurückschneiden",
        "Laub rechen.",
        "den Teich abdecken",
    ],
    "fr": [
        "Pour la randonnée :",
        "une gourde pleine",
        "Prévoir un pull.",
        "des chaussettes sèches",
    ],
    "pl": ["Na wyjazd spakować:", "dwa ręczniki", "Nie zapomnieć.", "ładowarka do telefonu"],
}


def test_lower_lines_after_finished_lines_mark_a_list_record() -> None:
    for lines in LISTS.values():
        assert lowers.lower_after_stops(lines)


def test_one_lower_line_after_a_stop_is_not_enough() -> None:
    # a wrapped abbreviation happens once in running text: one such line is no list
    lines = ["Bring tools, e.g.", "a spade and a rake for the beds", "The gate stays shut."]
    assert not lowers.lower_after_stops(lines)


def test_one_lower_line_after_a_colon_is_an_item() -> None:
    # a colon announces what follows: a lower-case line of its own after it is a list's item
    assert lowers.lower_after_stops(["Ce qu'il faut retenir :", "arroser le soir", "Bon été."])
    assert lowers.lower_after_stops(["Zutaten:", "zwei Eier", "etwas Mehl"])


def test_a_name_in_lower_case_with_a_capital_inside_is_no_item() -> None:
    lines = ["We sold it online.", "eBay took a fee.", "It arrived.", "iPhones were cheaper."]
    assert not lowers.lower_after_stops(lines)


def test_running_text_cut_by_lower_case_links_is_no_list() -> None:
    lines = ["The council met", "local growers", "on Tuesday and agreed", "new rules for markets."]
    assert not lowers.lower_after_stops(lines)


@given(S.scraped(S.paragraphs(), model="around", decidable=False))
def test_no_generated_paragraph_reads_as_a_list(s: S.Scraped) -> None:
    # the guarantee the gate rests on: a sentence starts with a capital, so a paragraph cut by
    # links anywhere (decidable or not) never starts a line in lower case after a finished one
    assert not lowers.lower_after_stops(list(s.lines))


@given(S.scraped(S.paragraphs(), model="after", decidable=False))
def test_no_generated_paragraph_reads_as_a_list_after_links(s: S.Scraped) -> None:
    assert not lowers.lower_after_stops(list(s.lines))


def test_the_model_judges_lower_case_joins_in_a_list_record_only() -> None:
    f = {name: k for k, name in enumerate(features.FEATURES)}
    base = [f["rule:lower-case-start"], f["next:starts-lower"]]
    assert not model.vetoable("lower-case-start", base)
    assert model.vetoable("lower-case-start", [*base, f["record:lower-after-stop"]])
    # in a list record, after an article or a preposition too (``a pair of`` / ``gloves``
    # is an item as often as a sentence): the model judges
    fw = [*base, f["record:lower-after-stop"], f["prev:ends-function-word"]]
    assert model.vetoable("lower-case-start", fw)
    # elsewhere a line ending in a function word stays joined, in a list as in a sentence
    lower_block = [*base, f["block:starts-lower"], f["prev:ends-function-word"]]
    assert not model.vetoable("lower-case-start", lower_block)
    # only lower-case continuations: the other grammar rules stand
    assert not model.vetoable("function-word-at-end", [f["record:lower-after-stop"]])
    assert not model.vetoable("dash-continues", [f["record:lower-after-stop"]])


# a news text cut at its links (lower-case lines after unfinished ones) with one list after a
# colon: its items are few beside the sentence's pieces, so the record is no list record
CUT_WITH_ONE_LIST = [
    "The council voted on Tuesday to close",
    "the old harbour road",
    "for six months while engineers repair",
    "the sea wall",
    "that storms damaged",
    "last winter. Residents asked for two things:",
    "a shuttle bus to the station",
    "Traders said the closure would hit",
    "the weekend market",
    "hardest, and the mayor promised",
    "to review",
    "the plan in March. Ferries will run",
    "every hour",
    "from the north pier",
    "until the road reopens.",
]


def test_a_text_cut_at_links_with_one_list_is_no_list_record() -> None:
    # one item after a colon (counted twice) beside twelve lower-case pieces of sentences
    assert not lowers.lower_after_stops(CUT_WITH_ONE_LIST)
    # the list's own lines alone read as one
    assert lowers.lower_after_stops(CUT_WITH_ONE_LIST[5:7])


def test_the_cut_text_with_one_list_comes_back_whole() -> None:
    blocks = [b.text for b in private("_repair").repair(CUT_WITH_ONE_LIST).blocks]
    assert blocks[0].startswith("The council voted on Tuesday to close the old harbour road for")
    assert "the mayor promised to review the plan in March. Ferries will run every" in blocks[-1]
    assert blocks[-1].endswith("every hour from the north pier until the road reopens.")


def test_items_outweigh_pieces_up_to_the_share() -> None:
    items = ["Zum Mitnehmen:", "warme Socken", "Nicht vergessen.", "die Stirnlampe"]
    pieces = ["und dann", "weiter"]  # a lower-case piece after an unfinished line
    # three items (a colon's counts twice): a list record up to 3 * 6 - 1 = 17 pieces
    per = lowers.CONTINUATIONS_PER_ITEM
    assert lowers.lower_after_stops([*items, *pieces * ((3 * per - 1) // 2), "weiter"])
    assert not lowers.lower_after_stops([*items, *pieces * (3 * per // 2)])


def test_a_keep_rule_names_the_break_the_model_vetoed_in_a_list_record() -> None:
    # the model may veto lower-case-start joins here; the layout's keep rules are still asked
    # about such a veto, and name the break when one covers it
    policy = model.DEFAULT_POLICY
    decision = private("_repair_rules").Decision
    strong = decision(True, "lower-case-start", 0.9)
    weak = decision(True, "link-text-line", 0.5)
    kept = decision(False, "sentence-end", 0.5)
    assert policy.asks_layout(False, strong)  # vetoed by the model: a keep rule may name it
    assert policy.asks_layout(True, weak)  # joined: a keep rule may undo it
    assert not policy.asks_layout(False, weak)  # vetoed as before: the model's own keep
    assert not policy.asks_layout(False, kept)  # a rule's keep the model left: nothing to undo
