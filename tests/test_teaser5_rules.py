"""Teaser boxes and readers' prompts inside the article (``noise:teaser-run``,
``noise:prompt``; issue #19 item 2).

All text is invented for these tests.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdump import parse
from newsdump._repair import repair
from newsdump._repair_context import LineFacts
from newsdump._repair_dated import dated_headline
from newsdump._repair_registry import RULES
from newsdump._repair_rules import Aside
from newsdump._repair_teasers import (
    PROMPT_CHARS,
    TEASER_RULES,
    headline_like,
    prompt,
    share_row,
    teaser_asides,
)

BEFORE = "Der Stadtrat hat am Montag beschlossen, die alte Brücke im Winter zu schließen."
AFTER = "Die Arbeiten sollen im Frühjahr beginnen und zwei Jahre dauern, sagte die Bürgermeisterin."


def _blocks(body: list[str], blank: bool) -> list[tuple[str, str | None, str]]:
    lines = [x for line in body for x in (line, "")][:-1] if blank else body
    return [(b.kind, b.rule, b.text) for b in repair(lines).blocks]


PROMPTS = [
    "Newsletter abonnieren",
    "Jetzt kostenlos registrieren und weiterlesen",
    "Register to unlock this article — it’s free",
    "Create an account or sign in to continue reading.",
    "Sign In or Create an Account",
    "Share your thoughts and join the conversation in the comments",
    "Jeden Freitag die besten Ausflugstipps für die Region. Kostenlos anmelden.",
    "Inscrivez-vous à notre lettre d'information",
    "Cada lunes, lo mejor de la semana en tu correo. Suscríbete.",
    "Iscriviti alla newsletter del mattino",
    "Meld je aan voor de nieuwsbrief",
    "Zapisz się do newslettera",
    "Link copied Bookmark",
]


@pytest.mark.parametrize("line", PROMPTS)
@pytest.mark.parametrize("blank", [False, True])
def test_a_readers_prompt_between_paragraphs_is_set_aside(line: str, blank: bool) -> None:
    assert _blocks([BEFORE, line, AFTER], blank) == [
        ("paragraph", None, BEFORE),
        ("noise", "noise:prompt", line),
        ("paragraph", None, AFTER),
    ]


ARTICLE_LINES = [
    # the article speaks of subscribers, an app or a register: a sentence, no prompt
    "Die Zahl der Abonnenten ist im vergangenen Jahr um zwölf Prozent gestiegen.",
    "The council will register the new ferry with the port authority next week.",
    "Canada is among the subscribers to this idea, the minister said on Tuesday.",
    "Les habitants peuvent télécharger le formulaire sur le site de la mairie.",
    # a prompt's verb starting a long paragraph of the article's own
    "Join us, the mayor told the crowd, and the harbour will be ours again: the ferry, the"
    " pier and the old market hall, which the council wants to sell to a developer from Oslo.",
]


@pytest.mark.parametrize("line", ARTICLE_LINES)
def test_a_sentence_naming_a_subscription_or_an_app_stays(line: str) -> None:
    assert _blocks([BEFORE, line, AFTER], False) == [
        ("paragraph", None, BEFORE),
        ("paragraph", None, line),
        ("paragraph", None, AFTER),
    ]


def test_a_prompt_cut_at_its_link_inside_a_sentence_stays() -> None:
    # "… you can" / "sign up" / "for the newsletter …": a link's text in a sentence
    blocks = _blocks(
        ["Readers who want the weekly digest can", "Sign up", "on our website."], False
    )
    assert all(kind == "paragraph" for kind, _, _ in blocks)


SHARE_ROWS = ["Auf Facebook teilen Facebook", "Per E-Mail teilen E-Mail", "Sur X", "Via WhatsApp"]


@pytest.mark.parametrize("line", SHARE_ROWS)
@pytest.mark.parametrize("blank", [False, True])
def test_a_share_row_naming_the_network_first_is_set_aside(line: str, blank: bool) -> None:
    assert _blocks([BEFORE, line, AFTER], blank) == [
        ("paragraph", None, BEFORE),
        ("noise", "noise:share-buttons", line),
        ("paragraph", None, AFTER),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Auf Facebook schrieb der Bürgermeister, die Brücke bleibe bis März gesperrt.",
        "On Twitter, the minister said the bridge would reopen in March.",
        "In Berlin",  # a place, no network named
        "On Twitter,",  # a sentence going on after its comma (cut at a link)
    ],
)
def test_a_sentence_or_label_opening_like_a_share_row_stays(line: str) -> None:
    assert not share_row(line, line.lower())
    blocks = _blocks(
        [BEFORE, line, "Anna Berg", "explains how the ferry will dock at the pier."], False
    )
    assert all(kind != "noise" for kind, _, _ in blocks), blocks


BOXES = [
    (
        "Mehr zum Thema",
        [
            "Neue Fähre für die Kieler Förde bestellt",
            "Der Hafen bekommt ein zweites Becken",
            "Die Brücke bleibt im Winter gesperrt",
        ],
    ),
    (
        "Read also",
        [
            "Harbour council approves the new pier",
            "Storm damage closes the coastal road",
            "Ferry fares to rise in the spring",
            "Fishermen protest against new quotas",
        ],
    ),
    (
        "À lire aussi",
        [
            "Le port de Brest accueille un nouveau ferry",
            "La digue du Vieux-Port sera rénovée en 2025",
            "Les pêcheurs bretons inquiets pour la saison",
        ],
    ),
    (
        "Lee también",
        [
            "El puerto de Vigo estrena una nueva grúa",
            "La Xunta aprueba el plan de costas",
            "Los pescadores gallegos protestan en Santiago",
        ],
    ),
]


@pytest.mark.parametrize(("label", "headlines"), BOXES)
@pytest.mark.parametrize("blank", [False, True])
def test_a_teaser_boxs_further_headlines_are_set_aside(
    label: str, headlines: list[str], blank: bool
) -> None:
    """The label and its first headline by their rules; the next headlines by the run's, but
    the last before the text, which may be the article's next heading."""
    got = _blocks([BEFORE, label, *headlines, AFTER], blank)
    assert got[0] == ("paragraph", None, BEFORE)
    assert got[1][:2] == ("noise", "noise:read-also") or got[1][:2] == ("noise", "noise:read-more")
    assert got[2][:2] in (("noise", "noise:teaser-headline"), ("noise", "noise:related-link"))
    middle = headlines[1:-1]
    assert got[3 : 3 + len(middle)] == [("noise", "noise:teaser-run", h) for h in middle]
    assert got[3 + len(middle)][0] != "noise"
    assert got[3 + len(middle)][2] == headlines[-1]
    assert got[-1] == ("paragraph", None, AFTER)


