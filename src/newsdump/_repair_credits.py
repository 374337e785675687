"""Caption credits that `_repair_labels.credited_caption`'s pattern does not read (issue #19 item
2, sixteenth session), each ending a caption the way a wire service or a magazine prints it:

* a rights notice after the photographer's slash (``… Anna Berg/Copyright 2026 The AP. All
  rights reserved.``) or a licensing link after a wire's credit (``… NORDWIRE/Anna Berg
  Purchase Licensing Rights``);
* a wire's photo credit in parentheses (``… in Kiel. (AP Photo/Jens Holm)``);
* a ``©`` glued to the caption's last word (``… am Hafen© Stadt Kiel/Anna Berg``);
* a photo shoot's credits, the photographer's and then the team's (``… von NORDMODE. Foto: Anna
  Berg. Styling: Lea Wolf. Haare: Jan Roth. Make-up: Eva Lind``);
* a screenshot's source after the label (``… der Plan der Partei. Bild: Screenshot: partei.de``).

They are credited captions (``noise:credited-caption``): the line is a picture's, whatever its
caption says.  The words are data in the corpora's languages (`SHOOT_ROLES`, `RIGHTS_NOTICES`).
"""

from __future__ import annotations

from typing import Final

from . import _repair_label_words as lw
from ._lazyre import lazy

SHOOT_ROLES: Final = lw.alt(
    "styling stylist stylistin hair haare make-up makeup hair_&_make-up hair_and_make-up"
    " nails nägel set_design casting model models produktion production assistenz assistant"
    " art_direction",  # English, German
    "stylisme coiffure maquillage réalisation",  # French
    "estilismo peluquería maquillaje producción",  # Spanish
    "styling trucco capelli produzione",  # Italian
)
"""The roles a photo shoot's credits name after the photographer's (a magazine's fashion or
portrait pages): with a ``Role: Name`` after the photo's credit the line is the shoot's credit
block, not a sentence citing a source."""
RIGHTS_NOTICES: Final = lw.alt("all_rights_reserved alle_rechte_vorbehalten tous_droits_réservés")
"""The rights notice a wire service prints after its photographer's name in a caption."""

_NAME: Final = lw.NAME_WORD
_CREDIT_END: Final = lazy(
    globals(),
    "_CREDIT_END",
    rf"""(?ix)(?:
        /\s?copyright\s\d{{4}}\s[^./]{{1,40}}\.\s(?:{RIGHTS_NOTICES})\.?        # /Copyright …
      | (?-i:[A-Z]{{2,}})/{_NAME}(?:\s{_NAME}){{0,3}}\spurchase\slicensing\srights
            (?:,\sopens\snew\stab)?                                 # WIRE/Name Purchase …
      | \((?:{lw.CREDIT_AGENCIES})\s(?:photo|foto|images?)\s?/\s?{_NAME}
            (?:\s{_NAME}){{0,3}}\)                                   # (AP Photo/Name)
      | (?<=[^\W\d_])©\s?{_NAME}(?:[\s/-]{{1,3}}{_NAME}){{0,5}}        # …Hafen© Stadt/Name
      | (?<=[\w.\s])(?:{lw.CREDIT_LABELS})\s?:\s?{_NAME}(?:\s{_NAME}|\s(?-i:[a-z]{{2,3}})){{0,4}}
            (?:\.\s?(?:{SHOOT_ROLES})\s?:\s?{_NAME}(?:\s{_NAME}){{0,3}}){{1,6}}   # team's
      | (?<=[\s.])(?:{lw.CREDIT_LABELS})\s?:\s?screenshots?\s?:\s?
            [\w.-]{{2,40}}(?:\s[\w.-]{{2,40}}){{0,2}}                 # Bild: Screenshot: x.de
    )\.?$""",
)
"""The credits above, each ending the line (a name's words capitalised; a noble particle such
as ``von`` or ``de`` between them; the shoot's credits at least one role after the photo's)."""
_ROLE_NEEDLES: Final = tuple(
    sorted(
        {
            r.replace("\\s", " ").replace("\\", "") + end
            for r in SHOOT_ROLES.split("|")
            for end in (":", " :")
        }
    )
)
"""Each role with its colon, lower-cased, as plain substrings (a cheap test first)."""
CREDIT_TAIL: Final = 160
"""Characters at a line's end searched: the longest credit (a shoot's, a photographer's and five
roles' names) fits; a longer tail would be a sentence."""


def other_credit(line: str) -> bool:
    """Whether ``line`` ends in one of the credits above.

    >>> other_credit("Ferries in the harbour of Kiel. (AP Photo/Jane Roe)")
    True
    >>> other_credit("Die neue Fähre am Anleger© Stadt Kiel/Anna Berg")
    True
    >>> other_credit("The council met on Monday (see photo/video below)")
    False
    """
    tail = line[-CREDIT_TAIL:]
    # (cheap tests first, each alternative's own sign: most lines hold none)
    if "©" in tail:
        return _CREDIT_END.search(tail) is not None
    slash, colons = "/" in tail, tail.count(":") >= 2  # (a label's colon and a role's, or two)
    if not (slash or colons):
        return False
    low = tail.lower()
    if not (
        (slash and ("copyright" in low or "licensing" in low or ")" in tail[-2:]))
        or (colons and ("screenshot" in low or any(n in low for n in _ROLE_NEEDLES)))
    ):
        return False
    return _CREDIT_END.search(tail) is not None
