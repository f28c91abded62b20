"""The client's InferCodec against the generated codecs and protobuf: the same bytes, the same responses.

Requests: `codec.encode(request)` must be byte for byte `bytes(request.to_grpc())`, and protobuf
must parse it to the same message, whatever the cache held before. Responses, serialized by
protobuf (and some concatenated by hand, as a merge): `codec.decode(data)` must describe exactly
what `InferResponse.from_grpc(ModelInferResponse.parse(data))` does, cold, warm and after others.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from typing import Any

import numpy as np
import pytest
from google.protobuf import message_factory

from inference_grpc import InferInput, InferRequest, InferResponse, RequestedOutput
from inference_grpc import _request_buffer as request_buffer
from inference_grpc._infer_codec import InferCodec
from inference_grpc._request_buffer import RequestBuffer
from inference_grpc.protocol import ModelInferRequest, ModelInferResponse
from inference_grpc.runtime import DecodeError


def _fp32(name: str, shape: list[int], **kwargs: Any) -> InferInput:
    tensor = InferInput(name, shape, "FP32", **kwargs)
    tensor.set_data_from_numpy(np.arange(int(np.prod(shape)), dtype=np.float32).reshape(shape))
    return tensor


def _bytes_input(name: str) -> InferInput:
    tensor = InferInput(name, [2, 2], "BYTES")
    tensor.set_data_from_numpy(np.array([[b"a", b""], ["\u00e9", b"x" * 200]], dtype=object))
    return tensor


def _strided(name: str) -> InferInput:
    tensor = InferInput(name, [4, 3], "INT64")
    tensor.set_data_from_numpy(np.arange(24, dtype=">i8").reshape(3, 8)[:, ::2].T)  # transposed, big-endian
    return tensor


REQUESTS: dict[str, Callable[[], InferRequest]] = {
    "one input": lambda: InferRequest("m", [_fp32("x", [1, 16])]),
    "same header, other model": lambda: InferRequest("n", [_fp32("x", [1, 16])]),
    "other shape": lambda: InferRequest("m", [_fp32("x", [16, 1])]),
    "other name": lambda: InferRequest("m", [_fp32("y", [1, 16])]),
    "with id and version": lambda: InferRequest("m", [_fp32("x", [1, 16])], request_id="id-7", model_version="2"),
    "other id": lambda: InferRequest("m", [_fp32("x", [1, 16])], request_id="id-8", model_version="2"),
    "long unicode id": lambda: InferRequest("m", [_fp32("x", [1, 16])], request_id="\u00e9" * 100),
    "requested outputs": lambda: InferRequest(
        "m", [_fp32("x", [2])], request_outputs=[RequestedOutput("y"), RequestedOutput("z")]
    ),
    "requested output named like an input": lambda: InferRequest(
        "m", [_fp32("x", [2]), _fp32("y", [2])], request_outputs=[RequestedOutput("x")]
    ),
    "everything set": lambda: InferRequest(
        "m",
        [_fp32("a", [2, 3]), _fp32("b", [4]), _fp32("c", [0, 3])],
        request_id="id-7",
        model_version="2",
        parameters={"priority": 1, "tag": "t", "flag": True, "ratio": 0.5},
        request_outputs=[RequestedOutput("y", {"binary_data": True}), RequestedOutput("z")],
    ),
    "output parameters": lambda: InferRequest("m", [_fp32("x", [2])], request_outputs=[RequestedOutput("y", {"k": 1})]),
    "input parameters": lambda: InferRequest("m", [_fp32("a", [2], parameters={"k": 1}), _fp32("b", [2])]),
    "typed input": lambda: InferRequest("m", [InferInput("a", [3], "INT32", data=[1, 2, 3])]),
    "mixed raw and typed": lambda: InferRequest("m", [_fp32("a", [2]), InferInput("b", [3], "INT32", data=[1, 2, 3])]),
    "BYTES input": lambda: InferRequest("m", [_bytes_input("s")]),
    "strided big-endian input": lambda: InferRequest("m", [_strided("i")]),
    "raw_inputs of several kinds": lambda: InferRequest(
        "m",
        [InferInput("a", [2], "FP32"), InferInput("b", [2], "FP32"), InferInput("c", [2], "FP32")],
        raw_inputs=[b"\x00" * 8, bytearray(8), memoryview(np.ones(2, np.float32))],
    ),
    "shape with a long dim": lambda: InferRequest("m", [_fp32("x", [1, 300])]),
    "payload of 1 MiB": lambda: InferRequest("m", [_fp32("big", [1, 1 << 18])]),
}


@pytest.mark.parametrize("build", REQUESTS.values(), ids=REQUESTS.keys())
def test_encoded_request_is_to_grpc_byte_for_byte(build: Callable[[], InferRequest], protobuf_code: Any) -> None:
    pb_class = message_factory.GetMessageClass(protobuf_code.descriptor("inference.ModelInferRequest"))
    codec = InferCodec()
    for _ in range(2):  # a cold and a warm cache
        request = build()
        sent = codec.encode(request)
        assert sent == bytes(request.to_grpc())
        assert pb_class.FromString(sent) == pb_class.FromString(bytes(request.to_grpc()))
        assert ModelInferRequest.parse(sent) == request.to_grpc()


def test_one_codec_for_every_request_in_turn() -> None:
    """Cached headers never leak from one request into another's bytes."""
    codec = InferCodec()
    for order in (list(REQUESTS.values()), list(REQUESTS.values())[::-1]):
        for build in order:
            request = build()
            assert codec.encode(request) == bytes(request.to_grpc())


