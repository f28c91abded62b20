"""The client's import leaves out betterproto2 and ml_dtypes, which load on first use with nothing lost."""

from __future__ import annotations

import copy
import dataclasses
import pickle
import subprocess
import sys

import betterproto2
import ml_dtypes
import numpy as np

from inference_grpc import InferInput, InferRequest, InferResponse
from inference_grpc import _datatypes as dt
from inference_grpc.protocol import InferParameter, ModelInferRequest, ModelInferResponse
from inference_grpc.runtime import message as rt_message

HOT_IMPORT = "from inference_grpc import InferenceGRPCClient, InferInput, InferRequest"


def _run(code: str) -> str:
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_the_hot_import_loads_neither_betterproto2_nor_ml_dtypes() -> None:
    code = f"import sys; {HOT_IMPORT}; print(sorted(m for m in ('betterproto2', 'ml_dtypes') if m in sys.modules))"
    assert _run(code) == "[]"


def test_neither_the_hot_import_nor_the_kserve_protocol_loads_the_triton_variant() -> None:
    code = f"""
import sys
{HOT_IMPORT}
import inference_grpc.protocol
from inference_grpc import InferenceGRPCClient, SyncInferenceGRPCClient
before = sorted(m for m in sys.modules if m.startswith(("inference_grpc_gen.triton", "inference_grpc.triton")))
from inference_grpc.triton_protocol import ModelConfig
print(before, "inference_grpc_gen.triton.inference._messages" in sys.modules)
"""
    assert _run(code) == "[] True"


def test_bf16_loads_ml_dtypes_on_first_need() -> None:
    code = f"""
import sys
import numpy as np
{HOT_IMPORT}
from inference_grpc import _datatypes as dt
x = InferInput("x", [2], "BF16")
x.set_data_from_numpy(np.array([1.5, -2.0], np.float32))  # floats are rounded without ml_dtypes
before = "ml_dtypes" in sys.modules
print(before, dt.bf16_dtype() is not None and dt.bf16_dtype().name == "bfloat16", "ml_dtypes" in sys.modules)
"""
    assert _run(code) == "False True True"


def test_bf16_dtype_is_ml_dtypes_bfloat16() -> None:
    bf16 = np.dtype(ml_dtypes.bfloat16)
    assert dt.bf16_dtype() == bf16
    assert dt.is_bf16(bf16) and not dt.is_bf16(np.dtype(np.float64)) and not dt.is_bf16(np.dtype("<u2"))
    assert dt.datatype_of(np.zeros(2, bf16)) == "BF16"


def test_betterproto2_api_list_matches_betterproto2() -> None:
    # Everything betterproto2.Message has that our Message (or generated code) does not define itself.
    ours = {"__post_init__", "__bool__", "__eq__", "__repr__", "__hash__", "__bytes__", "SerializeToString", "parse"}
    internals = {"__module__", "__annotations__", "__dict__", "__weakref__", "__abstractmethods__", "_abc_impl"}
    theirs = set(betterproto2.Message.__dict__) - ours - internals - {"__doc__"}
    assert theirs == set(rt_message._BETTERPROTO2_API)


def test_messages_keep_betterproto2s_api() -> None:
    message = ModelInferRequest(model_name="m", id="7", parameters={"p": InferParameter(int64_param=3)})
    assert message.to_dict() == {"modelName": "m", "id": "7", "parameters": {"p": {"int64Param": "3"}}}
    assert isinstance(message, betterproto2.Message) and issubclass(ModelInferRequest, betterproto2.Message)
    assert ModelInferRequest.from_dict(message.to_dict()) == message
    assert ModelInferRequest.from_json(message.to_json()) == message
    assert ModelInferRequest.FromString(bytes(message)) == message
    assert copy.copy(message) == message and copy.deepcopy(message) == message
    assert pickle.loads(pickle.dumps(message)) == message
    assert message.is_set("id")
    meta = dataclasses.fields(ModelInferRequest)[3].metadata["betterproto"]
    assert isinstance(meta, betterproto2.FieldMetadata)
    assert (meta.number, meta.proto_type, meta.map_meta[1].proto_type) == (4, "map", "message")


def test_messages_keep_betterproto2s_api_in_a_fresh_process() -> None:
    # The first use loads betterproto2: on the class, on an instance, through copy and pickle.
    code = f"""
import copy, pickle, sys
{HOT_IMPORT}
from inference_grpc.protocol import ModelInferRequest
m = ModelInferRequest(model_name="m")
assert "betterproto2" not in sys.modules
print(pickle.loads(pickle.dumps(m)) == m, "betterproto2" in sys.modules)
import betterproto2
print(isinstance(m, betterproto2.Message), ModelInferRequest.from_dict({{"modelName": "x"}}).model_name, m.to_dict())
"""
    assert _run(code).splitlines() == ["True True", "True x {'modelName': 'm'}"]


def test_betterproto2_imported_first_makes_messages_its_subclasses_at_once() -> None:
    code = f"""
import betterproto2
{HOT_IMPORT}
from inference_grpc.protocol import ModelInferRequest
print(isinstance(ModelInferRequest(), betterproto2.Message))
"""
    assert _run(code) == "True"


def test_generated_init_matches_dataclass_defaults() -> None:
    for cls in (ModelInferRequest, ModelInferResponse):
        made = cls()
        for f in dataclasses.fields(cls):
            assert getattr(made, f.name) == f.default_factory(), f.name  # type: ignore[misc]
    assert ModelInferRequest("m", "1").model_version == "1"
    assert ModelInferRequest().inputs is not ModelInferRequest().inputs  # a new list each time
    request = InferRequest("m", [InferInput("x", [1], "FP32", data=[1.0])])
    assert InferResponse.from_grpc(ModelInferResponse(model_name=request.model_name)).model_name == "m"
