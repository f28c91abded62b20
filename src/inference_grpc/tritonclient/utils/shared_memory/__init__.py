"""tritonclient's `utils.shared_memory`: system (POSIX) shared memory regions for Triton's
shared-memory extension, on Python's multiprocessing.shared_memory (no C library).

Keys follow Triton's convention, a leading "/" (`"/input0"`); a key without one names the same
region. A region is unlinked only by destroy_shared_memory_region, by the process that created
it, once every handle this process opened on it is destroyed: never behind the caller's back at
exit (Python's resource tracker, which would unlink even regions this process only attached
to, is kept out of it).
"""

from __future__ import annotations

import ctypes
import struct
import sys
import warnings
from collections.abc import Sequence
from multiprocessing import shared_memory as mpshm
from typing import Any

import numpy as np
import numpy.typing as npt

__all__ = [
    "SharedMemoryException",
    "SharedMemoryRegion",
    "create_shared_memory_region",
    "destroy_shared_memory_region",
    "get_contents_as_numpy",
    "mapped_shared_memory_regions",
    "set_shared_memory_region",
]

_LENGTH = struct.Struct("<I")
_TRACK_ARGUMENT = sys.version_info >= (3, 13)  # SharedMemory(track=False) is 3.13+


class SharedMemoryException(Exception):  # noqa: N818 - tritonclient's name
    """A shared memory region could not be created, written or read."""


class SharedMemoryRegion:
    """A handle on a system shared memory region: the name it is registered under with Triton
    and the key of the shared memory object."""

    def __init__(self, triton_shm_name: str, shm_key: str) -> None:
        self._triton_shm_name = triton_shm_name
        self._shm_key = shm_key
        self._mpsm_handle: Any = None

    def __repr__(self) -> str:
        return f"SharedMemoryRegion(triton_shm_name={self._triton_shm_name!r}, shm_key={self._shm_key!r})"


class _KeyState:
    __slots__ = ("handles", "owner")

    def __init__(self) -> None:
        self.owner = False  # this process created the object: the last destroy unlinks it
        self.handles = 0


_keys: dict[str, _KeyState] = {}


def _open(key: str, create: bool, size: int) -> Any:
    name = key.lstrip("/")  # SharedMemory adds the one leading "/" shm_open wants
    if _TRACK_ARGUMENT:
        return mpshm.SharedMemory(name, create=create, size=size, track=False)  # type: ignore[call-arg, unused-ignore]
    region = mpshm.SharedMemory(name, create=create, size=size)
    from multiprocessing import resource_tracker

    resource_tracker.unregister(region._name, "shared_memory")  # type: ignore[attr-defined]
    return region


def _unlink(region: Any) -> None:
    if _TRACK_ARGUMENT:
        region.unlink()
        return
    from multiprocessing import resource_tracker

    # Before 3.13 unlink() also unregisters the name from the tracker; register it again first
    # so the tracker has something to forget and stays quiet.
    resource_tracker.register(region._name, "shared_memory")
    region.unlink()


def create_shared_memory_region(
    triton_shm_name: str, shm_key: str, byte_size: int, create_only: bool = False
) -> SharedMemoryRegion:
    """A handle on the region `shm_key` of `byte_size` bytes: the existing one of that key
    (unless `create_only`; a warning says when it is smaller than asked), else a new one.

    Raises SharedMemoryException if the region cannot be created (or exists, with `create_only`).
    """
    handle = SharedMemoryRegion(triton_shm_name, shm_key)
    created = False
    if not create_only:
        try:
            handle._mpsm_handle = _open(shm_key, False, 0)
        except FileNotFoundError:
            pass
        except (OSError, ValueError) as exc:
            raise SharedMemoryException("unable to create the shared memory region") from exc
    if handle._mpsm_handle is None:
        try:
            handle._mpsm_handle = _open(shm_key, True, byte_size)
        except (OSError, ValueError) as exc:
            raise SharedMemoryException("unable to create the shared memory region") from exc
        created = True
    state = _keys.setdefault(shm_key, _KeyState())
    state.owner = state.owner or created
    state.handles += 1
    if byte_size > handle._mpsm_handle.size:
        warnings.warn(
            f"reusing shared memory region with key '{shm_key}', region size is {handle._mpsm_handle.size} "
            f"instead of requested {byte_size}",
            stacklevel=2,
        )
    return handle


