"""Tensors and requests: numpy <-> the protocol's raw and typed tensor contents.

Names and constructors follow KServe's `kserve.InferInput`, `InferRequest`, `InferResponse`,
`InferOutput` and `RequestedOutput`, so code written for KServe runs unchanged.
"""

from __future__ import annotations

import struct
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

from . import _datatypes as dt
from ._errors import InvalidInput
from .protocol import (
    InferParameter,
    InferTensorContents,
    ModelInferRequest,
    ModelInferRequestInferInputTensor,
    ModelInferRequestInferRequestedOutputTensor,
    ModelInferResponse,
    ModelInferResponseInferOutputTensor,
)

__all__ = [
    "InferInput",
    "InferOutput",
    "InferRequest",
    "InferResponse",
    "ParameterValue",
    "RequestedOutput",
    "from_parameters",
    "to_parameters",
]

ParameterValue = str | bool | int | float
TensorData = npt.NDArray[Any] | Sequence[Any]

_INT64 = (-(1 << 63), (1 << 63) - 1)
_UINT64_MAX = (1 << 64) - 1


# -- parameters ------------------------------------------------------------------------------


def to_parameters(values: Mapping[str, Any] | None, where: str) -> dict[str, InferParameter]:
    """Plain Python parameter values as protocol parameters (never mutating `values`)."""
    if not values:
        return {}
    out: dict[str, InferParameter] = {}
    for key, value in values.items():
        if not isinstance(key, str):
            raise InvalidInput(f"{where}: parameter names must be str, got {key!r}")
        if isinstance(value, InferParameter):
            out[key] = value
        elif isinstance(value, (bool, np.bool_)):
            out[key] = InferParameter(bool_param=bool(value))
        elif isinstance(value, (int, np.integer)):
            number = int(value)
            if _INT64[0] <= number <= _INT64[1]:
                out[key] = InferParameter(int64_param=number)
            elif 0 <= number <= _UINT64_MAX:
                out[key] = InferParameter(uint64_param=number)
            else:
                raise InvalidInput(f"{where}: parameter {key!r}={number} does not fit in 64 bits")
        elif isinstance(value, (float, np.floating)):
            out[key] = InferParameter(double_param=float(value))
        elif isinstance(value, str):
            out[key] = InferParameter(string_param=value)
        else:
            raise InvalidInput(
                f"{where}: parameter {key!r} must be str, bool, int or float, not {type(value).__name__}"
            )
    return out


def from_parameters(params: Mapping[str, InferParameter]) -> dict[str, ParameterValue]:
    """Protocol parameters as a plain dict of Python values."""
    out: dict[str, ParameterValue] = {}
    for key, p in params.items():
        for value in (p.bool_param, p.int64_param, p.string_param, p.double_param, p.uint64_param):
            if value is not None:
                out[key] = value
                break
    return out


# -- BYTES tensors ---------------------------------------------------------------------------


def _element_bytes(item: Any, name: str) -> bytes:
    if isinstance(item, bytes):
        return item
    if isinstance(item, str):
        return item.encode("utf-8")
    if isinstance(item, (bytearray, memoryview, np.bytes_)):
        return bytes(item)
    raise InvalidInput(f"tensor {name!r}: BYTES elements must be bytes or str, got {type(item).__name__}")


def serialize_bytes_tensor(array: npt.NDArray[Any], name: str) -> bytes:
    """BYTES elements in row-major order, each prefixed by its little-endian uint32 length."""
    parts: list[bytes] = []
    pack = struct.Struct("<I").pack
    for item in array.reshape(-1, order="C"):
        data = _element_bytes(item, name)
        parts.append(pack(len(data)))
        parts.append(data)
    return b"".join(parts)


def deserialize_bytes_tensor(raw: Any, count: int | None, name: str) -> npt.NDArray[np.object_]:
    """The elements of a raw BYTES tensor as an object array of bytes."""
    view = memoryview(raw).cast("B") if memoryview(raw).format != "B" else memoryview(raw)
    items: list[bytes] = []
    pos, end = 0, len(view)
    unpack = struct.Struct("<I").unpack_from
    while pos < end:
        if pos + 4 > end:
            raise InvalidInput(f"tensor {name!r}: truncated BYTES element length at byte {pos}")
        (size,) = unpack(view, pos)
        pos += 4
        if pos + size > end:
            raise InvalidInput(f"tensor {name!r}: BYTES element of {size} bytes runs past the end at byte {pos}")
        items.append(bytes(view[pos : pos + size]))
        pos += size
    if count is not None and len(items) != count:
        raise InvalidInput(f"tensor {name!r}: {len(items)} BYTES elements where the shape implies {count}")
    out = np.empty(len(items), dtype=object)
    out[:] = items
    return out


