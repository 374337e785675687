"""The record-level and line-shape evidence the join model reads (issue #18): which capitalised
words a record uses inside sentences, whether it capitalises nouns, abbreviations and ordinals
before a full stop, bracketed asides and addresses alone on a line.  Every example is invented
for these tests, in several languages, with cases where the evidence must not fire."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdump import BreakReport, explain
from newsdump._repair_evidence import (
    COMMAS,
    NOUN_MIN_WORDS,
    capitals,
    ends_in_abbreviation,
    ends_in_title,
    first_word,
    is_address,
    is_bracketed,
    is_ideograph,
    is_post_link,
    latin_after_ideograph,
    quotes_lower,
    used_inside,
)

GERMAN = [
    "Die Stadtverwaltung hat am Montag mit den Vertretern der Berliner Clubszene über neue"
    " Lärmschutzregeln gesprochen.",
    "Nach Angaben der Sprecherin sollen die Clubs in den Sommermonaten früher schließen, die"
    " Betreiber lehnen den Vorschlag jedoch ab.",
    "Eine Entscheidung wird erst im Herbst erwartet, wenn der Senat den Haushalt berät.",
]
ENGLISH = [
    "The city council met representatives of the club scene on Monday to discuss new rules on"
    " noise.",
    "According to a spokeswoman, clubs would close earlier in the summer months, but the owners"
    " rejected the proposal.",
    "A decision is not expected before the autumn, when the council debates the budget.",
]
FRENCH = [
    "Le conseil municipal a rencontré lundi les représentants des clubs pour discuter de"
    " nouvelles règles sur le bruit.",
    "Selon une porte-parole, les clubs fermeraient plus tôt en été, mais les exploitants ont"
    " rejeté la proposition.",
    "Aucune décision n'est attendue avant l'automne, quand le conseil examinera le budget.",
]


def assert_feature_raises_join(with_it: BreakReport, without: BreakReport, feature: str) -> None:
    """``with_it`` carries ``feature`` and ``without`` does not, and the model gives ``with_it``
    the higher join probability."""
    assert feature in with_it.features
    assert feature not in without.features
    assert with_it.probability is not None
    assert without.probability is not None
    assert with_it.probability > without.probability


@pytest.mark.parametrize(
    ("lines", "nouns"),
    [(GERMAN, True), (ENGLISH, False), (FRENCH, False), (GERMAN[:1], False)],
    ids=["de", "en", "fr", "de-too-short"],
)
def test_a_record_that_capitalises_nouns_is_told_from_one_that_does_not(
    lines: list[str], nouns: bool
) -> None:
    assert capitals(lines)[1] is nouns


def test_too_few_words_tell_nothing() -> None:
    short = ["Die Stadt und der Senat"]
    assert len(short[0].split()) < NOUN_MIN_WORDS
    assert capitals(short)[1] is False


@pytest.mark.parametrize(
    ("word", "sample", "inside"),
    [
        ("Rutte", "Talks with Prime Minister Rutte ended. Rutte said little.", True),
        ("Clubszene", "Teile der Berliner Clubszene protestieren. Die Clubszene wartet.", True),
        ("Путин", "Встреча с президентом Путин провёл в Кремле.", True),
        ("Rutte", "Rutte said little. Rutte left.", False),  # only at sentence starts
        ("The", "The talks ended. The union said no.", False),
        ("Der", "Der Senat tagt. Der Haushalt wartet.", False),
        ("Il", "Il pleut. Il fait froid, il neige.", False),  # lower-case inside: not a name
        ("Ann", "Talks with Anna ended.", False),  # a prefix of a word is not the word
        ("A", "He bought a Citadis tram and A was his grade.", False),  # one letter: no evidence
    ],
)
def test_a_capitalised_word_used_inside_a_sentence_is_a_name_or_a_noun(
    word: str, sample: str, inside: bool
) -> None:
    assert used_inside(word, sample) is inside


def test_first_word_strips_punctuation() -> None:
    assert first_word("„Clubszene“ wartet") == "Clubszene"
    assert first_word("(Rutte)") == "Rutte"


@pytest.mark.parametrize(
    ("line", "abbreviation"),
    [
        ("Die Krönung von König Karl III.", True),
        ("Shares of Example Associates Inc.", True),
        ("Das Konzert findet am 3.", True),  # German ordinal: am 3. Oktober
        ("The portrait of John F.", True),  # an initial
        ("Es gibt Obst, Gemüse, Brot u.a.", True),
        ("It rained all day.", False),
        ("Die Preise stiegen im Jahr 2020.", False),  # a year ends sentences
        ("Il a dit non.", False),
    ],
)
def test_a_full_stop_after_an_abbreviation_or_ordinal_does_not_end_the_sentence(
    line: str, abbreviation: bool
) -> None:
    assert ends_in_abbreviation(line) is abbreviation


@pytest.mark.parametrize(
    ("line", "bracketed"),
    [
        ("(Graphic: Anna Berg)", True),
        ("[Nota del editor: actualizado el lunes]", True),
        ("(Foto: Jan Nowak)", True),
        ("(AP) The storm hit the coast on Monday (local time)", False),
        ("Talks (in Lisbon)", False),
        ("()", False),
    ],
)
def test_a_bracketed_aside_alone_on_its_line(line: str, bracketed: bool) -> None:
    assert is_bracketed(line) is bracketed


@pytest.mark.parametrize(
    ("line", "address"),
    [
        ("www.example.com", True),
        ("https://example.org/a/b", True),
        ("pic.twitter.com/AbC123", True),
        ("@anna_berg", True),
        ("example.de/kontakt", True),
        ("visit www.example.com", False),  # words around it: a sentence
        ("Example.com", False),  # a capitalised name (no path): may start a sentence
        ("3.5", False),
        ("e.g.", False),
    ],
)
def test_an_address_alone_on_its_line(line: str, address: bool) -> None:
    assert is_address(line) is address


def _features(lines: list[str], pair: tuple[int, int]) -> tuple[str, ...]:
    for report in explain(lines):
        if report.lines == pair:
            return report.features
    raise AssertionError(f"no report for {pair}")


def test_the_model_sees_a_known_name_after_an_unfinished_line() -> None:
    lines = [
        "Die Stadtverwaltung hat am Montag mit Vertretern der Berliner Clubszene über neue"
        " Lärmschutzregeln gesprochen, die Clubs lehnen sie ab.",
        "Nach Angaben der Sprecherin hat die Verwaltung für das Gespräch im Rathaus neben den"
        " Betreibern der großen Clubs auch kleinere Teile der Berliner",
        "Clubszene eingeladen, die am Montag nicht kommen konnten.",
    ]
    feats = _features(lines, (2, 3))
    assert "unfinished-before-known-capital" in feats
    assert "unfinished-before-capital-in-noun-record" in feats


def test_a_sentence_start_word_is_no_known_name() -> None:
    lines = [
        "The city council met representatives of the club scene on Monday to discuss new rules.",
        "According to a spokeswoman, clubs would close earlier in the summer months, the owners",
        "The owners rejected the proposal on Tuesday and said they would go to court.",
    ]
    feats = _features(lines, (2, 3))
    assert "next:known-capital" not in feats
    assert "unfinished-before-capital-in-noun-record" not in feats


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("Die Feier zur Krönung von König Karl III.", "wurde am Samstag live übertragen."),
        ("Analysts at Example Associates Inc.", "said the deal would close in May."),
    ],
)
def test_a_lower_case_line_after_an_abbreviation_is_likelier_joined(
    before: str, after: str
) -> None:
    lines = ["Crowds gathered early in the morning.", before, after]
    plain = ["Crowds gathered early in the morning.", before[:-1] + " heute.", after]
    assert_feature_raises_join(explain(lines)[1], explain(plain)[1], "abbreviation-before-lower")


def test_an_address_after_a_colon_is_likelier_joined_than_after_a_sentence() -> None:
    colon = ["For tickets and the full programme please visit:", "www.example.com"]
    stop = ["For tickets and the full programme call the box office.", "www.example.com"]
    assert_feature_raises_join(explain(colon)[0], explain(stop)[0], "colon-before-address")


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("During the debate the governor attacked Ms.", True),
        ("The bill was drafted by the former Gov.", True),
        ("Le ministre a reçu Mme", False),  # no full stop: not this evidence
        ("La entrevista la condujo la Sra.", True),
        ("The bakery is on Main St.", False),  # a street ends sentences
        ("The award went to Martin Luther King Jr.", False),  # follows the name
        ("Shares of Example Holdings Co.", False),  # a company's name ends with it
        ("Everyone agreed with Mr", False),
        ("They thanked the mr.", False),  # titles are capitalised
    ],
)
def test_a_title_before_a_name_ends_no_sentence(line: str, title: bool) -> None:
    assert ends_in_title(line) is title


def test_a_name_after_a_title_is_joined_where_a_sentence_end_is_not() -> None:
    # model B: the scraper broke before the link on the name
    titled = [
        "The former governor spent most of the debate on the offensive and attacked Ms.",
        "Roe",
        "over her record on school funding in the state.",
    ]
    plain = [
        "The former governor spent most of the debate on the offensive and attacked her.",
        "Roe",
        "over her record on school funding in the state.",
    ]
    a, b = explain(titled)[0], explain(plain)[0]
    assert_feature_raises_join(a, b, "title-before-capital")
    assert a.decision == "join"
    assert b.decision == "keep"


@pytest.mark.parametrize(
    ("line", "lower"),
    [
        ("“a gateway for the whole region,” the minister said.", True),
        ('"far too early" to tell, she said.', True),
        ("«pari risqué pour la ville» selon le maire.", True),
        ("„eine Frage der Zeit“, sagte sie.", True),
        ("“We will not give up,” she said.", False),  # a quoted sentence
        ('"Ferries run again on Monday," he said.', False),
        ("a gateway for the whole region.", False),  # no quote: another rule's case
        ("“", False),
    ],
)
def test_a_quoted_phrase_opens_a_line_in_lower_case(line: str, lower: bool) -> None:
    assert quotes_lower(line) is lower


def test_a_quoted_phrase_after_an_unfinished_line_is_likelier_joined() -> None:
    phrase = [
        "The ministry said on Monday that the new port would make the region",
        "“one of the busiest hubs on the coast” within ten years.",
    ]
    sentence = [
        "The ministry said on Monday that the new port would make the region",
        "“One of the busiest hubs on the coast” is the plan's motto.",
    ]
    assert_feature_raises_join(explain(phrase)[0], explain(sentence)[0], "quote-then-lower")


@pytest.mark.parametrize(
    ("line", "post"),
    [
        ("pic.twitter.com/AbC123xyz", True),
        ("https://t.co/AbC123xyz", True),
        ("http://t.co/AbC123xyz", True),
        ("https://www.example.com/ferries", False),
        ("https://www.example.com/t.co/", False),  # a path, not the short-link host
        ("www.example.de", False),
    ],
)
def test_an_embedded_posts_link(line: str, post: bool) -> None:
    assert is_address(line)
    assert is_post_link(line) is post


def test_an_embedded_posts_link_after_its_text_is_likelier_joined() -> None:
    text = "Lovely morning on the quay, the first ferry is back after the strike!"
    post = explain([text, "pic.twitter.com/AbC123xyz"])[0]
    page = explain([text, "https://www.example.com/ferries"])[0]
    assert "next:post-link" in post.features
    assert "next:post-link" not in page.features
    assert post.probability is not None
    assert page.probability is not None
    assert post.probability > page.probability


@pytest.mark.parametrize(
    ("prev", "nxt", "latin"),
    [
        ("港口公司今年第一季度的", "A股市场表现好于预期。", True),
        ("管理层表示将暂缓", "IPO", True),
        ("新款列车由本地工厂组装的", "5G通信模块已经通过测试。", True),
        ("港口公司今年第一季度业绩好于预期。", "A股市场随之上涨。", False),  # after a stop
        ("港口公司今年第一季度的", "市场表现好于预期。", False),  # Chinese goes on
        ("新しい駅ができるのは", "JR東日本の計画です。", False),  # kana, not a Chinese character
        ("قالت الشركة إن", "IPO", False),  # Arabic: no capital, but no Chinese either
        ("The board will meet", "IPO plans are on hold.", False),
    ],
)
def test_a_latin_word_after_a_chinese_line_that_runs_on(prev: str, nxt: str, latin: bool) -> None:
    assert latin_after_ideograph(prev, nxt) is latin


def test_kana_and_full_width_forms_are_no_ideographs() -> None:
    assert [is_ideograph(ch) for ch in "港の，Ａ"] == [True, False, False, False]


def test_a_latin_term_inside_a_chinese_sentence_is_likelier_joined() -> None:
    first = "港口公司周四公布季度业绩。"
    said = (
        "港口公司周四公布季度业绩，营业收入同比增长百分之十二，分析人士周四在接受采访时表示，"
        "这一结果预计将会明显提振"
    )
    rest = "A股港口板块的整体表现，并带动相关企业的股价。"
    cut = explain([first, said, rest])[1]
    assert_feature_raises_join(
        cut, explain([first, said + "市场。", rest])[1], "latin-after-ideograph"
    )
    assert cut.decision == "join"


def test_a_link_after_a_sentence_in_an_uncased_script_keeps_the_paragraph_break() -> None:
    # found by the randomised property test_repair_recovers_links_broken_after (Arabic, model
    # "after"): a paragraph that ends in a full stop, then one that opens with a link whose full
    # stop is cut onto the next line; with the Latin-term feature alone the refit joined it
    lines = ["قال قال", ". قال قال.", "قال قال", "."]
    report = explain(lines)[1]
    assert "stop-then-uncased-link-shape" in report.features
    assert report.decision == "keep"


@pytest.mark.parametrize(
    ("prev", "nxt"),
    [
        ("港口公司周四公布季度业绩。此外，招商港口、", "宁波港等多家公司也将在下周公布业绩。"),
        ("港口公司周四公布季度业绩，", "营业收入同比增长百分之十二。"),
        (
            "قالت الشركة في بيان صدر يوم الخميس في العاصمة الرياض إن أرباحها في الربع الأول"
            " ارتفعت بنسبة كبيرة،",
            "وإن الطلب على الشحن ما زال قويا.",
        ),
        ("The port operator said on Thursday that profits rose,", "and that demand held up."),
    ],
)
def test_a_comma_of_any_script_is_a_comma(prev: str, nxt: str) -> None:
    # the full-width ``，``, the enumeration ``、`` and the Arabic ``،`` cut a clause as ``,``
    # does: on train, 76 of 78 model-B breaks after ``，`` or ``、`` are joins
    report = explain([prev, nxt])[0]
    assert "prev:ends-comma" in report.features
    assert "prev:ends-unpunctuated" not in report.features
    assert report.decision == "join"


_WORDS = st.sampled_from(["港口公司", "营业收入", "الشركة", "أرباحها", "harbour", "Hafen", "port"])


@given(
    st.lists(_WORDS, min_size=1, max_size=8),
    st.sampled_from(sorted(COMMAS)),
    st.lists(_WORDS, min_size=1, max_size=8),
)
def test_a_line_ending_in_any_comma_is_never_read_as_unpunctuated(
    words: list[str], comma: str, rest: list[str]
) -> None:
    # whatever the rule or the script, a break the model scores after a comma of any script
    # carries the comma feature, never the unpunctuated one
    for report in explain([" ".join(words) + comma, " ".join(rest) + "."]):
        if report.probability is not None:
            assert "prev:ends-comma" in report.features
            assert "prev:ends-unpunctuated" not in report.features
