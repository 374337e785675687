"""`newsdump.read` on a compressed file that breaks off: what was read is kept, the cut said
(lenient), and strict mode raises only `DumpError`.  Invented records only."""

from __future__ import annotations

import bz2
import gzip
import lzma
from collections.abc import Callable
from pathlib import Path
from typing import IO, cast

import pytest

from tests.target import newsdump, private

RECORD = (
    " date 2023-03-{day:02d} https://news.test/2023/03/{day:02d}/bridge-{i}.html\n"
    "Bridge {i} Reopens After Repairs\n"
    "Residents crossed it for the first time in years.\n"
    "10:15 GMT {day:02d}.03.2023\n"
    "The council said the bridge\n"
    "would stay open all winter, word {i}.\n"
)
TEXT = "".join(RECORD.format(i=i, day=1 + i % 28) for i in range(600))
PACKERS: dict[str, Callable[[bytes], bytes]] = {
    ".gz": gzip.compress,
    ".xz": lzma.compress,
}


@pytest.mark.parametrize("suffix", sorted(PACKERS))
def test_a_cut_file_keeps_what_was_read(tmp_path: Path, suffix: str) -> None:
    packed = PACKERS[suffix](TEXT.encode("utf-8"))
    path = tmp_path / f"bridges.txt{suffix}"
    path.write_bytes(packed[: len(packed) * 2 // 3])
    articles = list(newsdump.read(path))
    assert len(articles) > 1
    last = articles[-1]
    [cut] = [p for p in last.problems if p.code == "truncated-input"]
    assert (cut.severity, cut.column) == ("error", 1)
    assert last.source is not None
    assert cut.line == last.source.last_line
    assert "breaks off" in cut.message
    # nothing read is lost: every record before the cut whole, and the cut one's title
    assert [a.title for a in articles[:-1]] == [
        f"Bridge {i} Reopens After Repairs" for i in range(len(articles) - 1)
    ]
    assert last.source.first_line == 6 * (len(articles) - 1) + 1  # its lines up to the cut
    assert f"Bridge {len(articles) - 1} Reopens After Repairs".startswith(last.title or "")
    with pytest.raises(newsdump.DumpError) as info:
        list(newsdump.read(path, strict=True))
    err = info.value
    assert (err.path, err.record, err.line, err.column, err.code) == (
        str(path),
        len(articles),
        cut.line,
        1,
        "truncated-input",
    )


def test_an_open_gzip_stream_cut_short(tmp_path: Path) -> None:
    path = tmp_path / "bridges.txt.gz"
    packed = gzip.compress(TEXT.encode("utf-8"))
    path.write_bytes(packed[: len(packed) // 2])
    with gzip.open(path, "rb") as stream:
        articles = list(newsdump.read(cast(IO[bytes], stream)))
    assert articles[-1].problems[-1].code == "truncated-input"
    assert articles == list(newsdump.read(path))


def test_a_file_cut_before_its_first_record_cannot_be_read(tmp_path: Path) -> None:
    path = tmp_path / "bridges.txt.bz2"
    path.write_bytes(bz2.compress(TEXT.encode("utf-8"))[:40])
    for strict in (False, True):
        with pytest.raises(OSError, match="cannot read compressed data") as info:
            list(newsdump.read(path, strict=strict))
        assert info.value.filename == str(path)


def test_a_link_back_to_a_parent_folder_is_walked_once(tmp_path: Path) -> None:
    """``dumps/2023/up -> ..`` made `read` take the same file 41 times (until the system's
    path limit), and the command warn of 40 files named twice; each folder is walked once."""
    inner = tmp_path / "dumps" / "2023"
    inner.mkdir(parents=True)
    two = "".join(RECORD.format(i=i, day=1 + i) for i in range(2))
    (inner / "mar.txt").write_text(two, encoding="utf-8")
    (inner / "up").symlink_to("..")
    assert len(list(newsdump.read(tmp_path / "dumps"))) == 2
    expand = private("_cli_inputs").expand
    warnings: list[str] = []
    found = expand([str(tmp_path / "dumps")], warn=warnings.append)
    assert [i.name for i in found] == [str(Path("2023") / "mar.txt")]
    assert warnings == []
