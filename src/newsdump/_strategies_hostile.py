"""Strategies for hostile text: what no dump should contain, alone or mixed into records
(`newsdump.strategies` re-exports `hostile_text`)."""

from __future__ import annotations

from typing import Final

from hypothesis import strategies as st

from ._strategies_records import dump_records

# --------------------------------------------------------------------------------------------
# Hostile text

_GARBAGE: Final = (
    "\x00",
    "\ufeff",
    "\ufffd",
    "\u200b",
    "\xa0",
    "\u202e",
    "\x0c",
    "\x0b",
    "\x85",
    "\u2028",
    "\r",
    "\r\n",
    "\n\n\n",
    "\t",
    " date ",
    " date 2023-13-45 x",
    " date 0000 ",
    "date",
    " date 2023-02-07 https://example.org/a",
    " date https://example.org/b",
    "<a href='https://x.example/'>link</a>",
    "</p><p>",
    "<script>alert(1)</script>",
    "&nbsp;&amp;",
    "....",
    "“«»”",
    "((((",
    "))))",
    "\U0001f600",
    "\ud800",
    "Ã©tÃ©",
    "14:00 GMT 07.02.2023",
    "99:99 GMT 31.02.2023",
    "2 minutes ago",
    "\\",
)


@st.composite
def hostile_text(draw: st.DrawFn, *, max_size: int = 400) -> str:
    """Text a dump should not contain, alone or mixed into real records: arbitrary Unicode
    (lone surrogates included), NUL and other control characters, BOMs, exotic line breaks,
    header-like lines inside bodies, HTML fragments, runs of punctuation, invalid dates and
    times, mojibake.  Sizes stay small (``max_size`` characters of arbitrary text, a few
    records); the hostile test-suite covers the huge inputs."""
    base = draw(
        st.one_of(
            st.text(max_size=max_size),
            st.text(st.characters(codec=None, exclude_categories=[]), max_size=max_size // 4),
            st.text(st.sampled_from(list(".,!?\"'-—…*#|/\\ \n")), max_size=max_size),
            dump_records(max_records=2),
            st.just(""),
        )
    )
    for _ in range(draw(st.integers(0, 6))):
        junk = draw(st.sampled_from(_GARBAGE) | st.text(max_size=20))
        junk *= draw(st.integers(1, 3))
        at = draw(st.integers(0, len(base)))
        base = base[:at] + junk + base[at:]
    return base