def test_request_header_cache_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(InferCodec, "MAX_ENTRIES", 4)
    codec = InferCodec()
    for n in range(10):
        request = InferRequest("m", [_fp32("x", [n])])
        assert codec.encode(request) == bytes(request.to_grpc())
        assert len(codec._request_heads) <= 4


def test_encode_checks_what_to_grpc_checks() -> None:
    bad = InferInput("x", [2, 2], "FP32")
    bad._raw = np.zeros(3, np.float32)  # 12 bytes where [2, 2] FP32 needs 16
    reshaped = _fp32("x", [2, 2])
    reshaped.shape = [2, 3]  # changed after set_data_from_numpy: 16 bytes where 24 are needed
    negative = _fp32("x", [2, 2])
    negative.shape = [-2, -2]
    codec = InferCodec()
    codec.encode(InferRequest("m", [_fp32("x", [2, 3])]))  # a cached header of that name and shape
    for request in (
        InferRequest("m", [bad]),
        InferRequest("m", [reshaped]),
        InferRequest("m", [negative]),
        InferRequest("", [_fp32("x", [1])]),
        InferRequest("m", []),
    ):
        with pytest.raises(ValueError) as expected:
            request.to_grpc()
        for encoder in (codec, InferCodec()):
            with pytest.raises(type(expected.value), match="^" + re.escape(str(expected.value)) + "$"):
                encoder.encode(request)


# -- responses -----------------------------------------------------------------------------------


