"""The generated stubs against three servers of one service (protoc+grpcio's, our async and our
blocking servicers), async and blocking, the way gRPC's interop tests exercise a stack: all four
RPC kinds, metadata echo, status codes, deadlines, cancellation, compression on the wire, and
map/oneof/optional/enum/Timestamp/Duration fields."""

from __future__ import annotations

import asyncio
import datetime as dt
import time
from collections.abc import AsyncIterator, Iterator
from typing import Any

import grpc
import grpc.aio
import pytest
from conftest import ECHO_INITIAL, ECHO_TRAILING, Server

from inference_grpc.runtime import RpcError


@pytest.fixture
def v1(ours: Any) -> Any:
    return ours.module("wireplay.v1")


@pytest.fixture
def wkt(ours: Any) -> Any:
    return ours.module("google.protobuf")


@pytest.fixture
async def aio(server: Server, v1: Any) -> AsyncIterator[Any]:
    async with grpc.aio.insecure_channel(server.address) as channel:
        yield v1.TestServiceStub(channel)


@pytest.fixture
def blocking(server: Server, v1: Any) -> Iterator[Any]:
    with grpc.insecure_channel(server.address) as channel:
        yield v1.TestServiceSyncStub(channel)


def _rich(v1: Any, wkt: Any) -> Any:
    return v1.SimpleRequest(
        payload=v1.Payload(body=b"\x00\x01" * 600),
        labels={"a": "1", "é": "ü"},
        payloads={-1: v1.Payload(body=b"x"), 7: v1.Payload()},
        nested=v1.Payload(body=b"in a oneof"),
        maybe=0,
        mode=v1.Mode.MODE_UPPER,
        at=wkt.Timestamp.from_datetime(dt.datetime(2024, 2, 29, 12, 0, 0, 123456, tzinfo=dt.timezone.utc)),
        values=[-0.0, 1.5, float("inf")],
    )


def _echo_metadata() -> tuple[tuple[str, Any], ...]:
    return ((ECHO_INITIAL, "initial-value"), (ECHO_TRAILING, b"\x00\xfftrailing"))


# -- async ---------------------------------------------------------------------------------------


async def test_empty_and_large_unary(aio: Any, v1: Any) -> None:
    assert (await aio.unary_call(v1.SimpleRequest(), timeout=10)).echo == v1.SimpleRequest()
    big = v1.SimpleRequest(payload=v1.Payload(body=bytes(range(256)) * 1024))
    assert (await aio.unary_call(big, timeout=10)).echo == big


async def test_field_kinds_round_trip(aio: Any, v1: Any, wkt: Any) -> None:
    request = _rich(v1, wkt)
    echo = (await aio.unary_call(request, timeout=10)).echo
    assert echo == request
    assert echo.which_oneof("choice") == "nested" and echo.maybe == 0 and echo.mode is v1.Mode.MODE_UPPER
    assert echo.at.to_datetime() == dt.datetime(2024, 2, 29, 12, 0, 0, 123456, tzinfo=dt.timezone.utc)


async def test_metadata_echo_unary(aio: Any, v1: Any) -> None:
    call = aio.unary_call(v1.SimpleRequest(), timeout=10, metadata=_echo_metadata())
    await call
    assert (ECHO_INITIAL, "initial-value") in tuple(await call.initial_metadata())
    assert (ECHO_TRAILING, b"\x00\xfftrailing") in tuple(await call.trailing_metadata())
    assert await call.code() is grpc.StatusCode.OK


async def test_metadata_echo_streaming(aio: Any, v1: Any) -> None:
    call = aio.full_duplex_call(timeout=10, metadata=_echo_metadata())
    await call.write(v1.StreamingOutputCallRequest(sizes=[3]))
    assert (ECHO_INITIAL, "initial-value") in tuple(await call.initial_metadata())
    assert len((await call.read()).payload.body) == 3
    await call.done_writing()
    assert await call.read() is None
    assert (ECHO_TRAILING, b"\x00\xfftrailing") in tuple(await call.trailing_metadata())


