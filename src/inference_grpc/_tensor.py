"""Tensors: InferInput, InferOutput and RequestedOutput, numpy <-> raw and typed tensor contents.

Names and constructors follow KServe's, so code written for KServe runs unchanged.

Costs: a C-contiguous little-endian array is sent as it is (the only copy is gRPC's join into
the wire buffer), and raw outputs decode as read-only views of the received message. The
checks done before sending (shape, datatype, data size) are a few dictionary lookups and
integer comparisons per tensor.

Why one long module: the functions at the end (contents for the codecs, received outputs, shared
memory and REST hints) read and set the tensors' private state; kept here, no other module
touches a tensor's private attributes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:  # annotations only: numpy.typing's import costs ~1 ms of a cold start
    import numpy.typing as npt

from . import _datatypes as dt
from ._bytes_tensor import bytes_elements, deserialize_bytes_tensor, element_bytes, serialize_bytes_tensor
from ._checks import check_text, check_typed, datatype_info, dims, element_count, flatten, wire_array
from ._parameters import SHARED_MEMORY_PARAMETERS, ParameterValue, set_shared_memory
from .protocol import InferTensorContents
from .runtime import InvalidInput

__all__ = [
    "InferInput",
    "InferOutput",
    "RequestedOutput",
    "attach_contents",
    "in_shared_memory",
    "own_raw",
    "prefers_json",
    "received_output",
    "tensor_contents",
    "typed_as_raw",
    "with_raw",
]

if TYPE_CHECKING:
    TensorData = npt.NDArray[Any] | Sequence[Any]

_DATATYPES = dt.DATATYPES
_REGION, _BYTE_SIZE, _OFFSET = SHARED_MEMORY_PARAMETERS


class _Tensor:
    """What InferInput and InferOutput share: a name, shape, datatype, parameters and data."""

    # Contents, set only when there are some: wire-ready raw contents (ndarray or buffer), typed
    # contents (ndarray or list), and whether the raw contents were made here from the caller's
    # array (a C-contiguous wire array, or BYTES we serialized).
    _raw: Any = None
    _data: Any = None
    _raw_ours = False
    # Built with data= an array: kserve sends those raw over gRPC and as JSON data over REST.
    _rest_json = False

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
        if not name.isascii():
            check_text(name, "tensor name")
        self.name = name
        self.shape = dims(shape, name)
        self.datatype = datatype
        self.parameters: dict[str, Any] = dict(parameters) if parameters else {}
        if data is not None:
            if isinstance(data, np.ndarray):
                self.set_data_from_numpy(data, binary_data=True)
                self._rest_json = True
            else:
                self._data = data

    @property
    def data(self) -> Any:
        """Typed contents (a list or array), or None when the tensor travels raw."""
        return self._data

    @data.setter
    def data(self, data: Any) -> None:
        """Use `data` (a list, or an array) as typed contents, as kserve's setter does."""
        self._raw, self._data, self._raw_ours, self._rest_json = None, data, False, False

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
        self._rest_json = False
        if self.parameters and _REGION in self.parameters:  # data given here replaces a shared-memory region
            for key in SHARED_MEMORY_PARAMETERS:
                self.parameters.pop(key, None)
        info = _DATATYPES.get(self.datatype) or datatype_info(self.datatype, self.name)
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
                self._data = [element_bytes(x, self.name) for x in input_tensor.reshape(-1).tolist()]
            self._raw_ours = binary_data
            return
        wire = wire_array(input_tensor, info, self.name)
        if binary_data or info.contents_field is None:
            self._raw, self._data, self._raw_ours = wire, None, True
        else:
            self._raw, self._data, self._raw_ours = None, wire.reshape(-1), False

    def as_numpy(self) -> npt.NDArray[Any]:
        """The data as an array of the declared shape (a read-only zero-copy view of received raw data)."""
        try:
            return self._as_numpy()
        except InvalidInput:
            raise
        except ValueError as exc:  # numpy's own refusal, of a shape such as [2**63 - 1, 3, 0]
            raise InvalidInput(f"tensor {self.name!r}: shape {self.shape} has no numpy array ({exc})") from None

    def _as_numpy(self) -> npt.NDArray[Any]:
        raw = self._raw
        info = _DATATYPES.get(self.datatype) or datatype_info(self.datatype, self.name)
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
            count = element_count(self.shape, self.name)
            if not info.itemsize:
                return deserialize_bytes_tensor(raw, count, self.name).reshape(self.shape)
            nbytes = len(raw) if kind is bytes else raw.nbytes if kind is memoryview else memoryview(raw).nbytes
            if nbytes != count * info.itemsize:
                if not nbytes and _REGION in self.parameters:
                    raise InvalidInput(self._in_region())
                # Triton answers an output it wrote into shared memory with empty contents.
                hint = "" if nbytes else " (an output requested into shared memory has none: read it from the region)"
                raise InvalidInput(
                    f"tensor {self.name!r}: {nbytes} raw bytes where shape {self.shape} of {info.name} needs "
                    f"{count * info.itemsize}{hint}"
                )
            array = np.frombuffer(raw, dtype=info.dtype)
            if info.name == "BF16":
                bf16 = dt.bf16_dtype()
                array = array.view(bf16) if bf16 is not None else dt.bf16_bits_to_float32(array)
            array = array.reshape(self.shape)
            array.flags.writeable = False  # a writable buffer (bytearray) still gives a read-only view
            return array
        if self._data is None:
            if _REGION in self.parameters:
                raise InvalidInput(self._in_region())
            raise InvalidInput(f"tensor {self.name!r} has no data")
        return self._typed_array(info).reshape(self.shape)

    def _in_region(self) -> str:
        p, where = self.parameters, "read it there (inference_grpc.shared_memory.SharedMemoryRegion.as_numpy)"
        at = f"({p.get(_BYTE_SIZE)} bytes at offset {p.get(_OFFSET, 0)})"
        return f"tensor {self.name!r} is in shared-memory region {p[_REGION]!r} {at}, not in the message: {where}"

    def _typed_array(self, info: dt.Datatype) -> npt.NDArray[Any]:
        """Typed contents as a flat array of the datatype's dtype, checked against the shape."""
        count = element_count(self.shape, self.name)
        data = self._data
        if isinstance(data, (list, tuple)) and data and isinstance(data[0], (list, tuple)):
            data = flatten(data)
        if info.name == "BYTES":
            values: npt.NDArray[Any] = np.empty(len(data), dtype=object)
            values[:] = [element_bytes(x, self.name) for x in data]
        else:
            check_typed(data, info, self.name)  # type and range, for lists and received arrays alike
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

    def __repr__(self) -> str:
        return f"{type(self).__name__}(name={self.name!r}, shape={self.shape}, datatype={self.datatype!r})"

    def __eq__(self, other: object) -> bool:
        """The same name, shape, datatype, parameters and values (raw or typed, however they travel)."""
        if type(other) is not type(self):
            return NotImplemented
        assert isinstance(other, _Tensor)
        if (self.name, self.shape, self.datatype, self.parameters) != (
            other.name,
            other.shape,
            other.datatype,
            other.parameters,
        ):
            return False
        mine, theirs = self._raw is None and self._data is None, other._raw is None and other._data is None
        if mine or theirs:
            return mine and theirs
        try:
            return bool(np.array_equal(self.as_numpy(), other.as_numpy()))
        except InvalidInput:  # contents that do not fit their shape: equal if they are the same
            return bool(self._raw == other._raw and self._data == other._data)

    __hash__ = None  # type: ignore[assignment]  # equal tensors may change; like lists, not hashable

    def to_rest(self, binary_data: bool | None = None) -> tuple[dict[str, Any], bytes | None]:
        """This tensor's REST JSON object and its binary part: binary when `binary_data`, else
        in the JSON; by default as a request's to_rest() sends it (raw data binary, typed in the JSON)."""
        from ._rest import sends_binary, tensor_to_rest

        assert isinstance(self, (InferInput, InferOutput))
        return tensor_to_rest(self, sends_binary(self) if binary_data is None else binary_data)

    @classmethod
    def from_rest(cls, tensor: Mapping[str, Any], binary: bytes | None = None) -> Any:
        """A tensor from its REST JSON object; `binary` is its binary part, when it has one
        (a `binary_data_size` parameter)."""
        from ._rest import tensor_from_rest

        view = None if binary is None else memoryview(binary).cast("B")
        out, used = tensor_from_rest(cls, tensor, view, 0, "from_rest()")
        if view is not None and used != len(view):
            raise InvalidInput(f"tensor {out.name!r}: {len(view) - used} bytes of binary data beyond its size")
        return out


