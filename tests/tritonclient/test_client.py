"""InferenceServerClient (sync and aio) on ours alone: against the embedded server (health,
metadata, Triton's config, index and statistics, infer, both flavours' streams on a decoupled
model), deadlines and cancellation on a slow model, the lifetime of the blocking client's callback
thread, verbose output; against a servicer of our service_pb2_grpc that records what it receives:
headers (plugins, BasicAuth, uppercase keys), retries on UNAVAILABLE, UNIMPLEMENTED naming the
server. The differential scenarios against real tritonclient and Triton are in
tests/interop/test_tritonclient_client.py.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import Iterator
from concurrent import futures
from typing import Any

import grpc
import numpy as np
import pytest

import inference_grpc.tritonclient.grpc as grpcclient
import inference_grpc.tritonclient.grpc.aio as aioclient
from inference_grpc.server import Model, TensorSpec, demo_models, serve_in_thread
from inference_grpc.tritonclient.grpc import auth, service_pb2, service_pb2_grpc
from inference_grpc.tritonclient.utils import InferenceServerException


def _slow(inputs: dict[str, Any]) -> dict[str, Any]:
    time.sleep(1.5)
    return {"OUTPUT0": inputs["INPUT0"]}


def _repeat(inputs: dict[str, Any], parameters: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for i in range(int(parameters.get("n", 2))):
        yield {"OUTPUT0": inputs["INPUT0"] * i}


@pytest.fixture(scope="module")
def url() -> Iterator[str]:
    registry = demo_models()
    registry.add(Model("slow", _slow, inputs=[TensorSpec("INPUT0")], outputs=[TensorSpec("OUTPUT0")], threaded=True))
    registry.add(Model("repeat", _repeat, inputs=[TensorSpec("INPUT0")], outputs=[TensorSpec("OUTPUT0")]))
    with serve_in_thread(registry) as address:
        yield address


def _inputs() -> list[Any]:
    a = np.arange(16, dtype=np.float32).reshape(1, 16)
    return [
        grpcclient.InferInput("INPUT0", [1, 16], "FP32").set_data_from_numpy(a),
        grpcclient.InferInput("INPUT1", [1, 16], "FP32").set_data_from_numpy(a),
    ]


def _one() -> list[Any]:
    return [grpcclient.InferInput("INPUT0", [1], "FP32").set_data_from_numpy(np.ones(1, np.float32))]


def test_sync_client_on_the_embedded_server(url: str) -> None:
    with grpcclient.InferenceServerClient(url) as client:
        assert client.is_server_live() and client.is_server_ready() and client.is_model_ready("simple_fp32")
        metadata = client.get_server_metadata()
        assert isinstance(metadata, service_pb2.ServerMetadataResponse)
        assert client.get_server_metadata(as_json=True)["name"] == metadata.name
        model = client.get_model_metadata("simple_fp32", as_json=True)
        assert [i["name"] for i in model["inputs"]] == ["INPUT0", "INPUT1"]
        result = client.infer("simple_fp32", _inputs(), outputs=[grpcclient.InferRequestedOutput("OUTPUT0")])
        assert result.as_numpy("OUTPUT0").tolist() == [[2.0 * i for i in range(16)]]
        assert result.as_numpy("OUTPUT1") is None
        assert isinstance(result.get_response(), service_pb2.ModelInferResponse)
        with pytest.raises(InferenceServerException) as missing:
            client.infer("no_such_model", _inputs())
        assert missing.value.status() == "StatusCode.NOT_FOUND"
        config = client.get_model_config("simple_fp32")
        assert isinstance(config, service_pb2.ModelConfigResponse) and config.config.name == "simple_fp32"
        index = client.get_model_repository_index(as_json=True)
        assert {"name": "simple_fp32", "version": "1", "state": "READY"} in index["models"]


def test_aio_client_on_the_embedded_server(url: str) -> None:
    async def run() -> None:
        async with aioclient.InferenceServerClient(url) as client:
            assert await client.is_server_live()
            result = await client.infer("simple_fp32", _inputs(), request_id="x", parameters={"a": 1})
            assert result.get_response().id == "x"
            assert result.as_numpy("OUTPUT1").tolist() == [[0.0] * 16]
            with pytest.raises(InferenceServerException) as deadline:
                await client.infer("slow", _one(), client_timeout=0.2)
            assert deadline.value.status() == "StatusCode.DEADLINE_EXCEEDED"
            with pytest.raises(InferenceServerException) as reserved:
                await client.infer("simple_fp32", _inputs(), parameters={"triton_x": 1})
            assert reserved.value.status() is None
            stats = await client.get_inference_statistics("simple_fp32", as_json=True)
            assert stats["model_stats"][0]["name"] == "simple_fp32"

            async def requests() -> Any:
                yield {"model_name": "repeat", "inputs": _one(), "request_id": "r", "parameters": {"n": 3}}
                yield {"model_name": "no_such_model", "inputs": _one(), "request_id": "bad"}

            got = [
                (r.as_numpy("OUTPUT0").tolist(), r.get_response().id) if e is None else e.message()
                async for r, e in client.stream_infer(requests())
            ]
            assert got[:3] == [([0.0], "r"), ([1.0], "r"), ([2.0], "r")] and len(got) == 4
            assert "no_such_model" in got[3]

    asyncio.run(run())


def test_callback_stream_on_the_embedded_server(url: str) -> None:
    got: list[Any] = []
    with grpcclient.InferenceServerClient(url) as client:
        client.start_stream(lambda result, error: got.append(error or result.as_numpy("OUTPUT0").tolist()))
        client.async_stream_infer("repeat", _one(), request_id="a", parameters={"n": 2})
        client.async_stream_infer("no_such_model", _one(), request_id="b")
        client.stop_stream()
        assert got[:2] == [[0.0], [1.0]] and isinstance(got[2], InferenceServerException) and len(got) == 3
        # Cancelling: the callback gets one CANCELLED error, and a new stream can start.
        got.clear()
        client.start_stream(lambda result, error: got.append(error))
        client.stop_stream(cancel_requests=True)
        assert [e.status() for e in got] == ["StatusCode.CANCELLED"]
        client.start_stream(lambda result, error: got.append(result))
        client.async_stream_infer("repeat", _one(), parameters={"n": 1})
    assert len(got) == 2  # close() waited for the stream's response


def test_deadline_and_async_infer_cancel(url: str) -> None:
    with grpcclient.InferenceServerClient(url) as client:
        with pytest.raises(InferenceServerException) as deadline:
            client.infer("slow", _one(), client_timeout=0.2)
        assert deadline.value.status() == "StatusCode.DEADLINE_EXCEEDED"
        got: list[Any] = []
        done = threading.Event()

        def callback(result: Any, error: Any) -> None:
            got.append((result, error))
            done.set()

        context = client.async_infer("slow", _one(), callback)
        time.sleep(0.2)
        context.cancel()
        assert done.wait(5)
        ((result, error),) = got
        assert result is None and error.status() == "StatusCode.CANCELLED"
        assert error.message() == "Locally cancelled by application!"
        # A call that ended is not cancelled by cancel().
        done.clear()
        got.clear()
        context = client.async_infer("simple_fp32", _inputs(), callback)
        assert done.wait(5)
        context.cancel()
        assert got[0][1] is None and got[0][0].as_numpy("OUTPUT0")[0, 1] == 2.0


def test_the_callback_thread_is_made_on_first_use_and_ended_by_close(url: str) -> None:
    before = {t.name for t in threading.enumerate()}
    client = grpcclient.InferenceServerClient(url)
    client.is_server_live()
    assert {t.name for t in threading.enumerate()} == before  # no callback thread for blocking calls
    done = threading.Event()
    client.async_infer("simple_fp32", _inputs(), lambda result, error: done.set())
    assert done.wait(5)
    assert "inference-grpc-callbacks" in {t.name for t in threading.enumerate()}
    client.close()
    assert "inference-grpc-callbacks" not in {t.name for t in threading.enumerate()}


def test_verbose_logs_and_prints_nothing(url: str, capsys: pytest.CaptureFixture[str], caplog: Any) -> None:
    with caplog.at_level(logging.INFO, logger="inference_grpc"), grpcclient.InferenceServerClient(
        url, verbose=True
    ) as client:
        client.infer("simple_fp32", _inputs())
    assert capsys.readouterr() == ("", "")
    assert any("ModelInfer" in r.getMessage() for r in caplog.records)


class _Recording(service_pb2_grpc.GRPCInferenceServiceServicer):  # type: ignore[misc]
    def __init__(self) -> None:
        self.metadata: list[dict[str, str]] = []
        self.unavailable = 0  # answer the next calls UNAVAILABLE

    def ServerLive(self, request: Any, context: Any) -> Any:  # noqa: N802 - the RPC's name
        if self.unavailable:
            self.unavailable -= 1
            context.abort(grpc.StatusCode.UNAVAILABLE, "busy")
        self.metadata.append({k: v for k, v in context.invocation_metadata() if not k.startswith(("grpc-", "user-"))})
        return service_pb2.ServerLiveResponse(live=True)


@pytest.fixture
def recording() -> Iterator[tuple[str, _Recording]]:
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=2))
    servicer = _Recording()
    service_pb2_grpc.add_GRPCInferenceServiceServicer_to_server(servicer, server)
    port = server.add_insecure_port("127.0.0.1:0")
    server.start()
    try:
        yield f"127.0.0.1:{port}", servicer
    finally:
        server.stop(None)


class _Tagger(grpcclient.InferenceServerClientPlugin):
    def __call__(self, request: Any) -> None:
        request.headers["x-tag"] = "plugged"


def test_headers_plugins_and_basic_auth_reach_the_server(recording: tuple[str, _Recording]) -> None:
    address, servicer = recording
    with grpcclient.InferenceServerClient(address) as client:
        client.is_server_live(headers={"x-a": "1"})
        client.is_server_live(headers={"X-Upper-Key": "v"})  # tritonclient: INTERNAL "Invalid metadata"
        client.register_plugin(_Tagger())
        headers = {"x-b": "2"}
        client.is_server_live(headers=headers)
        assert headers == {"x-b": "2"}  # the caller's dict is left as it was
        client.unregister_plugin()
        client.register_plugin(auth.BasicAuth("user", "pass"))
        client.is_server_live()
    assert servicer.metadata == [
        {"x-a": "1"},
        {"x-upper-key": "v"},
        {"x-b": "2", "x-tag": "plugged"},
        {"authorization": "Basic dXNlcjpwYXNz"},
    ]

    async def run() -> None:
        async with aioclient.InferenceServerClient(address) as client:
            client.register_plugin(_Tagger())
            assert await client.is_server_live(headers={"x-c": "3"})

    asyncio.run(run())
    assert servicer.metadata[-1] == {"x-c": "3", "x-tag": "plugged"}


def test_triton_methods_on_a_server_without_them(recording: tuple[str, _Recording]) -> None:
    address, _ = recording
    with grpcclient.InferenceServerClient(address) as client, pytest.raises(InferenceServerException) as unimplemented:
        client.get_model_config("m")
    assert unimplemented.value.status() == "StatusCode.UNIMPLEMENTED"
    assert unimplemented.value.message().startswith(f"not implemented by the server at {address}")


def test_unavailable_is_retried(recording: tuple[str, _Recording]) -> None:
    address, servicer = recording
    with grpcclient.InferenceServerClient(address) as client:
        servicer.unavailable = 2
        assert client.is_server_live()  # the third attempt (tritonclient raises at the first)
        servicer.unavailable = 3
        with pytest.raises(InferenceServerException) as failed:
            client.is_server_live()
        assert failed.value.status() == "StatusCode.UNAVAILABLE" and failed.value.message() == "busy"


def test_a_callback_that_raises_is_logged_and_the_stream_goes_on(
    url: str, capsys: pytest.CaptureFixture[str], caplog: Any
) -> None:
    got: list[Any] = []

    def callback(result: Any, error: Any) -> None:
        got.append(result.as_numpy("OUTPUT0").tolist())
        if len(got) == 1:
            raise ValueError("user bug")

    with caplog.at_level(logging.WARNING, logger="inference_grpc"), grpcclient.InferenceServerClient(url) as client:
        client.start_stream(callback)
        client.async_stream_infer("repeat", _one(), parameters={"n": 2})
        client.stop_stream()
        done = threading.Event()
        client.async_infer("simple_fp32", _inputs(), lambda result, error: (done.set(), 1 / 0))
        assert done.wait(5)
        time.sleep(0.1)
    assert got == [[0.0], [1.0]]
    messages = [r.getMessage() for r in caplog.records]
    assert "the callback raised ValueError: user bug" in messages
    assert "the callback raised ZeroDivisionError: division by zero" in messages
    assert capsys.readouterr().err == ""
