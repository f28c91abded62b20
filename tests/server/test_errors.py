"""Validation with the right status codes, failing models, and RepositoryModelLoad/Unload."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

import grpc
import numpy as np
import pytest

from inference_grpc import InferRequest, RequestedOutput, RpcError, SyncInferenceGRPCClient
from inference_grpc.protocol import (
    GRPCInferenceServiceSyncStub,
    InferTensorContents,
    ModelInferRequest,
    ModelInferRequestInferInputTensor,
    ModelInferRequestInferRequestedOutputTensor,
    RepositoryModelLoadRequest,
    RepositoryModelUnloadRequest,
)
from inference_grpc.server import ModelRegistry

from .test_infer import simple_inputs, tensor

INT32_16 = np.arange(16, dtype="<i4").tobytes()


def raw(model: str, *tensors: tuple[str, str, list[int], bytes], **fields: Any) -> ModelInferRequest:
    """A request built by hand, bypassing the client's own checks, with raw contents."""
    return ModelInferRequest(
        model_name=model,
        inputs=[ModelInferRequestInferInputTensor(name=n, datatype=d, shape=s) for n, d, s, _ in tensors],
        raw_input_contents=[data for *_, data in tensors],
        **fields,
    )


def fails(client: SyncInferenceGRPCClient, request: ModelInferRequest | InferRequest, code: grpc.StatusCode) -> str:
    with pytest.raises(RpcError) as caught:
        client.infer(request)
    assert caught.value.code() == code, str(caught.value)
    return caught.value.details()


def test_unknown_model_and_version_are_not_found(client: SyncInferenceGRPCClient) -> None:
    details = fails(client, raw("resnet50", ("INPUT0", "INT32", [1, 16], INT32_16)), grpc.StatusCode.NOT_FOUND)
    assert "unknown model 'resnet50'" in details
    request = raw("simple", ("INPUT0", "INT32", [1, 16], INT32_16), model_version="3")
    assert "has no version '3'" in fails(client, request, grpc.StatusCode.NOT_FOUND)


@pytest.mark.parametrize(
    ("tensors", "needles"),
    [
        pytest.param(
            [("INPUT0", "INT32", [1, 16], INT32_16), ("INPUTX", "INT32", [1, 16], INT32_16)],
            ["'INPUTX'", "INPUT0, INPUT1"],
            id="wrong-name",
        ),
        pytest.param([("INPUT0", "INT32", [1, 16], INT32_16)], ["'INPUT1'", "missing"], id="missing-input"),
        pytest.param(
            [("INPUT0", "FP32", [1, 16], INT32_16), ("INPUT1", "INT32", [1, 16], INT32_16)],
            ["'INPUT0'", "FP32", "INT32"],
            id="datatype",
        ),
        pytest.param(
            [("INPUT0", "INT32", [2, 8], INT32_16), ("INPUT1", "INT32", [1, 16], INT32_16)],
            ["'INPUT0'", "[2, 8]", "[1, 16]"],
            id="shape",
        ),
        pytest.param(
            [("INPUT0", "INT32", [1, 16], INT32_16), ("INPUT1", "INT32", [16], INT32_16)],
            ["'INPUT1'", "[16]", "[1, 16]"],
            id="rank",
        ),
        pytest.param(
            [("INPUT0", "INT32", [1, 16], INT32_16[:60]), ("INPUT1", "INT32", [1, 16], INT32_16)],
            ["'INPUT0'", "60", "64"],
            id="size",
        ),
        pytest.param(
            [("INPUT0", "INT33", [1, 16], INT32_16), ("INPUT1", "INT32", [1, 16], INT32_16)],
            ["'INPUT0'", "INT33"],
            id="unknown-datatype",
        ),
        pytest.param(
            [("INPUT0", "INT32", [1, 16], INT32_16), ("INPUT0", "INT32", [1, 16], INT32_16)],
            ["'INPUT0'", "twice"],
            id="duplicate",
        ),
    ],
)
def test_invalid_inputs_name_the_tensor(
    client: SyncInferenceGRPCClient, tensors: list[tuple[str, str, list[int], bytes]], needles: list[str]
) -> None:
    details = fails(client, raw("simple", *tensors), grpc.StatusCode.INVALID_ARGUMENT)
    for needle in needles:
        assert needle in details


