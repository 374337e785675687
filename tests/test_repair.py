"""The line repair: one test per rule, in several languages, plus replay, idempotence and the
seed.  Every example is invented for these tests (no corpus text)."""

from __future__ import annotations

import itertools
import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdump import _repair_junk as junk
from newsdump import _repair_weights as _w
from newsdump import parse as newsdump_parse
from newsdump._model import Block, Edit
from newsdump._repair import apply_edits, break_features, join_separator, repair
from newsdump._repair_features import FEATURES
from newsdump._repair_furniture import FURNITURE_RULES
from newsdump._repair_labels import LABEL_RULES
from newsdump._repair_teasers import TEASER_RULES

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "fixtures" / "000_9969857c5de6fcc0.txt"


def texts(lines: list[str]) -> list[str]:
    return [b.text for b in repair(lines).blocks]


def kinds(lines: list[str]) -> list[str]:
    return [b.kind for b in repair(lines).blocks]


# --- joins -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # English: a break after a link, before a lower-case word
        (
            ["The council opposed any sanctions", "against the port city."],
            "The council opposed any sanctions against the port city.",
        ),
        # German: "die" cannot end a sentence, and the noun after it is capitalised
        (
            ["Der Rat lehnte die", "Sanktionen gegen die Hafenstadt ab."],
            "Der Rat lehnte die Sanktionen gegen die Hafenstadt ab.",
        ),
        # Russian: a preposition at the end of the line
        (
            ["Министр провёл переговоры с", "Иваном Петровым в столице."],
            "Министр провёл переговоры с Иваном Петровым в столице.",
        ),
        # Spanish: lower-case continuation
        (
            ["El alcalde anunció nuevas", "medidas para el puerto."],
            "El alcalde anunció nuevas medidas para el puerto.",
        ),
        # French: elision joins without a space
        (["Le maire a visité l’", "usine de la ville."], "Le maire a visité l’usine de la ville."),
        # Arabic: a preposition at the end of the line (no case in the script)
        (
            ["وقال الوزير إن الاجتماع في", "العاصمة كان مثمرا."],
            "وقال الوزير إن الاجتماع في العاصمة كان مثمرا.",
        ),
    ],
)
def test_join_languages(lines: list[str], expected: str) -> None:
    assert texts(lines) == [expected]


def test_punctuation_only_lines_join_without_space() -> None:
    assert texts(["He preferred to work with Lisbon", ".", "Next paragraph here."]) == [
        "He preferred to work with Lisbon.",
        "Next paragraph here.",
    ]
    assert texts(["Er arbeitet mit Lissabon", "..", "Neuer Absatz."]) == [
        "Er arbeitet mit Lissabon..",
        "Neuer Absatz.",
    ]
    assert texts(['She called it "a new', "beginning", '"', "Then she left."]) == [
        'She called it "a new beginning"',
        "Then she left.",
    ]


@pytest.mark.parametrize(
    "lines",
    [
        ["Ich bin glücklich.", ".", "Das Ergebnis ist gut."],
        ["Was bleibt?", ".", "Der Winter kommt."],
        ["Fin de la saison.", "...", "Rendez-vous en mars."],
    ],
)
def test_dots_after_a_sentence_end_are_a_separator(lines: list[str]) -> None:
    # after a finished sentence, dots alone on a line separate paragraphs (blogs do this); after
    # an unfinished line they are its tail (test above)
    assert texts(lines) == lines


def test_link_text_alone_on_its_line() -> None:
    lines = ["The minister held talks with", "Anna Berg", "in the capital on Monday."]
    assert texts(lines) == ["The minister held talks with Anna Berg in the capital on Monday."]
    rules = [e.rule for e in repair(lines).edits if e.kind == "join"]
    assert rules == ["function-word-at-end", "lower-case-start"]


@pytest.mark.parametrize(
    "lines",
    [
        # Polish: "dla" (for) before a name
        ["Minister przekazał list dla", "Anny Nowak z Krakowa.", "Rozmowy trwają."],
        # Czech: "při" (during) before a capitalised event
        ["Ministr to řekl při", "Evropském summitu v Praze.", "Jednání pokračují."],
        # Polish: "że" (that) before a sentence about a city
        ["Rzecznik potwierdził, że", "Warszawa przyjmie szczyt w maju.", "Termin jest znany."],
    ],
)
def test_polish_and_czech_function_words_end_a_cut_line(lines: list[str]) -> None:
    fixed = repair(lines)
    assert [b.text for b in fixed.blocks] == [" ".join(lines[:2]), lines[2]]
    assert [e.rule for e in fixed.edits if e.kind == "join"] == ["function-word-at-end"]


@pytest.mark.parametrize(
    "lines",
    [
        # German conjunctions that never end a sentence: "denn" (for), "weil" (because)
        ["Die Nachfrage steigt, denn", "Verbraucher kaufen wieder mehr.", "Die Preise sinken."],
        ["Der Bau ruht, weil", "Gutachter noch streiten.", "Eine Lösung ist nicht in Sicht."],
        ["Offen ist, ob", "Berlin zustimmt.", "Die Länder warten ab."],
        # Swedish "enligt", Norwegian "ifølge" (according to), before the source's name
        ["Priserna stiger, enligt", "Statistiska centralbyrån.", "Räntan ligger still."],
        ["Prisene stiger, ifølge", "Statistisk sentralbyrå.", "Renten ligger fast."],
    ],
)
def test_conjunctions_and_according_to_end_a_cut_line(lines: list[str]) -> None:
    fixed = repair(lines)
    assert [b.text for b in fixed.blocks] == [" ".join(lines[:2]), lines[2]]
    assert [e.rule for e in fixed.edits if e.kind == "join"] == ["function-word-at-end"]


def test_a_capitalised_conjunction_inside_a_heading_is_no_function_word() -> None:
    # "Wie Wenn" is a column's name, not the conjunctions "wie wenn"
    assert texts(["Kolumne: Wie Wenn", "Über die Kunst des Wartens"]) == [
        "Kolumne: Wie Wenn",
        "Über die Kunst des Wartens",
    ]


@pytest.mark.parametrize(
    "heading",
    [
        # English words left out of the Slavic function words ("we", "pro", "i")
        "Who we are",
        "Meet the pro",
        "World War I",
        # verbs, "not", "more", "like": they end elliptical sentences and headings
        "Learn more",
        "Why not",
        "What it was",
        "Así son",
        "Creo que no",
        "Ce qu'il est",
        # a capitalised function word inside a line is a name or a title-case word
        "Talks with Han Seo Yun",
        "Helfer in der Not",
        "Doubts Begin to Creep In",
    ],
)
def test_lines_ending_in_words_that_end_sentences_stay_headings(heading: str) -> None:
    lines = ["The museum opens in May.", heading, "Visitors can book tours online."]
    assert [(b.kind, b.text) for b in repair(lines).blocks][1] == ("heading", heading)


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        # a capitalised article alone on its line starts a sentence cut before a link
        (
            ["Die", "Bundesregierung hat das Gesetz beschlossen."],
            "Die Bundesregierung hat das Gesetz beschlossen.",
        ),
        (
            ["– Der", "Katzenball von Hofit rollt von allein."],
            "– Der Katzenball von Hofit rollt von allein.",
        ),
        # ... and after a sentence end inside the line
        (
            ["The talks ended on Monday. The", "Kremlin said little about them."],
            "The talks ended on Monday. The Kremlin said little about them.",
        ),
    ],
)
def test_a_capitalised_function_word_starting_a_sentence_still_continues(
    lines: list[str], joined: str
) -> None:
    fixed = repair(lines)
    assert [b.text for b in fixed.blocks] == [joined]
    assert [e.rule for e in fixed.edits if e.kind == "join"] == ["function-word-at-end"]


