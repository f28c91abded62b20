"""Call objects of the generated stubs, as grpc's conventions have them: metadata, status,
cancellation, request streams written by hand, futures; errors catchable as grpc.aio's; encode
failures of request streams raised to the caller; dropped response streams cancelled."""

from __future__ import annotations

import asyncio
import gc
import logging
import threading
import time
from collections.abc import AsyncIterator, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import grpc
import grpc.aio
import pytest

from inference_grpc.runtime import EncodeError, RpcError


def _servicers(v1: Any, seen: dict[str, Any]) -> tuple[Any, Any]:
    class Async(v1.StreamerServicer):  # type: ignore[misc]
        async def unary(self, request: Any, context: Any) -> Any:
            await context.send_initial_metadata((("x-initial", request.text),))
            context.set_trailing_metadata((("x-trailing", "t-" + request.text),))
            if request.fail_code:
                await context.abort(grpc.StatusCode.NOT_FOUND, "no such thing")
            return v1.Reply(text=request.text)

        async def server_stream(self, request: Any, context: Any) -> AsyncIterator[Any]:
            context.set_trailing_metadata((("x-trailing", "done"),))
            seen["cancelled"] = threading.Event()
            done = False
            try:
                for i in range(request.count):
                    await asyncio.sleep(request.sleep_seconds)
                    yield v1.Reply(index=i)
                done = True
            finally:  # cancelled while sleeping (CancelledError) or while suspended at yield (closed)
                if not done:
                    seen["cancelled"].set()

        async def client_stream(self, requests: Any, context: Any) -> Any:
            texts = [r.text async for r in requests]
            seen["received"] = texts
            return v1.Reply(received=len(texts), text=",".join(texts))

        async def bidi(self, requests: Any, context: Any) -> AsyncIterator[Any]:
            async for request in requests:
                yield v1.Reply(text=request.text.upper())

    class Sync(v1.StreamerSyncServicer):  # type: ignore[misc]
        def unary(self, request: Any, context: Any) -> Any:
            context.send_initial_metadata((("x-initial", request.text),))
            context.set_trailing_metadata((("x-trailing", "t-" + request.text),))
            if request.sleep_seconds:
                time.sleep(request.sleep_seconds)
            if request.fail_code:
                context.abort(grpc.StatusCode.NOT_FOUND, "no such thing")
            return v1.Reply(text=request.text)

        def server_stream(self, request: Any, context: Any) -> Iterator[Any]:
            seen["cancelled"] = threading.Event()
            context.add_callback(seen["cancelled"].set)
            for i in range(request.count):
                if not context.is_active():
                    return
                time.sleep(request.sleep_seconds)
                yield v1.Reply(index=i)

        def client_stream(self, requests: Any, context: Any) -> Any:
            texts = [r.text for r in requests]
            seen["received"] = texts
            return v1.Reply(received=len(texts), text=",".join(texts))

        def bidi(self, requests: Any, context: Any) -> Iterator[Any]:
            for request in requests:
                yield v1.Reply(text=request.text.upper())

    return Async(), Sync()


@pytest.fixture
async def aio(v1: Any) -> AsyncIterator[tuple[Any, dict[str, Any]]]:
    seen: dict[str, Any] = {}
    server = grpc.aio.server()
    _servicers(v1, seen)[0].add_to_server(server)
    port = server.add_insecure_port("127.0.0.1:0")
    await server.start()
    async with grpc.aio.insecure_channel(f"127.0.0.1:{port}") as channel:
        yield v1.StreamerStub(channel), seen
    await server.stop(None)


@pytest.fixture
def blocking(v1: Any) -> Iterator[tuple[Any, dict[str, Any]]]:
    seen: dict[str, Any] = {}
    server = grpc.server(ThreadPoolExecutor(max_workers=8))
    _servicers(v1, seen)[1].add_to_server(server)
    port = server.add_insecure_port("127.0.0.1:0")
    server.start()
    with grpc.insecure_channel(f"127.0.0.1:{port}") as channel:
        yield v1.StreamerSyncStub(channel), seen
    server.stop(None).wait(5)


