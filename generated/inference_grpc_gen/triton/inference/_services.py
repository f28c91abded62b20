# Generated from grpc_service.proto, model_config.proto. DO NOT EDIT.
# Regenerate with inference-grpc-codegen.
"""gRPC stubs and servicer base classes of the proto package `inference`.

Every stub method binds its route and message types, then makes one call into
`inference_grpc.runtime`, which owns deadlines, metadata, compression and error mapping.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import grpc
import grpc.aio

from inference_grpc import runtime as _rt

from ._messages import (
    CudaSharedMemoryRegisterRequest,
    CudaSharedMemoryRegisterResponse,
    CudaSharedMemoryStatusRequest,
    CudaSharedMemoryStatusResponse,
    CudaSharedMemoryUnregisterRequest,
    CudaSharedMemoryUnregisterResponse,
    LogSettingsRequest,
    LogSettingsResponse,
    ModelConfigRequest,
    ModelConfigResponse,
    ModelInferRequest,
    ModelInferResponse,
    ModelMetadataRequest,
    ModelMetadataResponse,
    ModelReadyRequest,
    ModelReadyResponse,
    ModelStatisticsRequest,
    ModelStatisticsResponse,
    ModelStreamInferResponse,
    RepositoryIndexRequest,
    RepositoryIndexResponse,
    RepositoryModelLoadRequest,
    RepositoryModelLoadResponse,
    RepositoryModelUnloadRequest,
    RepositoryModelUnloadResponse,
    ServerLiveRequest,
    ServerLiveResponse,
    ServerMetadataRequest,
    ServerMetadataResponse,
    ServerReadyRequest,
    ServerReadyResponse,
    SystemSharedMemoryRegisterRequest,
    SystemSharedMemoryRegisterResponse,
    SystemSharedMemoryStatusRequest,
    SystemSharedMemoryStatusResponse,
    SystemSharedMemoryUnregisterRequest,
    SystemSharedMemoryUnregisterResponse,
    TraceSettingRequest,
    TraceSettingResponse,
)

_rt.check_generator_api(6, __name__)

__all__ = [
    "GRPCInferenceServiceServicer",
    "GRPCInferenceServiceStub",
    "GRPCInferenceServiceSyncServicer",
    "GRPCInferenceServiceSyncStub",
]

_GRPCINFERENCESERVICE_SERVER_LIVE: _rt.Route[ServerLiveRequest, ServerLiveResponse] = _rt.Route(
    "/inference.GRPCInferenceService/ServerLive", "unary_unary", ServerLiveRequest, ServerLiveResponse
)

_GRPCINFERENCESERVICE_SERVER_READY: _rt.Route[ServerReadyRequest, ServerReadyResponse] = _rt.Route(
    "/inference.GRPCInferenceService/ServerReady", "unary_unary", ServerReadyRequest, ServerReadyResponse
)

_GRPCINFERENCESERVICE_MODEL_READY: _rt.Route[ModelReadyRequest, ModelReadyResponse] = _rt.Route(
    "/inference.GRPCInferenceService/ModelReady", "unary_unary", ModelReadyRequest, ModelReadyResponse
)

_GRPCINFERENCESERVICE_SERVER_METADATA: _rt.Route[ServerMetadataRequest, ServerMetadataResponse] = _rt.Route(
    "/inference.GRPCInferenceService/ServerMetadata", "unary_unary", ServerMetadataRequest, ServerMetadataResponse
)

_GRPCINFERENCESERVICE_MODEL_METADATA: _rt.Route[ModelMetadataRequest, ModelMetadataResponse] = _rt.Route(
    "/inference.GRPCInferenceService/ModelMetadata", "unary_unary", ModelMetadataRequest, ModelMetadataResponse
)

_GRPCINFERENCESERVICE_MODEL_INFER: _rt.Route[ModelInferRequest, ModelInferResponse] = _rt.Route(
    "/inference.GRPCInferenceService/ModelInfer", "unary_unary", ModelInferRequest, ModelInferResponse
)

_GRPCINFERENCESERVICE_MODEL_STREAM_INFER: _rt.Route[ModelInferRequest, ModelStreamInferResponse] = _rt.Route(
    "/inference.GRPCInferenceService/ModelStreamInfer", "stream_stream", ModelInferRequest, ModelStreamInferResponse
)

_GRPCINFERENCESERVICE_MODEL_CONFIG: _rt.Route[ModelConfigRequest, ModelConfigResponse] = _rt.Route(
    "/inference.GRPCInferenceService/ModelConfig", "unary_unary", ModelConfigRequest, ModelConfigResponse
)

_GRPCINFERENCESERVICE_MODEL_STATISTICS: _rt.Route[ModelStatisticsRequest, ModelStatisticsResponse] = _rt.Route(
    "/inference.GRPCInferenceService/ModelStatistics", "unary_unary", ModelStatisticsRequest, ModelStatisticsResponse
)

_GRPCINFERENCESERVICE_REPOSITORY_INDEX: _rt.Route[RepositoryIndexRequest, RepositoryIndexResponse] = _rt.Route(
    "/inference.GRPCInferenceService/RepositoryIndex", "unary_unary", RepositoryIndexRequest, RepositoryIndexResponse
)

_GRPCINFERENCESERVICE_REPOSITORY_MODEL_LOAD: _rt.Route[RepositoryModelLoadRequest, RepositoryModelLoadResponse] = _rt.Route(
    "/inference.GRPCInferenceService/RepositoryModelLoad", "unary_unary", RepositoryModelLoadRequest, RepositoryModelLoadResponse
)

_GRPCINFERENCESERVICE_REPOSITORY_MODEL_UNLOAD: _rt.Route[RepositoryModelUnloadRequest, RepositoryModelUnloadResponse] = _rt.Route(
    "/inference.GRPCInferenceService/RepositoryModelUnload", "unary_unary", RepositoryModelUnloadRequest, RepositoryModelUnloadResponse
)

_GRPCINFERENCESERVICE_SYSTEM_SHARED_MEMORY_STATUS: _rt.Route[SystemSharedMemoryStatusRequest, SystemSharedMemoryStatusResponse] = _rt.Route(
    "/inference.GRPCInferenceService/SystemSharedMemoryStatus", "unary_unary", SystemSharedMemoryStatusRequest, SystemSharedMemoryStatusResponse
)

_GRPCINFERENCESERVICE_SYSTEM_SHARED_MEMORY_REGISTER: _rt.Route[SystemSharedMemoryRegisterRequest, SystemSharedMemoryRegisterResponse] = _rt.Route(
    "/inference.GRPCInferenceService/SystemSharedMemoryRegister", "unary_unary", SystemSharedMemoryRegisterRequest, SystemSharedMemoryRegisterResponse
)

_GRPCINFERENCESERVICE_SYSTEM_SHARED_MEMORY_UNREGISTER: _rt.Route[SystemSharedMemoryUnregisterRequest, SystemSharedMemoryUnregisterResponse] = _rt.Route(
    "/inference.GRPCInferenceService/SystemSharedMemoryUnregister", "unary_unary", SystemSharedMemoryUnregisterRequest, SystemSharedMemoryUnregisterResponse
)

_GRPCINFERENCESERVICE_CUDA_SHARED_MEMORY_STATUS: _rt.Route[CudaSharedMemoryStatusRequest, CudaSharedMemoryStatusResponse] = _rt.Route(
    "/inference.GRPCInferenceService/CudaSharedMemoryStatus", "unary_unary", CudaSharedMemoryStatusRequest, CudaSharedMemoryStatusResponse
)

_GRPCINFERENCESERVICE_CUDA_SHARED_MEMORY_REGISTER: _rt.Route[CudaSharedMemoryRegisterRequest, CudaSharedMemoryRegisterResponse] = _rt.Route(
    "/inference.GRPCInferenceService/CudaSharedMemoryRegister", "unary_unary", CudaSharedMemoryRegisterRequest, CudaSharedMemoryRegisterResponse
)

_GRPCINFERENCESERVICE_CUDA_SHARED_MEMORY_UNREGISTER: _rt.Route[CudaSharedMemoryUnregisterRequest, CudaSharedMemoryUnregisterResponse] = _rt.Route(
    "/inference.GRPCInferenceService/CudaSharedMemoryUnregister", "unary_unary", CudaSharedMemoryUnregisterRequest, CudaSharedMemoryUnregisterResponse
)

_GRPCINFERENCESERVICE_TRACE_SETTING: _rt.Route[TraceSettingRequest, TraceSettingResponse] = _rt.Route(
    "/inference.GRPCInferenceService/TraceSetting", "unary_unary", TraceSettingRequest, TraceSettingResponse
)

_GRPCINFERENCESERVICE_LOG_SETTINGS: _rt.Route[LogSettingsRequest, LogSettingsResponse] = _rt.Route(
    "/inference.GRPCInferenceService/LogSettings", "unary_unary", LogSettingsRequest, LogSettingsResponse
)

_GRPCINFERENCESERVICESTUB_ROUTES: _rt.Routes = _rt.route_table(
    ("server_live", _GRPCINFERENCESERVICE_SERVER_LIVE),
    ("server_ready", _GRPCINFERENCESERVICE_SERVER_READY),
    ("model_ready", _GRPCINFERENCESERVICE_MODEL_READY),
    ("server_metadata", _GRPCINFERENCESERVICE_SERVER_METADATA),
    ("model_metadata", _GRPCINFERENCESERVICE_MODEL_METADATA),
    ("model_infer", _GRPCINFERENCESERVICE_MODEL_INFER),
    ("model_stream_infer", _GRPCINFERENCESERVICE_MODEL_STREAM_INFER),
    ("model_config", _GRPCINFERENCESERVICE_MODEL_CONFIG),
    ("model_statistics", _GRPCINFERENCESERVICE_MODEL_STATISTICS),
    ("repository_index", _GRPCINFERENCESERVICE_REPOSITORY_INDEX),
    ("repository_model_load", _GRPCINFERENCESERVICE_REPOSITORY_MODEL_LOAD),
    ("repository_model_unload", _GRPCINFERENCESERVICE_REPOSITORY_MODEL_UNLOAD),
    ("system_shared_memory_status", _GRPCINFERENCESERVICE_SYSTEM_SHARED_MEMORY_STATUS),
    ("system_shared_memory_register", _GRPCINFERENCESERVICE_SYSTEM_SHARED_MEMORY_REGISTER),
    ("system_shared_memory_unregister", _GRPCINFERENCESERVICE_SYSTEM_SHARED_MEMORY_UNREGISTER),
    ("cuda_shared_memory_status", _GRPCINFERENCESERVICE_CUDA_SHARED_MEMORY_STATUS),
    ("cuda_shared_memory_register", _GRPCINFERENCESERVICE_CUDA_SHARED_MEMORY_REGISTER),
    ("cuda_shared_memory_unregister", _GRPCINFERENCESERVICE_CUDA_SHARED_MEMORY_UNREGISTER),
    ("trace_setting", _GRPCINFERENCESERVICE_TRACE_SETTING),
    ("log_settings", _GRPCINFERENCESERVICE_LOG_SETTINGS),
)


class GRPCInferenceServiceStub:
    """The inference service of a Triton server.

    Async client stub over a `grpc.aio` channel, following grpc.aio's conventions: calling a
    method starts the RPC and returns its call object, to `await` for a unary reply or to iterate
    with `async for` for streamed ones; every call has `initial_metadata()`,
    `trailing_metadata()`, `code()`, `details()` and `cancel()`, and request-streaming calls
    started without requests take `write()` and `done_writing()`.
    A single request may also be given already encoded, as bytes, which are sent as they are.
    Unary methods take `decode`: a function of the reply's bytes whose result they give instead
    of the reply message.
    Failed calls raise `inference_grpc.runtime.RpcError`, a `grpc.aio.AioRpcError` (and so a
    `grpc.RpcError`); requests that cannot be encoded raise `EncodeError` before anything is sent.
    """

    routes: _rt.Routes = _GRPCINFERENCESERVICESTUB_ROUTES
    """The service's routes by method name, for calls made through the runtime directly."""

    server_live: _rt.StubMethod[_rt.aio_calls.UnaryUnaryMethod[ServerLiveRequest, ServerLiveResponse]] = _rt.StubMethod(
        "unary_unary",
        _GRPCINFERENCESERVICE_SERVER_LIVE,
        """Reports whether the server process is up and can answer requests.""",
    )

    server_ready: _rt.StubMethod[_rt.aio_calls.UnaryUnaryMethod[ServerReadyRequest, ServerReadyResponse]] = _rt.StubMethod(
        "unary_unary",
        _GRPCINFERENCESERVICE_SERVER_READY,
        """Reports whether the server is ready to run inference.""",
    )

    model_ready: _rt.StubMethod[_rt.aio_calls.UnaryUnaryMethod[ModelReadyRequest, ModelReadyResponse]] = _rt.StubMethod(
        "unary_unary",
        _GRPCINFERENCESERVICE_MODEL_READY,
        """Reports whether one model (optionally one version of it) is ready to run inference.""",
    )

    server_metadata: _rt.StubMethod[_rt.aio_calls.UnaryUnaryMethod[ServerMetadataRequest, ServerMetadataResponse]] = _rt.StubMethod(
        "unary_unary",
        _GRPCINFERENCESERVICE_SERVER_METADATA,
        """Describes the server: its name, version and supported extensions.""",
    )

    model_metadata: _rt.StubMethod[_rt.aio_calls.UnaryUnaryMethod[ModelMetadataRequest, ModelMetadataResponse]] = _rt.StubMethod(
        "unary_unary",
        _GRPCINFERENCESERVICE_MODEL_METADATA,
        """Describes a model: its versions, platform and input and output tensors.""",
    )

    model_infer: _rt.StubMethod[_rt.aio_calls.UnaryUnaryMethod[ModelInferRequest, ModelInferResponse]] = _rt.StubMethod(
        "unary_unary",
        _GRPCINFERENCESERVICE_MODEL_INFER,
        """Runs one inference on a model.""",
    )

    model_stream_infer: _rt.StubMethod[_rt.aio_calls.StreamStreamMethod[ModelInferRequest, ModelStreamInferResponse]] = _rt.StubMethod(
        "stream_stream",
        _GRPCINFERENCESERVICE_MODEL_STREAM_INFER,
        """Runs inferences over one bidirectional stream. Each request may be
        answered by zero, one or many responses (decoupled models), and a failed
        request is reported in its response instead of ending the stream.""",
    )

    model_config: _rt.StubMethod[_rt.aio_calls.UnaryUnaryMethod[ModelConfigRequest, ModelConfigResponse]] = _rt.StubMethod(
        "unary_unary",
        _GRPCINFERENCESERVICE_MODEL_CONFIG,
        """Returns a model's full configuration.""",
    )

    model_statistics: _rt.StubMethod[_rt.aio_calls.UnaryUnaryMethod[ModelStatisticsRequest, ModelStatisticsResponse]] = _rt.StubMethod(
        "unary_unary",
        _GRPCINFERENCESERVICE_MODEL_STATISTICS,
        """Returns the cumulative inference statistics of one model, or of all.""",
    )

    repository_index: _rt.StubMethod[_rt.aio_calls.UnaryUnaryMethod[RepositoryIndexRequest, RepositoryIndexResponse]] = _rt.StubMethod(
        "unary_unary",
        _GRPCINFERENCESERVICE_REPOSITORY_INDEX,
        """Lists the models of the server's repositories and their state.""",
    )

    repository_model_load: _rt.StubMethod[_rt.aio_calls.UnaryUnaryMethod[RepositoryModelLoadRequest, RepositoryModelLoadResponse]] = _rt.StubMethod(
        "unary_unary",
        _GRPCINFERENCESERVICE_REPOSITORY_MODEL_LOAD,
        """Loads a model from a repository, or reloads it if already loaded.""",
    )

    repository_model_unload: _rt.StubMethod[_rt.aio_calls.UnaryUnaryMethod[RepositoryModelUnloadRequest, RepositoryModelUnloadResponse]] = _rt.StubMethod(
        "unary_unary",
        _GRPCINFERENCESERVICE_REPOSITORY_MODEL_UNLOAD,
        """Unloads a model.""",
    )

    system_shared_memory_status: _rt.StubMethod[_rt.aio_calls.UnaryUnaryMethod[SystemSharedMemoryStatusRequest, SystemSharedMemoryStatusResponse]] = _rt.StubMethod(
        "unary_unary",
        _GRPCINFERENCESERVICE_SYSTEM_SHARED_MEMORY_STATUS,
        """Describes the registered system shared-memory regions.""",
    )

    system_shared_memory_register: _rt.StubMethod[_rt.aio_calls.UnaryUnaryMethod[SystemSharedMemoryRegisterRequest, SystemSharedMemoryRegisterResponse]] = _rt.StubMethod(
        "unary_unary",
        _GRPCINFERENCESERVICE_SYSTEM_SHARED_MEMORY_REGISTER,
        """Registers a system (POSIX) shared-memory region with the server.""",
    )

    system_shared_memory_unregister: _rt.StubMethod[_rt.aio_calls.UnaryUnaryMethod[SystemSharedMemoryUnregisterRequest, SystemSharedMemoryUnregisterResponse]] = _rt.StubMethod(
        "unary_unary",
        _GRPCINFERENCESERVICE_SYSTEM_SHARED_MEMORY_UNREGISTER,
        """Unregisters one system shared-memory region, or all of them.""",
    )

    cuda_shared_memory_status: _rt.StubMethod[_rt.aio_calls.UnaryUnaryMethod[CudaSharedMemoryStatusRequest, CudaSharedMemoryStatusResponse]] = _rt.StubMethod(
        "unary_unary",
        _GRPCINFERENCESERVICE_CUDA_SHARED_MEMORY_STATUS,
        """Describes the registered CUDA shared-memory regions.""",
    )

    cuda_shared_memory_register: _rt.StubMethod[_rt.aio_calls.UnaryUnaryMethod[CudaSharedMemoryRegisterRequest, CudaSharedMemoryRegisterResponse]] = _rt.StubMethod(
        "unary_unary",
        _GRPCINFERENCESERVICE_CUDA_SHARED_MEMORY_REGISTER,
        """Registers a CUDA (GPU) memory region, given by its IPC handle, with the server.""",
    )

    cuda_shared_memory_unregister: _rt.StubMethod[_rt.aio_calls.UnaryUnaryMethod[CudaSharedMemoryUnregisterRequest, CudaSharedMemoryUnregisterResponse]] = _rt.StubMethod(
        "unary_unary",
        _GRPCINFERENCESERVICE_CUDA_SHARED_MEMORY_UNREGISTER,
        """Unregisters one CUDA shared-memory region, or all of them.""",
    )

    trace_setting: _rt.StubMethod[_rt.aio_calls.UnaryUnaryMethod[TraceSettingRequest, TraceSettingResponse]] = _rt.StubMethod(
        "unary_unary",
        _GRPCINFERENCESERVICE_TRACE_SETTING,
        """Reads or changes the trace settings, server-wide or of one model.""",
    )

    log_settings: _rt.StubMethod[_rt.aio_calls.UnaryUnaryMethod[LogSettingsRequest, LogSettingsResponse]] = _rt.StubMethod(
        "unary_unary",
        _GRPCINFERENCESERVICE_LOG_SETTINGS,
        """Reads or changes the server's log settings.""",
    )

    def __init__(self, channel: grpc.aio.Channel | _rt.AsyncCaller) -> None:
        self._caller = channel if isinstance(channel, _rt.AsyncCaller) else _rt.AsyncCaller(channel)


