"""The repair recovers what the scraper broke, is idempotent, and changes no character.

What is generated, and what is excluded as undecidable, is stated in `newsdump.strategies`:
`paragraphs` (well-formed paragraphs: capital start, full stop at the end, typographic spaces),
`scraped` with ``decidable=True`` (links whose breaks `undecidable` accepts), `looks_wrapped`
(single-newline bodies that look hard-wrapped) and `looks_like_menu` (long records of short
lines).  Nothing else is excluded: a case the repair gets wrong fails these tests (the
bugs found so far are fixed, and pinned by reproducers below).
"""

from __future__ import annotations

import itertools

import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

from tests.target import newsdump, private
from tests.target import strategies as S

LANGUAGES = list(S.LANGUAGES)


def _decidable(s: S.Scraped) -> None:
    # undecidable by construction (see strategies.looks_wrapped): a hard-wrapped look-alike
    assume(not (s.separator == "\n" or len(s.paragraphs) < 2) or not S.looks_wrapped(s.lines))
    # a paragraph cut at nearly every word reads as a menu (strategies.looks_like_menu)
    assume(not S.looks_like_menu(s.lines))


def _recovered(s: S.Scraped) -> None:
    rep = newsdump.repair(list(s.lines))
    assert [(b.kind, b.text) for b in rep.blocks] == [("paragraph", p) for p in s.paragraphs]


@given(S.scraped(S.paragraphs(languages=LANGUAGES), model="after"))
def test_repair_recovers_links_broken_after(s: S.Scraped) -> None:
    _decidable(s)
    _recovered(s)


@given(S.scraped(S.paragraphs(languages=LANGUAGES), model="around"))
def test_repair_recovers_links_broken_around(s: S.Scraped) -> None:
    _decidable(s)
    _recovered(s)


RECOGNISED = ["en", "de", "fr"]
"""Languages whose generated paragraphs the language guess often recognises (about half)."""


@given(st.data())
@pytest.mark.parametrize("model", ["after", "around"])
def test_repair_recovers_links_in_a_record_of_known_language(
    model: S.Model, data: st.DataObject
) -> None:
    # the function words of the record's language (issue #18): a paragraph cut by links comes
    # back whole when its language is known, as when it is not
    s = data.draw(S.scraped(S.paragraphs(languages=RECOGNISED, min_size=2), model=model))
    assume(private("_language").guess_language(list(s.lines)) != "")
    _decidable(s)
    _recovered(s)


def _squeeze(texts: list[str]) -> str:
    return "".join("".join(t.split()) for t in texts)


lines_any = st.one_of(
    S.scraped(S.paragraphs(), model="after", decidable=False).map(lambda s: list(s.lines)),
    S.scraped(S.paragraphs(), model="around", decidable=False).map(lambda s: list(s.lines)),
    S.dump_records(line_end="\n").map(lambda t: t.split("\n")),
    st.lists(st.text(max_size=40), max_size=12),
    st.lists(S.hostile_text(max_size=60), max_size=6).map(
        lambda xs: [y for x in xs for y in x.replace("\r", "\n").split("\n")]
    ),
)


@given(lines_any)
def test_repair_changes_no_character(lines: list[str]) -> None:
    rep = newsdump.repair(lines)
    assert _squeeze([b.text for b in rep.blocks]) == _squeeze(lines)


@given(lines_any)
# (found by hypothesis: joining "Le le" and "." turned the guess of the record's language from
# French to none, and the second repair read the "a" ending a heading as an English article)
@example([" date 2000-01-01 Le le.", "Le le le le a", "Le le.", "Le le", "."])
# (found by hypothesis: the guess read whole lines up to its sample's size, so the German lines
# told the language line by line, but the repaired, joined first block held the English ones
# too: "the" ended a heading in German and a paragraph in English)
@example(
    ["Sie sagte, die Stadt und der Bund", "zahlen für die Bahn, sagte sie."] * 12
    + ["Minister minister, the minister said the talks", "with the union were over."] * 12
    + ["", "Minister minister.", "", "Minister minister, minister the", "", "Vladimir", ""]
)
# (found by hypothesis: "!Aa" after a line "." read no word before its stops, so it stayed whole;
# joined, "minister.!Aa" showed the glue, and the second repair split it)
@example(["Minister minister", ".", "!Aa"])
def test_repair_is_idempotent(lines: list[str]) -> None:
    """Repairing the repaired text (laid out as the writer does: blank-separated blocks) joins
    and splits nothing more, and gives every block the same kind, except page junk judged by
    the lines around it (one-word tag lines, read-time numbers): a blank line between blocks
    hides what the line after a tag looked like before the joins, so such a line may come back
    as junk or as a paragraph (8,000 generated cases showed no other kind change)."""
    once = newsdump.repair(lines).blocks
    relaid = [x for b in once for x in ("", b.text)][1:]
    twice = newsdump.repair(relaid).blocks
    assert [b.text for b in twice] == [b.text for b in once]
    for a, b in zip(once, twice, strict=True):
        assert a.kind == b.kind or "noise" in (a.kind, b.kind), (a, b)


