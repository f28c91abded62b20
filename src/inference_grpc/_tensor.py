"""Tensors and requests: numpy <-> the protocol's raw and typed tensor contents.

Names and constructors follow KServe's `kserve.InferInput`, `InferRequest`, `InferResponse`,
`InferOutput` and `RequestedOutput`, so code written for KServe runs unchanged.

Costs: a C-contiguous little-endian array is sent as it is (the only copy is gRPC's join into
the wire buffer), and raw outputs decode as read-only views of the received message. The
checks done before sending (shape, datatype, data size) are a few dictionary lookups and
integer comparisons per tensor.
"""

from __future__ import annotations

import copy
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
_DATATYPES = dt.DATATYPES
_LENGTH = struct.Struct("<I")


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
    if isinstance(item, (bytearray, memoryview)):
        return bytes(item)
    raise InvalidInput(f"tensor {name!r}: BYTES elements must be bytes or str, got {type(item).__name__} {item!r}")


def serialize_bytes_tensor(array: npt.NDArray[Any], name: str) -> bytes:
    """BYTES elements in row-major order, each prefixed by its little-endian uint32 length."""
    parts: list[bytes] = []
    pack = _LENGTH.pack
    for item in array.reshape(-1, order="C").tolist():
        data = _element_bytes(item, name)
        parts.append(pack(len(data)))
        parts.append(data)
    return b"".join(parts)


def _flat_view(raw: Any) -> memoryview:
    view = memoryview(raw)
    return view if view.format == "B" and view.ndim == 1 else view.cast("B")


def _bytes_elements(raw: Any, name: str, copy_items: bool) -> list[Any]:
    """The elements of a raw BYTES tensor (copies, or just their lengths when not `copy_items`)."""
    view = _flat_view(raw)
    items: list[Any] = []
    pos, end = 0, len(view)
    unpack = _LENGTH.unpack_from
    while pos < end:
        if pos + 4 > end:
            raise InvalidInput(f"tensor {name!r}: truncated BYTES element length at byte {pos}")
        (size,) = unpack(view, pos)
        pos += 4
        if pos + size > end:
            raise InvalidInput(f"tensor {name!r}: BYTES element of {size} bytes runs past the end at byte {pos}")
        items.append(view[pos : pos + size].tobytes() if copy_items else size)
        pos += size
    return items


def deserialize_bytes_tensor(raw: Any, count: int | None, name: str) -> npt.NDArray[np.object_]:
    """The elements of a raw BYTES tensor as an object array of bytes."""
    items = _bytes_elements(raw, name, copy_items=True)
    if count is not None and len(items) != count:
        raise InvalidInput(f"tensor {name!r}: {len(items)} BYTES elements where the shape implies {count}")
    out = np.empty(len(items), dtype=object)
    out[:] = items
    return out


# -- shared tensor logic ---------------------------------------------------------------------


def _dims(shape: Any, name: str) -> list[int]:
    """A shape as a list of Python ints; InvalidInput for anything else (2.5 is not silently 2)."""
    if (
        type(shape) is not list
        and type(shape) is not tuple
        and (isinstance(shape, (str, bytes)) or not hasattr(shape, "__iter__"))
    ):
        raise InvalidInput(f"tensor {name!r}: shape must be a list of ints, got {shape!r}")
    dims = list(shape)
    for dim in dims:
        if type(dim) is not int:  # numpy integers become ints; anything else is refused
            return _int_dims(dims, name)
    return dims


def _int_dims(dims: list[Any], name: str) -> list[int]:
    for dim in dims:
        if isinstance(dim, bool) or not isinstance(dim, (int, np.integer)):
            raise InvalidInput(f"tensor {name!r}: shape {dims} must hold non-negative integers")
    return [int(dim) for dim in dims]


def _element_count(shape: Sequence[int], name: str) -> int:
    """Number of elements of `shape`; InvalidInput unless it holds non-negative integers."""
    count = 1
    for dim in shape:
        if type(dim) is not int or dim < 0:  # bools, numpy integers and bad values take the slow path
            return _checked_count(shape, name)
        count *= dim
    return count