# -- shared tensor logic ---------------------------------------------------------------------


def _element_count(shape: Sequence[int], name: str) -> int:
    count = 1
    for dim in shape:
        if isinstance(dim, bool) or not isinstance(dim, (int, np.integer)) or dim < 0:
            raise InvalidInput(f"tensor {name!r}: shape {list(shape)} must hold non-negative integers")
        count *= int(dim)
    return count


def _datatype(datatype: str, name: str) -> dt.Datatype:
    info = dt.lookup(datatype)
    if info is None:
        raise InvalidInput(f"tensor {name!r}: unknown datatype {datatype!r}; expected one of {', '.join(dt.DATATYPES)}")
    return info


def _wire_array(array: npt.NDArray[Any], info: dt.Datatype, name: str) -> npt.NDArray[Any]:
    """`array` as a C-contiguous little-endian array of the wire dtype (no copy when it already is)."""
    if info.name == "BF16":
        bf16 = dt.bf16_dtype()
        if bf16 is not None and array.dtype == bf16:
            return np.ascontiguousarray(array).view("<u2")
        if array.dtype.kind == "f":
            return dt.float32_to_bf16_bits(array)
        raise InvalidInput(f"tensor {name!r}: BF16 takes a bfloat16 or float array, got {array.dtype}")
    actual = dt.datatype_of(array) if array.dtype.kind in "biufOSU" else str(array.dtype)
    if actual != info.name:
        raise InvalidInput(
            f"tensor {name!r}: datatype {info.name} expects a {info.dtype} array, got {array.dtype} ({actual})"
        )
    return np.ascontiguousarray(array, dtype=info.dtype)


