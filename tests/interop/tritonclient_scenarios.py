"""User-level scenarios of tritonclient's utils, tensors, results and shared memory, run through
one implementation and printed as JSON: `python tritonclient_scenarios.py theirs` (real
tritonclient, in the Triton peer venv) or `... ours` (inference_grpc.tritonclient).

tests/interop/test_tritonclient_differential.py runs both, each in its own process, and compares
them value by value. Every scenario uses only names the two share, written the way a user writes
them; values are made comparable by `plain()` (arrays: dtype, shape and values; protobuf
messages: their deterministic bytes; exceptions: type name and str()).
"""

from __future__ import annotations

import importlib
import json
import os
import sys
from collections.abc import Callable
from typing import Any

import grpc
import ml_dtypes
import numpy as np

WHICH = sys.argv[1] if len(sys.argv) > 1 else "ours"
ROOT = {"theirs": "tritonclient", "ours": "inference_grpc.tritonclient"}[WHICH]
grpcclient: Any = importlib.import_module(ROOT + ".grpc")
utils: Any = importlib.import_module(ROOT + ".utils")
shm: Any = importlib.import_module(ROOT + ".utils.shared_memory")


def plain(value: Any) -> Any:
    if isinstance(value, np.ndarray):
        flat = value.reshape(-1).tolist() if value.dtype != ml_dtypes.bfloat16 else value.astype(np.float32).tolist()
        return {"dtype": str(value.dtype), "shape": list(value.shape), "values": [plain(v) for v in flat]}
    if isinstance(value, (bytes, bytearray, memoryview)):
        return {"bytes": bytes(value).hex()}
    if hasattr(value, "SerializeToString") and hasattr(value, "DESCRIPTOR"):
        return {"message": value.DESCRIPTOR.full_name, "bytes": value.SerializeToString(deterministic=True).hex()}
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, type):
        return f"type:{np.dtype(value)}" if value is not bool else "type:bool"
    if isinstance(value, (np.generic,)):
        return value.item()
    return value


def attempt(fn: Callable[[], Any]) -> Any:
    try:
        return plain(fn())
    except Exception as exc:
        return {"error": type(exc).__name__, "str": str(exc)}


SCENARIOS: dict[str, Callable[[], Any]] = {}


def scenario(fn: Callable[[], Any]) -> Callable[[], Any]:
    SCENARIOS[fn.__name__] = fn
    return fn


# -- utils: datatypes ---------------------------------------------------------------------------

NUMPY_TYPES = [bool, np.int8, np.int16, np.int32, np.int64, np.uint8, np.uint16, np.uint32, np.uint64]
NUMPY_TYPES += [np.float16, np.float32, np.float64, np.object_, np.bytes_, ml_dtypes.bfloat16, np.complex64]


@scenario
def np_to_triton_dtype() -> Any:
    return [attempt(lambda t=t: utils.np_to_triton_dtype(np.dtype(t))) for t in NUMPY_TYPES]


@scenario
def triton_to_np_dtype() -> Any:
    names = ["BOOL", "INT8", "INT16", "INT32", "INT64", "UINT8", "UINT16", "UINT32", "UINT64"]
    names += ["FP16", "FP32", "BF16", "FP64", "BYTES", "STRING", ""]
    return {n: attempt(lambda n=n: utils.triton_to_np_dtype(n)) for n in names}


@scenario
def reserved_parameters() -> Any:
    return [utils.TRITON_RESERVED_REQUEST_PARAMS, utils.TRITON_RESERVED_REQUEST_PARAMS_PREFIX]


@scenario
def utils_star_import() -> Any:
    namespace: dict[str, Any] = {}
    exec(f"from {ROOT}.utils import *", namespace)
    # tritonclient's 2.73 utils has no BF16 serializers any more; ours keeps the earlier releases' two.
    # Its star import also gives whichever of its subpackages were imported before (it has no __all__).
    skip = {"__builtins__", "shared_memory", "cuda_shared_memory"}
    return sorted(n for n in namespace if n not in skip and not n.endswith("bf16_tensor"))


# -- utils: BYTES tensors -----------------------------------------------------------------------