@pytest.mark.parametrize(
    "address",
    [
        "Tickets: www.stadthalle-example.de",  # German: "de" is a French/Spanish preposition
        "Info: weingut-example.at",  # "at": English
        "Escríbenos a redaccion@diario-example.es",  # "es": Spanish
        "Mehr unter example.org/en/to",  # "to": English
    ],
)
def test_an_address_does_not_end_in_a_function_word(address: str) -> None:
    lines = ["Das Konzert beginnt um acht.", address, "Die Karten kosten zwölf Euro."]
    assert texts(lines) == lines


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        (
            ['Prosecutors cited a report of the "Office for Financial', 'Crimes" on Monday.'],
            'Prosecutors cited a report of the "Office for Financial Crimes" on Monday.',
        ),
        # Turkish: a case suffix after the closing quote
        (
            ['Savcılığa göre soruşturma "Mali Suçları Araştırma', 'Kurulu"nca yürütülüyor.'],
            'Savcılığa göre soruşturma "Mali Suçları Araştırma Kurulu"nca yürütülüyor.',
        ),
        (
            ["Доклад «Центра экономических", "исследований» опубликован в понедельник."],
            "Доклад «Центра экономических исследований» опубликован в понедельник.",
        ),
        (
            ["В понедельник был опубликован доклад «Центра", "Исследований» о ценах."],
            "В понедельник был опубликован доклад «Центра Исследований» о ценах.",
        ),
    ],
)
def test_first_word_closing_the_open_quotation_continues(lines: list[str], joined: str) -> None:
    assert texts(lines) == [joined]


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        # a link quoted in straight quotes, the break right after it: the stop after the
        # closing quote attaches to it
        (
            [
                'повідомили в консалтинговій групі "Ресурс"',
                ". За словами аналітиків, ціни ростуть.",
            ],
            'повідомили в консалтинговій групі "Ресурс". За словами аналітиків, ціни ростуть.',
        ),
        (
            ['the report by the group "Open Roads"', ", published in May, found delays."],
            'the report by the group "Open Roads", published in May, found delays.',
        ),
    ],
)
def test_closing_punctuation_after_a_closing_straight_quote(lines: list[str], joined: str) -> None:
    assert texts(lines) == [joined]


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        (
            ['The minister said "', "no", '" to the plan and left.'],
            'The minister said "no" to the plan and left.',
        ),
        (
            ['Die Ministerin sagte "', "nein", '" und ging.'],
            'Die Ministerin sagte "nein" und ging.',
        ),
    ],
)
def test_one_word_after_an_opening_straight_quote_is_no_tag(lines: list[str], joined: str) -> None:
    # one lower-case word alone after a finished line is a tag; after an opening quote it is
    # the quotation
    assert texts(lines) == [joined]


def test_closing_punctuation_and_possessive() -> None:
    assert texts(["The report by Anna Berg", ", the mayor, was read."]) == [
        "The report by Anna Berg, the mayor, was read."
    ]
    assert texts(["Anna Berg", "’s visit ended early."]) == ["Anna Berg’s visit ended early."]


def test_opening_bracket_at_end() -> None:
    assert texts(["The agency (", "AFX", ") said so."]) == ["The agency (AFX) said so."]


def test_dash_continues_unfinished_line() -> None:
    assert texts(["The plan was delayed for months", "— mostly because of costs."]) == [
        "The plan was delayed for months — mostly because of costs."
    ]


def test_dialogue_dash_after_a_sentence_is_a_new_paragraph() -> None:
    # Nordic and Russian quotations open with a dash
    assert texts(["Han kom hjem sent.", "– Det var en lang dag, sier han."]) == [
        "Han kom hjem sent.",
        "– Det var en lang dag, sier han.",
    ]


@pytest.mark.parametrize(
    "lines",
    [
        # a list written with dashes after a line that has no full stop
        [
            "Wer viel im Gelände fährt, wählt eine breitere Karkasse am Hinterrad für mehr Grip",
            "– Sattelstütze mit mehr Hub",
            "– Lenker mit mehr Rise",
        ],
        # an embedded post: its source after the link that ended it
        ["Das Programm der Woche: https://t.example/Ab12Cd", "— Anna Berg (@annaberg) 2. Mai"],
    ],
)
def test_dash_and_capital_after_an_unfinished_line_is_not_joined(lines: list[str]) -> None:
    assert texts(lines) == lines


def test_uncertain_break_is_kept_and_recorded() -> None:
    rep = repair(["The harbour reopened on Monday after", "Storm Clara", "Officials said so."])
    assert [b.text for b in rep.blocks][-1] == "Officials said so."
    kept = [e for e in rep.edits if e.kind == "keep"]
    assert kept
    assert all(not e.applied for e in kept)


def test_blank_line_layout() -> None:
    lines = ["First paragraph wrapped", "Across two lines.", "", "Second paragraph."]
    assert texts(lines) == ["First paragraph wrapped Across two lines.", "Second paragraph."]


def test_blank_line_inside_open_quotation_is_flagged() -> None:
    lines = ['"We will rebuild the bridge,', "", 'and we will do it soon," she said.']
    rep = repair(lines)
    assert len(rep.blocks) == 2
    assert [p.code for p in rep.problems] == ["suspected-false-break"]
    assert rep.problems[0].line == 3
    assert any(e.kind == "keep" and e.rule == "open-quotation" for e in rep.edits)


def test_hard_wrap() -> None:
    lines = [
        "The committee met on Tuesday to discuss the new harbour plan",
        "and agreed to publish the full report before the end of the",
        "month. Members said that the costs would be shared between the",
        "city and the region, and that work could start next spring if",
        "the council approved the budget in its session in November.",
        "A second meeting is planned.",
    ]
    assert len(texts(lines)) == 2


