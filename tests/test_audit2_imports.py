"""`import newsdump`, and parsing, reading, repairing and writing with it, load none of the
optional or test-only packages (bs4, hypothesis, pandas, pyarrow, dask): checked in a fresh
interpreter, on the package under test (a vendored copy too)."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.target import ROOT, newsdump

CODE = """
import io, sys
import {name} as nd
loaded_by_import = sorted(m for m in sys.modules if m.split(".")[0] in HEAVY)
text = " date 2024-02-11 Fjord\\nFerja går igjen\\nRuta er åpen.\\nDen første båten\\ngikk i natt."
[a] = nd.parse(text)
assert [x.title for x in nd.read(io.BytesIO(text.encode()))] == [a.title]
nd.explain(["Den første båten", "gikk i natt."])
nd.parse(nd.dumps(a))
print(loaded_by_import, sorted(m for m in sys.modules if m.split(".")[0] in HEAVY))
"""
HEAVY = ("bs4", "hypothesis", "pandas", "pyarrow", "dask", "lxml", "trafilatura")


def test_no_optional_package_is_loaded() -> None:
    code = f"HEAVY = {HEAVY!r}\n" + CODE.format(name=newsdump.__name__)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[] []"
