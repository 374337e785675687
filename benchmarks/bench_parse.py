"""newsdump's speed, side by side with the floor and with what a user would write.

    python benchmarks/bench_parse.py            # the full run: 100 MB corpus, 50 and 500 MB RSS
    python benchmarks/bench_parse.py --quick    # a smaller run (20 MB) to try a change
    python benchmarks/bench_parse.py --compiled-python /path/to/compiled-venv/bin/python

It builds a corpus deterministically from the bundled fixtures (every layout they cover),
then reports, with the minimum over several repeats (the least disturbed run, on a machine
that other work shares):

  (a) reading the file and ``str.splitlines()``: the floor;
  (b) a naive parser a user would write (split at headers, dateutil on the timestamp, no repair);
  (c) ``newsdump.parse`` with repair, and with ``repair=False`` (so that the repair's share and
      the rest are both visible), from the source tree: the pure-Python build; and (c0r)
      ``repair=False`` with every article's ``blocks`` read, which ``repair=False`` makes on
      their first read;
  (cc) the same two with the compiled (mypyc) build, when ``--compiled-python`` names the
      Python of an environment where it is installed (``NEWSDUMP_COMPILE=1 pip install .``;
      run in that Python, on the same file, with its own floor (a) for comparison);
  (d) ``newsdump.read`` streaming from a ``.gz`` file, with its peak RSS for two file sizes;
  (e) ``newsdump convert --jobs 2`` against ``--jobs 1`` on the one corpus file, and on a
      corpus of many files;
  and the time ``import newsdump`` adds to ``python -c pass`` (and ``import attrs`` alone).

The corpus: the fixture records are short (0.2–4 kB, median 0.4 kB) where real news records
run to several kB (the dev corpus averages 6 kB), and a benchmark of 0.4 kB records measures
the per-record overhead only.  So each fixture record is kept whole (header, front lines,
body) and its body is lengthened with body lines of the other fixture records, deterministically,
to a size cycling through 2, 4, 6, 8 and 10 kB (mean 6 kB); one record in ten gets CRLF line
ends.  `--short` also measures (c) on the fixture records as they are.

Plain Python, no services.  Everything it writes goes to a temporary directory.
"""

from __future__ import annotations

import argparse
import dataclasses
import gzip
import json
import os
import platform
import re
import resource
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
RECORD_SIZES = (2000, 4000, 6000, 8000, 10000)
CRLF_EVERY = 10

_RECORD_START = re.compile(r"(?m)^(?= ?date \d{4})")
_HEADER_LIKE = re.compile(r"^[ \t]{0,3}date")
_URL_END = re.compile(r"(https?://\S+?)(\s|$)")


