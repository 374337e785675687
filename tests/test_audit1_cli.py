"""The thirteenth session's audit of the command's reading edge: bad inputs said in one line,
``--strict`` and a compressed file cut short.  Invented records only (a ferry, a council)."""

from __future__ import annotations

import argparse
import gzip
import io
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.target import private

RECORD = (
    " date 2023-02-{day:02d} https://news.test/2023/02/{day:02d}/ferry-{i}.html\n"
    "Ferry Number {i} Returns to the Fjord\n"
    "The council welcomed the new timetable.\n"
    "09:30 GMT {day:02d}.02.2023\n"
    "The first ferry left the harbour at dawn and\n"
    "reached the island before the morning market opened.\n"
)


def dump(n: int) -> str:
    return "".join(RECORD.format(i=i, day=1 + i % 28) for i in range(n))


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = private("_cli").main(list(args))
    out, err = capsys.readouterr()
    return int(status), out, err


def test_a_folder_that_cannot_be_listed_is_named_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A folder below the one named that cannot be listed (root reads any, so the refusal is
    made here): the error names that folder, and says "cannot list directory" once."""
    inner = tmp_path / "dumps" / "2023"
    inner.mkdir(parents=True)
    (inner / "feb.txt").write_text(dump(1), encoding="utf-8")
    listing = Path.iterdir

    def refuse(self: Path) -> Iterator[Path]:
        if self == inner:
            raise PermissionError(13, "Permission denied", str(self))
        return listing(self)

    monkeypatch.setattr(Path, "iterdir", refuse)
    inputs = private("_cli_inputs")
    with pytest.raises(inputs.UsageError) as info:
        inputs.expand([str(tmp_path / "dumps")], warn=lambda _: None)
    assert str(info.value) == f"{inner}: cannot list directory: Permission denied"


def test_an_empty_folder_is_said(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / ".hidden.txt").write_text(dump(1), encoding="utf-8")
    status, out, err = run(capsys, "convert", "-q", str(tmp_path / "empty"))
    assert (status, out) == (0, "")
    assert err == (
        f"newsdump: warning: {tmp_path / 'empty'}: no dump files in this directory; nothing read\n"
    )


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_its_mark_names_the_encoding(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], encoding: str
) -> None:
    path = tmp_path / "ferry.txt"
    path.write_bytes(dump(2).replace("Fjord", "Fjørd").encode(encoding))
    status, out, err = run(capsys, "convert", "-q", str(path))
    assert (status, out) == (0, "")
    [warning] = [line for line in err.splitlines() if "warning" in line]
    assert warning.endswith(f"(UTF-16 without a byte-order mark? --encoding {encoding})")
    status, out, _ = run(capsys, "convert", "-q", "--encoding", encoding, str(path))
    assert status == 0
    assert out.count("Fjørd") == 2


def test_binary_bytes_are_not_taken_for_utf16(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "image.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    status, _, err = run(capsys, "convert", "-q", str(path))
    assert status == 0
    assert err.splitlines()[0].endswith("not utf-8 (--encoding if it is text)")


@pytest.mark.parametrize("command", ["convert", "repair"])
def test_strict_writes_nothing_from_a_file_cut_short(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    """``--strict`` stops at a compressed file that breaks off as at any error-severity
    problem: a `DumpError` naming the cut record (status 1), the existing output kept."""
    packed = gzip.compress(dump(400).encode("utf-8"))
    cut = tmp_path / "ferries.txt.gz"
    cut.write_bytes(packed[: len(packed) // 2])
    out = tmp_path / ("old.jsonl" if command == "convert" else "fixed")
    if command == "convert":
        out.write_text("old\n", encoding="utf-8")
    status, _, err = run(capsys, command, "--strict", "-q", str(cut), "-o", str(out))
    assert status == 1
    assert err.startswith(f"newsdump: error: {cut}:")
    assert " truncated-input compressed data breaks off at byte " in err
    assert err.rstrip().endswith("; --strict)")
    assert err.count("\n") == 1
    if command == "convert":
        assert out.read_text(encoding="utf-8") == "old\n"
    assert sorted(p.name for p in tmp_path.rglob("*") if p.name.startswith(".")) == []
    # without --strict the records before the cut are kept, the last one marked
    status, written, _ = run(capsys, "convert", "-q", str(cut))
    assert status == 1
    assert written.count("\n") > 1
    assert written.splitlines()[-1].count('"truncated-input"') == 1


def test_output_that_is_a_folder_is_said_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``-o DIR`` with no suffix: "is a directory", not a request to add a suffix."""
    source = tmp_path / "ferry.txt"
    source.write_text(dump(1), encoding="utf-8")
    (tmp_path / "out").mkdir()
    status, out, err = run(capsys, "convert", str(source), "-o", str(tmp_path / "out"))
    assert (status, out) == (2, "")
    assert err == f"newsdump: error: {tmp_path / 'out'}: is a directory\n"
    assert list((tmp_path / "out").iterdir()) == []


