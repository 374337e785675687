"""The ``newsdump`` command: ``convert``, ``check``, ``repair`` and ``stats`` (docs/cli.md).

`main` is the command as a function (arguments in, exit status out, output on `sys.stdout`),
for tests and doctests; `run` is the process entry point (console script and
``python -m newsdump``), which adds signal handling and the broken-pipe clean-up.

Exit status: 0 success; 1 the data failed (``check`` found an error-severity problem,
``--strict`` met a format error); 2 a user error (bad option, missing or unreadable file,
output that cannot be written, broken pipe), always as one line on stderr, never a traceback;
130/143 interrupted by SIGINT/SIGTERM.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import glob
import json
import os
import signal
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import IO, Any, Final, TextIO, TypeVar, cast

import attrs

from ._errors import DumpError
from ._export import COLUMNS, atomic_path, csv_row, outlet_of, to_row, write_parquet_rows
from ._model import Article
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
EXIT_SIGINT: Final = 130  # 128 + SIGINT, the shell convention
EXIT_SIGTERM: Final = 143  # 128 + SIGTERM

PROGRESS_DELAY: Final = 1.0
"""Seconds before the progress bar appears: shorter runs finish without one."""

AHEAD_PER_JOB: Final = 2
"""Files submitted to the pool per worker beyond the one being written: enough to keep every
worker busy while the main process writes results in order, few enough that results waiting
for an earlier, slower file stay bounded (at most ``jobs * (1 + AHEAD_PER_JOB)`` files)."""


class UsageError(Exception):
    """A user error: reported as one line, exit status 2."""


class Interrupted(BaseException):
    """SIGTERM or SIGHUP arrived; raised from the signal handler so clean-up runs."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


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


def _files_under(root: Path) -> Iterator[Path]:
    """The dump files below ``root``, exactly those `read` takes from a directory."""
    try:
        yield from dump_files(root)
    except SourceError as exc:
        raise UsageError(f"{root}: cannot list directory: {exc.strerror}") from exc


def _expand_one(arg: str) -> list[Input]:
    if arg == "-":
        return [Input("-", "stdin")]
    path = Path(arg)
    if path.is_dir():
        return [Input(str(f), str(f.relative_to(path))) for f in _files_under(path)]
    if path.exists():
        return [Input(arg, path.name)]
    if glob.has_magic(arg):
        found: list[Input] = []
        for match in sorted(glob.glob(arg, recursive=True)):
            found.extend(_expand_one(match) if Path(match).is_dir() else [Input(match, match)])
        if not found:
            raise UsageError(f"{arg}: no file matches")
        base = os.path.commonpath([os.path.dirname(i.path) or "." for i in found])
        return [attrs.evolve(i, name=os.path.relpath(i.path, base)) for i in found]
    raise UsageError(f"{arg}: no such file or directory")


def expand(args: Iterable[str]) -> list[Input]:
    """Files, directories (recursively, sorted), globs and ``-``, checked to be readable."""
    inputs = [i for arg in args for i in _expand_one(arg)]
    for i in inputs:
        if not i.is_stdin and not os.access(i.path, os.R_OK):
            raise UsageError(f"{i.path}: permission denied")
    return inputs


# --- running over files --------------------------------------------------------------------------


class Progress:
    """A tqdm bar on stderr, in bytes of input, shown only for runs longer than
    `PROGRESS_DELAY`, only on a terminal, never with ``--quiet``, never without tqdm."""

    def __init__(
        self, inputs: Sequence[Input], *, quiet: bool, stream: IO[str] | None = None
    ) -> None:
        self._stream = sys.stderr if stream is None else stream
        self._sizes = {i.path: _size(i) for i in inputs}
        self._bar: Any = None
        self._file_done = 0
        self._records = 0
        if quiet or not _isatty(self._stream):
            return
        try:
            from tqdm import tqdm
        except ImportError:  # the `cli` extra is not installed: no bar
            return
        self._bar = tqdm(
            total=sum(self._sizes.values()),
            unit="B",
            unit_scale=True,
            unit_divisor=1024,
            delay=PROGRESS_DELAY,
            file=self._stream,
            leave=False,
            dynamic_ncols=True,
            desc=PROG,
        )

    def record(self, item: Input, article: Article) -> None:
        """One record read (in the main process)."""
        if self._bar is None:
            return
        self._records += 1
        if article.source is not None and not item.path.lower().endswith(COMPRESSED_SUFFIXES):
            offset = min(article.source.offset, self._sizes.get(item.path, 0))
            self._bar.update(self._file_done + offset - self._bar.n)
        self._bar.set_postfix_str(f"{self._records} records", refresh=False)

    def file(self, item: Input, records: int | None = None) -> None:
        """One file finished (``records`` when it was read by a worker)."""
        if self._bar is None:
            return
        self._records += records or 0
        self._file_done += self._sizes.get(item.path, 0)
        self._bar.set_postfix_str(f"{self._records} records", refresh=False)
        self._bar.update(self._file_done - self._bar.n)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()


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


