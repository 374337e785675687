"""The tenth session's second round of exact speed-ups (issue #16 item 1) give what the plain
code gives.

The walk lowers each line once a record and hands the lower-cased lines to the tests that
lowered a whole line again (`aside_hints`, `cannot_be_aside`, `noise_by_pattern`, `caption`,
the bounds' `_barrier`, `caption_asides`); `aside_hints` says in a bit of its own
(`HEADING_HINT`) what `heading_shape` answered, which the set-aside stages read instead of
testing the shape again.  Each is checked here against the code it replaced.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.target import private
from tests.test_fast_aside import CORPUS, _corpus_lines

junk = private("_repair_junk")
bounds = private("_repair_bounds")
labels = private("_repair_labels")
context = private("_repair_context")


# letters whose lower case is longer or depends on the letters around them (İ, final Σ), the
# caption, noise and share words, bullets, stops, dashes, quotes and a script without case
_ODD = 'ΣσİıẞßǅⒶ Share teilen Photo foto Bild ©|•·*1)a:.,;-–—"«»“”新华社Ж\t'
_LINE = st.text(alphabet=_ODD, min_size=1, max_size=120).map(str.strip).filter(bool)
_LONG = 'Share Photo ©/"«Σ' * 20  # (over `LOWERED_MAX`: the walk passes no lower case for it)


def _walk_lows(texts: list[str]) -> list[str]:
    """The lines lower-cased as the walk lowers them (up to `LOWERED_MAX`)."""
    return [t.lower() if len(t) <= context.LOWERED_MAX else "" for t in texts]


def _cannot_be_aside_before(line: str) -> bool:
    """`cannot_be_aside` as it was: it lowered the line itself."""
    if line[0] in junk._BULLET_FIRST or line[1:2] == ")":
        return False
    sp = line.find(" ")
    first = (line if sp < 0 else line[:sp]).strip(junk._SHARE_STRIP)
    if not first or first.lower() in junk._SHARE_WORDS:
        return False
    if len(line) > 300:
        return True
    if (
        len(line) <= 240
        and junk.may_start_aside(line)
        and junk._NOISE_START.match(line) is not None
    ):
        return False
    return not junk._has_caption_or_noise_word(line.lower())


def _aside_hints_before(line: str) -> int:
    """`aside_hints` as it was: it lowered the line (and its first letter) itself and had no
    heading bit."""
    if len(line) > junk.SHORT_ASIDE:
        return 0 if _cannot_be_aside_before(line) else junk.ANY_HINT
    hints = 0
    if junk.may_start_aside(line) and junk._ASIDE_START.match(line) is not None:
        hints = junk.NOISE_HINT | junk.ITEM_HINT
    if junk._has_caption_or_noise_word(line.lower()):
        hints |= junk.NOISE_HINT | junk.CAPTION_HINT
    if not hints & junk.NOISE_HINT and (
        line[0].lower()[:1] in junk._SHARE_INITIALS
        or line[0] in junk._SHARE_STRIP
        or line[0].isspace()
    ):
        first = line.split(None, 1)[0].strip(junk._SHARE_STRIP)
        if not first or first.lower() in junk._SHARE_WORDS:
            hints |= junk.NOISE_HINT
    if (
        (line[-1] not in junk._NOT_HEADING_END and junk.heading_shape(line))
        or (len(line) <= 30 and junk.tag_word(line))
        or (len(line) <= 3 and line.isdigit())
    ):
        hints |= junk.SHAPE_HINT
    return hints


def _check_hints(line: str) -> None:
    hints = junk.aside_hints(line, _walk_lows([line])[0])
    assert hints & ~junk.HEADING_HINT == _aside_hints_before(line), line
    assert bool(hints & junk.HEADING_HINT) == junk.heading_shape(line), line


@given(_LINE)
def test_aside_hints_as_before_and_the_heading_bit_is_the_shape(line: str) -> None:
    _check_hints(line)


@given(
    st.sampled_from(["Share", "Photo:", "By", "Mehr", "• ", "2) ", "ΣΑΣ", "İ"]),
    _LINE,
    st.sampled_from(["", _LONG]),
)
def test_aside_hints_as_before_on_lines_starting_a_test(head: str, rest: str, long: str) -> None:
    _check_hints((head + rest + long).strip())


def test_aside_hints_as_before_on_invented_lines() -> None:
    lines = [
        "Storm hits the coast",  # a heading
        "Sturm trifft die Küste:",  # no heading: a colon ends it
        "İstanbul'da fırtına",  # a first letter that lowers to two
        "ΣΕΙΣΜΟΣ ΣΤΗΝ ΚΡΗΤΗ",  # final sigma
        "Share on Facebook",
        "politics",
        "12",
        "Firefighters at work in the harbour (Photo: Northern Agency)",
        "A long sentence that runs on well past ninety characters, as running text does, "
        "without a single word of a caption or any page junk in it at all.",
    ]
    for line in lines:
        _check_hints(line)


@given(st.text(min_size=1, max_size=4), st.text(max_size=8))
def test_the_first_letter_lowers_as_the_line_starts(first: str, rest: str) -> None:
    line = first[0] + rest
    assert line.lower()[:1] == line[0].lower()[:1]


@given(_LINE, st.sampled_from(["", _LONG, _LONG[:150]]))
def test_noise_and_caption_with_the_lowered_line_as_without(line: str, long: str) -> None:
    line = (line + long).strip()
    low = _walk_lows([line])[0]
    assert junk.noise_by_pattern(line, low) is junk.noise_by_pattern(line)
    assert junk.caption(line, low) is junk.caption(line)
    if len(line) > junk.SHORT_ASIDE:
        assert junk.cannot_be_aside(line, low) == _cannot_be_aside_before(line)


_BOUNDS_LINES = st.sampled_from(
    [
        "The council voted on Monday to close the old bridge for the winter.",
        "Repairs will start in the spring and take two years, the mayor said.",
        "Most read",
        "Kommentare",
        "Read more",
        "Storm hits",
        "ΣΧΟΛΙΑ",
        "İlgili haberler",
        "the coast",
        "Share",
        "Prices rise again (Photo: Northern Agency)",
        "Kommentare" + "x" * 300,  # (over `LOWERED_MAX`, with a cue and no space)
        " ".join(["Storm hits the coast again"] * 12),  # a long title repeated
    ]
)


@given(st.lists(_BOUNDS_LINES, min_size=1, max_size=14), st.data())
def test_bounds_and_captions_with_the_lowered_lines_as_without(
    texts: list[str], data: st.DataObject
) -> None:
    lows = _walk_lows(texts)
    n = len(texts)
    blank = [False] * n
    for a in range(n):
        b = data.draw(st.integers(a + 1, n))
        assert bounds._barrier(texts, a, b, lows) == bounds._barrier(texts, a, b)
    asides = [None] * n
    assert bounds.bounds_asides(texts, blank, asides, None, None, lows) == bounds.bounds_asides(
        texts, blank, asides
    )
    title = data.draw(
        st.sampled_from(
            [None, "Storm hits the coast again", texts[0], " ".join(["Storm hits the coast"] * 14)]
        )
    )
    info = context.LineFacts(texts, texts, [False] * n)
    fast: list[object] = [None] * n
    slow: list[object] = [None] * n
    labels.caption_asides(texts, blank, [False] * n, info, fast, title, lows)
    labels.caption_asides(texts, blank, [False] * n, info, slow, title)
    assert fast == slow


def test_aside_hints_as_before_on_every_corpus_line() -> None:
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is absent")
    for line in _corpus_lines():
        _check_hints(line)


@given(st.text(alphabet=_ODD + "ΟΔΟΣ'.:", min_size=1, max_size=30))
def test_a_lines_first_word_lowers_alike_alone_and_in_its_line(line: str) -> None:
    assert line.lower().partition(" ")[0] == line.partition(" ")[0].lower()


_INSIDE_LINES = st.sampled_from(
    [
        "Foto: Agentur Nord",
        "FOTO: AGENTUR NORD",
        "Bildergalerie: 12 Bilder",
        "Image caption, Firefighters at work",
        "Lesen Sie auch: Die Brücke bleibt zu",
        "ΣΧΟΛΙΑ: 3",
        "İlgili: haber",
        "12 Fotos",
        "€ 19,99",
        "Nordbild / Anna Berg",
        "The council voted on Monday to close the old bridge for the winter.",
        "Foto: " + "Agentur Nord " * 30,  # (over `LOWERED_MAX`)
    ]
)


@given(st.lists(_INSIDE_LINES, min_size=1, max_size=10))
def test_inside_asides_with_the_lowered_lines_as_without(texts: list[str]) -> None:
    inside = private("_repair_inside")
    lows = _walk_lows(texts)
    fast: list[object] = [None] * len(texts)
    slow: list[object] = [None] * len(texts)
    inside.inside_asides(texts, lambda i: True, lambda i: False, fast, lows)
    inside.inside_asides(texts, lambda i: True, lambda i: False, slow)
    assert fast == slow


def test_no_test_reads_the_lower_case_of_a_line_the_walk_leaves_unlowered() -> None:
    # (`noise_by_pattern` reads it up to 240 characters, `caption`, `cannot_be_aside` and
    # `inside_asides` up to 300; `_barrier` and `caption_asides` lower a longer line themselves)
    inside = private("_repair_inside")
    assert inside.CAPTION_MAX <= context.LOWERED_MAX
    assert labels.CAPTION_MAX <= context.LOWERED_MAX
    long = "Photo: Agentur Nord / Anna Berg, all rights reserved " * 8
    assert len(long.strip()) > context.LOWERED_MAX
    line = long.strip()
    assert junk.noise_by_pattern(line, "") is junk.noise_by_pattern(line)
    assert junk.caption(line, "") is junk.caption(line)
    assert junk.cannot_be_aside(line, "") == _cannot_be_aside_before(line)