@pytest.mark.parametrize("command", ["convert", "check"])
def test_an_html_page_is_said(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    """An HTML page named as input is read as text (nothing lost) and said in one warning, so
    that a title of ``<html><body>…`` does not pass unexplained; a dump is not."""
    page = tmp_path / "page.html"
    page.write_text(
        "<!DOCTYPE html>\n<html><body><p>Die Fähre fährt wieder.</p></body></html>\n",
        encoding="utf-8",
    )
    good = tmp_path / "ferry.txt"
    good.write_text(dump(1), encoding="utf-8")
    status, out, err = run(capsys, command, "-q", str(page), str(good))
    assert status == 0
    assert "Fähre" in out or command == "check"
    assert [line for line in err.splitlines() if "warning" in line] == [
        f"newsdump: warning: {page}: looks like HTML, not a dump; read as text all the same "
        "(newsdump.from_html reads a page)"
    ]


def test_convert_never_writes_over_its_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``-o`` naming an input, by its path or through a link, is refused and the dump kept."""
    source = tmp_path / "ferry.jsonl"  # a dump under an export's name: it happens
    source.write_text(dump(2), encoding="utf-8")
    (tmp_path / "link.txt").symlink_to(source)
    for given in (source, tmp_path / "link.txt"):
        status, out, err = run(capsys, "convert", str(given), "-o", str(source))
        assert (status, out) == (2, "")
        assert err == (
            f"newsdump: error: {source}: is also an input ({given}); write to another file\n"
        )
        assert source.read_text(encoding="utf-8") == dump(2)


def test_standard_input_is_named_stdin_in_warnings(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Skipped standard input is ``<stdin>`` in the warning, as in `check`'s lines, not ``-``."""
    data = io.BytesIO(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(data))
    status, out, err = run(capsys, "convert", "-q", "-")
    assert (status, out) == (0, "")
    assert err.startswith("newsdump: warning: <stdin>: skipped, not text: ")


def test_repair_in_place_refuses_a_device(capsys: pytest.CaptureFixture[str]) -> None:
    """``repair --in-place`` on a device read it and wrote the "repair" into it (status 0);
    it is refused before anything is read."""
    status, out, err = run(capsys, "repair", "--in-place", os.devnull)
    assert (status, out) == (2, "")
    assert err == f"newsdump: error: {os.devnull}: not a regular file; --in-place replaces files\n"


def test_repair_in_place_refuses_a_fifo(tmp_path: Path) -> None:
    """On a named pipe it read the pipe, wrote into it with no reader and ended silently with
    status 141.  (Asked of the targets, which open nothing: the old code would wait.)"""
    pipe = tmp_path / "feed"
    os.mkfifo(pipe)
    commands, inputs = private("_cli_commands"), private("_cli_inputs")
    args = argparse.Namespace(in_place=True, output=None)
    with pytest.raises(inputs.UsageError, match="not a regular file; --in-place replaces files"):
        commands._repair_targets(args, [inputs.Input(str(pipe), "feed")])
    assert stat.S_ISFIFO(pipe.lstat().st_mode)
