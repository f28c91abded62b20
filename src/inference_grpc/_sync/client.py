# Generated from src/inference_grpc/_async/client.py by codegen/unasync.py (`make generate`). DO NOT EDIT.
# Edit the async original; this blocking twin is rewritten from it.
"""SyncInferenceGRPCClient, on a grpc channel.

Written as the async original: `make generate` rewrites it into its blocking twin,
SyncInferenceGRPCClient in `_sync/client.py`. Every method builds its request and calls the
generated stub; the caller's CallPolicy owns deadlines, metadata, errors and logging for all.
Triton's methods call the Triton variant's stub on the same caller, made on first use.

Why one long module: one class holds a method per RPC of both protocol variants (over 400 lines),
each a few lines of request building; their checks live in _client_support and _triton_support.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any

import grpc

from .._channel import ChannelArgs, ChannelConfig, build_credentials, build_options, parse_url
from .._client_support import checked_model_name, model_missing, model_of, version_and_timeout
from .._foreign import from_protobuf
from .._infer_codec import InferCodec
from .._inference import InferRequest, InferResponse
from .._stream import StreamMessages
from ..protocol import (
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
from ..runtime import USE_CLIENT_DEFAULT, CallPolicy, InvalidInput, MetadataLike, RpcError, SyncCaller, Timeout
from .stream import InferStream

if TYPE_CHECKING:  # the Triton variant is imported on first use of a Triton method
    from .._triton_support import RepositoryLayout, TraceValue
    from ..triton_protocol import (
        CudaSharedMemoryStatusResponseRegionStatus,
        ModelConfig,
        ModelStatisticsResponse,
        RepositoryIndexResponseModelIndex,
        SystemSharedMemoryStatusResponseRegionStatus,
    )
    from ..triton_protocol import GRPCInferenceServiceSyncStub as TritonServiceStub

__all__ = ["SyncInferenceGRPCClient"]

logger = logging.getLogger("inference_grpc")

PemSource = str | bytes | os.PathLike[str] | None


class SyncInferenceGRPCClient:
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
            timeout=timeout, metadata=headers, subject=model_of, logger=logger if verbose else None, server=url
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
            self._channel = grpc.insecure_channel(target, options=options, compression=compression)
        else:
            self._channel = grpc.secure_channel(target, credentials, options=options, compression=compression)
        self._caller = SyncCaller(self._channel, packed_as_numpy=True, policy=policy)
        self._stub = GRPCInferenceServiceSyncStub(self._caller)
        self._triton_stub: TritonServiceStub | None = None  # made on first use of a Triton method
        self._layout: RepositoryLayout | None = None  # the server's load/unload layout, once known
        self._policy = policy
        self._codec = InferCodec()
        self._decode = self._codec.decode  # bound once: infer() passes it on every call
        self._streams: tuple[SyncCaller, StreamMessages] | None = None  # stream_infer's, made on first use

    def infer(
        self,
        infer_request: InferRequest | ModelInferRequest,
        timeout: Timeout = USE_CLIENT_DEFAULT,
        headers: MetadataLike | None = None,
        *,
        compression: grpc.Compression | None = None,
    ) -> InferResponse:
        """Run an inference; bad requests raise InvalidInput before anything is sent.

        `compression` overrides the client's for this call."""
        if isinstance(infer_request, InferRequest):
            if not self.verbose:  # the hot path: the client's codec encodes the request, decodes the reply
                request = self._codec.encode(infer_request)
                return self._stub.model_infer(
                    request, timeout=timeout, metadata=headers, compression=compression, decode=self._decode
                )
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
            return self._stub.model_infer(
                message, timeout=timeout, metadata=headers, compression=compression, decode=self._decode
            )
        reply = self._stub.model_infer(message, timeout=timeout, metadata=headers, compression=compression)
        return InferResponse.from_grpc(reply)

    def stream_infer(
        self,
        requests: Iterable[Any],
        timeout: Timeout = USE_CLIENT_DEFAULT,
        headers: MetadataLike | None = None,
        *,
        compression: grpc.Compression | None = None,
    ) -> InferStream:
        """Run inferences over one ModelStreamInfer call (Triton's bidirectional stream).

        `requests`: an async or plain iterable of InferRequests (or ModelInferRequests, as `infer`
        takes them), read as the call goes. Returns an async iterator of InferResponses, as the
        server sends them: a decoupled model answers each request with any number of responses.
        Each response carries its request's `id` (give each request one) and `final`. A request
        the server fails raises StreamInferError naming its id, and the stream goes on; a
        request that fails validation raises InvalidInput and ends the call, unsent. The call
        starts at the first read; `timeout` is the deadline of the whole call. Breaking out and
        dropping the iterator, `close()` or leaving `async with` cancels it on the server.
        Each call is a stream of its own: any number can run at once on one client. `compression`
        overrides the client's for this call.
        """
        if timeout is not USE_CLIENT_DEFAULT or headers is not None:
            self._policy.options(timeout, headers, compression)  # InvalidInput now, not at the first read
        streams = self._streams
        if streams is None:
            # Replies are decoded by the client's codec, not by the route's parser: a caller of
            # their own (on the same channel and policy) keeps the raw-reply route apart.
            caller = SyncCaller(self._channel, packed_as_numpy=True, policy=self._policy)
            streams = self._streams = (caller, StreamMessages(self._codec))
        return InferStream(streams[0], streams[1], requests, timeout, headers, compression)

    def is_server_live(self, timeout: Timeout = USE_CLIENT_DEFAULT, headers: MetadataLike | None = None) -> bool:
        return (self._stub.server_live(ServerLiveRequest(), timeout=timeout, metadata=headers)).live

    def is_server_ready(self, timeout: Timeout = USE_CLIENT_DEFAULT, headers: MetadataLike | None = None) -> bool:
        return (self._stub.server_ready(ServerReadyRequest(), timeout=timeout, metadata=headers)).ready

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
        version, timeout, headers = version_and_timeout(model_version, timeout, headers)
        request = ModelReadyRequest(name=checked_model_name(model_name), version=version)
        try:
            return (self._stub.model_ready(request, timeout=timeout, metadata=headers)).ready
        except RpcError as error:
            if model_missing(error):
                return False
            raise

    def server_metadata(
        self, timeout: Timeout = USE_CLIENT_DEFAULT, headers: MetadataLike | None = None
    ) -> ServerMetadataResponse:
        return self._stub.server_metadata(ServerMetadataRequest(), timeout=timeout, metadata=headers)

    def model_metadata(
        self,
        model_name: str,
        model_version: str = "",
        timeout: Timeout = USE_CLIENT_DEFAULT,
        headers: MetadataLike | None = None,
    ) -> ModelMetadataResponse:
        version, timeout, headers = version_and_timeout(model_version, timeout, headers)
        request = ModelMetadataRequest(name=checked_model_name(model_name), version=version)
        return self._stub.model_metadata(request, timeout=timeout, metadata=headers)

    def load_model(
        self,
        model_name: str,
        config: str | Mapping[str, Any] | None = None,
        files: Mapping[str, bytes] | None = None,
        timeout: Timeout = USE_CLIENT_DEFAULT,
        headers: MetadataLike | None = None,
    ) -> RepositoryModelLoadResponse:
        """Load (or reload) a model from the server's repository.

        `config` overrides the model's configuration (a JSON str, or a dict sent as JSON); `files`
        maps `file:<path>` (relative to the model's folder, e.g. `file:1/model.py`) to the bytes of
        each file of a model folder the server builds for this load, and needs a `config` (Triton's
        rules). Servers read the request in one of two layouts: Triton and MLServer put
        `repository_name` at field 1, `model_name` at 2 and parameters at 3; KServe's proto has only
        `model_name`, at field 1. On its first load or unload the client asks for the server's
        metadata and keeps the answer: Triton's layout for a server named `triton` or `mlserver`,
        KServe's for any other (and, not kept, when the metadata call fails; `timeout` applies to
        each call). `config` and `files` need Triton's layout (InvalidInput otherwise). The
        response is KServe's on every server: Triton's layout answers an empty message, so there
        the name and `is_loaded=True` are those of the request that succeeded.
        """
        from .. import _triton_support as support

        parameters = support.load_parameters(model_name, config, files)
        if self._repository_layout(timeout, headers) == "kserve":
            if parameters:
                raise InvalidInput(f"load_model({model_name!r}): {self.url} takes no config or files (KServe layout)")
            request = RepositoryModelLoadRequest(model_name=model_name)
            return self._stub.repository_model_load(request, timeout=timeout, metadata=headers)
        from ..triton_protocol import RepositoryModelLoadRequest as TritonLoadRequest

        message = TritonLoadRequest(model_name=model_name, parameters=parameters)
        self._triton().repository_model_load(message, timeout=timeout, metadata=headers)
        return RepositoryModelLoadResponse(model_name=model_name, is_loaded=True)

    def unload_model(
        self,
        model_name: str,
        unload_dependents: bool = False,
        timeout: Timeout = USE_CLIENT_DEFAULT,
        headers: MetadataLike | None = None,
    ) -> RepositoryModelUnloadResponse:
        """Unload a model (and with `unload_dependents`, the models that depend on it; Triton's
        layout only). The layout is chosen as `load_model` says."""
        from .. import _triton_support as support

        parameters = support.unload_parameters(model_name, unload_dependents)
        if self._repository_layout(timeout, headers) == "kserve":
            if parameters:
                raise InvalidInput(
                    f"unload_model({model_name!r}): {self.url} takes no unload_dependents (KServe layout)"
                )
            request = RepositoryModelUnloadRequest(model_name=model_name)
            return self._stub.repository_model_unload(request, timeout=timeout, metadata=headers)
        from ..triton_protocol import RepositoryModelUnloadRequest as TritonUnloadRequest

        message = TritonUnloadRequest(model_name=model_name, parameters=parameters)
        self._triton().repository_model_unload(message, timeout=timeout, metadata=headers)
        return RepositoryModelUnloadResponse(model_name=model_name, is_unloaded=True)

    def _repository_layout(self, timeout: Timeout, headers: MetadataLike | None) -> RepositoryLayout:
        """The server's load/unload layout, asked once (from its metadata) and kept; KServe's, the
        protocol's own, for a call whose metadata request fails (asked again on the next call)."""
        layout = self._layout
        if layout is None:
            from .. import _triton_support as support

            try:
                metadata = self.server_metadata(timeout=timeout, headers=headers)
            except RpcError:
                return "kserve"  # the load or unload call itself then says what the server thinks
            layout = self._layout = support.repository_layout(metadata)
        return layout

    def _triton(self) -> TritonServiceStub:
        """The Triton variant's stub on the client's caller, made (and the variant imported) on first use."""
        stub = self._triton_stub
        if stub is None:
            from ..triton_protocol import GRPCInferenceServiceSyncStub as TritonServiceStub

            stub = self._triton_stub = TritonServiceStub(self._caller)
        return stub

    # -- Triton's methods (UNIMPLEMENTED on servers that lack them: an RpcError naming the server) --

    def model_config(
        self,
        model_name: str,
        model_version: str = "",
        timeout: Timeout = USE_CLIENT_DEFAULT,
        headers: MetadataLike | None = None,
    ) -> ModelConfig:
        """The configuration the server runs a model with (Triton's ModelConfig)."""
        from .. import _triton_support as support
        from ..triton_protocol import ModelConfig, ModelConfigRequest

        version = support.checked_name(model_version, "model_version", empty=True)
        request = ModelConfigRequest(name=checked_model_name(model_name), version=version)
        reply = self._triton().model_config(request, timeout=timeout, metadata=headers)
        return reply.config if reply.config is not None else ModelConfig()

    def model_statistics(
        self,
        model_name: str = "",
        model_version: str = "",
        timeout: Timeout = USE_CLIENT_DEFAULT,
        headers: MetadataLike | None = None,
    ) -> ModelStatisticsResponse:
        """Inference statistics of a model (of every model when `model_name` is empty)."""
        from .. import _triton_support as support
        from ..triton_protocol import ModelStatisticsRequest

        name = support.checked_name(model_name, "model_name", empty=True)
        request = ModelStatisticsRequest(
            name=name, version=support.checked_name(model_version, "model_version", empty=True)
        )
        return self._triton().model_statistics(request, timeout=timeout, metadata=headers)

    def repository_index(
        self, ready: bool = False, timeout: Timeout = USE_CLIENT_DEFAULT, headers: MetadataLike | None = None
    ) -> list[RepositoryIndexResponseModelIndex]:
        """The models of the server's repositories (name, version, state, reason); only the ready ones with `ready`."""
        from ..triton_protocol import RepositoryIndexRequest

        if not isinstance(ready, bool):
            raise InvalidInput(f"repository_index: ready must be a bool, got {ready!r}")
        reply = self._triton().repository_index(
            RepositoryIndexRequest(ready=ready), timeout=timeout, metadata=headers
        )
        return list(reply.models)

    def trace_settings(
        self, model_name: str = "", timeout: Timeout = USE_CLIENT_DEFAULT, headers: MetadataLike | None = None
    ) -> dict[str, list[str]]:
        """Trace settings (setting name -> values as str) of a model, or the server-wide ones."""
        return self.update_trace_settings(model_name, {}, timeout=timeout, headers=headers)

    def update_trace_settings(
        self,
        model_name: str = "",
        settings: Mapping[str, TraceValue] | None = None,
        timeout: Timeout = USE_CLIENT_DEFAULT,
        headers: MetadataLike | None = None,
    ) -> dict[str, list[str]]:
        """Change trace settings of a model (or the server-wide ones); returns all of them after the change.

        Each value is a str (an int is sent as its decimal str), a list of str, or None to reset
        the setting (a model's to the server-wide value), e.g. `{"trace_count": 5,
        "trace_rate": 100, "log_frequency": None}`.
        """
        from .. import _triton_support as support
        from ..triton_protocol import TraceSettingRequest

        name = support.checked_name(model_name, "model_name", empty=True)
        request = TraceSettingRequest(settings=support.trace_request_settings(settings or {}), model_name=name)
        return support.trace_values(self._triton().trace_setting(request, timeout=timeout, metadata=headers))

    def log_settings(
        self, timeout: Timeout = USE_CLIENT_DEFAULT, headers: MetadataLike | None = None
    ) -> dict[str, bool | int | str]:
        """The server's log settings, e.g. `{"log_info": True, "log_verbose_level": 0, "log_format": "default"}`."""
        from ..triton_protocol import LogSettingsRequest

        reply = self._triton().log_settings(LogSettingsRequest(), timeout=timeout, metadata=headers)
        from .. import _triton_support as support

        return support.log_values(reply)

    def update_log_settings(
        self,
        settings: Mapping[str, bool | int | str],
        timeout: Timeout = USE_CLIENT_DEFAULT,
        headers: MetadataLike | None = None,
    ) -> dict[str, bool | int | str]:
        """Change log settings (bool, int from 0 to 2**32-1, or str values); returns all of them after the change."""
        from .. import _triton_support as support
        from ..triton_protocol import LogSettingsRequest

        request = LogSettingsRequest(settings=support.log_request_settings(settings))
        return support.log_values(self._triton().log_settings(request, timeout=timeout, metadata=headers))

    def register_system_shared_memory(
        self,
        name: str,
        key: str,
        byte_size: int,
        offset: int = 0,
        timeout: Timeout = USE_CLIENT_DEFAULT,
        headers: MetadataLike | None = None,
    ) -> None:
        """Register `byte_size` bytes from `offset` of the POSIX shared-memory object `key` (e.g.
        `/my_region`; see `inference_grpc.shared_memory`) as the region `name`."""
        from .. import _triton_support as support
        from ..triton_protocol import SystemSharedMemoryRegisterRequest

        request = SystemSharedMemoryRegisterRequest(
            name=support.checked_name(name, "region name"),
            key=support.checked_name(key, "shared-memory key"),
            offset=support.checked_size(offset, "offset"),
            byte_size=support.checked_size(byte_size, "byte_size", positive=True),
        )
        self._triton().system_shared_memory_register(request, timeout=timeout, metadata=headers)

    def unregister_system_shared_memory(
        self, name: str = "", timeout: Timeout = USE_CLIENT_DEFAULT, headers: MetadataLike | None = None
    ) -> None:
        """Unregister a system shared-memory region (every one when `name` is empty)."""
        from .. import _triton_support as support
        from ..triton_protocol import SystemSharedMemoryUnregisterRequest

        request = SystemSharedMemoryUnregisterRequest(name=support.checked_name(name, "region name", empty=True))
        self._triton().system_shared_memory_unregister(request, timeout=timeout, metadata=headers)

    def system_shared_memory_status(
        self, name: str = "", timeout: Timeout = USE_CLIENT_DEFAULT, headers: MetadataLike | None = None
    ) -> dict[str, SystemSharedMemoryStatusResponseRegionStatus]:
        """The registered system shared-memory regions (name, key, offset, byte_size) by name (all: `name=""`)."""
        from .. import _triton_support as support
        from ..triton_protocol import SystemSharedMemoryStatusRequest

        request = SystemSharedMemoryStatusRequest(name=support.checked_name(name, "region name", empty=True))
        reply = self._triton().system_shared_memory_status(request, timeout=timeout, metadata=headers)
        return dict(reply.regions)

    def register_cuda_shared_memory(
        self,
        name: str,
        raw_handle: bytes,
        device_id: int,
        byte_size: int,
        timeout: Timeout = USE_CLIENT_DEFAULT,
        headers: MetadataLike | None = None,
    ) -> None:
        """Register a CUDA memory block as the region `name`: `raw_handle` is the bytes of its CUDA
        IPC handle (`cudaIpcGetMemHandle`'s, from any CUDA library), `device_id` its GPU."""
        from .. import _triton_support as support
        from ..triton_protocol import CudaSharedMemoryRegisterRequest

        if not isinstance(raw_handle, (bytes, bytearray, memoryview)) or not len(raw_handle):
            raise InvalidInput(
                f"raw_handle must be non-empty bytes (a CUDA IPC handle), got {type(raw_handle).__name__}"
            )
        request = CudaSharedMemoryRegisterRequest(
            name=support.checked_name(name, "region name"),
            raw_handle=bytes(raw_handle),
            device_id=support.checked_size(device_id, "device_id", limit=(1 << 63) - 1),
            byte_size=support.checked_size(byte_size, "byte_size", positive=True),
        )
        self._triton().cuda_shared_memory_register(request, timeout=timeout, metadata=headers)

    def unregister_cuda_shared_memory(
        self, name: str = "", timeout: Timeout = USE_CLIENT_DEFAULT, headers: MetadataLike | None = None
    ) -> None:
        """Unregister a CUDA shared-memory region (every one when `name` is empty)."""
        from .. import _triton_support as support
        from ..triton_protocol import CudaSharedMemoryUnregisterRequest

        request = CudaSharedMemoryUnregisterRequest(name=support.checked_name(name, "region name", empty=True))
        self._triton().cuda_shared_memory_unregister(request, timeout=timeout, metadata=headers)

    def cuda_shared_memory_status(
        self, name: str = "", timeout: Timeout = USE_CLIENT_DEFAULT, headers: MetadataLike | None = None
    ) -> dict[str, CudaSharedMemoryStatusResponseRegionStatus]:
        """The registered CUDA shared-memory regions (name, device_id, byte_size) by name."""
        from .. import _triton_support as support
        from ..triton_protocol import CudaSharedMemoryStatusRequest

        request = CudaSharedMemoryStatusRequest(name=support.checked_name(name, "region name", empty=True))
        reply = self._triton().cuda_shared_memory_status(request, timeout=timeout, metadata=headers)
        return dict(reply.regions)

    def close(self) -> None:
        self._codec.release_buffer()
        self._channel.close()

    def __enter__(self) -> SyncInferenceGRPCClient:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
