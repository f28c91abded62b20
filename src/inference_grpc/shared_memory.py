"""POSIX shared-memory regions as numpy arrays, for Triton's system shared memory.

    import numpy as np
    from inference_grpc import InferInput, RequestedOutput
    from inference_grpc.shared_memory import SharedMemoryRegion

    with SharedMemoryRegion.create(2 * 64) as region:          # a new object, e.g. /psm_1a2b3c
        region.write(np.ones(16, np.float32))                  # bytes 0..63
        client.register_system_shared_memory("io", region.key, region.byte_size)
        x = InferInput("INPUT0", [16], "FP32")
        x.set_shared_memory("io", 64)                          # the server reads bytes 0..63
        y = RequestedOutput("OUTPUT0")
        y.set_shared_memory("io", 64, offset=64)               # and writes bytes 64..127
        client.infer(InferRequest("model", [x], request_outputs=[y]))
        result = region.as_numpy([16], "FP32", offset=64)      # a view: no copy
        client.unregister_system_shared_memory("io")

Built on `multiprocessing.shared_memory` (no C extension). `as_numpy` returns writable views of
the mapping, never copies; `write` copies an array in (the one copy shared memory needs).
A region made by `create` is removed by `unlink`, at the end of its `with` block, or at the exit
of the process that made it; one opened by `attach` is only unmapped by `close`. `multiprocessing`'s
resource tracker is kept out of it (it would remove, and warn at exit about, objects it did not see
made, or made by another process). `close` never fails while arrays from `as_numpy` are alive:
they keep the memory mapped until they are gone.
Bad arguments (a region too small, a dtype that is not the datatype's, a key that exists or does
not) raise InvalidInput.
"""

from __future__ import annotations

import atexit
import contextlib
import math
import os
import sys
from collections.abc import Sequence
from multiprocessing import resource_tracker, shared_memory
from types import TracebackType
from typing import Any

import numpy as np
import numpy.typing as npt

from . import _datatypes as dt
from .runtime import InvalidInput

__all__ = ["SharedMemoryRegion"]

_TRACKS_BY_ARGUMENT = sys.version_info >= (3, 13)  # SharedMemory(track=False) exists from 3.13
_TRACKER_TYPE = "shared_memory"


def _segment(name: str | None, create: bool, size: int) -> _Segment:
    """A mapped object the resource tracker does not know (so it neither removes it nor warns)."""
    if _TRACKS_BY_ARGUMENT:
        return _Segment(name=name, create=create, size=size, track=False)  # type: ignore[call-arg,unused-ignore]
    segment = _Segment(name=name, create=create, size=size)
    resource_tracker.unregister("/" + segment.name, _TRACKER_TYPE)  # SharedMemory registered it
    return segment


def _remove(segment: shared_memory.SharedMemory) -> None:
    """Remove the object of an untracked segment (FileNotFoundError when gone)."""
    if not _TRACKS_BY_ARGUMENT:  # SharedMemory.unlink unregisters it: the tracker must know it first
        resource_tracker.register("/" + segment.name, _TRACKER_TYPE)
    segment.unlink()


_CREATED: dict[str, shared_memory.SharedMemory] = {}  # made here and not removed yet, by key


@atexit.register
def _remove_created() -> None:
    for segment in list(_CREATED.values()):
        with contextlib.suppress(OSError):  # removed by another process
            _remove(segment)
    _CREATED.clear()


class _Segment(shared_memory.SharedMemory):
    """SharedMemory whose close never raises: when arrays still view the mapping, it lets go of
    it (the arrays keep it mapped until the last of them goes) instead of raising BufferError,
    which SharedMemory's own __del__ would otherwise print at exit."""

    def close(self) -> None:
        try:
            super().close()
        except BufferError:
            self._buf = None  # held by the arrays' memoryview, which holds the mapping
            self._mmap = None
            fd: int = self._fd  # type: ignore[has-type]
            if fd >= 0:
                os.close(fd)
                self._fd = -1


