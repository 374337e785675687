"""The article's edges (issue #19, eleventh session): the title again with a kicker or the
site's name, the title inside a run of header lines, a menu running on to the tail's sign.

All text is invented for these tests.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdump._repair import repair
from newsdump._repair_bounds import bounds_asides
from newsdump._repair_edges import menu_start, near_title, split_at_title
from newsdump._repair_registry import RULES
from newsdump._text import title_key
from tests.test_junk_bounds import ARTICLE  # (the same four languages' bridge story)

TITLE = {
    "en": "Old bridge closes for the winter",
    "de": "Alte Brücke wird im Winter gesperrt",
    "es": "El viejo puente cierra en invierno",
    "fr": "Le vieux pont ferme pour l'hiver",
}
KICKED = {
    "en": [
        "City: Old bridge closes for the winter",
        "Old bridge closes for the winter | Harbour Herald",
    ],
    "de": [
        "Verkehr: Alte Brücke wird im Winter gesperrt",
        "Startseite » Stadt » Alte Brücke wird im Winter gesperrt",
    ],
    "es": [
        "Ciudad | El viejo puente cierra en invierno",
        "El viejo puente cierra en invierno - Diario del Puerto",
    ],
    "fr": [
        "Transports : Le vieux pont ferme pour l'hiver",
        "Le vieux pont ferme pour l'hiver – Radio Ville",
    ],
}
MENU = {
    "en": ["Politics", "Business", "Local sport", "Culture"],
    "de": ["Politik", "Wirtschaft", "Sport regional", "Kultur"],
    "es": ["Política", "Economía", "Deportes", "Cultura"],
    "fr": ["Politique", "Économie", "Sport local", "Culture"],
}
FOOTER = "© 2024 Harbour Media"


def _rules(lines: list[str], title: str | None = None) -> list[str | None]:
    found = bounds_asides(lines, [False] * len(lines), [None] * len(lines), title=title)
    assert found is not None
    return [a.rule if a else None for a in found[0]]


@pytest.mark.parametrize("lang", sorted(KICKED))
def test_the_title_with_a_kicker_or_a_site_name_before_the_article_is_the_title(
    lang: str,
) -> None:
    for line in KICKED[lang]:
        lines = ["Menu", line, *ARTICLE[lang]]
        assert _rules(lines, TITLE[lang])[1] == "noise:title", line


@pytest.mark.parametrize("lang", sorted(KICKED))
def test_the_title_in_a_run_of_header_lines_is_a_block_of_its_own(lang: str) -> None:
    # "12 May 2024" / title / "von Anna Berg" read as one run (the title unfinished, the next
    # line starting in lower case): the title is cut out of it
    lines = ["12.05.2024", TITLE[lang], "von anna berg und tom lind", *ARTICLE[lang]]
    blocks = repair(lines, title=TITLE[lang]).blocks
    rules = {b.first_line: b.rule for b in blocks}
    assert rules.get(2) == "noise:title"
    assert any(b.kind == "paragraph" and b.text == ARTICLE[lang][0] for b in blocks)


@pytest.mark.parametrize(
    "line",
    [
        "The old bridge closes for the winter, the council said on Monday night.",  # a sentence
        "Old bridge closes for the winter as storms hit the coast",  # words, no mark
        "Bridge: Old bridge closes for the winter after the council vote on Monday night",  # long
    ],
)
def test_a_line_that_merely_holds_the_title_is_not_the_title(line: str) -> None:
    assert not near_title(title_key(TITLE["en"]), line, TITLE["en"])


def test_a_short_title_is_not_looked_for_inside_longer_lines() -> None:
    assert not near_title(title_key("Bridge closed"), "News: Bridge closed", "Bridge closed")
    assert near_title(title_key("Bridge closed"), "Bridge  closed!", "Bridge closed")


def test_a_mark_the_title_has_itself_does_not_count() -> None:
    title = "Mayor: the bridge stays closed"
    assert not near_title(title_key(title), "May 2024 Mayor: the bridge stays closed", title)


@pytest.mark.parametrize("lang", sorted(MENU))
def test_a_menu_running_on_to_the_tail_is_set_aside(lang: str) -> None:
    # (the footer is a sign of the tail: another rule sets it aside by its words)
    lines = [*ARTICLE[lang], *MENU[lang], FOOTER]
    blocks = repair(lines).blocks
    assert [b.kind for b in blocks[:3]] == ["paragraph"] * 3
    assert [b.rule for b in blocks[3:7]] == ["noise:menu-run"] * 4
    assert blocks[7].kind == "noise"


@pytest.mark.parametrize("lang", sorted(MENU))
def test_a_closing_list_with_no_sign_after_it_stays(lang: str) -> None:
    lines = [*ARTICLE[lang], *MENU[lang]]
    found = bounds_asides(lines, [False] * len(lines), [None] * len(lines))
    assert found is None or found[0][3:] == [None] * 4


def test_two_short_lines_are_no_menu() -> None:
    lines = [*ARTICLE["de"], "Text: Anna Berg", "Fotos", FOOTER]
    assert menu_start(lines, [(i, i + 1, i < 3) for i in range(len(lines))], 3, 5) == 5


def test_a_longer_line_or_a_sentence_breaks_the_menu() -> None:
    for odd in ("Mehr aus der Region heute", "Ende."):
        lines = [*ARTICLE["de"], "Politik", odd, "Sport", "Kultur", FOOTER]
        units = [(i, i + 1, i < 3) for i in range(len(lines))]
        assert menu_start(lines, units, 3, 7) == 7


def test_the_menu_rule_is_registered_as_the_bounds_noise() -> None:
    rule = RULES["noise:menu-run"]
    assert rule.block_kind == "noise"
    assert rule.aside.rule == "noise:menu-run"


@given(
    st.lists(
        st.sampled_from(["Sport", "Politik", "Kultur", "Mehr lesen", "Ende.", "12:30", "©"]),
        max_size=8,
    ),
    st.sampled_from(sorted(ARTICLE)),
)
def test_nothing_is_lost_and_the_article_stays(tail: list[str], lang: str) -> None:
    lines = ["Menü", KICKED[lang][0], *ARTICLE[lang], *tail]
    blocks = repair(lines, title=TITLE[lang]).blocks
    got = " ".join(" ".join(b.text.split()) for b in blocks)
    for line in lines:
        assert line in got  # every line ends in some block
    kept = [b.text for b in blocks if b.kind == "paragraph"]
    assert all(p in kept for p in ARTICLE[lang])


@pytest.mark.parametrize(
    "label",
    [
        *("MEST LÄST", "Mest lest", "Mest læste", "Luetuimmat", "Nejčtenější"),
        *("En çok okunanlar", "Terpopuler", "Legolvasottabb", "Cele mai citite", "Najčitanije"),
    ],
)
def test_most_read_in_more_languages_ends_the_article(label: str) -> None:
    # the label ends the article's stretch and starts the tail: the teasers' prose after it goes
    teaser = "The mayor said the new ferry line will open in the spring, weeks ahead of plan."
    lines = [*ARTICLE["en"], label, teaser, "Storm hits coast", "Team wins cup"]
    rules = _rules(lines)
    assert rules[:3] == [None] * 3
    assert rules[3:] == ["noise:tail"] * 4


def test_the_title_inside_a_run_after_the_article_is_not_cut_out() -> None:
    # after the article a run of lines is a line cut at links as often: only the head's runs
    # are cut at the title
    units = [(0, 1, True), (1, 4, False)]
    lines = ["Prose.", "12.05.2024", TITLE["en"], "von anna berg"]
    got = split_at_title(lines, units, TITLE["en"], title_key(TITLE["en"]), range(0, 4))
    assert got == units


@pytest.mark.parametrize(
    ("title", "line"),
    [
        ("Old bridge closes for the winter | Harbour Herald", "Old bridge closes for the winter"),
        (
            "Alte Brücke wird im Winter gesperrt - Stadtanzeiger",
            "Alte Brücke wird im Winter gesperrt",
        ),
        ("Radio Ville : Le vieux pont ferme pour l'hiver", "Le vieux pont ferme pour l'hiver"),
    ],
)
def test_the_headline_without_the_site_name_the_title_has_is_the_title(
    title: str, line: str
) -> None:
    lang_lines = ARTICLE["en"]
    lines = ["Menu", line, *lang_lines]
    assert _rules(lines, title)[1] == "noise:title"


@pytest.mark.parametrize("lang", sorted(MENU))
def test_a_long_menu_to_the_record_s_end_is_set_aside_without_a_sign(lang: str) -> None:
    menu = [*MENU[lang], *MENU[lang][:2]]  # six entries: a page's section menu
    lines = [*ARTICLE[lang], *menu]
    assert _rules(lines)[3:] == ["noise:menu-run"] * 6
