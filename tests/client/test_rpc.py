"""The call path: every method, errors, retries, deadlines, cancellation, headers, logging, closing."""

from __future__ import annotations

import asyncio
import json
import logging
import time
from typing import Any

import grpc
import pytest

import inference_grpc
from inference_grpc import (
    USE_CLIENT_DEFAULT,
    InferenceGRPCClient,
    InferInput,
    InferRequest,
    InvalidInput,
    SyncInferenceGRPCClient,
)

from .conftest import Env, async_wait_until, call


def request(**params: Any) -> InferRequest:
    return InferRequest("echo", [InferInput("x", [1], "FP32", data=[1.0])], parameters=params)


# Every client method with the server method it calls and its arguments.
METHODS: list[tuple[str, str, tuple[Any, ...]]] = [
    ("infer", "ModelInfer", ()),
    ("is_server_live", "ServerLive", ()),
    ("is_server_ready", "ServerReady", ()),
    ("is_model_ready", "ModelReady", ("echo",)),
    ("server_metadata", "ServerMetadata", ()),
    ("model_metadata", "ModelMetadata", ("echo",)),
    ("load_model", "RepositoryModelLoad", ("echo",)),
    ("unload_model", "RepositoryModelUnload", ("echo",)),
]
METHOD_IDS = [m[0] for m in METHODS]


def invoke(client: Any, name: str, args: tuple[Any, ...], **kwargs: Any) -> Any:
    if name == "infer":
        args = (request(),)
    return getattr(client, name)(*args, **kwargs)


# -- methods ------------------------------------------------------------------------------------


async def test_health_metadata_and_repository_methods(env: Env) -> None:
    client = env.client()
    assert await call(client.is_server_live()) is True
    assert await call(client.is_server_ready()) is True
    assert await call(client.is_model_ready("echo")) is True
    assert await call(client.is_model_ready("echo", "2")) is True
    assert (env.backend.last().request.name, env.backend.last().request.version) == ("echo", "2")
    assert await call(client.is_model_ready("missing")) is False  # NOT_FOUND means "not ready"
    server = await call(client.server_metadata())
    assert (server.name, server.version, server.extensions) == ("echo", "0.0.1", ["model_repository"])
    model = await call(client.model_metadata("echo", model_version="1"))
    assert (model.name, model.platform, model.inputs[0].name, list(model.inputs[0].shape)) == (
        "echo",
        "echo",
        "x",
        [-1, 16],
    )
    assert env.backend.last().request.version == "1"
    loaded = await call(client.load_model("echo"))
    assert (loaded.model_name, loaded.is_loaded) == ("echo", True)
    unloaded = await call(client.unload_model("echo"))
    assert (unloaded.model_name, unloaded.is_unloaded) == ("echo", True)


@pytest.mark.parametrize(("name", "method", "args"), METHODS, ids=METHOD_IDS)
async def test_errors_are_grpc_rpc_errors_naming_method_and_model(
    env: Env, name: str, method: str, args: tuple[Any, ...]
) -> None:
    env.backend.fail(grpc.StatusCode.INTERNAL, details="model exploded")
    client = env.client()
    with pytest.raises(grpc.RpcError) as info:
        await call(invoke(client, name, args))
    error = info.value
    assert isinstance(error, inference_grpc.RpcError)
    assert error.code() == grpc.StatusCode.INTERNAL
    assert error.details() == "model exploded"
    assert method in str(error) and "INTERNAL" in str(error) and "model exploded" in str(error)
    if args or name == "infer":
        assert "'echo'" in str(error)
    assert error.__cause__ is None and error.__suppress_context__


async def test_missing_model_errors(env: Env) -> None:
    client = env.client()
    with pytest.raises(grpc.RpcError) as info:
        await call(client.model_metadata("missing"))
    assert info.value.code() == grpc.StatusCode.NOT_FOUND and "'missing'" in str(info.value)
    with pytest.raises(grpc.RpcError) as info:
        await call(client.infer(InferRequest("missing", [InferInput("x", [1], "FP32", data=[1.0])])))
    assert info.value.code() == grpc.StatusCode.NOT_FOUND and "ModelInfer for model 'missing'" in str(info.value)


