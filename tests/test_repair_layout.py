"""The record's layout (issue #19, item 3): one-block-a-line records keep their breaks, lists of
clauses keep theirs, a ``By`` line and the name after it are one byline block.  Every example
is invented for these tests (no corpus text)."""

from __future__ import annotations

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from newsdump._repair import apply_edits, explain, repair
from newsdump._repair_apart import PROSE_CHARS
from newsdump._repair_context import LineFacts, wrap_width
from newsdump._repair_layout import (
    PROSE_MIN,
    RUN_MIN,
    SHORT_SHARE,
    STRONG_JOIN_RULES,
    cut_evidence,
    lines_are_paragraphs,
    link_marks,
)
from newsdump._repair_registry import RULES

_SENTENCES = [
    "The council met on Monday evening to discuss the harbour budget for next year.",
    "Der Stadtrat hat am Montag über den Haushalt für den Hafen beraten.",
    "El ayuntamiento aprobó el martes el presupuesto del puerto para el próximo año.",
    "Le conseil municipal a voté mardi le budget du port pour l'année prochaine.",
    "Residents asked whether the ferry timetable would change during the summer.",
    "Die Fähre soll im Sommer häufiger fahren, sagte die Bürgermeisterin.",
]


def _prose(n: int) -> list[str]:
    """``n`` whole paragraphs of one to three sentences, one a line (no hard wrap)."""
    return [
        " ".join(_SENTENCES[(i + k) % len(_SENTENCES)] for k in range(1 + i % 3)) for i in range(n)
    ]


def _facts(lines: list[str]) -> LineFacts:
    return LineFacts(lines, lines, [False] * len(lines))


# a menu and a date label that look cut (a short line, then one starting in lower case)
_LOOKS_CUT = ["Ausstellung im Februar", "im Innenhof des Rathauses", "Weitere Themen"]


def test_whole_paragraph_lines_keep_every_break() -> None:
    lines = [*_prose(PROSE_MIN)[:10], *_LOOKS_CUT, *_prose(PROSE_MIN)[10:]]
    assert lines_are_paragraphs(lines, [None] * len(lines), _facts(lines))
    fixed = repair(lines)
    assert not [e for e in fixed.edits if e.kind == "join"]  # (the old code joined 11-12)
    assert [b.text for b in fixed.blocks][10:12] == _LOOKS_CUT[:2]
    [keep] = [e for e in fixed.edits if e.rule == "paragraph-lines"]
    assert (keep.kind, keep.lines, keep.applied) == ("keep", (11, 12), False)
    assert keep.confidence == RULES["paragraph-lines"].confidence
    assert "11-12 keep (rule: paragraph-lines proposed join)" in [str(r) for r in explain(lines)]


def test_a_record_cut_at_links_is_still_joined() -> None:
    cut = ["The mayor met the", "harbour master", "on Tuesday to discuss the ferry timetable."]
    lines = [*_prose(PROSE_MIN), *cut]
    assert cut_evidence(lines, [None] * len(lines), _facts(lines), 5) >= 1
    assert not lines_are_paragraphs(lines, [None] * len(lines), _facts(lines))
    assert [b.text for b in repair(lines).blocks][-1] == " ".join(cut)


def test_a_short_record_is_not_judged() -> None:
    # too few prose lines to have shown a cut: the join rules and the model decide
    lines = [*_prose(3), *_LOOKS_CUT]
    assert not lines_are_paragraphs(lines, [None] * len(lines), _facts(lines))


def test_punctuation_still_joins_in_whole_lines() -> None:
    # a link list (", " + the next name) shows no prose cut but is cut all the same
    lines = [*_prose(PROSE_MIN), "Cast: Anna Berg", ", Jon Lund", ", Mia Holm"]
    fixed = repair(lines)
    assert fixed.blocks[-1].text == "Cast: Anna Berg, Jon Lund, Mia Holm"
    assert {e.rule for e in fixed.edits if e.kind == "join"} <= STRONG_JOIN_RULES