def test_repair_is_idempotent_after_a_lone_bracket_before_a_control_character() -> None:
    """A lone bracket is read with the line after it, which it is glued to, as the blank-line
    layout reads the block they make: ``B`` is a paragraph both ways (a hypothesis draw once
    made it a heading before ``(`` / ESC ``a`` and a paragraph when relaid)."""
    lines = ["B", "(", "\x1ba"]
    once = newsdump.repair(lines).blocks
    relaid = [x for b in once for x in ("", b.text)][1:]
    twice = newsdump.repair(relaid).blocks
    assert [(b.kind, b.text) for b in twice] == [(b.kind, b.text) for b in once]


@given(lines_any)
def test_apply_edits_replays_the_repair(lines: list[str]) -> None:
    rep = newsdump.repair(lines)
    assert newsdump.apply_edits(lines, rep.edits) == rep.blocks


@given(lines_any)
def test_edits_replay_after_a_round_trip_through_dicts(lines: list[str]) -> None:
    rep = newsdump.repair(lines)
    edits = [newsdump.Edit.from_dict(e.to_dict()) for e in rep.edits]
    assert edits == list(rep.edits)
    assert newsdump.apply_edits(lines, edits) == rep.blocks


@given(lines_any)
def test_explain_accounts_for_every_break_and_join(lines: list[str]) -> None:
    """One report per break between non-blank lines; its decision is the repair's; a decision
    the model took has a probability; every join edit has its report."""
    rep = newsdump.repair(lines)
    reports = newsdump.explain(lines)
    numbers = [n for n, x in enumerate(lines, 1) if x.strip()]
    assert [r.lines for r in reports] == list(itertools.pairwise(numbers))
    joins = {e.lines: e for e in rep.edits if e.kind == "join"}
    assert {r.lines for r in reports if r.decision == "join"} == set(joins)
    for r in reports:
        assert (r.decided_by == "model") <= (r.probability is not None)
        e = joins.get(r.lines)
        if e is not None:
            assert (r.rule, r.decided_by) == (e.rule, e.decided_by)


# --- known bugs: minimal reproducers ---------------------------------------------------------


def test_b2_one_word_links_inside_a_sentence() -> None:
    lines = ["He met", "ministers", "officials", "and", "diplomats", "in Moscow."]
    rep = newsdump.repair(lines)
    assert [b.text for b in rep.blocks] == ["He met ministers officials and diplomats in Moscow."]


def test_b3_arabic_question_mark() -> None:
    rep = newsdump.repair(["قال الوزير", "؟ القمة الحكومة."])
    assert [b.text for b in rep.blocks] == ["قال الوزير؟ القمة الحكومة."]


def test_b6_short_lines_of_an_uncased_script_are_no_page_head() -> None:
    # an Arabic paragraph cut at four links: its short pieces were scored one by one by the
    # article bounds, each too short to be prose, and set aside as a page head (`noise:head`)
    lines = ["قال قال قال قال.", "قال", "قال قال قال", "قال قال قال", "قال قال قال", ". قال قال."]
    lines += ["", "قال قال", ". قال قال قال قال", "قال قال", "."]
    rep = newsdump.repair(lines)
    assert [(b.kind, b.text) for b in rep.blocks] == [
        ("paragraph", "قال قال قال قال. قال قال قال قال قال قال قال قال قال قال. قال قال."),
        ("paragraph", "قال قال. قال قال قال قال قال قال."),
    ]


