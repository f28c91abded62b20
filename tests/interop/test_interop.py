"""Every client method and datatype against real Triton, KServe and MLServer processes."""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any

import grpc
import numpy as np
import peers
import pytest

from inference_grpc import (
    InferenceGRPCClient,
    InferInput,
    InferRequest,
    RequestedOutput,
    RpcError,
    SyncInferenceGRPCClient,
)

try:
    import ml_dtypes
except ImportError:  # pragma: no cover
    ml_dtypes = None

SAMPLES: dict[str, Any] = {
    "bool": np.array([True, False, True, True]),
    "int8": np.array([-128, -1, 0, 127], np.int8),
    "int16": np.array([-32768, -1, 0, 32767], np.int16),
    "int32": np.array([-(2**31), -1, 0, 2**31 - 1], np.int32),
    "int64": np.array([-(2**63), -1, 0, 2**63 - 1], np.int64),
    "uint8": np.array([0, 1, 200, 255], np.uint8),
    "uint16": np.array([0, 1, 60000, 65535], np.uint16),
    "uint32": np.array([0, 1, 2**31, 2**32 - 1], np.uint32),
    "uint64": np.array([0, 1, 2**63, 2**64 - 1], np.uint64),
    "fp16": np.array([-1.5, 0.0, 0.25, 65504.0], np.float16),
    "fp32": np.array([-1.5, 0.0, 3.25, 1e30], np.float32),
    "fp64": np.array([-1.5, 0.0, 3.25, 1e300], np.float64),
}
if ml_dtypes is not None:
    SAMPLES["bf16"] = np.array([-1.5, 0.0, 0.25, 256.0], ml_dtypes.bfloat16)
TYPED = {"bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64", "fp32", "fp64"}


def _identity_request(dt: str, binary: bool = True) -> InferRequest:
    data = SAMPLES[dt]
    tensor = InferInput("INPUT0", list(data.shape), dt.upper())
    tensor.set_data_from_numpy(data, binary_data=binary)
    return InferRequest(f"identity_{dt}", [tensor])


def _add_sub(n: int = 2, request_id: str | None = None, outputs: list[str] | None = None) -> InferRequest:
    a = np.arange(n * 16, dtype=np.float32).reshape(n, 16)
    b = np.full((n, 16), 2.0, np.float32)
    inputs = [InferInput("INPUT0", [n, 16], "FP32"), InferInput("INPUT1", [n, 16], "FP32")]
    inputs[0].set_data_from_numpy(a)
    inputs[1].set_data_from_numpy(b)
    requested = [RequestedOutput(name) for name in outputs] if outputs else None
    return InferRequest("add_sub", inputs, request_id=request_id, request_outputs=requested)


async def test_health(peer: peers.Peer, record: dict[str, str]) -> None:
    async with InferenceGRPCClient(peer.url) as client:
        assert await client.is_server_live()
        assert await client.is_server_ready()
    record["is_server_live / is_server_ready"] = "yes"


async def test_model_ready(peer: peers.Peer, record: dict[str, str]) -> None:
    async with InferenceGRPCClient(peer.url) as client:
        assert await client.is_model_ready("add_sub")
        # Servers disagree on unknown models (false / NOT_FOUND / UNKNOWN): the client says False on each.
        assert await client.is_model_ready("no_such_model") is False
    raw = grpc.insecure_channel(peer.url)
    try:
        answer = raw.unary_unary("/inference.GRPCInferenceService/ModelReady")(b"\x0a\x0dno_such_model", timeout=10)
        ready = answer == b"\x08\x01"
        native = f"ready={ready}"
    except grpc.RpcError as exc:
        native = exc.code().name
    finally:
        raw.close()
    record["is_model_ready (known / unknown model)"] = f"True / False (server answers {native})"


async def test_server_metadata(peer: peers.Peer, record: dict[str, str]) -> None:
    async with InferenceGRPCClient(peer.url) as client:
        meta = await client.server_metadata()
    assert meta.name
    record["server_metadata"] = f"{meta.name} {meta.version}".strip()


async def test_model_metadata(peer: peers.Peer, record: dict[str, str]) -> None:
    async with InferenceGRPCClient(peer.url) as client:
        meta = await client.model_metadata("add_sub")
    assert meta.name == "add_sub"
    assert [t.name for t in meta.inputs] == ["INPUT0", "INPUT1"]
    assert {t.datatype for t in meta.inputs} == {"FP32"}
    record["model_metadata"] = f"yes (shape {list(meta.inputs[0].shape)})"


async def test_every_datatype_raw(peer: peers.Peer, record: dict[str, str]) -> None:
    supported = [dt for dt in peers.datatypes(peer.name) if dt in SAMPLES]
    async with InferenceGRPCClient(peer.url) as client:
        for dt in supported:
            response = await client.infer(_identity_request(dt))
            out = response.get_output_by_name("OUTPUT0")
            assert out is not None and out.datatype == dt.upper()
            np.testing.assert_array_equal(out.as_numpy(), SAMPLES[dt], err_msg=dt)
    record["raw tensors, identity per datatype"] = ", ".join(dt.upper() for dt in supported)


async def test_every_datatype_typed(peer: peers.Peer, record: dict[str, str]) -> None:
    supported = [dt for dt in peers.datatypes(peer.name) if dt in TYPED]
    forms = set()
    async with InferenceGRPCClient(peer.url) as client:
        for dt in supported:
            response = await client.infer(_identity_request(dt, binary=False))
            out = response.get_output_by_name("OUTPUT0")
            assert out is not None
            forms.add("raw" if out.raw_data is not None else "typed")
            np.testing.assert_array_equal(out.as_numpy(), SAMPLES[dt], err_msg=dt)
    record["typed contents, identity per datatype"] = f"{len(supported)} datatypes; reply is {'/'.join(sorted(forms))}"


