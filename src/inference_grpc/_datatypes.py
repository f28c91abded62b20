"""The protocol's tensor datatypes: numpy dtypes, typed-contents fields and conversions."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

__all__ = ["DATATYPES", "Datatype", "bf16_dtype", "datatype_of", "lookup"]

try:  # numpy has no bfloat16; ml_dtypes (pip install inference-grpc[bf16]) provides one.
    import ml_dtypes

    _BF16: np.dtype[Any] | None = np.dtype(ml_dtypes.bfloat16)
except ImportError:  # pragma: no cover - depends on the environment
    _BF16 = None


def bf16_dtype() -> np.dtype[Any] | None:
    """numpy's dtype for bfloat16 when ml_dtypes is installed, else None."""
    return _BF16


@dataclass(frozen=True)
class Datatype:
    name: str  # protocol name, e.g. "FP32"
    dtype: np.dtype[Any]  # little-endian wire dtype (object for BYTES, uint16 bits for BF16)
    contents_field: str | None  # InferTensorContents field for typed contents (None: raw only)
    # Derived from the above; plain fields, not properties: read on every tensor sent or received.
    itemsize: int = field(init=False)  # bytes per element on the wire (0 for BYTES: variable)
    # The dtype whose arrays are raw contents as they are, sent and viewed without conversion
    # (None for BYTES, which is serialized, and BF16, whose arrays are bfloat16 or float).
    raw_dtype: np.dtype[Any] | None = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "itemsize", 0 if self.name == "BYTES" else self.dtype.itemsize)
        object.__setattr__(self, "raw_dtype", None if self.name in ("BYTES", "BF16") else self.dtype)


DATATYPES: dict[str, Datatype] = {
    dt.name: dt
    for dt in (
        Datatype("BOOL", np.dtype("?"), "bool_contents"),
        Datatype("UINT8", np.dtype("u1"), "uint_contents"),
        Datatype("UINT16", np.dtype("<u2"), "uint_contents"),
        Datatype("UINT32", np.dtype("<u4"), "uint_contents"),
        Datatype("UINT64", np.dtype("<u8"), "uint64_contents"),
        Datatype("INT8", np.dtype("i1"), "int_contents"),
        Datatype("INT16", np.dtype("<i2"), "int_contents"),
        Datatype("INT32", np.dtype("<i4"), "int_contents"),
        Datatype("INT64", np.dtype("<i8"), "int64_contents"),
        Datatype("FP16", np.dtype("<f2"), None),
        Datatype("BF16", np.dtype("<u2"), None),
        Datatype("FP32", np.dtype("<f4"), "fp32_contents"),
        Datatype("FP64", np.dtype("<f8"), "fp64_contents"),
        Datatype("BYTES", np.dtype(object), "bytes_contents"),
    )
}


def lookup(datatype: str) -> Datatype | None:
    return DATATYPES.get(datatype)


def datatype_of(array: npt.NDArray[Any]) -> str:
    """The protocol datatype for a numpy array's dtype; ValueError when there is none."""
    kind, size = array.dtype.kind, array.dtype.itemsize
    if kind == "b":
        return "BOOL"
    if kind in "iu":
        return f"{'INT' if kind == 'i' else 'UINT'}{size * 8}"
    if kind == "f" and size in (2, 4, 8):
        return f"FP{size * 8}"
    if _BF16 is not None and array.dtype == _BF16:
        return "BF16"
    if kind in "OSU":
        return "BYTES"
    raise ValueError(f"numpy dtype {array.dtype} has no Open Inference Protocol datatype")


def float32_to_bf16_bits(array: npt.NDArray[Any]) -> npt.NDArray[np.uint16]:
    """Round float32 values to bfloat16 (nearest, ties to even) and return their bits."""
    bits = np.ascontiguousarray(array, dtype="<f4").view("<u4")
    rounding = ((bits >> 16) & 1) + np.uint32(0x7FFF)
    rounded = ((bits + rounding) >> 16).astype("<u2")
    nan = np.isnan(array.astype("<f4", copy=False))
    if nan.any():
        rounded[nan.reshape(rounded.shape)] = 0x7FC0
    return rounded  # type: ignore[no-any-return]


def bf16_bits_to_float32(bits: npt.NDArray[Any]) -> npt.NDArray[np.float32]:
    """Widen bfloat16 bits to float32 exactly (every bfloat16 value is a float32 value)."""
    return (bits.astype("<u4") << 16).view("<f4")
