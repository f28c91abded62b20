# Generated from inference.proto. DO NOT EDIT.
# Regenerate with inference-grpc-codegen; the encoders and decoders below are straight-line code
# for each message, so the reflective betterproto2 codec never runs.
"""Messages and enums of the proto package `inference`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any as _Any  # private: a proto message may be called Any

import betterproto2

from inference_grpc import runtime as _rt
from inference_grpc.runtime import wire as _w

_rt.check_generator_api(2, __name__)

__all__ = [
    "InferParameter",
    "InferTensorContents",
    "ModelInferRequest",
    "ModelInferRequestInferInputTensor",
    "ModelInferRequestInferRequestedOutputTensor",
    "ModelInferResponse",
    "ModelInferResponseInferOutputTensor",
    "ModelMetadataRequest",
    "ModelMetadataResponse",
    "ModelMetadataResponseTensorMetadata",
    "ModelReadyRequest",
    "ModelReadyResponse",
    "RepositoryModelLoadRequest",
    "RepositoryModelLoadResponse",
    "RepositoryModelUnloadRequest",
    "RepositoryModelUnloadResponse",
    "ServerLiveRequest",
    "ServerLiveResponse",
    "ServerMetadataRequest",
    "ServerMetadataResponse",
    "ServerReadyRequest",
    "ServerReadyResponse",
]


@dataclass(eq=False, repr=False)
class ServerLiveRequest(_rt.Message):
    """Asks whether the server is live."""

    def __bytes__(self) -> bytes:
        return _rt.encode(_encode_ServerLiveRequest, self)

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> ServerLiveRequest:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_ServerLiveRequest, data, packed_as_numpy, "inference.ServerLiveRequest")


@dataclass(eq=False, repr=False)
class ServerLiveResponse(_rt.Message):
    """Whether the server is live."""

    live: bool = betterproto2.field(1, betterproto2.TYPE_BOOL)
    """True when the server can receive and answer requests."""

    def __bytes__(self) -> bytes:
        return _rt.encode(_encode_ServerLiveResponse, self)

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> ServerLiveResponse:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_ServerLiveResponse, data, packed_as_numpy, "inference.ServerLiveResponse")


@dataclass(eq=False, repr=False)
class ServerReadyRequest(_rt.Message):
    """Asks whether the server is ready."""

    def __bytes__(self) -> bytes:
        return _rt.encode(_encode_ServerReadyRequest, self)

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> ServerReadyRequest:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_ServerReadyRequest, data, packed_as_numpy, "inference.ServerReadyRequest")


@dataclass(eq=False, repr=False)
class ServerReadyResponse(_rt.Message):
    """Whether the server is ready."""

    ready: bool = betterproto2.field(1, betterproto2.TYPE_BOOL)
    """True when the server is ready to run inference."""

    def __bytes__(self) -> bytes:
        return _rt.encode(_encode_ServerReadyResponse, self)

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> ServerReadyResponse:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_ServerReadyResponse, data, packed_as_numpy, "inference.ServerReadyResponse")


@dataclass(eq=False, repr=False)
class ModelReadyRequest(_rt.Message):
    """Asks whether a model is ready."""

    name: str = betterproto2.field(1, betterproto2.TYPE_STRING)
    """Name of the model."""

    version: str = betterproto2.field(2, betterproto2.TYPE_STRING)
    """Version of the model; empty lets the server pick one by its own policy."""

    def __bytes__(self) -> bytes:
        return _rt.encode(_encode_ModelReadyRequest, self)

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> ModelReadyRequest:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_ModelReadyRequest, data, packed_as_numpy, "inference.ModelReadyRequest")


@dataclass(eq=False, repr=False)
class ModelReadyResponse(_rt.Message):
    """Whether a model is ready."""

    ready: bool = betterproto2.field(1, betterproto2.TYPE_BOOL)
    """True when the model can run inference."""

    def __bytes__(self) -> bytes:
        return _rt.encode(_encode_ModelReadyResponse, self)

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> ModelReadyResponse:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_ModelReadyResponse, data, packed_as_numpy, "inference.ModelReadyResponse")


@dataclass(eq=False, repr=False)
class ServerMetadataRequest(_rt.Message):
    """Asks for the server's metadata."""

    def __bytes__(self) -> bytes:
        return _rt.encode(_encode_ServerMetadataRequest, self)

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> ServerMetadataRequest:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_ServerMetadataRequest, data, packed_as_numpy, "inference.ServerMetadataRequest")


@dataclass(eq=False, repr=False)
class ServerMetadataResponse(_rt.Message):
    """The server's metadata."""

    name: str = betterproto2.field(1, betterproto2.TYPE_STRING)
    """Name of the server software."""

    version: str = betterproto2.field(2, betterproto2.TYPE_STRING)
    """Version of the server software."""

    extensions: list[str] = betterproto2.field(3, betterproto2.TYPE_STRING, repeated=True)
    """Protocol extensions the server supports."""

    def __bytes__(self) -> bytes:
        return _rt.encode(_encode_ServerMetadataResponse, self)

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> ServerMetadataResponse:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_ServerMetadataResponse, data, packed_as_numpy, "inference.ServerMetadataResponse")


@dataclass(eq=False, repr=False)
class ModelMetadataRequest(_rt.Message):
    """Asks for a model's metadata."""

    name: str = betterproto2.field(1, betterproto2.TYPE_STRING)
    """Name of the model."""

    version: str = betterproto2.field(2, betterproto2.TYPE_STRING)
    """Version of the model; empty lets the server pick one by its own policy."""

    def __bytes__(self) -> bytes:
        return _rt.encode(_encode_ModelMetadataRequest, self)

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> ModelMetadataRequest:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_ModelMetadataRequest, data, packed_as_numpy, "inference.ModelMetadataRequest")


@dataclass(eq=False, repr=False)
class ModelMetadataResponse(_rt.Message):
    """A model's metadata."""

    name: str = betterproto2.field(1, betterproto2.TYPE_STRING)
    """Name of the model."""

    versions: list[str] = betterproto2.field(2, betterproto2.TYPE_STRING, repeated=True)
    """Versions of the model the server holds."""

    platform: str = betterproto2.field(3, betterproto2.TYPE_STRING)
    """Framework or backend that runs the model."""

    inputs: list[ModelMetadataResponseTensorMetadata] = betterproto2.field(4, betterproto2.TYPE_MESSAGE, repeated=True)
    """The model's input tensors."""

    outputs: list[ModelMetadataResponseTensorMetadata] = betterproto2.field(5, betterproto2.TYPE_MESSAGE, repeated=True)
    """The model's output tensors."""

    properties: dict[str, InferParameter] = betterproto2.field(6, betterproto2.TYPE_MAP, map_meta=betterproto2.map_meta(betterproto2.TYPE_STRING, betterproto2.TYPE_MESSAGE))
    """Further properties of the model (an Open Inference Protocol addition)."""

    def __bytes__(self) -> bytes:
        return _rt.encode(_encode_ModelMetadataResponse, self)

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> ModelMetadataResponse:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_ModelMetadataResponse, data, packed_as_numpy, "inference.ModelMetadataResponse")


@dataclass(eq=False, repr=False)
class ModelMetadataResponseTensorMetadata(_rt.Message):
    """Describes one input or output tensor of a model."""

    name: str = betterproto2.field(1, betterproto2.TYPE_STRING)
    """Name of the tensor."""

    datatype: str = betterproto2.field(2, betterproto2.TYPE_STRING)
    """Datatype of the tensor elements, such as FP32 or BYTES."""

    shape: _rt.PackedInts = betterproto2.field(3, betterproto2.TYPE_INT64, repeated=True)
    """Shape of the tensor; -1 marks a dimension of variable size."""

    def __bytes__(self) -> bytes:
        return _rt.encode(_encode_ModelMetadataResponseTensorMetadata, self)

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> ModelMetadataResponseTensorMetadata:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_ModelMetadataResponseTensorMetadata, data, packed_as_numpy, "inference.ModelMetadataResponse.TensorMetadata")


@dataclass(eq=False, repr=False)
class ModelInferRequest(_rt.Message):
    """One inference request."""

    model_name: str = betterproto2.field(1, betterproto2.TYPE_STRING)
    """Name of the model to run."""

    model_version: str = betterproto2.field(2, betterproto2.TYPE_STRING)
    """Version of the model to run; empty lets the server pick one."""

    id: str = betterproto2.field(3, betterproto2.TYPE_STRING)
    """Optional request identifier, echoed back in the response."""

    parameters: dict[str, InferParameter] = betterproto2.field(4, betterproto2.TYPE_MAP, map_meta=betterproto2.map_meta(betterproto2.TYPE_STRING, betterproto2.TYPE_MESSAGE))
    """Optional parameters of the request."""

    inputs: list[ModelInferRequestInferInputTensor] = betterproto2.field(5, betterproto2.TYPE_MESSAGE, repeated=True)
    """The input tensors."""

    outputs: list[ModelInferRequestInferRequestedOutputTensor] = betterproto2.field(6, betterproto2.TYPE_MESSAGE, repeated=True)
    """The outputs to return; when empty the server returns every output."""

    raw_input_contents: list[_rt.Buffer] = betterproto2.field(7, betterproto2.TYPE_BYTES, repeated=True)
    """Raw tensor data, one entry per input and in the order of `inputs`:
    the elements flattened in row-major order, little-endian, with no
    padding; BYTES elements each prefixed by a 4-byte little-endian length.
    FP16 and BF16 tensors can only travel this way. When used, no input
    may also set `contents`."""

    def __bytes__(self) -> bytes:
        return _rt.encode(_encode_ModelInferRequest, self)

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> ModelInferRequest:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_ModelInferRequest, data, packed_as_numpy, "inference.ModelInferRequest")


