"""The protocol's tensor datatypes: numpy dtypes, typed-contents fields and conversions."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    import numpy.typing as npt

__all__ = ["DATATYPES", "Datatype", "bf16_dtype", "datatype_of", "is_bf16", "lookup"]


class _Unresolved:
    """The type of _BF16 until ml_dtypes has been looked for."""


# numpy has no bfloat16; ml_dtypes (pip install inference-grpc[bf16]) provides one. Its import takes
# about a second, so it is looked for on first need (a BF16 tensor, bf16_dtype()), not at import.
# None: not installed.
_BF16: np.dtype[Any] | _Unresolved | None = _Unresolved()


def bf16_dtype() -> np.dtype[Any] | None:
    """numpy's dtype for bfloat16 when ml_dtypes is installed, else None (imports ml_dtypes)."""
    global _BF16
    bf16 = _BF16
    if isinstance(bf16, _Unresolved):
        try:
            import ml_dtypes

            bf16 = np.dtype(ml_dtypes.bfloat16)
        except ImportError:  # pragma: no cover - depends on the environment
            bf16 = None
        _BF16 = bf16
    return bf16


def is_bf16(dtype: np.dtype[Any]) -> bool:
    """Whether `dtype` is ml_dtypes' bfloat16. Never imports ml_dtypes: until it is imported no
    array can have that dtype (and bf16_dtype() may be None, which numpy would equate to float64)."""
    if "ml_dtypes" not in sys.modules:
        return False
    bf16 = bf16_dtype()
    return bf16 is not None and dtype == bf16


class Datatype:
    """One protocol datatype; never changed once made. A plain class: @dataclass would compile
    its methods at import, a cost on every cold start."""

    __slots__ = ("contents_field", "dtype", "itemsize", "name", "raw_dtype")

    def __init__(self, name: str, dtype: np.dtype[Any], contents_field: str | None) -> None:
        self.name = name  # protocol name, e.g. "FP32"
        self.dtype = dtype  # little-endian wire dtype (object for BYTES, uint16 bits for BF16)
        self.contents_field = contents_field  # InferTensorContents field for typed contents (None: raw only)
        # Derived from the above; plain attributes, not properties: read on every tensor sent or received.
        self.itemsize = 0 if name == "BYTES" else dtype.itemsize  # bytes per element on the wire (0: variable)
        # The dtype whose arrays are raw contents as they are, sent and viewed without conversion
        # (None for BYTES, which is serialized, and BF16, whose arrays are bfloat16 or float).
        self.raw_dtype: np.dtype[Any] | None = None if name in ("BYTES", "BF16") else dtype

    def __repr__(self) -> str:
        return f"Datatype({self.name!r}, {self.dtype!r}, {self.contents_field!r})"


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
    if is_bf16(array.dtype):
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
