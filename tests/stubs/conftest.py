"""Servers of wireplay.v1.TestService for the generated stubs' interop suite.

Three servers answer the same way: one built from protoc's own stubs (grpcio-tools'
--python_out/--grpc_python_out) on grpc.aio, and our generated async and blocking servicers. A
byte-counting TCP relay sits in front of each, so tests can see what crossed the wire.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import socket
import sys
import threading
import time
from collections.abc import AsyncIterator, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import grpc
import grpc.aio
import pytest

PROTOS = Path(__file__).resolve().parents[1] / "protos"
ECHO_INITIAL = "x-grpc-test-echo-initial"
ECHO_TRAILING = "x-grpc-test-echo-trailing-bin"


@dataclass
class Seen:
    """What the server saw: for cancellation checks."""

    cancelled: threading.Event = field(default_factory=threading.Event)


class Relay:
    """A TCP relay to a server that counts the bytes sent each way."""

    def __init__(self, target_port: int) -> None:
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.target_port = target_port
        self.upstream = 0  # client -> server
        self.lock = threading.Lock()
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            server = socket.create_connection(("127.0.0.1", self.target_port))
            threading.Thread(target=self._pump, args=(client, server, True), daemon=True).start()
            threading.Thread(target=self._pump, args=(server, client, False), daemon=True).start()

    def _pump(self, source: socket.socket, sink: socket.socket, up: bool) -> None:
        try:
            while data := source.recv(65536):
                if up:
                    with self.lock:
                        self.upstream += len(data)
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for s in (source, sink):
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)

    def close(self) -> None:
        self.listener.close()


def _status(code: int) -> grpc.StatusCode:
    return next(c for c in grpc.StatusCode if c.value[0] == code)


def _echo_metadata(context: Any) -> tuple[tuple[str, Any], ...]:
    return tuple((k, v) for k, v in context.invocation_metadata() if k == ECHO_INITIAL)


def _trailing(context: Any) -> tuple[tuple[str, Any], ...]:
    return tuple((k, v) for k, v in context.invocation_metadata() if k == ECHO_TRAILING)


def _seconds(duration: Any) -> float:
    return duration.seconds + duration.nanos / 1e9 if duration is not None else 0.0


def async_servicer(base: type, m: Any, seen: Seen, protoc: bool) -> Any:
    """The service on grpc.aio, over protoc's message classes or ours (`m`)."""

    def has(message: Any, name: str) -> bool:
        return message.HasField(name) if protoc else getattr(message, name) is not None

    class Service(base):  # type: ignore[misc, valid-type]
        async def UnaryCall(self, request: Any, context: Any) -> Any:  # noqa: N802 - protoc's names
            return await self.unary_call(request, context)

        async def unary_call(self, request: Any, context: Any) -> Any:
            await context.send_initial_metadata(_echo_metadata(context))
            context.set_trailing_metadata(_trailing(context))
            if has(request, "sleep"):
                await asyncio.sleep(_seconds(request.sleep))
            if has(request, "response_status") and request.response_status.code:
                await context.abort(_status(request.response_status.code), request.response_status.message)
            return m.SimpleResponse(echo=request)

        async def StreamingOutputCall(self, request: Any, context: Any) -> AsyncIterator[Any]:  # noqa: N802
            async for response in self.streaming_output_call(request, context):
                yield response

        async def streaming_output_call(self, request: Any, context: Any) -> AsyncIterator[Any]:
            await context.send_initial_metadata(_echo_metadata(context))
            context.set_trailing_metadata(_trailing(context))
            done = False
            try:
                for i, size in enumerate(request.sizes):
                    if has(request, "interval"):
                        await asyncio.sleep(_seconds(request.interval))
                    yield m.StreamingOutputCallResponse(payload=m.Payload(body=b"\x00" * size), index=i)
                done = True
            finally:  # cancelled while sleeping (CancelledError) or while suspended at yield (closed)
                if not done:
                    seen.cancelled.set()
            if has(request, "response_status") and request.response_status.code:
                await context.abort(_status(request.response_status.code), request.response_status.message)

        async def StreamingInputCall(self, requests: Any, context: Any) -> Any:  # noqa: N802
            return await self.streaming_input_call(requests, context)

        async def streaming_input_call(self, requests: Any, context: Any) -> Any:
            total = count = 0
            async for request in requests:
                total += len(request.payload.body)
                count += 1
            return m.StreamingInputCallResponse(aggregated_payload_size=total, count=count)

        async def FullDuplexCall(self, requests: Any, context: Any) -> AsyncIterator[Any]:  # noqa: N802
            async for response in self.full_duplex_call(requests, context):
                yield response

        async def full_duplex_call(self, requests: Any, context: Any) -> AsyncIterator[Any]:
            await context.send_initial_metadata(_echo_metadata(context))
            context.set_trailing_metadata(_trailing(context))
            i = 0
            async for request in requests:
                if has(request, "response_status") and request.response_status.code:
                    await context.abort(_status(request.response_status.code), request.response_status.message)
                for size in request.sizes:
                    yield m.StreamingOutputCallResponse(payload=m.Payload(body=b"\x00" * size), index=i)
                    i += 1

    return Service()


