"""Running a payload over every record of every input, in input order: in this process, or in
a process pool that a signal stops cleanly (workers ended, their temporary files removed)."""

from __future__ import annotations

import codecs
import collections
import contextlib
import os
import signal
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any, Final, Protocol, TypeVar

import attrs

from ._cli_common import (
    EXIT_SIGNALS,
    FileReport,
    ReadOptions,
    Tally,
)
from ._cli_inputs import (
    Input,
    _with_fault,
    looks_like_markup,
    not_text,
    open_input,
    read_input,
)
from ._cli_outputs import (
    _resolved,
    _temp_name,
)
from ._errors import DumpError
from ._model import Article
from ._paths import is_compressed
from ._spans import SPAN_BYTES, Span, read_span, spans, stream_spans

T = TypeVar("T")

AHEAD_PER_JOB: Final = 2
"""Tasks (files, or pieces of a big file) submitted to the pool per worker beyond the one being
written: enough to keep every worker busy while the main process writes results in order, few
enough that results waiting for an earlier, slower task stay bounded (at most
``jobs * (1 + AHEAD_PER_JOB)`` tasks)."""

STOP_GRACE: Final = 1.0
"""Seconds the workers get, after SIGTERM, to remove their temporary files before SIGKILL:
unwinding one record's work takes milliseconds; a user who pressed Ctrl-C waits no longer."""


class Reporter(Protocol):
    """What the runner and the commands tell the user about a run as it goes: the command's
    progress bar and summary (`newsdump._cli.Progress`) is one."""

    def advance(self, consumed: int, records: int = 1) -> None: ...

    def file(self, item: Input, tally: Tally, *, counted: bool = True) -> None: ...

    def warn(self, message: str) -> None: ...

    def close(self) -> None: ...

    def summary(self, tally: Tally, *, always: bool = False) -> None: ...


def _collect(
    payload: Callable[[Article], T], item: Input, options: ReadOptions
) -> tuple[list[T], FileReport]:
    """The pool task: every record of one file through ``payload``."""
    report = FileReport()
    items = [payload(a) for a in read_input(item, options, report)]
    return items, report


def _collect_span(
    payload: Callable[[Article], T], span: Span, options: ReadOptions, fault: str | None = None
) -> tuple[list[T], FileReport]:
    """The pool task for one piece of a big file: its records through ``payload``.  ``fault``:
    the compressed file broke off at the end of this piece, which its last record says (as
    `read_input` has it say)."""
    report = FileReport()
    items: list[T] = []
    last: Article | None = None
    for article in read_span(span, strict=options.strict, repair=options.repair):
        if last is not None:
            report.tally.article(last)
            items.append(payload(last))
        last = article
    if fault is not None:
        count = report.tally.articles + (last is not None)
        last = _with_fault(last, fault, strict=options.strict, records=count, path=span.path)
    if last is not None:
        report.tally.article(last)
        items.append(payload(last))
    return items, report


@attrs.frozen
class Task:
    """A file read whole (``span`` None), or one piece of it: ``stored`` bytes of the file as
    stored (compressed) read up to the piece's end, ``fault`` why a compressed file broke off
    there."""

    item: Input
    span: Span | None = None
    stored: int = 0
    fault: str | None = None


STREAM_MIN: Final = SPAN_BYTES // 4
"""Compressed bytes above which a compressed file is decompressed here and shared out in
pieces: text compresses about 4 to 1, so that much makes more than one piece."""


def _tasks(pooled: Sequence[Input], options: ReadOptions, jobs: int) -> Iterator[Task]:
    """What the pool reads, in input order: a UTF-8 text file bigger than a piece, when there
    are workers to share it, in pieces cut at record headers (a compressed one decompressed
    here, the pieces carrying their text); any other file whole."""
    for item in pooled:
        packed = is_compressed(item.path)
        if jobs < 2 or options.encoding is not None or _size(item) <= _piece(item):
            yield Task(item)
            continue
        if packed:
            yield from _stream_tasks(item, options)
            continue
        try:
            with open_input(item) as source:  # a binary file: its whole-file task skips it
                head = source.head()  # and a page's says so
                text = not_text(head, options.encoding) is None and not looks_like_markup(head)
            pieces = spans(source.name, SPAN_BYTES)
            first = next(pieces)
        except OSError:  # said by the whole-file task, in its turn
            text = False
        if not text:
            yield Task(item)
            continue
        yield Task(item, first, first.end)
        yield from (Task(item, span, span.end) for span in pieces)


def _stream_tasks(item: Input, options: ReadOptions) -> Iterator[Task]:
    """The pieces of a compressed file, decompressed here as the pool asks for them."""
    stack = contextlib.ExitStack()
    try:
        source = stack.enter_context(open_input(item))
    except OSError:  # said by the whole-file task, in its turn
        yield Task(item)
        return
    with stack:
        head = source.head()
        if (
            not_text(head, options.encoding) is not None
            or head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
            or looks_like_markup(head)
        ):
            yield Task(item)  # skipped, or read whole, by its own task
            return
        for span in stream_spans(source.name, source.read, SPAN_BYTES):
            fault = None
            if span.last and source.fault is not None:
                fault = (
                    f"compressed data breaks off at byte {source.consumed()} "
                    f"({source.delivered} bytes decompressed): {source.fault}"
                )
            yield Task(item, span, source.consumed(), fault)


