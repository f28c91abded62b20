"""repr() and bool() of generated messages judge defaults as betterproto2 does: fields with presence
(messages, oneof members) are at their default only when None."""

from __future__ import annotations

import betterproto2

import inference_grpc.protocol as kserve
import inference_grpc.triton_protocol as triton


def test_an_empty_message_in_a_field_is_shown_and_makes_the_message_true() -> None:
    policy = triton.ModelVersionPolicy(all=triton.ModelVersionPolicyAll())
    assert repr(policy) == "ModelVersionPolicy(all=ModelVersionPolicyAll())"
    assert policy and not triton.ModelVersionPolicy() and not triton.ModelVersionPolicyAll()
    tensor = kserve.ModelInferRequestInferInputTensor(contents=kserve.InferTensorContents())
    assert tensor and repr(tensor) == "ModelInferRequestInferInputTensor(contents=InferTensorContents())"


def test_a_oneof_member_at_zero_or_false_is_shown_and_makes_the_message_true() -> None:
    for message in (kserve.InferParameter(bool_param=False), triton.InferParameter(uint64_param=0)):
        assert message
        assert repr(message) in ("InferParameter(bool_param=False)", "InferParameter(uint64_param=0)")
    assert repr(triton.ModelSequenceBatchingInitialState(zero_data=False, name="")) == (
        "ModelSequenceBatchingInitialState(zero_data=False)"
    )


def test_fields_without_presence_at_their_default_stay_hidden() -> None:
    assert repr(triton.ModelInput(name="", dims=[], data_type=triton.DataType.TYPE_INVALID)) == "ModelInput()"
    assert not triton.ModelInput(name="", dims=[])
    assert repr(triton.ModelInput(name="x", dims=[1])) == "ModelInput(name='x', dims=[1])"


def test_the_same_verdicts_as_betterproto2() -> None:
    messages = [
        triton.ModelVersionPolicy(all=triton.ModelVersionPolicyAll()),
        triton.ModelVersionPolicy(),
        kserve.InferParameter(bool_param=False),
        kserve.InferParameter(),
        triton.ModelInput(name="x"),
        triton.ModelInput(),
    ]
    for message in messages:
        assert bool(message) is betterproto2.Message.__bool__(message), repr(message)
        assert repr(message) == betterproto2.Message.__repr__(message)
