"""The layout shows the jobs: no module uses another's private names, and none grows past about
400 lines without its docstring saying why."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SOURCES = sorted(p for root in ("src", "codegen", "benchmarks") for p in (REPO / root).rglob("*.py"))
LONG = 400


def _private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


OURS = ("inference_grpc", "inference_grpc_gen", "codegen", "benchmarks")


def _private_uses(tree: ast.Module, folder: Path) -> list[str]:
    """Private names this module takes from another of ours: `from x import _y` (unless `_y` is a
    module of the package: private modules are the package's own), or `x._y` on a module of ours."""
    modules: set[str] = set()
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            modules.update((a.asname or a.name).split(".")[0] for a in node.names if a.name.startswith(OURS))
        elif isinstance(node, ast.ImportFrom):
            ours = node.level > 0 or (node.module or "").startswith(OURS)
            base = folder.parents[node.level - 2] if node.level > 1 else folder
            parts = (node.module or "").split(".")
            if node.level:
                where: Path | None = base.joinpath(*parts)
            else:
                where = next((r.joinpath(*parts) for r in (REPO / "src", REPO) if r.joinpath(*parts).exists()), None)
            for alias in node.names:
                is_module = where is not None and (
                    (where / f"{alias.name}.py").is_file() or (where / alias.name).is_dir()
                )
                if ours and _private(alias.name) and not is_module:
                    found.append(f"from {'.' * node.level}{node.module or ''} import {alias.name}")
                elif ours:
                    modules.add(alias.asname or alias.name)
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Attribute)
            and _private(node.attr)
            and isinstance(node.value, ast.Name)
            and node.value.id in modules
        ):
            found.append(f"{node.value.id}.{node.attr}")
    return found


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(REPO)))
def test_no_module_uses_another_modules_private_names(path: Path) -> None:
    # Private modules (`_tensor`) are the package's own; their private names (`_Tensor`) are not.
    assert _private_uses(ast.parse(path.read_text(encoding="utf-8")), path.parent) == []


@pytest.mark.parametrize("path", [p for p in SOURCES if "src" in p.parts], ids=lambda p: str(p.relative_to(REPO)))
def test_long_modules_say_why(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    if len(text.splitlines()) > LONG:
        assert "Why one long module:" in (ast.get_docstring(ast.parse(text)) or ""), f"{path} has over {LONG} lines"


def test_the_check_sees_private_uses(tmp_path: Path) -> None:
    (tmp_path / "_mod.py").write_text("")
    code = (
        "import os\nimport codegen.a as a\nfrom .b import _c, d\nfrom . import e, _mod\n"
        "x = a._f + d._g + e.h + os._exit + _mod.y\n"
    )
    assert _private_uses(ast.parse(code), tmp_path) == ["from .b import _c", "a._f", "d._g"]
