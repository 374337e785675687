"""A rendered page's own line after a comma keeps its break; it is no link's mark (issue #19,
item 3).

A scraper that breaks the line after a link ends the line with the link's text: the comma after
the link opens the next line (a link's mark, `_repair_marks.LINK_MARK_START`).  One that breaks
before links too puts the link's text alone on the next line.  Neither leaves a line ending in
a comma before a lower-case line that ends its sentence, which a forum post's or a poem's hard
breaks do (``Im Winter war es still,`` / ``und niemand kam vorbei.``).  So such a pair is no
mark of a link (`_repair_marks.link_marks`), and in a rendered page without a link's mark the
break is kept (rule ``furnished-clause-line``).  Every example is invented.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.target import private
from tests.test_joins9_pages import HEAD, TAIL, TEXT, kept_break

# a reader's post: three hard breaks after a comma, each before a clause ending its sentence
POST = {
    "en": [
        "We took that ferry every summer,",
        "until the company sold the boat.",
        "My father knew the captain well,",
        "who always let us steer for a minute.",
        "The island looked small from the deck,",
        "but it took an hour to walk around.",
    ],
    "de": [
        "Wir sind jeden Sommer mit der Fähre gefahren,",
        "bis die Firma das Schiff verkauft hat.",
        "Mein Vater kannte den Kapitän gut,",
        "der uns immer kurz ans Steuer ließ.",
        "Die Insel wirkte vom Deck aus klein,",
        "aber zu Fuß brauchte man eine Stunde.",
    ],
    "es": [
        "Tomábamos ese transbordador cada verano,",
        "hasta que la empresa vendió el barco.",
        "Mi padre conocía bien al capitán,",
        "que siempre nos dejaba llevar el timón.",
        "La isla parecía pequeña desde la cubierta,",
        "pero se tardaba una hora en rodearla.",
    ],
    "pl": [
        "Każdego lata pływaliśmy tym promem,",
        "dopóki firma nie sprzedała statku.",
        "Mój ojciec dobrze znał kapitana,",
        "który zawsze pozwalał nam sterować.",
        "Wyspa wydawała się mała z pokładu,",
        "ale obejście jej zajmowało godzinę.",
    ],
}


def _page(lang: str, post: list[str], furniture: bool = True) -> list[str]:
    key = lang if lang in TEXT else "en"
    text = [*TEXT[key][:2], *post, *TEXT[key][2:]]
    return [*HEAD[key], *text, *TAIL[key]] if furniture else text


def _marked(lines: list[str]) -> bool:
    facts = private("_repair_context").LineFacts(lines, lines, [False] * len(lines))
    return bool(private("_repair_marks").link_marks(lines, [None] * len(lines), facts))


def test_a_posts_breaks_after_commas_are_no_links_marks() -> None:
    for lang, post in POST.items():
        assert not _marked(_page(lang, post, furniture=False)), lang


def test_the_same_breaks_without_the_commas_are_a_links_marks() -> None:
    # what makes the test above honest: three prose lines going on in lower case are marks
    for lang, post in POST.items():
        bare = [x.rstrip(",") for x in post]
        assert _marked(_page(lang, bare, furniture=False)), lang


def test_a_links_comma_opening_the_next_line_is_still_a_mark() -> None:
    lines = _page("de", ["Die Gespräche mit", "Milena Dortkow", ", sagte er, gehen weiter."])
    assert _marked(lines)


def test_a_posts_clauses_keep_their_breaks_in_a_rendered_page() -> None:
    # joined on the old code (``lower-case-start``: the post's own breaks read as link marks)
    for lang, post in POST.items():
        page = _page(lang, post)
        for a, b in zip(post[::2], post[1::2], strict=True):
            kept, rules = kept_break(page, a, b)
            assert kept, (lang, a)
            assert "furnished-clause-line" in rules, (lang, a)


def test_without_the_pages_furniture_the_rules_decide() -> None:
    # an article's text cut at links: the comma rule does not apply
    for lang, post in POST.items():
        page = _page(lang, post, furniture=False)
        for a, b in zip(post[::2], post[1::2], strict=True):
            _, rules = kept_break(page, a, b)
            assert "furnished-clause-line" not in rules, (lang, a)


def test_a_clause_that_ends_no_sentence_is_left_to_the_other_rules() -> None:
    post = [*POST["en"][:4], "The island looked small from the deck,", "but it took an hour"]
    _, rules = kept_break(_page("en", post), post[4], post[5])
    assert "furnished-clause-line" not in rules


CLAUSES = st.sampled_from(
    [
        ("Der Regen hörte erst am Abend auf,", "als alle schon zu Hause waren."),
        ("The shop on the corner closed in May,", "after forty years in the family."),
        ("El mercado abría muy temprano,", "antes de que pasara el primer tranvía."),
        ("Le café fermait toujours à midi,", "sauf le samedi en été."),
        ("Sklep na rogu zamknięto w maju,", "po czterdziestu latach."),
    ]
)


@given(first=CLAUSES, second=CLAUSES, lang=st.sampled_from(["en", "de", "es"]))
def test_generated_posts_keep_every_clause_after_a_comma(
    first: tuple[str, str], second: tuple[str, str], lang: str
) -> None:
    post = [*POST[lang][:2], *first, *second] if first != second else [*POST[lang][:2], *first]
    page = _page(lang, post)
    assert not _marked(_page(lang, post, furniture=False))
    for a, b in zip(post[::2], post[1::2], strict=True):
        kept, rules = kept_break(page, a, b)
        assert kept, (a, b)
        assert "furnished-clause-line" in rules, (a, b)


# a label ending in a colon and a web address alone under it: a rendered page's reference
REFERENCES = {
    "en": ("Read the full study:", "https://journal.example.org/articles/2024/harbour-ferries"),
    "de": ("Weitere Informationen:", "https://www.stadtwerke-nord.example.de/presse"),
    "es": ("Más información en:", "www.puerto-ejemplo.es/noticias/2024/transbordador"),
    "pl": ("Pełny raport:", "raport.example.pl/2024/promy-miejskie"),
}


def test_a_web_address_under_a_label_keeps_its_break_in_a_rendered_page() -> None:
    for lang, (label, address) in REFERENCES.items():
        middle = [label, address]
        kept, rules = kept_break(_page(lang, middle), label, address)
        assert kept, lang
        assert "furnished-address-line" in rules, lang
        _, rules = kept_break(_page(lang, middle, furniture=False), label, address)
        assert "furnished-address-line" not in rules, lang


def test_a_handle_under_a_label_is_no_address() -> None:
    label, handle = "Folgen Sie uns auf Twitter:", "@stadtwerke_nord"
    _, rules = kept_break(_page("de", [label, handle]), label, handle)
    assert "furnished-address-line" not in rules


# a list of tools, each with a lower-case label the page repeats under it and a description
TOOLS = [
    ("ripgrep", "searches files by pattern, fast."),
    ("fd", "a simpler find, with sane defaults."),
    ("bat", "prints files with colours and line numbers."),
]


def _tools(labels: list[str]) -> list[str]:
    lines = ["Tools we use every day:"]
    for (name, about), label in zip(TOOLS, labels, strict=True):
        lines += [name, label, about]
    return lines


def _kept_at(lines: list[str], first: int) -> tuple[bool, set[str]]:
    """Whether the break after line ``first`` (1-based) is kept, and the rules that kept it."""
    fixed = private("_repair").repair(lines)
    joined = any(e.kind == "join" and e.applied and e.lines[0] == first for e in fixed.edits)
    pair = (first, first + 1)
    return not joined, {e.rule for e in fixed.edits if e.kind == "keep" and e.lines == pair}


def _label_breaks(page: list[str], label: str) -> list[int]:
    """The 1-based numbers of the lines before and at each ``label`` in ``page``."""
    return [n for k, x in enumerate(page, 1) if x == label for n in (k - 1, k)]


def test_a_label_repeated_under_each_item_keeps_its_breaks_in_a_rendered_page() -> None:
    # joined on the old code (``lower-case-start``, the model's), each of the six
    page = _page("en", _tools(["home page"] * 3))
    for first in _label_breaks(page, "home page"):
        kept, rules = _kept_at(page, first)
        assert kept, page[first - 1]
        if page[first - 1] != "home page":  # (the break under a label: the model may keep it)
            assert "furnished-repeated-label" in rules, page[first - 1]


def test_a_label_seen_twice_or_in_an_articles_text_is_left_to_the_rules() -> None:
    twice = _page("en", _tools(["home page", "home page", "project site"]))
    bare = _page("en", _tools(["home page"] * 3), furniture=False)
    for page in (twice, bare):
        for first in _label_breaks(page, "home page"):
            assert "furnished-repeated-label" not in _kept_at(page, first)[1]


@given(label=st.sampled_from(["home page", "weiterlesen", "ver más", "czytaj dalej", "mehr lesen"]))
def test_generated_repeated_labels_are_blocks_of_their_own(label: str) -> None:
    page = _page("en", _tools([label] * 3))
    assert private("_repair_furnished").repeated_labels(page) == frozenset({label})
    for first in _label_breaks(page, label):
        assert _kept_at(page, first)[0], (label, page[first - 1])
