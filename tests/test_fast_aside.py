"""The set-aside stages' fast paths (issue #16 item 1) decide exactly as the full tests do.

Each shortcut is a cheap test that must say "maybe" wherever the costly one says "yes": proved
from the pattern itself where it can be (the letters its alternatives start with, read from
Python's own parse of the pattern), and checked over every line of every corpus under
``../shared/corpus`` (skipped where absent) and over generated lines.
"""

from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Iterator
from typing import Any, Final

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.target import SHARED, private

junk = private("_repair_junk")
bounds = private("_repair_bounds")
tx = private("_text")

CORPUS: Final = SHARED / "corpus"

# Python's own parser of patterns (renamed in 3.11; the old names warn there)
_NEW: Final = sys.version_info >= (3, 11)
_sre_parse: Final[Any] = importlib.import_module("re._parser" if _NEW else "sre_parse")
_sre_constants: Final[Any] = importlib.import_module("re._constants" if _NEW else "sre_constants")

_BRANCH: Final[Any] = _sre_constants.BRANCH
_SUBPATTERN: Final[Any] = _sre_constants.SUBPATTERN
_LITERAL: Final[Any] = _sre_constants.LITERAL
_IN: Final[Any] = _sre_constants.IN
_ANY: Final[Any] = _sre_constants.ANY


def _prefixes(items: Any, k: int = 3) -> list[list[Any]]:
    """The first (up to ``k``) elements of every alternative of a parsed pattern, nested
    alternatives expanded; an element that is none of literal, class or any-character ends a
    prefix (``None``)."""
    out: list[list[Any]] = [[]]
    for op, av in list(items):
        todo = [p for p in out if len(p) < k and (not p or p[-1] is not None)]
        done = [p for p in out if p not in todo]
        if not todo:
            break
        if op is _BRANCH:
            subs = [q for alt in av[1] for q in _prefixes(alt.data, k)]
        elif op is _SUBPATTERN:
            subs = _prefixes(av[-1].data, k)
        elif op in (_LITERAL, _IN, _ANY):
            subs = [[(op, av)]]
        else:
            subs = [[None]]
        out = done + [(p + s)[:k] for p in todo for s in subs]
    return out


def _folds(pattern: re.Pattern[str], letters: set[str]) -> dict[str, list[str]]:
    """For each of ``letters``, every character the pattern's case-insensitive matching takes
    for it (found over all of Unicode)."""
    flags = pattern.flags & re.IGNORECASE
    cls = re.compile("[" + "".join(re.escape(c) for c in letters) + "]", flags)
    universe = [chr(c) for c in range(0x110000) if cls.match(chr(c))]
    out: dict[str, list[str]] = {}
    for letter in letters:
        one = re.compile(re.escape(letter), flags)
        out[letter] = [c for c in universe if one.fullmatch(c)]
    return out


def test_may_start_aside_covers_every_alternative_of_the_pattern() -> None:
    """Whatever two or three characters start a match of `_ASIDE_START` (every alternative,
    every case variant Python's matching accepts), `may_start_aside` says maybe."""
    pattern = re.compile(junk._ASIDE_START.pattern, junk._ASIDE_START.flags)
    parsed = _sre_parse.parse(pattern.pattern, pattern.flags)
    prefixes = _prefixes(parsed.data)
    assert len(prefixes) > 100
    letters = {chr(e[1]) for p in prefixes for e in p if e is not None and e[0] is _LITERAL}
    folds = _folds(pattern, letters)
    checked = 0
    for prefix in prefixes:
        lits: list[str] = []
        for e in prefix:
            if e is None or e[0] is not _LITERAL:
                break
            lits.append(chr(e[1]))
        if len(lits) >= 2:
            n = 3 if len(lits) == 3 else 2
            combos = [""]
            for letter in lits[:n]:
                combos = [c + f for c in combos for f in folds[letter]]
            for combo in combos:
                assert junk.may_start_aside(combo + " x"), (combo, prefix)
                checked += 1
            continue
        first = prefix[0]
        if first[0] is _ANY:  # ".\)": an item letter
            assert prefix[1] == (_LITERAL, ord(")"))
            continue
        if first[0] is _LITERAL:  # a one-character alternative (©)
            chars = folds[chr(first[1])]
        else:  # a class: the bullets, \d
            cls = re.compile(_class_source(first[1]))
            chars = [chr(c) for c in range(0x110000) if cls.match(chr(c))]
        assert chars
        for ch in chars:
            assert junk.may_start_aside(ch), (ch, prefix)
            checked += 1
    assert checked > 300


def _class_source(items: Any) -> str:
    """A regex for a parsed character class holding literals and the digit category."""
    parts = []
    for op, av in items:
        if op is _LITERAL:
            parts.append(re.escape(chr(av)))
        elif av is _sre_constants.CATEGORY_DIGIT:
            parts.append(r"\d")
        else:  # pragma: no cover - a new kind of class: extend this test
            raise AssertionError((op, av))
    return "[" + "".join(parts) + "]"


