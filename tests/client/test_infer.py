"""ModelInfer end to end: every datatype both ways, raw and typed, against the generated servicers."""

from __future__ import annotations

from typing import Any

import ml_dtypes
import numpy as np
import pytest

from inference_grpc import InferInput, InferRequest, InferResponse, RequestedOutput
from inference_grpc._parameters import plain_value
from inference_grpc.protocol import (
    InferParameter,
    InferTensorContents,
    ModelInferRequest,
    ModelInferRequestInferInputTensor,
)

from .conftest import WIRE, Env, call, raw_to_values, typed_values

BF16 = np.dtype(ml_dtypes.bfloat16)

SAMPLES: dict[str, np.ndarray[Any, Any]] = {
    "BOOL": np.array([[True, False, True], [False, False, True]]),
    "INT8": np.array([[-128, -1, 0], [1, 2, 127]], dtype=np.int8),
    "INT16": np.array([[-32768, -1, 0], [1, 2, 32767]], dtype=np.int16),
    "INT32": np.array([[-(2**31), -1, 0], [1, 2, 2**31 - 1]], dtype=np.int32),
    "INT64": np.array([[-(2**63), -1, 0], [1, 2, 2**63 - 1]], dtype=np.int64),
    "UINT8": np.array([[0, 1, 2], [127, 128, 255]], dtype=np.uint8),
    "UINT16": np.array([[0, 1, 2], [127, 128, 65535]], dtype=np.uint16),
    "UINT32": np.array([[0, 1, 2], [127, 2**31, 2**32 - 1]], dtype=np.uint32),
    "UINT64": np.array([[0, 1, 2], [127, 2**63, 2**64 - 1]], dtype=np.uint64),
    "FP16": np.array([[-1.5, 0.0, 1e-3], [65504.0, -np.inf, 0.099976]], dtype=np.float16),
    "BF16": np.array([[-1.5, 0.0, 1e-3], [3.0e38, -np.inf, 0.1]], dtype=BF16),
    "FP32": np.array([[-1.5, -0.0, 1e-30], [3.4e38, np.inf, 0.1]], dtype=np.float32),
    "FP64": np.array([[-1.5, -0.0, 1e-300], [1.7e308, -np.inf, 0.1]], dtype=np.float64),
    "BYTES": np.array([[b"a", b"", b"\x00\xff"], [b"longer \xe2\x82\xac", b"x" * 300, b"z"]], dtype=object),
}
DATATYPES = list(SAMPLES)
EXPECTED_DTYPE = {
    name: (BF16 if name == "BF16" else np.dtype(object if name == "BYTES" else WIRE[name][0])) for name in SAMPLES
}


def wire_bytes(array: np.ndarray[Any, Any], datatype: str) -> bytes:
    """What a correct client puts in raw_input_contents, computed independently."""
    if datatype == "BYTES":
        return b"".join(len(x).to_bytes(4, "little") + x for x in array.reshape(-1).tolist())
    dtype = "<u2" if datatype == "BF16" else WIRE[datatype][0]
    source = array.view("<u2") if datatype == "BF16" else array
    return np.ascontiguousarray(source, dtype=dtype).tobytes()


def assert_same(actual: np.ndarray[Any, Any], expected: np.ndarray[Any, Any], datatype: str) -> None:
    assert actual.shape == expected.shape
    assert actual.dtype == EXPECTED_DTYPE[datatype]
    if datatype == "BYTES":
        assert actual.tolist() == expected.tolist()
    else:  # bitwise: -0.0, inf and NaN must survive
        assert actual.tobytes() == np.ascontiguousarray(expected, dtype=actual.dtype).tobytes()


def server_values(request: ModelInferRequest, index: int = 0) -> tuple[str, list[Any]]:
    """('raw' | 'typed', the element values the server received for input `index`)."""
    tensor = request.inputs[index]
    if request.raw_input_contents:
        return "raw", raw_to_values(bytes(memoryview(request.raw_input_contents[index]).cast("B")), tensor.datatype)
    field = WIRE[tensor.datatype][1]
    assert field is not None and tensor.contents is not None
    return "typed", typed_values(tensor.contents, tensor.datatype)


@pytest.mark.parametrize("datatype", DATATYPES)
async def test_every_datatype_raw_and_typed_both_ways(env: Env, datatype: str) -> None:
    client = env.client()
    data = SAMPLES[datatype]
    expected_values = raw_to_values(wire_bytes(data, datatype), datatype)
    for binary in (True, False):
        for reply in ("raw", "typed"):
            tensor = InferInput("x", list(data.shape), datatype)
            tensor.set_data_from_numpy(data, binary_data=binary)
            request = InferRequest("echo", [tensor], request_id="r1", parameters={"reply": reply})
            response = await call(client.infer(request))
            # What went on the wire: raw when asked (FP16/BF16 always: they have no typed field).
            form, values = server_values(env.backend.last("ModelInfer").request)
            assert form == ("raw" if binary or WIRE[datatype][1] is None else "typed")
            if form == "raw":
                assert bytes(memoryview(env.backend.last().request.raw_input_contents[0]).cast("B")) == wire_bytes(
                    data, datatype
                )
            assert values == expected_values
            # What came back decodes the same, raw or typed.
            assert isinstance(response, InferResponse)
            output = response.get_output_by_name("x")
            assert output is not None
            assert (output.name, output.shape, output.datatype) == ("x", [2, 3], datatype)
            assert_same(output.as_numpy(), data, datatype)


