"""Protocol-buffer wire primitives used by generated encoders and decoders.

Generated codecs are straight-line code per message; everything here is the small set of helpers
they call for varints, fixed-width numbers, packed arrays (lists or numpy arrays), buffers and
unknown fields. Offsets are absolute positions in the buffer being decoded, so a DecodeError
points at the exact byte.

Why one long module: it has one job, the protobuf wire format, and generated code reaches all of
it through one name (`_rt.wire`); its helpers are small and call each other.
"""

from __future__ import annotations

import struct
from collections.abc import Sequence
from operator import index
from typing import TYPE_CHECKING, Any

import numpy as np
from typing_extensions import Buffer

if TYPE_CHECKING:
    import numpy.typing as npt

__all__ = [
    "Buffer",
    "DecodeError",
    "EncodeError",
    "ONE_BYTE",
    "PackedBools",
    "PackedFloats",
    "PackedInts",
]

if TYPE_CHECKING:
    PackedInts = list[int] | npt.NDArray[Any]
    PackedFloats = list[float] | npt.NDArray[Any]
    PackedBools = list[bool] | npt.NDArray[Any]
else:  # at run time (betterproto2's type hints) without numpy.typing, whose import costs ~1 ms of a cold start
    PackedInts = list[int] | np.ndarray
    PackedFloats = list[float] | np.ndarray
    PackedBools = list[bool] | np.ndarray

_MASK64 = (1 << 64) - 1


class DecodeError(ValueError):
    """Malformed protobuf input: names the message being decoded and the byte offset."""

    def __init__(self, message: str, offset: int, reason: str) -> None:
        super().__init__(f"cannot decode {message}: {reason} at offset {offset}")
        self.message = message
        self.offset = offset
        self.reason = reason


class EncodeError(ValueError):
    """A message field holds a value its proto type cannot carry."""


# -- encoding ------------------------------------------------------------------------------

# The varint of each value below 0x80 is that one byte; generated encoders index this directly.
ONE_BYTE = tuple(bytes((i,)) for i in range(128))


def varint(value: int) -> bytes:
    """Unsigned varint of 0 <= value < 2**64."""
    if value < 0x80:
        if value < 0:
            raise EncodeError(f"{value} is negative where an unsigned varint is required")
        return ONE_BYTE[value]
    if value > _MASK64:
        raise EncodeError(f"{value} does not fit in 64 bits")
    out = bytearray()
    while value > 0x7F:
        out.append((value & 0x7F) | 0x80)
        value >>= 7
    out.append(value)
    return bytes(out)


# Integer encoders take Python ints and numpy integer scalars alike: `index` turns the latter
# into ints, whose bit operations cannot overflow (and it refuses floats).


def enc_int32(value: int) -> bytes:
    value = index(value)
    if not -0x80000000 <= value <= 0x7FFFFFFF:
        raise EncodeError(f"{value} is out of range for int32")
    return varint(value & _MASK64 if value < 0 else value)


def enc_int64(value: int) -> bytes:
    value = index(value)
    if not -0x8000000000000000 <= value <= 0x7FFFFFFFFFFFFFFF:
        raise EncodeError(f"{value} is out of range for int64")
    return varint(value & _MASK64 if value < 0 else value)


def enc_uint32(value: int) -> bytes:
    value = index(value)
    if not 0 <= value <= 0xFFFFFFFF:
        raise EncodeError(f"{value} is out of range for uint32")
    return varint(value)


def enc_uint64(value: int) -> bytes:
    value = index(value)
    if not 0 <= value <= _MASK64:
        raise EncodeError(f"{value} is out of range for uint64")
    return varint(value)


def enc_sint32(value: int) -> bytes:
    value = index(value)
    if not -0x80000000 <= value <= 0x7FFFFFFF:
        raise EncodeError(f"{value} is out of range for sint32")
    return varint(((value << 1) ^ (value >> 31)) & 0xFFFFFFFF)


def enc_sint64(value: int) -> bytes:
    value = index(value)
    if not -0x8000000000000000 <= value <= 0x7FFFFFFFFFFFFFFF:
        raise EncodeError(f"{value} is out of range for sint64")
    return varint(((value << 1) ^ (value >> 63)) & _MASK64)