BYTES_ARRAYS = {
    "objects of bytes": lambda: np.array([b"ab", b"", b"\x00\xff"], dtype=np.object_),
    "objects of str": lambda: np.array(["h\u00e9", "", "zz"], dtype=np.object_),
    "2-D": lambda: np.array([[b"a", b"bc"], [b"def", b"\x00"]], dtype=np.object_),
    "S array": lambda: np.array([b"ab", b"c\x00"], dtype=np.bytes_),
    "empty": lambda: np.array([], dtype=np.object_),
    "objects of ints": lambda: np.array([1, 22], dtype=np.object_),
    "float array": lambda: np.array([1.0], dtype=np.float32),
}


@scenario
def serialize_byte_tensor() -> Any:
    return {k: attempt(lambda f=f: utils.serialize_byte_tensor(f())) for k, f in BYTES_ARRAYS.items()}


@scenario
def deserialize_bytes_tensor() -> Any:
    out = {}
    for key, make in BYTES_ARRAYS.items():
        serialized = attempt(lambda m=make: utils.serialize_byte_tensor(m()).item())
        if "bytes" in serialized:
            out[key] = attempt(lambda s=serialized: utils.deserialize_bytes_tensor(bytes.fromhex(s["bytes"])))
    return out


@scenario
def serialized_byte_size() -> Any:
    return {k: attempt(lambda f=f: utils.serialized_byte_size(f())) for k, f in BYTES_ARRAYS.items()}


# -- utils: exceptions --------------------------------------------------------------------------


def describe(exc: Any) -> Any:
    return {
        "type": type(exc).__name__,
        "str": str(exc),
        "message": exc.message(),
        "status": exc.status(),
        "debug_details": exc.debug_details(),
        "cause": repr(exc.__cause__),
        "suppress_context": exc.__suppress_context__,
    }


@scenario
def exceptions() -> Any:
    out = [describe(utils.InferenceServerException("failed", "StatusCode.INTERNAL", "details"))]
    out.append(describe(utils.InferenceServerException(msg="only a message")))
    try:
        try:
            raise KeyError("inner")
        except KeyError:
            utils.raise_error("boom")
    except utils.InferenceServerException as exc:
        out.append(describe(exc))
    error = grpc.aio.AioRpcError(
        grpc.StatusCode.NOT_FOUND, grpc.aio.Metadata(), grpc.aio.Metadata(), "no model 'x'", "debug text"
    )
    try:
        grpcclient.raise_error_grpc(error)
    except utils.InferenceServerException as exc:
        out.append(describe(exc))
    return out


# -- InferInput and InferRequestedOutput --------------------------------------------------------


def tensor_of(infer_input: Any) -> Any:
    return {
        "name": infer_input.name(),
        "datatype": infer_input.datatype(),
        "shape": list(infer_input.shape()),
        "tensor": plain(infer_input._get_tensor()),
        "content": plain(infer_input._get_content()),
    }


INPUTS = {
    "FP32 2x3": ("INPUT0", [2, 3], "FP32", lambda: np.arange(6, dtype=np.float32).reshape(2, 3)),
    "INT64": ("x", [3], "INT64", lambda: np.array([-1, 0, 2**62], dtype=np.int64)),
    "BOOL": ("b", [2], "BOOL", lambda: np.array([True, False])),
    "UINT8 empty": ("u", [0], "UINT8", lambda: np.zeros(0, dtype=np.uint8)),
    "BYTES": ("s", [1, 2], "BYTES", lambda: np.array([[b"ab", "c\u00e9"]], dtype=np.object_)),
    "BYTES empty": ("s", [0], "BYTES", lambda: np.array([], dtype=np.object_)),
    "BYTES S array": ("s", [2], "BYTES", lambda: np.array([b"ab", b"c\x00"], dtype=np.bytes_)),
    "BYTES objects of ints": ("s", [2], "BYTES", lambda: np.array([1, 2.5], dtype=np.object_)),
    "strided slice": ("v", [3], "INT16", lambda: np.arange(6, dtype=np.int16)[::2]),
    "FP16": ("h", [2], "FP16", lambda: np.array([1.5, -2.0], dtype=np.float16)),
    "BF16": ("bf", [2], "BF16", lambda: np.array([1.5, -2.0], dtype=ml_dtypes.bfloat16)),
    "F-order": ("f", [2, 2], "INT32", lambda: np.asfortranarray(np.arange(4, dtype=np.int32).reshape(2, 2))),
    "wrong dtype": ("w", [2], "FP32", lambda: np.array([1, 2], dtype=np.int32)),
    "BF16 from float32": ("w", [2], "BF16", lambda: np.array([1, 2], dtype=np.float32)),
    "wrong shape": ("w", [2, 2], "FP32", lambda: np.zeros((4,), dtype=np.float32)),
    "not an array": ("w", [2], "FP32", lambda: [1.0, 2.0]),
}


