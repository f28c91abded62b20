"""Servers of the corpus's Streamer service over real loopback gRPC: grpc.aio and threaded."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import AsyncIterator, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import grpc
import grpc.aio
import pytest


@dataclass
class Observed:
    """What the servicer saw of the last streaming call: for cancellation checks."""

    sent: int = 0
    cancelled: threading.Event = field(default_factory=threading.Event)
    finished: threading.Event = field(default_factory=threading.Event)


def _metadata(context: Any) -> tuple[dict[str, str], dict[str, bytes]]:
    text: dict[str, str] = {}
    binary: dict[str, bytes] = {}
    for key, value in context.invocation_metadata() or ():
        if isinstance(value, bytes):
            binary[key] = value
        else:
            text[key] = value
    return text, binary


def _reply(v1: Any, request: Any, context: Any, **fields: Any) -> Any:
    text, binary = _metadata(context)
    if request.text == "deadline?":
        remaining = context.time_remaining()
        # grpc.aio says None; the threaded server an "infinite" time left (about 2**63 s).
        fields.setdefault("text", "none" if remaining is None or remaining > 1e9 else f"{remaining:.1f}")
    fields.setdefault("text", request.text)
    fields.setdefault("index", request.index)
    return v1.Reply(
        payload=request.payload,
        metadata=text,
        binary_metadata=binary,
        scalars=request.scalars,
        **fields,
    )


def async_servicer(v1: Any, observed: Observed) -> Any:
    class Streamer(v1.StreamerServicer):  # type: ignore[misc]
        async def unary(self, request: Any, context: Any) -> Any:
            if request.sleep_seconds:
                await asyncio.sleep(request.sleep_seconds)
            if request.fail_code:
                await context.abort(_status(request.fail_code), f"failed: {request.text}")
            return _reply(v1, request, context)

        async def server_stream(self, request: Any, context: Any) -> AsyncIterator[Any]:
            observed.sent = 0
            try:
                for i in range(request.count):
                    if request.fail_after and i == request.fail_after:
                        await context.abort(_status(request.fail_code), f"failed after {i}")
                    if request.sleep_seconds:
                        await asyncio.sleep(request.sleep_seconds)
                    yield _reply(v1, request, context, index=i)
                    observed.sent += 1
            except asyncio.CancelledError:
                observed.cancelled.set()
                raise
            finally:
                observed.finished.set()

        async def client_stream(self, requests: Any, context: Any) -> Any:
            texts = []
            async for request in requests:
                texts.append(request.text)
            return v1.Reply(received=len(texts), text=",".join(texts))

        async def bidi(self, requests: Any, context: Any) -> AsyncIterator[Any]:
            async for request in requests:
                if request.fail_code:
                    await context.abort(_status(request.fail_code), f"bidi failed at {request.index}")
                yield _reply(v1, request, context, text=request.text.upper())

    return Streamer()


def sync_servicer(v1: Any, observed: Observed) -> Any:
    class Streamer(v1.StreamerSyncServicer):  # type: ignore[misc]
        def unary(self, request: Any, context: Any) -> Any:
            if request.sleep_seconds:
                time.sleep(request.sleep_seconds)
            if request.fail_code:
                context.abort(_status(request.fail_code), f"failed: {request.text}")
            return _reply(v1, request, context)

        def server_stream(self, request: Any, context: Any) -> Iterator[Any]:
            observed.sent = 0
            context.add_callback(observed.finished.set)
            for i in range(request.count):
                if not context.is_active():
                    observed.cancelled.set()
                    return
                if request.fail_after and i == request.fail_after:
                    context.abort(_status(request.fail_code), f"failed after {i}")
                if request.sleep_seconds:
                    time.sleep(request.sleep_seconds)
                yield _reply(v1, request, context, index=i)
                observed.sent += 1

        def client_stream(self, requests: Any, context: Any) -> Any:
            texts = [request.text for request in requests]
            return v1.Reply(received=len(texts), text=",".join(texts))

        def bidi(self, requests: Any, context: Any) -> Iterator[Any]:
            for request in requests:
                if request.fail_code:
                    context.abort(_status(request.fail_code), f"bidi failed at {request.index}")
                yield _reply(v1, request, context, text=request.text.upper())

    return Streamer()


def _status(number: int) -> grpc.StatusCode:
    """The status code with this number (grpc.StatusCode values are (number, name) pairs)."""
    return next(code for code in grpc.StatusCode if code.value[0] == number)


@pytest.fixture(scope="session")
def v1(corpus: Any) -> Any:
    """The generated package of corpus.v1 (messages, stubs, servicers)."""
    return corpus.module("corpus.v1")


@pytest.fixture
async def aio_server(v1: Any) -> AsyncIterator[tuple[str, Observed]]:
    observed = Observed()
    server = grpc.aio.server()
    async_servicer(v1, observed).add_to_server(server)
    port = server.add_insecure_port("127.0.0.1:0")
    await server.start()
    try:
        yield f"127.0.0.1:{port}", observed
    finally:
        await server.stop(None)


@pytest.fixture
def sync_server(v1: Any) -> Iterator[tuple[str, Observed]]:
    observed = Observed()
    server = grpc.server(ThreadPoolExecutor(max_workers=8))
    sync_servicer(v1, observed).add_to_server(server)
    port = server.add_insecure_port("127.0.0.1:0")
    server.start()
    try:
        yield f"127.0.0.1:{port}", observed
    finally:
        server.stop(None).wait(5)
