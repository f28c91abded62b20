"""InferenceGRPCClient, on a grpc.aio channel.

Written as the async original: `make generate` rewrites it into its blocking twin,
SyncInferenceGRPCClient in `_sync/client.py`. Every method builds its request and calls the
generated stub; the caller's CallPolicy owns deadlines, metadata, errors and logging for all.
"""

from __future__ import annotations

import logging
import os
from collections.abc import AsyncIterable, Iterable
from types import TracebackType
from typing import Any

import grpc
import grpc.aio

from .._channel import ChannelArgs, ChannelConfig, build_credentials, build_options, parse_url
from .._client_support import checked_model_name, model_missing, model_of, version_and_timeout
from .._foreign import from_protobuf
from .._infer_codec import InferCodec
from .._inference import InferRequest, InferResponse
from .._stream import StreamMessages
from ..protocol import (
    GRPCInferenceServiceStub,
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
from ..runtime import USE_CLIENT_DEFAULT, AsyncCaller, CallPolicy, InvalidInput, MetadataLike, RpcError, Timeout
from .stream import AsyncInferStream

__all__ = ["InferenceGRPCClient"]

logger = logging.getLogger("inference_grpc")

PemSource = str | bytes | os.PathLike[str] | None


class InferenceGRPCClient:
    """Client of an Open Inference Protocol server over gRPC.

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
        # Everything is checked before any channel exists.
        policy = CallPolicy(
            timeout=timeout, metadata=headers, subject=model_of, logger=logger if verbose else None
        )  # fmt: skip
        config = ChannelConfig(
            retries, max_send_message_length, max_receive_message_length,
            keepalive_time, keepalive_timeout, server_name, authority,
        )  # fmt: skip
        target, secure = parse_url(url, secure=use_ssl or creds is not None)
        credentials = build_credentials(secure, root_certificates, private_key, certificate_chain, creds)
        options = build_options(channel_args, config)
        self.url = url
        self.target = target
        self.verbose = verbose
        self.timeout = policy.timeout
        self._headers = policy.metadata
        self._credentials = credentials
        self._options = options
        if credentials is None:
            self._channel = grpc.aio.insecure_channel(target, options=options, compression=compression)
        else:
            self._channel = grpc.aio.secure_channel(target, credentials, options=options, compression=compression)
        self._stub = GRPCInferenceServiceStub(AsyncCaller(self._channel, packed_as_numpy=True, policy=policy))
        self._policy = policy
        self._codec = InferCodec()
        self._decode = self._codec.decode  # bound once: infer() passes it on every call
        self._streams: tuple[AsyncCaller, StreamMessages] | None = None  # stream_infer's, made on first use

    async def infer(
        self,
        infer_request: InferRequest | ModelInferRequest,
        timeout: Timeout = USE_CLIENT_DEFAULT,
        headers: MetadataLike | None = None,
    ) -> InferResponse:
        """Run an inference; bad requests raise InvalidInput before anything is sent."""
        if isinstance(infer_request, InferRequest):
            if not self.verbose:  # the hot path: the client's codec encodes the request, decodes the reply
                request = self._codec.encode(infer_request)
                return await self._stub.model_infer(request, timeout=timeout, metadata=headers, decode=self._decode)
            message = infer_request.to_grpc()  # a message, which the log shows field by field
        elif isinstance(infer_request, ModelInferRequest):
            message = infer_request
        else:  # kserve's InferRequest or a protobuf ModelInferRequest, read through their bytes
            converted = from_protobuf(infer_request, ModelInferRequest, "inference.ModelInferRequest")
            if converted is None:
                kind = type(infer_request).__name__
                raise InvalidInput(f"infer() takes an InferRequest or a ModelInferRequest, not {kind}")
            message = converted
        if not self.verbose:
            return await self._stub.model_infer(message, timeout=timeout, metadata=headers, decode=self._decode)
        return InferResponse.from_grpc(await self._stub.model_infer(message, timeout=timeout, metadata=headers))

    def stream_infer(
        self,
        requests: AsyncIterable[Any] | Iterable[Any],
        timeout: Timeout = USE_CLIENT_DEFAULT,
        headers: MetadataLike | None = None,
    ) -> AsyncInferStream:
        """Run inferences over one ModelStreamInfer call (Triton's bidirectional stream).

        `requests`: an async or plain iterable of InferRequests (or ModelInferRequests, as `infer`
        takes them), read as the call goes. Returns an async iterator of InferResponses, as the
        server sends them: a decoupled model answers each request with any number of responses.
        Each response carries its request's `id` (give each request one) and `final`. A request
        the server fails raises StreamInferError naming its id, and the stream goes on; a
        request that fails validation raises InvalidInput and ends the call, unsent. The call
        starts at the first read; `timeout` is the deadline of the whole call. Breaking out and
        dropping the iterator, `aclose()` or leaving `async with` cancels it on the server.
        Each call is a stream of its own: any number can run at once on one client.
        """
        if timeout is not USE_CLIENT_DEFAULT or headers is not None:
            self._policy.options(timeout, headers, None)  # InvalidInput now, not at the first read
        streams = self._streams
        if streams is None:
            # Replies are decoded by the client's codec, not by the route's parser: a caller of
            # their own (on the same channel and policy) keeps the raw-reply route apart.
            caller = AsyncCaller(self._channel, packed_as_numpy=True, policy=self._policy)
            streams = self._streams = (caller, StreamMessages(self._codec))
        return AsyncInferStream(streams[0], streams[1], requests, timeout, headers)

    async def is_server_live(self, timeout: Timeout = USE_CLIENT_DEFAULT, headers: MetadataLike | None = None) -> bool:
        return (await self._stub.server_live(ServerLiveRequest(), timeout=timeout, metadata=headers)).live

    async def is_server_ready(self, timeout: Timeout = USE_CLIENT_DEFAULT, headers: MetadataLike | None = None) -> bool:
        return (await self._stub.server_ready(ServerReadyRequest(), timeout=timeout, metadata=headers)).ready

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
        version, timeout, headers = version_and_timeout(model_version, timeout, headers)
        request = ModelReadyRequest(name=checked_model_name(model_name), version=version)
        try:
            return (await self._stub.model_ready(request, timeout=timeout, metadata=headers)).ready
        except RpcError as error:
            if model_missing(error):
                return False
            raise

    async def server_metadata(
        self, timeout: Timeout = USE_CLIENT_DEFAULT, headers: MetadataLike | None = None
    ) -> ServerMetadataResponse:
        return await self._stub.server_metadata(ServerMetadataRequest(), timeout=timeout, metadata=headers)

    async def model_metadata(
        self,
        model_name: str,
        model_version: str = "",
        timeout: Timeout = USE_CLIENT_DEFAULT,
        headers: MetadataLike | None = None,
    ) -> ModelMetadataResponse:
        version, timeout, headers = version_and_timeout(model_version, timeout, headers)
        request = ModelMetadataRequest(name=checked_model_name(model_name), version=version)
        return await self._stub.model_metadata(request, timeout=timeout, metadata=headers)

    async def load_model(
        self, model_name: str, timeout: Timeout = USE_CLIENT_DEFAULT, headers: MetadataLike | None = None
    ) -> RepositoryModelLoadResponse:
        """Load (or reload) a model from the server's repository."""
        request = RepositoryModelLoadRequest(model_name=checked_model_name(model_name))
        return await self._stub.repository_model_load(request, timeout=timeout, metadata=headers)

    async def unload_model(
        self, model_name: str, timeout: Timeout = USE_CLIENT_DEFAULT, headers: MetadataLike | None = None
    ) -> RepositoryModelUnloadResponse:
        """Unload a model."""
        request = RepositoryModelUnloadRequest(model_name=checked_model_name(model_name))
        return await self._stub.repository_model_unload(request, timeout=timeout, metadata=headers)

    async def close(self) -> None:
        self._codec.release_buffer()
        await self._channel.close()

    async def __aenter__(self) -> InferenceGRPCClient:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()