class _Tensor:
    """What InferInput and InferOutput share: a name, shape, datatype, parameters and data."""

    def __init__(
        self,
        name: str,
        shape: Sequence[int],
        datatype: str,
        data: TensorData | None = None,
        parameters: Mapping[str, ParameterValue] | None = None,
    ) -> None:
        if not isinstance(name, str) or not name:
            raise InvalidInput(f"a tensor name must be a non-empty str, got {name!r}")
        self.name = name
        self.shape = [int(d) for d in shape] if not isinstance(shape, (str, bytes)) else list(shape)
        self.datatype = datatype
        self.parameters: dict[str, Any] = dict(parameters or {})
        self._raw: Any = None  # wire-ready raw contents: ndarray or buffer
        self._data: Any = None  # typed contents: ndarray or list
        if data is not None:
            if isinstance(data, np.ndarray):
                self.set_data_from_numpy(data, binary_data=True)
            else:
                self._data = data

    @property
    def data(self) -> Any:
        """Typed contents (a list or array), or None when the tensor travels raw."""
        return self._data

    @property
    def raw_data(self) -> Any:
        """Raw contents as sent on the wire, or None when the tensor travels typed."""
        return self._raw

    def set_data_from_numpy(self, input_tensor: npt.NDArray[Any], binary_data: bool = True) -> None:
        """Use `input_tensor` as this tensor's data: raw bytes when `binary_data`, typed contents otherwise.

        A C-contiguous little-endian array is used in place, never copied here.
        """
        if not isinstance(input_tensor, np.ndarray):
            raise InvalidInput(f"tensor {self.name!r}: expected a numpy array, got {type(input_tensor).__name__}")
        info = _datatype(self.datatype, self.name)
        if list(input_tensor.shape) != self.shape:
            raise InvalidInput(
                f"tensor {self.name!r}: array shape {list(input_tensor.shape)} "
                f"does not match the declared shape {self.shape}"
            )
        if info.name == "BYTES":
            if input_tensor.dtype.kind not in "OSU":
                raise InvalidInput(
                    f"tensor {self.name!r}: BYTES expects an object, S or U array, got {input_tensor.dtype}"
                )
            if binary_data:
                self._raw, self._data = serialize_bytes_tensor(input_tensor, self.name), None
            else:
                self._raw = None
                self._data = [_element_bytes(x, self.name) for x in input_tensor.reshape(-1)]
            return
        wire = _wire_array(input_tensor, info, self.name)
        if binary_data or info.contents_field is None:
            self._raw, self._data = wire, None
        else:
            self._raw, self._data = None, wire.reshape(-1)

    def as_numpy(self) -> npt.NDArray[Any]:
        """The data as an array of the declared shape (a read-only zero-copy view of raw data)."""
        info = _datatype(self.datatype, self.name)
        count = _element_count(self.shape, self.name)
        if self._raw is not None:
            if isinstance(self._raw, np.ndarray) and info.name != "BF16":
                return self._raw.reshape(self.shape)
            if info.name == "BYTES":
                return deserialize_bytes_tensor(self._raw, count, self.name).reshape(self.shape)
            raw = self._raw
            nbytes = memoryview(raw).nbytes
            if nbytes != count * info.itemsize:
                raise InvalidInput(
                    f"tensor {self.name!r}: {nbytes} raw bytes where shape {self.shape} of {info.name} needs "
                    f"{count * info.itemsize}"
                )
            array = np.frombuffer(raw, dtype=info.dtype, count=count)
            if info.name == "BF16":
                bf16 = dt.bf16_dtype()
                array = array.view(bf16) if bf16 is not None else dt.bf16_bits_to_float32(array)
            return array.reshape(self.shape)
        if self._data is None:
            raise InvalidInput(f"tensor {self.name!r} has no data")
        if info.name == "BYTES":
            out = np.empty(len(self._data), dtype=object)
            out[:] = [_element_bytes(x, self.name) for x in self._data]
            values: npt.NDArray[Any] = out
        else:
            try:
                # Lists of big ints would otherwise become float64 and lose precision (2**64 - 1).
                values = np.asarray(self._data, dtype=info.dtype if info.dtype.kind in "iub" else None)
            except (OverflowError, ValueError, TypeError) as exc:
                raise InvalidInput(f"tensor {self.name!r}: values do not fit {info.name}: {exc}") from None
            if values.size and info.dtype.kind in "iu" and values.dtype.kind in "iu":
                bounds = np.iinfo(info.dtype)
                if values.min() < bounds.min or values.max() > bounds.max:
                    raise InvalidInput(f"tensor {self.name!r}: values out of range for {info.name}")
            values = values.astype(info.dtype if info.name != "BF16" else np.float32, copy=False)
        if values.size != count:
            raise InvalidInput(f"tensor {self.name!r}: {values.size} elements where shape {self.shape} implies {count}")
        return values.reshape(self.shape)

    def _contents(self) -> tuple[InferTensorContents | None, Any]:
        """(typed contents, raw contents) for the wire, after checking data against shape and datatype."""
        info = _datatype(self.datatype, self.name)
        count = _element_count(self.shape, self.name)
        if self._raw is not None:
            raw = self._raw
            if info.name != "BYTES":
                nbytes = raw.nbytes if isinstance(raw, np.ndarray) else memoryview(raw).nbytes
                if nbytes != count * info.itemsize:
                    raise InvalidInput(
                        f"tensor {self.name!r}: {nbytes} bytes of data where shape {self.shape} of "
                        f"{info.name} needs {count * info.itemsize}"
                    )
            return None, raw
        if self._data is None:
            raise InvalidInput(f"tensor {self.name!r} has no data: pass data= or call set_data_from_numpy()")
        if info.contents_field is None:
            # FP16/BF16 have no typed field: send them raw.
            return None, _wire_array(
                np.asarray(self._data, dtype=np.float32), info, self.name
            ) if info.name == "BF16" else np.asarray(self._data, dtype=info.dtype)
        data = self._data
        length = data.size if isinstance(data, np.ndarray) else len(data)
        if length != count:
            raise InvalidInput(f"tensor {self.name!r}: {length} elements where shape {self.shape} implies {count}")
        if info.name == "BYTES":
            data = [_element_bytes(x, self.name) for x in data]
        elif (
            info.name in ("FP32", "FP64")
            and not isinstance(data, np.ndarray)
            and any(isinstance(x, (str, bytes)) for x in data)
        ):
            raise InvalidInput(f"tensor {self.name!r}: {info.name} data must be numbers")
        return InferTensorContents(**{info.contents_field: data}), None

    def _raw_from_typed(self) -> Any:
        """This tensor's typed data converted to raw wire bytes (for requests that mix both)."""
        info = _datatype(self.datatype, self.name)
        if info.name == "BYTES":
            array = np.empty(len(self._data), dtype=object)
            array[:] = list(self._data)
            return serialize_bytes_tensor(array, self.name)
        return np.ascontiguousarray(self.as_numpy(), dtype=info.dtype if info.name != "BF16" else None)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(name={self.name!r}, shape={self.shape}, datatype={self.datatype!r})"


