"""The tensor layer: copies, views, mutation, datatypes, parameters, and requests refused before sending."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import ml_dtypes
import numpy as np
import pytest

from inference_grpc import InferInput, InferOutput, InferRequest, InferResponse, InvalidInput, RequestedOutput
from inference_grpc._infer_codec import InferCodec
from inference_grpc._parameters import from_parameters, plain_parameters, to_parameters
from inference_grpc.protocol import (
    InferParameter,
    InferTensorContents,
    ModelInferRequest,
    ModelInferResponse,
    ModelInferResponseInferOutputTensor,
)

from .conftest import Env, call

BF16 = np.dtype(ml_dtypes.bfloat16)


def fp32_input(array: np.ndarray[Any, Any], name: str = "x") -> InferInput:
    tensor = InferInput(name, list(array.shape), "FP32")
    tensor.set_data_from_numpy(array)
    return tensor


def response_blob(datatype: str, shape: list[int], raw: bytes | None = None, **contents: Any) -> bytes:
    output = ModelInferResponseInferOutputTensor(
        name="y", datatype=datatype, shape=shape, contents=InferTensorContents(**contents) if contents else None
    )
    raws = [raw] if raw is not None else []
    return bytes(ModelInferResponse(model_name="m", id="7", outputs=[output], raw_output_contents=raws))


# -- copies and views -------------------------------------------------------------------------


def test_c_contiguous_array_is_sent_without_a_copy() -> None:
    array = np.arange(4096, dtype=np.float32).reshape(64, 64)
    message = InferRequest("m", [fp32_input(array)]).to_grpc()
    assert isinstance(message, ModelInferRequest)
    raw = message.raw_input_contents[0]
    assert np.shares_memory(np.asarray(raw), array)  # the caller's memory, not a copy
    wire = bytes(message)  # ... until the one copy into the wire buffer
    assert array.tobytes() in wire
    assert array.flags.writeable and array.flags.c_contiguous  # untouched


@pytest.mark.parametrize(
    "make",
    [
        lambda a: a[:, ::2],
        lambda a: a.T,
        lambda a: a.astype(">f4"),
        lambda a: np.asfortranarray(a),
        lambda a: a.astype(">f4")[::-1],
    ],
    ids=["strided", "transposed", "big-endian", "fortran", "big-endian-reversed"],
)
def test_other_layouts_are_converted_once_and_the_caller_array_kept(make: Callable[[Any], Any]) -> None:
    array = make(np.arange(64, dtype=np.float32).reshape(8, 8))
    before = (array.copy(), array.dtype, array.strides)
    message = InferRequest("m", [fp32_input(array)]).to_grpc()
    raw = np.asarray(message.raw_input_contents[0])
    assert raw.dtype == np.dtype("<f4") and raw.flags.c_contiguous
    np.testing.assert_array_equal(raw, array)
    assert not np.shares_memory(raw, array)
    np.testing.assert_array_equal(array, before[0])
    assert (array.dtype, array.strides) == before[1:]


def test_raw_outputs_are_read_only_zero_copy_views() -> None:
    data = np.arange(1024, dtype=np.float32)
    buffer = bytearray(response_blob("FP32", [32, 32], raw=data.tobytes()))
    response = InferResponse.from_grpc(ModelInferResponse.parse(buffer, packed_as_numpy=True))
    out = response.outputs[0].as_numpy()
    np.testing.assert_array_equal(out, data.reshape(32, 32))
    assert np.shares_memory(out, np.frombuffer(buffer, dtype=np.uint8))  # a view into the message
    assert not out.flags.writeable
    with pytest.raises(ValueError, match="read-only"):
        out[0, 0] = 1


@pytest.mark.parametrize("decoder", ["generated", "client codec"])
def test_as_numpy_follows_an_output_changed_after_decoding(decoder: str) -> None:
    data = np.arange(16, dtype=np.float32)
    blob = response_blob("FP32", [1, 16], raw=data.tobytes())
    codec = InferCodec()

    def output(**changes: Any) -> InferOutput:
        if decoder == "generated":
            response = InferResponse.from_grpc(ModelInferResponse.parse(blob, packed_as_numpy=True))
        else:
            response = codec.decode(blob)
        out = response.outputs[0]
        for name, value in changes.items():
            setattr(out, name, value)
        return out

    assert output().as_numpy().shape == (1, 16)
    np.testing.assert_array_equal(output(shape=[4, 4]).as_numpy(), data.reshape(4, 4))
    assert output(datatype="INT32").as_numpy().dtype == np.dtype("<i4")
    for changes, message in [
        ({"shape": [2, 16]}, r"'y': 64 raw bytes where shape \[2, 16\] of FP32 needs 128"),
        ({"shape": [1, 8]}, r"'y': 64 raw bytes where shape \[1, 8\] of FP32 needs 32"),
        ({"shape": [-1, -16]}, r"'y': shape \[-1, -16\] must hold non-negative integers"),
        ({"shape": [1.0, 16]}, r"'y': shape \[1.0, 16\] must hold non-negative integers"),
        ({"datatype": "FP64"}, r"'y': 64 raw bytes where shape \[1, 16\] of FP64 needs 128"),
        ({"datatype": "FP8"}, r"'y': unknown datatype 'FP8'"),
    ]:
        with pytest.raises(InvalidInput, match=message):
            output(**changes).as_numpy()


def test_from_grpc_wraps_a_generated_response() -> None:
    blob = response_blob("INT32", [2], raw=np.array([1, 2], "<i4").tobytes())
    message = ModelInferResponse.parse(blob)
    message.parameters = {"p": InferParameter(string_param="v"), "n": InferParameter(int64_param=3)}
    message.outputs[0].parameters = {"f": InferParameter(double_param=0.5)}
    response = InferResponse.from_grpc(message)
    assert (response.model_name, response.model_version, response.id) == ("m", None, "7")
    assert type(response.parameters) is dict and response.parameters == {"p": "v", "n": 3}
    output = response.get_output_by_name("y")
    assert isinstance(output, InferOutput)
    assert (output.name, output.shape, output.datatype, output.parameters) == ("y", [2], "INT32", {"f": 0.5})
    assert output.as_numpy().tolist() == [1, 2]


def test_long_shapes_decode_to_python_ints() -> None:
    shape = [1] * 40  # a packed run long enough to decode as a numpy array
    response = InferResponse.from_grpc(
        ModelInferResponse.parse(response_blob("INT8", shape, raw=b"\x05"), packed_as_numpy=True)
    )
    assert response.outputs[0].shape == shape and all(type(d) is int for d in response.outputs[0].shape)


def test_to_grpc_and_from_grpc_round_trip() -> None:
    x = InferInput("x", [2, 2], "FP64", data=[[1.0, 2.0], [3.0, 4.0]], parameters={"a": 1})
    request = InferRequest(
        "m", [x], request_id="i", parameters={"p": True}, request_outputs=[RequestedOutput("y")], model_version="2"
    )
    again = InferRequest.from_grpc(ModelInferRequest.parse(bytes(request.to_grpc())))
    assert (again.model_name, again.id, again.model_version, again.parameters) == ("m", "i", "2", {"p": True})
    assert [o.name for o in again.request_outputs] == ["y"]
    assert again.inputs[0].parameters == {"a": 1}
    assert again.inputs[0].as_numpy().tolist() == [[1.0, 2.0], [3.0, 4.0]]  # nested lists are flattened


def test_from_grpc_takes_the_triton_variants_messages() -> None:
    from inference_grpc import triton_protocol as tp

    x = InferInput("x", [2], "INT32")
    x.set_data_from_numpy(np.array([5, 6], "<i4"))
    request = InferRequest("m", [x], request_id="i", parameters={"p": "q"})
    triton_request = tp.ModelInferRequest.parse(bytes(request.to_grpc()))
    assert InferRequest.from_grpc(triton_request) == request
    reply = tp.ModelInferResponse(model_name="m", id="r", outputs=[tp.ModelInferResponseInferOutputTensor(
        name="y", datatype="INT32", shape=[2])], raw_output_contents=[np.array([1, 2], "<i4").tobytes()])  # fmt: skip
    response = InferResponse.from_grpc(reply)
    assert (response.model_name, response.id) == ("m", "r")
    assert response.outputs[0].as_numpy().tolist() == [1, 2]
    with pytest.raises(InvalidInput, match="ModelInferResponse"):
        InferResponse.from_grpc(triton_request)  # a message of another type is still refused


# -- never mutating what the caller passed -------------------------------------------------------


def test_raw_inputs_do_not_touch_the_callers_inputs() -> None:
    x = InferInput("x", [2], "INT32", data=[1, 2])
    request = InferRequest("m", [x], raw_inputs=[np.array([7, 8], "<i4").tobytes()])
    message = request.to_grpc()
    assert x.data == [1, 2] and x.raw_data is None  # KServe overwrites the caller's input here
    assert request.inputs[0] is not x
    assert bytes(message.raw_input_contents[0]) == np.array([7, 8], "<i4").tobytes()
    assert request.inputs[0].as_numpy().tolist() == [7, 8]


def test_dicts_and_lists_are_copied() -> None:
    params = {"a": 1}
    inputs = [InferInput("x", [1], "FP32", data=[1.0], parameters=params)]
    outputs = [RequestedOutput("y", parameters=params)]
    request = InferRequest("m", inputs, parameters=params, request_outputs=outputs)
    request.parameters["b"] = 2
    inputs[0].parameters["c"] = 3
    outputs[0].parameters["d"] = 4
    request.inputs.append(InferInput("z", [1], "FP32", data=[1.0]))
    assert params == {"a": 1} and len(inputs) == 1
    message = request.to_grpc()
    assert set(message.parameters) == {"a", "b"}
    assert params == {"a": 1}


# -- datatypes -----------------------------------------------------------------------------------


def test_bf16_from_float32_rounds_to_nearest_even(monkeypatch: pytest.MonkeyPatch) -> None:
    from inference_grpc import _datatypes

    values = np.array([1.0, 1.00390625, 1.01171875, 3.4e38, -2.5, np.inf, 1e-40], dtype=np.float32)
    expected = values.astype(BF16).view("<u2").tobytes()
    for bf16 in (BF16, None):  # with ml_dtypes, and as if it were not installed
        monkeypatch.setattr(_datatypes, "_BF16", bf16)
        tensor = InferInput("x", [len(values)], "BF16")
        tensor.set_data_from_numpy(values)
        raw = InferRequest("m", [tensor]).to_grpc().raw_input_contents[0]
        assert bytes(np.asarray(raw)) == expected
        typed = InferInput("x", [len(values)], "BF16", data=values.tolist())
        assert bytes(np.asarray(InferRequest("m", [typed]).to_grpc().raw_input_contents[0])) == expected


def test_bf16_and_unknown_outputs_never_break_a_response(monkeypatch: pytest.MonkeyPatch) -> None:
    from inference_grpc import _datatypes

    bits = np.array([0x3FC0, 0xC020], "<u2")  # 1.5, -2.5
    message = ModelInferResponse(
        model_name="m",
        outputs=[
            ModelInferResponseInferOutputTensor(name="b", datatype="BF16", shape=[2]),
            ModelInferResponseInferOutputTensor(name="q", datatype="FP8", shape=[2]),
        ],
        raw_output_contents=[bits.tobytes(), b"\x01\x02"],
    )
    for bf16, dtype in ((BF16, BF16), (None, np.dtype(np.float32))):
        monkeypatch.setattr(_datatypes, "_BF16", bf16)
        response = InferResponse.from_grpc(ModelInferResponse.parse(bytes(message), packed_as_numpy=True))
        out = response.outputs[0].as_numpy()
        assert out.dtype == dtype and out.astype(np.float32).tolist() == [1.5, -2.5]
        with pytest.raises(InvalidInput, match="tensor 'q': unknown datatype 'FP8'"):
            response.outputs[1].as_numpy()


@pytest.mark.parametrize(
    ("datatype", "contents", "expected"),
    [
        ("FP16", {"fp32_contents": [1.5, -2.0]}, np.array([1.5, -2.0], np.float16)),
        ("FP16", {"bytes_contents": [np.array([1.5, -2.0], "<f2").tobytes()]}, np.array([1.5, -2.0], np.float16)),
        ("BF16", {"fp32_contents": [1.5, -2.0]}, np.array([1.5, -2.0], BF16)),
        ("UINT64", {"uint64_contents": [0, 2**64 - 1]}, np.array([0, 2**64 - 1], np.uint64)),
        ("INT8", {"int_contents": [-128, 127]}, np.array([-128, 127], np.int8)),
        ("BOOL", {"bool_contents": [True, False]}, np.array([True, False])),
        ("BYTES", {"bytes_contents": [b"a", b"b" * 2000]}, np.array([b"a", b"b" * 2000], dtype=object)),
    ],
)
@pytest.mark.parametrize("as_numpy", [True, False])
def test_typed_replies_decode_like_raw_ones(
    datatype: str, contents: dict[str, Any], expected: np.ndarray[Any, Any], as_numpy: bool
) -> None:
    blob = response_blob(datatype, [2], **contents)
    out = InferResponse.from_grpc(ModelInferResponse.parse(blob, packed_as_numpy=as_numpy)).outputs[0].as_numpy()
    assert out.dtype == expected.dtype and out.tolist() == expected.tolist()


def test_typed_reply_out_of_range_or_short_is_reported() -> None:
    blob = response_blob("INT8", [3], int_contents=[1, 300, 2])
    out = InferResponse.from_grpc(ModelInferResponse.parse(blob)).outputs[0]
    with pytest.raises(InvalidInput, match=r"tensor 'y': value 300 is out of range for INT8 \(-128 to 127\)"):
        out.as_numpy()
    blob = response_blob("FP32", [3], fp32_contents=[1.0, 2.0])
    with pytest.raises(InvalidInput, match=r"tensor 'y': 2 elements where shape \[3\] implies 3"):
        InferResponse.from_grpc(ModelInferResponse.parse(blob)).outputs[0].as_numpy()


# -- parameters -----------------------------------------------------------------------------------


def test_parameters_round_trip_as_plain_python_values() -> None:
    values = {"s": "x", "i": -(2**63), "u": 2**64 - 1, "t": True, "f": False, "d": 1e-300, "z": 0, "np": np.int16(3)}
    decoded = from_parameters(
        ModelInferRequest.parse(bytes(ModelInferRequest(parameters=to_parameters(values, "test")))).parameters
    )
    assert decoded == {**values, "np": 3}
    assert {k: type(v) for k, v in plain_parameters(decoded).items()} == {
        "s": str, "i": int, "u": int, "t": bool, "f": bool, "d": float, "z": int, "np": int,
    }  # fmt: skip
    # each is also an instance of its plain type (bool aside: it cannot be subclassed)
    assert all(isinstance(decoded[k], t) for k, t in {"s": str, "i": int, "u": int, "d": float}.items())
    # and goes back out in the field it came in
    assert to_parameters(decoded, "again") == to_parameters(values, "test")


# -- requests refused before anything is sent ------------------------------------------------------


def _fp32(shape: list[int], data: Any = None, name: str = "x") -> InferInput:
    return InferInput(name, shape, "FP32", data=data)


def _numpy(datatype: str, shape: list[int], array: Any, name: str = "x") -> InferInput:
    tensor = InferInput(name, shape, datatype)
    tensor.set_data_from_numpy(array)
    return tensor


def _req(*inputs: InferInput, **kwargs: Any) -> InferRequest:
    return InferRequest("echo", list(inputs), **kwargs)


BAD: list[tuple[str, Callable[[], Any], str]] = [
    (
        "list-too-short",
        lambda: _req(_fp32([2, 3], [1.0, 2.0])),
        r"tensor 'x': 2 elements where shape \[2, 3\] implies 6",
    ),
    ("list-too-long", lambda: _req(_fp32([1], [1.0, 2.0])), r"tensor 'x': 2 elements where shape \[1\] implies 1"),
    (
        "numpy-wrong-dtype",
        lambda: _req(_numpy("FP32", [2], np.zeros(2, np.int64))),
        r"tensor 'x': datatype FP32 expects a float32 array, got int64 \(INT64\)",
    ),
    (
        "numpy-float64-for-fp32",
        lambda: _req(_numpy("FP32", [2], np.zeros(2))),
        r"tensor 'x': datatype FP32 expects a float32 array, got float64 \(FP64\)",
    ),
    (
        "numpy-signed-for-unsigned",
        lambda: _req(_numpy("UINT16", [2], np.zeros(2, np.int16))),
        r"tensor 'x': datatype UINT16 expects a uint16 array, got int16 \(INT16\)",
    ),
    (
        "numpy-complex",
        lambda: _req(_numpy("FP64", [2], np.zeros(2, np.complex64))),
        r"tensor 'x': datatype FP64 expects a float64 array, got complex64",
    ),
    (
        "numpy-wrong-shape",
        lambda: _req(_numpy("FP32", [2, 3], np.zeros((3, 2), np.float32))),
        r"tensor 'x': array shape \[3, 2\] does not match the declared shape \[2, 3\]",
    ),
    (
        "not-an-array",
        lambda: _req(_numpy("FP32", [2], [1.0, 2.0])),
        r"tensor 'x': expected a numpy array, got list",
    ),
    (
        "unknown-datatype",
        lambda: _req(InferInput("x", [1], "FP8", data=[1.0])),
        r"tensor 'x': unknown datatype 'FP8'; expected one of BOOL, .*, BYTES",
    ),
    (
        "lower-case-datatype",
        lambda: _req(_numpy("fp32", [1], np.zeros(1, np.float32))),
        r"tensor 'x': unknown datatype 'fp32'",
    ),
    (
        "negative-dimension",
        lambda: _req(_fp32([-1, 3], [1.0] * 3)),
        r"tensor 'x': shape \[-1, 3\] must hold non-negative integers",
    ),
    ("float-dimension", lambda: _req(_fp32([2.5], [1.0, 2.0])), r"tensor 'x': shape \[2.5\] must hold non-negative"),
    ("shape-not-a-list", lambda: _req(_fp32(3, [1.0] * 3)), r"tensor 'x': shape must be a list of ints, got 3"),
    (
        "raw-wrong-size",
        lambda: _req(_fp32([2]), raw_inputs=[b"\x00" * 7]),
        r"tensor 'x': 7 bytes of data where shape \[2\] of FP32 needs 8",
    ),
    (
        "raw-count",
        lambda: _req(_fp32([2]), raw_inputs=[b"\x00" * 8, b"\x00" * 8]),
        r"2 raw inputs given for 1 tensors \('x'\)",
    ),
    (
        "raw-bytes-element-count",
        lambda: _req(InferInput("s", [2], "BYTES"), raw_inputs=[b"\x01\x00\x00\x00a"]),
        r"tensor 's': 1 BYTES elements where shape \[2\] implies 2",
    ),
    (
        "raw-bytes-truncated",
        lambda: _req(InferInput("s", [1], "BYTES"), raw_inputs=[b"\x05\x00\x00\x00ab"]),
        r"tensor 's': BYTES element of 5 bytes runs past the end at byte 4",
    ),
    ("no-data", lambda: _req(_fp32([1])), r"tensor 'x' has no data: pass data= or call set_data_from_numpy\(\)"),
    ("duplicate-input", lambda: _req(_fp32([1], [1.0]), _fp32([1], [2.0])), r"input 'x' appears twice"),
    ("empty-model-name", lambda: InferRequest("", [_fp32([1], [1.0])]), r"model_name must be a non-empty str, got ''"),
    ("no-inputs", lambda: _req(), r"request for model 'echo' has no inputs"),
    (
        "model-version-int",
        lambda: _req(_fp32([1], [1.0]), model_version=1),
        r"model_version must be a str, got int 1",
    ),
    ("request-id-int", lambda: _req(_fp32([1], [1.0]), request_id=5), r"request_id must be a str, got int 5"),
    (
        "bytes-element-int",
        lambda: _req(_numpy("BYTES", [2], np.array([b"a", 5], dtype=object), name="s")),
        r"tensor 's': BYTES elements must be bytes or str, got int 5",
    ),
    (
        "bytes-typed-element-float",
        lambda: _req(InferInput("s", [2], "BYTES", data=["a", 1.5])),
        r"tensor 's': BYTES elements must be bytes or str, got float 1.5",
    ),
    (
        "bytes-from-floats",
        lambda: _req(_numpy("BYTES", [2], np.zeros(2, np.float32), name="s")),
        r"tensor 's': BYTES expects an object, S or U array, got float32",
    ),
    (
        "bf16-from-ints",
        lambda: _req(_numpy("BF16", [2], np.zeros(2, np.int32))),
        r"tensor 'x': BF16 takes a bfloat16 or float array, got int32 \(INT32\)",
    ),
    (
        "fp32-list-with-str",
        lambda: _req(_fp32([2], [1.0, "a"])),
        r"tensor 'x': FP32 data must be numbers, got str 'a'",
    ),
    (
        "fp16-list-with-none",
        lambda: _req(InferInput("x", [2], "FP16", data=[1.0, None])),
        r"tensor 'x': FP16 data must be numbers, got NoneType None",
    ),
    (
        "fp16-list-wrong-length",
        lambda: _req(InferInput("x", [3], "FP16", data=[1.0])),
        r"tensor 'x': 1 elements where shape \[3\] implies 3",
    ),
    (
        "int8-out-of-range",
        lambda: _req(InferInput("x", [2], "INT8", data=[1, 300])),
        r"tensor 'x': value 300 is out of range for INT8 \(-128 to 127\)",
    ),
    (
        "uint32-negative",
        lambda: _req(InferInput("x", [2], "UINT32", data=[-1, 3])),
        r"tensor 'x': value -1 is out of range for UINT32 \(0 to 4294967295\)",
    ),
    (
        "uint64-too-big",
        lambda: _req(InferInput("x", [1], "UINT64", data=[2**64])),
        r"tensor 'x': value 18446744073709551616 is out of range for UINT64",
    ),
    (
        "int32-list-with-float",
        lambda: _req(InferInput("x", [2], "INT32", data=[1, 1.5])),
        r"tensor 'x': INT32 data must be integers, got float 1.5",
    ),
    (
        "bool-list-with-str",
        lambda: _req(InferInput("x", [2], "BOOL", data=[True, "yes"])),
        r"tensor 'x': BOOL data must be booleans, got str 'yes'",
    ),
    (
        "ragged-nested-list",
        lambda: _req(_fp32([2, 2], [[1.0, 2.0], [3.0]])),
        r"tensor 'x': 3 elements where shape \[2, 2\] implies 4",
    ),
    (
        "parameter-list",
        lambda: _req(_fp32([1], [1.0]), parameters={"p": [1]}),
        r"request to 'echo': parameter 'p' must be str, bool, int or float, not list",
    ),
    (
        "parameter-too-big",
        lambda: _req(_fp32([1], [1.0]), parameters={"p": 2**64}),
        r"request to 'echo': parameter 'p'=18446744073709551616 does not fit in 64 bits",
    ),
    (
        "input-parameter-none",
        lambda: _req(InferInput("x", [1], "FP32", data=[1.0], parameters={"p": None})),
        r"input 'x': parameter 'p' must be str, bool, int or float, not NoneType",
    ),
    (
        "output-parameter-name",
        lambda: _req(_fp32([1], [1.0]), request_outputs=[RequestedOutput("y", {1: "a"})]),
        r"requested output 'y': parameter names must be str, got 1",
    ),
    ("empty-tensor-name", lambda: _req(_fp32([1], [1.0], name="")), r"a tensor name must be a non-empty str, got ''"),
    ("empty-output-name", lambda: RequestedOutput(""), r"a requested output name must be a non-empty str, got ''"),
    (
        "input-not-an-inferinput",
        lambda: _req(RequestedOutput("x")),  # type: ignore[arg-type]
        r"inputs must be InferInput objects, got RequestedOutput",
    ),
    (
        "output-not-a-requestedoutput",
        lambda: _req(_fp32([1], [1.0]), request_outputs=["y"]),
        r"request_outputs must be RequestedOutput objects, got str",
    ),
    (
        "not-a-request",
        lambda: {"model_name": "echo"},
        r"infer\(\) takes an InferRequest or a ModelInferRequest, not dict",
    ),
]


@pytest.mark.parametrize(("build", "message"), [case[1:] for case in BAD], ids=[case[0] for case in BAD])
async def test_bad_requests_are_refused_before_sending(env: Env, build: Callable[[], Any], message: str) -> None:
    client = env.client()
    with pytest.raises(InvalidInput, match=message) as info:
        await call(client.infer(build()))
    assert isinstance(info.value, ValueError)
    assert env.backend.count() == 0  # nothing reached the server


@pytest.mark.parametrize(
    ("method", "args", "message"),
    [
        ("is_model_ready", ("",), "model_name must be a non-empty str, got ''"),
        ("model_metadata", (None,), "model_name must be a non-empty str, got None"),
        ("load_model", ("",), "model_name must be a non-empty str"),
        ("unload_model", (3,), "model_name must be a non-empty str, got 3"),
        ("model_metadata", ("echo", ["1"]), r"model_version must be a str, got list \['1'\]"),
    ],
)
async def test_bad_model_arguments_are_refused_before_sending(
    env: Env, method: str, args: tuple[Any, ...], message: str
) -> None:
    with pytest.raises(InvalidInput, match=message):
        await call(getattr(env.client(), method)(*args))
    assert env.backend.count() == 0