def test_a_run_of_clauses_without_a_stop_keeps_its_breaks() -> None:
    steps = [
        "dann dreht sie sich nach links und wartet auf den Takt",
        "der Herr greift mit der rechten Hand die andere Hand",
        "einmal hin und wieder zurück bis zum Anfang der Figur",
    ]
    assert len(steps) == RUN_MIN
    lines = ["Die Figur beginnt wie die Enchufla.", *steps, "Dann folgt der Grundschritt."]
    fixed = repair(lines)
    assert [b.text for b in fixed.blocks] == lines  # (the old code joined the three steps)
    assert [e.lines for e in fixed.edits if e.rule == "run-without-stop"] == [(2, 3), (3, 4)]


def test_a_sentence_cut_at_links_is_no_run() -> None:
    lines = [
        "Der Bürgermeister traf sich am Dienstag mit dem",
        "Hafenmeister",
        "und besprach den neuen Fahrplan der Fähre im",
        "Sommer",
        "mit den Anwohnern.",
    ]
    assert len(repair(lines).blocks) == 1


def test_by_line_and_name_are_one_byline_block() -> None:
    lines = [
        "The council met on Monday to discuss the harbour budget.",
        "By",
        "Marianne Holst",
        "Published 9 May 2024",
        "Residents asked whether the ferry timetable would change.",
    ]
    fixed = repair(lines)
    assert [(b.kind, b.text) for b in fixed.blocks][1:3] == [
        ("byline", "By Marianne Holst"),  # (the old code joined on into the next line)
        ("noise", "Published 9 May 2024"),  # (the page's date under the lede: noise:head)
    ]
    assert ("join", (2, 3), "byline-join") in [(e.kind, e.lines, e.rule) for e in fixed.edits]
    assert apply_edits(lines, fixed.edits) == fixed.blocks
    for by, name in [("Von", "Anna Berg"), ("Por", "María Gómez"), ("par", "Jean Dupont")]:
        lines = ["Der Rat tagte am Montag.", by, name, "Die Stadt plant einen Park."]
        assert repair(lines).blocks[1].kind == "byline", by


def test_a_name_starting_with_a_by_word_is_no_byline_name() -> None:
    # found by the replay property: "By" / "By" / "A" became a heading and the byline "By A";
    # repairing that text joined "By" to "By A" (a name that starts with a by-word)
    said = "Der Stadtrat hat am Montag über den Haushalt für den Hafen beraten."
    fixed = repair([said, said, "By", "By", "A"])
    again = repair([b.text for b in fixed.blocks])
    assert [e for e in again.edits if e.kind == "join"] == []
    assert [b.text for b in again.blocks] == [b.text for b in fixed.blocks]


def test_a_by_inside_a_sentence_is_no_byline() -> None:
    # "… a rating" / "by" / "Fitch" goes on; a name continued by ", who …" is running text
    lines = ["The bank kept its rating", "by", "Fitch", "after the vote."]
    assert [b.kind for b in repair(lines).blocks] == ["paragraph"]
    lines = ["The letter was sent.", "By", "Dawn Camp", ", who writes about love letters."]
    assert "byline" not in [b.kind for b in repair(lines).blocks]


_LINE = st.one_of(
    st.sampled_from(_SENTENCES),
    st.sampled_from(["facebook", "mehr anzeigen", "By", "Anna Berg", "und weiter", ".", ", so"]),
    st.text(st.sampled_from("abc ABC.,"), min_size=1, max_size=12),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_LINE, max_size=40))
