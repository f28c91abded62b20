"""Imports our Triton `_pb2` modules under whatever protobuf this interpreter has and prints a JSON report.

Run by tests/tritonclient/test_pb2.py under the dev venv's protobuf and, where a wheel cache has
them, under protobuf 4.x and 7.x in venvs of their own. Before importing ours it registers the same
files (`grpc_service.proto`, `inference.*`) in protobuf's default pool, as tritonclient's, kserve's
and MLServer's modules do, so a clash would show here.
"""

from __future__ import annotations

import json
import sys

from google.protobuf import __version__ as protobuf_version
from google.protobuf import descriptor_pb2, descriptor_pool, json_format


def main() -> None:
    # Someone else's `inference.*` in the default pool first (what tritonclient's service_pb2 does).
    squatter = descriptor_pb2.FileDescriptorProto(name="grpc_service.proto", package="inference")
    squatter.message_type.add(name="ModelInferRequest").field.add(
        name="model_name", number=1, type=descriptor_pb2.FieldDescriptorProto.TYPE_STRING
    )
    squatter.message_type.add(name="ServerLiveRequest")
    descriptor_pool.Default().Add(squatter)

    from inference_grpc_gen.triton_pb2 import model_config_pb2, service_pb2, service_pb2_grpc
    from inference_grpc_gen.triton_pb2._pool import POOL

    request = service_pb2.ModelInferRequest(model_name="m", id="7")
    tensor = request.inputs.add(name="IN", datatype="FP32", shape=[1, 2])
    tensor.parameters["shared_memory_region"].string_param = "r"
    request.parameters["sequence_id"].uint64_param = 2**64 - 1
    request.raw_input_contents.append(b"\x00\x00\x80?\x00\x00\x00@")
    data = request.SerializeToString()
    back = service_pb2.ModelInferRequest.FromString(data)
    config = model_config_pb2.ModelConfig(name="c", max_batch_size=4)
    config.input.add(name="IN", data_type=model_config_pb2.TYPE_FP32, dims=[-1])
    config.instance_group.add(kind=model_config_pb2.ModelInstanceGroup.KIND_CPU, count=2)
    wrapped = service_pb2.ModelConfigResponse(config=config)
    report = {
        "protobuf": protobuf_version,
        "roundtrip": back == request and back.inputs[0].parameters["shared_memory_region"].string_param == "r",
        "bytes": data.hex(),
        "nested_class": service_pb2.ModelInferRequest.InferInputTensor.__name__,
        "enum_value": model_config_pb2.TYPE_BF16,
        "enum_name": model_config_pb2.DataType.Name(model_config_pb2.TYPE_FP32),
        "nested_enum": model_config_pb2.ModelInstanceGroup.Kind.Name(model_config_pb2.ModelInstanceGroup.KIND_GPU),
        "config_roundtrip": service_pb2.ModelConfigResponse.FromString(wrapped.SerializeToString()) == wrapped,
        "config_json": json_format.MessageToDict(wrapped, preserving_proto_field_name=True),
        "private_pool": service_pb2.DESCRIPTOR.pool is POOL and POOL is not descriptor_pool.Default(),
        "default_pool_untouched": len(
            descriptor_pool.Default().FindMessageTypeByName("inference.ModelInferRequest").fields
        )
        == 1,
        "file_names": [service_pb2.DESCRIPTOR.name, model_config_pb2.DESCRIPTOR.name],
        "stub": service_pb2_grpc.GRPCInferenceServiceStub.__name__,
    }
    json.dump(report, sys.stdout, sort_keys=True)


if __name__ == "__main__":
    main()
