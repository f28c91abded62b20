"""Wire compatibility of Triton's variant with protobuf's own message classes, both ways.

Every message of protos/triton (model_config.proto included) goes through the same property test
as the KServe protocol's (protovalues.check_both_ways): hypothesis draws value trees from the
descriptor, builds a protobuf message and one of ours, and each side parses the other's bytes.
Protobuf's side lives in a descriptor pool of its own (`triton_protobuf`), since the KServe
protocol's protoc modules already hold the package `inference` in protobuf's default pool.
"""

from __future__ import annotations

import os
from typing import Any

import pytest
from google.protobuf import descriptor_pool
from google.protobuf.descriptor import FieldDescriptor
from hypothesis import given
from hypothesis import strategies as st
from protovalues import (
    PROTOCOL_MESSAGES,
    TRITON_MESSAGES,
    build_ours,
    build_pb,
    canonical_ours,
    canonical_pb,
    check_both_ways,
    is_map,
    message_settings,
    message_values,
    protocol_class,
    triton_class,
)

import inference_grpc.protocol as kserve
import inference_grpc.triton_protocol as triton

EXAMPLES = int(os.environ.get("WIRE_EXAMPLES", "40"))


def _descriptors(oracle: Any) -> list[Any]:
    return [oracle.descriptor(name) for name in TRITON_MESSAGES]


def test_every_triton_message_and_feature_is_covered(triton_protobuf: Any) -> None:
    """The parametrisation spans both files, and they use every feature the property test draws."""
    names = set(TRITON_MESSAGES)
    for name in (
        "inference.ModelStreamInferResponse",
        "inference.ModelConfig",
        "inference.ModelOptimizationPolicy.Cuda.GraphSpec.LowerBound",
        "inference.ModelSequenceBatching.InitialState",
        "inference.ModelVersionPolicy.All",
        "inference.LogSettingsResponse.SettingValue",
        "inference.CudaSharedMemoryRegisterRequest",
    ):
        assert name in names, name
    assert len(TRITON_MESSAGES) == 101  # nested ones included, map entries not
    fields = [f for d in _descriptors(triton_protobuf) for f in d.fields]
    assert any(is_map(f) and f.message_type.fields_by_name["value"].message_type for f in fields)  # maps of messages
    assert any(is_map(f) and f.message_type.fields_by_name["key"].type == FieldDescriptor.TYPE_UINT64 for f in fields)
    assert any(f.containing_oneof and f.message_type for f in fields)  # oneofs of messages
    assert any(f.containing_oneof and f.type == FieldDescriptor.TYPE_BYTES for f in fields)
    assert any(f.enum_type and f.enum_type.containing_type for f in fields)  # nested enums
    assert any(f.is_repeated and f.type == FieldDescriptor.TYPE_FLOAT for f in fields)  # packed floats
    assert any(f.is_repeated and f.type == FieldDescriptor.TYPE_BOOL for f in fields)


def test_the_oracle_is_not_in_protobufs_default_pool(triton_protobuf: Any, protobuf_code: Any) -> None:
    # The KServe protocol's protoc module owns `inference.*` in the default pool; Triton's stays apart.
    default = descriptor_pool.Default()
    assert default.FindMessageTypeByName("inference.ModelInferRequest").file.name == "inference.proto"
    with pytest.raises(KeyError):
        default.FindMessageTypeByName("inference.ModelConfig")
    assert triton_protobuf.descriptor("inference.ModelInferRequest").file.name == "grpc_service.proto"
    assert triton_protobuf.descriptor("inference.ModelInferRequest").file.pool is triton_protobuf.pool


@pytest.mark.parametrize("full_name", TRITON_MESSAGES)
def test_triton_messages_both_ways(full_name: str, triton_protobuf: Any) -> None:
    check_both_ways(triton_class, triton_protobuf.descriptor(full_name), EXAMPLES)