def test_b7_a_single_newline_in_a_blank_line_record_is_no_page_head() -> None:
    # generated text with almost no function words, so little of it reads as prose: the article
    # bounds cut "Minister minister" / "2 minister" into two units and set the second aside as a
    # page head, though a single newline in a blank-line record is inside a paragraph
    lines = ["Minister", "minister,", "minister minister", ".", "Minister minister", "2 minister"]
    lines += ["Moscow.", "Minister", "minister minister", "minister minister minister"]
    lines += ["minister", "minister minister with", ".", "", "Minister minister"]
    lines += ["minister minister minister", "minister minister minister"]
    lines += [". Minister minister, minister minister", "minister minister the", "."]
    first = "Minister minister, minister minister. Minister minister 2 minister Moscow. "
    first += (
        "Minister minister minister minister minister minister minister minister minister with."
    )
    second = "Minister minister minister minister minister minister minister minister. "
    second += "Minister minister, minister minister minister minister the."
    rep = newsdump.repair(lines)
    assert [(b.kind, b.text) for b in rep.blocks] == [("paragraph", first), ("paragraph", second)]


@pytest.mark.parametrize(
    ("lines", "blocks"),
    [
        (["0", "?Aa"], ["0?", "Aa"]),
        (["Er traf den", ".Experten sagen mehr."], ["Er traf den.", "Experten sagen mehr."]),
        (["Use", ".NET today"], ["Use.NET today"]),  # a look-alike stays glued
    ],
)
def test_b5_glue_at_a_line_start_is_split_before_the_join(
    lines: list[str], blocks: list[str]
) -> None:
    # B5 (found by the thorough profile): "?Aa" after an unfinished line was joined to it and
    # the glue it made ("0?Aa") was split only when the result was repaired again
    once = [b.text for b in newsdump.repair(lines).blocks]
    assert once == blocks
    assert [b.text for b in newsdump.repair(once).blocks] == once


@pytest.mark.parametrize(
    "lines",
    [
        ["部", "长部", "长。"],  # a kept short line became a heading when re-repaired
        ["A", "0", "0"],  # a joined heading-shaped block became one
    ],
)
def test_b4_kinds_are_stable_under_re_repair(lines: list[str]) -> None:
    once = newsdump.repair(lines).blocks
    relaid = [x for b in once for x in ("", b.text)][1:]
    twice = newsdump.repair(relaid).blocks
    assert [(b.kind, b.text) for b in twice] == [(b.kind, b.text) for b in once]


# --- glued paragraphs are split, page junk is set aside ---------------------------------------

# Cased scripts only: a glued break is recognised by a sentence end followed by a capital.
CASED = [lang for lang in S.LANGUAGES if lang in ("en", "de", "fr", "ru")]


@given(S.paragraphs(languages=CASED, min_size=2, max_size=4))
def test_glued_paragraphs_are_split(paras: list[str]) -> None:
    # Undecidable, so excluded: a one-letter word on either side of the full stop reads as an
    # initial ("… by J.Smith", "J.K Rowling"), which must stay glued; the repair splits only
    # before a capital followed by a lower-case letter.
    assume(all(len(p.rstrip(".").rsplit(" ", 1)[-1]) > 1 for p in paras[:-1]))
    assume(all(p[1:2].islower() for p in paras[1:]))
    rep = newsdump.repair(["".join(paras)])
    assert [(b.kind, b.text) for b in rep.blocks] == [("paragraph", p) for p in paras]
    assert all(e.kind == "split" for e in rep.edits if e.applied)


JUNK = ("Follow us on Telegram", "© Photo : Example Agency", "min read")
"""Page junk lines of common kinds (a follow-us line, a credit, a read-time fragment), each a
fixed text the repair knows."""


@given(S.paragraphs(languages=LANGUAGES, min_size=2, max_size=4), st.sampled_from(JUNK), st.data())
def test_page_junk_is_set_aside_between_paragraphs(
    paras: list[str], junk: str, data: st.DataObject
) -> None:
    at = data.draw(st.integers(min_value=1, max_value=len(paras) - 1))
    lines = [*paras[:at], junk, *paras[at:]]
    rep = newsdump.repair(lines)
    want = [("paragraph", p) for p in paras]
    want.insert(at, ("noise", junk))
    assert [(b.kind, b.text) for b in rep.blocks] == want


@pytest.mark.xfail(
    strict=True,
    reason="known gap (a thorough draw, seed 24): a link's text shaped like a relative time "
    "(`2 week`) between an unfinished line and a capitalised one is set aside as "
    "noise:relative-time, as a teaser's time between two headlines is",
)
def test_repair_recovers_a_link_text_shaped_like_a_relative_time() -> None:
    paragraph = "Talks with the minister lasted 2 weeks Moscow officials said on Monday."
    lines = ["Talks with the minister lasted", "2 weeks", "Moscow officials said on Monday."]
    assert [(b.kind, b.text) for b in newsdump.repair(lines).blocks] == [("paragraph", paragraph)]
