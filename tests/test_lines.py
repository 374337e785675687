"""Reading bytes into lines: the decoding problems survive a second copy of the package.

UTF-8 decoding notes where it replaced bad bytes through a codec error handler, which Python
registers process-wide by name.  A copy of newsdump vendored into another package
(docs/vendoring.md) runs in the same process as the installed one; each keeps its own handler.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

from tests.target import _NAME, newsdump

SCRIPT = textwrap.dedent(
    """
    import importlib, io, sys

    BAD = b" date 2023-02-07 Example\\nA title \\xff\\xfe here\\n14:00 GMT 07.02.2023\\nBody."

    def check(nd):
        [a] = nd.read(io.BytesIO(BAD))
        bad = [(p.code, p.line, p.column) for p in a.problems if p.severity == "error"]
        assert bad == [("invalid-utf8", 2, 9), ("invalid-utf8", 2, 10)], (nd.__name__, bad)
        try:
            list(nd.read(io.BytesIO(BAD), strict=True))
        except nd.DumpError as err:
            assert (err.code, err.line, err.column) == ("invalid-utf8", 2, 9), err
        else:
            raise AssertionError(nd.__name__ + ": strict mode raised nothing")

    one = importlib.import_module(sys.argv[1])
    other = importlib.import_module(sys.argv[2])
    check(one)    # the first copy to decode registers its handler
    check(other)  # the second registers its own
    check(one)    # and the first must still see its bad bytes
    check(other)
    print("ok")
    """
)


def test_a_vendored_copy_in_the_same_process_keeps_both_reporting_bad_bytes(
    tmp_path: Path,
) -> None:
    package = Path(newsdump.__file__).parent
    home = package.parents[_NAME.count(".")]  # the folder that `import <_NAME>` searches
    vendor = tmp_path / "myscraper" / "_vendor"
    vendor.mkdir(parents=True)
    (vendor.parent / "__init__.py").write_text("")
    (vendor / "__init__.py").write_text("")
    # a vendored copy is the .py files (docs/vendoring.md), also of a compiled installation
    skip = shutil.ignore_patterns("__pycache__", "*.so", "*.pyd")
    shutil.copytree(package, vendor / "newsdump", ignore=skip)
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(tmp_path), str(home)])
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    for order in ([_NAME, "myscraper._vendor.newsdump"], ["myscraper._vendor.newsdump", _NAME]):
        proc = subprocess.run(
            [sys.executable, "-c", SCRIPT, *order],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert proc.returncode == 0, proc.stderr
        assert proc.stdout.strip() == "ok"


def test_bad_bytes_are_reported_where_they_stand() -> None:
    import io

    [a] = newsdump.read(io.BytesIO(b" date 2023-02-07 Example\nT\xc3\nx \xe2\x82 y\n"))
    found = [(p.code, p.line, p.column, p.message) for p in a.problems if p.severity == "error"]
    assert found == [
        ("invalid-utf8", 2, 2, "invalid utf-8 bytes b'\\xc3'"),
        ("invalid-utf8", 3, 3, "invalid utf-8 bytes b'\\xe2\\x82'"),
    ]
