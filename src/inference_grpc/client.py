"""InferenceGRPCClient (asyncio) and SyncInferenceGRPCClient (blocking), over the generated stubs.

A drop-in for `kserve.InferenceGRPCClient`: same class name, arguments and async methods, plus
metadata, repository and a sync twin.
"""

from __future__ import annotations

import dataclasses
import logging
import numbers
import os
from collections.abc import Awaitable, Callable
from types import TracebackType
from typing import Any, TypeVar

import grpc
import grpc.aio

from ._channel import ChannelArgs, ChannelConfig, build_credentials, build_options, parse_url
from ._errors import InvalidInput
from ._infer_codec import InferCodec
from ._tensor import InferRequest, InferResponse
from .protocol import (
    GRPCInferenceServiceStub,
    GRPCInferenceServiceSyncStub,
    ModelInferRequest,
    ModelMetadataRequest,
    ModelMetadataResponse,
    ModelReadyRequest,
    RepositoryModelLoadRequest,
    RepositoryModelLoadResponse,
    RepositoryModelUnloadRequest,
    RepositoryModelUnloadResponse,
    ServerLiveRequest,
    ServerMetadataRequest,
    ServerMetadataResponse,
    ServerReadyRequest,
)
from .runtime import (
    USE_CLIENT_DEFAULT,
    AsyncCaller,
    MetadataLike,
    RpcError,
    SyncCaller,
    Timeout,
    normalize_metadata,
)

__all__ = ["InferenceGRPCClient", "SyncInferenceGRPCClient"]

logger = logging.getLogger("inference_grpc")

PemSource = str | bytes | os.PathLike[str] | None
R = TypeVar("R")

_MODEL_INFER = GRPCInferenceServiceStub.routes["model_infer"]

# Verbose logs show at most this much of a message (a raw tensor can be megabytes).
_LOG_LIMIT = 2000


def _model_missing(error: RpcError) -> bool:
    """Servers disagree on ModelReady for an unknown model: Triton answers ready=false, KServe
    NOT_FOUND, MLServer UNKNOWN "... not found". All of them mean "not ready"."""
    return error.code() == grpc.StatusCode.NOT_FOUND or (
        error.code() == grpc.StatusCode.UNKNOWN and "not found" in error.details().lower()
    )


class _Shown:
    """A message for a log line: formatted only if the line is emitted, buffers summarised, cut to length."""

    __slots__ = ("message",)

    def __init__(self, message: object) -> None:
        self.message = message

    def __str__(self) -> str:
        text = _brief(self.message)
        if len(text) > _LOG_LIMIT:
            text = f"{text[:_LOG_LIMIT]}... ({len(text) - _LOG_LIMIT} more characters)"
        return text


def _brief(value: Any) -> str:
    """repr() that shows at most 64 bytes of a buffer and 16 items of a list (raw tensors are big)."""
    if isinstance(value, (bytes, bytearray, memoryview)):
        view = memoryview(value).cast("B") if memoryview(value).c_contiguous else memoryview(bytes(value))
        return repr(view[:64].tobytes()) + (f"...<{view.nbytes} bytes>" if view.nbytes > 64 else "")
    if isinstance(value, (list, tuple)):
        shown = ", ".join(_brief(v) for v in value[:16])
        return f"[{shown}{', ...' if len(value) > 16 else ''}]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k!r}: {_brief(v)}" for k, v in list(value.items())[:16]) + "}"
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        values = ((f.name, getattr(value, f.name)) for f in dataclasses.fields(value))
        return f"{type(value).__name__}({', '.join(f'{k}={_brief(v)}' for k, v in values if _set(v))})"
    return repr(value)


def _set(value: Any) -> bool:
    """Worth showing: not None and not empty (0 and False are shown: a oneof may hold them)."""
    if value is None:
        return False
    try:
        return len(value) > 0
    except TypeError:
        return True


