"""The ``newsdump`` command, driven as a real subprocess on fixtures and generated dumps.

Every record written here is invented text (rivers, councils, bridges), never corpus text.
"""

from __future__ import annotations

import bz2
import csv
import gzip
import importlib
import io
import json
import lzma
import os
import random
import re
import signal
import stat
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Final

import pytest

from tests.records import NOISY_RECORD
from tests.target import FIXTURES, ROOT, newsdump

SEED: Final = FIXTURES / "000_9969857c5de6fcc0.txt"
WORDS: Final = ("river", "council", "harbour", "market", "bridge", "orchard", "ferry", "library")
OUTLETS: Final = ("example.org", "news.test", "www.daily.test")
TIMEOUT: Final = 60  # seconds for one command; they take well under one


def record(i: int, kind: str = "ok") -> str:
    """One invented dump record; ``kind`` is ``ok``, ``bad-date`` (an error), ``disagree`` (a
    warning: the timestamp names another day) or ``no-stamp`` (info)."""
    day, month = 1 + i % 28, 1 + (i // 28) % 12
    outlet = OUTLETS[i % len(OUTLETS)]
    word, other = WORDS[i % len(WORDS)], WORDS[(i + 3) % len(WORDS)]
    date = "2023-13-45" if kind == "bad-date" else f"2023-{month:02d}-{day:02d}"
    stamp_day = day % 28 + 1 if kind == "disagree" else day
    lines = [
        f" date {date} https://{outlet}/2023/{month:02d}/{day:02d}/story-{i}.html",
        f"The {word.title()} Plan Number {i}",
        f"Officials described the {word} plan to residents.",
    ]
    if kind != "no-stamp":
        lines.append(f"14:{i % 60:02d} GMT {stamp_day:02d}.{month:02d}.2023")
    lines += [
        f"The {word} committee said on Monday that the old {other}",
        f"would reopen to the public next week, after repairs costing {i} crowns.",
        f"Residents of the valley have waited {i % 9 + 2} years for the {other}.",
    ]
    return "\n".join(lines) + "\n"


def write_dump(path: Path, indices: Sequence[int], kinds: dict[int, str] | None = None) -> Path:
    kinds = kinds or {}
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(record(i, kinds.get(i, "ok")) for i in indices), encoding="utf-8")
    return path


def newsdump_cmd(
    *args: str | os.PathLike[str],
    stdin: bytes | None = None,
    cwd: Path | None = None,
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "newsdump", *map(str, args)],
        input=stdin,
        capture_output=True,
        cwd=cwd,
        timeout=TIMEOUT,
        check=False,
    )


SUMMARY: Final = re.compile(
    r"newsdump: \d+ articles? from \d+ files?( \(\d+ skipped\))?, \d+ problems?"
    r"( \(\d+ errors?\))?, \d+ repairs?(, \d+ noise blocks? (left out|kept) \([^)]+\))?; "
    r"[\d.]+ [kM]B in [\d.]+ s, ([\d.]+ MB/s|-)\n"
)


def ok(proc: subprocess.CompletedProcess[bytes]) -> str:
    """Exit status 0; on stderr nothing, or the closing summary (shown when records had
    error-severity problems)."""
    assert proc.returncode == 0, proc.stderr.decode()
    assert proc.stderr == b"" or SUMMARY.fullmatch(proc.stderr.decode()), proc.stderr.decode()
    return proc.stdout.decode("utf-8")


def user_error(proc: subprocess.CompletedProcess[bytes]) -> str:
    """Exit status 2, one line on stderr, no traceback."""
    err = proc.stderr.decode()
    assert proc.returncode == 2, (proc.returncode, err)
    assert "Traceback" not in err
    assert err.count("\n") == 1, err
    assert err.startswith("newsdump: error: ") or err.startswith("usage: "), err
    return err


def jsonl(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines()]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """Three files in a directory tree: 5 + 4 + 3 records; one error, one warning, one info."""
    root = tmp_path / "corpus"
    write_dump(root / "a.txt", range(5))
    write_dump(root / "sub" / "b.txt", range(5, 9), {6: "bad-date", 7: "disagree"})
    write_dump(root / "sub" / "c.txt", range(9, 12), {10: "no-stamp"})
    return root


# --- convert ---------------------------------------------------------------------------------


def test_convert_jsonl_round_trips(corpus: Path) -> None:
    out = ok(newsdump_cmd("convert", corpus))
    expected = list(newsdump.read(corpus))
    records = jsonl(out)
    assert len(records) == 12
    assert [newsdump.Article.from_dict(r) for r in records] == expected
    assert records == [a.to_dict() for a in expected]  # provenance too: source, problems, repairs


def test_convert_fixtures_round_trip() -> None:
    files = sorted((FIXTURES / "valid").glob("*.txt")) or [SEED]
    out = ok(newsdump_cmd("convert", SEED, *files, cwd=ROOT))
    expected = [a for f in [SEED, *files] for a in newsdump.read(f)]
    assert [newsdump.Article.from_dict(r) for r in jsonl(out)] == expected


def test_without_a_command_is_convert() -> None:
    assert ok(newsdump_cmd(SEED)) == ok(newsdump_cmd("convert", SEED))


def test_console_script() -> None:
    script = Path(sys.executable).with_name("newsdump")
    if not script.exists():
        pytest.skip("console script not installed next to the interpreter")
    proc = subprocess.run(
        [str(script), "convert", str(SEED)], capture_output=True, timeout=TIMEOUT, check=False
    )
    assert ok(proc) == ok(newsdump_cmd("convert", SEED))


def test_stdin(corpus: Path) -> None:
    data = (corpus / "a.txt").read_bytes()
    from_stdin = jsonl(ok(newsdump_cmd("convert", "-", stdin=data)))
    from_file = jsonl(ok(newsdump_cmd("convert", corpus / "a.txt")))
    assert [r["source"]["path"] for r in from_stdin] == [None] * 5
    for r in from_stdin + from_file:
        r["source"]["path"] = None
    assert from_stdin == from_file


@pytest.mark.parametrize(
    ("suffix", "opener"), [(".gz", gzip.open), (".bz2", bz2.open), (".xz", lzma.open)]
)
def test_compressed_input(tmp_path: Path, suffix: str, opener: Any) -> None:
    plain = write_dump(tmp_path / "d.txt", range(3))
    packed = tmp_path / f"d.txt{suffix}"
    with opener(packed, "wb") as fp:
        fp.write(plain.read_bytes())
    got = jsonl(ok(newsdump_cmd("convert", packed)))
    assert [newsdump.Article.from_dict(r) for r in got] == list(newsdump.read(plain))


def test_glob(corpus: Path) -> None:
    out = ok(newsdump_cmd("convert", str(corpus / "**" / "*.txt")))
    assert [r["source"]["path"] for r in jsonl(out)] == (
        [str(corpus / "a.txt")] * 5
        + [str(corpus / "sub" / "b.txt")] * 4
        + [str(corpus / "sub" / "c.txt")] * 3
    )


