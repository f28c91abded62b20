"""A request's tensors on the server: contents checks, shared-memory placement, inputs against the
model's declarations, and the model's result as outputs."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import grpc
import numpy as np
import numpy.typing as npt

from .. import _datatypes as dt
from .._errors import InvalidInput
from .._inference import InferRequest
from .._parameters import from_parameters
from .._tensor import InferOutput
from ..protocol import InferParameter, ModelInferRequest, ModelInferResponse
from ._model import Model, TensorSpec
from ._shm import SharedMemoryRegions
from ._status import StatusError

__all__ = [
    "SharedMemorySlot",
    "check_contents",
    "input_arrays",
    "model_outputs",
    "place_shared_inputs",
    "requested_outputs",
    "shared_memory_slot",
    "write_shared_outputs",
]

_SHM_REGION = "shared_memory_region"
_SHM_SIZE = "shared_memory_byte_size"
_SHM_OFFSET = "shared_memory_offset"
_SHM_KEYS = (_SHM_REGION, _SHM_SIZE, _SHM_OFFSET)

SharedMemorySlot = tuple[str, int, int]
"""Where a tensor lives in shared memory: (region name, byte size, offset in the region)."""


def _shape(shape: Sequence[int]) -> str:
    return "[" + ", ".join(str(d) for d in shape) + "]"


def _names(specs: Sequence[TensorSpec]) -> str:
    return ", ".join(s.name for s in specs) or "none"


def _invalid(message: str) -> StatusError:
    return StatusError(grpc.StatusCode.INVALID_ARGUMENT, message)


def shared_memory_slot(parameters: Mapping[str, InferParameter], kind: str, name: str) -> SharedMemorySlot | None:
    """The shared-memory slot the parameters of `kind` tensor `name` give, or None when they give none."""
    if _SHM_REGION not in parameters:
        return None
    what = f"{kind} {name!r}"
    values = from_parameters({k: parameters[k] for k in _SHM_KEYS if k in parameters})
    # Received values are int and str subclasses that know their wire type; `.value` is the plain one.
    region, size, offset = (
        getattr(v, "value", v) for v in (values.get(_SHM_REGION), values.get(_SHM_SIZE), values.get(_SHM_OFFSET, 0))
    )
    if not isinstance(region, str) or not region:
        raise _invalid(f"{what}: parameter {_SHM_REGION!r} must be a non-empty string, got {region!r}")
    for key, value in ((_SHM_SIZE, size), (_SHM_OFFSET, offset)):
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise _invalid(f"{what}: parameter {key!r} must be an integer >= 0, got {value!r}")
    assert isinstance(size, int) and isinstance(offset, int)
    return region, size, offset


def check_contents(request: ModelInferRequest, shared: Sequence[bool]) -> bool:
    """Whether the request carries typed contents (else raw), after checking it does not mix both.

    Inputs in shared memory (`shared[i]`) carry no contents and take no raw_input_contents entry.
    """
    raws = len(request.raw_input_contents)
    inline = len(request.inputs) - sum(shared)
    if not raws:
        return inline > 0 or not request.inputs
    if raws != inline:
        where = " not in shared memory" if any(shared) else ""
        raise _invalid(f"request has {raws} raw_input_contents for {inline} inputs{where}; it needs one per input")
    for tensor, in_shm in zip(request.inputs, shared, strict=True):
        if not in_shm and tensor.contents is not None and bool(tensor.contents):
            raise _invalid(f"input {tensor.name!r} sets contents although the request uses raw_input_contents")
    return False


def place_shared_inputs(
    request: ModelInferRequest, slots: Sequence[SharedMemorySlot | None], regions: SharedMemoryRegions
) -> None:
    """Give each input in shared memory its bytes (a view of the region) as its raw contents,
    aligning raw_input_contents with the inputs, and drop the shared-memory parameters."""
    raws = iter(request.raw_input_contents)
    inline = bool(request.raw_input_contents)
    placed: list[Any] = []
    for tensor, slot in zip(request.inputs, slots, strict=True):
        if slot is None:
            placed.append(next(raws) if inline else None)
            continue
        if tensor.contents is not None and bool(tensor.contents):
            raise _invalid(f"input {tensor.name!r} sets contents although it is in shared memory")
        region, size, offset = slot
        placed.append(regions.view(region, offset, size, f"input {tensor.name!r}"))
        for key in _SHM_KEYS:
            tensor.parameters.pop(key, None)
    request.raw_input_contents = placed


def write_shared_outputs(
    response: ModelInferResponse, slots: Mapping[str, SharedMemorySlot], regions: SharedMemoryRegions
) -> None:
    """Write the outputs requested into shared memory there; their raw contents become empty."""
    for i, tensor in enumerate(response.outputs):
        slot = slots.get(tensor.name)
        if slot is None:
            continue
        region, size, offset = slot
        data = memoryview(response.raw_output_contents[i]).cast("B")
        if data.nbytes > size:
            raise _invalid(
                f"output {tensor.name!r} needs {data.nbytes} bytes; its shared-memory slot in region "
                f"{region!r} holds {size}"
            )
        view = regions.view(region, offset, size, f"output {tensor.name!r}")
        view[: data.nbytes] = data
        response.raw_output_contents[i] = b""


def input_arrays(model: Model, request: InferRequest) -> dict[str, npt.NDArray[Any]]:
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


def _requested_names(model: Model, request: InferRequest) -> list[str] | None:
    """The output names the caller asked for (None: all), checked against the declared outputs."""
    if not request.request_outputs:
        return None
    names: list[str] = []
    for output in request.request_outputs:
        if model.outputs and model.output(output.name) is None:
            raise StatusError(
                grpc.StatusCode.INVALID_ARGUMENT,
                f"model {model.name!r} has no output {output.name!r}; its outputs are {_names(model.outputs)}",
            )
        if output.name in names:
            raise StatusError(grpc.StatusCode.INVALID_ARGUMENT, f"output {output.name!r} is requested twice")
        names.append(output.name)
    return names


def requested_outputs(
    model: Model, request: InferRequest, message: ModelInferRequest
) -> tuple[list[str] | None, dict[str, SharedMemorySlot]]:
    """The output names the caller asked for (None: all) and the shared-memory slots of those
    to be written into shared memory."""
    names = _requested_names(model, request)
    slots: dict[str, SharedMemorySlot] = {}
    for output in message.outputs:
        slot = shared_memory_slot(output.parameters, "requested output", output.name)
        if slot is not None:
            slots[output.name] = slot
    return names, slots


def model_outputs(
    model: Model, result: Mapping[str, Any], wanted: list[str] | None, typed: bool, raw: Sequence[str] = ()
) -> list[InferOutput]:
    """The model's result as InferOutputs, in the form (typed or raw) the request used; the
    outputs named in `raw` (bound for shared memory) always raw."""
    if wanted is None:
        wanted = [s.name for s in model.outputs] if model.outputs else [str(k) for k in result]
    outputs = []
    for name in wanted:
        if name not in result:
            code = grpc.StatusCode.INTERNAL if model.outputs else grpc.StatusCode.INVALID_ARGUMENT
            raise StatusError(code, f"model {model.name!r} did not return output {name!r}")
        try:
            outputs.append(_output(name, result[name], model.output(name), typed and name not in raw))
        except (InvalidInput, TypeError, ValueError) as exc:
            raise StatusError(
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
