"""The ``newsdump`` command: ``convert``, ``check``, ``repair`` and ``stats`` (docs/cli.md).

`main` is the command as a function (arguments in, exit status out, output on `sys.stdout`),
for tests and doctests; `run` is the process entry point (console script and
``python -m newsdump``), which adds signal handling and the closed-pipe clean-up.

Exit status: 0 success; 1 the data failed (``check`` found an error-severity problem,
``--strict`` met a format error, a compressed input broke off, ``convert --fail-on-error`` met
an error); 2 a user error (bad option, missing or unreadable file, output that cannot be
written), always as one line on stderr, never a traceback; 129/130/143 stopped by
SIGHUP/SIGINT/SIGTERM; 141 the reader of the output went away (``| head``).
"""

from __future__ import annotations

import argparse
import codecs
import collections
import contextlib
import difflib
import functools
import glob
import io
import json
import os
import signal
import stat
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import IO, Any, BinaryIO, Final, TextIO, TypeVar, cast

import attrs

from ._errors import DumpError
from ._export import COLUMNS, csv_row, outlet_of, to_row, write_parquet_rows
from ._model import Article, Problem
from ._paths import COMPRESSED_SUFFIXES, SourceError, dump_files
from ._read import read
from ._writer import dump

T = TypeVar("T")

PROG: Final = "newsdump"
COMMANDS: Final = ("convert", "check", "repair", "stats")
FORMATS: Final = ("jsonl", "csv", "parquet")
SEVERITIES: Final = ("error", "warning", "info")  # most severe first

EXIT_OK: Final = 0
EXIT_FAILED: Final = 1
EXIT_USAGE: Final = 2
EXIT_PIPE: Final = 141  # 128 + SIGPIPE: what a shell reports for a GNU tool whose reader left
EXIT_SIGNALS: Final = {"SIGHUP": 129, "SIGINT": 130, "SIGTERM": 143}  # 128 + signal number

PROGRESS_DELAY: Final = 1.0
"""Seconds before the progress bar appears: shorter runs finish without one."""

AHEAD_PER_JOB: Final = 2
"""Files submitted to the pool per worker beyond the one being written: enough to keep every
worker busy while the main process writes results in order, few enough that results waiting
for an earlier, slower file stay bounded (at most ``jobs * (1 + AHEAD_PER_JOB)`` files)."""

STOP_GRACE: Final = 1.0
"""Seconds the workers get, after SIGTERM, to remove their temporary files before SIGKILL:
unwinding one record's work takes milliseconds; a user who pressed Ctrl-C waits no longer."""

SNIFF_BYTES: Final = 1024
"""How much of each input is looked at to tell text from binary: the first KB says it (a
binary format's header, or text), and costs nothing next to reading the file."""

NOT_TEXT_SHARE: Final = 0.3
"""Share of NUL, control or undecodable characters above which a file is not text.  Random
bytes read as UTF-8 score about 0.5, Cyrillic cp1251 text about 0.7 (it needs ``--encoding``);
Western Latin-1 text read as UTF-8 stays under 0.1 and is read, its bad bytes reported."""

OUTPUT_SUFFIXES: Final = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".parquet": "parquet",
    ".pq": "parquet",
}
"""``convert -o`` chooses the format from these suffixes (text formats may add ``.gz``,
``.bz2`` or ``.xz``); any other suffix needs ``--format``, so that ``out.xlsx`` is not
silently JSON Lines."""

EXAMPLES: Final = """\
examples:
  newsdump convert dumps/ -o articles.jsonl       every record as one JSON object per line
  newsdump convert 'dumps/**/*.txt.gz' -j 0 -o corpus.parquet
  zcat feb.txt.gz | newsdump convert - | jq -r .title
  newsdump check dumps/ --severity error          problems as path:line:col: CODE message
  newsdump repair dumps/ -o fixed/                rewrite in the canonical layout
  newsdump stats dumps/                           outlets, months, repairs, problems

exit status: 0 ok; 1 the data failed; 2 usage error; 130/143/129 interrupted;
141 the reader of the output went away.
"""


class UsageError(Exception):
    """A user error: reported as one line, exit status 2."""


