"""Protobuf's own generated code for the protocol, the corpus and Triton's variant, built at test time."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from google.protobuf import descriptor_pb2, descriptor_pool, message_factory

REPO = Path(__file__).resolve().parents[2]
PROTOS = REPO / "tests" / "protos"
PROTOCOL_PROTOS = REPO / "protos"
CORPUS_FILES = (
    "corpus/shared/v1/shared.proto",
    "corpus/v1/types.proto",
    "corpus/v1/service.proto",
    "corpus/v1/extra.proto",
)


def _wkt_dir() -> str:
    import grpc_tools

    return str(Path(grpc_tools.__file__).parent / "_proto")


class ProtobufCode:
    """protoc --python_out modules, and message classes by full proto name."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.modules = [
            importlib.import_module("inference_pb2"),
            *(importlib.import_module(f.removesuffix(".proto").replace("/", ".") + "_pb2") for f in CORPUS_FILES),
        ]

    def descriptor(self, full_name: str) -> Any:
        return descriptor_pool.Default().FindMessageTypeByName(full_name)


@pytest.fixture(scope="session")
def protobuf_code(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ProtobufCode]:
    from grpc_tools import protoc

    out = tmp_path_factory.mktemp("pb2")
    argv = [
        "protoc",
        f"-I{PROTOS}",
        f"-I{PROTOCOL_PROTOS}",
        f"-I{_wkt_dir()}",
        f"--python_out={out}",
        "inference.proto",
        *CORPUS_FILES,
    ]
    assert protoc.main(argv) == 0, "protoc --python_out failed"
    sys.path.insert(0, str(out))
    importlib.invalidate_caches()
    try:
        yield ProtobufCode(out)
    finally:
        sys.path.remove(str(out))


class PrivatePoolCode:
    """Protobuf's message classes for a set of .proto files, in a descriptor pool of their own.

    Triton's protos use the proto package `inference` like the KServe protocol, whose protoc
    modules (`protobuf_code`) sit in protobuf's default pool: the two cannot share one pool, so
    this one is built from protoc's FileDescriptorSet with its own DescriptorPool.
    """

    def __init__(self, fds: descriptor_pb2.FileDescriptorSet) -> None:
        self.pool = descriptor_pool.DescriptorPool()
        for file in fds.file:
            self.pool.Add(file)

    def descriptor(self, full_name: str) -> Any:
        return self.pool.FindMessageTypeByName(full_name)

    def message_class(self, full_name: str) -> Any:
        return message_factory.GetMessageClass(self.descriptor(full_name))


TRITON_PROTOS = PROTOCOL_PROTOS / "triton"
TRITON_FILES = ("grpc_service.proto", "model_config.proto")


@pytest.fixture(scope="session")
def triton_protobuf(tmp_path_factory: pytest.TempPathFactory) -> PrivatePoolCode:
    from grpc_tools import protoc

    out = tmp_path_factory.mktemp("triton-fds") / "triton.pb"
    argv = ["protoc", f"-I{TRITON_PROTOS}", f"--descriptor_set_out={out}", "--include_imports", *TRITON_FILES]
    assert protoc.main(argv) == 0, "protoc --descriptor_set_out failed"
    return PrivatePoolCode(descriptor_pb2.FileDescriptorSet.FromString(out.read_bytes()))