def test_csv(corpus: Path, tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    assert ok(newsdump_cmd("convert", corpus, "-o", target)) == ""
    with open(target, newline="", encoding="utf-8") as fp:
        rows = list(csv.DictReader(fp))
    from newsdump._export import COLUMNS

    assert list(rows[0]) == list(COLUMNS)
    articles = list(newsdump.read(corpus))
    assert [r["title"] for r in rows] == [a.title for a in articles]
    assert [json.loads(r["paragraphs"]) for r in rows] == [list(a.paragraphs) for a in articles]
    assert rows[0]["published"] == articles[0].published.isoformat()  # type: ignore[union-attr]
    assert rows[6]["date"] == ""  # the bad header date is null
    # --format wins over the suffix, and stdout works
    assert ok(newsdump_cmd("convert", corpus, "--format", "csv")).replace("\r\n", "\n") == (
        target.read_text(encoding="utf-8").replace("\r\n", "\n")
    )


def test_parquet(corpus: Path, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    from newsdump._export import arrow_schema, to_arrow

    target = tmp_path / "out.parquet"
    assert ok(newsdump_cmd("convert", corpus, "-o", target)) == ""
    table = pq.read_table(target)
    articles = list(newsdump.read(corpus))
    assert table.schema.equals(arrow_schema(), check_metadata=True)
    assert table.equals(to_arrow(articles))
    assert table.column("title").to_pylist() == [a.title for a in articles]
    # to stdout, when it is not a terminal
    piped = newsdump_cmd("convert", corpus, "--format", "parquet")
    assert piped.returncode == 0, piped.stderr
    assert pq.read_table(io.BytesIO(piped.stdout)).equals(table)


def test_no_repair_and_strict(tmp_path: Path) -> None:
    path = write_dump(tmp_path / "d.txt", range(3), {2: "bad-date"})
    repaired = jsonl(ok(newsdump_cmd("convert", path)))
    raw = jsonl(ok(newsdump_cmd("convert", "--no-repair", path)))
    assert all(r["repairs"] == [] for r in raw)
    assert len(raw[0]["blocks"]) > len(repaired[0]["blocks"])
    target = tmp_path / "out.jsonl"
    proc = newsdump_cmd("convert", "--strict", path, "-o", target)
    err = proc.stderr.decode()
    assert proc.returncode == 1
    assert err.count("\n") == 1
    assert "Traceback" not in err
    assert f"{path}:" in err
    assert "bad-header-date" in err
    assert not target.exists()
    assert os.listdir(tmp_path) == ["d.txt"]  # no temporary file left behind


@pytest.mark.parametrize(
    "args",
    [
        ("convert",),
        ("convert", "--format", "csv"),
        ("convert", "--format", "parquet"),
        ("check",),
        ("stats",),
        ("stats", "--json"),
    ],
)
def test_jobs_2_same_output_as_jobs_1(corpus: Path, tmp_path: Path, args: tuple[str, ...]) -> None:
    if "parquet" in args:
        pytest.importorskip("pyarrow")
    more = [
        write_dump(tmp_path / "more" / f"m{n}.txt", range(20 + 3 * n, 23 + 3 * n)) for n in range(3)
    ]
    stdin = record(99).encode()
    inputs: list[str | Path] = [corpus, more[0], "-", *more[1:]]
    one = newsdump_cmd(*args, "--jobs", "1", *inputs, stdin=stdin)
    two = newsdump_cmd(*args, "--jobs", "2", *inputs, stdin=stdin)
    assert one.returncode == two.returncode
    assert one.stdout == two.stdout
    assert len(one.stdout) > 0


# --- check -----------------------------------------------------------------------------------


def test_check_clean_file_exits_0(tmp_path: Path) -> None:
    path = write_dump(tmp_path / "clean.txt", range(4))
    assert ok(newsdump_cmd("check", path)).splitlines() == [
        "",
        "checked 4 records in 1 file: 0 problems (0 errors, 0 warnings, 0 info)",
        "date disagreements: 0 records",
    ]


def test_check_reports_like_a_compiler(corpus: Path) -> None:
    proc = newsdump_cmd("check", corpus)
    assert proc.returncode == 1  # one error-severity problem
    assert proc.stderr == b""
    lines = proc.stdout.decode().splitlines()
    b = corpus / "sub" / "b.txt"
    # record 6 is the second record of b.txt, starting on line 8
    assert f"{b}:8:7: bad-header-date header date '2023-13-45' is not a valid date" in lines
    assert any(line.startswith(f"{b}:") and " date-disagrees " in line for line in lines)
    assert any(" no-timestamp " in line for line in lines)
    summary = "\n".join(lines[lines.index("") :])
    assert "checked 12 records in 3 files: 3 problems (1 error, 1 warning, 1 info)" in summary
    assert "date disagreements: 1 record" in summary
    for code in ("bad-header-date", "date-disagrees", "no-timestamp"):
        assert code in summary


def test_check_warnings_only_exits_0(tmp_path: Path) -> None:
    path = write_dump(tmp_path / "w.txt", range(3), {1: "disagree"})
    out = ok(newsdump_cmd("check", path))
    assert "date-disagrees" in out


def test_check_severity_filter(corpus: Path) -> None:
    proc = newsdump_cmd("check", "--severity", "error", corpus)
    assert proc.returncode == 1
    listed = proc.stdout.decode().split("\n\n")[0].splitlines()
    assert len(listed) == 1
    assert "bad-header-date" in listed[0]


def test_check_stdin_names_stdin() -> None:
    proc = newsdump_cmd("check", "-", stdin=record(1, "bad-date").encode())
    assert proc.returncode == 1
    assert proc.stdout.decode().startswith("<stdin>:1:7: bad-header-date ")


# --- repair ----------------------------------------------------------------------------------


def test_repair_to_directory(corpus: Path, tmp_path: Path) -> None:
    out_dir = tmp_path / "fixed"
    before = {p: p.read_bytes() for p in corpus.rglob("*.txt")}
    assert ok(newsdump_cmd("repair", corpus, "-o", out_dir)) == ""
    assert {p.read_bytes() for p in before} == set(before.values())  # inputs untouched
    written = sorted(p.relative_to(out_dir) for p in out_dir.rglob("*") if p.is_file())
    assert written == [Path("a.txt"), Path("sub/b.txt"), Path("sub/c.txt")]
    for name in written:
        original = list(newsdump.read(corpus / name))
        fixed = (out_dir / name).read_text(encoding="utf-8")
        assert fixed == "\n\n".join(newsdump.dumps(a) for a in original) + "\n"
        # A record whose header date was no calendar date keeps the token as a noise block;
        # written out, that block is an ordinary body line, so compare the others only.
        bad_date = [any(p.code == "bad-header-date" for p in a.problems) for a in original]
        again = list(newsdump.read(out_dir / name))
        assert len(again) == len(original)
        assert [a.paragraphs for a, bad in zip(again, bad_date, strict=True) if not bad] == [
            a.paragraphs for a, bad in zip(original, bad_date, strict=True) if not bad
        ]


def test_repair_needs_output_or_in_place(corpus: Path) -> None:
    assert "-o DIR" in user_error(newsdump_cmd("repair", corpus))
    assert "--in-place" in user_error(newsdump_cmd("repair", corpus, "-o", corpus))


def test_repair_in_place_and_compressed(tmp_path: Path) -> None:
    plain = write_dump(tmp_path / "d.txt", range(3))
    packed = tmp_path / "d.txt.gz"
    packed.write_bytes(gzip.compress(plain.read_bytes()))
    expected = "\n\n".join(newsdump.dumps(a) for a in newsdump.read(plain)) + "\n"
    assert ok(newsdump_cmd("repair", "--in-place", plain, packed)) == ""
    assert plain.read_text(encoding="utf-8") == expected
    assert gzip.decompress(packed.read_bytes()).decode() == expected
    assert sorted(os.listdir(tmp_path)) == ["d.txt", "d.txt.gz"]


def test_repair_to_stdout_from_stdin() -> None:
    data = record(3) + record(4)
    out = ok(newsdump_cmd("repair", "-", "-o", "-", stdin=data.encode()))
    assert out == "\n\n".join(newsdump.dumps(a) for a in newsdump.parse(data)) + "\n"


# --- stats -----------------------------------------------------------------------------------


def test_stats_table(corpus: Path) -> None:
    out = ok(newsdump_cmd("stats", corpus))
    assert out.startswith("12 records in 3 files\n")
    assert "records by outlet and month" in out
    assert "repairs by kind" in out
    assert "problems by code" in out
    assert any(line.split() == ["example.org", "2023-01", "4"] for line in out.splitlines()), out


def test_stats_json(corpus: Path) -> None:
    data = json.loads(ok(newsdump_cmd("stats", "--json", corpus)))
    articles = list(newsdump.read(corpus))
    assert data["records"] == 12
    assert sum(r["records"] for r in data["by_outlet_month"]) == 12
    assert {r["outlet"] for r in data["by_outlet_month"]} == {
        "example.org",
        "news.test",
        "daily.test",
    }
    joins = sum(1 for a in articles for e in a.repairs if e.kind == "join" and e.applied)
    assert {r["kind"]: r["applied"] for r in data["repairs_by_kind"]}.get("join", 0) == joins
    codes = {r["code"]: r["count"] for r in data["problems_by_code"]}
    assert codes == {"bad-header-date": 1, "date-disagrees": 1, "no-timestamp": 1}


# --- user errors -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ("convert", "no/such/file.txt"),
        ("check", "no-such-*.txt"),
        ("convert", "--format", "xml", "SEED"),
        ("convert", "--jobs", "-3", "SEED"),
        ("convert", "--bogus", "SEED"),
        ("frobnicate",),
        ("convert", "SEED", "-o", "no/such/dir/out.jsonl"),
        ("convert",),
    ],
)
def test_user_errors_are_one_line_exit_2(args: tuple[str, ...]) -> None:
    user_error(newsdump_cmd(*(str(SEED) if a == "SEED" else a for a in args), cwd=ROOT))