def enc_bool(value: bool) -> bytes:
    return b"\x01" if value else b"\x00"


def _packer(fmt: str) -> Any:
    pack = struct.Struct(fmt).pack

    def encode(value: Any) -> bytes:
        try:
            return pack(value)
        except struct.error as exc:
            raise EncodeError(f"{value!r} does not fit the {fmt} wire format: {exc}") from None

    return encode


enc_fixed32 = _packer("<I")
enc_sfixed32 = _packer("<i")
enc_fixed64 = _packer("<Q")
enc_sfixed64 = _packer("<q")
enc_double = _packer("<d")
_FLOAT_INF = struct.pack("<f", float("inf"))
_FLOAT_NEG_INF = struct.pack("<f", float("-inf"))


def enc_float(value: float) -> bytes:
    """A float32; doubles beyond its range become infinities, as protobuf's own setters do."""
    try:
        return struct.pack("<f", value)
    except OverflowError:
        return _FLOAT_INF if value > 0 else _FLOAT_NEG_INF
    except struct.error as exc:
        raise EncodeError(f"{value!r} does not fit the <f wire format: {exc}") from None


def payload(value: Any) -> tuple[Any, int]:
    """A `bytes` field's value as (buffer to join, its length in bytes), never copied when contiguous.

    A C-contiguous numpy array is joined as it is (its own buffer, whatever its shape or size);
    other buffers become flat byte views.
    """
    if value.__class__ is np.ndarray and value.flags.c_contiguous and not value.dtype.hasobject:
        return value, value.nbytes
    view = as_view(value)
    return view, len(view)


# Packed repeated numbers: numpy dtype and struct code per proto type.
_FIXED = {
    "float": ("<f4", "f"),
    "double": ("<f8", "d"),
    "fixed32": ("<u4", "I"),
    "sfixed32": ("<i4", "i"),
    "fixed64": ("<u8", "Q"),
    "sfixed64": ("<i8", "q"),
}
_VARINT_DTYPES = {
    "int32": "<i4",
    "int64": "<i8",
    "uint32": "<u4",
    "uint64": "<u8",
    "sint32": "<i4",
    "sint64": "<i8",
    "bool": "?",
}
_SCALAR_ENCODERS = {
    "int32": enc_int32,
    "int64": enc_int64,
    "uint32": enc_uint32,
    "uint64": enc_uint64,
    "sint32": enc_sint32,
    "sint64": enc_sint64,
    "bool": enc_bool,
}
# Varint types whose small non-negative values encode as themselves (zigzag ones do not).
_SELF_VARINTS = frozenset({"int32", "int64", "uint32", "uint64", "bool"})
# Lists shorter than this are encoded element by element; longer ones go through numpy.
_VECTORIZE_MIN = 32


def _checked_array(values: Any, dtype: str, proto: str) -> npt.NDArray[Any]:
    """`values` as a flat contiguous array of `dtype`, refusing casts that would change values."""
    arr = np.asarray(values)
    target = np.dtype(dtype)
    if arr.dtype != target and arr.size:
        if target.kind in "iu" and not np.can_cast(arr.dtype, target, "safe"):
            if arr.dtype.kind not in "iub":
                raise EncodeError(f"cannot encode a {arr.dtype} array as packed {proto}")
            info = np.iinfo(target)
            low, high = arr.min(), arr.max()
            if low < info.min or high > info.max:
                raise EncodeError(f"values from {low} to {high} do not fit packed {proto}")
        elif target.kind == "b" and arr.dtype.kind != "b":
            raise EncodeError(f"cannot encode a {arr.dtype} array as packed bool")
    return np.ascontiguousarray(arr, dtype=target).reshape(-1)


def packed_fixed(values: Sequence[Any] | npt.NDArray[Any], proto: str) -> bytes | memoryview:
    """Payload of a packed fixed-width field; an array of the wire dtype is not copied."""
    dtype, code = _FIXED[proto]
    if isinstance(values, np.ndarray):
        return _checked_array(values, dtype, proto).data.cast("B")
    try:
        return struct.pack(f"<{len(values)}{code}", *values)
    except struct.error as exc:
        raise EncodeError(f"a value does not fit packed {proto}: {exc}") from None
    except OverflowError:
        # Doubles beyond float32's range: infinities, like enc_float and numpy's cast.
        with np.errstate(over="ignore"):
            return np.asarray(values, dtype=np.float64).astype("<f4").tobytes()


