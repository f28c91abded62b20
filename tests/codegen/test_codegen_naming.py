"""Proto names that are not usable as Python names as they stand are escaped, consistently."""

from __future__ import annotations

import dataclasses
import inspect
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import grpc
import pytest
from inference_grpc.codegen.naming import class_name, enum_value_name, field_name, method_name, snake_case


@pytest.fixture(scope="module")
def naming(generate: Any) -> Any:
    return generate(["naming/naming.proto"]).module("naming.class.v1")


def test_package_path_is_escaped(naming: Any) -> None:
    assert naming.__name__.endswith(".naming.class_.v1")


def test_field_names(naming: Any) -> None:
    fields = {f.name: f.metadata["betterproto"].number for f in dataclasses.fields(naming.Awkward)}
    expected = {
        "from_": 1,  # keywords
        "class_": 2,
        "lambda_": 12,
        "none": 26,
        "parse_": 3,  # the message API
        "to_dict_": 11,
        "betterproto2_": 22,  # the module the class body uses
        "str_": 4,  # builtins the annotations use
        "int_": 5,
        "bytes_": 6,
        "float_": 7,
        "list_": 23,
        "dict_": 24,
        "bool_": 25,
        "type": 8,  # a soft keyword in 3.12, a valid name everywhere: kept
        "match_": 9,  # soft keywords of 3.10 keep their historical escape
        "self": 10,  # harmless in a dataclass: kept
        "m": 13,  # names of the codec locals: harmless
        "buf": 15,
        "as_numpy": 21,
        "is_loaded": 27,
        "global_": 40,
        "def_": 41,
        "any": 35,
        "dataclass": 34,
    }
    for name, number in expected.items():
        assert fields.get(name) == number, name


def test_escaped_fields_round_trip(naming: Any) -> None:
    values = {f.name: f for f in dataclasses.fields(naming.Awkward)}
    sample: dict[str, Any] = {}
    for name, f in values.items():
        proto_type = f.metadata["betterproto"].proto_type
        sample[name] = {
            "string": f"<{name}>",
            "int32": 3,
            "int64": -4,
            "bool": True,
            "bytes": b"\x00\x01",
            "float": 0.5,
            "enum": naming.Kind.mro_,
            "map": {"k": "v"},
        }[proto_type]
    sample["list_"] = [1, -2]
    sample["def_"] = None  # one member of the oneof `import` only
    message = naming.Awkward(**sample)
    parsed = naming.Awkward.parse(bytes(message))
    assert parsed == message
    assert parsed.global_ == "<global_>" and parsed.from_ == "<from_>" and parsed.betterproto2_ == "<betterproto2_>"


def test_class_and_enum_names(naming: Any) -> None:
    assert naming.def_.__name__ == "def_"
    assert naming.Any.__name__ == "Any"  # typing.Any is imported under a private name
    assert [m.name for m in naming.Kind] == ["KIND_UNSPECIFIED", "None_", "name_", "value_", "mro_", "True_"]
    assert naming.Kind(2) is naming.Kind.name_
    assert naming.Kind.value_.value == 3 and naming.Kind.name_.name == "name_"


def test_rpc_names_do_not_clash_with_stub_arguments(naming: Any) -> None:
    stub = naming.MethodsStub
    names = ("timeout_", "metadata_", "compression_", "request_", "context_", "add_to_server_", "channel_", "routes_")
    for name in names:
        method = getattr(stub, name)
        parameters = inspect.signature(method).parameters
        assert {"request", "timeout", "metadata", "compression"} <= set(parameters), name
    assert hasattr(stub, "print_") and hasattr(stub, "grpc_") and hasattr(stub, "import_")
    # The stubs' routes table is not overridden by the RPC Routes, and lists it.
    for stub_class in (naming.MethodsStub, naming.MethodsSyncStub):
        assert stub_class.routes["routes_"].path == "/naming.class.v1.Methods/Routes"
        assert set(stub_class.routes) == {n for n in dir(stub_class) if n.endswith("_") and not n.startswith("_")}
    # The servicer's own add_to_server is not overridden by the RPC AddToServer.
    servicer = naming.MethodsServicer()
    assert list(inspect.signature(servicer.add_to_server).parameters) == ["server"]
    sync_servicer = naming.MethodsSyncServicer()
    assert list(inspect.signature(sync_servicer.add_to_server).parameters) == ["server"]


def test_renamed_rpcs_are_served_under_their_proto_names(naming: Any) -> None:
    class Echo(naming.MethodsSyncServicer):  # type: ignore[misc]
        def add_to_server_(self, request: Any, context: grpc.ServicerContext) -> Any:
            return naming.Awkward(from_=request.from_ + "!", class_=request.class_ + 1)

    server = grpc.server(ThreadPoolExecutor(max_workers=2))
    Echo().add_to_server(server)
    port = server.add_insecure_port("127.0.0.1:0")
    server.start()
    try:
        with grpc.insecure_channel(f"127.0.0.1:{port}") as channel:
            stub = naming.MethodsSyncStub(channel)
            reply = stub.add_to_server_(naming.Awkward(from_="x", class_=1), timeout=10)
            assert (reply.from_, reply.class_) == ("x!", 2)
            with pytest.raises(grpc.RpcError) as info:
                stub.timeout_(naming.Awkward(), timeout=10)
            assert info.value.code() == grpc.StatusCode.UNIMPLEMENTED
            raw = channel.unary_unary("/naming.class.v1.Methods/AddToServer")(b"", timeout=10)
            assert naming.Awkward.parse(raw).from_ == "!"
    finally:
        server.stop(None)


@pytest.mark.parametrize(
    ("proto", "python"),
    [("ModelInfer", "model_infer"), ("isLoaded", "is_loaded"), ("HTTPPort", "http_port"), ("v2Infer", "v2_infer")],
)
def test_snake_case(proto: str, python: str) -> None:
    assert snake_case(proto) == python


def test_escaping_does_not_depend_on_the_python_version() -> None:
    """The running interpreter's keyword/builtins lists differ between versions; ours do not."""
    assert field_name("type") == "type"  # 3.12's soft keyword
    assert field_name("match") == "match_"
    assert method_name("Aiter") == "aiter_"
    assert method_name("ListModels") == "list_models"
    assert method_name("List") == "list_"
    assert class_name("Iterator") == "Iterator_" and class_name("Any") == "Any"
    assert enum_value_name("_X_") == "_X__" and enum_value_name("value") == "value_"
