"""The REST half of the tensor classes (pure data transforms) and kserve-style parameter access.

What kserve itself makes of the same scenarios is compared in tests/interop/test_kserve_rest_differential.py;
this file covers what kserve cannot be compared on: our own round trips, the body's framing
(Inference-Header-Content-Length), zero-copy reads, errors kserve lets escape, BF16, and the
parameter kinds kserve's protocol lacks.
"""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import ml_dtypes
import numpy as np
import pytest

from inference_grpc import InferInput, InferOutput, InferRequest, InferResponse, InvalidInput, RequestedOutput
from inference_grpc._parameters import (
    BoolParameter,
    DoubleParameter,
    Int64Parameter,
    StringParameter,
    UInt64Parameter,
    from_parameters,
    plain_parameters,
    to_parameters,
)
from inference_grpc.protocol import InferParameter, ModelInferResponse

ARRAYS = {
    "BOOL": np.array([True, False, True]),
    "INT8": np.array([-128, 0, 127], np.int8),
    "INT64": np.array([-(2**63), 0, 2**63 - 1], np.int64),
    "UINT64": np.array([0, 1, 2**64 - 1], np.uint64),
    "FP16": np.array([0.5, -1.0, 65504], np.float16),
    "BF16": np.array([1.0, -2.0, 0.5], ml_dtypes.bfloat16),
    "FP32": np.array([1.5, -0.0, 3.25], np.float32),
    "FP64": np.array([1e-300, 2.0, -3.0]),
    "BYTES": np.array([b"", b"\x00\xff", "é".encode()], object),
}


def _tensor(datatype: str, binary: bool, name: str = "t") -> InferInput:
    tensor = InferInput(name, [3], datatype)
    tensor.set_data_from_numpy(ARRAYS[datatype], binary_data=binary)
    return tensor


@pytest.mark.parametrize("datatype", sorted(ARRAYS))
def test_request_round_trips_through_bytes_raw_and_json(datatype: str) -> None:
    binary = _tensor(datatype, True, "raw")
    request = InferRequest("m", [binary], request_id="r1", parameters={"k": "v", "big": 2**64 - 1, "f": 0.5})
    body, length = request.to_rest()
    assert isinstance(body, bytes) and isinstance(length, int)
    back = InferRequest.from_bytes(body, length, "m")
    assert back == request
    assert back.inputs[0].parameters == {}  # binary_data_size is framing, not a parameter
    if datatype not in ("FP16", "BF16") and datatype != "BYTES":
        typed = InferRequest("m", [_tensor(datatype, False, "typed")], request_id="r2")
        head, none = typed.to_rest()
        assert none is None and isinstance(head, dict)
        assert InferRequest.from_rest(json.loads(json.dumps(head))) == typed


def test_bytes_json_needs_utf8_text() -> None:
    tensor = InferOutput("b", [1], "BYTES")
    tensor.set_data_from_numpy(np.array([b"\xff"], object))
    with pytest.raises(InvalidInput, match=r"tensor 'b': BYTES element b'\\xff' is not UTF-8"):
        InferResponse("r", "m", [tensor]).to_rest()


def test_binary_reads_are_zero_copy_views_of_the_body() -> None:
    array = np.arange(1000, dtype=np.float32)
    tensor = InferOutput("y", [1000], "FP32")
    tensor.set_data_from_numpy(array)
    body, length = InferResponse("r", "m", [tensor], use_binary_outputs=True).to_rest()
    assert isinstance(body, bytes) and length is not None
    out = InferResponse.from_bytes(body, length).outputs[0].as_numpy()
    np.testing.assert_array_equal(out, array)
    assert np.shares_memory(out, np.frombuffer(body, np.uint8))


@pytest.mark.parametrize(
    ("json_length", "match"),
    [
        (-1, "Inference-Header-Content-Length -1 is outside"),
        (10**6, "is outside the body's"),
        (True, "must be a non-negative integer"),
        ("12a", "must be a non-negative integer"),
        (3, "not valid JSON"),
    ],
)
def test_bad_json_length_is_invalid_input(json_length: Any, match: str) -> None:
    with pytest.raises(InvalidInput, match=match):
        InferRequest.from_bytes(b'{"inputs": []}', json_length, "m")


def test_json_length_as_header_text_or_absent() -> None:
    head = json.dumps({"inputs": [{"name": "a", "shape": [2], "datatype": "INT8", "data": [1, 2]}]}).encode()
    assert InferRequest.from_bytes(head, None, "m") == InferRequest.from_bytes(head, str(len(head)), "m")
    assert InferRequest.from_bytes(head, None, "m").inputs[0].as_numpy().tolist() == [1, 2]


def _body(inputs: list[dict[str, Any]], tail: bytes) -> tuple[bytes, int]:
    head = json.dumps({"inputs": inputs}).encode()
    return head + tail, len(head)


