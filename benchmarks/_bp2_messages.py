"""Plain betterproto2 dataclasses for the messages of protos/inference.proto that the codec suite uses.

They are written the way betterproto2's own compiler emits them (betterproto2.field metadata, no custom
codec), so `bytes(msg)` and `Cls.parse(data)` run betterproto2's reflective codec all the way down.
The project's generated classes cannot serve for this: their nested messages would be encoded and
decoded by the generated codecs even when the top level goes through betterproto2's methods.
"""

# betterproto2 declares fields with a call in the default, as its own generated code does.
# ruff: noqa: RUF009
from __future__ import annotations

from dataclasses import dataclass

import betterproto2

__all__ = [
    "InferParameter",
    "InferTensorContents",
    "ModelInferRequest",
    "ModelInferRequestInferInputTensor",
    "ModelInferRequestInferRequestedOutputTensor",
    "ModelInferResponse",
    "ModelInferResponseInferOutputTensor",
]

_STR = betterproto2.TYPE_STRING
_MSG = betterproto2.TYPE_MESSAGE
_ONEOF = "parameter_choice"


def _params(number: int) -> dict[str, InferParameter]:
    meta = betterproto2.map_meta(_STR, _MSG)
    return betterproto2.field(number, betterproto2.TYPE_MAP, map_meta=meta)  # type: ignore[no-any-return]


@dataclass(eq=False, repr=False)
class InferParameter(betterproto2.Message):
    bool_param: bool | None = betterproto2.field(1, betterproto2.TYPE_BOOL, optional=True, group=_ONEOF)
    int64_param: int | None = betterproto2.field(2, betterproto2.TYPE_INT64, optional=True, group=_ONEOF)
    string_param: str | None = betterproto2.field(3, _STR, optional=True, group=_ONEOF)
    double_param: float | None = betterproto2.field(4, betterproto2.TYPE_DOUBLE, optional=True, group=_ONEOF)
    uint64_param: int | None = betterproto2.field(5, betterproto2.TYPE_UINT64, optional=True, group=_ONEOF)


@dataclass(eq=False, repr=False)
class InferTensorContents(betterproto2.Message):
    bool_contents: list[bool] = betterproto2.field(1, betterproto2.TYPE_BOOL, repeated=True)
    int_contents: list[int] = betterproto2.field(2, betterproto2.TYPE_INT32, repeated=True)
    int64_contents: list[int] = betterproto2.field(3, betterproto2.TYPE_INT64, repeated=True)
    uint_contents: list[int] = betterproto2.field(4, betterproto2.TYPE_UINT32, repeated=True)
    uint64_contents: list[int] = betterproto2.field(5, betterproto2.TYPE_UINT64, repeated=True)
    fp32_contents: list[float] = betterproto2.field(6, betterproto2.TYPE_FLOAT, repeated=True)
    fp64_contents: list[float] = betterproto2.field(7, betterproto2.TYPE_DOUBLE, repeated=True)
    bytes_contents: list[bytes] = betterproto2.field(8, betterproto2.TYPE_BYTES, repeated=True)


@dataclass(eq=False, repr=False)
class ModelInferRequestInferInputTensor(betterproto2.Message):
    name: str = betterproto2.field(1, _STR)
    datatype: str = betterproto2.field(2, _STR)
    shape: list[int] = betterproto2.field(3, betterproto2.TYPE_INT64, repeated=True)
    parameters: dict[str, InferParameter] = _params(4)
    contents: InferTensorContents | None = betterproto2.field(5, _MSG)


@dataclass(eq=False, repr=False)
class ModelInferRequestInferRequestedOutputTensor(betterproto2.Message):
    name: str = betterproto2.field(1, _STR)
    parameters: dict[str, InferParameter] = _params(2)


@dataclass(eq=False, repr=False)
class ModelInferRequest(betterproto2.Message):
    model_name: str = betterproto2.field(1, _STR)
    model_version: str = betterproto2.field(2, _STR)
    id: str = betterproto2.field(3, _STR)
    parameters: dict[str, InferParameter] = _params(4)
    inputs: list[ModelInferRequestInferInputTensor] = betterproto2.field(5, _MSG, repeated=True)
    outputs: list[ModelInferRequestInferRequestedOutputTensor] = betterproto2.field(6, _MSG, repeated=True)
    raw_input_contents: list[bytes] = betterproto2.field(7, betterproto2.TYPE_BYTES, repeated=True)


@dataclass(eq=False, repr=False)
class ModelInferResponseInferOutputTensor(betterproto2.Message):
    name: str = betterproto2.field(1, _STR)
    datatype: str = betterproto2.field(2, _STR)
    shape: list[int] = betterproto2.field(3, betterproto2.TYPE_INT64, repeated=True)
    parameters: dict[str, InferParameter] = _params(4)
    contents: InferTensorContents | None = betterproto2.field(5, _MSG)


@dataclass(eq=False, repr=False)
class ModelInferResponse(betterproto2.Message):
    model_name: str = betterproto2.field(1, _STR)
    model_version: str = betterproto2.field(2, _STR)
    id: str = betterproto2.field(3, _STR)
    parameters: dict[str, InferParameter] = _params(4)
    outputs: list[ModelInferResponseInferOutputTensor] = betterproto2.field(5, _MSG, repeated=True)
    raw_output_contents: list[bytes] = betterproto2.field(6, betterproto2.TYPE_BYTES, repeated=True)