# (found by hypothesis: "A" / "a" was joined, and "By" / "A a" then read as a byline)
@example(
    [*["Der Stadtrat hat am Montag über den Haushalt für den Hafen beraten."] * 2, "By", "A", "a"]
)
# (found by hypothesis: "By" / "A" became one byline and the second "By" / "Anna Berg" stayed
# apart, so repairing "By A" / "By" / "Anna Berg" joined a byline the first repair had not)
@example(["By", "A", "By", "Anna Berg", _SENTENCES[1], _SENTENCES[1]])
# (found by hypothesis: the tail set "By" aside and "A" joined it, but the name's own byline
# edit, replayed after the tail's, made the block a byline again)
@example([_SENTENCES[0], _SENTENCES[0], "facebook", "By", "A"])
# (found by hypothesis: "By" after "mehr anzeigen" stayed apart, but after the heading "A mehr
# anzeigen" the repaired text makes it a byline, joining "By" / "A" on a second repair)
@example(
    [
        *["Der Stadtrat hat am Montag über den Haushalt für den Hafen beraten."] * 2,
        "A",
        "mehr anzeigen",
        "By",
        "A",
    ]
)
# (found by hypothesis: "By" / ".A" joined as "By.A", which after "By" read as a name)
@example(
    [*["Der Stadtrat hat am Montag über den Haushalt für den Hafen beraten."] * 2, "By", "By", ".A"]
)
# (found by hypothesis: six lines of five characters read as hard-wrapped, where no byline is
# set aside; the repaired text, shorter, then joined "By" / "A")
@example(["By", ".A", "A.A.A", "By", "By", "A"])
# (found by hypothesis: "a" / "By" joined, and the repaired "a By" read as a heading's end
# before "By" / "Anna Berg", which the first repair had set aside as the page's head)
@example(["mehr anzeigen", "a", "By", "By", "Anna Berg", *[_SENTENCES[0]] * 2])
# (found by hypothesis: "A" / "By" joined as a heading, "A By", before "By" / "B")
@example([_SENTENCES[0], "A", "By", "By", "B", _SENTENCES[0]])
# (found by hypothesis: "A" / "Anna Berg" joined, both the page's head, then "By" / "Anna
# Berg" set aside as the head too; the repaired "A Anna Berg" reads as a heading before a byline)
@example(["A", "Anna Berg", "By", "Anna Berg", *[_SENTENCES[2]] * 2])
# (found by a 20,000-example run: "By" / "A ," / "By", the tail's, joined as "A , By", which
# after "By" read as a name ending in the next byline's by-word)
@example([*[_SENTENCES[1]] * 2, "facebook", "By", "facebook", "By", "A ,", "By"])
def test_layout_decisions_replay_and_are_recorded(lines: list[str]) -> None:
    fixed = repair(lines)
    assert apply_edits(lines, fixed.edits) == fixed.blocks
    for e in fixed.edits:
        assert e.rule in RULES, e.rule
        if e.rule in ("paragraph-lines", "run-without-stop", "short-line-pair"):
            assert (e.kind, e.applied, e.decided_by) == ("keep", False, "rule")
    # repairing the repaired text changes nothing more (in the same layout: blocks of a
    # blank-line record stay apart by blank lines, where no byline is joined)
    texts = [b.text for b in fixed.blocks if b.text.strip()]
    if any(not x.strip() for x in lines):
        texts = [y for x in texts for y in (x, "")][:-1]
    again = repair(texts)
    assert not [e for e in again.edits if e.kind == "join" and e.rule in _LAYOUT_JOINS]


_LAYOUT_JOINS = ("byline-join",)


def test_a_hard_wrapped_record_joins_its_byline_as_its_repaired_text_does() -> None:
    # (found by README's random profile: three equal lines make the record read as hard-wrapped,
    # where "By" / "A" were set aside as the page's head; the repaired text, no longer wrapped,
    # joined them as a byline on a second repair)
    para = "Le conseil municipal a voté mardi le budget du port pour l'année prochaine."
    lines = [
        "By",
        "A",
        para,
        ",",
        "Der Stadtrat hat am Montag über den Haushalt für den Hafen beraten.",
        para,
        para,
        "The council met on Monday evening to discuss the harbour budget for next year.",
    ]
    fixed = repair(lines)
    assert any(e.rule == "hard-wrap" for e in fixed.edits)  # read as wrapped
    assert (fixed.blocks[0].kind, fixed.blocks[0].text) == ("byline", "By A")
    texts = [b.text for b in fixed.blocks if b.text.strip()]
    again = repair(texts)
    assert not [e for e in again.edits if e.kind == "join" and e.rule in _LAYOUT_JOINS]


def test_a_by_word_under_a_heading_the_walk_joins_is_read_in_the_records_language() -> None:
    # (found by a 20,000-example run: "A" / "a" joined into a heading, "A a", by the walk; the
    # by-word's test read "a" as a function word of some language, the heading test as none of
    # German's, so "By" / "A" became a byline only on a second repair)
    lines = [*[_SENTENCES[1]] * 2, "A", "a", "By", "A"]
    fixed = repair(lines)
    assert [(b.kind, b.text) for b in fixed.blocks[2:]] == [("heading", "A a"), ("byline", "By A")]
    texts = [b.text for b in fixed.blocks if b.text.strip()]
    again = repair(texts)
    assert not [e for e in again.edits if e.kind == "join" and e.rule in _LAYOUT_JOINS]