def _checked_count(shape: Sequence[int], name: str) -> int:
    count = 1
    for dim in shape:
        if isinstance(dim, bool) or not isinstance(dim, (int, np.integer)) or dim < 0:
            raise InvalidInput(f"tensor {name!r}: shape {list(shape)} must hold non-negative integers")
        count *= int(dim)
    return count


def _datatype(datatype: str, name: str) -> dt.Datatype:
    info = _DATATYPES.get(datatype) if isinstance(datatype, str) else None
    if info is None:
        raise InvalidInput(f"tensor {name!r}: unknown datatype {datatype!r}; expected one of {', '.join(dt.DATATYPES)}")
    return info


def _dtype_name(array: npt.NDArray[Any]) -> str:
    try:
        return f"{array.dtype} ({dt.datatype_of(array)})"
    except ValueError:
        return str(array.dtype)


def _wire_array(array: npt.NDArray[Any], info: dt.Datatype, name: str) -> npt.NDArray[Any]:
    """`array` as a C-contiguous little-endian array of the wire dtype (no copy when it already is)."""
    if array.dtype == info.dtype and info.name != "BF16":
        # Equal dtypes: same kind, size and (little-endian) byte order; only the layout may differ.
        return array if array.flags.c_contiguous else np.ascontiguousarray(array)
    if info.name == "BF16":
        bf16 = dt.bf16_dtype()
        if bf16 is not None and array.dtype == bf16:
            return np.ascontiguousarray(array).view("<u2")
        if array.dtype.kind == "f":
            return dt.float32_to_bf16_bits(array)
        raise InvalidInput(f"tensor {name!r}: BF16 takes a bfloat16 or float array, got {_dtype_name(array)}")
    if (
        array.dtype.kind not in "biuf"
        or array.dtype.itemsize != info.dtype.itemsize
        or array.dtype.kind != info.dtype.kind
    ):
        raise InvalidInput(
            f"tensor {name!r}: datatype {info.name} expects a {info.dtype.name} array, got {_dtype_name(array)}"
        )
    return np.ascontiguousarray(array, dtype=info.dtype)  # big-endian: one byte-swapping copy


def _flatten(data: Sequence[Any]) -> list[Any]:
    out: list[Any] = []
    for item in data:
        if isinstance(item, (list, tuple)):
            out.extend(_flatten(item))
        else:
            out.append(item)
    return out


def _first_bad(values: Sequence[Any], good: tuple[type, ...]) -> Any:
    """The first element that is not an instance of `good` (bools count only if bool is listed)."""
    return next((x for x in values if (isinstance(x, bool) and bool not in good) or not isinstance(x, good)), values[0])


_INTEGERS = (bool, int, np.integer, np.bool_)
_NUMBERS = (bool, int, float, np.number, np.bool_)


def _check_typed(values: Sequence[Any], info: dt.Datatype, name: str) -> None:
    """InvalidInput unless Python `values` fit `info`'s datatype (type and range)."""
    if not len(values):
        return
    try:
        array = np.asarray(values)
    except (ValueError, TypeError, OverflowError):
        raise InvalidInput(f"tensor {name!r}: {info.name} data must be a flat list of values") from None
    found = array.dtype.kind
    if info.name in ("FP16", "BF16", "FP32", "FP64"):
        if found not in "biuf" and not (found == "O" and all(isinstance(x, _NUMBERS) for x in values)):
            bad = _first_bad(values, _NUMBERS)
            raise InvalidInput(f"tensor {name!r}: {info.name} data must be numbers, got {type(bad).__name__} {bad!r}")
    elif info.dtype.kind in "iu":
        if found in "iub":
            low, high = array.min(), array.max()
        elif found in "fO" and all(isinstance(x, _INTEGERS) for x in values):
            low, high = min(values), max(values)  # Python ints beyond int64 (numpy made floats or objects)
        else:
            bad = _first_bad(values, _INTEGERS)
            raise InvalidInput(f"tensor {name!r}: {info.name} data must be integers, got {type(bad).__name__} {bad!r}")
        bounds = np.iinfo(info.dtype)
        if low < bounds.min or high > bounds.max:
            value = low if low < bounds.min else high
            raise InvalidInput(
                f"tensor {name!r}: value {value} is out of range for {info.name} ({bounds.min} to {bounds.max})"
            )
    elif info.name == "BOOL" and found != "b" and not (found in "iu" and array.min() >= 0 and array.max() <= 1):
        bad = next((x for x in values if not isinstance(x, (bool, np.bool_)) and x not in (0, 1)), values[0])
        raise InvalidInput(f"tensor {name!r}: BOOL data must be booleans, got {type(bad).__name__} {bad!r}")