class Interrupted(BaseException):
    """SIGTERM or SIGHUP arrived; raised from the signal handler so clean-up runs."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _warn(message: str) -> None:
    """One line on stderr, never an exception (stderr may be a closed terminal)."""
    with contextlib.suppress(OSError, ValueError):
        sys.stderr.write(f"{PROG}: {message}\n")
        sys.stderr.flush()


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


# --- inputs --------------------------------------------------------------------------------------


@attrs.frozen
class Input:
    """One file to read: ``path`` as given (``-`` for stdin), ``name`` its path relative to the
    directory or glob it came from (where ``repair -o DIR`` writes it)."""

    path: str
    name: str

    @property
    def is_stdin(self) -> bool:
        return self.path == "-"


def _files_under(root: Path, warn: Callable[[str], None]) -> Iterator[Path]:
    """The dump files below ``root``, exactly those `read` takes from a directory; the other
    (not hidden) files are named in one warning, so that a directory of ``.log`` files does
    not give an unexplained ``0 records``."""
    try:
        files = list(dump_files(root))
    except SourceError as exc:
        raise UsageError(f"{root}: cannot list directory: {exc.strerror}") from exc
    taken = set(files)
    skipped: list[Path] = []
    for folder, subfolders, names in os.walk(root):
        subfolders.sort()
        for name in sorted(names):
            path = Path(folder) / name
            if not name.startswith(".") and path not in taken and path.is_file():
                skipped.append(path)
    if skipped:
        kinds = collections.Counter(p.suffix.lower() or "(no suffix)" for p in skipped)
        shown = ", ".join(f"{n} *{s}" for s, n in kinds.most_common())
        warn(
            f"warning: {root}: skipped {_plural(len(skipped), 'file')} not named as dumps "
            f"({shown}, e.g. {skipped[0]}): a directory is read for *.txt, *.dump and names "
            "without a suffix (compressed too); name a file to read it"
        )
    yield from files


def _expand_one(arg: str, warn: Callable[[str], None]) -> list[Input]:
    if arg == "-":
        return [Input("-", "stdin")]
    path = Path(arg)
    if path.is_dir():
        return [Input(str(f), str(f.relative_to(path))) for f in _files_under(path, warn)]
    if path.exists():
        return [Input(arg, path.name)]
    if glob.has_magic(arg):
        found: list[Input] = []
        for match in sorted(glob.glob(arg, recursive=True)):
            found.extend(
                _expand_one(match, warn) if Path(match).is_dir() else [Input(match, match)]
            )
        if not found:
            raise UsageError(f"{arg}: no file matches")
        base = os.path.commonpath([os.path.dirname(i.path) or "." for i in found])
        return [attrs.evolve(i, name=os.path.relpath(i.path, base)) for i in found]
    raise UsageError(f"{arg}: no such file or directory")


def expand(args: Iterable[str], warn: Callable[[str], None] = _warn) -> list[Input]:
    """Files, directories (recursively, sorted), globs and ``-``, checked to be readable; a
    file named twice (by any path) is read once, with a warning."""
    inputs: list[Input] = []
    seen: set[str] = set()
    twice: list[str] = []
    for i in (i for arg in args for i in _expand_one(arg, warn)):
        key = "-" if i.is_stdin else os.path.realpath(i.path)
        if key in seen:
            twice.append(i.path)
            continue
        seen.add(key)
        if not i.is_stdin and not os.access(i.path, os.R_OK):
            raise UsageError(f"{i.path}: permission denied")
        inputs.append(i)
    if twice:
        which = twice[0] if len(twice) == 1 else f"{len(twice)} files (first {twice[0]})"
        warn(f"warning: {which} named more than once; read once")
    return inputs


class _Source(io.RawIOBase):
    """The bytes of one input, decompressed.  Counts what it took from the file (for the
    progress bar), and turns a compressed stream that breaks off (a ``.gz`` cut short) into
    the end of the stream with `fault` set, so that the records before it are kept."""

    name: str
    """The path as `read` reports it in ``Article.source`` (unset for stdin: no path)."""

    def __init__(
        self, stored: BinaryIO, data: BinaryIO, *, compressed: bool, name: str | None = None
    ) -> None:
        super().__init__()
        if name is not None:
            self.name = name
        self._stored = stored
        self._read = getattr(data, "read1", data.read)  # what is there: a slow pipe streams
        self._head = b""
        self.compressed = compressed
        self.delivered = 0
        """Bytes handed on (decompressed)."""
        self.fault: str | None = None

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        if self._head:
            n = min(len(view), len(self._head))
            view[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._take(len(view))
        view[: len(data)] = data
        return len(data)

    def _take(self, size: int) -> bytes:
        if self.fault is not None:
            return b""
        try:
            data = self._read(size)
        except (EOFError, OSError) as exc:  # gzip.BadGzipFile is an OSError
            self.fault = str(exc)
            return b""
        except Exception as exc:
            lzma = sys.modules.get("lzma")  # LZMAError: only once lzma was imported
            if lzma is None or not isinstance(exc, lzma.LZMAError):
                raise
            self.fault = str(exc)
            return b""
        self.delivered += len(data)
        return data

    def head(self) -> bytes:
        """The first `SNIFF_BYTES` (fewer at the end of the stream), still to be read."""
        while len(self._head) < SNIFF_BYTES:
            more = self._take(SNIFF_BYTES - len(self._head))
            if not more:
                break
            self._head += more
        return self._head

    def consumed(self) -> int:
        """Bytes of the input as stored (compressed) read so far."""
        if self.compressed:
            with contextlib.suppress(OSError, ValueError):
                return self._stored.tell()
        return self.delivered - len(self._head)


@contextlib.contextmanager
def open_input(item: Input) -> Iterator[_Source]:
    """One input as a `_Source`, decompressed by its suffix."""
    if item.is_stdin:
        stdin = sys.stdin.buffer
        yield _Source(stdin, stdin, compressed=False)
        return
    try:
        stored: BinaryIO = open(item.path, "rb")
    except OSError as exc:
        raise SourceError(exc.errno, exc.strerror or "cannot open", item.path) from exc
    with stored:
        suffix = Path(item.path).suffix.lower()
        data: BinaryIO = stored
        if suffix == ".gz":
            import gzip

            data = cast(BinaryIO, gzip.GzipFile(fileobj=stored, mode="rb"))
        elif suffix == ".bz2":
            import bz2

            data = cast(BinaryIO, bz2.BZ2File(stored, "rb"))
        elif suffix == ".xz":
            import lzma

            data = cast(BinaryIO, lzma.LZMAFile(stored, "rb"))
        packed = suffix in COMPRESSED_SUFFIXES
        yield _Source(stored, data, compressed=packed, name=str(Path(item.path)))


def not_text(head: bytes, encoding: str | None) -> str | None:
    """Why a file that starts with ``head`` is not text in ``encoding`` (default UTF-8, or
    UTF-16 after its byte-order mark, as `read` does), or None when it is.

    Examples:
        >>> not_text(" date 2024-01-03 https://example.org/x\\nSnow in Oslo\\n".encode(), None)
        >>> not_text(bytes(range(256)) * 4, None)
        'not text: 624 of its first 1024 characters are NUL, control or not utf-8'
        >>> not_text("Сніг у Львові".encode("cp1251"), "cp1251")
    """
    if encoding is None:
        bom = head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
        encoding = "utf-16" if bom else "utf-8"
    text = codecs.getincrementaldecoder(encoding)("replace").decode(head, final=False)
    bad = sum(
        1 for c in text if c == "\ufffd" or c == "\x7f" or (c < " " and c not in "\t\n\r\f\v")
    )
    if text and bad > NOT_TEXT_SHARE * len(text):
        name = codecs.lookup(encoding).name
        return f"not text: {bad} of its first {len(text)} characters are NUL, control or not {name}"
    return None


@attrs.frozen
class ReadOptions:
    strict: bool = False
    repair: bool = True
    encoding: str | None = None
    keep_going: bool = False


@attrs.define
class Tally:
    """What a run read, for the summaries: counted per file (in the worker that read it) and
    added up in the main process."""

    files: int = 0
    skipped: int = 0
    faults: int = 0
    articles: int = 0
    problems: int = 0
    errors: int = 0
    repairs: int = 0
    bytes: int = 0

    def article(self, article: Article) -> None:
        self.articles += 1
        self.problems += len(article.problems)
        self.errors += sum(1 for p in article.problems if p.severity == "error")
        self.repairs += sum(1 for e in article.repairs if e.applied)

    def add(self, other: Tally) -> None:
        for field in attrs.fields(Tally):
            setattr(self, field.name, getattr(self, field.name) + getattr(other, field.name))

    def summary(self, seconds: float) -> str:
        """The one line ``convert`` and ``repair`` end with (on stderr)."""
        files = _plural(self.files, "file")
        if self.skipped:
            files += f" ({self.skipped} skipped)"
        problems = _plural(self.problems, "problem")
        if self.errors:
            problems += f" ({_plural(self.errors, 'error')})"
        mb = self.bytes / 1e6
        size = f"{mb:.1f} MB" if mb >= 1 else f"{self.bytes / 1e3:.0f} kB"
        rate = f"{mb / seconds:.1f} MB/s" if seconds > 0 else "-"
        return (
            f"{_plural(self.articles, 'article')} from {files}, {problems}, "
            f"{_plural(self.repairs, 'repair')}; {size} in {seconds:.1f} s, {rate}"
        )


@attrs.define
class FileReport:
    """What became of one input besides its articles."""

    tally: Tally = attrs.Factory(Tally)
    skipped: str | None = None
    """Why the file was not read (it is not text)."""
    fault: str | None = None
    """Where and why a compressed file broke off (its records before that point were read)."""


def _with_fault(article: Article, fault: str) -> Article:
    line = article.source.last_line if article.source is not None else 1
    problem = Problem("truncated-input", fault, line, 1)
    return attrs.evolve(article, problems=(*article.problems, problem))


def read_input(
    item: Input,
    options: ReadOptions,
    report: FileReport,
    advance: Callable[[int, int], None] | None = None,
) -> Iterator[Article]:
    """The articles of one input; ``report`` says what else happened (a skip, a fault), and
    ``advance`` is told how many stored bytes were read after each record."""
    with open_input(item) as source:
        reason = not_text(source.head(), options.encoding)
        if reason is not None:
            report.skipped = reason
            report.tally.skipped += 1
            return
        report.tally.files += 1
        # `read` decodes (UTF-8, UTF-16 after a BOM, or ``--encoding``) and reports bad bytes
        articles = read(
            io.BufferedReader(source),
            strict=options.strict,
            repair=options.repair,
            encoding=options.encoding,
        )
        last: Article | None = None  # a compressed input holds its last record back: a
        for article in articles:  # fault at the end of the stream belongs to that record
            ready: Article | None = article
            if source.compressed:
                ready, last = last, article
            if ready is None:
                continue
            report.tally.article(ready)
            if advance is not None:
                advance(source.consumed(), 1)
            yield ready
        if source.fault is not None:
            fault = (
                f"compressed data breaks off at byte {source.consumed()} "
                f"({source.delivered} bytes decompressed): {source.fault}"
            )
            report.fault = f"{'<stdin>' if item.is_stdin else item.path}: {fault}"
            if last is not None:
                last = _with_fault(last, fault)
            report.tally.faults += 1
        report.tally.bytes += source.consumed()
        if last is not None:
            report.tally.article(last)
        if advance is not None:
            advance(source.consumed(), 0 if last is None else 1)
        if last is not None:
            yield last


# --- running over files --------------------------------------------------------------------------


class Progress:
    """A tqdm bar on stderr, shown only for runs longer than `PROGRESS_DELAY`, only on a
    terminal, never with ``--quiet``, never without tqdm.  It counts bytes of input as stored
    (compressed bytes for ``.gz``/``.bz2``/``.xz``; of a known total unless stdin is read) and
    records; it is cleared when the run ends, however it ends."""

    def __init__(
        self, inputs: Sequence[Input], *, quiet: bool, stream: IO[str] | None = None
    ) -> None:
        self._stream = sys.stderr if stream is None else stream
        self._sizes = {i.path: _size(i) for i in inputs}
        self._bar: Any = None
        self._file_done = 0
        self._records = 0
        self.started = time.monotonic()
        self.quiet = quiet
        if quiet or not _isatty(self._stream):
            return
        try:
            from tqdm import tqdm
        except ImportError:  # the `cli` extra is not installed: no bar
            return
        known = not any(i.is_stdin for i in inputs)
        self._bar = tqdm(
            total=sum(self._sizes.values()) if known else None,
            unit="B",
            unit_scale=True,
            unit_divisor=1024,
            delay=PROGRESS_DELAY,
            file=self._stream,
            leave=False,
            dynamic_ncols=True,
            desc=PROG,
        )

    @property
    def interactive(self) -> bool:
        """Whether stderr is a terminal the user watches (and ``--quiet`` was not given)."""
        return not self.quiet and _isatty(self._stream)

    def advance(self, consumed: int, records: int = 1) -> None:
        """``records`` read in the main process; ``consumed`` bytes of their file so far."""
        self._records += records
        if self._bar is None:
            return
        self._bar.set_postfix_str(f"{self._records} records", refresh=False)
        self._bar.update(max(0, self._file_done + consumed - self._bar.n))

    def file(self, item: Input, tally: Tally, *, counted: bool = True) -> None:
        """One file finished; ``counted``: its records went through `advance`."""
        if not counted:
            self._records += tally.articles
        size = tally.bytes if item.is_stdin else self._sizes.get(item.path, 0)
        self._file_done += size
        if self._bar is None:
            return
        self._bar.set_postfix_str(f"{self._records} records", refresh=False)
        self._bar.update(max(0, self._file_done - self._bar.n))

    def warn(self, message: str) -> None:
        """A line on stderr that leaves the bar whole: the bar is cleared, then redrawn."""
        if self._bar is None:
            _warn(message)
            return
        with contextlib.suppress(Exception):
            self._bar.clear()
        _warn(message)
        with contextlib.suppress(Exception):
            self._bar.refresh()

    def close(self) -> None:
        if self._bar is not None:
            with contextlib.suppress(Exception):  # stderr may be gone (a closed terminal)
                # tqdm's close() alone skips the clearing when a signal cut its last update
                # short (after drawing, before noting it drew): clear the line ourselves.
                self._bar.clear()
                self._bar.close()
            self._bar = None

    def summary(self, tally: Tally, *, always: bool = False) -> None:
        """The closing line on stderr: on a terminal, or ``always`` (errors, skips, faults)."""
        self.close()
        if self.interactive or always:
            _warn(tally.summary(time.monotonic() - self.started))


def _isatty(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _size(item: Input) -> int:
    if item.is_stdin:
        return 0
    try:
        return os.path.getsize(item.path)
    except OSError:
        return 0


def _collect(
    payload: Callable[[Article], T], item: Input, options: ReadOptions
) -> tuple[list[T], FileReport]:
    """The pool task: every record of one file through ``payload``."""
    report = FileReport()
    items = [payload(a) for a in read_input(item, options, report)]
    return items, report


class _WorkerStop(BaseException):
    """SIGTERM in a busy worker: unwinds the task, so that its temporary file is removed."""


def _worker_init() -> None:
    # The main process decides what a Ctrl-C or a hangup means and stops the workers with
    # SIGTERM; an idle worker just ends, a busy one unwinds first (`_in_worker`).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "SIGHUP"):
        signal.signal(signal.SIGHUP, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _raise_stop(signum: int, frame: object) -> None:
    raise _WorkerStop


def _in_worker(task: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """Run ``task`` in a pool worker; SIGTERM meanwhile unwinds it, then ends the worker."""
    signal.signal(signal.SIGTERM, _raise_stop)
    try:
        return task(*args, **kwargs)
    except _WorkerStop:
        os._exit(EXIT_SIGNALS["SIGTERM"])  # no result to send: the main process is stopping
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _stop_pool(pool: ProcessPoolExecutor, written: Iterable[str] = ()) -> None:
    """End the workers now (SIGTERM, then SIGKILL after `STOP_GRACE`) and remove whatever
    temporary files of ``written`` targets they left."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    results = getattr(pool, "_result_queue", None)  # shutdown() forgets it
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        with contextlib.suppress(Exception):
            process.terminate()
    deadline = time.monotonic() + STOP_GRACE
    for process in processes:
        with contextlib.suppress(Exception):
            process.join(max(0.0, deadline - time.monotonic()))
    for process in processes:
        with contextlib.suppress(Exception):
            if process.is_alive():
                process.kill()
                process.join(STOP_GRACE)
    # A worker killed while sending its result leaves half a message in the result pipe, and
    # the pool's manager thread (which the interpreter joins at exit) would wait for the rest
    # forever: closing this process's end of the pipe, the last writer, turns that into EOF.
    with contextlib.suppress(Exception):
        results._writer.close()  # type: ignore[union-attr]
    for target in written:
        for process in processes:
            if process.pid is not None:
                with contextlib.suppress(OSError):
                    _temp_name(_resolved(target), process.pid).unlink()