@scenario
def infer_input_from_numpy() -> Any:
    out = {}
    for key, (name, shape, datatype, make) in INPUTS.items():

        def run(name: str = name, shape: list[int] = shape, datatype: str = datatype, make: Any = make) -> Any:
            infer_input = grpcclient.InferInput(name, shape, datatype)
            returned = infer_input.set_data_from_numpy(make())
            return {"returns self": returned is infer_input, **tensor_of(infer_input)}

        out[key] = attempt(run)
    return out


@scenario
def infer_input_shared_memory() -> Any:
    infer_input = grpcclient.InferInput("IN", [4], "INT32")
    infer_input.set_data_from_numpy(np.arange(4, dtype=np.int32))
    steps = {"data": tensor_of(infer_input)}
    returned = infer_input.set_shared_memory("region", 16, offset=32)
    steps["shm with offset"] = {"returns self": returned is infer_input, **tensor_of(infer_input)}
    infer_input.set_shared_memory("other", 16)
    steps["shm at 0"] = tensor_of(infer_input)
    infer_input.set_data_from_numpy(np.arange(4, dtype=np.int32))
    steps["data again"] = tensor_of(infer_input)
    returned = infer_input.set_shape([2, 2])
    steps["set_shape"] = {"returns self": returned is infer_input, "shape": list(infer_input.shape())}
    return steps


@scenario
def requested_outputs() -> Any:
    out = {}
    plain_output = grpcclient.InferRequestedOutput("OUT")
    out["plain"] = [plain_output.name(), plain(plain_output._get_tensor())]
    out["class_count"] = plain(grpcclient.InferRequestedOutput("OUT", class_count=3)._get_tensor())
    out["class_count 0"] = plain(grpcclient.InferRequestedOutput("OUT", 0)._get_tensor())
    output = grpcclient.InferRequestedOutput("OUT")
    output.set_shared_memory("region", 64, offset=8)
    out["shm"] = plain(output._get_tensor())
    output.set_shared_memory("region", 64)
    out["shm again, offset 0"] = plain(output._get_tensor())
    output.unset_shared_memory()
    out["unset"] = plain(output._get_tensor())
    classified = grpcclient.InferRequestedOutput("OUT", class_count=2)
    out["shm on classification"] = attempt(lambda: classified.set_shared_memory("region", 64))
    return out


# -- InferResult on the same reply bytes --------------------------------------------------------


def response_bytes(typed: bool) -> bytes:
    response = grpcclient.service_pb2.ModelInferResponse(model_name="m", model_version="1", id="req-7")
    response.parameters["sequence_id"].uint64_param = 2**64 - 1
    response.parameters["triton_final_response"].bool_param = True
    if typed:
        out = response.outputs.add(name="TEXT", datatype="BYTES", shape=[2])
        out.contents.bytes_contents.extend([b"ab", b"c"])
        out = response.outputs.add(name="TYPED", datatype="INT32", shape=[2])
        out.contents.int_contents.extend([5, -6])
        return bytes(response.SerializeToString(deterministic=True))
    arrays = [
        ("FP32", "FP32", np.array([[1.5, -2.0, 3.25]], dtype=np.float32)),
        ("INT64", "INT64", np.array([-(2**63), 2**63 - 1], dtype=np.int64)),
        ("UINT64", "UINT64", np.array([2**64 - 1], dtype=np.uint64)),
        ("BOOL", "BOOL", np.array([True, False, True])),
        ("FP16", "FP16", np.array([0.5], dtype=np.float16)),
        ("BF16", "BF16", np.array([1.0, -3.5], dtype=ml_dtypes.bfloat16)),
        ("EMPTY", "FP32", np.zeros((0, 3), dtype=np.float32)),
    ]
    for name, datatype, array in arrays:
        out = response.outputs.add(name=name, datatype=datatype, shape=list(array.shape))
        response.raw_output_contents.append(array.tobytes())
    out = response.outputs.add(name="TEXT", datatype="BYTES", shape=[3])
    out.parameters["binary_data_size"].int64_param = 19
    response.raw_output_contents.append(utils.serialize_byte_tensor(np.array([b"x", b"", b"yz"], dtype=object)).item())
    return bytes(response.SerializeToString(deterministic=True))


