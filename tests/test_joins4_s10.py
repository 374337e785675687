"""Lines of their own in any one-block-a-line record, link marks or not (issue #19, item 3;
`_repair_apart.own_line`), tenth session: a price's tax note (`tax_note`), a name in lower case
after a sentence's end (`name_start`), numbered items (`numbered_item`) and dash items glued to
a capital (`dash_item`).  Every example is invented for these tests (no corpus text)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdump._repair import apply_edits, repair
from newsdump._repair_apart import dash_item, numbered_item, own_line, tax_note
from newsdump._repair_context import LineFacts
from newsdump._repair_registry import RULES
from tests.marked_records import PROSE, block_texts, is_marked, marked_record

_PROSE = PROSE


_MENU = RULES["menu-line"].decision
_SIGN = RULES["sign-line"].decision


def _records(middle: list[str]) -> list[list[str]]:
    """``middle`` in a record with a link's mark and in one of whole paragraphs."""
    marked = marked_record(_PROSE, middle)
    assert is_marked(marked)
    return [marked, [*_PROSE, *middle, *_PROSE]]


def _rules_at(lines: list[str], line: str) -> list[str]:
    """The rules of the edits on the break before ``line`` (1-based input numbers)."""
    n = lines.index(line) + 1
    return [e.rule for e in repair(lines).edits if e.lines == (n - 1, n)]


_SHOP = [
    ("Wanderkarte Allgäu, 1:50 000 7,99 €", "inkl. 19 % MwSt."),
    ("Carte de randonnée du Jura 12,50 €", "ttc, livraison offerte"),
    ("Hiking map of the Lake District £8.99", "incl. VAT"),
    ("Mapa senderista de Picos de Europa 9,95 €", "iva incluido"),
]


@pytest.mark.parametrize(("price", "note"), _SHOP)
def test_a_prices_tax_note_keeps_its_break(price: str, note: str) -> None:
    for lines in _records([price, note, "Weitere Karten"]):
        assert note in block_texts(lines)  # (the old code joined it: lower-case-start)
        assert "tax-note" in _rules_at(lines, note)


@pytest.mark.parametrize(
    ("prev", "line", "want"),
    [
        ("Set of 4 mugs 24,90 €", "inkl. MwSt., zzgl. Versand", True),
        ("Ticket $25", "incl. fees", True),
        ("The cheapest of them was sold on", "incl. a charger", False),
        ("Die Karte kostet 7,99 €", "und ist im Rathaus erhältlich.", False),
        ("Room 12", "inkl. Frühstück", False),
    ],
)
def test_tax_note(prev: str, line: str, want: bool) -> None:
    assert tax_note(prev, line) is want


_MENUS = [
    (
        "Start | Politik | Wirtschaft | Sport | Kultur | Kontakt",
        "Hinweise auf Missstände melden Sie bitte an die Redaktion",
    ),
    ("关于我们 | 广告服务 | 招聘英才 | 联系我们 | 网站声明", "本网站所有内容未经书面授权禁止使用"),
    ("الرئيسية | سياسة | اقتصاد | رياضة | ثقافة", "جميع الحقوق محفوظة لموقعنا الإخباري"),
]


@pytest.mark.parametrize(("menu", "after"), _MENUS)
def test_a_menu_line_keeps_its_breaks(menu: str, after: str) -> None:
    for lines in _records(["Kontakt", menu, after]):
        assert menu in block_texts(lines)  # (the old code joined the Chinese menu to its footer)
    texts = ["Kontakt", menu, after]
    info = LineFacts(texts, texts, [False] * 3)
    assert [own_line(i, texts, info) for i in (1, 2)] == [_MENU, _MENU]


def test_a_menu_line_before_a_continuation_or_a_stop_still_joins() -> None:
    lines = marked_record(
        _PROSE, ["Pressestelle: Anna Berg | Jan Roth | Eva Lind | Tom Kern", "sowie die Redaktion."]
    )
    assert "Pressestelle: Anna Berg | Jan Roth | Eva Lind | Tom Kern sowie die Redaktion." in (
        block_texts(lines)
    )
    lines = marked_record(
        _PROSE, ["Kinder: 12 € | Senioren: 15 € | Gruppen: 10 € | Alle Preise", "."]
    )
    assert "Kinder: 12 € | Senioren: 15 € | Gruppen: 10 € | Alle Preise." in block_texts(lines)


