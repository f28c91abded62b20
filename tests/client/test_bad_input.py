"""What a user can get wrong before anything is sent is InvalidInput, naming what is wrong."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pytest

from inference_grpc import InferInput, InferRequest, InvalidInput, RequestedOutput
from inference_grpc._infer_codec import InferCodec
from inference_grpc._tensor import received_output
from inference_grpc.runtime import normalize_metadata

SURROGATE = "x\udcff"


def _fp32(name: str = "x", shape: list[int] | None = None) -> InferInput:
    return InferInput(name, shape or [1], "FP32", data=[1.0])


def _encoders() -> list[Callable[[InferRequest], Any]]:
    return [lambda r: r.to_grpc(), InferCodec().encode]


@pytest.mark.parametrize("encode", _encoders(), ids=["to_grpc", "codec"])
@pytest.mark.parametrize("shape", [[2**64, 0], [0, 2**63], [-1]])
def test_dims_outside_int64_are_refused_naming_the_tensor(
    encode: Callable[[InferRequest], Any], shape: list[int]
) -> None:
    tensor = InferInput("big", shape, "FP32", data=[])
    with pytest.raises(InvalidInput, match=r"tensor 'big': shape .* (int64|non-negative)"):
        encode(InferRequest("m", [tensor]))


@pytest.mark.parametrize(
    ("build", "match"),
    [
        (lambda: InferInput(SURROGATE, [1], "FP32"), "tensor name 'x\\\\udcff' is not valid UTF-8"),
        (lambda: RequestedOutput(SURROGATE), "requested output name"),
        (lambda: InferRequest(SURROGATE, [_fp32()]).to_grpc(), "model_name"),
        (lambda: InferRequest("m", [_fp32()], request_id=SURROGATE).to_grpc(), "request_id"),
        (lambda: InferRequest("m", [_fp32()], parameters={"k": SURROGATE}).to_grpc(), "parameter 'k'"),
        (lambda: InferRequest("m", [_fp32()], parameters={SURROGATE: 1}).to_grpc(), "parameter name"),
        (lambda: InferCodec().encode(InferRequest(SURROGATE, [_fp32()])), "model_name"),
        (lambda: normalize_metadata({"trace-bin": SURROGATE}), "header 'trace-bin'"),
    ],
)
def test_text_that_is_not_utf8_is_refused(build: Callable[[], Any], match: str) -> None:
    with pytest.raises(InvalidInput, match=match):
        build()


def test_text_beyond_ascii_is_fine() -> None:
    request = InferRequest("modèle", [_fp32("entrée")], request_id="идентификатор", parameters={"ключ": "значение"})
    assert InferCodec().encode(request) == bytes(request.to_grpc())


@pytest.mark.parametrize("datatype", ["FP32", "BYTES"])
def test_as_numpy_of_a_shape_numpy_cannot_hold_names_the_tensor(datatype: str) -> None:
    output = received_output("y", datatype, [2**63 - 1, 3, 0], {}, b"")
    with pytest.raises(InvalidInput, match=r"tensor 'y': shape \[9223372036854775807, 3, 0\]"):
        output.as_numpy()


def test_as_numpy_of_a_sane_empty_shape_still_works() -> None:
    assert received_output("y", "FP32", [0, 3], {}, b"").as_numpy().shape == (0, 3)
    assert InferInput("x", [2, 0], "INT8", data=np.zeros((2, 0), np.int8)).as_numpy().shape == (2, 0)


class _OldStyleSequence:  # iterable through __getitem__ only, as protobuf's upb repeated fields are
    def __init__(self, *items: int) -> None:
        self.items = items

    def __getitem__(self, i: int) -> int:
        return self.items[i]

    def __len__(self) -> int:
        return len(self.items)


def test_shapes_from_any_sequence_but_text_or_mappings() -> None:
    assert InferInput("x", _OldStyleSequence(2, 3), "FP32").shape == [2, 3]  # type: ignore[arg-type]
    assert InferInput("x", np.array([4]), "FP32").shape == [4]
    for shape in ("23", b"23", {2: 3}, 5):
        with pytest.raises(InvalidInput, match="tensor 'x': shape must be a list of ints"):
            InferInput("x", shape, "FP32")  # type: ignore[arg-type]
