"""Which files are dumps, in which order, and how to open them: the one path expander that
`read`, the command and `newsdump.dask` share.

The rule (docs/cli.md, "Inputs"): a directory is walked recursively, entries sorted by name
at each level, hidden files skipped; a file met on the walk is read when its name ends in
``.txt`` or ``.dump`` or has no suffix, each possibly compressed (``.gz``, ``.bz2``, ``.xz``).
A file named directly (or matched by a glob) is read whatever its name.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO, Final, cast

DUMP_SUFFIXES: Final = (".txt", ".dump", "")
"""A directory is read for its dump files: names ending in ``.txt`` or ``.dump`` or with no
suffix, each possibly compressed.  Anything else beside them (expected-output ``.json``,
exports, notes) is not a dump and is passed over; hidden files too.  Name a file directly to
read it whatever its name."""

COMPRESSED_SUFFIXES: Final = (".gz", ".bz2", ".xz")
"""Decompressed on the fly when read, by suffix (any case)."""


class SourceError(OSError):
    """A source that cannot be read (missing, a directory entry we cannot open, a broken
    compressed stream).  An `OSError`, so ``except OSError`` catches it; names the path.

    Examples:
        >>> import newsdump
        >>> try:
        ...     list(newsdump.read("no/such/dump.txt"))
        ... except OSError as exc:
        ...     print(type(exc).__name__, exc.filename)
        SourceError no/such/dump.txt
    """


def is_compressed(name: str) -> bool:
    """Whether ``name`` ends in a suffix that `open_dump` decompresses.

    Examples:
        >>> [is_compressed(n) for n in ["a.txt.GZ", "b.bz2", "c.xz", "d.txt", "e.zip"]]
        [True, True, True, False, False]
    """
    return name.lower().endswith(COMPRESSED_SUFFIXES)


def is_dump_name(name: str) -> bool:
    """Whether a file met while walking a directory is read as a dump.

    Examples:
        >>> [is_dump_name(n) for n in ["a.txt", "b.txt.gz", "c", "d.json", ".e.txt", "f.dump.xz"]]
        [True, True, True, False, False, True]
    """
    if name.startswith("."):
        return False
    path = Path(name)
    if path.suffix.lower() in COMPRESSED_SUFFIXES:
        path = path.with_suffix("")
    return path.suffix.lower() in DUMP_SUFFIXES


def dump_files(root: Path, _walked: set[tuple[int, int]] | None = None) -> Iterator[Path]:
    """The dump files below ``root``, recursively, sorted by name at each level (see
    `is_dump_name`).  A directory that cannot be listed raises `SourceError` naming it.  A
    directory met again through a symlink (a link to a parent makes a loop) is walked once.

    Examples:
        >>> import tempfile
        >>> top = Path(tempfile.mkdtemp())
        >>> (top / "feb.txt").write_text(" date 2023-02-07 x\\nSnow\\n", encoding="utf-8")
        24
        >>> (top / "up").symlink_to(top)
        >>> [p.relative_to(top).as_posix() for p in dump_files(top)]
        ['feb.txt']
    """
    walked = set() if _walked is None else _walked
    try:
        info = root.stat()
        entries = sorted(root.iterdir())
    except OSError as exc:
        raise SourceError(exc.errno, f"cannot list directory: {exc.strerror}", str(root)) from exc
    walked.add((info.st_dev, info.st_ino))
    for entry in entries:
        if entry.is_dir():
            with contextlib.suppress(OSError):  # (an entry gone since: listing says it)
                seen = entry.stat()
                if (seen.st_dev, seen.st_ino) in walked:
                    continue
            yield from dump_files(entry, walked)
        elif entry.is_file() and is_dump_name(entry.name):
            yield entry


def expand_paths(items: Iterable[str | os.PathLike[str]]) -> list[str]:
    """Local files to read, in order: a directory gives its `dump_files`, an existing file
    itself, a glob its sorted matches (directories among them walked as above).  A name that is
    none of these raises `FileNotFoundError`.

    Examples:
        >>> [Path(p).name for p in expand_paths(["fixtures/valid"])][:2]
        ['defect-bare-date-line-model-a.txt', 'defect-bare-date-line-model-b.txt']
    """
    import glob

    files: list[str] = []
    for item in items:
        name = os.fspath(item)
        path = Path(name)
        if path.is_dir():
            files.extend(str(f) for f in dump_files(path))
        elif path.exists():
            files.append(name)
        elif glob.has_magic(name):
            matches = sorted(glob.glob(name, recursive=True))
            found = expand_paths(m for m in matches if Path(m).is_dir() or Path(m).is_file())
            if not found:
                raise FileNotFoundError(2, "no file matches", name)
            files.extend(found)
        else:
            raise FileNotFoundError(2, "no such file or directory", name)
    return files


def open_dump(path: Path) -> BinaryIO:
    """Open a file for binary reading, decompressing by its suffix."""
    suffix = path.suffix.lower()
    # the compression modules are imported when a compressed file is met, not with the package
    if suffix == ".gz":
        import gzip

        return cast(BinaryIO, gzip.open(path, "rb"))
    if suffix == ".bz2":
        import bz2

        return cast(BinaryIO, bz2.open(path, "rb"))
    if suffix == ".xz":
        import lzma

        return cast(BinaryIO, lzma.open(path, "rb"))
    return open(path, "rb")


__all__ = [
    "COMPRESSED_SUFFIXES",
    "DUMP_SUFFIXES",
    "SourceError",
    "dump_files",
    "expand_paths",
    "is_compressed",
    "is_dump_name",
    "open_dump",
]


def decompress_fault(exc: BaseException) -> bool:
    """Whether ``exc``, raised while reading an `open_dump` stream, is its decompressor failing
    (a ``.gz`` cut short, a corrupt ``.bz2`` or ``.xz``): the stream breaks off there, and what
    was read before it is kept."""
    if isinstance(exc, (EOFError, OSError)):  # gzip.BadGzipFile is an OSError
        return True
    lzma = sys.modules.get("lzma")  # LZMAError: only once lzma was imported to read a file
    return lzma is not None and isinstance(exc, lzma.LZMAError)


class StreamGuard:
    """A byte stream whose decompressor fails (a ``.gz`` cut short, a corrupt ``.xz``) read
    as one that ends there, `fault` saying why, so that the lines before it are parsed
    (`newsdump.read` and the command's inputs read through one).  ``delivered``: the bytes
    handed on (decompressed)."""

    def __init__(self, stream: BinaryIO) -> None:
        self._stream = stream
        self._read1 = getattr(stream, "read1", stream.read)
        self.delivered = 0
        self.fault: str | None = None

    def read(self, size: int = -1) -> bytes:
        return self._take(self._stream.read, size)

    def read1(self, size: int = -1) -> bytes:
        return self._take(self._read1, size)

    def _take(self, read: Callable[[int], bytes], size: int) -> bytes:
        if self.fault is not None:
            return b""
        try:
            data = read(size)
        except Exception as exc:
            if not decompress_fault(exc):
                raise
            self.fault = str(exc)
            return b""
        self.delivered += len(data)
        return data