def test_defaults_encode_to_nothing_and_present_defaults_are_kept(triton_protobuf: Any) -> None:
    for name in TRITON_MESSAGES:
        assert bytes(triton_class(name)()) == b"", name
        assert triton_class(name).parse(b"") == triton_class(name)(), name
    # Members of a oneof are present even at their default, empty messages included.
    cases = [
        (triton.ModelSequenceBatchingInitialState(zero_data=False), "inference.ModelSequenceBatching.InitialState"),
        (triton.ModelVersionPolicy(all=triton.ModelVersionPolicyAll()), "inference.ModelVersionPolicy"),
        (triton.ModelRepositoryParameter(bytes_param=b""), "inference.ModelRepositoryParameter"),
        (triton.InferParameter(uint64_param=0), "inference.InferParameter"),
        (triton.ModelConfig(ensemble_scheduling=triton.ModelEnsembling()), "inference.ModelConfig"),
    ]
    for ours, name in cases:
        pb = triton_protobuf.message_class(name).FromString(bytes(ours))
        (chosen,) = [f.name for f, _ in pb.ListFields()]
        assert pb.WhichOneof(pb.DESCRIPTOR.oneofs[0].name) == chosen
        assert pb.SerializeToString() == bytes(ours)
        assert type(ours).parse(pb.SerializeToString()) == ours


# -- both variants in one process ----------------------------------------------------------------

# Messages both variants have with the same fields (Triton's lacks ModelMetadataResponse.properties,
# and lays out the repository requests differently).
SHARED = sorted(
    name
    for name in set(TRITON_MESSAGES) & set(PROTOCOL_MESSAGES)
    if not name.startswith(("inference.RepositoryModel", "inference.ModelMetadataResponse"))
    or name == "inference.ModelMetadataResponse.TensorMetadata"
)


def test_shared_messages_are_the_inference_messages() -> None:
    assert "inference.ModelInferRequest.InferInputTensor" in SHARED
    assert "inference.InferParameter" in SHARED
    assert len(SHARED) == 22 - 5  # all of KServe's but the four repository messages and the metadata response


@pytest.mark.parametrize("full_name", SHARED)
def test_the_two_variants_read_each_others_bytes(full_name: str, triton_protobuf: Any, protobuf_code: Any) -> None:
    """Both our variants and both protobuf oracles in one process: four readings of one message."""
    triton_desc = triton_protobuf.descriptor(full_name)
    kserve_desc = protobuf_code.descriptor(full_name)

    @message_settings(max(EXAMPLES // 2, 10))
    @given(data=st.data())
    def check(data: st.DataObject) -> None:
        values = data.draw(message_values(triton_desc), label="values")
        ours_triton = build_ours(triton_class, triton_desc, values, data.draw)
        ours_kserve = build_ours(protocol_class, kserve_desc, values, data.draw)
        expected = canonical_pb(triton_desc, build_pb(triton_desc, values))
        assert canonical_pb(kserve_desc, build_pb(kserve_desc, values)) == expected

        as_kserve = protocol_class(full_name).parse(bytes(ours_triton))
        as_triton = triton_class(full_name).parse(bytes(ours_kserve))
        assert canonical_ours(kserve_desc, as_kserve) == expected
        assert canonical_ours(triton_desc, as_triton) == expected
        assert type(as_kserve) is not type(as_triton)

    check()


def test_the_repository_requests_differ_between_the_variants_as_the_servers_read_them(triton_protobuf: Any) -> None:
    ours = triton.RepositoryModelLoadRequest(model_name="m")
    pb = triton_protobuf.message_class("inference.RepositoryModelLoadRequest").FromString(bytes(ours))
    assert (pb.repository_name, pb.model_name) == ("", "m")
    # KServe's layout puts model_name in field 1, which Triton reads as repository_name.
    misread = triton_protobuf.message_class("inference.RepositoryModelLoadRequest").FromString(
        bytes(kserve.RepositoryModelLoadRequest(model_name="m"))
    )
    assert (misread.repository_name, misread.model_name) == ("m", "")