# --- separators --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("left", "right", "sep"),
    [
        ("any sanctions", "against", " "),
        ("France", ".", ""),
        ("France", ",", ""),
        ("the mayor", ")", ""),
        ("Putin", "'s", ""),
        ("Putin", "’s", ""),
        ("the word (", "text", ""),
        ("he said “", "yes", ""),
        ("il a dit «", "oui", ""),
        ("¿", "Qué", ""),
        ('he said "yes', '"', ""),
        ('he said "yes" and', '"no', " "),
        ("post-", "war", ""),
        ("so", "…", ""),
        ("東京", "大阪", ""),
        ("l’", "Ukraine", ""),
        # a straight apostrophe of an elision is no closing quote
        ("le gouvernement d'", "Élisabeth Borne", ""),
        ("jusqu'", "à Lyon", ""),
        ("la sede dell'", "Unione europea", ""),
        ("un'", "altra volta", ""),
        # ... but a plural possessive or a closed quotation is followed by a space
        ("the players'", "union", " "),
        ("he said 'all'", "of them", " "),
    ],
)
def test_join_separator(left: str, right: str, sep: str) -> None:
    assert join_separator(left, right) == sep


# --- splits ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Prices rose in 2022.Experts stress the risk.",
            ["Prices rose in 2022.", "Experts stress the risk."],
        ),
        ("He trusted nobody.”So says his sister.", ["He trusted nobody.”", "So says his sister."]),
        (
            "Der Hafen bleibt zu.Ab Montag wird gebaut.",
            ["Der Hafen bleibt zu.", "Ab Montag wird gebaut."],
        ),
        ("Министр уехал.Вечером он вернулся.", ["Министр уехал.", "Вечером он вернулся."]),
        # the stop after a closing quote or bracket (French, Russian, British usage)
        ("Он сказал: «Нет».Потом ушёл.", ["Он сказал: «Нет».", "Потом ушёл."]),
        (
            "Il a dit «non».Le lendemain, il est revenu.",
            ["Il a dit «non».", "Le lendemain, il est revenu."],
        ),
        (
            "He called it a “mistake”.Others disagreed.",
            ["He called it a “mistake”.", "Others disagreed."],
        ),
        (
            "The fee (about 5 euros).Tickets sell fast.",
            ["The fee (about 5 euros).", "Tickets sell fast."],
        ),
    ],
)
def test_split_glued_paragraphs(line: str, expected: list[str]) -> None:
    rep = repair([line])
    assert [b.text for b in rep.blocks] == expected
    assert [e.kind for e in rep.edits] == ["split"] * (len(expected) - 1)


@pytest.mark.parametrize(
    "line",
    [
        "Officials in the U.S. said so and the U.S.Army agreed.",
        "She moved to St.Petersburg in May.",
        "Read more at sputniknews.com today.",
        "Growth was 3.5 percent.",
        "It runs on .NET and ASP.NET only.",
        "Bring fruit, e.g.Apples or pears.",
        "The author J.R.Tolkien wrote it.",
        "See https://example.org/News.Today for details.",
        "Write to press.Office@example.org now.",
        "Le Dr.Martin a parlé.",
        "See the “U.S.”.Then go.",
        "It runs on Windows (.NET).Nothing else.",
        # a capitalised domain: a name, then a top-level domain written in title case
        "The hotel was booked through Booking.Com last week.",
        "Der Beitrag erschien zuerst im Blog Reisenotizen.Com",
        "Подробности на сайте Новости.Ru и в газетах.",
        # a dotted chain (code, namespaces): its first link is no sentence end either, or the
        # second would be split when the repaired text is repaired again
        "Add the System.Runtime.CompilerServices namespace first.",
        "a:a.Aa:a.Aa:a.A",
    ],
)
def test_no_split_of_look_alikes(line: str) -> None:
    assert texts([line]) == [line]


# --- set-aside kinds -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("© Photo : Example Agency / Jane Roe", "noise"),
        ("Follow us on Telegram", "noise"),
        ("Folgen Sie uns auf Telegram", "noise"),
        ("We use cookies to improve your experience.", "noise"),
        ("All rights reserved.", "noise"),
        ("Share", "noise"),
        ("Facebook Twitter WhatsApp", "noise"),
        ("min", "noise"),
        # agency credits, prompts and links to other articles
        ("Getty Images", "noise"),
        ("AFP via Getty Images", "noise"),
        ("Photograph: Jane Roe/Reuters", "noise"),
        ("Jane Roe/Reuters", "noise"),
        ("Share on Facebook Share on Twitter", "noise"),
        ("Teilen auf Facebook Teilen auf X", "noise"),
        (
            "Passengers crowd a platform at King's Cross station in London. "
            "Photograph: Jane Roe/PA",
            "noise",  # noise:credited-caption
        ),
        (
            "Des voyageurs attendent sur le quai de la gare de Lyon à Paris, lundi matin. "
            "Photographie : Jeanne Martin",
            "noise",  # noise:caption (a caption block, ninth session)
        ),
        ("Reporting by Jane Roe; Editing by John Doe", "noise"),
        ("Story continues below advertisement", "noise"),
        ("Sign up for our newsletter", "noise"),
        ("Jetzt abonnieren und weiterlesen", "noise"),
        ("Abonnez-vous à notre newsletter", "noise"),
        ("Read more: Ferries return to the islands", "noise"),
        ("Leggi anche: Allerta meteo in Lombardia", "noise"),
        ("Lees ook: Fietsparkeren wordt duurder", "noise"),
        ("Leia também: Dólar fecha em alta", "noise"),
        ("Lea también: El euro cae frente al dólar", "noise"),
        ("Czytaj także: Ceny prądu w górę", "noise"),
        ("Läs också: Räntan höjs igen", "noise"),
        ("Читайте також: Ціни на пальне зросли", "noise"),
        ("En savoir plus", "noise"),
        ("Related articles", "noise"),
        ("Listen to this article", "noise"),
        ("Artikel anhören 3 min", "noise"),
        ("12 Comments", "noise"),
        ("Комментарии", "noise"),
        ("Tags: ferries, islands, weather", "noise"),
        ("Schlagworte: Hafen, Fähren", "noise"),
        ("Quelle: dpa", "noise"),
        ("Источник: ТАСС", "noise"),
        ("Skip to main content", "noise"),
        ("Meistgelesen", "noise"),
        ("Watch: Ferries return to the islands", "noise"),
        ("Image caption, The bridge was closed for two days", "noise"),  # noise:caption-label
        ("• Lower taxes for families", "list-item"),
        ("By Jane Roe", "byline"),
        ("Von Max Muster", "byline"),
        ("The mayor opens the new bridge (Photo: Example Agency)", "noise"),
    ],
)
def test_set_aside_kinds(line: str, kind: str) -> None:
    lines = ["The storm passed overnight.", line, "Repairs began in the morning."]
    rep = repair(lines)
    assert [b.kind for b in rep.blocks] == ["paragraph", kind, "paragraph"]
    assert [b.text for b in rep.blocks][1] == line


@pytest.mark.parametrize(
    "line",
    [
        # a wrapped sentence going on with a byline's first word, lower-case
        "por el Tribunal Superior Electoral.",
        "by the Electoral Commission.",
        # capitalised, but no name follows
        "By the end of May",
        "Von der Heiden",
    ],
)
def test_byline_words_that_start_no_byline(line: str) -> None:
    assert junk.byline(line) is None