async def test_model_ready_other_errors_still_raise(env: Env) -> None:
    env.backend.fail(grpc.StatusCode.PERMISSION_DENIED)
    with pytest.raises(grpc.RpcError) as info:
        await call(env.client().is_model_ready("echo"))
    assert info.value.code() == grpc.StatusCode.PERMISSION_DENIED


# -- retries ------------------------------------------------------------------------------------


async def test_default_retry_policy_makes_three_attempts_on_unavailable(env: Env) -> None:
    env.backend.fail(grpc.StatusCode.UNAVAILABLE)
    with pytest.raises(grpc.RpcError) as info:
        await call(env.client().is_server_live())
    assert info.value.code() == grpc.StatusCode.UNAVAILABLE
    assert env.backend.count("ServerLive") == 3


async def test_default_retry_policy_recovers(env: Env) -> None:
    env.backend.fail(grpc.StatusCode.UNAVAILABLE, times=2)
    response = await call(env.client().infer(request()))
    assert response.outputs[0].as_numpy().tolist() == [1.0]
    assert env.backend.count("ModelInfer") == 3


async def test_other_codes_are_not_retried(env: Env) -> None:
    env.backend.fail(grpc.StatusCode.INTERNAL)
    with pytest.raises(grpc.RpcError):
        await call(env.client().is_server_live())
    assert env.backend.count() == 1


@pytest.mark.parametrize(("retries", "attempts"), [(0, 1), (1, 1), (2, 2), (4, 4)])
async def test_custom_and_disabled_retry_counts(env: Env, retries: int, attempts: int) -> None:
    env.backend.fail(grpc.StatusCode.UNAVAILABLE)
    with pytest.raises(grpc.RpcError) as info:
        await call(env.client(retries=retries).is_server_live())
    assert info.value.code() == grpc.StatusCode.UNAVAILABLE  # never INVALID_ARGUMENT (KServe with retries=1)
    assert env.backend.count() == attempts


async def test_enable_retries_zero_disables_the_policy(env: Env) -> None:
    env.backend.fail(grpc.StatusCode.UNAVAILABLE)
    with pytest.raises(grpc.RpcError):
        await call(env.client(channel_args=[("grpc.enable_retries", 0)]).is_server_live())
    assert env.backend.count() == 1


async def test_service_config_in_channel_args_replaces_the_policy(env: Env) -> None:
    config = {
        "methodConfig": [
            {
                "name": [{"service": "inference.GRPCInferenceService"}],
                "retryPolicy": {
                    "maxAttempts": 2,
                    "initialBackoff": "0.01s",
                    "maxBackoff": "0.01s",
                    "backoffMultiplier": 1,
                    "retryableStatusCodes": ["UNAVAILABLE", "INTERNAL"],
                },
            }
        ]
    }
    env.backend.fail(grpc.StatusCode.INTERNAL)
    client = env.client(retries=5, channel_args=[("grpc.service_config", json.dumps(config))])
    with pytest.raises(grpc.RpcError):
        await call(client.is_server_live())
    assert env.backend.count() == 2


# -- deadlines ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "method", "args"), METHODS, ids=METHOD_IDS)
async def test_timeout_semantics_for_every_method(env: Env, name: str, method: str, args: tuple[Any, ...]) -> None:
    client = env.client(timeout=30)
    no_deadline = env.client(timeout=None)
    await call(invoke(client, name, args))
    await call(invoke(client, name, args, timeout=USE_CLIENT_DEFAULT))
    await call(invoke(client, name, args, timeout=5))
    await call(invoke(client, name, args, timeout=None))
    await call(invoke(no_deadline, name, args))
    await call(invoke(no_deadline, name, args, timeout=2.5))
    # load/unload ask each client's server for its metadata once, before their first call.
    calls = [c for c in env.backend.calls if c.method == method]
    assert [c.method for c in env.backend.calls if c.method != method] == (
        ["ServerMetadata"] * 2 if name in ("load_model", "unload_model") else []
    )
    seen = [c.time_remaining for c in calls]
    assert 25 < seen[0] <= 30.5 and 25 < seen[1] <= 30.5  # gRPC adds ~0.1 s of slack
    assert 3 < seen[2] <= 5.5
    assert seen[3] is None and seen[4] is None
    assert 1 < seen[5] <= 3