async def test_bytes(peer: peers.Peer, record: dict[str, str]) -> None:
    data = np.array([b"hello", b"", b"\x00\xffbinary", "unicod\u00e9".encode()], dtype=object)
    tensor = InferInput("INPUT0", [4], "BYTES")
    tensor.set_data_from_numpy(data)
    async with InferenceGRPCClient(peer.url) as client:
        out = (await client.infer(InferRequest("echo_bytes", [tensor]))).get_output_by_name("OUTPUT0")
    assert out is not None
    assert out.as_numpy().tolist() == data.tolist()
    record["BYTES (empty and binary elements)"] = "yes"


async def test_request_id_and_parameters(peer: peers.Peer, record: dict[str, str]) -> None:
    request = _add_sub(request_id="req-42")
    request.parameters.update({"a_str": "x", "an_int": 7, "a_bool": True})
    async with InferenceGRPCClient(peer.url) as client:
        response = await client.infer(request)
    assert response.id == "req-42"
    assert response.model_name == "add_sub"
    out0 = response.get_output_by_name("OUTPUT0")
    assert out0 is not None
    np.testing.assert_array_equal(out0.as_numpy(), np.arange(32, dtype=np.float32).reshape(2, 16) + 2)
    record["request id echoed, request parameters accepted"] = "yes"


async def test_requested_outputs(peer: peers.Peer, record: dict[str, str]) -> None:
    async with InferenceGRPCClient(peer.url) as client:
        response = await client.infer(_add_sub(outputs=["OUTPUT1"]))
    names = [o.name for o in response.outputs]
    out1 = response.get_output_by_name("OUTPUT1")
    assert out1 is not None
    np.testing.assert_array_equal(out1.as_numpy(), np.arange(32, dtype=np.float32).reshape(2, 16) - 2)
    record["requested-output subset"] = "honoured" if names == ["OUTPUT1"] else f"ignored (returns {', '.join(names)})"


async def test_large_tensor(peer: peers.Peer, record: dict[str, str]) -> None:
    data = np.random.default_rng(0).random(4 * 1024 * 1024, dtype=np.float32)  # 16 MiB
    tensor = InferInput("INPUT0", [data.size], "FP32")
    tensor.set_data_from_numpy(data)
    async with InferenceGRPCClient(peer.url) as client:
        out = (await client.infer(InferRequest("identity_fp32", [tensor]))).get_output_by_name("OUTPUT0")
    assert out is not None
    np.testing.assert_array_equal(out.as_numpy(), data)
    record["16 MiB FP32 round trip"] = "yes"


async def test_sync_twin(peer: peers.Peer, record: dict[str, str]) -> None:
    def run() -> None:
        with SyncInferenceGRPCClient(peer.url) as client:
            assert client.is_server_live() and client.is_server_ready()
            assert client.is_model_ready("add_sub") and not client.is_model_ready("no_such_model")
            assert client.model_metadata("add_sub").name == "add_sub"
            assert client.server_metadata().name
            for dt in ("fp32", "int64", "bool"):
                out = client.infer(_identity_request(dt)).get_output_by_name("OUTPUT0")
                assert out is not None
                np.testing.assert_array_equal(out.as_numpy(), SAMPLES[dt])

    await asyncio.to_thread(run)
    record["sync client (health, metadata, infer)"] = "yes"


async def test_errors_keep_status(peer: peers.Peer, record: dict[str, str]) -> None:
    async with InferenceGRPCClient(peer.url) as client:
        with pytest.raises(RpcError) as unknown:
            await client.infer(InferRequest("no_such_model", _identity_request("fp32").inputs))
        bad = InferInput("INPUT0", [4], "INT32")
        bad.set_data_from_numpy(np.arange(4, dtype=np.int32))
        try:
            await client.infer(InferRequest("identity_fp32", [bad]))
            wrong_type = "accepted (not validated)"
        except RpcError as exc:
            wrong_type = exc.code().name
    assert isinstance(unknown.value, grpc.RpcError)
    assert "no_such_model" in str(unknown.value)
    assert unknown.value.code() != grpc.StatusCode.OK
    if peer.name == "triton":
        assert wrong_type == "INVALID_ARGUMENT"
    record["unknown model / wrong datatype"] = f"{unknown.value.code().name} / {wrong_type}"


async def test_repository(peer: peers.Peer, record: dict[str, str]) -> None:
    async with InferenceGRPCClient(peer.url) as client:
        try:
            await client.unload_model("add_sub_int32")
            unloaded = not await client.is_model_ready("add_sub_int32")
            await client.load_model("add_sub_int32")
            loaded = await client.is_model_ready("add_sub_int32")
            outcome = "load/unload work" if unloaded and loaded else f"answered OK, unloaded={unloaded} loaded={loaded}"
        except RpcError as exc:
            outcome = f"{exc.code().name}: {exc.details()[:60]}"
        finally:
            # Leave the model as we found it for other tests, whatever happened.
            if not await client.is_model_ready("add_sub_int32"):
                with contextlib.suppress(RpcError):
                    await client.load_model("add_sub_int32")
    # KServe's proto has RepositoryModelLoadRequest.model_name = 1; Triton and MLServer put
    # repository_name there and model_name at 2, so only a Triton-layout client can drive them.
    record["repository load / unload"] = outcome