@pytest.mark.parametrize("datatype", [d for d in DATATYPES if d != "BF16"])
async def test_python_lists_go_typed(env: Env, datatype: str) -> None:
    data = SAMPLES[datatype]
    values = data.reshape(-1).tolist()
    response = await call(env.client().infer(InferRequest("echo", [InferInput("x", [2, 3], datatype, data=values)])))
    form, received = server_values(env.backend.last().request)
    assert form == ("raw" if datatype == "FP16" else "typed")
    assert received == raw_to_values(wire_bytes(data, datatype), datatype)
    assert_same(response.outputs[0].as_numpy(), data, datatype)


@pytest.mark.parametrize(
    "array",
    [
        np.array([b"ab", b"", b"c\x00"], dtype=object),
        np.array(["ab", "", "\u20ac"], dtype=object),
        np.array([b"ab", b"", b"cd"], dtype="S2"),
        np.array(["ab", "", "\u20ac"], dtype="U2"),
        np.array([b"ab", "", "c"], dtype=object),
    ],
    ids=["object-bytes", "object-str", "S", "U", "mixed"],
)
@pytest.mark.parametrize("binary", [True, False])
async def test_bytes_accepts_bytes_str_s_and_u_arrays(env: Env, array: np.ndarray[Any, Any], binary: bool) -> None:
    expected = [x.encode() if isinstance(x, str) else bytes(x) for x in array.tolist()]
    tensor = InferInput("s", [3], "BYTES")
    tensor.set_data_from_numpy(array, binary_data=binary)
    response = await call(env.client().infer(InferRequest("echo", [tensor])))
    assert server_values(env.backend.last().request)[1] == expected
    assert response.outputs[0].as_numpy().tolist() == expected


async def test_several_inputs_mixed_raw_and_typed_are_sent_raw(env: Env) -> None:
    """The protocol forbids mixing raw and typed inputs in one request: typed ones travel raw too."""
    a = InferInput("a", [2], "INT32", data=[1, 2])
    b = InferInput("b", [2], "FP32")
    b.set_data_from_numpy(np.array([1.5, 2.5], dtype=np.float32))
    c = InferInput("c", [1], "BYTES", data=["hi"])
    response = await call(env.client().infer(InferRequest("echo", [a, b, c])))
    sent = env.backend.last().request
    assert len(sent.raw_input_contents) == 3
    assert all(t.contents is None for t in sent.inputs)
    assert [o.as_numpy().tolist() for o in response.outputs] == [[1, 2], [1.5, 2.5], [b"hi"]]
    assert (a.data, b.data) == ([1, 2], None)  # the caller's inputs are unchanged


async def test_non_contiguous_and_big_endian_arrays(env: Env) -> None:
    base = np.arange(24, dtype=np.float32).reshape(4, 6)
    cases = {
        "strided": base[:, ::2],
        "transposed": base.T,
        "big-endian": base.astype(">f4"),
        "big-endian-strided": base.astype(">i8")[::2, 1:4],
        "fortran": np.asfortranarray(base.astype(np.int16)),
    }
    datatypes = {"strided": "FP32", "transposed": "FP32", "big-endian": "FP32", "big-endian-strided": "INT64"}
    client = env.client()
    for name, array in cases.items():
        before = array.copy()
        tensor = InferInput(name, list(array.shape), datatypes.get(name, "INT16"))
        tensor.set_data_from_numpy(array)
        response = await call(client.infer(InferRequest("echo", [tensor])))
        out = response.outputs[0].as_numpy()
        np.testing.assert_array_equal(out, array)
        assert out.dtype.byteorder in "<=|"
        _, values = server_values(env.backend.last().request)
        assert values == array.reshape(-1).tolist()
        np.testing.assert_array_equal(array, before)  # caller's array untouched
        assert array.dtype == before.dtype