def _version_and_timeout(
    model_version: Any, timeout: Any, headers: MetadataLike | None
) -> tuple[str, Timeout, MetadataLike | None]:
    """is_model_ready's arguments, also in KServe's positional form `(model_name, timeout, headers)`.

    KServe's is_model_ready has no version argument: a number in the version slot is its timeout,
    and a mapping or list in the timeout slot its headers.
    """
    if model_version is None:
        return "", timeout, headers
    if isinstance(model_version, (int, float)) and not isinstance(model_version, bool):
        if timeout is not USE_CLIENT_DEFAULT and headers is None and not isinstance(timeout, (int, float)):
            headers = timeout
        return "", model_version, headers
    if not isinstance(model_version, str):
        raise InvalidInput(f"model_version must be a str, got {type(model_version).__name__} {model_version!r}")
    return model_version, timeout, headers


def _model_name(model_name: Any) -> str:
    if not isinstance(model_name, str) or not model_name:
        raise InvalidInput(f"model_name must be a non-empty str, got {model_name!r}")
    return model_name


class _ClientBase:
    """Construction shared by both clients: url, TLS, channel options, defaults."""

    def __init__(
        self,
        url: str,
        verbose: bool,
        use_ssl: bool,
        root_certificates: PemSource,
        private_key: PemSource,
        certificate_chain: PemSource,
        creds: grpc.ChannelCredentials | None,
        channel_args: ChannelArgs | None,
        timeout: float | None,
        headers: MetadataLike | None,
        compression: grpc.Compression | None,
        config: ChannelConfig,
    ) -> None:
        if timeout is not None and (
            isinstance(timeout, bool) or not isinstance(timeout, numbers.Real) or not timeout > 0
        ):
            raise ValueError(f"timeout must be a positive number of seconds or None, got {timeout!r}")
        target, secure = parse_url(url, secure=use_ssl or creds is not None)
        self.url = url
        self.target = target
        self.verbose = verbose
        self.timeout = timeout
        self._credentials = build_credentials(secure, root_certificates, private_key, certificate_chain, creds)
        self._options = build_options(channel_args, config)
        self._headers = normalize_metadata(headers)  # checked before any channel exists
        self._compression = compression
        self._codec = InferCodec()
        self._decode = self._codec.decode  # bound once: infer() passes it on every call

    def _request(self, infer_request: InferRequest | ModelInferRequest) -> tuple[ModelInferRequest | bytes, str]:
        """What infer() sends, and the model it names: an InferRequest goes encoded by the client's codec."""
        if isinstance(infer_request, InferRequest):
            if self.verbose:  # the log shows the message
                message = infer_request.to_grpc()
                return message, message.model_name
            return self._codec.encode(infer_request), infer_request.model_name
        if isinstance(infer_request, ModelInferRequest):
            return infer_request, infer_request.model_name
        raise InvalidInput(f"infer() takes an InferRequest or a ModelInferRequest, not {type(infer_request).__name__}")

    # Called only when verbose (checked by the callers, on the hot path).
    def _sent(self, method: str, request: object) -> None:
        logger.info("%s request: %s", method, _Shown(request))

    def _received(self, method: str, response: object) -> None:
        logger.info("%s response: %s", method, _Shown(response))

    def _fail(self, error: RpcError, model: str | None) -> RpcError:
        # One log line, no traceback: callers handle the raised error as they see fit.
        if model:
            error = error.with_model(model)
        if self.verbose:
            logger.info("%s", error)
        return error