@dataclass(eq=False, repr=False)
class ModelInferRequestInferInputTensor(_rt.Message):
    """One input tensor of the request."""

    name: str = betterproto2.field(1, betterproto2.TYPE_STRING)
    """Name of the tensor."""

    datatype: str = betterproto2.field(2, betterproto2.TYPE_STRING)
    """Datatype of the tensor elements, such as FP32 or BYTES."""

    shape: _rt.PackedInts = betterproto2.field(3, betterproto2.TYPE_INT64, repeated=True)
    """Shape of the tensor."""

    parameters: dict[str, InferParameter] = betterproto2.field(4, betterproto2.TYPE_MAP, map_meta=betterproto2.map_meta(betterproto2.TYPE_STRING, betterproto2.TYPE_MESSAGE))
    """Optional parameters of this tensor."""

    contents: InferTensorContents | None = betterproto2.field(5, betterproto2.TYPE_MESSAGE)
    """The tensor's elements in typed form. Leave unset when the request
    carries its tensors in raw_input_contents."""

    def __bytes__(self) -> bytes:
        return _rt.encode(_encode_ModelInferRequestInferInputTensor, self)

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> ModelInferRequestInferInputTensor:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_ModelInferRequestInferInputTensor, data, packed_as_numpy, "inference.ModelInferRequest.InferInputTensor")


@dataclass(eq=False, repr=False)
class ModelInferRequestInferRequestedOutputTensor(_rt.Message):
    """One output the caller asks the model to return."""

    name: str = betterproto2.field(1, betterproto2.TYPE_STRING)
    """Name of the output tensor."""

    parameters: dict[str, InferParameter] = betterproto2.field(2, betterproto2.TYPE_MAP, map_meta=betterproto2.map_meta(betterproto2.TYPE_STRING, betterproto2.TYPE_MESSAGE))
    """Optional parameters for this output."""

    def __bytes__(self) -> bytes:
        return _rt.encode(_encode_ModelInferRequestInferRequestedOutputTensor, self)

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> ModelInferRequestInferRequestedOutputTensor:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_ModelInferRequestInferRequestedOutputTensor, data, packed_as_numpy, "inference.ModelInferRequest.InferRequestedOutputTensor")


@dataclass(eq=False, repr=False)
class ModelInferResponse(_rt.Message):
    """The result of one inference."""

    model_name: str = betterproto2.field(1, betterproto2.TYPE_STRING)
    """Name of the model that ran."""

    model_version: str = betterproto2.field(2, betterproto2.TYPE_STRING)
    """Version of the model that ran."""

    id: str = betterproto2.field(3, betterproto2.TYPE_STRING)
    """Identifier of the request, when it had one."""

    parameters: dict[str, InferParameter] = betterproto2.field(4, betterproto2.TYPE_MAP, map_meta=betterproto2.map_meta(betterproto2.TYPE_STRING, betterproto2.TYPE_MESSAGE))
    """Optional parameters of the response."""

    outputs: list[ModelInferResponseInferOutputTensor] = betterproto2.field(5, betterproto2.TYPE_MESSAGE, repeated=True)
    """The output tensors."""

    raw_output_contents: list[_rt.Buffer] = betterproto2.field(6, betterproto2.TYPE_BYTES, repeated=True)
    """Raw tensor data, one entry per output and in the order of `outputs`,
    laid out as described for ModelInferRequest.raw_input_contents."""

    def __bytes__(self) -> bytes:
        return _rt.encode(_encode_ModelInferResponse, self)

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> ModelInferResponse:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_ModelInferResponse, data, packed_as_numpy, "inference.ModelInferResponse")


@dataclass(eq=False, repr=False)
class ModelInferResponseInferOutputTensor(_rt.Message):
    """One output tensor of the response."""

    name: str = betterproto2.field(1, betterproto2.TYPE_STRING)
    """Name of the tensor."""

    datatype: str = betterproto2.field(2, betterproto2.TYPE_STRING)
    """Datatype of the tensor elements, such as FP32 or BYTES."""

    shape: _rt.PackedInts = betterproto2.field(3, betterproto2.TYPE_INT64, repeated=True)
    """Shape of the tensor."""

    parameters: dict[str, InferParameter] = betterproto2.field(4, betterproto2.TYPE_MAP, map_meta=betterproto2.map_meta(betterproto2.TYPE_STRING, betterproto2.TYPE_MESSAGE))
    """Optional parameters of this tensor."""

    contents: InferTensorContents | None = betterproto2.field(5, betterproto2.TYPE_MESSAGE)
    """The tensor's elements in typed form. Unset when the response
    carries its tensors in raw_output_contents."""

    def __bytes__(self) -> bytes:
        return _rt.encode(_encode_ModelInferResponseInferOutputTensor, self)

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> ModelInferResponseInferOutputTensor:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_ModelInferResponseInferOutputTensor, data, packed_as_numpy, "inference.ModelInferResponse.InferOutputTensor")


@dataclass(eq=False, repr=False)
class InferParameter(_rt.Message):
    """The value of a request, response, tensor or model parameter."""

    bool_param: bool | None = betterproto2.field(1, betterproto2.TYPE_BOOL, optional=True, group="parameter_choice")
    """A boolean value."""

    int64_param: int | None = betterproto2.field(2, betterproto2.TYPE_INT64, optional=True, group="parameter_choice")
    """A signed 64-bit integer value."""

    string_param: str | None = betterproto2.field(3, betterproto2.TYPE_STRING, optional=True, group="parameter_choice")
    """A string value."""

    double_param: float | None = betterproto2.field(4, betterproto2.TYPE_DOUBLE, optional=True, group="parameter_choice")
    """A double-precision floating point value (Open Inference Protocol addition)."""

    uint64_param: int | None = betterproto2.field(5, betterproto2.TYPE_UINT64, optional=True, group="parameter_choice")
    """An unsigned 64-bit integer value (Open Inference Protocol addition)."""

    def __bytes__(self) -> bytes:
        return _rt.encode(_encode_InferParameter, self)

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> InferParameter:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_InferParameter, data, packed_as_numpy, "inference.InferParameter")


@dataclass(eq=False, repr=False)
class InferTensorContents(_rt.Message):
    """A tensor's elements in typed form, flattened in row-major order. Only the
    field matching the tensor's datatype is used, and its length must equal the
    number of elements the shape implies. (A oneof cannot hold repeated fields,
    hence one field per type.)"""

    bool_contents: _rt.PackedBools = betterproto2.field(1, betterproto2.TYPE_BOOL, repeated=True)
    """Elements of a BOOL tensor."""

    int_contents: _rt.PackedInts = betterproto2.field(2, betterproto2.TYPE_INT32, repeated=True)
    """Elements of an INT8, INT16 or INT32 tensor."""

    int64_contents: _rt.PackedInts = betterproto2.field(3, betterproto2.TYPE_INT64, repeated=True)
    """Elements of an INT64 tensor."""

    uint_contents: _rt.PackedInts = betterproto2.field(4, betterproto2.TYPE_UINT32, repeated=True)
    """Elements of a UINT8, UINT16 or UINT32 tensor."""

    uint64_contents: _rt.PackedInts = betterproto2.field(5, betterproto2.TYPE_UINT64, repeated=True)
    """Elements of a UINT64 tensor."""

    fp32_contents: _rt.PackedFloats = betterproto2.field(6, betterproto2.TYPE_FLOAT, repeated=True)
    """Elements of an FP32 tensor."""

    fp64_contents: _rt.PackedFloats = betterproto2.field(7, betterproto2.TYPE_DOUBLE, repeated=True)
    """Elements of an FP64 tensor."""

    bytes_contents: list[_rt.Buffer] = betterproto2.field(8, betterproto2.TYPE_BYTES, repeated=True)
    """Elements of a BYTES tensor."""

    def __bytes__(self) -> bytes:
        return _rt.encode(_encode_InferTensorContents, self)

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> InferTensorContents:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_InferTensorContents, data, packed_as_numpy, "inference.InferTensorContents")


@dataclass(eq=False, repr=False)
class RepositoryModelLoadRequest(_rt.Message):
    """Asks the server to load (or reload) a model."""

    model_name: str = betterproto2.field(1, betterproto2.TYPE_STRING)
    """Name of the model to load."""

    def __bytes__(self) -> bytes:
        return _rt.encode(_encode_RepositoryModelLoadRequest, self)

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> RepositoryModelLoadRequest:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_RepositoryModelLoadRequest, data, packed_as_numpy, "inference.RepositoryModelLoadRequest")


@dataclass(eq=False, repr=False)
class RepositoryModelLoadResponse(_rt.Message):
    """The outcome of a load request."""

    model_name: str = betterproto2.field(1, betterproto2.TYPE_STRING)
    """Name of the model."""

    is_loaded: bool = betterproto2.field(2, betterproto2.TYPE_BOOL)
    """True when the model is now loaded."""

    def __bytes__(self) -> bytes:
        return _rt.encode(_encode_RepositoryModelLoadResponse, self)

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> RepositoryModelLoadResponse:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_RepositoryModelLoadResponse, data, packed_as_numpy, "inference.RepositoryModelLoadResponse")


@dataclass(eq=False, repr=False)
class RepositoryModelUnloadRequest(_rt.Message):
    """Asks the server to unload a model."""

    model_name: str = betterproto2.field(1, betterproto2.TYPE_STRING)
    """Name of the model to unload."""

    def __bytes__(self) -> bytes:
        return _rt.encode(_encode_RepositoryModelUnloadRequest, self)

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> RepositoryModelUnloadRequest:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_RepositoryModelUnloadRequest, data, packed_as_numpy, "inference.RepositoryModelUnloadRequest")


@dataclass(eq=False, repr=False)
class RepositoryModelUnloadResponse(_rt.Message):
    """The outcome of an unload request."""

    model_name: str = betterproto2.field(1, betterproto2.TYPE_STRING)
    """Name of the model."""

    is_unloaded: bool = betterproto2.field(2, betterproto2.TYPE_BOOL)
    """True when the model is now unloaded."""

    def __bytes__(self) -> bytes:
        return _rt.encode(_encode_RepositoryModelUnloadResponse, self)

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> RepositoryModelUnloadResponse:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_RepositoryModelUnloadResponse, data, packed_as_numpy, "inference.RepositoryModelUnloadResponse")