def _report(item: Input, report: FileReport, keep_going: bool, progress: Progress) -> bool:
    """Say what `read_input` noticed besides articles; whether to go on to the next file."""
    if report.skipped is not None:
        progress.warn(f"warning: {item.path}: skipped, {report.skipped} (--encoding if it is text)")
    if report.fault is not None:
        more = "; going on (--keep-going)" if keep_going else "; stopped (--keep-going reads on)"
        progress.warn(f"error: {report.fault}{more}")
        return keep_going
    return True


def run_files(
    inputs: Sequence[Input],
    payload: Callable[[Article], T],
    options: ReadOptions,
    *,
    jobs: int,
    progress: Progress,
    tally: Tally | None = None,
) -> Iterator[T]:
    """``payload(article)`` for every record of every input, in input order; ``tally`` adds
    up what was read.  A file that is not text is skipped with a warning; a compressed file
    that breaks off ends the run after its records, unless ``options.keep_going``.

    With ``jobs > 1`` the files are read by a process pool (stdin by this process), results are
    yielded in input order, so the output is identical to ``jobs == 1``.
    """
    total = Tally() if tally is None else tally
    pooled = [i for i in inputs if not i.is_stdin]
    workers = min(jobs, len(pooled))
    if workers <= 1:
        for item in inputs:
            report = FileReport()
            for article in read_input(item, options, report, progress.advance):
                yield payload(article)
            total.add(report.tally)
            progress.file(item, report.tally)
            if not _report(item, report, options.keep_going, progress):
                return
        return
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_worker_init)
    try:
        pending: collections.deque[Future[tuple[list[T], FileReport]]] = collections.deque()
        queue = iter(pooled)
        ahead = workers * (1 + AHEAD_PER_JOB)

        def fill() -> None:
            while len(pending) < ahead:
                nxt = next(queue, None)
                if nxt is None:
                    return
                pending.append(pool.submit(_in_worker, _collect, payload, nxt, options))

        fill()
        for item in inputs:
            if item.is_stdin:
                report = FileReport()
                for article in read_input(item, options, report, progress.advance):
                    yield payload(article)
                counted = True
            else:
                items, report = pending.popleft().result()
                fill()
                yield from items
                counted = False
            total.add(report.tally)
            progress.file(item, report.tally, counted=counted)
            if not _report(item, report, options.keep_going, progress):
                break
    except BaseException:
        _stop_pool(pool)
        raise
    if pending:  # stopped early: the files read ahead are not wanted
        _stop_pool(pool)
    else:
        pool.shutdown(wait=True)