def _corpus_lines() -> Iterator[str]:
    for path in sorted(CORPUS.rglob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="surrogateescape")
        for raw in text.splitlines():
            line = raw.strip()
            if line:
                yield line


def test_may_start_aside_on_every_corpus_line() -> None:
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is absent")
    full = junk._ASIDE_START.match
    noise = junk._NOISE_START.match
    screened = total = 0
    for line in _corpus_lines():
        total += 1
        if junk.may_start_aside(line):
            continue
        screened += 1
        assert full(line) is None, line
        assert noise(line) is None, line
    assert total > 10_000
    assert screened > total // 3  # the screen rules out most lines (else it is no shortcut)


@given(st.text(min_size=1, max_size=12))
def test_may_start_aside_on_generated_lines(line: str) -> None:
    if junk._ASIDE_START.match(line) is not None or junk._NOISE_START.match(line) is not None:
        assert junk.may_start_aside(line)


@given(
    st.sampled_from(sorted(junk._START_KEYS)),
    st.text(alphabet="aAsSıİſkK ᲀвВ©•1)x", max_size=4),
)
def test_may_start_aside_on_keys_and_odd_letters(key: str, rest: str) -> None:
    for line in (key.upper() + rest, key.title() + rest, rest + key, rest or "x"):
        if junk._ASIDE_START.match(line) is not None:
            assert junk.may_start_aside(line), line


def test_cjk_class_is_is_cjk() -> None:
    """`cjk_count` counts exactly the characters `is_cjk` takes, over all Unicode."""
    differ = [c for c in range(0x110000) if tx.cjk_count(chr(c)) != tx.is_cjk(chr(c))]
    assert differ == []


def _is_prose_before(text: str, finished: bool | None = None) -> bool:
    """`is_prose` as it was before the fast paths (the reference they must equal)."""
    if finished is None:
        finished = bool(text) and tx.ends_sentence(text)
    if not finished:
        return False
    if text.count(" ") >= bounds.PROSE_LONG_WORDS - 1:
        return True
    words = text.split()
    if len(words) >= bounds.PROSE_LONG_WORDS or (
        len(words) >= bounds.PROSE_WORDS and tx.has_inner_sentence(text)
    ):
        return True
    if len(words) < bounds.PROSE_WORDS:
        return sum(1 for ch in text if tx.is_cjk(ch)) >= int(bounds.PROSE_CJK_CHARS)
    fw = tx.FUNCTION_WORDS
    hits = sum(1 for w in words if w.lower().strip(".,;:!?\"'()«»„“”") in fw)
    return hits >= float(bounds.PROSE_FW_SHARE) * len(words)


_PROSE_ALPHABET: Final = (
    "abc XYZ.,!?。 新华社报道东京のニュース，！ ü Ж\u3000\uffef\u303f\u2fff" + "\ud800"
)


@given(st.text(alphabet=_PROSE_ALPHABET, max_size=60), st.sampled_from([None, True, False]))
def test_is_prose_as_before(text: str, finished: bool | None) -> None:
    assert bounds.is_prose(text, finished) == _is_prose_before(text, finished)


def test_is_prose_as_before_on_every_corpus_line() -> None:
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is absent")
    cjk = 0
    for line in _corpus_lines():
        assert bounds.is_prose(line) == _is_prose_before(line), line
        cjk += any(tx.is_cjk(ch) for ch in line)
    assert cjk > 100  # the corpora hold lines in those scripts: the count was exercised