# -- encoders ------------------------------------------------------------------------------------


def _encode_ServerLiveRequest(m: ServerLiveRequest, out: list[_Any]) -> None:
    return


def _encode_ServerLiveResponse(m: ServerLiveResponse, out: list[_Any]) -> None:
    v_live = m.live
    if v_live:
        out.append(b'\x08' + (b"\x01" if v_live else b"\x00"))


def _encode_ServerReadyRequest(m: ServerReadyRequest, out: list[_Any]) -> None:
    return


def _encode_ServerReadyResponse(m: ServerReadyResponse, out: list[_Any]) -> None:
    v_ready = m.ready
    if v_ready:
        out.append(b'\x08' + (b"\x01" if v_ready else b"\x00"))


def _encode_ModelReadyRequest(m: ModelReadyRequest, out: list[_Any]) -> None:
    v_name = m.name
    if v_name:
        b_name = v_name.encode()
        out.append(b'\x0a' + _w.varint(len(b_name)) + b_name)
    v_version = m.version
    if v_version:
        b_version = v_version.encode()
        out.append(b'\x12' + _w.varint(len(b_version)) + b_version)


def _encode_ModelReadyResponse(m: ModelReadyResponse, out: list[_Any]) -> None:
    v_ready = m.ready
    if v_ready:
        out.append(b'\x08' + (b"\x01" if v_ready else b"\x00"))


def _encode_ServerMetadataRequest(m: ServerMetadataRequest, out: list[_Any]) -> None:
    return


def _encode_ServerMetadataResponse(m: ServerMetadataResponse, out: list[_Any]) -> None:
    v_name = m.name
    if v_name:
        b_name = v_name.encode()
        out.append(b'\x0a' + _w.varint(len(b_name)) + b_name)
    v_version = m.version
    if v_version:
        b_version = v_version.encode()
        out.append(b'\x12' + _w.varint(len(b_version)) + b_version)
    for v_extensions in m.extensions:
        b_extensions = v_extensions.encode()
        out.append(b'\x1a' + _w.varint(len(b_extensions)) + b_extensions)


def _encode_ModelMetadataRequest(m: ModelMetadataRequest, out: list[_Any]) -> None:
    v_name = m.name
    if v_name:
        b_name = v_name.encode()
        out.append(b'\x0a' + _w.varint(len(b_name)) + b_name)
    v_version = m.version
    if v_version:
        b_version = v_version.encode()
        out.append(b'\x12' + _w.varint(len(b_version)) + b_version)


def _encode_ModelMetadataResponse(m: ModelMetadataResponse, out: list[_Any]) -> None:
    v_name = m.name
    if v_name:
        b_name = v_name.encode()
        out.append(b'\x0a' + _w.varint(len(b_name)) + b_name)
    for v_versions in m.versions:
        b_versions = v_versions.encode()
        out.append(b'\x12' + _w.varint(len(b_versions)) + b_versions)
    v_platform = m.platform
    if v_platform:
        b_platform = v_platform.encode()
        out.append(b'\x1a' + _w.varint(len(b_platform)) + b_platform)
    for v_inputs in m.inputs:
        i = len(out)
        out.append(b"")
        _encode_ModelMetadataResponseTensorMetadata(v_inputs, out)
        out[i] = b'\x22' + _w.varint(_w.size_from(out, i + 1))
    for v_outputs in m.outputs:
        i = len(out)
        out.append(b"")
        _encode_ModelMetadataResponseTensorMetadata(v_outputs, out)
        out[i] = b'\x2a' + _w.varint(_w.size_from(out, i + 1))
    for kv_properties in m.properties.items():
        i = len(out)
        out.append(b"")
        _encode_ModelMetadataResponse_properties_entry(kv_properties[0], kv_properties[1], out)
        out[i] = b'\x32' + _w.varint(_w.size_from(out, i + 1))


def _encode_ModelMetadataResponseTensorMetadata(m: ModelMetadataResponseTensorMetadata, out: list[_Any]) -> None:
    v_name = m.name
    if v_name:
        b_name = v_name.encode()
        out.append(b'\x0a' + _w.varint(len(b_name)) + b_name)
    v_datatype = m.datatype
    if v_datatype:
        b_datatype = v_datatype.encode()
        out.append(b'\x12' + _w.varint(len(b_datatype)) + b_datatype)
    v_shape = m.shape
    if len(v_shape):
        b_shape = _w.packed_varint(v_shape, "int64")
        out.append(b'\x1a' + _w.varint(len(b_shape)))
        out.append(b_shape)


def _encode_ModelInferRequest(m: ModelInferRequest, out: list[_Any]) -> None:
    v_model_name = m.model_name
    if v_model_name:
        b_model_name = v_model_name.encode()
        out.append(b'\x0a' + _w.varint(len(b_model_name)) + b_model_name)
    v_model_version = m.model_version
    if v_model_version:
        b_model_version = v_model_version.encode()
        out.append(b'\x12' + _w.varint(len(b_model_version)) + b_model_version)
    v_id = m.id
    if v_id:
        b_id = v_id.encode()
        out.append(b'\x1a' + _w.varint(len(b_id)) + b_id)
    for kv_parameters in m.parameters.items():
        i = len(out)
        out.append(b"")
        _encode_ModelInferRequest_parameters_entry(kv_parameters[0], kv_parameters[1], out)
        out[i] = b'\x22' + _w.varint(_w.size_from(out, i + 1))
    for v_inputs in m.inputs:
        i = len(out)
        out.append(b"")
        _encode_ModelInferRequestInferInputTensor(v_inputs, out)
        out[i] = b'\x2a' + _w.varint(_w.size_from(out, i + 1))
    for v_outputs in m.outputs:
        i = len(out)
        out.append(b"")
        _encode_ModelInferRequestInferRequestedOutputTensor(v_outputs, out)
        out[i] = b'\x32' + _w.varint(_w.size_from(out, i + 1))
    for v_raw_input_contents in m.raw_input_contents:
        b_raw_input_contents = _w.enc_bytes(v_raw_input_contents)
        out.append(b'\x3a' + _w.varint(len(b_raw_input_contents)))
        out.append(b_raw_input_contents)


def _encode_ModelInferRequestInferInputTensor(m: ModelInferRequestInferInputTensor, out: list[_Any]) -> None:
    v_name = m.name
    if v_name:
        b_name = v_name.encode()
        out.append(b'\x0a' + _w.varint(len(b_name)) + b_name)
    v_datatype = m.datatype
    if v_datatype:
        b_datatype = v_datatype.encode()
        out.append(b'\x12' + _w.varint(len(b_datatype)) + b_datatype)
    v_shape = m.shape
    if len(v_shape):
        b_shape = _w.packed_varint(v_shape, "int64")
        out.append(b'\x1a' + _w.varint(len(b_shape)))
        out.append(b_shape)
    for kv_parameters in m.parameters.items():
        i = len(out)
        out.append(b"")
        _encode_ModelInferRequestInferInputTensor_parameters_entry(kv_parameters[0], kv_parameters[1], out)
        out[i] = b'\x22' + _w.varint(_w.size_from(out, i + 1))
    v_contents = m.contents
    if v_contents is not None:
        i = len(out)
        out.append(b"")
        _encode_InferTensorContents(v_contents, out)
        out[i] = b'\x2a' + _w.varint(_w.size_from(out, i + 1))


def _encode_ModelInferRequestInferRequestedOutputTensor(m: ModelInferRequestInferRequestedOutputTensor, out: list[_Any]) -> None:
    v_name = m.name
    if v_name:
        b_name = v_name.encode()
        out.append(b'\x0a' + _w.varint(len(b_name)) + b_name)
    for kv_parameters in m.parameters.items():
        i = len(out)
        out.append(b"")
        _encode_ModelInferRequestInferRequestedOutputTensor_parameters_entry(kv_parameters[0], kv_parameters[1], out)
        out[i] = b'\x12' + _w.varint(_w.size_from(out, i + 1))


def _encode_ModelInferResponse(m: ModelInferResponse, out: list[_Any]) -> None:
    v_model_name = m.model_name
    if v_model_name:
        b_model_name = v_model_name.encode()
        out.append(b'\x0a' + _w.varint(len(b_model_name)) + b_model_name)
    v_model_version = m.model_version
    if v_model_version:
        b_model_version = v_model_version.encode()
        out.append(b'\x12' + _w.varint(len(b_model_version)) + b_model_version)
    v_id = m.id
    if v_id:
        b_id = v_id.encode()
        out.append(b'\x1a' + _w.varint(len(b_id)) + b_id)
    for kv_parameters in m.parameters.items():
        i = len(out)
        out.append(b"")
        _encode_ModelInferResponse_parameters_entry(kv_parameters[0], kv_parameters[1], out)
        out[i] = b'\x22' + _w.varint(_w.size_from(out, i + 1))
    for v_outputs in m.outputs:
        i = len(out)
        out.append(b"")
        _encode_ModelInferResponseInferOutputTensor(v_outputs, out)
        out[i] = b'\x2a' + _w.varint(_w.size_from(out, i + 1))
    for v_raw_output_contents in m.raw_output_contents:
        b_raw_output_contents = _w.enc_bytes(v_raw_output_contents)
        out.append(b'\x32' + _w.varint(len(b_raw_output_contents)))
        out.append(b_raw_output_contents)


