"""inference-grpc-codegen: generate typed betterproto2 messages, codecs and gRPC stubs.

    inference-grpc-codegen -I protos --out mypkg/gen protos/my_service.proto
    python -m inference_grpc.codegen -I protos --out mypkg/gen protos/my_service.proto  # the same
    inference-grpc-codegen --check -I protos --out mypkg/gen protos/my_service.proto
    inference-grpc-codegen --zero-copy pkg.Message.field ...   # that bytes field as a memoryview
    inference-grpc-codegen --project [--check]     # every target in pyproject.toml

`--out` writes a manifest of its files (writer.MANIFEST) and never overwrites or deletes a file
it did not write. Exit status: 0 on success (or nothing to change with --check), 1 when --check
finds files that would change, 2 on bad input (protoc errors, name clashes, a file of someone
else's in the way).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from .descriptors import ProtocError, load_descriptor_set
from .model import build_model
from .naming import NameClashError
from .pb2 import render_pb2
from .render import render
from .unasync import unasync_tree
from .writer import compare, write

__all__ = ["Target", "UnasyncTarget", "main", "generate", "project_targets"]


@dataclass(frozen=True)
class Target:
    """Generated messages and stubs of some .proto files."""

    protos: tuple[str, ...]
    include: tuple[str, ...]
    out: str
    # (proto file, module name) pairs: protobuf `_pb2` modules in a private descriptor pool
    # (codegen/pb2.py) instead of betterproto2 messages; empty for the usual target.
    pb2: tuple[tuple[str, str], ...] = ()
    zero_copy: tuple[str, ...] = ()  # bytes fields decoded as memoryviews ("*": all); see build_model


@dataclass(frozen=True)
class UnasyncTarget:
    """Blocking twins of the async modules in `source`, written to `out` (see codegen/unasync.py)."""

    source: str
    out: str
    names: tuple[tuple[str, str], ...]


def generate(target: Target | UnasyncTarget, *, check: bool, base: Path = Path(".")) -> list[str]:
    """Generate one target; returns the lines describing what changed (or would change)."""
    if isinstance(target, UnasyncTarget):
        files = unasync_tree(base / target.source, dict(target.names), target.source)
    else:
        fds = load_descriptor_set([base / p for p in target.protos], [base / i for i in target.include])
        files = render_pb2(fds, dict(target.pb2)) if target.pb2 else render(build_model(fds, target.zero_copy))
    out = base / target.out
    diff = compare(files, out) if check else write(files, out)
    return [f"{target.out}: {line}" for line in diff.lines()]


def project_targets(pyproject: Path) -> list[Target | UnasyncTarget]:
    """Targets from the [[tool.inference-grpc.codegen]] and [tool.inference-grpc.unasync] tables
    of a pyproject.toml."""
    # Imported here: tomllib is 3.11+, and only --project needs it (the package supports 3.10).
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - exercised on Python 3.10 only
        try:
            import tomli as tomllib
        except ModuleNotFoundError:
            raise ValueError("--project needs Python 3.11 or later, or the tomli package") from None
    config = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    ours = config.get("tool", {}).get("inference-grpc", {})
    tables = ours.get("codegen", [])
    if not tables:
        raise ValueError(f"{pyproject} has no [[tool.inference-grpc.codegen]] targets")
    targets: list[Target | UnasyncTarget] = [
        Target(
            tuple(t["protos"]),
            tuple(t.get("include", ["."])),
            t["out"],
            zero_copy=tuple(t.get("zero_copy", ())),
            pb2=tuple(sorted(t.get("pb2", {}).items())),
        )
        for t in tables
    ]
    unasync = ours.get("unasync", {})
    names = tuple(sorted(unasync.get("names", {}).items()))
    targets += [UnasyncTarget(source, out, names) for source, out in unasync.get("folders", [])]
    return targets


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="inference-grpc-codegen",
        description="Generate typed betterproto2 messages, fast codecs and async/sync gRPC stubs from .proto files.",
    )
    parser.add_argument("protos", nargs="*", help=".proto files to generate from")
    parser.add_argument(
        "-I", "--proto-path", action="append", default=[], metavar="DIR", help="include folder (repeatable)"
    )
    parser.add_argument("--out", help="output folder: a Python package the generated modules go into")
    parser.add_argument(
        "--zero-copy",
        action="append",
        default=[],
        metavar="FIELD",
        help="decode this bytes field (package.Message.field) as a read-only memoryview of the received "
        "buffer, without a copy, instead of bytes (repeatable)",
    )
    parser.add_argument(
        "--zero-copy-bytes", action="store_true", help="decode every bytes field as a memoryview (see --zero-copy)"
    )
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 and list files that would change")
    parser.add_argument(
        "--project",
        nargs="?",
        const="pyproject.toml",
        metavar="PYPROJECT",
        help="generate every [[tool.inference-grpc.codegen]] target of a pyproject.toml",
    )
    args = parser.parse_args(argv)

    try:
        if args.project:
            pyproject = Path(args.project)
            targets = project_targets(pyproject)
            base = pyproject.parent
        else:
            if not args.protos or not args.out:
                parser.error("give .proto files and --out (or --project)")
            include = args.proto_path or [str(Path(args.protos[0]).parent)]
            zero_copy = tuple(args.zero_copy) + (("*",) if args.zero_copy_bytes else ())
            targets = [Target(tuple(args.protos), tuple(include), args.out, zero_copy=zero_copy)]
            base = Path(".")
        lines = [line for t in targets for line in generate(t, check=args.check, base=base)]
    except (ProtocError, NameClashError, ValueError, OSError) as exc:
        print(f"inference-grpc-codegen: error: {exc}", file=sys.stderr)
        return 2
    for line in lines:
        print(line)
    if args.check and lines:
        print(f"inference-grpc-codegen: {len(lines)} file(s) out of date; run it without --check", file=sys.stderr)
        return 1
    return 0