def test_a_wrapped_line_starting_with_a_byline_word_stays_in_its_paragraph() -> None:
    text = (
        " date 2022-11-03 https://example.es/2022/11/03/elecciones.html\n"
        "Lula gana las elecciones\n\nEl expresidente obtuvo el 50,9 % de los votos.\n\n"
        "Actualizado: 03/11/2022 - 09:30\n\n"
        "El expresidente ganó la segunda vuelta según los resultados publicados\n"
        "por el Tribunal Superior Electoral.\n"
    )
    [a] = newsdump_parse(text)
    assert [(b.kind, b.text) for b in a.blocks] == [
        (
            "paragraph",
            "El expresidente ganó la segunda vuelta según los resultados publicados "
            "por el Tribunal Superior Electoral.",
        )
    ]


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        # Arabic cut before and after a link: the link's text, joined after a preposition,
        # leaves its block unfinished, and a script that ends paragraphs with a stop goes on
        (
            ["اجتمع قادة دول الخليج في", "الرياض", "يوم الخميس لبحث التعاون الاقتصادي."],
            "اجتمع قادة دول الخليج في الرياض يوم الخميس لبحث التعاون الاقتصادي.",
        ),
        # Chinese: a long unfinished line, the link's text, the rest of the sentence
        (
            [
                "国务院总理今天上午同来访的外国政府代表团举行会谈，双方就经贸合作、科技创新、绿色发展和人文交流等议题深入交换了意见，并共同出席了在",
                "北京",
                "举行的签字仪式。",
            ],
            "国务院总理今天上午同来访的外国政府代表团举行会谈，双方就经贸合作、科技创新、绿色发展和人文交流等议题深入交换了意见，并共同出席了在北京举行的签字仪式。",
        ),
    ],
)
def test_uncased_link_text_joined_mid_sentence_continues(lines: list[str], joined: str) -> None:
    assert texts(lines) == [joined]


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        # a Japanese line cut after a link, before a particle: "は", "にも" attach to the word
        # before them, and no sentence starts with one
        (
            ["JR東日本によると、東北新幹線", "は盛岡と新青森の間で運転を見合わせる。"],
            "JR東日本によると、東北新幹線は盛岡と新青森の間で運転を見合わせる。",
        ),
        (["在来線", "にも遅れが出ている。"], "在来線にも遅れが出ている。"),
        # CJK punctuation starting a line goes on with the sentence the link cut
        (["会見は東京", "、質問は受け付けなかった。"], "会見は東京、質問は受け付けなかった。"),
    ],
)
def test_a_japanese_particle_continues_the_line_before(lines: list[str], joined: str) -> None:
    assert texts(lines)[0] == joined


def test_one_uncased_character_alone_is_no_heading() -> None:
    # Chinese "according to" (据) before a link's text, broken before and after it
    lines = ["据", "新华社", "报道，会议于周一在北京举行。", "与会者讨论了明年的预算。"]
    assert texts(lines) == ["据新华社报道，会议于周一在北京举行。", "与会者讨论了明年的预算。"]


def test_a_japanese_particle_after_a_finished_sentence_starts_nothing_new() -> None:
    # after "。" a particle line is no continuation of that sentence (nor a sentence start):
    # the break stays
    lines = ["会見は東京で行われた。", "は盛岡と新青森の間で運転を見合わせる。"]
    assert texts(lines) == lines


def test_an_uncased_heading_is_not_continued() -> None:
    lines = ["انتهى الاجتماع مساء الخميس.", "نتائج القمة", "اتفق القادة على خطة مشتركة."]
    assert texts(lines) == lines


@pytest.mark.parametrize(
    ("lines", "item"),
    [
        # English: the item's line was cut after a link, the rest starts lower-case
        (
            ["• Ferries to the", "islands resume on Monday"],
            "• Ferries to the islands resume on Monday",
        ),
        # German: the rest starts with a comma
        (
            ["• Neue Fähren für Kiel", ", Lübeck und Rostock"],
            "• Neue Fähren für Kiel, Lübeck und Rostock",
        ),
        # Russian: the full stop alone on its line
        (["• Паромы вернутся в порт", "."], "• Паромы вернутся в порт."),
        # Spanish: an inverted question mark opens no item; a closing bracket continues
        (["• Horarios nuevos (desde", "el lunes)"], "• Horarios nuevos (desde el lunes)"),
    ],
)
def test_list_item_cut_at_a_link_is_continued(lines: list[str], item: str) -> None:
    rep = repair(["The ferry company announced:", *lines, "Tickets go on sale today."])
    assert [(b.kind, b.text) for b in rep.blocks] == [
        ("paragraph", "The ferry company announced:"),
        ("list-item", item),
        ("paragraph", "Tickets go on sale today."),
    ]
    assert [e.rule for e in rep.edits if e.kind == "join"] == ["list-item-continued"]


@pytest.mark.parametrize(
    ("lines", "item"),
    [
        (
            ["• extra funding for", "GP surgeries", "in rural areas"],
            "• extra funding for GP surgeries in rural areas",
        ),
        (
            ["• mehr Geld für die", "Hausarztpraxen", "auf dem Land"],
            "• mehr Geld für die Hausarztpraxen auf dem Land",
        ),
    ],
)
def test_list_item_ending_in_a_function_word_goes_on(lines: list[str], item: str) -> None:
    # whatever the next line starts with (a name, a German noun)
    rep = repair(["The ferry company announced:", *lines, "• Tickets go on sale today."])
    assert [(b.kind, b.text) for b in rep.blocks][1:] == [
        ("list-item", item),
        ("list-item", "• Tickets go on sale today."),
    ]
    assert [e.rule for e in rep.edits if e.kind == "join"] == [
        "list-item-continued",
        "lower-case-start",
    ]


@pytest.mark.parametrize(
    "after",
    [
        "• Tickets go on sale today",  # the next item
        "Tickets go on sale today.",  # a new paragraph
        "",  # a blank line: a paragraph break whatever follows
    ],
)
def test_list_item_is_not_continued_by_what_starts_anew(after: str) -> None:
    lines = ["The ferry company announced:", "• Ferries to the islands resume", after, "soon."]
    blocks = repair(lines).blocks
    assert blocks[1] == Block("list-item", "• Ferries to the islands resume", 2, 2)


def test_finished_list_item_is_not_continued() -> None:
    lines = ["• Ferries to the islands resume on Monday.", "officials said on Friday"]
    assert kinds(lines) == ["list-item", "paragraph"]


@pytest.mark.parametrize(
    ("lines", "heading"),
    [
        (
            ["The storm passed overnight.", "Talks with", "Anna Berg", "Officials met on Monday."],
            "Talks with Anna Berg",
        ),
        (
            ["Der Sturm ist vorbei.", "Neue Regeln für", "den Hafen", "Die Stadt plant Deiche."],
            "Neue Regeln für den Hafen",
        ),
    ],
)
def test_heading_cut_at_a_link_is_a_heading_once_joined(lines: list[str], heading: str) -> None:
    rep = repair(lines)
    assert [(b.kind, b.text) for b in rep.blocks] == [
        ("paragraph", lines[0]),
        ("heading", heading),
        ("paragraph", lines[-1]),
    ]
    assert apply_edits(lines, rep.edits) == rep.blocks
    # and laid out with blank lines, as the writer does, it stays one
    relaid = [x for b in rep.blocks for x in ("", b.text)][1:]
    assert repair(relaid).blocks[1].kind == "heading"


