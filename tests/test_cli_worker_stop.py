"""A pool worker stopped by SIGTERM ends quietly, whenever the signal lands."""

from __future__ import annotations

import signal
from collections.abc import Callable
from typing import Any, NoReturn

import pytest

from tests.target import private

runner = private("_cli_runner")


def test_a_sigterm_landing_as_the_worker_sets_its_handler_ends_the_worker(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # CI once saw the signal land inside `signal.signal` itself, before the task's `try`: the
    # stop reached the pool as the task's exception and the worker printed a traceback
    real = signal.signal
    before = signal.getsignal(signal.SIGTERM)

    def landing(signum: int, handler: Any) -> Any:
        old = real(signum, handler)
        if handler is runner._raise_stop:
            raise runner._WorkerStop  # the signal arrives the moment the handler is set
        return old

    exits: list[int] = []

    def exit_(code: int) -> NoReturn:
        exits.append(code)
        raise SystemExit(code)

    task: Callable[[], int] = lambda: 1  # noqa: E731
    monkeypatch.setattr(signal, "signal", landing)
    monkeypatch.setattr(runner.os, "_exit", exit_)
    try:
        with pytest.raises(SystemExit):
            runner._in_worker(task)
    finally:
        real(signal.SIGTERM, before)
    assert exits == [runner.EXIT_SIGNALS["SIGTERM"]]
