"""The repair's join model: the features of a break and the `JoinPolicy` that weighs them.

A join rule proposes a decision for each break between two body lines (``_repair_rules.py``);
this module turns what the `Break` holds (its two lines, the line after, the block so far, the
record) into the 0/1 features ``_repair_features.py`` names, whose fitted weights
(``_repair_weights.py``, fitted by ``tools/fit_repair.py`` on the train corpus) sum to a score,
a logistic regression: the join probability.  docs/repair.md lists the features and how the
thresholds are used.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Final, NamedTuple

from . import _repair_weights as _w
from . import _text as tx
from ._repair_context import LINK_LINE_WORDS, Break
from ._repair_evidence import (
    CLAUSE_LINK_CHARS,
    COMMAS,
    CURRENCY,
    QUOTE_AFTER_COMMA,
    capitals,
    clause_then_short,
    echoes,
    ends_in_abbreviation,
    ends_in_possessive,
    ends_in_title,
    first_word,
    is_address,
    is_bracketed,
    is_post_link,
    latin_after_ideograph,
    quotes_lower,
    said_together,
    used_inside,
    used_lower,
)
from ._repair_features import FEATURES, STRONG_RULES
from ._repair_heading import goes_on_after
from ._repair_junk import SHORT_ASIDE
from ._repair_registry import RULE_NAMES
from ._repair_rules import Decision

_F: Final = {name: k for k, name in enumerate(FEATURES)}
_LOWER_BLOCK: Final = _F["block:starts-lower"]
_PREV_FW: Final = _F["prev:ends-function-word"]
_RULE_F: Final = {name: _F[f"rule:{name}"] for name in RULE_NAMES}
_LINKED_RECORD: Final = frozenset({"record:link-lines>=0.03", "record:link-lines>=0.1"})


def vetoable(rule: str, feats: Sequence[int]) -> bool:
    """Whether the model may keep back a join that ``rule`` proposed, given the break's
    features ``feats``.

    A lower-case continuation is grammar only when the block it continues is a sentence: a
    block that itself starts lower-case is a list item or a menu entry (``nicht düngen`` /
    ``im Sommer gießen``), never the start of a paragraph, so there the model decides (on
    dev-web A, 56 of the 60 such joins were wrong while none was vetoed); a paragraph's first
    line starts upper-case, so a paragraph cut by links is never judged this way.  A line that
    ends in an article or a preposition is unfinished in a list too, and stays joined."""
    if rule not in STRONG_RULES:
        return True
    return rule == "lower-case-start" and _LOWER_BLOCK in feats and _PREV_FW not in feats


def features(b: Break, rule: str) -> list[int]:
    """The indices (into `FEATURES`) of the features that are 1 for break ``b``, which ``rule``
    judged (everything else is read from ``b``: see `Break`)."""
    pt = b.prev_term
    nxt_term = b.nxt_term
    after_cont = b.after_cont
    after_term = b.after_term
    block_start = b.block_start
    record = b.record
    known = b.record_features
    if known is None:  # once per record
        known = b.record_features = [_F[name] for name in record]
        b.record_flags = _record_flags(record)
    linked, sentence_linked, before_links = b.record_flags
    f = [0, _RULE_F[rule], *known]
    add = f.append  # (a local: ~20 calls per break)
    prev, nxt = b.prev, b.nxt
    last = prev[-1]
    if not pt:
        # a comma inside a closing quote is still a comma (``“For small lenders,”`` /
        # ``Hollister said``, German ``„Wir bleiben,“`` / ``sagte sie``): the attribution follows
        comma = last in COMMAS or (last in QUOTE_AFTER_COMMA and prev[-2:-1] == ",")
        add(_F["prev:ends-comma"] if comma else _F["prev:ends-unpunctuated"])
    elif pt == ".":
        add(_F["prev:ends-full-stop"])
    elif pt == ":":
        add(_F["prev:ends-colon"])
    elif pt == ";":
        add(_F["prev:ends-semicolon"])
    else:
        add(_F["prev:ends-other-stop"])
    if last in "\"'”’»)]":
        add(_F["prev:ends-closing-quote-or-bracket"])
    if b.prev_fw:
        add(_F["prev:ends-function-word"])
    lp = len(prev)
    if lp < 30:
        add(_F["prev:chars<30"])
    elif lp < 60:
        add(_F["prev:chars<60"])
    elif lp >= 120:
        add(_F["prev:chars>=120"])
    pw = prev.count(" ") + 1
    if pw <= 4:
        add(_F["prev:words<=4"])
    heading_position = False
    if not pt and lp <= 120:
        if b.prev_starts_block and b.before_prev_ended and tx.heading_like(prev, b.prev_fw):
            add(_F["prev:heading-position"])
            heading_position = True
        if pw >= 2 and lp <= 60 and all(w[0].isupper() for w in prev.split() if len(w) > 3):
            add(_F["prev:title-case"])
    if last.isalpha() and not last.isupper() and not last.islower():
        add(_F["prev:ends-uncased-letter"])
    c = nxt[0]
    upper = False
    if c.islower():
        add(_F["next:starts-lower"])
    elif c.isupper() or c.istitle():
        add(_F["next:starts-upper"])
        upper = True
    elif c.isdigit():
        add(_F["next:starts-digit"])
    elif c.isalpha():
        add(_F["next:starts-uncased"])
    else:
        add(_F["next:starts-punctuation"])
        if c in CURRENCY and nxt[1:2].isdigit():
            # a sum of money (``$18 billion``) after an unfinished line is that sentence's
            # object (``… worth an estimated`` / ``$18 billion.``): style books keep figures
            # from starting a sentence
            if not pt and last.isalpha():
                add(_F["amount-after-unfinished"])
        elif tx.is_punctuation_only(nxt):
            add(_F["next:punctuation-only"])
        elif not pt and quotes_lower(nxt):
            # ``called the port`` / ``"a gateway for the region"``: a phrase quoted mid-sentence
            add(_F["quote-then-lower"])
    nw = nxt.count(" ") + 1
    link_shape = False
    if nxt_term:
        add(_F["next:ends-sentence"])
    elif nw <= 4:
        add(_F["next:short-unpunctuated"])
        link_shape = after_cont
    ln = len(nxt)
    if ln < 30:
        add(_F["next:chars<30"])
    elif ln >= 120:
        add(_F["next:chars>=120"])
    if not b.after:
        add(_F["after:none"])
    elif after_cont:
        add(_F["after:continues"])
    elif b.after[0].isupper():
        add(_F["after:starts-upper"])
    q = b.quotes
    if q.is_open():
        add(_F["block:quote-open"])
    if q.depth:
        add(_F["block:bracket-open"])
    if b.wrap_width:
        add(_F["record:hard-wrapped"])
    if link_shape:
        add(_F["link-shape"])
        if pt and pt not in ":;":
            add(_F["stop-then-link-shape"])
            if not upper and c.isalpha() and not c.islower():
                # a link's text in a script without case after a sentence: what a capital's
                # link shape says there (a new sentence may start with a link), not what an
                # uncased start says after an unfinished line
                add(_F["stop-then-uncased-link-shape"])
    if not pt and not nxt_term and pw <= 5 and nw <= 5:
        add(_F["list-shape"])
    if not pt and lp >= 60 and upper:
        add(_F["long-unfinished-before-capital"])
    if block_start[0].islower() and not block_start[1:2].isupper():
        # (``eBay``, ``iPhone``: a name, which starts sentences)
        add(_F["block:starts-lower"])
    if b.after and not after_term:
        add(_F["after:ends-unpunctuated"])
        if after_cont and not nxt_term and not pt:
            add(_F["list-run"])
    if link_shape and not pt and upper:
        add(_F["link-sandwich"])
    if sentence_linked:
        if rule == "unfinished-before-capital":
            add(_F["unfinished-before-capital-in-sentence-linked-record"])
        if link_shape:
            add(_F["link-shape-in-sentence-linked-record"])
    if linked and rule == "unfinished-before-capital":
        add(_F["unfinished-before-capital-in-linked-record"])
    if link_shape:
        if linked:
            add(_F["link-shape-in-linked-record"])
        if heading_position:
            add(_F["link-shape-after-heading-position"])
    if not pt and last.isalpha():
        w0 = prev[prev.rfind(" ") + 1]
        if w0.islower():
            add(_F["prev:last-word-lower"])
        elif w0.isupper():
            add(_F["prev:last-word-capital"])
    if ", " in prev or ". " in prev:
        add(_F["prev:inner-punctuation"])
    if ", " in nxt or ". " in nxt:
        add(_F["next:inner-punctuation"])
    if lp < 60 and ln < 60:
        add(_F["short-pair"])
    if not pt and goes_on_after(prev, nxt):
        add(_F["goes-on-after"])
    if b.block_run:
        add(_F["block:unpunctuated-run"])
    if before_links:
        if link_shape:
            add(_F["link-shape-in-breaks-before-links-record"])
        if rule == "unfinished-before-capital":
            add(_F["unfinished-before-capital-in-breaks-before-links-record"])
    elif link_shape and heading_position:
        # a heading whose paragraph starts with a link, in a record that breaks after links only
        add(_F["link-shape-after-heading-position-in-other-record"])
    if not pt and lp > SHORT_ASIDE:
        # too long for a heading: whatever follows an unfinished line this long continues it
        add(_F["prev:long-unfinished"])
        if link_shape:
            add(_F["link-shape-after-long-unfinished"])
    if link_shape:
        if b.after[0] in tx.CLOSERS:
            add(_F["link-shape-before-punctuation"])
        if after_term:
            add(_F["link-shape-then-sentence-end"])
        if not pt and echoes(nxt, prev):
            add(_F["link-shape-echoes-prev"])
    elif after_cont and not nxt_term and 4 < nw <= LINK_LINE_WORDS:
        add(_F["next:longer-link-shape"])
    if not upper:
        if pt == "." and c.islower() and ends_in_abbreviation(prev):
            # ``König Karl III.`` / ``wurde gekrönt``, ``Associates Inc.`` / ``said``
            add(_F["abbreviation-before-lower"])
    elif not pt or link_shape:
        # the record's own words: a capitalised word it uses inside sentences is a name or (in
        # German) a noun, which may continue an unfinished line (``talks with`` / ``Prime
        # Minister Rutte``, ``Teile der Berliner`` / ``Clubszene``)
        caps = b.caps
        if caps is None:
            caps = b.caps = capitals(b.texts)
        word = first_word(nxt)
        if used_inside(word, caps[0]):
            add(_F["next:known-capital"])
            if not pt:
                add(_F["unfinished-before-known-capital"])
        if not pt:
            # a word the record writes in lower case too starts a sentence (``The``, ``Die``),
            # where a name or a German noun keeps its capital everywhere (and a link's text
            # alone, ``Date`` / ``remain valid``, the capitals of what it names)
            if not link_shape and used_lower(word, caps[2]):
                add(_F["unfinished-before-common-word"])
            # ``Prime`` / ``Minister`` written whole elsewhere (not after a heading: a page
            # repeats a heading with its paragraph's first words in teasers)
            if not heading_position and said_together(prev, word, caps[2]):
                add(_F["phrase-said-together"])
            if ends_in_possessive(prev):
                # ``… at the University's`` / ``Harbour Index``: the possessive's noun follows
                add(_F["possessive-before-capital"])
        if caps[1] and not pt:
            add(_F["unfinished-before-capital-in-noun-record"])
            if lp >= 60:
                add(_F["long-unfinished-before-capital-in-noun-record"])
    if upper and pt == "." and ends_in_title(prev):
        # ``… thanked Ms.`` / ``Okafor``: a title's full stop ends no sentence
        add(_F["title-before-capital"])
    if last in ")]" and is_bracketed(prev):
        add(_F["prev:bracketed"])
    if c in "([" and is_bracketed(nxt):
        add(_F["next:bracketed"])
    if nw == 1 and is_address(nxt):  # (one word: the word count is known, a test is not)
        add(_F["next:address"])
        if pt == ":":
            add(_F["colon-before-address"])
        if is_post_link(nxt):
            add(_F["next:post-link"])
    if pw == 1 and is_address(prev):
        add(_F["prev:address"])
    if not pt and last > "\u33ff" and latin_after_ideograph(prev, nxt):
        # ``…沪深两市的`` / ``A股`` / ``市场…``: a Latin term inside a Chinese sentence
        add(_F["latin-after-ideograph"])
    if not pt and ln <= CLAUSE_LINK_CHARS and clause_then_short(prev, nxt):
        add(_F["clause-then-short"])  # ``…金融危机爆发时，`` / ``A股``: a sentence cut at a link
    return f


def _record_flags(record: tuple[str, ...]) -> tuple[bool, bool, bool]:
    """Whether the record has link lines, one inside a sentence, breaks before links."""
    return (
        bool(record) and record[-1] in _LINKED_RECORD,
        "record:link-line-inside-sentence" in record,
        "record:breaks-before-links" in record,
    )


def _logit(p: float) -> float:
    return math.log(p / (1 - p))


def probability(z: float) -> float:
    """The logistic function: a model score as a join probability."""
    return 1.0 / (1.0 + math.exp(-z)) if z > -60 else 0.0


KEEP_RECORDED: Final = 0.1
"""A break the model gives a join probability of at least this is recorded as a ``keep``."""


Verdict = tuple[bool, float, bool]
"""What the policy decided about one break: ``(join, score, by_model)``: whether to remove the
break; the model's score (a logit: `probability` turns it into the join probability); whether
the score decided (False: a join proposed by a rule the model may not veto).  A plain tuple: one
is made per break, and a named one costs more than the rest of the decision."""


class Judgement(NamedTuple):
    """`JoinPolicy.explain`: the verdict with the names of the features that were 1."""

    verdict: Verdict
    features: tuple[str, ...]


class JoinPolicy:
    """The model that weighs a join rule's proposal for one break.

    `score` sums the weights of a break's features; `decide` applies the thresholds: a join
    proposed by a rule stands from ``veto_below`` on (or always, for a rule it may not veto: see
    `vetoable`), a break the rules kept is joined from ``join_from`` on.  The defaults are the
    fitted ones (``_repair_weights.py``); ``tools/fit_repair.py`` passes its own policy (a
    subclass that records what it sees) to the walk instead.
    """

    __slots__ = ("join_logit", "veto_logit", "weights")

    def __init__(
        self,
        weights: Sequence[float] | None = None,
        *,
        veto_below: float = _w.VETO_BELOW,
        join_from: float = _w.JOIN_FROM,
    ) -> None:
        self.weights: Sequence[float] = _fitted_weights() if weights is None else weights
        """One weight per feature, in `FEATURES` order."""
        self.veto_logit = _logit(veto_below)
        """A rule's join is kept back below this score (when the rule is `vetoable`)."""
        self.join_logit = _logit(join_from)
        """A break the rules kept is joined from this score on."""

    def score(self, feats: Sequence[int]) -> float:
        """The model's score of a break with features ``feats`` (indices into `FEATURES`)."""
        weights = self.weights
        z = 0.0
        for k in feats:  # (in order: the sum is rounded the same way each time)
            z += weights[k]
        return z

    def judge(self, z: float, d: Decision, feats: Sequence[int]) -> Verdict:
        """The verdict on a break with score ``z`` and features ``feats`` that ``d`` proposed."""
        if not d.join:
            return (z >= self.join_logit, z, True)
        if vetoable(d.rule, feats):
            return (z >= self.veto_logit, z, True)
        return (True, z, False)

    def decide(self, b: Break, d: Decision) -> Verdict:
        """Weigh the proposal ``d`` of a join rule for break ``b``."""
        feats = features(b, d.rule)
        return self.judge(self.score(feats), d, feats)

    def explain(self, b: Break, d: Decision) -> Judgement:
        """`decide`, with the names of the features that were 1."""
        feats = features(b, d.rule)
        return Judgement(self.judge(self.score(feats), d, feats), tuple(FEATURES[k] for k in feats))


def _fitted_weights() -> list[float]:
    """The fitted weights in `FEATURES` order (0 for a feature the fit did not know)."""
    fitted = dict(zip(_w.FEATURES, _w.WEIGHTS, strict=True))
    return [fitted.get(name, 0.0) for name in FEATURES]


DEFAULT_POLICY: Final = JoinPolicy()
"""The fitted policy `repair` uses (never changed: a policy keeps no state between breaks)."""
