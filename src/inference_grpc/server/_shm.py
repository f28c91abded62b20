"""System shared-memory regions registered with the server, mapped by key with multiprocessing.shared_memory.

A client creates a POSIX shared-memory object (key "/name"), registers a region of it (name,
key, offset, byte size) and then points inputs and requested outputs at that region instead of
sending tensor bytes. The server maps each registered object once and never creates or unlinks
one: on Python < 3.13 mapping an existing object also registers it with multiprocessing's
resource tracker, which would unlink it (and warn about a "leak") when the server exits, so the
mapping is unregistered from the tracker at once; Python 3.13+ is asked not to track it.
"""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass
from multiprocessing import resource_tracker, shared_memory

import grpc

from ._status import StatusError

__all__ = ["Region", "SharedMemoryRegions"]

logger = logging.getLogger("inference_grpc.server")


def _attach(key: str) -> shared_memory.SharedMemory:
    """Map the existing POSIX shared-memory object `key` without the tracker ever unlinking it."""
    name = key.lstrip("/")
    if sys.version_info >= (3, 13):
        return shared_memory.SharedMemory(name, create=False, track=False)  # type: ignore[call-arg]
    segment = shared_memory.SharedMemory(name, create=False)
    resource_tracker.unregister("/" + segment.name.lstrip("/"), "shared_memory")
    return segment


@dataclass
class Region:
    """A registered region: `byte_size` bytes at `offset` of the object named `key`."""

    name: str
    key: str
    offset: int
    byte_size: int
    segment: shared_memory.SharedMemory

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
            segment = _attach(key)
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
        buf = region.segment.buf
        assert buf is not None  # a registered region is mapped until unregistered
        start = region.offset + offset
        return buf[start : start + byte_size]

    def close(self) -> None:
        self.unregister()

    def _get(self, name: str) -> Region:
        region = self._regions.get(name)
        if region is None:
            raise StatusError(grpc.StatusCode.NOT_FOUND, f"unknown shared-memory region {name!r}")
        return region
