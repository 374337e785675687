"""A teaser's headline that asks, after its kicker and a colon, in the page's tail (issue #19,
session 13): ``Hafen: Wird die Brücke je wieder geöffnet?`` is a finished line, which the tail
kept as the article's last words; an interview's questions name the one who asks each time and
stay.

All text is invented for these tests.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdump._repair import repair
from newsdump._repair_tail_runs import QUESTION_WORDS, kicker_question
from tests.test_junk_bounds import ARTICLE

TEASERS = {
    "de": [
        "Meistgelesen",
        "Hafen: Wird die Brücke je wieder geöffnet?",
        "Der Rat hat am Dienstag lange über die Kosten der Reparatur gestritten und nichts"
        " beschlossen.",
        "Verkehr: Wie kommen Pendler im Winter über den Fluss?",
        "Die Fähre fährt ab Dezember öfter, doch die Wartezeiten am Kai bleiben lang für alle.",
        "© 2024 Hafenblatt",
    ],
    "en": [
        "Most read",
        "Harbour: Will the bridge ever open again?",
        "The council argued for hours on Tuesday about the cost of the repairs and decided"
        " nothing.",
        "Traffic: How will commuters cross the river this winter?",
        "The ferry will run more often from December, but the queues at the quay stay long.",
        "© 2024 Harbour Media",
    ],
    "es": [
        "Lo más leído",
        "Puerto: ¿Volverá a abrir algún día el puente?",
        "El ayuntamiento discutió durante horas el martes el coste de las obras y no decidió nada.",
        "Tráfico: ¿Cómo cruzarán el río este invierno los que van al trabajo?",
        "El ferry saldrá más a menudo desde diciembre, pero las colas en el muelle siguen largas.",
        "© 2024 Diario del Puerto",
    ],
    "fr": [
        "Les plus lus",
        "Port : le pont rouvrira-t-il un jour ?",
        "Le conseil a discuté pendant des heures mardi du coût des travaux sans rien décider du"
        " tout.",
        "Circulation : comment traverser le fleuve cet hiver ?",
        "Le bac passera plus souvent dès décembre, mais les files sur le quai restent longues.",
        "© 2024 Journal du Port",
    ],
}


MORE = {  # (the article outweighs the teasers' summaries, as on a page)
    "de": [
        "Für die Pendler soll die Fähre am Kai ab Dezember jede halbe Stunde fahren, auch am"
        " Wochenende und an den Feiertagen, teilte die Verwaltung am Abend mit.",
        "Die Händler in der Altstadt fürchten, dass im Winter weniger Kunden kommen, und haben"
        " den Rat um eine Hilfe für die Monate der Sperrung gebeten.",
    ],
    "en": [
        "For commuters the ferry at the quay will run every half hour from December, also at"
        " weekends and on public holidays, the council said in the evening.",
        "Shop owners in the old town fear that fewer customers will come in the winter and have"
        " asked the council for help during the months of the closure.",
    ],
    "es": [
        "Para los que van al trabajo, el ferry del muelle saldrá cada media hora desde"
        " diciembre, también los fines de semana y los festivos, informó el ayuntamiento.",
        "Los comerciantes del casco antiguo temen que en invierno vengan menos clientes y han"
        " pedido al ayuntamiento una ayuda para los meses del cierre.",
    ],
    "fr": [
        "Pour ceux qui vont au travail, le bac du quai passera toutes les demi-heures dès"
        " décembre, aussi le week-end et les jours fériés, a indiqué la mairie le soir.",
        "Les commerçants de la vieille ville craignent que moins de clients viennent en hiver et"
        " ont demandé au conseil une aide pour les mois de la fermeture.",
    ],
}


@pytest.mark.parametrize("lang", sorted(TEASERS))
def test_a_teasers_question_after_the_tails_start_is_set_aside(lang: str) -> None:
    article = [*ARTICLE[lang], *MORE[lang]]
    lines = [*article, *TEASERS[lang]]
    blocks = repair(lines).blocks
    rules = {b.text: b.rule for b in blocks if b.kind == "noise"}
    # (on the starting commit both questions were kept: finished lines after the tail's sign)
    assert rules.get(TEASERS[lang][1]) == "noise:tail"
    assert rules.get(TEASERS[lang][3]) == "noise:tail"
    kept = [b.text for b in blocks if b.kind != "noise"]
    assert kept[:5] == article  # the article untouched, nothing glued to it


INTERVIEW = [
    "Der Hafen wird im Winter geschlossen, und die Stadt sucht nach Lösungen für die Pendler.",
    "Wir haben mit der Stadträtin über die Brücke, die Fähre und die Kosten gesprochen.",
    "Hafenblatt: Frau Berg, wann wird die Brücke wieder geöffnet?",
    "Im Frühjahr beginnen die Arbeiten, und in zwei Jahren fahren wieder Autos über die Brücke.",
    "Anzeige",
    "Hafenblatt: Warum dauert die Reparatur so lange?",
    "Weil die alten Pfeiler im Wasser stehen und nur bei Niedrigwasser erneuert werden können.",
    "Hafenblatt: Und was kostet das die Stadt?",
    "Rund vier Millionen Euro, von denen das Land einen großen Teil übernimmt, sagte Berg.",
    "Teilen",
    "Facebook",
    "Twitter",
]


def test_an_interviews_questions_after_an_ad_label_stay() -> None:
    blocks = repair(INTERVIEW).blocks
    kept = [b.text for b in blocks if b.kind != "noise"]
    for question in (INTERVIEW[2], INTERVIEW[5], INTERVIEW[7]):
        assert question in kept


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hafen: Wird die Brücke je wieder geöffnet?", True),
        ("Port : le pont rouvrira-t-il un jour ?", True),
        ("Weltwirtschaft: die neue Werkbank der Welt?", True),
        ("Wird die Brücke je wieder geöffnet?", False),  # no kicker: a sentence as often
        ("Hafen: Die Brücke wird im Frühjahr wieder geöffnet.", False),  # no question
        ("Der Rat fragt. Hafen: Wird die Brücke geöffnet?", False),  # a stop before the colon
        ("Hafen: " + " ".join(["Wort"] * QUESTION_WORDS) + "?", False),  # a summary's length
    ],
)
def test_the_shape(text: str, expected: bool) -> None:
    assert kicker_question([text], 0) is expected


@given(st.lists(st.sampled_from(["Hafen", "Rat", "Verkehr"]), min_size=2, max_size=5))
def test_a_kicker_said_again_is_never_a_teasers(kickers: list[str]) -> None:
    texts = [f"{k}: Wird die Brücke je wieder geöffnet?" for k in kickers]
    for i, k in enumerate(kickers):
        assert kicker_question(texts, i) is (kickers.count(k) == 1)
