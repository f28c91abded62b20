"""Triton's reserved request parameters on InferRequest: checked when set, sent as Triton defines them."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from inference_grpc import InferInput, InferRequest, InvalidInput
from inference_grpc._infer_codec import InferCodec
from inference_grpc.protocol import InferParameter, ModelInferRequest


def _request(**kwargs: Any) -> InferRequest:
    x = InferInput("x", [2], "FP32")
    x.set_data_from_numpy(np.zeros(2, np.float32))
    return InferRequest("m", [x], "id-1", **kwargs)


def test_kserve_positional_signature_is_unchanged() -> None:
    x = InferInput("x", [1], "FP32")
    request = InferRequest("m", [x], "rid", None, False, {"k": 1}, None, "2")
    assert (request.id, request.parameters, request.model_version) == ("rid", {"k": 1}, "2")
    assert request.sequence_id is None and request.sequence_start is False and request.priority is None
    with pytest.raises(TypeError):
        InferRequest("m", [x], "rid", None, False, None, None, None, 5)  # type: ignore[misc]


def test_parameters_on_the_wire_and_through_the_codec() -> None:
    request = _request(sequence_id=42, sequence_start=True, priority=3, timeout=1500)
    params = request.to_grpc().parameters
    assert params == {
        "sequence_id": InferParameter(int64_param=42),
        "sequence_start": InferParameter(bool_param=True),
        "sequence_end": InferParameter(bool_param=False),
        "priority": InferParameter(uint64_param=3),
        "timeout": InferParameter(int64_param=1500),
    }
    assert InferCodec().encode(request) == bytes(request.to_grpc())
    assert ModelInferRequest.parse(InferCodec().encode(request)).parameters == params
    named = _request(sequence_id="corr", sequence_end=True)
    assert named.to_grpc().parameters["sequence_id"] == InferParameter(string_param="corr")
    assert _request().to_grpc().parameters == {}
    assert _request(sequence_id=0).to_grpc().parameters == {}  # 0 means no sequence, as in Triton


def test_attributes_are_checked_when_set_and_can_be_cleared() -> None:
    request = _request()
    request.sequence_id = 7
    request.sequence_end = True
    request.priority = 2**64 - 1
    assert request.to_grpc().parameters["priority"] == InferParameter(uint64_param=2**64 - 1)
    request.priority = None
    request.sequence_end = False
    assert set(request.to_grpc().parameters) == {"sequence_id", "sequence_start", "sequence_end"}
    assert request.to_grpc().parameters["sequence_end"].bool_param is False


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("sequence_id", -1), ("sequence_id", 2**63), ("sequence_id", 1.5), ("sequence_id", True),
        ("sequence_id", b"x"), ("sequence_start", 1), ("sequence_end", "yes"), ("priority", -1),
        ("priority", 2**64), ("priority", True), ("priority", 1.0), ("timeout", -5), ("timeout", 2**63),
        ("timeout", 0.5),
    ],
)  # fmt: skip
def test_bad_values_raise_invalid_input_naming_the_field(field: str, value: Any) -> None:
    with pytest.raises(InvalidInput, match=field):
        _request(**{field: value})
    request = _request()
    with pytest.raises(InvalidInput, match=field):
        setattr(request, field, value)


def test_flags_need_a_sequence_and_names_may_not_be_set_twice() -> None:
    with pytest.raises(InvalidInput, match="sequence_start=True needs a sequence_id"):
        _request(sequence_start=True).to_grpc()
    with pytest.raises(InvalidInput, match="sequence_end=True needs a sequence_id"):
        InferCodec().encode(_request(sequence_end=True))
    with pytest.raises(InvalidInput, match="priority is set both"):
        _request(priority=1, parameters={"priority": 2}).to_grpc()
    # A reserved name in parameters alone is sent as given (code written for kserve does that).
    assert _request(parameters={"sequence_id": 5}).to_grpc().parameters == {
        "sequence_id": InferParameter(int64_param=5)
    }


def test_equality_sees_the_attributes_as_the_parameters_they_send() -> None:
    assert _request(sequence_id=5) == _request(
        parameters={"sequence_id": 5, "sequence_start": False, "sequence_end": False}
    )
    assert _request(sequence_id=5) != _request(sequence_id=6)
    assert _request(priority=1) == InferRequest.from_grpc(_request(priority=1).to_grpc())
