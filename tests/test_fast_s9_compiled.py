"""The compiled build gives the pure build's output (issue #16, ninth session): no `==` between
two values of one attrs class in the source.

mypyc knows the attrs classes of ``@attr.s`` only; a class made with ``@attrs.frozen`` or
``@attrs.define`` gets its ``__eq__`` from attrs at run time, which compiled code does not see:
there ``a == b``, with both sides typed as that class, compiles to ``a is b``.  That is what
kept `_repair_layout`'s ``kept == _KEEP_SENTENCE`` (two equal `Decision` values, each made by
`Rule.decision`) from ever holding in the compiled build, and left lines cut at links apart
there.  mypy (the checker mypyc compiles with) finds every such comparison with the types mypyc
sees, narrowing included; the test runs it over the source of the modules setup.py compiles.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Final

import pytest

from tests.target import ROOT
from tests.test_build import compiled_modules

SRC: Final = ROOT / "src"


def identity_comparisons(package: str, modules: tuple[str, ...], root: Path) -> list[str]:
    """``path:line: Class`` for each ``==`` / ``!=`` in ``modules`` of ``package`` (under
    ``root``) whose two sides are typed as one class of the package that defines no ``__eq__``
    in its body: what mypyc compiles to an identity test."""
    build = pytest.importorskip("mypy.build")
    from mypy.modulefinder import BuildSource
    from mypy.options import Options
    from mypy.plugin import MethodContext, Plugin
    from mypy.types import Instance, Type, get_proper_type

    found: list[str] = []

    def seen(ctx: MethodContext) -> Type:
        left = get_proper_type(ctx.type)
        right = get_proper_type(ctx.arg_types[0][0]) if ctx.arg_types[0] else None
        if (
            isinstance(left, Instance)
            and isinstance(right, Instance)
            and left.type is right.type
            and left.type.fullname.startswith(package + ".")
            and "__eq__" not in left.type.names
        ):
            path = Path(ctx.api.path).name
            found.append(f"{path}:{ctx.context.line}: {left.type.fullname}")
        return ctx.default_return_type

    class EqualityPlugin(Plugin):
        def get_method_hook(self, fullname: str) -> Callable[[MethodContext], Type] | None:
            return seen if fullname.endswith((".__eq__", ".__ne__")) else None

    options = Options()
    options.incremental = False
    options.cache_dir = os.devnull  # (mypy writes no cache there)
    options.mypy_path = [str(root)]
    sources = [
        BuildSource(str(root / package / f"{name}.py"), f"{package}.{name}") for name in modules
    ]
    build.build(sources, options, extra_plugins=[EqualityPlugin(options)])
    return sorted(set(found))


def test_the_scan_finds_an_attrs_equality(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "rules.py").write_text(
        "import attrs\n\n\n"
        "@attrs.frozen\nclass Decision:\n    rule: str\n\n\n"
        "@attrs.frozen\nclass Named:\n    name: str\n\n"
        "    def __eq__(self, other: object) -> bool:\n"
        "        return isinstance(other, Named) and other.name == self.name\n\n\n"
        "KEEP = Decision('keep')\n\n\n"
        "def same(d: Decision | None, n: Named) -> bool:\n"
        "    if d is None:\n        return False\n"
        "    return d == KEEP or d.rule == KEEP.rule or n == Named('x') or d != KEEP\n"
    )
    found = identity_comparisons("pkg", ("rules",), tmp_path)
    assert found == ["rules.py:23: pkg.rules.Decision"]


def test_compiled_modules_compare_no_attrs_values_with_eq() -> None:
    found = identity_comparisons("newsdump", compiled_modules(), SRC)
    assert found == [], "compiled, these compare identities (compare a field instead)"