def sync_servicer(base: type, m: Any, seen: Seen) -> Any:
    """The service on a threaded grpc.server, over our generated blocking servicer."""

    class Service(base):  # type: ignore[misc, valid-type]
        def unary_call(self, request: Any, context: Any) -> Any:
            context.send_initial_metadata(_echo_metadata(context))
            context.set_trailing_metadata(_trailing(context))
            if request.sleep is not None:
                time.sleep(_seconds(request.sleep))
            if request.response_status is not None and request.response_status.code:
                context.abort(_status(request.response_status.code), request.response_status.message)
            return m.SimpleResponse(echo=request)

        def streaming_output_call(self, request: Any, context: Any) -> Iterator[Any]:
            context.send_initial_metadata(_echo_metadata(context))
            context.set_trailing_metadata(_trailing(context))
            finished = threading.Event()
            context.add_callback(lambda: None if finished.is_set() else seen.cancelled.set())
            for i, size in enumerate(request.sizes):
                if request.interval is not None:
                    time.sleep(_seconds(request.interval))
                if not context.is_active():
                    return
                yield m.StreamingOutputCallResponse(payload=m.Payload(body=b"\x00" * size), index=i)
            finished.set()
            if request.response_status is not None and request.response_status.code:
                context.abort(_status(request.response_status.code), request.response_status.message)

        def streaming_input_call(self, requests: Any, context: Any) -> Any:
            total = count = 0
            for request in requests:
                total += len(request.payload.body) if request.payload is not None else 0
                count += 1
            return m.StreamingInputCallResponse(aggregated_payload_size=total, count=count)

        def full_duplex_call(self, requests: Any, context: Any) -> Iterator[Any]:
            context.send_initial_metadata(_echo_metadata(context))
            context.set_trailing_metadata(_trailing(context))
            i = 0
            for request in requests:
                if request.response_status is not None and request.response_status.code:
                    context.abort(_status(request.response_status.code), request.response_status.message)
                for size in request.sizes:
                    yield m.StreamingOutputCallResponse(payload=m.Payload(body=b"\x00" * size), index=i)
                    i += 1

    return Service()


@pytest.fixture(scope="session")
def ours(generate: Any) -> Any:
    """Our generated package of wireplay.v1 (and its well-known types)."""
    return generate(["wireplay/v1/wireplay.proto"])


@pytest.fixture(scope="session")
def pb(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, Any]]:
    """protoc's own wireplay_pb2 and wireplay_pb2_grpc."""
    import grpc_tools
    from grpc_tools import protoc

    out = tmp_path_factory.mktemp("wireplay_pb2")
    wkt = Path(grpc_tools.__file__).parent / "_proto"  # the well-known types grpc_tools ships
    argv = ["protoc", f"-I{PROTOS}", f"-I{wkt}", f"--python_out={out}", f"--grpc_python_out={out}"]
    assert protoc.main([*argv, "wireplay/v1/wireplay.proto"]) == 0
    sys.path.insert(0, str(out))
    importlib.invalidate_caches()
    yield importlib.import_module("wireplay.v1.wireplay_pb2"), importlib.import_module("wireplay.v1.wireplay_pb2_grpc")
    sys.path.remove(str(out))


@dataclass
class Server:
    kind: str
    address: str  # through the relay
    relay: Relay
    seen: Seen


def _serve_async(kind: str, ours: Any, pb: tuple[Any, Any]) -> Iterator[Server]:
    seen = Seen()
    loop = asyncio.new_event_loop()
    ready = threading.Event()
    state: dict[str, Any] = {}

    async def main() -> None:
        server = grpc.aio.server()
        if kind == "protoc":
            pb2, pb2_grpc = pb
            pb2_grpc.add_TestServiceServicer_to_server(
                async_servicer(pb2_grpc.TestServiceServicer, pb2, seen, True), server
            )
        else:
            v1 = ours.module("wireplay.v1")
            async_servicer(v1.TestServiceServicer, v1, seen, False).add_to_server(server)
        state["port"] = server.add_insecure_port("127.0.0.1:0")
        await server.start()
        state["stop"] = asyncio.Event()
        ready.set()
        await state["stop"].wait()
        await server.stop(None)

    thread = threading.Thread(target=loop.run_until_complete, args=(main(),), daemon=True)
    thread.start()
    assert ready.wait(10)
    relay = Relay(state["port"])
    try:
        yield Server(kind, f"127.0.0.1:{relay.port}", relay, seen)
    finally:
        loop.call_soon_threadsafe(state["stop"].set)
        thread.join(10)
        relay.close()


def _serve_sync(ours: Any) -> Iterator[Server]:
    seen = Seen()
    v1 = ours.module("wireplay.v1")
    server = grpc.server(ThreadPoolExecutor(max_workers=8))
    sync_servicer(v1.TestServiceSyncServicer, v1, seen).add_to_server(server)
    port = server.add_insecure_port("127.0.0.1:0")
    server.start()
    relay = Relay(port)
    try:
        yield Server("ours-sync", f"127.0.0.1:{relay.port}", relay, seen)
    finally:
        server.stop(None).wait(5)
        relay.close()


@pytest.fixture(params=["protoc", "ours-async", "ours-sync"])
def server(request: pytest.FixtureRequest, ours: Any, pb: tuple[Any, Any]) -> Iterator[Server]:
    if request.param == "ours-sync":
        yield from _serve_sync(ours)
    else:
        yield from _serve_async(request.param, ours, pb)
