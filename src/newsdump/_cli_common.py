"""What every part of the ``newsdump`` command shares: exit statuses, the user-error and
signal exceptions, one-line warnings, the read options and the per-file tally."""

from __future__ import annotations

import contextlib
import sys
from collections import Counter
from typing import IO, Final

import attrs

from ._model import Article
from ._noise import noise_summary

PROG: Final = "newsdump"
COMMANDS: Final = ("convert", "check", "repair", "stats")
FORMATS: Final = ("jsonl", "csv", "parquet")
SEVERITIES: Final = ("error", "warning", "info")  # most severe first

EXIT_OK: Final = 0
EXIT_FAILED: Final = 1
EXIT_USAGE: Final = 2
EXIT_PIPE: Final = 141  # 128 + SIGPIPE: what a shell reports for a GNU tool whose reader left
EXIT_SIGNALS: Final = {"SIGHUP": 129, "SIGINT": 130, "SIGTERM": 143}  # 128 + signal number


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
    noise: Counter[str] = attrs.Factory(Counter)
    """Noise blocks by the rule that set each aside."""
    noise_kept: bool = attrs.field(default=False, metadata={"count": False})
    """Whether the output keeps the noise blocks' text (``--keep-noise``, ``repair``): how
    the summary words them.  Set on the total, not counted."""

    def article(self, article: Article) -> None:
        self.articles += 1
        self.problems += len(article.problems)
        self.errors += sum(1 for p in article.problems if p.severity == "error")
        self.repairs += sum(1 for e in article.repairs if e.applied)
        self.noise.update(b.rule or "noise" for b in article.blocks if b.kind == "noise")

    def add(self, other: Tally) -> None:
        for field in attrs.fields(Tally):
            if field.metadata.get("count", True):
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
        noise = noise_summary(self.noise, kept=self.noise_kept)
        return (
            f"{_plural(self.articles, 'article')} from {files}, {problems}, "
            f"{_plural(self.repairs, 'repair')}{', ' + noise if noise else ''}; "
            f"{size} in {seconds:.1f} s, {rate}"
        )


@attrs.define
class FileReport:
    """What became of one input besides its articles."""

    tally: Tally = attrs.Factory(Tally)
    skipped: str | None = None
    """Why the file was not read (it is not text)."""
    fault: str | None = None
    """Where and why a compressed file broke off (its records before that point were read)."""
    markup: bool = False
    """The file opens as an HTML page or fragment: read as text all the same, and said."""


def _isatty(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