# --- output --------------------------------------------------------------------------------------


def _temp_name(target: Path, pid: int) -> Path:
    """The temporary file beside ``target``: hidden (directory readers skip it) and named
    with the process id (a leftover of a killed run says whose it was)."""
    return target.with_name(f".{target.name}.tmp-{pid}")


def _resolved(out: str) -> Path:
    """Where a regular-file output is really written: a symlink's target (followed to the
    end), so that the link stays and its target is replaced."""
    return Path(os.path.realpath(out))


def _written_directly(out: str) -> bool:
    """Whether ``out`` is written in place rather than replaced: a character or block device
    (``/dev/null``), a FIFO, a socket, or a name for an open file (``/dev/stdout``)."""
    try:
        mode = os.stat(out).st_mode
    except OSError:
        return False
    if stat.S_ISDIR(mode):
        raise UsageError(f"{out}: is a directory")
    real = str(_resolved(out))
    return not stat.S_ISREG(mode) or real.startswith(("/proc/", "/dev/fd/"))


def _named(exc: OSError, out: str) -> OSError:
    """The same error, naming the path the user gave (never the hidden temporary file)."""
    return OSError(exc.errno, exc.strerror or str(exc), out)


def _ours(exc: BaseException, temp: Path | None) -> bool:
    """Whether an error met while writing came from the output (not from reading input)."""
    if not isinstance(exc, OSError) or isinstance(exc, (SourceError, BrokenPipeError)):
        return False
    return exc.filename is None or (temp is not None and exc.filename == str(temp))


