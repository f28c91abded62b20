"""Raw-stub calls with hand-built protobuf messages, as users of tritonclient write them:
`python tritonclient_raw_stub.py theirs|ours URL [triton]`. Prints each answer's bytes (hex) as JSON.

`theirs` uses tritonclient.grpc's service_pb2 / service_pb2_grpc (in the Triton peer venv),
`ours` inference_grpc.tritonclient.grpc's. With `triton`, also the Triton-only calls
(ModelConfig, a decoupled ModelStreamInfer).
"""

from __future__ import annotations

import importlib
import json
import sys
from typing import Any

import grpc
import numpy as np

WHICH, URL = sys.argv[1], sys.argv[2]
TRITON = sys.argv[3:] == ["triton"]
ROOT = {"theirs": "tritonclient", "ours": "inference_grpc.tritonclient"}[WHICH]
service_pb2: Any = importlib.import_module(ROOT + ".grpc.service_pb2")
service_pb2_grpc: Any = importlib.import_module(ROOT + ".grpc.service_pb2_grpc")
grpcclient: Any = importlib.import_module(ROOT + ".grpc")


def hexed(message: Any) -> str:
    return str(message.SerializeToString(deterministic=True).hex())


def add_sub_request() -> Any:
    request = service_pb2.ModelInferRequest(model_name="add_sub", id="raw-1")
    for name, value in (("INPUT0", np.arange(16, dtype=np.float32)), ("INPUT1", np.full(16, 2.0, np.float32))):
        tensor = request.inputs.add(name=name, datatype="FP32", shape=[1, 16])
        tensor.parameters["binary_data_size"].int64_param = 64
        request.raw_input_contents.append(value.reshape(1, 16).tobytes())
    request.outputs.add(name="OUTPUT1")
    return request


def main() -> None:
    channel = grpc.insecure_channel(URL)
    stub = service_pb2_grpc.GRPCInferenceServiceStub(channel)
    out: dict[str, Any] = {}
    out["ServerLive"] = hexed(stub.ServerLive(service_pb2.ServerLiveRequest(), timeout=10))
    out["ModelReady"] = hexed(stub.ModelReady(service_pb2.ModelReadyRequest(name="add_sub"), timeout=10))
    reply = stub.ModelInfer(add_sub_request(), timeout=30)
    result = grpcclient.InferResult(reply)
    out["ModelInfer"] = hexed(reply)
    out["OUTPUT1"] = result.as_numpy("OUTPUT1").tolist()
    try:
        stub.ModelMetadata(service_pb2.ModelMetadataRequest(name="no_such_model"), timeout=10)
    except grpc.RpcError as exc:
        out["unknown model"] = str(exc.code())
    if TRITON:
        config = stub.ModelConfig(service_pb2.ModelConfigRequest(name="add_sub"), timeout=10)
        out["ModelConfig"] = hexed(config)
        out["config"] = [config.config.name, list(config.config.input[0].dims), config.config.max_batch_size]
        request = service_pb2.ModelInferRequest(model_name="repeat_decoupled", id="s")
        x = request.inputs.add(name="INPUT0", datatype="FP32", shape=[2])
        x.contents.fp32_contents.extend([1.5, -2.0])
        r = request.inputs.add(name="REPEAT", datatype="INT32", shape=[1])
        r.contents.int_contents.append(3)
        request.parameters["triton_enable_empty_final_response"].bool_param = True
        stream = stub.ModelStreamInfer(iter([request]), timeout=30)
        replies = list(stream)
        out["stream"] = [hexed(m) for m in replies]
        answers = [grpcclient.InferResult(m.infer_response) for m in replies if m.infer_response.outputs]
        out["stream values"] = [a.as_numpy("IDX").tolist() for a in answers]
    channel.close()
    json.dump(out, sys.stdout, sort_keys=True)


if __name__ == "__main__":
    main()