def _without_read_override() -> None:
    """In the child, before exec: drop the capabilities that let root read any file
    (CAP_DAC_OVERRIDE 1, CAP_DAC_READ_SEARCH 2) from the bounding set, so that the process
    exec'd as root has them neither, and a mode-0 file is unreadable to it too."""
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    for cap in (1, 2):
        if libc.prctl(24, cap, 0, 0, 0) != 0:  # PR_CAPBSET_DROP
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


def test_unreadable_file(tmp_path: Path) -> None:
    path = write_dump(tmp_path / "secret.txt", range(2))
    path.chmod(0)
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "newsdump", "convert", str(path)],
            capture_output=True,
            timeout=TIMEOUT,
            check=False,
            preexec_fn=_without_read_override if os.geteuid() == 0 else None,
        )
        assert "permission denied" in user_error(proc)
    finally:
        path.chmod(0o644)


def test_broken_compressed_file(tmp_path: Path) -> None:
    """A .gz cut inside its first record: what was decompressed is one record, with the fault
    as its problem; one error line names the file and the offset; exit status 1."""
    packed = tmp_path / "cut.txt.gz"
    packed.write_bytes(gzip.compress(record(1).encode() * 50)[:60])
    proc = newsdump_cmd("convert", packed)
    err = proc.stderr.decode()
    assert proc.returncode == 1, err
    assert "Traceback" not in err
    assert f"newsdump: error: {packed}: compressed data breaks off at byte " in err