class GRPCInferenceServiceSyncStub:
    """The inference service of a Triton server.

    Blocking client stub over a `grpc` channel, following grpc's conventions: each method is a
    multicallable. Unary replies: `stub.m(request)` returns the reply, `stub.m.with_call(request)`
    the reply and the `grpc.Call` (metadata, code, details), `stub.m.future(request)` a future to
    wait for or cancel. Streamed replies: `stub.m(request)` returns an iterator of replies that
    is also the call (metadata, `cancel()`; closing or dropping it cancels the RPC).
    A single request may also be given already encoded, as bytes, which are sent as they are.
    Unary methods take `decode`: a function of the reply's bytes whose result they give instead
    of the reply message.
    Failed calls raise `inference_grpc.runtime.RpcError`, a `grpc.aio.AioRpcError` (and so a
    `grpc.RpcError`); requests that cannot be encoded raise `EncodeError` before anything is sent.
    """

    routes: _rt.Routes = _GRPCINFERENCESERVICESTUB_ROUTES
    """The service's routes by method name, for calls made through the runtime directly."""

    server_live: _rt.StubMethod[_rt.blocking_calls.UnaryUnaryMethod[ServerLiveRequest, ServerLiveResponse]] = _rt.StubMethod(
        "unary_unary",
        _GRPCINFERENCESERVICE_SERVER_LIVE,
        """Reports whether the server process is up and can answer requests.""",
    )

    server_ready: _rt.StubMethod[_rt.blocking_calls.UnaryUnaryMethod[ServerReadyRequest, ServerReadyResponse]] = _rt.StubMethod(
        "unary_unary",
        _GRPCINFERENCESERVICE_SERVER_READY,
        """Reports whether the server is ready to run inference.""",
    )

    model_ready: _rt.StubMethod[_rt.blocking_calls.UnaryUnaryMethod[ModelReadyRequest, ModelReadyResponse]] = _rt.StubMethod(
        "unary_unary",
        _GRPCINFERENCESERVICE_MODEL_READY,
        """Reports whether one model (optionally one version of it) is ready to run inference.""",
    )

    server_metadata: _rt.StubMethod[_rt.blocking_calls.UnaryUnaryMethod[ServerMetadataRequest, ServerMetadataResponse]] = _rt.StubMethod(
        "unary_unary",
        _GRPCINFERENCESERVICE_SERVER_METADATA,
        """Describes the server: its name, version and supported extensions.""",
    )

    model_metadata: _rt.StubMethod[_rt.blocking_calls.UnaryUnaryMethod[ModelMetadataRequest, ModelMetadataResponse]] = _rt.StubMethod(
        "unary_unary",
        _GRPCINFERENCESERVICE_MODEL_METADATA,
        """Describes a model: its versions, platform and input and output tensors.""",
    )

    model_infer: _rt.StubMethod[_rt.blocking_calls.UnaryUnaryMethod[ModelInferRequest, ModelInferResponse]] = _rt.StubMethod(
        "unary_unary",
        _GRPCINFERENCESERVICE_MODEL_INFER,
        """Runs one inference on a model.""",
    )

    model_stream_infer: _rt.StubMethod[_rt.blocking_calls.StreamStreamMethod[ModelInferRequest, ModelStreamInferResponse]] = _rt.StubMethod(
        "stream_stream",
        _GRPCINFERENCESERVICE_MODEL_STREAM_INFER,
        """Runs inferences over one bidirectional stream. Each request may be
        answered by zero, one or many responses (decoupled models), and a failed
        request is reported in its response instead of ending the stream.""",
    )

    model_config: _rt.StubMethod[_rt.blocking_calls.UnaryUnaryMethod[ModelConfigRequest, ModelConfigResponse]] = _rt.StubMethod(
        "unary_unary",
        _GRPCINFERENCESERVICE_MODEL_CONFIG,
        """Returns a model's full configuration.""",
    )

    model_statistics: _rt.StubMethod[_rt.blocking_calls.UnaryUnaryMethod[ModelStatisticsRequest, ModelStatisticsResponse]] = _rt.StubMethod(
        "unary_unary",
        _GRPCINFERENCESERVICE_MODEL_STATISTICS,
        """Returns the cumulative inference statistics of one model, or of all.""",
    )

    repository_index: _rt.StubMethod[_rt.blocking_calls.UnaryUnaryMethod[RepositoryIndexRequest, RepositoryIndexResponse]] = _rt.StubMethod(
        "unary_unary",
        _GRPCINFERENCESERVICE_REPOSITORY_INDEX,
        """Lists the models of the server's repositories and their state.""",
    )

    repository_model_load: _rt.StubMethod[_rt.blocking_calls.UnaryUnaryMethod[RepositoryModelLoadRequest, RepositoryModelLoadResponse]] = _rt.StubMethod(
        "unary_unary",
        _GRPCINFERENCESERVICE_REPOSITORY_MODEL_LOAD,
        """Loads a model from a repository, or reloads it if already loaded.""",
    )

    repository_model_unload: _rt.StubMethod[_rt.blocking_calls.UnaryUnaryMethod[RepositoryModelUnloadRequest, RepositoryModelUnloadResponse]] = _rt.StubMethod(
        "unary_unary",
        _GRPCINFERENCESERVICE_REPOSITORY_MODEL_UNLOAD,
        """Unloads a model.""",
    )

    system_shared_memory_status: _rt.StubMethod[_rt.blocking_calls.UnaryUnaryMethod[SystemSharedMemoryStatusRequest, SystemSharedMemoryStatusResponse]] = _rt.StubMethod(
        "unary_unary",
        _GRPCINFERENCESERVICE_SYSTEM_SHARED_MEMORY_STATUS,
        """Describes the registered system shared-memory regions.""",
    )

    system_shared_memory_register: _rt.StubMethod[_rt.blocking_calls.UnaryUnaryMethod[SystemSharedMemoryRegisterRequest, SystemSharedMemoryRegisterResponse]] = _rt.StubMethod(
        "unary_unary",
        _GRPCINFERENCESERVICE_SYSTEM_SHARED_MEMORY_REGISTER,
        """Registers a system (POSIX) shared-memory region with the server.""",
    )

    system_shared_memory_unregister: _rt.StubMethod[_rt.blocking_calls.UnaryUnaryMethod[SystemSharedMemoryUnregisterRequest, SystemSharedMemoryUnregisterResponse]] = _rt.StubMethod(
        "unary_unary",
        _GRPCINFERENCESERVICE_SYSTEM_SHARED_MEMORY_UNREGISTER,
        """Unregisters one system shared-memory region, or all of them.""",
    )

    cuda_shared_memory_status: _rt.StubMethod[_rt.blocking_calls.UnaryUnaryMethod[CudaSharedMemoryStatusRequest, CudaSharedMemoryStatusResponse]] = _rt.StubMethod(
        "unary_unary",
        _GRPCINFERENCESERVICE_CUDA_SHARED_MEMORY_STATUS,
        """Describes the registered CUDA shared-memory regions.""",
    )

    cuda_shared_memory_register: _rt.StubMethod[_rt.blocking_calls.UnaryUnaryMethod[CudaSharedMemoryRegisterRequest, CudaSharedMemoryRegisterResponse]] = _rt.StubMethod(
        "unary_unary",
        _GRPCINFERENCESERVICE_CUDA_SHARED_MEMORY_REGISTER,
        """Registers a CUDA (GPU) memory region, given by its IPC handle, with the server.""",
    )

    cuda_shared_memory_unregister: _rt.StubMethod[_rt.blocking_calls.UnaryUnaryMethod[CudaSharedMemoryUnregisterRequest, CudaSharedMemoryUnregisterResponse]] = _rt.StubMethod(
        "unary_unary",
        _GRPCINFERENCESERVICE_CUDA_SHARED_MEMORY_UNREGISTER,
        """Unregisters one CUDA shared-memory region, or all of them.""",
    )

    trace_setting: _rt.StubMethod[_rt.blocking_calls.UnaryUnaryMethod[TraceSettingRequest, TraceSettingResponse]] = _rt.StubMethod(
        "unary_unary",
        _GRPCINFERENCESERVICE_TRACE_SETTING,
        """Reads or changes the trace settings, server-wide or of one model.""",
    )

    log_settings: _rt.StubMethod[_rt.blocking_calls.UnaryUnaryMethod[LogSettingsRequest, LogSettingsResponse]] = _rt.StubMethod(
        "unary_unary",
        _GRPCINFERENCESERVICE_LOG_SETTINGS,
        """Reads or changes the server's log settings.""",
    )

    def __init__(self, channel: grpc.Channel | _rt.SyncCaller) -> None:
        self._caller = channel if isinstance(channel, _rt.SyncCaller) else _rt.SyncCaller(channel)