@contextlib.contextmanager
def output_file(out: str) -> Iterator[BinaryIO]:
    """``out`` open for binary writing.

    A regular file (or a new name) is written to a temporary file beside it, flushed to disk
    and renamed onto it only once complete (on any error or signal the temporary file goes and
    ``out`` stays as it was); a symlink's target is replaced that way, the link kept.  Devices
    (``/dev/null``), FIFOs and sockets are written directly.  Errors name ``out``.
    """
    if _written_directly(out):
        try:
            fp = open(out, "wb")
        except OSError as exc:
            raise _named(exc, out) from None
        try:
            with fp:
                yield cast(BinaryIO, fp)
                fp.flush()
        except BaseException as exc:
            if _ours(exc, None):
                raise _named(cast(OSError, exc), out) from None
            raise
        return
    target = _resolved(out)
    if not target.parent.is_dir():
        raise UsageError(f"{out}: no such directory: {target.parent}")
    try:
        mode: int | None = stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        mode = None
    temp = _temp_name(target, os.getpid())
    try:
        with open(temp, "wb") as fp:
            yield cast(BinaryIO, fp)
            fp.flush()
            os.fsync(fp.fileno())  # on disk before the rename makes it visible
        if mode is not None:
            os.chmod(temp, mode)  # a replaced file keeps its permissions
        os.replace(temp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        if _ours(exc, temp):
            raise _named(cast(OSError, exc), out) from None
        raise


@contextlib.contextmanager
def text_output(fp: BinaryIO, name: str, newline: str = "\n") -> Iterator[TextIO]:
    """UTF-8 text on ``fp``, compressed as ``name``'s suffix says (``.gz``, ``.bz2``,
    ``.xz``).  A gzip header names the file ``name`` (never a temporary file)."""
    suffix = Path(name).suffix.lower()
    packed: Any = None
    if suffix == ".gz":
        import gzip

        packed = gzip.GzipFile(filename=Path(name).name, mode="wb", fileobj=fp)
    elif suffix == ".bz2":
        import bz2

        packed = bz2.BZ2File(fp, "wb")
    elif suffix == ".xz":
        import lzma

        packed = lzma.LZMAFile(fp, "wb")
    text = io.TextIOWrapper(packed if packed is not None else fp, encoding="utf-8", newline=newline)
    try:
        yield text
        text.flush()
    finally:
        with contextlib.suppress(Exception):
            text.detach()  # ``fp`` belongs to the caller: the wrapper must not close it
    if packed is not None:
        packed.close()  # the compressed stream's trailer; ``fp`` stays open


@contextlib.contextmanager
def open_output(out: str | None, *, binary: bool, newline: str = "\n") -> Iterator[IO[Any]]:
    """The output stream: stdout for None or ``-``, else `output_file` (as UTF-8 text, maybe
    compressed, unless ``binary``)."""
    if out is None or out == "-":
        if binary:
            if _isatty(sys.stdout):
                raise UsageError("refusing to write Parquet to a terminal; use -o FILE")
            buffer = getattr(sys.stdout, "buffer", None)
            if buffer is None:
                raise UsageError("stdout cannot take binary output; use -o FILE")
            sys.stdout.flush()
            yield buffer
            buffer.flush()
        else:
            yield sys.stdout
            sys.stdout.flush()
        return
    with output_file(out) as fp:
        if binary:
            yield fp
        else:
            with text_output(fp, out, newline) as text:
                yield text


# --- convert -------------------------------------------------------------------------------------


def jsonl_line(article: Article) -> str:
    """One JSON Lines line (without the newline): `Article.to_dict` as compact UTF-8 JSON."""
    return json.dumps(article.to_dict(), ensure_ascii=False)


def output_format(output: str | None, given: str | None) -> str:
    """The format ``convert`` writes: ``given`` (``--format``), else by ``output``'s suffix.

    Examples:
        >>> [output_format(o, None) for o in [None, "a.jsonl", "b.csv.gz", "c.pq", "/dev/null"]]
        ['jsonl', 'jsonl', 'csv', 'parquet', 'jsonl']
        >>> output_format("d.xlsx", "csv")
        'csv'
        >>> output_format("d.xlsx", None)  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        newsdump._cli.UsageError: d.xlsx: unknown output suffix '.xlsx': name it .jsonl, ...
    """
    if output is None or output == "-":
        return given or "jsonl"
    name = Path(output).name.lower()
    packed = name.endswith(COMPRESSED_SUFFIXES)
    fmt = OUTPUT_SUFFIXES.get(Path(Path(name).stem if packed else name).suffix)
    if given is not None:
        fmt = given
    elif fmt is None:
        if _written_directly(output):
            return "jsonl"  # /dev/null, a FIFO: no suffix to go by
        suffix = "".join(Path(name).suffixes[-2:] if packed else Path(name).suffixes[-1:])
        what = f"unknown output suffix {suffix!r}" if suffix else "no output suffix"
        raise UsageError(
            f"{output}: {what}: name it .jsonl, .csv or .parquet (.gz, .bz2, .xz for text), "
            "or give --format"
        )
    if fmt == "parquet" and packed:
        raise UsageError(
            f"{output}: Parquet is compressed inside; drop the {Path(name).suffix} suffix"
        )
    return fmt


def cmd_convert(args: argparse.Namespace, inputs: list[Input], progress: Progress) -> int:
    fmt = output_format(args.output, args.format)
    options = _read_options(args)
    jobs = args.jobs
    tally = Tally()
    if fmt == "parquet":
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            raise UsageError(
                "Parquet output needs pyarrow: pip install 'newsdump[parquet]'"
            ) from None
        with open_output(args.output, binary=True) as fp:
            rows = run_files(inputs, to_row, options, jobs=jobs, progress=progress, tally=tally)
            write_parquet_rows(rows, fp)
    elif fmt == "csv":
        import csv

        with open_output(args.output, binary=False, newline="") as fp:
            writer = csv.writer(fp)
            writer.writerow(COLUMNS)
            for row in run_files(
                inputs, csv_row, options, jobs=jobs, progress=progress, tally=tally
            ):
                writer.writerow(row)
    else:
        with open_output(args.output, binary=False) as fp:
            lines = run_files(
                inputs, jsonl_line, options, jobs=jobs, progress=progress, tally=tally
            )
            for line in lines:
                fp.write(line + "\n")
    return _finish(progress, tally, fail_on_error=args.fail_on_error)


def _finish(progress: Progress, tally: Tally, *, fail_on_error: bool = False) -> int:
    """The summary line, and the exit status of a run that wrote its output."""
    failed = tally.faults > 0 or (fail_on_error and tally.errors > 0)
    progress.summary(tally, always=failed or tally.errors > 0 or tally.skipped > 0)
    return EXIT_FAILED if failed else EXIT_OK


def _read_options(args: argparse.Namespace, *, repair: bool = True) -> ReadOptions:
    return ReadOptions(
        strict=getattr(args, "strict", False),
        repair=repair and not getattr(args, "no_repair", False),
        encoding=args.encoding,
        keep_going=args.keep_going,
    )


# --- check ---------------------------------------------------------------------------------------


@attrs.frozen
class Checked:
    """What ``check`` keeps of one article: one (severity, code, text, count) per kind of
    problem (a record with 2,000 bad bytes gives one line, with the count), or with
    ``as_json`` one JSON line per problem."""

    diagnostics: tuple[tuple[str, str, str, int], ...]


def check_item(article: Article, *, as_json: bool = False) -> Checked:
    path = article.source.path if article.source else None
    where = path or "<stdin>"
    if as_json:
        return Checked(
            tuple(
                (
                    p.severity,
                    p.code,
                    json.dumps({"path": path, **attrs.asdict(p)}, ensure_ascii=False),
                    1,
                )
                for p in article.problems
            )
        )
    first: dict[str, Problem] = {}
    counts: collections.Counter[str] = collections.Counter()
    for p in article.problems:
        first.setdefault(p.code, p)
        counts[p.code] += 1
    out = []
    for code, p in first.items():
        text = f"{where}:{p.line}:{p.column}: {p.code} {p.message}"
        if counts[code] > 1:
            text += f" (and {counts[code] - 1} more like it in this record)"
        out.append((p.severity, code, text, counts[code]))
    return Checked(tuple(out))


def table(headers: Sequence[str], rows: Iterable[Sequence[object]], indent: str = "  ") -> str:
    """A plain-text table: text columns left-aligned, numbers right-aligned; ``(none)`` for
    no rows.

    Examples:
        >>> print(table(["code", "count"], [["no-timestamp", 3], ["date-disagrees", 12]]))
          code            count
          no-timestamp        3
          date-disagrees     12
    """
    body = [list(r) for r in rows]
    if not body:
        return indent + "(none)"
    numeric = [bool(body) and all(isinstance(r[c], int) for r in body) for c in range(len(headers))]
    cells = [list(headers), *[[str(v) for v in r] for r in body]]
    widths = [max(len(r[c]) for r in cells) for c in range(len(headers))]
    lines = []
    for r in cells:
        parts = [
            v.rjust(w) if numeric[c] else v.ljust(w)
            for c, (v, w) in enumerate(zip(r, widths, strict=True))
        ]
        lines.append(indent + "  ".join(parts).rstrip())
    return "\n".join(lines)


def _files_read(tally: Tally) -> str:
    files = _plural(tally.files, "file")
    return f"{files} ({tally.skipped} skipped, not text)" if tally.skipped else files


def cmd_check(args: argparse.Namespace, inputs: list[Input], progress: Progress) -> int:
    options = _read_options(args)
    as_json = args.format == "json"
    shown = set(SEVERITIES[: SEVERITIES.index(args.severity) + 1])
    tally = Tally()
    by_code: collections.Counter[tuple[str, str]] = collections.Counter()
    severities: collections.Counter[str] = collections.Counter()
    disagreements = 0
    out = sys.stdout
    payload = functools.partial(check_item, as_json=as_json)
    for checked in run_files(
        inputs, payload, options, jobs=args.jobs, progress=progress, tally=tally
    ):
        for severity, code, text, count in checked.diagnostics:
            by_code[code, severity] += count
            severities[severity] += count
            if severity in shown:
                out.write(text + "\n")
        if any(code == "date-disagrees" for _, code, _, _ in checked.diagnostics):
            disagreements += 1
    progress.close()
    failed = EXIT_FAILED if severities["error"] or tally.faults else EXIT_OK
    if as_json:
        return failed
    total = sum(severities.values())
    counts = ", ".join(
        f"{severities[s]} info" if s == "info" else _plural(severities[s], s) for s in SEVERITIES
    )
    out.write(
        f"\nchecked {_plural(tally.articles, 'record')} in {_files_read(tally)}: "
        f"{_plural(total, 'problem')} ({counts})\n"
    )
    if by_code:
        rows = sorted(by_code.items(), key=lambda kv: (SEVERITIES.index(kv[0][1]), kv[0][0]))
        out.write(table(["code", "severity", "count"], [[c, s, n] for (c, s), n in rows]) + "\n")
    out.write(f"date disagreements: {_plural(disagreements, 'record')}\n")
    return failed


# --- repair --------------------------------------------------------------------------------------


class _KeepOriginal(Exception):
    """Raised inside `output_file` to leave the target as it was."""


def repair_file(
    item: Input, target: str, options: ReadOptions, *, in_place: bool = False
) -> FileReport:
    """Write the canonical layout of ``item`` (bodies repaired) to ``target``, atomically
    (compressed like ``target``'s name).  A file that is not text is not written, nor one that
    breaks off when it would replace itself (``in_place``: the original is kept)."""
    report = FileReport()
    articles = read_input(item, attrs.evolve(options, repair=True), report)
    first = next(articles, None)
    if report.skipped is not None:
        return report
    with (
        contextlib.suppress(_KeepOriginal),
        output_file(target) as fp,
        text_output(fp, target) as text,
    ):
        dump(_chain(first, articles), text)
        if in_place and report.fault is not None:
            raise _KeepOriginal
    return report


def _chain(first: Article | None, rest: Iterator[Article]) -> Iterator[Article]:
    if first is not None:
        yield first
        yield from rest


def _repair_targets(args: argparse.Namespace, inputs: list[Input]) -> list[tuple[Input, str]]:
    if args.in_place:
        if args.output is not None:
            raise UsageError("give either -o DIR or --in-place, not both")
        if any(i.is_stdin for i in inputs):
            raise UsageError("cannot repair stdin in place; use -o -")
        return [(i, i.path) for i in inputs]
    if args.output is None:
        raise UsageError("repair needs -o DIR (or -o - for stdout, or --in-place)")
    root = Path(args.output)
    if root.exists() and not root.is_dir():
        raise UsageError(f"{args.output}: not a directory")
    if any(i.is_stdin for i in inputs):
        raise UsageError("stdin can only be repaired to stdout: use -o -")
    targets: list[tuple[Input, str]] = []
    seen: dict[str, str] = {}
    for i in inputs:
        target = root / i.name
        key = os.path.normpath(str(target))
        if key in seen:
            raise UsageError(f"{i.path} and {seen[key]} would both be written to {target}")
        seen[key] = i.path
        if target.exists() and os.path.samefile(target, i.path):
            raise UsageError(f"{target}: would overwrite its input; use --in-place for that")
        targets.append((i, str(target)))
    return targets


def cmd_repair(args: argparse.Namespace, inputs: list[Input], progress: Progress) -> int:
    options = _read_options(args)
    tally = Tally()
    if args.output == "-" and not args.in_place:
        with open_output(None, binary=False) as fp:
            articles = run_files(
                inputs, _same, options, jobs=args.jobs, progress=progress, tally=tally
            )
            dump(articles, cast(TextIO, fp))
        return _finish(progress, tally)
    targets = _repair_targets(args, inputs)
    for _, target in targets:
        Path(target).parent.mkdir(parents=True, exist_ok=True)
    workers = min(args.jobs, len(targets))
    if workers <= 1:
        for item, target in targets:
            report = repair_file(item, target, options, in_place=args.in_place)
            tally.add(report.tally)
            progress.file(item, report.tally, counted=False)
            if not _report(item, report, options.keep_going, progress):
                break
        return _finish(progress, tally)
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_worker_init)
    stopped = False
    try:
        futures = [
            pool.submit(_in_worker, repair_file, i, t, options, in_place=args.in_place)
            for i, t in targets
        ]
        for (item, _), future in zip(targets, futures, strict=True):
            report = future.result()
            tally.add(report.tally)
            progress.file(item, report.tally, counted=False)
            if not _report(item, report, options.keep_going, progress):
                stopped = True
                break
    except BaseException:
        _stop_pool(pool, [t for _, t in targets])
        raise
    if stopped:
        _stop_pool(pool, [t for _, t in targets])
    else:
        pool.shutdown(wait=True)
    return _finish(progress, tally)


