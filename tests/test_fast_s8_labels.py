"""The credited-caption screen (issue #16, eighth session) decides exactly as the search it skips.

`_may_label_credit` must say "maybe" wherever `_CREDIT_AT_END` finds a labelled credit in a tail
holding no ``©`` nor ``/``: checked over every character the pattern folds case-insensitively,
over generated credits and text, and over every line of the corpora under ``../shared/corpus``
(skipped where absent), against `credited_caption` as it was (kept here as the reference).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from typing import Final

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.target import SHARED, private

labels = private("_repair_labels")
words = private("_repair_label_words")
_credit_rules = private("_repair_credits")

CORPUS: Final = SHARED / "corpus"


def slow_credited_caption(line: str) -> bool:
    """`credited_caption` as it was before the label screen (the reference), with the credits
    its pattern does not read asked of `_repair_credits.other_credit` where the pattern finds
    none (the sixteenth session's inside16)."""
    tail = line[-labels.CREDIT_TAIL :]
    if "©" not in tail and ":" not in tail and "/" not in tail:
        return bool(_credit_rules.other_credit(line))
    m = labels._CREDIT_AT_END.search(tail)
    if m is None:
        return bool(_credit_rules.other_credit(line))
    credit = m.group(0)
    if (
        (m.group("source") or m.group("source_"))
        and line.count(" ") >= labels.SOURCE_LINE_WORDS
        and "/" not in credit
    ):
        return False
    return (
        credit.count(" ") < labels.CREDIT_WORDS + 1
        and not labels._SENTENCE_INSIDE.search(credit)
        and not labels._LOWER_RUN.search(credit)
    )


def _label_words() -> set[str]:
    alternations = words.CREDIT_LABELS + "|" + words.SOURCE_LABELS
    return {re.sub(r"\\(.)", r"\1", w) for w in alternations.split("|")}


def test_label_ends_are_the_label_words_and_by() -> None:
    assert set(labels._LABEL_ENDS) == _label_words() | {"by"}


def test_the_pattern_holds_no_other_word_before_a_colon() -> None:
    """The only words the pattern lets stand between a label and its colon: ``credit(s)``,
    ``by`` (all in `_LABEL_ENDS`)."""
    assert r"(?:\s(?:credits?|by))?\s?:" in labels._CREDIT_AT_END.pattern
    assert {"credit", "credits", "by"} <= set(labels._LABEL_ENDS)


def _all_characters() -> Iterator[str]:
    for code in range(sys.maxunicode + 1):
        if not 0xD800 <= code <= 0xDFFF:
            yield chr(code)


def test_every_character_folding_to_a_label_letter_elsewhere_is_listed() -> None:
    """A character the case-insensitive pattern matches to a letter of a label, but that
    `str.lower` maps to something else, is tested in full (`_FOLDS_ELSEWHERE`)."""
    letters = sorted(set("".join(labels._LABEL_ENDS)))
    any_letter = re.compile("(?i)[" + "".join(re.escape(x) for x in letters) + "]")
    odd = set()
    for ch in _all_characters():
        if any_letter.fullmatch(ch) is None:
            continue
        for x in letters:
            if re.fullmatch("(?i)" + re.escape(x), ch) and ch.lower() != x:
                odd.add(ch)
    assert odd == labels._FOLDS_ELSEWHERE


def test_lower_keeps_colons_and_white_space_where_they_are() -> None:
    """The screen finds the colon and strips the white space of the lower-cased tail: no
    character lower-cases to or from either, and the pattern's ``\\s`` is white space to
    `str.rstrip`."""
    space = re.compile(r"\s")
    for ch in _all_characters():
        low = ch.lower()
        assert (":" in low) == (ch == ":"), hex(ord(ch))
        assert re.fullmatch("(?i):", ch) is None or ch == ":"
        if space.fullmatch(ch):
            assert ch.isspace(), hex(ord(ch))
            assert low == ch, hex(ord(ch))
        elif any(c.isspace() for c in low):
            raise AssertionError(hex(ord(ch)))


_WORD: Final = st.sampled_from(
    [*sorted(labels._LABEL_ENDS), "Photograph", "FOTO", "ſource", "Bİld", "Quelle", "said"]
)


@st.composite
def _credits(draw: st.DrawFn) -> str:
    """A caption ending in a labelled credit, in any case, bracketed or not."""
    word = draw(_WORD)
    word = "".join(c.upper() if draw(st.booleans()) else c for c in word)
    before = draw(st.sampled_from(["", "Fishing boats in the harbour. ", "Rain —", "Hof ("]))
    gap = draw(st.sampled_from(["", " ", "\u00a0", "  "]))
    name = draw(st.sampled_from(["Anna Berg", "dpa", "Nordbild", "1 Agency", "ÉFE"]))
    end = draw(st.sampled_from(["", ".", ")", " )", ":"]))
    return before + word + gap + ":" + draw(st.sampled_from(["", " "])) + name + end


def _screen_agrees(line: str) -> None:
    tail = line[-labels.CREDIT_TAIL :]
    if "©" not in tail and "/" not in tail and labels._CREDIT_AT_END.search(tail):
        assert labels._may_label_credit(tail), line
    assert labels.credited_caption(line) == slow_credited_caption(line), line


@given(_credits())
def test_screen_passes_every_labelled_credit(line: str) -> None:
    _screen_agrees(line)


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=120))
def test_credited_caption_equals_the_slow_one_on_generated_text(line: str) -> None:
    _screen_agrees(line)


