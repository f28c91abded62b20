"""The client's own reply decoder (InferCodec.decode, the path every infer() takes) raises only
DecodeError, on any bytes: random ones, mutations of real replies after a header was cached, deeply
nested groups, and shapes whose contents no message could hold."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from protovalues import message_settings

from inference_grpc._infer_codec import InferCodec
from inference_grpc.protocol import ModelInferResponse, ModelInferResponseInferOutputTensor
from inference_grpc.runtime import DecodeError, wire


def _reply(shape: list[int], raw: bytes, datatype: str = "FP32", response_id: str = "") -> bytes:
    output = ModelInferResponseInferOutputTensor(name="y", datatype=datatype, shape=shape)
    return bytes(ModelInferResponse(model_name="m", id=response_id, outputs=[output], raw_output_contents=[raw]))


VALID = [
    _reply([1, 4], np.arange(4, dtype=np.float32).tobytes()),
    _reply([1, 4], np.arange(4, dtype=np.float32).tobytes(), response_id="req-7"),
    _reply([2], b"\x01\x00\x00\x00a\x00\x00\x00\x00", datatype="BYTES"),
]


def _primed() -> InferCodec:
    """A codec that has cached the headers of VALID, so what follows takes the fast path."""
    codec = InferCodec()
    for data in VALID:
        codec.decode(data)
    return codec


def _decodes_or_says_why(codec: InferCodec, data: bytes) -> None:
    try:
        response = codec.decode(data)
    except DecodeError:
        return
    for output in response.outputs:  # what decoded reads back, or says what is wrong
        try:
            output.as_numpy()
        except ValueError as exc:
            assert type(exc).__name__ == "InvalidInput", exc


@message_settings(400)
@given(raw=st.binary(max_size=300))
def test_random_bytes(raw: bytes) -> None:
    _decodes_or_says_why(_primed(), raw)


@message_settings(400)
@given(data=st.data())
def test_mutations_of_cached_replies(data: st.DataObject) -> None:
    original = bytearray(data.draw(st.sampled_from(VALID)))
    for _ in range(data.draw(st.integers(1, 4))):
        at = data.draw(st.integers(0, len(original) - 1))
        action = data.draw(st.sampled_from(["flip", "cut", "insert"]))
        if action == "flip":
            original[at] ^= data.draw(st.integers(1, 255))
        elif action == "cut":
            del original[at : at + data.draw(st.integers(1, 8))]
            if not original:
                break
        else:
            original[at:at] = data.draw(st.binary(min_size=1, max_size=8))
    _decodes_or_says_why(_primed(), bytes(original))


def test_deeply_nested_groups_are_a_decode_error() -> None:
    # Field 9 as a group, opened 100,000 times: the fast path's field walk meets it first.
    nested = wire.varint(9 << 3 | 3) * 100_000 + wire.varint(9 << 3 | 4) * 100_000
    with pytest.raises(DecodeError, match="nested too deeply"):
        _primed().decode(nested)


@pytest.mark.parametrize("shape", [[2**62, 8], [2**63 - 1, 2**63 - 1], [2**63 - 1, 3, 0]])
def test_shapes_no_message_could_hold(shape: list[int]) -> None:
    codec = _primed()
    data = _reply(shape, b"\x00" * 16)
    _decodes_or_says_why(codec, data)
    _decodes_or_says_why(codec, data)  # again, with its header cached