def test_a_box_before_more_junk_is_set_aside_to_its_end() -> None:
    body = [BEFORE, "Read also", "Harbour council approves the new pier"]
    body += ["Storm damage closes the coastal road", "Ferry fares to rise in the spring"]
    body += ["Advertisement", AFTER]
    got = _blocks(body, False)
    assert [r for _, r, _ in got[3:5]] == ["noise:teaser-run", "noise:teaser-run"]


def test_the_article_after_a_box_stays_when_it_is_no_headline() -> None:
    # a sentence, a list's item (a digit first), a line of two words: not the box's headlines
    for line in ("Die Fähre fährt ab Montag wieder.", "12 Monate Laufzeit", "Weitere Themen"):
        box = ["Mehr zum Thema", "Neue Fähre für die Kieler Förde bestellt"]
        got = _blocks([BEFORE, AFTER, *box, line, "Ein zweiter Satz folgt.", AFTER], False)
        assert [r for _, r, t in got if t == line] != ["noise:teaser-run"], got
        assert not headline_like(line)


def test_the_rules_are_registered_as_noise() -> None:
    for name in TEASER_RULES:
        assert RULES[name].block_kind == "noise"
        assert RULES[name].kind == "set-aside"


def test_parse_leaves_a_prompt_out_of_the_text_and_keeps_it_in_a_block() -> None:
    record = "\n".join(
        [
            " date 2024-03-02 https://example.org/bridge",
            "Alte Brücke wird im Winter geschlossen",
            "Der Stadtrat entscheidet über die Zukunft der Brücke.",
            "2. März 2024, 10:15 Uhr",
            BEFORE,
            "Newsletter abonnieren",
            AFTER,
        ]
    )
    (article,) = parse(record)
    assert "Newsletter abonnieren" not in article.text
    noise = [b for b in article.blocks if b.kind == "noise"]
    assert [(b.rule, b.text) for b in noise] == [("noise:prompt", "Newsletter abonnieren")]


_VOCABULARY = (
    "Mehr zum Thema Read also Newsletter abonnieren Sign in Register Fähre Hafen the new pier"
    " . , : Jetzt anmelden! Link copied 12 Monate and der die"
)
_WORDS = st.sampled_from(_VOCABULARY.split())
_LINES = st.lists(st.lists(_WORDS, min_size=1, max_size=9).map(" ".join), min_size=1, max_size=12)


@given(_LINES)
def test_what_the_rules_set_aside_has_the_shape_they_name(texts: list[str]) -> None:
    """Each prompt passes `prompt`; each run line follows a box's start or another run line
    and reads as a headline; a box's title or a caption after its credit follows junk; a dated
    headline is one, or its date; lines other rules took are never changed."""
    texts = [t for t in (x.strip() for x in texts) if t] or ["Fähre"]
    n = len(texts)
    start: list[Aside | None] = [
        RULES["noise:read-more"].aside if t == "Read also" else None for t in texts
    ]
    for k in range(1, n):
        if start[k - 1] is not None and start[k] is None:
            start[k] = RULES["noise:related-link"].aside
    asides = list(start)
    teaser_asides(texts, [False] * n, [False] * n, LineFacts(texts, texts, [False] * n), asides)
    for k, (was, now) in enumerate(zip(start, asides, strict=True)):
        if was is not None:
            assert now is was
        elif now is not None and now.rule == "noise:prompt":
            assert prompt(texts[k])
        elif now is not None and now.rule == "noise:share-buttons":
            assert share_row(texts[k], texts[k].lower())
        elif now is not None and now.rule in ("noise:boxed", "noise:after-credit"):
            before = asides[k - 1]  # (furniture: after junk a rule took, found by a draw)
            assert k > 0
            assert before is not None
            assert before.kind == "noise"
        elif now is not None and now.rule == "noise:dated-headline":
            assert dated_headline(texts, k) or dated_headline(texts, k - 1)  # (or its date)
        elif now is not None:
            assert now.rule == "noise:teaser-run"
            assert headline_like(texts[k])
            assert k > 0
            assert asides[k - 1] is not None


@given(st.text(max_size=300))
def test_prompt_never_crashes_and_reads_no_long_paragraph(text: str) -> None:
    found = prompt(text)
    if len(text) > PROMPT_CHARS:
        assert not found