def _same(article: Article) -> Article:
    return article


# --- stats ---------------------------------------------------------------------------------------


@attrs.frozen
class Counted:
    """What ``stats`` keeps of one article."""

    outlet: str
    month: str
    repairs: tuple[tuple[str, bool], ...]
    problems: tuple[tuple[str, str], ...]


def month_of(article: Article) -> str:
    """``YYYY-MM`` of the header date (day or month precision), else of ``published``."""
    if article.date is not None and article.date_precision in ("day", "month"):
        return article.date.isoformat()[:7]
    if article.published is not None:
        return article.published.date().isoformat()[:7]
    return "(unknown)"


def stats_item(article: Article) -> Counted:
    return Counted(
        outlet_of(article),
        month_of(article),
        tuple((e.kind, e.applied) for e in article.repairs),
        tuple((p.code, p.severity) for p in article.problems),
    )


def cmd_stats(args: argparse.Namespace, inputs: list[Input], progress: Progress) -> int:
    options = _read_options(args)
    tally = Tally()
    months: collections.Counter[tuple[str, str]] = collections.Counter()
    repairs: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    problems: collections.Counter[tuple[str, str]] = collections.Counter()
    jobs = args.jobs
    for c in run_files(inputs, stats_item, options, jobs=jobs, progress=progress, tally=tally):
        months[c.outlet, c.month] += 1
        for kind, applied in c.repairs:
            repairs[kind][0 if applied else 1] += 1
        problems.update(c.problems)
    progress.close()
    status = EXIT_FAILED if tally.faults else EXIT_OK
    month_rows = sorted(months.items())
    repair_rows = sorted(repairs.items())
    problem_rows = sorted(problems.items(), key=lambda kv: (SEVERITIES.index(kv[0][1]), kv[0][0]))
    out = sys.stdout
    if args.json:
        data = {
            "records": tally.articles,
            "files": tally.files,
            "by_outlet_month": [
                {"outlet": o, "month": m, "records": n} for (o, m), n in month_rows
            ],
            "repairs_by_kind": [
                {"kind": k, "applied": a, "considered": c} for k, (a, c) in repair_rows
            ],
            "problems_by_code": [
                {"code": code, "severity": s, "count": n} for (code, s), n in problem_rows
            ],
            "skipped": tally.skipped,
        }
        out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return status
    out.write(f"{_plural(tally.articles, 'record')} in {_files_read(tally)}\n")
    out.write("\nrecords by outlet and month\n")
    out.write(table(["outlet", "month", "records"], [[o, m, n] for (o, m), n in month_rows]) + "\n")
    out.write("\nrepairs by kind\n")
    out.write(
        table(["kind", "applied", "not applied"], [[k, a, c] for k, (a, c) in repair_rows]) + "\n"
    )
    out.write("\nproblems by code\n")
    out.write(
        table(["code", "severity", "count"], [[c, s, n] for (c, s), n in problem_rows]) + "\n"
    )
    return status


