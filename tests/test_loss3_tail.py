"""The page's tail takes a related article's byline (issue #19 item 1, ninth session).

After the article's end the bounds set aside the page's tail; a line another rule read as a
byline (``Von Tom Lind``) or a list item is a teaser's credit or a menu's entry there, and the
tail now takes it too.  Before the article a byline is the article's own and stays.  All text is
invented for these tests.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdump import _repair_tail_words as tw
from newsdump._repair import repair

ARTICLE = {
    "de": [
        "Der Rat hat am Montag beschlossen, die alte Brücke über den Winter zu sperren.",
        "Die Arbeiten sollen im Frühjahr beginnen und zwei Jahre dauern, sagte die Stadträtin.",
        "Die Stadt hat für die Reparatur der Brücke rund vier Millionen Euro eingeplant.",
    ],
    "en": [
        "The council voted on Monday to close the old bridge for the winter months.",
        "Repairs will start in the spring and take two years, the mayor told reporters.",
        "The city has set aside about four million euros for the repair of the bridge.",
    ],
    "fr": [
        "Le conseil a voté lundi la fermeture du vieux pont pendant les mois d'hiver.",
        "Les travaux commenceront au printemps et dureront deux ans, a dit la maire.",
        "La ville a prévu environ quatre millions d'euros pour la réparation du pont.",
    ],
    "es": [
        "El ayuntamiento votó el lunes cerrar el viejo puente durante los meses de invierno.",
        "Las obras empezarán en primavera y durarán dos años, dijo la alcaldesa a la prensa.",
        "La ciudad ha reservado unos cuatro millones de euros para la reparación del puente.",
    ],
}

# a label over the most read articles, then two teasers: headline, standfirst, the author's byline
TEASERS = {
    "de": [
        "Meistgelesen",
        "Hochwasser an der Hafenstraße",
        "Die Straße am Hafen steht zum dritten Mal in diesem Jahr unter Wasser.",
        "Von Tom Lind",
        "Neue Tramlinie ab Mai",
        "Die Linie 4 fährt bald bis zum Bahnhof.",
        "Von Mia Roe",
    ],
    "en": [
        "Most read",
        "Floods close the harbour road",
        "The road by the harbour is under water for the third time this year.",
        "By Tom Lind",
        "New tram line from May",
        "Line 4 will soon run to the station.",
        "By Mia Roe",
    ],
    "fr": [
        "Les plus lus",
        "La route du port inondée",
        "La route du port est sous l'eau pour la troisième fois cette année.",
        "Par Tom Lind",
        "Une nouvelle ligne de tram en mai",
        "La ligne 4 ira bientôt jusqu'à la gare.",
        "Par Mia Roe",
    ],
    "es": [
        "Lo más leído",
        "Inundada la calle del puerto",
        "La calle del puerto está bajo el agua por tercera vez este año.",
        "Por Tom Lind",
        "Nueva línea de tranvía en mayo",
        "La línea 4 llegará pronto hasta la estación.",
        "Por Mia Roe",
    ],
}


def _kinds(lines: list[str]) -> dict[str, tuple[str, str | None]]:
    """Each block's text: its kind and rule."""
    return {b.text: (b.kind, b.rule) for b in repair(lines).blocks}


@pytest.mark.parametrize("lang", sorted(ARTICLE))
def test_a_teasers_byline_in_the_tail_is_tail(lang: str) -> None:
    lines = [*ARTICLE[lang], *TEASERS[lang]]
    kinds = _kinds(lines)
    for line in (TEASERS[lang][3], TEASERS[lang][6]):
        assert kinds[line] == ("noise", "noise:tail")  # was a byline block, kept in the text
    for line in ARTICLE[lang]:
        assert kinds[line] == ("paragraph", None)


@pytest.mark.parametrize("lang", sorted(ARTICLE))
def test_the_articles_own_byline_before_it_stays(lang: str) -> None:
    by = TEASERS[lang][3]
    lines = [by, *ARTICLE[lang], *TEASERS[lang]]
    blocks = repair(lines).blocks
    assert blocks[0].text == by
    assert blocks[0].kind == "byline"