class InferInput(_Tensor):
    """An input tensor of an inference request."""

    def set_shared_memory(self, region_name: str, byte_size: int, offset: int = 0) -> None:
        """Have the server read this input from `byte_size` bytes at `offset` of the registered
        shared-memory region `region_name` (Triton's `shared_memory_*` parameters); the tensor's
        data is dropped, and nothing of it travels in the message. `set_data_from_numpy` undoes it.
        """
        what = f"tensor {self.name!r}"
        info = _DATATYPES.get(self.datatype)
        if info is not None and info.itemsize and isinstance(byte_size, int) and not isinstance(byte_size, bool):
            needed = element_count(self.shape, self.name) * info.itemsize
            if byte_size != needed:
                raise InvalidInput(
                    f"{what}: byte_size {byte_size} where shape {self.shape} of {info.name} needs {needed}"
                )
        set_shared_memory(self.parameters, region_name, byte_size, offset, what)
        self._raw, self._data, self._raw_ours = None, None, False


class InferOutput(_Tensor):
    """An output tensor of an inference response."""


class RequestedOutput:
    """An output the caller asks the model to return, with optional parameters."""

    def __init__(self, name: str, parameters: Mapping[str, ParameterValue] | None = None) -> None:
        if not isinstance(name, str) or not name:
            raise InvalidInput(f"a requested output name must be a non-empty str, got {name!r}")
        check_text(name, "requested output name")
        self.name = name
        self.parameters: dict[str, Any] = dict(parameters) if parameters else {}

    @property
    def binary_data(self) -> bool | None:
        """The `binary_data` parameter (REST: whether this output comes binary), None when unset."""
        value = self.parameters.get("binary_data")
        return None if value is None else bool(value)

    def set_shared_memory(self, region_name: str, byte_size: int, offset: int = 0) -> None:
        """Have the server write this output into `byte_size` bytes at `offset` of the registered
        shared-memory region `region_name` (Triton's `shared_memory_*` parameters). The response's
        output then has no contents: read it from the region (`SharedMemoryRegion.as_numpy`)."""
        set_shared_memory(self.parameters, region_name, byte_size, offset, f"requested output {self.name!r}")

    def __repr__(self) -> str:
        return f"RequestedOutput(name={self.name!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, RequestedOutput):
            return NotImplemented
        return (self.name, self.parameters) == (other.name, other.parameters)

    __hash__ = None  # type: ignore[assignment]


