"""``python -m newsdump PATH...``: print one JSON object per article (JSON Lines)."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence

from ._read import SourceError, read


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] in ("-h", "--help"):
        print("usage: python -m newsdump PATH... (files, directories or - for stdin)")
        return 0 if args else 2
    try:
        for path in args:
            for article in read(path):
                sys.stdout.write(json.dumps(article.to_dict(), ensure_ascii=False) + "\n")
    except SourceError as exc:
        print(f"newsdump: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