def _encode_ModelInferResponseInferOutputTensor(m: ModelInferResponseInferOutputTensor, out: list[_Any]) -> None:
    v_name = m.name
    if v_name:
        b_name = v_name.encode()
        out.append(b'\x0a' + _w.varint(len(b_name)) + b_name)
    v_datatype = m.datatype
    if v_datatype:
        b_datatype = v_datatype.encode()
        out.append(b'\x12' + _w.varint(len(b_datatype)) + b_datatype)
    v_shape = m.shape
    if len(v_shape):
        b_shape = _w.packed_varint(v_shape, "int64")
        out.append(b'\x1a' + _w.varint(len(b_shape)))
        out.append(b_shape)
    for kv_parameters in m.parameters.items():
        i = len(out)
        out.append(b"")
        _encode_ModelInferResponseInferOutputTensor_parameters_entry(kv_parameters[0], kv_parameters[1], out)
        out[i] = b'\x22' + _w.varint(_w.size_from(out, i + 1))
    v_contents = m.contents
    if v_contents is not None:
        i = len(out)
        out.append(b"")
        _encode_InferTensorContents(v_contents, out)
        out[i] = b'\x2a' + _w.varint(_w.size_from(out, i + 1))


def _encode_InferParameter(m: InferParameter, out: list[_Any]) -> None:
    v_bool_param = m.bool_param
    if v_bool_param is not None:
        out.append(b'\x08' + (b"\x01" if v_bool_param else b"\x00"))
    v_int64_param = m.int64_param
    if v_int64_param is not None:
        out.append(b'\x10' + _w.enc_int64(v_int64_param))
    v_string_param = m.string_param
    if v_string_param is not None:
        b_string_param = v_string_param.encode()
        out.append(b'\x1a' + _w.varint(len(b_string_param)) + b_string_param)
    v_double_param = m.double_param
    if v_double_param is not None:
        out.append(b'\x21' + _w.enc_double(v_double_param))
    v_uint64_param = m.uint64_param
    if v_uint64_param is not None:
        out.append(b'\x28' + _w.enc_uint64(v_uint64_param))


def _encode_InferTensorContents(m: InferTensorContents, out: list[_Any]) -> None:
    v_bool_contents = m.bool_contents
    if len(v_bool_contents):
        b_bool_contents = _w.packed_varint(v_bool_contents, "bool")
        out.append(b'\x0a' + _w.varint(len(b_bool_contents)))
        out.append(b_bool_contents)
    v_int_contents = m.int_contents
    if len(v_int_contents):
        b_int_contents = _w.packed_varint(v_int_contents, "int32")
        out.append(b'\x12' + _w.varint(len(b_int_contents)))
        out.append(b_int_contents)
    v_int64_contents = m.int64_contents
    if len(v_int64_contents):
        b_int64_contents = _w.packed_varint(v_int64_contents, "int64")
        out.append(b'\x1a' + _w.varint(len(b_int64_contents)))
        out.append(b_int64_contents)
    v_uint_contents = m.uint_contents
    if len(v_uint_contents):
        b_uint_contents = _w.packed_varint(v_uint_contents, "uint32")
        out.append(b'\x22' + _w.varint(len(b_uint_contents)))
        out.append(b_uint_contents)
    v_uint64_contents = m.uint64_contents
    if len(v_uint64_contents):
        b_uint64_contents = _w.packed_varint(v_uint64_contents, "uint64")
        out.append(b'\x2a' + _w.varint(len(b_uint64_contents)))
        out.append(b_uint64_contents)
    v_fp32_contents = m.fp32_contents
    if len(v_fp32_contents):
        b_fp32_contents = _w.packed_fixed(v_fp32_contents, "float")
        out.append(b'\x32' + _w.varint(len(b_fp32_contents)))
        out.append(b_fp32_contents)
    v_fp64_contents = m.fp64_contents
    if len(v_fp64_contents):
        b_fp64_contents = _w.packed_fixed(v_fp64_contents, "double")
        out.append(b'\x3a' + _w.varint(len(b_fp64_contents)))
        out.append(b_fp64_contents)
    for v_bytes_contents in m.bytes_contents:
        b_bytes_contents = _w.enc_bytes(v_bytes_contents)
        out.append(b'\x42' + _w.varint(len(b_bytes_contents)))
        out.append(b_bytes_contents)


def _encode_RepositoryModelLoadRequest(m: RepositoryModelLoadRequest, out: list[_Any]) -> None:
    v_model_name = m.model_name
    if v_model_name:
        b_model_name = v_model_name.encode()
        out.append(b'\x0a' + _w.varint(len(b_model_name)) + b_model_name)


def _encode_RepositoryModelLoadResponse(m: RepositoryModelLoadResponse, out: list[_Any]) -> None:
    v_model_name = m.model_name
    if v_model_name:
        b_model_name = v_model_name.encode()
        out.append(b'\x0a' + _w.varint(len(b_model_name)) + b_model_name)
    v_is_loaded = m.is_loaded
    if v_is_loaded:
        out.append(b'\x10' + (b"\x01" if v_is_loaded else b"\x00"))


def _encode_RepositoryModelUnloadRequest(m: RepositoryModelUnloadRequest, out: list[_Any]) -> None:
    v_model_name = m.model_name
    if v_model_name:
        b_model_name = v_model_name.encode()
        out.append(b'\x0a' + _w.varint(len(b_model_name)) + b_model_name)


def _encode_RepositoryModelUnloadResponse(m: RepositoryModelUnloadResponse, out: list[_Any]) -> None:
    v_model_name = m.model_name
    if v_model_name:
        b_model_name = v_model_name.encode()
        out.append(b'\x0a' + _w.varint(len(b_model_name)) + b_model_name)
    v_is_unloaded = m.is_unloaded
    if v_is_unloaded:
        out.append(b'\x10' + (b"\x01" if v_is_unloaded else b"\x00"))


def _encode_ModelMetadataResponse_properties_entry(key: _Any, value: _Any, out: list[_Any]) -> None:
    v_key = key
    if v_key:
        b_key = v_key.encode()
        out.append(b'\x0a' + _w.varint(len(b_key)) + b_key)
    i = len(out)
    out.append(b"")
    _encode_InferParameter(value, out)
    out[i] = b'\x12' + _w.varint(_w.size_from(out, i + 1))


def _encode_ModelInferRequest_parameters_entry(key: _Any, value: _Any, out: list[_Any]) -> None:
    v_key = key
    if v_key:
        b_key = v_key.encode()
        out.append(b'\x0a' + _w.varint(len(b_key)) + b_key)
    i = len(out)
    out.append(b"")
    _encode_InferParameter(value, out)
    out[i] = b'\x12' + _w.varint(_w.size_from(out, i + 1))


def _encode_ModelInferRequestInferInputTensor_parameters_entry(key: _Any, value: _Any, out: list[_Any]) -> None:
    v_key = key
    if v_key:
        b_key = v_key.encode()
        out.append(b'\x0a' + _w.varint(len(b_key)) + b_key)
    i = len(out)
    out.append(b"")
    _encode_InferParameter(value, out)
    out[i] = b'\x12' + _w.varint(_w.size_from(out, i + 1))


def _encode_ModelInferRequestInferRequestedOutputTensor_parameters_entry(key: _Any, value: _Any, out: list[_Any]) -> None:
    v_key = key
    if v_key:
        b_key = v_key.encode()
        out.append(b'\x0a' + _w.varint(len(b_key)) + b_key)
    i = len(out)
    out.append(b"")
    _encode_InferParameter(value, out)
    out[i] = b'\x12' + _w.varint(_w.size_from(out, i + 1))


def _encode_ModelInferResponse_parameters_entry(key: _Any, value: _Any, out: list[_Any]) -> None:
    v_key = key
    if v_key:
        b_key = v_key.encode()
        out.append(b'\x0a' + _w.varint(len(b_key)) + b_key)
    i = len(out)
    out.append(b"")
    _encode_InferParameter(value, out)
    out[i] = b'\x12' + _w.varint(_w.size_from(out, i + 1))


def _encode_ModelInferResponseInferOutputTensor_parameters_entry(key: _Any, value: _Any, out: list[_Any]) -> None:
    v_key = key
    if v_key:
        b_key = v_key.encode()
        out.append(b'\x0a' + _w.varint(len(b_key)) + b_key)
    i = len(out)
    out.append(b"")
    _encode_InferParameter(value, out)
    out[i] = b'\x12' + _w.varint(_w.size_from(out, i + 1))

# -- decoders ------------------------------------------------------------------------------------


def _decode_ServerLiveRequest(buf: memoryview, pos: int, end: int, as_numpy: bool) -> ServerLiveRequest:
    while pos < end:
        key = buf[pos]
        if key < 0x80:
            pos += 1
        else:
            key, pos = _w.read_varint(buf, pos, end, "inference.ServerLiveRequest")
        pos = _w.skip_field(buf, pos, end, key, "inference.ServerLiveRequest")
    return ServerLiveRequest(
    )


def _decode_ServerLiveResponse(buf: memoryview, pos: int, end: int, as_numpy: bool) -> ServerLiveResponse:
    f_live: _Any = False
    while pos < end:
        key = buf[pos]
        if key < 0x80:
            pos += 1
        else:
            key, pos = _w.read_varint(buf, pos, end, "inference.ServerLiveResponse")
        if key == 8:
            if pos < end and buf[pos] < 0x80:
                v = buf[pos]
                pos += 1
            else:
                v, pos = _w.read_varint(buf, pos, end, "inference.ServerLiveResponse")
            f_live = v != 0
        else:
            pos = _w.skip_field(buf, pos, end, key, "inference.ServerLiveResponse")
    return ServerLiveResponse(
        live=f_live,
    )


def _decode_ServerReadyRequest(buf: memoryview, pos: int, end: int, as_numpy: bool) -> ServerReadyRequest:
    while pos < end:
        key = buf[pos]
        if key < 0x80:
            pos += 1
        else:
            key, pos = _w.read_varint(buf, pos, end, "inference.ServerReadyRequest")
        pos = _w.skip_field(buf, pos, end, key, "inference.ServerReadyRequest")
    return ServerReadyRequest(
    )


