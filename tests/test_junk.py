"""Page junk (issue #19): labels inside the article, the article's bounds, `Block.rule`.

All text is invented for these tests.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsdump
from newsdump._model import Article, Block
from newsdump._repair import apply_edits, repair
from newsdump._repair_bounds import article_bounds, bounds_asides, is_prose
from newsdump._repair_labels import LABEL_RULES, label_aside
from newsdump._repair_registry import RULES

# --- labels: each rule fires on its lines, in several languages, and not on sentences -----------

FIRES = {
    "noise:ad-label": [
        "Advertisement",
        "Advertisement 2",
        "Story continues below advertisement",
        "Werbung überspringen",
        "Passer la publicité",
        "Reklama",
        "Publicidad",
    ],
    "noise:read-also": [
        "Read also: Bridge closes for the winter",
        "Lee también",
        "Czytaj więcej",
        "Zum selben Thema",
        "À lire aussi : le pont ferme",
        "Also read: Bridge closes for the winter",
        "También puede leer: El puente cierra en invierno",
        "Sehen Sie auch: Die Brücke im Winter",
        "Se også: Broen stenges",
    ],
    "noise:caption": [
        "Anna Berg | Photo: Northern Agency",
        "Tomas Lind / Foto: Agentur Nord",
        "(Getty Images)",
        "Image credits: Harbour Press",
        "Bild: Stadtarchiv",
    ],
    "noise:embed": [
        "— Mara Lind (@maralind) March 16, 2020",
        "A post shared by Harbour Café",
        "Ein Beitrag geteilt von Stadtbibliothek",
    ],
    "noise:agency-line": ["(dpa)", "AFP/Reuters", "Mit Material von dpa"],
    "noise:relative-time": ["21 hours ago", "vor 2 Stunden", "hace 37 minutos", "il y a 3 heures"],
    "noise:nav": ["Privacy policy", "Zur Startseite", "Aviso legal", "Article content"],
    "noise:media": [
        "Play video",
        "Bilderstrecke starten (12 Bilder)",
        "Voir le diaporama",
        "Ver galería",
        "Placeholder image-3",
        "4:05 min",
    ],
    "noise:paywall": [
        "Subscribers only",
        "Nur für Abonnenten",
        "Réservé aux abonnés",
        "Esta funcionalidad es sólo para suscriptores",
        "Только для подписчиков",
    ],
}

SENTENCES = [
    "Follow the council on Facebook, Twitter and Instagram, the mayor said on Monday.",
    "The advertisement ran for three weeks before the regulator stopped it.",
    "Werbung für Zigaretten ist in der Stadt seit 2019 verboten.",
    "La publicité a coûté plus que prévu, selon la mairie.",
    "Read also the council's report, which was published in May.",
    "The photo shows the mayor at the opening of the bridge.",
    "Reuters and AFP reported the vote first.",
    "The meeting ended 21 hours later than planned.",
    "Our privacy policy changed in May, the company said in a statement.",
    "Reklama pojawiła się w gazecie w poniedziałek rano.",
    "Play video games for an hour a day, the study advises parents.",
    "Die Bildergalerie im Rathaus ist ab Montag wieder geöffnet.",
    "Subscribers only pay half the price for the new service.",
    "Also read the report, the mayor told the council on Monday.",
    # a sentence about pictures is no credit (before, the caption's ``Bilder von`` took it)
    "Bilder von der Sitzung sind über das Fotoservice des Rates kostenlos abrufbar.",
    "Pictures by the city's photographers are free to use for the press on request.",
]


@pytest.mark.parametrize(("rule", "line"), [(r, x) for r, xs in FIRES.items() for x in xs])
def test_a_label_rule_fires_on_its_lines(rule: str, line: str) -> None:
    found = label_aside(line)
    assert found is not None, line
    assert found.rule == rule
    assert RULES[rule].block_kind == "noise"


@pytest.mark.parametrize("line", SENTENCES)
def test_no_label_rule_fires_on_a_sentence(line: str) -> None:
    assert label_aside(line) is None


def test_every_label_rule_has_examples() -> None:
    # the credited caption and the title repeated have theirs in tests/test_junk_inside.py,
    # the slashed credit and the teaser's headline in tests/test_inside2_*.py, the labelled
    # caption, the shop's button and the stamp in tests/test_inside3_rules.py, the credit
    # without a colon, the doubled line and the repeat in tests/test_inside5_captions.py
    others = {
        "noise:photo-by",
        "noise:doubled",
        "noise:repeat",
        "noise:credited-caption",
        "noise:title",
        "noise:slash-credit",
        "noise:teaser-headline",
        "noise:caption-label",
        "noise:shop-link",
        "noise:stamp",
        "noise:gallery-count",
        "noise:refrain",  # (tests/test_inside7_refrain.py)
        "noise:repeated-box",  # (tests/test_inside8_boxes.py)
        "noise:contents",  # (tests/test_inside17_contents.py)
    }
    assert set(FIRES) | others == LABEL_RULES


def test_labels_between_paragraphs_are_noise_blocks_that_name_their_rule() -> None:
    lines = [
        "The council voted on Monday to close the old bridge for the winter months.",
        "Anna Berg | Photo: Northern Agency",
        "Story continues below advertisement",
        "Repairs will start in the spring and take two years, the mayor said.",
    ]
    blocks = repair(lines).blocks
    assert [(b.kind, b.rule) for b in blocks] == [
        ("paragraph", None),
        ("noise", "noise:caption"),
        ("noise", "noise:advertisement"),  # an older rule knows this one
        ("paragraph", None),
    ]


def test_a_sentence_naming_networks_cut_at_its_links_is_no_share_bar() -> None:
    lines = [
        "The police asked witnesses on",
        "Facebook",
        ", Twitter",
        ", and Instagram",
        "to go.",
    ]
    blocks = repair(lines).blocks
    assert [(b.kind, b.text) for b in blocks] == [
        ("paragraph", "The police asked witnesses on Facebook, Twitter, and Instagram to go.")
    ]


def test_a_share_bar_is_still_set_aside() -> None:
    blocks = repair(["It rained all day in Lisbon.", "Share", "Facebook", "Twitter"]).blocks
    assert [b.kind for b in blocks] == ["paragraph", "noise", "noise", "noise"]


# --- the article's bounds ---------------------------------------------------------------------

ARTICLE_EN = [
    "The council voted on Monday to close the old bridge for the winter months.",
    "Repairs will start in the spring and take two years, the mayor told reporters.",
    "Anna Berg writes about the city for the paper and has covered the council since 2015.",
]
ARTICLE_DE = [
    "Der Rat hat am Montag beschlossen, die alte Brücke über den Winter zu sperren.",
    "Die Arbeiten sollen im Frühjahr beginnen und zwei Jahre dauern, sagte die Bürgermeisterin.",
]
TAIL_EN = ["Most read", "Storm hits the coast", "Team wins the cup", "Prices rise again"]
TAIL_DE = ["Meistgelesen", "Sturm trifft die Küste", "Team gewinnt den Pokal", "Preise steigen"]


@pytest.mark.parametrize(
    ("article", "tail"), [(ARTICLE_EN, TAIL_EN), (ARTICLE_DE, TAIL_DE)], ids=["en", "de"]
)
def test_the_tail_after_the_article_is_noise(article: list[str], tail: list[str]) -> None:
    blocks = repair(["Anmelden", *article, *tail]).blocks
    # "Most read" / "Meistgelesen" is page chrome by its words; the tail starts there.  The
    # short line before the article is head noise, heading-shaped or not (on junk-dev such lines
    # are junk 155 times to 5)
    assert [(b.kind, b.rule) for b in blocks] == [
        ("noise", "noise:head"),
        *[("paragraph", None)] * len(article),
        ("noise", "noise:page-chrome"),
        *[("noise", "noise:tail")] * (len(tail) - 1),
    ]


def test_a_short_label_before_the_article_is_head_noise() -> None:
    found = bounds_asides(["Share", *ARTICLE_EN], [False] * 4, [None] * 4)
    assert found is not None
    assert [a.rule if a else None for a in found[0]] == ["noise:head", None, None, None]


def test_a_closing_paragraph_stays_and_a_tail_needs_a_sign() -> None:
    # the author's bio is prose: it stays; a list that ends the article with no label before
    # it (and no headline run, no dates) stays too
    lines = [*ARTICLE_EN, "Opening hours", "Monday", "Tuesday", "Friday"]
    assert all(b.kind != "noise" for b in repair(lines).blocks)


def test_a_short_first_paragraph_stays() -> None:
    blocks = repair(["It rained.", *ARTICLE_EN, *TAIL_EN]).blocks
    assert blocks[0].kind == "paragraph"


def test_a_record_of_lists_is_not_bounded() -> None:
    lines = ["Results", "1. Oslo 3:2", "2. Bergen 1:1", "The season ends in May with two games."]
    assert article_bounds(lines, [False] * 4) is None
    assert bounds_asides(lines, [False] * 4, [None] * 4) is None


def test_a_run_cut_at_links_is_scored_as_one_piece() -> None:
    # "Talks with" / "Milena Dortkov" / "ended on Monday …": one sentence, prose as a whole
    lines = ["Share", "Talks with", "Anna Berg", "ended on Monday without a deal, officials said."]
    lines += ARTICLE_EN + TAIL_EN
    blocks = repair(lines).blocks
    assert blocks[1].text.startswith("Talks with Anna Berg ended")
    assert blocks[1].kind == "paragraph"


@pytest.mark.parametrize(
    ("line", "prose"),
    [
        ("The council voted on Monday to close the old bridge for the winter.", True),
        ("Die Stadt schließt die alte Brücke über den Winter, sagte der Rat.", True),
        ("Kaupunki sulkee vanhan sillan talveksi, kertoi valtuusto maanantaina tänään.", False),
        ("Kaupunki sulkee vanhan sillan talveksi, kertoi valtuusto. Työt alkavat keväällä.", True),
        ("市议会周一投票决定在冬季关闭旧桥，维修工作将于春季开始并持续两年。", True),
        ("Council votes to close old bridge for winter", False),
        ("Mehr aus der Region", False),
    ],
)
def test_prose(line: str, prose: bool) -> None:
    assert is_prose(line) is prose


def test_replay_rebuilds_the_blocks_with_their_rules() -> None:
    lines = ["Anmelden", *ARTICLE_EN, "Anna Berg | Photo: Northern Agency", *TAIL_EN]
    fixed = repair(lines)
    assert apply_edits(lines, fixed.edits) == fixed.blocks
    assert [b.rule for b in apply_edits(lines, fixed.edits)] == [b.rule for b in fixed.blocks]


def test_blocks_outside_the_article_are_set_aside_by_edits() -> None:
    lines = [*ARTICLE_EN, *TAIL_EN]
    edits = [e for e in repair(lines).edits if e.kind == "set-aside"]
    assert [(e.lines[0], e.rule) for e in edits] == [(4, "noise:page-chrome")] + [
        (n, "noise:tail") for n in range(5, 8)
    ]


# --- Block.rule in the model --------------------------------------------------------------------


def test_block_rule_round_trips_and_old_dicts_still_read() -> None:
    a = Article(
        title="Brücke",
        blocks=(Block("paragraph", "Erster."), Block("noise", "Teilen", rule="noise:tail")),
    )
    d = a.to_dict()
    assert d["blocks"][1]["rule"] == "noise:tail"
    assert Article.from_dict(d) == a
    for block in d["blocks"]:
        del block["rule"]  # a dict written before the field existed
    old = Article.from_dict(d)
    assert [b.rule for b in old.blocks] == [None, None]
    assert old.text == "Erster."


def test_text_and_paragraphs_leave_noise_out() -> None:
    text = " date 2023-02-07 Example\nTitle\nLede.\n" + "\n".join([*ARTICLE_EN, *TAIL_EN])
    [a] = newsdump.parse(text)
    assert "Most read" not in a.text
    assert a.paragraphs == tuple(ARTICLE_EN)
    assert {b.rule for b in a.blocks if b.kind == "noise"} == {"noise:page-chrome", "noise:tail"}


# --- blank-line layouts keep every paragraph break ----------------------------------------------

_WORD = st.sampled_from(
    [
        "the",
        "council",
        "voted",
        "bridge",
        "winter",
        "der",
        "Rat",
        "hat",
        "Brücke",
        "le",
        "conseil",
        "pont",
        "hiver",
    ]
)
_SENTENCE = st.builds(
    lambda ws, end: " ".join(ws).capitalize() + end,
    st.lists(_WORD, min_size=1, max_size=14),
    st.sampled_from([".", "!", "?", ""]),
)
_PARAGRAPH = st.builds(" ".join, st.lists(_SENTENCE, min_size=1, max_size=3))


@given(st.lists(_PARAGRAPH, min_size=1, max_size=8))
def test_blank_line_layouts_keep_every_paragraph_break(paras: list[str]) -> None:
    lines: list[str] = []
    for p in paras:
        lines += [p, ""]
    blocks = repair(lines[:-1]).blocks
    assert [b.text for b in blocks] == paras
    assert [b.first_line for b in blocks] == list(range(1, 2 * len(paras), 2))


@pytest.mark.parametrize("blank", [False, True])
def test_a_word_a_sentence_introduces_with_a_colon_is_no_tag(blank: bool) -> None:
    # a command after "…:" in a tutorial; before, it was a `noise:tag-word` and left the text
    body = [
        "Die Daten liegen jetzt vor, und wir können mit der Suche nach den Adressen beginnen.",
        "Wie bei HTTP beginnen wir auch hier wieder mit dem passenden Filter:",
        "dns",
        "Dann ein Paket auswählen und die Abfrage aufklappen, um den Namen zu sehen.",
    ]
    sep = "\n\n" if blank else "\n"
    record = " date 2024-03-02 https://example.org/dns\nDNS lesen\nWie man Namen findet.\n"
    [article] = newsdump.parse(record + sep.join(body))
    assert "dns" in article.text.split()
    # a tag list after a label's colon is still one
    tags = [*body[:1], body[3], "Tags:", "hotel", "wellness", "winter"]
    [article] = newsdump.parse(record + sep.join(tags))
    assert "wellness" not in article.text
