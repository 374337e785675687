"""An e-mail address alone under a line ending in a number is a contact block's line (issue #19,
item 3).

A page's contact block writes its phone or fax number and its e-mail address on lines of their
own (``Tel. 0421 556 870`` / ``presse@hafenverein.example``); the join rules read the e-mail's
lower-case start as the rest of a sentence a link cut (``lower-case-start``), or the
``[email protected]`` an e-mail protection writes as a bracket going on.  A sentence puts a
word or a comma between a number and an e-mail address (`_repair_contacts.contact_lines`, rule
``contact-lines``).  Every example is invented.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import newsdump
from tests.target import private
from tests.test_joins9_pages import HEAD, TAIL, TEXT, kept_break

CONTACTS = {
    "de": ["Pressestelle Hafenverein", "Tel. 0421 556 870", "presse@hafenverein.example"],
    "en": ["Harbour Office", "Phone: +44 1632 960 118", "office@harbour-trust.example"],
    "es": ["Oficina de prensa", "Teléfono 915 550 172", "[email protected]"],
}


def _page(lang: str, lines: list[str], furniture: bool = True) -> list[str]:
    text = [*TEXT[lang][:2], *lines, *TEXT[lang][2:]]
    return [*HEAD[lang], *text, *TAIL[lang]] if furniture else text


def test_a_contact_blocks_e_mail_keeps_its_break() -> None:
    # joined on the old code (``lower-case-start``; ``parenthesis-continues`` for the bracket),
    # with the page's furniture or without it
    for lang, lines in CONTACTS.items():
        for furniture in (True, False):
            page = _page(lang, lines, furniture)
            kept, rules = kept_break(page, lines[1], lines[2])
            assert kept, (lang, furniture)
            assert "contact-lines" in rules, (lang, furniture)
            assert lines[2] in [b.text for b in newsdump.repair(page).blocks], lang


def test_an_e_mail_after_a_word_still_joins() -> None:
    # what makes the test above honest: an e-mail's link cut out of a sentence, after a word
    lines = [
        "Fragen zum Programm beantwortet Ana Ruiz unter der Nummer 0421 556 870 oder unter",
        "ana.ruiz@hafenverein.example",
        ", sagte die Sprecherin am Montag.",
    ]
    fixed = newsdump.repair(lines)
    assert "contact-lines" not in {e.rule for e in fixed.edits}
    assert len(fixed.blocks) == 1


DIGITS = st.text(alphabet="0123456789", min_size=2, max_size=6)
PARTS = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=8)


@given(
    prefix=st.sampled_from(["Tel. ", "Fax: ", "+49 ", "Telefon ", ""]),
    number=DIGITS,
    name=PARTS,
    host=PARTS,
    tld=st.sampled_from(["de", "example", "org", "co.uk"]),
)
def test_generated_contacts(prefix: str, number: str, name: str, host: str, tld: str) -> None:
    contact_lines = private("_repair_contacts").contact_lines
    email = f"{name}@{host}.{tld}"
    assert contact_lines(1, [f"{prefix}{number}", email])
    assert not contact_lines(1, [f"{prefix}{number} oder", email])  # (a word between: a sentence)
    assert not contact_lines(1, [f"{prefix}{number},", email])
    assert not contact_lines(1, [f"{prefix}{number}", f"{name} {host}.{tld}"])
    assert not contact_lines(1, [f"{prefix}{number}", f"@{host}"])  # (a handle)
    assert not contact_lines(1, [f"{prefix}{number}", f"{name}@{host}"])  # (no domain's dot)