class InferInput(_Tensor):
    """An input tensor of an inference request."""


class InferOutput(_Tensor):
    """An output tensor of an inference response."""


class RequestedOutput:
    """An output the caller asks the model to return, with optional parameters."""

    def __init__(self, name: str, parameters: Mapping[str, ParameterValue] | None = None) -> None:
        self.name = name
        self.parameters: dict[str, Any] = dict(parameters or {})

    def __repr__(self) -> str:
        return f"RequestedOutput(name={self.name!r})"


class InferRequest:
    """An inference request for one model."""

    def __init__(
        self,
        model_name: str,
        infer_inputs: Sequence[InferInput],
        request_id: str | None = None,
        raw_inputs: Sequence[Any] | None = None,
        from_grpc: bool | None = False,
        parameters: Mapping[str, ParameterValue] | None = None,
        request_outputs: Sequence[RequestedOutput] | None = None,
        model_version: str | None = None,
    ) -> None:
        self.model_name = model_name
        self.id = request_id
        self.inputs = list(infer_inputs)
        self.parameters: dict[str, Any] = dict(parameters or {})
        self.request_outputs = list(request_outputs or [])
        self.model_version = model_version
        self._from_grpc = bool(from_grpc)
        if raw_inputs:
            if len(raw_inputs) != len(self.inputs):
                raise InvalidInput(f"{len(raw_inputs)} raw inputs for {len(self.inputs)} inputs")
            for tensor, raw in zip(self.inputs, raw_inputs, strict=True):
                tensor._raw, tensor._data = raw, None

    def get_input_by_name(self, name: str) -> InferInput | None:
        return next((i for i in self.inputs if i.name == name), None)

    def to_grpc(self) -> ModelInferRequest:
        """The generated ModelInferRequest, after checking every input."""
        if not isinstance(self.model_name, str) or not self.model_name:
            raise InvalidInput(f"model_name must be a non-empty str, got {self.model_name!r}")
        if not self.inputs:
            raise InvalidInput(f"request for model {self.model_name!r} has no inputs")
        seen: set[str] = set()
        tensors = []
        raws = []
        typed = []
        for tensor in self.inputs:
            if not isinstance(tensor, InferInput):
                raise InvalidInput(f"inputs must be InferInput objects, got {type(tensor).__name__}")
            if tensor.name in seen:
                raise InvalidInput(f"input {tensor.name!r} appears twice")
            seen.add(tensor.name)
            contents, raw = tensor._contents()
            tensors.append(
                ModelInferRequestInferInputTensor(
                    name=tensor.name,
                    datatype=tensor.datatype,
                    shape=tensor.shape,
                    parameters=to_parameters(tensor.parameters, f"input {tensor.name!r}"),
                    contents=contents,
                )
            )
            raws.append(raw)
            typed.append(contents is not None)
        if any(typed) and not all(typed):
            # The protocol forbids mixing raw and typed inputs: send the typed ones raw too.
            for i, tensor in enumerate(self.inputs):
                if typed[i]:
                    raws[i] = tensor._raw_from_typed()
                    tensors[i].contents = None
            typed = [False] * len(typed)
        return ModelInferRequest(
            model_name=self.model_name,
            model_version=self.model_version or "",
            id=self.id or "",
            parameters=to_parameters(self.parameters, f"request to {self.model_name!r}"),
            inputs=tensors,
            outputs=[
                ModelInferRequestInferRequestedOutputTensor(
                    name=o.name, parameters=to_parameters(o.parameters, f"requested output {o.name!r}")
                )
                for o in self.request_outputs
            ],
            raw_input_contents=[] if all(typed) else raws,
        )

    @classmethod
    def from_grpc(cls, request: ModelInferRequest) -> InferRequest:
        """Build from a generated ModelInferRequest (what a server receives)."""
        raws = list(request.raw_input_contents)
        inputs = []
        for i, t in enumerate(request.inputs):
            tensor = InferInput(t.name, list(t.shape), t.datatype, parameters=from_parameters(t.parameters))
            if i < len(raws):
                tensor._raw = raws[i]
            elif t.contents is not None:
                tensor._data = _typed_values(t.contents, t.datatype)
            inputs.append(tensor)
        return cls(
            request.model_name,
            inputs,
            request_id=request.id or None,
            parameters=from_parameters(request.parameters),
            request_outputs=[RequestedOutput(o.name, from_parameters(o.parameters)) for o in request.outputs],
            model_version=request.model_version or None,
            from_grpc=True,
        )

    def __repr__(self) -> str:
        return f"InferRequest(model_name={self.model_name!r}, id={self.id!r}, inputs={self.inputs!r})"