def test_read_time_fragment() -> None:
    assert kinds(["The storm passed.", "2", "min", "Repairs began."]) == [
        "paragraph",
        "noise",
        "noise",
        "paragraph",
    ]


def test_tag_list_is_noise_and_not_joined() -> None:
    lines = ["The storm passed overnight.", "weather", "storm", "harbour"]
    assert kinds(lines) == ["paragraph", "noise", "noise", "noise"]


@pytest.mark.parametrize(
    "heading",
    [
        "New Rules for the Harbour",
        "Neue Regeln für den Hafen",
        "Новые правила для порта",
        "Nuevas reglas para el puerto",
        "De nouvelles règles pour le port",
    ],
)
def test_heading_is_never_swallowed(heading: str) -> None:
    lines = ["The storm passed overnight.", heading, "The council met on Monday."]
    rep = repair(lines)
    assert [b.kind for b in rep.blocks] == ["paragraph", "heading", "paragraph"]


def test_set_aside_lines_are_never_joined() -> None:
    lines = ["He said the talks were over for the", "© Photo: Example Agency", "and left the room."]
    # the credit sits between two fragments of a sentence, yet it is a whole-line credit: it
    # stays a block of its own and nothing is joined across it
    blocks = repair(lines).blocks
    assert [b.kind for b in blocks] == ["paragraph", "noise", "paragraph"]


# --- replay --------------------------------------------------------------------------------------


def test_replay_reproduces_and_veto_keeps_breaks() -> None:
    lines = ["  Talks with", "Anna Berg", "ended", ".", "", "Prices rose in 2022.Experts agree."]
    rep = repair(lines, numbers=[10, 11, 12, 13, 14, 15])
    assert apply_edits(lines, rep.edits, numbers=[10, 11, 12, 13, 14, 15]) == rep.blocks
    assert [(b.first_line, b.last_line) for b in rep.blocks] == [(10, 13), (15, 15), (15, 15)]
    vetoed = apply_edits(lines, rep.edits, numbers=[10, 11, 12, 13, 14, 15], min_confidence=1.0)
    assert len(vetoed) == 5


def test_apply_edits_baseline_and_split_column() -> None:
    lines = ["  A.B c", "d"]
    assert apply_edits(lines, ()) == (Block("paragraph", "A.B c", 1, 1), Block("paragraph", "d"))
    split = Edit("split", (1,), "glued-paragraph", 0.9, column=5)
    assert [b.text for b in apply_edits(lines, [split])] == ["A.", "B c", "d"]


def test_seed_three_splits_repaired_and_nothing_else() -> None:
    if not SEED.exists():
        pytest.skip("seed fixture absent")
    body = SEED.read_text(encoding="utf-8").split("\n")[4:]
    rep = repair(body, numbers=range(5, 5 + len(body)))
    joins = [e for e in rep.edits if e.kind == "join" and e.applied]
    assert len(joins) == 3
    out = [b.text for b in rep.blocks]
    assert any("oppose any sanctions against Moscow, saying" in t for t in out)
    assert any(t.endswith("rather than with France.") for t in out)
    assert any("Russia-Africa summit scheduled to take place" in t for t in out)
    assert len(out) == len([x for x in body if x.strip()]) - 3


# --- properties ---------------------------------------------------------------------------------

WORDS = st.sampled_from(
    [
        "the",
        "Talks",
        "with",
        "Moscow",
        "die",
        "Sanktionen",
        "в",
        "Москве",
        "el",
        "puerto",
        "في",
        "العاصمة",
        ".",
        ",",
        '"',
        "(",
        ")",
        "’s",
        "2022.Experts",
        "U.S.",
        "min",
        "Share",
        "—",
        "«",
        "»",
        "l’",
        "東京",
        "",
        " ",
    ]
)
LINES = st.lists(st.lists(WORDS, max_size=6).map(" ".join), max_size=12)


@settings(max_examples=150, deadline=None)
@given(LINES)
def test_replay_equals_repair(lines: list[str]) -> None:
    rep = repair(lines)
    assert apply_edits(lines, rep.edits) == rep.blocks
    assert [(b.first_line, b.last_line) for b in apply_edits(lines, rep.edits)] == [
        (b.first_line, b.last_line) for b in rep.blocks
    ]


@settings(max_examples=150, deadline=None)
@given(LINES)
def test_never_changes_a_non_whitespace_character(lines: list[str]) -> None:
    out = "".join(b.text for b in repair(lines).blocks)
    assert re.sub(r"\s+", "", out) == re.sub(r"\s+", "", "".join(lines))


@settings(max_examples=150, deadline=None)
@given(LINES)
def test_idempotent(lines: list[str]) -> None:
    # the repaired blocks, written out as paragraphs (blank line between), repair to themselves
    once = repair(lines).blocks
    again = repair([x for b in once for x in (b.text, "")]).blocks
    assert [b.text for b in again] == [b.text for b in once]


# --- the dev corpora (skipped when absent) -------------------------------------------------------

CORPUS = ROOT.parent / "shared" / "corpus" / "dev-news"


@pytest.mark.skipif(not CORPUS.exists(), reason="dev corpus not present")
def test_dev_news_join_precision() -> None:
    truth = json.loads((CORPUS / "truth.json").read_text(encoding="utf-8"))
    ws = re.compile(r"\s+")
    tp = fp = 0
    for _name, rec in sorted(truth["A"].items()):
        lines = [x for p in rec["paragraphs"] for x in p["lines"]]
        pred = [b.text for b in repair(lines).blocks]
        cut = set()
        pos = 0
        for x in lines[:-1]:
            pos += len(ws.sub("", x))
            cut.add(pos)
        true_joins = cut - _bounds([p["text"] for p in rec["paragraphs"]], ws)
        pred_joins = cut - _bounds(pred, ws)
        tp += len(true_joins & pred_joins)
        fp += len(pred_joins - true_joins)
    # issue #18's target out of sample (the weights are fitted on train, never on dev-news); the
    # 0.995 this test first held was an in-sample figure (weights fitted on dev-news itself)
    assert tp / (tp + fp) >= 0.99


def _bounds(pieces: list[str], ws: re.Pattern[str]) -> set[int]:
    out, pos = set(), 0
    for p in pieces[:-1]:
        pos += len(ws.sub("", p))
        out.add(pos)
    return out


# --- the join model -------------------------------------------------------------------------------