def test_invalid_typed_contents(client: SyncInferenceGRPCClient) -> None:
    def typed(name: str, datatype: str, shape: list[int], **contents: Any) -> ModelInferRequestInferInputTensor:
        return ModelInferRequestInferInputTensor(
            name=name, datatype=datatype, shape=shape, contents=InferTensorContents(**contents)
        )

    short = ModelInferRequest(
        model_name="simple",
        inputs=[typed("INPUT0", "INT32", [1, 16], int_contents=list(range(15))),
                typed("INPUT1", "INT32", [1, 16], int_contents=list(range(16)))],
    )  # fmt: skip
    details = fails(client, short, grpc.StatusCode.INVALID_ARGUMENT)
    assert "'INPUT0'" in details and "15" in details
    too_big = ModelInferRequest(model_name="identity", inputs=[typed("INPUT0", "INT8", [2], int_contents=[1, 300])])
    details = fails(client, too_big, grpc.StatusCode.INVALID_ARGUMENT)
    assert "'INPUT0'" in details and "300" in details


def test_malformed_raw_bytes_tensor(client: SyncInferenceGRPCClient) -> None:
    truncated = b"\x05\x00\x00\x00abc"  # says 5 bytes, holds 3
    details = fails(client, raw("echo_bytes", ("INPUT0", "BYTES", [1], truncated)), grpc.StatusCode.INVALID_ARGUMENT)
    assert "'INPUT0'" in details


def test_raw_contents_must_match_the_inputs(client: SyncInferenceGRPCClient) -> None:
    request = raw("simple", ("INPUT0", "INT32", [1, 16], INT32_16), ("INPUT1", "INT32", [1, 16], INT32_16))
    request.raw_input_contents = request.raw_input_contents[:1]
    assert "raw_input_contents" in fails(client, request, grpc.StatusCode.INVALID_ARGUMENT)
    mixed = raw("simple", ("INPUT0", "INT32", [1, 16], INT32_16), ("INPUT1", "INT32", [1, 16], INT32_16))
    mixed.inputs[1].contents = InferTensorContents(int_contents=list(range(16)))
    details = fails(client, mixed, grpc.StatusCode.INVALID_ARGUMENT)
    assert "'INPUT1'" in details and "raw_input_contents" in details


def test_unknown_requested_output(client: SyncInferenceGRPCClient) -> None:
    request = raw(
        "simple",
        ("INPUT0", "INT32", [1, 16], INT32_16),
        ("INPUT1", "INT32", [1, 16], INT32_16),
        outputs=[ModelInferRequestInferRequestedOutputTensor(name="OUTPUT9")],
    )
    details = fails(client, request, grpc.StatusCode.INVALID_ARGUMENT)
    assert "'OUTPUT9'" in details and "OUTPUT0, OUTPUT1" in details
    x = tensor("X", "INT32", np.array([1], dtype=np.int32))
    undeclared = InferRequest("undeclared", [x], request_outputs=[RequestedOutput("C")])
    assert "'C'" in fails(client, undeclared, grpc.StatusCode.INVALID_ARGUMENT)


def test_model_validation_is_invalid_argument(client: SyncInferenceGRPCClient) -> None:
    features = tensor("features", "FP32", np.ones((1, 4), dtype=np.float32))
    details = fails(
        client, InferRequest("classifier", [features], parameters={"top_k": 0}), grpc.StatusCode.INVALID_ARGUMENT
    )
    assert "top_k" in details
    x = tensor("X", "INT32", np.array([1], dtype=np.int32))
    request = InferRequest("bad_output", [x], parameters={"mode": "invalid_input"})
    assert "input is bad" in fails(client, request, grpc.StatusCode.INVALID_ARGUMENT)