async def _eventually(condition: Any, seconds: float = 5.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        await asyncio.sleep(0.02)
    return condition()


# -- async ---------------------------------------------------------------------------------------


async def test_unary_call_is_awaitable_and_has_metadata_and_status(aio: Any, v1: Any) -> None:
    stub, _ = aio
    call = stub.unary(v1.Ask(text="hello"), timeout=10)
    reply = await call
    assert reply == v1.Reply(text="hello")
    assert ("x-initial", "hello") in tuple(await call.initial_metadata())
    assert ("x-trailing", "t-hello") in tuple(await call.trailing_metadata())
    assert await call.code() is grpc.StatusCode.OK
    assert await call.details() == ""
    assert call.done() and not call.cancelled() and not call.cancel()


async def test_errors_are_catchable_as_grpc_aio_errors(aio: Any, v1: Any) -> None:
    stub, _ = aio
    with pytest.raises(grpc.aio.AioRpcError) as info:
        await stub.unary(v1.Ask(text="x", fail_code=5), timeout=10)
    error = info.value
    assert isinstance(error, RpcError) and isinstance(error, grpc.RpcError)
    assert error.code() is grpc.StatusCode.NOT_FOUND and error.details() == "no such thing"
    assert error.method == "Unary"
    assert ("x-trailing", "t-x") in tuple(error.trailing_metadata())
    assert ("x-initial", "x") in tuple(error.initial_metadata())


async def test_response_stream_call_has_metadata_and_read(aio: Any, v1: Any) -> None:
    stub, _ = aio
    call = stub.server_stream(v1.Ask(count=3), timeout=10)
    first = await call.read()
    assert first is not None and first.index == 0
    assert [r.index async for r in call] == [1, 2]
    assert await call.read() is None
    assert ("x-trailing", "done") in tuple(await call.trailing_metadata())
    assert await call.code() is grpc.StatusCode.OK


@pytest.mark.parametrize("kind", ["stream_unary", "stream_stream"])
async def test_request_streams_may_be_written(aio: Any, v1: Any, kind: str) -> None:
    stub, _ = aio
    if kind == "stream_unary":
        call = stub.client_stream(timeout=10)
        for word in ("a", "b"):
            await call.write(v1.Ask(text=word))
        await call.done_writing()
        assert (await call).text == "a,b"
    else:
        call = stub.bidi(timeout=10)
        await call.write(v1.Ask(text="one"))
        assert (await call.read()).text == "ONE"
        await call.write(v1.Ask(text="two"))
        await call.done_writing()
        assert [r.text async for r in call] == ["TWO"]


async def test_cancelling_a_unary_call(aio: Any, v1: Any) -> None:
    stub, _ = aio
    call = stub.server_stream(v1.Ask(count=100, sleep_seconds=0.05), timeout=10)
    assert call.cancel()
    with pytest.raises(asyncio.CancelledError):
        await call.read()
    assert call.cancelled()


def _complaints(caplog: pytest.LogCaptureFixture) -> list[str]:
    """What grpc logged about our requests: warnings, or the serializer/iterator failures it
    reports (at any level); its routine debug lines about loops and cancellations are not."""
    return [
        r.getMessage()
        for r in caplog.records
        if r.name.startswith("grpc")
        and (r.levelno >= logging.WARNING or "serializ" in r.getMessage() or "iterat" in r.getMessage())
    ]


def _bad(v1: Any) -> Any:
    return v1.Ask(index=2**40)  # int32 out of range: EncodeError


@pytest.mark.parametrize("iterable", ["async", "plain"])
async def test_an_unencodable_streamed_request_raises_encode_error(
    aio: Any, v1: Any, iterable: str, caplog: pytest.LogCaptureFixture
) -> None:
    stub, seen = aio

    async def agen() -> AsyncIterator[Any]:
        yield v1.Ask(text="fine")
        yield _bad(v1)
        yield v1.Ask(text="never")

    def requests() -> Any:
        return agen() if iterable == "async" else [v1.Ask(text="fine"), _bad(v1), v1.Ask(text="never")]

    caplog.set_level(logging.DEBUG)
    with pytest.raises(EncodeError, match="int32"):
        await stub.client_stream(requests(), timeout=10)
    with pytest.raises(EncodeError, match="int32"):
        [r async for r in stub.bidi(requests(), timeout=10)]
    assert seen.get("received", []) != ["fine", ""]  # no empty message stood in for the bad one
    assert not _complaints(caplog)


async def test_closing_a_response_stream_before_reading_cancels_it(aio: Any, v1: Any) -> None:
    stub, seen = aio
    call = stub.server_stream(v1.Ask(count=1000, sleep_seconds=0.02), timeout=10)
    await asyncio.sleep(0.2)  # the server is streaming; nothing has been read
    await call.aclose()
    assert call.cancelled()
    assert await _eventually(lambda: seen["cancelled"].is_set())


async def test_dropping_a_response_stream_cancels_it(aio: Any, v1: Any) -> None:
    stub, seen = aio
    call = stub.server_stream(v1.Ask(count=1000, sleep_seconds=0.02), timeout=10)
    await asyncio.sleep(0.2)
    del call
    gc.collect()
    assert await _eventually(lambda: seen["cancelled"].is_set())


async def test_breaking_out_cancels(aio: Any, v1: Any) -> None:
    stub, seen = aio
    async for reply in stub.server_stream(v1.Ask(count=1000, sleep_seconds=0.01), timeout=10):
        assert reply.index == 0
        break
    gc.collect()
    assert await _eventually(lambda: seen["cancelled"].is_set())


# -- blocking ------------------------------------------------------------------------------------


def test_sync_with_call_gives_the_call(blocking: Any, v1: Any) -> None:
    stub, _ = blocking
    reply, call = stub.unary.with_call(v1.Ask(text="hi"), timeout=10)
    assert reply == v1.Reply(text="hi")
    assert ("x-initial", "hi") in tuple(call.initial_metadata())
    assert ("x-trailing", "t-hi") in tuple(call.trailing_metadata())
    assert call.code() is grpc.StatusCode.OK
    reply, call = stub.client_stream.with_call(iter([v1.Ask(text="a"), v1.Ask(text="b")]), timeout=10)
    assert reply.text == "a,b" and call.code() is grpc.StatusCode.OK


def test_sync_future_and_its_cancellation(blocking: Any, v1: Any) -> None:
    stub, _ = blocking
    future = stub.unary.future(v1.Ask(text="later"), timeout=10)
    assert future.result(timeout=10) == v1.Reply(text="later")
    assert future.done() and future.exception() is None and future.code() is grpc.StatusCode.OK
    slow = stub.unary.future(v1.Ask(text="slow", sleep_seconds=3), timeout=10)
    assert slow.cancel() and slow.cancelled()
    with pytest.raises(grpc.FutureCancelledError):
        slow.result()
    failing = stub.unary.future(v1.Ask(text="x", fail_code=5), timeout=10)
    error = failing.exception(timeout=10)
    assert isinstance(error, RpcError) and error.code() is grpc.StatusCode.NOT_FOUND
    assert stub.client_stream.future([v1.Ask(text="z")], timeout=10).result().text == "z"


def test_sync_errors_are_grpc_errors(blocking: Any, v1: Any) -> None:
    stub, _ = blocking
    with pytest.raises(grpc.RpcError) as info:
        stub.unary(v1.Ask(text="x", fail_code=5), timeout=10)
    assert isinstance(info.value, RpcError) and info.value.code() is grpc.StatusCode.NOT_FOUND
    with pytest.raises(RpcError):
        stub.unary.with_call(v1.Ask(text="x", fail_code=5), timeout=10)


def test_sync_response_stream_is_the_call(blocking: Any, v1: Any) -> None:
    stub, _ = blocking
    stream = stub.server_stream(v1.Ask(count=3), timeout=10)
    assert [r.index for r in stream] == [0, 1, 2]
    assert stream.code() is grpc.StatusCode.OK


def test_sync_unencodable_streamed_request_raises_encode_error(
    blocking: Any, v1: Any, caplog: pytest.LogCaptureFixture
) -> None:
    stub, _ = blocking
    caplog.set_level(logging.DEBUG)
    requests = [v1.Ask(text="fine"), _bad(v1), v1.Ask(text="never")]
    with pytest.raises(EncodeError, match="int32"):
        stub.client_stream(requests, timeout=10)
    with pytest.raises(EncodeError, match="int32"):
        stub.client_stream.with_call(requests, timeout=10)
    with pytest.raises(EncodeError, match="int32"):
        list(stub.bidi(requests, timeout=10))
    assert not _complaints(caplog)


@pytest.mark.parametrize("how", ["close", "drop"])
def test_sync_closing_or_dropping_a_stream_before_reading_cancels_it(blocking: Any, v1: Any, how: str) -> None:
    stub, seen = blocking
    stream = stub.server_stream(v1.Ask(count=1000, sleep_seconds=0.02), timeout=10)
    time.sleep(0.2)
    if how == "close":
        stream.close()
    else:
        del stream
        gc.collect()
    assert seen["cancelled"].wait(5)
