"""Triton's methods on both client twins: UNIMPLEMENTED servers, load/unload layouts, argument checks.

Servers here are real gRPC servers on loopback: the generated KServe servicer of conftest (which
lacks every Triton method), and `Recorder`, a raw-bytes server that answers as a Triton, an
MLServer or another server would and keeps the bytes of every request it got.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from concurrent import futures
from typing import Any

import grpc
import pytest

from inference_grpc import InferenceGRPCClient, InvalidInput, RpcError, SyncInferenceGRPCClient
from inference_grpc import protocol as kserve
from inference_grpc import triton_protocol as triton

from .conftest import Env, call

# Every Triton method with arguments that pass the client's checks.
TRITON_METHODS: list[tuple[str, str, tuple[Any, ...]]] = [
    ("model_config", "ModelConfig", ("echo",)),
    ("model_statistics", "ModelStatistics", ()),
    ("repository_index", "RepositoryIndex", ()),
    ("trace_settings", "TraceSetting", ()),
    ("update_trace_settings", "TraceSetting", ("echo", {"trace_rate": 10})),
    ("log_settings", "LogSettings", ()),
    ("update_log_settings", "LogSettings", ({"log_info": True},)),
    ("register_system_shared_memory", "SystemSharedMemoryRegister", ("r", "/k", 64)),
    ("unregister_system_shared_memory", "SystemSharedMemoryUnregister", ()),
    ("system_shared_memory_status", "SystemSharedMemoryStatus", ()),
    ("register_cuda_shared_memory", "CudaSharedMemoryRegister", ("g", bytes(64), 0, 64)),
    ("unregister_cuda_shared_memory", "CudaSharedMemoryUnregister", ()),
    ("cuda_shared_memory_status", "CudaSharedMemoryStatus", ()),
]


@pytest.mark.parametrize(("name", "method", "args"), TRITON_METHODS, ids=[m[0] for m in TRITON_METHODS])
async def test_a_server_lacking_a_method_answers_unimplemented(
    env: Env, name: str, method: str, args: tuple[Any, ...]
) -> None:
    client = env.client()
    with pytest.raises(grpc.RpcError) as info:
        await call(getattr(client, name)(*args))
    error = info.value
    assert isinstance(error, RpcError) and error.code() == grpc.StatusCode.UNIMPLEMENTED
    text = str(error)
    assert text.startswith(f"{method} ") and env.url in text and "\n" not in text, text
    assert f"not implemented by the server at {env.url}" in error.details()
    assert error.__cause__ is None and error.__suppress_context__
    assert await call(client.is_server_live())  # the client carries on


# -- a server of a given name, keeping every request's bytes -----------------------------------------


class Recorder(grpc.GenericRpcHandler):
    """Answers ServerMetadata with `name`, load/unload with empty replies, Trace/LogSettings with
    the settings it was sent, and UNIMPLEMENTED otherwise (or for `missing` methods)."""

    def __init__(self, name: str, missing: tuple[str, ...] = ()) -> None:
        self.name = name
        self.missing = missing
        self.calls: list[tuple[str, bytes]] = []

    def service(self, details: grpc.HandlerCallDetails) -> grpc.RpcMethodHandler:
        method = details.method.rsplit("/", 1)[-1]  # type: ignore[attr-defined]

        def handle(request: bytes, context: grpc.ServicerContext) -> bytes:
            self.calls.append((method, request))
            if method in self.missing:
                context.abort(grpc.StatusCode.UNIMPLEMENTED, "Method not found!")
            if method == "ServerMetadata":
                return bytes(kserve.ServerMetadataResponse(name=self.name, version="1"))
            if method in ("RepositoryModelLoad", "RepositoryModelUnload"):
                return b""
            if method == "TraceSetting":
                sent = triton.TraceSettingRequest.parse(request)
                value = triton.TraceSettingResponseSettingValue
                values = {k: value(value=list(v.value)) for k, v in sent.settings.items()}
                return bytes(triton.TraceSettingResponse(settings=values))
            if method == "LogSettings":
                log = triton.LogSettingsRequest.parse(request)
                answer = {k: triton.LogSettingsResponseSettingValue.parse(bytes(v)) for k, v in log.settings.items()}
                return bytes(triton.LogSettingsResponse(settings=answer))
            context.abort(grpc.StatusCode.UNIMPLEMENTED, "Method not found!")
            raise AssertionError("unreachable")

        return grpc.unary_unary_rpc_method_handler(handle)

    def sent(self, method: str) -> list[bytes]:
        return [data for m, data in self.calls if m == method]


@pytest.fixture(params=["async", "sync"])
def flavour(request: pytest.FixtureRequest) -> type[Any]:
    return InferenceGRPCClient if request.param == "async" else SyncInferenceGRPCClient


def _serve(recorder: Recorder) -> Iterator[str]:
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=4), handlers=[recorder])
    port = server.add_insecure_port("127.0.0.1:0")
    server.start()
    try:
        yield f"127.0.0.1:{port}"
    finally:
        server.stop(None)


@pytest.fixture
def as_triton() -> Iterator[tuple[Recorder, str]]:
    recorder = Recorder("triton")
    for url in _serve(recorder):
        yield recorder, url


async def test_triton_layout_load_and_unload_with_parameters(as_triton: tuple[Recorder, str], flavour: Any) -> None:
    recorder, url = as_triton
    client = flavour(url)
    try:
        files = {"file:1/model.py": b"print('hi')", "file:config.pbtxt": bytearray(b"\x00\xff")}
        loaded = await call(client.load_model("m", config={"max_batch_size": 2}, files=files))
        assert isinstance(loaded, kserve.RepositoryModelLoadResponse)
        assert (loaded.model_name, loaded.is_loaded) == ("m", True)
        await call(client.load_model("m", config='{"backend": "python"}'))
        unloaded = await call(client.unload_model("m", unload_dependents=True))
        assert (unloaded.model_name, unloaded.is_unloaded) == ("m", True)
        await call(client.unload_model("m"))
    finally:
        await call(client.close())
    assert [m for m, _ in recorder.calls].count("ServerMetadata") == 1  # asked once, kept
    first, second = (triton.RepositoryModelLoadRequest.parse(d) for d in recorder.sent("RepositoryModelLoad"))
    assert (first.repository_name, first.model_name) == ("", "m")
    assert json.loads(first.parameters["config"].string_param or "") == {"max_batch_size": 2}
    assert first.parameters["file:1/model.py"].bytes_param == b"print('hi')"
    assert first.parameters["file:config.pbtxt"].bytes_param == b"\x00\xff"
    assert set(second.parameters) == {"config"}
    # Read in KServe's layout, the same bytes name no model (field 1 is the repository's name).
    assert kserve.RepositoryModelLoadRequest.parse(recorder.sent("RepositoryModelLoad")[0]).model_name == ""
    dependents, plain = (triton.RepositoryModelUnloadRequest.parse(d) for d in recorder.sent("RepositoryModelUnload"))
    assert dependents.model_name == "m" and dependents.parameters["unload_dependents"].bool_param is True
    assert plain.model_name == "m" and plain.parameters == {}


@pytest.mark.parametrize(("server", "layout"), [("mlserver", "triton"), ("echo", "kserve"), ("kserve", "kserve")])
async def test_the_layout_follows_the_servers_name(server: str, layout: str, flavour: Any) -> None:
    recorder = Recorder(server)
    for url in _serve(recorder):
        client = flavour(url)
        try:
            await call(client.load_model("m"))
            await call(client.unload_model("m"))
            if layout == "kserve":
                with pytest.raises(InvalidInput, match="KServe layout"):
                    await call(client.load_model("m", config={"a": 1}))
                with pytest.raises(InvalidInput, match="KServe layout"):
                    await call(client.unload_model("m", unload_dependents=True))
        finally:
            await call(client.close())
    load, unload = recorder.sent("RepositoryModelLoad"), recorder.sent("RepositoryModelUnload")
    assert len(load) == len(unload) == 1  # the refused ones were never sent
    if layout == "triton":
        assert triton.RepositoryModelLoadRequest.parse(load[0]).model_name == "m"
        assert triton.RepositoryModelUnloadRequest.parse(unload[0]).model_name == "m"
    else:
        assert kserve.RepositoryModelLoadRequest.parse(load[0]).model_name == "m"
        assert kserve.RepositoryModelUnloadRequest.parse(unload[0]).model_name == "m"


async def test_a_failed_metadata_call_means_kserve_layout_for_that_call_only(flavour: Any) -> None:
    recorder = Recorder("triton", missing=("ServerMetadata",))
    for url in _serve(recorder):
        client = flavour(url)
        try:
            await call(client.load_model("m"))
            await call(client.load_model("m"))
        finally:
            await call(client.close())
    assert [m for m, _ in recorder.calls] == ["ServerMetadata", "RepositoryModelLoad"] * 2
    assert kserve.RepositoryModelLoadRequest.parse(recorder.sent("RepositoryModelLoad")[0]).model_name == "m"


async def test_trace_and_log_settings_as_plain_dicts(as_triton: tuple[Recorder, str], flavour: Any) -> None:
    recorder, url = as_triton
    client = flavour(url)
    try:
        trace = await call(
            client.update_trace_settings("m", {"trace_rate": 7, "trace_level": ["TIMESTAMPS", "TENSORS"], "x": None})
        )
        assert await call(client.trace_settings()) == {}
        changes = {"log_info": False, "log_verbose_level": 2, "log_format": "ISO8601"}
        log = await call(client.update_log_settings(changes))
        assert await call(client.log_settings()) == {}
    finally:
        await call(client.close())
    assert trace == {"trace_level": ["TIMESTAMPS", "TENSORS"], "trace_rate": ["7"], "x": []}
    assert log == {"log_format": "ISO8601", "log_info": False, "log_verbose_level": 2}
    first = triton.TraceSettingRequest.parse(recorder.sent("TraceSetting")[0])
    assert first.model_name == "m" and list(first.settings["x"].value) == []
    sent_log = triton.LogSettingsRequest.parse(recorder.sent("LogSettings")[0]).settings
    assert (sent_log["log_info"].bool_param, sent_log["log_verbose_level"].uint32_param) == (False, 2)


BAD_CALLS: list[tuple[str, tuple[Any, ...], dict[str, Any], str]] = [
    ("load_model", ("",), {}, "model_name must be a non-empty str"),
    ("load_model", ("m",), {"config": "{not json"}, "config is not valid JSON"),
    ("load_model", ("m",), {"config": {"x": object()}}, "config is not JSON-serializable"),
    ("load_model", ("m",), {"config": 5}, "config must be a JSON str or a dict, got int"),
    ("load_model", ("m",), {"files": {"file:a": b""}}, "files need a config too"),
    ("load_model", ("m",), {"config": "{}", "files": {"1/model.py": b""}}, "keys must be 'file:<path>'"),
    ("load_model", ("m",), {"config": "{}", "files": {"file:": b""}}, "keys must be 'file:<path>'"),
    ("load_model", ("m",), {"config": "{}", "files": {"file:a": "text"}}, r"files\['file:a'\] must be bytes, got str"),
    ("load_model", ("m",), {"config": "{}", "files": [("file:a", b"")]}, "files must map"),
    ("unload_model", ("m",), {"unload_dependents": "yes"}, "unload_dependents must be a bool"),
    ("model_config", ("",), {}, "model_name must be a non-empty str"),
    ("model_config", ("m", 2), {}, "model_version must be a str"),
    ("model_statistics", (3,), {}, "model_name must be a str"),
    ("repository_index", ("yes",), {}, "ready must be a bool"),
    ("update_trace_settings", ("m", {"trace_rate": 1.5}), {}, "trace setting 'trace_rate' must be a str"),
    ("update_trace_settings", ("m", {"": "1"}), {}, "trace setting name must be a non-empty str"),
    ("update_trace_settings", ("m", ["trace_rate"]), {}, "trace settings must be a mapping"),
    ("update_log_settings", ({},), {}, "log settings must be a non-empty mapping"),
    ("update_log_settings", ({"log_verbose_level": -1},), {}, "log setting 'log_verbose_level' must be from 0"),
    ("update_log_settings", ({"log_verbose_level": 2**32},), {}, "must be from 0 to 4294967295"),
    ("update_log_settings", ({"log_info": 1.5},), {}, "must be a bool, an int or a str, got float"),
    ("register_system_shared_memory", ("", "/k", 64), {}, "region name must be a non-empty str"),
    ("register_system_shared_memory", ("r", "", 64), {}, "shared-memory key must be a non-empty str"),
    ("register_system_shared_memory", ("r", "/k", 0), {}, "byte_size must be from 1"),
    ("register_system_shared_memory", ("r", "/k", 64), {"offset": -1}, "offset must be from 0"),
    ("register_system_shared_memory", ("r", "/k", True), {}, "byte_size must be an int, got bool"),
    ("unregister_system_shared_memory", (None,), {}, "region name must be a str"),
    ("system_shared_memory_status", (1,), {}, "region name must be a str"),
    ("register_cuda_shared_memory", ("g", b"", 0, 64), {}, "raw_handle must be non-empty bytes"),
    ("register_cuda_shared_memory", ("g", "handle", 0, 64), {}, "raw_handle must be non-empty bytes"),
    ("register_cuda_shared_memory", ("g", b"h", -1, 64), {}, "device_id must be from 0"),
    ("register_cuda_shared_memory", ("g", b"h", 0, 0), {}, "byte_size must be from 1"),
    ("cuda_shared_memory_status", (b"x",), {}, "region name must be a str"),
]


@pytest.mark.parametrize(("name", "args", "kwargs", "match"), BAD_CALLS)
async def test_bad_arguments_raise_invalid_input_before_sending(
    as_triton: tuple[Recorder, str], flavour: Any, name: str, args: tuple[Any, ...], kwargs: dict[str, Any], match: str
) -> None:
    recorder, url = as_triton
    client = flavour(url)
    try:
        with pytest.raises(InvalidInput, match=match):
            await call(getattr(client, name)(*args, **kwargs))
    finally:
        await call(client.close())
    assert recorder.calls == []


async def test_shared_memory_errors_do_not_name_a_model(env: Env) -> None:
    client = env.client()
    with pytest.raises(RpcError) as info:
        await call(client.register_system_shared_memory("region_x", "/k", 64))
    assert info.value.model is None and "region_x" not in str(info.value)
    with pytest.raises(RpcError) as config:
        await call(client.model_config("some_model"))
    assert config.value.model == "some_model"