def _responses(pb: Any) -> dict[str, bytes]:
    """Responses as servers send them (protobuf serializes), and merges of them (concatenations)."""
    out_class = pb.ModelInferResponse.InferOutputTensor

    def response(raws: list[bytes] | None = None, **fields: Any) -> bytes:
        return bytes(pb.ModelInferResponse(raw_output_contents=raws or [], **fields).SerializeToString())

    def output(name: str, shape: list[int], datatype: str = "FP32", **fields: Any) -> Any:
        return out_class(name=name, datatype=datatype, shape=shape, **fields)

    f16 = np.arange(16, dtype=np.float32).tobytes()
    big = np.arange(1024, dtype=np.float32).tobytes()  # above the zero-copy threshold
    param = pb.InferParameter
    one = response([f16], model_name="m", model_version="1", outputs=[output("y", [1, 16])])
    return {
        "one raw output": one,
        "same, other data": response([f16[::-1]], model_name="m", model_version="1", outputs=[output("y", [1, 16])]),
        "with id": response([f16], model_name="m", model_version="1", id="req-1", outputs=[output("y", [1, 16])]),
        "other id": response([f16], model_name="m", model_version="1", id="req-2", outputs=[output("y", [1, 16])]),
        "empty id on the wire": one[:6] + b"\x1a\x00" + one[6:],  # after model name and version
        "long unicode id": response([f16], model_name="m", id="\u00e9" * 100, outputs=[output("y", [1, 16])]),
        "no model name": response([f16], id="r", outputs=[output("y", [1, 16])]),
        "other shape": response([f16], model_name="m", model_version="1", outputs=[output("y", [16, 1])]),
        "parameters": response(
            [f16, big],
            model_name="m",
            parameters={"p": param(int64_param=3), "q": param(string_param="s")},
            outputs=[
                output("a", [16], parameters={"binary_data_size": param(int64_param=64)}),
                output("b", [1024], parameters={"x": param(bool_param=True)}),
            ],
        ),
        "big and empty outputs": response([big, b""], model_name="m", outputs=[output("a", [1024]), output("b", [0])]),
        "BYTES output": response([b"\x01\x00\x00\x00a"], model_name="m", outputs=[output("s", [1], "BYTES")]),
        "BYTES output, other text": response(
            [b"\x02\x00\x00\x00bc"], model_name="m", outputs=[output("s", [1], "BYTES")]
        ),
        "BYTES between raw outputs": response(
            [f16, b"\x01\x00\x00\x00a", big],
            model_name="m",
            outputs=[output("a", [16]), output("s", [1], "BYTES"), output("b", [1024])],
        ),
        "raw shorter than its shape": response([f16[:-4]], model_name="m", outputs=[output("y", [1, 16])]),
        "raw longer than its shape": response([f16 + f16], model_name="m", outputs=[output("y", [1, 16])]),
        "negative dims": response([f16], model_name="m", outputs=[output("y", [-1, -16])]),
        "unknown datatype": response([f16], model_name="m", outputs=[output("y", [16], "FP8")]),
        "BF16 output": response([f16], model_name="m", outputs=[output("y", [32], "BF16")]),
        "typed output": response(
            model_name="m", outputs=[output("t", [3], "INT32", contents=pb.InferTensorContents(int_contents=[1, 2, 3]))]
        ),
        "typed and raw outputs": response(
            [f16],
            model_name="m",
            outputs=[output("y", [16]), output("t", [1], "INT32", contents=pb.InferTensorContents(int_contents=[4]))],
        ),
        "fewer raws than outputs": response([f16], model_name="m", outputs=[output("a", [16]), output("b", [16])]),
        "more raws than outputs": response([f16, f16], model_name="m", outputs=[output("a", [16])]),
        "no outputs": response(model_name="m", id="r"),
        "raws only": response([f16]),
        "raws before outputs": response([f16]) + response(model_name="m", outputs=[output("y", [16])]),
        "id after outputs": one[: -(len(f16) + 2)] + b"\x1a\x01z" + one[-(len(f16) + 2) :],
        "two ids": response(model_name="m", id="a") + response([f16], id="b", outputs=[output("y", [16])]),
        "model name again after the outputs": one + response(model_name="other"),
        "unknown field first": b"\xf8\x01\x07" + one,
        "unknown field last": one + b"\xf8\x01\x07",
        "id field of another wire type": b"\x18\x05" + one,
    }


def _described(response: InferResponse) -> Any:
    outputs = []
    for o in response.outputs:
        raw = o.raw_data
        data = o.data
        outputs.append(
            (
                o.name,
                o.datatype,
                o.shape,
                o.parameters,
                type(raw).__name__,
                None if raw is None else bytes(raw),
                None if data is None else np.asarray(data).tolist(),
            )
        )
    return (response.id, response.model_name, response.model_version, response.parameters, outputs)


def _expected(data: bytes) -> Any:
    return _described(InferResponse.from_grpc(ModelInferResponse.parse(data, packed_as_numpy=True)))


@pytest.fixture(scope="module")
def responses(protobuf_code: Any) -> dict[str, bytes]:
    import inference_pb2  # written by the protobuf_code fixture

    return _responses(inference_pb2)


def test_every_response_decodes_as_from_grpc_does(responses: dict[str, bytes]) -> None:
    for name, data in responses.items():
        codec = InferCodec()
        for _ in range(3):  # cold, then warm (the second and third take the cached header, if any)
            assert _described(codec.decode(data)) == _expected(data), name


def test_one_codec_for_every_response_in_turn(responses: dict[str, bytes]) -> None:
    codec = InferCodec()
    names = list(responses)
    for order in (names, names[::-1], names[::2] + names[1::2]):
        for name in order:
            data = responses[name]
            assert _described(codec.decode(data)) == _expected(data), name