class GRPCInferenceServiceServicer:
    """The inference service of a Triton server.

    Base class for `grpc.aio` servers: override the methods you serve; the others answer
    UNIMPLEMENTED. Register an instance with `add_to_server`.
    """

    async def server_live(self, request: ServerLiveRequest, context: grpc.aio.ServicerContext[ServerLiveRequest, ServerLiveResponse]) -> ServerLiveResponse:
        """Reports whether the server process is up and can answer requests."""
        await context.abort(grpc.StatusCode.UNIMPLEMENTED, "ServerLive is not implemented by this server")

    async def server_ready(self, request: ServerReadyRequest, context: grpc.aio.ServicerContext[ServerReadyRequest, ServerReadyResponse]) -> ServerReadyResponse:
        """Reports whether the server is ready to run inference."""
        await context.abort(grpc.StatusCode.UNIMPLEMENTED, "ServerReady is not implemented by this server")

    async def model_ready(self, request: ModelReadyRequest, context: grpc.aio.ServicerContext[ModelReadyRequest, ModelReadyResponse]) -> ModelReadyResponse:
        """Reports whether one model (optionally one version of it) is ready to run inference."""
        await context.abort(grpc.StatusCode.UNIMPLEMENTED, "ModelReady is not implemented by this server")

    async def server_metadata(self, request: ServerMetadataRequest, context: grpc.aio.ServicerContext[ServerMetadataRequest, ServerMetadataResponse]) -> ServerMetadataResponse:
        """Describes the server: its name, version and supported extensions."""
        await context.abort(grpc.StatusCode.UNIMPLEMENTED, "ServerMetadata is not implemented by this server")

    async def model_metadata(self, request: ModelMetadataRequest, context: grpc.aio.ServicerContext[ModelMetadataRequest, ModelMetadataResponse]) -> ModelMetadataResponse:
        """Describes a model: its versions, platform and input and output tensors."""
        await context.abort(grpc.StatusCode.UNIMPLEMENTED, "ModelMetadata is not implemented by this server")

    async def model_infer(self, request: ModelInferRequest, context: grpc.aio.ServicerContext[ModelInferRequest, ModelInferResponse]) -> ModelInferResponse:
        """Runs one inference on a model."""
        await context.abort(grpc.StatusCode.UNIMPLEMENTED, "ModelInfer is not implemented by this server")

    async def model_stream_infer(self, requests: AsyncIterator[ModelInferRequest], context: grpc.aio.ServicerContext[ModelInferRequest, ModelStreamInferResponse]) -> AsyncIterator[ModelStreamInferResponse]:
        """Runs inferences over one bidirectional stream. Each request may be
        answered by zero, one or many responses (decoupled models), and a failed
        request is reported in its response instead of ending the stream."""
        # An async generator function, as grpc.aio requires of streaming handlers (it would run
        # a plain function's result as a sync generator): the base answers UNIMPLEMENTED.
        async for response in _rt.unimplemented_stream(context, "ModelStreamInfer"):
            yield response

    async def model_config(self, request: ModelConfigRequest, context: grpc.aio.ServicerContext[ModelConfigRequest, ModelConfigResponse]) -> ModelConfigResponse:
        """Returns a model's full configuration."""
        await context.abort(grpc.StatusCode.UNIMPLEMENTED, "ModelConfig is not implemented by this server")

    async def model_statistics(self, request: ModelStatisticsRequest, context: grpc.aio.ServicerContext[ModelStatisticsRequest, ModelStatisticsResponse]) -> ModelStatisticsResponse:
        """Returns the cumulative inference statistics of one model, or of all."""
        await context.abort(grpc.StatusCode.UNIMPLEMENTED, "ModelStatistics is not implemented by this server")

    async def repository_index(self, request: RepositoryIndexRequest, context: grpc.aio.ServicerContext[RepositoryIndexRequest, RepositoryIndexResponse]) -> RepositoryIndexResponse:
        """Lists the models of the server's repositories and their state."""
        await context.abort(grpc.StatusCode.UNIMPLEMENTED, "RepositoryIndex is not implemented by this server")

    async def repository_model_load(self, request: RepositoryModelLoadRequest, context: grpc.aio.ServicerContext[RepositoryModelLoadRequest, RepositoryModelLoadResponse]) -> RepositoryModelLoadResponse:
        """Loads a model from a repository, or reloads it if already loaded."""
        await context.abort(grpc.StatusCode.UNIMPLEMENTED, "RepositoryModelLoad is not implemented by this server")

    async def repository_model_unload(self, request: RepositoryModelUnloadRequest, context: grpc.aio.ServicerContext[RepositoryModelUnloadRequest, RepositoryModelUnloadResponse]) -> RepositoryModelUnloadResponse:
        """Unloads a model."""
        await context.abort(grpc.StatusCode.UNIMPLEMENTED, "RepositoryModelUnload is not implemented by this server")

    async def system_shared_memory_status(self, request: SystemSharedMemoryStatusRequest, context: grpc.aio.ServicerContext[SystemSharedMemoryStatusRequest, SystemSharedMemoryStatusResponse]) -> SystemSharedMemoryStatusResponse:
        """Describes the registered system shared-memory regions."""
        await context.abort(grpc.StatusCode.UNIMPLEMENTED, "SystemSharedMemoryStatus is not implemented by this server")

    async def system_shared_memory_register(self, request: SystemSharedMemoryRegisterRequest, context: grpc.aio.ServicerContext[SystemSharedMemoryRegisterRequest, SystemSharedMemoryRegisterResponse]) -> SystemSharedMemoryRegisterResponse:
        """Registers a system (POSIX) shared-memory region with the server."""
        await context.abort(grpc.StatusCode.UNIMPLEMENTED, "SystemSharedMemoryRegister is not implemented by this server")

    async def system_shared_memory_unregister(self, request: SystemSharedMemoryUnregisterRequest, context: grpc.aio.ServicerContext[SystemSharedMemoryUnregisterRequest, SystemSharedMemoryUnregisterResponse]) -> SystemSharedMemoryUnregisterResponse:
        """Unregisters one system shared-memory region, or all of them."""
        await context.abort(grpc.StatusCode.UNIMPLEMENTED, "SystemSharedMemoryUnregister is not implemented by this server")

    async def cuda_shared_memory_status(self, request: CudaSharedMemoryStatusRequest, context: grpc.aio.ServicerContext[CudaSharedMemoryStatusRequest, CudaSharedMemoryStatusResponse]) -> CudaSharedMemoryStatusResponse:
        """Describes the registered CUDA shared-memory regions."""
        await context.abort(grpc.StatusCode.UNIMPLEMENTED, "CudaSharedMemoryStatus is not implemented by this server")

    async def cuda_shared_memory_register(self, request: CudaSharedMemoryRegisterRequest, context: grpc.aio.ServicerContext[CudaSharedMemoryRegisterRequest, CudaSharedMemoryRegisterResponse]) -> CudaSharedMemoryRegisterResponse:
        """Registers a CUDA (GPU) memory region, given by its IPC handle, with the server."""
        await context.abort(grpc.StatusCode.UNIMPLEMENTED, "CudaSharedMemoryRegister is not implemented by this server")

    async def cuda_shared_memory_unregister(self, request: CudaSharedMemoryUnregisterRequest, context: grpc.aio.ServicerContext[CudaSharedMemoryUnregisterRequest, CudaSharedMemoryUnregisterResponse]) -> CudaSharedMemoryUnregisterResponse:
        """Unregisters one CUDA shared-memory region, or all of them."""
        await context.abort(grpc.StatusCode.UNIMPLEMENTED, "CudaSharedMemoryUnregister is not implemented by this server")

    async def trace_setting(self, request: TraceSettingRequest, context: grpc.aio.ServicerContext[TraceSettingRequest, TraceSettingResponse]) -> TraceSettingResponse:
        """Reads or changes the trace settings, server-wide or of one model."""
        await context.abort(grpc.StatusCode.UNIMPLEMENTED, "TraceSetting is not implemented by this server")

    async def log_settings(self, request: LogSettingsRequest, context: grpc.aio.ServicerContext[LogSettingsRequest, LogSettingsResponse]) -> LogSettingsResponse:
        """Reads or changes the server's log settings."""
        await context.abort(grpc.StatusCode.UNIMPLEMENTED, "LogSettings is not implemented by this server")

    def add_to_server(self, server: grpc.aio.Server) -> None:
        """Serve this servicer's methods on `server`."""
        server.add_generic_rpc_handlers((_rt.method_handlers("inference.GRPCInferenceService", self, _GRPCINFERENCESERVICESTUB_ROUTES),))


