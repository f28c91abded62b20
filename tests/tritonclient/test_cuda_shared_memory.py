"""utils.cuda_shared_memory: a clear error without CUDA, and the ctypes calls end to end on a
host-memory stand-in for libcudart (compiled here; it implements the runtime calls the module
makes with malloc/memcpy, so the module's own logic runs on a machine without a GPU)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

STANDIN = r"""
#include <stdlib.h>
#include <string.h>
static int current = 0;
int cudaGetDeviceCount(int *n) { *n = 2; return 0; }
int cudaGetDevice(int *d) { *d = current; return 0; }
int cudaSetDevice(int d) { if (d < 0 || d > 1) return 101; current = d; return 0; }
int cudaMalloc(void **p, size_t n) { *p = calloc(1, n); return *p ? 0 : 2; }
int cudaFree(void *p) { free(p); return 0; }
int cudaMemcpy(void *dst, const void *src, size_t n, int kind) {
    if (kind != 4) return 21;
    memcpy(dst, src, n);
    return 0;
}
int cudaIpcGetMemHandle(char *handle, void *p) {
    memset(handle, 0, 64);
    memcpy(handle, &p, sizeof p);
    handle[63] = 7;
    return 0;
}
const char *cudaGetErrorString(int e) { return e == 101 ? "invalid device ordinal" : "some error"; }
"""

SCRIPT = r"""
import base64, sys
import numpy as np
from inference_grpc.tritonclient.utils import serialize_byte_tensor
import inference_grpc.tritonclient.utils.cuda_shared_memory as cudashm

region = cudashm.create_shared_memory_region("out", 64, 1)
assert cudashm.allocated_shared_memory_regions() == [region]
raw = base64.b64decode(cudashm.get_raw_handle(region))
assert len(raw) == 64 and raw[63] == 7
values = np.arange(6, dtype=np.float32).reshape(2, 3)
cudashm.set_shared_memory_region(region, [values, np.array([7, 8], dtype=np.int32)])
assert (cudashm.get_contents_as_numpy(region, np.float32, [2, 3]) == values).all()
text = serialize_byte_tensor(np.array([b"ab", b"", b"xyz"], dtype=object))
cudashm.set_shared_memory_region(region, [text])
assert cudashm.get_contents_as_numpy(region, np.object_, [3]).tolist() == [b"ab", b"", b"xyz"]
try:
    cudashm.set_shared_memory_region(region, [np.zeros(17, np.float32)])
except cudashm.CudaSharedMemoryException as exc:
    print("too big:", exc)
try:
    cudashm.create_shared_memory_region("bad", 8, 5)
except cudashm.CudaSharedMemoryException as exc:
    print("bad device:", exc)
cudashm.destroy_shared_memory_region(region)
assert cudashm.allocated_shared_memory_regions() == []
print("done")
"""


def _run(env: dict[str, str], script: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env={**os.environ, **env})


def test_no_runtime_is_a_clear_exception() -> None:
    done = _run(
        {"INFERENCE_GRPC_CUDART": "/nonexistent/libcudart.so"},
        "import inference_grpc.tritonclient.utils.cuda_shared_memory as c\n"
        "try:\n    c.create_shared_memory_region('r', 16, 0)\n"
        "except c.CudaSharedMemoryException as e:\n    print(e)\n",
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("CUDA shared memory needs the CUDA runtime library (libcudart), and none was found")


def test_a_runtime_without_a_device_is_a_clear_exception() -> None:
    import inference_grpc.tritonclient.utils.cuda_shared_memory as cudashm

    try:
        cudashm.create_shared_memory_region("r", 16, 0)
    except cudashm.CudaSharedMemoryException as exc:
        # This machine kind has CUDA's runtime library but no GPU or driver, or no library at all.
        assert str(exc).startswith(("CUDA is not usable here: ", "CUDA shared memory needs the CUDA runtime")), exc
    else:  # a machine with a GPU
        assert isinstance(cudashm.allocated_shared_memory_regions()[0], cudashm.CudaSharedMemoryRegion)
        cudashm.destroy_shared_memory_region(cudashm.allocated_shared_memory_regions()[0])


@pytest.mark.skipif(shutil.which("cc") is None, reason="needs a C compiler for the stand-in libcudart")
def test_the_calls_on_a_standin_runtime(tmp_path: Path) -> None:
    source = tmp_path / "standin.c"
    source.write_text(STANDIN)
    library = tmp_path / "libcudart_standin.so"
    subprocess.run(["cc", "-shared", "-fPIC", "-o", str(library), str(source)], check=True)
    done = _run({"INFERENCE_GRPC_CUDART": str(library)}, SCRIPT)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "too big: 68 bytes do not fit in the region of 64 bytes",
        "bad device: cudaSetDevice(5) failed: invalid device ordinal",
        "done",
    ]