def _article_bounds_before(texts: list[str], blank: list[bool]) -> Any:
    """`article_bounds` as it was before the fast paths: every unit joined and read by
    `is_prose` (the reference they must equal)."""
    facts = private("_repair_context").LineFacts(texts, texts, [False] * len(texts))
    units, scores = [], []
    prose = prose_chars = total = 0
    for a, b in bounds._units(texts, blank, facts):
        text = texts[a] if b == a + 1 else " ".join(texts[a:b])
        total += len(text)
        good = _is_prose_before(text, bool(facts.term[b - 1]))
        units.append((a, b, good))
        if good:
            scores.append(len(text))
            prose += 1
            prose_chars += len(text)
        elif any(private("_repair_tail_words").END_LABEL.match(texts[k]) for k in range(a, b)):
            scores.append(-bounds.TAIL_BARRIER)  # (seventh session: an end label, a cue line)
        elif any(bounds._cue(texts[k]) for k in range(a, b)):
            scores.append(-bounds.CUE_BARRIER)
        else:
            scores.append(-max(len(text), bounds.JUNK_FLOOR) // bounds.JUNK_DISCOUNT)
    tw = private("_repair_tail_words")
    first_prose = next((k for k, u in enumerate(units) if u[2]), len(units))
    for k in range(first_prose + 1, len(units)):  # (tail10: the tail under its label on)
        if tw.TAIL_LABEL.match(texts[units[k][0]]) or tw.END_LABEL.match(texts[units[k][0]]):
            if prose_chars < bounds.PROSE_SHARE * total:
                total -= sum(sum(map(len, texts[a:b])) + b - a - 1 for a, b, _ in units[k:])
            break
    if prose < bounds.MIN_PROSE or prose_chars < bounds.PROSE_SHARE * total:
        return None
    first, last = bounds.best_stretch(scores)
    return units[first][0], units[last - 1][1], units


_LINES: Final = st.sampled_from(
    [
        "The council voted on Monday to close the old bridge for the winter.",
        "Die Stadt schließt die alte Brücke über den Winter, sagte der Rat am Abend.",
        "Repairs will start in the spring and take two years, the mayor said",
        "Most read",
        "Storm hits coast",
        "the coast",
        "and",
        "Prices rise again.",
        "市议会周一投票决定在冬季关闭这座旧桥，维修工作将于春季开始并持续两年。",
        "Share",
        "Le conseil a voté lundi. La réparation commencera au printemps.",
    ]
)


@given(st.lists(st.tuples(_LINES, st.booleans()), max_size=14))
def test_article_bounds_as_before(lines: list[tuple[str, bool]]) -> None:
    texts = [t for t, _ in lines]
    blank = [bool(i) and b for i, (_, b) in enumerate(lines)]
    assert bounds.article_bounds(texts, blank) == _article_bounds_before(texts, blank)


def test_caption_or_noise_words_written_out() -> None:
    """`_has_caption_or_noise_word` tests exactly the words of `_CAPTION_OR_NOISE_WORDS`: its
    string constants are those words (and the slash of an agency credit)."""
    code = getattr(junk._has_caption_or_noise_word, "__code__", None)
    if code is None:
        pytest.skip("compiled build: no bytecode to read (the behaviour is tested below)")
    consts = {c for c in code.co_consts if isinstance(c, str) and not c.startswith("Whether")}
    assert consts == set(junk._CAPTION_OR_NOISE_WORDS) | {"/"}


def test_caption_or_noise_words_each_found() -> None:
    for word in junk._CAPTION_OR_NOISE_WORDS:
        assert junk._has_caption_or_noise_word(f"x {word} y and more words after it here")
    assert not junk._has_caption_or_noise_word("the council voted on monday to close it")
    assert junk._has_caption_or_noise_word("a picture credit jane roe/reuters")


@given(st.text(alphabet="photfcbildmagersu /фтоصورةvwy", max_size=40))
def test_caption_or_noise_word_as_the_list(low: str) -> None:
    expected = any(w in low for w in junk._CAPTION_OR_NOISE_WORDS) or junk._agency_at_end(low)
    assert junk._has_caption_or_noise_word(low) == expected


def _heading_shape_before(line: str) -> bool:
    """`heading_shape` as it was before the fast paths (the reference)."""
    if not line or len(line) > 90:
        return False
    last = line.rstrip("\"'”’»)")[-1:]
    if last in ".,;:。，；：、" or last in tx.DASHES or line[-1] in tx.OPENERS:
        return False
    if tx.word_count(line) > 12:
        return False
    if line.count('"') % 2 or line.count("«") > line.count("»"):
        return False
    case = tx.letter_case(tx.first_letter(line))
    if case == "uncased" and (len(line) > junk.HEADING_MAX_UNCASED or len(line) == 1):
        return False
    return case in ("upper", "uncased", "other") and any(ch.isalpha() for ch in line)


def _share_hint_before(line: str) -> bool:
    """The share-button part of `aside_hints` before its first-letter screen."""
    first = line.split(None, 1)[0].strip(junk._SHARE_STRIP)
    return not first or first.lower() in junk._SHARE_WORDS


def _share_hint(line: str) -> bool:
    """Whether `aside_hints` hints at noise for ``line`` by its first word alone (a line no
    other noise test hints at)."""
    return bool(junk.aside_hints(line, line.lower()) & junk.NOISE_HINT)


def test_heading_shape_and_share_screen_on_every_corpus_line() -> None:
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is absent")
    for line in _corpus_lines():
        assert junk.heading_shape(line) == _heading_shape_before(line), line
        if len(line) <= junk.SHORT_ASIDE and _share_hint_before(line):
            assert _share_hint(line), line


_ODD: Final = 'ⒶⓐΣσ1 .,“”"«»|·•/ ŞşİıXx新华社Share teilen Ж'


@given(st.text(alphabet=_ODD, min_size=1, max_size=20))
def test_heading_shape_as_before(line: str) -> None:
    assert junk.heading_shape(line) == _heading_shape_before(line)


@given(
    st.text(alphabet=_ODD, max_size=3),
    st.sampled_from(sorted(junk._SHARE_WORDS)),
    st.sampled_from(["", " now", "| x", " ."]),
)
def test_share_screen_keeps_every_share_word(before: str, word: str, after: str) -> None:
    for line in (before + word + after, word.upper() + after, word.title() + after):
        line = line.strip()
        if line and len(line) <= junk.SHORT_ASIDE and _share_hint_before(line):
            assert _share_hint(line), line
