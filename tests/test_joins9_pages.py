"""A rendered page keeps its lower-case blocks apart (issue #19, item 3).

A page rendered one block a line keeps its menus, head and tail in the record (set aside as
noise); a scraper that cut an article's text at its links leaves none of them.  In such a page
without a link's mark, a lower-case line after a line that ends no sentence is a block of its
own (``Copy this link`` / ``https://…``), unless something shows the sentence going on across
the break: the line ends the sentence or holds one, ends in a function word, the next line goes
on in lower case, the line before ends in a comma, a colon, an opener, a handle or a tag, or
holds the paragraph's other sentences.  Every example is invented.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.target import newsdump, private

HEAD = {
    "en": ["Home", "World", "Business"],
    "de": ["Startseite", "Politik", "Wirtschaft"],
    "es": ["Portada", "Mundo", "Economía"],
}
TEXT = {
    "en": [
        "The city council voted on Monday to close the old river bridge for the whole winter.",
        "Engineers found cracks in two of the bridge's steel supports during a check in October.",
        "Repairs will start in the spring and are expected to take about two years, she said.",
        "Drivers will be sent over the ring road, which adds about ten minutes to the trip.",
    ],
    "de": [
        "Der Stadtrat hat am Montag beschlossen, die alte Flussbrücke den Winter über zu sperren.",
        "Bei einer Prüfung im Oktober fanden Ingenieure Risse in zwei Stahlträgern der Brücke.",
        "Die Reparatur beginnt im Frühjahr und dauert nach Angaben der Stadt etwa zwei Jahre.",
        "Autofahrer werden über die Ringstraße umgeleitet, was etwa zehn Minuten mehr kostet.",
    ],
    "es": [
        "El ayuntamiento decidió el lunes cerrar el viejo puente del río durante todo el invierno.",
        "Los ingenieros hallaron grietas en dos soportes de acero del puente durante una revisión.",
        "Las obras empezarán en primavera y durarán unos dos años, según el equipo municipal.",
        "Los conductores irán por la ronda, lo que añade unos diez minutos al trayecto diario.",
    ],
}
TAIL = {
    "en": ["Most read", "Storm hits the coast", "Prices rise again", "New school opens"],
    "de": ["Meistgelesen", "Sturm trifft die Küste", "Preise steigen wieder", "Neue Schule"],
    "es": ["Lo más leído", "Tormenta en la costa", "Los precios suben", "Nueva escuela"],
}
# a page's label and the lower-case block under it, which no link cut
PAIRS = {
    "en": ("Copy this link", "https://news.example.org/city/2024/11/bridge-closed"),
    "de": ("Service", "mehr Nachrichten aus der Region und dem Umland"),
    "es": ("Relacionados", "lo más visto hoy en la sección de economía"),
}


def _page(lang: str, middle: list[str], furniture: bool = True) -> list[str]:
    text = [*TEXT[lang][:2], *middle, *TEXT[lang][2:]]
    return [*HEAD[lang], *text, *TAIL[lang]] if furniture else text


def kept_break(lines: list[str], a: str, b: str) -> tuple[bool, set[str]]:
    """Whether the break between the lines ``a`` and ``b`` is kept, and the rules that kept it."""
    fixed = newsdump.repair(lines)
    first = lines.index(a) + 1
    assert lines[first] == b
    joined = any(e.kind == "join" and e.applied and e.lines[0] == first for e in fixed.edits)
    rules = {e.rule for e in fixed.edits if e.kind == "keep" and e.lines == (first, first + 1)}
    return not joined, rules


def test_a_pages_lower_case_block_keeps_its_break() -> None:
    # joined on the old code (``lower-case-start``), in each language
    for lang, (label, block) in PAIRS.items():
        kept, rules = kept_break(_page(lang, [label, block]), label, block)
        assert kept, lang
        assert "furnished-page-line" in rules, lang


def test_an_articles_text_without_furniture_is_left_to_the_rules() -> None:
    # the same lines without the page's menus and tail: an article's text cut at links, as
    # train's records are, where a short line in lower case is as often a link's text
    label, block = PAIRS["en"]
    kept, rules = kept_break(_page("en", [label, block], furniture=False), label, block)
    assert not kept
    assert "furnished-page-line" not in rules


CUT = {
    # a link's cut: the text after the link ends the sentence
    "en": ("The bridge was built in 1931 by the firm of Harland Steel", "and opened a year later."),
    "de": ("Die Brücke baute 1931 die Firma Rheinstahl", "im Auftrag der Stadt Köln."),
    "es": (
        "El puente lo construyó en 1931 la empresa Aceros del Norte",
        "por encargo de la ciudad.",
    ),
    # the sentence goes on in lower case on the line after
    "fr": ("Malgré les tentatives de la mairie", "pour mettre fin au mouvement"),
}


def test_a_link_cut_in_the_same_page_still_joins() -> None:
    for lang, (before, after) in CUT.items():
        page = "en" if lang == "fr" else lang
        middle = [before, after]
        if lang == "fr":
            middle.append("les grévistes occupent toujours le bâtiment depuis lundi matin.")
        kept, rules = kept_break(_page(page, middle), before, after)
        assert not kept, lang
        assert "furnished-page-line" not in rules, lang


def test_a_handles_or_a_tags_link_and_an_address_join() -> None:
    # the text after a handle or a tag, and an e-mail address, are a link's as often as not
    for before, after in [
        ("Malgré les tentatives de @UnivRivage2", "pour mettre fin au mouvement"),
        ("Show us your bread on Instagram with #sundaybake", "and tag a friend"),
        ("Fragen an die Redaktion richten Sie an Anna Berg", "anna.berg@zeitung.example.de"),
    ]:
        _, rules = kept_break(_page("en", [before, after]), before, after)
        assert "furnished-page-line" not in rules, before


def _facts(lines: list[str]) -> object:
    return private("_repair_context").LineFacts(lines, lines, [False] * len(lines))


def test_furnished_counts_noise_and_the_lines_outside_the_article() -> None:
    _pages, _rules = private("_repair_furnished"), private("_repair_rules")
    tail = _rules.Aside("noise", "noise:tail", 0.8)
    heading = _rules.Aside("heading", "heading-shape", 0.8)
    n = _pages.FURNITURE_MIN
    assert not _pages.furnished([tail] * (n - 1) + [heading] * 5, None)
    assert _pages.furnished([tail] * (n - 1) + [None], [None] * (n - 1) + [heading])
    assert not _pages.furnished([None] * 9, [None] * 9)


WORDS = st.sampled_from(
    ["river", "bridge", "council", "winter", "steel", "spring", "road", "town", "market"]
)
PIECE = st.lists(WORDS, min_size=3, max_size=8).map(" ".join)


@given(label=st.sampled_from(["Service", "Related", "Weather", "Events"]), block=PIECE)
def test_a_generated_pages_blocks_keep_every_break(label: str, block: str) -> None:
    # a label and a lower-case block that ends no sentence, in a page with its furniture
    # (kept by this rule, or by another that reads the block as the page's: not joined)
    kept, _ = kept_break(_page("en", [label, block]), label, block)
    assert kept


@given(head=PIECE, tail=PIECE, name=st.sampled_from(["Harland Steel", "City Hall", "Anna Berg"]))
def test_the_same_text_cut_at_a_link_is_joined_back(head: str, tail: str, name: str) -> None:
    # a sentence cut after a link's text (``… Harland Steel`` / ``and …``) whose rest ends it
    sentence = f"{head.capitalize()} said {name} and {tail}."
    before, after = f"{head.capitalize()} said {name}", f"and {tail}."
    fixed = newsdump.repair(_page("en", [before, after]))
    assert sentence in [b.text for b in fixed.blocks]


@given(prev=PIECE, line=PIECE, stop=st.sampled_from([".", "!", "?"]))
def test_a_line_that_ends_a_sentence_is_no_block_of_its_own(
    prev: str, line: str, stop: str
) -> None:
    lines = [prev.capitalize(), line + stop]
    assert not private("_repair_furnished").block_start(1, lines, _facts(lines))