async def test_server_streaming(aio: Any, v1: Any) -> None:
    sizes = [31415, 9, 2653, 58979]
    replies = [r async for r in aio.streaming_output_call(v1.StreamingOutputCallRequest(sizes=sizes), timeout=10)]
    assert [len(r.payload.body) for r in replies] == sizes and [r.index for r in replies] == [0, 1, 2, 3]


async def test_client_streaming(aio: Any, v1: Any) -> None:
    sizes = [27182, 8, 1828, 45904]
    requests = [v1.StreamingInputCallRequest(payload=v1.Payload(body=b"\x00" * n)) for n in sizes]
    reply = await aio.streaming_input_call(requests, timeout=10)
    assert (reply.aggregated_payload_size, reply.count) == (sum(sizes), 4)
    assert (await aio.streaming_input_call([], timeout=10)).count == 0


async def test_ping_pong(aio: Any, v1: Any) -> None:
    call = aio.full_duplex_call(timeout=10)
    for i, size in enumerate([31415, 9, 2653, 58979]):
        await call.write(v1.StreamingOutputCallRequest(sizes=[size]))
        reply = await call.read()
        assert (len(reply.payload.body), reply.index) == (size, i)
    await call.done_writing()
    assert await call.read() is None


async def test_status_codes_and_messages(aio: Any, v1: Any) -> None:
    status = v1.EchoStatus(code=2, message="test status message \t\n ✓")
    with pytest.raises(grpc.aio.AioRpcError) as info:
        await aio.unary_call(v1.SimpleRequest(response_status=status), timeout=10)
    assert info.value.code() is grpc.StatusCode.UNKNOWN and info.value.details() == status.message
    assert isinstance(info.value, RpcError)
    with pytest.raises(RpcError) as streamed:
        [r async for r in aio.full_duplex_call([v1.StreamingOutputCallRequest(response_status=status)], timeout=10)]
    assert streamed.value.code() is grpc.StatusCode.UNKNOWN and streamed.value.details() == status.message
    not_found = v1.EchoStatus(code=5, message="gone")
    with pytest.raises(RpcError) as after:
        request = v1.StreamingOutputCallRequest(sizes=[1, 2], response_status=not_found)
        [r async for r in aio.streaming_output_call(request, timeout=10)]
    assert after.value.code() is grpc.StatusCode.NOT_FOUND


async def test_deadline_exceeded(aio: Any, v1: Any, wkt: Any) -> None:
    slow = v1.SimpleRequest(sleep=wkt.Duration.from_timedelta(dt.timedelta(seconds=3)))
    started = time.monotonic()
    with pytest.raises(RpcError) as info:
        await aio.unary_call(slow, timeout=0.3)
    assert info.value.code() is grpc.StatusCode.DEADLINE_EXCEEDED and time.monotonic() - started < 2.5
    request = v1.StreamingOutputCallRequest(sizes=[1] * 50, interval=wkt.Duration(nanos=100_000_000))
    with pytest.raises(RpcError) as streamed:
        [r async for r in aio.streaming_output_call(request, timeout=0.5)]
    assert streamed.value.code() is grpc.StatusCode.DEADLINE_EXCEEDED


async def test_cancel_after_begin_and_first_response(aio: Any, v1: Any, wkt: Any, server: Server) -> None:
    call = aio.streaming_input_call(timeout=10)
    await call.write(v1.StreamingInputCallRequest(payload=v1.Payload(body=b"x")))
    assert call.cancel()
    with pytest.raises(asyncio.CancelledError):
        await call
    assert await call.code() is grpc.StatusCode.CANCELLED
    request = v1.StreamingOutputCallRequest(sizes=[1] * 100, interval=wkt.Duration(nanos=20_000_000))
    stream = aio.streaming_output_call(request, timeout=10)
    assert (await stream.read()).index == 0
    await stream.aclose()
    assert stream.cancelled()
    for _ in range(250):
        if server.seen.cancelled.is_set():
            break
        await asyncio.sleep(0.02)
    assert server.seen.cancelled.is_set(), "the server saw the cancellation"