class InferenceGRPCClient(_ClientBase):
    """Async client for an Open Inference Protocol server.

    Args:
        url: `host:port`, `host`, `http(s)://host:port`, `grpc(s)://host:port`, `[::1]:8001`
            or a gRPC target such as `dns:///host:port` or `unix:/path`.
        verbose: log requests and responses on the `inference_grpc` logger (at INFO).
        use_ssl: use TLS (implied by https://, grpcs:// and `creds`).
        root_certificates, private_key, certificate_chain: PEM file paths or PEM bytes.
        creds: ready-made channel credentials; they win over the three above.
        channel_args: extra gRPC channel options (copied, never modified).
        timeout: default deadline in seconds for every call (None: no deadline).
        retries: total attempts on UNAVAILABLE (KServe's policy); 0 or 1 disables retries.
        headers: metadata sent with every call; per-call headers are merged over it.
        compression: default `grpc.Compression` for every call.
        keepalive_time, keepalive_timeout: keepalive ping interval and ack timeout, in seconds.
        server_name: TLS server name to verify (behind an ingress or with an IP url).
        authority: the `:authority` header to send.
        max_send_message_length, max_receive_message_length: limits in bytes (default: none).
    """

    def __init__(
        self,
        url: str,
        verbose: bool = False,
        use_ssl: bool = False,
        root_certificates: PemSource = None,
        private_key: PemSource = None,
        certificate_chain: PemSource = None,
        creds: grpc.ChannelCredentials | None = None,
        channel_args: ChannelArgs | None = None,
        timeout: float | None = 60,
        retries: int = 3,
        *,
        headers: MetadataLike | None = None,
        compression: grpc.Compression | None = None,
        keepalive_time: float | None = None,
        keepalive_timeout: float | None = None,
        server_name: str | None = None,
        authority: str | None = None,
        max_send_message_length: int | None = None,
        max_receive_message_length: int | None = None,
    ) -> None:
        config = ChannelConfig(
            retries, max_send_message_length, max_receive_message_length,
            keepalive_time, keepalive_timeout, server_name, authority,
        )  # fmt: skip
        super().__init__(
            url, verbose, use_ssl, root_certificates, private_key, certificate_chain, creds,
            channel_args, timeout, headers, compression, config,
        )  # fmt: skip
        if self._credentials is None:
            self._channel = grpc.aio.insecure_channel(self.target, options=self._options, compression=compression)
        else:
            self._channel = grpc.aio.secure_channel(
                self.target, self._credentials, options=self._options, compression=compression
            )
        self._caller = AsyncCaller(self._channel, timeout=timeout, metadata=self._headers, packed_as_numpy=True)
        self._stub = GRPCInferenceServiceStub(self._caller)

    async def _call(
        self,
        method: str,
        rpc: Callable[..., Awaitable[R]],
        request: object,
        timeout: Timeout,
        headers: MetadataLike | None,
        model: str | None,
    ) -> R:
        if self.verbose:
            self._sent(method, request)
        try:
            response = await rpc(request, timeout=timeout, metadata=headers)
        except RpcError as error:
            raise self._fail(error, model) from None
        if self.verbose:
            self._received(method, response)
        return response

    async def infer(
        self,
        infer_request: InferRequest | ModelInferRequest,
        timeout: Timeout = USE_CLIENT_DEFAULT,
        headers: MetadataLike | None = None,
    ) -> InferResponse:
        """Run an inference; bad requests raise InvalidInput before anything is sent."""
        request, model = self._request(infer_request)
        caller = self._caller
        try:
            if not self.verbose:  # the hot path: the codec decodes the reply's bytes
                return await caller.unary_unary(
                    _MODEL_INFER, request, timeout=timeout, metadata=headers, decode=self._decode
                )
            self._sent("ModelInfer", request)
            response = await caller.unary_unary(_MODEL_INFER, request, timeout=timeout, metadata=headers)
        except RpcError as error:
            raise self._fail(error, model) from None
        self._received("ModelInfer", response)
        return InferResponse.from_grpc(response)

    async def is_server_live(self, timeout: Timeout = USE_CLIENT_DEFAULT, headers: MetadataLike | None = None) -> bool:
        request = ServerLiveRequest()
        return (await self._call("ServerLive", self._stub.server_live, request, timeout, headers, None)).live

    async def is_server_ready(self, timeout: Timeout = USE_CLIENT_DEFAULT, headers: MetadataLike | None = None) -> bool:
        request = ServerReadyRequest()
        return (await self._call("ServerReady", self._stub.server_ready, request, timeout, headers, None)).ready

    async def is_model_ready(
        self,
        model_name: str,
        model_version: str = "",
        timeout: Timeout = USE_CLIENT_DEFAULT,
        headers: MetadataLike | None = None,
    ) -> bool:
        """Whether a model is ready; an unknown model is simply not ready, on every server.

        KServe's positional form `is_model_ready(model_name, timeout, headers)` works too.
        """
        version, timeout, headers = _version_and_timeout(model_version, timeout, headers)
        request = ModelReadyRequest(name=_model_name(model_name), version=version)
        try:
            response = await self._call("ModelReady", self._stub.model_ready, request, timeout, headers, model_name)
        except RpcError as error:
            if _model_missing(error):
                return False
            raise
        return response.ready

    async def server_metadata(
        self, timeout: Timeout = USE_CLIENT_DEFAULT, headers: MetadataLike | None = None
    ) -> ServerMetadataResponse:
        request = ServerMetadataRequest()
        return await self._call("ServerMetadata", self._stub.server_metadata, request, timeout, headers, None)

    async def model_metadata(
        self,
        model_name: str,
        model_version: str = "",
        timeout: Timeout = USE_CLIENT_DEFAULT,
        headers: MetadataLike | None = None,
    ) -> ModelMetadataResponse:
        version, timeout, headers = _version_and_timeout(model_version, timeout, headers)
        request = ModelMetadataRequest(name=_model_name(model_name), version=version)
        return await self._call("ModelMetadata", self._stub.model_metadata, request, timeout, headers, model_name)

    async def load_model(
        self, model_name: str, timeout: Timeout = USE_CLIENT_DEFAULT, headers: MetadataLike | None = None
    ) -> RepositoryModelLoadResponse:
        """Load (or reload) a model from the server's repository."""
        request = RepositoryModelLoadRequest(model_name=_model_name(model_name))
        rpc = self._stub.repository_model_load
        return await self._call("RepositoryModelLoad", rpc, request, timeout, headers, model_name)

    async def unload_model(
        self, model_name: str, timeout: Timeout = USE_CLIENT_DEFAULT, headers: MetadataLike | None = None
    ) -> RepositoryModelUnloadResponse:
        """Unload a model."""
        request = RepositoryModelUnloadRequest(model_name=_model_name(model_name))
        rpc = self._stub.repository_model_unload
        return await self._call("RepositoryModelUnload", rpc, request, timeout, headers, model_name)

    async def close(self) -> None:
        await self._channel.close()

    async def __aenter__(self) -> InferenceGRPCClient:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()


