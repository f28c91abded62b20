"""System shared memory on the embedded server: register/status/unregister, inputs read from and
outputs written into registered regions, errors, and segments the server never unlinks."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import uuid
from collections.abc import Iterator
from multiprocessing import shared_memory
from typing import Any

import grpc
import numpy as np
import pytest

from inference_grpc import InferInput, InferRequest, InferResponse
from inference_grpc import protocol as kp
from inference_grpc import triton_protocol as tp
from inference_grpc.server import serve_in_thread

from .triton_models import triton_registry


@pytest.fixture(scope="module")
def url() -> Iterator[str]:
    with serve_in_thread(triton_registry()) as address:
        yield address


@pytest.fixture
def stub(url: str) -> Iterator[tp.GRPCInferenceServiceSyncStub]:
    with grpc.insecure_channel(url) as channel:
        yield tp.GRPCInferenceServiceSyncStub(channel)


@pytest.fixture
def segment() -> Iterator[shared_memory.SharedMemory]:
    shm = shared_memory.SharedMemory(f"igrpc_test_{uuid.uuid4().hex[:12]}", create=True, size=512)
    yield shm
    shm.close()
    shm.unlink()


def status_of(call: Any) -> tuple[grpc.StatusCode, str]:
    with pytest.raises(grpc.RpcError) as caught:
        call()
    return caught.value.code(), caught.value.details() or ""


def register(stub: tp.GRPCInferenceServiceSyncStub, name: str, key: str, byte_size: int, offset: int = 0) -> None:
    stub.system_shared_memory_register(
        tp.SystemSharedMemoryRegisterRequest(name=name, key=key, offset=offset, byte_size=byte_size)
    )


def shm_parameters(region: str, size: int | None, offset: int = 0) -> dict[str, tp.InferParameter]:
    params = {"shared_memory_region": tp.InferParameter(string_param=region)}
    if size is not None:
        params["shared_memory_byte_size"] = tp.InferParameter(int64_param=size)
    if offset:
        params["shared_memory_offset"] = tp.InferParameter(int64_param=offset)
    return params


def shm_input(name: str, region: str, size: int | None, offset: int = 0) -> tp.ModelInferRequestInferInputTensor:
    """An INT32 [1, 16] input whose bytes are in a region (what a Triton client sends: no contents)."""
    return tp.ModelInferRequestInferInputTensor(
        name=name, datatype="INT32", shape=[1, 16], parameters=shm_parameters(region, size, offset)
    )


def shm_output(name: str, region: str, size: int, offset: int = 0) -> tp.ModelInferRequestInferRequestedOutputTensor:
    return tp.ModelInferRequestInferRequestedOutputTensor(name=name, parameters=shm_parameters(region, size, offset))


def simple(
    inputs: list[tp.ModelInferRequestInferInputTensor | InferInput],
    outputs: list[tp.ModelInferRequestInferRequestedOutputTensor] | None = None,
) -> tp.ModelInferRequest:
    """A request for `simple`: inputs in shared memory as given, InferInputs inline (raw)."""
    tensors, raws = [], []
    for item in inputs:
        if isinstance(item, InferInput):
            inline = tp.ModelInferRequest.parse(bytes(InferRequest("simple", [item]).to_grpc()))
            tensors.append(inline.inputs[0])
            raws.extend(inline.raw_input_contents)
        else:
            tensors.append(item)
    return tp.ModelInferRequest(model_name="simple", inputs=tensors, outputs=outputs or [], raw_input_contents=raws)


def reply(stub: tp.GRPCInferenceServiceSyncStub, message: tp.ModelInferRequest) -> InferResponse:
    return InferResponse.from_grpc(kp.ModelInferResponse.parse(bytes(stub.model_infer(message))))


def test_register_status_unregister(stub: tp.GRPCInferenceServiceSyncStub, segment: shared_memory.SharedMemory) -> None:
    key = "/" + segment.name
    register(stub, "a", key, 128)
    register(stub, "b", key, 64, offset=256)
    status = stub.system_shared_memory_status(tp.SystemSharedMemoryStatusRequest()).regions
    assert {n: (r.key, r.offset, r.byte_size) for n, r in status.items()} == {"a": (key, 0, 128), "b": (key, 256, 64)}
    one = stub.system_shared_memory_status(tp.SystemSharedMemoryStatusRequest(name="b")).regions
    assert list(one) == ["b"]
    code, _ = status_of(lambda: register(stub, "a", key, 8))
    assert code == grpc.StatusCode.ALREADY_EXISTS
    stub.system_shared_memory_unregister(tp.SystemSharedMemoryUnregisterRequest(name="a"))
    code, details = status_of(lambda: stub.system_shared_memory_status(tp.SystemSharedMemoryStatusRequest(name="a")))
    assert code == grpc.StatusCode.NOT_FOUND and "'a'" in details
    stub.system_shared_memory_unregister(tp.SystemSharedMemoryUnregisterRequest(name="never"))  # no error, as Triton
    stub.system_shared_memory_unregister(tp.SystemSharedMemoryUnregisterRequest())  # all
    assert not stub.system_shared_memory_status(tp.SystemSharedMemoryStatusRequest()).regions


def test_register_errors(stub: tp.GRPCInferenceServiceSyncStub, segment: shared_memory.SharedMemory) -> None:
    code, details = status_of(lambda: register(stub, "x", "/igrpc_no_such_segment", 64))
    assert code == grpc.StatusCode.INVALID_ARGUMENT and "cannot open shared-memory object" in details
    code, details = status_of(lambda: register(stub, "x", "/" + segment.name, 100, offset=500))
    assert code == grpc.StatusCode.INVALID_ARGUMENT and "exceeds the 512 bytes" in details


def test_inputs_from_and_outputs_into_shared_memory(
    stub: tp.GRPCInferenceServiceSyncStub, segment: shared_memory.SharedMemory
) -> None:
    a = np.arange(16, dtype=np.int32).reshape(1, 16)
    b = np.full((1, 16), 5, dtype=np.int32)
    memory = np.ndarray((4, 16), np.int32, buffer=segment.buf)
    memory[0], memory[1], memory[2:] = a, b, 0
    register(stub, "io", "/" + segment.name, 256)
    try:
        inputs = [shm_input("INPUT0", "io", 64), shm_input("INPUT1", "io", 64, offset=64)]
        out1 = tp.ModelInferRequestInferRequestedOutputTensor(name="OUTPUT1")
        message = simple(inputs, [shm_output("OUTPUT0", "io", 64, offset=128), out1])
        raw_reply = stub.model_infer(message)
        assert raw_reply.raw_output_contents[0] == b""  # no contents for OUTPUT0, as Triton
        response = InferResponse.from_grpc(kp.ModelInferResponse.parse(bytes(raw_reply)))
        np.testing.assert_array_equal(memory[2], (a + b)[0])  # written into the region
        first, second = response.outputs
        assert (first.name, first.shape, first.datatype) == ("OUTPUT0", [1, 16], "INT32")
        np.testing.assert_array_equal(second.as_numpy(), a - b)  # the other output travels as usual
        # One input inline (raw) and one in shared memory: raw_input_contents holds only the inline one.
        inline = InferInput("INPUT0", [1, 16], "INT32")
        inline.set_data_from_numpy(a)
        readonly = tp.ModelInferRequest(model_name="writes_input", inputs=[shm_input("INPUT0", "io", 64)])
        assert reply(stub, readonly).outputs[0].as_numpy().tolist() == [False]  # the client's bytes stay the client's
        mixed = reply(stub, simple([inline, shm_input("INPUT1", "io", 64, offset=64)]))
        np.testing.assert_array_equal(mixed.get_output_by_name("OUTPUT0").as_numpy(), a + b)  # type: ignore[union-attr]
    finally:
        stub.system_shared_memory_unregister(tp.SystemSharedMemoryUnregisterRequest(name="io"))


def test_shared_memory_errors_in_inference(
    stub: tp.GRPCInferenceServiceSyncStub, segment: shared_memory.SharedMemory
) -> None:
    register(stub, "small", "/" + segment.name, 96)
    try:
        ok = shm_input("INPUT1", "small", 64)
        cases = {
            "unknown region": (
                [shm_input("INPUT0", "nope", 64), ok],
                None,
                grpc.StatusCode.NOT_FOUND,
                "unknown shared-memory region 'nope'",
            ),
            "out of bounds": (
                [shm_input("INPUT0", "small", 64, offset=64), ok],
                None,
                grpc.StatusCode.INVALID_ARGUMENT,
                "outside shared-memory region 'small'",
            ),
            "wrong size": ([shm_input("INPUT0", "small", 32), ok], None, grpc.StatusCode.INVALID_ARGUMENT, "INPUT0"),
            "output too small": (
                [shm_input("INPUT0", "small", 64), ok],
                [shm_output("OUTPUT0", "small", 32)],
                grpc.StatusCode.INVALID_ARGUMENT,
                "needs 64 bytes",
            ),
            "output out of bounds": (
                [shm_input("INPUT0", "small", 64), ok],
                [shm_output("OUTPUT0", "small", 64, offset=64)],
                grpc.StatusCode.INVALID_ARGUMENT,
                "outside shared-memory region 'small'",
            ),
        }
        for label, (inputs, outputs, code, text) in cases.items():
            got, details = status_of(lambda: stub.model_infer(simple(inputs, outputs)))  # noqa: B023
            assert got == code and text in details, (label, got, details)
        bad = shm_input("INPUT0", "small", None)
        got, details = status_of(lambda: stub.model_infer(simple([bad, ok])))
        assert got == grpc.StatusCode.INVALID_ARGUMENT and "shared_memory_byte_size" in details
    finally:
        stub.system_shared_memory_unregister(tp.SystemSharedMemoryUnregisterRequest(name="small"))


def test_a_server_process_never_unlinks_or_warns_about_client_segments(segment: shared_memory.SharedMemory) -> None:
    # A whole server process maps the segment, serves from it, unregisters it and exits: the
    # segment must survive and the resource tracker must not warn about a leak.
    script = textwrap.dedent(
        f"""
        import grpc
        from inference_grpc import triton_protocol as tp
        from inference_grpc.server import serve_in_thread
        with serve_in_thread() as url, grpc.insecure_channel(url) as channel:
            stub = tp.GRPCInferenceServiceSyncStub(channel)
            for name, size in (("r", 64), ("left", 8)):
                request = tp.SystemSharedMemoryRegisterRequest(name=name, key="/{segment.name}", byte_size=size)
                stub.system_shared_memory_register(request)
            stub.system_shared_memory_unregister(tp.SystemSharedMemoryUnregisterRequest(name="r"))
        print("served")
        """
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert (done.returncode, done.stdout.strip()) == (0, "served"), done.stderr
    assert done.stderr == ""
    again = shared_memory.SharedMemory(segment.name)  # still there
    again.close()
