"""tritonclient's `utils.cuda_shared_memory`: CUDA memory regions to register with Triton's CUDA
shared-memory extension, through the CUDA runtime library (libcudart, loaded with ctypes when
first needed; no Python CUDA package).

Where no CUDA runtime is found, every function that needs the GPU raises CudaSharedMemoryException
saying so; importing this module never fails for lack of one.
"""

from __future__ import annotations

import base64
import ctypes
import struct
from collections.abc import Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

from ._runtime import CudaRuntime, CudaSharedMemoryException, runtime

__all__ = [
    "CudaSharedMemoryException",
    "CudaSharedMemoryRegion",
    "allocated_shared_memory_regions",
    "create_shared_memory_region",
    "destroy_shared_memory_region",
    "get_contents_as_numpy",
    "get_raw_handle",
    "set_shared_memory_region",
]

_LENGTH = struct.Struct("<I")


class CudaSharedMemoryRegion:
    """A device allocation of `byte_size` bytes on GPU `device_id`, with its CUDA IPC handle,
    to be registered with Triton under `triton_shm_name`. Freed by destroy_shared_memory_region."""

    def __init__(
        self, triton_shm_name: str, cuda_shm_handle: bytes, base_addr: int, byte_size: int, device_id: int
    ) -> None:
        self._triton_shm_name = triton_shm_name
        self._cuda_shm_handle = cuda_shm_handle  # the raw cudaIpcMemHandle_t bytes
        self._base_addr = base_addr
        self._byte_size = byte_size
        self._device_id = device_id
        self._freed = False

    def __repr__(self) -> str:
        return (
            f"CudaSharedMemoryRegion(triton_shm_name={self._triton_shm_name!r}, "
            f"byte_size={self._byte_size}, device_id={self._device_id})"
        )


_allocated: list[CudaSharedMemoryRegion] = []


def create_shared_memory_region(triton_shm_name: str, byte_size: int, device_id: int) -> CudaSharedMemoryRegion:
    """Allocate `byte_size` bytes on GPU `device_id` and return the region's handle."""
    cuda = runtime()
    with cuda.on_device(device_id):
        address = cuda.malloc(byte_size)
        try:
            handle = cuda.ipc_handle(address)
        except CudaSharedMemoryException:
            cuda.free(address)
            raise
    region = CudaSharedMemoryRegion(triton_shm_name, handle, address, byte_size, device_id)
    _allocated.append(region)
    return region


def get_raw_handle(cuda_shm_handle: CudaSharedMemoryRegion) -> bytes:
    """The region's CUDA IPC handle, base64-encoded (what register_cuda_shared_memory takes)."""
    return base64.b64encode(cuda_shm_handle._cuda_shm_handle)


def _host_bytes(value: npt.NDArray[Any]) -> bytes | npt.NDArray[Any]:
    if value.dtype == np.object_:  # a serialized BYTES tensor (serialize_byte_tensor's result)
        item = value.item()
        if not isinstance(item, bytes):
            raise CudaSharedMemoryException("an object array must hold one serialized bytes tensor")
        return item
    return np.ascontiguousarray(value)


def set_shared_memory_region(cuda_shm_handle: CudaSharedMemoryRegion, input_values: Sequence[npt.NDArray[Any]]) -> None:
    """Copy the arrays, one after the other, to the start of the region."""
    if not isinstance(input_values, (list, tuple)):
        raise CudaSharedMemoryException("input_values must be specified as a list/tuple of numpy arrays")
    if not all(isinstance(v, np.ndarray) for v in input_values):
        raise CudaSharedMemoryException("input_values must be specified as a list/tuple of numpy arrays")
    cuda = runtime()
    chunks = [_host_bytes(v) for v in input_values]
    total = sum(len(c) if isinstance(c, bytes) else c.nbytes for c in chunks)
    if total > cuda_shm_handle._byte_size:
        raise CudaSharedMemoryException(f"{total} bytes do not fit in the region of {cuda_shm_handle._byte_size} bytes")
    offset = 0
    with cuda.on_device(cuda_shm_handle._device_id):
        for chunk in chunks:
            if isinstance(chunk, bytes):
                size, source = len(chunk), ctypes.c_char_p(chunk)
                cuda.copy(cuda_shm_handle._base_addr + offset, ctypes.cast(source, ctypes.c_void_p).value or 0, size)
            else:
                size = chunk.nbytes
                cuda.copy(cuda_shm_handle._base_addr + offset, chunk.ctypes.data, size)
            offset += size


def get_contents_as_numpy(
    cuda_shm_handle: CudaSharedMemoryRegion, datatype: Any, shape: Sequence[int]
) -> npt.NDArray[Any]:
    """A host copy of the region's contents as an array of `datatype` and `shape` (an object
    array of bytes for BYTES, np.object_ or np.bytes_)."""
    cuda = runtime()
    host = ctypes.create_string_buffer(cuda_shm_handle._byte_size)
    with cuda.on_device(cuda_shm_handle._device_id):
        cuda.copy(ctypes.addressof(host), cuda_shm_handle._base_addr, cuda_shm_handle._byte_size)
    data = host.raw
    dtype = np.dtype(datatype)
    count = int(np.prod(shape))
    if dtype.kind not in "OS":
        if count * dtype.itemsize > len(data):
            raise CudaSharedMemoryException(
                "The size of the shared memory region is insufficient to provide numpy array with requested size"
            )
        return np.frombuffer(data, dtype=dtype, count=count).reshape(shape).copy()
    items: list[bytes] = []
    pos = 0
    for _ in range(count):
        (size,) = _LENGTH.unpack_from(data, pos)
        items.append(data[pos + 4 : pos + 4 + size])
        pos += 4 + size
    out = np.empty(count, dtype=np.object_)
    out[:] = items
    return out.reshape(shape)


def allocated_shared_memory_regions() -> list[CudaSharedMemoryRegion]:
    """The regions created here and not yet destroyed."""
    return _allocated


def destroy_shared_memory_region(cuda_shm_handle: CudaSharedMemoryRegion) -> None:
    """Free the region's device memory and forget it."""
    if cuda_shm_handle in _allocated:
        _allocated.remove(cuda_shm_handle)
    if cuda_shm_handle._freed:
        return
    cuda: CudaRuntime = runtime()
    with cuda.on_device(cuda_shm_handle._device_id):
        cuda.free(cuda_shm_handle._base_addr)
    cuda_shm_handle._freed = True
