"""Regression floors on the team's dev corpora, scored by the shared scorer itself.

The corpora live in ``../shared/corpus`` beside the checkout (never copied into the project);
where that folder is absent — a user's machine — these tests skip.  The floors sit a little
under the figures measured when they were last raised (docs/repair.md has the figures), so a
change that makes the repair or the field parser worse fails CI.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import re
from types import ModuleType
from typing import Final

import pytest

from tests.target import SHARED

SCORER: Final = SHARED / "tools" / "score_corpus.py"

# (corpus, model) → (join precision, join recall, join F1, exact-paragraph rate) floors, a
# little under the figures measured OUT OF SAMPLE (issue #18: the weights are fitted on the
# train corpus only, so these corpora are test sets; docs/repair.md has the figures): news A
# 0.9932 / 0.9799 / 0.9865 / 0.9932, B 0.9964 / 0.9486 / 0.9719 / 0.9809; web A 0.9011 / 0.9085 /
# 0.9048 / 0.9552, B 0.9390 / 0.8588 / 0.8971 / 0.9268 (twelfth session: a Chinese clause cut
# before a link's text, refitted with veto 0.55; web A's floors raised with it).  (The
# floors before issue #18 sat under in-sample figures, weights fitted on these corpora
# themselves; news B recall 0.95 among them.)  Web A recall 0.907 since the twelfth session's
# list runs (joins7): a dance page's clauses kept apart, 22 false joins fewer, 1 true join fewer.
# Thirteenth session (the record's own words, model9): news A 0.9932 / 0.9799 / 0.9865 / 0.9932,
# B 0.9964 / 0.9498 / 0.9725 / 0.9813; web A 0.9074 / 0.9085 / 0.9080 / 0.9561, B 0.9389 /
# 0.8626 / 0.8991 / 0.9279: news B recall and exact, web B recall raised a little.
# Sixteenth session (a heading-shaped line the next line goes on, the goes-on-after feature):
# news unchanged; web A 0.9152 / 0.9118 / 0.9135 / 0.9584, B 0.9418 / 0.8630 / 0.9007 /
# 0.9292: web A's floors raised.
FLOORS: Final = {
    ("dev-news", "A"): (0.99, 0.975, 0.982, 0.99),
    ("dev-news", "B"): (0.99, 0.947, 0.97, 0.978),
    ("dev-web", "A"): (0.905, 0.91, 0.905, 0.955),
    ("dev-web", "B"): (0.93, 0.86, 0.89, 0.92),
}
FIELD_FLOOR: Final = 0.995
"""Issue 2: url, date, title, lede, published and updated each right on ≥ 99.5% of records."""

_MODEL_LINE: Final = re.compile(
    r"model (\w+): (\d+) records, (\d+) failed, (\d+) altered text; "
    r"joins P=([\d.]+) R=([\d.]+) F1=([\d.]+) .*exact paragraphs ([\d.]+)"
)
_FIELDS_LINE: Final = re.compile(r"(\w+)=(\d+)/(\d+)")


def _scorer() -> ModuleType:
    if not SCORER.exists():
        pytest.skip(f"{SHARED} is absent: the dev corpora are only on the team's machines")
    spec = importlib.util.spec_from_file_location("score_corpus", SCORER)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("corpus", ["dev-news", "dev-web"])
def test_corpus_floors(corpus: str) -> None:
    scorer = _scorer()
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        scorer.score(str(SHARED / "corpus" / corpus), "newsdump", ["A", "B"])
    lines = out.getvalue().splitlines()
    seen = 0
    for i, line in enumerate(lines):
        m = _MODEL_LINE.match(line)
        if m is None:
            continue
        seen += 1
        model = m.group(1)
        records, failed, altered = (int(m.group(k)) for k in (2, 3, 4))
        p, r, f1, exact = (float(m.group(k)) for k in (5, 6, 7, 8))
        where = f"{corpus} model {model}"
        assert failed == 0, where
        assert altered == 0, where
        floor_p, floor_r, floor_f1, floor_exact = FLOORS[(corpus, model)]
        assert p >= floor_p, f"{where}: join precision {p} < {floor_p}"
        assert r >= floor_r, f"{where}: join recall {r} < {floor_r}"
        assert f1 >= floor_f1, f"{where}: join F1 {f1} < {floor_f1}"
        assert exact >= floor_exact, f"{where}: exact paragraphs {exact} < {floor_exact}"
        fields = dict(
            (name, int(good) / int(total))
            for name, good, total in _FIELDS_LINE.findall(lines[i + 1])
        )
        assert set(fields) == {"url", "date", "title", "lede", "published", "updated"}, where
        for name, share in fields.items():
            assert share >= FIELD_FLOOR, f"{where}: {name} right on {share:.4f} of {records}"
    assert seen == 2
