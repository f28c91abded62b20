"""The base class of generated messages and the entry points of their codecs."""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable
from typing import Any, TypeVar

import betterproto2
import numpy as np

from .wire import Buffer, DecodeError, EncodeError, as_view

__all__ = ["Message", "decode", "encode", "encode_compact"]

M = TypeVar("M")
Encoder = Callable[[Any, list[Any]], None]
CompactEncoder = Callable[[Any], bytes]
Decoder = Callable[[memoryview, int, int, bool], M]

# What a field of the wrong type makes an encoder raise (`5 .encode()`, `len(3.0)`, a bad buffer).
_WRONG_TYPE = (AttributeError, TypeError, OverflowError, BufferError)


def _wrong_type(name: str, exc: Exception) -> EncodeError:
    return EncodeError(f"cannot encode {name}: a field holds a value of the wrong type ({exc})")


def encode(encoder: Encoder, message: Any, name: str) -> bytes:
    """Run a generated encoder; one join is the only copy of large payloads."""
    parts: list[Any] = []
    try:
        encoder(message, parts)
        return b"".join(parts)
    except _WRONG_TYPE as exc:
        raise _wrong_type(name, exc) from None


def encode_compact(encoder: CompactEncoder, message: Any, name: str) -> bytes:
    """Run the encoder of a message without payload fields, which returns the bytes itself."""
    try:
        return encoder(message)
    except _WRONG_TYPE as exc:
        raise _wrong_type(name, exc) from None


def decode(decoder: Decoder[M], data: Buffer, as_numpy: bool, name: str) -> M:
    """Run a generated decoder over `data`, turning every failure into DecodeError."""
    view = memoryview(data) if type(data) is bytes else as_view(data)
    try:
        return decoder(view, 0, len(view), as_numpy)
    except DecodeError:
        raise
    except RecursionError:
        raise DecodeError(name, 0, "messages nested too deeply") from None


_BYTES_LIKE = (bytes, bytearray, memoryview)
_FLOATS = (float, np.floating)


def _as_bytes(value: Any) -> bytes:
    if isinstance(value, np.ndarray):
        return value.tobytes()  # any shape, empty multi-dimensional ones included (no memoryview cast)
    view = memoryview(value)
    return view.tobytes() if view.format == "B" else view.cast("B").tobytes() if view.c_contiguous else view.tobytes()


def _same(a: Any, b: Any) -> bool:
    """Field equality that also holds between lists and arrays, and between buffers."""
    if isinstance(a, _BYTES_LIKE) or isinstance(b, _BYTES_LIKE):
        try:
            return _as_bytes(a) == _as_bytes(b)
        except TypeError:
            return False
    if isinstance(a, np.ndarray) or isinstance(b, np.ndarray):
        try:
            return bool(np.array_equal(np.asarray(a), np.asarray(b), equal_nan=True))
        except TypeError:  # equal_nan needs numbers
            return bool(np.array_equal(np.asarray(a), np.asarray(b)))
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, _FLOATS) and isinstance(b, _FLOATS) and math.isnan(a) and math.isnan(b):
        return True  # numpy float32 scalars are not floats
    return bool(a == b)


def _is_default(value: Any) -> bool:
    if isinstance(value, np.ndarray):
        return value.size == 0
    if isinstance(value, memoryview):
        return value.nbytes == 0
    return value is None or (not value and not (isinstance(value, float) and str(value)[0] == "-"))


class Message(betterproto2.Message):
    """betterproto2 message whose bytes() and parse() run generated straight-line codecs.

    Packed numeric fields may hold numpy arrays as well as lists, and large `bytes` fields
    may hold memoryviews, so equality and repr are written to handle both.
    """

    # What betterproto2's __post_init__ sets; generated decoders build messages without __init__.
    _unknown_fields = b""

    def __eq__(self, other: object) -> bool:
        if type(self) is not type(other):
            return NotImplemented
        return all(
            _same(getattr(self, f.name), getattr(other, f.name))
            for f in dataclasses.fields(self)  # type: ignore[arg-type]
        )

    __hash__ = None  # type: ignore[assignment]  # mutable dataclass

    def __repr__(self) -> str:
        shown = [
            f"{f.name}={value!r}"
            for f in dataclasses.fields(self)  # type: ignore[arg-type]
            for value in (getattr(self, f.name),)
            if not _is_default(value)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __bool__(self) -> bool:
        return any(not _is_default(getattr(self, f.name)) for f in dataclasses.fields(self))  # type: ignore[arg-type]

    def SerializeToString(self) -> bytes:  # noqa: N802 - protobuf's spelling, for drop-in use
        return bytes(self)
