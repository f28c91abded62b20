# Generated from inference.proto. DO NOT EDIT.
# Regenerate with inference-grpc-codegen.
"""gRPC stubs and servicer base classes of the proto package `inference`.

Every stub method binds its route and message types, then makes one call into
`inference_grpc.runtime`, which owns deadlines, metadata, compression and error mapping.
"""

from __future__ import annotations

import grpc
import grpc.aio

from inference_grpc import runtime as _rt

from ._messages import (
    ModelInferRequest,
    ModelInferResponse,
    ModelMetadataRequest,
    ModelMetadataResponse,
    ModelReadyRequest,
    ModelReadyResponse,
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

_GRPCINFERENCESERVICE_REPOSITORY_MODEL_LOAD: _rt.Route[RepositoryModelLoadRequest, RepositoryModelLoadResponse] = _rt.Route(
    "/inference.GRPCInferenceService/RepositoryModelLoad", "unary_unary", RepositoryModelLoadRequest, RepositoryModelLoadResponse
)

_GRPCINFERENCESERVICE_REPOSITORY_MODEL_UNLOAD: _rt.Route[RepositoryModelUnloadRequest, RepositoryModelUnloadResponse] = _rt.Route(
    "/inference.GRPCInferenceService/RepositoryModelUnload", "unary_unary", RepositoryModelUnloadRequest, RepositoryModelUnloadResponse
)

_GRPCINFERENCESERVICESTUB_ROUTES: _rt.Routes = _rt.route_table(
    ("server_live", _GRPCINFERENCESERVICE_SERVER_LIVE),
    ("server_ready", _GRPCINFERENCESERVICE_SERVER_READY),
    ("model_ready", _GRPCINFERENCESERVICE_MODEL_READY),
    ("server_metadata", _GRPCINFERENCESERVICE_SERVER_METADATA),
    ("model_metadata", _GRPCINFERENCESERVICE_MODEL_METADATA),
    ("model_infer", _GRPCINFERENCESERVICE_MODEL_INFER),
    ("repository_model_load", _GRPCINFERENCESERVICE_REPOSITORY_MODEL_LOAD),
    ("repository_model_unload", _GRPCINFERENCESERVICE_REPOSITORY_MODEL_UNLOAD),
)


class GRPCInferenceServiceStub:
    """The inference service every Open Inference Protocol server implements.

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

    repository_model_load: _rt.StubMethod[_rt.aio_calls.UnaryUnaryMethod[RepositoryModelLoadRequest, RepositoryModelLoadResponse]] = _rt.StubMethod(
        "unary_unary",
        _GRPCINFERENCESERVICE_REPOSITORY_MODEL_LOAD,
        """Loads a model from the server's repository, or reloads it if already loaded.""",
    )

    repository_model_unload: _rt.StubMethod[_rt.aio_calls.UnaryUnaryMethod[RepositoryModelUnloadRequest, RepositoryModelUnloadResponse]] = _rt.StubMethod(
        "unary_unary",
        _GRPCINFERENCESERVICE_REPOSITORY_MODEL_UNLOAD,
        """Unloads a model.""",
    )

    def __init__(self, channel: grpc.aio.Channel | _rt.AsyncCaller) -> None:
        self._caller = channel if isinstance(channel, _rt.AsyncCaller) else _rt.AsyncCaller(channel)


class GRPCInferenceServiceSyncStub:
    """The inference service every Open Inference Protocol server implements.

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

    repository_model_load: _rt.StubMethod[_rt.blocking_calls.UnaryUnaryMethod[RepositoryModelLoadRequest, RepositoryModelLoadResponse]] = _rt.StubMethod(
        "unary_unary",
        _GRPCINFERENCESERVICE_REPOSITORY_MODEL_LOAD,
        """Loads a model from the server's repository, or reloads it if already loaded.""",
    )

    repository_model_unload: _rt.StubMethod[_rt.blocking_calls.UnaryUnaryMethod[RepositoryModelUnloadRequest, RepositoryModelUnloadResponse]] = _rt.StubMethod(
        "unary_unary",
        _GRPCINFERENCESERVICE_REPOSITORY_MODEL_UNLOAD,
        """Unloads a model.""",
    )

    def __init__(self, channel: grpc.Channel | _rt.SyncCaller) -> None:
        self._caller = channel if isinstance(channel, _rt.SyncCaller) else _rt.SyncCaller(channel)


class GRPCInferenceServiceServicer:
    """The inference service every Open Inference Protocol server implements.

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

    async def repository_model_load(self, request: RepositoryModelLoadRequest, context: grpc.aio.ServicerContext[RepositoryModelLoadRequest, RepositoryModelLoadResponse]) -> RepositoryModelLoadResponse:
        """Loads a model from the server's repository, or reloads it if already loaded."""
        await context.abort(grpc.StatusCode.UNIMPLEMENTED, "RepositoryModelLoad is not implemented by this server")

    async def repository_model_unload(self, request: RepositoryModelUnloadRequest, context: grpc.aio.ServicerContext[RepositoryModelUnloadRequest, RepositoryModelUnloadResponse]) -> RepositoryModelUnloadResponse:
        """Unloads a model."""
        await context.abort(grpc.StatusCode.UNIMPLEMENTED, "RepositoryModelUnload is not implemented by this server")

    def add_to_server(self, server: grpc.aio.Server) -> None:
        """Serve this servicer's methods on `server`."""
        server.add_generic_rpc_handlers((_rt.method_handlers("inference.GRPCInferenceService", self, _GRPCINFERENCESERVICESTUB_ROUTES),))


class GRPCInferenceServiceSyncServicer:
    """The inference service every Open Inference Protocol server implements.

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

    def repository_model_load(
        self, request: RepositoryModelLoadRequest, context: grpc.ServicerContext
    ) -> RepositoryModelLoadResponse:
        """Loads a model from the server's repository, or reloads it if already loaded."""
        context.abort(grpc.StatusCode.UNIMPLEMENTED, "RepositoryModelLoad is not implemented by this server")

    def repository_model_unload(
        self, request: RepositoryModelUnloadRequest, context: grpc.ServicerContext
    ) -> RepositoryModelUnloadResponse:
        """Unloads a model."""
        context.abort(grpc.StatusCode.UNIMPLEMENTED, "RepositoryModelUnload is not implemented by this server")

    def add_to_server(self, server: grpc.Server) -> None:
        """Serve this servicer's methods on `server`."""
        server.add_generic_rpc_handlers((_rt.method_handlers("inference.GRPCInferenceService", self, _GRPCINFERENCESERVICESTUB_ROUTES),))