@given(st.lists(st.sampled_from(["Foto", "by", ":", " ", "Anna", "Berg", "ſ", ".", "("])))
def test_credited_caption_equals_the_slow_one_on_label_pieces(pieces: list[str]) -> None:
    _screen_agrees("".join(pieces))


def test_screen_examples() -> None:
    assert labels._may_label_credit("Fishing boats in the harbour. Foto: Anna Berg")
    assert labels._may_label_credit("Hof (Photo by: Anna Berg)")
    assert labels._may_label_credit("Rain. QUELLE : Nord")
    assert labels._may_label_credit("ſource: Nord")  # (a fold str.lower does not make)
    assert not labels._may_label_credit("The mayor said: we will rebuild the bridge")
    assert labels.credited_caption("Fishing boats in the harbour. Foto: Anna Berg")
    assert not labels.credited_caption("The mayor said: we will rebuild the bridge")


def test_credited_caption_equals_the_slow_one_on_every_corpus_line() -> None:
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is absent")
    seen = 0
    for path in sorted(CORPUS.rglob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="surrogateescape")
        for line in text.splitlines():
            line = line.strip()
            if line:
                assert labels.credited_caption(line) == slow_credited_caption(line), line
                seen += 1
    assert seen > 1000


# --- caption_asides, with the screen ------------------------------------------------------------

context = private("_repair_context")


