"""Running the servicer: `serve()` in the caller's event loop, `serve_in_thread()` on a thread of its own."""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import logging
import os
import threading
from collections.abc import AsyncIterator, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import grpc
import grpc.aio

from ._model import Model, ModelRegistry
from ._servicer import InferenceServicer

__all__ = ["PemSource", "TLSConfig", "serve", "serve_in_thread"]

logger = logging.getLogger("inference_grpc.server")

PemSource = str | bytes | os.PathLike[str]

_OPTIONS: tuple[tuple[str, Any], ...] = (
    # Tensors are large: no message size limits.
    ("grpc.max_receive_message_length", -1),
    ("grpc.max_send_message_length", -1),
    # Without this a second server can bind an already used port, and clients reach either.
    ("grpc.so_reuseport", 0),
)


def _pem(value: PemSource, what: str) -> bytes:
    """PEM bytes from PEM data or a file path."""
    if isinstance(value, bytes) and value.lstrip().startswith(b"-----BEGIN"):
        return value
    if isinstance(value, str) and value.lstrip().startswith("-----BEGIN"):
        return value.encode("ascii")
    path = Path(value.decode() if isinstance(value, bytes) else value)
    try:
        return path.read_bytes()
    except OSError as exc:
        raise ValueError(f"cannot read the {what} from {str(path)!r}: {exc.strerror or exc}") from None


@dataclass(frozen=True)
class TLSConfig:
    """TLS for the server: its certificate chain and private key (PEM data or file paths).

    With `client_ca`, the server asks clients for a certificate signed by it (mutual TLS) and
    refuses clients without one.
    """

    certificate_chain: PemSource
    private_key: PemSource
    client_ca: PemSource | None = None

    def credentials(self) -> grpc.ServerCredentials:
        ca = None if self.client_ca is None else _pem(self.client_ca, "client CA")
        return grpc.ssl_server_credentials(
            [(_pem(self.private_key, "private key"), _pem(self.certificate_chain, "certificate chain"))],
            root_certificates=ca,
            require_client_auth=ca is not None,
        )


def _registry(models: ModelRegistry | Iterable[Model] | None) -> ModelRegistry:
    if isinstance(models, ModelRegistry):
        return models
    if models is None:
        from ._demo import demo_models

        return demo_models()
    return ModelRegistry(models)


def _url(host: str, port: int) -> str:
    return f"[{host}]:{port}" if ":" in host and not host.startswith("[") else f"{host}:{port}"


@contextlib.asynccontextmanager
async def serve(
    models: ModelRegistry | Iterable[Model] | None = None,
    *,
    host: str = "127.0.0.1",
    port: int = 0,
    tls: TLSConfig | None = None,
    grace: float | None = 5.0,
    options: Iterable[tuple[str, Any]] = (),
) -> AsyncIterator[str]:
    """Serve `models` (a registry, models, or None for the demo models) while the block runs.

        async with serve([Model("double", lambda x: {"y": x["x"] * 2}, inputs=[TensorSpec("x")])]) as url:
            async with InferenceGRPCClient(url) as client: ...

    Yields the url to connect to, `host:port` (the port the system chose when `port=0`).
    On exit the server reports not ready, stops taking calls and gives those in flight up to
    `grace` seconds to finish (None: wait for them all). Listens on loopback unless `host`
    says otherwise ("0.0.0.0" or "::" for every interface). Raises OSError when it cannot
    listen on host:port.
    """
    registry = _registry(models)
    servicer = InferenceServicer(registry)
    server = grpc.aio.server(options=[*_OPTIONS, *options])
    servicer.add_to_server(server)
    address = _url(host, port)
    try:
        bound = server.add_insecure_port(address) if tls is None else server.add_secure_port(address, tls.credentials())
    except RuntimeError:  # grpc raises this when binding fails (older versions return 0)
        bound = 0
    if not bound:
        raise OSError(f"cannot listen on {address}: the address is in use or not available")
    await server.start()
    url = _url(host, bound)
    logger.info("serving %d models on %s%s", len(registry), url, " (TLS)" if tls is not None else "")
    try:
        yield url
    finally:
        servicer.ready = False
        # Shielded so a cancelled caller still shuts the server down instead of leaking it.
        await asyncio.shield(server.stop(grace))
        servicer.close()
        logger.info("server on %s stopped", url)


@contextlib.contextmanager
def serve_in_thread(
    models: ModelRegistry | Iterable[Model] | None = None,
    *,
    host: str = "127.0.0.1",
    port: int = 0,
    tls: TLSConfig | None = None,
    grace: float | None = 5.0,
    options: Iterable[tuple[str, Any]] = (),
    timeout: float = 30.0,
) -> Iterator[str]:
    """`serve()` on a background thread with its own event loop, for blocking code and sync tests.

        with serve_in_thread() as url, SyncInferenceGRPCClient(url) as client:
            client.is_server_live()

    A blocking client in the calling thread would freeze a server on the same loop; here the
    server has a loop of its own. Startup errors (a port in use) are raised here; `timeout`
    bounds how long startup and shutdown may take.
    """
    started: concurrent.futures.Future[str] = concurrent.futures.Future()
    control: dict[str, Any] = {}

    async def run() -> None:
        stop = asyncio.Event()
        control["loop"], control["stop"] = asyncio.get_running_loop(), stop
        async with serve(models, host=host, port=port, tls=tls, grace=grace, options=options) as url:
            started.set_result(url)
            await stop.wait()

    def target() -> None:
        try:
            asyncio.run(run())
        except BaseException as exc:
            if not started.done():
                started.set_exception(exc)
            else:  # after startup nobody is left to raise it to
                logger.error("the server thread failed: %s", exc)

    thread = threading.Thread(target=target, name="inference-grpc-server", daemon=True)
    thread.start()
    url = started.result(timeout)
    try:
        yield url
    finally:
        control["loop"].call_soon_threadsafe(control["stop"].set)
        thread.join(timeout)
