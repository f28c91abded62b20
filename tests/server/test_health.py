"""ServerLive, ServerReady, ServerMetadata, ModelReady and ModelMetadata."""

from __future__ import annotations

import grpc
import pytest

import inference_grpc
from inference_grpc import RpcError, SyncInferenceGRPCClient
from inference_grpc.protocol import GRPCInferenceServiceSyncStub, ModelMetadataRequest, ModelReadyRequest


def test_server_live_and_ready(client: SyncInferenceGRPCClient) -> None:
    assert client.is_server_live() is True
    assert client.is_server_ready() is True


def test_server_metadata(client: SyncInferenceGRPCClient) -> None:
    metadata = client.server_metadata()
    assert metadata.name == "inference-grpc"
    assert metadata.version == inference_grpc.__version__
    assert list(metadata.extensions) == [
        "model_repository",
        "model_configuration",
        "system_shared_memory",
        "statistics",
        "trace",
        "logging",
    ]


def test_model_ready(client: SyncInferenceGRPCClient) -> None:
    assert client.is_model_ready("simple") is True
    assert client.is_model_ready("simple", "1") is True
    assert client.is_model_ready("versioned", "10") is True


@pytest.mark.parametrize(
    ("name", "version", "needle"),
    [("no_such_model", "", "unknown model 'no_such_model'"), ("simple", "7", "has no version '7'")],
)
def test_model_ready_unknown_is_not_found(
    stub: GRPCInferenceServiceSyncStub, client: SyncInferenceGRPCClient, name: str, version: str, needle: str
) -> None:
    with pytest.raises(RpcError) as caught:
        stub.model_ready(ModelReadyRequest(name=name, version=version))
    assert caught.value.code() == grpc.StatusCode.NOT_FOUND
    assert needle in caught.value.details()
    assert client.is_model_ready(name, version) is False  # the client reads NOT_FOUND as "not ready"


def test_model_metadata_from_declarations(client: SyncInferenceGRPCClient) -> None:
    simple = client.model_metadata("simple")
    assert simple.name == "simple"
    assert list(simple.versions) == ["1"]
    assert simple.platform == "python"
    assert [(t.name, t.datatype, list(t.shape)) for t in simple.inputs] == [
        ("INPUT0", "INT32", [1, 16]),
        ("INPUT1", "INT32", [1, 16]),
    ]
    assert [(t.name, t.datatype, list(t.shape)) for t in simple.outputs] == [
        ("OUTPUT0", "INT32", [1, 16]),
        ("OUTPUT1", "INT32", [1, 16]),
    ]
    fp32 = client.model_metadata("simple_fp32")
    assert [list(t.shape) for t in fp32.inputs] == [[-1, 16], [-1, 16]]


def test_model_metadata_any_datatype_properties_and_versions(client: SyncInferenceGRPCClient) -> None:
    identity = client.model_metadata("identity")
    assert [(t.name, t.datatype, list(t.shape)) for t in identity.inputs] == [("INPUT0", "ANY", [-1])]
    classifier = client.model_metadata("classifier")
    assert classifier.platform == "numpy"
    assert classifier.properties["labels"].string_param == "setosa,versicolor,virginica"
    assert [(t.name, t.datatype) for t in classifier.outputs] == [("labels", "BYTES"), ("scores", "FP32")]
    assert list(client.model_metadata("versioned", "2").versions) == ["1", "2", "10"]


@pytest.mark.parametrize(("name", "version"), [("no_such_model", ""), ("simple", "2")])
def test_model_metadata_unknown_is_not_found(stub: GRPCInferenceServiceSyncStub, name: str, version: str) -> None:
    with pytest.raises(RpcError) as caught:
        stub.model_metadata(ModelMetadataRequest(name=name, version=version))
    assert caught.value.code() == grpc.StatusCode.NOT_FOUND
    assert repr(name) in caught.value.details()
