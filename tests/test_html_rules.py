"""`from_html`'s furniture rules as properties: what they set aside is kept as ``noise``, and
only what they name is set aside.

Runs against the package `tests.target` names (see tests/test_html.py).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from hypothesis import given
from hypothesis import strategies as st

from tests.target import newsdump

if TYPE_CHECKING:
    from newsdump._html import from_html
else:
    from_html = importlib.import_module(newsdump.__name__ + "._html").from_html

SENTENCES = [
    "Der Gemeinderat tagte am Montag bis spät in die Nacht.",
    "La mairie a répondu : « pas avant l'automne ».",
    "Паром снова ходит каждый час, сообщила администрация порта.",
    "港の運営会社は、月曜日から毎時運航すると発表した。",
    "Storm in het noorden",
    (
        "The harbour board agreed on Monday to dredge the channel before the summer, when the"
        " ferries run every hour again and the fishing fleet comes back from the north."
    ),
]
"""Paragraphs that no other rule sets aside; the last is longer than a repeated label can be."""


@given(st.lists(st.sampled_from(range(len(SENTENCES))), min_size=1, max_size=12))
def test_a_short_block_repeated_three_times_is_noise_and_nothing_is_lost(order: list[int]) -> None:
    html = "<article>" + "".join(f"<p>{SENTENCES[i]}</p>" for i in order) + "</article>"
    a = from_html(html)
    # every paragraph comes back, in order, with its text
    assert [b.text for b in a.blocks] == [SENTENCES[i] for i in order]
    for i, block in zip(order, a.blocks, strict=True):
        repeated = order.count(i) >= 3 and len(SENTENCES[i]) < 120
        assert block.kind == ("noise" if repeated else "paragraph"), (block, order)


@given(st.sampled_from(SENTENCES[:-1]), st.integers(1, 4))
def test_a_heading_is_never_set_aside_for_repeating(text: str, times: int) -> None:
    story = f"<p>{SENTENCES[-1]}</p>"
    html = "<article>" + (story + f"<h2>{text}</h2>") * times + story + "</article>"
    a = from_html(html)
    assert [b.kind for b in a.blocks if b.text == text] == ["heading"] * times