def _decode_ServerReadyResponse(buf: memoryview, pos: int, end: int, as_numpy: bool) -> ServerReadyResponse:
    f_ready: _Any = False
    while pos < end:
        key = buf[pos]
        if key < 0x80:
            pos += 1
        else:
            key, pos = _w.read_varint(buf, pos, end, "inference.ServerReadyResponse")
        if key == 8:
            if pos < end and buf[pos] < 0x80:
                v = buf[pos]
                pos += 1
            else:
                v, pos = _w.read_varint(buf, pos, end, "inference.ServerReadyResponse")
            f_ready = v != 0
        else:
            pos = _w.skip_field(buf, pos, end, key, "inference.ServerReadyResponse")
    return ServerReadyResponse(
        ready=f_ready,
    )


def _decode_ModelReadyRequest(buf: memoryview, pos: int, end: int, as_numpy: bool) -> ModelReadyRequest:
    f_name: _Any = ""
    f_version: _Any = ""
    while pos < end:
        key = buf[pos]
        if key < 0x80:
            pos += 1
        else:
            key, pos = _w.read_varint(buf, pos, end, "inference.ModelReadyRequest")
        if key == 10:
            start, pos = _w.read_len(buf, pos, end, "inference.ModelReadyRequest")
            f_name = _w.read_string(buf, start, pos, "inference.ModelReadyRequest")
        elif key == 18:
            start, pos = _w.read_len(buf, pos, end, "inference.ModelReadyRequest")
            f_version = _w.read_string(buf, start, pos, "inference.ModelReadyRequest")
        else:
            pos = _w.skip_field(buf, pos, end, key, "inference.ModelReadyRequest")
    return ModelReadyRequest(
        name=f_name,
        version=f_version,
    )


def _decode_ModelReadyResponse(buf: memoryview, pos: int, end: int, as_numpy: bool) -> ModelReadyResponse:
    f_ready: _Any = False
    while pos < end:
        key = buf[pos]
        if key < 0x80:
            pos += 1
        else:
            key, pos = _w.read_varint(buf, pos, end, "inference.ModelReadyResponse")
        if key == 8:
            if pos < end and buf[pos] < 0x80:
                v = buf[pos]
                pos += 1
            else:
                v, pos = _w.read_varint(buf, pos, end, "inference.ModelReadyResponse")
            f_ready = v != 0
        else:
            pos = _w.skip_field(buf, pos, end, key, "inference.ModelReadyResponse")
    return ModelReadyResponse(
        ready=f_ready,
    )


def _decode_ServerMetadataRequest(buf: memoryview, pos: int, end: int, as_numpy: bool) -> ServerMetadataRequest:
    while pos < end:
        key = buf[pos]
        if key < 0x80:
            pos += 1
        else:
            key, pos = _w.read_varint(buf, pos, end, "inference.ServerMetadataRequest")
        pos = _w.skip_field(buf, pos, end, key, "inference.ServerMetadataRequest")
    return ServerMetadataRequest(
    )


def _decode_ServerMetadataResponse(buf: memoryview, pos: int, end: int, as_numpy: bool) -> ServerMetadataResponse:
    f_name: _Any = ""
    f_version: _Any = ""
    f_extensions: _Any = []
    while pos < end:
        key = buf[pos]
        if key < 0x80:
            pos += 1
        else:
            key, pos = _w.read_varint(buf, pos, end, "inference.ServerMetadataResponse")
        if key == 10:
            start, pos = _w.read_len(buf, pos, end, "inference.ServerMetadataResponse")
            f_name = _w.read_string(buf, start, pos, "inference.ServerMetadataResponse")
        elif key == 18:
            start, pos = _w.read_len(buf, pos, end, "inference.ServerMetadataResponse")
            f_version = _w.read_string(buf, start, pos, "inference.ServerMetadataResponse")
        elif key == 26:
            start, pos = _w.read_len(buf, pos, end, "inference.ServerMetadataResponse")
            f_extensions = _w.append(f_extensions, _w.read_string(buf, start, pos, "inference.ServerMetadataResponse"))
        else:
            pos = _w.skip_field(buf, pos, end, key, "inference.ServerMetadataResponse")
    return ServerMetadataResponse(
        name=f_name,
        version=f_version,
        extensions=f_extensions,
    )


def _decode_ModelMetadataRequest(buf: memoryview, pos: int, end: int, as_numpy: bool) -> ModelMetadataRequest:
    f_name: _Any = ""
    f_version: _Any = ""
    while pos < end:
        key = buf[pos]
        if key < 0x80:
            pos += 1
        else:
            key, pos = _w.read_varint(buf, pos, end, "inference.ModelMetadataRequest")
        if key == 10:
            start, pos = _w.read_len(buf, pos, end, "inference.ModelMetadataRequest")
            f_name = _w.read_string(buf, start, pos, "inference.ModelMetadataRequest")
        elif key == 18:
            start, pos = _w.read_len(buf, pos, end, "inference.ModelMetadataRequest")
            f_version = _w.read_string(buf, start, pos, "inference.ModelMetadataRequest")
        else:
            pos = _w.skip_field(buf, pos, end, key, "inference.ModelMetadataRequest")
    return ModelMetadataRequest(
        name=f_name,
        version=f_version,
    )


def _decode_ModelMetadataResponse(buf: memoryview, pos: int, end: int, as_numpy: bool) -> ModelMetadataResponse:
    f_name: _Any = ""
    f_versions: _Any = []
    f_platform: _Any = ""
    f_inputs: _Any = []
    f_outputs: _Any = []
    f_properties: _Any = {}
    while pos < end:
        key = buf[pos]
        if key < 0x80:
            pos += 1
        else:
            key, pos = _w.read_varint(buf, pos, end, "inference.ModelMetadataResponse")
        if key == 10:
            start, pos = _w.read_len(buf, pos, end, "inference.ModelMetadataResponse")
            f_name = _w.read_string(buf, start, pos, "inference.ModelMetadataResponse")
        elif key == 18:
            start, pos = _w.read_len(buf, pos, end, "inference.ModelMetadataResponse")
            f_versions = _w.append(f_versions, _w.read_string(buf, start, pos, "inference.ModelMetadataResponse"))
        elif key == 26:
            start, pos = _w.read_len(buf, pos, end, "inference.ModelMetadataResponse")
            f_platform = _w.read_string(buf, start, pos, "inference.ModelMetadataResponse")
        elif key == 34:
            start, pos = _w.read_len(buf, pos, end, "inference.ModelMetadataResponse")
            f_inputs = _w.append(f_inputs, _decode_ModelMetadataResponseTensorMetadata(buf, start, pos, as_numpy))
        elif key == 42:
            start, pos = _w.read_len(buf, pos, end, "inference.ModelMetadataResponse")
            f_outputs = _w.append(f_outputs, _decode_ModelMetadataResponseTensorMetadata(buf, start, pos, as_numpy))
        elif key == 50:
            start, pos = _w.read_len(buf, pos, end, "inference.ModelMetadataResponse")
            k, val = _decode_ModelMetadataResponse_properties_entry(buf, start, pos, as_numpy)
            f_properties[k] = val
        else:
            pos = _w.skip_field(buf, pos, end, key, "inference.ModelMetadataResponse")
    return ModelMetadataResponse(
        name=f_name,
        versions=f_versions,
        platform=f_platform,
        inputs=f_inputs,
        outputs=f_outputs,
        properties=f_properties,
    )


def _decode_ModelMetadataResponseTensorMetadata(buf: memoryview, pos: int, end: int, as_numpy: bool) -> ModelMetadataResponseTensorMetadata:
    f_name: _Any = ""
    f_datatype: _Any = ""
    f_shape: _Any = []
    while pos < end:
        key = buf[pos]
        if key < 0x80:
            pos += 1
        else:
            key, pos = _w.read_varint(buf, pos, end, "inference.ModelMetadataResponse.TensorMetadata")
        if key == 10:
            start, pos = _w.read_len(buf, pos, end, "inference.ModelMetadataResponse.TensorMetadata")
            f_name = _w.read_string(buf, start, pos, "inference.ModelMetadataResponse.TensorMetadata")
        elif key == 18:
            start, pos = _w.read_len(buf, pos, end, "inference.ModelMetadataResponse.TensorMetadata")
            f_datatype = _w.read_string(buf, start, pos, "inference.ModelMetadataResponse.TensorMetadata")
        elif key == 26:
            start, pos = _w.read_len(buf, pos, end, "inference.ModelMetadataResponse.TensorMetadata")
            f_shape = _w.packed_varint_decode(buf, start, pos, "int64", f_shape, as_numpy, "inference.ModelMetadataResponse.TensorMetadata")
        elif key == 24:
            if pos < end and buf[pos] < 0x80:
                v = buf[pos]
                pos += 1
            else:
                v, pos = _w.read_varint(buf, pos, end, "inference.ModelMetadataResponse.TensorMetadata")
            f_shape = _w.append(f_shape, _w.to_int64(v))
        else:
            pos = _w.skip_field(buf, pos, end, key, "inference.ModelMetadataResponse.TensorMetadata")
    return ModelMetadataResponseTensorMetadata(
        name=f_name,
        datatype=f_datatype,
        shape=f_shape,
    )


