"""Triton's methods of both client twins against the embedded server (inference_grpc.server).

The embedded server serves Triton's RPCs, so every result is checked (UNIMPLEMENTED reaching the
caller is checked against KServe and MLServer in tests/interop).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import grpc
import numpy as np
import pytest

from inference_grpc import (
    InferenceGRPCClient,
    InferInput,
    InferRequest,
    RequestedOutput,
    RpcError,
    SyncInferenceGRPCClient,
)
from inference_grpc.server import demo_models, serve_in_thread
from inference_grpc.shared_memory import SharedMemoryRegion

from .conftest import call


@pytest.fixture(scope="module")
def url() -> Iterator[str]:
    with serve_in_thread(demo_models()) as address:
        yield address


@pytest.fixture(params=["async", "sync"])
def client_class(request: pytest.FixtureRequest) -> type[Any]:
    return InferenceGRPCClient if request.param == "async" else SyncInferenceGRPCClient


async def _answered(method: Callable[[], Any], url: str) -> Any:
    """The call's result: the embedded server answers every Triton method it is asked here."""
    return await call(method())


def _simple(a: np.ndarray[Any, Any], b: np.ndarray[Any, Any]) -> list[InferInput]:
    inputs = [InferInput("INPUT0", list(a.shape), "FP32"), InferInput("INPUT1", list(b.shape), "FP32")]
    inputs[0].set_data_from_numpy(a)
    inputs[1].set_data_from_numpy(b)
    return inputs


async def test_config_statistics_and_index(url: str, client_class: Any) -> None:
    client = client_class(url)
    try:
        config = await _answered(lambda: client.model_config("simple_fp32"), url)
        assert config.name == "simple_fp32"
        assert [t.name for t in config.input] == ["INPUT0", "INPUT1"]
        before = await _answered(lambda: client.model_statistics("simple_fp32"), url)
        a = np.ones((1, 16), np.float32)
        for _ in range(3):
            await call(client.infer(InferRequest("simple_fp32", _simple(a, a))))
        after = await call(client.model_statistics("simple_fp32"))  # recorded before the reply is sent
        count = lambda stats: sum(s.inference_count for s in stats.model_stats)  # noqa: E731
        assert count(after) - count(before) == 3
        index = await _answered(lambda: client.repository_index(), url)
        assert {"simple", "simple_fp32", "identity"} <= {m.name for m in index}
    finally:
        await call(client.close())


async def test_unload_and_load(url: str, client_class: Any) -> None:
    client = client_class(url)
    try:
        assert (await call(client.unload_model("simple"))).is_unloaded
        assert not await call(client.is_model_ready("simple"))
        assert (await call(client.load_model("simple"))).is_loaded
        assert await call(client.is_model_ready("simple"))
    finally:
        await call(client.close())


async def test_system_shared_memory_in_and_out(url: str, client_class: Any) -> None:
    a = np.arange(16, dtype=np.float32).reshape(1, 16)
    b = np.full((1, 16), 4.0, np.float32)
    client = client_class(url)
    try:
        with SharedMemoryRegion.create(3 * a.nbytes) as region:
            region.write(a)
            await _answered(
                lambda: client.register_system_shared_memory("embedded_io", region.key, region.byte_size), url
            )
            status = await _answered(lambda: client.system_shared_memory_status(), url)
            try:
                assert status["embedded_io"].key == region.key
                inputs = _simple(a, b)
                inputs[0].set_shared_memory("embedded_io", a.nbytes)
                out = RequestedOutput("OUTPUT0")
                out.set_shared_memory("embedded_io", a.nbytes, offset=2 * a.nbytes)
                await call(client.infer(InferRequest("simple_fp32", inputs, request_outputs=[out])))
                np.testing.assert_array_equal(region.as_numpy([1, 16], "FP32", offset=2 * a.nbytes), a + b)
            finally:
                await call(client.unregister_system_shared_memory("embedded_io"))
            assert "embedded_io" not in await call(client.system_shared_memory_status())
    finally:
        await call(client.close())


async def test_infer_of_a_decoupled_model_says_the_server_refuses_that_form(url: str, client_class: Any) -> None:
    # The method exists (ModelInfer), but not for a streaming model: the message says so, not "not implemented".
    text = InferInput("TEXT", [1], "BYTES")
    text.set_data_from_numpy(np.array([b"a b"], dtype=object))
    client = client_class(url)
    try:
        with pytest.raises(RpcError) as info:
            await call(client.infer(InferRequest("stream_words", [text])))
    finally:
        await call(client.close())
    error = info.value
    assert error.code() == grpc.StatusCode.UNIMPLEMENTED and error.model == "stream_words"
    assert error.details().startswith(f"the server at {url} does not do this: ") and "decoupled" in error.details()
