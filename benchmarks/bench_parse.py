"""newsdump's speed, side by side with the floor and with what a user would write.

    python benchmarks/bench_parse.py            # the full run: 100 MB corpus, 50 and 500 MB RSS
    python benchmarks/bench_parse.py --quick    # a smaller run (20 MB) to try a change

It builds a corpus deterministically from the bundled fixtures (every layout they cover),
then reports, with medians over several repeats:

  (a) reading the file and ``str.splitlines()``: the floor;
  (b) a naive parser a user would write (split at headers, dateutil on the timestamp, no repair);
  (c) ``newsdump.parse`` with repair;
  (d) ``newsdump.read`` streaming from a ``.gz`` file, with its peak RSS for two file sizes;
  (e) ``newsdump convert --jobs 2`` against ``--jobs 1`` on a corpus of many files;
  and the time ``import newsdump`` adds to ``python -c pass``.

Plain Python, no services.  Everything it writes goes to a temporary directory.
"""

from __future__ import annotations

import argparse
import gzip
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"
MB = 1_000_000


def fixture_records() -> list[str]:
    """Every record of every fixture, as text (header-less fixtures left out)."""
    records: list[str] = []
    for path in sorted(FIXTURES.rglob("*.txt")):
        if "invalid" in path.parts:
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        parts = re.split(r"(?m)^(?= ?date \d{4})", text)
        records.extend(p.rstrip("\n") for p in parts if p.lstrip().startswith("date"))
    if not records:
        sys.exit("no fixture records found under fixtures/")
    return records


def build_corpus(size: int) -> str:
    """Fixture records repeated (with numbered URLs so no two are identical) up to ``size``."""
    records = fixture_records()
    out: list[str] = []
    total = 0
    i = 0
    while total < size:
        rec = records[i % len(records)]
        rec = re.sub(r"(https?://\S+?)(\s|$)", lambda m, i=i: f"{m.group(1)}-{i}{m.group(2)}", rec, 1)
        out.append(rec)
        total += len(rec.encode("utf-8")) + 1
        i += 1
    return "\n".join(out) + "\n"