def _decode_ModelInferRequest(buf: memoryview, pos: int, end: int, as_numpy: bool) -> ModelInferRequest:
    f_model_name: _Any = ""
    f_model_version: _Any = ""
    f_id: _Any = ""
    f_parameters: _Any = {}
    f_inputs: _Any = []
    f_outputs: _Any = []
    f_raw_input_contents: _Any = []
    while pos < end:
        key = buf[pos]
        if key < 0x80:
            pos += 1
        else:
            key, pos = _w.read_varint(buf, pos, end, "inference.ModelInferRequest")
        if key == 10:
            start, pos = _w.read_len(buf, pos, end, "inference.ModelInferRequest")
            f_model_name = _w.read_string(buf, start, pos, "inference.ModelInferRequest")
        elif key == 18:
            start, pos = _w.read_len(buf, pos, end, "inference.ModelInferRequest")
            f_model_version = _w.read_string(buf, start, pos, "inference.ModelInferRequest")
        elif key == 26:
            start, pos = _w.read_len(buf, pos, end, "inference.ModelInferRequest")
            f_id = _w.read_string(buf, start, pos, "inference.ModelInferRequest")
        elif key == 34:
            start, pos = _w.read_len(buf, pos, end, "inference.ModelInferRequest")
            k, val = _decode_ModelInferRequest_parameters_entry(buf, start, pos, as_numpy)
            f_parameters[k] = val
        elif key == 42:
            start, pos = _w.read_len(buf, pos, end, "inference.ModelInferRequest")
            f_inputs = _w.append(f_inputs, _decode_ModelInferRequestInferInputTensor(buf, start, pos, as_numpy))
        elif key == 50:
            start, pos = _w.read_len(buf, pos, end, "inference.ModelInferRequest")
            f_outputs = _w.append(f_outputs, _decode_ModelInferRequestInferRequestedOutputTensor(buf, start, pos, as_numpy))
        elif key == 58:
            start, pos = _w.read_len(buf, pos, end, "inference.ModelInferRequest")
            f_raw_input_contents = _w.append(f_raw_input_contents, _w.read_bytes(buf, start, pos))
        else:
            pos = _w.skip_field(buf, pos, end, key, "inference.ModelInferRequest")
    return ModelInferRequest(
        model_name=f_model_name,
        model_version=f_model_version,
        id=f_id,
        parameters=f_parameters,
        inputs=f_inputs,
        outputs=f_outputs,
        raw_input_contents=f_raw_input_contents,
    )


def _decode_ModelInferRequestInferInputTensor(buf: memoryview, pos: int, end: int, as_numpy: bool) -> ModelInferRequestInferInputTensor:
    f_name: _Any = ""
    f_datatype: _Any = ""
    f_shape: _Any = []
    f_parameters: _Any = {}
    f_contents: _Any = None
    c_contents: _Any = None
    while pos < end:
        key = buf[pos]
        if key < 0x80:
            pos += 1
        else:
            key, pos = _w.read_varint(buf, pos, end, "inference.ModelInferRequest.InferInputTensor")
        if key == 10:
            start, pos = _w.read_len(buf, pos, end, "inference.ModelInferRequest.InferInputTensor")
            f_name = _w.read_string(buf, start, pos, "inference.ModelInferRequest.InferInputTensor")
        elif key == 18:
            start, pos = _w.read_len(buf, pos, end, "inference.ModelInferRequest.InferInputTensor")
            f_datatype = _w.read_string(buf, start, pos, "inference.ModelInferRequest.InferInputTensor")
        elif key == 26:
            start, pos = _w.read_len(buf, pos, end, "inference.ModelInferRequest.InferInputTensor")
            f_shape = _w.packed_varint_decode(buf, start, pos, "int64", f_shape, as_numpy, "inference.ModelInferRequest.InferInputTensor")
        elif key == 24:
            if pos < end and buf[pos] < 0x80:
                v = buf[pos]
                pos += 1
            else:
                v, pos = _w.read_varint(buf, pos, end, "inference.ModelInferRequest.InferInputTensor")
            f_shape = _w.append(f_shape, _w.to_int64(v))
        elif key == 34:
            start, pos = _w.read_len(buf, pos, end, "inference.ModelInferRequest.InferInputTensor")
            k, val = _decode_ModelInferRequestInferInputTensor_parameters_entry(buf, start, pos, as_numpy)
            f_parameters[k] = val
        elif key == 42:
            start, pos = _w.read_len(buf, pos, end, "inference.ModelInferRequest.InferInputTensor")
            if f_contents is None:
                c_contents = (start, pos)
                f_contents = _decode_InferTensorContents(buf, start, pos, as_numpy)
            else:
                # Protobuf merges a singular message that occurs again: decode the concatenation.
                c_contents = _w.concat(buf, c_contents, start, pos)
                f_contents = _decode_InferTensorContents(c_contents, 0, len(c_contents), as_numpy)
        else:
            pos = _w.skip_field(buf, pos, end, key, "inference.ModelInferRequest.InferInputTensor")
    return ModelInferRequestInferInputTensor(
        name=f_name,
        datatype=f_datatype,
        shape=f_shape,
        parameters=f_parameters,
        contents=f_contents,
    )


def _decode_ModelInferRequestInferRequestedOutputTensor(buf: memoryview, pos: int, end: int, as_numpy: bool) -> ModelInferRequestInferRequestedOutputTensor:
    f_name: _Any = ""
    f_parameters: _Any = {}
    while pos < end:
        key = buf[pos]
        if key < 0x80:
            pos += 1
        else:
            key, pos = _w.read_varint(buf, pos, end, "inference.ModelInferRequest.InferRequestedOutputTensor")
        if key == 10:
            start, pos = _w.read_len(buf, pos, end, "inference.ModelInferRequest.InferRequestedOutputTensor")
            f_name = _w.read_string(buf, start, pos, "inference.ModelInferRequest.InferRequestedOutputTensor")
        elif key == 18:
            start, pos = _w.read_len(buf, pos, end, "inference.ModelInferRequest.InferRequestedOutputTensor")
            k, val = _decode_ModelInferRequestInferRequestedOutputTensor_parameters_entry(buf, start, pos, as_numpy)
            f_parameters[k] = val
        else:
            pos = _w.skip_field(buf, pos, end, key, "inference.ModelInferRequest.InferRequestedOutputTensor")
    return ModelInferRequestInferRequestedOutputTensor(
        name=f_name,
        parameters=f_parameters,
    )


def _decode_ModelInferResponse(buf: memoryview, pos: int, end: int, as_numpy: bool) -> ModelInferResponse:
    f_model_name: _Any = ""
    f_model_version: _Any = ""
    f_id: _Any = ""
    f_parameters: _Any = {}
    f_outputs: _Any = []
    f_raw_output_contents: _Any = []
    while pos < end:
        key = buf[pos]
        if key < 0x80:
            pos += 1
        else:
            key, pos = _w.read_varint(buf, pos, end, "inference.ModelInferResponse")
        if key == 10:
            start, pos = _w.read_len(buf, pos, end, "inference.ModelInferResponse")
            f_model_name = _w.read_string(buf, start, pos, "inference.ModelInferResponse")
        elif key == 18:
            start, pos = _w.read_len(buf, pos, end, "inference.ModelInferResponse")
            f_model_version = _w.read_string(buf, start, pos, "inference.ModelInferResponse")
        elif key == 26:
            start, pos = _w.read_len(buf, pos, end, "inference.ModelInferResponse")
            f_id = _w.read_string(buf, start, pos, "inference.ModelInferResponse")
        elif key == 34:
            start, pos = _w.read_len(buf, pos, end, "inference.ModelInferResponse")
            k, val = _decode_ModelInferResponse_parameters_entry(buf, start, pos, as_numpy)
            f_parameters[k] = val
        elif key == 42:
            start, pos = _w.read_len(buf, pos, end, "inference.ModelInferResponse")
            f_outputs = _w.append(f_outputs, _decode_ModelInferResponseInferOutputTensor(buf, start, pos, as_numpy))
        elif key == 50:
            start, pos = _w.read_len(buf, pos, end, "inference.ModelInferResponse")
            f_raw_output_contents = _w.append(f_raw_output_contents, _w.read_bytes(buf, start, pos))
        else:
            pos = _w.skip_field(buf, pos, end, key, "inference.ModelInferResponse")
    return ModelInferResponse(
        model_name=f_model_name,
        model_version=f_model_version,
        id=f_id,
        parameters=f_parameters,
        outputs=f_outputs,
        raw_output_contents=f_raw_output_contents,
    )


def _decode_ModelInferResponseInferOutputTensor(buf: memoryview, pos: int, end: int, as_numpy: bool) -> ModelInferResponseInferOutputTensor:
    f_name: _Any = ""
    f_datatype: _Any = ""
    f_shape: _Any = []
    f_parameters: _Any = {}
    f_contents: _Any = None
    c_contents: _Any = None
    while pos < end:
        key = buf[pos]
        if key < 0x80:
            pos += 1
        else:
            key, pos = _w.read_varint(buf, pos, end, "inference.ModelInferResponse.InferOutputTensor")
        if key == 10:
            start, pos = _w.read_len(buf, pos, end, "inference.ModelInferResponse.InferOutputTensor")
            f_name = _w.read_string(buf, start, pos, "inference.ModelInferResponse.InferOutputTensor")
        elif key == 18:
            start, pos = _w.read_len(buf, pos, end, "inference.ModelInferResponse.InferOutputTensor")
            f_datatype = _w.read_string(buf, start, pos, "inference.ModelInferResponse.InferOutputTensor")
        elif key == 26:
            start, pos = _w.read_len(buf, pos, end, "inference.ModelInferResponse.InferOutputTensor")
            f_shape = _w.packed_varint_decode(buf, start, pos, "int64", f_shape, as_numpy, "inference.ModelInferResponse.InferOutputTensor")
        elif key == 24:
            if pos < end and buf[pos] < 0x80:
                v = buf[pos]
                pos += 1
            else:
                v, pos = _w.read_varint(buf, pos, end, "inference.ModelInferResponse.InferOutputTensor")
            f_shape = _w.append(f_shape, _w.to_int64(v))
        elif key == 34:
            start, pos = _w.read_len(buf, pos, end, "inference.ModelInferResponse.InferOutputTensor")
            k, val = _decode_ModelInferResponseInferOutputTensor_parameters_entry(buf, start, pos, as_numpy)
            f_parameters[k] = val
        elif key == 42:
            start, pos = _w.read_len(buf, pos, end, "inference.ModelInferResponse.InferOutputTensor")
            if f_contents is None:
                c_contents = (start, pos)
                f_contents = _decode_InferTensorContents(buf, start, pos, as_numpy)
            else:
                # Protobuf merges a singular message that occurs again: decode the concatenation.
                c_contents = _w.concat(buf, c_contents, start, pos)
                f_contents = _decode_InferTensorContents(c_contents, 0, len(c_contents), as_numpy)
        else:
            pos = _w.skip_field(buf, pos, end, key, "inference.ModelInferResponse.InferOutputTensor")
    return ModelInferResponseInferOutputTensor(
        name=f_name,
        datatype=f_datatype,
        shape=f_shape,
        parameters=f_parameters,
        contents=f_contents,
    )