@scenario
def result_raw_outputs() -> Any:
    data = response_bytes(typed=False)
    result = grpcclient.InferResult(grpcclient.service_pb2.ModelInferResponse.FromString(data))
    names = ["FP32", "INT64", "UINT64", "BOOL", "FP16", "BF16", "EMPTY", "TEXT", "MISSING"]
    arrays = {}
    for name in names:
        array = result.as_numpy(name)
        arrays[name] = None if array is None else {**plain(array), "writeable": bool(array.flags.writeable)}
    return {
        "reply bytes": data.hex(),
        "as_numpy": arrays,
        "get_output": {n: plain(result.get_output(n)) for n in ["FP32", "TEXT", "MISSING"]},
        "get_response": plain(result.get_response()),
        "get_response as_json": result.get_response(as_json=True),
        "get_output as_json": result.get_output("FP32", as_json=True),
    }


@scenario
def result_typed_outputs() -> Any:
    data = response_bytes(typed=True)
    result = grpcclient.InferResult(grpcclient.service_pb2.ModelInferResponse.FromString(data))
    return {
        "TEXT": attempt(lambda: result.as_numpy("TEXT")),
        "TYPED": attempt(lambda: result.as_numpy("TYPED")),
        "get_response as_json": result.get_response(as_json=True),
    }


# -- shared memory ------------------------------------------------------------------------------


@scenario
def shared_memory_round_trip() -> Any:
    key = f"/igdiff-{WHICH}-{os.getpid()}"
    handle = shm.create_shared_memory_region("region", key, 64)
    steps: dict[str, Any] = {"mapped": [k.replace(key, "KEY") for k in shm.mapped_shared_memory_regions()]}
    values = np.arange(6, dtype=np.int32).reshape(2, 3)
    text = utils.serialize_byte_tensor(np.array([b"ab", b"", b"xyz"], dtype=object))
    shm.set_shared_memory_region(handle, [values])
    shm.set_shared_memory_region(handle, [text], offset=24)
    steps["ints"] = plain(shm.get_contents_as_numpy(handle, np.int32, [2, 3]))
    steps["text"] = plain(shm.get_contents_as_numpy(handle, np.object_, [3], offset=24))
    steps["floats at 4"] = plain(shm.get_contents_as_numpy(handle, np.float32, [1], offset=4))
    steps["not a list"] = attempt(lambda: shm.set_shared_memory_region(handle, values))
    steps["not arrays"] = attempt(lambda: shm.set_shared_memory_region(handle, [[1, 2]]))
    steps["too big"] = attempt(lambda: shm.set_shared_memory_region(handle, [np.zeros(17, np.float32)]))
    second = shm.create_shared_memory_region("again", key, 64)
    steps["create_only on an existing key"] = attempt(lambda: shm.create_shared_memory_region("x", key, 64, True))
    shm.destroy_shared_memory_region(second)
    steps["exists after one of two handles"] = os.path.exists("/dev/shm" + key)
    shm.destroy_shared_memory_region(handle)
    steps["exists after both"] = os.path.exists("/dev/shm" + key)
    steps["mapped after"] = shm.mapped_shared_memory_regions()
    return steps


def main() -> None:
    report = {name: attempt(fn) for name, fn in SCENARIOS.items()}
    json.dump(report, sys.stdout, sort_keys=True)


if __name__ == "__main__":
    main()
