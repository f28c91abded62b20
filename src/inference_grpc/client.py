"""InferenceGRPCClient (asyncio) and SyncInferenceGRPCClient (blocking), over the generated stubs.

A drop-in for `kserve.InferenceGRPCClient`: same class name, arguments and async methods, plus
metadata, repository and a sync twin.
"""

from __future__ import annotations

import logging
import os
from types import TracebackType

import grpc
import grpc.aio

from ._channel import ChannelArgs, ChannelConfig, build_credentials, build_options, parse_url
from ._errors import InvalidInput
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
from .runtime import USE_CLIENT_DEFAULT, AsyncCaller, MetadataLike, RpcError, SyncCaller, Timeout

__all__ = ["InferenceGRPCClient", "SyncInferenceGRPCClient"]

logger = logging.getLogger("inference_grpc")

PemSource = str | bytes | os.PathLike[str] | None


def _model_missing(error: RpcError) -> bool:
    """Servers disagree on ModelReady for an unknown model: Triton answers ready=false, KServe
    NOT_FOUND, MLServer UNKNOWN "... not found". All of them mean "not ready"."""
    return error.code() == grpc.StatusCode.NOT_FOUND or (
        error.code() == grpc.StatusCode.UNKNOWN and "not found" in error.details().lower()
    )


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
        retries: int,
        headers: MetadataLike | None,
        compression: grpc.Compression | None,
        config: ChannelConfig,
    ) -> None:
        if timeout is not None and (isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or timeout <= 0):
            raise ValueError(f"timeout must be a positive number of seconds or None, got {timeout!r}")
        target, secure = parse_url(url, secure=use_ssl or creds is not None)
        self.url = url
        self.target = target
        self.verbose = verbose
        self.timeout = timeout
        self._credentials = build_credentials(secure, root_certificates, private_key, certificate_chain, creds)
        self._options = build_options(channel_args, ChannelConfig(**{**config.__dict__, "retries": retries}))
        self._headers = headers
        self._compression = compression

    def _log(self, what: str, message: object) -> None:
        if self.verbose:
            logger.info("%s: %s", what, message)

    def _request(self, infer_request: InferRequest | ModelInferRequest) -> ModelInferRequest:
        if isinstance(infer_request, ModelInferRequest):
            return infer_request
        if isinstance(infer_request, InferRequest):
            return infer_request.to_grpc()
        raise InvalidInput(f"infer() takes an InferRequest or a ModelInferRequest, not {type(infer_request).__name__}")

    def _fail(self, error: RpcError, model: str | None) -> RpcError:
        # One log line, no traceback: callers handle the raised error as they see fit.
        self._log(f"{error.method} failed", error.details())
        return error.with_model(model) if model else error