@pytest.mark.parametrize("sign", ["←", "→", "<", ">", "•", "← →"])
def test_a_line_of_signs_alone_is_a_line_of_its_own(sign: str) -> None:
    texts = ["Teilen auf Facebook Twitter Mastodon", sign, "Weitere Artikel"]
    info = LineFacts(texts, texts, [False] * 3)
    assert own_line(1, texts, info) == _SIGN  # (the old code's model joined ``…`` / ``<``)
    for lines in _records(texts):
        assert sign in block_texts(lines)


@pytest.mark.parametrize("line", ["–", "-", "..."])
def test_a_dash_or_dots_alone_is_no_sign_line(line: str) -> None:
    texts = ["Paris", line, "Berlin"]
    assert own_line(1, texts, LineFacts(texts, texts, [False] * 3)) is None


_NUMBERED = [
    ["Mehr zum Thema Strom", ".1: Neue Tarife ab Mai.", ".2: Wechsel leicht gemacht."],
    ["More on energy", ".1: Why the bills went up.", ".2: How to switch supplier.", ".3: FAQ."],
]


@pytest.mark.parametrize("items", _NUMBERED)
def test_numbered_items_keep_their_breaks(items: list[str]) -> None:
    for lines in _records(items):
        texts = block_texts(lines)
        assert all(x in texts for x in items)  # (closing-punctuation-start joined them)
        assert "numbered-item" in _rules_at(lines, items[1])


@pytest.mark.parametrize(
    ("lines", "i", "want"),
    [
        (["Mehr zum Thema", ".1: Neue Tarife ab Mai.", ".2: Wechsel leicht gemacht."], 1, True),
        (["Die neue Version 3", ".12: was sich ändert"], 1, False),
        (["Python 3", ".12 brings faster startup."], 1, False),
    ],
)
def test_numbered_item(lines: list[str], i: int, want: bool) -> None:
    assert numbered_item(i, lines) is want


def test_dash_items_glued_to_a_capital_keep_their_breaks() -> None:
    items = [
        "Más noticias de la región",
        "-Un nuevo puente unirá las dos orillas del río",
        "-La historia del tranvía que vuelve a la ciudad",
        "-Los vecinos del centro piden más zonas verdes",
    ]
    for lines in _records(items):
        texts = block_texts(lines)
        assert all(x in texts for x in items[1:])  # (dash-continues joined them)


@pytest.mark.parametrize(
    ("lines", "i", "want"),
    [
        (["-Nuevo puente sobre el río", "-La historia del viejo tranvía"], 1, True),
        (["Die neue Pollen", "-Karte zeigt die Werte", "-Messungen im Boden"], 1, False),
        (["die Radon", "-karte zeigt", "-messungen"], 1, False),
    ],
)
def test_dash_item_glued(lines: list[str], i: int, want: bool) -> None:
    assert dash_item(i, lines) is want


def test_a_compound_cut_at_a_link_still_joins() -> None:
    lines = marked_record(
        _PROSE, ["Das Amt zeigt die neue Radon", "-Karte seit Montag online.", "-Messungen folgen."]
    )
    assert "Das Amt zeigt die neue Radon-Karte seit Montag online." in " ".join(block_texts(lines))


_PRICE = st.from_regex(r"[1-9]\d{0,2},\d\d €", fullmatch=True)
_NOTE = st.sampled_from(["inkl. MwSt.", "inkl. 19 % MwSt.", "incl. VAT", "TTC", "IVA incluido"])


@settings(max_examples=60, deadline=None)
@given(_PRICE, _NOTE)
def test_a_price_box_is_never_joined_and_replays(price: str, note: str) -> None:
    items = [f"Wanderkarte {price}", note, f"Stadtplan {price}", note]
    for lines in _records(items):
        fixed = repair(lines)
        texts = [b.text for b in fixed.blocks]
        assert all(x in texts for x in items)
        assert apply_edits(lines, fixed.edits) == fixed.blocks
        again = repair(texts)  # (repairing the repaired text changes nothing)
        assert [b.text for b in again.blocks] == texts
