"""InferResult as tritonclient has it, over the native InferResponse.

Outputs are read through the native response (`as_numpy`: zero-copy read-only views of raw
outputs, typed contents decoded too). The protobuf message that `get_response()` and
`get_output()` answer with is decoded from the reply's bytes only when one of them is called,
so `infer` stays on the native codec.
"""

from __future__ import annotations

from typing import Any

import numpy.typing as npt
from google.protobuf import json_format

from ..._foreign import serialized
from ..._inference import InferResponse
from ..._parameters import to_parameters
from ...protocol import ModelInferResponse, ModelInferResponseInferOutputTensor
from ...runtime import InvalidInput
from ..utils import raise_error
from . import service_pb2

__all__ = ["InferResult"]

_FULL_NAME = "inference.ModelInferResponse"


class InferResult:
    """The result of an inference: `result` is a ModelInferResponse protobuf message (this
    package's service_pb2, tritonclient's, anyone's) or its serialized bytes."""

    def __init__(self, result: Any) -> None:
        if isinstance(result, (bytes, bytearray, memoryview)):
            self._data: bytes | None = bytes(result)
            self._message: Any = None
        else:
            data = serialized(result, _FULL_NAME)
            if data is None:
                raise_error(f"InferResult takes a ModelInferResponse message or its bytes, not {type(result).__name__}")
            self._data = data
            # The very object given, as tritonclient answers it; another module's is decoded as ours.
            self._message = result if isinstance(result, service_pb2.ModelInferResponse) else None
        self._response: InferResponse | None = None

    @classmethod
    def from_response(cls, response: InferResponse, data: bytes | None = None) -> InferResult:
        """The result of a native InferResponse, with the reply bytes it was decoded from (the
        protobuf message is made of them when asked for; without them, of the response)."""
        result = cls.__new__(cls)
        result._data, result._message, result._response = data, None, response
        return result

    def _native(self) -> InferResponse:
        if self._response is None:
            assert self._data is not None
            self._response = InferResponse.from_grpc(ModelInferResponse.parse(self._data, packed_as_numpy=True))
        return self._response

    def as_numpy(self, name: str) -> npt.NDArray[Any] | None:
        """The output `name` as a numpy array (a read-only view of the reply for raw outputs; an
        object array of bytes for BYTES), or None when the response has no such output. An output
        without data (one left in a shared memory region) raises InferenceServerException."""
        output = self._native().get_output_by_name(name)
        if output is None:
            return None
        try:
            return output.as_numpy()
        except InvalidInput as exc:
            raise_error(str(exc))

    def get_output(self, name: str, as_json: bool = False) -> Any:
        """The output `name` as a ModelInferResponse.InferOutputTensor message, or as a dict
        (protobuf's JSON mapping with the proto field names: int64 values are strings) with
        `as_json`; None when the response has no such output."""
        for output in self._protobuf().outputs:
            if output.name == name:
                return json_format.MessageToDict(output, preserving_proto_field_name=True) if as_json else output
        return None

    def get_response(self, as_json: bool = False) -> Any:
        """The whole ModelInferResponse message, or as a dict with `as_json` (see get_output)."""
        message = self._protobuf()
        return json_format.MessageToDict(message, preserving_proto_field_name=True) if as_json else message

    def _protobuf(self) -> Any:
        if self._message is None:
            data = self._data if self._data is not None else _encoded(self._native())
            self._message = service_pb2.ModelInferResponse.FromString(data)
        return self._message


def _encoded(response: InferResponse) -> bytes:
    """The reply bytes of a native response; an output without data (one the server wrote into a
    shared memory region) comes with empty raw contents, as Triton sends it."""
    try:
        return bytes(response.to_grpc())
    except InvalidInput:
        pass
    tensors, raws = [], []
    for output in response.outputs:
        try:
            alone = InferResponse(response.id or "", response.model_name, [output], use_binary_outputs=True).to_grpc()
            tensors.append(alone.outputs[0])
            raws.append(alone.raw_output_contents[0])
        except InvalidInput:
            parameters = to_parameters(output.parameters, f"output {output.name!r}")
            tensors.append(
                ModelInferResponseInferOutputTensor(
                    name=output.name, datatype=output.datatype, shape=list(output.shape), parameters=parameters
                )
            )
            raws.append(b"")
    message = ModelInferResponse(
        model_name=response.model_name,
        model_version=response.model_version or "",
        id=response.id or "",
        parameters=to_parameters(response.parameters, "response"),
        outputs=tensors,
        raw_output_contents=raws,
    )
    return bytes(message)