def test_features_of_a_link_split() -> None:
    lines = ["The minister held talks with", "Anna Berg", "in the capital on Monday."]
    (first, rule1, p1, f1), (second, rule2, p2, f2) = break_features(lines)
    assert (first, rule1) == ((1, 2), "function-word-at-end")
    assert {
        "bias",
        "rule:function-word-at-end",
        "prev:ends-unpunctuated",
        "prev:ends-function-word",
        "next:starts-upper",
        "next:short-unpunctuated",
        "after:continues",
        "link-shape",
        "link-sandwich",
    } <= set(f1)
    assert "next:ends-sentence" not in f1
    assert (second, rule2) == ((2, 3), "lower-case-start")
    assert {"next:starts-lower", "next:ends-sentence", "after:none"} <= set(f2)
    assert p1 > 0.9
    assert p2 > 0.9


def test_features_of_a_list() -> None:
    lines = ["Ingredients:", "two eggs", "some flour", "a pinch of salt"]
    feats = {pair: set(f) for pair, _, _, f in break_features(lines)}
    assert "prev:ends-colon" in feats[1, 2]
    assert {"list-shape", "block:starts-lower", "short-pair"} <= feats[2, 3]
    assert "record:stops<0.5" in feats[2, 3]


def test_fitted_weights_load() -> None:
    assert _w.FEATURES == FEATURES
    assert len(_w.WEIGHTS) == len(FEATURES)
    assert all(isinstance(w, float) for w in _w.WEIGHTS)
    assert 0 < _w.VETO_BELOW < _w.JOIN_FROM < 1


def test_decision_flips_with_the_key_feature() -> None:
    # a name alone between an unfinished line and a lower-case continuation is a link's text...
    joined = ["On Monday,", "the council said the new bridge", "Anna Berg", "had designed it."]
    assert texts(joined) == [" ".join(joined)]
    (_, _, _, names) = break_features(joined)[1]
    assert {"after:continues", "link-shape"} <= set(names)
    # ...and not when what follows starts a sentence of its own: the model alone decides both
    kept = ["On Monday,", "the council said the new bridge", "Anna Berg", "Had designed it."]
    assert texts(kept) == [" ".join(kept[:2]), "Anna Berg", "Had designed it."]
    assert [(pair, rule) for pair, rule, _, _ in break_features(kept)][1:] == [
        ((2, 3), "unfinished-before-capital"),
        ((3, 4), "unfinished-before-capital"),
    ]


def test_model_joins_carry_their_probability_and_can_be_vetoed() -> None:
    lines = ["The mayor said the new bridge", "Anna Berg", "had designed would open in May."]
    rep = repair(lines)
    by_pair: dict[tuple[int, ...], float] = {pair: p for pair, _, p, _ in break_features(lines)}
    joins = [e for e in rep.edits if e.kind == "join"]
    assert [e.confidence for e in joins] == [round(by_pair[e.lines], 3) for e in joins]
    assert len(apply_edits(lines, rep.edits, min_confidence=1.0)) == 3


def test_list_breaks_are_recorded_as_unapplied_keeps() -> None:
    rep = repair(["Ingredients:", "two eggs", "some flour", "a pinch of salt"])
    keeps = [e for e in rep.edits if e.kind == "keep"]
    assert keeps
    assert all(not e.applied and 0 < e.confidence < 1 for e in keeps)


@pytest.mark.parametrize(
    "lines",
    [
        ["Ingredients:", "two eggs", "a cup of flour", "some butter"],
        ["Pflegetipps:", "nicht düngen", "im Sommer reichlich gießen", "vor Frost schützen"],
        ["Ingredientes:", "dos huevos", "una taza de harina", "un poco de mantequilla"],
        ["Что взять с собой:", "паспорт и страховку", "теплую куртку", "зарядку для телефона"],
        ["À retenir :", "ne pas arroser en hiver", "tailler au printemps", "protéger du gel"],
    ],
)
def test_lower_case_list_items_are_not_joined(lines: list[str]) -> None:
    # a block that starts lower-case is a list item, not a sentence: its lower-case
    # continuation is the model's to judge, and a list of short items is kept apart
    assert texts(lines) == lines
    held = [e for e in repair(lines).edits if e.rule == "lower-case-start"]
    assert [e.lines for e in held] == [(2, 3), (3, 4)]
    assert all(e.kind == "keep" and not e.applied and e.confidence < 0.5 for e in held)


@pytest.mark.parametrize(
    "lines",
    [
        ["eBay said on Monday that its", "marketplace fees will rise in", "spring for sellers."],
        ["iPhone sales fell sharply", "in the quarter, the company said.", "Shares rose."],
        ["unter den Linden öffnet ein Café an der", "Ecke zur Spree.", "Gäste kommen."],
        ["el Gobierno anunció ayer que las", "tarifas subirán en", "primavera."],
    ],
)
def test_a_lower_case_block_still_continues_a_sentence(lines: list[str]) -> None:
    # a name that starts lower-case (eBay), and a line that ends in an article or a
    # preposition, are sentences cut at a link whatever the block's first letter
    assert texts(lines)[0] == " ".join(x for x in lines if not x.startswith(("Shares", "Gäste")))


@pytest.mark.parametrize(
    "lines",
    [
        [
            "The council voted on Tuesday to close the old bridge, a decision that angered",
            "commuters",
            "across the city.",
            "“This is the only crossing we have,”",
            "Anna Berg",
            "told reporters after the vote.",
        ],
        [
            "Der Stadtrat hat am Dienstag beschlossen, die alte Brücke für",
            "Reparaturen",
            "zu sperren.",
            "„Das ist unsere einzige Verbindung,“",
            "Anna Berg",
            "sagte das nach der Abstimmung.",
        ],
    ],
)
def test_a_comma_inside_a_closing_quote_is_a_comma(lines: list[str]) -> None:
    # a quotation ending in a comma goes on with its attribution, here a link's text
    assert texts(lines) == [" ".join(lines[:3]), " ".join(lines[3:])]
    names = {pair: set(f) for pair, _, _, f in break_features(lines)}
    assert "prev:ends-comma" in names[4, 5]
    assert "prev:ends-unpunctuated" not in names[4, 5]


def test_headline_that_names_the_link_is_kept_apart() -> None:
    # a headline whose paragraph starts with a link to the name it carries: not a cut sentence
    lines = [
        "The council met on Monday.",
        "Anna Berg wins the design prize for the new bridge",
        "Anna Berg",
        "said she was surprised by the vote.",
    ]
    (_, rule, p, names) = break_features(lines)[1]
    assert rule == "unfinished-before-capital"
    assert {"link-shape-echoes-prev", "link-shape-after-heading-position-in-other-record"} <= set(
        names
    )
    assert p < _w.JOIN_FROM
    assert texts(lines) == [lines[0], lines[1], "Anna Berg said she was surprised by the vote."]


def test_link_alone_after_a_long_unfinished_line_in_a_record_that_breaks_before_links() -> None:
    lines = [
        "The council met on Monday and the mayor said that the committee that chose the winner "
        "of the design prize had picked",
        "Anna Berg",
        "for the new bridge over the river.",
        "She thanked",
        "the jury",
        "and the mayor.",
    ]
    (pair, rule, p, names) = break_features(lines)[0]
    assert (pair, rule) == ((1, 2), "unfinished-before-capital")
    assert {
        "prev:long-unfinished",
        "link-shape-after-long-unfinished",
        "record:breaks-before-links",
        "link-shape-in-breaks-before-links-record",
    } <= set(names)
    assert p >= _w.JOIN_FROM
    assert texts(lines) == [" ".join(lines[:3]), "She thanked the jury and the mayor."]


