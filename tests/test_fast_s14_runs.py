"""The fourteenth session's exact speed-up of the layout's runs (issue #16) gives what the plain
code gave.

`runs_without_stop` ran twice a record (the plain runs for `Layout.keep`, the items' runs for
`Layout.veto`), finding the same pieces and testing the same pieces for prose each time; the
pieces (`pieces_of`) are now found once and handed to both, with each line's `prose`, which
`Layout.veto`'s count of short lines reads too.  Each is checked here against the code it
replaced.
"""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from tests.target import private

runs = private("_repair_runs")
apart = private("_repair_apart")
context = private("_repair_context")
layout = private("_repair_layout")
tx = private("_text")


def _runs_before(texts: list[str], items: bool = False) -> frozenset[int]:
    """`runs_without_stop` as it was: it found its pieces and their prose itself (with the list's
    heading that the fifteenth session added to both)."""
    n0 = len(texts)
    asides = [None] * n0
    info = context.LineFacts(texts, texts, [False] * n0)
    term = info.term
    pieces = runs._pieces(texts, asides, info)
    first = [a for a, _ in pieces]
    last = [b for _, b in pieces]
    n = len(pieces)
    cont = [info.cont[a] for a in first]
    stop = [bool(term[b]) for b in last]
    pro = [apart.prose(texts[a] if a == b else " ".join(texts[a : b + 1])) for a, b in pieces]
    item = [
        items and not p and a == b and runs._item(a, texts, info)
        for p, (a, b) in zip(pro, pieces, strict=True)
    ]
    listed = [p or q for p, q in zip(pro, item, strict=True)]
    free = [asides[a] is None for a in first]
    linked = [
        a != b and any(runs._AND_START.match(texts[k]) for k in range(a + 1, b + 1))
        for a, b in pieces
    ]
    out: set[int] = set()
    i = 0
    while i < n:
        j = i
        while j + 1 < n and not stop[j] and cont[j + 1] and free[j] and free[j + 1] and listed[j]:
            j += 1
        if (
            j - i + 1 >= runs.RUN_MIN
            and not stop[j]
            and listed[j]
            and not any(tx.has_inner_sentence(texts[k]) for k in range(first[i + 1], last[j] + 1))
            and not runs._open_bracket(texts[first[i] : last[j]])
            and not (
                j + 2 < n
                and cont[j + 2]
                and not stop[j + 1]
                and not pro[j + 1]
                and (stop[j + 2] or tx.has_inner_sentence(texts[first[j + 2]]))
            )
        ):
            out.update(
                first[p]
                for p in range(i + 1, j + 1)
                if not linked[p] and not (item[p - 1] and pro[p])
            )
            h = first[i - 1] if i > 0 else -1
            if (  # the fifteenth session's list heading (joins11), read from the lists above
                not items
                and i > 0
                and cont[i]
                and h == last[i - 1]
                and free[i - 1]
                and not pro[i - 1]
                and not stop[i - 1]
                and not info.fw[h]
                and tx.letter_case(texts[h][0]) == "upper"
            ):
                out.add(first[i])
        i = j + 1
    return frozenset(out)


# a list's clauses and items, a conjunction's and a dash's pieces, sentences, a heading, a
# bracket, an address: what the runs read
_LINES = st.sampled_from(
    [
        "der Herr greift die andere Hand und dreht sich",
        "einmal hin und wieder zurück zum Anfang",
        "dann dreht sie sich nach links und wartet",
        "und Dile que no",
        "-Drehung, wobei sie sich nach rechts dreht",
        "die besten Ausflugsziele",
        "exklusive Verlosungen",
        "bei Facebook teilen",
        "Varianten",
        "Der Stadtrat hat am Montag beschlossen, die Brücke zu sperren.",
        "(Additional reporting by the desk in Paris and",
        "in KUALA LUMPUR, where the talks",
        ")",
        "weather.gov/forecast",
        "the council said on Monday that the",
        "Done.",
    ]
)


@given(st.lists(_LINES, min_size=1, max_size=14), st.booleans())
@example(["Varianten", *["der Herr greift die andere Hand und dreht sich"] * 3], False)  # a heading
def test_runs_with_the_pieces_found_once_are_the_plain_runs(texts: list[str], items: bool) -> None:
    n = len(texts)
    asides = [None] * n
    info = context.LineFacts(texts, texts, [False] * n)
    prose = [apart.prose(x) for x in texts]
    pieces = runs.pieces_of(texts, asides, info, prose)
    assert runs.runs_without_stop(texts, asides, info, items, pieces) == _runs_before(texts, items)
    assert runs.runs_without_stop(texts, asides, info, items) == _runs_before(texts, items)
    plain = _runs_before(texts)
    before = _runs_before(texts, True) - plain
    if not any(x[0].islower() and not apart.prose(x) for x in texts):
        before = frozenset()
    assert runs.item_runs(texts, asides, info, plain, pieces, prose) == before
    assert runs.item_runs(texts, asides, info) == before


@given(st.lists(_LINES, min_size=1, max_size=30))
def test_the_layouts_prose_count_is_the_plain_count(texts: list[str]) -> None:
    n = len(texts)
    info = context.LineFacts(texts, texts, [False] * n)
    lay = layout.Layout(texts, [None] * n, info)
    assert lay._lines().count(False) == sum(1 for x in texts if not apart.prose(x))


def test_a_list_and_its_items_give_the_same_runs_both_ways() -> None:
    # the properties' lines do make runs: a dance's clauses, then a newsletter's items
    texts = [
        "dann dreht sie sich nach links und wartet",
        "der Herr greift die andere Hand und dreht sich",
        "einmal hin und wieder zurück zum Anfang",
        "Done.",
        "Varianten",
        "die besten Ausflugsziele",
        "exklusive Verlosungen",
        "bei Facebook teilen",
        "Done.",
    ]
    n = len(texts)
    asides, info = [None] * n, context.LineFacts(texts, texts, [False] * n)
    pieces = runs.pieces_of(texts, asides, info)
    plain = runs.runs_without_stop(texts, asides, info, pieces=pieces)
    assert plain == _runs_before(texts) == {1, 2}
    assert runs.item_runs(texts, asides, info, plain, pieces) == _runs_before(texts, True) - plain
    assert runs.item_runs(texts, asides, info, plain, pieces) == {6, 7}