async def test_deadline_exceeded_and_server_sees_it(env: Env) -> None:
    client = env.client()
    started = time.monotonic()
    with pytest.raises(grpc.RpcError) as info:
        await call(client.infer(request(sleep=5.0), timeout=0.2))
    assert info.value.code() == grpc.StatusCode.DEADLINE_EXCEEDED
    assert time.monotonic() - started < 2
    assert "ModelInfer for model 'echo'" in str(info.value)
    assert await async_wait_until(env.backend.cancelled.is_set)  # the handler stops its work
    assert not env.backend.finished.is_set()


async def test_one_deadline_covers_all_retry_attempts(env: Env) -> None:
    env.backend.fail(grpc.StatusCode.UNAVAILABLE, delay=0.15)
    started = time.monotonic()
    with pytest.raises(grpc.RpcError) as info:
        await call(env.client(retries=5).is_server_live(timeout=0.4))
    elapsed = time.monotonic() - started
    assert info.value.code() == grpc.StatusCode.DEADLINE_EXCEEDED
    assert elapsed < 1.0  # not 5 x 0.4 s
    assert 1 <= env.backend.count() <= 3


@pytest.mark.parametrize("bad", [0, -1, "5", True, float("nan")])
async def test_bad_timeouts_are_refused(env: Env, bad: Any) -> None:
    with pytest.raises((TypeError, ValueError), match="timeout"):
        await call(env.client().is_server_live(timeout=bad))
    with pytest.raises(ValueError, match="timeout"):
        env.client_class(env.url, timeout=bad)
    assert env.backend.count() == 0


async def test_numpy_timeouts_are_accepted(env: Env) -> None:
    import numpy as np

    client = env.client(timeout=np.float32(20))
    assert await call(client.is_server_live(timeout=np.float32(2.5)))
    assert await call(client.is_server_live())
    first, second = (c.time_remaining for c in env.backend.calls)
    assert 1 < first <= 3 and 15 < second <= 20.5


# -- cancellation -------------------------------------------------------------------------------


async def test_cancelling_the_task_cancels_the_rpc_server_side(backend: Any) -> None:
    from .conftest import start_async_server

    server, port = await start_async_server(backend)
    try:
        async with InferenceGRPCClient(f"127.0.0.1:{port}") as client:
            task = asyncio.create_task(client.infer(request(sleep=10.0)))
            assert await async_wait_until(backend.started.is_set)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            assert await async_wait_until(backend.cancelled.is_set)
            assert not backend.finished.is_set()
            assert await client.is_server_live()  # the channel is still fine
    finally:
        await server.stop(None)


async def test_wait_for_timeout_cancels_the_rpc(backend: Any) -> None:
    from .conftest import start_async_server

    server, port = await start_async_server(backend)
    try:
        async with InferenceGRPCClient(f"127.0.0.1:{port}") as client:
            with pytest.raises(asyncio.TimeoutError):
                await asyncio.wait_for(client.infer(request(sleep=10.0)), 0.2)
            assert await async_wait_until(backend.cancelled.is_set)
    finally:
        await server.stop(None)


