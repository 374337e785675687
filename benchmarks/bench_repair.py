"""Linear-time check of `newsdump.repair` on adversarial inputs.

Run: ``python benchmarks/bench_repair.py``.  Prints, for each input shape, the size and the
time at 1x, 2x and 4x; the time per unit should stay flat (linear), within noise.  Then, when the
dev corpora are present (``../shared/corpus``), the time per body line over all their records,
next to the time of reading the files and splitting their lines.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from newsdump._repair import repair


def one_long_line(scale: int) -> list[str]:
    """1 MB (at 1x) of ``a.`` repeated on one line: every position is a glued-split candidate."""
    return ["a." * (500_000 * scale)]


def short_lines(scale: int) -> list[str]:
    """100,000 (at 1x) one-character lines: every break is judged."""
    return ["x"] * (100_000 * scale)


def punctuation_lines(scale: int) -> list[str]:
    """10,000 (at 1x) punctuation-only lines after one word: one block keeps growing."""
    return ["word", *([".", ",", '"', ".."] * (2_500 * scale))]


def bench(name: str, make: Callable[[int], list[str]]) -> None:
    base = 0.0
    for scale in (1, 2, 4):
        lines = make(scale)
        size = sum(len(x) + 1 for x in lines)
        start = time.perf_counter()
        repair(lines)
        took = time.perf_counter() - start
        base = base or took
        print(
            f"{name:<22} {scale}x  lines={len(lines):>8,}  chars={size:>10,}  "
            f"time={took:7.3f}s  ratio={took / base:5.2f}"
        )


CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def corpora() -> None:
    """Microseconds per body line of `repair` over every record of the dev corpora."""
    files = sorted(CORPUS.glob("dev-*/[AB]/*.txt"))
    if not files:
        print(f"dev corpora: not found under {CORPUS}")
        return
    start = time.perf_counter()
    bodies = [f.read_text(encoding="utf-8").splitlines()[4:] for f in files]
    read = time.perf_counter() - start
    lines = sum(len(b) for b in bodies)
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        for body in bodies:
            repair(body, numbers=range(5, 5 + len(body)))
        best = min(best, time.perf_counter() - start)
    print(
        f"dev corpora            {len(files):,} records  lines={lines:,}  "
        f"repair={best / lines * 1e6:5.1f} us/line  "
        f"read+splitlines={read / lines * 1e6:4.1f} us/line"
    )


if __name__ == "__main__":
    bench("1 MB of 'a.'", one_long_line)
    bench("one-char lines", short_lines)
    bench("punctuation lines", punctuation_lines)
    corpora()
