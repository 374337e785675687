"""Breaks a page rendered one block a line keeps: a byline's two lines, and the line after a
function word that cannot be a link's text alone (issue #19, item 3).

A record whose lines are whole paragraphs (`lines_are_paragraphs`: twenty prose lines and no
prose line cut and continued) was cut at no link, so a by-word alone and the name under it
(``By`` / ``Marianne Holst``) are two blocks of the page, each a byline.  A page holding its
furniture (menus, head and tail set aside) without a link's mark keeps the break after a line
ending in a function word when the next line is a sentence, ends its sentence or holds no
letter (``… diese Form des`` / ``Journalismus.``): where a scraper broke the lines before a
link as well as after it, the link's text stands alone (``Follow Anna on`` / ``Mastodon``) and
its stop goes to the next line.  Every example is invented.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.target import newsdump
from tests.test_joins9_pages import HEAD, TAIL, TEXT, kept_break
from tests.test_joins10_pages import _page as marked_page

# twenty finished prose lines: a record of whole paragraphs (`PROSE_MIN`)
PLACES = ["Kiel", "Rostock", "Bremerhaven", "Wismar", "Lübeck", "Emden", "Cuxhaven"]
PROSE = {
    "en": [
        f"The harbour board of {PLACES[n % 7]} met for the {n + 2}th time and agreed on a budget."
        + " It was late." * (n % 3)
        for n in range(20)
    ],
    "de": [
        f"Der Hafenrat von {PLACES[n % 7]} tagte zum {n + 2}. Mal und einigte sich auf einen Etat."
        + " Es war spät." * (n % 3)
        for n in range(20)
    ],
    "es": [
        f"La junta de {PLACES[n % 7]} se reunió por {n + 2}ª vez y aprobó un presupuesto."
        + " Era tarde." * (n % 3)
        for n in range(20)
    ],
}
BYLINE = {
    "en": ("By", "Marianne Holst"),
    "de": ("Von", "Jasper Lindqvist"),
    "es": ("Por", "Ana Ruiz"),
}
# a sentence cut at a link: the record is no longer one of whole paragraphs
CUT = ["The talks ended without a deal, said the", "United Nations", "envoy after the meeting."]


def _blocks(lines: list[str], a: str, b: str) -> list[tuple[str, str]]:
    fixed = newsdump.repair(lines)
    return [(blk.kind, blk.text) for blk in fixed.blocks if blk.text in (a, b, f"{a} {b}")]


def test_a_byline_in_a_record_of_whole_paragraphs_is_two_blocks() -> None:
    # joined on the old code (``byline-join``), in each language
    for lang, (by, name) in BYLINE.items():
        lines = [*PROSE[lang][:10], by, name, *PROSE[lang][10:]]
        kept, _ = kept_break(lines, by, name)
        assert kept, lang
        assert _blocks(lines, by, name) == [("byline", by), ("byline", name)], lang


def test_a_byline_in_a_record_cut_at_links_is_one_block() -> None:
    by, name = BYLINE["en"]
    lines = [*PROSE["en"][:10], by, name, *PROSE["en"][10:], *CUT]
    kept, _ = kept_break(lines, by, name)
    assert not kept
    assert _blocks(lines, by, name) == [("byline", f"{by} {name}")]


# a line ending in a function word, and a line after it that no link's text alone would be
AFTER_WORD = {
    "en": ("If you liked this story, please support this kind of", "Journalism."),
    "de": ("Gefällt Ihnen unsere Arbeit? Dann empfehlen Sie diese Art des", "Lokaljournalismus."),
    "es": ("Si le gustó el artículo, suscríbase a la edición impresa del", "Diario del Puerto."),
    "en-count": ("Our reporter has covered the harbour for years and works on", "3"),
}


def _page(lang: str, middle: list[str], furniture: bool = True) -> list[str]:
    page = "en" if lang not in TEXT else lang
    text = [*TEXT[page][:2], *middle, *TEXT[page][2:]]
    return [*HEAD[page], *text, *TAIL[page]] if furniture else text


def test_a_line_after_a_function_word_in_a_furnished_page_keeps_its_break() -> None:
    # joined on the old code (``function-word-at-end``), in each language
    for lang, (before, after) in AFTER_WORD.items():
        kept, rules = kept_break(_page(lang, [before, after]), before, after)
        assert kept, lang
        assert "furnished-after-function-word" in rules, lang


def test_a_links_text_alone_after_a_function_word_still_joins() -> None:
    # a link's text alone on its line (a scraper that breaks before links too), its stop after
    for before, after in [
        ("Follow our reporter Anna Berg on", "Mastodon"),
        ("Mehr dazu im", "Podcast"),
    ]:
        _, rules = kept_break(_page("en", [before, after, "."]), before, after)
        assert "furnished-after-function-word" not in rules, before


def test_without_the_pages_furniture_the_rules_decide() -> None:
    before, after = AFTER_WORD["de"]
    _, rules = kept_break(_page("de", [before, after], furniture=False), before, after)
    assert "furnished-after-function-word" not in rules


WORDS = st.sampled_from(["river", "bridge", "council", "winter", "steel", "harbour", "market"])


@given(
    word=st.sampled_from(["of", "the", "with", "for", "about"]),
    last=st.lists(WORDS, min_size=1, max_size=3).map(" ".join),
    stop=st.sampled_from([".", "!", "?"]),
    furniture=st.booleans(),
)
def test_a_generated_sentence_end_after_a_function_word_is_kept_only_in_a_furnished_page(
    word: str, last: str, stop: str, furniture: bool
) -> None:
    before, after = f"We will keep writing about the state {word}", f"{last.capitalize()}{stop}"
    _, rules = kept_break(_page("en", [before, after], furniture), before, after)
    assert ("furnished-after-function-word" in rules) == furniture


# a line ending a sentence with a full stop, and a line opening with a colon: a page's own mark
COLON = {
    "en": (
        "Most of my readers find me through the newsletter.",
        ":: Which tools do you use for your work online, and why these ones.",
    ),
    "de": (
        "Ich bin auch bei LinkedIn sehr gerne unterwegs.",
        ":: Welche Tools nutzt Du für Deine Arbeit im Netz, und warum gerade diese.",
    ),
    "es": (
        "La crisis se vive sobre todo en el norte.",
        ": Boric habló el lunes de las expulsiones en la frontera, dijo la ministra.",
    ),
}


def test_a_colon_after_a_full_stop_keeps_its_break() -> None:
    # joined on the old code (``closing-punctuation-start``), in each language
    for lang, (before, after) in COLON.items():
        kept, rules = kept_break(_page(lang, [before, after]), before, after)
        assert kept, lang
        assert "colon-after-stop" in rules, lang


def test_a_colon_after_a_links_text_or_an_abbreviation_still_joins() -> None:
    for before, after in [
        ("The figures were published by Harland Steel", ": sales fell by a tenth, it said."),
        ("The report was written for Acme Corp.", ": sales fell by a tenth, it said."),
    ]:
        kept, rules = kept_break(_page("en", [before, after]), before, after)
        assert not kept, before
        assert "colon-after-stop" not in rules, before


@given(
    last=st.lists(WORDS, min_size=2, max_size=5).map(" ".join),
    mark=st.sampled_from([":", "::", ";"]),
    tail=st.lists(WORDS, min_size=4, max_size=8).map(" ".join),
)
def test_a_generated_colon_after_a_full_stop_is_kept(last: str, mark: str, tail: str) -> None:
    before, after = f"We saw the {last}.", f"{mark} {tail.capitalize()}, as we were told."
    _, rules = kept_break(_page("en", [before, after]), before, after)
    assert "colon-after-stop" in rules


# two short items of a list opening with the same name in lower case, in a page whose
# reader's post shows a link's marks (joins10's page), so that `apart` leaves them to the rules
ALIKE = {
    "en": ("iLumen 5 (14 cm)", "iLumen 5 Max (16 cm)", "iLumen 5 Pro (14 cm)"),
    "de": ("eBike Touren Nord", "eBike Touren Süd", "eBike Touren West"),
    "es": ("iLumen 5 (14 cm)", "iLumen 5 Max (16 cm)", "iLumen 5 Pro (14 cm)"),
}


def _marked_page(lang: str, middle: list[str]) -> list[str]:
    return marked_page(lang, middle)


def test_two_short_items_opening_alike_keep_their_break() -> None:
    # joined on the old code (``lower-case-start``), in each language
    for lang, items in ALIKE.items():
        kept, rules = kept_break(_marked_page(lang, list(items)), items[0], items[1])
        assert kept, lang
        assert "same-start-items" in rules, lang


def test_a_links_cut_does_not_open_alike() -> None:
    # the same first word after a function word, or a sentence going on, is left to the rules
    # (two links, ``Kiel Hafen`` and ``Kiel Nord``: a common word may open both lines)
    for one, two in [
        ("Follow us on", "on the road"),
        ("die neue Karte", "die Schutzhütten zeigt"),
        ("Kiel Hafen", "Kiel Nord"),
    ]:
        _, rules = kept_break(_marked_page("de", [one, two, "Das ist alles."]), one, two)
        assert "same-start-items" not in rules, one


@given(
    word=st.sampled_from(["iLumen", "eBike", "xPlore", "iPad"]),
    one=st.lists(WORDS, min_size=1, max_size=2).map(" ".join),
    two=st.lists(WORDS, min_size=1, max_size=2).map(" ".join),
)
def test_generated_short_items_opening_alike_are_kept(word: str, one: str, two: str) -> None:
    a, b = f"{word} {one}", f"{word} {two} 2"
    lines = _marked_page("en", [a, b, "That is all."])
    _, rules = kept_break(lines, a, b)
    assert "same-start-items" in rules
