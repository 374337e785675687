"""A rendered page's credits and short lists keep their breaks, link marks or not (issue #19,
item 3).

A page rendered one block a line keeps its menus, head and tail in the record (set aside as
noise).  Its own lines may still look like a link's cut: a forum post's hard breaks go on in
lower case and end a sentence, which `link_marks` counts.  In such a page an author's credit
under a teaser's headline (``Kolumne Stadtleben`` / ``von Anna Berg``) and a list of two
clauses ending with a comma or a conjunction are blocks of their own; without the page's
furniture (an article's text cut at links) both are left to the rules as before.  Every
example is invented.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.target import private
from tests.test_joins9_pages import HEAD, TAIL, TEXT, kept_break

# a reader's post under the article: its hard breaks go on in lower case and end a sentence
# three times, the marks a link's cut leaves (`link_marks`; none after a comma, which a link's
# cut never leaves: tests/test_fjoin16_clauses.py)
POST = {
    "en": [
        "It was the same for me with the old ferry",
        "which left every morning at six.",
        "In winter it was often cancelled",
        "and we stood on the bank for an hour.",
        "The bus did not run either",
        "and you only got there at noon.",
    ],
    "de": [
        "Bei mir war es damals genauso mit der alten Fähre",
        "die jeden Morgen um sechs ablegte.",
        "Im Winter fiel sie oft aus",
        "und wir standen eine Stunde am Ufer.",
        "Der Bus fuhr dann auch nicht mehr",
        "und man kam erst mittags an.",
    ],
    "es": [
        "A mí me pasaba lo mismo con el viejo transbordador",
        "que salía cada mañana a las seis.",
        "En invierno se cancelaba a menudo",
        "y esperábamos una hora en la orilla.",
        "El autobús de la línea tres tampoco pasaba",
        "y se llegaba al mediodía.",
    ],
}
# a teaser's headline, its author's credit and the line after it
CREDIT = {
    "en": ("City Life column", "by Anna Berg", "Why the bridge has lasted so long, explained."),
    "de": ("Kolumne Stadtleben", "von Anna Berg", "Warum die Brücke so lange hält, erklärt."),
    "es": ("Columna Vida urbana", "por Ana Ruiz", "Por qué el puente ha durado tanto, explicado."),
}
# a list of two clauses, one a line, after its lead-in
LIST = {
    "en": (
        "The town is weighing two ways:",
        "a new ferry for people on foot,",
        "a bus every ten minutes and",
        "a bridge made of timber.",
    ),
    "de": (
        "Die Stadt prüft zwei Wege:",
        "eine neue Fähre für Fußgänger,",
        "einen Bus alle zehn Minuten und",
        "eine Brücke aus Holz.",
    ),
    "es": (
        "El ayuntamiento estudia dos vías:",
        "un nuevo transbordador para peatones,",
        "un autobús cada diez minutos y",
        "un puente de madera.",
    ),
}


def _page(lang: str, middle: list[str], furniture: bool = True) -> list[str]:
    text = [*TEXT[lang][:2], *middle, *TEXT[lang][2:], *POST[lang]]
    return [*HEAD[lang], *text, *TAIL[lang]] if furniture else text


def _marked(lines: list[str]) -> bool:
    facts = private("_repair_context").LineFacts(lines, lines, [False] * len(lines))
    return bool(private("_repair_layout").link_marks(lines, [None] * len(lines), facts))


def test_the_post_shows_a_links_marks() -> None:
    # what makes the tests below honest: without the furniture's gate, the marks would leave
    # the credit and the list to the join rules
    for lang in POST:
        assert _marked(_page(lang, [], furniture=False)), lang


def test_a_credit_under_a_teasers_headline_keeps_its_break() -> None:
    # joined on the old code (``lower-case-start``: the post's marks kept `apart` away)
    for lang, (headline, credit, after) in CREDIT.items():
        kept, rules = kept_break(_page(lang, [headline, credit, after]), headline, credit)
        assert kept, lang
        assert "credit-line" in rules, lang


def test_a_list_of_two_clauses_keeps_its_breaks() -> None:
    # joined on the old code, which asked for three commas (a link's phrase between two)
    for lang, (lead, one, two, last) in LIST.items():
        page = _page(lang, [lead, one, two, last])
        for a, b in ((one, two), (two, last)):
            kept, rules = kept_break(page, a, b)
            assert kept, (lang, a)
            assert "comma-list" in rules, (lang, a)


def test_without_the_pages_furniture_both_are_left_to_the_rules() -> None:
    # an article's text cut at links: ``SCREEN`` / ``by Edwin Falkner`` and a phrase between
    # two commas are a link's text as often as not
    headline, credit, after = CREDIT["de"]
    kept, rules = kept_break(
        _page("de", [headline, credit, after], furniture=False), headline, credit
    )
    assert not kept
    assert "credit-line" not in rules
    lead, one, two, last = LIST["en"]
    _, rules = kept_break(_page("en", [lead, one, two, last], furniture=False), one, two)
    assert "comma-list" not in rules


WORDS = st.sampled_from(
    ["river", "bridge", "council", "winter", "steel", "spring", "road", "town", "market"]
)
PIECE = st.lists(WORDS, min_size=2, max_size=6).map(" ".join)


@given(one=PIECE, two=PIECE, last=PIECE, furniture=st.booleans())
def test_a_generated_two_clause_list_is_kept_only_in_a_furnished_page(
    one: str, two: str, last: str, furniture: bool
) -> None:
    lead, first, second, end = "The plan has two parts:", f"{one},", f"{two} and", f"{last}."
    lines = _page("en", [lead, first, second, end], furniture)
    _, rules = kept_break(lines, first, second)
    assert ("comma-list" in rules) == furniture


@given(
    name=st.sampled_from(["Anna Berg", "Jan de Vries", "Marta Kowalska", "Ludwig van Beek"]),
    by=st.sampled_from(["by", "von", "por"]),
)
def test_a_generated_credit_is_kept_in_a_furnished_page(name: str, by: str) -> None:
    headline, credit, after = "City Life column", f"{by} {name}", "Why the bridge lasted."
    kept, _ = kept_break(_page("en", [headline, credit, after]), headline, credit)
    assert kept