class InferenceGRPCClient(_ClientBase):
    """Async client for an Open Inference Protocol server.

    Args:
        url: `host:port`, `host`, `http(s)://host:port`, `grpc(s)://host:port`, `[::1]:8001`
            or a gRPC target such as `dns:///host:port` or `unix:/path`.
        verbose: log requests and responses on the `inference_grpc` logger.
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
            channel_args, timeout, retries, headers, compression, config,
        )  # fmt: skip
        if self._credentials is None:
            self._channel = grpc.aio.insecure_channel(self.target, options=self._options, compression=compression)
        else:
            self._channel = grpc.aio.secure_channel(
                self.target, self._credentials, options=self._options, compression=compression
            )
        caller = AsyncCaller(self._channel, timeout=timeout, metadata=headers, packed_as_numpy=True)
        self._stub = GRPCInferenceServiceStub(caller)

    async def infer(
        self,
        infer_request: InferRequest | ModelInferRequest,
        timeout: Timeout = USE_CLIENT_DEFAULT,
        headers: MetadataLike | None = None,
    ) -> InferResponse:
        """Run an inference; bad requests raise InvalidInput before anything is sent."""
        request = self._request(infer_request)
        self._log("ModelInfer request", request)
        try:
            response = await self._stub.model_infer(request, timeout=timeout, metadata=headers)
        except RpcError as error:
            raise self._fail(error, request.model_name) from None
        self._log("ModelInfer response", response)
        return InferResponse.from_grpc(response)

    async def is_server_live(self, timeout: Timeout = USE_CLIENT_DEFAULT, headers: MetadataLike | None = None) -> bool:
        try:
            return (await self._stub.server_live(ServerLiveRequest(), timeout=timeout, metadata=headers)).live
        except RpcError as error:
            raise self._fail(error, None) from None

    async def is_server_ready(self, timeout: Timeout = USE_CLIENT_DEFAULT, headers: MetadataLike | None = None) -> bool:
        try:
            return (await self._stub.server_ready(ServerReadyRequest(), timeout=timeout, metadata=headers)).ready
        except RpcError as error:
            raise self._fail(error, None) from None

    async def is_model_ready(
        self,
        model_name: str,
        model_version: str = "",
        timeout: Timeout = USE_CLIENT_DEFAULT,
        headers: MetadataLike | None = None,
    ) -> bool:
        """Whether a model is ready; an unknown model is simply not ready, on every server."""
        request = ModelReadyRequest(name=model_name, version=model_version or "")
        try:
            return (await self._stub.model_ready(request, timeout=timeout, metadata=headers)).ready
        except RpcError as error:
            if _model_missing(error):
                return False
            raise self._fail(error, model_name) from None

    async def server_metadata(
        self, timeout: Timeout = USE_CLIENT_DEFAULT, headers: MetadataLike | None = None
    ) -> ServerMetadataResponse:
        try:
            return await self._stub.server_metadata(ServerMetadataRequest(), timeout=timeout, metadata=headers)
        except RpcError as error:
            raise self._fail(error, None) from None

    async def model_metadata(
        self,
        model_name: str,
        model_version: str = "",
        timeout: Timeout = USE_CLIENT_DEFAULT,
        headers: MetadataLike | None = None,
    ) -> ModelMetadataResponse:
        request = ModelMetadataRequest(name=model_name, version=model_version or "")
        try:
            return await self._stub.model_metadata(request, timeout=timeout, metadata=headers)
        except RpcError as error:
            raise self._fail(error, model_name) from None

    async def load_model(
        self, model_name: str, timeout: Timeout = USE_CLIENT_DEFAULT, headers: MetadataLike | None = None
    ) -> RepositoryModelLoadResponse:
        """Load (or reload) a model from the server's repository."""
        request = RepositoryModelLoadRequest(model_name=model_name)
        try:
            return await self._stub.repository_model_load(request, timeout=timeout, metadata=headers)
        except RpcError as error:
            raise self._fail(error, model_name) from None

    async def unload_model(
        self, model_name: str, timeout: Timeout = USE_CLIENT_DEFAULT, headers: MetadataLike | None = None
    ) -> RepositoryModelUnloadResponse:
        """Unload a model."""
        request = RepositoryModelUnloadRequest(model_name=model_name)
        try:
            return await self._stub.repository_model_unload(request, timeout=timeout, metadata=headers)
        except RpcError as error:
            raise self._fail(error, model_name) from None

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
            channel_args, timeout, retries, headers, compression, config,
        )  # fmt: skip
        if self._credentials is None:
            self._channel = grpc.insecure_channel(self.target, options=self._options, compression=compression)
        else:
            self._channel = grpc.secure_channel(
                self.target, self._credentials, options=self._options, compression=compression
            )
        caller = SyncCaller(self._channel, timeout=timeout, metadata=headers, packed_as_numpy=True)
        self._stub = GRPCInferenceServiceSyncStub(caller)

    def infer(
        self,
        infer_request: InferRequest | ModelInferRequest,
        timeout: Timeout = USE_CLIENT_DEFAULT,
        headers: MetadataLike | None = None,
    ) -> InferResponse:
        """Run an inference; bad requests raise InvalidInput before anything is sent."""
        request = self._request(infer_request)
        self._log("ModelInfer request", request)
        try:
            response = self._stub.model_infer(request, timeout=timeout, metadata=headers)
        except RpcError as error:
            raise self._fail(error, request.model_name) from None
        self._log("ModelInfer response", response)
        return InferResponse.from_grpc(response)

    def is_server_live(self, timeout: Timeout = USE_CLIENT_DEFAULT, headers: MetadataLike | None = None) -> bool:
        try:
            return self._stub.server_live(ServerLiveRequest(), timeout=timeout, metadata=headers).live
        except RpcError as error:
            raise self._fail(error, None) from None

    def is_server_ready(self, timeout: Timeout = USE_CLIENT_DEFAULT, headers: MetadataLike | None = None) -> bool:
        try:
            return self._stub.server_ready(ServerReadyRequest(), timeout=timeout, metadata=headers).ready
        except RpcError as error:
            raise self._fail(error, None) from None

    def is_model_ready(
        self,
        model_name: str,
        model_version: str = "",
        timeout: Timeout = USE_CLIENT_DEFAULT,
        headers: MetadataLike | None = None,
    ) -> bool:
        """Whether a model is ready; an unknown model is simply not ready, on every server."""
        request = ModelReadyRequest(name=model_name, version=model_version or "")
        try:
            return self._stub.model_ready(request, timeout=timeout, metadata=headers).ready
        except RpcError as error:
            if _model_missing(error):
                return False
            raise self._fail(error, model_name) from None

    def server_metadata(
        self, timeout: Timeout = USE_CLIENT_DEFAULT, headers: MetadataLike | None = None
    ) -> ServerMetadataResponse:
        try:
            return self._stub.server_metadata(ServerMetadataRequest(), timeout=timeout, metadata=headers)
        except RpcError as error:
            raise self._fail(error, None) from None

    def model_metadata(
        self,
        model_name: str,
        model_version: str = "",
        timeout: Timeout = USE_CLIENT_DEFAULT,
        headers: MetadataLike | None = None,
    ) -> ModelMetadataResponse:
        request = ModelMetadataRequest(name=model_name, version=model_version or "")
        try:
            return self._stub.model_metadata(request, timeout=timeout, metadata=headers)
        except RpcError as error:
            raise self._fail(error, model_name) from None

    def load_model(
        self, model_name: str, timeout: Timeout = USE_CLIENT_DEFAULT, headers: MetadataLike | None = None
    ) -> RepositoryModelLoadResponse:
        """Load (or reload) a model from the server's repository."""
        try:
            return self._stub.repository_model_load(
                RepositoryModelLoadRequest(model_name=model_name), timeout=timeout, metadata=headers
            )
        except RpcError as error:
            raise self._fail(error, model_name) from None

    def unload_model(
        self, model_name: str, timeout: Timeout = USE_CLIENT_DEFAULT, headers: MetadataLike | None = None
    ) -> RepositoryModelUnloadResponse:
        """Unload a model."""
        try:
            return self._stub.repository_model_unload(
                RepositoryModelUnloadRequest(model_name=model_name), timeout=timeout, metadata=headers
            )
        except RpcError as error:
            raise self._fail(error, model_name) from None

    def close(self) -> None:
        self._channel.close()

    def __enter__(self) -> SyncInferenceGRPCClient:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