class _Tensor:
    """What InferInput and InferOutput share: a name, shape, datatype, parameters and data."""

    # Contents, set only when there are some: wire-ready raw contents (ndarray or buffer), typed
    # contents (ndarray or list), and whether the raw contents were made here from the caller's
    # array (a C-contiguous wire array, or BYTES we serialized).
    _raw: Any = None
    _data: Any = None
    _raw_ours = False

    def __init__(
        self,
        name: str,
        shape: Sequence[int] | npt.NDArray[Any],
        datatype: str,
        data: TensorData | None = None,
        parameters: Mapping[str, ParameterValue] | None = None,
    ) -> None:
        if not isinstance(name, str) or not name:
            raise InvalidInput(f"a tensor name must be a non-empty str, got {name!r}")
        self.name = name
        self.shape = _dims(shape, name)
        self.datatype = datatype
        self.parameters: dict[str, Any] = dict(parameters) if parameters else {}
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

        A C-contiguous little-endian array is used in place, never copied here (nor modified).
        """
        if not isinstance(input_tensor, np.ndarray):
            raise InvalidInput(f"tensor {self.name!r}: expected a numpy array, got {type(input_tensor).__name__}")
        info = _DATATYPES.get(self.datatype) or _datatype(self.datatype, self.name)
        if input_tensor.shape != tuple(self.shape):
            raise InvalidInput(
                f"tensor {self.name!r}: array shape {list(input_tensor.shape)} "
                f"does not match the declared shape {self.shape}"
            )
        if binary_data and input_tensor.dtype is info.raw_dtype and input_tensor.flags.c_contiguous:
            self._raw, self._data, self._raw_ours = input_tensor, None, True  # the usual case: as it is
            return
        if info.name == "BYTES":
            if input_tensor.dtype.kind not in "OSU":
                raise InvalidInput(
                    f"tensor {self.name!r}: BYTES expects an object, S or U array, got {input_tensor.dtype}"
                )
            if binary_data:
                self._raw, self._data = serialize_bytes_tensor(input_tensor, self.name), None
            else:
                self._raw = None
                self._data = [_element_bytes(x, self.name) for x in input_tensor.reshape(-1).tolist()]
            self._raw_ours = binary_data
            return
        wire = _wire_array(input_tensor, info, self.name)
        if binary_data or info.contents_field is None:
            self._raw, self._data, self._raw_ours = wire, None, True
        else:
            self._raw, self._data, self._raw_ours = None, wire.reshape(-1), False

    def as_numpy(self) -> npt.NDArray[Any]:
        """The data as an array of the declared shape (a read-only zero-copy view of received raw data)."""
        raw = self._raw
        info = _DATATYPES.get(self.datatype) or _datatype(self.datatype, self.name)
        kind = raw.__class__
        if (kind is bytes or (kind is memoryview and raw.readonly)) and info.raw_dtype is not None:
            # What a decoded response holds: a read-only zero-copy view of the received bytes, made in
            # one call; numpy checks the dims and that the buffer is large enough, we that it fits.
            try:
                array = np.ndarray(self.shape, info.raw_dtype, raw)
            except (TypeError, ValueError):
                pass  # the checks below say what is wrong
            else:
                if array.nbytes == (len(raw) if kind is bytes else raw.nbytes):
                    return array
        if raw is not None:
            if kind is np.ndarray and raw.dtype == info.dtype and info.name != "BF16":
                return raw.reshape(self.shape)  # type: ignore[no-any-return]
            count = _element_count(self.shape, self.name)
            if not info.itemsize:
                return deserialize_bytes_tensor(raw, count, self.name).reshape(self.shape)
            nbytes = len(raw) if kind is bytes else raw.nbytes if kind is memoryview else memoryview(raw).nbytes
            if nbytes != count * info.itemsize:
                raise InvalidInput(
                    f"tensor {self.name!r}: {nbytes} raw bytes where shape {self.shape} of {info.name} needs "
                    f"{count * info.itemsize}"
                )
            array = np.frombuffer(raw, dtype=info.dtype)
            if info.name == "BF16":
                bf16 = dt.bf16_dtype()
                array = array.view(bf16) if bf16 is not None else dt.bf16_bits_to_float32(array)
            array = array.reshape(self.shape)
            array.flags.writeable = False  # a writable buffer (bytearray) still gives a read-only view
            return array
        if self._data is None:
            raise InvalidInput(f"tensor {self.name!r} has no data")
        return self._typed_array(info).reshape(self.shape)

    def _typed_array(self, info: dt.Datatype) -> npt.NDArray[Any]:
        """Typed contents as a flat array of the datatype's dtype, checked against the shape."""
        count = _element_count(self.shape, self.name)
        data = self._data
        if isinstance(data, (list, tuple)) and data and isinstance(data[0], (list, tuple)):
            data = _flatten(data)
        if info.name == "BYTES":
            values: npt.NDArray[Any] = np.empty(len(data), dtype=object)
            values[:] = [_element_bytes(x, self.name) for x in data]
        else:
            _check_typed(data, info, self.name)  # type and range, for lists and received arrays alike
            if info.name == "BF16":
                values = np.asarray(data, dtype=np.float32)
                bf16 = dt.bf16_dtype()
                if bf16 is not None:
                    values = values.astype(bf16)  # rounds to nearest even
            else:  # straight to the wire dtype: large UINT64 values must not pass through float64
                values = np.asarray(data, dtype=info.dtype)
        if values.size != count:
            raise InvalidInput(f"tensor {self.name!r}: {values.size} elements where shape {self.shape} implies {count}")
        return values.reshape(-1)

    def _contents(self) -> tuple[InferTensorContents | None, Any]:
        """(typed contents, raw contents) for the wire, after checking data against shape and datatype."""
        info = _DATATYPES.get(self.datatype) or _datatype(self.datatype, self.name)
        count = _element_count(self.shape, self.name)
        raw = self._raw
        if raw is not None:
            if info.itemsize:
                nbytes = raw.nbytes if type(raw) is np.ndarray else memoryview(raw).nbytes
                if nbytes != count * info.itemsize:
                    raise InvalidInput(
                        f"tensor {self.name!r}: {nbytes} bytes of data where shape {self.shape} of "
                        f"{info.name} needs {count * info.itemsize}"
                    )
            elif not self._raw_ours:  # BYTES given as raw bytes: count the elements
                found = len(_bytes_elements(raw, self.name, copy_items=False))
                if found != count:
                    raise InvalidInput(
                        f"tensor {self.name!r}: {found} BYTES elements where shape {self.shape} implies {count}"
                    )
            return None, raw
        data = self._data
        if data is None:
            raise InvalidInput(f"tensor {self.name!r} has no data: pass data= or call set_data_from_numpy()")
        if info.contents_field is None:
            # FP16 and BF16 have no typed field: they travel raw.
            return None, _wire_array(self._typed_array(info), info, self.name)
        if isinstance(data, (list, tuple)) and data and isinstance(data[0], (list, tuple)):
            data = _flatten(data)
        length = data.size if isinstance(data, np.ndarray) else len(data)
        if length != count:
            raise InvalidInput(f"tensor {self.name!r}: {length} elements where shape {self.shape} implies {count}")
        if info.name == "BYTES":
            data = [_element_bytes(x, self.name) for x in data]
        elif not isinstance(data, np.ndarray):
            _check_typed(data, info, self.name)
        return InferTensorContents(**{info.contents_field: data}), None

    def _raw_from_typed(self) -> Any:
        """This tensor's typed data converted to raw wire bytes (for requests that mix both)."""
        info = _datatype(self.datatype, self.name)
        values = self._typed_array(info)
        if info.name == "BYTES":
            return serialize_bytes_tensor(values, self.name)
        return _wire_array(values, info, self.name)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(name={self.name!r}, shape={self.shape}, datatype={self.datatype!r})"


