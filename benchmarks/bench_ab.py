"""``parse(repair=False)`` against the naive parser, source tree against source tree, in CPU time.

    python benchmarks/bench_ab.py                       # this checkout's src/, 5 MB, 5 rounds
    python benchmarks/bench_ab.py ../main/src src       # two trees, their processes alternated
    python benchmarks/bench_ab.py --size 2 --rounds 9 --repair src
    python benchmarks/bench_ab.py --corpus ../shared/corpus/junk-dev/C src   # real records

`bench_parse.py` reports wall-clock seconds, which on a machine shared with other work measure
the other work too (at a load average of 8 on 2 cores, a 5 MB ``parse(repair=False)`` took
1.0 s of wall clock for 0.18 s of CPU).  This script measures what issue #16's ratio is about,
the work of one process:

- each tree is timed in a process of its own (``PYTHONPATH`` set to the tree), and the
  processes of the trees alternate, round after round, so that a change of load falls on both;
- in a process, the naive parser (`bench_parse.naive_parse`) and ``parse(text, repair=False)``
  alternate too, ``--inner`` times each, and each is timed by ``time.process_time`` (the
  process's CPU time: what another process does does not count, cache effects still do);
- ``parse(text, repair=False)`` with every article's ``blocks`` read as well: the blocks of
  ``repair=False`` are made on their first read (`newsdump._model.Deferred`), so this is what
  a caller who reads the body pays; and with every article's ``text`` read instead (its
  paragraphs' texts, which a `Deferred` gives without making the blocks);
- the minimum over every run of a tree is reported (the least disturbed), with the ratio of
  the two minimums (issue #16's target: at most 1.0);
- and the work, which no load changes: the collector's collections of each generation during
  one parse and their CPU time (``gc.callbacks``), the parse with the collector off, the number
  of records and of blocks (one tracked object a body line: what drives the collections).

The corpus is `bench_parse.build_corpus` (the fixtures' records, bodies lengthened), or with
``--corpus`` the dump files of a directory joined (real records: the built corpus repeats the
fixtures' records, which a cache would exploit), written once to a temporary file that every
process reads.  Plain Python; nothing is kept.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
MB = 1_000_000

# Run in a process of its own with PYTHONPATH set to one tree: CPU times (min of ``inner`` runs,
# the two parsers alternated) and the work of one parse, as JSON.
_CHILD = """\
import gc, json, sys, time
sys.path.insert(0, sys.argv[4])
import bench_parse
import newsdump
path, inner, repair = sys.argv[1], int(sys.argv[2]), sys.argv[3] == "1"
with open(path, encoding="utf-8", newline="") as fh:
    text = fh.read()
def cpu(fn):
    t = time.process_time(); fn(); return time.process_time() - t
articles = newsdump.parse(text, repair=False)  # warm: lazy patterns, imports
bench_parse.naive_parse(text)
naive, norepair, off, fixed, read, texts = [], [], [], [], [], []
def read_blocks():
    for a in newsdump.parse(text, repair=False):
        a.blocks
def read_text():
    for a in newsdump.parse(text, repair=False):
        a.text
for _ in range(inner):
    naive.append(cpu(lambda: bench_parse.naive_parse(text)))
    norepair.append(cpu(lambda: newsdump.parse(text, repair=False)))
    read.append(cpu(read_blocks))
    texts.append(cpu(read_text))
    gc.disable()
    off.append(cpu(lambda: newsdump.parse(text, repair=False)))
    gc.enable()
    if repair:
        fixed.append(cpu(lambda: newsdump.parse(text)))
counts, secs, start = [0, 0, 0], [0.0, 0.0, 0.0], [0.0]
def watch(phase, info):
    if phase == "start":
        start[0] = time.process_time()
    else:
        counts[info["generation"]] += 1
        secs[info["generation"]] += time.process_time() - start[0]
