"""Runs inside the Triton peer venv: real tritonclient.grpc and our Triton variant in one process.

tritonclient's service_pb2 and model_config_pb2 register `inference.*` in protobuf's default
descriptor pool; ours use no descriptor pool, so importing both must not clash. Each side then
decodes the other's bytes, message by message. Prints a JSON report on stdout.
"""

from __future__ import annotations

import json
import sys
from typing import Any

import tritonclient.grpc as tritonclient_grpc
from google.protobuf import descriptor_pool, json_format
from tritonclient.grpc import model_config_pb2, service_pb2

import inference_grpc.protocol as kserve_variant
import inference_grpc.triton_protocol as ours
from inference_grpc import InferenceGRPCClient

# One populated value per message family, written as proto3 JSON (the camelCase names both
# protobuf's json_format and betterproto2's from_dict read).
SAMPLES: dict[str, dict[str, Any]] = {
    "ModelInferRequest": {
        "modelName": "simple",
        "id": "7",
        "parameters": {"sequence_id": {"uint64Param": "18446744073709551615"}, "priority": {"int64Param": "-2"}},
        "inputs": [
            {
                "name": "INPUT0",
                "datatype": "FP32",
                "shape": ["1", "3"],
                "parameters": {"shared_memory_region": {"stringParam": "r"}},
                "contents": {"fp32Contents": [1.5, -2.0, 0.0], "boolContents": [True, False]},
            }
        ],
        "outputs": [{"name": "OUTPUT0", "parameters": {"classification": {"int64Param": "3"}}}],
        "rawInputContents": ["AAECAw=="],
    },
    "ModelStreamInferResponse": {
        "errorMessage": "",
        "inferResponse": {
            "modelName": "decoupled",
            "id": "a",
            "parameters": {"triton_final_response": {"boolParam": True}, "scale": {"doubleParam": 0.25}},
            "outputs": [{"name": "OUT", "datatype": "INT32", "shape": ["2"]}],
            "rawOutputContents": ["AQAAAAIAAAA="],
        },
    },
    "ModelConfigResponse": {
        "config": {
            "name": "cfg",
            "backend": "python",
            "maxBatchSize": 8,
            "versionPolicy": {"specific": {"versions": ["1", "3"]}},
            "input": [{"name": "IN", "dataType": "TYPE_FP32", "dims": ["-1"], "format": "FORMAT_NCHW"}],
            "output": [{"name": "OUT", "dataType": "TYPE_BF16", "dims": ["2", "2"], "labelFilename": "l.txt"}],
            "instanceGroup": [
                {
                    "kind": "KIND_CPU",
                    "count": 2,
                    "rateLimiter": {"resources": [{"name": "R", "global": True, "count": 3}], "priority": 2},
                    "secondaryDevices": [{"kind": "KIND_NVDLA", "deviceId": "1"}],
                }
            ],
            "sequenceBatching": {
                "oldest": {"maxCandidateSequences": 4, "preferredBatchSize": [2, 4]},
                "controlInput": [
                    {"name": "START", "control": [{"kind": "CONTROL_SEQUENCE_START", "fp32FalseTrue": [0, 1]}]}
                ],
                "state": [{"inputName": "S", "initialState": [{"zeroData": True, "name": "zero"}]}],
            },
            "optimization": {
                "cuda": {"graphSpec": [{"batchSize": 4, "input": {"IN": {"dim": ["4", "2"]}}}]},
                "executionAccelerators": {"gpuExecutionAccelerator": [{"name": "tensorrt", "parameters": {"a": "b"}}]},
                "priority": "PRIORITY_MAX",
            },
            "parameters": {"EXECUTION_ENV_PATH": {"stringValue": "/env"}},
            "modelWarmup": [{"name": "w", "batchSize": 1, "inputs": {"IN": {"randomData": True, "dims": ["3"]}}}],
            "modelTransactionPolicy": {"decoupled": True},
            "metricTags": {"team": "ml"},
        }
    },
    "ModelStatisticsResponse": {
        "modelStats": [
            {
                "name": "m",
                "version": "1",
                "inferenceCount": "10",
                "inferenceStats": {"success": {"count": "10", "ns": "12345"}, "cacheMiss": {"count": "1"}},
                "batchStats": [{"batchSize": "2", "computeInfer": {"count": "5", "ns": "99"}}],
                "memoryUsage": [{"type": "CPU", "id": "0", "byteSize": "1024"}],
                "responseStats": {"0": {"success": {"count": "3"}, "cancel": {"count": "1"}}},
            }
        ]
    },
    "RepositoryIndexResponse": {"models": [{"name": "m", "version": "1", "state": "READY", "reason": ""}]},
    "RepositoryModelLoadRequest": {
        "modelName": "m",
        "parameters": {"config": {"stringParam": "{}"}, "file:1/model.py": {"bytesParam": "cHJpbnQoKQ=="}},
    },
    "RepositoryModelUnloadRequest": {"modelName": "m", "parameters": {"unload_dependents": {"boolParam": True}}},
    "SystemSharedMemoryStatusResponse": {
        "regions": {"in": {"name": "in", "key": "/in", "offset": "8", "byteSize": "64"}}
    },
    "SystemSharedMemoryRegisterRequest": {"name": "in", "key": "/in", "offset": "8", "byteSize": "64"},
    "CudaSharedMemoryRegisterRequest": {"name": "g", "rawHandle": "AAEC", "deviceId": "0", "byteSize": "32"},
    "CudaSharedMemoryStatusResponse": {"regions": {"g": {"name": "g", "deviceId": "1", "byteSize": "32"}}},
    "TraceSettingRequest": {"settings": {"trace_level": {"value": ["TIMESTAMPS", "TENSORS"]}}, "modelName": "m"},
    "TraceSettingResponse": {"settings": {"trace_rate": {"value": ["1000"]}}},
    "LogSettingsRequest": {"settings": {"log_verbose_level": {"uint32Param": 2}, "log_info": {"boolParam": False}}},
    "LogSettingsResponse": {"settings": {"log_format": {"stringParam": "default"}}},
    "ServerMetadataResponse": {"name": "triton", "version": "2.51.0", "extensions": ["classification"]},
}


