"""numpy <-> Triton datatypes, and BYTES and BF16 tensors in their serialized (raw) form.

The serialized form of a BYTES tensor: each element, in row-major order, as a little-endian
uint32 length followed by its bytes. Of a BF16 tensor: each element's two bytes, little-endian.
"""

from __future__ import annotations

import struct
from typing import Any

import ml_dtypes
import numpy as np
import numpy.typing as npt

from ._exception import raise_error

__all__ = [
    "deserialize_bf16_tensor",
    "deserialize_bytes_tensor",
    "np_to_triton_dtype",
    "serialize_bf16_tensor",
    "serialize_byte_tensor",
    "serialized_byte_size",
    "triton_to_np_dtype",
]

_LENGTH = struct.Struct("<I")
_BF16 = np.dtype(ml_dtypes.bfloat16)

# Triton datatype -> what tritonclient answers for it (a numpy scalar type, or Python's bool).
_NUMPY: dict[str, Any] = {
    "BOOL": bool,
    "INT8": np.int8,
    "INT16": np.int16,
    "INT32": np.int32,
    "INT64": np.int64,
    "UINT8": np.uint8,
    "UINT16": np.uint16,
    "UINT32": np.uint32,
    "UINT64": np.uint64,
    "FP16": np.float16,
    "FP32": np.float32,
    "BF16": ml_dtypes.bfloat16,
    "FP64": np.float64,
    "BYTES": np.object_,
}
_TRITON: dict[np.dtype[Any], str] = {np.dtype(t): name for name, t in _NUMPY.items()}


def np_to_triton_dtype(np_dtype: Any) -> str | None:
    """The Triton datatype of a numpy dtype (or scalar type): "FP32", "BYTES", ...; None if it has none.

    Object and `S` (bytes) arrays are BYTES, and so are `U` (str) arrays, which travel UTF-8
    encoded (tritonclient answers None for them).
    """
    try:
        dtype = np.dtype(np_dtype)
    except TypeError:
        return None
    if dtype.kind in "SU":
        return "BYTES"
    return _TRITON.get(dtype.newbyteorder("=") if dtype.byteorder not in "=|" else dtype)


def triton_to_np_dtype(dtype: str) -> Any:
    """The numpy scalar type of a Triton datatype (bool for BOOL, ml_dtypes.bfloat16 for BF16,
    np.object_ for BYTES); None for an unknown datatype."""
    return _NUMPY.get(dtype)


def _element(item: Any, array_kind: str) -> bytes:
    if array_kind == "O":
        if type(item) is bytes:
            return item
        return str(item).encode("utf-8")
    if array_kind == "U":
        return str(item).encode("utf-8")
    return bytes(item)


def serialize_byte_tensor(input_tensor: npt.NDArray[Any]) -> npt.NDArray[Any]:
    """A BYTES tensor (object, `S` or `U` array) in serialized form, as a 0-d object array
    holding one bytes object (an empty object array for an empty tensor).

    Objects that are not bytes are sent as the UTF-8 of their str(), as tritonclient does; an `S`
    array loses its elements' trailing NUL bytes (numpy drops them), so prefer object arrays.
    """
    if input_tensor.size == 0:
        return np.empty([0], dtype=np.object_)
    kind = input_tensor.dtype.kind
    if kind not in "OSU":
        raise_error("cannot serialize bytes tensor: invalid datatype")
    pack = _LENGTH.pack
    parts: list[bytes] = []
    for item in input_tensor.reshape(-1, order="C").tolist():
        data = _element(item, kind)
        parts.append(pack(len(data)))
        parts.append(data)
    out = np.empty((), dtype=np.object_)
    out[()] = b"".join(parts)
    return out


def deserialize_bytes_tensor(encoded_tensor: Any) -> npt.NDArray[Any]:
    """The elements of a serialized BYTES tensor, as a 1-D object array of bytes."""
    view = memoryview(encoded_tensor).cast("B")
    items: list[bytes] = []
    pos, end = 0, len(view)
    while pos < end:
        if pos + 4 > end:
            raise_error(f"cannot deserialize bytes tensor: truncated element length at byte {pos}")
        (size,) = _LENGTH.unpack_from(view, pos)
        pos += 4
        if pos + size > end:
            raise_error(f"cannot deserialize bytes tensor: element of {size} bytes runs past the end at byte {pos}")
        items.append(view[pos : pos + size].tobytes())
        pos += size
    out = np.empty(len(items), dtype=np.object_)
    out[:] = items
    return out


def serialized_byte_size(tensor_value: npt.NDArray[Any]) -> int:
    """The bytes an object array's elements hold together (their len(), no length prefixes)."""
    if tensor_value.dtype != np.object_:
        raise_error("The tensor_value dtype must be np.object_")
    return sum(len(item) for item in tensor_value.reshape(-1, order="C").tolist())


def serialize_bf16_tensor(input_tensor: npt.NDArray[Any]) -> npt.NDArray[Any]:
    """A BF16 tensor in serialized form, as a 0-d object array holding its bytes.

    An ml_dtypes.bfloat16 array is taken as it is; a float32 array is truncated to bfloat16 (the
    upper 16 bits of each value), as tritonclient did before it moved to ml_dtypes.
    """
    if input_tensor.size == 0:
        return np.empty([0], dtype=np.object_)
    if input_tensor.dtype == _BF16:
        data = np.ascontiguousarray(input_tensor).astype(_BF16.newbyteorder("<"), copy=False).tobytes()
    elif input_tensor.dtype == np.float32:
        bits = np.ascontiguousarray(input_tensor, dtype="<f4").view("<u4") >> 16
        data = bits.astype("<u2").tobytes()
    else:
        raise_error("cannot serialize bf16 tensor: invalid datatype")
    out = np.empty((), dtype=np.object_)
    out[()] = data
    return out


def deserialize_bf16_tensor(encoded_tensor: Any) -> npt.NDArray[Any]:
    """A serialized BF16 tensor as a 1-D float32 array (each value exact)."""
    view = memoryview(encoded_tensor).cast("B")
    if len(view) % 2:
        raise_error(f"cannot deserialize bf16 tensor: {len(view)} bytes is not a whole number of elements")
    bits = np.frombuffer(view, dtype="<u2").astype("<u4") << 16
    return bits.view("<f4").astype(np.float32)