gc.collect()
gc.callbacks.append(watch)
newsdump.parse(text, repair=False)
gc.callbacks.remove(watch)
print(json.dumps({
    "file": newsdump.__file__, "build": newsdump.__build__,
    "naive": min(naive), "norepair": min(norepair), "gc_off": min(off), "read": min(read),
    "text": min(texts),
    "repair": min(fixed) if fixed else None,
    "collections": counts, "gc_secs": secs,
    "records": len(articles), "blocks": sum(len(a.blocks) for a in articles),
}))
"""


def run_tree(src: Path, corpus: Path, inner: int, repair: bool) -> dict[str, Any]:
    """One process on ``src``: its JSON line."""
    env = dict(os.environ, PYTHONPATH=str(src))
    args = [sys.executable, "-c", _CHILD, str(corpus), str(inner), "1" if repair else "0"]
    out = subprocess.run(
        [*args, str(HERE)], check=True, capture_output=True, text=True, env=env
    ).stdout
    result: dict[str, Any] = json.loads(out)
    if not Path(str(result["file"])).resolve().is_relative_to(src):
        sys.exit(f"{src}: newsdump was imported from {result['file']}")
    return result


def joined(path: Path) -> bytes:
    """A dump file's bytes, or a directory's ``.txt`` files (recursively, sorted) one after the
    other, each ending in a line break."""
    files = sorted(path.rglob("*.txt")) if path.is_dir() else [path]
    parts = [f.read_bytes() for f in files]
    return b"".join(p if p.endswith(b"\n") else p + b"\n" for p in parts)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("trees", nargs="*", type=Path, help="source trees (default: this src/)")
    ap.add_argument("--size", type=float, default=5, help="corpus size in MB (default 5)")
    ap.add_argument("--rounds", type=int, default=5, help="processes per tree (default 5)")
    ap.add_argument("--inner", type=int, default=3, help="runs of each parser in a process")
    ap.add_argument("--repair", action="store_true", help="also time parse() with the repair")
    ap.add_argument(
        "--corpus",
        type=Path,
        help="a dump file, or a directory whose .txt files are joined, instead of the built corpus",
    )
    opts = ap.parse_args()
    trees = [t.resolve() for t in opts.trees] or [ROOT / "src"]
    sys.path.insert(0, str(HERE))
    from bench_parse import build_corpus

    with tempfile.TemporaryDirectory(prefix="newsdump-ab-") as tmp:
        corpus = Path(tmp) / "corpus.txt"
        corpus.write_bytes(
            build_corpus(int(opts.size * MB)).encode("utf-8")
            if opts.corpus is None
            else joined(opts.corpus)
        )
        size = corpus.stat().st_size
        runs: dict[Path, list[dict[str, Any]]] = {t: [] for t in trees}
        for k in range(opts.rounds):
            for tree in trees if k % 2 == 0 else trees[::-1]:
                runs[tree].append(run_tree(tree, corpus, opts.inner, opts.repair))
            print(f"round {k + 1} of {opts.rounds} done", file=sys.stderr, flush=True)
    print(f"corpus {size / MB:.1f} MB; CPU ms, min of {opts.rounds} × {opts.inner} runs")
    print(
        "| tree | naive | repair=False | ratio | blocks read too | ratio | collector off"
        " | text read too | ratio | collections | gc ms |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for tree, results in runs.items():
        naive = min(float(r["naive"]) for r in results)
        norepair = min(float(r["norepair"]) for r in results)
        off = min(float(r["gc_off"]) for r in results)
        read = min(float(r.get("read", "nan")) for r in results)
        texts = min(float(r.get("text", "nan")) for r in results)
        last = results[-1]
        counts = "/".join(str(c) for c in last["collections"])
        gc_ms = sum(last["gc_secs"]) * 1000
        print(
            f"| {tree} | {naive * 1000:.1f} | {norepair * 1000:.1f} | {norepair / naive:.2f} × "
            f"| {read * 1000:.1f} | {read / naive:.2f} × | {off * 1000:.1f} "
            f"| {texts * 1000:.1f} | {texts / naive:.2f} × | {counts} "
            f"| {gc_ms:.1f} |"
        )
        if opts.repair:
            fixed = min(float(r["repair"]) for r in results)
            print(f"|  with the repair | | {fixed * 1000:.1f} | | | | | | | | |")
        print(f"  ({last['records']} records, {last['blocks']} blocks, build {last['build']})")


if __name__ == "__main__":
    main()