def test_broken_pipe(tmp_path: Path) -> None:
    """Item 9: a reader that goes away (``| head``) ends the command silently with 141, as
    GNU tools do (killed by SIGPIPE), with one job or two."""
    big = write_dump(tmp_path / "big" / "big.txt", range(400))  # 400 kB of JSON: over a pipe
    write_dump(tmp_path / "big" / "more.txt", range(400, 800))
    for jobs in ("1", "2"):
        proc = subprocess.Popen(
            [sys.executable, "-m", "newsdump", "convert", str(big.parent), "--jobs", jobs],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        assert proc.stdout is not None
        assert proc.stderr is not None
        proc.stdout.readline()
        proc.stdout.close()
        err = proc.stderr.read().decode()
        proc.stderr.close()
        assert proc.wait(timeout=TIMEOUT) == 141, err
        assert err == ""


def test_help_and_version() -> None:
    out = ok(newsdump_cmd("--help"))
    for command in ("convert", "check", "repair", "stats"):
        assert command in out
    version = f"newsdump {newsdump.__version__} ({newsdump.__build__})"
    assert ok(newsdump_cmd("--version")).strip() == version


# --- interrupted runs ------------------------------------------------------------------------


def _start_and_wait_for_temp(
    tmp_path: Path, name: str, fmt_args: Sequence[str] = ()
) -> tuple[subprocess.Popen[bytes], Path]:
    source = tmp_path / "in"
    write_dump(source / "big.txt", range(30_000))  # many seconds of work: killed long before
    target_dir = tmp_path / "out"
    target_dir.mkdir()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "newsdump",
            "convert",
            str(source),
            "-o",
            str(target_dir / name),
            *fmt_args,
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + TIMEOUT
    while not list(target_dir.glob(f".{name}.tmp-*")):
        assert proc.poll() is None, "convert ended before it was interrupted"
        assert time.monotonic() < deadline
        time.sleep(0.02)
    # well into writing: bytes reached the temporary file (a fixed wait was too short for a
    # loaded machine, where the first buffer may not be flushed yet)
    while not any(p.stat().st_size for p in target_dir.glob(f".{name}.tmp-*")):
        assert proc.poll() is None, "convert ended before it was interrupted"
        assert time.monotonic() < deadline
        time.sleep(0.02)
    assert proc.poll() is None
    return proc, target_dir


def test_killed_convert_leaves_no_output_file(tmp_path: Path) -> None:
    proc, target_dir = _start_and_wait_for_temp(tmp_path, "out.jsonl")
    temp = next(target_dir.glob(".out.jsonl.tmp-*"))
    assert temp.stat().st_size > 0  # it was writing
    proc.send_signal(signal.SIGKILL)
    assert proc.wait(timeout=TIMEOUT) == -signal.SIGKILL
    assert proc.stderr is not None
    proc.stderr.close()
    # The output never exists half-written.  SIGKILL cannot be caught, so the clearly named
    # temporary file (hidden, with the pid) may stay; nothing else does.
    assert list(target_dir.glob("out.*")) == []
    assert [p.name for p in target_dir.iterdir()] == [f".out.jsonl.tmp-{proc.pid}"]


@pytest.mark.parametrize(("sig", "status"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_terminated_convert_cleans_up(tmp_path: Path, sig: signal.Signals, status: int) -> None:
    proc, target_dir = _start_and_wait_for_temp(tmp_path, "out.csv")
    proc.send_signal(sig)
    assert proc.wait(timeout=TIMEOUT) == status
    assert proc.stderr is not None
    err = proc.stderr.read().decode()
    proc.stderr.close()
    assert err.count("\n") == 1
    assert "Traceback" not in err
    assert list(target_dir.iterdir()) == []  # neither the output nor the temporary file


# --- progress bar (in-process: a subprocess's stderr is not a terminal) ----------------------


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_only_on_a_terminal(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    pytest.importorskip("tqdm")
    from newsdump import _cli

    monkeypatch.setattr(_cli, "PROGRESS_DELAY", 0)
    path = write_dump(tmp_path / "d.txt", range(3))
    inputs = _cli.expand([str(path)])
    for stream, quiet, shown in [
        (FakeTerminal(), False, True),
        (FakeTerminal(), True, False),
        (io.StringIO(), False, False),
    ]:
        progress = _cli.Progress(inputs, quiet=quiet, stream=stream)
        items = list(
            _cli.run_files(inputs, _cli.jsonl_line, _cli.ReadOptions(), jobs=1, progress=progress)
        )
        progress.close()
        assert len(items) == 3
        assert ("newsdump" in stream.getvalue()) is shown, stream.getvalue()


def test_main_in_process(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from newsdump._cli import main

    path = write_dump(tmp_path / "d.txt", range(2))
    assert main(["convert", str(path)]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2
    assert main(["convert", str(tmp_path / "missing.txt")]) == 2
    assert (
        capsys.readouterr().err
        == f"newsdump: error: {tmp_path / 'missing.txt'}: no such file or directory\n"
    )


# --- issue 15, item 1: -o replaces only what is safe to replace ------------------------------

is_root = hasattr(os, "geteuid") and os.geteuid() == 0


def test_output_to_dev_null(tmp_path: Path) -> None:
    """``-o /dev/null`` is written directly: the device stays a device, no temporary file is
    made in /dev (as a normal user that failed with 'Permission denied' on the temp file)."""
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)
    before = {name for name in os.listdir("/dev") if ".tmp-" in name}
    path = write_dump(tmp_path / "d.txt", range(3))
    proc = newsdump_cmd("convert", path, "-o", "/dev/null")
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == b""
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)
    assert {name for name in os.listdir("/dev") if ".tmp-" in name} == before


@pytest.mark.skipif(not is_root, reason="making a device node needs root")
def test_output_to_device_nodes(tmp_path: Path) -> None:
    """Device nodes made here (null: 1,3; full: 1,7), never the machine's own: a device is
    written, not replaced; a full one is an error naming the path the user gave."""
    path = write_dump(tmp_path / "d.txt", range(3))
    null, full = tmp_path / "null", tmp_path / "full"
    os.mknod(null, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    os.mknod(full, 0o666 | stat.S_IFCHR, os.makedev(1, 7))
    assert ok(newsdump_cmd("convert", path, "-o", null)) == ""
    assert stat.S_ISCHR(os.stat(null).st_mode)
    err = user_error(newsdump_cmd("convert", path, "-o", full))
    assert err == f"newsdump: error: {full}: No space left on device\n"
    assert stat.S_ISCHR(os.stat(full).st_mode)
    assert sorted(os.listdir(tmp_path)) == ["d.txt", "full", "null"]


def test_output_to_fifo(tmp_path: Path) -> None:
    """A FIFO is written into (its reader gets the records), not replaced by a file."""
    path = write_dump(tmp_path / "d.txt", range(3))
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    reader = subprocess.Popen(["cat", str(fifo)], stdout=subprocess.PIPE)
    try:
        proc = newsdump_cmd("convert", path, "-o", fifo)
        got, _ = reader.communicate(timeout=10)
    finally:
        reader.kill()
    assert proc.returncode == 0, proc.stderr
    assert [r["title"] for r in jsonl(got.decode())] == [a.title for a in newsdump.read(path)]
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_output_through_symlinks(tmp_path: Path) -> None:
    """A symlink stays; its target is replaced (atomically) or created (a dangling link)."""
    path = write_dump(tmp_path / "d.txt", range(3))
    (tmp_path / "real").mkdir()
    target = tmp_path / "real" / "target.jsonl"
    target.write_text("old\n", encoding="utf-8")
    link = tmp_path / "link.jsonl"
    link.symlink_to(target)
    dangling = tmp_path / "dangling.jsonl"
    dangling.symlink_to(tmp_path / "real" / "new.jsonl")
    assert ok(newsdump_cmd("convert", path, "-o", link)) == ""
    assert ok(newsdump_cmd("convert", path, "-o", dangling)) == ""
    assert link.is_symlink()
    assert dangling.is_symlink()
    assert len(jsonl(target.read_text(encoding="utf-8"))) == 3
    assert len(jsonl((tmp_path / "real" / "new.jsonl").read_text(encoding="utf-8"))) == 3
    assert sorted(os.listdir(tmp_path / "real")) == ["new.jsonl", "target.jsonl"]


def test_output_to_a_stdout_link(tmp_path: Path) -> None:
    """``-o /dev/stdout``, through a link of our own to /proc/self/fd/1 (the machine's
    /dev/stdout is never pointed at): the records reach stdout, the link stays."""
    if not os.path.exists("/proc/self/fd/1"):
        pytest.skip("no /proc")
    path = write_dump(tmp_path / "d.txt", range(3))
    link = tmp_path / "stdout"
    link.symlink_to("/proc/self/fd/1")
    out = ok(newsdump_cmd("convert", path, "-o", link))
    assert len(jsonl(out)) == 3
    assert link.is_symlink()
    assert os.readlink(link) == "/proc/self/fd/1"


@pytest.mark.skipif(is_root, reason="root may write anywhere")
def test_output_error_names_the_given_path(tmp_path: Path) -> None:
    path = write_dump(tmp_path / "d.txt", range(3))
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    try:
        err = user_error(newsdump_cmd("convert", path, "-o", locked / "out.jsonl"))
    finally:
        locked.chmod(0o755)
    assert err == f"newsdump: error: {locked / 'out.jsonl'}: Permission denied\n"


def _gzip_name(data: bytes) -> bytes | None:
    """The file name stored in a gzip header (FNAME), if any."""
    assert data[:2] == b"\x1f\x8b"
    if not data[3] & 0x08:
        return None
    return data[10 : data.index(b"\0", 10)]


def test_gzip_header_names_the_file_not_the_temp(tmp_path: Path) -> None:
    plain = write_dump(tmp_path / "in" / "d.txt", range(3))
    packed = tmp_path / "in" / "d.txt.gz"
    packed.write_bytes(gzip.compress(plain.read_bytes()))
    plain.unlink()
    assert ok(newsdump_cmd("repair", packed, "-o", tmp_path / "fixed")) == ""
    assert _gzip_name((tmp_path / "fixed" / "d.txt.gz").read_bytes()) == b"d.txt"
    assert ok(newsdump_cmd("repair", "--in-place", packed)) == ""
    assert _gzip_name(packed.read_bytes()) == b"d.txt"
    out = tmp_path / "articles.jsonl.gz"
    assert ok(newsdump_cmd("convert", packed, "-o", out)) == ""
    assert _gzip_name(out.read_bytes()) == b"articles.jsonl"
    assert len(jsonl(gzip.decompress(out.read_bytes()).decode())) == 3


# --- item 2: signals with --jobs 2 -----------------------------------------------------------


@pytest.fixture(scope="module")
def big_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Eight files of 5,000 records (1.7 MB each, a second or more of work each): the
    command is stopped long before its end, and a worker that went on with one more file, as
    the command once did, would take it past the time allowed."""
    root = tmp_path_factory.mktemp("big") / "in"
    for n in range(8):
        write_dump(root / f"part{n:02d}.txt", range(n * 5000, (n + 1) * 5000))
    return root


def _children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children", encoding="ascii") as fp:
            return [int(c) for c in fp.read().split()]
    except OSError:
        return []


def _running(pid: int) -> bool:
    """Whether ``pid`` is a live process (a zombie waiting for its parent is not)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as fp:
            return fp.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def _interrupt(
    args: Sequence[str | os.PathLike[str]],
    sig: signal.Signals,
    ready: Callable[[], bool],
    *,
    to_group: bool,
    times: int = 1,
) -> tuple[int, float, str, list[int]]:
    """Start the command in its own session, wait until two workers run and ``ready()``,
    send ``sig`` (to the whole group, as a terminal does, or to the command alone); return
    exit status, seconds to exit, stderr and the worker pids."""
    if not os.path.exists("/proc/self/task"):
        pytest.skip("needs /proc to find the workers")
    # stderr to a file, not a pipe: a worker left running would hold a pipe open forever
    log = tempfile.TemporaryFile()
    proc = subprocess.Popen(
        [sys.executable, "-m", "newsdump", *map(str, args)],
        stdout=subprocess.DEVNULL,
        stderr=log,
        start_new_session=True,
    )
    deadline = time.monotonic() + TIMEOUT
    while len(_children(proc.pid)) < 2 or not ready():
        assert proc.poll() is None, "the command ended before it was interrupted"
        assert time.monotonic() < deadline
        time.sleep(0.02)
    time.sleep(0.2)  # well into the work
    assert proc.poll() is None, "the command ended before it was interrupted"
    workers = _children(proc.pid)
    sent = time.monotonic()
    for n in range(times):
        if n:
            time.sleep(0.05)
        if to_group:
            os.killpg(proc.pid, sig)
        elif proc.poll() is None:
            proc.send_signal(sig)
    try:
        status = proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    elapsed = time.monotonic() - sent
    log.seek(0)
    err = log.read().decode()
    log.close()
    return status, elapsed, err, workers


SIGNALS: Final = [  # signal, exit status, sent to the process group (as a terminal does), times
    pytest.param(signal.SIGINT, 130, True, 1, id="ctrl-c"),
    pytest.param(signal.SIGINT, 130, True, 3, id="ctrl-c-3-times"),
    pytest.param(signal.SIGTERM, 143, False, 1, id="sigterm"),
    pytest.param(signal.SIGHUP, 129, True, 1, id="hangup"),
]


@pytest.mark.parametrize(("sig", "status", "to_group", "times"), SIGNALS)
def test_signal_stops_parallel_convert(
    big_corpus: Path, tmp_path: Path, sig: signal.Signals, status: int, to_group: bool, times: int
) -> None:
    """Within about a second: exit 128+N, one line, no traceback, workers gone, no
    temporary file, the earlier output as it was."""
    out = tmp_path / "out.jsonl"
    out.write_text("earlier output\n", encoding="utf-8")
    got, elapsed, err, workers = _interrupt(
        ["convert", big_corpus, "--jobs", "2", "-o", out],
        sig,
        lambda: bool(list(tmp_path.glob(".out.jsonl.tmp-*"))),
        to_group=to_group,
        times=times,
    )
    assert got == status, err
    assert elapsed < 2.0
    assert "Traceback" not in err
    assert err.count("\n") == 1, err
    assert workers
    assert not [pid for pid in workers if _running(pid)]
    assert out.read_text(encoding="utf-8") == "earlier output\n"
    assert sorted(os.listdir(tmp_path)) == ["out.jsonl"]


@pytest.mark.parametrize(("sig", "status", "to_group", "times"), SIGNALS)
def test_signal_stops_parallel_repair_in_place(
    big_corpus: Path, tmp_path: Path, sig: signal.Signals, status: int, to_group: bool, times: int
) -> None:
    """``repair --in-place --jobs 2``: stops rewriting at once; each file is either as it
    was or wholly repaired; no ``.NAME.tmp-PID`` file is left by the workers."""
    work = tmp_path / "in"
    work.mkdir()
    originals = {}
    for path in sorted(big_corpus.iterdir()):
        originals[path.name] = path.read_bytes()
        (work / path.name).write_bytes(originals[path.name])
    got, elapsed, err, workers = _interrupt(
        ["repair", "--in-place", "--jobs", "2", work],
        sig,
        lambda: any(".tmp-" in name for name in os.listdir(work)),
        to_group=to_group,
        times=times,
    )
    assert got == status, err
    assert elapsed < 2.0
    assert "Traceback" not in err
    assert not [pid for pid in workers if _running(pid)]
    names = sorted(os.listdir(work))
    assert names == sorted(originals)  # no temporary file
    time.sleep(0.3)  # a worker left running would go on rewriting: nothing may change now
    repaired = 0
    for name in names:
        data = (work / name).read_bytes()
        if data != originals[name]:
            expected = "\n\n".join(newsdump.dumps(a) for a in newsdump.read(big_corpus / name))
            assert data.decode() == expected + "\n"
            repaired += 1
    assert repaired < len(names)  # it did stop early
    assert sorted(os.listdir(work)) == names


def test_ctrl_c_clears_the_progress_bar(big_corpus: Path, tmp_path: Path) -> None:
    """On a real terminal (a pty): the bar shows, and Ctrl-C clears its line before the one
    line that says so."""
    pytest.importorskip("tqdm")
    import fcntl
    import pty
    import select
    import struct
    import termios

    leader, follower = pty.openpty()
    # a terminal of 24 x 100 (a new pty has 0 columns, where tqdm draws nothing)
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
    proc = subprocess.Popen(
        [sys.executable, "-m", "newsdump", "convert", str(big_corpus), "-j", "2"],
        stdout=subprocess.DEVNULL,
        stderr=follower,
        start_new_session=True,
    )
    os.close(follower)
    shown = b""

    def take(seconds: float) -> bool:
        nonlocal shown
        if not select.select([leader], [], [], seconds)[0]:
            return False
        try:
            more = os.read(leader, 65536)
        except OSError:  # EIO: the command closed the terminal's last writer
            return False
        shown += more
        return bool(more)

    try:
        deadline = time.monotonic() + TIMEOUT
        while b"records" not in shown:
            assert proc.poll() is None, shown
            assert time.monotonic() < deadline
            take(0.1)
        os.killpg(proc.pid, signal.SIGINT)
        assert proc.wait(timeout=10) == 130
        while take(1.0):
            pass
    finally:
        os.close(leader)
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    text = shown.decode(errors="replace").replace("\r\n", "\n")
    assert "Traceback" not in text
    message = "newsdump: error: interrupted\n"
    assert text.endswith(message), repr(text[-300:])
    assert "records" in text
    cleared = text.removesuffix(message).rsplit("\r", 1)[-1]
    assert cleared.strip() == "", repr(text[-300:])  # the bar's line blanked


# --- item 3: a compressed file that breaks off -----------------------------------------------


def _cut_gz(path: Path, records: int, keep: float = 0.7) -> Path:
    data = gzip.compress("".join(record(i) for i in range(records)).encode())
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data[: int(len(data) * keep)])
    return path


def test_truncated_gz_keeps_the_records_before_the_fault(tmp_path: Path) -> None:
    cut = _cut_gz(tmp_path / "in" / "a.txt.gz", 300)
    good = write_dump(tmp_path / "in" / "b.txt", range(1000, 1003))
    out = tmp_path / "out.jsonl"
    proc = newsdump_cmd("convert", cut, good, "-o", out)
    err = proc.stderr.decode()
    assert proc.returncode == 1, err
    assert "Traceback" not in err
    assert f"newsdump: error: {cut}: compressed data breaks off at byte " in err
    assert "stopped (--keep-going reads on)" in err
    records = jsonl(out.read_text(encoding="utf-8"))  # written, though the run failed
    assert 100 < len(records) < 300
    assert {r["source"]["path"] for r in records} == {str(cut)}  # stopped at the fault
    assert [p["code"] for p in records[-1]["problems"]][-1] == "truncated-input"
    assert records[-1]["problems"][-1]["severity"] == "error"
    assert all("truncated-input" not in str(r["problems"]) for r in records[:-1])
    # --keep-going: the next file is read too; the status still says it failed
    proc = newsdump_cmd("convert", cut, good, "-o", out, "--keep-going")
    assert proc.returncode == 1
    again = jsonl(out.read_text(encoding="utf-8"))
    assert again[: len(records)] == records
    assert [r["source"]["path"] for r in again[len(records) :]] == [str(good)] * 3
    # the same with two processes, and for check
    two = newsdump_cmd("convert", cut, good, "--keep-going", "--jobs", "2")
    assert two.returncode == 1
    assert jsonl(two.stdout.decode()) == again
    check = newsdump_cmd("check", cut)
    assert check.returncode == 1
    assert " truncated-input compressed data breaks off" in check.stdout.decode()


# --- item 6: binary input, repeated problems, encodings --------------------------------------


def test_binary_file_is_skipped_with_one_warning(tmp_path: Path) -> None:
    junk = tmp_path / "junk.bin"
    junk.write_bytes(random.Random(15).randbytes(3000))
    good = write_dump(tmp_path / "d.txt", range(2))
    proc = newsdump_cmd("convert", junk, good)
    err = proc.stderr.decode().splitlines()
    assert proc.returncode == 0, err
    assert [line for line in err if "junk.bin" in line] == [
        f"newsdump: warning: {junk}: skipped, not text: "
        + err[0].split("not text: ")[1].split(" (")[0]
        + " (--encoding if it is text)"
    ]
    assert "characters are NUL, control or not utf-8" in err[0]
    assert len(err) == 2
    assert "(1 skipped)" in err[1]  # the summary counts it
    assert [r["source"]["path"] for r in jsonl(proc.stdout.decode())] == [str(good)] * 2
    check = newsdump_cmd("check", junk, good)
    assert "checked 2 records in 1 file (1 skipped, not text)" in check.stdout.decode()


def test_check_reports_a_kind_of_problem_once_per_record(tmp_path: Path) -> None:
    """A record with 40 bad bytes: one line with the count; the summary counts all 40."""
    text = record(1).replace("Residents", "R\xe9sid\xe9nts " * 20)
    path = tmp_path / "latin.txt"
    path.write_bytes(text.encode("latin-1"))
    proc = newsdump_cmd("check", path)
    lines = proc.stdout.decode().splitlines()
    listed = [line for line in lines if line.startswith(f"{path}:") and " invalid-utf8 " in line]
    assert listed == [listed[0]]
    assert listed[0].endswith(" (and 39 more like it in this record)")
    assert any(line.split() == ["invalid-utf8", "error", "40"] for line in lines), lines


@pytest.mark.parametrize("encoding", ["cp1251", "latin-1", "utf-16-le", "utf-16"])
def test_encoding_option(tmp_path: Path, encoding: str) -> None:
    title = "Снег в Москве" if encoding != "latin-1" else "Neige à Besançon, fête d'été"
    text = record(2).replace("The Harbour Plan Number 2", title) * 3
    assert title in text
    path = tmp_path / "d.txt"
    path.write_bytes(text.encode(encoding))
    proc = newsdump_cmd("convert", "--encoding", encoding, path)
    assert [r["title"] for r in jsonl(ok(proc))] == [title] * 3
    if encoding == "utf-16-le":  # as UTF-8 (no byte-order mark) it is not text: skipped, said
        plain = newsdump_cmd("convert", path)
        assert plain.stdout == b""
        assert "not text" in plain.stderr.decode()
    assert "unknown encoding" in user_error(newsdump_cmd("convert", "--encoding", "klingon", path))


# --- item 7: skips and duplicates are said -----------------------------------------------------


def test_skipped_files_in_a_directory_are_named(tmp_path: Path) -> None:
    logs = tmp_path / "logs"
    write_dump(logs / "dump.log", range(2))
    write_dump(logs / "dump.html", range(2))
    (logs / ".hidden.txt").write_text("not a dump", encoding="utf-8")
    proc = newsdump_cmd("convert", logs)
    err = proc.stderr.decode()
    assert proc.returncode == 0
    assert err.splitlines()[0] == (
        f"newsdump: warning: {logs}: skipped 2 files not named as dumps (1 *.html, 1 *.log, "
        f"e.g. {logs / 'dump.html'}): a directory is read for *.txt, *.dump and names without "
        "a suffix (compressed too); name a file to read it"
    )
    assert ".hidden" not in err


def test_unknown_output_suffix_is_refused(tmp_path: Path) -> None:
    path = write_dump(tmp_path / "d.txt", range(2))
    err = user_error(newsdump_cmd("convert", path, "-o", tmp_path / "out.xlsx"))
    assert "unknown output suffix '.xlsx'" in err
    assert "no output suffix" in user_error(newsdump_cmd("convert", path, "-o", tmp_path / "o"))
    assert sorted(os.listdir(tmp_path)) == ["d.txt"]
    assert ok(newsdump_cmd("convert", path, "-o", tmp_path / "out.xlsx", "--format", "csv")) == ""
    assert (tmp_path / "out.xlsx").read_text(encoding="utf-8").startswith("url,")


def test_input_named_twice_is_read_once(tmp_path: Path) -> None:
    path = write_dump(tmp_path / "d.txt", range(2))
    proc = newsdump_cmd("convert", path, tmp_path, str(path).replace("/d.txt", "/./d.txt"))
    assert len(jsonl(proc.stdout.decode())) == 2
    first = tmp_path / "d.txt"
    assert proc.stderr.decode() == (
        f"newsdump: warning: 2 files (first {first}) named more than once; read once\n"
    )


# --- item 8: progress and the closing summary --------------------------------------------------


def _bar_output(inputs: list[Any], monkeypatch: pytest.MonkeyPatch) -> tuple[str, Any]:
    """Run ``inputs`` with a bar on a fake terminal: its postfix, total, the position it
    showed at each record, and its final position."""
    pytest.importorskip("tqdm")
    from newsdump import _cli

    monkeypatch.setattr(_cli, "PROGRESS_DELAY", 0)
    stream = FakeTerminal()
    progress = _cli.Progress(inputs, quiet=False, stream=stream)
    bar = progress._bar
    seen: list[int] = []

    def payload(article: newsdump.Article) -> None:
        seen.append(bar.n)

    assert list(_cli.run_files(inputs, payload, _cli.ReadOptions(), jobs=1, progress=progress))
    position = bar.n
    progress.close()
    return str(bar.postfix), (bar.total, seen, position)


def test_progress_bar_on_compressed_input(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The bar counts the compressed bytes as they are read, up to the compressed size."""
    from newsdump import _cli

    plain = write_dump(tmp_path / "d.txt", range(3000))
    packed = tmp_path / "d.txt.gz"
    packed.write_bytes(gzip.compress(plain.read_bytes()))
    shown, (total, seen, position) = _bar_output(_cli.expand([str(packed)]), monkeypatch)
    assert total == position == packed.stat().st_size
    assert len(set(seen)) > 3  # it moved while the file was read, not only at its end
    assert seen == sorted(seen)
    assert "3000 records" in shown


def test_progress_bar_on_stdin(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Records and bytes read from stdin (no total), not a bar stuck at 0.00B."""
    from newsdump import _cli

    data = "".join(record(i) for i in range(40)).encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    shown, (total, seen, position) = _bar_output(_cli.expand(["-"]), monkeypatch)
    assert total is None
    assert position == len(data)
    assert seen[-1] > 0
    assert "40 records" in shown


def test_summary_line(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """On a terminal the run ends with 'N articles, M problems, K repairs, X MB/s' on
    stderr; off a terminal only when something needs saying (errors, skips)."""
    from newsdump import _cli

    path = write_dump(tmp_path / "d.txt", range(3))
    inputs = _cli.expand([str(path)])
    for stream, shown in [(FakeTerminal(), True), (io.StringIO(), False)]:
        progress = _cli.Progress(inputs, quiet=False, stream=stream)
        tally = _cli.Tally()
        list(
            _cli.run_files(
                inputs, _cli.jsonl_line, _cli.ReadOptions(), jobs=1, progress=progress, tally=tally
            )
        )
        progress.summary(tally)
        err = capsys.readouterr().err
        assert bool(SUMMARY.fullmatch(err)) is shown, err
    assert "3 articles from 1 file, 0 problems, 3 repairs; " in err or not err
    bad = write_dump(tmp_path / "bad.txt", range(2), {1: "bad-date"})
    proc = newsdump_cmd("convert", bad, "-o", tmp_path / "o.jsonl")
    assert proc.returncode == 0
    assert SUMMARY.fullmatch(proc.stderr.decode())
    assert "1 problem (1 error)" in proc.stderr.decode()


def test_readme_installs_the_progress_bar() -> None:
    """README's first command installs the `cli` extra (tqdm), so a newcomer sees the bar."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    first = next(line for line in readme.splitlines() if "newsdump convert fixtures/" in line)
    assert "pip install '.[cli]'" in first
    assert first.rstrip().endswith("wc -l articles.jsonl")


# --- item 10: conventions ------------------------------------------------------------------------


def test_no_arguments_prints_help() -> None:
    proc = newsdump_cmd()
    assert proc.returncode == 2
    err = proc.stderr.decode()
    assert err.startswith("usage: newsdump")
    for command in ("convert", "check", "repair", "stats", "examples:"):
        assert command in err


def test_mistyped_command_suggests_the_right_one() -> None:
    err = user_error(newsdump_cmd("conver", "fixtures", cwd=ROOT))
    assert err == "newsdump: error: conver: no such command or file (did you mean 'convert'?)\n"
    assert "did you mean 'stats'" in user_error(newsdump_cmd("stat", "fixtures", cwd=ROOT))


def test_help_shows_examples_and_no_source_files() -> None:
    for args in [("--help",), ("convert", "--help"), ("check", "--help")]:
        out = ok(newsdump_cmd(*args))
        assert "examples:" in out
        assert "newsdump convert dumps/ -o articles.jsonl" in out
        assert "docs/" not in out  # the docs folder is not in the wheel
        assert ".md" not in out


def test_check_json(corpus: Path) -> None:
    proc = newsdump_cmd("check", "--format", "json", corpus)
    assert proc.returncode == 1
    objects = jsonl(proc.stdout.decode())
    assert sorted(o["code"] for o in objects) == [
        "bad-header-date",
        "date-disagrees",
        "no-timestamp",
    ]
    bad = next(o for o in objects if o["code"] == "bad-header-date")
    assert bad == {
        "path": str(corpus / "sub" / "b.txt"),
        "code": "bad-header-date",
        "message": "header date '2023-13-45' is not a valid date",
        "line": 8,
        "column": 7,
        "severity": "error",
    }


def test_convert_fail_on_error(corpus: Path, tmp_path: Path) -> None:
    plain = newsdump_cmd("convert", corpus, "-o", tmp_path / "a.jsonl")
    assert plain.returncode == 0
    assert "(1 error)" in plain.stderr.decode()  # said, though not a failure by default
    failing = newsdump_cmd("convert", corpus, "-o", tmp_path / "b.jsonl", "--fail-on-error")
    assert failing.returncode == 1
    assert (tmp_path / "b.jsonl").read_bytes() == (tmp_path / "a.jsonl").read_bytes()
    clean = write_dump(tmp_path / "clean.txt", range(2))
    assert newsdump_cmd("convert", clean, "--fail-on-error").returncode == 0


# --- one big file on every core (issue #16): pieces cut at record headers -------------------


@pytest.fixture(scope="module")
def one_big_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """About 2.5 MB in one file (pieces of 1 MiB), with errors, warnings, CRLF records and bare
    ``date`` lines in it, so that pieces start after each kind of record."""
    kinds = {i: ("bad-date", "disagree", "no-stamp")[i % 3] for i in range(5, 7500, 97)}
    parts = []
    for i in range(7500):
        text = record(i, kinds.get(i, "ok"))
        if i % 50 == 7:
            text = text.replace("\n", "\r\n")
        if i % 40 == 3:
            text += "It was late.\ndate\n"  # a bare header after a finished sentence
        parts.append(text)
    path = tmp_path_factory.mktemp("one") / "big.txt"
    path.write_bytes("".join(parts).encode("utf-8"))
    return path


@pytest.mark.parametrize("args", [("convert",), ("check",), ("convert", "--no-repair")])
def test_one_big_file_in_pieces_same_as_jobs_1(one_big_file: Path, args: tuple[str, ...]) -> None:
    pieces = list(importlib.import_module(newsdump.__name__ + "._spans").spans(str(one_big_file)))
    assert len(pieces) >= 2  # it is cut
    one = newsdump_cmd(*args, "--jobs", "1", one_big_file)
    two = newsdump_cmd(*args, "--jobs", "2", one_big_file)
    assert one.returncode == two.returncode
    assert one.stdout == two.stdout
    assert len(one.stdout.splitlines()) > 50


@pytest.fixture(scope="module")
def one_big_gz(one_big_file: Path) -> Path:
    """The big file with a line of random digits per record (so that it compresses to more
    than a piece's quarter, and is shared out), gzip-compressed."""
    rng = random.Random(16)
    text = one_big_file.read_text(encoding="utf-8")
    lines = [
        f"{line} Ledger {rng.getrandbits(160):040x}." if line.startswith("Residents") else line
        for line in text.split("\n")
    ]
    path = one_big_file.with_name("big.txt.gz")
    path.write_bytes(gzip.compress("\n".join(lines).encode("utf-8")))
    return path


def test_one_big_gz_in_pieces_same_as_jobs_1(one_big_gz: Path, tmp_path: Path) -> None:
    """A compressed file is decompressed by the main process and shared out in pieces: the
    same output; cut short, the same records, the same truncated-input problem and message."""
    runner = importlib.import_module(newsdump.__name__ + "._cli_runner")
    assert one_big_gz.stat().st_size > runner.STREAM_MIN
    spans = importlib.import_module(newsdump.__name__ + "._spans")
    with gzip.open(one_big_gz) as fp:
        assert len(list(spans.stream_spans(str(one_big_gz), fp.read))) >= 2
    for args in [("convert",), ("check",)]:
        one = newsdump_cmd(*args, "--jobs", "1", one_big_gz)
        two = newsdump_cmd(*args, "--jobs", "2", one_big_gz)
        assert one.returncode == two.returncode
        assert one.stdout == two.stdout
    cut = tmp_path / "cut.txt.gz"
    cut.write_bytes(one_big_gz.read_bytes()[: one_big_gz.stat().st_size * 2 // 3])
    for args in [("convert",), ("check",)]:
        one = newsdump_cmd(*args, "--jobs", "1", cut)
        two = newsdump_cmd(*args, "--jobs", "2", cut)
        assert one.returncode == two.returncode == 1
        assert one.stdout == two.stdout
        assert b"truncated-input" in one.stdout
        said = [[line for line in p.stderr.splitlines() if b" error: " in line] for p in (one, two)]
        assert said[0] == said[1]
        assert len(said[0]) == 1


def test_one_big_file_strict_error_numbered_as_jobs_1(tmp_path: Path) -> None:
    """A strict error in a later piece names the record and line of the whole file."""
    path = write_dump(tmp_path / "big.txt", range(7000), {6500: "bad-date"})
    one = newsdump_cmd("convert", "--strict", "--jobs", "1", path, "-o", tmp_path / "a.jsonl")
    two = newsdump_cmd("convert", "--strict", "--jobs", "2", path, "-o", tmp_path / "b.jsonl")
    assert one.returncode == two.returncode == 1
    assert "(record 6501; --strict)" in one.stderr.decode()
    assert one.stderr == two.stderr


def test_signal_stops_parallel_convert_of_one_file(big_corpus: Path, tmp_path: Path) -> None:
    """SIGTERM while two workers share one file: the same clean stop as across files."""
    big = tmp_path / "one.txt"
    with big.open("wb") as fp:
        for path in sorted(big_corpus.iterdir()):
            fp.write(path.read_bytes())
    out = tmp_path / "out.jsonl"
    got, elapsed, err, workers = _interrupt(
        ["convert", big, "--jobs", "2", "-o", out],
        signal.SIGTERM,
        lambda: bool(list(tmp_path.glob(".out.jsonl.tmp-*"))),
        to_group=False,
    )
    assert got == 143, err
    assert elapsed < 2.0
    assert "Traceback" not in err
    assert err.count("\n") == 1, err
    assert len(workers) == 2
    assert not [pid for pid in workers if _running(pid)]
    assert sorted(os.listdir(tmp_path)) == ["one.txt"]


# --- --keep-noise, and what the outputs leave out ----------------------------------------------


def test_keep_noise_keeps_the_junk_in_the_text(tmp_path: Path) -> None:
    dump = tmp_path / "noisy.txt"
    dump.write_text(NOISY_RECORD, encoding="utf-8")
    plain = json.loads(ok(newsdump_cmd("convert", dump)))
    kept = json.loads(ok(newsdump_cmd("convert", dump, "--keep-noise", "--jobs", "2")))
    assert "Telegram" not in plain["text"]
    assert kept["text"].split("\n\n") == [
        "The first ferry left the harbour at dawn with forty passengers on board.",
        "Follow us on Telegram",
        "The port authority said the breakwater had held through the night.",
        "Share this article",
    ]
    assert kept["blocks"] == plain["blocks"]  # the blocks (and their rules) are the same
    assert [b["rule"] for b in plain["blocks"] if b["kind"] == "noise"] == [
        "noise:follow-us",
        "noise:share-label",
    ]
    for flags in ([], ["--keep-noise"]):
        out = tmp_path / f"a{len(flags)}.csv"
        ok(newsdump_cmd("convert", dump, "-o", out, *flags))
        with out.open(newline="", encoding="utf-8") as fp:
            [row] = list(csv.DictReader(fp))
        assert ("Share this article" in json.loads(row["paragraphs"])) is bool(flags)
        assert [n["rule"] for n in json.loads(row["noise"])] == [
            "noise:follow-us",
            "noise:share-label",
        ]


def test_summary_counts_noise_by_rule(tmp_path: Path) -> None:
    from newsdump import _cli

    dump = tmp_path / "noisy.txt"
    dump.write_text(
        NOISY_RECORD + NOISY_RECORD.replace("Share this article", "Follow us on Telegram")
    )
    for kept in (False, True):
        tally = _cli.Tally(noise_kept=kept)
        list(
            _cli.run_files(
                _cli.expand([str(dump)]),
                _cli.jsonl_line,
                _cli.ReadOptions(),
                jobs=1,
                progress=_cli.Progress([], quiet=True, stream=io.StringIO()),
                tally=tally,
            )
        )
        line = "newsdump: " + tally.summary(0.5) + "\n"
        assert SUMMARY.fullmatch(line), line
        what = "kept" if kept else "left out"
        assert f", 4 noise blocks {what} (3 noise:follow-us, 1 noise:share-label); " in line
    # the tallies of worker processes add up to the same counts; the wording is not added
    second = tmp_path / "second.txt"
    second.write_text(NOISY_RECORD, encoding="utf-8")
    pooled = _cli.Tally()
    list(
        _cli.run_files(
            _cli.expand([str(dump), str(second)]),
            _cli.jsonl_line,
            _cli.ReadOptions(),
            jobs=2,
            progress=_cli.Progress([], quiet=True, stream=io.StringIO()),
            tally=pooled,
        )
    )
    assert pooled.noise == {"noise:follow-us": 4, "noise:share-label": 2}
    assert not pooled.noise_kept


def test_stats_counts_noise_by_rule(tmp_path: Path) -> None:
    dump = tmp_path / "noisy.txt"
    dump.write_text(NOISY_RECORD, encoding="utf-8")
    text = ok(newsdump_cmd("stats", dump))
    assert text.endswith(
        "noise blocks by rule\n  rule               blocks\n"
        "  noise:follow-us         1\n  noise:share-label       1\n"
    )
    data = json.loads(ok(newsdump_cmd("stats", "--json", dump)))
    assert data["noise_by_rule"] == [
        {"rule": "noise:follow-us", "blocks": 1},
        {"rule": "noise:share-label", "blocks": 1},
    ]
    clean = write_dump(tmp_path / "clean.txt", range(2))
    assert "noise blocks by rule" not in ok(newsdump_cmd("stats", clean))
