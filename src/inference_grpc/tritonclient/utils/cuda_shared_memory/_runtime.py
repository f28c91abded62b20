"""The few CUDA runtime calls CUDA shared memory needs, through ctypes on libcudart.

libcudart is looked up when first needed: `INFERENCE_GRPC_CUDART` (a path: only that one), else
the names the CUDA toolkits install (libcudart.so, .so.13/.12/.11.0) on the loader's path, then
ctypes.util.find_library. Not found, or found but without a usable device (no driver, no GPU):
CudaSharedMemoryException saying which.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["CudaRuntime", "CudaSharedMemoryException", "runtime"]

_NAMES = ("libcudart.so", "libcudart.so.13", "libcudart.so.12", "libcudart.so.11.0")
_IPC_HANDLE_SIZE = 64  # sizeof(cudaIpcMemHandle_t)
_MEMCPY_DEFAULT = 4  # cudaMemcpyDefault: the direction follows from unified addressing


class CudaSharedMemoryException(Exception):  # noqa: N818 - tritonclient's name
    """A CUDA shared memory operation failed, or no CUDA runtime is available."""

    def __init__(self, msg: str) -> None:
        super().__init__(msg)
        self._msg = msg

    def __str__(self) -> str:
        return self._msg


class CudaRuntime:
    """libcudart's calls, each raising CudaSharedMemoryException with CUDA's error string."""

    def __init__(self, library: ctypes.CDLL) -> None:
        self._lib = library
        library.cudaGetErrorString.restype = ctypes.c_char_p
        library.cudaGetErrorString.argtypes = [ctypes.c_int]
        library.cudaMemcpy.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int]
        library.cudaMalloc.argtypes = [ctypes.POINTER(ctypes.c_void_p), ctypes.c_size_t]
        library.cudaFree.argtypes = [ctypes.c_void_p]
        library.cudaIpcGetMemHandle.argtypes = [ctypes.c_char_p, ctypes.c_void_p]

    def _check(self, status: int, what: str) -> None:
        if status != 0:
            text = self._lib.cudaGetErrorString(status)
            reason = text.decode("utf-8", "replace") if text else f"error {status}"
            raise CudaSharedMemoryException(f"{what} failed: {reason}")

    def device_count(self) -> int:
        count = ctypes.c_int()
        self._check(self._lib.cudaGetDeviceCount(ctypes.byref(count)), "cudaGetDeviceCount")
        return count.value

    def get_device(self) -> int:
        device = ctypes.c_int()
        self._check(self._lib.cudaGetDevice(ctypes.byref(device)), "cudaGetDevice")
        return device.value

    def set_device(self, device_id: int) -> None:
        self._check(self._lib.cudaSetDevice(ctypes.c_int(device_id)), f"cudaSetDevice({device_id})")

    @contextmanager
    def on_device(self, device_id: int) -> Iterator[None]:
        """Make `device_id` current for the block, then restore the device that was."""
        before = self.get_device()
        self.set_device(device_id)
        try:
            yield
        finally:
            if before != device_id:
                self.set_device(before)

    def malloc(self, byte_size: int) -> int:
        pointer = ctypes.c_void_p()
        self._check(self._lib.cudaMalloc(ctypes.byref(pointer), byte_size), f"cudaMalloc({byte_size})")
        return pointer.value or 0

    def free(self, address: int) -> None:
        self._check(self._lib.cudaFree(ctypes.c_void_p(address)), "cudaFree")

    def ipc_handle(self, address: int) -> bytes:
        handle = ctypes.create_string_buffer(_IPC_HANDLE_SIZE)
        self._check(self._lib.cudaIpcGetMemHandle(handle, ctypes.c_void_p(address)), "cudaIpcGetMemHandle")
        return handle.raw

    def copy(self, destination: int, source: int, byte_size: int) -> None:
        status = self._lib.cudaMemcpy(ctypes.c_void_p(destination), ctypes.c_void_p(source), byte_size, _MEMCPY_DEFAULT)
        self._check(status, "cudaMemcpy")


_loaded: CudaRuntime | None = None


def _candidates() -> list[str]:
    explicit = os.environ.get("INFERENCE_GRPC_CUDART")
    if explicit:
        return [explicit]
    found = ctypes.util.find_library("cudart")
    return [*_NAMES, *([found] if found else [])]


def runtime() -> CudaRuntime:
    """The CUDA runtime, loaded on first use; CudaSharedMemoryException when there is none."""
    global _loaded
    if _loaded is None:
        tried = _candidates()
        for name in tried:
            try:
                library = ctypes.CDLL(name)
            except OSError:
                continue
            cuda = CudaRuntime(library)
            try:
                count = cuda.device_count()
            except CudaSharedMemoryException as exc:
                raise CudaSharedMemoryException(f"CUDA is not usable here: {name} was found, but {exc}") from None
            if count == 0:
                raise CudaSharedMemoryException(f"CUDA is not usable here: {name} was found, but sees no GPU")
            _loaded = cuda
            break
        else:
            raise CudaSharedMemoryException(
                "CUDA shared memory needs the CUDA runtime library (libcudart), and none was found "
                f"(tried {', '.join(tried)}; set INFERENCE_GRPC_CUDART to its path)"
            )
    return _loaded