class InferInput(_Tensor):
    """An input tensor of an inference request."""


class InferOutput(_Tensor):
    """An output tensor of an inference response."""


class RequestedOutput:
    """An output the caller asks the model to return, with optional parameters."""

    def __init__(self, name: str, parameters: Mapping[str, ParameterValue] | None = None) -> None:
        if not isinstance(name, str) or not name:
            raise InvalidInput(f"a requested output name must be a non-empty str, got {name!r}")
        self.name = name
        self.parameters: dict[str, Any] = dict(parameters) if parameters else {}

    def __repr__(self) -> str:
        return f"RequestedOutput(name={self.name!r})"


def _with_raw(tensors: list[Any], raws: Sequence[Any], what: str) -> list[Any]:
    """Copies of `tensors` holding `raws` (the caller's tensor objects are left as they were)."""
    if len(raws) != len(tensors):
        names = ", ".join(repr(getattr(t, "name", t)) for t in tensors)
        raise InvalidInput(f"{len(raws)} raw {what} given for {len(tensors)} tensors ({names})")
    out = []
    for tensor, raw in zip(tensors, raws, strict=True):
        clone = copy.copy(tensor)
        if isinstance(tensor, _Tensor):
            clone.parameters = dict(tensor.parameters)
            clone._raw, clone._data, clone._raw_ours = raw, None, False
        out.append(clone)
    return out


