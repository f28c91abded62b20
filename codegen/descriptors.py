"""Compile .proto files in-process into a FileDescriptorSet with grpcio-tools' protoc."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

from google.protobuf import descriptor_pb2

__all__ = ["ProtocError", "load_descriptor_set"]


class ProtocError(Exception):
    """protoc rejected the input; the message carries protoc's own diagnostics."""


def _well_known_types_dir() -> str:
    # grpc_tools ships google/protobuf/*.proto but does not put them on the include path itself.
    import grpc_tools

    return str(Path(grpc_tools.__file__).parent / "_proto")


def _relative_to_include(proto: Path, include_dirs: Sequence[Path]) -> str:
    """protoc wants file names relative to an include root; absolute ones fail to resolve."""
    resolved = proto.resolve()
    for root in include_dirs:
        try:
            return resolved.relative_to(root.resolve()).as_posix()
        except ValueError:
            continue
    raise ProtocError(
        f"{proto} is not under any include directory ({', '.join(map(str, include_dirs))}); "
        "pass the folder that holds it with -I"
    )


def load_descriptor_set(
    protos: Sequence[str | os.PathLike[str]],
    include_dirs: Sequence[str | os.PathLike[str]],
) -> descriptor_pb2.FileDescriptorSet:
    """Run protoc on `protos` and return every file they need, imports and comments included."""
    from grpc_tools import protoc

    includes = [Path(d) for d in include_dirs]
    if not protos:
        raise ProtocError("no .proto files given")
    names = [_relative_to_include(Path(p), includes) for p in protos]
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "descriptors.pb"
        argv = [
            "protoc",  # protoc.main() treats argv[0] as the program name
            *(f"-I{d}" for d in includes),
            f"-I{_well_known_types_dir()}",
            f"--descriptor_set_out={out}",
            "--include_imports",
            "--include_source_info",
            *names,
        ]
        # protoc prints its diagnostics on the C++ stderr; capture that file descriptor so the
        # error can be raised with them instead of being lost or interleaved.
        with tempfile.TemporaryFile() as captured:
            saved = os.dup(2)
            os.dup2(captured.fileno(), 2)
            try:
                status = protoc.main(argv)
            finally:
                os.dup2(saved, 2)
                os.close(saved)
            captured.seek(0)
            diagnostics = captured.read().decode("utf-8", "replace").strip()
        if status != 0:
            raise ProtocError(diagnostics or f"protoc failed with exit status {status}")
        return descriptor_pb2.FileDescriptorSet.FromString(out.read_bytes())
