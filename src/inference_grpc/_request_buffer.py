"""RequestBuffer: a large request's bytes, written in place call after call instead of allocated anew.

gRPC takes a request only as an exact `bytes` object (grpcio's Cython checks the type; a
bytearray, memoryview or bytes subclass is refused), copies it into its own slice when the call
starts and holds the object until the call ends. So a large request costs a fresh allocation per
call on top of the copy of the tensor into it, and with glibc's allocator that allocation is often
worse than a copy: the request, gRPC's copy and the response are all live at the end of a call,
their release leaves more free memory at the top of the heap than glibc's trim threshold (twice
the dynamic mmap threshold, 32 MiB after a 16 MiB block was freed), glibc hands it back to the
OS, and the next call faults every page in again (three 16 MiB blocks: ~12,000 minor page
faults, more than the whole raw gRPC call costs in CPU). A raw gRPC call of prebuilt bytes never
pays this: its request is allocated once.

So a client keeps its last large request's bytes and, on CPython with the GIL, writes the next
request of the same size into them, provided nothing but the buffer refers to them any more
(gRPC released them, no concurrent call holds them). A bytes object no one else can see may be
filled in place, as CPython itself does when it builds one (and as `s += t` extends a string
that only one name holds). The memory of one request per client stays allocated between calls,
as the prebuilt request of a raw call does; `release()` (called by the client's close()) drops it.
Elsewhere (another interpreter, a free-threaded build, a layout this module does not recognise)
every request is joined afresh.
"""

from __future__ import annotations

import ctypes
import sys
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:  # annotations only: numpy.typing's import costs ~1 ms of a cold start
    import numpy.typing as npt

__all__ = ["RequestBuffer"]

_DATA_OFFSET = bytes.__basicsize__ - 1  # where a bytes object's contents start (CPython)
_HASH_OFFSET = _DATA_OFFSET - ctypes.sizeof(ctypes.c_ssize_t)  # its cached hash (-1: not computed)


def _refs(entry: tuple[bytes, Any]) -> int:
    """References to entry[0], counted the same way for the probe below and for every reuse."""
    return sys.getrefcount(entry[0])


def _layout_ok() -> bool:
    """Whether bytes objects are laid out as this module assumes (checked once, on a probe)."""
    if sys.implementation.name != "cpython":
        return False
    import sysconfig  # here, not at import: only the first large request needs it

    if sysconfig.get_config_var("Py_GIL_DISABLED"):
        return False
    probe = bytes(range(64))
    try:
        at = id(probe)
        data = ctypes.string_at(at + _DATA_OFFSET, len(probe))
        cached = ctypes.c_ssize_t.from_address(at + _HASH_OFFSET)
        before = cached.value
        hashed = hash(probe)
        return data == probe and before == -1 and cached.value == hashed
    except Exception:  # pragma: no cover - any surprise disables reuse
        return False


_reusable: bool | None = None  # _layout_ok(), once it is known
# What _refs() counts for a bytes object that only its entry holds (a baseline measured on a probe,
# so it follows the interpreter's way of counting).
_SOLE = _refs((bytes(64), None))


def _writable(data: bytes) -> npt.NDArray[np.uint8]:
    """A writable uint8 view of `data`'s contents; `data` must outlive it (the caller keeps both)."""
    contents = (ctypes.c_char * len(data)).from_address(id(data) + _DATA_OFFSET)
    return np.frombuffer(memoryview(contents).cast("B"), np.uint8)


def _fill(view: npt.NDArray[np.uint8], parts: list[Any]) -> None:
    pos = 0
    for part in parts:
        size = len(part) if part.__class__ is bytes else part.nbytes
        if size:
            view[pos : pos + size] = np.frombuffer(part, np.uint8)
            pos += size
    if pos != len(view):
        raise AssertionError(f"a request of {pos} bytes filled a buffer of {len(view)}")


class RequestBuffer:
    """The last large request's bytes, to write the next one of the same size into (see above)."""

    MIN_SIZE = 1 << 20  # smaller requests are joined afresh: their allocation is cheap
    MAX_SIZE = 1 << 30  # larger ones too: not worth keeping idle

    def __init__(self) -> None:
        # [(bytes, writable view of them)]: the last large request, or [].
        self._slot: list[tuple[bytes, npt.NDArray[np.uint8]]] = []

    def join(self, parts: list[Any], total: int) -> bytes:
        """`b"".join(parts)` (`total` bytes), written into the kept bytes when they have that size
        and no one else holds them."""
        global _reusable
        if _reusable is None:
            _reusable = _layout_ok()
        if not _reusable or total > self.MAX_SIZE:
            return b"".join(parts)
        slot = self._slot
        try:
            entry = slot.pop()  # atomic: no other thread can take the same buffer
        except IndexError:
            entry = None
        if entry is not None and len(entry[0]) == total and _refs(entry) == _SOLE:
            data: bytes = entry[0]
            _fill(entry[1], parts)
            ctypes.c_ssize_t.from_address(id(data) + _HASH_OFFSET).value = -1  # contents changed
        else:  # none yet, another size, or still held (by gRPC, by a call in flight): a new one
            data = b"".join(parts)
            entry = (data, _writable(data))
        slot[:] = [entry]  # one kept buffer at most
        return data

    def release(self) -> None:
        """Drop the kept bytes (the next large request allocates new ones)."""
        self._slot.clear()
