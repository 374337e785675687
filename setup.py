"""Build script.  Plain ``pip install .`` builds the pure-Python package, as pyproject.toml says.

``NEWSDUMP_COMPILE=1 pip install .`` also compiles the hot modules with mypyc (the same ``.py``
files, which stay the source of truth, what the wheel also ships and what vendoring copies).
When mypyc or a C compiler is missing, or compiling fails, the build goes on pure Python and says
so in one line (``pip install -v`` shows it); ``newsdump.__build__`` tells which build runs.
The in-tree backend (build_backend/newsdump_backend.py) adds mypy and the packages it must see
to the build requirements only when the switch is on.
"""

from __future__ import annotations

import os
import shutil
import sys
import sysconfig
from typing import Any

from setuptools import setup
from setuptools.command.build_ext import build_ext

SWITCH = "NEWSDUMP_COMPILE"

# The hot path of `parse`: records, lines, header, layout, the repair stages and the
# article/fields/body builders.  Compiled code differs from the pure modules in one way the
# source must avoid: `==` between two values typed as one `@attrs.frozen` class is an identity
# test there (mypyc knows only `@attr.s`'s `__eq__`); tests/test_fast_s9_compiled.py finds any.
# Left interpreted:
# - _model and _timestamp_values (the stamp's attrs classes, split out of _timestamp_reader so
#   that the reader compiles): mypyc rejects the `attrs.field(...)` default of a typed field of
#   such a class on import ("int object expected; got _CountingAttr");
# - _repair_weights (mypyc's handling of its `Final` tables fails on import);
# - _parse, the entry point: compiled, it would reject a `bytes` or `Path` argument with mypyc's
#   "str object expected" before its own message says to decode or to use `read`, and its
#   warning's stacklevel would point elsewhere (compiled code has no frames); its work is per
#   record, not per line;
# - _lazyre (it tells compiled callers by their frames, see there);
# - what is not on the hot path (reader, writer, exports, CLI, HTML, strategies, dask), so that
#   a compiled build changes nothing a user can see there.
COMPILED_MODULES = (
    "_article",
    "_body",
    "_fields",
    "_header",
    "_layout",
    "_language",
    "_lines",
    "_problems",
    "_records",
    "_repair",
    "_repair_apart",
    "_repair_aside",
    "_repair_between",
    "_repair_bounds",
    "_repair_boxes",
    "_repair_bullets",
    "_repair_bylines",
    "_repair_captions",
    "_repair_chrome_lines",
    "_repair_comments",
    "_repair_contacts",
    "_repair_contents",
    "_repair_context",
    "_repair_credits",
    "_repair_dated",
    "_repair_edges",
    "_repair_evidence",
    "_repair_features",
    "_repair_furnished",
    "_repair_furniture",
    "_repair_glued",
    "_repair_head",
    "_repair_heading",
    "_repair_inside",
    "_repair_junk",
    "_repair_labels",
    "_repair_layout",
    "_repair_marks",
    "_repair_model",
    "_repair_pictured",
    "_repair_recipe_card",
    "_repair_refrain",
    "_repair_registry",
    "_repair_replay",
    "_repair_rules",
    "_repair_runs",
    "_repair_screens",
    "_repair_short_lists",
    "_repair_tail_between",
    "_repair_tail_lists",
    "_repair_tail_runs",
    "_repair_tail_signs",
    "_repair_tail_trim",
    "_repair_tail_words",
    "_repair_teaser_links",
    "_repair_teasers",
    "_text",
    "_timestamp_reader",
    "_timestamp_shapes",
    "_timestamp_tokens",
    "_timestamp_words",
    "_timestamps",
)

# The setup.py commands that build code; setuptools also runs setup.py for metadata (egg_info,
# dist_info) and to ask for build requirements, where running mypy would only cost time.
BUILD_COMMANDS = frozenset(
    {"build", "build_ext", "bdist_wheel", "editable_wheel", "develop", "install"}
)


def _note(message: str) -> None:
    print(f"newsdump: {message}", file=sys.stderr)


def compile_requested() -> bool:
    return os.environ.get(SWITCH, "").strip().lower() in {"1", "true", "yes", "on"}


def _has_c_compiler() -> bool:
    cc = os.environ.get("CC") or sysconfig.get_config_var("CC") or "cc"
    return shutil.which(cc.split()[0]) is not None


def _ext_modules() -> list[Any]:
    if not compile_requested() or not BUILD_COMMANDS & set(sys.argv[1:]):
        return []
    if not _has_c_compiler():
        _note(f"{SWITCH} is set but no C compiler was found: building pure Python")
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        _note(f"{SWITCH} is set but mypy (mypyc) is not installed: building pure Python")
        return []
    try:
        return list(
            mypycify(
                [f"src/newsdump/{name}.py" for name in COMPILED_MODULES],
                opt_level="3",
                debug_level="0",
            )
        )
    except BaseException as exc:  # mypyc exits through SystemExit on a type error
        _note(f"mypyc could not compile newsdump ({exc!r}): building pure Python")
        return []


class FallbackBuildExt(build_ext):
    """Compiles the extensions; when the C compiler fails, drops what it built and goes on, so
    that the wheel holds the pure-Python package (its `.py` files are in it either way; the
    wheel keeps the platform tag, decided before the build)."""

    def run(self) -> None:
        try:
            super().run()
        except Exception as exc:
            # one line: the compiler's own output is above it in the build log
            _note(f"the C compiler failed ({type(exc).__name__}): building pure Python")
            for path in self.get_outputs():
                if os.path.exists(path):
                    os.remove(path)
            self.extensions = []


setup(ext_modules=_ext_modules(), cmdclass={"build_ext": FallbackBuildExt})