@given(
    lang=st.sampled_from(sorted(ARTICLE)),
    cut=st.integers(min_value=0, max_value=7),
    extra=st.lists(st.sampled_from([t for ts in TEASERS.values() for t in ts]), max_size=6),
)
def test_every_line_stays_in_some_block(lang: str, cut: int, extra: list[str]) -> None:
    # nothing lost: the tail sets lines aside, in order, never drops them
    lines = [*ARTICLE[lang], *TEASERS[lang][:cut], *extra]
    blocks = repair(lines).blocks
    covered = [n for b in blocks for n in range(b.first_line, b.last_line + 1)]
    assert covered == list(range(1, len(lines) + 1))
    assert all(b.kind == "paragraph" for b in blocks[:3])


# --- readers' comments under a name and a verb of saying (ninth session) ------------------------

COMMENTS = {
    "de": [
        (
            "Tom Lind sagt:",
            "Ich gehe jeden Tag über diese Brücke und bin froh, dass sie endlich"
            " repariert wird, auch wenn der Umweg über den Winter lang sein wird.",
        ),
        (
            "Mia Roe sagt:",
            "Zwei Jahre sind eine sehr lange Zeit für eine so kleine Brücke, wenn"
            " man mich fragt, und die Stadt hätte früher damit anfangen können.",
        ),
    ],
    "en": [
        (
            "Tom Lind says:",
            "I walk over that bridge every day and I am glad that it will finally"
            " be repaired, even if the detour over the winter will be a long one.",
        ),
        (
            "Mia Roe says:",
            "Two years seems a very long time for such a small bridge, if you ask"
            " me, and the city could have started the work a lot earlier than this.",
        ),
    ],
    "fr": [
        (
            "Tom Lind dit :",
            "Je traverse ce pont tous les jours et je suis content qu'il soit enfin"
            " réparé, même si le détour pendant l'hiver sera long pour nous tous.",
        ),
        (
            "Mia Roe dit :",
            "Deux ans, c'est très long pour un si petit pont, à mon avis, et la"
            " ville aurait pu commencer les travaux bien plus tôt que cela.",
        ),
    ],
    "es": [
        (
            "Tom Lind dice:",
            "Cruzo ese puente todos los días y me alegro de que por fin lo"
            " reparen, aunque el desvío durante el invierno será largo para todos.",
        ),
        (
            "Mia Roe dice:",
            "Dos años me parecen mucho tiempo para un puente tan pequeño, la"
            " verdad, y la ciudad podría haber empezado las obras mucho antes.",
        ),
    ],
}
STAMPS = ["4. März 2024 um 9:29 Uhr", "4. März 2024 um 11:19 Uhr"]


@pytest.mark.parametrize("lang", sorted(COMMENTS))
def test_comments_under_a_name_that_says_are_tail(lang: str) -> None:
    comments = [
        x
        for (head, text), stamp in zip(COMMENTS[lang], STAMPS, strict=True)
        for x in (head, stamp, text)
    ]
    lines = [*ARTICLE[lang], *comments]
    kinds = _kinds(lines)
    for line in comments:  # were paragraphs: the comments' prose made the article run on
        # (a comment's date and time alone is named by its own rule, wherever it stands)
        # (two dated heads repeat: the comment section's rule since comments17)
        want = ("noise", "noise:stamp") if line in STAMPS else ("noise", "noise:comments")
        assert kinds[line] == want
    for line in ARTICLE[lang]:
        assert kinds[line] == ("paragraph", None)


def test_speakers_over_quotes_without_a_date_stay() -> None:
    # an article that quotes experts, each under "Name, job, says:", is no comment thread
    # (with two or more such heads taken as comments, an article of train lost its quotes)
    speakers = [
        ("Dr Anna Berg, engineer, says:", "The bridge has served the town well for ninety years."),
        ("Tom Lind, who runs the ferry, says:", "We will add a boat in the winter, to be safe."),
    ]
    lines = [*ARTICLE["en"][:2], *[x for pair in speakers for x in pair], ARTICLE["en"][2]]
    assert all(b.kind != "noise" for b in repair(lines).blocks)
    assert tw.comment_heads(lines) == frozenset()


