"""System shared-memory regions registered with the server, mapped by key with multiprocessing.shared_memory.

A client creates a POSIX shared-memory object (key "/name"), registers a region of it (name,
key, offset, byte size) and then points inputs and requested outputs at that region instead of
sending tensor bytes. The server maps each registered object and never creates or unlinks one,
so multiprocessing's resource tracker must not learn of its mappings (it would unlink the
client's object when the server exits, and warn of a "leak"):

- Python 3.13+: `SharedMemory(key, track=False)`.
- Python < 3.13 on Linux: `SharedMemory` always registers what it maps with the tracker, whose
  registry is one set per process; unregistering it again would also drop the registration of
  a creator in the same process (a test, or a client beside an embedded server), and the tracker
  would print a KeyError when that creator unlinks. So there the server maps the object's file
  in /dev/shm itself, which is what shm_open() opens on Linux.
- Python < 3.13 elsewhere: `SharedMemory`, unregistered from the tracker at once.
"""

from __future__ import annotations

import logging
import mmap
import os
import sys
from dataclasses import dataclass
from multiprocessing import resource_tracker, shared_memory

import grpc

from ._status import StatusError

__all__ = ["Region", "SharedMemoryRegions"]

logger = logging.getLogger("inference_grpc.server")


_DEV_SHM = "/dev/shm"


class _Mapping:
    """A mapped shared-memory object: its bytes (`buf`) and size, unmapped by `close()`."""

    def __init__(self, key: str) -> None:
        name = key.lstrip("/")
        self._segment: shared_memory.SharedMemory | None = None
        self._map: mmap.mmap | None = None
        if sys.version_info >= (3, 13):
            self._segment = shared_memory.SharedMemory(name, create=False, track=False)  # type: ignore[call-arg]
        elif sys.platform.startswith("linux") and os.path.isdir(_DEV_SHM):
            if "/" in name:
                raise ValueError(f"a shared-memory key holds no '/' after the first: {key!r}")
            fd = os.open(os.path.join(_DEV_SHM, name), os.O_RDWR)
            try:
                self._map = mmap.mmap(fd, os.fstat(fd).st_size)
            finally:
                os.close(fd)
        else:  # pragma: no cover - not Linux and Python < 3.13
            self._segment = shared_memory.SharedMemory(name, create=False)
            resource_tracker.unregister("/" + self._segment.name.lstrip("/"), "shared_memory")
        view = memoryview(self._map) if self._map is not None else self._segment.buf  # type: ignore[union-attr]
        assert view is not None
        self.buf: memoryview = view
        self.size = view.nbytes

    def close(self) -> None:
        """Unmap (BufferError while an array still views the bytes)."""
        self.buf.release()
        if self._map is not None:
            self._map.close()
        if self._segment is not None:
            self._segment.close()


@dataclass
class Region:
    """A registered region: `byte_size` bytes at `offset` of the object named `key`."""

    name: str
    key: str
    offset: int
    byte_size: int
    segment: _Mapping

    def close(self) -> None:
        try:
            self.segment.close()
        except BufferError:  # a model still holds an array viewing the region: the GC unmaps it later
            logger.debug("shared-memory region %r is still viewed; unmapped when released", self.name)


class SharedMemoryRegions:
    """The regions registered with one server, by name."""

    def __init__(self) -> None:
        self._regions: dict[str, Region] = {}

    def register(self, name: str, key: str, offset: int, byte_size: int) -> None:
        """Map `key` and register its [offset, offset + byte_size) as region `name`."""
        if not name:
            raise StatusError(grpc.StatusCode.INVALID_ARGUMENT, "a shared-memory region needs a name")
        if name in self._regions:
            raise StatusError(grpc.StatusCode.ALREADY_EXISTS, f"shared-memory region {name!r} is already registered")
        if not key.lstrip("/"):
            raise StatusError(grpc.StatusCode.INVALID_ARGUMENT, f"shared-memory region {name!r} needs a key")
        try:
            segment = _Mapping(key)
        except (OSError, ValueError) as exc:
            detail = getattr(exc, "strerror", None) or exc
            raise StatusError(
                grpc.StatusCode.INVALID_ARGUMENT,
                f"cannot open shared-memory object {key!r} for region {name!r}: {detail}",
            ) from None
        if offset + byte_size > segment.size:
            segment.close()
            raise StatusError(
                grpc.StatusCode.INVALID_ARGUMENT,
                f"shared-memory region {name!r}: offset {offset} + byte size {byte_size} exceeds "
                f"the {segment.size} bytes of object {key!r}",
            )
        self._regions[name] = Region(name, key, offset, byte_size, segment)
        logger.info("registered shared-memory region %r (%s, %d bytes at %d)", name, key, byte_size, offset)

    def unregister(self, name: str = "") -> None:
        """Forget region `name`, or every region when `name` is empty (unknown names are no error)."""
        names = [name] if name else list(self._regions)
        for each in names:
            region = self._regions.pop(each, None)
            if region is not None:
                region.close()

    def status(self, name: str = "") -> list[Region]:
        """Region `name` (NOT_FOUND when unknown), or every region when `name` is empty."""
        if not name:
            return list(self._regions.values())
        return [self._get(name)]

    def view(self, name: str, offset: int, byte_size: int, what: str) -> memoryview:
        """`byte_size` bytes at `offset` within region `name`, for `what` (a tensor, for errors)."""
        region = self._get(name)
        if offset < 0 or byte_size < 0 or offset + byte_size > region.byte_size:
            raise StatusError(
                grpc.StatusCode.INVALID_ARGUMENT,
                f"{what}: offset {offset} + byte size {byte_size} is outside shared-memory region "
                f"{name!r} ({region.byte_size} bytes)",
            )
        start = region.offset + offset
        return region.segment.buf[start : start + byte_size]

    def close(self) -> None:
        self.unregister()

    def _get(self, name: str) -> Region:
        region = self._regions.get(name)
        if region is None:
            raise StatusError(grpc.StatusCode.NOT_FOUND, f"unknown shared-memory region {name!r}")
        return region