async def test_parameters_round_trip_as_plain_values(env: Env) -> None:
    params = {"s": "text", "i": -7, "big": 2**63 + 5, "b": True, "f": 0.25, "zero": 0, "no": False}
    tensor_params = {"content_type": "np", "scale": 1.5, "n": 3, "flag": False}
    given_params, given_tensor_params = dict(params), dict(tensor_params)
    tensor = InferInput("x", [1], "FP32", data=[1.0], parameters=tensor_params)
    response = await call(env.client().infer(InferRequest("echo", [tensor], parameters=params)))
    assert type(response.parameters) is dict
    assert response.parameters == params
    # plain values (bool cannot be subclassed: its received value is an int 0/1 whose .value is the bool)
    assert [type(plain_value(v)) for v in response.parameters.values()] == [type(v) for v in params.values()]
    assert all(isinstance(v, type(params[k])) for k, v in response.parameters.items() if type(params[k]) is not bool)
    # and read the kserve way, through the client's own decoder
    assert (response.parameters["s"].string_param, response.parameters["big"].uint64_param) == ("text", 2**63 + 5)
    assert response.parameters["no"].WhichOneof("parameter_choice") == "bool_param"
    assert response.outputs[0].parameters["scale"].double_param == 1.5
    assert response.outputs[0].parameters == tensor_params
    assert [type(plain_value(v)) for v in response.outputs[0].parameters.values()] == [
        type(v) for v in tensor_params.values()
    ]
    # the server saw protocol parameters of the right kinds
    sent = env.backend.last().request
    assert sent.parameters["f"] == InferParameter(double_param=0.25)
    assert sent.parameters["b"] == InferParameter(bool_param=True)
    assert sent.parameters["big"] == InferParameter(uint64_param=2**63 + 5)
    # nothing added to, or changed in, the caller's dicts (KServe adds binary_data_size)
    assert params == given_params and tensor_params == given_tensor_params
    assert tensor.parameters == tensor_params


async def test_request_fields_and_requested_outputs(env: Env) -> None:
    x = InferInput("x", [1], "INT64", data=[5])
    request = InferRequest(
        "echo",
        [x],
        request_id="abc",
        model_version="3",
        request_outputs=[RequestedOutput("x", parameters={"binary_data": True})],
    )
    response = await call(env.client().infer(request))
    sent = env.backend.last().request
    assert (sent.model_name, sent.model_version, sent.id) == ("echo", "3", "abc")
    assert [o.name for o in sent.outputs] == ["x"]
    assert sent.outputs[0].parameters == {"binary_data": InferParameter(bool_param=True)}
    assert (response.model_name, response.model_version, response.id) == ("echo", "3", "abc")
    assert response.get_output_by_name("nope") is None


async def test_generated_model_infer_request_is_accepted(env: Env) -> None:
    request = ModelInferRequest(
        model_name="echo",
        inputs=[
            ModelInferRequestInferInputTensor(
                name="x", datatype="FP64", shape=[2], contents=InferTensorContents(fp64_contents=[1.0, 2.0])
            )
        ],
    )
    response = await call(env.client().infer(request))
    np.testing.assert_array_equal(response.outputs[0].as_numpy(), [1.0, 2.0])
    assert InferRequest.from_grpc(request).inputs[0].as_numpy().tolist() == [1.0, 2.0]


async def test_large_tensor_round_trip_without_message_limits(env: Env) -> None:
    """5 MiB each way: gRPC's 4 MiB default receive limit must not apply, even with channel_args."""
    data = np.random.default_rng(0).random((5, 1 << 17), dtype=np.float64)  # 5 MiB
    tensor = InferInput("big", list(data.shape), "FP64")
    tensor.set_data_from_numpy(data)
    client = env.client(channel_args=[("grpc.primary_user_agent", "tests")])
    response = await call(client.infer(InferRequest("echo", [tensor])))
    out = response.outputs[0].as_numpy()
    np.testing.assert_array_equal(out, data)
    assert not out.flags.writeable  # a read-only view of the received message


async def test_message_size_limits_when_set(env: Env) -> None:
    import grpc

    tensor = InferInput("x", [1024], "FP32")
    tensor.set_data_from_numpy(np.zeros(1024, dtype=np.float32))
    small_send = env.client(max_send_message_length=1000)
    with pytest.raises(grpc.RpcError) as info:
        await call(small_send.infer(InferRequest("echo", [tensor])))
    assert info.value.code() == grpc.StatusCode.RESOURCE_EXHAUSTED
    small_receive = env.client(max_receive_message_length=1000)
    with pytest.raises(grpc.RpcError) as info:
        await call(small_receive.infer(InferRequest("echo", [tensor])))
    assert info.value.code() == grpc.StatusCode.RESOURCE_EXHAUSTED
    assert env.backend.count("ModelInfer") == 1  # only the second reached the server


async def test_bf16_output_without_ml_dtypes_decodes_to_float32(env: Env, monkeypatch: pytest.MonkeyPatch) -> None:
    from inference_grpc import _datatypes

    data = SAMPLES["BF16"]
    tensor = InferInput("x", [2, 3], "BF16")
    tensor.set_data_from_numpy(data)
    f32 = InferInput("y", [2, 3], "FP32")
    f32.set_data_from_numpy(data.astype(np.float32))
    monkeypatch.setattr(_datatypes, "_BF16", None)
    response = await call(env.client().infer(InferRequest("echo", [tensor, f32])))
    out = response.get_output_by_name("x")
    assert out is not None
    decoded = out.as_numpy()
    assert decoded.dtype == np.float32 and decoded.shape == (2, 3)
    assert decoded.tobytes() == data.astype(np.float32).tobytes()  # exact: bf16 widens losslessly
    # without ml_dtypes a float32 array is rounded to bf16 (nearest even) on the way out
    again = InferInput("x", [2, 3], "BF16")
    again.set_data_from_numpy(decoded)
    response = await call(env.client().infer(InferRequest("echo", [again])))
    assert response.outputs[0].as_numpy().tobytes() == decoded.tobytes()