@pytest.mark.parametrize(
    ("before", "cut", "amount"),
    [
        (
            "Defence spending in the Gulf has grown for a decade, officials said on Monday.",
            "According to the ministry, the market for military equipment in the region is "
            "already worth an estimated",
            "$18 billion. The emirate accounts for most of it, analysts say.",
        ),
        (
            "Die Rüstungsausgaben am Golf steigen seit zehn Jahren, sagte ein Sprecher am Montag.",
            "Nach Angaben des Ministeriums hat der Markt für Rüstungsgüter in der Region "
            "inzwischen ein Volumen von geschätzten",
            "€18 Milliarden. Das Emirat hat daran den größten Anteil, sagen Fachleute.",
        ),
        (
            "Цены выросли в марте, сообщила служба статистики в понедельник.",
            "По словам министра, компания в прошлом году вложила в строительство нового завода "
            "под Казанью почти",
            "₽4 миллиарда и теперь ждёт первых заказов.",
        ),
    ],
)
def test_sum_of_money_after_an_unfinished_line_is_seen_by_the_model(
    before: str, cut: str, amount: str
) -> None:
    # style books keep figures from starting a sentence: an amount after a line cut mid-sentence
    # (at a link) may be that sentence's object, though it starts with neither a lower-case
    # letter nor closing punctuation.  Whether it joins is the fitted model's call: fitted on
    # the train corpus (issue #18), where 11 of 19 such breaks are joins, the feature earns no
    # weight of its own, so only that the model sees it is asserted here
    lines = [before, cut, amount]
    (pair, rule, _p, names) = break_features(lines)[-1]
    assert (pair, rule) == ((2, 3), "unfinished-before-capital")
    assert "amount-after-unfinished" in names


def test_an_amount_after_a_finished_sentence_starts_a_paragraph() -> None:
    lines = ["Tickets went on sale on Friday.", "$45 buys a seat in the upper tier."]
    (_, _, _, names) = break_features(lines)[0]
    assert "amount-after-unfinished" not in names
    assert texts(lines) == lines


@pytest.mark.parametrize(
    "label",
    [
        "Share on Facebook",
        "Share this article",
        "Teilen auf Facebook",
        "Partager sur Twitter",
        "Compartir en WhatsApp",
        "Поделиться",
    ],
)
def test_share_button_labels_are_noise(label: str) -> None:
    fixed = repair(["Rain fell all day.", label, "The river rose."])
    assert [(b.kind, b.text) for b in fixed.blocks] == [
        ("paragraph", "Rain fell all day."),
        ("noise", label),
        ("paragraph", "The river rose."),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "The photo was sold to Getty Images.",
        "Reporting by the BBC showed that the plan failed.",
        "See also the report of the council, published in May.",
        "Subscribers were told of the change in March.",
        "Die Kommentare der Leser waren freundlich.",
        "Source: the ministry said the plan would fail.",
        "Tags are useful, the mayor said.",
        "Most people agreed.",
        "Lees ook het rapport van de commissie, dat vandaag verscheen.",
        "Leia mais devagar, pediu a professora aos alunos.",
        "Les ogres sont partis avant l'aube.",
        "He took up photography: it calmed him, he said.",
    ],
)
def test_sentences_that_share_words_with_page_junk_stay_paragraphs(line: str) -> None:
    fixed = repair(["The storm passed overnight.", line, "Repairs began in the morning."])
    assert [b.kind for b in fixed.blocks] == ["paragraph"] * 3


@pytest.mark.parametrize(
    ("label", "headline"),
    [
        ("Mehr zum Thema", "Schuldenbremse: Was sie erlaubt und was nicht"),
        ("Related articles", "Ferries return to the islands"),
        ("Lire aussi", "Inflation : les prix alimentaires ralentissent"),
        ("Читайте также:", "Цены на бензин выросли третью неделю подряд"),
    ],
)
@pytest.mark.parametrize("between", ["", "\n"])
def test_the_headline_after_a_read_more_label_is_a_related_link(
    label: str, headline: str, between: str
) -> None:
    lines = ["Talks ended on Monday.", label, *([between] if between else []), headline]
    lines += ["Prices rose in May, the office said."]
    assert [(b.kind, b.text) for b in repair(lines).blocks] == [
        ("paragraph", "Talks ended on Monday."),
        ("noise", label),
        ("noise", headline),
        ("paragraph", "Prices rose in May, the office said."),
    ]


def test_a_sentence_after_a_read_more_label_stays_a_paragraph() -> None:
    lines = ["Related articles", "The council met on Monday and agreed a new budget."]
    assert kinds(lines) == ["noise", "paragraph"]


def test_an_entry_cut_at_its_link_after_a_read_more_label_is_joined() -> None:
    lines = ["See also", "Golem", ", a network that anyone can rent computing power from."]
    assert [(b.kind, b.text) for b in repair(lines).blocks] == [
        ("noise", "See also"),
        ("paragraph", "Golem, a network that anyone can rent computing power from."),
    ]


def test_words_between_share_labels_are_no_share_button_alone() -> None:
    assert junk.noise_by_pattern("Share on Facebook Share on X") is not None
    assert junk.noise_by_pattern("on") is None
    assert junk.noise_by_pattern("via") is None


def test_a_sentence_about_shares_is_not_a_share_button() -> None:
    fixed = repair(["Markets were calm.", "Share prices rose sharply on Monday."])
    assert [b.kind for b in fixed.blocks] == ["paragraph", "paragraph"]


# --- the rule registry ----------------------------------------------------------------------------


def test_every_decision_a_join_rule_can_return_is_registered() -> None:
    from newsdump import _repair_rules as rules
    from newsdump._repair_registry import RULES

    decisions = [v for v in vars(rules).values() if isinstance(v, rules.Decision)]
    assert len(decisions) == 18  # (the sixteenth session added `command-line`)
    for d in decisions:
        entry = RULES[d.rule]
        assert (entry.kind == "join", entry.confidence) == (d.join, d.confidence), d.rule
        assert entry.proposers, d.rule


def test_every_join_rule_function_is_registered_and_run() -> None:
    import inspect

    from newsdump import _repair_rules as rules
    from newsdump._repair_registry import RULES

    functions = {
        f for name, f in inspect.getmembers(rules, inspect.isroutine) if name.startswith("rule_")
    }
    proposers = {f for entry in RULES.values() for f in entry.proposers}
    assert functions == proposers
    assert set(rules.JOIN_RULES) == proposers - {rules.rule_unsure}


def test_the_model_has_one_feature_per_proposed_rule() -> None:
    from newsdump._repair_registry import RULE_NAMES, RULES

    assert [f[5:] for f in FEATURES if f.startswith("rule:")] == list(RULE_NAMES)
    assert set(RULE_NAMES) == {name for name, entry in RULES.items() if entry.proposers}