@attrs.frozen
class ReadOptions:
    strict: bool = False
    repair: bool = True


def _collect(
    payload: Callable[[Article], T], path: str, options: ReadOptions
) -> tuple[list[T], int]:
    """The pool task: every record of one file through ``payload``."""
    items = [payload(a) for a in read(path, strict=options.strict, repair=options.repair)]
    return items, len(items)


def _worker_init() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the main process handles Ctrl-C


def _stop_pool(pool: ProcessPoolExecutor) -> None:
    pool.shutdown(wait=False, cancel_futures=True)
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        with contextlib.suppress(Exception):
            process.terminate()


def run_files(
    inputs: Sequence[Input],
    payload: Callable[[Article], T],
    options: ReadOptions,
    *,
    jobs: int,
    progress: Progress,
) -> Iterator[T]:
    """``payload(article)`` for every record of every input, in input order.

    With ``jobs > 1`` the files are read by a process pool (stdin by this process), results are
    yielded in input order, so the output is identical to ``jobs == 1``.
    """
    pooled = [i for i in inputs if not i.is_stdin]
    workers = min(jobs, len(pooled))
    if workers <= 1:
        for item in inputs:
            source = "-" if item.is_stdin else item.path
            for article in read(source, strict=options.strict, repair=options.repair):
                progress.record(item, article)
                yield payload(article)
            progress.file(item)
        return
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_worker_init)
    try:
        pending: collections.deque[Future[tuple[list[T], int]]] = collections.deque()
        queue = iter(pooled)
        ahead = workers * (1 + AHEAD_PER_JOB)

        def fill() -> None:
            while len(pending) < ahead:
                nxt = next(queue, None)
                if nxt is None:
                    return
                pending.append(pool.submit(_collect, payload, nxt.path, options))

        fill()
        for item in inputs:
            if item.is_stdin:
                for article in read("-", strict=options.strict, repair=options.repair):
                    progress.record(item, article)
                    yield payload(article)
                progress.file(item)
                continue
            items, count = pending.popleft().result()
            fill()
            progress.file(item, count)
            yield from items
    except BaseException:
        _stop_pool(pool)
        raise
    pool.shutdown(wait=True)


# --- output --------------------------------------------------------------------------------------


@contextlib.contextmanager
def open_output(out: str | None, *, binary: bool, newline: str = "\n") -> Iterator[IO[Any]]:
    """The output stream: stdout for None or ``-``, else an atomically written file."""
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
    target = Path(out)
    if target.is_dir():
        raise UsageError(f"{out}: is a directory")
    if not target.parent.is_dir():
        raise UsageError(f"{out}: no such directory: {target.parent}")
    with atomic_path(target) as temp:
        if binary:
            with open(temp, "wb") as fp:
                yield fp
        else:
            with open(temp, "w", encoding="utf-8", newline=newline) as fp:
                yield fp


def _open_text(path: Path, mode: str, *, like: Path) -> TextIO:
    """A text file, compressed as ``like``'s suffix says (``.gz``, ``.bz2``, ``.xz``)."""
    import bz2
    import gzip
    import lzma

    suffix = like.suffix.lower()
    opener: Any = {".gz": gzip.open, ".bz2": bz2.open, ".xz": lzma.open}.get(suffix, open)
    return opener(path, mode, encoding="utf-8", newline="\n")  # type: ignore[no-any-return]


# --- convert -------------------------------------------------------------------------------------


def jsonl_line(article: Article) -> str:
    """One JSON Lines line (without the newline): `Article.to_dict` as compact UTF-8 JSON."""
    return json.dumps(article.to_dict(), ensure_ascii=False)


def _format_of(args: argparse.Namespace) -> str:
    if args.format is not None:
        return str(args.format)
    suffix = Path(args.output).suffix.lower() if args.output not in (None, "-") else ""
    return {".csv": "csv", ".parquet": "parquet", ".pq": "parquet"}.get(suffix, "jsonl")


def cmd_convert(args: argparse.Namespace, inputs: list[Input], progress: Progress) -> int:
    fmt = _format_of(args)
    options = ReadOptions(strict=args.strict, repair=not args.no_repair)
    jobs = args.jobs
    if fmt == "parquet":
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            raise UsageError(
                "Parquet output needs pyarrow: pip install 'newsdump[parquet]'"
            ) from None
        with open_output(args.output, binary=True) as fp:
            write_parquet_rows(run_files(inputs, to_row, options, jobs=jobs, progress=progress), fp)
        return EXIT_OK
    if fmt == "csv":
        import csv

        with open_output(args.output, binary=False, newline="") as fp:
            writer = csv.writer(fp)
            writer.writerow(COLUMNS)
            for row in run_files(inputs, csv_row, options, jobs=jobs, progress=progress):
                writer.writerow(row)
        return EXIT_OK
    with open_output(args.output, binary=False) as fp:
        for line in run_files(inputs, jsonl_line, options, jobs=jobs, progress=progress):
            fp.write(line + "\n")
    return EXIT_OK