def test_the_fast_path_is_taken(responses: dict[str, bytes], monkeypatch: pytest.MonkeyPatch) -> None:
    """Repeated headers skip the generated decoder, whatever the id (that is the point of the codec)."""
    codec = InferCodec()
    codec.decode(responses["one raw output"])
    calls: list[int] = []
    real_parse = ModelInferResponse.parse

    def counting_parse(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return real_parse(*args, **kwargs)

    monkeypatch.setattr(ModelInferResponse, "parse", counting_parse)
    for name in ("same, other data", "with id", "other id", "empty id on the wire", "one raw output"):
        codec.decode(responses[name])
    assert calls == []


@pytest.mark.parametrize(
    ("first", "again"),
    [
        ("BYTES output", "BYTES output, other text"),
        ("BYTES between raw outputs", "BYTES between raw outputs"),
        ("negative dims", "negative dims"),
        ("unknown datatype", "unknown datatype"),
        ("BF16 output", "BF16 output"),
        ("big and empty outputs", "big and empty outputs"),
    ],
)
def test_outputs_of_any_size_take_the_fast_path(
    responses: dict[str, bytes], monkeypatch: pytest.MonkeyPatch, first: str, again: str
) -> None:
    """Outputs whose shape and datatype do not fix their size (BYTES, odd shapes) are read as they come."""
    expected = _expected(responses[again])
    codec = InferCodec()
    codec.decode(responses[first])
    monkeypatch.setattr(ModelInferResponse, "parse", None)  # the generated decoder is not called
    assert _described(codec.decode(responses[again])) == expected


def _random_responses(pb: Any, seed: int, count: int) -> list[bytes]:
    """Responses of random outputs: every datatype, odd dims, raw sizes that fit their shapes or
    not, ids, parameters; each is followed by others of the same header, as a client sees them."""
    rng = np.random.default_rng(seed)
    datatypes = ["FP32", "INT8", "UINT64", "FP16", "BF16", "BOOL", "BYTES", "FP8"]
    out: list[bytes] = []
    for _ in range(count):
        outputs, sizes = [], []
        for i in range(int(rng.integers(1, 4))):
            datatype = datatypes[int(rng.integers(len(datatypes)))]
            shape = [int(d) for d in rng.integers(-1 if rng.random() < 0.1 else 0, 40, size=int(rng.integers(0, 3)))]
            itemsize = {"FP32": 4, "INT8": 1, "UINT64": 8, "FP16": 2, "BF16": 2, "BOOL": 1}.get(datatype, 3)
            size = max(int(np.prod(shape)), 0) * itemsize
            if rng.random() < 0.2:  # a size that does not fit the shape
                size = max(size + int(rng.integers(-3, 4)), 0)
            outputs.append(pb.ModelInferResponse.InferOutputTensor(name=f"o{i}", datatype=datatype, shape=shape))
            sizes.append(size)
        fields: dict[str, Any] = {"model_name": "m", "outputs": outputs}
        if rng.random() < 0.3:
            fields["model_version"] = "2"
        if rng.random() < 0.2:
            fields["parameters"] = {"p": pb.InferParameter(int64_param=int(rng.integers(100)))}
        for _ in range(3):
            raws = [rng.integers(0, 256, size=n, dtype=np.uint8).tobytes() for n in sizes]
            ids = {} if rng.random() < 0.5 else {"id": f"r{int(rng.integers(1000))}"}
            message = pb.ModelInferResponse(raw_output_contents=raws, **fields, **ids)
            out.append(message.SerializeToString())
    return out


def test_random_responses_decode_as_from_grpc_does(protobuf_code: Any) -> None:
    import inference_pb2

    codec = InferCodec()
    for data in _random_responses(inference_pb2, seed=4, count=150):
        assert _described(codec.decode(data)) == _expected(data)


def test_raw_outputs_are_zero_copy_read_only_views(responses: dict[str, bytes]) -> None:
    codec = InferCodec()
    data = responses["big and empty outputs"]
    for _ in range(2):
        array = codec.decode(data).outputs[0].as_numpy()
        assert not array.flags.writeable
        assert np.shares_memory(array, np.frombuffer(data, np.uint8))
        assert array.tolist() == list(range(1024))


def test_decoded_responses_share_nothing(responses: dict[str, bytes]) -> None:
    codec = InferCodec()
    data = responses["parameters"]
    first = codec.decode(data)
    first.parameters["p"] = "changed"
    first.outputs[0].shape.append(7)
    first.outputs[0].parameters.clear()
    first.outputs.pop()
    assert _described(codec.decode(data)) == _expected(data)


@pytest.mark.parametrize("name", ["parameters", "with id", "one raw output"])
def test_malformed_responses_fail_as_the_generated_decoder_does(responses: dict[str, bytes], name: str) -> None:
    data = responses[name]
    codec = InferCodec()
    codec.decode(data)  # a cached header, so cut responses start like a known one
    bad_utf8 = data.replace(b"\x0a\x01m", b"\x0a\x01\xff", 1)
    bad_id = responses["with id"].replace(b"req-1", b"req-\xff")
    for broken in [data[:cut] for cut in range(len(data))] + [bad_utf8, bad_id, b"\xff" * 11]:
        try:
            expected = _expected(broken)
        except DecodeError as error:
            with pytest.raises(DecodeError) as raised:
                codec.decode(broken)
            assert str(raised.value) == str(error)
        else:
            assert _described(codec.decode(broken)) == expected


def test_response_header_cache_is_bounded(protobuf_code: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    import inference_pb2

    monkeypatch.setattr(InferCodec, "MAX_ENTRIES", 4)
    codec = InferCodec()
    out = inference_pb2.ModelInferResponse.InferOutputTensor
    for n in range(10):
        message = inference_pb2.ModelInferResponse(
            model_name="m", outputs=[out(name="y", datatype="UINT8", shape=[n])], raw_output_contents=[bytes(n)]
        )
        data = message.SerializeToString()
        assert _described(codec.decode(data)) == _expected(data)
        assert len(codec._response_heads) <= 4


# -- large requests: the kept buffer ----------------------------------------------------------


def _large(seed: int, request_id: str = "", size: int = 1 << 18, name: str = "x") -> InferRequest:
    tensor = InferInput(name, [size], "FP32")
    tensor.set_data_from_numpy(np.random.default_rng(seed).standard_normal(size, dtype=np.float32))
    return InferRequest("m", [tensor], request_id=request_id)


def test_a_large_request_reuses_the_last_ones_bytes_when_nothing_holds_them() -> None:
    codec = InferCodec()
    first = codec.encode(_large(1))
    assert len(first) >= RequestBuffer.MIN_SIZE
    address, hashed = id(first), hash(first)
    del first
    second = codec.encode(_large(2))
    assert second == bytes(_large(2).to_grpc())
    assert request_buffer._reusable  # CPython with the GIL
    assert id(second) == address  # written in place
    assert hash(second) == hash(bytes(second)) != hashed  # no stale cached hash


def test_a_held_request_is_never_overwritten() -> None:
    codec = InferCodec()
    held = codec.encode(_large(1))
    copy = bytes(held)
    for seed in range(2, 5):
        assert codec.encode(_large(seed)) == bytes(_large(seed).to_grpc())
        assert held == copy


def test_large_requests_of_other_sizes_and_ids() -> None:
    codec = InferCodec()
    for build in (
        lambda: _large(1),
        lambda: _large(2, "id-1"),
        lambda: _large(3, "id-22"),
        lambda: _large(4, size=1 << 19),
        lambda: _large(5),
        lambda: InferRequest("m", [_large(6).inputs[0], _large(7, name="y").inputs[0]], request_id="two"),
    ):
        assert codec.encode(build()) == bytes(build().to_grpc())


def test_release_buffer_drops_the_kept_request() -> None:
    codec = InferCodec()
    codec.encode(_large(1))
    codec.release_buffer()
    assert codec._buffer._slot == []
    kept = codec.encode(_large(2))
    assert kept == bytes(_large(2).to_grpc())
    assert codec._buffer._slot[0][0] is kept


def test_threads_encoding_with_one_codec_never_share_a_buffer() -> None:
    codec = InferCodec()
    expected = {seed: bytes(_large(seed).to_grpc()) for seed in range(4)}
    requests = {seed: _large(seed) for seed in expected}
    errors: list[str] = []

    def work(seed: int) -> None:
        for _ in range(50):
            data = codec.encode(requests[seed])
            for _ in range(3):  # another thread may try to reuse it meanwhile
                if data != expected[seed]:
                    errors.append(f"seed {seed}: a request changed while held")
                    return
            del data

    threads = [threading.Thread(target=work, args=(seed,)) for seed in expected]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []


def test_a_response_inside_a_stream_message_decodes_in_place(responses: dict[str, bytes]) -> None:
    """Triton's ModelStreamInferResponse holds the response as field 2: decoded at its offset, as alone."""
    from inference_grpc._stream import StreamMessages
    from inference_grpc.runtime.wire import varint
    from inference_grpc.triton_protocol import ModelStreamInferResponse

    codec = InferCodec()
    messages = StreamMessages(codec)
    names = list(responses)
    for order in (names, names[::-1]):
        for name in order:
            data = responses[name]
            wrapped = b"\x12" + varint(len(data)) + data
            parsed = ModelStreamInferResponse.parse(wrapped)
            assert parsed.infer_response is not None and not parsed.error_message, name
            assert _described(codec.decode(wrapped, len(wrapped) - len(data))) == _expected(data), name
            assert _described(messages.response(wrapped)) == _expected(data), name
            assert _described(messages.response(data)) == _expected(data), name  # MLServer's plain replies