class InferRequest:
    """An inference request for one model (`from_grpc` is taken where KServe has it, and unused)."""

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
        self.parameters: dict[str, Any] = dict(parameters) if parameters else {}
        self.request_outputs = list(request_outputs) if request_outputs else []
        self.model_version = model_version
        if raw_inputs:
            self.inputs = _with_raw(self.inputs, raw_inputs, "inputs")

    def get_input_by_name(self, name: str) -> InferInput | None:
        return next((i for i in self.inputs if i.name == name), None)

    def to_grpc(self) -> ModelInferRequest:
        """The generated ModelInferRequest, after checking every input."""
        model_name, version, request_id, inputs = self._checked()
        tensors = []
        raws = []
        typed = 0
        for tensor in inputs:
            contents, raw = tensor._contents()
            params = tensor.parameters
            # Positional arguments, in the proto's field order: keywords cost twice as much here.
            tensors.append(
                ModelInferRequestInferInputTensor(
                    tensor.name,  # name
                    tensor.datatype,  # datatype
                    list(tensor.shape),  # shape
                    to_parameters(params, f"input {tensor.name!r}") if params else {},  # parameters
                    contents,  # contents
                )
            )
            raws.append(raw)
            if raw is None:
                typed += 1
        if 0 < typed < len(tensors):
            # The protocol forbids mixing raw and typed inputs: send the typed ones raw too.
            for i, tensor in enumerate(self.inputs):
                if raws[i] is None:
                    raws[i] = tensor._raw_from_typed()
                    tensors[i].contents = None
            typed = 0
        return self._message(model_name, version, request_id, tensors, raws if not typed else [])

    def _checked(self) -> tuple[str, str, str, list[InferInput]]:
        """(model_name, model_version, id) as the wire carries them, and the inputs, after checking them."""
        model_name = self.model_name
        if not isinstance(model_name, str) or not model_name:
            raise InvalidInput(f"model_name must be a non-empty str, got {model_name!r}")
        version, request_id = self.model_version, self.id
        if version is not None and not isinstance(version, str):
            raise InvalidInput(f"model_version must be a str, got {type(version).__name__} {version!r}")
        if request_id is not None and not isinstance(request_id, str):
            raise InvalidInput(f"request_id must be a str, got {type(request_id).__name__} {request_id!r}")
        inputs = self.inputs
        if not inputs:
            raise InvalidInput(f"request for model {model_name!r} has no inputs")
        for tensor in inputs:
            if not isinstance(tensor, InferInput):
                raise InvalidInput(f"inputs must be InferInput objects, got {type(tensor).__name__}")
        if len(inputs) > 1:
            names = [t.name for t in inputs]
            if len(set(names)) != len(names):
                twice = next(n for n in names if names.count(n) > 1)
                raise InvalidInput(f"input {twice!r} appears twice")
        return model_name, version or "", request_id or "", inputs

    def _message(
        self, model_name: str, version: str, request_id: str, tensors: list[Any], raws: list[Any]
    ) -> ModelInferRequest:
        outputs = []
        for o in self.request_outputs:
            if not isinstance(o, RequestedOutput):
                raise InvalidInput(f"request_outputs must be RequestedOutput objects, got {type(o).__name__}")
            outputs.append(
                ModelInferRequestInferRequestedOutputTensor(
                    name=o.name,
                    parameters=to_parameters(o.parameters, f"requested output {o.name!r}") if o.parameters else {},
                )
            )
        return ModelInferRequest(
            model_name,  # model_name
            version,  # model_version
            request_id,  # id
            to_parameters(self.parameters, f"request to {model_name!r}") if self.parameters else {},  # parameters
            tensors,  # inputs
            outputs,  # outputs
            raws,  # raw_input_contents
        )

    @classmethod
    def from_grpc(cls, request: ModelInferRequest) -> InferRequest:
        """Build from a generated ModelInferRequest (what a server receives)."""
        raws = request.raw_input_contents
        inputs = []
        for i, t in enumerate(request.inputs):
            tensor = InferInput(t.name, t.shape, t.datatype, parameters=from_parameters(t.parameters))
            _receive(tensor, raws[i] if i < len(raws) else None, t.contents)
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


