"""The fast paths of the fourteenth session (issue #16) answer as the slow ones did:
`_text.terminal_char` and `_text.ends_sentence` read a line's last character before looking
through closing quotes and brackets; `_repair_context.Quotes` marks its counts to be zeroed only
when a text moved one (a block without a quote or a bracket is not zeroed at its end)."""

from __future__ import annotations

from typing import Any, Final

from hypothesis import example, given
from hypothesis import strategies as st

from tests.target import private

tx = private("_text")
context = private("_repair_context")

# the characters that decide: stops, the quotes and brackets looked through, letters, spaces
_ENDS: Final = st.text(alphabet=".!?…。:;\"'”’»«)]([“„a1 \u00a0", max_size=12)


def _slow_terminal_char(line: str) -> str:
    """`terminal_char` before the fast path: the loop over the line's last characters."""
    i = len(line) - 1
    while i >= 0 and (line[i] in tx.QUOTE_CLOSERS or line[i] in ")]"):
        i -= 1
        if len(line) - i > 3:
            break
    if i >= 0 and line[i] in tx.TERMINALS:
        return line[i]
    return ""


@given(_ENDS)
@example("")
@example("Ende.")
@example('Ende."')
@example("Ende.”»)")
@example("Ende.”»))")
@example("(siehe unten).")
@example("kein Ende")
@example('"')
def test_terminal_char_and_ends_sentence_as_the_loop(line: str) -> None:
    slow = _slow_terminal_char(line)
    assert tx.terminal_char(line) == slow
    assert tx.ends_sentence(line) is (slow != "")


@given(st.text(max_size=30))
def test_terminal_char_as_the_loop_on_any_text(line: str) -> None:
    assert tx.terminal_char(line) == _slow_terminal_char(line)
    assert tx.ends_sentence(line) is (_slow_terminal_char(line) != "")


_COUNTS: Final = (
    "double",
    "single_open",
    "single_close",
    "depth",
    "guillemet_left",
    "guillemet_right",
    "curly_open",
    "curly_close",
    "low_open",
)


def _state(q: Any) -> tuple[object, ...]:
    return (*(getattr(q, name) for name in _COUNTS), list(q.singles))


_QUOTY: Final = st.text(alphabet="ab '\"‘’“”„«»()[]", max_size=12)
_STEPS: Final = st.lists(
    st.one_of(
        st.tuples(st.just("push"), _QUOTY),
        st.tuples(st.sampled_from(["count", "reset"]), st.just("")),
        st.tuples(st.just("closes"), st.sampled_from(list("\"'”“»«’"))),
    ),
    max_size=30,
)


@given(_STEPS)
@example([("push", "no quotes"), ("count", ""), ("reset", ""), ("push", '"a'), ("count", "")])
@example([("push", "(a"), ("count", ""), ("reset", ""), ("push", "b)"), ("count", "")])
def test_quotes_zeroed_as_when_every_count_marked_them(
    steps: list[tuple[str, str]],
) -> None:
    """Any run of pushes, counts, resets and `closes` leaves the same counts and answers as a
    `Quotes` whose every count of pending texts marked it for zeroing (the code before)."""

    fast, slow = context.Quotes(), context.Quotes()

    def slow_count() -> Any:
        if slow.pending:
            slow.dirty = True  # (as every count of pending texts did before)
        return slow.count()

    for op, arg in steps:
        if op == "push":
            fast.push(arg)
            slow.push(arg)
        elif op == "count":
            assert fast.count().is_open() == slow_count().is_open()
        elif op == "reset":
            fast.reset()
            slow.reset()
        else:
            assert fast.count().closes(arg) == slow_count().closes(arg)
        assert _state(fast) == _state(slow)


def test_a_block_without_quotes_is_not_zeroed() -> None:
    q = context.Quotes()
    q.push("Talks resume today")
    q.count()
    assert not q.dirty  # (nothing to zero at the block's end)
    q.push('He said "no')
    q.count()
    assert q.dirty
    assert q.double == 1
    q.reset()
    assert not q.dirty
    assert q.double == 0


def _slow_continues(text: str) -> bool:
    """`continues` before: the first letters' case by `letter_case`."""
    if not text:
        return False
    first = text[0]
    if tx.letter_case(first) == "lower":
        return True
    if first in tx.CLOSERS and not text.startswith(("...", "…")):
        return True
    if first == "-" and text[1:2].isalpha():
        return True
    if first in tx.PARTICLE_STARTS:
        return True
    return (first in tx.DASHES or first in "([") and tx.letter_case(
        tx.first_letter(text)
    ) == "lower"


@given(st.text(alphabet="aAǅǆǄßΣσς1-–([.…,の “«x", max_size=8))
@example("ǅemal")  # a title-case letter: upper, not lower
@example("(ǆ")
@example("– und")
def test_continues_as_by_letter_case(text: str) -> None:
    assert tx.continues(text) is _slow_continues(text)


@given(st.text(max_size=6))
def test_continues_as_by_letter_case_on_any_text(text: str) -> None:
    assert tx.continues(text) is _slow_continues(text)
