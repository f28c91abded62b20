"""The checks a tensor passes before it is sent: shape, datatype, data type and range.

Each raises InvalidInput naming the tensor, what was expected and what was given.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:  # annotations only: numpy.typing's import costs ~1 ms of a cold start
    import numpy.typing as npt

from . import _datatypes as dt
from .runtime import InvalidInput

__all__ = ["check_text", "check_typed", "datatype_info", "dims", "element_count", "flatten", "wire_array"]

_DATATYPES = dt.DATATYPES
_INT64_MAX = (1 << 63) - 1


def dims(shape: Any, name: str) -> list[int]:
    """A shape as a list of Python ints; InvalidInput for anything else (2.5 is not silently 2)."""
    if type(shape) is list or type(shape) is tuple:
        dims = list(shape)
    else:  # any other sequence: an array, protobuf's repeated field (upb's has no __iter__)
        try:
            if isinstance(shape, (str, bytes, bytearray, Mapping)):
                raise TypeError
            dims = list(shape)
        except TypeError:
            raise InvalidInput(f"tensor {name!r}: shape must be a list of ints, got {shape!r}") from None
    for dim in dims:
        if type(dim) is not int:  # numpy integers become ints; anything else is refused
            return _int_dims(dims, name)
    return dims


def _int_dims(dims: list[Any], name: str) -> list[int]:
    for dim in dims:
        if isinstance(dim, bool) or not isinstance(dim, (int, np.integer)):
            raise InvalidInput(f"tensor {name!r}: shape {dims} must hold non-negative integers")
    return [int(dim) for dim in dims]


def check_text(text: str, what: str) -> None:
    """InvalidInput unless `text` can go on the wire as UTF-8 (a lone surrogate cannot)."""
    if not text.isascii():
        try:
            text.encode()
        except UnicodeEncodeError as exc:
            raise InvalidInput(f"{what} {text!r} is not valid UTF-8 text ({exc.reason} at {exc.start})") from None


def element_count(shape: Sequence[int], name: str) -> int:
    """Number of elements of `shape`; InvalidInput unless it holds integers from 0 to 2**63 - 1
    (the wire's dims are int64)."""
    count = 1
    for dim in shape:
        if type(dim) is not int or dim < 0 or dim > _INT64_MAX:  # bools, numpy integers, bad values: slow path
            return _checked_count(shape, name)
        count *= dim
    return count


def _checked_count(shape: Sequence[int], name: str) -> int:
    count = 1
    for dim in shape:
        if isinstance(dim, bool) or not isinstance(dim, (int, np.integer)) or dim < 0:
            raise InvalidInput(f"tensor {name!r}: shape {list(shape)} must hold non-negative integers")
        if dim > _INT64_MAX:
            raise InvalidInput(f"tensor {name!r}: shape {list(shape)} has a dimension above 2**63 - 1 (dims are int64)")
        count *= int(dim)
    return count


def datatype_info(datatype: str, name: str) -> dt.Datatype:
    info = _DATATYPES.get(datatype) if isinstance(datatype, str) else None
    if info is None:
        raise InvalidInput(f"tensor {name!r}: unknown datatype {datatype!r}; expected one of {', '.join(dt.DATATYPES)}")
    return info


def _dtype_name(array: npt.NDArray[Any]) -> str:
    try:
        return f"{array.dtype} ({dt.datatype_of(array)})"
    except ValueError:
        return str(array.dtype)


def wire_array(array: npt.NDArray[Any], info: dt.Datatype, name: str) -> npt.NDArray[Any]:
    """`array` as a C-contiguous little-endian array of the wire dtype (no copy when it already is)."""
    if array.dtype == info.dtype and info.name != "BF16":
        # Equal dtypes: same kind, size and (little-endian) byte order; only the layout may differ.
        return array if array.flags.c_contiguous else np.ascontiguousarray(array)
    if info.name == "BF16":
        if dt.is_bf16(array.dtype):
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


def flatten(data: Sequence[Any]) -> list[Any]:
    out: list[Any] = []
    for item in data:
        if isinstance(item, (list, tuple)):
            out.extend(flatten(item))
        else:
            out.append(item)
    return out


def _first_bad(values: Sequence[Any], good: tuple[type, ...]) -> Any:
    """The first element that is not an instance of `good` (bools count only if bool is listed)."""
    return next((x for x in values if (isinstance(x, bool) and bool not in good) or not isinstance(x, good)), values[0])


_INTEGERS = (bool, int, np.integer, np.bool_)
_NUMBERS = (bool, int, float, np.number, np.bool_)


def check_typed(values: Sequence[Any], info: dt.Datatype, name: str) -> None:
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
