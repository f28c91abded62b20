"""The client's own request encoding (cached tensor headers) against protobuf: same request as to_grpc()."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from google.protobuf import descriptor_pool

from inference_grpc import InferInput, InferRequest, RequestedOutput
from inference_grpc._tensor import TensorHeaders
from inference_grpc.protocol import ModelInferRequest, ModelInferRequestInferInputTensor


def _pb_request(protobuf_code: Any) -> Any:
    from google.protobuf import message_factory

    desc = descriptor_pool.Default().FindMessageTypeByName("inference.ModelInferRequest")
    return message_factory.GetMessageClass(desc)


def _fp32(name: str, shape: list[int], **kwargs: Any) -> InferInput:
    tensor = InferInput(name, shape, "FP32", **kwargs)
    tensor.set_data_from_numpy(np.arange(int(np.prod(shape)), dtype=np.float32).reshape(shape))
    return tensor


def _typed(name: str) -> InferInput:
    return InferInput(name, [3], "INT32", data=[1, 2, 3])


def _tensor(name: str, datatype: str, shape: list[int]) -> ModelInferRequestInferInputTensor:
    return ModelInferRequestInferInputTensor(name=name, datatype=datatype, shape=shape)


CASES = {
    "one input": lambda: InferRequest("m", [_fp32("x", [1, 16])]),
    "everything set": lambda: InferRequest(
        "m",
        [_fp32("a", [2, 3]), _fp32("b", [4]), _fp32("c", [0, 3])],
        request_id="id-7",
        model_version="2",
        parameters={"priority": 1, "tag": "t", "flag": True, "ratio": 0.5},
        request_outputs=[RequestedOutput("y", {"binary_data": True}), RequestedOutput("z")],
    ),
    "input parameters (not cached)": lambda: InferRequest("m", [_fp32("a", [2], parameters={"k": 1}), _fp32("b", [2])]),
    "typed input (not cached)": lambda: InferRequest("m", [_typed("a")]),
    "mixed raw and typed (not cached)": lambda: InferRequest("m", [_fp32("a", [2]), _typed("b")]),
    "payload above the cache limit": lambda: InferRequest("m", [_fp32("big", [1, TensorHeaders.MAX_PAYLOAD // 4 + 1])]),
}


@pytest.mark.parametrize("build", CASES.values(), ids=CASES.keys())
def test_encoded_request_is_what_to_grpc_describes(build: Any, protobuf_code: Any) -> None:
    pb_class = _pb_request(protobuf_code)
    headers = TensorHeaders()
    for _ in range(2):  # a cold and a warm cache
        request = build()
        sent = pb_class.FromString(request._encode(headers))
        expected = pb_class.FromString(bytes(request.to_grpc()))
        assert sent == expected
        # Ours parses it to the same message too.
        assert ModelInferRequest.parse(request._encode(headers)) == request.to_grpc()


def test_cached_headers_follow_shape_name_and_datatype_changes() -> None:
    headers = TensorHeaders()
    first = headers.entry("x", "FP32", [1, 16])
    assert headers.entry("x", "FP32", [1, 16]) is first
    assert headers.entry("x", "FP32", [16, 1]) != first
    assert headers.entry("y", "FP32", [1, 16]) != first
    assert headers.entry("x", "INT32", [1, 16]) != first
    assert first == bytes(ModelInferRequest(inputs=[_tensor("x", "FP32", [1, 16])]))


def test_the_cache_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(TensorHeaders, "MAX_ENTRIES", 4)
    headers = TensorHeaders()
    for n in range(10):
        headers.entry("x", "FP32", [n])
        assert len(headers._entries) <= 4
    assert headers.entry("x", "FP32", [9]) == bytes(ModelInferRequest(inputs=[_tensor("x", "FP32", [9])]))