# --- check ---------------------------------------------------------------------------------------


@attrs.frozen
class Checked:
    """What ``check`` keeps of one article: its diagnostics as (severity, code, text)."""

    diagnostics: tuple[tuple[str, str, str], ...]


def check_item(article: Article) -> Checked:
    path = (article.source.path if article.source else None) or "<stdin>"
    return Checked(
        tuple(
            (p.severity, p.code, f"{path}:{p.line}:{p.column}: {p.code} {p.message}")
            for p in article.problems
        )
    )


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


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


def cmd_check(args: argparse.Namespace, inputs: list[Input], progress: Progress) -> int:
    options = ReadOptions(repair=not args.no_repair)
    shown = set(SEVERITIES[: SEVERITIES.index(args.severity) + 1])
    records = 0
    by_code: collections.Counter[tuple[str, str]] = collections.Counter()
    severities: collections.Counter[str] = collections.Counter()
    disagreements = 0
    out = sys.stdout
    for checked in run_files(inputs, check_item, options, jobs=args.jobs, progress=progress):
        records += 1
        for severity, code, text in checked.diagnostics:
            by_code[code, severity] += 1
            severities[severity] += 1
            if severity in shown:
                out.write(text + "\n")
        if any(code == "date-disagrees" for _, code, _ in checked.diagnostics):
            disagreements += 1
    progress.close()
    total = sum(severities.values())
    counts = ", ".join(
        f"{severities[s]} info" if s == "info" else _plural(severities[s], s) for s in SEVERITIES
    )
    out.write(
        f"\nchecked {_plural(records, 'record')} in {_plural(len(inputs), 'file')}: "
        f"{_plural(total, 'problem')} ({counts})\n"
    )
    if by_code:
        rows = sorted(by_code.items(), key=lambda kv: (SEVERITIES.index(kv[0][1]), kv[0][0]))
        out.write(table(["code", "severity", "count"], [[c, s, n] for (c, s), n in rows]) + "\n")
    out.write(f"date disagreements: {_plural(disagreements, 'record')}\n")
    return EXIT_FAILED if severities["error"] else EXIT_OK


# --- repair --------------------------------------------------------------------------------------


def repair_file(source: str, target: str, options: ReadOptions) -> int:
    """Write the canonical layout of ``source`` (bodies repaired) to ``target``, atomically."""
    count = 0

    def counted() -> Iterator[Article]:
        nonlocal count
        for article in read(source, strict=options.strict, repair=True):
            count += 1
            yield article

    path = Path(target)
    with atomic_path(path) as temp, _open_text(temp, "wt", like=path) as fp:
        dump(counted(), fp)
    return count


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
    options = ReadOptions(strict=args.strict)
    if args.output == "-" and not args.in_place:
        with open_output(None, binary=False) as fp:
            articles = run_files(inputs, _same, options, jobs=args.jobs, progress=progress)
            dump(articles, cast(TextIO, fp))
        return EXIT_OK
    targets = _repair_targets(args, inputs)
    for _, target in targets:
        Path(target).parent.mkdir(parents=True, exist_ok=True)
    workers = min(args.jobs, len(targets))
    if workers <= 1:
        for item, target in targets:
            progress.file(item, repair_file(item.path, target, options))
        return EXIT_OK
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_worker_init)
    try:
        futures = [pool.submit(repair_file, i.path, t, options) for i, t in targets]
        for (item, _), future in zip(targets, futures, strict=True):
            progress.file(item, future.result())
    except BaseException:
        _stop_pool(pool)
        raise
    pool.shutdown(wait=True)
    return EXIT_OK


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
    options = ReadOptions()
    months: collections.Counter[tuple[str, str]] = collections.Counter()
    repairs: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    problems: collections.Counter[tuple[str, str]] = collections.Counter()
    records = 0
    for c in run_files(inputs, stats_item, options, jobs=args.jobs, progress=progress):
        records += 1
        months[c.outlet, c.month] += 1
        for kind, applied in c.repairs:
            repairs[kind][0 if applied else 1] += 1
        problems.update(c.problems)
    progress.close()
    month_rows = sorted(months.items())
    repair_rows = sorted(repairs.items())
    problem_rows = sorted(problems.items(), key=lambda kv: (SEVERITIES.index(kv[0][1]), kv[0][0]))
    out = sys.stdout
    if args.json:
        data = {
            "records": records,
            "files": len(inputs),
            "by_outlet_month": [
                {"outlet": o, "month": m, "records": n} for (o, m), n in month_rows
            ],
            "repairs_by_kind": [
                {"kind": k, "applied": a, "considered": c} for k, (a, c) in repair_rows
            ],
            "problems_by_code": [
                {"code": code, "severity": s, "count": n} for (code, s), n in problem_rows
            ],
        }
        out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return EXIT_OK
    out.write(f"{_plural(records, 'record')} in {_plural(len(inputs), 'file')}\n")
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
    return EXIT_OK


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


