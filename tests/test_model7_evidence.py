"""The twelfth session's join evidence (issue #18): a Chinese clause cut before a short link's
text (``clause-then-short``).  Every example is invented for these tests, with cases where the
evidence must not fire."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdump import explain
from newsdump._repair_evidence import CLAUSE_LINK_CHARS, clause_then_short
from newsdump._repair_features import FEATURES
from newsdump._repair_model import DEFAULT_POLICY, JoinPolicy


@pytest.mark.parametrize(
    ("prev", "nxt", "clause"),
    [
        ("分析人士表示，自今年三月以来", "A股", True),
        ("港口公司、物流企业和", "中远海运", True),
        ("据公开消息，两地政府已签署协议，", "大连港", True),  # ends in the clause's comma
        ("下周焦点", "创业板指", False),  # a heading: no clause comma
        ("分析人士表示，自今年三月以来", "港口板块的整体表现明显好于预期", False),  # a long piece
        ("分析人士表示，市场已经企稳。", "A股", False),  # ends in a full stop
        ("Analysts said, since March", "IPO", False),  # Latin: the ASCII comma is another rule's
    ],
)
def test_a_chinese_clause_before_a_short_piece(prev: str, nxt: str, clause: bool) -> None:
    assert clause_then_short(prev, nxt) is clause


@given(st.text(min_size=1), st.text(min_size=1))
def test_the_clause_evidence_needs_a_short_piece_and_a_clause_comma(prev: str, nxt: str) -> None:
    if clause_then_short(prev, nxt):
        assert len(nxt) <= CLAUSE_LINK_CHARS
        assert "，" in prev or "、" in prev


def _without(feature: str) -> JoinPolicy:
    """The shipped policy with ``feature``'s weight set to 0: the evidence unread."""
    weights = list(DEFAULT_POLICY.weights)
    weights[FEATURES.index(feature)] = 0.0
    return JoinPolicy(weights)


def test_a_chinese_sentence_cut_before_a_short_link_is_joined() -> None:
    lines = [
        "港口公司周四公布季度业绩。",
        "分析人士周四表示，受出口订单回升带动，今年以来",
        "航运板块",
        "的整体表现明显好于大盘。",
    ]
    report = explain(lines)[1]
    unread = explain(lines, policy=_without("clause-then-short"))[1]
    assert "clause-then-short" in report.features
    assert report.probability is not None
    assert unread.probability is not None
    assert report.probability > unread.probability
    assert report.decision == "join"