@pytest.fixture
def server_log(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    caplog.set_level(logging.INFO, logger="inference_grpc.server")
    yield caplog


def test_a_failing_model_is_internal_and_the_server_keeps_serving(
    client: SyncInferenceGRPCClient, server_log: pytest.LogCaptureFixture
) -> None:
    x = tensor("X", "INT32", np.array([1, 2], dtype=np.int32))
    for _ in range(2):
        details = fails(client, InferRequest("failing", [x]), grpc.StatusCode.INTERNAL)
        assert details == "model 'failing' failed: RuntimeError: boom: the weights are corrupt"
        response = client.infer(InferRequest("simple", simple_inputs()))
        assert [o.name for o in response.outputs] == ["OUTPUT0", "OUTPUT1"]
    assert client.is_server_ready()
    records = [r for r in server_log.records if "boom" in r.getMessage()]
    assert len(records) == 2
    assert all(r.levelno == logging.WARNING and not r.exc_info for r in records)  # one line, no traceback


def test_a_failing_model_logs_its_traceback_at_debug(
    client: SyncInferenceGRPCClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="inference_grpc.server")
    x = tensor("X", "INT32", np.array([1], dtype=np.int32))
    fails(client, InferRequest("failing", [x]), grpc.StatusCode.INTERNAL)
    (record,) = [r for r in caplog.records if "boom" in r.getMessage()]
    assert record.exc_info is not None and record.exc_info[0] is RuntimeError


@pytest.mark.parametrize(
    ("mode", "needle"),
    [
        ("float_for_int", "'Y'"),
        ("missing", "did not return output 'Y'"),
        ("not_mapping", "returned list"),
        ("wrong_shape", "shape [1, 1]"),
    ],
)
def test_a_model_returning_bad_outputs_is_internal(client: SyncInferenceGRPCClient, mode: str, needle: str) -> None:
    x = tensor("X", "INT32", np.array([1], dtype=np.int32))
    details = fails(client, InferRequest("bad_output", [x], parameters={"mode": mode}), grpc.StatusCode.INTERNAL)
    assert "model 'bad_output'" in details and needle in details
    ok = client.infer(InferRequest("bad_output", [x]))
    assert ok.outputs[0].as_numpy().tolist() == [1]


def test_unload_and_load(client: SyncInferenceGRPCClient, registry: ModelRegistry) -> None:
    x = tensor("X", "INT32", np.array([3], dtype=np.int32))
    try:
        unloaded = client.unload_model("toggle")
        assert (unloaded.model_name, unloaded.is_unloaded) == ("toggle", True)
        assert client.is_model_ready("toggle") is False
        assert registry.is_ready("toggle") is False
        details = fails(client, InferRequest("toggle", [x]), grpc.StatusCode.UNAVAILABLE)
        assert "'toggle'" in details and "unloaded" in details
        assert client.is_server_ready()  # the other models still serve
        assert client.model_metadata("toggle").name == "toggle"  # still known
        loaded = client.load_model("toggle")
        assert (loaded.model_name, loaded.is_loaded) == ("toggle", True)
        assert client.is_model_ready("toggle") is True
        assert client.infer(InferRequest("toggle", [x])).outputs[0].as_numpy().tolist() == [3]
        assert client.load_model("toggle").is_loaded  # loading a loaded model reloads it
    finally:
        registry.load("toggle")


def test_load_and_unload_unknown_model_are_not_found(stub: GRPCInferenceServiceSyncStub) -> None:
    for call, request in [
        (stub.repository_model_load, RepositoryModelLoadRequest(model_name="ghost")),
        (stub.repository_model_unload, RepositoryModelUnloadRequest(model_name="ghost")),
    ]:
        with pytest.raises(RpcError) as caught:
            call(request)  # type: ignore[operator]
        assert caught.value.code() == grpc.StatusCode.NOT_FOUND
        assert "unknown model 'ghost'" in caught.value.details()
