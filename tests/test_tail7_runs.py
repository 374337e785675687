"""The tail read as runs (issue #19, twelfth session): a menu with a few longer entries, a long
run of page junk that the article's stretch does not cross, a teaser list's summaries.

All text is invented for these tests.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdump._repair import repair
from newsdump._repair_edges import MENU_LONG_WORDS, menu_start
from newsdump._repair_registry import RULES
from newsdump._repair_tail_runs import (
    JUNK_RUN_NOISE,
    JUNK_RUN_UNITS,
    LEDE_PERIOD,
    LEDE_RUN,
    junk_runs,
    teaser_ledes,
)
from newsdump._repair_tail_words import END_LABEL
from tests.test_junk_bounds import ARTICLE  # (the same four languages' bridge story)

FOOTER = "© 2024 Harbour Media"

# --- a menu with a few longer entries ----------------------------------------------------------

MENU = {
    "en": ["Politics", "Business", "Letters to the editor", "Culture", "Local sport", "Weather"],
    "de": ["Politik", "Wirtschaft", "Briefe an die Redaktion", "Kultur", "Sport", "Wetter"],
    "es": ["Política", "Economía", "Violencia de género", "Cultura", "Deportes", "El tiempo"],
    "fr": ["Politique", "Économie", "Courrier des lecteurs", "Culture", "Sport", "Météo"],
}


@pytest.mark.parametrize("lang", sorted(MENU))
def test_a_menu_with_a_longer_entry_among_its_short_ones_is_set_aside_whole(lang: str) -> None:
    lines = [*ARTICLE[lang], *MENU[lang], FOOTER]
    blocks = repair(lines).blocks
    assert [b.kind for b in blocks[:3]] == ["paragraph"] * 3
    assert [b.rule for b in blocks[3:9]] == ["noise:menu-run"] * 6
    assert "".join(b.text for b in blocks[3:9]) == "".join(MENU[lang])  # nothing lost


def test_longer_entries_need_a_menu_before_them_and_stay_few() -> None:
    article = ARTICLE["de"]
    units = [(i, i + 1, i < 3) for i in range(12)]
    # a longer entry next to the sign: no menu read yet
    lines = [*article, "Politik", "Sport", "Kultur", "Briefe an die Redaktion", FOOTER]
    assert menu_start(lines, units, 3, 7) == 7
    # one longer entry in three at most: the second stays (a list of the article's as often)
    lines = [*article, "Die Brücke im Winter", "Der Rat tagt erneut"]
    lines += ["Politik", "Sport", "Kultur", FOOTER]
    assert menu_start(lines, units, 3, 8) == 4
    # longer than `MENU_LONG_WORDS` words: no entry
    long = " ".join(["Wort"] * (MENU_LONG_WORDS + 1))
    lines = [*article, long, "Politik", "Sport", "Kultur", FOOTER]
    assert menu_start(lines, units, 3, 7) == 4


# --- a long run of the page's junk: the stretch does not cross it ------------------------------

RUN = {
    "en": [
        "Advertisement",
        "Read more:",
        "Ferry timetable changes in June",
        "Harbour festival draws record crowds",
        "New cycle lane opens on the quay",
        "Advertisement",
        "School roof repaired after storm",
        "Market hall gets a new tenant",
    ],
    "de": [
        "Anzeige",
        "Mehr zum Thema:",
        "Fähren fahren im Juni nach neuem Plan",
        "Hafenfest lockt so viele Besucher wie nie",
        "Neuer Radweg am Kai eröffnet",
        "Anzeige",
        "Schuldach nach dem Sturm repariert",
        "Markthalle bekommt einen neuen Mieter",
    ],
    "es": [
        "Publicidad",
        "Lee también:",
        "Cambian los horarios del ferry en junio",
        "La fiesta del puerto bate su récord de público",
        "Abre un nuevo carril bici en el muelle",
        "Publicidad",
        "Reparan el tejado de la escuela tras la tormenta",
        "El mercado tendrá un nuevo inquilino",
    ],
    "fr": [
        "Publicité",
        "Lire aussi :",
        "Les horaires du ferry changent en juin",
        "La fête du port bat son record d'affluence",
        "Une nouvelle piste cyclable ouvre sur le quai",
        "Publicité",
        "Le toit de l'école réparé après la tempête",
        "La halle du marché trouve un nouveau locataire",
    ],
}
BOX = {
    "en": [
        "We would like to show you a login box here, but your browser blocks the cookies for it.",
        "You can change the settings of your browser at any time and then log in to your account.",
    ],
    "de": [
        "Wir würden Ihnen hier gern eine Anmeldung zeigen, doch Ihr Browser blockiert Cookies.",
        "Sie können die Einstellungen Ihres Browsers jederzeit ändern und sich dann anmelden.",
    ],
    "es": [
        "Nos gustaría mostrarle aquí un acceso, pero su navegador bloquea las cookies necesarias.",
        "Puede cambiar la configuración de su navegador en cualquier momento y volver a entrar.",
    ],
    "fr": [
        "Nous aimerions vous montrer ici une connexion, mais votre navigateur bloque les cookies.",
        "Vous pouvez modifier les réglages de votre navigateur puis vous reconnecter ici.",
    ],
}


@pytest.mark.parametrize("lang", sorted(RUN))
def test_a_long_run_of_page_junk_ends_the_article_before_a_box_of_prose(lang: str) -> None:
    lines = [*ARTICLE[lang], *RUN[lang], *BOX[lang]]
    blocks = repair(lines).blocks
    assert [b.kind for b in blocks[:3]] == ["paragraph"] * 3
    # the teasers' headlines are the page's, not the article's lines kept between its prose
    assert [b.kind for b in blocks[3:11]] == ["noise"] * 8
    # (the box's prose stays: a tail that starts at a line set aside by its words is no label
    # over what follows; it is kept, never lost)
    assert [b.text for b in blocks[11:]] == BOX[lang]


def test_a_short_teaser_box_inside_the_article_is_crossed() -> None:
    # three lines set aside by their words, but a run of five units: the article goes on
    lines = [*ARTICLE["en"][:2], *RUN["en"][:5], ARTICLE["en"][2]]
    blocks = repair(lines).blocks
    assert [b.text for b in blocks if b.kind == "paragraph"] == ARTICLE["en"]


@given(
    st.lists(st.booleans(), min_size=2, max_size=30),
    st.lists(st.booleans(), min_size=30, max_size=30),
)
def test_junk_runs_are_long_runs_holding_enough_page_junk(
    goods: list[bool], noise: list[bool]
) -> None:
    goods = [True, *goods, True]
    units = [(k, k + 1, good) for k, good in enumerate(goods)]
    noise = [*noise, False, False][: len(units)]
    for k in junk_runs(units, noise, 0, len(units) - 1):
        assert goods[k] is False
        assert goods[k - 1] is True
        end = next(j for j in range(k, len(goods)) if goods[j])
        assert end - k >= JUNK_RUN_UNITS
        assert sum(noise[k:end]) >= JUNK_RUN_NOISE


# --- a teaser list's summaries ------------------------------------------------------------------

TEASERS = {
    "en": [
        "Ferry timetable changes in June",
        "The harbour company will run fewer boats at night from the first of June.",
        "Harbour festival draws record crowds",
        "More than forty thousand people came to the quay for the three days of music.",
        "New cycle lane opens on the quay",
        "Riders no longer have to share the busy road with the lorries of the port.",
    ],
    "de": [
        "Fähren fahren im Juni nach neuem Plan",
        "In der Nacht fahren ab dem ersten Juni weniger Boote über den Fluss als bisher.",
        "Hafenfest lockt Besucher wie nie",
        "Mehr als vierzigtausend Menschen kamen an den drei Tagen zur Musik an den Kai.",
        "Neuer Radweg am Kai eröffnet",
        "Radfahrer müssen sich die Straße nicht mehr mit den Lastwagen des Hafens teilen.",
    ],
    "es": [
        "Cambian los horarios del ferry",
        "La naviera tendrá menos barcos por la noche a partir del primero de junio.",
        "La fiesta del puerto bate su récord",
        "Más de cuarenta mil personas acudieron al muelle durante los tres días de música.",
        "Abre un carril bici en el muelle",
        "Los ciclistas ya no tienen que compartir la calle con los camiones del puerto.",
    ],
    "fr": [
        "Les horaires du ferry changent",
        "La compagnie fera circuler moins de bateaux la nuit à partir du premier juin.",
        "La fête du port bat son record",
        "Plus de quarante mille personnes sont venues sur le quai pendant les trois jours.",
        "Une piste cyclable ouvre sur le quai",
        "Les cyclistes ne partagent plus la route avec les camions du port depuis lundi.",
    ],
}
LABEL = {  # (a label set aside by its words that the article's stretch does not cross)
    "en": "Related stories",
    "de": "Das könnte Sie auch interessieren",
    "es": "Te puede interesar",
    "fr": "Les plus lus",
}
STAMPS = ["12.04.2024, 09:48", "27.03.2024, 11:17", "25.03.2024, 06:32"]


def _teaser_list(lang: str) -> list[str]:
    lines: list[str] = []
    teasers = TEASERS[lang]
    for head, lede, stamp in zip(teasers[::2], teasers[1::2], STAMPS, strict=True):
        lines += [head, stamp, lede]
    return [*lines, FOOTER]


@pytest.mark.parametrize("lang", sorted(TEASERS))
def test_a_teaser_lists_summaries_after_the_article_are_set_aside(lang: str) -> None:
    lines = [*ARTICLE[lang], LABEL[lang], *_teaser_list(lang)]
    blocks = repair(lines).blocks
    assert [b.kind for b in blocks[:3]] == ["paragraph"] * 3
    ledes = [b for b in blocks if b.rule == "noise:teaser-ledes"]
    assert [b.text for b in ledes] == TEASERS[lang][1::2]
    assert all(b.kind == "noise" for b in blocks[3:])


@pytest.mark.parametrize("lang", sorted(TEASERS))
def test_two_summaries_or_an_irregular_run_stay(lang: str) -> None:
    lines = [*ARTICLE[lang], LABEL[lang], *_teaser_list(lang)[:6], FOOTER]
    blocks = repair(lines).blocks
    assert not any(b.rule == "noise:teaser-ledes" for b in blocks)
    # sub-headings and paragraphs alternating: a period of two, the article's shape
    lines = [*ARTICLE[lang], LABEL[lang], *TEASERS[lang], FOOTER]
    blocks = repair(lines).blocks
    assert not any(b.rule == "noise:teaser-ledes" for b in blocks)


@given(
    st.lists(st.booleans(), min_size=0, max_size=40),
    st.lists(st.booleans(), min_size=40, max_size=40),
    st.integers(0, 40),
)
def test_teaser_ledes_are_regular_runs_of_flanked_prose(
    goods: list[bool], gone: list[bool], start: int
) -> None:
    units = [(k, k + 1, good) for k, good in enumerate(goods)]
    found = teaser_ledes(units, gone, start)
    at = [a for a, _ in found]
    for a in at:
        assert goods[a]
        assert a >= start
        assert gone[a - 1]
        assert gone[a + 1]
        # (a member of a regular run: another summary at least `LEDE_PERIOD` units away)
        assert any(abs(a - b) >= LEDE_PERIOD for b in at)
    assert not found or len(found) >= LEDE_RUN


def test_the_ledes_rule_is_registered_as_the_bounds_noise() -> None:
    rule = RULES["noise:teaser-ledes"]
    assert rule.block_kind == "noise"
    assert rule.aside.rule == "noise:teaser-ledes"


# --- the head: a dated line that ends in an abbreviation's stop -----------------------------

DATED = {
    "en": "Apr 17, 2024 · 5 min.",
    "de": "17.04.2024, 12:24 Lesezeit: 5 Min.",
    "es": "17.04.2024 · Lectura: 5 min.",
    "fr": "17/04/2024 · Lecture 5 min.",
}


@pytest.mark.parametrize("lang", sorted(DATED))
def test_a_dated_line_before_the_article_ending_in_an_abbreviation_is_the_head(lang: str) -> None:
    lines = ["Share", DATED[lang], *ARTICLE[lang], FOOTER]
    blocks = repair(lines).blocks
    assert blocks[0].kind == "noise"
    # (a stamp with its reading time is named by the stamp rule, which reads its words, before
    # the head's bounds: ``17.04.2024, 12:24 Lesezeit: 5 Min.``, sixteenth session)
    assert blocks[1].rule in ("noise:head", "noise:stamp")
    assert [b.text for b in blocks if b.kind == "paragraph"] == ARTICLE[lang]


def test_a_sentence_with_a_date_before_the_article_stays() -> None:
    # longer than `STAMP_WORDS`: a lede or a dateline's sentence as often
    line = "Am 17.04.2024 hat der Rat wieder getagt."
    blocks = repair(["Share", line, *ARTICLE["de"], FOOTER]).blocks
    assert blocks[1].text == line
    assert blocks[1].kind != "noise"


# --- a teaser's text cut off by the page -------------------------------------------------------

CUT = {
    "en": "The harbour company says that it will run fewer boats at night from the first of...",
    "de": "Die Hafengesellschaft sagt, dass sie ab dem ersten Juni in der Nacht weniger Boote…",
    "es": "La naviera dice que a partir del primero de junio tendrá menos barcos por la noche y...",
    "fr": "La compagnie du port annonce qu'elle fera circuler moins de bateaux la nuit dès le…",
}


@pytest.mark.parametrize("lang", sorted(CUT))
def test_a_line_cut_off_by_an_ellipsis_in_the_tail_is_set_aside(lang: str) -> None:
    # the tail starts at a label set aside by its words: a finished line after it stayed
    lines = [*ARTICLE[lang], LABEL[lang], TEASERS[lang][0], CUT[lang], FOOTER]
    blocks = repair(lines).blocks
    assert [b.text for b in blocks if b.kind == "paragraph"] == ARTICLE[lang]
    assert [b.rule for b in blocks if b.text == CUT[lang]] == ["noise:tail"]


def test_a_quoted_ellipsis_or_one_before_the_tail_stays() -> None:
    quoted = "… eine kleine, zu allem entschlossene Gruppe, die im Hafen nachts arbeitet …"
    # (a label that may sit inside an article: after an end label set aside by its words,
    # ``Das könnte Sie auch interessieren``, all that follows is the page's since tail10)
    lines = [*ARTICLE["de"], "Weitere Artikel", TEASERS["de"][0], quoted, FOOTER]
    assert [b.kind for b in repair(lines).blocks if b.text == quoted] == ["paragraph"]
    # inside the article (no tail has begun) a sentence trailing off is the article's
    lines = [*ARTICLE["de"][:2], CUT["de"], ARTICLE["de"][2], FOOTER]
    assert [b.kind for b in repair(lines).blocks if b.text == CUT["de"]] == ["paragraph"]


# --- "most read" in more scripts ---------------------------------------------------------------

MOST_READ = [
    "الأكثر قراءة",
    "الأكثر تصفحاً",
    "پربازدیدترین",
    "הנקראים ביותר",
    "Τα πιο δημοφιλή",
    "Най-четени",
    "热门文章",
    "人気記事",
    "많이 본 뉴스",
    "Tin đọc nhiều",
    "Đọc nhiều nhất",
    "ข่าวยอดนิยม",
]


@pytest.mark.parametrize("label", MOST_READ)
def test_most_read_in_more_scripts_ends_the_article(label: str) -> None:
    teasers = ["Storm hits the coast", "Team wins the cup", "Prices rise again", "Ferry late"]
    lines = [*ARTICLE["en"], label, *teasers]
    blocks = repair(lines).blocks
    assert [b.kind for b in blocks[:3]] == ["paragraph"] * 3
    assert all(b.kind == "noise" for b in blocks[3:])
    assert "".join(b.text for b in blocks[3:]) == label + "".join(teasers)


def test_a_most_read_word_inside_a_headline_is_no_label() -> None:
    line = "热门文章里的一句话不是标签"
    assert END_LABEL.match(line) is None
