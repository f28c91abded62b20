"""Test servers for the client tests: the GENERATED servicer base classes over real loopback gRPC.

One `Backend` holds the behaviour and what the server saw (calls, metadata, deadlines, attempts,
cancellations); two thin adapters serve it, `AsyncEcho` (GRPCInferenceServiceServicer on a
grpc.aio server in the test's event loop) and `SyncEcho` (GRPCInferenceServiceSyncServicer on a
thread-pool grpc.server). The `env` fixture runs a test against both: the async client with the
async server, the sync client with the sync server.

ModelInfer echoes its inputs as outputs. The server decodes and re-encodes tensors with its own
small numpy table (not the client's tensor code), so a symmetric client bug cannot hide. Request
parameters steer it:
  reply = "raw" | "typed"    answer in raw_output_contents or typed contents (default: as asked)
  sleep = seconds            wait before answering (sees cancellation and deadlines)
Models: "missing" answers NOT_FOUND everywhere; every other name exists.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import math
import socket
import struct
import subprocess
import threading
import time
from collections.abc import AsyncIterator, Callable
from concurrent import futures
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import grpc
import grpc.aio
import numpy as np
import pytest

from inference_grpc import InferenceGRPCClient, SyncInferenceGRPCClient
from inference_grpc.protocol import (
    GRPCInferenceServiceServicer,
    GRPCInferenceServiceSyncServicer,
    InferTensorContents,
    ModelInferRequest,
    ModelInferResponse,
    ModelInferResponseInferOutputTensor,
    ModelMetadataResponse,
    ModelMetadataResponseTensorMetadata,
    ModelReadyResponse,
    RepositoryModelLoadResponse,
    RepositoryModelUnloadResponse,
    ServerLiveResponse,
    ServerMetadataResponse,
    ServerReadyResponse,
)

# The server's own view of the datatypes: wire dtype and typed-contents field.
WIRE: dict[str, tuple[str | None, str | None]] = {
    "BOOL": ("?", "bool_contents"),
    "INT8": ("<i1", "int_contents"),
    "INT16": ("<i2", "int_contents"),
    "INT32": ("<i4", "int_contents"),
    "INT64": ("<i8", "int64_contents"),
    "UINT8": ("<u1", "uint_contents"),
    "UINT16": ("<u2", "uint_contents"),
    "UINT32": ("<u4", "uint_contents"),
    "UINT64": ("<u8", "uint64_contents"),
    "FP16": ("<f2", None),
    "BF16": ("<u2", None),
    "FP32": ("<f4", "fp32_contents"),
    "FP64": ("<f8", "fp64_contents"),
    "BYTES": (None, "bytes_contents"),
}
SERVER_OPTIONS = [("grpc.max_receive_message_length", -1), ("grpc.max_send_message_length", -1)]

# -- the server's tensor codec (independent of inference_grpc._tensor) ------------------------------


def split_bytes(raw: bytes) -> list[bytes]:
    items, pos = [], 0
    while pos < len(raw):
        (size,) = struct.unpack_from("<I", raw, pos)
        items.append(raw[pos + 4 : pos + 4 + size])
        pos += 4 + size
    return items


def join_bytes(items: list[bytes]) -> bytes:
    return b"".join(struct.pack("<I", len(x)) + x for x in items)


def raw_to_values(raw: bytes, datatype: str) -> list[Any]:
    """Raw wire bytes as plain Python values (BF16 as its uint16 bits)."""
    dtype, _ = WIRE[datatype]
    if dtype is None:
        return split_bytes(raw)
    return np.frombuffer(raw, dtype=dtype).tolist()  # type: ignore[no-any-return]


def values_to_raw(values: Any, datatype: str) -> bytes:
    dtype, _ = WIRE[datatype]
    if dtype is None:
        return join_bytes([bytes(x) for x in values])
    return np.asarray(values, dtype=dtype).tobytes()


def typed_values(contents: InferTensorContents | None, datatype: str) -> list[Any]:
    field_name = WIRE[datatype][1]
    if contents is None or field_name is None:
        return []
    values = getattr(contents, field_name)
    if datatype == "BYTES":
        return [bytes(x) for x in values]
    return values.tolist() if isinstance(values, np.ndarray) else list(values)


def param(message: Any, name: str, default: Any = None) -> Any:
    p = message.parameters.get(name)
    if p is None:
        return default
    for value in (p.bool_param, p.int64_param, p.string_param, p.double_param, p.uint64_param):
        if value is not None:
            return value
    return default


# -- behaviour and records ------------------------------------------------------------------------


@dataclass
class Call:
    method: str
    metadata: dict[str, Any]
    time_remaining: float | None
    request: Any


@dataclass
class Failure:
    code: grpc.StatusCode
    details: str
    times: float
    delay: float
    methods: tuple[str, ...] | None


@dataclass
class Backend:
    """What the server does and what it saw; shared by the async and sync adapters."""

    calls: list[Call] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    started: threading.Event = field(default_factory=threading.Event)
    cancelled: threading.Event = field(default_factory=threading.Event)
    finished: threading.Event = field(default_factory=threading.Event)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def fail(
        self,
        code: grpc.StatusCode = grpc.StatusCode.UNAVAILABLE,
        times: float = math.inf,
        details: str = "injected failure",
        delay: float = 0.0,
        methods: tuple[str, ...] | None = None,
    ) -> None:
        """Answer the next `times` calls (of `methods`, default all) with `code`."""
        self.failures.append(Failure(code, details, times, delay, methods))

    def count(self, method: str | None = None) -> int:
        return sum(1 for c in self.calls if method is None or c.method == method)

    def last(self, method: str | None = None) -> Call:
        return [c for c in self.calls if method is None or c.method == method][-1]

    def enter(self, method: str, request: Any, context: Any) -> Failure | None:
        """Record the call; the failure to answer with, if one is planned."""
        with self.lock:
            remaining = context.time_remaining()
            if remaining is not None and remaining > 1e9:  # the sync server's "no deadline"
                remaining = None
            self.calls.append(Call(method, dict(context.invocation_metadata()), remaining, request))
            for failure in self.failures:
                if failure.times > 0 and (failure.methods is None or method in failure.methods):
                    failure.times -= 1
                    return failure
        return None

    # Answers: (response, None) or (None, (code, details)).

    def missing(self, name: str) -> tuple[grpc.StatusCode, str] | None:
        return (grpc.StatusCode.NOT_FOUND, f"model {name!r} not found") if name == "missing" else None

    def model_ready(self, request: Any) -> Any:
        return self.missing(request.name) or ModelReadyResponse(ready=True)

    def model_metadata(self, request: Any) -> Any:
        return self.missing(request.name) or ModelMetadataResponse(
            name=request.name,
            versions=["1"],
            platform="echo",
            inputs=[ModelMetadataResponseTensorMetadata(name="x", datatype="FP32", shape=[-1, 16])],
            outputs=[ModelMetadataResponseTensorMetadata(name="x", datatype="FP32", shape=[-1, 16])],
        )

    def server_metadata(self) -> ServerMetadataResponse:
        return ServerMetadataResponse(name="echo", version="0.0.1", extensions=["model_repository"])

    def load(self, request: Any) -> Any:
        return self.missing(request.model_name) or RepositoryModelLoadResponse(
            model_name=request.model_name, is_loaded=True
        )

    def unload(self, request: Any) -> Any:
        return self.missing(request.model_name) or RepositoryModelUnloadResponse(
            model_name=request.model_name, is_unloaded=True
        )

    def infer(self, request: ModelInferRequest) -> Any:
        """Echo the inputs as outputs, raw or typed, with the request's parameters."""
        if request.model_name == "missing":
            return self.missing(request.model_name)
        raws = [bytes(memoryview(r).cast("B")) for r in request.raw_input_contents]
        values = [
            raw_to_values(raws[i], t.datatype) if raws else typed_values(t.contents, t.datatype)
            for i, t in enumerate(request.inputs)
        ]
        reply = param(request, "reply", "raw" if raws else "typed")
        # The protocol forbids mixing: one raw-only datatype (FP16, BF16) sends them all raw.
        typed = reply == "typed" and all(WIRE[t.datatype][1] for t in request.inputs)
        outputs = [
            ModelInferResponseInferOutputTensor(
                name=t.name,
                datatype=t.datatype,
                shape=list(t.shape),
                parameters=dict(t.parameters),
                contents=InferTensorContents(**{WIRE[t.datatype][1]: v}) if typed else None,  # type: ignore[misc]
            )
            for t, v in zip(request.inputs, values, strict=True)
        ]
        raw_out = [] if typed else [values_to_raw(v, t.datatype) for t, v in zip(request.inputs, values, strict=True)]
        return ModelInferResponse(
            model_name=request.model_name,
            model_version=request.model_version or "1",
            id=request.id,
            parameters={k: v for k, v in request.parameters.items() if k not in ("reply", "sleep")},
            outputs=outputs,
            raw_output_contents=raw_out,
        )