# --- argument parsing ----------------------------------------------------------------------------


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:  # one line, not argparse's usage block
        raise UsageError(f"{message} (see '{self.prog} --help')")


def _jobs(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if n < 0:
        raise argparse.ArgumentTypeError("must be 0 (one per CPU) or more")
    return n or (os.cpu_count() or 1)


def _encoding(text: str) -> str | None:
    """A codec name Python knows; None for UTF-8 (what `read` decodes, with its BOM rules)."""
    try:
        name = codecs.lookup(text).name
    except LookupError:
        raise argparse.ArgumentTypeError(f"unknown encoding: {text!r}") from None
    return None if name == "utf-8" else name


def build_parser() -> argparse.ArgumentParser:
    from . import __build__, __version__

    parser = _Parser(
        prog=PROG,
        description="Parse, check, repair and convert scraped news dumps.",
        epilog="'newsdump PATH...' with no command is 'newsdump convert PATH...'.\n\n" + EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    version = f"%(prog)s {__version__} ({__build__})"  # which build runs: pure or mypyc
    parser.add_argument("--version", action="version", version=version)
    common = _Parser(add_help=False)
    common.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="dump files (.gz/.bz2/.xz too), directories (read recursively for *.txt, *.dump "
        "and names without a suffix), globs, - for stdin",
    )
    common.add_argument(
        "-j",
        "--jobs",
        type=_jobs,
        default=1,
        metavar="N",
        help="read files in N processes, output order unchanged (0: one per CPU; default 1)",
    )
    common.add_argument(
        "-q", "--quiet", action="store_true", help="no progress bar and no closing summary"
    )
    common.add_argument(
        "--encoding",
        type=_encoding,
        metavar="ENC",
        help="the inputs' encoding (latin-1, cp1251, utf-16, ...; default UTF-8, or UTF-16 "
        "after a byte-order mark)",
    )
    common.add_argument(
        "--keep-going",
        action="store_true",
        help="after a compressed file that breaks off, go on with the next file",
    )
    # options that `convert` and `repair` share: one definition, so their help cannot drift
    strict = _Parser(add_help=False)
    strict.add_argument(
        "--strict", action="store_true", help="stop at the first format error (exit status 1)"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    convert = commands.add_parser(
        "convert",
        parents=[common, strict],
        help="articles as JSON Lines, CSV or Parquet",
        description="Write one record per article: JSON Lines (default), CSV or Parquet.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    convert.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        help="output file (default stdout): .jsonl, .csv, .parquet (text formats may end in "
        ".gz/.bz2/.xz); a file is replaced atomically, a device or FIFO written directly",
    )
    convert.add_argument(
        "-f",
        "--format",
        choices=FORMATS,
        help="output format (default: from OUT's suffix; jsonl on stdout)",
    )
    convert.add_argument(
        "--no-repair", action="store_true", help="keep every body line as its own paragraph"
    )
    convert.add_argument(
        "--fail-on-error",
        action="store_true",
        help="exit status 1 when any record has an error-severity problem",
    )

    check = commands.add_parser(
        "check",
        parents=[common],
        help="list problems as path:line:col: CODE message",
        description="Lint dumps: one line per kind of problem in each record, then a summary; "
        "exit status 1 when any problem has error severity.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    check.add_argument(
        "--severity",
        choices=SEVERITIES,
        default="info",
        help="list problems of this severity or worse (default info: all); "
        "the summary and exit status count all",
    )
    check.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="text (default) or json: one JSON object per problem, no summary",
    )
    check.add_argument(
        "--no-repair", action="store_true", help="skip the line repair (and its problems)"
    )

    repair = commands.add_parser(
        "repair",
        parents=[common, strict],
        help="rewrite dumps in the canonical layout, bodies repaired",
        description="Write each input file, repaired, to the same relative path under DIR.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    repair.add_argument("-o", "--output", metavar="DIR", help="output directory (- for stdout)")
    repair.add_argument(
        "--in-place", action="store_true", help="replace each input file (atomically)"
    )

    stats = commands.add_parser(
        "stats",
        parents=[common],
        help="records by outlet and month, repairs by kind, problems by code",
        description="Count records by outlet and month, repairs by kind, problems by code.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    stats.add_argument("--json", action="store_true", help="print the counts as JSON")
    return parser


_HANDLERS: Final[dict[str, Callable[[argparse.Namespace, list[Input], Progress], int]]] = {
    "convert": cmd_convert,
    "check": cmd_check,
    "repair": cmd_repair,
    "stats": cmd_stats,
}


def _error(message: str) -> None:
    _warn(f"error: {message}")


def _oserror(exc: OSError) -> str:
    where = exc.filename if exc.filename is not None else None
    what = exc.strerror or str(exc)
    return f"{where}: {what}" if where else what


def _command_first(args: list[str]) -> list[str]:
    """``args`` with the command first: ``newsdump PATH...`` is ``convert``; a first word that
    is no path but close to a command (``conver``) is a user error that names the command."""
    if not args or args[0] in (*COMMANDS, "-h", "--help", "--version"):
        return args
    word = args[0]
    looks_like_a_path = (
        word.startswith("-") or os.path.lexists(word) or glob.has_magic(word) or "." in word
    )
    if not looks_like_a_path and os.sep not in word:
        close = difflib.get_close_matches(word, COMMANDS, n=1)
        hint = f"did you mean '{close[0]}'?" if close else f"commands: {', '.join(COMMANDS)}"
        raise UsageError(f"{word}: no such command or file ({hint})")
    return ["convert", *args]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command with ``argv`` (default ``sys.argv[1:]``); return the exit status."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    return _status(lambda: _command(args_list))


def _command(args_list: list[str]) -> int:
    parser = build_parser()
    if not args_list:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        args = parser.parse_args(_command_first(args_list))
    except SystemExit as exc:  # --help, --version
        return exc.code if isinstance(exc.code, int) else EXIT_OK
    inputs = expand(args.paths)
    progress = Progress(inputs, quiet=args.quiet)
    try:
        return _HANDLERS[args.command](args, inputs, progress)
    finally:
        progress.close()  # the bar's line is cleared before any error is said


def _status(run: Callable[[], int]) -> int:
    """``run()``'s exit status; what it raised, said in one line on stderr, as a status."""
    try:
        return run()
    except UsageError as exc:
        _error(str(exc))
        return EXIT_USAGE
    except DumpError as exc:
        where = f"{exc.path or '<stdin>'}:{exc.line}:{exc.column}"
        _error(f"{where}: {exc.code} {exc.msg} (record {exc.record}; --strict)")
        return EXIT_FAILED
    except BrokenPipeError:  # the reader went away (`| head`): silent, like GNU tools
        return EXIT_PIPE
    except SourceError as exc:
        _error(_oserror(exc))
        return EXIT_USAGE
    except ImportError as exc:  # an optional extra is missing
        _error(str(exc))
        return EXIT_USAGE
    except OSError as exc:
        _error(_oserror(exc))
        return EXIT_USAGE
    except KeyboardInterrupt:
        _error("interrupted")
        return EXIT_SIGNALS["SIGINT"]
    except Interrupted as exc:
        _error("hangup" if exc.signum == getattr(signal, "SIGHUP", None) else "terminated")
        return 128 + exc.signum


def _stop_signals() -> list[signal.Signals]:
    return [getattr(signal, name) for name in EXIT_SIGNALS if hasattr(signal, name)]


def _on_signal(signum: int, frame: object) -> None:
    """The first SIGINT, SIGTERM or SIGHUP stops the run; the clean-up it starts (workers,
    temporary files) is bounded and must not be cut short, so the next ones are ignored."""
    for sig in _stop_signals():
        signal.signal(sig, signal.SIG_IGN)
    if signum == signal.SIGINT:
        raise KeyboardInterrupt
    raise Interrupted(signum)


def run(argv: Sequence[str] | None = None) -> int:
    """The process entry point: `main`, plus signal clean-up and a quiet closed pipe."""
    for sig in _stop_signals():
        signal.signal(sig, _on_signal)
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is not None:
        reconfigure(encoding="utf-8", newline="\n")
    code = main(argv)
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        if code == EXIT_OK:
            code = EXIT_PIPE
    except (OSError, ValueError):
        pass
    if code == EXIT_PIPE:
        # Point stdout at /dev/null so the interpreter's own flush at exit cannot fail again.
        with contextlib.suppress(OSError, ValueError, AttributeError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    if code in (*EXIT_SIGNALS.values(), EXIT_PIPE):
        # Stopped early: the run's own clean-up is done (workers ended, temporary files gone),
        # but the interpreter's exit would still join the process pool's threads, which a
        # worker killed in mid-message can leave waiting.  Nothing else is left to do: end now.
        with contextlib.suppress(OSError, ValueError):
            sys.stderr.flush()
        os._exit(code)
    return code


__all__ = [
    "Input",
    "UsageError",
    "build_parser",
    "expand",
    "main",
    "not_text",
    "open_input",
    "output_file",
    "read_input",
    "run",
    "run_files",
]
