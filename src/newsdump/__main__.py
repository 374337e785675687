"""``python -m newsdump``: the ``newsdump`` command (see docs/cli.md and `newsdump._cli`)."""

from __future__ import annotations

import sys

from ._cli import run as main

__all__ = ["main"]

if __name__ == "__main__":
    sys.exit(main())