def build_parser() -> argparse.ArgumentParser:
    from . import __version__

    parser = _Parser(
        prog=PROG,
        description="Parse, check, repair and convert scraped news dumps (docs/cli.md).",
        epilog="'newsdump PATH...' with no command is 'newsdump convert PATH...'.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    common = _Parser(add_help=False)
    common.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="dump files (.gz/.bz2/.xz too), directories (read recursively), globs, - for stdin",
    )
    common.add_argument(
        "-j",
        "--jobs",
        type=_jobs,
        default=1,
        metavar="N",
        help="read files in N processes, output order unchanged (0: one per CPU; default 1)",
    )
    common.add_argument("-q", "--quiet", action="store_true", help="no progress bar on stderr")
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
    )
    convert.add_argument(
        "-o", "--output", metavar="OUT", help="output file, written atomically (default stdout)"
    )
    convert.add_argument(
        "-f",
        "--format",
        choices=FORMATS,
        help="output format (default: from OUT's suffix .csv/.parquet, else jsonl)",
    )
    convert.add_argument(
        "--no-repair", action="store_true", help="keep every body line as its own paragraph"
    )

    check = commands.add_parser(
        "check",
        parents=[common],
        help="list problems as path:line:col: CODE message",
        description="Lint dumps: one line per problem, then a summary; exit status 1 when any "
        "problem has error severity.",
    )
    check.add_argument(
        "--severity",
        choices=SEVERITIES,
        default="info",
        help="list problems of this severity or worse (default info: all); "
        "the summary and exit status count all",
    )
    check.add_argument(
        "--no-repair", action="store_true", help="skip the line repair (and its problems)"
    )

    repair = commands.add_parser(
        "repair",
        parents=[common, strict],
        help="rewrite dumps in the canonical layout, bodies repaired",
        description="Write each input file, repaired, to the same relative path under DIR.",
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
    with contextlib.suppress(OSError, ValueError):
        sys.stderr.write(f"{PROG}: error: {message}\n")
        sys.stderr.flush()


def _oserror(exc: OSError) -> str:
    where = exc.filename if exc.filename is not None else None
    what = exc.strerror or str(exc)
    return f"{where}: {what}" if where else what


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command with ``argv`` (default ``sys.argv[1:]``); return the exit status."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list and args_list[0] not in (*COMMANDS, "-h", "--help", "--version"):
        args_list.insert(0, "convert")  # 'newsdump PATH...' as before the subcommands
    parser = build_parser()
    progress: Progress | None = None
    try:
        try:
            args = parser.parse_args(args_list)
        except SystemExit as exc:  # --help, --version
            return exc.code if isinstance(exc.code, int) else EXIT_OK
        if args.command is None:
            parser.print_usage(sys.stderr)
            return EXIT_USAGE
        inputs = expand(args.paths)
        progress = Progress(inputs, quiet=args.quiet)
        return _HANDLERS[args.command](args, inputs, progress)
    except UsageError as exc:
        _error(str(exc))
        return EXIT_USAGE
    except DumpError as exc:
        where = f"{exc.path or '<stdin>'}:{exc.line}:{exc.column}"
        _error(f"{where}: {exc.code} {exc.msg} (record {exc.record}; --strict)")
        return EXIT_FAILED
    except BrokenPipeError:
        _error("output closed before the end (broken pipe)")
        return EXIT_USAGE
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
        return EXIT_SIGINT
    except Interrupted as exc:
        _error("terminated")
        return 128 + exc.signum
    finally:
        if progress is not None:
            progress.close()


def _on_signal(signum: int, frame: object) -> None:
    raise Interrupted(signum)


def run(argv: Sequence[str] | None = None) -> int:
    """The process entry point: `main`, plus SIGTERM/SIGHUP clean-up and a quiet broken pipe."""
    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), _on_signal)
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is not None:
        reconfigure(encoding="utf-8", newline="\n")
    code = main(argv)
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        if code != EXIT_USAGE:
            _error("output closed before the end (broken pipe)")
            code = EXIT_USAGE
        # Point stdout at /dev/null so the interpreter's own flush at exit cannot fail again.
        with contextlib.suppress(OSError, ValueError, AttributeError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    return code


__all__ = ["Input", "UsageError", "build_parser", "expand", "main", "run", "run_files"]