def _varints_of(u: npt.NDArray[np.uint64]) -> bytes:
    """Vectorised varint encoding of unsigned 64-bit values."""
    sizes = np.ones(u.shape, dtype=np.intp)
    for k in range(1, 10):
        sizes += u >= np.uint64(1 << (7 * k))
    out = np.empty(int(sizes.sum()), dtype=np.uint8)
    starts = np.cumsum(sizes) - sizes
    for k in range(int(sizes.max(initial=0))):
        live = sizes > k
        chunk = ((u[live] >> np.uint64(7 * k)) & np.uint64(0x7F)).astype(np.uint8)
        chunk |= (sizes[live] > k + 1).astype(np.uint8) << 7
        out[starts[live] + k] = chunk
    return out.tobytes()


def packed_varint(values: Sequence[Any] | npt.NDArray[Any], proto: str) -> bytes:
    """Payload of a packed varint field (ints, bools, enums) from a list or an array."""
    if not isinstance(values, np.ndarray) and len(values) < _VECTORIZE_MIN:
        if proto in _SELF_VARINTS:
            # Ints in 0..127 are their own one-byte varints: a shape such as [1, 16] is one call.
            try:
                run = bytes(values)
            except (TypeError, ValueError):
                pass
            else:
                if run.isascii():
                    return run
        encode = _SCALAR_ENCODERS[proto]
        return b"".join([encode(v) for v in values])
    dtype = _VARINT_DTYPES[proto]
    if isinstance(values, np.ndarray):
        arr = _checked_array(values, dtype, proto)
    else:
        try:
            arr = np.array(values, dtype=dtype)
        except (OverflowError, ValueError, TypeError) as exc:
            raise EncodeError(f"a value does not fit packed {proto}: {exc}") from None
    if proto == "bool":
        return arr.astype(np.uint8).tobytes()
    if proto == "sint32":
        wide = arr.astype(np.int64)
        u = ((wide << 1) ^ (wide >> 31)).astype(np.uint64) & np.uint64(0xFFFFFFFF)
    elif proto == "sint64":
        wide = arr.astype(np.int64)
        u = ((wide << 1) ^ (wide >> 63)).view(np.uint64)
    else:
        # Negative int32/int64 travel as 10-byte two's complement, like protobuf does.
        u = arr.astype(np.int64).view(np.uint64) if arr.dtype.kind == "i" else arr.astype(np.uint64)
    return _varints_of(u)


def size_from(parts: list[bytes | memoryview], start: int) -> int:
    """Total byte length of parts[start:] (encoders reserve a slot for a length prefix)."""
    return sum(map(len, parts[start:]))


# -- decoding ------------------------------------------------------------------------------


