"""Render the model through the Jinja templates into an in-memory tree of files."""

from __future__ import annotations

from pathlib import Path, PurePosixPath

import jinja2

from .model import Model, Package

__all__ = ["GENERATOR_API", "environment", "render", "templates_dir", "tidy"]

# Must equal inference_grpc.runtime.GENERATOR_API: generated modules check it at import.
GENERATOR_API = 6  # 6: stub methods are the runtime's multicallables (aio_calls, blocking_calls)


def templates_dir() -> Path:
    """The templates folder: `templates/` in a checkout, package data in a wheel."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "templates", here.parent / "templates"):
        if (candidate / "messages.py.j2").is_file():
            return candidate
    raise FileNotFoundError(f"codegen templates not found next to {here}")


def _key_bytes(key: int) -> str:
    """A field key (number and wire type) as the bytes literal of its varint."""
    out = bytearray()
    while key > 0x7F:
        out.append((key & 0x7F) | 0x80)
        key >>= 7
    out.append(key)
    return "b'" + "".join(f"\\x{b:02x}" for b in out) + "'"


def _block(text: str, width: int) -> str:
    """Indent every line but the first by `width` (the first sits where the caller put it)."""
    lines = str(text).rstrip("\n").split("\n")
    return "\n".join([lines[0]] + [(" " * width + line) if line else "" for line in lines[1:]])


def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir())),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )
    env.filters["key_bytes"] = _key_bytes
    env.filters["block"] = _block
    return env


def tidy(text: str) -> str:
    """Strip trailing spaces, allow at most two blank lines in a row, end with one newline."""
    out: list[str] = []
    blank = 0
    for line in text.splitlines():
        line = line.rstrip()
        blank = blank + 1 if not line else 0
        if blank <= 2:
            out.append(line)
    return "\n".join(out).strip("\n") + "\n"


def _package_files(env: jinja2.Environment, package: Package) -> dict[PurePosixPath, str]:
    folder = PurePosixPath(*package.path)
    context = {"package": package, "api": GENERATOR_API}
    files = {
        folder / "__init__.py": env.get_template("package_init.py.j2").render(context),
        folder / "_messages.py": env.get_template("messages.py.j2").render(context),
    }
    if package.services:
        files[folder / "_services.py"] = env.get_template("services.py.j2").render(context)
    return files


def render(model: Model) -> dict[PurePosixPath, str]:
    """Every output file, by path relative to the output root, with deterministic text."""
    env = environment()
    files: dict[PurePosixPath, str] = {}
    for package in model.packages:
        files.update(_package_files(env, package))
    # Every folder between the root and a package must be a package too.
    namespace = env.get_template("namespace_init.py.j2").render()
    for path in list(files):
        for parent in path.parents:
            files.setdefault(parent / "__init__.py", namespace)
    out = {path: tidy(text) for path, text in sorted(files.items())}
    # PEP 561 marker: the generated package is typed (and --check/write keep it, not delete it).
    out[PurePosixPath("py.typed")] = ""
    return dict(sorted(out.items()))