def _decode_InferParameter(buf: memoryview, pos: int, end: int, as_numpy: bool) -> InferParameter:
    f_bool_param: _Any = None
    f_int64_param: _Any = None
    f_string_param: _Any = None
    f_double_param: _Any = None
    f_uint64_param: _Any = None
    while pos < end:
        key = buf[pos]
        if key < 0x80:
            pos += 1
        else:
            key, pos = _w.read_varint(buf, pos, end, "inference.InferParameter")
        if key == 8:
            if pos < end and buf[pos] < 0x80:
                v = buf[pos]
                pos += 1
            else:
                v, pos = _w.read_varint(buf, pos, end, "inference.InferParameter")
            f_bool_param = v != 0
            f_int64_param = None
            f_string_param = None
            f_double_param = None
            f_uint64_param = None
        elif key == 16:
            if pos < end and buf[pos] < 0x80:
                v = buf[pos]
                pos += 1
            else:
                v, pos = _w.read_varint(buf, pos, end, "inference.InferParameter")
            f_int64_param = _w.to_int64(v)
            f_bool_param = None
            f_string_param = None
            f_double_param = None
            f_uint64_param = None
        elif key == 26:
            start, pos = _w.read_len(buf, pos, end, "inference.InferParameter")
            f_string_param = _w.read_string(buf, start, pos, "inference.InferParameter")
            f_bool_param = None
            f_int64_param = None
            f_double_param = None
            f_uint64_param = None
        elif key == 33:
            v, pos = _w.read_fixed(buf, pos, end, "double", "inference.InferParameter")
            f_double_param = v
            f_bool_param = None
            f_int64_param = None
            f_string_param = None
            f_uint64_param = None
        elif key == 40:
            if pos < end and buf[pos] < 0x80:
                v = buf[pos]
                pos += 1
            else:
                v, pos = _w.read_varint(buf, pos, end, "inference.InferParameter")
            f_uint64_param = v
            f_bool_param = None
            f_int64_param = None
            f_string_param = None
            f_double_param = None
        else:
            pos = _w.skip_field(buf, pos, end, key, "inference.InferParameter")
    return InferParameter(
        bool_param=f_bool_param,
        int64_param=f_int64_param,
        string_param=f_string_param,
        double_param=f_double_param,
        uint64_param=f_uint64_param,
    )


def _decode_InferTensorContents(buf: memoryview, pos: int, end: int, as_numpy: bool) -> InferTensorContents:
    f_bool_contents: _Any = []
    f_int_contents: _Any = []
    f_int64_contents: _Any = []
    f_uint_contents: _Any = []
    f_uint64_contents: _Any = []
    f_fp32_contents: _Any = []
    f_fp64_contents: _Any = []
    f_bytes_contents: _Any = []
    while pos < end:
        key = buf[pos]
        if key < 0x80:
            pos += 1
        else:
            key, pos = _w.read_varint(buf, pos, end, "inference.InferTensorContents")
        if key == 10:
            start, pos = _w.read_len(buf, pos, end, "inference.InferTensorContents")
            f_bool_contents = _w.packed_varint_decode(buf, start, pos, "bool", f_bool_contents, as_numpy, "inference.InferTensorContents")
        elif key == 8:
            if pos < end and buf[pos] < 0x80:
                v = buf[pos]
                pos += 1
            else:
                v, pos = _w.read_varint(buf, pos, end, "inference.InferTensorContents")
            f_bool_contents = _w.append(f_bool_contents, v != 0)
        elif key == 18:
            start, pos = _w.read_len(buf, pos, end, "inference.InferTensorContents")
            f_int_contents = _w.packed_varint_decode(buf, start, pos, "int32", f_int_contents, as_numpy, "inference.InferTensorContents")
        elif key == 16:
            if pos < end and buf[pos] < 0x80:
                v = buf[pos]
                pos += 1
            else:
                v, pos = _w.read_varint(buf, pos, end, "inference.InferTensorContents")
            f_int_contents = _w.append(f_int_contents, _w.to_int32(v))
        elif key == 26:
            start, pos = _w.read_len(buf, pos, end, "inference.InferTensorContents")
            f_int64_contents = _w.packed_varint_decode(buf, start, pos, "int64", f_int64_contents, as_numpy, "inference.InferTensorContents")
        elif key == 24:
            if pos < end and buf[pos] < 0x80:
                v = buf[pos]
                pos += 1
            else:
                v, pos = _w.read_varint(buf, pos, end, "inference.InferTensorContents")
            f_int64_contents = _w.append(f_int64_contents, _w.to_int64(v))
        elif key == 34:
            start, pos = _w.read_len(buf, pos, end, "inference.InferTensorContents")
            f_uint_contents = _w.packed_varint_decode(buf, start, pos, "uint32", f_uint_contents, as_numpy, "inference.InferTensorContents")
        elif key == 32:
            if pos < end and buf[pos] < 0x80:
                v = buf[pos]
                pos += 1
            else:
                v, pos = _w.read_varint(buf, pos, end, "inference.InferTensorContents")
            f_uint_contents = _w.append(f_uint_contents, v & 0xFFFFFFFF)
        elif key == 42:
            start, pos = _w.read_len(buf, pos, end, "inference.InferTensorContents")
            f_uint64_contents = _w.packed_varint_decode(buf, start, pos, "uint64", f_uint64_contents, as_numpy, "inference.InferTensorContents")
        elif key == 40:
            if pos < end and buf[pos] < 0x80:
                v = buf[pos]
                pos += 1
            else:
                v, pos = _w.read_varint(buf, pos, end, "inference.InferTensorContents")
            f_uint64_contents = _w.append(f_uint64_contents, v)
        elif key == 50:
            start, pos = _w.read_len(buf, pos, end, "inference.InferTensorContents")
            f_fp32_contents = _w.packed_fixed_decode(buf, start, pos, "float", f_fp32_contents, as_numpy, "inference.InferTensorContents")
        elif key == 53:
            v, pos = _w.read_fixed(buf, pos, end, "float", "inference.InferTensorContents")
            f_fp32_contents = _w.append(f_fp32_contents, v)
        elif key == 58:
            start, pos = _w.read_len(buf, pos, end, "inference.InferTensorContents")
            f_fp64_contents = _w.packed_fixed_decode(buf, start, pos, "double", f_fp64_contents, as_numpy, "inference.InferTensorContents")
        elif key == 57:
            v, pos = _w.read_fixed(buf, pos, end, "double", "inference.InferTensorContents")
            f_fp64_contents = _w.append(f_fp64_contents, v)
        elif key == 66:
            start, pos = _w.read_len(buf, pos, end, "inference.InferTensorContents")
            f_bytes_contents = _w.append(f_bytes_contents, _w.read_bytes(buf, start, pos))
        else:
            pos = _w.skip_field(buf, pos, end, key, "inference.InferTensorContents")
    return InferTensorContents(
        bool_contents=f_bool_contents,
        int_contents=f_int_contents,
        int64_contents=f_int64_contents,
        uint_contents=f_uint_contents,
        uint64_contents=f_uint64_contents,
        fp32_contents=f_fp32_contents,
        fp64_contents=f_fp64_contents,
        bytes_contents=f_bytes_contents,
    )


def _decode_RepositoryModelLoadRequest(buf: memoryview, pos: int, end: int, as_numpy: bool) -> RepositoryModelLoadRequest:
    f_model_name: _Any = ""
    while pos < end:
        key = buf[pos]
        if key < 0x80:
            pos += 1
        else:
            key, pos = _w.read_varint(buf, pos, end, "inference.RepositoryModelLoadRequest")
        if key == 10:
            start, pos = _w.read_len(buf, pos, end, "inference.RepositoryModelLoadRequest")
            f_model_name = _w.read_string(buf, start, pos, "inference.RepositoryModelLoadRequest")
        else:
            pos = _w.skip_field(buf, pos, end, key, "inference.RepositoryModelLoadRequest")
    return RepositoryModelLoadRequest(
        model_name=f_model_name,
    )


def _decode_RepositoryModelLoadResponse(buf: memoryview, pos: int, end: int, as_numpy: bool) -> RepositoryModelLoadResponse:
    f_model_name: _Any = ""
    f_is_loaded: _Any = False
    while pos < end:
        key = buf[pos]
        if key < 0x80:
            pos += 1
        else:
            key, pos = _w.read_varint(buf, pos, end, "inference.RepositoryModelLoadResponse")
        if key == 10:
            start, pos = _w.read_len(buf, pos, end, "inference.RepositoryModelLoadResponse")
            f_model_name = _w.read_string(buf, start, pos, "inference.RepositoryModelLoadResponse")
        elif key == 16:
            if pos < end and buf[pos] < 0x80:
                v = buf[pos]
                pos += 1
            else:
                v, pos = _w.read_varint(buf, pos, end, "inference.RepositoryModelLoadResponse")
            f_is_loaded = v != 0
        else:
            pos = _w.skip_field(buf, pos, end, key, "inference.RepositoryModelLoadResponse")
    return RepositoryModelLoadResponse(
        model_name=f_model_name,
        is_loaded=f_is_loaded,
    )


def _decode_RepositoryModelUnloadRequest(buf: memoryview, pos: int, end: int, as_numpy: bool) -> RepositoryModelUnloadRequest:
    f_model_name: _Any = ""
    while pos < end:
        key = buf[pos]
        if key < 0x80:
            pos += 1
        else:
            key, pos = _w.read_varint(buf, pos, end, "inference.RepositoryModelUnloadRequest")
        if key == 10:
            start, pos = _w.read_len(buf, pos, end, "inference.RepositoryModelUnloadRequest")
            f_model_name = _w.read_string(buf, start, pos, "inference.RepositoryModelUnloadRequest")
        else:
            pos = _w.skip_field(buf, pos, end, key, "inference.RepositoryModelUnloadRequest")
    return RepositoryModelUnloadRequest(
        model_name=f_model_name,
    )


