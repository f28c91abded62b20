"""The Open Inference Protocol implemented over a ModelRegistry, on the generated async servicer."""

from __future__ import annotations

import asyncio
import inspect
import logging
from collections.abc import Mapping, Sequence
from typing import Any

import grpc
import grpc.aio
import numpy as np
import numpy.typing as npt

from .. import __version__
from .. import _datatypes as dt
from .._errors import InvalidInput
from .._inference import InferRequest, InferResponse
from .._parameters import to_parameters
from .._tensor import InferOutput
from ..protocol import (
    GRPCInferenceServiceServicer,
    GRPCInferenceServiceStub,
    ModelInferRequest,
    ModelInferResponse,
    ModelMetadataRequest,
    ModelMetadataResponse,
    ModelMetadataResponseTensorMetadata,
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
from ..runtime import method_handlers
from ._model import ANY_DATATYPE, Model, ModelRegistry, TensorSpec

__all__ = ["SERVER_EXTENSIONS", "SERVER_NAME", "InferenceServicer"]

logger = logging.getLogger("inference_grpc.server")

SERVICE = "inference.GRPCInferenceService"
SERVER_NAME = "inference-grpc"
SERVER_EXTENSIONS = ("model_repository",)

Context = grpc.aio.ServicerContext[Any, Any]

class _StatusError(Exception):
    """A request fails with this gRPC status; raised inside the servicer, turned into abort()."""

    def __init__(self, code: grpc.StatusCode, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def _shape(shape: Sequence[int]) -> str:
    return "[" + ", ".join(str(d) for d in shape) + "]"


def _names(specs: Sequence[TensorSpec]) -> str:
    return ", ".join(s.name for s in specs) or "none"


class InferenceServicer(GRPCInferenceServiceServicer):
    """Serves the models of a ModelRegistry: health, metadata, inference and load/unload.

    Register it on your own `grpc.aio.Server` with `add_to_server(server)`, or let `serve()`
    do everything.
    """

    def __init__(self, registry: ModelRegistry, *, name: str = SERVER_NAME, version: str = __version__) -> None:
        self.registry = registry
        self.name = name
        self.version = version
        self.ready = True  # cleared while shutting down so load balancers stop sending work

    def add_to_server(self, server: grpc.aio.Server) -> None:
        """Serve this servicer's methods on `server`.

        Unlike the generated base class, requests are decoded with `packed_as_numpy`: typed
        tensor contents arrive as numpy arrays of their exact type, not Python lists (faster,
        and UINT64 values above 2**63 keep their type).
        """
        routes = GRPCInferenceServiceStub.routes
        server.add_generic_rpc_handlers((method_handlers(SERVICE, self, routes, packed_as_numpy=True),))

    # -- health and metadata -------------------------------------------------------------------

    async def server_live(self, request: ServerLiveRequest, context: Context) -> ServerLiveResponse:
        return ServerLiveResponse(live=True)

    async def server_ready(self, request: ServerReadyRequest, context: Context) -> ServerReadyResponse:
        return ServerReadyResponse(ready=self.ready)

    async def server_metadata(self, request: ServerMetadataRequest, context: Context) -> ServerMetadataResponse:
        return ServerMetadataResponse(name=self.name, version=self.version, extensions=list(SERVER_EXTENSIONS))

    async def model_ready(self, request: ModelReadyRequest, context: Context) -> ModelReadyResponse:
        try:
            model, _ = self._model(request.name, request.version)
        except _StatusError as status:
            await context.abort(status.code, status.message)
        return ModelReadyResponse(ready=self.registry.is_ready(model.name))

    async def model_metadata(self, request: ModelMetadataRequest, context: Context) -> ModelMetadataResponse:
        try:
            model, _ = self._model(request.name, request.version)
        except _StatusError as status:
            await context.abort(status.code, status.message)
        return ModelMetadataResponse(
            name=model.name,
            versions=list(model.versions),
            platform=model.platform,
            inputs=[_tensor_metadata(s) for s in model.inputs],
            outputs=[_tensor_metadata(s) for s in model.outputs],
            properties=to_parameters(model.properties, f"model {model.name!r}"),
        )

    # -- repository ----------------------------------------------------------------------------

    async def repository_model_load(
        self, request: RepositoryModelLoadRequest, context: Context
    ) -> RepositoryModelLoadResponse:
        try:
            self.registry.load(request.model_name)
        except KeyError:
            await context.abort(grpc.StatusCode.NOT_FOUND, self._unknown(request.model_name))
        logger.info("model %r loaded", request.model_name)
        return RepositoryModelLoadResponse(model_name=request.model_name, is_loaded=True)

    async def repository_model_unload(
        self, request: RepositoryModelUnloadRequest, context: Context
    ) -> RepositoryModelUnloadResponse:
        try:
            self.registry.unload(request.model_name)
        except KeyError:
            await context.abort(grpc.StatusCode.NOT_FOUND, self._unknown(request.model_name))
        logger.info("model %r unloaded", request.model_name)
        return RepositoryModelUnloadResponse(model_name=request.model_name, is_unloaded=True)

    # -- inference -----------------------------------------------------------------------------

    async def model_infer(self, request: ModelInferRequest, context: Context) -> ModelInferResponse:
        try:
            return await self._infer(request)
        except _StatusError as status:
            await context.abort(status.code, status.message)
        except Exception as exc:  # a bug here or below: still one status, and the server keeps serving
            message = f"internal error handling a request for model {request.model_name!r}: {type(exc).__name__}: {exc}"
            logger.error("%s", message, exc_info=logger.isEnabledFor(logging.DEBUG))
            await context.abort(grpc.StatusCode.INTERNAL, message)

    async def _infer(self, request: ModelInferRequest) -> ModelInferResponse:
        """Run one inference: the whole of ModelInfer but the gRPC context (raises _StatusError)."""
        model, version = self._model(request.model_name, request.model_version)
        if not self.registry.is_ready(model.name):
            raise _StatusError(
                grpc.StatusCode.UNAVAILABLE,
                f"model {model.name!r} is not ready: it is unloaded (load it with RepositoryModelLoad)",
            )
        typed = _check_contents(request)
        try:
            parsed = InferRequest.from_grpc(request)
            arrays = _inputs(model, parsed)
        except InvalidInput as exc:
            raise _StatusError(grpc.StatusCode.INVALID_ARGUMENT, str(exc)) from None
        wanted = _requested(model, parsed)
        result = await self._run(model, arrays, parsed)
        outputs = _outputs(model, result, wanted, typed)
        try:
            response = InferResponse(request.id, model.name, outputs, model_version=version).to_grpc()
        except InvalidInput as exc:  # an output the model returned cannot be encoded
            raise _StatusError(grpc.StatusCode.INTERNAL, f"model {model.name!r} returned a bad output: {exc}") from None
        return response

    async def _run(self, model: Model, arrays: dict[str, npt.NDArray[Any]], request: InferRequest) -> Mapping[str, Any]:
        args: tuple[Any, ...] = (arrays, dict(request.parameters), request)[: model.arity]
        try:
            if model.threaded and not inspect.iscoroutinefunction(model.fn):
                result = await asyncio.to_thread(model.fn, *args)
            else:
                result = model.fn(*args)
            if inspect.isawaitable(result):
                result = await result
        except InvalidInput as exc:  # the model's own validation: the caller's fault
            raise _StatusError(grpc.StatusCode.INVALID_ARGUMENT, f"model {model.name!r}: {exc}") from None
        except Exception as exc:
            message = f"model {model.name!r} failed: {type(exc).__name__}: {exc}"
            # One line by default; the traceback only for whoever turned debug logging on.
            logger.warning("%s", message, exc_info=logger.isEnabledFor(logging.DEBUG))
            raise _StatusError(grpc.StatusCode.INTERNAL, message) from None
        if not isinstance(result, Mapping):
            raise _StatusError(
                grpc.StatusCode.INTERNAL,
                f"model {model.name!r} returned {type(result).__name__}, not a mapping of output names to arrays",
            )
        return result

    # -- lookups -------------------------------------------------------------------------------

    def _unknown(self, name: str) -> str:
        known = self.registry.names()
        hint = f" (this server has {', '.join(known)})" if 0 < len(known) <= 12 else ""
        return f"unknown model {name!r}{hint}"

    def _model(self, name: str, version: str) -> tuple[Model, str]:
        model = self.registry.get(name)
        if model is None:
            raise _StatusError(grpc.StatusCode.NOT_FOUND, self._unknown(name))
        if version and version not in model.versions:
            raise _StatusError(
                grpc.StatusCode.NOT_FOUND,
                f"model {name!r} has no version {version!r} (it has {', '.join(model.versions)})",
            )
        return model, version or model.default_version


def _tensor_metadata(spec: TensorSpec) -> ModelMetadataResponseTensorMetadata:
    return ModelMetadataResponseTensorMetadata(
        name=spec.name,
        datatype=spec.datatype or ANY_DATATYPE,
        shape=list(spec.shape) if spec.shape is not None else [-1],
    )


def _check_contents(request: ModelInferRequest) -> bool:
    """Whether the request carries typed contents (else raw), after checking it does not mix both."""
    raws = len(request.raw_input_contents)
    if not raws:
        return True
    if raws != len(request.inputs):
        raise _StatusError(
            grpc.StatusCode.INVALID_ARGUMENT,
            f"request has {raws} raw_input_contents for {len(request.inputs)} inputs; it needs one per input",
        )
    for tensor in request.inputs:
        if tensor.contents is not None and bool(tensor.contents):
            raise _StatusError(
                grpc.StatusCode.INVALID_ARGUMENT,
                f"input {tensor.name!r} sets contents although the request uses raw_input_contents",
            )
    return False


def _inputs(model: Model, request: InferRequest) -> dict[str, npt.NDArray[Any]]:
    """The request's inputs as arrays, each checked against the model's declaration."""
    arrays: dict[str, npt.NDArray[Any]] = {}
    for tensor in request.inputs:
        name = tensor.name
        if name in arrays:
            raise InvalidInput(f"input {name!r} appears twice")
        spec = model.input(name)
        if spec is None:
            raise InvalidInput(f"model {model.name!r} has no input {name!r}; its inputs are {_names(model.inputs)}")
        if dt.lookup(tensor.datatype) is None:
            raise InvalidInput(
                f"input {name!r}: unknown datatype {tensor.datatype!r}; expected one of {', '.join(dt.DATATYPES)}"
            )
        if spec.datatype is not None and tensor.datatype != spec.datatype:
            raise InvalidInput(f"input {name!r}: datatype {tensor.datatype} does not match the model's {spec.datatype}")
        if any(d < 0 for d in tensor.shape):
            raise InvalidInput(f"input {name!r}: shape {_shape(tensor.shape)} has a negative dimension")
        if not spec.shape_matches(tensor.shape):
            raise InvalidInput(
                f"input {name!r}: shape {_shape(tensor.shape)} does not match the model's {_shape(spec.shape or ())}"
            )
        arrays[name] = tensor.as_numpy()  # checks the data's size against the shape
    missing = [s.name for s in model.inputs if s.name not in arrays]
    if missing:
        raise InvalidInput(
            f"input {missing[0]!r} of model {model.name!r} is missing"
            + (f" (also missing: {', '.join(missing[1:])})" if len(missing) > 1 else "")
        )
    return arrays


def _requested(model: Model, request: InferRequest) -> list[str] | None:
    """The output names the caller asked for (None: all), checked against the declared outputs."""
    if not request.request_outputs:
        return None
    names: list[str] = []
    for output in request.request_outputs:
        if model.outputs and model.output(output.name) is None:
            raise _StatusError(
                grpc.StatusCode.INVALID_ARGUMENT,
                f"model {model.name!r} has no output {output.name!r}; its outputs are {_names(model.outputs)}",
            )
        if output.name in names:
            raise _StatusError(grpc.StatusCode.INVALID_ARGUMENT, f"output {output.name!r} is requested twice")
        names.append(output.name)
    return names


def _outputs(model: Model, result: Mapping[str, Any], wanted: list[str] | None, typed: bool) -> list[InferOutput]:
    """The model's result as InferOutputs, in the form (typed or raw) the request used."""
    if wanted is None:
        wanted = [s.name for s in model.outputs] if model.outputs else [str(k) for k in result]
    outputs = []
    for name in wanted:
        if name not in result:
            code = grpc.StatusCode.INTERNAL if model.outputs else grpc.StatusCode.INVALID_ARGUMENT
            raise _StatusError(code, f"model {model.name!r} did not return output {name!r}")
        try:
            outputs.append(_output(name, result[name], model.output(name), typed))
        except (InvalidInput, TypeError, ValueError) as exc:
            raise _StatusError(
                grpc.StatusCode.INTERNAL, f"model {model.name!r} returned a bad output {name!r}: {exc}"
            ) from None
    return outputs


def _output(name: str, value: Any, spec: TensorSpec | None, typed: bool) -> InferOutput:
    parameters: dict[str, Any] = {}
    datatype: str | None = None
    if isinstance(value, InferOutput):
        datatype, parameters, array = value.datatype, dict(value.parameters), value.as_numpy()
    else:
        array = value if isinstance(value, np.ndarray) else np.asarray(value)
    declared = spec.datatype if spec is not None else None
    if declared is not None and datatype is not None and datatype != declared:
        raise ValueError(f"datatype {datatype} where the model declares {declared}")
    datatype = datatype or declared or dt.datatype_of(array)
    array = _as_datatype(array, datatype)
    if spec is not None and not spec.shape_matches(array.shape):
        raise ValueError(f"shape {_shape(array.shape)} where the model declares {_shape(spec.shape or ())}")
    output = InferOutput(name, list(array.shape), datatype, parameters=parameters)
    output.set_data_from_numpy(array, binary_data=not typed)
    return output


def _as_datatype(array: npt.NDArray[Any], datatype: str) -> npt.NDArray[Any]:
    """`array` converted to `datatype` when numpy deems it safe within the kind (float64 -> FP32)."""
    info = dt.lookup(datatype)
    if info is None:
        raise ValueError(f"unknown datatype {datatype!r}")
    if datatype == "BYTES":
        if array.dtype.kind not in "OSU":
            raise ValueError(f"BYTES needs str or bytes elements, got a {array.dtype} array")
        return array
    if datatype == "BF16":
        if array.dtype.kind == "f" or dt.is_bf16(array.dtype):
            return array  # InferOutput rounds floats to bfloat16
        raise ValueError(f"BF16 needs a float array, got {array.dtype}")
    if array.dtype == info.dtype:
        return array
    if array.dtype.kind in "biuf" and np.can_cast(array.dtype, info.dtype, "same_kind"):
        return array.astype(info.dtype)
    raise ValueError(f"a {array.dtype} array cannot be sent as {datatype}")