class GRPCInferenceServiceSyncServicer:
    """The inference service of a Triton server.

    Base class for blocking `grpc.server` servers: override the methods you serve; the others
    answer UNIMPLEMENTED. Register an instance with `add_to_server`.
    """

    def server_live(
        self, request: ServerLiveRequest, context: grpc.ServicerContext
    ) -> ServerLiveResponse:
        """Reports whether the server process is up and can answer requests."""
        context.abort(grpc.StatusCode.UNIMPLEMENTED, "ServerLive is not implemented by this server")

    def server_ready(
        self, request: ServerReadyRequest, context: grpc.ServicerContext
    ) -> ServerReadyResponse:
        """Reports whether the server is ready to run inference."""
        context.abort(grpc.StatusCode.UNIMPLEMENTED, "ServerReady is not implemented by this server")

    def model_ready(
        self, request: ModelReadyRequest, context: grpc.ServicerContext
    ) -> ModelReadyResponse:
        """Reports whether one model (optionally one version of it) is ready to run inference."""
        context.abort(grpc.StatusCode.UNIMPLEMENTED, "ModelReady is not implemented by this server")

    def server_metadata(
        self, request: ServerMetadataRequest, context: grpc.ServicerContext
    ) -> ServerMetadataResponse:
        """Describes the server: its name, version and supported extensions."""
        context.abort(grpc.StatusCode.UNIMPLEMENTED, "ServerMetadata is not implemented by this server")

    def model_metadata(
        self, request: ModelMetadataRequest, context: grpc.ServicerContext
    ) -> ModelMetadataResponse:
        """Describes a model: its versions, platform and input and output tensors."""
        context.abort(grpc.StatusCode.UNIMPLEMENTED, "ModelMetadata is not implemented by this server")

    def model_infer(
        self, request: ModelInferRequest, context: grpc.ServicerContext
    ) -> ModelInferResponse:
        """Runs one inference on a model."""
        context.abort(grpc.StatusCode.UNIMPLEMENTED, "ModelInfer is not implemented by this server")

    def model_stream_infer(
        self, requests: Iterator[ModelInferRequest], context: grpc.ServicerContext
    ) -> Iterator[ModelStreamInferResponse]:
        """Runs inferences over one bidirectional stream. Each request may be
        answered by zero, one or many responses (decoupled models), and a failed
        request is reported in its response instead of ending the stream."""
        context.abort(grpc.StatusCode.UNIMPLEMENTED, "ModelStreamInfer is not implemented by this server")

    def model_config(
        self, request: ModelConfigRequest, context: grpc.ServicerContext
    ) -> ModelConfigResponse:
        """Returns a model's full configuration."""
        context.abort(grpc.StatusCode.UNIMPLEMENTED, "ModelConfig is not implemented by this server")

    def model_statistics(
        self, request: ModelStatisticsRequest, context: grpc.ServicerContext
    ) -> ModelStatisticsResponse:
        """Returns the cumulative inference statistics of one model, or of all."""
        context.abort(grpc.StatusCode.UNIMPLEMENTED, "ModelStatistics is not implemented by this server")

    def repository_index(
        self, request: RepositoryIndexRequest, context: grpc.ServicerContext
    ) -> RepositoryIndexResponse:
        """Lists the models of the server's repositories and their state."""
        context.abort(grpc.StatusCode.UNIMPLEMENTED, "RepositoryIndex is not implemented by this server")

    def repository_model_load(
        self, request: RepositoryModelLoadRequest, context: grpc.ServicerContext
    ) -> RepositoryModelLoadResponse:
        """Loads a model from a repository, or reloads it if already loaded."""
        context.abort(grpc.StatusCode.UNIMPLEMENTED, "RepositoryModelLoad is not implemented by this server")

    def repository_model_unload(
        self, request: RepositoryModelUnloadRequest, context: grpc.ServicerContext
    ) -> RepositoryModelUnloadResponse:
        """Unloads a model."""
        context.abort(grpc.StatusCode.UNIMPLEMENTED, "RepositoryModelUnload is not implemented by this server")

    def system_shared_memory_status(
        self, request: SystemSharedMemoryStatusRequest, context: grpc.ServicerContext
    ) -> SystemSharedMemoryStatusResponse:
        """Describes the registered system shared-memory regions."""
        context.abort(grpc.StatusCode.UNIMPLEMENTED, "SystemSharedMemoryStatus is not implemented by this server")

    def system_shared_memory_register(
        self, request: SystemSharedMemoryRegisterRequest, context: grpc.ServicerContext
    ) -> SystemSharedMemoryRegisterResponse:
        """Registers a system (POSIX) shared-memory region with the server."""
        context.abort(grpc.StatusCode.UNIMPLEMENTED, "SystemSharedMemoryRegister is not implemented by this server")

    def system_shared_memory_unregister(
        self, request: SystemSharedMemoryUnregisterRequest, context: grpc.ServicerContext
    ) -> SystemSharedMemoryUnregisterResponse:
        """Unregisters one system shared-memory region, or all of them."""
        context.abort(grpc.StatusCode.UNIMPLEMENTED, "SystemSharedMemoryUnregister is not implemented by this server")

    def cuda_shared_memory_status(
        self, request: CudaSharedMemoryStatusRequest, context: grpc.ServicerContext
    ) -> CudaSharedMemoryStatusResponse:
        """Describes the registered CUDA shared-memory regions."""
        context.abort(grpc.StatusCode.UNIMPLEMENTED, "CudaSharedMemoryStatus is not implemented by this server")

    def cuda_shared_memory_register(
        self, request: CudaSharedMemoryRegisterRequest, context: grpc.ServicerContext
    ) -> CudaSharedMemoryRegisterResponse:
        """Registers a CUDA (GPU) memory region, given by its IPC handle, with the server."""
        context.abort(grpc.StatusCode.UNIMPLEMENTED, "CudaSharedMemoryRegister is not implemented by this server")

    def cuda_shared_memory_unregister(
        self, request: CudaSharedMemoryUnregisterRequest, context: grpc.ServicerContext
    ) -> CudaSharedMemoryUnregisterResponse:
        """Unregisters one CUDA shared-memory region, or all of them."""
        context.abort(grpc.StatusCode.UNIMPLEMENTED, "CudaSharedMemoryUnregister is not implemented by this server")

    def trace_setting(
        self, request: TraceSettingRequest, context: grpc.ServicerContext
    ) -> TraceSettingResponse:
        """Reads or changes the trace settings, server-wide or of one model."""
        context.abort(grpc.StatusCode.UNIMPLEMENTED, "TraceSetting is not implemented by this server")

    def log_settings(
        self, request: LogSettingsRequest, context: grpc.ServicerContext
    ) -> LogSettingsResponse:
        """Reads or changes the server's log settings."""
        context.abort(grpc.StatusCode.UNIMPLEMENTED, "LogSettings is not implemented by this server")

    def add_to_server(self, server: grpc.Server) -> None:
        """Serve this servicer's methods on `server`."""
        server.add_generic_rpc_handlers((_rt.method_handlers("inference.GRPCInferenceService", self, _GRPCINFERENCESERVICESTUB_ROUTES),))