def test_junk_patterns_report_their_own_names() -> None:
    from newsdump._repair_registry import RULES

    cases = {
        "© 2024 Example Media": "noise:copyright",
        "Photo: Jane Roe": "noise:credit",
        "Reporting by Anna Berg; Editing by Tom Lee": "noise:reporting-credit",
        "Folgen Sie uns auf Telegram": "noise:follow-us",
        "Alle Rechte vorbehalten.": "noise:rights-reserved",
        "5 min read": "noise:read-time",
        "Advertisement": "noise:advertisement",
        "Story continues below advertisement": "noise:advertisement",
        "Lesen Sie auch: Die Bahn streicht Züge": "noise:read-more",
        "Jetzt abonnieren und weiterlesen": "noise:subscribe",
        "Listen to this article": "noise:listen",
        "12 comments": "noise:comments",
        "Schlagwörter: Bahn, Streik": "noise:tags",
        "Quelle: dpa": "noise:source",
        "Skip to main content": "noise:page-chrome",
        "Watch: the bridge opens": "noise:video",
        "Share this article": "noise:share-label",
        "A crowd in Oslo. Getty Images": "noise:photo-agency",
        "Protesters in Lima. Ana Ruiz/Reuters": "noise:agency-credit",
        "We use cookies to improve your experience": "noise:cookies",
        "Share Tweet Email": "noise:share-buttons",
    }
    for line, rule in cases.items():
        found = junk.noise_by_pattern(line)
        assert found is not None, line
        assert found.rule == rule, (line, found)
    names = {name for name in RULES if name.startswith("noise:")}
    # the whole-line labels and the record's bounds have tests of their own (test_junk.py)
    names -= LABEL_RULES | TEASER_RULES | FURNITURE_RULES  # (test_junk6_furniture.py)
    names -= {"noise:head", "noise:tail", "noise:menu-run", "noise:teaser-ledes"}
    names -= {"noise:header-date", "noise:header-rest", "noise:header-time", "noise:front"}
    # set aside by their neighbours, not their words (test_junk.py, test_teaser5_rules.py)
    names -= {"noise:read-time-number", "noise:tag-word", "noise:related-link"}
    assert names == {rule for rule in cases.values() if rule.startswith("noise:")}


_REGISTRY_LINES = [
    "Talks with",
    "Anna Berg",
    "ended on Monday.",
    "",
    "• Ferries to the",
    "islands resume",
    "By Jane Roe",
    "Photo: Jane Roe",
    "Share Tweet Email",
    "klima",
    "Tags: Bahn",
    "The Harbour Reopens",
    "He said it was “historic",
    "” and left.",
    "It rained in 2022.Experts disagree.",
    ".",
    "2",
    "min",
    "Lesen Sie auch",
    "Der Streik geht weiter",
]


@given(st.lists(st.sampled_from(_REGISTRY_LINES), min_size=1, max_size=12))
@settings(max_examples=60)
def test_every_edit_names_a_registered_rule(lines: list[str]) -> None:
    from newsdump._repair_registry import RULES

    for e in repair(lines).edits:
        assert e.rule in RULES, e


# --- who decided, and explain ---------------------------------------------------------------------

_MODEL_JOINS = [
    "The council met on Monday and the mayor said that the committee that chose the winner "
    "of the design prize had picked",
    "Anna Berg",
    "for the new bridge over the river.",
    "She thanked",
    "the jury",
    "and the mayor.",
]


def test_a_join_the_model_took_says_so() -> None:
    join = repair(_MODEL_JOINS).edits[0]
    assert (join.kind, join.lines, join.rule) == ("join", (1, 2), "unfinished-before-capital")
    assert join.decided_by == "model"
    assert join.probability == join.confidence
    assert join.probability is not None
    assert join.probability >= _w.JOIN_FROM


def test_a_model_veto_is_a_keep_decided_by_the_model() -> None:
    lines = [
        "The council met on Monday.",
        "Anna Berg wins the design prize for the new bridge",
        "Anna Berg",
        "said she was surprised by the vote.",
    ]
    [keep] = [e for e in repair(lines).edits if e.lines == (2, 3)]
    assert (keep.kind, keep.applied, keep.decided_by) == ("keep", False, "model")
    assert keep.probability is not None
    assert keep.probability < _w.JOIN_FROM


def test_a_grammar_join_is_decided_by_its_rule_with_the_model_s_confidence() -> None:
    [join] = repair(["Talks with", "Milena Dortkov ended on Monday."]).edits
    assert (join.rule, join.decided_by) == ("function-word-at-end", "rule")
    assert join.probability == join.confidence


def test_rule_only_edits_carry_no_probability() -> None:
    rep = repair(["It rained in 2022.Experts disagree.", "Photo: Jane Roe"])
    assert [(e.kind, e.decided_by, e.probability) for e in rep.edits] == [
        ("split", "rule", None),
        ("set-aside", "rule", None),
    ]


def test_edits_survive_dicts_and_old_dicts_still_read() -> None:
    rep = repair(_MODEL_JOINS)
    again = [Edit.from_dict(json.loads(json.dumps(e.to_dict()))) for e in rep.edits]
    assert again == list(rep.edits)
    assert apply_edits(_MODEL_JOINS, again) == rep.blocks
    old = {"kind": "join", "lines": [1, 2], "rule": "lower-case-start", "confidence": 0.93}
    e = Edit.from_dict({**old, "separator": " ", "column": 0, "block_kind": None, "applied": True})
    assert (e.decided_by, e.probability) == ("rule", None)


def test_explain_reports_every_break_as_the_repair_decided_it() -> None:
    from newsdump._repair import explain

    lines = [*_MODEL_JOINS, "", "Photo: Jane Roe", "Talks with", "Anna Berg", "ended."]
    reports = explain(lines)
    kept = [n for n, x in enumerate(lines, 1) if x.strip()]
    assert [r.lines for r in reports] == list(itertools.pairwise(kept))
    edits = {e.lines: e for e in repair(lines).edits if e.kind in ("join", "keep")}
    for r in reports:
        e = edits.get(r.lines)
        if r.decision == "join":
            assert e is not None
            assert e.kind == "join"
        if e is not None:
            assert (r.rule, r.decided_by) == (e.rule, e.decided_by)
            assert r.decision == ("join" if e.applied else "keep")
        if r.decided_by == "model":
            assert r.probability is not None
            assert r.score is not None
            assert f"rule:{r.rule}" in r.features


@given(st.lists(st.sampled_from(_REGISTRY_LINES), min_size=1, max_size=12))
@settings(max_examples=60)
def test_explain_agrees_with_the_repair(lines: list[str]) -> None:
    from newsdump._repair import explain
    from newsdump._repair_registry import RULES

    joins = {e.lines for e in repair(lines).edits if e.kind == "join"}
    reports = explain(lines)
    assert {r.lines for r in reports if r.decision == "join"} == joins
    assert all(r.rule in RULES for r in reports)