def _receive(tensor: _Tensor, raw: Any, contents: InferTensorContents | None) -> None:
    """Attach received contents to `tensor`: raw as it is (zero copy), typed by the datatype's field.

    Never raises: an odd or unknown datatype only fails when that tensor's as_numpy() is called.
    """
    tensor._raw_ours = False
    if raw is not None or contents is None:
        tensor._raw, tensor._data = raw, None
        return
    tensor._raw = None
    info = _DATATYPES.get(tensor.datatype)
    if info is None:
        tensor._data = None
    elif info.contents_field is not None:
        tensor._data = getattr(contents, info.contents_field)
    # FP16 and BF16 have no typed field; servers that answer typed use fp32_contents, fp64_contents,
    # or (MLServer) bytes_contents holding the raw little-endian values.
    elif len(contents.fp32_contents):
        tensor._data = contents.fp32_contents
    elif len(contents.fp64_contents):
        tensor._data = contents.fp64_contents
    elif contents.bytes_contents:
        tensor._raw, tensor._data = b"".join(bytes(x) for x in contents.bytes_contents), None
    else:
        tensor._data = []


class InferResponse:
    """The result of an inference: outputs plus the response's id, model and parameters.

    `from_grpc` is taken where KServe has it, and unused.
    """

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
        self.parameters: dict[str, Any] = dict(parameters) if parameters else {}
        if raw_outputs:
            self.outputs = _with_raw(self.outputs, raw_outputs, "outputs")

    @classmethod
    def from_grpc(cls, response: ModelInferResponse) -> InferResponse:
        """Build from a generated ModelInferResponse; raw outputs stay zero-copy views.

        Never raises for an output's datatype or contents (a BF16 or unknown output does not
        break the response); problems surface when that output's as_numpy() is called.
        """
        if cls is not InferResponse:  # a subclass may set more in its __init__
            plain = InferResponse.from_grpc(response)
            return cls(plain.id, plain.model_name, plain.outputs, plain.model_version, None, True, plain.parameters)
        raws = response.raw_output_contents
        outputs = []
        new = InferOutput.__new__
        count = len(raws)
        for i, t in enumerate(response.outputs):
            out = new(InferOutput)
            shape = t.shape
            out.name, out.datatype = t.name, t.datatype
            out.shape = shape.tolist() if isinstance(shape, np.ndarray) else list(shape)
            out.parameters = from_parameters(t.parameters) if t.parameters else {}
            if i < count:  # raw: the usual case, kept inline
                out._raw = raws[i]  # _data and _raw_ours keep their class defaults
            else:
                _receive(out, None, t.contents)
            outputs.append(out)
        self = cls.__new__(cls)
        self.id = response.id
        self.model_name = response.model_name
        self.model_version = response.model_version or None
        self.outputs = outputs
        self.parameters = from_parameters(response.parameters) if response.parameters else {}
        return self

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
                    shape=list(tensor.shape),
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