# (found by 20,000-example runs of the layout's replay property, seventeenth session: bylines
# were decided before the walk only; the walk joins "A" / "AA" (after a Spanish "a") into a
# heading, a set-aside line only to the second repair, which read "By" / "A" after it as a byline;
# `late_bylines` now reads a by-word under a heading the walk made, after the walk)
def test_a_byline_after_a_heading_the_walk_joined_stays_apart_on_a_second_repair() -> None:
    lines = [*[_SENTENCES[2]] * 2, "A", "AA", "By", "A"]
    fixed = repair(lines)
    assert [(b.kind, b.text) for b in fixed.blocks[2:]] == [("heading", "A AA"), ("byline", "By A")]
    assert apply_edits(lines, fixed.edits) == fixed.blocks
    assert not [e for e in fixed.edits if e.kind == "keep" and e.lines == (5, 6)]
    assert [(r.rule, r.decision) for r in explain(lines)][-1] == ("byline-join", "join")
    texts = [b.text for b in fixed.blocks if b.text.strip()]
    again = repair(texts)
    assert not [e for e in again.edits if e.kind == "join" and e.rule in _LAYOUT_JOINS]


@pytest.mark.xfail(
    strict=True,
    reason="known gap (a 20,000-example run, seventeenth session): the article's bounds read "
    "the repaired text's head differently ('…año., so' as one line: 'Anna Berg' is the page's "
    "head there, not on the first repair's ', so' line), and after the head 'By' / 'AA' is a "
    "byline; bounds that agree on a record and its repaired text are the fix, not bylines",
)
def test_a_byline_after_a_head_the_repaired_text_reads_differently() -> None:
    lines = [_SENTENCES[0], _SENTENCES[2], ", so", "Anna Berg", "By", "AA", _SENTENCES[2]]
    texts = [b.text for b in repair(lines).blocks if b.text.strip()]
    again = repair(texts)
    assert not [e for e in again.edits if e.kind == "join" and e.rule in _LAYOUT_JOINS]


def test_a_hard_wrapped_article_keeps_its_byline_whole() -> None:
    # an e-mailed article wrapped at 70 columns: the by-word and the name are lines of their
    # own, one byline (before, the by-word was set aside as the page's head, the name kept)
    lines = [
        "By",
        "Ingrid Solberg",
        "Kommunestyret i Tromsø vedtok tirsdag kveld å bygge en ny bro over",
        "sundet, etter en debatt som varte i nesten fem timer. Forslaget fikk",
        "støtte fra et knapt flertall, og arbeidet skal etter planen starte",
        "neste vår. Ordføreren sa at broen vil korte ned reisetiden for mange.",
        "Motstanderne mente at prosjektet er for dyrt og at pengene heller",
        "burde brukes på skoler og eldreomsorg i de kommende årene, men de",
        "tapte avstemningen med tre stemmer. Byggingen ventes å ta tre år.",
    ]
    fixed = repair(lines)
    assert any(e.rule == "hard-wrap" for e in fixed.edits)
    assert [(b.kind, b.text) for b in fixed.blocks[:1]] == [("byline", "By Ingrid Solberg")]
    assert [e.rule for e in fixed.edits[:3]] == ["byline-split", "byline-join", "byline-name"]
    assert apply_edits(lines, fixed.edits) == fixed.blocks


# a page's furniture, one block a line: short lines, several starting in lower case
_MENU = [
    "Startseite",
    "nachrichten",
    "sport",
    "Kultur",
    "mehr anzeigen",
    "Teilen",
    "facebook",
    "twitter",
    "e-mail",
]


