"""A caption that says who is where in its picture (issue #19 item 2, fourteenth session):
``noise:pictured``.  ``Anna Berg (l.) mit Jens Holm``, ``The mayor (left) at the opening``,
``(L-R) Anna Berg, Jens Holm``, ``Von links: …``, ``Pictured: …``, ``… (Archivbild)``: a
position in the picture after a name, a left-to-right list's label first, or a file or symbol
picture's note last.  The words are data in the corpora's languages (`POSITIONS`,
`LEFT_TO_RIGHT`, `PICTURE_NOTES`).  An article's paragraph may name a photo in a later sentence
(``… Accompanying them in the photo is Jens Holm (center).``): only the first sentence is read.
`_repair_teasers.teaser_asides` runs it, after the bounds, on the lines no rule but a heading's
or a caption's shape took and no link's text inside a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Final

from ._lazyre import lazy
from ._repair_registry import RULES
from ._repair_rules import Aside
from ._repair_tail_words import bound_takes

PICTURED: Final = RULES["noise:pictured"].aside
PICTURED_WORDS: Final = 60
"""Words: a caption naming a row of people with where they stand fits; a longer line is the
article's own paragraph."""
POSITIONS: Final = (
    "l. r. li. re. m. links rechts mitte left right centre center far_left far_right"
    " second_left second_right izq. der. izquierda derecha centro à_gauche à_droite au_centre"
    " a_sinistra a_destra al_centro midden à_esquerda à_direita ao_centro z_lewej z_prawej"
    " w_środku t.v. t.h. tv. th. till_vänster till_höger слева справа"
)
"""Where a person stands in a picture, in parentheses after the name (``_`` for a space), in
English, German, Spanish, French, Italian, Dutch, Portuguese, Polish, the Nordic languages and
Russian.  Lower case only: ``(R.)`` may be a party."""
LEFT_TO_RIGHT: Final = (
    "(l-r) (l-r): (l_to_r) (from_left) from_left: (von_links) von_links: v.l.n.r.: v._l._n._r.:"
    " v.l.: (de_izquierda_a_derecha) de_izquierda_a_derecha: de_gauche_à_droite_:"
    " de_gauche_à_droite: da_sinistra: van_links_naar_rechts: od_lewej: fra_venstre:"
    " från_vänster: pictured pictured: im_bild: auf_dem_bild: en_la_imagen: en_la_foto:"
    " sur_la_photo nella_foto op_de_foto na_zdjęciu: на_фото:"
)
"""A caption's first words naming its people from the left, or saying it shows them (``_`` for
a space; case aside)."""
_FIRST_WORDS: Final = frozenset(w.partition("_")[0] for w in LEFT_TO_RIGHT.split())
"""The first word of a `LEFT_TO_RIGHT` label, lower-cased: a cheap test before the pattern."""
PICTURE_NOTES: Final = (
    "archivbild archivfoto symbolbild symbolfoto file_photo file_picture foto_de_archivo"
    " imagen_de_archivo photo_d'archives photo_d'illustration foto_d'archivio archiefbeeld"
    " archieffoto zdjęcie_ilustracyjne arkivbild arkivfoto"
)
"""A file or symbol picture's note in parentheses ending a caption (``(Archivbild)``)."""


def _alt(words: str) -> str:
    """The words as a pattern's alternatives, ``_`` a space."""
    return "|".join(re.escape(w).replace("_", r"\s") for w in words.split())


_POSITION: Final = lazy(globals(), "_POSITION", rf"\s\((?:{_alt(POSITIONS)})\)")
"""Where a person stands, after a word (`pictured` reads that word: a name's, capitalised):
``Jens Holm (l.)``."""
_LEFT_FIRST: Final = lazy(
    globals(),
    "_LEFT_FIRST",
    rf"(?i)^(?:{_alt(LEFT_TO_RIGHT)})(?=[\s,]|$)",
)
"""A left-to-right list's label or a picture's ``Pictured`` first."""
_NOTE_LAST: Final = lazy(globals(), "_NOTE_LAST", rf"(?i)\S\s\((?:{_alt(PICTURE_NOTES)})\)$")
"""A file or symbol picture's note last, after its caption (alone on its line it is the
truth's article line as often: junk-dev's traf counts one so)."""
_SENTENCE_END: Final = lazy(globals(), "_SENTENCE_END", r"[.!?]\s+(?=[^\W\d_a-z])")
"""Where the first sentence ends: a stop, a space and a capital (``(l.) Mit`` may end one
too: the position's own stop, which leaves the name in the first)."""


def pictured(line: str) -> bool:
    """Whether ``line`` is a caption saying who is where in its picture, by its first sentence.

    >>> pictured("Anna Berg (l.) und Jens Holm bei der Eröffnung der Fähre.")
    True
    >>> pictured("(L-R) Anna Berg, Jens Holm and Marc Le Goff")
    True
    >>> pictured("Die Fähre im Hafen von Kiel. (Archivbild)")
    True
    >>> pictured("The ferry left at dawn. Beside her in the photo is Jens Holm (left).")
    False
    """
    if line.count(" ") >= PICTURED_WORDS:
        return False
    if line.partition(" ")[0].lower() in _FIRST_WORDS and _LEFT_FIRST.match(line) is not None:
        return True
    if line.endswith(")") and _NOTE_LAST.search(line) is not None:
        return True
    m = _POSITION.search(line)
    if m is None or not line[: m.start()].rpartition(" ")[2][:1].isupper():
        return False  # (no position, or not after a name: ``the map (left)``)
    first = _SENTENCE_END.search(line, 0, m.start())
    return first is None


def pictured_asides(
    texts: Sequence[str],
    open_: Callable[[int], bool],
    asides: list[Aside | None],
    where: Sequence[Aside | None] | None,
    lows: Sequence[str] | None = None,
) -> None:
    """Set aside, in place, every line `pictured` takes where ``open_`` says a rule may (no rule
    but a heading's or a caption's shape took it, no link's text inside a sentence) and the
    bounds did not already (``where``).  ``lows``: the lines lower-cased, when the caller has
    them (empty for a long line)."""
    for i, text in enumerate(texts):
        if " (" not in text:
            low = lows[i] if lows is not None and lows[i] else text.lower()
            if low.partition(" ")[0] not in _FIRST_WORDS:
                continue  # (most lines: no parenthesis after a word, no label first)
        was = asides[i]
        if was is not None and was.kind not in ("heading", "caption"):
            continue
        if where is not None and bound_takes(where[i], was):
            continue  # (the bounds set it aside already, under their own name)
        if pictured(text) and open_(i):
            asides[i] = PICTURED