def with_raw(tensors: list[Any], raws: Sequence[Any], what: str) -> list[Any]:
    """Copies of `tensors` holding `raws` (the caller's tensor objects are left as they were)."""
    if len(raws) != len(tensors):
        names = ", ".join(repr(getattr(t, "name", t)) for t in tensors)
        raise InvalidInput(f"{len(raws)} raw {what} given for {len(tensors)} tensors ({names})")
    import copy  # here: only requests and responses built with raw_inputs= / raw_outputs= need it

    out = []
    for tensor, raw in zip(tensors, raws, strict=True):
        clone = copy.copy(tensor)
        if isinstance(tensor, _Tensor):
            clone.parameters = dict(tensor.parameters)
            clone._raw, clone._data, clone._raw_ours, clone._rest_json = raw, None, False, False
        out.append(clone)
    return out


def attach_contents(tensor: _Tensor, raw: Any, contents: InferTensorContents | None) -> None:
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


def tensor_contents(tensor: InferInput | InferOutput) -> tuple[InferTensorContents | None, Any]:
    """(typed contents, raw contents) for the wire, after checking data against shape and datatype."""
    info = _DATATYPES.get(tensor.datatype) or datatype_info(tensor.datatype, tensor.name)
    count = element_count(tensor.shape, tensor.name)
    raw = tensor._raw
    if raw is not None:
        if info.itemsize:
            nbytes = raw.nbytes if type(raw) is np.ndarray else memoryview(raw).nbytes
            if nbytes != count * info.itemsize:
                raise InvalidInput(
                    f"tensor {tensor.name!r}: {nbytes} bytes of data where shape {tensor.shape} of "
                    f"{info.name} needs {count * info.itemsize}"
                )
        elif not tensor._raw_ours:  # BYTES given as raw bytes: count the elements
            found = len(bytes_elements(raw, tensor.name, copy_items=False))
            if found != count:
                raise InvalidInput(
                    f"tensor {tensor.name!r}: {found} BYTES elements where shape {tensor.shape} implies {count}"
                )
        return None, raw
    data = tensor._data
    if data is None:
        if _REGION in tensor.parameters:
            return None, None  # read by the server from a shared-memory region
        raise InvalidInput(f"tensor {tensor.name!r} has no data: pass data= or call set_data_from_numpy()")
    if info.contents_field is None:
        # FP16 and BF16 have no typed field: they travel raw.
        return None, wire_array(tensor._typed_array(info), info, tensor.name)
    if isinstance(data, (list, tuple)) and data and isinstance(data[0], (list, tuple)):
        data = flatten(data)
    length = data.size if isinstance(data, np.ndarray) else len(data)
    if length != count:
        raise InvalidInput(f"tensor {tensor.name!r}: {length} elements where shape {tensor.shape} implies {count}")
    if info.name == "BYTES":
        data = [element_bytes(x, tensor.name) for x in data]
    elif not isinstance(data, np.ndarray):
        check_typed(data, info, tensor.name)
    return InferTensorContents(**{info.contents_field: data}), None


