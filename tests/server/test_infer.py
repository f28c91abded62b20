"""ModelInfer: every datatype raw and typed, reply form, outputs, parameters, ids, versions, size."""

from __future__ import annotations

import json
from typing import Any

import numpy as np
import numpy.typing as npt
import pytest

from inference_grpc import InferInput, InferRequest, RequestedOutput, SyncInferenceGRPCClient
from inference_grpc._datatypes import bf16_dtype

BF16 = bf16_dtype()

VALUES: dict[str, npt.NDArray[Any]] = {
    "BOOL": np.array([[True, False, True]]),
    "INT8": np.array([[-128, 0, 127]], dtype=np.int8),
    "INT16": np.array([[-32768, 1, 32767]], dtype=np.int16),
    "INT32": np.array([[-(2**31), 2, 2**31 - 1]], dtype=np.int32),
    "INT64": np.array([[-(2**63), 3, 2**63 - 1]], dtype=np.int64),
    "UINT8": np.array([[0, 1, 255]], dtype=np.uint8),
    "UINT16": np.array([[0, 2, 65535]], dtype=np.uint16),
    "UINT32": np.array([[0, 3, 2**32 - 1]], dtype=np.uint32),
    "UINT64": np.array([[0, 4, 2**64 - 1]], dtype=np.uint64),
    "FP16": np.array([[0.5, -1.25, 65504.0]], dtype=np.float16),
    "BF16": np.array([[1.5, -2.0, 2.0**100]], dtype=np.float32),  # exact in bfloat16
    "FP32": np.array([[0.1, -2.5, 3.4e38]], dtype=np.float32),
    "FP64": np.array([[0.1, -2.5, 1.7e308]], dtype=np.float64),
    "BYTES": np.array([[b"", b"a\x00b", "ü€".encode()]], dtype=object),
}
RAW_ONLY = {"FP16", "BF16"}  # no typed-contents field: they always travel raw


def tensor(name: str, datatype: str, array: npt.NDArray[Any], typed: bool = False, **params: Any) -> InferInput:
    item = InferInput(name, list(array.shape), datatype, parameters=params or None)
    item.set_data_from_numpy(array, binary_data=not typed)
    return item


def simple_inputs(typed: bool = False) -> list[InferInput]:
    a = np.arange(16, dtype=np.int32).reshape(1, 16)
    b = np.full((1, 16), 3, dtype=np.int32)
    return [tensor("INPUT0", "INT32", a, typed), tensor("INPUT1", "INT32", b, typed)]


@pytest.mark.parametrize("typed", [False, True], ids=["raw", "typed"])
@pytest.mark.parametrize("datatype", list(VALUES))
def test_identity_every_datatype(client: SyncInferenceGRPCClient, datatype: str, typed: bool) -> None:
    array = VALUES[datatype]
    response = client.infer(InferRequest("identity", [tensor("INPUT0", datatype, array, typed, tag="t-1", n=7)]))
    (output,) = response.outputs
    assert (output.name, output.datatype, output.shape) == ("OUTPUT0", datatype, [1, 3])
    back = output.as_numpy()
    if datatype == "BF16":
        back = back.astype(np.float32) if BF16 is not None else back
    np.testing.assert_array_equal(back, array)
    assert output.parameters == {"tag": "t-1", "n": 7}  # identity echoes tensor parameters
    # The reply takes the request's form where the datatype allows it.
    replied_raw = output.raw_data is not None
    assert replied_raw == (not typed or datatype in RAW_ONLY)


@pytest.mark.parametrize("typed", [False, True], ids=["raw", "typed"])
def test_simple_sum_and_difference(client: SyncInferenceGRPCClient, typed: bool) -> None:
    response = client.infer(InferRequest("simple", simple_inputs(typed)))
    assert response.model_name == "simple"
    assert response.model_version == "1"
    outputs = {o.name: o for o in response.outputs}
    assert list(outputs) == ["OUTPUT0", "OUTPUT1"]
    np.testing.assert_array_equal(outputs["OUTPUT0"].as_numpy(), np.arange(16).reshape(1, 16) + 3)
    np.testing.assert_array_equal(outputs["OUTPUT1"].as_numpy(), np.arange(16).reshape(1, 16) - 3)
    assert all((o.raw_data is None) == typed for o in response.outputs)