def test_a_page_without_a_link_mark_keeps_its_short_lines_apart() -> None:
    # one prose line looks cut ("… an die" / "neue Mauer …"): not a record of whole paragraphs,
    # but nothing shows a link's cut, and a third of the lines are short: menus stay apart
    lines = [
        *_MENU[:5],
        "Der Gemeinderat hat am Montag beschlossen, das Geld für die",
        "neue Mauer am Hafen im nächsten Jahr auszugeben, sagte der Bürgermeister.",
        *_prose(9),
        *_MENU[5:],
    ]
    facts = _facts(lines)
    assert not lines_are_paragraphs(lines, [None] * len(lines), facts)
    assert not link_marks(lines, [None] * len(lines), facts)
    fixed = repair(lines)
    joins = [e.lines for e in fixed.edits if e.kind == "join"]
    assert joins == [(6, 7)]  # (the old code joined the menu too: 1-2, 2-3, 3-4, 4-5)
    keeps = [e for e in fixed.edits if e.rule == "short-line-pair"]
    assert (1, 2) in [e.lines for e in keeps]
    assert all((e.kind, e.applied, e.decided_by) == ("keep", False, "rule") for e in keeps)
    assert "1-2 keep (rule: short-line-pair proposed join)" in [str(r) for r in explain(lines)]


@pytest.mark.parametrize(
    "cut",
    [
        # model A: the text after a link starts with its punctuation
        ["Les négociations avec", "Milena Dortkov", ", a dit le porte-parole, continuent."],
        # model B: a link's text alone between two pieces of one sentence
        [
            "Die Gespräche im Rathaus über den neuen Hafen gingen am Montag mit dem",
            "Bürgermeister",
            "und den Anwohnern bis spät in die Nacht weiter.",
        ],
    ],
)
def test_a_link_mark_lets_a_page_join_its_short_lines(cut: list[str]) -> None:
    lines = [*_MENU, *cut, *_MENU]
    assert link_marks(lines, [None] * len(lines), _facts(lines))
    assert " ".join(cut).replace(" ,", ",") in [b.text for b in repair(lines).blocks]


def test_an_article_joins_a_link_opening_a_paragraph() -> None:
    # few short lines: a short line is a link's text (a company opening its paragraph)
    link = ["Nordhafen AG", "hat am Montag den neuen Fahrplan vorgestellt."]
    lines = [*_prose(PROSE_MIN - 4), *link, *_prose(3)]
    facts = _facts(lines)
    assert not link_marks(lines, [None] * len(lines), facts)
    assert len(lines) >= PROSE_MIN
    assert sum(1 for x in lines if len(x) < PROSE_CHARS) * SHORT_SHARE < len(lines)
    assert "Nordhafen AG hat am Montag den neuen Fahrplan vorgestellt." in [
        b.text for b in repair(lines).blocks
    ]


_WORD = st.sampled_from(
    [
        "start",
        "Start",
        "sport",
        "Kultur",
        "mehr",
        "teilen",
        "Wetter",
        "inicio",
        "deportes",
        "Accueil",
        "monde",
        "vidéos",
        "новости",
        "спорт",
    ]
)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.lists(_WORD, min_size=1, max_size=3).map(" ".join), st.sampled_from(_SENTENCES)
        ),
        min_size=PROSE_MIN,
        max_size=40,
    )
)
def test_a_page_of_menus_and_whole_sentences_keeps_its_breaks(lines: list[str]) -> None:
    # words without punctuation and whole sentences: nothing marks a link's cut, so no join a
    # rule proposes is taken (the model may still overrule a rule's keep: not the layout's call)
    assume(sum(len(x) < PROSE_CHARS for x in lines) * SHORT_SHARE >= len(lines))
    assume(not wrap_width(lines))  # (lines of one length read as a hard wrap: another layout)
    fixed = repair(lines)
    joins = [e for e in fixed.edits if e.kind == "join"]
    assert all(RULES[e.rule].kind == "keep" and e.decided_by == "model" for e in joins), joins


@pytest.mark.parametrize(
    "cut",
    [
        # a link's text cut out of a sentence after a line too short to be prose
        ["Süper Lig'de Karşıyaka", "ve Göztepe", "şampiyonluk için son haftaya kadar yarıştı."],
        ["Im Finale trafen Rostock", "und Kiel", "am Sonntag vor ausverkauftem Haus aufeinander."],
        ["La final entre Vigo", "y Gijón", "se jugará el domingo en un estadio lleno."],
    ],
)
def test_a_page_joins_a_link_inside_a_sentence(cut: list[str]) -> None:
    lines = [*_MENU, *cut, *_MENU]
    assert not link_marks(lines, [None] * len(lines), _facts(lines))
    assert " ".join(cut) in [b.text for b in repair(lines).blocks]