def read_varint(buf: memoryview, pos: int, end: int, message: str) -> tuple[int, int]:
    """Varint at `pos`; returns (value, next position)."""
    result = 0
    shift = 0
    start = pos
    while True:
        if pos >= end:
            raise DecodeError(message, start, "truncated varint")
        byte = buf[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        if byte < 0x80:
            return result & _MASK64, pos
        shift += 7
        if shift >= 70:
            raise DecodeError(message, start, "varint longer than 10 bytes")


def read_len(buf: memoryview, pos: int, end: int, message: str) -> tuple[int, int]:
    """Length prefix at `pos`; returns (payload start, payload stop) within `end`."""
    if pos < end and buf[pos] < 0x80:
        stop = pos + 1 + buf[pos]
        pos += 1
    else:
        n, pos = read_varint(buf, pos, end, message)
        stop = pos + n
    if stop > end:
        raise DecodeError(message, pos, f"length {stop - pos} runs past the end ({end - pos} bytes left)")
    return pos, stop


def to_int32(value: int) -> int:
    value &= 0xFFFFFFFF
    return value - 0x100000000 if value > 0x7FFFFFFF else value


def to_int64(value: int) -> int:
    return value - 0x10000000000000000 if value > 0x7FFFFFFFFFFFFFFF else value


def from_zigzag(value: int) -> int:
    return (value >> 1) ^ -(value & 1)


def from_zigzag32(value: int) -> int:
    value &= 0xFFFFFFFF
    return (value >> 1) ^ -(value & 1)


_UNPACKERS = {
    "fixed32": struct.Struct("<I").unpack_from,
    "sfixed32": struct.Struct("<i").unpack_from,
    "float": struct.Struct("<f").unpack_from,
    "fixed64": struct.Struct("<Q").unpack_from,
    "sfixed64": struct.Struct("<q").unpack_from,
    "double": struct.Struct("<d").unpack_from,
}


def read_fixed(buf: memoryview, pos: int, end: int, proto: str, message: str) -> tuple[Any, int]:
    size = 4 if proto in ("fixed32", "sfixed32", "float") else 8
    if pos + size > end:
        raise DecodeError(message, pos, f"truncated {proto}")
    return _UNPACKERS[proto](buf, pos)[0], pos + size


def _join(current: Any, new: Any, as_numpy: bool) -> Any:
    """Append a packed chunk to what earlier chunks of the same field produced."""
    if as_numpy:
        if isinstance(current, np.ndarray) and current.size:
            return np.concatenate([current, new])
        if isinstance(current, list) and current:
            return np.concatenate([np.asarray(current, dtype=new.dtype), new])
        return new
    if isinstance(current, np.ndarray):
        current = current.tolist()
    current.extend(new)
    return current


def packed_fixed_decode(
    buf: memoryview, start: int, stop: int, proto: str, current: Any, as_numpy: bool, message: str
) -> Any:
    """A packed fixed-width chunk: a zero-copy read-only array view, or a list."""
    dtype, code = _FIXED[proto]
    width = np.dtype(dtype).itemsize
    if (stop - start) % width:
        raise DecodeError(message, start, f"packed {proto} length {stop - start} is not a multiple of {width}")
    count = (stop - start) // width
    if as_numpy:
        values: Any = np.frombuffer(buf, dtype=dtype, count=count, offset=start)
    else:
        values = list(struct.unpack_from(f"<{count}{code}", buf, start))
    return _join(current, values, as_numpy)


def _varint_array(buf: memoryview, start: int, stop: int, message: str) -> npt.NDArray[np.uint64]:
    """Vectorised decoding of a run of varints into uint64 values."""
    raw = np.frombuffer(buf, dtype=np.uint8, count=stop - start, offset=start)
    if raw.size == 0:
        return np.zeros(0, dtype=np.uint64)
    if raw[-1] & 0x80:
        raise DecodeError(message, stop - 1, "truncated varint in a packed field")
    ends = np.flatnonzero(raw < 0x80)
    begins = np.empty_like(ends)
    begins[0] = 0
    begins[1:] = ends[:-1] + 1
    lengths = ends - begins + 1
    if lengths.max() > 10:
        bad = int(begins[np.argmax(lengths > 10)])
        raise DecodeError(message, start + bad, "varint longer than 10 bytes")
    values = np.zeros(ends.size, dtype=np.uint64)
    payload = (raw & 0x7F).astype(np.uint64)
    for k in range(int(lengths.max())):
        live = lengths > k
        values[live] |= payload[begins[live] + k] << np.uint64(7 * k)
    return values


def packed_varint_decode(
    buf: memoryview, start: int, stop: int, proto: str, current: Any, as_numpy: bool, message: str
) -> Any:
    """A packed varint chunk (ints, bools) as a list, or as an array when `as_numpy` and long.

    Short runs (shapes, a few ids) stay lists even with `as_numpy`: vectorising them costs more
    than the loop, and callers read them as Python ints anyway.
    """
    if stop - start < _VECTORIZE_MIN and not isinstance(current, np.ndarray):
        if proto in _SELF_VARINTS and proto != "bool":
            run = buf[start:stop].tobytes()
            if run.isascii():  # every value is a one-byte varint: the bytes are the values
                return _join(current, list(run), False) if current else list(run)
        values: list[Any] = []
        pos = start
        while pos < stop:
            v, pos = read_varint(buf, pos, stop, message)
            values.append(_convert_varint(v, proto))
        return _join(current, values, False)
    u = _varint_array(buf, start, stop, message)
    if proto == "bool":
        arr: npt.NDArray[Any] = u != 0
    elif proto in ("int32", "int64"):
        arr = u.view(np.int64)
        if proto == "int32":
            arr = arr.astype(np.int32)  # protobuf keeps the low 32 bits
    elif proto == "uint32":
        arr = (u & np.uint64(0xFFFFFFFF)).astype(np.uint32)
    elif proto == "uint64":
        arr = u
    else:
        if proto == "sint32":
            u = u & np.uint64(0xFFFFFFFF)  # protobuf keeps the low 32 bits, then un-zigzags
        arr = (u >> np.uint64(1)).view(np.int64) ^ -(u & np.uint64(1)).view(np.int64)
        if proto == "sint32":
            arr = arr.astype(np.int32)
    return _join(current, arr if as_numpy else arr.tolist(), as_numpy)


def _convert_varint(value: int, proto: str) -> Any:
    if proto == "int32":
        return to_int32(value)
    if proto == "int64":
        return to_int64(value)
    if proto == "uint32":
        return value & 0xFFFFFFFF
    if proto == "bool":
        return value != 0
    if proto == "sint32":
        return from_zigzag32(value)
    if proto == "sint64":
        return from_zigzag(value)
    return value


def concat(buf: memoryview, previous: Any, start: int, stop: int) -> memoryview:
    """A singular message field met again: its earlier bytes followed by buf[start:stop].

    `previous` is the (start, stop) of the first occurrence in `buf`, or the bytes joined so far.
    Decoding the result merges the occurrences the way protobuf does (later scalars win,
    repeated fields append, nested messages merge).
    """
    head = buf[previous[0] : previous[1]] if isinstance(previous, tuple) else previous
    return memoryview(b"".join((head, buf[start:stop])))


def append(current: Any, value: Any) -> Any:
    """Add one unpacked element to a repeated field that may already be an array."""
    if isinstance(current, np.ndarray):
        return np.append(current, value)
    current.append(value)
    return current


def skip_field(buf: memoryview, pos: int, end: int, key: int, message: str) -> int:
    """Position after the value of an unknown field whose key was just read."""
    wire_type = key & 7
    if key >> 3 == 0:
        raise DecodeError(message, pos, "field number 0 is invalid")
    if wire_type == 0:
        return read_varint(buf, pos, end, message)[1]
    if wire_type == 1:
        pos += 8
    elif wire_type == 5:
        pos += 4
    elif wire_type == 2:
        return read_len(buf, pos, end, message)[1]
    elif wire_type == 3:
        return _skip_group(buf, pos, end, key >> 3, message)
    else:
        raise DecodeError(message, pos, f"invalid wire type {wire_type}")
    if pos > end:
        raise DecodeError(message, end, "truncated fixed-width field")
    return pos


def unknown_field(buf: memoryview, pos: int, end: int, key: int, message: str) -> tuple[bytes, int]:
    """An unknown field whose key was just read (ending at `pos`), key included, as bytes; and the
    position after it. Decoders keep these to re-encode them as they came, as protobuf does."""
    stop = skip_field(buf, pos, end, key, message)
    start = pos - 1
    while key >= 0x80:  # back over the key's varint: its length follows from its value
        key >>= 7
        start -= 1
    return buf[start:stop].tobytes(), stop


def _skip_group(buf: memoryview, pos: int, end: int, number: int, message: str) -> int:
    while True:
        if pos >= end:
            raise DecodeError(message, pos, f"unterminated group {number}")
        key, pos = read_varint(buf, pos, end, message)
        if key & 7 == 4:
            if key >> 3 != number:
                raise DecodeError(message, pos, f"group {number} closed by end-group {key >> 3}")
            return pos
        pos = skip_field(buf, pos, end, key, message)


def as_view(data: Buffer) -> memoryview:
    """`data` as a flat, contiguous, 1-D byte view (copied only when it is not contiguous)."""
    view = memoryview(data)
    if not view.c_contiguous:
        # A strided view (`buf[::2]`) can be neither joined nor read by numpy without a copy.
        return memoryview(view.tobytes())
    if view.format != "B" or view.ndim != 1:
        # A float32 memoryview would otherwise count elements, not bytes, in its length.
        view = view.cast("B")
    return view