def _theirs(name: str) -> Any:
    return getattr(service_pb2, name)


def _structure(desc: Any) -> dict[str, Any]:
    return {f.name: (f.number, f.type, f.label) for f in desc.fields}


def main() -> None:
    report: dict[str, Any] = {"default_pool_file": {}, "pairs": {}, "missing_in_ours": [], "field_differences": {}}
    default = descriptor_pool.Default()
    for name in ("inference.ModelInferRequest", "inference.ModelConfig"):
        report["default_pool_file"][name] = default.FindMessageTypeByName(name).file.name
    report["tritonclient_client"] = tritonclient_grpc.InferenceServerClient.__name__
    report["ours_client"] = InferenceGRPCClient.__name__
    report["kserve_variant_is_separate"] = kserve_variant.ModelInferRequest is not ours.ModelInferRequest

    # Every message tritonclient knows has a class of ours with the same fields (names, numbers, types).
    def visit(desc: Any, py_prefix: str) -> None:
        if desc.GetOptions().map_entry:
            return
        py_name = py_prefix + desc.name
        cls = getattr(ours, py_name, None)
        if cls is None:
            report["missing_in_ours"].append(desc.full_name)
        else:
            import dataclasses

            mine = {f.metadata["betterproto"].number for f in dataclasses.fields(cls)}
            theirs = {f.number for f in desc.fields}
            if mine != theirs:
                report["field_differences"][desc.full_name] = sorted(mine ^ theirs)
        for nested in desc.nested_types:
            visit(nested, py_name)

    for module in (service_pb2, model_config_pb2):
        for desc in module.DESCRIPTOR.message_types_by_name.values():
            visit(desc, "")

    for name, sample in SAMPLES.items():
        pb = json_format.ParseDict(sample, _theirs(name)())
        mine = getattr(ours, name).from_dict(sample)
        from_ours = _theirs(name).FromString(bytes(mine))
        from_theirs = getattr(ours, name).parse(pb.SerializeToString())
        report["pairs"][name] = {
            "protobuf reads ours": from_ours == pb,
            "we read protobuf's": from_theirs == mine,
            "not empty": pb.ByteSize() > 0,
        }
    json.dump(report, sys.stdout, sort_keys=True)


if __name__ == "__main__":
    main()
