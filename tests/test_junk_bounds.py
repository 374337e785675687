"""The article's bounds (issue #19, seventh session): end labels, tail cue words, the head.

All text is invented for these tests.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsdump
from newsdump._repair import repair
from newsdump._repair_bounds import _over_tail, article_bounds, bounds_asides, is_prose
from newsdump._repair_registry import RULES
from newsdump._repair_rules import Aside
from newsdump._repair_tail_words import has_cue

ARTICLE = {
    "en": [
        "The council voted on Monday to close the old bridge for the winter months.",
        "Repairs will start in the spring and take two years, the mayor told reporters.",
        "Anna Berg writes about the city for the paper and has covered the council since 2015.",
    ],
    "de": [
        "Der Rat hat am Montag beschlossen, die alte Brücke über den Winter zu sperren.",
        "Die Arbeiten sollen im Frühjahr beginnen und zwei Jahre dauern, sagte die Stadträtin.",
        "Die Stadt hat für die Reparatur der Brücke rund vier Millionen Euro eingeplant.",
    ],
    "es": [
        "El ayuntamiento votó el lunes cerrar el viejo puente durante los meses de invierno.",
        "Las obras empezarán en primavera y durarán dos años, dijo la alcaldesa a la prensa.",
        "La ciudad ha reservado unos cuatro millones de euros para la reparación del puente.",
    ],
    "fr": [
        "Le conseil a voté lundi la fermeture du vieux pont pendant les mois d'hiver.",
        "Les travaux commenceront au printemps et dureront deux ans, a dit la maire.",
        "La ville a prévu environ quatre millions d'euros pour la réparation du pont.",
    ],
}

# --- an end label: the article's stretch does not run across it --------------------------------

COMMENTS = {
    "en": [
        "Comments",
        "Tom Lind",
        "I walk over that bridge every day and I am glad that it will finally be repaired.",
        "Mia Roe",
        "Two years seems a very long time for such a small bridge, if you ask me about it.",
    ],
    "de": [
        "Kommentare",
        "Tom Lind",
        "Ich gehe jeden Tag über diese Brücke und bin froh, dass sie endlich repariert wird.",
        "Mia Roe",
        "Zwei Jahre sind eine sehr lange Zeit für eine so kleine Brücke, wenn man mich fragt.",
    ],
    "es": [
        "Comentarios",
        "Tomás Lino",
        "Cruzo ese puente todos los días y me alegra que por fin lo vayan a reparar del todo.",
        "Mía Roldán",
        "Dos años me parece mucho tiempo para un puente tan pequeño, si me lo preguntan a mí.",
    ],
    "fr": [
        "Commentaires",
        "Tom Lind",
        "Je traverse ce pont tous les jours et je suis content qu'il soit enfin réparé par eux.",
        "Mia Roe",
        "Deux ans, c'est très long pour un si petit pont, si vous voulez mon avis sur la chose.",
    ],
}


@pytest.mark.parametrize("lang", sorted(COMMENTS))
def test_the_article_ends_at_an_end_label(lang: str) -> None:
    lines = ARTICLE[lang] + COMMENTS[lang]
    bounds = article_bounds(lines, [False] * len(lines))
    assert bounds is not None
    assert bounds[:2] == (0, 3)  # before: the comments' prose ran on the article's stretch
    found = bounds_asides(lines, [False] * len(lines), [None] * len(lines))
    assert found is not None
    rules = [a.rule if a else None for a in found[0]]
    # after the label, the comments are the page's, prose or not (before: the comments' prose
    # stayed in the text); nothing is lost: they are noise blocks
    assert rules == [None, None, None] + ["noise:tail"] * 5


def test_a_comment_label_with_more_words_is_no_end_label() -> None:
    # (a short one is a cue line: it costs `CUE_BARRIER`, which three paragraphs do not outweigh)
    lines = ARTICLE["en"] + ["Comments from readers on the plan were read out at the meeting"]
    lines += ARTICLE["en"]
    bounds = article_bounds(lines, [False] * len(lines))
    assert bounds is not None
    assert bounds[:2] == (0, len(lines))


@pytest.mark.parametrize(
    ("label", "short"),
    [
        ("Comments", ["Thanks!", "Great piece.", "Who pays for this?"]),
        ("Kommentare", ["Danke!", "Toller Artikel.", "Wer zahlt das?"]),
        ("Comentarios", ["¡Gracias!", "Muy buen artículo.", "¿Quién paga esto?"]),
    ],
)
def test_short_finished_lines_after_the_tail_starts_are_tail(label: str, short: list[str]) -> None:
    lines = [*ARTICLE["en"], label, *short, "Tom Lind"]
    found = bounds_asides(lines, [False] * len(lines), [None] * len(lines))
    assert found is not None
    assert [a.rule if a else None for a in found[0]][3:] == ["noise:tail"] * 5


@pytest.mark.parametrize("number", ["1", "12:55", "74%", "2/5"])
def test_a_number_alone_after_the_article_starts_the_tail(number: str) -> None:
    lines = [*ARTICLE["de"], number, *TEASERS]
    found = bounds_asides(lines, [False] * len(lines), [None] * len(lines))
    assert found is not None
    assert [a.rule if a else None for a in found[0]][3:] == ["noise:tail"] * 5


def test_a_number_inside_a_longer_line_starts_no_tail() -> None:
    # (the two-word teasers after it are a menu, `noise:menu-run`: the line itself stays)
    lines = [*ARTICLE["de"], "Platz 1 für Bremen", *TEASERS]
    found = bounds_asides(lines, [False] * len(lines), [None] * len(lines))
    assert found is None or found[0][3] is None


def test_short_finished_lines_after_a_line_set_aside_by_its_words_stay() -> None:
    # "Follow us on Telegram" between paragraphs: the short paragraphs after it are no tail
    lines = [*ARTICLE["en"], "Follow us on Telegram", "It rained.", "Then it snowed.", "Cold."]
    asides: list[Aside | None] = [None] * len(lines)
    asides[3] = RULES["noise:follow-us"].aside
    found = bounds_asides(lines, [False] * len(lines), asides)
    assert found is None or all(a is None for a in found[0][4:])
    blocks = repair(lines).blocks
    assert [b.kind for b in blocks] == ["paragraph"] * 3 + ["noise"] + ["paragraph"] * 3


# --- a tail cue word starts the tail ------------------------------------------------------------

CUES = {
    "en": "Share this with a friend",
    "de": "Dich interessiert vielleicht auch",
    "es": "Otras noticias",
    "fr": "Autres articles",
    "pl": "Powiązane artykuły",
    "nl": "Gerelateerde berichten",
}
TEASERS = ["Harbour fest", "Cup final", "Rail strike", "Night market"]


@pytest.mark.parametrize("lang", sorted(CUES))
def test_a_cue_line_after_the_article_starts_the_tail(lang: str) -> None:
    lines = [*ARTICLE["en"], CUES[lang], *TEASERS]
    blocks = repair(lines).blocks
    assert [b.kind for b in blocks] == ["paragraph"] * 3 + ["noise"] * 5
    assert {b.rule for b in blocks[4:]} == {"noise:tail"}


@pytest.mark.parametrize(
    "line",
    [
        "Share your story with us.",  # a finished sentence
        "Readers who want to share their views on the bridge can write",  # a long line
        "Shareholders",  # a word that merely starts like one
    ],
)
def test_a_cue_word_in_a_sentence_or_a_longer_line_starts_no_tail(line: str) -> None:
    lines = [*ARTICLE["en"], line, *TEASERS]
    found = bounds_asides(lines, [False] * len(lines), [None] * len(lines))
    assert found is None


def test_the_article_runs_on_across_a_share_row_when_much_follows() -> None:
    # a share row between paragraphs: the prose on each side outweighs `CUE_BARRIER`
    lines = [*ARTICLE["en"] * 4, "Share this article", *ARTICLE["en"] * 4]
    bounds = article_bounds(lines, [False] * len(lines))
    assert bounds is not None
    assert bounds[:2] == (0, len(lines))
    # after a short lede, the stretch starts after the row; the lede, prose, stays all the same
    lines = [ARTICLE["en"][0], "Share this article", *ARTICLE["en"] * 4]
    found = bounds_asides(lines, [False] * len(lines), [None] * len(lines))
    assert found is not None
    assert [a.rule if a else None for a in found[0]][:3] == [None, "noise:head", None]


def test_an_end_label_inside_a_run_of_lines_still_ends_the_article() -> None:
    # "Das könnte Sie auch interessieren" / "dpa-sportnews" read as one run (a lower-case start)
    tail = ["Das könnte Sie auch interessieren", "dpa-sportnews", "Sturm trifft die Küste"]
    teaser = "Die Stadt sperrt nach dem Sturm die Uferstraße für mehrere Tage, sagte ein Sprecher."
    lines = [*ARTICLE["de"], *tail, teaser, "dpa-sportnews", "Pokal bleibt in Bremen"]
    bounds = article_bounds(lines, [False] * len(lines))
    assert bounds is not None
    assert bounds[:2] == (0, 3)


@pytest.mark.parametrize(
    ("line", "cue"),
    [
        ("Artikel auf Facebook teilen", True),
        ("Kommentare (12)", True),  # a stem
        ("Noticias relacionadas", True),
        ("Next post: The bridge reopens", True),  # a phrase
        ("Siehe auch", True),
        ("Name *", True),
        ("Похожие новости", True),
        ("Zurück zur Übersicht", True),  # back to the list (eighth session, also below)
        ("Volver al inicio", True),
        ("Teile diesen Beitrag", True),  # a share row's other verb forms
        ("Partagez cet article", True),
        ("Comentar", True),  # a comment form's verb
        ("Diskuze", True),
        ("Über uns", True),  # the footer's about-us link
        ("Quiénes somos", True),
        ("Back in the game", False),  # English "back": a headline's word
        ("Shareholders meet in May", False),  # a word that only starts like one
        ("Share197Tweet123", False),
        ("The bridge in winter", False),
    ],
)
def test_has_cue(line: str, cue: bool) -> None:
    assert has_cue(line.lower()) is cue


# --- the head -----------------------------------------------------------------------------------


@pytest.mark.parametrize("label", ["Politik", "Deportes", "Culture", "Sport"])
def test_a_heading_shaped_label_before_the_article_is_head_noise(label: str) -> None:
    blocks = repair([label, *ARTICLE["de"]]).blocks
    assert (blocks[0].kind, blocks[0].rule) == ("noise", "noise:head")


def test_a_heading_after_a_finished_first_line_stays_a_heading() -> None:
    # "It rained." is no prose (too short) but a finished sentence: the article has begun
    blocks = repair(["It rained all day.", "Politik", *ARTICLE["de"]]).blocks
    assert [b.kind for b in blocks][:2] == ["paragraph", "heading"]


def test_a_live_blog_keeps_the_time_of_its_first_entry() -> None:
    # "18h18" is shaped like the entry times inside the article: a section heading, not chrome
    lines = [
        "18h18",
        ARTICLE["fr"][0],
        "17h55",
        ARTICLE["fr"][1],
        "17h30",
        ARTICLE["fr"][2],
    ]
    assert [b.kind for b in repair(lines).blocks][:3] == ["heading", "paragraph", "heading"]


@pytest.mark.parametrize(
    "line",
    ["Anna Berg | 25.10.2023, 09:14", "Mis à jour le 12/03/2024", "Thu, 14 May 2020 16:32"],
)
def test_a_short_dated_line_before_the_article_is_head_noise(line: str) -> None:
    lines = [line, *ARTICLE["fr"]]
    found = bounds_asides(lines, [False] * 4, [None] * 4)
    assert found is not None
    assert [a.rule if a else None for a in found[0]] == ["noise:head", None, None, None]


@pytest.mark.parametrize(
    "line",
    [
        "On 12 March 2024 the council of the town met to talk about the old bridge",  # long
        "Die Stadt und ihre Brücken im Winter",  # no date: a kicker or a subtitle
    ],
)
def test_a_longer_or_undated_line_before_the_article_stays(line: str) -> None:
    lines = [line, *ARTICLE["de"]]
    assert bounds_asides(lines, [False] * 4, [None] * 4) is None


# --- properties ---------------------------------------------------------------------------------

POOL = [
    *ARTICLE["en"],
    *ARTICLE["de"],
    *COMMENTS["en"],
    *CUES.values(),
    *TEASERS,
    "Most read",
    "Meistgelesen",
    "Anna Berg | 25.10.2023, 09:14",
    "Politik",
    "Opening hours",
]


@given(st.lists(st.sampled_from(POOL), min_size=1, max_size=24))
def test_prose_is_set_aside_only_after_a_label_over_the_tail_and_nothing_is_lost(
    lines: list[str],
) -> None:
    found = bounds_asides(lines, [False] * len(lines), [None] * len(lines))
    if found is not None:
        for i, (text, aside) in enumerate(zip(lines, found[0], strict=True)):
            # prose set aside: a comment or a teaser after a comments or share label
            assert aside is None or not is_prose(text) or any(map(_over_tail, lines[:i]))
    numbers = [n for b in repair(lines).blocks for n in range(b.first_line, b.last_line + 1)]
    assert numbers == list(range(1, len(lines) + 1))


# --- a list the article's last words introduce stays --------------------------------------------

LISTS = {
    "en": [
        "The council listed what will change for drivers over the winter:",
        "Buses will take the east bridge instead",
        "Cyclists can use the ferry at no cost",
        "Trucks must drive round by the ring road",
        "Taxis keep their stand by the old station",
    ],
    "de": [
        "Der Rat hat aufgezählt, was sich im Winter für die Fahrer ändert:",
        "Busse fahren über die östliche Brücke",
        "Radfahrer nehmen die Fähre ohne Aufpreis",
        "Lastwagen müssen über den Ring fahren",
        "Taxis behalten ihren Stand am alten Bahnhof",
    ],
}


@pytest.mark.parametrize("lang", sorted(LISTS))
def test_a_list_after_a_colon_stays_and_the_tail_after_it_goes(lang: str) -> None:
    tail = ["Most read", "Harbour fest", "Cup final", "Rail strike"]
    lines = [*ARTICLE[lang], *LISTS[lang], *tail]
    found = bounds_asides(lines, [False] * len(lines), [None] * len(lines))
    assert found is not None
    rules = [a.rule if a else None for a in found[0]]
    # before: the list's items, four headline-shaped lines in a row, started the tail
    assert rules == [None] * 8 + ["noise:tail"] * 4


def test_a_list_ends_where_its_items_change_shape() -> None:
    lines = [*ARTICLE["en"], *LISTS["en"], "Home", "Contact", "Imprint", "Jobs"]
    found = bounds_asides(lines, [False] * len(lines), [None] * len(lines))
    assert found is not None
    assert [a.rule if a else None for a in found[0]][8:] == ["noise:tail"] * 4


@pytest.mark.parametrize(
    "ending",
    ["sagte er: „Die Brücke hält nicht mehr.“", "sagte die Stadträtin am Abend. (dpa)", "hieß es."],
)
def test_a_paragraph_ending_after_its_full_stop_is_prose(ending: str) -> None:
    # a German closing quote or an agency's tag after the full stop: before, such a paragraph
    # after a sign was taken for an unfinished line of the tail and set aside
    last = "Nach dem Treffen am Dienstag waren sich die Anwohner noch immer nicht einig, " + ending
    lines = [*ARTICLE["de"], "3", "Zwei Ausfälle in Folge", last]
    found = bounds_asides(lines, [False] * len(lines), [None] * len(lines))
    rules = [a.rule if a else None for a in found[0]] if found else [None] * len(lines)
    assert rules[-1] is None


# --- after a label over the tail, its prose is tail too (eighth session) -------------------------

OVER_TAIL = {
    "en": ["Share this with a friend", "Great piece, thanks for writing about our bridge at last."],
    "de": ["Artikel teilen", "Danke für den Bericht, die Brücke war wirklich schon lange marode."],
    "es": ["Deja un comentario", "Gracias por el artículo, el puente llevaba años muy mal."],
    "fr": ["Laisser un commentaire", "Merci pour l'article, ce pont était en piteux état depuis."],
    "pl": ["Komentarze", "Dziękuję za artykuł, ten most od dawna był w bardzo złym stanie."],
}


@pytest.mark.parametrize("lang", sorted(OVER_TAIL))
def test_prose_after_a_comments_or_share_label_is_tail(lang: str) -> None:
    label, comment = OVER_TAIL[lang]
    lines = [*ARTICLE["en"], label, "Tom Lind", comment, "Mia Roe", comment]
    assert is_prose(comment)
    found = bounds_asides(lines, [False] * len(lines), [None] * len(lines))
    assert found is not None
    # before: the comments stayed in the article's text
    assert [a.rule if a else None for a in found[0]][3:] == ["noise:tail"] * 5
    blocks = repair(lines).blocks
    assert [b.kind for b in blocks] == ["paragraph"] * 3 + ["noise"] * 5
    assert [n for b in blocks for n in range(b.first_line, b.last_line + 1)] == list(range(1, 9))


def test_prose_after_a_date_or_a_number_alone_stays() -> None:
    # a date or a number alone (a teaser's stamp, a count) is no label over the tail:
    # the prose after it may still be the article's (an author's note, a correction)
    closing = "Anna Berg writes about the city for the paper and has covered the council."
    for sign in ["12.03.2024", "12:55"]:
        lines = [*ARTICLE["en"], sign, *TEASERS, closing]
        found = bounds_asides(lines, [False] * len(lines), [None] * len(lines))
        assert found is not None
        assert found[0][-1] is None


def test_an_author_note_after_about_the_author_stays() -> None:
    lines = [*ARTICLE["en"], "About the author", *TEASERS, ARTICLE["en"][2]]
    found = bounds_asides(lines, [False] * len(lines), [None] * len(lines))
    assert found is not None
    assert found[0][-1] is None


# --- the page's headline again, outside the article (eighth session) -----------------------------

TITLES = {
    "en": "Council closes the old bridge for the winter",
    "de": "Rat sperrt die alte Brücke über den Winter",
    "es": "El ayuntamiento cierra el viejo puente en invierno",
    "fr": "Le conseil ferme le vieux pont pour l'hiver",
}


@pytest.mark.parametrize("lang", sorted(TITLES))
def test_a_line_that_repeats_the_title_outside_the_article_is_noise(lang: str) -> None:
    title = TITLES[lang]
    lines = ["Home", "Politik", title, *ARTICLE[lang], "Most read", title.upper(), *TEASERS]
    blocks = repair(lines, title=title).blocks
    rules = {b.first_line: b.rule for b in blocks if b.kind == "noise"}
    # before: the title, longer than a head label, stayed in the text, and so did its copy in
    # a list of headlines after the article (no sign of its own)
    # (one rule's name for the headline again, before the article as after it or inside it)
    assert rules[3] == "noise:title"
    assert rules[8] == "noise:title"
    assert [b.text for b in blocks if b.kind == "paragraph"] == ARTICLE[lang]
    # without the title (`repair`'s default) the line stays
    assert 3 not in {b.first_line for b in repair(lines).blocks if b.kind == "noise"}


def test_the_title_is_a_block_of_its_own_and_the_lede_stays() -> None:
    # a headline is continued by no text: the lede after it is not set aside with it
    title = "Rail strike ends after three days"
    lede = "(Agency) - Trains ran again on Friday after the union and the operator agreed on pay."
    lines = ["Share", title, lede, *ARTICLE["en"]]
    blocks = repair(lines, title=title).blocks
    assert [(b.kind, b.text) for b in blocks[:3]] == [
        ("noise", "Share"),
        ("noise", title),
        ("paragraph", lede),
    ]


def test_a_one_word_title_inside_the_article_stays() -> None:
    # (a headline of two words or more repeated inside the article is the page's headline
    # again, `noise:title`; one word may be a heading of the text too: TITLE_MIN_WORDS)
    title = "Timetable"
    lines = [*ARTICLE["en"][:2], title, *ARTICLE["en"][2:], *ARTICLE["de"]]
    blocks = repair(lines, title=title).blocks
    assert all(b.kind != "noise" for b in blocks)


def test_parse_passes_the_title_to_the_repair() -> None:
    record = "\n".join(
        [
            " date 2024-03-02 https://example.org/bridge",
            TITLES["en"],
            "The bridge will close for the winter.",
            "",
            "Politik",
            TITLES["en"],
            *ARTICLE["en"],
        ]
    )
    [article] = newsdump.parse(record)
    assert article.title == TITLES["en"]
    assert article.text == "\n\n".join(ARTICLE["en"])
    assert [b.rule for b in article.blocks if b.text == TITLES["en"]] == ["noise:title"]


@pytest.mark.parametrize(
    "line",
    [
        "Zurück zur Übersicht",
        "Retour à la liste",
        "Teile diesen Artikel",
        "Commenter",
        "Qui sommes-nous",
        "← Le marché de Noël ouvre ses portes samedi sur la place de la mairie",  # previous post
        "Die Fähre fährt ab Montag wieder nach dem neuen Fahrplan →",  # next post
    ],
)
def test_a_back_share_or_comment_verb_line_after_the_article_starts_the_tail(line: str) -> None:
    lines = [*ARTICLE["fr"], line, *TEASERS]
    blocks = repair(lines).blocks
    # before: no cue word, no sign, the teasers stayed in the text
    assert [b.kind for b in blocks] == ["paragraph"] * 3 + ["noise"] * 5