# -- headers ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "method", "args"), METHODS, ids=METHOD_IDS)
async def test_headers_merge_and_reach_the_server(env: Env, name: str, method: str, args: tuple[Any, ...]) -> None:
    defaults = {"X-Team": "ml", "Authorization": "Bearer a", "trace-bin": b"\x00\x01"}
    client = env.client(headers=defaults)
    await call(invoke(client, name, args))
    await call(invoke(client, name, args, headers=[("authorization", "Bearer b"), ("X-Extra", "1")]))
    first, second = (c.metadata for c in env.backend.calls if c.method == method)
    assert (first["x-team"], first["authorization"], first["trace-bin"]) == ("ml", "Bearer a", b"\x00\x01")
    assert "x-extra" not in first
    assert (second["x-team"], second["authorization"], second["x-extra"]) == ("ml", "Bearer b", "1")
    assert second["trace-bin"] == b"\x00\x01"
    assert defaults == {"X-Team": "ml", "Authorization": "Bearer a", "trace-bin": b"\x00\x01"}


@pytest.mark.parametrize(
    ("headers", "match"),
    [
        ({"bad key": "v"}, "header key 'bad key' is invalid"),
        ({"grpc-timeout": "1"}, "reserved 'grpc-' prefix"),
        ({"x-a": b"bytes"}, "header 'x-a' takes a str value, not bytes"),
        ({"x-a": "caf\u00e9"}, "printable ASCII"),
        ({"x-a": "line\nbreak"}, "printable ASCII"),
        ({"x-a": "carriage\rreturn"}, "header 'x-a' value must be printable ASCII"),
        ({"x-a": 5}, "header 'x-a' takes a str value, not int"),
        ({"x-bin": 5}, "ends in -bin and takes bytes, not int"),
        ([("x-a",)], "is not a \\(key, value\\) pair"),
    ],
)
async def test_bad_headers_are_refused_before_sending(env: Env, headers: Any, match: str) -> None:
    client = env.client()
    with pytest.raises(InvalidInput, match=match):
        await call(client.is_server_live(headers=headers))
    with pytest.raises(InvalidInput, match=match):
        env.client_class(env.url, headers=headers)
    assert env.backend.count() == 0


# -- verbose logging ----------------------------------------------------------------------------


async def test_verbose_logs_requests_responses_and_errors(
    env: Env, caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str]
) -> None:
    caplog.set_level(logging.INFO, logger="inference_grpc")
    client = env.client(verbose=True)
    await call(client.infer(request()))
    await call(client.is_server_live())
    env.backend.fail(grpc.StatusCode.INTERNAL, details="boom")
    with pytest.raises(grpc.RpcError):
        await call(client.model_metadata("echo"))
    records = [r for r in caplog.records if r.name == "inference_grpc"]
    text = "\n".join(r.getMessage() for r in records)
    assert "ModelInfer request" in text and "ModelInfer response" in text
    assert "ServerLive" in text and "boom" in text
    assert all(r.exc_info is None for r in records)  # no tracebacks in the log
    out = capsys.readouterr()
    assert out.out == ""  # nothing printed


async def test_verbose_log_lines_are_cut_for_large_tensors(env: Env, caplog: pytest.LogCaptureFixture) -> None:
    import numpy as np

    caplog.set_level(logging.INFO, logger="inference_grpc")
    tensor = InferInput("s", [1000], "BYTES")
    tensor.set_data_from_numpy(np.array([b"x" * 1000] * 1000, dtype=object))
    await call(env.client(verbose=True).infer(InferRequest("echo", [tensor])))
    lines = [r.getMessage() for r in caplog.records if r.name == "inference_grpc"]
    assert len(lines) == 2 and all(len(line) < 2200 for line in lines)
    assert "raw_input_contents=[b'\\xe8\\x03\\x00\\x00xxxx" in lines[0] and "...<1004000 bytes>" in lines[0]
    assert "ModelInfer response: ModelInferResponse(model_name='echo'" in lines[1]


async def test_quiet_by_default(env: Env, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="inference_grpc")
    client = env.client()
    await call(client.infer(request()))
    env.backend.fail(grpc.StatusCode.INTERNAL)
    with pytest.raises(grpc.RpcError):
        await call(client.is_server_live())
    assert [r for r in caplog.records if r.name.startswith("inference_grpc")] == []


# -- closing ------------------------------------------------------------------------------------