def slow_caption_asides(
    texts: list[str], blank: list[bool], info: object, asides: list[object], title: str | None
) -> None:
    """`caption_asides` as it was before the label screen (the reference)."""
    tx = private("_text")
    split = [False] * len(texts)
    key = tx.title_key(title) if title else ""
    if key.count(" ") < labels.TITLE_MIN_WORDS - 1:
        key = ""
    size = len(title) if title and key else 0
    lo, hi = size - size // 4 - 4, size + size // 4 + 4
    longest = max(labels._WORD.findall(title.lower()), key=len) if title and key else ""
    term, fw, cont = info.term, info.fw, info.cont  # type: ignore[attr-defined]
    n = len(texts)
    for i, text in enumerate(texts):
        titled = bool(key) and lo <= len(text) <= hi and longest in text.lower()
        plain = not titled and "©" not in text and ":" not in text and "/" not in text
        captions = private("_repair_captions")
        if plain and not captions.photo_by(text) and not captions.doubled(text):
            continue
        if len(text) > labels.CAPTION_MAX or split[i] or fw[i]:
            continue
        was = asides[i]
        if was is not None and was.kind not in ("heading", "caption"):  # type: ignore[attr-defined]
            continue
        if (
            i
            and not blank[i]
            and not term[i - 1]
            and (fw[i - 1] or (i + 1 < n and not blank[i + 1] and cont[i + 1]))
        ):
            continue
        if titled and tx.title_key(text) == key:
            asides[i] = labels._TITLE
        elif slow_credited_caption(text):
            if not labels._credit_cut(i, text, blank, term, cont):
                asides[i] = labels._CREDITED_CAPTION
        elif labels.slash_credit(text) and not labels._credit_cut(i, text, blank, term, cont):
            asides[i] = labels.SLASH_CREDIT  # a rule after the screen, not screened
        elif captions.photo_by(text) and not labels._credit_cut(i, text, blank, term, cont):
            asides[i] = labels.PHOTO_BY  # (the eleventh session's rule)
        elif captions.doubled(text) and not labels._doubled_in_sentence(
            i, blank, term, cont, asides
        ):
            asides[i] = captions.DOUBLED  # (the eleventh session's rule)
    labels.inside_asides(  # the ninth session's rules, after the screen, not screened
        texts,
        lambda i: not split[i] and not fw[i] and labels._open(i, asides, blank, info),
        lambda i: labels._credit_cut(i, texts[i], blank, term, cont),
        asides,
    )
    labels.teaser_headlines(texts, blank, split, info, asides)
    refrain = private("_repair_refrain")  # (the twelfth session's rule, not screened)
    if not refrain.links_cut(info.record):  # type: ignore[attr-defined]
        refrain.refrain_asides(
            texts,
            term,
            cont,
            lambda i: not split[i] and not fw[i] and labels._open(i, asides, blank, info),
            asides,
        )
    private("_repair_captions").repeat_asides(texts, asides, None)
    private("_repair_boxes").box_asides(  # (the thirteenth session's rule, not screened)
        texts,
        term,
        cont,
        lambda i: not split[i] and not fw[i] and labels._open(i, asides, blank, info),
        asides,
    )


def _captions_agree(texts: list[str], title: str | None) -> None:
    texts = [t for t in texts if t]
    blank = [False] * len(texts)
    info = context.LineFacts(texts, texts, [False] * len(texts))
    fast: list[object] = [None] * len(texts)
    slow: list[object] = [None] * len(texts)
    labels.caption_asides(texts, blank, [False] * len(texts), info, fast, title)
    slow_caption_asides(texts, blank, info, slow, title)
    assert fast == slow, (texts, title)


_PIECES: Final = st.sampled_from(
    [
        "Bridge",
        "bridge",
        "BRİDGE",
        "ΟΔΟΣ",
        "Σ",
        "closes",
        "Council",
        "the",
        "©",
        ":",
        "/",
        " ",
        "\n",
        "Foto",
        "Anna Berg",
        ".",
        "İ",
        "ſ",
        "Quelle",
        "dpa",
    ]
)
_LINES: Final = st.lists(_PIECES, max_size=12).map("".join)


@given(
    st.lists(_LINES, max_size=12),
    st.sampled_from([None, "", "Weather", "Council closes the bridge", "ΟΔΟΣ ΣΟΣ closes"]),
)
def test_caption_asides_equals_the_slow_one_on_generated_records(
    texts: list[str], title: str | None
) -> None:
    _captions_agree(texts, title)


def test_caption_asides_equals_the_slow_one_on_every_news_record() -> None:
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is absent")
    header = re.compile(r"^ date \d{4}-\d\d-\d\d ")
    seen = 0
    for name in ("dev-news", "train", "junk-dev"):
        for path in sorted((CORPUS / name).rglob("*.txt")):
            lines = path.read_text(encoding="utf-8", errors="surrogateescape").splitlines()
            texts = [line.strip() for line in lines if not header.match(line)]
            _captions_agree(texts, texts[0] if texts and texts[0] else None)
            seen += 1
    assert seen > 1000