@pytest.mark.parametrize(
    "speaker",
    ["Die Ministerin sagt:", "The mayor said:", "La maire dit :", "La alcaldesa dice:"],
)
def test_one_speakers_line_inside_the_article_stays(speaker: str) -> None:
    # one such line with no date under it is an interview's speaker, not a comment's head
    quote = "We will rebuild the bridge before the next winter, and we will do it properly."
    lines = [*ARTICLE["en"][:2], speaker, quote, ARTICLE["en"][2]]
    blocks = repair(lines).blocks
    assert all(b.kind != "noise" for b in blocks)


# --- more labels over a page's tail, in the corpora's languages (ninth session) ----------------

TEASER_PROSE = [
    "A new tram line will run from the station to the harbour from next May, the city said.",
    "The school board has picked a new head teacher after a search that took most of the year.",
]


@pytest.mark.parametrize("label", ["Popular posts", "Comments are closed.", "Show more comments"])
def test_an_end_label_ends_the_article_before_prose_teasers(label: str) -> None:
    lines = [*ARTICLE["en"], label, *TEASER_PROSE, "Storm hits the coast"]
    kinds = _kinds(lines)
    # (a comment form's label is named by its own words: test_junk6_furniture.py)
    assert kinds[label] in {("noise", "noise:tail"), ("noise", "noise:comment-form")}, label
    for line in TEASER_PROSE:
        assert kinds[line] == ("noise", "noise:tail"), line
    assert all(kinds[line] == ("paragraph", None) for line in ARTICLE["en"])


@pytest.mark.parametrize(
    "line",
    [
        "Más noticias de Colombia",  # es
        "Mehr zu Wohnungsbau",  # de
        "Am beliebtesten",  # de (no end label: a box of them sits inside articles too)
        "Passend zum Artikel",  # de
        "La rédaction vous conseille",  # fr
        "Sujets",  # fr
        "Editor's picks",  # en
    ],
)
def test_a_label_over_related_articles_starts_the_tail(line: str) -> None:
    headlines = [
        "Storm floods the harbour road",
        "Tram line opens in May",
        "Cup final ends in a draw",
    ]
    lines = [*ARTICLE["en"], line, *headlines]
    kinds = _kinds(lines)
    for text in [line, *headlines]:
        assert kinds[text][0] == "noise", text
    assert all(kinds[text] == ("paragraph", None) for text in ARTICLE["en"])


@pytest.mark.parametrize("label", ["Popular posts", "Comments are closed.", "Show more comments"])
def test_end_labels(label: str) -> None:
    assert tw.may_be_end_label(label, tw.split_words(label.lower()))
    assert tw.END_LABEL.match(label)


@pytest.mark.parametrize(
    "line",
    [
        "Más noticias de Colombia",
        "Mehr zu Wohnungsbau",
        "Passend zum Artikel",
        "La rédaction vous conseille",
        "Sujets",
        "Editor's picks",
        "Die meistgelesenen Artikel",  # de
        "Lo más visto hoy",  # es
        "Fehler gefunden",  # de
        "Report a correction or typo",  # en
        "Saistītie raksti",  # lv: related articles
        "Ezek is érdekelhetnek",  # hu: these may interest you
    ],
)
def test_cue_words(line: str) -> None:
    assert tw.has_cue(line.lower())


def test_am_beliebtesten_is_a_tail_label() -> None:
    assert tw.TAIL_LABEL.match("Am beliebtesten")
    assert not tw.END_LABEL.match("Am beliebtesten")  # a box of them sits inside articles too


@pytest.mark.parametrize(
    "sentence",
    [
        "Más noticias llegarán el lunes, cuando el ayuntamiento publique las cifras del año.",
        "Mehr zu den Kosten will die Stadt erst im Frühjahr sagen, wenn die Angebote vorliegen.",
        "Les sujets du conseil étaient nombreux, mais le pont a occupé toute la soirée de lundi.",
    ],
)
def test_a_sentence_with_such_words_inside_the_article_stays(sentence: str) -> None:
    lines = [*ARTICLE["en"][:2], sentence, ARTICLE["en"][2]]
    assert all(b.kind == "paragraph" for b in repair(lines).blocks)