class SyncInferenceGRPCClient(_ClientBase):
    """The blocking twin of InferenceGRPCClient: same arguments, same methods, no `await`."""

    def __init__(
        self,
        url: str,
        verbose: bool = False,
        use_ssl: bool = False,
        root_certificates: PemSource = None,
        private_key: PemSource = None,
        certificate_chain: PemSource = None,
        creds: grpc.ChannelCredentials | None = None,
        channel_args: ChannelArgs | None = None,
        timeout: float | None = 60,
        retries: int = 3,
        *,
        headers: MetadataLike | None = None,
        compression: grpc.Compression | None = None,
        keepalive_time: float | None = None,
        keepalive_timeout: float | None = None,
        server_name: str | None = None,
        authority: str | None = None,
        max_send_message_length: int | None = None,
        max_receive_message_length: int | None = None,
    ) -> None:
        config = ChannelConfig(
            retries, max_send_message_length, max_receive_message_length,
            keepalive_time, keepalive_timeout, server_name, authority,
        )  # fmt: skip
        super().__init__(
            url, verbose, use_ssl, root_certificates, private_key, certificate_chain, creds,
            channel_args, timeout, headers, compression, config,
        )  # fmt: skip
        if self._credentials is None:
            self._channel = grpc.insecure_channel(self.target, options=self._options, compression=compression)
        else:
            self._channel = grpc.secure_channel(
                self.target, self._credentials, options=self._options, compression=compression
            )
        self._caller = SyncCaller(self._channel, timeout=timeout, metadata=self._headers, packed_as_numpy=True)
        self._stub = GRPCInferenceServiceSyncStub(self._caller)

    def _call(
        self,
        method: str,
        rpc: Callable[..., R],
        request: object,
        timeout: Timeout,
        headers: MetadataLike | None,
        model: str | None,
    ) -> R:
        if self.verbose:
            self._sent(method, request)
        try:
            response = rpc(request, timeout=timeout, metadata=headers)
        except RpcError as error:
            raise self._fail(error, model) from None
        if self.verbose:
            self._received(method, response)
        return response

    def infer(
        self,
        infer_request: InferRequest | ModelInferRequest,
        timeout: Timeout = USE_CLIENT_DEFAULT,
        headers: MetadataLike | None = None,
    ) -> InferResponse:
        """Run an inference; bad requests raise InvalidInput before anything is sent."""
        request, model = self._request(infer_request)
        caller = self._caller
        try:
            if not self.verbose:  # the hot path: the codec decodes the reply's bytes
                return caller.unary_unary(_MODEL_INFER, request, timeout=timeout, metadata=headers, decode=self._decode)
            self._sent("ModelInfer", request)
            response = caller.unary_unary(_MODEL_INFER, request, timeout=timeout, metadata=headers)
        except RpcError as error:
            raise self._fail(error, model) from None
        self._received("ModelInfer", response)
        return InferResponse.from_grpc(response)

    def is_server_live(self, timeout: Timeout = USE_CLIENT_DEFAULT, headers: MetadataLike | None = None) -> bool:
        return self._call("ServerLive", self._stub.server_live, ServerLiveRequest(), timeout, headers, None).live

    def is_server_ready(self, timeout: Timeout = USE_CLIENT_DEFAULT, headers: MetadataLike | None = None) -> bool:
        return self._call("ServerReady", self._stub.server_ready, ServerReadyRequest(), timeout, headers, None).ready

    def is_model_ready(
        self,
        model_name: str,
        model_version: str = "",
        timeout: Timeout = USE_CLIENT_DEFAULT,
        headers: MetadataLike | None = None,
    ) -> bool:
        """Whether a model is ready; an unknown model is simply not ready, on every server.

        KServe's positional form `is_model_ready(model_name, timeout, headers)` works too.
        """
        version, timeout, headers = _version_and_timeout(model_version, timeout, headers)
        request = ModelReadyRequest(name=_model_name(model_name), version=version)
        try:
            response = self._call("ModelReady", self._stub.model_ready, request, timeout, headers, model_name)
        except RpcError as error:
            if _model_missing(error):
                return False
            raise
        return response.ready

    def server_metadata(
        self, timeout: Timeout = USE_CLIENT_DEFAULT, headers: MetadataLike | None = None
    ) -> ServerMetadataResponse:
        request = ServerMetadataRequest()
        return self._call("ServerMetadata", self._stub.server_metadata, request, timeout, headers, None)

    def model_metadata(
        self,
        model_name: str,
        model_version: str = "",
        timeout: Timeout = USE_CLIENT_DEFAULT,
        headers: MetadataLike | None = None,
    ) -> ModelMetadataResponse:
        version, timeout, headers = _version_and_timeout(model_version, timeout, headers)
        request = ModelMetadataRequest(name=_model_name(model_name), version=version)
        return self._call("ModelMetadata", self._stub.model_metadata, request, timeout, headers, model_name)

    def load_model(
        self, model_name: str, timeout: Timeout = USE_CLIENT_DEFAULT, headers: MetadataLike | None = None
    ) -> RepositoryModelLoadResponse:
        """Load (or reload) a model from the server's repository."""
        request = RepositoryModelLoadRequest(model_name=_model_name(model_name))
        rpc = self._stub.repository_model_load
        return self._call("RepositoryModelLoad", rpc, request, timeout, headers, model_name)

    def unload_model(
        self, model_name: str, timeout: Timeout = USE_CLIENT_DEFAULT, headers: MetadataLike | None = None
    ) -> RepositoryModelUnloadResponse:
        """Unload a model."""
        request = RepositoryModelUnloadRequest(model_name=_model_name(model_name))
        rpc = self._stub.repository_model_unload
        return self._call("RepositoryModelUnload", rpc, request, timeout, headers, model_name)

    def close(self) -> None:
        self._channel.close()

    def __enter__(self) -> SyncInferenceGRPCClient:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