def fixture_records() -> list[str]:
    """Every record of every valid fixture, as text (header-less fixtures left out)."""
    records: list[str] = []
    for path in sorted((FIXTURES / "valid").rglob("*.txt")) + sorted(FIXTURES.glob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        parts = _RECORD_START.split(text)
        records.extend(p.rstrip("\n") for p in parts if p.lstrip().startswith("date"))
    if not records:
        sys.exit("no fixture records found under fixtures/")
    return records


def _body_pool(records: list[str]) -> list[str]:
    """Body lines of the fixture records (after the four front lines), header-like ones left
    out, in file order: the text that lengthens the records."""
    pool: list[str] = []
    for rec in records:
        for line in rec.split("\n")[4:]:
            if line.strip() and not _HEADER_LIKE.match(line):
                pool.append(line)
    return pool


def build_corpus(size: int, *, short: bool = False) -> str:
    """Fixture records (numbered URLs, so no two are alike), bodies lengthened to the sizes of
    RECORD_SIZES unless ``short``, repeated up to ``size`` bytes."""
    records = fixture_records()
    pool = _body_pool(records)
    out: list[str] = []
    total = 0
    i = 0
    cursor = 0
    while total < size:
        rec = records[i % len(records)]
        rec = _URL_END.sub(rf"\g<1>-{i}\g<2>", rec, count=1)
        if not short:
            target = RECORD_SIZES[i % len(RECORD_SIZES)]
            extra: list[str] = []
            grown = len(rec.encode("utf-8"))
            while grown < target:
                line = pool[cursor % len(pool)]
                cursor += 1
                extra.append(line)
                grown += len(line.encode("utf-8")) + 1
            rec = "\n".join([rec, *extra])
        if i % CRLF_EVERY == CRLF_EVERY - 1:
            rec = rec.replace("\n", "\r\n")
            out.append(rec + "\r\n")
        else:
            out.append(rec + "\n")
        total += len(out[-1].encode("utf-8"))
        i += 1
    return "".join(out)


def min_time(fn: Callable[[], object], repeats: int) -> float:
    """The fastest of ``repeats`` runs: the one other work on the machine disturbed least."""
    times = []
    for _ in range(repeats):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


# Run in the compiled build's Python (no PYTHONPATH, so its installed newsdump is what runs):
# the floor, parse and parse(repair=False) on the same file, min of runs, as JSON.
_COMPILED_CODE = """\
import json, sys, time
import newsdump
path, repeats = sys.argv[1], int(sys.argv[2])
def read():
    with open(path, encoding="utf-8", newline="") as fh:
        return fh.read()
def best(fn):
    times = []
    for _ in range(repeats):
        t = time.perf_counter(); fn(); times.append(time.perf_counter() - t)
    return min(times)
print(json.dumps({
    "build": newsdump.__build__,
    "floor": best(lambda: read().splitlines()),
    "parse": best(lambda: newsdump.parse(read())),
    "norepair": best(lambda: newsdump.parse(read(), repair=False)),
}))
"""


def compiled_times(python: Path, path: Path, repeats: int) -> dict[str, float | str]:
    """(cc): the floor, ``parse`` and ``parse(repair=False)`` timed by the compiled build."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    out = subprocess.run(
        [str(python), "-c", _COMPILED_CODE, str(path), str(repeats)],
        check=True,
        capture_output=True,
        text=True,
        env=env,
        cwd=tempfile.gettempdir(),  # not the checkout, whose src/ must not be imported
    ).stdout
    result: dict[str, float | str] = json.loads(out)
    return result


_HEADER = re.compile(r"(?m)^ ?date ")


def naive_parse(text: str) -> list[dict[str, object]]:
    """What a user writes in an afternoon: split at headers, dateutil on line 4, no repair."""
    import warnings

    from dateutil import parser as dateparser

    warnings.simplefilter("ignore")  # dateutil warns about every unknown zone name
    out: list[dict[str, object]] = []
    for rec in _HEADER.split(text):
        lines = rec.split("\n")
        if len(lines) < 4:
            continue
        try:
            published = dateparser.parse(lines[3], fuzzy=True)
        except (ValueError, OverflowError):
            published = None
        out.append(
            {
                "url": lines[0],
                "title": lines[1],
                "lede": lines[2],
                "published": published,
                "body": [x for x in lines[4:] if x.strip()],
            }
        )
    return out


def _read_text(path: Path) -> str:
    # newline="": the text as it is in the file (CRLF kept), as `newsdump.read` sees it
    with open(path, encoding="utf-8", newline="") as fh:
        return fh.read()


# The peak RSS of the child itself: VmHWM of /proc/self/status.  (On Linux, ru_maxrss survives
# exec: a child started by a large parent would report the parent's size.)
_RSS_CODE = """\
import resource, sys, time, newsdump
t = time.perf_counter(); n = 0
for a in newsdump.read(sys.argv[1]): n += 1
dt = time.perf_counter() - t
try:
    with open("/proc/self/status") as fh:
        rss = next(int(x.split()[1]) for x in fh if x.startswith("VmHWM:")) / 1024
except OSError:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(dt, rss, n)
"""


def peak_rss_of_read(path: Path) -> tuple[float, float, int]:
    """Run ``read()`` over ``path`` in a fresh process: (seconds, peak RSS in MB, articles)."""
    code = _RSS_CODE
    out = subprocess.run(
        [sys.executable, "-c", code, str(path)], check=True, capture_output=True, text=True
    ).stdout.split()
    return float(out[0]), float(out[1]), int(out[2])


def _machine_cpu() -> float | None:
    """CPU seconds the whole machine has spent busy since boot (Linux), else None."""
    try:
        with open("/proc/stat") as fh:
            fields = [int(x) for x in fh.readline().split()[1:]]
    except OSError:
        return None
    busy = sum(fields) - fields[3] - (fields[4] if len(fields) > 4 else 0)  # minus idle, iowait
    return busy / os.sysconf("SC_CLK_TCK")


@dataclasses.dataclass
class Timed:
    wall: float
    cpu: float  # CPU seconds of the command and its worker processes
    foreign: float | None  # CPU seconds other processes used meanwhile (None: unknown)


def timed_run(args: list[str], env: dict[str, str]) -> Timed:
    """One run of a command: its wall time, its CPU time, and the CPU time the rest of the
    machine used while it ran (which shows whether the cores were really free)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    machine = _machine_cpu()
    t = time.perf_counter()
    subprocess.run(args, check=True, capture_output=True, env=env)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    machine_after = _machine_cpu()
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    foreign = None
    if machine is not None and machine_after is not None:
        foreign = max(machine_after - machine - cpu, 0.0)
    return Timed(wall, cpu, foreign)


def jobs_pairs(
    convert: list[str], tmp: Path, env: dict[str, str], pairs: int, limit: float
) -> tuple[list[tuple[Timed, Timed]], bool]:
    """``pairs`` runs of ``--jobs 1`` then ``--jobs 2``.  A pair counts as clean when the rest
    of the machine used under 10% of a core meanwhile; on a shared machine more pairs are run
    (within ``limit`` seconds) to find ``pairs`` clean ones.  Returns every pair run, and
    whether the two outputs are identical."""
    done: list[tuple[Timed, Timed]] = []
    end = time.perf_counter() + limit
    while True:
        one = timed_run([*convert, str(tmp / "j1.jsonl"), "--jobs", "1"], env)
        two = timed_run([*convert, str(tmp / "j2.jsonl"), "--jobs", "2"], env)
        done.append((one, two))
        if len([p for p in done if _clean(p)]) >= pairs or time.perf_counter() > end:
            break
    same = (tmp / "j1.jsonl").read_bytes() == (tmp / "j2.jsonl").read_bytes()
    return done, same


def _clean(pair: tuple[Timed, Timed]) -> bool:
    return all(t.foreign is not None and t.foreign < 0.1 * t.wall for t in pair)


def import_costs(repeats: int = 41) -> tuple[float, float]:
    """Milliseconds ``import attrs`` and ``import newsdump`` add to ``python -c pass``
    (minimum of runs; the three commands take turns, so that a change of load hits all three).

    Measured as an installed package runs: with bytecode caches (written to a temporary
    directory after one warm-up run, whatever PYTHONDONTWRITEBYTECODE says)."""
    codes = ("pass", "import attrs", "import newsdump")
    times: dict[str, list[float]] = {code: [] for code in codes}
    with tempfile.TemporaryDirectory(prefix="newsdump-pyc-") as cache:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = cache
        for code in codes:
            subprocess.run([sys.executable, "-c", code], check=True, env=env)  # warm-up
        for _ in range(repeats):
            for code in codes:
                t = time.perf_counter()
                subprocess.run([sys.executable, "-c", code], check=True, env=env)
                times[code].append(time.perf_counter() - t)
    base = min(times["pass"])
    return (
        (min(times["import attrs"]) - base) * 1000,
        (min(times["import newsdump"]) - base) * 1000,
    )


def write_gz(path: Path, size: int) -> None:
    """A .gz dump of ``size`` bytes (the corpus built up to 20 MB, repeated)."""
    chunk = build_corpus(min(size, 20 * MB)).encode("utf-8")
    with gzip.open(path, "wb", compresslevel=1) as fh:
        written = 0
        while written < size:
            fh.write(chunk)
            written += len(chunk)


def many_files(root: Path, size: int, count: int) -> tuple[int, int]:
    """Split a corpus of ``size`` bytes into about ``count`` files: (bytes, files) written."""
    corpus = build_corpus(size)
    records = _RECORD_START.split(corpus)
    per_file = max(1, len(records) // count)
    for i in range(0, len(records), per_file):
        (root / f"{i:06d}.txt").write_text("".join(records[i : i + per_file]), encoding="utf-8")
    return len(corpus.encode("utf-8")), len(list(root.iterdir()))


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = ""
    if hasattr(os, "getloadavg"):
        load = ", load average {:.2f} {:.2f} {:.2f}".format(*os.getloadavg())
    return (
        f"{cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}{load}"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="20 MB corpus, 10 and 50 MB RSS files")
    ap.add_argument("--repeats", type=int, default=3, help="timed repeats per step (minimum)")
    ap.add_argument("--short", action="store_true", help="also (c) on the fixture records as is")
    ap.add_argument(
        "--jobs-wait",
        type=float,
        default=600,
        help="seconds to go on pairing --jobs runs until enough ran on an idle machine",
    )
    ap.add_argument(
        "--src",
        type=Path,
        default=ROOT / "src",
        help="the source tree whose newsdump is measured (default: this checkout's src/)",
    )
    ap.add_argument(
        "--compiled-python",
        type=Path,
        help="the python of an environment with the compiled build installed: adds (cc)",
    )
    ap.add_argument(
        "--no-rss", action="store_true", help="leave out (d) and the peak-RSS runs (streaming)"
    )
    ap.add_argument(
        "--no-many", action="store_true", help="leave out --jobs on a corpus of many files"
    )
    opts = ap.parse_args()
    size = 20 * MB if opts.quick else 100 * MB
    rss_sizes = (10 * MB, 50 * MB) if opts.quick else (50 * MB, 500 * MB)
    src = opts.src.resolve()
    sys.path.insert(0, str(src))
    os.environ["PYTHONPATH"] = str(src)  # for the processes it starts: read(), convert, import
    import newsdump

    if not Path(newsdump.__file__).resolve().is_relative_to(src):
        sys.exit(f"newsdump was imported from {newsdump.__file__}, not from {src}")

    print(f"machine: {machine()}", flush=True)
    rows: list[tuple[str, float]] = []
    with tempfile.TemporaryDirectory(prefix="newsdump-bench-") as tmp_name:
        tmp = Path(tmp_name)
        big = tmp / "corpus.txt"
        big.write_bytes(build_corpus(size).encode("utf-8"))
        nbytes = big.stat().st_size
        n_articles = len(newsdump.parse(_read_text(big), repair=False))
        print(f"corpus: {nbytes / MB:.0f} MB, {n_articles} records", flush=True)

        def step(name: str, fn: Callable[[], object]) -> float:
            secs = min_time(fn, opts.repeats)
            rows.append((name, secs))
            print(f"  {name}: {secs:.2f} s", flush=True)
            return secs

        t_a = step("(a) read + splitlines (floor)", lambda: _read_text(big).splitlines())
        t_b = step("(b) naive parser (dateutil, no repair)", lambda: naive_parse(_read_text(big)))
        t_c = step("(c) newsdump.parse, with repair", lambda: newsdump.parse(_read_text(big)))
        t_c0 = step(
            "(c0) newsdump.parse, repair=False",
            lambda: newsdump.parse(_read_text(big), repair=False),
        )
        t_c0r = step(
            "(c0r) repair=False, every article's blocks read",
            lambda: [a.blocks for a in newsdump.parse(_read_text(big), repair=False)],
        )
        compiled: dict[str, float | str] | None = None
        if opts.compiled_python is not None:
            compiled = compiled_times(opts.compiled_python, big, opts.repeats)
            if compiled["build"] != "mypyc":
                sys.exit(f"{opts.compiled_python} runs the {compiled['build']} build, not mypyc")
            for name, key in (
                ("(cc) parse, compiled build", "parse"),
                ("(cc0) parse, repair=False, compiled build", "norepair"),
            ):
                rows.append((name, float(compiled[key])))
                print(f"  {name}: {float(compiled[key]):.2f} s", flush=True)
        if not opts.no_rss:
            gz = tmp / "corpus.txt.gz"
            with open(big, "rb") as src, gzip.open(gz, "wb", compresslevel=1) as dst:
                dst.write(src.read())
            t_d, _rss, _n = peak_rss_of_read(gz)
            rows.append(("(d) newsdump.read from .gz (with repair)", t_d))
            print(f"  (d): {t_d:.2f} s", flush=True)

        short = None
        if opts.short:
            small = tmp / "short.txt"
            small.write_bytes(build_corpus(size // 5, short=True).encode("utf-8"))
            n_short = len(newsdump.parse(_read_text(small), repair=False))
            s_a = min_time(lambda: _read_text(small).splitlines(), opts.repeats)
            s_c = min_time(lambda: newsdump.parse(_read_text(small)), opts.repeats)
            s_c0 = min_time(lambda: newsdump.parse(_read_text(small), repair=False), opts.repeats)
            short = (small.stat().st_size, n_short, s_a, s_c, s_c0)

        rss: list[tuple[int, float, float]] = []
        for rsize in () if opts.no_rss else rss_sizes:
            path = tmp / f"rss-{rsize}.txt.gz"
            write_gz(path, rsize)
            secs, peak, _n = peak_rss_of_read(path)
            rss.append((rsize, peak, secs))
            path.unlink()
            print(f"  RSS {rsize / MB:.0f} MB: {peak:.0f} MB", flush=True)

        env = dict(os.environ)
        one_file = [sys.executable, "-m", "newsdump", "convert", str(big), "--quiet", "-o"]
        file_pairs, file_same = jobs_pairs(one_file, tmp, env, opts.repeats, opts.jobs_wait)
        print("  --jobs on one file: done", flush=True)
        pairs: list[tuple[Timed, Timed]] = []
        same = True
        many_bytes, n_files = 0, 0
        if not opts.no_many:
            many = tmp / "many"
            many.mkdir()
            many_bytes, n_files = many_files(many, 20 * MB, 200)  # ~100 kB a file, both modes
            convert = [sys.executable, "-m", "newsdump", "convert", str(many), "--quiet", "-o"]
            pairs, same = jobs_pairs(convert, tmp, env, opts.repeats, opts.jobs_wait)

    imp_attrs, imp = import_costs()
    print()
    print(
        f"corpus: {nbytes / MB:.0f} MB, {n_articles} records built from fixtures/ "
        f"(mean {nbytes / n_articles / 1000:.1f} kB per record), {opts.repeats} repeats\n"
    )
    print(f"| {'step':44} | {'seconds':>7} | {'MB/s':>6} | {'articles/s':>10} | {'× (a)':>6} |")
    print(f"|{'-' * 46}|{'-' * 9}|{'-' * 8}|{'-' * 12}|{'-' * 8}|")
    for name, secs in rows:
        print(
            f"| {name:44} | {secs:7.2f} | {nbytes / secs / MB:6.1f} | "
            f"{n_articles / secs:10.0f} | {secs / t_a:6.1f} |"
        )
    print()
    print(f"- c/a = {t_c / t_a:.1f} (target ≤ 40); without the repair c0/a = {t_c0 / t_a:.1f}")
    print(f"- c/b = {t_c / t_b:.2f}; without the repair c0/b = {t_c0 / t_b:.2f} (target ≤ 1.0)")
    print(f"- with every article's blocks read (made on the first read) c0r/b = {t_c0r / t_b:.2f}")
    print(f"- the repair's share of (c): {(t_c - t_c0) / t_c:.0%}")
    if compiled is not None:
        t_cc, t_cc0 = float(compiled["parse"]), float(compiled["norepair"])
        own_floor = float(compiled["floor"])
        print(
            f"- compiled build: cc/a = {t_cc / t_a:.1f} (target ≤ 30; {t_cc / own_floor:.1f} "
            f"against the floor timed in its own process, {own_floor:.2f} s); "
            f"cc0/a = {t_cc0 / t_a:.1f}, cc0/b = {t_cc0 / t_b:.2f}"
        )
        print(
            f"- compiled over pure: parse {t_c / t_cc:.2f}×, parse(repair=False) "
            f"{t_c0 / t_cc0:.2f}× (worth shipping at ≥ 1.3×)"
        )
    if short is not None:
        sbytes, sn, s_a, s_c, s_c0 = short
        print(
            f"- fixture records as they are ({sbytes / MB:.0f} MB, {sn} records, "
            f"{sbytes / sn / 1000:.1f} kB each): c/a = {s_c / s_a:.1f}, c0/a = {s_c0 / s_a:.1f} "
            f"({sn / s_c:.0f} and {sn / s_c0:.0f} articles/s)"
        )
    for rsize, peak, secs in rss:
        print(
            f"- peak RSS of read() over a {rsize / MB:.0f} MB .gz file: {peak:.0f} MB "
            f"(target < 80), {rsize / secs / MB:.1f} MB/s"
        )
    print(
        f"- convert, one file of {nbytes / MB:.0f} MB, {len(file_pairs)} pairs of runs, "
        f"outputs identical: {file_same}; speed-up of --jobs 2 over --jobs 1 (target ≥ 1.7):"
    )
    print_pairs(file_pairs)
    if pairs:
        print(
            f"- convert, {n_files} files, {many_bytes / MB:.0f} MB, {len(pairs)} pairs of runs, "
            f"outputs identical: {same}; speed-up of --jobs 2 over --jobs 1:"
        )
        print_pairs(pairs)
    print(
        f"- import newsdump adds {imp:.0f} ms over python -c pass (target ≤ 40); "
        f"import attrs alone adds {imp_attrs:.0f} ms"
    )
    print(f"\nmachine at the end: {machine()}")


def print_pairs(pairs: list[tuple[Timed, Timed]]) -> None:
    """The --jobs 2 speed-up: on the pairs run with the machine otherwise idle, on all pairs
    (median of the ratios, and the best), and each pair."""
    clean = [p for p in pairs if _clean(p)]
    every = statistics.median(one.wall / two.wall for one, two in pairs)
    if clean:
        one_w = statistics.median(one.wall for one, _ in clean)
        two_w = statistics.median(two.wall for _, two in clean)
        print(
            f"  on {len(clean)} pairs run with the rest of the machine idle: "
            f"{statistics.median(one.wall / two.wall for one, two in clean):.2f}× "
            f"(--jobs 1 {one_w:.2f} s, --jobs 2 {two_w:.2f} s)"
        )
    print(
        f"  on all {len(pairs)} pairs, whatever else ran: {every:.2f}× median, "
        f"min-of-runs {min(o.wall for o, _ in pairs) / min(t.wall for _, t in pairs):.2f}×"
    )
    for one, two in pairs:
        other = (
            f"others used {one.foreign:.1f} and {two.foreign:.1f} CPU s"
            if one.foreign is not None and two.foreign is not None
            else "others unknown"
        )
        print(
            f"    {one.wall:.2f} s / {two.wall:.2f} s = {one.wall / two.wall:.2f}×, "
            f"CPU {one.cpu:.2f} / {two.cpu:.2f} s, {other}"
        )


if __name__ == "__main__":
    main()