@pytest.mark.parametrize(
    ("line", "remark"),
    [
        ("2 tablespoons of dark honey", "(see notes)"),
        ("200 g Mehl, fein gemahlen", "(siehe Hinweise)"),
        ("Una pizca de sal marina", "(opcional)"),
    ],
)
def test_a_page_joins_a_bracketed_remark_to_its_line(line: str, remark: str) -> None:
    lines = [*_MENU, line, remark, *_MENU]
    assert not link_marks(lines, [None] * len(lines), _facts(lines))
    assert f"{line} {remark}" in [b.text for b in repair(lines).blocks]


@pytest.mark.parametrize(
    "middle",
    [
        ["Der neue Hafen am Abend", "(Foto: Stadtarchiv)"],
        ["Effiziente Speicher im Test", "(c) Verlag Nordhafen"],
        ["12.03.2025", "nordnet", "nordnet baut am Hafen ein neues Rechenzentrum für die Stadt"],
    ],
)
def test_a_page_keeps_a_credit_or_a_date_apart(middle: list[str]) -> None:
    # a credit opens with a name or a sign, and a date is no piece of a sentence
    lines = [*_MENU, *middle, *_MENU]
    assert not link_marks(lines, [None] * len(lines), _facts(lines))
    assert middle[0] in [b.text for b in repair(lines).blocks]


@pytest.mark.parametrize(
    "middle",
    [
        ["Telefon: (0341) 555 0101", "(jg)"],
        ["Redaktion Nordhafen", "(dpa)"],
        ["49,00 EUR", "im 1. Jahr", "danach 98,00 EUR / Jahr"],
    ],
)
def test_a_page_keeps_a_tag_or_a_price_box_apart(middle: list[str]) -> None:
    # an agency's or author's tag is no remark, and a price box's lines end no sentence
    lines = [*_MENU, *middle, *_MENU]
    assert middle[0] in [b.text for b in repair(lines).blocks]


@pytest.mark.parametrize(
    "middle",
    [
        # a short line between an unfinished line and one in lower case that ends no sentence
        ["Die Fahrpläne für den Hafen und die Fähre im", "Sommer", "ab Mai im Rathaus und am Kai"],
        ["Partagez cet article avec vos amis /", "Réseaux", "sur le forum sur la liste du port"],
        # a teaser opening with an ellipsis, a label glued to a capital
        ["So lässt sich der Garten im Herbst pflegen", "... und im Frühling wieder anlegen"],
        ["Neueste Meldungen aus dem Hafen", ":Aktuelle Nachrichten aus der Stadt"],
    ],
)
def test_no_link_mark_without_a_sentence_after_it(middle: list[str]) -> None:
    lines = [*_MENU, *middle, *_MENU]
    assert not link_marks(lines, [None] * len(lines), _facts(lines))


def test_clauses_going_on_in_lower_case_without_a_stop_are_no_link_mark() -> None:
    # a tutorial's steps: prose lines go on in lower case, but no sentence ever ends after
    # the break, as it does after a link's cut (``…, sagte der`` / ``Sprecher am Montag.``)
    steps = [
        ["Die Dame dreht sich zuerst nach links und", "wartet auf die Hand des Herrn oben links"],
        ["La dama gira despacio hacia la derecha y", "espera la mano del caballero a su lado"],
        ["The dancers step back on the count of two and", "turn together towards the open floor"],
    ]
    lines = [*_MENU, *steps[0], "Teilen", *steps[1], "Teilen", *steps[2], *_MENU]
    assert not link_marks(lines, [None] * len(lines), _facts(lines))
    cut = [*steps[0][:1], "wartet auf die Hand des Herrn. Dann dreht sie sich weiter."]
    lines = [*_MENU, *cut, "Teilen", *cut, "Teilen", *cut, *_MENU]
    assert link_marks(lines, [None] * len(lines), _facts(lines))


