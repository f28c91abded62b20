"""The pb2 target (codegen/pb2.py) on protos of its own: all four RPC kinds through the generated
stub, servicer and add_..._to_server over loopback gRPC, nested types, two files in one pool,
and the errors for files it cannot place."""

from __future__ import annotations

import importlib
import sys
import uuid
from collections.abc import Iterator
from concurrent import futures
from pathlib import Path
from typing import Any

import grpc
import pytest
from inference_grpc.codegen import Target, generate

COMMON = """
syntax = "proto3";
package demo.v1;
message Note {
  enum Level { LOW = 0; HIGH = 1; }
  message Tag { string key = 1; }
  string text = 1;
  Level level = 2;
  repeated Tag tags = 3;
  map<string, int64> counts = 4;
  oneof extra { bytes blob = 5; double score = 6; }
}
enum Color { RED = 0; GREEN = 7; }
"""

SERVICE = """
syntax = "proto3";
package demo.v1;
import "common.proto";
message Ask { int32 n = 1; Note note = 2; }
service Echo {
  rpc One(Ask) returns (Note);
  rpc Many(Ask) returns (stream Note);
  rpc Gather(stream Ask) returns (Note);
  rpc Chat(stream Ask) returns (stream Note.Tag);
  rpc Missing(Ask) returns (Note);
}
"""


@pytest.fixture(scope="module")
def modules(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, Any, Any]]:
    root = tmp_path_factory.mktemp("pb2")
    (root / "protos").mkdir()
    (root / "protos" / "common.proto").write_text(COMMON)
    (root / "protos" / "service.proto").write_text(SERVICE)
    package = f"pb2demo_{uuid.uuid4().hex[:8]}"
    pb2 = (("common.proto", "common_pb2"), ("service.proto", "echo_pb2"))
    lines = generate(Target(("protos/service.proto",), ("protos",), package, pb2), check=False, base=root)
    assert any("echo_pb2_grpc.py" in line for line in lines)
    assert not (root / package / "common_pb2_grpc.py").exists()  # no services, no _grpc module
    sys.path.insert(0, str(root))
    try:
        yield tuple(importlib.import_module(f"{package}.{m}") for m in ("common_pb2", "echo_pb2", "echo_pb2_grpc"))
    finally:
        sys.path.remove(str(root))


def test_messages_enums_and_nested_types(modules: tuple[Any, Any, Any]) -> None:
    common, echo, _ = modules
    note = common.Note(text="hi", level=common.Note.HIGH, blob=b"\x00")
    note.tags.add(key="k")
    note.counts["a"] = -(2**40)
    assert common.Note.FromString(note.SerializeToString()) == note
    assert note.WhichOneof("extra") == "blob"
    assert (common.GREEN, common.Color.Name(7), common.Note.Level.Value("HIGH")) == (7, "GREEN", 1)
    assert common.Note.Tag(key="x").DESCRIPTOR.full_name == "demo.v1.Note.Tag"
    assert echo.Ask(note=note).note.tags[0].key == "k"
    assert echo.DESCRIPTOR.pool is common.DESCRIPTOR.pool
    assert sorted(common.__all__) == ["Color", "DESCRIPTOR", "GREEN", "Note", "RED"]


def test_all_four_kinds_over_loopback(modules: tuple[Any, Any, Any]) -> None:
    common, echo, echo_grpc = modules

    class Servicer(echo_grpc.EchoServicer):  # type: ignore[misc]
        def One(self, request: Any, context: Any) -> Any:  # noqa: N802
            return common.Note(text=f"one {request.n}")

        def Many(self, request: Any, context: Any) -> Iterator[Any]:  # noqa: N802
            for i in range(request.n):
                yield common.Note(text=str(i))

        def Gather(self, request_iterator: Any, context: Any) -> Any:  # noqa: N802
            return common.Note(text=",".join(str(a.n) for a in request_iterator))

        def Chat(self, request_iterator: Any, context: Any) -> Iterator[Any]:  # noqa: N802
            for ask in request_iterator:
                yield common.Note.Tag(key=f"t{ask.n}")

    server = grpc.server(futures.ThreadPoolExecutor(max_workers=4))
    echo_grpc.add_EchoServicer_to_server(Servicer(), server)
    port = server.add_insecure_port("127.0.0.1:0")
    server.start()
    channel = grpc.insecure_channel(f"127.0.0.1:{port}")
    try:
        stub = echo_grpc.EchoStub(channel)
        assert stub.One(echo.Ask(n=3), timeout=10).text == "one 3"
        assert [n.text for n in stub.Many(echo.Ask(n=3), timeout=10)] == ["0", "1", "2"]
        assert stub.Gather(iter([echo.Ask(n=1), echo.Ask(n=2)]), timeout=10).text == "1,2"
        assert [t.key for t in stub.Chat(iter([echo.Ask(n=5), echo.Ask(n=6)]), timeout=10)] == ["t5", "t6"]
        with pytest.raises(grpc.RpcError) as caught:
            stub.Missing(echo.Ask(), timeout=10)
        assert caught.value.code() == grpc.StatusCode.UNIMPLEMENTED
        assert caught.value.details() == "Method Missing is not implemented"
    finally:
        channel.close()
        server.stop(None)


def test_files_the_target_cannot_place_are_errors(tmp_path: Path) -> None:
    (tmp_path / "common.proto").write_text(COMMON)
    (tmp_path / "service.proto").write_text(SERVICE)
    only_service = Target(("service.proto",), (".",), "out", (("service.proto", "echo_pb2"),))
    with pytest.raises(ValueError, match=r"service\.proto imports common\.proto: name it"):
        generate(only_service, check=False, base=tmp_path)
    unknown = Target(("common.proto",), (".",), "out", (("common.proto", "c_pb2"), ("other.proto", "o_pb2")))
    with pytest.raises(ValueError, match=r"did not read: other\.proto"):
        generate(unknown, check=False, base=tmp_path)