class SharedMemoryRegion:
    """A POSIX shared-memory object mapped into this process (make one with `create` or `attach`)."""

    def __init__(self, segment: shared_memory.SharedMemory, owner: bool) -> None:
        self._segment: shared_memory.SharedMemory | None = segment
        self.key = "/" + segment.name.lstrip("/")
        """The object's POSIX name, with its leading '/': the `key` to register it under."""
        self.byte_size = segment.size
        self.owner = owner
        """Whether this process created the object (and `unlink`, or the `with` block, removes it)."""

    @classmethod
    def create(cls, byte_size: int, key: str | None = None) -> SharedMemoryRegion:
        """A new shared-memory object of `byte_size` bytes (zeroed), named `key` or a fresh name."""
        if isinstance(byte_size, bool) or not isinstance(byte_size, int) or byte_size <= 0:
            raise InvalidInput(f"byte_size must be a positive int, got {byte_size!r}")
        name = None if key is None else _name(key)
        try:
            segment = _segment(name, True, byte_size)
        except FileExistsError:
            raise InvalidInput(f"shared-memory object {key!r} exists already (attach it, or unlink it)") from None
        except OSError as exc:
            raise InvalidInput(f"cannot create shared-memory object {key!r} of {byte_size} bytes: {exc}") from None
        region = cls(segment, owner=True)
        _CREATED[region.key] = segment
        return region

    @classmethod
    def attach(cls, key: str) -> SharedMemoryRegion:
        """Map an existing shared-memory object (made by another process, or by `create` here)."""
        name = _name(key)
        try:
            segment = _segment(name, False, 0)
        except FileNotFoundError:
            raise InvalidInput(f"no shared-memory object {key!r}") from None
        except OSError as exc:
            raise InvalidInput(f"cannot map shared-memory object {key!r}: {exc}") from None
        return cls(segment, owner=False)

    @property
    def closed(self) -> bool:
        return self._segment is None

    @property
    def buffer(self) -> memoryview:
        """The whole region, writable."""
        return self._buf()

    def as_numpy(self, shape: Sequence[int], datatype: str | npt.DTypeLike, offset: int = 0) -> npt.NDArray[Any]:
        """A writable zero-copy array of `shape` over the region from `offset`.

        `datatype` is a protocol datatype ("FP32", ...; not BYTES) or a numpy dtype, read as
        little-endian as the protocol's raw tensors are.
        """
        dtype = _dtype(datatype)
        dims = _dims(shape)
        nbytes = math.prod(dims) * dtype.itemsize
        buf = self._buf()
        self._check_room(nbytes, offset)
        # frombuffer holds the buffer (np.ndarray(buffer=) would not): close() then keeps it mapped.
        return np.frombuffer(buf, dtype, math.prod(dims), offset).reshape(dims)

    def write(self, array: npt.NDArray[Any], offset: int = 0, datatype: str | None = None) -> int:
        """Copy `array` into the region from `offset` (C order, little-endian); returns its byte
        size. With `datatype` ("FP32", ...), the array's dtype must be that datatype's."""
        if not isinstance(array, np.ndarray):
            raise InvalidInput(f"write() takes a numpy array, got {type(array).__name__}")
        if array.dtype.kind in "OSUV":
            raise InvalidInput(f"write() takes arrays of fixed-size numbers or bools, got dtype {array.dtype}")
        target = array.dtype.newbyteorder("<") if array.dtype.byteorder == ">" else array.dtype
        if datatype is not None:
            wanted = _dtype(datatype)
            if array.dtype.newbyteorder("=") != wanted.newbyteorder("="):
                raise InvalidInput(f"array of dtype {array.dtype} where datatype {datatype!r} needs {wanted}")
            target = wanted
        view = self.as_numpy(array.shape, target, offset)
        np.copyto(view, array, casting="equiv")
        return int(view.nbytes)

    def close(self) -> None:
        """Unmap the region here (arrays already taken keep their memory until they go); idempotent."""
        segment, self._segment = self._segment, None
        if segment is not None:
            segment.close()

    def unlink(self) -> None:
        """Remove the shared-memory object (processes that map it keep their mapping)."""
        segment = self._open()
        _CREATED.pop(self.key, None)
        try:
            _remove(segment)
        except FileNotFoundError:
            raise InvalidInput(f"shared-memory object {self.key!r} was removed already") from None

    def __enter__(self) -> SharedMemoryRegion:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        """Unmap; a region this process created is removed too."""
        if self.owner and self._segment is not None:
            with contextlib.suppress(InvalidInput):  # removed already, by hand
                self.unlink()
        self.close()

    def __repr__(self) -> str:
        state = "closed" if self.closed else f"{self.byte_size} bytes"
        return f"SharedMemoryRegion({self.key!r}, {state}, owner={self.owner})"

    def _open(self) -> shared_memory.SharedMemory:
        segment = self._segment
        if segment is None:
            raise InvalidInput(f"shared-memory region {self.key!r} is closed")
        return segment

    def _buf(self) -> memoryview:
        buf = self._open().buf
        assert buf is not None  # None only once closed
        return buf

    def _check_room(self, nbytes: int, offset: int) -> None:
        if isinstance(offset, bool) or not isinstance(offset, int) or offset < 0:
            raise InvalidInput(f"offset must be an int from 0, got {offset!r}")
        if offset + nbytes > self.byte_size:
            raise InvalidInput(
                f"shared-memory region {self.key!r} of {self.byte_size} bytes is too small for "
                f"{nbytes} bytes at offset {offset}"
            )


def _name(key: Any) -> str:
    if not isinstance(key, str):
        raise InvalidInput(f"a shared-memory key must be a str, got {type(key).__name__} {key!r}")
    name = key[1:] if key.startswith("/") else key
    if not name or "/" in name or "\0" in name or len(name) > 250:
        raise InvalidInput(f"shared-memory key {key!r} must be '/name': one name of 1 to 250 chars, no other '/'")
    return name


def _dtype(datatype: Any) -> np.dtype[Any]:
    if isinstance(datatype, str) and datatype.isupper():
        if datatype == "BF16":
            bf16 = dt.bf16_dtype()
            if bf16 is None:
                raise InvalidInput("BF16 arrays need the ml_dtypes package (pip install inference-grpc[bf16])")
            return np.dtype(bf16)
        info = dt.DATATYPES.get(datatype)
        if info is None or info.raw_dtype is None:
            raise InvalidInput(f"datatype {datatype!r} has no fixed-size array layout in shared memory")
        return info.raw_dtype
    try:
        dtype: np.dtype[Any] = np.dtype(datatype)
    except TypeError:
        raise InvalidInput(f"{datatype!r} is neither a datatype such as 'FP32' nor a numpy dtype") from None
    if dtype.kind in "OSUV" or dtype.hasobject:
        raise InvalidInput(f"dtype {dtype} has no fixed-size array layout in shared memory")
    if dtype.byteorder == ">":
        little: np.dtype[Any] = dtype.newbyteorder("<")
        return little
    return dtype


def _dims(shape: Any) -> tuple[int, ...]:
    try:
        dims = tuple(int(d) for d in shape)
    except (TypeError, ValueError):
        raise InvalidInput(f"shape must be a sequence of ints, got {shape!r}") from None
    if any(d < 0 for d in dims):
        raise InvalidInput(f"shape {list(dims)} has a negative dimension")
    return dims
