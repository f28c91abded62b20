"""The Triton variant's public module: its names, and Triton's layout where it differs from KServe's."""

from __future__ import annotations

from inference_grpc_gen.triton import inference as generated

import inference_grpc.protocol as kserve
import inference_grpc.triton_protocol as triton


def test_reexports_the_generated_package() -> None:
    assert triton.__all__ == generated.__all__
    for name in triton.__all__:
        assert getattr(triton, name) is getattr(generated, name), name
    for name in ("ModelConfig", "ModelStreamInferResponse", "GRPCInferenceServiceStub", "GRPCInferenceServiceSyncStub"):
        assert name in triton.__all__


def test_triton_rpcs_are_on_the_stubs_and_servicers() -> None:
    triton_only = {
        "model_stream_infer",
        "model_config",
        "model_statistics",
        "repository_index",
        "system_shared_memory_status",
        "system_shared_memory_register",
        "system_shared_memory_unregister",
        "cuda_shared_memory_status",
        "cuda_shared_memory_register",
        "cuda_shared_memory_unregister",
        "trace_setting",
        "log_settings",
    }
    for cls in (
        triton.GRPCInferenceServiceStub,
        triton.GRPCInferenceServiceSyncStub,
        triton.GRPCInferenceServiceServicer,
        triton.GRPCInferenceServiceSyncServicer,
    ):
        assert triton_only <= set(dir(cls)), cls
    assert not triton_only & set(dir(kserve.GRPCInferenceServiceStub))


def test_the_two_variants_are_separate_classes_of_one_proto_package() -> None:
    assert triton.ModelInferRequest is not kserve.ModelInferRequest
    request = triton.ModelInferRequest(model_name="m", id="1", parameters={"p": triton.InferParameter(uint64_param=7)})
    as_kserve = kserve.ModelInferRequest.parse(bytes(request))
    assert (as_kserve.model_name, as_kserve.id, as_kserve.parameters["p"].uint64_param) == ("m", "1", 7)
    assert triton.ModelInferRequest.parse(bytes(as_kserve)) == request


def test_repository_requests_use_tritons_layout() -> None:
    # Triton (and MLServer) read field 1 as repository_name; KServe's proto has model_name there.
    load = triton.RepositoryModelLoadRequest(
        model_name="m", parameters={"file:1/model.onnx": triton.ModelRepositoryParameter(bytes_param=b"\x00\x01")}
    )
    assert bytes(load).startswith(b"\x12\x01m")
    assert bytes(triton.RepositoryModelUnloadRequest(repository_name="r", model_name="m")) == b"\n\x01r\x12\x01m"
    assert bytes(kserve.RepositoryModelLoadRequest(model_name="m")) == b"\n\x01m"


def test_model_config_names_that_python_reserves_are_escaped() -> None:
    resource = triton.ModelRateLimiterResource(name="gpu", global_=True, count=2)
    assert triton.ModelRateLimiterResource.parse(bytes(resource)).global_ is True
    assert resource.to_dict() == {"name": "gpu", "global": True, "count": 2}
    assert triton.ModelInstanceGroupSecondaryDeviceSecondaryDeviceKind.KIND_NVDLA == 0
    assert triton.ModelInstanceGroupKind.KIND_MODEL == 3