def test_simple_fp32_variable_batch(client: SyncInferenceGRPCClient) -> None:
    a = np.linspace(0, 1, 5 * 16, dtype=np.float32).reshape(5, 16)
    response = client.infer(InferRequest("simple_fp32", [tensor("INPUT0", "FP32", a), tensor("INPUT1", "FP32", a)]))
    out = {o.name: o.as_numpy() for o in response.outputs}
    np.testing.assert_allclose(out["OUTPUT0"], 2 * a)
    np.testing.assert_array_equal(out["OUTPUT1"], np.zeros_like(a))


def test_typed_request_gets_raw_reply_when_an_output_cannot_be_typed(client: SyncInferenceGRPCClient) -> None:
    x = np.array([1.5, 2.5], dtype=np.float32)
    response = client.infer(InferRequest("halves", [tensor("X", "FP32", x, typed=True)]))
    outputs = {o.name: o for o in response.outputs}
    assert outputs["HALF"].datatype == "FP16"
    # FP16 has no typed field and the protocol forbids mixing, so every output travels raw.
    assert all(o.raw_data is not None for o in response.outputs)
    np.testing.assert_array_equal(outputs["FULL"].as_numpy(), x)
    np.testing.assert_array_equal(outputs["HALF"].as_numpy(), x.astype(np.float16))


@pytest.mark.parametrize("typed", [False, True], ids=["raw", "typed"])
def test_echo_bytes(client: SyncInferenceGRPCClient, typed: bool) -> None:
    words = np.array([b"hello", b"", "ünïcode".encode(), bytes(range(256))], dtype=object)
    response = client.infer(InferRequest("echo_bytes", [tensor("INPUT0", "BYTES", words, typed)]))
    assert response.outputs[0].as_numpy().tolist() == words.tolist()


@pytest.mark.parametrize("typed", [False, True], ids=["raw", "typed"])
def test_classifier_top_k_from_parameter(client: SyncInferenceGRPCClient, typed: bool) -> None:
    flowers = np.array([[5.1, 3.5, 1.4, 0.2], [6.0, 2.8, 4.6, 1.4], [6.9, 3.1, 5.6, 2.3]], dtype=np.float32)
    response = client.infer(
        InferRequest("classifier", [tensor("features", "FP32", flowers, typed)], parameters={"top_k": 2})
    )
    out = {o.name: o.as_numpy() for o in response.outputs}
    assert out["labels"].shape == (3, 2)
    assert [row[0] for row in out["labels"].tolist()] == [b"setosa", b"versicolor", b"virginica"]
    scores = out["scores"]
    assert scores.dtype == np.float32 and scores.shape == (3, 2)
    assert np.all(scores[:, 0] >= scores[:, 1]) and np.all((scores > 0) & (scores <= 1))
    # Without the parameter: the single best label.
    default = client.infer(InferRequest("classifier", [tensor("features", "FP32", flowers[:1])]))
    assert default.get_output_by_name("labels").as_numpy().tolist() == [[b"setosa"]]  # type: ignore[union-attr]


def test_requested_output_subset_and_order(client: SyncInferenceGRPCClient) -> None:
    only = client.infer(InferRequest("simple", simple_inputs(), request_outputs=[RequestedOutput("OUTPUT1")]))
    assert [o.name for o in only.outputs] == ["OUTPUT1"]
    np.testing.assert_array_equal(only.outputs[0].as_numpy(), np.arange(16).reshape(1, 16) - 3)
    both = client.infer(
        InferRequest(
            "simple", simple_inputs(), request_outputs=[RequestedOutput("OUTPUT1"), RequestedOutput("OUTPUT0")]
        )
    )
    assert [o.name for o in both.outputs] == ["OUTPUT1", "OUTPUT0"]


def test_requested_outputs_of_a_model_without_declared_outputs(client: SyncInferenceGRPCClient) -> None:
    x = np.array([1, 2], dtype=np.int32)
    every = client.infer(InferRequest("undeclared", [tensor("X", "INT32", x)]))
    assert [o.name for o in every.outputs] == ["A", "B"]
    just_b = client.infer(InferRequest("undeclared", [tensor("X", "INT32", x)], request_outputs=[RequestedOutput("B")]))
    assert [o.name for o in just_b.outputs] == ["B"]
    np.testing.assert_array_equal(just_b.outputs[0].as_numpy(), x + 2)


