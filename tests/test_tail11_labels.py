"""A few short labels between the article's last paragraph and the tail's first sign (issue #19,
session 14, tail11): a newsletter box's name, a section link, an author box's name and role
(``Weitere Newsletter``, ``Mehr Sport``, ``Lucía Berrocal`` / ``Redactora de tribunales``) ran
on into nothing the tail's signs know, so they were kept as the article's last lines.  Now a run
of at most `LABEL_RUN` such lines, each of up to `LABEL_WORDS` words (one word only beside
another label), unfinished, with no
credit's marks and not ending in a function word, is the page's.  A sign-off of one word, a
credit or a source, a date line, a closing sentence and a longer list stay the article's.

All text is invented for these tests.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.target import private
from tests.test_junk_bounds import ARTICLE

repair = private("_repair").repair
edges = private("_repair_edges")

SIGNS = {  # the tail's first sign (an end label) and the teasers after it
    "de": ["Meistgelesen", "Hafen bleibt im Winter zu", "Pokalfinale ausverkauft", "Neue Buslinie"],
    "en": ["Most read", "Harbour fest moves to May", "Cup final sold out", "New bus line"],
    "es": ["Lo más leído", "El puerto cierra en invierno", "Entradas agotadas", "Nueva línea"],
    "fr": ["Les plus lus", "Le port ferme en hiver", "Finale à guichets fermés", "Nouvelle ligne"],
}

LABELS = {  # what a page prints between the article and that sign
    "de": [["Weitere Newsletter"], ["Mehr Sport", "Mehr Kultur"], ["Kultur", "Alle Kulturartikel"]],
    "en": [["Science desk"], ["Paula Lindqvist", "Senior correspondent"]],
    "es": [["Más deportes"], ["Marta Ibáñez Soler", "Redactora de cultura"]],
    "fr": [["Toute l'actualité"], ["Claire Moreau", "Journaliste politique", "Voir ses articles"]],
}

CASES = [(lang, labels) for lang, runs in sorted(LABELS.items()) for labels in runs]


def kept(lines: list[str]) -> list[str]:
    return [b.text for b in repair(lines).blocks if b.kind != "noise"]


@pytest.mark.parametrize(("lang", "labels"), CASES)
def test_short_labels_before_the_tails_sign_are_the_pages(lang: str, labels: list[str]) -> None:
    lines = [*ARTICLE[lang], *labels, *SIGNS[lang]]
    rules = {b.text: b.rule for b in repair(lines).blocks if b.kind == "noise"}
    for label in labels:  # (kept as the article's last lines on the starting commit; a
        # newsletter's name is itself a sign of the tail since session 17: `noise:tail` there)
        assert rules.get(label) == ("noise:tail" if "Newsletter" in label else "noise:menu-run")
    assert kept(lines) == ARTICLE[lang]


KEEP = {
    "a sign-off of one word": ["Benni"],
    "a credit": ["Text/Fotos: Anna Berg"],
    "a source with a comma": ["Radio Nord, Morgenmagazin"],
    "a date line": ["Stand 3. Mai"],
    "a cut-off sentence": ["Mehr dazu bei"],
    "a closing sentence": ["Danke fürs Lesen!"],
    "a label of four words": ["Alle Artikel zum Hafen"],
    "a list of four": ["Hafen im Winter", "Brücke im Bau", "Rat der Stadt", "Busse am Abend"],
}


@pytest.mark.parametrize("name", sorted(KEEP))
def test_what_an_article_ends_with_stays(name: str) -> None:
    lines = [*ARTICLE["de"], *KEEP[name], *SIGNS["de"]]
    assert set(KEEP[name]) <= set(kept(lines)), name


def test_labels_that_end_the_record_with_no_sign_stay() -> None:
    lines = [*ARTICLE["en"], "Paula Lindqvist", "Senior correspondent"]
    assert kept(lines)[-2:] == lines[-2:]


def test_label_run_reads_the_whole_stretch_to_the_sign() -> None:
    texts = ["Der Rat hat die Brücke gesperrt.", "Mehr Sport", "Mehr Kultur", "Meistgelesen", "x"]
    units = [(0, 1, True), *[(k, k + 1, False) for k in range(1, 5)]]
    assert edges.label_run(texts, units, 1, 3)
    assert not edges.label_run(texts, units, 1, 1)  # (nothing between)
    assert not edges.label_run(texts, [(0, 1, True), (1, 3, False), (3, 5, False)], 1, 3)


WORDS = st.sampled_from(["Mehr", "Sport", "Kultur", "Weitere", "Newsletter", "Paula", "Lindqvist"])
LABEL = st.lists(WORDS, min_size=1, max_size=5).map(" ".join)


@given(st.lists(LABEL, min_size=1, max_size=5), st.sampled_from(sorted(SIGNS)))
def test_the_article_is_never_lost_to_labels_after_it(labels: list[str], lang: str) -> None:
    lines = [*ARTICLE[lang], *labels, *SIGNS[lang]]
    got = kept(lines)
    assert got[: len(ARTICLE[lang])] == ARTICLE[lang]
    # whatever is set aside after the article is one of the labels or the tail's lines
    assert set(lines) - set(got) <= {*labels, *SIGNS[lang]}
