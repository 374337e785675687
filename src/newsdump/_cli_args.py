"""The command line: the argument parser, its help and examples, and ``newsdump PATH...``
read as ``newsdump convert PATH...``."""

from __future__ import annotations

import argparse
import codecs
import difflib
import glob
import os
from typing import Any, Final

from ._cli_common import (
    COMMANDS,
    FORMATS,
    PROG,
    SEVERITIES,
    UsageError,
)

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
        help="read files in N processes, a big file in pieces; output order unchanged "
        "(0: one per CPU; default 1)",
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
        "--keep-noise",
        action="store_true",
        help="keep page junk (noise blocks) in the text: JSON Lines 'text', the 'paragraphs' "
        "column (the 'noise' column and the blocks name each block's rule either way)",
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