def test_parameters_reach_the_model_and_outputs_carry_theirs(client: SyncInferenceGRPCClient) -> None:
    x = np.array([4, 5], dtype=np.int32)
    request = InferRequest(
        "inspect",
        [tensor("X", "INT32", x, scale=0.5, label="xs")],
        request_id="req-42",
        parameters={"flag": True, "count": -3, "big": 2**64 - 1, "ratio": 0.25, "name": "n"},
        request_outputs=[RequestedOutput("SEEN", {"binary_data": True}), RequestedOutput("TAGGED")],
    )
    response = client.infer(request)
    assert response.id == "req-42"
    seen = json.loads(response.get_output_by_name("SEEN").as_numpy()[0])  # type: ignore[union-attr]
    assert seen == {
        "parameters": {"flag": True, "count": -3, "big": 2**64 - 1, "ratio": 0.25, "name": "n"},
        "tensor_parameters": {"X": {"scale": 0.5, "label": "xs"}},
        "requested": ["SEEN", "TAGGED"],
        "id": "req-42",
    }
    tagged = response.get_output_by_name("TAGGED")
    assert tagged is not None and tagged.parameters == {"note": "from the model", "n": 3}
    np.testing.assert_array_equal(tagged.as_numpy(), x)


def test_request_id_is_echoed(client: SyncInferenceGRPCClient) -> None:
    assert client.infer(InferRequest("simple", simple_inputs(), request_id="abc-123")).id == "abc-123"
    assert client.infer(InferRequest("simple", simple_inputs())).id == ""


@pytest.mark.parametrize(("asked", "ran"), [(None, "10"), ("1", "1"), ("2", "2"), ("10", "10")])
def test_versions(client: SyncInferenceGRPCClient, asked: str | None, ran: str) -> None:
    x = np.array([1], dtype=np.int32)
    response = client.infer(InferRequest("versioned", [tensor("X", "INT32", x)], model_version=asked))
    assert response.model_version == ran  # the highest version when none is asked for
    assert response.get_output_by_name("VERSION").as_numpy().tolist() == [(asked or "").encode()]  # type: ignore[union-attr]


def test_async_and_threaded_models(client: SyncInferenceGRPCClient) -> None:
    x = np.array([7, 8], dtype=np.int32)
    slow = client.infer(InferRequest("slow_async", [tensor("X", "INT32", x)], parameters={"delay": 0.01}))
    np.testing.assert_array_equal(slow.outputs[0].as_numpy(), x)
    threaded = client.infer(InferRequest("slow_threaded", [tensor("X", "INT32", x)], parameters={"delay": 0.01}))
    thread = threaded.get_output_by_name("THREAD").as_numpy()[0]  # type: ignore[union-attr]
    assert thread != b"inference-grpc-server"  # ran on a worker thread, not the server's loop


def test_16_mib_fp32_identity(client: SyncInferenceGRPCClient) -> None:
    array = np.random.default_rng(0).standard_normal(4 * 1024 * 1024, dtype=np.float32)
    assert array.nbytes == 16 * 1024 * 1024
    response = client.infer(InferRequest("identity", [tensor("INPUT0", "FP32", array)]))
    np.testing.assert_array_equal(response.outputs[0].as_numpy(), array)


def test_empty_and_scalar_tensors(client: SyncInferenceGRPCClient) -> None:
    response = client.infer(InferRequest("identity", [tensor("INPUT0", "FP32", np.zeros(0, dtype=np.float32))]))
    assert response.outputs[0].shape == [0]
    response = client.infer(InferRequest("identity", [tensor("INPUT0", "FP32", np.zeros((0, 3), dtype=np.float32))]))
    assert response.outputs[0].as_numpy().shape == (0, 3)
    response = client.infer(InferRequest("empty", [tensor("X", "INT32", np.zeros(0, dtype=np.int32))]))
    assert response.outputs[0].shape == [0, 3] and response.outputs[0].as_numpy().shape == (0, 3)
    scalar = np.array(5, dtype=np.int64)
    response = client.infer(InferRequest("identity", [tensor("INPUT0", "INT64", scalar)]))
    assert response.outputs[0].shape == [] and response.outputs[0].as_numpy().tolist() == 5