def _typed_values(contents: InferTensorContents, datatype: str) -> Any:
    info = dt.lookup(datatype)
    if info is None or info.contents_field is None:
        return None
    return getattr(contents, info.contents_field)


class InferResponse:
    """The result of an inference: outputs plus the response's id, model and parameters."""

    def __init__(
        self,
        response_id: str,
        model_name: str,
        infer_outputs: Sequence[InferOutput],
        model_version: str | None = None,
        raw_outputs: Sequence[Any] | None = None,
        from_grpc: bool | None = False,
        parameters: Mapping[str, ParameterValue] | None = None,
    ) -> None:
        self.id = response_id
        self.model_name = model_name
        self.model_version = model_version
        self.outputs = list(infer_outputs)
        self.parameters: dict[str, Any] = dict(parameters or {})
        self._from_grpc = bool(from_grpc)
        if raw_outputs:
            for tensor, raw in zip(self.outputs, raw_outputs, strict=False):
                tensor._raw, tensor._data = raw, None

    @classmethod
    def from_grpc(cls, response: ModelInferResponse) -> InferResponse:
        """Build from a generated ModelInferResponse; raw outputs stay zero-copy views."""
        raws = response.raw_output_contents
        outputs = []
        for i, t in enumerate(response.outputs):
            out = InferOutput.__new__(InferOutput)
            out.name, out.shape, out.datatype = t.name, list(t.shape), t.datatype
            out.parameters = from_parameters(t.parameters) if t.parameters else {}
            out._raw = raws[i] if i < len(raws) else None
            out._data = None if out._raw is not None or t.contents is None else _typed_values(t.contents, t.datatype)
            outputs.append(out)
        return cls(
            response.id,
            response.model_name,
            outputs,
            model_version=response.model_version or None,
            from_grpc=True,
            parameters=from_parameters(response.parameters) if response.parameters else None,
        )

    def to_grpc(self) -> ModelInferResponse:
        """The generated ModelInferResponse (for servers)."""
        tensors = []
        raws = []
        for tensor in self.outputs:
            contents, raw = tensor._contents()
            tensors.append(
                ModelInferResponseInferOutputTensor(
                    name=tensor.name,
                    datatype=tensor.datatype,
                    shape=tensor.shape,
                    parameters=to_parameters(tensor.parameters, f"output {tensor.name!r}"),
                    contents=contents,
                )
            )
            raws.append(raw)
        if any(r is None for r in raws) and not all(r is None for r in raws):
            for i, tensor in enumerate(self.outputs):
                if raws[i] is None:
                    raws[i] = tensor._raw_from_typed()
                    tensors[i].contents = None
        return ModelInferResponse(
            model_name=self.model_name,
            model_version=self.model_version or "",
            id=self.id or "",
            parameters=to_parameters(self.parameters, "response"),
            outputs=tensors,
            raw_output_contents=[] if all(r is None for r in raws) else raws,
        )

    def get_output_by_name(self, name: str) -> InferOutput | None:
        return next((o for o in self.outputs if o.name == name), None)

    def __repr__(self) -> str:
        return f"InferResponse(model_name={self.model_name!r}, id={self.id!r}, outputs={self.outputs!r})"