class AsyncEcho(GRPCInferenceServiceServicer):
    def __init__(self, backend: Backend) -> None:
        self.b = backend

    async def _run(self, method: str, request: Any, context: Any, answer: Callable[[], Any]) -> Any:
        failure = self.b.enter(method, request, context)
        if failure is not None:
            if failure.delay:
                await asyncio.sleep(failure.delay)
            await context.abort(failure.code, failure.details)
        sleep = param(request, "sleep", 0) if method == "ModelInfer" else 0
        if sleep:
            self.b.started.set()
            try:
                await asyncio.sleep(sleep)
            except asyncio.CancelledError:
                self.b.cancelled.set()
                raise
            self.b.finished.set()
        result = answer()
        if isinstance(result, tuple):
            await context.abort(*result)
        return result

    async def server_live(self, request: Any, context: Any) -> Any:
        return await self._run("ServerLive", request, context, lambda: ServerLiveResponse(live=True))

    async def server_ready(self, request: Any, context: Any) -> Any:
        return await self._run("ServerReady", request, context, lambda: ServerReadyResponse(ready=True))

    async def model_ready(self, request: Any, context: Any) -> Any:
        return await self._run("ModelReady", request, context, lambda: self.b.model_ready(request))

    async def server_metadata(self, request: Any, context: Any) -> Any:
        return await self._run("ServerMetadata", request, context, self.b.server_metadata)

    async def model_metadata(self, request: Any, context: Any) -> Any:
        return await self._run("ModelMetadata", request, context, lambda: self.b.model_metadata(request))

    async def model_infer(self, request: Any, context: Any) -> Any:
        return await self._run("ModelInfer", request, context, lambda: self.b.infer(request))

    async def repository_model_load(self, request: Any, context: Any) -> Any:
        return await self._run("RepositoryModelLoad", request, context, lambda: self.b.load(request))

    async def repository_model_unload(self, request: Any, context: Any) -> Any:
        return await self._run("RepositoryModelUnload", request, context, lambda: self.b.unload(request))