def _piece(item: Input) -> int:
    """Stored bytes that make about one piece."""
    return STREAM_MIN if is_compressed(item.path) else SPAN_BYTES


def _size(item: Input) -> int:
    try:
        return os.path.getsize(item.path)
    except OSError:
        return 0


def _renumbered(exc: DumpError, before: int) -> DumpError:
    """A strict error from a piece, its record counted from the start of the file."""
    return DumpError(
        exc.msg,
        path=exc.path,
        record=exc.record + before,
        line=exc.line,
        column=exc.column,
        code=exc.code,
        text=exc.text,
    )


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
    try:
        # (inside the try: a SIGTERM landing as the handler is set, or as the default comes
        # back, unwinds here too, instead of reaching the pool as the task's traceback)
        signal.signal(signal.SIGTERM, _raise_stop)
        try:
            return task(*args, **kwargs)
        finally:
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
    except _WorkerStop:
        os._exit(EXIT_SIGNALS["SIGTERM"])  # no result to send: the main process is stopping


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
    # At exit, concurrent.futures wakes each pool's manager thread through a pipe that the
    # stopped pool may have closed already; Python 3.11 then prints an OSError traceback
    # (later versions check first). A wakeup of a stopped pool has nothing left to wake.
    wakeup = getattr(pool, "_executor_manager_thread_wakeup", None)
    if wakeup is not None:
        _wake = wakeup.wakeup

        def _wake_quietly() -> None:
            with contextlib.suppress(OSError):
                _wake()

        with contextlib.suppress(Exception):
            wakeup.wakeup = _wake_quietly
    for target in written:
        for process in processes:
            if process.pid is not None:
                with contextlib.suppress(OSError):
                    _temp_name(_resolved(target), process.pid).unlink()


def _report(item: Input, report: FileReport, keep_going: bool, progress: Reporter) -> bool:
    """Say what `read_input` noticed besides articles; whether to go on to the next file."""
    name = "<stdin>" if item.is_stdin else item.path  # as `check` and a fault name it
    if report.skipped is not None:
        why = report.skipped  # it names the --encoding when it can tell which
        hint = "" if "--encoding" in why else " (--encoding if it is text)"
        progress.warn(f"warning: {name}: skipped, {why}{hint}")
    if report.markup:
        progress.warn(
            f"warning: {name}: looks like HTML, not a dump; read as text all the same "
            "(newsdump.from_html reads a page)"
        )
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
    progress: Reporter,
    tally: Tally | None = None,
) -> Iterator[T]:
    """``payload(article)`` for every record of every input, in input order; ``tally`` adds
    up what was read.  A file that is not text is skipped with a warning; a compressed file
    that breaks off ends the run after its records, unless ``options.keep_going``.

    With ``jobs > 1`` the files are read by a process pool (stdin by this process), a big file
    in pieces cut at record headers (`newsdump._spans`); results are yielded in input order,
    so the output is identical to ``jobs == 1``.
    """
    total = Tally() if tally is None else tally
    pooled = [i for i in inputs if not i.is_stdin]
    big = sum(-(-_size(i) // _piece(i)) for i in pooled) if options.encoding is None else 0
    workers = min(jobs, max(len(pooled), big))
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
        queue = _tasks(pooled, options, workers)
        ahead = workers * (1 + AHEAD_PER_JOB)

        def fill() -> None:
            while len(pending) < ahead:
                nxt = next(queue, None)
                if nxt is None:
                    return
                if nxt.span is None:
                    task = pool.submit(_in_worker, _collect, payload, nxt.item, options)
                else:
                    task = pool.submit(
                        _in_worker, _collect_span, payload, nxt.span, options, nxt.fault
                    )
                pending.append(task)
                spans_of.append(nxt)

        spans_of: collections.deque[Task] = collections.deque()
        fill()
        for item in inputs:
            if item.is_stdin:
                report = FileReport()
                for article in read_input(item, options, report, progress.advance):
                    yield payload(article)
                counted = True
            else:
                report, counted = FileReport(), False
                while True:  # the file's task, or its pieces in order
                    future, done = pending.popleft(), spans_of.popleft()
                    try:
                        items, part = future.result()
                    except DumpError as exc:
                        if not report.tally.articles:
                            raise
                        raise _renumbered(exc, report.tally.articles) from exc
                    fill()
                    yield from items
                    if done.span is None:
                        report = part
                        break
                    report.tally.add(part.tally)
                    counted = True
                    progress.advance(done.stored, len(items))
                    if done.span.last:
                        report.tally.files += 1
                        report.tally.bytes = done.stored
                        if done.fault is not None:
                            report.fault = f"{item.path}: {done.fault}"
                            report.tally.faults += 1
                        break
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
