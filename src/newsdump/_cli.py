"""The ``newsdump`` command: ``convert``, ``check``, ``repair`` and ``stats`` (docs/cli.md).

`main` is the command as a function (arguments in, exit status out, output on `sys.stdout`),
for tests and doctests; `run` is the process entry point (console script and
``python -m newsdump``), which adds signal handling and the closed-pipe clean-up.

Exit status: 0 success; 1 the data failed (``check`` found an error-severity problem,
``--strict`` met a format error, a compressed input broke off, ``convert --fail-on-error`` met
an error); 2 a user error (bad option, missing or unreadable file, output that cannot be
written), always as one line on stderr, never a traceback; 129/130/143 stopped by
SIGHUP/SIGINT/SIGTERM; 141 the reader of the output went away (``| head``).

This module holds the entry point, the exit statuses of errors and signals, and the progress
bar; the rest is in modules named for their job, each importing only those before it:
`_cli_common` (exit codes, tally) → `_cli_inputs` (expand, open, sniff, read) →
`_cli_outputs` (safe writing, formats) → `_cli_runner` (in order, in a pool) →
`_cli_commands` (convert, check, repair, stats); `_cli_args` is the argument parser.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import sys
import time
from collections.abc import Callable, Sequence
from typing import IO, Any, Final

from ._cli_args import _command_first, build_parser
from ._cli_commands import cmd_check, cmd_convert, cmd_repair, cmd_stats
from ._cli_common import (
    EXIT_FAILED,
    EXIT_OK,
    EXIT_PIPE,
    EXIT_SIGNALS,
    EXIT_USAGE,
    PROG,
    Interrupted,
    ReadOptions,
    Tally,
    UsageError,
    _isatty,
    _warn,
)
from ._cli_inputs import Input, expand, not_text, open_input, read_input
from ._cli_outputs import jsonl_line, output_file
from ._cli_runner import Reporter, run_files
from ._errors import DumpError
from ._export import outlet_of
from ._paths import SourceError

PROGRESS_DELAY: Final = 1.0
"""Seconds before the progress bar appears: shorter runs finish without one."""


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


def _size(item: Input) -> int:
    if item.is_stdin:
        return 0
    try:
        return os.path.getsize(item.path)
    except OSError:
        return 0


_HANDLERS: Final[dict[str, Callable[[argparse.Namespace, list[Input], Reporter], int]]] = {
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
    "Progress",
    "ReadOptions",
    "Tally",
    "UsageError",
    "build_parser",
    "expand",
    "jsonl_line",
    "main",
    "not_text",
    "open_input",
    "outlet_of",
    "output_file",
    "read_input",
    "run",
    "run_files",
]
