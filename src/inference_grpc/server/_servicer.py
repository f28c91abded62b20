"""Triton's superset of the Open Inference Protocol served over a ModelRegistry.

The servicer is the Triton variant's generated servicer (`inference_grpc.triton_protocol`), so it
answers every RPC a Triton client calls. The RPCs whose messages are the same on the wire in both
variants (health, metadata, ModelInfer and the requests of ModelStreamInfer) are decoded with the
KServe variant's classes (`inference_grpc.protocol`), whose ModelMetadataResponse also carries the
Open Inference Protocol's `properties`. RepositoryModelLoad/Unload differ on the wire and accept
both layouts (see `_repository_target`).
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from typing import Any

import grpc
import grpc.aio

from .. import __version__
from ..protocol import GRPCInferenceServiceStub as KServeStub
from ..protocol import (
    ModelInferRequest,
    ModelInferResponse,
    ModelMetadataRequest,
    ModelMetadataResponse,
    ModelReadyRequest,
    ModelReadyResponse,
    ServerLiveRequest,
    ServerLiveResponse,
    ServerMetadataRequest,
    ServerMetadataResponse,
    ServerReadyRequest,
    ServerReadyResponse,
)
from ..protocol import RepositoryModelLoadResponse as KServeLoadResponse
from ..protocol import RepositoryModelUnloadResponse as KServeUnloadResponse
from ..runtime import Route, method_handlers, route_table
from ..runtime.wire import varint
from ..triton_protocol import (
    CudaSharedMemoryRegisterRequest,
    CudaSharedMemoryRegisterResponse,
    CudaSharedMemoryStatusRequest,
    CudaSharedMemoryStatusResponse,
    CudaSharedMemoryUnregisterRequest,
    CudaSharedMemoryUnregisterResponse,
    GRPCInferenceServiceServicer,
    GRPCInferenceServiceStub,
    LogSettingsRequest,
    LogSettingsResponse,
    ModelConfigRequest,
    ModelConfigResponse,
    ModelStatisticsRequest,
    ModelStatisticsResponse,
    ModelStreamInferResponse,
    RepositoryIndexRequest,
    RepositoryIndexResponse,
    RepositoryModelLoadRequest,
    RepositoryModelLoadResponse,
    RepositoryModelUnloadRequest,
    RepositoryModelUnloadResponse,
    SystemSharedMemoryRegisterRequest,
    SystemSharedMemoryRegisterResponse,
    SystemSharedMemoryStatusRequest,
    SystemSharedMemoryStatusResponse,
    SystemSharedMemoryStatusResponseRegionStatus,
    SystemSharedMemoryUnregisterRequest,
    SystemSharedMemoryUnregisterResponse,
    TraceSettingRequest,
    TraceSettingResponse,
)
from ..triton_protocol import ModelInferResponse as TritonInferResponse
from ._describe import model_config, model_metadata, repository_index
from ._model import ModelRegistry
from ._run import Runner
from ._settings import LogSettings, TraceSettings
from ._shm import SharedMemoryRegions
from ._stats import Statistics
from ._status import StatusError

__all__ = ["SERVER_EXTENSIONS", "SERVER_NAME", "InferenceServicer"]

logger = logging.getLogger("inference_grpc.server")

SERVICE = "inference.GRPCInferenceService"
SERVER_NAME = "inference-grpc"
SERVER_EXTENSIONS = (
    "model_repository",
    "model_configuration",
    "system_shared_memory",
    "statistics",
    "trace",
    "logging",
)

Context = grpc.aio.ServicerContext[Any, Any]


class _StreamReply:
    """A ModelStreamInferResponse holding `response`: field 2 around the response's bytes, so a
    stream reply costs the one encoding of the response a unary reply costs."""

    __slots__ = ("response",)

    def __init__(self, response: ModelInferResponse) -> None:
        self.response = response

    def __bytes__(self) -> bytes:
        body = bytes(self.response)
        return b"".join((b"\x12", varint(len(body)), body))


def _routes() -> dict[str, Route[Any, Any]]:
    """Triton's routes, with the KServe variant's codecs where the wire is the same."""
    routes = dict(GRPCInferenceServiceStub.routes)
    for attribute, route in KServeStub.routes.items():
        if attribute not in ("repository_model_load", "repository_model_unload"):
            routes[attribute] = route
    stream = routes["model_stream_infer"]
    routes["model_stream_infer"] = Route(stream.path, "stream_stream", ModelInferRequest, ModelStreamInferResponse)
    return routes


def _repository_target(request: RepositoryModelLoadRequest | RepositoryModelUnloadRequest) -> tuple[str, bool]:
    """(model name, whether the request has Triton's layout) of a load or unload request.

    Decoded with Triton's layout (repository_name = 1, model_name = 2, parameters = 3). A Triton
    or MLServer client always sends the model's name in field 2; a KServe client's request has
    only field 1, its model_name. So: field 2 set (or parameters) -> Triton's layout; else field
    1 is a KServe client's model name.
    """
    if request.model_name or request.parameters:
        if request.repository_name:
            raise StatusError(
                grpc.StatusCode.UNIMPLEMENTED,
                f"repository {request.repository_name!r}: this server has one unnamed repository;"
                " leave repository_name empty",
            )
        return request.model_name, True
    return request.repository_name, False


class InferenceServicer(GRPCInferenceServiceServicer):
    """Serves the models of a ModelRegistry: Triton's RPCs (health, metadata, inference, streaming,
    configuration, statistics, repository, system shared memory, trace and log settings).

    Register it on your own `grpc.aio.Server` with `add_to_server(server)`, or let `serve()`
    do everything; `close()` unmaps the shared-memory regions clients registered.
    """

    def __init__(self, registry: ModelRegistry, *, name: str = SERVER_NAME, version: str = __version__) -> None:
        self.registry = registry
        self.name = name
        self.version = version
        self.ready = True  # cleared while shutting down so load balancers stop sending work
        self.statistics = Statistics()
        self.shared_memory = SharedMemoryRegions()
        self.log_settings_state = LogSettings()
        self.trace_settings_state = TraceSettings()
        self._runner = Runner(registry, self.statistics, self.shared_memory)

    def add_to_server(self, server: grpc.aio.Server) -> None:
        """Serve this servicer's methods on `server`.

        Unlike the generated base class, requests are decoded with `packed_as_numpy`: typed
        tensor contents arrive as numpy arrays of their exact type, not Python lists (faster,
        and UINT64 values above 2**63 keep their type).
        """
        handler = method_handlers(SERVICE, self, route_table(*_routes().items()), packed_as_numpy=True)
        server.add_generic_rpc_handlers((handler,))

    def close(self) -> None:
        """Unregister (unmap) every shared-memory region; the objects themselves stay."""
        self.shared_memory.close()

    # -- health and metadata (KServe variant's messages, the same on the wire) ---------------------

    async def server_live(self, request: ServerLiveRequest, context: Context) -> ServerLiveResponse:  # type: ignore[override]
        return ServerLiveResponse(live=True)

    async def server_ready(self, request: ServerReadyRequest, context: Context) -> ServerReadyResponse:  # type: ignore[override]
        return ServerReadyResponse(ready=self.ready)

    async def server_metadata(self, request: ServerMetadataRequest, context: Context) -> ServerMetadataResponse:  # type: ignore[override]
        return ServerMetadataResponse(name=self.name, version=self.version, extensions=list(SERVER_EXTENSIONS))

    async def model_ready(self, request: ModelReadyRequest, context: Context) -> ModelReadyResponse:  # type: ignore[override]
        try:
            model, _ = self._runner.model(request.name, request.version)
        except StatusError as status:
            await context.abort(status.code, status.message)
        return ModelReadyResponse(ready=self.registry.is_ready(model.name))

    async def model_metadata(self, request: ModelMetadataRequest, context: Context) -> ModelMetadataResponse:  # type: ignore[override]
        try:
            model, _ = self._runner.model(request.name, request.version)
        except StatusError as status:
            await context.abort(status.code, status.message)
        return model_metadata(model)

    async def model_config(self, request: ModelConfigRequest, context: Context) -> ModelConfigResponse:
        try:
            model, _ = self._runner.model(request.name, request.version)
        except StatusError as status:
            await context.abort(status.code, status.message)
        return ModelConfigResponse(config=model_config(model))

    # -- inference -----------------------------------------------------------------------------

    async def model_infer(self, request: ModelInferRequest, context: Context) -> ModelInferResponse:  # type: ignore[override]
        try:
            return await self._runner.infer(request)
        except StatusError as status:
            await context.abort(status.code, status.message)
        except Exception as exc:  # a bug here or below: still one status, and the server keeps serving
            await context.abort(grpc.StatusCode.INTERNAL, _internal(request, exc))

    async def model_stream_infer(  # type: ignore[override]
        self, requests: AsyncIterator[ModelInferRequest], context: Context
    ) -> AsyncIterator[Any]:
        """Each request in turn, in arrival order: its responses, or one error_message reply
        (with the request's id and model in its infer_response, as Triton does), and the stream goes on."""
        async for request in requests:
            try:
                async for response in self._runner.stream(request):
                    yield _StreamReply(response)
            except StatusError as status:
                yield _stream_error(request, status.message)
            except Exception as exc:
                yield _stream_error(request, _internal(request, exc))

    # -- statistics and repository ---------------------------------------------------------------

    async def model_statistics(self, request: ModelStatisticsRequest, context: Context) -> ModelStatisticsResponse:
        if request.name:
            model = self.registry.get(request.name)
            if model is None or not self.registry.is_ready(model.name):
                await context.abort(
                    grpc.StatusCode.INVALID_ARGUMENT, f"requested model {request.name!r} is not available"
                )
            if request.version and request.version not in model.versions:
                await context.abort(
                    grpc.StatusCode.INVALID_ARGUMENT,
                    f"requested version {request.version!r} of model {request.name!r} is not available"
                    f" (it has {', '.join(model.versions)})",
                )
            models = [model]
        else:
            models = [m for m in self.registry if self.registry.is_ready(m.name)]
        stats = [
            self.statistics.of(m.name, v).message(m.name, v)
            for m in models
            for v in m.versions
            if not request.version or v == request.version
        ]
        return ModelStatisticsResponse(model_stats=stats)

    async def repository_index(self, request: RepositoryIndexRequest, context: Context) -> RepositoryIndexResponse:
        if request.repository_name:
            await context.abort(
                grpc.StatusCode.UNIMPLEMENTED,
                f"repository {request.repository_name!r}: this server has one unnamed repository",
            )
        return RepositoryIndexResponse(models=repository_index(self.registry, ready_only=request.ready))

    async def repository_model_load(  # type: ignore[override]  # answers in the request's layout
        self, request: RepositoryModelLoadRequest, context: Context
    ) -> RepositoryModelLoadResponse | KServeLoadResponse:
        try:
            name, triton = _repository_target(request)
            rejected = [k for k in request.parameters if k == "config" or k.startswith("file:")]
            if rejected:
                raise StatusError(
                    grpc.StatusCode.UNIMPLEMENTED,
                    f"load parameter {rejected[0]!r}: this server's models are Python callables;"
                    " it cannot load a configuration or files",
                )
            self.registry.load(name)
        except StatusError as status:
            await context.abort(status.code, status.message)
        except KeyError:
            await context.abort(grpc.StatusCode.NOT_FOUND, self._runner.unknown(name))
        logger.info("model %r loaded", name)
        return RepositoryModelLoadResponse() if triton else KServeLoadResponse(model_name=name, is_loaded=True)

    async def repository_model_unload(  # type: ignore[override]  # answers in the request's layout
        self, request: RepositoryModelUnloadRequest, context: Context
    ) -> RepositoryModelUnloadResponse | KServeUnloadResponse:
        try:
            name, triton = _repository_target(request)  # unload_dependents: no model depends on another
            self.registry.unload(name)
        except StatusError as status:
            await context.abort(status.code, status.message)
        except KeyError:
            await context.abort(grpc.StatusCode.NOT_FOUND, self._runner.unknown(name))
        logger.info("model %r unloaded", name)
        return RepositoryModelUnloadResponse() if triton else KServeUnloadResponse(model_name=name, is_unloaded=True)

    # -- shared memory -------------------------------------------------------------------------

    async def system_shared_memory_register(
        self, request: SystemSharedMemoryRegisterRequest, context: Context
    ) -> SystemSharedMemoryRegisterResponse:
        try:
            self.shared_memory.register(request.name, request.key, request.offset, request.byte_size)
        except StatusError as status:
            await context.abort(status.code, status.message)
        return SystemSharedMemoryRegisterResponse()

    async def system_shared_memory_unregister(
        self, request: SystemSharedMemoryUnregisterRequest, context: Context
    ) -> SystemSharedMemoryUnregisterResponse:
        self.shared_memory.unregister(request.name)
        return SystemSharedMemoryUnregisterResponse()

    async def system_shared_memory_status(
        self, request: SystemSharedMemoryStatusRequest, context: Context
    ) -> SystemSharedMemoryStatusResponse:
        try:
            regions = self.shared_memory.status(request.name)
        except StatusError as status:
            await context.abort(status.code, status.message)
        return SystemSharedMemoryStatusResponse(
            regions={
                r.name: SystemSharedMemoryStatusResponseRegionStatus(
                    name=r.name, key=r.key, offset=r.offset, byte_size=r.byte_size
                )
                for r in regions
            }
        )

    async def cuda_shared_memory_register(
        self, request: CudaSharedMemoryRegisterRequest, context: Context
    ) -> CudaSharedMemoryRegisterResponse:
        await context.abort(grpc.StatusCode.UNIMPLEMENTED, _NO_CUDA)

    async def cuda_shared_memory_unregister(
        self, request: CudaSharedMemoryUnregisterRequest, context: Context
    ) -> CudaSharedMemoryUnregisterResponse:
        await context.abort(grpc.StatusCode.UNIMPLEMENTED, _NO_CUDA)

    async def cuda_shared_memory_status(
        self, request: CudaSharedMemoryStatusRequest, context: Context
    ) -> CudaSharedMemoryStatusResponse:
        await context.abort(grpc.StatusCode.UNIMPLEMENTED, _NO_CUDA)

    # -- trace and log settings (stored; see _settings) --------------------------------------------

    async def trace_setting(self, request: TraceSettingRequest, context: Context) -> TraceSettingResponse:
        try:
            if request.model_name:
                self._runner.model(request.model_name, "")
            return self.trace_settings_state.answer(request)
        except StatusError as status:
            await context.abort(status.code, status.message)

    async def log_settings(self, request: LogSettingsRequest, context: Context) -> LogSettingsResponse:
        try:
            return self.log_settings_state.answer(request)
        except StatusError as status:
            await context.abort(status.code, status.message)


_NO_CUDA = "CUDA shared memory is not supported: this server has no GPU support (use system shared memory)"


def _internal(request: ModelInferRequest, exc: Exception) -> str:
    message = f"internal error handling a request for model {request.model_name!r}: {type(exc).__name__}: {exc}"
    logger.error("%s", message, exc_info=logger.isEnabledFor(logging.DEBUG))
    return message


def _stream_error(request: ModelInferRequest, message: str) -> ModelStreamInferResponse:
    """A stream's reply for a failed request: the message, and which request (Triton sets the id too)."""
    failed = TritonInferResponse(id=request.id, model_name=request.model_name, model_version=request.model_version)
    return ModelStreamInferResponse(error_message=message, infer_response=failed)
