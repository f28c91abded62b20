"""Shared memory: tensors that point into a region (and their encoding), and inference_grpc.shared_memory."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest

from inference_grpc import InferInput, InferOutput, InferRequest, InvalidInput, RequestedOutput
from inference_grpc._infer_codec import InferCodec
from inference_grpc.protocol import ModelInferRequest
from inference_grpc.shared_memory import SharedMemoryRegion

SHM = Path("/dev/shm")


def _fp32(name: str, n: int = 16, value: float = 1.0) -> InferInput:
    tensor = InferInput(name, [1, n], "FP32")
    tensor.set_data_from_numpy(np.full((1, n), value, np.float32))
    return tensor


def _in_region(name: str, offset: int = 0) -> InferInput:
    tensor = InferInput(name, [1, 16], "FP32", parameters={"note": "kept"} if name == "KEEP" else None)
    tensor.set_shared_memory("io", 64, offset=offset)
    return tensor


# -- tensors in shared memory ---------------------------------------------------------------------


def test_set_shared_memory_sets_the_parameters_and_drops_the_data() -> None:
    tensor = _fp32("X")
    tensor.set_shared_memory("io", 64, offset=128)
    assert tensor.raw_data is None and tensor.data is None
    expected = {"shared_memory_region": "io", "shared_memory_byte_size": 64, "shared_memory_offset": 128}
    assert tensor.parameters == expected
    tensor.set_shared_memory("other", 64)  # offset 0 is the default: not sent
    assert tensor.parameters == {"shared_memory_region": "other", "shared_memory_byte_size": 64}
    tensor.set_data_from_numpy(np.zeros((1, 16), np.float32))  # back to inline data
    assert tensor.parameters == {} and tensor.raw_data is not None
    output = RequestedOutput("Y", parameters={"classification": 2})
    output.set_shared_memory("io", 32, offset=8)
    assert output.parameters == {
        "classification": 2,
        "shared_memory_region": "io",
        "shared_memory_byte_size": 32,
        "shared_memory_offset": 8,
    }


@pytest.mark.parametrize(
    ("args", "match"),
    [
        (("", 64), "region_name must be a non-empty str"),
        ((b"io", 64), "region_name must be a non-empty str"),
        (("io", 60), "byte_size 60 where shape \\[1, 16\\] of FP32 needs 64"),
        (("io", 64, -1), "offset must be an int from 0"),
        (("io", 64, 1.5), "offset must be an int from 0"),
    ],
)
def test_bad_shared_memory_arguments(args: tuple[object, ...], match: str) -> None:
    tensor = _fp32("X")
    with pytest.raises(InvalidInput, match=match):
        tensor.set_shared_memory(*args)  # type: ignore[arg-type]
    assert tensor.parameters == {} and tensor.raw_data is not None  # left as it was
    with pytest.raises(InvalidInput, match="byte_size must be an int from 1"):
        RequestedOutput("Y").set_shared_memory("io", 0)
    with pytest.raises(InvalidInput, match="byte_size must be an int from 1"):
        InferInput("B", [2], "BYTES").set_shared_memory("io", True)


@pytest.mark.parametrize(
    "inputs",
    [
        lambda: [_in_region("A"), _fp32("B", value=2.0), _in_region("C", 64), _fp32("D", value=3.0)],
        lambda: [_in_region("A"), _in_region("B", 64)],
        lambda: [_in_region("A"), InferInput("T", [2], "INT32", data=[1, 2])],  # typed stays typed
        lambda: [InferInput("T", [2], "INT32", data=[1, 2]), _fp32("R"), _in_region("A")],  # typed goes raw
        lambda: [_in_region("KEEP")],  # other parameters: the long way
    ],
)
def test_requests_with_tensors_in_shared_memory_encode_as_the_generated_encoder(inputs: object) -> None:
    codec = InferCodec()
    for round_ in range(3):  # the first builds the cached header, the others use it
        tensors = inputs()  # type: ignore[operator]
        outputs = [RequestedOutput("O1"), RequestedOutput("O2")]
        outputs[0].set_shared_memory("io", 64, offset=256)
        request = InferRequest("m", tensors, request_id=f"r{round_}", request_outputs=outputs)
        encoded = codec.encode(request)
        assert encoded == bytes(request.to_grpc())
    message = ModelInferRequest.parse(encoded)
    inline = [t for t in tensors if t.raw_data is not None or t.data is not None]
    in_region = [t.name for t in tensors if t.raw_data is None and t.data is None]
    # Only the inputs that are not in a region have contents, in order (as Triton reads them).
    typed = any(t.contents is not None for t in message.inputs)
    assert len(message.raw_input_contents) == (0 if typed else len(inline))
    for t in message.inputs:
        if t.name in in_region:
            assert t.parameters["shared_memory_region"].string_param == "io" and t.contents is None
    assert message.outputs[0].parameters["shared_memory_offset"].int64_param == 256
    assert message.outputs[1].parameters == {}
    if not typed:
        for tensor, raw in zip(inline, message.raw_input_contents, strict=True):
            expected = tensor.as_numpy().astype(tensor.as_numpy().dtype.newbyteorder("<")).tobytes()
            assert bytes(raw) == expected, tensor.name


def test_an_output_in_shared_memory_says_where_to_read_it() -> None:
    where = {"shared_memory_region": "io", "shared_memory_byte_size": 64}
    described = InferOutput("Y", [1, 16], "FP32", parameters=where)
    with pytest.raises(InvalidInput, match="in shared-memory region 'io' \\(64 bytes at offset 0\\)"):
        described.as_numpy()
    empty = InferOutput("Z", [1, 16], "FP32")
    empty._raw = b""  # what Triton sends for an output it wrote into a region
    with pytest.raises(InvalidInput, match="requested into shared memory has none"):
        empty.as_numpy()


# -- inference_grpc.shared_memory -----------------------------------------------------------------


def test_create_write_view_attach_and_unlink() -> None:
    with SharedMemoryRegion.create(256) as region:
        assert region.key.startswith("/") and region.byte_size == 256 and region.owner
        assert (SHM / region.key[1:]).exists()
        a = np.arange(16, dtype=np.float32)
        assert region.write(a) == 64
        assert region.write(a.astype(">f4"), offset=64, datatype="FP32") == 64  # byte order converted
        view = region.as_numpy([16], "FP32")
        np.testing.assert_array_equal(view, a)
        np.testing.assert_array_equal(region.as_numpy([4, 4], np.float32, offset=64), a.reshape(4, 4))
        other = SharedMemoryRegion.attach(region.key.lstrip("/"))  # the key with or without '/'
        seen = other.as_numpy([16], "FP32")
        seen[0] = 42.0  # views are the memory itself, not copies
        assert view[0] == 42.0 and region.buffer[0:4].tobytes() == np.float32(42).tobytes()
        assert not other.owner
        other.close()
        other.close()  # idempotent
        assert other.closed
        with pytest.raises(InvalidInput, match="is closed"):
            other.as_numpy([1], "FP32")
        key = region.key
    assert not (SHM / key[1:]).exists()  # the with block of the creator removes it
    with pytest.raises(InvalidInput, match="no shared-memory object"):
        SharedMemoryRegion.attach(key)


def test_close_with_live_views_keeps_their_memory() -> None:
    region = SharedMemoryRegion.create(64)
    try:
        view = region.as_numpy([16], "INT32")
        view[:] = 7
        region.close()
        assert region.closed and view.sum() == 7 * 16  # still mapped, through the view
        del view
    finally:
        again = SharedMemoryRegion.attach(region.key)
        again.unlink()
        again.close()


@pytest.mark.parametrize(
    ("call", "match"),
    [
        (lambda r: r.as_numpy([17], "FP32"), "of 64 bytes is too small for 68 bytes at offset 0"),
        (lambda r: r.as_numpy([4], "FP32", offset=50), "too small for 16 bytes at offset 50"),
        (lambda r: r.as_numpy([4], "FP32", offset=-1), "offset must be an int from 0"),
        (lambda r: r.as_numpy([4], "BYTES"), "'BYTES' has no fixed-size array layout"),
        (lambda r: r.as_numpy([4], "NOPE"), "'NOPE' has no fixed-size array layout"),
        (lambda r: r.as_numpy([4], object), "has no fixed-size array layout"),
        (lambda r: r.as_numpy([-1], "FP32"), "negative dimension"),
        (lambda r: r.write(np.zeros(4, np.float64), datatype="FP32"), "dtype float64 where datatype 'FP32' needs"),
        (lambda r: r.write(np.array(["a"])), "fixed-size numbers or bools"),
        (lambda r: r.write([1, 2]), "takes a numpy array, got list"),
        (lambda r: r.write(np.zeros(20, np.float32)), "too small for 80 bytes"),
    ],
)
def test_region_errors_are_invalid_input(call: object, match: str) -> None:
    with SharedMemoryRegion.create(64) as region, pytest.raises(InvalidInput, match=match):
        call(region)  # type: ignore[operator]


def test_create_and_attach_errors() -> None:
    with SharedMemoryRegion.create(8) as region, pytest.raises(InvalidInput, match="exists already"):
        SharedMemoryRegion.create(8, key=region.key)
    for key in ("", "/", "a/b", "/a/b", 5):
        with pytest.raises(InvalidInput, match="shared-memory key"):
            SharedMemoryRegion.attach(key)  # type: ignore[arg-type]
    for size in (0, -1, True, 1.5):
        with pytest.raises(InvalidInput, match="byte_size must be a positive int"):
            SharedMemoryRegion.create(size)  # type: ignore[arg-type]


def _python(code: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONWARNINGS": "always"}
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, timeout=60, env=env
    )


def test_no_warnings_at_exit_and_regions_made_here_are_removed() -> None:
    # A region created and left behind is removed at exit, silently.
    made = _python("""
        from inference_grpc.shared_memory import SharedMemoryRegion
        region = SharedMemoryRegion.create(64)
        view = region.as_numpy([16], "FP32")
        print(region.key)
    """)
    assert made.returncode == 0 and made.stderr == "", made.stderr
    assert not (SHM / made.stdout.strip()[1:]).exists()
    # A region of another process, attached, written and left open at exit: not removed, no warning.
    with SharedMemoryRegion.create(64) as region:
        child = _python(f"""
            import numpy as np
            from inference_grpc.shared_memory import SharedMemoryRegion
            a = SharedMemoryRegion.attach({region.key!r})
            a.write(np.arange(16, dtype=np.int32))
            b = SharedMemoryRegion.attach({region.key!r})  # twice in one process
            b.close()
            view = a.as_numpy([16], "INT32")
        """)
        assert child.returncode == 0 and child.stderr == "", child.stderr
        assert (SHM / region.key[1:]).exists()
        np.testing.assert_array_equal(region.as_numpy([16], "INT32"), np.arange(16))
        # Attached and removed by another process: the creator's with block then has nothing to do.
        remover = _python(f"""
            from inference_grpc.shared_memory import SharedMemoryRegion
            r = SharedMemoryRegion.attach({region.key!r})
            r.unlink()
        """)
        assert remover.returncode == 0 and remover.stderr == "", remover.stderr
        assert not (SHM / region.key[1:]).exists()
    # Created and attached in one process (a client and an embedded server, say), unlinked by either.
    both = _python("""
        from inference_grpc.shared_memory import SharedMemoryRegion
        mine = SharedMemoryRegion.create(64)
        theirs = SharedMemoryRegion.attach(mine.key)
        theirs.unlink()
        theirs.close()
        mine.close()
        print(mine.key)
    """)
    assert both.returncode == 0 and both.stderr == "", both.stderr
    assert not (SHM / both.stdout.strip()[1:]).exists()