@pytest.mark.parametrize(
    ("inputs", "tail", "match"),
    [
        ([{"name": "a", "shape": [2], "datatype": "INT8", "parameters": {"binary_data_size": 3}}], b"\x01\x02", "past"),
        (
            [{"name": "a", "shape": [2], "datatype": "INT8", "parameters": {"binary_data_size": 2}}],
            b"\x01\x02\x03",
            "1 bytes after",
        ),
        (
            [{"name": "a", "shape": [2], "datatype": "INT8", "parameters": {"binary_data_size": -2}}],
            b"",
            "non-negative",
        ),
        ([{"name": "a", "shape": "2", "datatype": "INT8", "data": [1, 2]}], b"", "'shape' must be list"),
        ([{"shape": [1], "datatype": "INT8", "data": [1]}], b"", "'name' is missing"),
        ([{"name": "a", "shape": [1], "datatype": "INT8", "data": 1}], b"", "'data' must be a list"),
        (
            [{"name": "a", "shape": [1], "datatype": "INT8", "data": [1], "parameters": {"p": [1]}}],
            b"",
            "parameter 'p'",
        ),
        (["a"], b"", "each tensor must be a JSON object"),
    ],
)
def test_malformed_bodies_are_invalid_input_naming_the_tensor(inputs: Any, tail: bytes, match: str) -> None:
    body, length = _body(inputs, tail)
    with pytest.raises(InvalidInput, match=match):
        InferRequest.from_bytes(body, length, "m")


def test_from_rest_refuses_a_binary_tensor() -> None:
    head = {
        "model_name": "m",
        "outputs": [{"name": "o", "shape": [1], "datatype": "INT8", "parameters": {"binary_data_size": 1}}],
    }
    with pytest.raises(InvalidInput, match="tensor 'o': has binary data"):
        InferResponse.from_rest(head)


def test_tensor_to_rest_and_from_rest() -> None:
    tensor = _tensor("INT64", True)
    head, raw = tensor.to_rest(binary_data=True)
    assert head["parameters"] == {"binary_data_size": 24} and raw == ARRAYS["INT64"].tobytes()
    assert InferInput.from_rest(head, raw) == tensor
    head, raw = tensor.to_rest(binary_data=False)
    assert raw is None and head["data"] == ARRAYS["INT64"].tolist()
    assert InferInput.from_rest(head) == tensor
    with pytest.raises(InvalidInput, match="2 bytes of binary data beyond"):
        InferInput.from_rest(
            {"name": "t", "shape": [1], "datatype": "INT8", "parameters": {"binary_data_size": 1}}, b"abc"
        )


def test_use_binary_outputs_makes_to_grpc_raw_too() -> None:
    out = InferOutput("o", [2], "INT32", data=[1, 2])
    assert InferResponse("r", "m", [out]).to_grpc().raw_output_contents == []
    message = InferResponse("r", "m", [out], use_binary_outputs=True).to_grpc()
    assert message.outputs[0].contents is None and bytes(message.raw_output_contents[0]) == b"\x01\0\0\0\x02\0\0\0"


def test_requested_output_binary_data_must_be_a_bool() -> None:
    response = InferResponse(
        "r", "m", [_tensor("INT8", True, "o")], requested_outputs=[RequestedOutput("o", {"binary_data": "yes"})]
    )
    with pytest.raises(InvalidInput, match="requested output 'o': 'binary_data' must be a bool"):
        response.to_rest()


def test_from_inference_request_takes_a_dict_and_refuses_others() -> None:
    request = InferRequest.from_inference_request(
        {"inputs": [{"name": "a", "shape": [1], "datatype": "FP32", "data": [2.5]}]}, "m"
    )
    assert request.model_name == "m" and request.inputs[0].as_numpy().tolist() == [2.5]
    with pytest.raises(InvalidInput, match="expected a REST InferenceRequest"):
        InferRequest.from_inference_request(42, "m")


# -- parameters, the kserve way ----------------------------------------------------------------------


