"""BYTES tensors in raw form: each element a little-endian uint32 length, then its bytes."""

from __future__ import annotations

import struct
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:  # annotations only: numpy.typing's import costs ~1 ms of a cold start
    import numpy.typing as npt

from .runtime import InvalidInput

__all__ = ["bytes_elements", "deserialize_bytes_tensor", "element_bytes", "serialize_bytes_tensor"]

_LENGTH = struct.Struct("<I")


def element_bytes(item: Any, name: str) -> bytes:
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
        data = element_bytes(item, name)
        parts.append(pack(len(data)))
        parts.append(data)
    return b"".join(parts)


def _flat_view(raw: Any) -> memoryview:
    view = memoryview(raw)
    return view if view.format == "B" and view.ndim == 1 else view.cast("B")


def bytes_elements(raw: Any, name: str, copy_items: bool) -> list[Any]:
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
    items = bytes_elements(raw, name, copy_items=True)
    if count is not None and len(items) != count:
        raise InvalidInput(f"tensor {name!r}: {len(items)} BYTES elements where the shape implies {count}")
    out = np.empty(len(items), dtype=object)
    out[:] = items
    return out
