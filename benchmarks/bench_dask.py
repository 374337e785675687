# mypy: disable-error-code="no-untyped-call"
"""`newsdump.dask.read_dumps` on a real `distributed.LocalCluster`: the same corpus through one
worker process and through two.

    python benchmarks/bench_dask.py               # 16 files, about 16 MB in all
    python benchmarks/bench_dask.py --files 8 --mb 0.5

The corpus is built deterministically from the fixture records (``fixtures/**/*.txt``, repeated
until each file has its size), half the files gzip-compressed; it is written to a temporary
directory.  For each worker count a fresh cluster (processes, one thread each) runs two jobs,
three times each, and the median is reported: ``count`` (parse everything on the workers,
ship back one number) and ``parquet`` (parse and write Parquet from the workers), plus the
cluster's start-up time.  Needs the ``dask`` extra (with ``distributed``).
"""

from __future__ import annotations

import argparse
import gzip
import logging
import os
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from distributed import Client, LocalCluster

import newsdump.dask

ROOT = Path(__file__).resolve().parents[1]
REPEATS = 3


def build_corpus(where: Path, files: int, mb: float) -> int:
    """Write ``files`` dump files of about ``mb`` MB each; return the number of records."""
    records = [
        text
        for path in sorted((ROOT / "fixtures").rglob("*.txt"))
        for text in path.read_text(encoding="utf-8", errors="replace").split("\n date ")
        if text.strip()
    ]
    records = [r if r.startswith(" date ") else " date " + r for r in records]
    count, i = 0, 0
    for n in range(files):
        chunks: list[str] = []
        size = 0
        while size < mb * 1_000_000:
            chunk = records[i % len(records)].rstrip("\n") + "\n"
            chunks.append(chunk)
            size += len(chunk.encode("utf-8"))
            i += 1
        data = "".join(chunks).encode("utf-8")
        count += len(chunks)
        if n % 2:
            (where / f"part{n:03d}.txt.gz").write_bytes(gzip.compress(data, compresslevel=6))
        else:
            (where / f"part{n:03d}.txt").write_bytes(data)
    return count


def timed(job: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    result = job()
    return time.perf_counter() - start, result


def run(workers: int, corpus: Path, out: Path) -> dict[str, float]:
    start = time.perf_counter()
    with (
        LocalCluster(
            n_workers=workers,
            processes=True,
            threads_per_worker=1,
            dashboard_address=":0",
            silence_logs=logging.ERROR,
        ) as cluster,
        Client(cluster) as client,
    ):
        startup = time.perf_counter() - start
        bag = newsdump.dask.read_dumps(corpus)
        counts, parquet = [], []
        articles = 0
        for r in range(REPEATS):
            seconds, result = timed(client.compute(bag.count()).result)
            counts.append(seconds)
            articles = int(result)  # type: ignore[call-overload]
            write = newsdump.dask.to_parquet(bag, out / f"w{workers}-{r}", compute=False)
            seconds, _ = timed(client.compute(write).result)
            parquet.append(seconds)
    return {
        "startup": startup,
        "count": statistics.median(counts),
        "parquet": statistics.median(parquet),
        "articles": articles,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=16)
    parser.add_argument("--mb", type=float, default=1.0, help="size of each file, MB")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus, out = Path(tmp) / "corpus", Path(tmp) / "out"
        corpus.mkdir()
        out.mkdir()
        records = build_corpus(corpus, args.files, args.mb)
        total = sum(p.stat().st_size for p in corpus.iterdir()) / 1e6
        print(
            f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
            f"Python {platform.python_version()}, load average "
            + " ".join(f"{x:.2f}" for x in os.getloadavg())
        )
        print(
            f"corpus: {args.files} files ({args.files // 2} gzip), {args.files * args.mb:.1f} MB "
            f"of text ({total:.1f} MB on disk), {records} records; median of {REPEATS}\n"
        )
        print("| workers | start-up s | count s | articles/s | parquet s | speed-up (count) |")
        print("|---|---|---|---|---|---|")
        base = None
        for workers in (1, 2):
            r = run(workers, corpus, out)
            base = base or r["count"]
            print(
                f"| {workers} | {r['startup']:.1f} | {r['count']:.2f} | "
                f"{r['articles'] / r['count']:.0f} | {r['parquet']:.2f} | "
                f"{base / r['count']:.2f} × |"
            )
        print("\nload average at the end: " + " ".join(f"{x:.2f}" for x in os.getloadavg()))
    sys.stdout.flush()


if __name__ == "__main__":
    main()