def test_received_parameters_read_both_ways() -> None:
    kinds = {
        "s": InferParameter(string_param="x"),
        "i": InferParameter(int64_param=-5),
        "u": InferParameter(uint64_param=2**64 - 1),
        "d": InferParameter(double_param=0.125),
        "b": InferParameter(bool_param=False),
    }
    params = InferResponse.from_grpc(ModelInferResponse(model_name="m", parameters=kinds)).parameters
    assert params == {"s": "x", "i": -5, "u": 2**64 - 1, "d": 0.125, "b": False}
    assert [type(v) for v in params.values()] == [
        StringParameter,
        Int64Parameter,
        UInt64Parameter,
        DoubleParameter,
        BoolParameter,
    ]
    assert (params["s"].string_param, params["s"].int64_param, params["s"].bool_param) == ("x", 0, False)
    assert (params["u"].uint64_param, params["u"].int64_param) == (2**64 - 1, 0)
    assert (params["d"].double_param, params["d"].string_param) == (0.125, "")
    assert params["b"].bool_param is False and params["b"].value is False and repr(params["b"]) == "False"
    plain_b = False
    assert f"{params['b']}|{params['b']:>6}|{params['s']}|{params['i']:+d}" == f"{plain_b}|{plain_b:>6}|x|-5"
    assert [p.WhichOneof("parameter_choice") for p in params.values()] == [
        "string_param", "int64_param", "uint64_param", "double_param", "bool_param",
    ]  # fmt: skip
    assert params["i"].HasField("int64_param") and not params["i"].HasField("string_param")
    with pytest.raises(ValueError, match='no "choice" oneof'):
        params["i"].WhichOneof("choice")
    assert json.loads(json.dumps(plain_parameters(params))) == {
        "s": "x",
        "i": -5,
        "u": 2**64 - 1,
        "d": 0.125,
        "b": False,
    }
    assert to_parameters(params, "again") == kinds  # each goes back in the field it came in


def test_a_small_uint64_stays_uint64_and_protobuf_parameters_are_taken() -> None:
    small = from_parameters({"u": InferParameter(uint64_param=3)})
    assert to_parameters(small, "x") == {"u": InferParameter(uint64_param=3)}

    class Protobufish:  # what protobuf's InferParameter offers: WhichOneof and the fields
        def WhichOneof(self, group: str) -> str:  # noqa: N802
            return "string_param"

        string_param = "from protobuf"

    assert to_parameters({"p": Protobufish()}, "x") == {"p": InferParameter(string_param="from protobuf")}


def test_rest_parameters_read_the_kserve_way_too() -> None:
    head = {"inputs": [{"name": "a", "shape": [1], "datatype": "INT8", "data": [1]}], "parameters": {"c": "pd", "n": 2}}
    request = InferRequest.from_rest(head, "m")
    assert request.parameters["c"].string_param == "pd" and request.parameters["n"].int64_param == 2


# -- DataFrames ---------------------------------------------------------------------------------------


def test_dataframes_both_ways() -> None:
    import pandas as pd

    frame = pd.DataFrame({"f": np.array([0.5, 1.5], np.float32), "n": [1, 2], "s": ["a", "b"]})
    response = InferResponse.from_dataframe(frame, "m", "r", use_binary_outputs=True)
    assert [(o.name, o.datatype, o.shape) for o in response.outputs] == [
        ("f", "FP32", [2]),
        ("n", "INT64", [2]),
        ("s", "BYTES", [2]),
    ]
    back = InferResponse.from_bytes(*response.to_rest()).as_dataframe()  # type: ignore[arg-type]
    assert back.to_dict("list") == frame.to_dict("list")
    request = InferRequest.from_dataframe(frame, "m")
    assert request.as_dataframe().to_dict("list") == frame.to_dict("list")
    with pytest.raises(InvalidInput, match="expected a pandas DataFrame"):
        InferRequest.from_dataframe({"a": [1]}, "m")


def test_without_pandas_the_error_names_the_extra() -> None:
    code = (
        "import sys; sys.modules['pandas'] = None\n"
        "from inference_grpc import InferInput, InferRequest\n"
        "r = InferRequest('m', [InferInput('a', [1], 'INT8', data=[1])])\n"
        "try:\n    r.as_dataframe()\nexcept ImportError as e:\n    print(e)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and "pip install 'inference-grpc[pandas]'" in done.stdout, done.stderr


def test_nan_cannot_go_in_a_json_body() -> None:
    nan = InferInput("n", [1], "FP32", data=[float("nan")])
    request = InferRequest("m", [nan, _tensor("INT8", True, "b")], request_id="r")
    with pytest.raises(InvalidInput, match="JSON has no NaN or Infinity"):
        request.to_rest()


def test_responses_flatten_typed_lists_requests_keep_them() -> None:
    nested = [[1, 2], [3, 4]]
    head, _ = InferRequest("m", [InferInput("a", [2, 2], "INT32", data=nested)], request_id="r").to_rest()
    assert head["inputs"][0]["data"] == nested  # type: ignore[call-overload, index]
    head, _ = InferResponse("r", "m", [InferOutput("a", [2, 2], "INT32", data=nested)]).to_rest()
    assert head["outputs"][0]["data"] == [1, 2, 3, 4]  # type: ignore[call-overload, index]


def test_requested_output_binary_data_property() -> None:
    assert RequestedOutput("o").binary_data is None
    assert RequestedOutput("o", {"binary_data": True}).binary_data is True
    wanted = InferRequest.from_rest(
        {"inputs": [], "outputs": [{"name": "o", "parameters": {"binary_data": False}}]}, "m"
    )
    assert wanted.request_outputs[0].binary_data is False