def in_shared_memory(tensor: InferInput | InferOutput) -> bool:
    """Whether the tensor's contents are in a shared-memory region (none travel in the message)."""
    return tensor._raw is None and tensor._data is None and _REGION in tensor.parameters


def typed_as_raw(tensor: InferInput | InferOutput) -> Any:
    """A tensor's typed data converted to raw wire bytes (for requests that mix both)."""
    info = datatype_info(tensor.datatype, tensor.name)
    values = tensor._typed_array(info)
    if info.name == "BYTES":
        return serialize_bytes_tensor(values, tensor.name)
    return wire_array(values, info, tensor.name)


def prefers_json(tensor: InferInput | InferOutput) -> bool:
    """Whether the tensor was built with data= an array (kserve sends those in REST's JSON)."""
    return tensor._rest_json


def own_raw(tensor: InferInput) -> Any:
    """The raw contents set_data_from_numpy made of the caller's array (a C-contiguous array of the
    wire dtype, sent as it is), or None when the tensor holds anything else."""
    return tensor._raw if tensor._raw_ours and tensor._raw.__class__ is np.ndarray else None


def received_output(name: str, datatype: str, shape: list[int], parameters: dict[str, Any], raw: Any) -> InferOutput:
    """An InferOutput of received raw contents, as decoders build them: attribute by attribute,
    without __init__ (building these objects is most of what decoding a small response costs)."""
    out = _new(InferOutput)
    out.name = name
    out.datatype = datatype
    out.shape = shape
    out.parameters = parameters
    out._raw = raw  # _data and _raw_ours keep their class defaults
    return out


_new = object.__new__