@pytest.mark.parametrize("compression", [grpc.Compression.Gzip, grpc.Compression.Deflate])
async def test_compression_on_the_wire(aio: Any, v1: Any, server: Server, compression: grpc.Compression) -> None:
    request = v1.SimpleRequest(payload=v1.Payload(body=b"\x00" * 1_000_000))
    await aio.unary_call(v1.SimpleRequest(), timeout=10)  # the connection is set up
    before = server.relay.upstream
    assert (await aio.unary_call(request, timeout=10, compression=compression)).echo == request
    compressed = server.relay.upstream - before
    before = server.relay.upstream
    await aio.unary_call(request, timeout=10)
    plain = server.relay.upstream - before
    assert plain > 1_000_000 > 50 * compressed, (plain, compressed)


# -- blocking ------------------------------------------------------------------------------------


def test_sync_field_kinds_and_metadata(blocking: Any, v1: Any, wkt: Any) -> None:
    request = _rich(v1, wkt)
    reply, call = blocking.unary_call.with_call(request, timeout=10, metadata=_echo_metadata())
    assert reply.echo == request
    assert (ECHO_INITIAL, "initial-value") in tuple(call.initial_metadata())
    assert (ECHO_TRAILING, b"\x00\xfftrailing") in tuple(call.trailing_metadata())
    assert blocking.unary_call(v1.SimpleRequest(), timeout=10).echo == v1.SimpleRequest()


def test_sync_all_four_kinds(blocking: Any, v1: Any) -> None:
    replies = list(blocking.streaming_output_call(v1.StreamingOutputCallRequest(sizes=[5, 0, 7]), timeout=10))
    assert [len(r.payload.body) for r in replies] == [5, 0, 7]
    requests = [v1.StreamingInputCallRequest(payload=v1.Payload(body=b"\x00" * n)) for n in (1, 2, 3)]
    assert blocking.streaming_input_call(iter(requests), timeout=10).aggregated_payload_size == 6
    future = blocking.streaming_input_call.future(requests, timeout=10)
    assert future.result(timeout=10).count == 3
    chat = blocking.full_duplex_call([v1.StreamingOutputCallRequest(sizes=[1, 2])], timeout=10)
    assert [r.index for r in chat] == [0, 1]


def test_sync_status_and_deadline(blocking: Any, v1: Any, wkt: Any) -> None:
    with pytest.raises(grpc.RpcError) as info:
        blocking.unary_call(v1.SimpleRequest(response_status=v1.EchoStatus(code=3, message="bad")), timeout=10)
    assert info.value.code() is grpc.StatusCode.INVALID_ARGUMENT and info.value.details() == "bad"
    slow = v1.SimpleRequest(sleep=wkt.Duration.from_timedelta(dt.timedelta(seconds=3)))
    with pytest.raises(RpcError) as late:
        blocking.unary_call(slow, timeout=0.3)
    assert late.value.code() is grpc.StatusCode.DEADLINE_EXCEEDED
    future = blocking.unary_call.future(slow, timeout=10)
    assert future.cancel()
    with pytest.raises(grpc.FutureCancelledError):
        future.result()


def test_sync_cancel_a_stream(blocking: Any, v1: Any, wkt: Any, server: Server) -> None:
    request = v1.StreamingOutputCallRequest(sizes=[1] * 100, interval=wkt.Duration(nanos=20_000_000))
    stream = blocking.streaming_output_call(request, timeout=10)
    assert next(stream).index == 0
    stream.close()
    assert stream.cancelled() or stream.code() is grpc.StatusCode.CANCELLED
    assert server.seen.cancelled.wait(5), "the server saw the cancellation"


def test_sync_compression_on_the_wire(blocking: Any, v1: Any, server: Server) -> None:
    request = v1.SimpleRequest(payload=v1.Payload(body=b"\x00" * 1_000_000))
    blocking.unary_call(v1.SimpleRequest(), timeout=10)
    before = server.relay.upstream
    assert blocking.unary_call(request, timeout=10, compression=grpc.Compression.Gzip).echo == request
    compressed = server.relay.upstream - before
    assert compressed < 20_000, compressed
