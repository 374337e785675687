"""The page's own boxes of prose after the tail's first sign (issue #19, session 14, tail12): a
login or cookie text, a copyright note, the comment section's rules, a newsletter's consent or a
paywall's offer is a finished sentence of prose, so after the article's end it was kept as the
article's last words.  Now such a line after the tail's first sign (`PAGE_BOX`) is the page's
(``noise:tail``); an author's bio or a correction note after the sign names none of those things
and stays the article's, and the same phrases before the sign (inside the article) stay too.

All text is invented for these tests.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.target import private
from tests.test_junk_bounds import ARTICLE

repair = private("_repair").repair
tw = private("_repair_tail_words")

SIGN = {  # a share row that its words set aside: where the article's stretch ends (the tail's
    # first sign; a share label that no rule set aside is a label over what follows, after which
    # all is the page's, prose or not, on the old code too)
    "de": ["Facebook", "Twitter", "WhatsApp", "E-Mail", "Drucken", "Link kopieren"],
    "en": ["Share this article", "Share on Facebook", "Share on X", "Copy link"],
    "es": ["Compartir en Facebook", "Compartir en X", "Copiar enlace"],
    "fr": ["Partager sur Facebook", "Partager sur X", "Copier le lien"],
}

BOXES = {  # the page's own prose: a finished sentence, long enough to read as prose
    "de": [
        "Mit Ihrem Abo können Sie jeden Monat fünf Artikel verschenken, die Texte sind für"
        " die Beschenkten kostenlos.",
        "Aktuell sind Sie nicht eingeloggt und können diesen Artikel deshalb nicht verschenken.",
        "Ihr Kommentar wird von einem Moderator geprüft, bevor er auf unserer Seite erscheint.",
        "Ja, ich möchte den Newsletter erhalten und kann die Einwilligung jederzeit widerrufen.",
        "Eine Weiterverwendung der Texte über den privaten Gebrauch hinaus ist nicht gestattet.",
    ],
    "en": [
        "Only subscribers who are signed in to their account can read the archive of the paper.",
        "Please keep comments relevant and respectful, and remember that a moderator reads them.",
        "Reader comments do not necessarily reflect the views of the editors of this website.",
        "Copyright 2024 The Valley Courier and its partners. All rights reserved in every country.",
    ],
    "es": [
        "Lee nuestra política de privacidad para saber cómo tratamos los datos de cada lector.",
        "Copyright 2024 El Diario del Valle, todos los derechos reservados en todos los países.",
    ],
    "fr": [
        "Lisez notre politique de confidentialité pour savoir comment nous traitons vos données.",
        "Copyright 2024 Le Courrier de la Vallée, tous droits réservés pour tous les pays.",
    ],
}

STAYS = {  # a closing paragraph after the sign that is the article's: a bio, a correction
    "de": "Anna Berg schreibt seit 2015 über die Stadt und den Rat für die Zeitung im Tal.",
    "en": "An earlier version of this article gave the wrong date for the start of the repairs.",
    "es": "Marta Ibáñez cubre la política municipal para el diario desde hace diez años.",
    "fr": "Une version précédente de cet article donnait une mauvaise date pour les travaux.",
}

CASES = [(lang, box) for lang, boxes in sorted(BOXES.items()) for box in boxes]


def rules_of(lines: list[str]) -> dict[str, str | None]:
    return {b.text: b.rule for b in repair(lines).blocks}


@pytest.mark.parametrize(("lang", "box"), CASES)
def test_a_pages_box_of_prose_after_the_tails_sign_is_tail(lang: str, box: str) -> None:
    lines = [*ARTICLE[lang], *SIGN[lang], box, "Rail strike ends", "Cup final sold out"]
    rules = rules_of(lines)
    # (on the starting commit the box was kept as the article's last paragraph)
    assert rules[box] == "noise:tail"
    for line in ARTICLE[lang]:
        assert rules[line] is None  # the article is as it was


@pytest.mark.parametrize("lang", sorted(STAYS))
def test_a_bio_or_a_correction_after_the_sign_stays(lang: str) -> None:
    lines = [*ARTICLE[lang], *SIGN[lang], STAYS[lang]]
    assert not tw.page_box(STAYS[lang])
    assert rules_of(lines)[STAYS[lang]] is None


@pytest.mark.parametrize(("lang", "box"), CASES)
def test_the_same_words_inside_the_article_stay(lang: str, box: str) -> None:
    # an article about cookies or comments quotes such sentences: before the sign, no box
    lines = [*ARTICLE[lang][:2], box, ARTICLE[lang][2], *SIGN[lang], "Rail strike ends"]
    kept = [b.text for b in repair(lines).blocks if b.kind != "noise"]
    assert box in kept


@pytest.mark.parametrize(("lang", "box"), CASES)
def test_every_box_phrase_is_found(lang: str, box: str) -> None:
    assert tw.page_box(box), (lang, box)


@given(st.sampled_from(CASES), st.integers(0, 3))
def test_nothing_is_lost_around_a_box(case: tuple[str, str], teasers: int) -> None:
    lang, box = case
    extra = ["Rail strike ends", "Cup final sold out", "New bus line"][:teasers]
    lines = [*ARTICLE[lang], *SIGN[lang], box, *extra]
    blocks = repair(lines).blocks
    assert " ".join(b.text for b in blocks).split() == " ".join(lines).split()
    kept = [b.text for b in blocks if b.kind != "noise"]
    assert kept[: len(ARTICLE[lang])] == ARTICLE[lang]