def median_time(fn: Callable[[], object], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


_HEADER = re.compile(r"(?m)^ ?date ")


def naive_parse(text: str) -> list[dict[str, object]]:
    """What a user writes in an afternoon: split at headers, dateutil on line 4, no repair."""
    from dateutil import parser as dateparser

    out: list[dict[str, object]] = []
    for rec in _HEADER.split(text):
        lines = rec.split("\n")
        if len(lines) < 4:
            continue
        try:
            published = dateparser.parse(lines[3], fuzzy=True)
        except (ValueError, OverflowError):
            published = None
        out.append({"url": lines[0], "title": lines[1], "lede": lines[2],
                    "published": published, "body": [x for x in lines[4:] if x.strip()]})
    return out


def peak_rss_of_read(path: Path) -> tuple[float, float, int]:
    """Run ``read()`` over ``path`` in a fresh process: (seconds, peak RSS in MB, articles)."""
    code = (
        "import resource, sys, time, newsdump\n"
        "t = time.perf_counter(); n = 0\n"
        "for a in newsdump.read(sys.argv[1]): n += 1\n"
        "dt = time.perf_counter() - t\n"
        "rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024\n"
        "print(dt, rss, n)\n"
    )
    out = subprocess.run([sys.executable, "-c", code, str(path)], check=True,
                         capture_output=True, text=True).stdout.split()
    return float(out[0]), float(out[1]), int(out[2])


def time_command(args: list[str], repeats: int) -> float:
    return median_time(lambda: subprocess.run(args, check=True, capture_output=True), repeats)


def import_cost(repeats: int = 15) -> float:
    base = time_command([sys.executable, "-c", "pass"], repeats)
    full = time_command([sys.executable, "-c", "import newsdump"], repeats)
    return full - base


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="20 MB corpus, small RSS files")
    ap.add_argument("--repeats", type=int, default=3)
    opts = ap.parse_args()
    size = 20 * MB if opts.quick else 100 * MB
    rss_sizes = (10 * MB, 50 * MB) if opts.quick else (50 * MB, 500 * MB)
    import newsdump

    rows: list[tuple[str, float, float, int]] = []
    with tempfile.TemporaryDirectory(prefix="newsdump-bench-") as tmp_name:
        tmp = Path(tmp_name)
        text = build_corpus(size)
        big = tmp / "corpus.txt"
        big.write_text(text, encoding="utf-8")
        nbytes = big.stat().st_size
        n_articles = len(newsdump.parse(text[: 2 * MB]))  # a cheap count for the rate column
        del text

        def floor() -> None:
            big.read_text(encoding="utf-8").splitlines()

        t_a = median_time(floor, opts.repeats)
        t_b = median_time(lambda: naive_parse(big.read_text(encoding="utf-8")), opts.repeats)
        count: list[int] = []
        t_c = median_time(
            lambda: count.append(len(newsdump.parse(big.read_text(encoding="utf-8")))),
            opts.repeats,
        )
        n_articles = count[-1]
        gz = tmp / "corpus.txt.gz"
        with open(big, "rb") as src, gzip.open(gz, "wb", compresslevel=1) as dst:
            dst.write(src.read())
        t_d, _rss, _n = peak_rss_of_read(gz)
        rows += [
            ("(a) read + splitlines (floor)", t_a, nbytes / t_a / MB, n_articles),
            ("(b) naive parser (dateutil, no repair)", t_b, nbytes / t_b / MB, n_articles),
            ("(c) newsdump.parse, with repair", t_c, nbytes / t_c / MB, n_articles),
            ("(d) newsdump.read from .gz", t_d, nbytes / t_d / MB, n_articles),
        ]

        rss: list[tuple[int, float]] = []
        for rsize in rss_sizes:
            path = tmp / f"rss-{rsize}.txt.gz"
            with gzip.open(path, "wt", encoding="utf-8", compresslevel=1) as fh:
                chunk = build_corpus(min(rsize, 20 * MB))
                written = 0
                while written < rsize:
                    fh.write(chunk)
                    written += len(chunk.encode("utf-8"))
            _t, peak, _n = peak_rss_of_read(path)
            rss.append((rsize, peak))

        many = tmp / "many"
        many.mkdir()
        corpus = build_corpus(size // 5)
        records = re.split(r"(?m)^(?= ?date \d{4})", corpus)
        per_file = max(1, len(records) // 200)
        for i in range(0, len(records), per_file):
            (many / f"{i:06d}.txt").write_text("".join(records[i : i + per_file]), encoding="utf-8")
        convert = [sys.executable, "-m", "newsdump", "convert", str(many), "-o"]
        t_j1 = time_command([*convert, str(tmp / "j1.jsonl"), "--jobs", "1", "--quiet"], 1)
        t_j2 = time_command([*convert, str(tmp / "j2.jsonl"), "--jobs", "2", "--quiet"], 1)
        same = (tmp / "j1.jsonl").read_bytes() == (tmp / "j2.jsonl").read_bytes()

    imp = import_cost()
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"corpus: {nbytes / MB:.0f} MB, {n_articles} articles, built from fixtures/\n")
    print(f"| {'step':40} | {'seconds':>8} | {'MB/s':>7} | {'articles/s':>10} |")
    print(f"|{'-' * 42}|{'-' * 10}|{'-' * 9}|{'-' * 12}|")
    for name, secs, rate, n in rows:
        print(f"| {name:40} | {secs:8.2f} | {rate:7.1f} | {n / secs:10.0f} |")
    print(f"\nc/a = {t_c / t_a:.1f}  (target ≤ 5)    c/b = {t_c / t_b:.2f}  (target < 1)")
    for rsize, peak in rss:
        print(f"peak RSS of read() over a {rsize / MB:.0f} MB .gz file: {peak:.0f} MB (target < 80)")
    print(f"convert --jobs 1: {t_j1:.2f} s, --jobs 2: {t_j2:.2f} s, speed-up {t_j1 / t_j2:.2f}× "
          f"(target ≥ 1.7), outputs identical: {same}")
    print(f"import newsdump adds {imp * 1000:.0f} ms over python -c pass (target ≤ 40)")


if __name__ == "__main__":
    main()