# --- lines of their own (`_repair_apart`): a credit, a lower-case name --------------------------

# one prose line looks cut, so the record is not one of whole paragraphs; nothing shows a link's
# cut, so it has no link's mark (the menu and the teasers of a page, one block a line)
_PAGE_HEAD = [
    "Der Gemeinderat hat am Montag beschlossen, das Geld für die",
    "neue Mauer am Hafen im nächsten Jahr auszugeben, sagte der Bürgermeister.",
]


def _page(middle: list[str]) -> list[str]:
    return [*_PAGE_HEAD, *_prose(9), *middle, *_prose(9)]


@pytest.mark.parametrize(
    "credit",
    [
        "von Petra Wendhuber",
        "por Ana Ruiz Castillo",
        "by marta_k | 3 comments",
        "von hwalder · 17. Oktober 2023",
    ],
)
def test_a_credit_under_a_headline_keeps_its_break(credit: str) -> None:
    lines = _page(["Großbrand in einer Scheune bei Lienz", credit, "Die Feuerwehr kam rasch."])
    assert not link_marks(lines, [None] * len(lines), _facts(lines))
    fixed = repair(lines)
    assert credit in [b.text for b in fixed.blocks]  # (the old code joined it to the headline)
    [keep] = [e for e in fixed.edits if e.rule == "credit-line"]
    assert (keep.kind, keep.lines, keep.applied) == ("keep", (12, 13), False)


def test_a_by_word_going_on_into_a_sentence_is_no_credit() -> None:
    # "von der Heiden" opens with a lower-case word, and the line after continues
    lines = _page(["Die Kommission unter Ursula", "von der Heiden", "will am Montag entscheiden."])
    assert not [e for e in repair(lines).edits if e.rule == "credit-line"]


@pytest.mark.parametrize(
    ("before", "name"),
    [
        ("Alles zum neuen Telefon", "iPhone 16 mit neuem Design und größerem Akku"),
        ("Reply", "jgould78 17 September 2020 14:17"),
        ("Ludacris", "eSim nutzen mit dem neuen Tarif"),
    ],
)
def test_a_line_opening_with_a_lower_case_name_keeps_its_break(before: str, name: str) -> None:
    lines = _page([before, name, "Das Gerät kommt im Herbst in den Handel."])
    assert name in [b.text for b in repair(lines).blocks]  # (the old code joined it)
    assert [e.lines for e in repair(lines).edits if e.rule == "name-start"] == [(12, 13)]


def test_a_lower_case_name_after_a_function_word_is_a_links_text() -> None:
    lines = _page(["Er hat das alte Telefon im Mai auf", "eBay", "verkauft, sagt er."])
    assert "Er hat das alte Telefon im Mai auf eBay verkauft, sagt er." in [
        b.text for b in repair(lines).blocks
    ]


def test_a_lower_case_name_is_joined_where_links_cut_the_lines() -> None:
    # a link's mark (", …" after an unfinished line): a name alone on its line is a link's text
    lines = [
        *_prose(9),
        "Die Gespräche mit",
        "Milena Dortkow",
        ", sagte der Sprecher, gehen weiter.",
        "Der Händler verkauft die Geräte auch über",
        "stockX",
        "und andere Portale.",
        *_prose(9),
    ]
    assert link_marks(lines, [None] * len(lines), _facts(lines))
    texts = [b.text for b in repair(lines).blocks]
    assert "Der Händler verkauft die Geräte auch über stockX und andere Portale." in texts


@settings(max_examples=100, deadline=None)
@given(
    st.sampled_from(["von", "by", "por", "par"]),
    st.lists(st.from_regex(r"[A-Z][a-z]{2,9}", fullmatch=True), min_size=1, max_size=3),
)
def test_a_credit_alone_on_its_line_is_never_joined(by: str, names: list[str]) -> None:
    credit = " ".join([by, *names])
    lines = _page(
        ["Neue Brücke über den Inn eröffnet", credit, "Die Arbeiten dauerten zwei Jahre."]
    )
    fixed = repair(lines)
    assert credit in [b.text for b in fixed.blocks]
    assert apply_edits(lines, fixed.edits) == fixed.blocks


