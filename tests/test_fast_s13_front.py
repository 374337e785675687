"""The front's fast paths of the thirteenth session (issue #16) answer as the slow ones did:
`_lines.crlf_lines` decides a text with CRs as the counts of CR and CRLF did, and cuts its
lines where the splitter cut them."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from tests.target import private

lines_mod = private("_lines")

# the characters that decide: CR, LF, NUL, the breaks `str.splitlines` knows besides them
_BREAKY = st.text(alphabet="ab \r\n\x00\x0c\x1c\x85\u2028é", max_size=40)


def _slow_lines(buf: str) -> list[str] | None:
    """The decision and the cut before `crlf_lines` (`_Splitter._clean` and `_fast`): no lone
    CR (by the counts) gives the complete lines, cut by `splitlines` when no other break
    character stands in them, else by replacing CRLF and splitting at LF."""
    lone = buf.count("\r") - buf.count("\r\n") - buf.endswith("\r")
    if lone:
        return None
    end = buf.rfind("\n") + 1
    run = buf[:end]
    if any(c in run for c in lines_mod._OTHER_BREAKS):
        pieces = run.replace("\r\n", "\n").split("\n")
        pieces.pop()
        return pieces
    return run.splitlines()


@given(_BREAKY)
@example("a\r\nb\nc\r")
@example("a\rb\n")
@example("a\n\rb")
@example("\r")
@example("a\r\n\x0cb\r\n")
def test_crlf_lines_decide_and_cut_as_the_counts_did(buf: str) -> None:
    fast = lines_mod.crlf_lines(buf)
    slow = _slow_lines(buf)
    if fast is None:
        # turned down: a lone CR, or another break character the slow path cuts around
        other = any(c in buf[: buf.rfind("\n") + 1] for c in lines_mod._OTHER_BREAKS)
        assert slow is None or other
    else:
        assert fast == slow


@given(st.lists(st.text(alphabet="ab é\r\x00", max_size=8), max_size=8), st.booleans())
def test_text_with_crs_is_cut_at_the_same_lines_as_text_lines(
    pieces: list[str], final: bool
) -> None:
    text = "\r\n".join(pieces) + ("\r\n" if final else "")
    items = list(lines_mod.as_lines(lines_mod.text_items(text)))
    slow = list(lines_mod._Splitter()._slow(text, ()))  # line by line, the reference
    assert [(x.text, x.number, x.offset, x.bad) for x in items][: len(slow)] == [
        (x.text, x.number, x.offset, x.bad) for x in slow
    ]


@given(
    st.lists(st.text(alphabet="ab é\x0c\u2028", max_size=6), min_size=1, max_size=8),
    st.lists(st.booleans(), min_size=8, max_size=8),
)
def test_a_runs_characters_between_two_lines_are_their_positions_less_the_line_ends(
    pieces: list[str], crlf_ends: list[bool]
) -> None:
    """`split_records` counts a record's characters from the positions of its first and last
    line in the run (less one LF a line, and the CRs of a run with CRLF ends), not by summing
    the lines' lengths."""
    text = "".join(
        p + ("\r\n" if crlf else "\n") for p, crlf in zip(pieces, crlf_ends, strict=False)
    )
    runs = [item for item in lines_mod.text_items(text) if isinstance(item, lines_mod.Run)]
    assert len(runs) == 1
    run = runs[0]
    starts = [0]
    for line in run.lines:
        starts.append(run.text.index("\n", starts[-1]) + 1)
        assert line in run.text[starts[-2] : starts[-1]]
    for a in range(len(run.lines)):
        for b in range(a + 1, len(run.lines) + 1):
            chars = starts[b] - starts[a] - (b - a)
            if run.crlf:
                chars -= run.text.count("\r", starts[a], starts[b])
            assert chars == sum(map(len, run.lines[a:b]))