class SyncEcho(GRPCInferenceServiceSyncServicer):
    def __init__(self, backend: Backend) -> None:
        self.b = backend

    def _run(self, method: str, request: Any, context: Any, answer: Callable[[], Any]) -> Any:
        failure = self.b.enter(method, request, context)
        if failure is not None:
            if failure.delay:
                time.sleep(failure.delay)
            context.abort(failure.code, failure.details)
        sleep = param(request, "sleep", 0) if method == "ModelInfer" else 0
        if sleep:
            self.b.started.set()
            until = time.monotonic() + sleep
            while time.monotonic() < until:
                if not context.is_active():
                    self.b.cancelled.set()
                    return None
                time.sleep(0.005)
            self.b.finished.set()
        result = answer()
        if isinstance(result, tuple):
            context.abort(*result)
        return result

    def server_live(self, request: Any, context: Any) -> Any:
        return self._run("ServerLive", request, context, lambda: ServerLiveResponse(live=True))

    def server_ready(self, request: Any, context: Any) -> Any:
        return self._run("ServerReady", request, context, lambda: ServerReadyResponse(ready=True))

    def model_ready(self, request: Any, context: Any) -> Any:
        return self._run("ModelReady", request, context, lambda: self.b.model_ready(request))

    def server_metadata(self, request: Any, context: Any) -> Any:
        return self._run("ServerMetadata", request, context, self.b.server_metadata)

    def model_metadata(self, request: Any, context: Any) -> Any:
        return self._run("ModelMetadata", request, context, lambda: self.b.model_metadata(request))

    def model_infer(self, request: Any, context: Any) -> Any:
        return self._run("ModelInfer", request, context, lambda: self.b.infer(request))

    def repository_model_load(self, request: Any, context: Any) -> Any:
        return self._run("RepositoryModelLoad", request, context, lambda: self.b.load(request))

    def repository_model_unload(self, request: Any, context: Any) -> Any:
        return self._run("RepositoryModelUnload", request, context, lambda: self.b.unload(request))


# -- servers and the test environment ---------------------------------------------------------------


def ipv6_loopback() -> bool:
    try:
        with socket.socket(socket.AF_INET6) as s:
            s.bind(("::1", 0))
        return True
    except OSError:
        return False


HAS_IPV6 = ipv6_loopback()
IPV6_PORTS: set[int] = set()  # servers also listening on [::1]


async def start_async_server(backend: Backend, credentials: grpc.ServerCredentials | None = None) -> tuple[Any, int]:
    server = grpc.aio.server(options=SERVER_OPTIONS)
    AsyncEcho(backend).add_to_server(server)
    port = _bind(server, credentials)
    await server.start()
    return server, port