def _decode_RepositoryModelUnloadResponse(buf: memoryview, pos: int, end: int, as_numpy: bool) -> RepositoryModelUnloadResponse:
    f_model_name: _Any = ""
    f_is_unloaded: _Any = False
    while pos < end:
        key = buf[pos]
        if key < 0x80:
            pos += 1
        else:
            key, pos = _w.read_varint(buf, pos, end, "inference.RepositoryModelUnloadResponse")
        if key == 10:
            start, pos = _w.read_len(buf, pos, end, "inference.RepositoryModelUnloadResponse")
            f_model_name = _w.read_string(buf, start, pos, "inference.RepositoryModelUnloadResponse")
        elif key == 16:
            if pos < end and buf[pos] < 0x80:
                v = buf[pos]
                pos += 1
            else:
                v, pos = _w.read_varint(buf, pos, end, "inference.RepositoryModelUnloadResponse")
            f_is_unloaded = v != 0
        else:
            pos = _w.skip_field(buf, pos, end, key, "inference.RepositoryModelUnloadResponse")
    return RepositoryModelUnloadResponse(
        model_name=f_model_name,
        is_unloaded=f_is_unloaded,
    )


def _decode_ModelMetadataResponse_properties_entry(buf: memoryview, pos: int, end: int, as_numpy: bool) -> tuple[_Any, _Any]:
    f_key: _Any = ""
    f_value: _Any = None
    c_value: _Any = None
    while pos < end:
        key = buf[pos]
        if key < 0x80:
            pos += 1
        else:
            key, pos = _w.read_varint(buf, pos, end, "inference.ModelMetadataResponse.PropertiesEntry")
        if key == 10:
            start, pos = _w.read_len(buf, pos, end, "inference.ModelMetadataResponse.PropertiesEntry")
            f_key = _w.read_string(buf, start, pos, "inference.ModelMetadataResponse.PropertiesEntry")
        elif key == 18:
            start, pos = _w.read_len(buf, pos, end, "inference.ModelMetadataResponse.PropertiesEntry")
            if f_value is None:
                c_value = (start, pos)
                f_value = _decode_InferParameter(buf, start, pos, as_numpy)
            else:
                # Protobuf merges a singular message that occurs again: decode the concatenation.
                c_value = _w.concat(buf, c_value, start, pos)
                f_value = _decode_InferParameter(c_value, 0, len(c_value), as_numpy)
        else:
            pos = _w.skip_field(buf, pos, end, key, "inference.ModelMetadataResponse.PropertiesEntry")
    if f_value is None:
        f_value = InferParameter()
    return f_key, f_value


def _decode_ModelInferRequest_parameters_entry(buf: memoryview, pos: int, end: int, as_numpy: bool) -> tuple[_Any, _Any]:
    f_key: _Any = ""
    f_value: _Any = None
    c_value: _Any = None
    while pos < end:
        key = buf[pos]
        if key < 0x80:
            pos += 1
        else:
            key, pos = _w.read_varint(buf, pos, end, "inference.ModelInferRequest.ParametersEntry")
        if key == 10:
            start, pos = _w.read_len(buf, pos, end, "inference.ModelInferRequest.ParametersEntry")
            f_key = _w.read_string(buf, start, pos, "inference.ModelInferRequest.ParametersEntry")
        elif key == 18:
            start, pos = _w.read_len(buf, pos, end, "inference.ModelInferRequest.ParametersEntry")
            if f_value is None:
                c_value = (start, pos)
                f_value = _decode_InferParameter(buf, start, pos, as_numpy)
            else:
                # Protobuf merges a singular message that occurs again: decode the concatenation.
                c_value = _w.concat(buf, c_value, start, pos)
                f_value = _decode_InferParameter(c_value, 0, len(c_value), as_numpy)
        else:
            pos = _w.skip_field(buf, pos, end, key, "inference.ModelInferRequest.ParametersEntry")
    if f_value is None:
        f_value = InferParameter()
    return f_key, f_value


def _decode_ModelInferRequestInferInputTensor_parameters_entry(buf: memoryview, pos: int, end: int, as_numpy: bool) -> tuple[_Any, _Any]:
    f_key: _Any = ""
    f_value: _Any = None
    c_value: _Any = None
    while pos < end:
        key = buf[pos]
        if key < 0x80:
            pos += 1
        else:
            key, pos = _w.read_varint(buf, pos, end, "inference.ModelInferRequest.InferInputTensor.ParametersEntry")
        if key == 10:
            start, pos = _w.read_len(buf, pos, end, "inference.ModelInferRequest.InferInputTensor.ParametersEntry")
            f_key = _w.read_string(buf, start, pos, "inference.ModelInferRequest.InferInputTensor.ParametersEntry")
        elif key == 18:
            start, pos = _w.read_len(buf, pos, end, "inference.ModelInferRequest.InferInputTensor.ParametersEntry")
            if f_value is None:
                c_value = (start, pos)
                f_value = _decode_InferParameter(buf, start, pos, as_numpy)
            else:
                # Protobuf merges a singular message that occurs again: decode the concatenation.
                c_value = _w.concat(buf, c_value, start, pos)
                f_value = _decode_InferParameter(c_value, 0, len(c_value), as_numpy)
        else:
            pos = _w.skip_field(buf, pos, end, key, "inference.ModelInferRequest.InferInputTensor.ParametersEntry")
    if f_value is None:
        f_value = InferParameter()
    return f_key, f_value


def _decode_ModelInferRequestInferRequestedOutputTensor_parameters_entry(buf: memoryview, pos: int, end: int, as_numpy: bool) -> tuple[_Any, _Any]:
    f_key: _Any = ""
    f_value: _Any = None
    c_value: _Any = None
    while pos < end:
        key = buf[pos]
        if key < 0x80:
            pos += 1
        else:
            key, pos = _w.read_varint(buf, pos, end, "inference.ModelInferRequest.InferRequestedOutputTensor.ParametersEntry")
        if key == 10:
            start, pos = _w.read_len(buf, pos, end, "inference.ModelInferRequest.InferRequestedOutputTensor.ParametersEntry")
            f_key = _w.read_string(buf, start, pos, "inference.ModelInferRequest.InferRequestedOutputTensor.ParametersEntry")
        elif key == 18:
            start, pos = _w.read_len(buf, pos, end, "inference.ModelInferRequest.InferRequestedOutputTensor.ParametersEntry")
            if f_value is None:
                c_value = (start, pos)
                f_value = _decode_InferParameter(buf, start, pos, as_numpy)
            else:
                # Protobuf merges a singular message that occurs again: decode the concatenation.
                c_value = _w.concat(buf, c_value, start, pos)
                f_value = _decode_InferParameter(c_value, 0, len(c_value), as_numpy)
        else:
            pos = _w.skip_field(buf, pos, end, key, "inference.ModelInferRequest.InferRequestedOutputTensor.ParametersEntry")
    if f_value is None:
        f_value = InferParameter()
    return f_key, f_value


def _decode_ModelInferResponse_parameters_entry(buf: memoryview, pos: int, end: int, as_numpy: bool) -> tuple[_Any, _Any]:
    f_key: _Any = ""
    f_value: _Any = None
    c_value: _Any = None
    while pos < end:
        key = buf[pos]
        if key < 0x80:
            pos += 1
        else:
            key, pos = _w.read_varint(buf, pos, end, "inference.ModelInferResponse.ParametersEntry")
        if key == 10:
            start, pos = _w.read_len(buf, pos, end, "inference.ModelInferResponse.ParametersEntry")
            f_key = _w.read_string(buf, start, pos, "inference.ModelInferResponse.ParametersEntry")
        elif key == 18:
            start, pos = _w.read_len(buf, pos, end, "inference.ModelInferResponse.ParametersEntry")
            if f_value is None:
                c_value = (start, pos)
                f_value = _decode_InferParameter(buf, start, pos, as_numpy)
            else:
                # Protobuf merges a singular message that occurs again: decode the concatenation.
                c_value = _w.concat(buf, c_value, start, pos)
                f_value = _decode_InferParameter(c_value, 0, len(c_value), as_numpy)
        else:
            pos = _w.skip_field(buf, pos, end, key, "inference.ModelInferResponse.ParametersEntry")
    if f_value is None:
        f_value = InferParameter()
    return f_key, f_value


def _decode_ModelInferResponseInferOutputTensor_parameters_entry(buf: memoryview, pos: int, end: int, as_numpy: bool) -> tuple[_Any, _Any]:
    f_key: _Any = ""
    f_value: _Any = None
    c_value: _Any = None
    while pos < end:
        key = buf[pos]
        if key < 0x80:
            pos += 1
        else:
            key, pos = _w.read_varint(buf, pos, end, "inference.ModelInferResponse.InferOutputTensor.ParametersEntry")
        if key == 10:
            start, pos = _w.read_len(buf, pos, end, "inference.ModelInferResponse.InferOutputTensor.ParametersEntry")
            f_key = _w.read_string(buf, start, pos, "inference.ModelInferResponse.InferOutputTensor.ParametersEntry")
        elif key == 18:
            start, pos = _w.read_len(buf, pos, end, "inference.ModelInferResponse.InferOutputTensor.ParametersEntry")
            if f_value is None:
                c_value = (start, pos)
                f_value = _decode_InferParameter(buf, start, pos, as_numpy)
            else:
                # Protobuf merges a singular message that occurs again: decode the concatenation.
                c_value = _w.concat(buf, c_value, start, pos)
                f_value = _decode_InferParameter(c_value, 0, len(c_value), as_numpy)
        else:
            pos = _w.skip_field(buf, pos, end, key, "inference.ModelInferResponse.InferOutputTensor.ParametersEntry")
    if f_value is None:
        f_value = InferParameter()
    return f_key, f_value