def set_shared_memory_region(
    shm_handle: SharedMemoryRegion, input_values: Sequence[npt.NDArray[Any]], offset: int = 0
) -> None:
    """Copy the arrays, one after the other, into the region from byte `offset` on.

    An object array stands for a serialized BYTES tensor (serialize_byte_tensor's result): its
    one bytes object is copied.
    """
    if not isinstance(input_values, (list, tuple)):
        raise SharedMemoryException("input_values must be specified as a list/tuple of numpy arrays")
    if not all(isinstance(value, np.ndarray) for value in input_values):
        raise SharedMemoryException("each element of input_values must be a numpy array")
    try:
        buffer = shm_handle._mpsm_handle.buf
        for value in input_values:
            if value.dtype == np.object_:
                data = value.item()
                buffer[offset : offset + len(data)] = data
                offset += len(data)
            else:
                target = np.ndarray(value.shape, value.dtype, buffer=buffer, offset=offset)
                target[...] = value
                offset += value.nbytes
    except Exception as exc:
        raise SharedMemoryException("unable to set the shared memory region") from exc


def get_contents_as_numpy(
    shm_handle: SharedMemoryRegion, datatype: Any, shape: Sequence[int], offset: int = 0
) -> npt.NDArray[Any]:
    """The region's contents from byte `offset` as an array of `datatype` and `shape`: a view of
    the shared memory for fixed-size types, a new object array of bytes for BYTES (np.object_ or
    np.bytes_). Destroying the region while such a view lives raises SharedMemoryException."""
    buffer = shm_handle._mpsm_handle.buf
    dtype = np.dtype(datatype)
    if dtype.kind not in "OS":
        # Through a ctypes array holding a buffer export: while the array lives, the mapping cannot
        # be closed under it (numpy keeps no export of its own and would see the mmap unmapped).
        holder = (ctypes.c_char * len(buffer)).from_buffer(buffer)
        return np.ndarray(shape, dtype, buffer=holder, offset=offset)  # type: ignore[arg-type]
    count = int(np.prod(shape))
    items: list[bytes] = []
    pos = offset
    for _ in range(count):
        (size,) = _LENGTH.unpack_from(buffer, pos)
        items.append(bytes(buffer[pos + 4 : pos + 4 + size]))
        pos += 4 + size
    out = np.empty(count, dtype=np.object_)
    out[:] = items
    return out.reshape(shape)


def mapped_shared_memory_regions() -> list[str]:
    """The keys of the regions this process holds handles on (not yet destroyed)."""
    return list(_keys)


def destroy_shared_memory_region(shm_handle: SharedMemoryRegion) -> None:
    """Close the handle; unlink the region when this process created it and this was its last handle.

    Raises SharedMemoryException when the region cannot be closed (an array from
    get_contents_as_numpy still views it) or unlinked.
    """
    try:
        shm_handle._mpsm_handle.close()
    except BufferError as exc:
        raise SharedMemoryException(
            "unable to close the shared memory region: arrays from get_contents_as_numpy still use it"
        ) from exc
    state = _keys.get(shm_handle._shm_key)
    if state is None:
        return
    state.handles -= 1
    if state.handles == 0:
        del _keys[shm_handle._shm_key]
        if state.owner:
            try:
                _unlink(shm_handle._mpsm_handle)
            except OSError as exc:
                raise SharedMemoryException("unable to unlink the shared memory region") from exc
