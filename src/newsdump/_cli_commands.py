"""The four commands, ``convert``, ``check``, ``repair`` and ``stats``: each reads its inputs
through the runner and writes its output and summary."""

from __future__ import annotations

import argparse
import collections
import contextlib
import functools
import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import TextIO, TypeVar, cast

import attrs

from ._cli_common import (
    EXIT_FAILED,
    EXIT_OK,
    SEVERITIES,
    FileReport,
    ReadOptions,
    Tally,
    UsageError,
    _plural,
)
from ._cli_inputs import Input, read_input
from ._cli_outputs import (
    jsonl_line,
    open_output,
    output_file,
    output_format,
    text_output,
)
from ._cli_runner import Reporter, _in_worker, _report, _stop_pool, _worker_init, run_files
from ._export import COLUMNS, csv_row, outlet_of, to_row, write_parquet_rows
from ._model import Article, Problem
from ._writer import dump

_T = TypeVar("_T")


def cmd_convert(args: argparse.Namespace, inputs: list[Input], progress: Reporter) -> int:
    fmt = output_format(args.output, args.format)
    _not_an_input(args.output, inputs)
    options = _read_options(args)
    jobs = args.jobs
    tally = Tally(noise_kept=args.keep_noise)
    keep = args.keep_noise

    def run(convert: Callable[..., _T]) -> Iterator[_T]:
        # (a partial object of a module function goes to the worker processes)
        converted = functools.partial(convert, keep_noise=keep)
        return run_files(inputs, converted, options, jobs=jobs, progress=progress, tally=tally)

    if fmt == "parquet":
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            raise UsageError(
                "Parquet output needs pyarrow: pip install 'newsdump[parquet]'"
            ) from None
        with open_output(args.output, binary=True) as fp:
            rows = run(to_row)
            write_parquet_rows(rows, fp)
    elif fmt == "csv":
        import csv

        with open_output(args.output, binary=False, newline="") as fp:
            writer = csv.writer(fp)
            writer.writerow(COLUMNS)
            for row in run(csv_row):
                writer.writerow(row)
    else:
        with open_output(args.output, binary=False) as fp:
            lines = run(jsonl_line)
            for line in lines:
                fp.write(line + "\n")
    return _finish(progress, tally, fail_on_error=args.fail_on_error)


def _not_an_input(output: str | None, inputs: list[Input]) -> None:
    """Refuse an ``-o`` that is one of the inputs (by any path): the output would replace the
    dump it is read from, as ``repair`` refuses without ``--in-place``."""
    if output is None or output == "-" or not os.path.isfile(output):
        return
    for i in inputs:
        if not i.is_stdin and os.path.samefile(output, i.path):
            raise UsageError(f"{output}: is also an input ({i.path}); write to another file")


def _finish(progress: Reporter, tally: Tally, *, fail_on_error: bool = False) -> int:
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


def cmd_check(args: argparse.Namespace, inputs: list[Input], progress: Reporter) -> int:
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
        for i in inputs:  # a FIFO or a device has no place to put a repaired copy back
            if not os.path.isfile(i.path):
                raise UsageError(f"{i.path}: not a regular file; --in-place replaces files")
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


def cmd_repair(args: argparse.Namespace, inputs: list[Input], progress: Reporter) -> int:
    options = _read_options(args)
    tally = Tally(noise_kept=True)  # the canonical layout writes every block
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


def cmd_stats(args: argparse.Namespace, inputs: list[Input], progress: Reporter) -> int:
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
    noise_rows = sorted(tally.noise.items(), key=lambda kv: (-kv[1], kv[0]))
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
            "noise_by_rule": [{"rule": r, "blocks": n} for r, n in noise_rows],
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
    if noise_rows:  # page junk set aside (left out of the text), by the rule that did it
        out.write("\nnoise blocks by rule\n")
        out.write(table(["rule", "blocks"], [[r, n] for r, n in noise_rows]) + "\n")
    return status