async def test_async_context_manager_closes_the_channel(backend: Any) -> None:
    from .conftest import start_async_server

    server, port = await start_async_server(backend)
    try:
        async with InferenceGRPCClient(f"127.0.0.1:{port}") as client:
            assert await client.is_server_live()
        with pytest.raises(grpc.aio.UsageError, match="Channel is closed"):
            await client.is_server_live()
        await client.close()  # closing twice is harmless
    finally:
        await server.stop(None)


def test_sync_context_manager_closes_the_channel(backend: Any) -> None:
    from .conftest import start_sync_server

    server, port = start_sync_server(backend)
    try:
        with SyncInferenceGRPCClient(f"127.0.0.1:{port}") as client:
            assert client.is_server_live()
            assert client.infer(request()).outputs[0].as_numpy().tolist() == [1.0]
        with pytest.raises(ValueError, match="closed channel"):
            client.is_server_live()
        client.close()
    finally:
        server.stop(None)


async def test_kserve_positional_is_model_ready(env: Env) -> None:
    """KServe's is_model_ready(model_name, timeout, headers) has no version argument: it still works."""
    client = env.client()
    assert await call(client.is_model_ready("echo", 5)) is True
    seen = env.backend.last()
    assert seen.request.version == "" and 3 < seen.time_remaining <= 5.5
    assert await call(client.is_model_ready("echo", 5, {"X-A": "1"})) is True
    assert env.backend.last().metadata["x-a"] == "1"
    assert await call(client.is_model_ready("echo", "2", 5)) is True  # ours: version, then timeout
    seen = env.backend.last()
    assert seen.request.version == "2" and 3 < seen.time_remaining <= 5.5


# -- encoding and decoding failures ---------------------------------------------------------------


async def test_unencodable_request_fails_before_sending(env: Env) -> None:
    from inference_grpc.protocol import ModelInferRequest, ModelInferRequestInferInputTensor

    bad = ModelInferRequest(
        model_name="echo", inputs=[ModelInferRequestInferInputTensor(name="x", datatype="FP32", shape=[2**64])]
    )
    with pytest.raises(ValueError, match="18446744073709551616 is out of range for int64"):
        await call(env.client().infer(bad))
    assert env.backend.count() == 0  # grpc.aio alone would have sent an empty request


@pytest.mark.parametrize("kind", ["async", "sync"])
async def test_malformed_response_raises_decode_error_without_a_logged_traceback(
    kind: str, caplog: pytest.LogCaptureFixture
) -> None:
    from concurrent import futures

    from inference_grpc import DecodeError

    def garbage(request: bytes, context: Any) -> bytes:
        return b"\x0a\xff\xff"  # field 1, length runs past the end

    server = grpc.server(futures.ThreadPoolExecutor(max_workers=2))
    handler = grpc.unary_unary_rpc_method_handler(garbage)  # no (de)serializers: raw bytes
    server.add_generic_rpc_handlers(
        (grpc.method_handlers_generic_handler("inference.GRPCInferenceService", {"ServerLive": handler}),)
    )
    port = server.add_insecure_port("127.0.0.1:0")
    server.start()
    caplog.set_level(logging.DEBUG)
    try:
        client_class = InferenceGRPCClient if kind == "async" else SyncInferenceGRPCClient
        client = client_class(f"127.0.0.1:{port}")
        with pytest.raises(DecodeError, match=r"cannot decode inference\.ServerLiveResponse"):
            await call(client.is_server_live())
        await call(client.close())
    finally:
        server.stop(None)
    assert [r for r in caplog.records if r.exc_info] == []


async def test_empty_tensors(env: Env) -> None:
    import numpy as np

    client = env.client()
    for binary in (True, False):
        for datatype, dtype in (("FP32", np.float32), ("BYTES", object), ("INT8", np.int8)):
            tensor = InferInput("e", [0, 3], datatype)
            tensor.set_data_from_numpy(np.zeros((0, 3), dtype=dtype), binary_data=binary)
            out = (await call(client.infer(InferRequest("echo", [tensor])))).outputs[0]
            assert out.shape == [0, 3] and out.as_numpy().shape == (0, 3)