def start_sync_server(backend: Backend, credentials: grpc.ServerCredentials | None = None) -> tuple[Any, int]:
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=8), options=SERVER_OPTIONS)
    SyncEcho(backend).add_to_server(server)
    port = _bind(server, credentials)
    server.start()
    return server, port


def _bind(server: Any, credentials: grpc.ServerCredentials | None) -> int:
    def add(address: str) -> int:
        if credentials is None:
            return int(server.add_insecure_port(address))
        return int(server.add_secure_port(address, credentials))

    port = add("127.0.0.1:0")
    if HAS_IPV6:
        with contextlib.suppress(RuntimeError):  # port taken on ::1: the IPv6 tests skip themselves
            if add(f"[::1]:{port}") == port:
                IPV6_PORTS.add(port)
    return port


@dataclass
class Env:
    """A running server of one kind and a factory for the matching client."""

    kind: str  # "async" | "sync"
    backend: Backend
    port: int
    clients: list[Any] = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"127.0.0.1:{self.port}"

    @property
    def client_class(self) -> type[Any]:
        return InferenceGRPCClient if self.kind == "async" else SyncInferenceGRPCClient

    def client(self, url: str | None = None, **kwargs: Any) -> Any:
        client = self.client_class(url or self.url, **kwargs)
        self.clients.append(client)
        return client

    async def close(self) -> None:
        for client in self.clients:
            await call(client.close())


async def call(value: Any) -> Any:
    """Await an async client's result; a sync client's is already there."""
    return await value if inspect.isawaitable(value) else value


@pytest.fixture
def backend() -> Backend:
    return Backend()


@pytest.fixture(params=["async", "sync"])
async def env(request: pytest.FixtureRequest, backend: Backend) -> AsyncIterator[Env]:
    if request.param == "async":
        server, port = await start_async_server(backend)
    else:
        server, port = start_sync_server(backend)
    environment = Env(request.param, backend, port)
    try:
        yield environment
    finally:
        await environment.close()
        stopped = server.stop(None)
        if inspect.isawaitable(stopped):
            await stopped


# -- TLS material, made at test time with the openssl CLI -------------------------------------------


@dataclass(frozen=True)
class Pki:
    ca: Path
    server_key: Path
    server_cert: Path
    client_key: Path
    client_cert: Path
    other_ca: Path

    def read(self, path: Path) -> bytes:
        return path.read_bytes()


def _openssl(*args: str) -> None:
    subprocess.run(["openssl", *args], check=True, capture_output=True)


def _new_ca(folder: Path, name: str) -> tuple[Path, Path]:
    key, cert = folder / f"{name}.key", folder / f"{name}.pem"
    _openssl(
        "req", "-x509", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
        "-keyout", str(key), "-out", str(cert), "-days", "2", "-subj", f"/CN={name}",
        "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign",
    )  # fmt: skip
    return key, cert


def _new_leaf(folder: Path, name: str, ca: tuple[Path, Path], usage: str, san: str | None) -> tuple[Path, Path]:
    key, cert = folder / f"{name}.key", folder / f"{name}.pem"
    extra = ["-addext", f"subjectAltName={san}"] if san else []
    _openssl(
        "req", "-x509", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
        "-keyout", str(key), "-out", str(cert), "-days", "2", "-subj", f"/CN={name}",
        "-CA", str(ca[1]), "-CAkey", str(ca[0]),
        "-addext", "basicConstraints=CA:FALSE", "-addext", f"extendedKeyUsage={usage}", *extra,
    )  # fmt: skip
    return key, cert


@pytest.fixture(scope="session")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    folder = tmp_path_factory.mktemp("pki")
    ca = _new_ca(folder, "test-ca")
    server = _new_leaf(folder, "server", ca, "serverAuth", "DNS:localhost,DNS:ingress.test,IP:127.0.0.1,IP:::1")
    client = _new_leaf(folder, "client", ca, "clientAuth", None)
    _, other_ca = _new_ca(folder, "other-ca")
    return Pki(ca[1], server[0], server[1], client[0], client[1], other_ca)


def wait_until(predicate: Callable[[], bool], timeout: float = 5.0) -> bool:
    until = time.monotonic() + timeout
    while time.monotonic() < until:
        if predicate():
            return True
        time.sleep(0.005)
    return predicate()


async def async_wait_until(predicate: Callable[[], bool], timeout: float = 5.0) -> bool:
    until = time.monotonic() + timeout
    while time.monotonic() < until:
        if predicate():
            return True
        await asyncio.sleep(0.005)
    return predicate()