def test_a_list_after_a_lead_in_with_a_sentence_keeps_its_breaks() -> None:
    # the lead-in holds a sentence and ends without a stop; the items each go on in lower case
    items = [
        "macht Freude und Interesse im Alltag des Teams erlebbar",
        "stärkt die Motivation durch den Blick auf die Stärken",
        "legt Wert auf ein konstruktives, offenes Miteinander",
    ]
    lines = [
        "Gute Führung beginnt beim Menschen.",
        "Das zeigt die Forschung seit Jahren. Eine gute Chefin in diesem Sinne",
        *items,
        "Mehr dazu im nächsten Beitrag.",
    ]
    fixed = repair(lines)
    assert items == [b.text for b in fixed.blocks][2:5]  # (the old code joined them all)
    assert [e.lines for e in fixed.edits if e.rule == "run-without-stop"][-2:] == [(3, 4), (4, 5)]


def test_a_heading_alone_after_a_list_does_not_end_the_run() -> None:
    # "Varianten" then "kurze Version …" (no stop): a list's heading, not a link's text
    steps = [
        "dann dreht sie sich nach links und wartet auf den Takt",
        "der Herr greift mit der rechten Hand die andere Hand",
        "einmal hin und wieder zurück bis zum Anfang der Figur",
    ]
    lines = ["Die Figur beginnt wie die Enchufla.", *steps, "Varianten", "kurze Version der Figur"]
    fixed = repair(lines)
    assert steps == [b.text for b in fixed.blocks][1:4]  # (the old code joined the steps)


def test_a_kickers_colon_glued_to_its_headline_is_no_cut() -> None:
    lines = _page(["Marathon in Berlin", ":Sie läuft mit leichtem Herzen", "Weitere Themen"])
    assert ":Sie läuft mit leichtem Herzen" in [b.text for b in repair(lines).blocks]
    cut = _page(["Die Gespräche mit dem Bürgermeister", ": Sie dauerten lange.", "Weiter."])
    assert "Die Gespräche mit dem Bürgermeister: Sie dauerten lange." in [
        b.text for b in repair(cut).blocks
    ]


def test_a_paragraph_of_its_own_after_a_list_does_not_end_the_run() -> None:
    # after the list, a whole paragraph (not a link's text alone), then a link's mark (". …")
    items = [
        "macht Freude und Interesse im Alltag des Teams erlebbar",
        "stärkt die Motivation durch den Blick auf die Stärken",
        "legt Wert auf ein konstruktives, offenes Miteinander",
    ]
    lines = [
        "Das zeigt die Forschung seit Jahren. Eine gute Chefin in diesem Sinne",
        *items,
        "Gute Führung lässt sich sogar mit einem Fragebogen messen und verbessern",
        ". Studien zeigen, dass sie die Fehlzeiten verringern kann.",
    ]
    fixed = repair(lines)
    assert items == [b.text for b in fixed.blocks][1:4]  # (the old code joined them all)


@pytest.mark.parametrize(
    ("before", "line"),
    [
        ("Kommentar von", "Bitte melde dich an, um einen Kommentar zu schreiben"),
        ("Plus de nouvelles dans la rubrique de", "La ville vote son budget pour le port"),
        ("More stories from the", "Harbour council approves the new ferry timetable"),
    ],
)
def test_a_line_of_prose_after_a_function_word_keeps_its_break(before: str, line: str) -> None:
    lines = _page([before, line, "Weitere Themen"])
    fixed = repair(lines)
    assert line in [b.text for b in fixed.blocks]  # (the old code joined it)
    assert [e.lines for e in fixed.edits if e.rule == "sentence-after-function-word"] == [(12, 13)]


def test_a_links_text_after_a_function_word_still_joins() -> None:
    # the link's text alone on its line, the sentence going on after it (model B)
    lines = _page(
        [
            "Die Gespräche mit dem",
            "Bürgermeister von Lienz und seinem Stellvertreter",
            "gingen am Montag weiter.",
        ]
    )
    assert (
        "Die Gespräche mit dem Bürgermeister von Lienz und seinem Stellvertreter gingen am "
        "Montag weiter." in [b.text for b in repair(lines).blocks]
    )
