"""The ``newsdump`` command, driven as a real subprocess on fixtures and generated dumps.

Every record written here is invented text (rivers, councils, bridges), never corpus text.
"""

from __future__ import annotations

import bz2
import csv
import gzip
import io
import json
import lzma
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Final

import pytest

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
    r"( \(\d+ errors?\))?, \d+ repairs?; [\d.]+ MB in [\d.]+ s, ([\d.]+ MB/s|-)\n"
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


def test_unreadable_file(tmp_path: Path) -> None:
    path = write_dump(tmp_path / "secret.txt", range(2))
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("running as a user who can read anything (root)")
        assert "permission denied" in user_error(newsdump_cmd("convert", path))
    finally:
        path.chmod(0o644)


def test_broken_compressed_file(tmp_path: Path) -> None:
    packed = tmp_path / "cut.txt.gz"
    packed.write_bytes(gzip.compress(record(1).encode() * 50)[:60])
    assert "cut.txt.gz" in user_error(newsdump_cmd("convert", packed))


def test_broken_pipe(tmp_path: Path) -> None:
    big = write_dump(tmp_path / "big.txt", range(400))  # some 400 kB of JSON: more than a pipe
    proc = subprocess.Popen(
        [sys.executable, "-m", "newsdump", "convert", str(big)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None
    assert proc.stderr is not None
    proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=TIMEOUT) == 2
    assert "Traceback" not in err
    assert err == "newsdump: error: output closed before the end (broken pipe)\n"


def test_help_and_version() -> None:
    out = ok(newsdump_cmd("--help"))
    for command in ("convert", "check", "repair", "stats"):
        assert command in out
    assert ok(newsdump_cmd("--version")).strip() == f"newsdump {newsdump.__version__}"


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
    time.sleep(0.3)  # well into writing
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
