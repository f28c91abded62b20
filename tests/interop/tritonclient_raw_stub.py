"""Raw-stub calls with hand-built protobuf messages, as users of tritonclient write them:
`python tritonclient_raw_stub.py theirs|ours URL [triton]`. Prints each answer's bytes (hex) as JSON.

`theirs` uses tritonclient.grpc's service_pb2 / service_pb2_grpc (in the Triton peer venv),
`ours` inference_grpc.tritonclient.grpc's. With `triton`, also the Triton-only calls
(ModelConfig, a decoupled ModelStreamInfer).
"""

from __future__ import annotations

import importlib
import json
import os
import sys
from typing import Any

import grpc
import ml_dtypes
import numpy as np

WHICH, URL = sys.argv[1], sys.argv[2]
TRITON = sys.argv[3:] == ["triton"]
ROOT = {"theirs": "tritonclient", "ours": "inference_grpc.tritonclient"}[WHICH]
service_pb2: Any = importlib.import_module(ROOT + ".grpc.service_pb2")
service_pb2_grpc: Any = importlib.import_module(ROOT + ".grpc.service_pb2_grpc")
grpcclient: Any = importlib.import_module(ROOT + ".grpc")
shm: Any = importlib.import_module(ROOT + ".utils.shared_memory")


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


def shared_memory_infer(stub: Any) -> Any:
    """add_sub with inputs and OUTPUT0 in system shared memory, registered through the raw stub."""
    key = f"/igraw-{os.getpid()}"
    region = shm.create_shared_memory_region("io", key, 192)
    steps: dict[str, Any] = {}
    try:
        a, b = np.arange(16, dtype=np.float32).reshape(1, 16), np.full((1, 16), 0.5, np.float32)
        shm.set_shared_memory_region(region, [a, b])
        register = service_pb2.SystemSharedMemoryRegisterRequest(name="io", key=key, byte_size=192)
        steps["register"] = hexed(stub.SystemSharedMemoryRegister(register, timeout=10))
        inputs = [grpcclient.InferInput("INPUT0", [1, 16], "FP32"), grpcclient.InferInput("INPUT1", [1, 16], "FP32")]
        inputs[0].set_shared_memory("io", 64)
        inputs[1].set_shared_memory("io", 64, offset=64)
        output = grpcclient.InferRequestedOutput("OUTPUT0")
        output.set_shared_memory("io", 64, offset=128)
        request = service_pb2.ModelInferRequest(model_name="add_sub")
        request.inputs.extend([i._get_tensor() for i in inputs])
        request.outputs.extend([output._get_tensor()])
        reply = stub.ModelInfer(request, timeout=30)
        steps["reply outputs"] = [(o.name, o.datatype, list(o.shape)) for o in reply.outputs]
        steps["raw contents"] = len(reply.raw_output_contents)
        steps["OUTPUT0"] = shm.get_contents_as_numpy(region, np.float32, [1, 16], offset=128).tolist()
        status = stub.SystemSharedMemoryStatus(service_pb2.SystemSharedMemoryStatusRequest(name="io"))
        steps["status"] = {k: [v.key == key, v.byte_size] for k, v in status.regions.items()}
        unregister = service_pb2.SystemSharedMemoryUnregisterRequest(name="io")
        steps["unregister"] = hexed(stub.SystemSharedMemoryUnregister(unregister, timeout=10))
    finally:
        shm.destroy_shared_memory_region(region)
    steps["left"] = os.path.exists("/dev/shm" + key)
    return steps


def tensors_through(stub: Any, model: str, infer_input: Any) -> Any:
    """A request built from InferInput's protobuf tensor and raw contents; the reply through InferResult."""
    request = service_pb2.ModelInferRequest(model_name=model)
    request.inputs.extend([infer_input._get_tensor()])
    request.raw_input_contents.append(infer_input._get_content())
    result = grpcclient.InferResult(stub.ModelInfer(request, timeout=30))
    array = result.as_numpy("OUTPUT0")
    values = array.astype(np.float32).tolist() if array.dtype.name == "bfloat16" else array.tolist()
    return {
        "dtype": str(array.dtype),
        "values": [v.hex() if isinstance(v, bytes) else v for v in values],
        "response": result.get_response(as_json=True),
    }


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
    text = grpcclient.InferInput("INPUT0", [3], "BYTES")
    text.set_data_from_numpy(np.array([b"ab", "\u00e9", b"\x00\xff"], dtype=np.object_))
    out["echo_bytes"] = tensors_through(stub, "echo_bytes", text)
    if TRITON:
        bf16 = grpcclient.InferInput("INPUT0", [3], "BF16")
        bf16.set_data_from_numpy(np.array([1.5, -2.0, 256.0], dtype=ml_dtypes.bfloat16))
        out["identity_bf16"] = tensors_through(stub, "identity_bf16", bf16)
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
        out["shared memory"] = shared_memory_infer(stub)
    channel.close()
    json.dump(out, sys.stdout, sort_keys=True)


if __name__ == "__main__":
    main()
