"""Nothing lost: every non-whitespace character of the input is in the articles' fields.

The header's ``date`` keyword and date token are represented by ``date``/``date_precision``
and left out; characters are compared as multisets (the repair may set lines aside, which
moves them between blocks but keeps them).  A leading BOM is not text.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.property.helpers import input_chars, kept_chars
from tests.target import newsdump, private
from tests.target import strategies as S


@given(st.one_of(S.dump_records(), S.hostile_text()), st.booleans())
def test_every_character_is_kept(text: str, repair: bool) -> None:
    articles = newsdump.parse(text, repair=repair)
    want = input_chars(text, articles)
    got = kept_chars(articles)
    assert want - got == {}, "lost"
    assert got - want == {}, "added"


@given(st.one_of(S.dump_records(), S.hostile_text()), st.booleans())
def test_every_noise_block_names_a_registered_rule(text: str, repair: bool) -> None:
    # a reader takes back what it wants by the rule's name (docs/junk.md, "Getting it back"):
    # the header's and the front's set-aside text too, not only the repair's
    rules = private("_repair_registry").RULES
    for article in newsdump.parse(text, repair=repair):
        for block in article.blocks:
            if block.kind == "noise":
                rule = rules.get(block.rule or "")
                assert rule is not None, block
                assert rule.block_kind == "noise", block
                assert rule.name.startswith("noise:"), block  # one prefix: `rule.startswith`
            else:
                assert block.rule is None, block
