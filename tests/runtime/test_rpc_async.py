"""All four RPC kinds through the generated async stubs and an async servicer, over loopback."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from typing import Any

import grpc
import grpc.aio
import numpy as np
import pytest

from inference_grpc.runtime import AsyncCaller, InvalidInput, RpcError

SCALARS = {"f_double": -0.0, "f_int64": -(2**63), "f_uint64": 2**64 - 1, "f_string": "é", "f_bytes": b"\x00"}


@pytest.fixture
async def stub(aio_server: tuple[str, Any], v1: Any) -> AsyncIterator[Any]:
    async with grpc.aio.insecure_channel(aio_server[0]) as channel:
        yield v1.StreamerStub(channel)


async def test_unary(stub: Any, v1: Any) -> None:
    ask = v1.Ask(index=7, text="hi", payload=b"\x01" * 5000, scalars=v1.Scalars(**SCALARS))
    reply = await stub.unary(ask, timeout=10)
    assert isinstance(reply, v1.Reply)
    assert (reply.index, reply.text, bytes(reply.payload)) == (7, "hi", b"\x01" * 5000)
    assert reply.scalars == v1.Scalars(**SCALARS)


async def test_a_call_through_the_runtime_may_decode_the_reply_itself(stub: Any, v1: Any) -> None:
    route = v1.StreamerStub.routes["unary"]
    caller = stub._caller
    kind, data = await caller.unary_unary(route)(v1.Ask(index=7, text="hi"), timeout=10, decode=lambda b: ("raw", b))
    assert kind == "raw" and type(data) is bytes
    assert v1.Reply.parse(data) == await stub.unary(v1.Ask(index=7, text="hi"), timeout=10)

    def failing(data: bytes) -> None:
        raise ValueError("no thanks")

    with pytest.raises(ValueError, match="no thanks"):
        await caller.unary_unary(route)(v1.Ask(index=1), timeout=10, decode=failing)


async def test_server_stream(stub: Any, v1: Any) -> None:
    replies = [r async for r in stub.server_stream(v1.Ask(count=5, text="s"), timeout=10)]
    assert [r.index for r in replies] == [0, 1, 2, 3, 4]
    assert {r.text for r in replies} == {"s"}


async def test_client_stream_from_async_and_plain_iterables(stub: Any, v1: Any) -> None:
    async def asks() -> AsyncIterator[Any]:
        for i in range(4):
            yield v1.Ask(index=i, text=f"a{i}")

    reply = await stub.client_stream(asks(), timeout=10)
    assert (reply.received, reply.text) == (4, "a0,a1,a2,a3")
    reply = await stub.client_stream([v1.Ask(text="x"), v1.Ask(text="y")], timeout=10)
    assert (reply.received, reply.text) == (2, "x,y")
    reply = await stub.client_stream([], timeout=10)
    assert reply.received == 0


async def test_bidi_stream(stub: Any, v1: Any) -> None:
    async def asks() -> AsyncIterator[Any]:
        for i, word in enumerate(["one", "two", "three"]):
            await asyncio.sleep(0)
            yield v1.Ask(index=i, text=word)

    replies = [r async for r in stub.bidi(asks(), timeout=10)]
    assert [(r.index, r.text) for r in replies] == [(0, "ONE"), (1, "TWO"), (2, "THREE")]


async def test_deadline_exceeded_is_an_rpc_error_with_its_code(stub: Any, v1: Any) -> None:
    started = time.monotonic()
    with pytest.raises(RpcError) as info:
        await stub.unary(v1.Ask(sleep_seconds=5), timeout=0.2)
    assert time.monotonic() - started < 3
    assert isinstance(info.value, grpc.RpcError)
    assert info.value.code() == grpc.StatusCode.DEADLINE_EXCEEDED
    with pytest.raises(RpcError) as info:
        async for _ in stub.server_stream(v1.Ask(count=3, sleep_seconds=5), timeout=0.2):
            pass
    assert info.value.code() == grpc.StatusCode.DEADLINE_EXCEEDED


async def test_timeout_none_means_no_deadline(aio_server: tuple[str, Any], v1: Any) -> None:
    async with grpc.aio.insecure_channel(aio_server[0]) as channel:
        stub = v1.StreamerStub(AsyncCaller(channel, timeout=30))
        assert (await stub.unary(v1.Ask(text="deadline?"))).text != "none"  # the client's default
        assert float((await stub.unary(v1.Ask(text="deadline?"), timeout=5)).text) <= 5
        assert (await stub.unary(v1.Ask(text="deadline?"), timeout=None)).text == "none"
        plain = v1.StreamerStub(channel)
        assert (await plain.unary(v1.Ask(text="deadline?"))).text == "none"


async def test_metadata_reaches_the_server(stub: Any, v1: Any) -> None:
    reply = await stub.unary(
        v1.Ask(), metadata={"X-Request-Id": "abc-123", "trace-bin": b"\x00\xff", "user": "u"}, timeout=10
    )
    assert reply.metadata["x-request-id"] == "abc-123"
    assert reply.metadata["user"] == "u"
    assert bytes(reply.binary_metadata["trace-bin"]) == b"\x00\xff"
    replies = [r async for r in stub.server_stream(v1.Ask(count=1), metadata=[("Pair", "p")], timeout=10)]
    assert replies[0].metadata["pair"] == "p"
    with pytest.raises(InvalidInput):
        await stub.unary(v1.Ask(), metadata={"plain": b"bytes need a -bin key"}, timeout=10)
    with pytest.raises(InvalidInput):
        await stub.unary(v1.Ask(), metadata={"grpc-reserved": "x"}, timeout=10)


async def test_compression_is_accepted(stub: Any, v1: Any) -> None:
    payload = b"compressible " * 10_000
    for compression in (grpc.Compression.Gzip, grpc.Compression.Deflate, grpc.Compression.NoCompression):
        reply = await stub.unary(v1.Ask(payload=payload), compression=compression, timeout=10)
        assert bytes(reply.payload) == payload
        replies = [r async for r in stub.bidi([v1.Ask(text="c")], compression=compression, timeout=10)]
        assert replies[0].text == "C"


async def test_unimplemented_methods(stub: Any, v1: Any) -> None:
    with pytest.raises(RpcError) as info:
        await stub.not_served(v1.Ask(), timeout=10)
    assert info.value.code() == grpc.StatusCode.UNIMPLEMENTED
    assert "NotServed" in info.value.details()
    with pytest.raises(RpcError) as info:
        async for _ in stub.not_served_stream(v1.Ask(), timeout=10):
            pass
    assert info.value.code() == grpc.StatusCode.UNIMPLEMENTED


async def test_breaking_out_of_a_response_stream_cancels_the_call(
    stub: Any, v1: Any, aio_server: tuple[str, Any]
) -> None:
    observed = aio_server[1]
    received = 0
    async for _ in stub.server_stream(v1.Ask(count=1000, sleep_seconds=0.01), timeout=30):
        received += 1
        if received == 3:
            break
    deadline = time.monotonic() + 5
    while not observed.finished.is_set() and time.monotonic() < deadline:
        await asyncio.sleep(0.02)
    assert observed.cancelled.is_set(), "the server kept streaming after the client left"
    assert observed.sent < 100


async def test_stream_errors_keep_their_status_code(stub: Any, v1: Any) -> None:
    received = []
    with pytest.raises(RpcError) as info:
        async for reply in stub.server_stream(v1.Ask(count=5, fail_after=2, fail_code=8), timeout=10):
            received.append(reply.index)
    assert received == [0, 1]
    assert info.value.code() == grpc.StatusCode.RESOURCE_EXHAUSTED
    assert info.value.details() == "failed after 2"

    with pytest.raises(RpcError) as info:
        async for _ in stub.bidi([v1.Ask(index=0), v1.Ask(index=1, fail_code=9)], timeout=10):
            pass
    assert info.value.code() == grpc.StatusCode.FAILED_PRECONDITION
    with pytest.raises(RpcError) as info:
        await stub.unary(v1.Ask(text="bad", fail_code=3), timeout=10)
    assert (info.value.code(), info.value.details()) == (grpc.StatusCode.INVALID_ARGUMENT, "failed: bad")


# -- the protocol's own service -----------------------------------------------------------------

MIB = 1 << 20


async def test_model_infer_with_a_16_mib_raw_tensor() -> None:
    from inference_grpc_gen.oip import inference as oip

    class Echo(oip.GRPCInferenceServiceServicer):  # type: ignore[misc]
        async def model_infer(self, request: Any, context: Any) -> Any:
            (tensor,) = request.inputs
            return oip.ModelInferResponse(
                model_name=request.model_name,
                id=request.id,
                outputs=[oip.ModelInferResponseInferOutputTensor(name="out", datatype="FP32", shape=tensor.shape)],
                raw_output_contents=list(request.raw_input_contents),
            )

    options = [("grpc.max_receive_message_length", 64 * MIB), ("grpc.max_send_message_length", 64 * MIB)]
    server = grpc.aio.server(options=options)
    Echo().add_to_server(server)
    port = server.add_insecure_port("127.0.0.1:0")
    await server.start()
    try:
        tensor = np.arange(4 * MIB, dtype=np.float32)  # 16 MiB
        request = oip.ModelInferRequest(
            model_name="echo",
            id="big",
            inputs=[oip.ModelInferRequestInferInputTensor(name="in", datatype="FP32", shape=[4 * MIB])],
            raw_input_contents=[tensor],  # a numpy array goes as its bytes, uncopied
        )
        async with grpc.aio.insecure_channel(f"127.0.0.1:{port}", options=options) as channel:
            response = await oip.GRPCInferenceServiceStub(channel).model_infer(request, timeout=60)
        assert (response.model_name, response.id) == ("echo", "big")
        assert list(response.outputs[0].shape) == [4 * MIB]
        (raw,) = response.raw_output_contents
        assert isinstance(raw, memoryview), "a large bytes field should be a view of the received message"
        np.testing.assert_array_equal(np.frombuffer(raw, dtype=np.float32), tensor)
    finally:
        await server.stop(None)
