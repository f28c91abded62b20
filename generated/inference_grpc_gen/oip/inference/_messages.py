# Generated from inference.proto. DO NOT EDIT.
# Regenerate with inference-grpc-codegen; the encoders and decoders below are straight-line code
# for each message, so the reflective betterproto2 codec never runs.
"""Messages and enums of the proto package `inference`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any as _Any  # private: a proto message may be called Any

from inference_grpc import runtime as _rt
from inference_grpc.runtime import wire as _w

_rt.check_generator_api(6, __name__)

_new = object.__new__
_varint = _w.varint
_ONE_BYTE = _w.ONE_BYTE

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


@dataclass(init=False, eq=False, repr=False)
class ServerLiveRequest(_rt.Message):
    """Asks whether the server is live."""

    def __init__(self) -> None:
        self.__post_init__()

    PROTO_NAME = "inference.ServerLiveRequest"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode_compact(_encode_ServerLiveRequest, self, "inference.ServerLiveRequest")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> ServerLiveRequest:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_ServerLiveRequest, data, packed_as_numpy, "inference.ServerLiveRequest")


@dataclass(init=False, eq=False, repr=False)
class ServerLiveResponse(_rt.Message):
    """Whether the server is live."""

    live: bool = _rt.field(1, "bool")
    """True when the server can receive and answer requests."""

    def __init__(
        self,
        live: bool = _rt.FACTORY,
    ) -> None:
        self.live = False if live is _rt.FACTORY else live
        self.__post_init__()

    PROTO_NAME = "inference.ServerLiveResponse"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode_compact(_encode_ServerLiveResponse, self, "inference.ServerLiveResponse")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> ServerLiveResponse:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_ServerLiveResponse, data, packed_as_numpy, "inference.ServerLiveResponse")


@dataclass(init=False, eq=False, repr=False)
class ServerReadyRequest(_rt.Message):
    """Asks whether the server is ready."""

    def __init__(self) -> None:
        self.__post_init__()

    PROTO_NAME = "inference.ServerReadyRequest"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode_compact(_encode_ServerReadyRequest, self, "inference.ServerReadyRequest")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> ServerReadyRequest:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_ServerReadyRequest, data, packed_as_numpy, "inference.ServerReadyRequest")


@dataclass(init=False, eq=False, repr=False)
class ServerReadyResponse(_rt.Message):
    """Whether the server is ready."""

    ready: bool = _rt.field(1, "bool")
    """True when the server is ready to run inference."""

    def __init__(
        self,
        ready: bool = _rt.FACTORY,
    ) -> None:
        self.ready = False if ready is _rt.FACTORY else ready
        self.__post_init__()

    PROTO_NAME = "inference.ServerReadyResponse"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode_compact(_encode_ServerReadyResponse, self, "inference.ServerReadyResponse")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> ServerReadyResponse:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_ServerReadyResponse, data, packed_as_numpy, "inference.ServerReadyResponse")


@dataclass(init=False, eq=False, repr=False)
class ModelReadyRequest(_rt.Message):
    """Asks whether a model is ready."""

    name: str = _rt.field(1, "string")
    """Name of the model."""

    version: str = _rt.field(2, "string")
    """Version of the model; empty lets the server pick one by its own policy."""

    def __init__(
        self,
        name: str = _rt.FACTORY,
        version: str = _rt.FACTORY,
    ) -> None:
        self.name = "" if name is _rt.FACTORY else name
        self.version = "" if version is _rt.FACTORY else version
        self.__post_init__()

    PROTO_NAME = "inference.ModelReadyRequest"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode_compact(_encode_ModelReadyRequest, self, "inference.ModelReadyRequest")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> ModelReadyRequest:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_ModelReadyRequest, data, packed_as_numpy, "inference.ModelReadyRequest")


@dataclass(init=False, eq=False, repr=False)
class ModelReadyResponse(_rt.Message):
    """Whether a model is ready."""

    ready: bool = _rt.field(1, "bool")
    """True when the model can run inference."""

    def __init__(
        self,
        ready: bool = _rt.FACTORY,
    ) -> None:
        self.ready = False if ready is _rt.FACTORY else ready
        self.__post_init__()

    PROTO_NAME = "inference.ModelReadyResponse"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode_compact(_encode_ModelReadyResponse, self, "inference.ModelReadyResponse")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> ModelReadyResponse:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_ModelReadyResponse, data, packed_as_numpy, "inference.ModelReadyResponse")


@dataclass(init=False, eq=False, repr=False)
class ServerMetadataRequest(_rt.Message):
    """Asks for the server's metadata."""

    def __init__(self) -> None:
        self.__post_init__()

    PROTO_NAME = "inference.ServerMetadataRequest"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode_compact(_encode_ServerMetadataRequest, self, "inference.ServerMetadataRequest")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> ServerMetadataRequest:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_ServerMetadataRequest, data, packed_as_numpy, "inference.ServerMetadataRequest")


@dataclass(init=False, eq=False, repr=False)
class ServerMetadataResponse(_rt.Message):
    """The server's metadata."""

    name: str = _rt.field(1, "string")
    """Name of the server software."""

    version: str = _rt.field(2, "string")
    """Version of the server software."""

    extensions: list[str] = _rt.field(3, "string", repeated=True)
    """Protocol extensions the server supports."""

    def __init__(
        self,
        name: str = _rt.FACTORY,
        version: str = _rt.FACTORY,
        extensions: list[str] = _rt.FACTORY,
    ) -> None:
        self.name = "" if name is _rt.FACTORY else name
        self.version = "" if version is _rt.FACTORY else version
        self.extensions = [] if extensions is _rt.FACTORY else extensions
        self.__post_init__()

    PROTO_NAME = "inference.ServerMetadataResponse"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode_compact(_encode_ServerMetadataResponse, self, "inference.ServerMetadataResponse")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> ServerMetadataResponse:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_ServerMetadataResponse, data, packed_as_numpy, "inference.ServerMetadataResponse")


@dataclass(init=False, eq=False, repr=False)
class ModelMetadataRequest(_rt.Message):
    """Asks for a model's metadata."""

    name: str = _rt.field(1, "string")
    """Name of the model."""

    version: str = _rt.field(2, "string")
    """Version of the model; empty lets the server pick one by its own policy."""

    def __init__(
        self,
        name: str = _rt.FACTORY,
        version: str = _rt.FACTORY,
    ) -> None:
        self.name = "" if name is _rt.FACTORY else name
        self.version = "" if version is _rt.FACTORY else version
        self.__post_init__()

    PROTO_NAME = "inference.ModelMetadataRequest"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode_compact(_encode_ModelMetadataRequest, self, "inference.ModelMetadataRequest")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> ModelMetadataRequest:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_ModelMetadataRequest, data, packed_as_numpy, "inference.ModelMetadataRequest")


@dataclass(init=False, eq=False, repr=False)
class ModelMetadataResponse(_rt.Message):
    """A model's metadata."""

    name: str = _rt.field(1, "string")
    """Name of the model."""

    versions: list[str] = _rt.field(2, "string", repeated=True)
    """Versions of the model the server holds."""

    platform: str = _rt.field(3, "string")
    """Framework or backend that runs the model."""

    inputs: list[ModelMetadataResponseTensorMetadata] = _rt.field(4, "message", repeated=True)
    """The model's input tensors."""

    outputs: list[ModelMetadataResponseTensorMetadata] = _rt.field(5, "message", repeated=True)
    """The model's output tensors."""

    properties: dict[str, InferParameter] = _rt.field(6, "map", map_types=("string", "message"))
    """Further properties of the model (an Open Inference Protocol addition)."""

    def __init__(
        self,
        name: str = _rt.FACTORY,
        versions: list[str] = _rt.FACTORY,
        platform: str = _rt.FACTORY,
        inputs: list[ModelMetadataResponseTensorMetadata] = _rt.FACTORY,
        outputs: list[ModelMetadataResponseTensorMetadata] = _rt.FACTORY,
        properties: dict[str, InferParameter] = _rt.FACTORY,
    ) -> None:
        self.name = "" if name is _rt.FACTORY else name
        self.versions = [] if versions is _rt.FACTORY else versions
        self.platform = "" if platform is _rt.FACTORY else platform
        self.inputs = [] if inputs is _rt.FACTORY else inputs
        self.outputs = [] if outputs is _rt.FACTORY else outputs
        self.properties = {} if properties is _rt.FACTORY else properties
        self.__post_init__()

    PROTO_NAME = "inference.ModelMetadataResponse"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode(_encode_ModelMetadataResponse, self, "inference.ModelMetadataResponse")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> ModelMetadataResponse:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_ModelMetadataResponse, data, packed_as_numpy, "inference.ModelMetadataResponse")


@dataclass(init=False, eq=False, repr=False)
class ModelMetadataResponseTensorMetadata(_rt.Message):
    """Describes one input or output tensor of a model."""

    name: str = _rt.field(1, "string")
    """Name of the tensor."""

    datatype: str = _rt.field(2, "string")
    """Datatype of the tensor elements, such as FP32 or BYTES."""

    shape: _rt.PackedInts = _rt.field(3, "int64", repeated=True)
    """Shape of the tensor; -1 marks a dimension of variable size."""

    def __init__(
        self,
        name: str = _rt.FACTORY,
        datatype: str = _rt.FACTORY,
        shape: _rt.PackedInts = _rt.FACTORY,
    ) -> None:
        self.name = "" if name is _rt.FACTORY else name
        self.datatype = "" if datatype is _rt.FACTORY else datatype
        self.shape = [] if shape is _rt.FACTORY else shape
        self.__post_init__()

    PROTO_NAME = "inference.ModelMetadataResponse.TensorMetadata"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode(_encode_ModelMetadataResponseTensorMetadata, self, "inference.ModelMetadataResponse.TensorMetadata")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> ModelMetadataResponseTensorMetadata:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_ModelMetadataResponseTensorMetadata, data, packed_as_numpy, "inference.ModelMetadataResponse.TensorMetadata")


@dataclass(init=False, eq=False, repr=False)
class ModelInferRequest(_rt.Message):
    """One inference request."""

    model_name: str = _rt.field(1, "string")
    """Name of the model to run."""

    model_version: str = _rt.field(2, "string")
    """Version of the model to run; empty lets the server pick one."""

    id: str = _rt.field(3, "string")
    """Optional request identifier, echoed back in the response."""

    parameters: dict[str, InferParameter] = _rt.field(4, "map", map_types=("string", "message"))
    """Optional parameters of the request."""

    inputs: list[ModelInferRequestInferInputTensor] = _rt.field(5, "message", repeated=True)
    """The input tensors."""

    outputs: list[ModelInferRequestInferRequestedOutputTensor] = _rt.field(6, "message", repeated=True)
    """The outputs to return; when empty the server returns every output."""

    raw_input_contents: list[_rt.Buffer] = _rt.field(7, "bytes", repeated=True)
    """Raw tensor data, one entry per input and in the order of `inputs`:
    the elements flattened in row-major order, little-endian, with no
    padding; BYTES elements each prefixed by a 4-byte little-endian length.
    FP16 and BF16 tensors can only travel this way. When used, no input
    may also set `contents`."""

    def __init__(
        self,
        model_name: str = _rt.FACTORY,
        model_version: str = _rt.FACTORY,
        id: str = _rt.FACTORY,
        parameters: dict[str, InferParameter] = _rt.FACTORY,
        inputs: list[ModelInferRequestInferInputTensor] = _rt.FACTORY,
        outputs: list[ModelInferRequestInferRequestedOutputTensor] = _rt.FACTORY,
        raw_input_contents: list[_rt.Buffer] = _rt.FACTORY,
    ) -> None:
        self.model_name = "" if model_name is _rt.FACTORY else model_name
        self.model_version = "" if model_version is _rt.FACTORY else model_version
        self.id = "" if id is _rt.FACTORY else id
        self.parameters = {} if parameters is _rt.FACTORY else parameters
        self.inputs = [] if inputs is _rt.FACTORY else inputs
        self.outputs = [] if outputs is _rt.FACTORY else outputs
        self.raw_input_contents = [] if raw_input_contents is _rt.FACTORY else raw_input_contents
        self.__post_init__()

    PROTO_NAME = "inference.ModelInferRequest"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode(_encode_ModelInferRequest, self, "inference.ModelInferRequest")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> ModelInferRequest:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_ModelInferRequest, data, packed_as_numpy, "inference.ModelInferRequest")


@dataclass(init=False, eq=False, repr=False)
class ModelInferRequestInferInputTensor(_rt.Message):
    """One input tensor of the request."""

    name: str = _rt.field(1, "string")
    """Name of the tensor."""

    datatype: str = _rt.field(2, "string")
    """Datatype of the tensor elements, such as FP32 or BYTES."""

    shape: _rt.PackedInts = _rt.field(3, "int64", repeated=True)
    """Shape of the tensor."""

    parameters: dict[str, InferParameter] = _rt.field(4, "map", map_types=("string", "message"))
    """Optional parameters of this tensor."""

    contents: InferTensorContents | None = _rt.field(5, "message")
    """The tensor's elements in typed form. Leave unset when the request
    carries its tensors in raw_input_contents."""

    def __init__(
        self,
        name: str = _rt.FACTORY,
        datatype: str = _rt.FACTORY,
        shape: _rt.PackedInts = _rt.FACTORY,
        parameters: dict[str, InferParameter] = _rt.FACTORY,
        contents: InferTensorContents | None = _rt.FACTORY,
    ) -> None:
        self.name = "" if name is _rt.FACTORY else name
        self.datatype = "" if datatype is _rt.FACTORY else datatype
        self.shape = [] if shape is _rt.FACTORY else shape
        self.parameters = {} if parameters is _rt.FACTORY else parameters
        self.contents = None if contents is _rt.FACTORY else contents
        self.__post_init__()

    PROTO_NAME = "inference.ModelInferRequest.InferInputTensor"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode(_encode_ModelInferRequestInferInputTensor, self, "inference.ModelInferRequest.InferInputTensor")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> ModelInferRequestInferInputTensor:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_ModelInferRequestInferInputTensor, data, packed_as_numpy, "inference.ModelInferRequest.InferInputTensor")


@dataclass(init=False, eq=False, repr=False)
class ModelInferRequestInferRequestedOutputTensor(_rt.Message):
    """One output the caller asks the model to return."""

    name: str = _rt.field(1, "string")
    """Name of the output tensor."""

    parameters: dict[str, InferParameter] = _rt.field(2, "map", map_types=("string", "message"))
    """Optional parameters for this output."""

    def __init__(
        self,
        name: str = _rt.FACTORY,
        parameters: dict[str, InferParameter] = _rt.FACTORY,
    ) -> None:
        self.name = "" if name is _rt.FACTORY else name
        self.parameters = {} if parameters is _rt.FACTORY else parameters
        self.__post_init__()

    PROTO_NAME = "inference.ModelInferRequest.InferRequestedOutputTensor"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode_compact(_encode_ModelInferRequestInferRequestedOutputTensor, self, "inference.ModelInferRequest.InferRequestedOutputTensor")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> ModelInferRequestInferRequestedOutputTensor:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_ModelInferRequestInferRequestedOutputTensor, data, packed_as_numpy, "inference.ModelInferRequest.InferRequestedOutputTensor")


@dataclass(init=False, eq=False, repr=False)
class ModelInferResponse(_rt.Message):
    """The result of one inference."""

    model_name: str = _rt.field(1, "string")
    """Name of the model that ran."""

    model_version: str = _rt.field(2, "string")
    """Version of the model that ran."""

    id: str = _rt.field(3, "string")
    """Identifier of the request, when it had one."""

    parameters: dict[str, InferParameter] = _rt.field(4, "map", map_types=("string", "message"))
    """Optional parameters of the response."""

    outputs: list[ModelInferResponseInferOutputTensor] = _rt.field(5, "message", repeated=True)
    """The output tensors."""

    raw_output_contents: list[_rt.Buffer] = _rt.field(6, "bytes", repeated=True)
    """Raw tensor data, one entry per output and in the order of `outputs`,
    laid out as described for ModelInferRequest.raw_input_contents."""

    def __init__(
        self,
        model_name: str = _rt.FACTORY,
        model_version: str = _rt.FACTORY,
        id: str = _rt.FACTORY,
        parameters: dict[str, InferParameter] = _rt.FACTORY,
        outputs: list[ModelInferResponseInferOutputTensor] = _rt.FACTORY,
        raw_output_contents: list[_rt.Buffer] = _rt.FACTORY,
    ) -> None:
        self.model_name = "" if model_name is _rt.FACTORY else model_name
        self.model_version = "" if model_version is _rt.FACTORY else model_version
        self.id = "" if id is _rt.FACTORY else id
        self.parameters = {} if parameters is _rt.FACTORY else parameters
        self.outputs = [] if outputs is _rt.FACTORY else outputs
        self.raw_output_contents = [] if raw_output_contents is _rt.FACTORY else raw_output_contents
        self.__post_init__()

    PROTO_NAME = "inference.ModelInferResponse"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode(_encode_ModelInferResponse, self, "inference.ModelInferResponse")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> ModelInferResponse:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_ModelInferResponse, data, packed_as_numpy, "inference.ModelInferResponse")


@dataclass(init=False, eq=False, repr=False)
class ModelInferResponseInferOutputTensor(_rt.Message):
    """One output tensor of the response."""

    name: str = _rt.field(1, "string")
    """Name of the tensor."""

    datatype: str = _rt.field(2, "string")
    """Datatype of the tensor elements, such as FP32 or BYTES."""

    shape: _rt.PackedInts = _rt.field(3, "int64", repeated=True)
    """Shape of the tensor."""

    parameters: dict[str, InferParameter] = _rt.field(4, "map", map_types=("string", "message"))
    """Optional parameters of this tensor."""

    contents: InferTensorContents | None = _rt.field(5, "message")
    """The tensor's elements in typed form. Unset when the response
    carries its tensors in raw_output_contents."""

    def __init__(
        self,
        name: str = _rt.FACTORY,
        datatype: str = _rt.FACTORY,
        shape: _rt.PackedInts = _rt.FACTORY,
        parameters: dict[str, InferParameter] = _rt.FACTORY,
        contents: InferTensorContents | None = _rt.FACTORY,
    ) -> None:
        self.name = "" if name is _rt.FACTORY else name
        self.datatype = "" if datatype is _rt.FACTORY else datatype
        self.shape = [] if shape is _rt.FACTORY else shape
        self.parameters = {} if parameters is _rt.FACTORY else parameters
        self.contents = None if contents is _rt.FACTORY else contents
        self.__post_init__()

    PROTO_NAME = "inference.ModelInferResponse.InferOutputTensor"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode(_encode_ModelInferResponseInferOutputTensor, self, "inference.ModelInferResponse.InferOutputTensor")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> ModelInferResponseInferOutputTensor:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_ModelInferResponseInferOutputTensor, data, packed_as_numpy, "inference.ModelInferResponse.InferOutputTensor")

# Setting a member of a oneof of InferParameter clears the group's other members, as protobuf does.
_ONEOF_OTHERS_InferParameter = {
    "bool_param": ("int64_param", "string_param", "double_param", "uint64_param"),
    "int64_param": ("bool_param", "string_param", "double_param", "uint64_param"),
    "string_param": ("bool_param", "int64_param", "double_param", "uint64_param"),
    "double_param": ("bool_param", "int64_param", "string_param", "uint64_param"),
    "uint64_param": ("bool_param", "int64_param", "string_param", "double_param"),
}
_ONEOF_GROUPS_InferParameter = {
    "parameter_choice": ("bool_param", "int64_param", "string_param", "double_param", "uint64_param"),
}


@dataclass(init=False, eq=False, repr=False)
class InferParameter(_rt.Message):
    """The value of a request, response, tensor or model parameter."""

    bool_param: bool | None = _rt.field(1, "bool", optional=True, group="parameter_choice")
    """A boolean value."""

    int64_param: int | None = _rt.field(2, "int64", optional=True, group="parameter_choice")
    """A signed 64-bit integer value."""

    string_param: str | None = _rt.field(3, "string", optional=True, group="parameter_choice")
    """A string value."""

    double_param: float | None = _rt.field(4, "double", optional=True, group="parameter_choice")
    """A double-precision floating point value (Open Inference Protocol addition)."""

    uint64_param: int | None = _rt.field(5, "uint64", optional=True, group="parameter_choice")
    """An unsigned 64-bit integer value (Open Inference Protocol addition)."""

    def __init__(
        self,
        bool_param: bool | None = _rt.FACTORY,
        int64_param: int | None = _rt.FACTORY,
        string_param: str | None = _rt.FACTORY,
        double_param: float | None = _rt.FACTORY,
        uint64_param: int | None = _rt.FACTORY,
    ) -> None:
        if (bool_param is not _rt.FACTORY) + (int64_param is not _rt.FACTORY) + (string_param is not _rt.FACTORY) + (double_param is not _rt.FACTORY) + (uint64_param is not _rt.FACTORY) > 1:
            _rt.check_oneof("inference.InferParameter", "parameter_choice", ['bool_param', 'int64_param', 'string_param', 'double_param', 'uint64_param'], locals())
        # Past the oneof-clearing __setattr__ (checked above already): constructing stays as cheap as without oneofs.
        self.__dict__["bool_param"] = None if bool_param is _rt.FACTORY else bool_param
        self.__dict__["int64_param"] = None if int64_param is _rt.FACTORY else int64_param
        self.__dict__["string_param"] = None if string_param is _rt.FACTORY else string_param
        self.__dict__["double_param"] = None if double_param is _rt.FACTORY else double_param
        self.__dict__["uint64_param"] = None if uint64_param is _rt.FACTORY else uint64_param
        self.__post_init__()

    PROTO_NAME = "inference.InferParameter"  # not annotated: a class attribute, not a dataclass field
    _oneof_groups = _ONEOF_GROUPS_InferParameter

    def __setattr__(self, name: str, value: _Any) -> None:
        if value is not None:
            others = _ONEOF_OTHERS_InferParameter.get(name)
            if others is not None:
                fields = self.__dict__
                for other in others:
                    fields[other] = None
        object.__setattr__(self, name, value)

    def __bytes__(self) -> bytes:
        return _rt.encode_compact(_encode_InferParameter, self, "inference.InferParameter")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> InferParameter:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_InferParameter, data, packed_as_numpy, "inference.InferParameter")


@dataclass(init=False, eq=False, repr=False)
class InferTensorContents(_rt.Message):
    """A tensor's elements in typed form, flattened in row-major order. Only the
    field matching the tensor's datatype is used, and its length must equal the
    number of elements the shape implies. (A oneof cannot hold repeated fields,
    hence one field per type.)"""

    bool_contents: _rt.PackedBools = _rt.field(1, "bool", repeated=True)
    """Elements of a BOOL tensor."""

    int_contents: _rt.PackedInts = _rt.field(2, "int32", repeated=True)
    """Elements of an INT8, INT16 or INT32 tensor."""

    int64_contents: _rt.PackedInts = _rt.field(3, "int64", repeated=True)
    """Elements of an INT64 tensor."""

    uint_contents: _rt.PackedInts = _rt.field(4, "uint32", repeated=True)
    """Elements of a UINT8, UINT16 or UINT32 tensor."""

    uint64_contents: _rt.PackedInts = _rt.field(5, "uint64", repeated=True)
    """Elements of a UINT64 tensor."""

    fp32_contents: _rt.PackedFloats = _rt.field(6, "float", repeated=True)
    """Elements of an FP32 tensor."""

    fp64_contents: _rt.PackedFloats = _rt.field(7, "double", repeated=True)
    """Elements of an FP64 tensor."""

    bytes_contents: list[bytes] = _rt.field(8, "bytes", repeated=True)
    """Elements of a BYTES tensor."""

    def __init__(
        self,
        bool_contents: _rt.PackedBools = _rt.FACTORY,
        int_contents: _rt.PackedInts = _rt.FACTORY,
        int64_contents: _rt.PackedInts = _rt.FACTORY,
        uint_contents: _rt.PackedInts = _rt.FACTORY,
        uint64_contents: _rt.PackedInts = _rt.FACTORY,
        fp32_contents: _rt.PackedFloats = _rt.FACTORY,
        fp64_contents: _rt.PackedFloats = _rt.FACTORY,
        bytes_contents: list[bytes] = _rt.FACTORY,
    ) -> None:
        self.bool_contents = [] if bool_contents is _rt.FACTORY else bool_contents
        self.int_contents = [] if int_contents is _rt.FACTORY else int_contents
        self.int64_contents = [] if int64_contents is _rt.FACTORY else int64_contents
        self.uint_contents = [] if uint_contents is _rt.FACTORY else uint_contents
        self.uint64_contents = [] if uint64_contents is _rt.FACTORY else uint64_contents
        self.fp32_contents = [] if fp32_contents is _rt.FACTORY else fp32_contents
        self.fp64_contents = [] if fp64_contents is _rt.FACTORY else fp64_contents
        self.bytes_contents = [] if bytes_contents is _rt.FACTORY else bytes_contents
        self.__post_init__()

    PROTO_NAME = "inference.InferTensorContents"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode(_encode_InferTensorContents, self, "inference.InferTensorContents")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> InferTensorContents:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_InferTensorContents, data, packed_as_numpy, "inference.InferTensorContents")


@dataclass(init=False, eq=False, repr=False)
class RepositoryModelLoadRequest(_rt.Message):
    """Asks the server to load (or reload) a model."""

    model_name: str = _rt.field(1, "string")
    """Name of the model to load."""

    def __init__(
        self,
        model_name: str = _rt.FACTORY,
    ) -> None:
        self.model_name = "" if model_name is _rt.FACTORY else model_name
        self.__post_init__()

    PROTO_NAME = "inference.RepositoryModelLoadRequest"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode_compact(_encode_RepositoryModelLoadRequest, self, "inference.RepositoryModelLoadRequest")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> RepositoryModelLoadRequest:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_RepositoryModelLoadRequest, data, packed_as_numpy, "inference.RepositoryModelLoadRequest")


@dataclass(init=False, eq=False, repr=False)
class RepositoryModelLoadResponse(_rt.Message):
    """The outcome of a load request."""

    model_name: str = _rt.field(1, "string")
    """Name of the model."""

    is_loaded: bool = _rt.field(2, "bool")
    """True when the model is now loaded."""

    def __init__(
        self,
        model_name: str = _rt.FACTORY,
        is_loaded: bool = _rt.FACTORY,
    ) -> None:
        self.model_name = "" if model_name is _rt.FACTORY else model_name
        self.is_loaded = False if is_loaded is _rt.FACTORY else is_loaded
        self.__post_init__()

    PROTO_NAME = "inference.RepositoryModelLoadResponse"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode_compact(_encode_RepositoryModelLoadResponse, self, "inference.RepositoryModelLoadResponse")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> RepositoryModelLoadResponse:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_RepositoryModelLoadResponse, data, packed_as_numpy, "inference.RepositoryModelLoadResponse")


@dataclass(init=False, eq=False, repr=False)
class RepositoryModelUnloadRequest(_rt.Message):
    """Asks the server to unload a model."""

    model_name: str = _rt.field(1, "string")
    """Name of the model to unload."""

    def __init__(
        self,
        model_name: str = _rt.FACTORY,
    ) -> None:
        self.model_name = "" if model_name is _rt.FACTORY else model_name
        self.__post_init__()

    PROTO_NAME = "inference.RepositoryModelUnloadRequest"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode_compact(_encode_RepositoryModelUnloadRequest, self, "inference.RepositoryModelUnloadRequest")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> RepositoryModelUnloadRequest:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_RepositoryModelUnloadRequest, data, packed_as_numpy, "inference.RepositoryModelUnloadRequest")


@dataclass(init=False, eq=False, repr=False)
class RepositoryModelUnloadResponse(_rt.Message):
    """The outcome of an unload request."""

    model_name: str = _rt.field(1, "string")
    """Name of the model."""

    is_unloaded: bool = _rt.field(2, "bool")
    """True when the model is now unloaded."""

    def __init__(
        self,
        model_name: str = _rt.FACTORY,
        is_unloaded: bool = _rt.FACTORY,
    ) -> None:
        self.model_name = "" if model_name is _rt.FACTORY else model_name
        self.is_unloaded = False if is_unloaded is _rt.FACTORY else is_unloaded
        self.__post_init__()

    PROTO_NAME = "inference.RepositoryModelUnloadResponse"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode_compact(_encode_RepositoryModelUnloadResponse, self, "inference.RepositoryModelUnloadResponse")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> RepositoryModelUnloadResponse:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_RepositoryModelUnloadResponse, data, packed_as_numpy, "inference.RepositoryModelUnloadResponse")

# -- encoders ------------------------------------------------------------------------------------


def _encode_ServerLiveRequest(m: ServerLiveRequest) -> bytes:
    r = b""
    # Fields this schema does not know, as they were decoded.
    return r + m._unknown_fields


def _encode_ServerLiveResponse(m: ServerLiveResponse) -> bytes:
    r = b""
    v_live = m.live
    if v_live:
        r += b'\x08' + (b'\x01' if v_live else b'\x00')
    # Fields this schema does not know, as they were decoded.
    return r + m._unknown_fields


def _encode_ServerReadyRequest(m: ServerReadyRequest) -> bytes:
    r = b""
    # Fields this schema does not know, as they were decoded.
    return r + m._unknown_fields


def _encode_ServerReadyResponse(m: ServerReadyResponse) -> bytes:
    r = b""
    v_ready = m.ready
    if v_ready:
        r += b'\x08' + (b'\x01' if v_ready else b'\x00')
    # Fields this schema does not know, as they were decoded.
    return r + m._unknown_fields


def _encode_ModelReadyRequest(m: ModelReadyRequest) -> bytes:
    r = b""
    v_name = m.name
    if v_name:
        b_name = v_name.encode()
        n_name = len(b_name)
        r += b'\x0a' + (_ONE_BYTE[n_name] if n_name < 0x80 else _varint(n_name)) + b_name
    v_version = m.version
    if v_version:
        b_version = v_version.encode()
        n_version = len(b_version)
        r += b'\x12' + (_ONE_BYTE[n_version] if n_version < 0x80 else _varint(n_version)) + b_version
    # Fields this schema does not know, as they were decoded.
    return r + m._unknown_fields


def _encode_ModelReadyResponse(m: ModelReadyResponse) -> bytes:
    r = b""
    v_ready = m.ready
    if v_ready:
        r += b'\x08' + (b'\x01' if v_ready else b'\x00')
    # Fields this schema does not know, as they were decoded.
    return r + m._unknown_fields


def _encode_ServerMetadataRequest(m: ServerMetadataRequest) -> bytes:
    r = b""
    # Fields this schema does not know, as they were decoded.
    return r + m._unknown_fields


def _encode_ServerMetadataResponse(m: ServerMetadataResponse) -> bytes:
    r = b""
    v_name = m.name
    if v_name:
        b_name = v_name.encode()
        n_name = len(b_name)
        r += b'\x0a' + (_ONE_BYTE[n_name] if n_name < 0x80 else _varint(n_name)) + b_name
    v_version = m.version
    if v_version:
        b_version = v_version.encode()
        n_version = len(b_version)
        r += b'\x12' + (_ONE_BYTE[n_version] if n_version < 0x80 else _varint(n_version)) + b_version
    for v_extensions in m.extensions:
        b_extensions = v_extensions.encode()
        n_extensions = len(b_extensions)
        r += b'\x1a' + (_ONE_BYTE[n_extensions] if n_extensions < 0x80 else _varint(n_extensions)) + b_extensions
    # Fields this schema does not know, as they were decoded.
    return r + m._unknown_fields


def _encode_ModelMetadataRequest(m: ModelMetadataRequest) -> bytes:
    r = b""
    v_name = m.name
    if v_name:
        b_name = v_name.encode()
        n_name = len(b_name)
        r += b'\x0a' + (_ONE_BYTE[n_name] if n_name < 0x80 else _varint(n_name)) + b_name
    v_version = m.version
    if v_version:
        b_version = v_version.encode()
        n_version = len(b_version)
        r += b'\x12' + (_ONE_BYTE[n_version] if n_version < 0x80 else _varint(n_version)) + b_version
    # Fields this schema does not know, as they were decoded.
    return r + m._unknown_fields


def _encode_ModelMetadataResponse(m: ModelMetadataResponse, out: list[_Any]) -> None:
    v_name = m.name
    if v_name:
        b_name = v_name.encode()
        n_name = len(b_name)
        out.append(b'\x0a' + (_ONE_BYTE[n_name] if n_name < 0x80 else _varint(n_name)) + b_name)
    for v_versions in m.versions:
        b_versions = v_versions.encode()
        n_versions = len(b_versions)
        out.append(b'\x12' + (_ONE_BYTE[n_versions] if n_versions < 0x80 else _varint(n_versions)) + b_versions)
    v_platform = m.platform
    if v_platform:
        b_platform = v_platform.encode()
        n_platform = len(b_platform)
        out.append(b'\x1a' + (_ONE_BYTE[n_platform] if n_platform < 0x80 else _varint(n_platform)) + b_platform)
    for v_inputs in m.inputs:
        i_inputs = len(out)
        out.append(b"")  # the slot of the length prefix
        _encode_ModelMetadataResponseTensorMetadata(v_inputs, out)
        out[i_inputs] = b'\x22' + _varint(_w.size_from(out, i_inputs + 1))
    for v_outputs in m.outputs:
        i_outputs = len(out)
        out.append(b"")  # the slot of the length prefix
        _encode_ModelMetadataResponseTensorMetadata(v_outputs, out)
        out[i_outputs] = b'\x2a' + _varint(_w.size_from(out, i_outputs + 1))
    for k_properties, v_properties in m.properties.items():
        e_properties = b""
        b_k_properties = k_properties.encode()
        n_k_properties = len(b_k_properties)
        e_properties += b'\x0a' + (_ONE_BYTE[n_k_properties] if n_k_properties < 0x80 else _varint(n_k_properties)) + b_k_properties
        b_properties = _encode_InferParameter(v_properties)
        n_properties = len(b_properties)
        e_properties += b'\x12' + (_ONE_BYTE[n_properties] if n_properties < 0x80 else _varint(n_properties)) + b_properties
        n_properties = len(e_properties)
        out.append(b'\x32' + (_ONE_BYTE[n_properties] if n_properties < 0x80 else _varint(n_properties)) + e_properties)
    u = m._unknown_fields  # fields this schema does not know, as they were decoded
    if u:
        out.append(u)


def _encode_ModelMetadataResponseTensorMetadata(m: ModelMetadataResponseTensorMetadata, out: list[_Any]) -> None:
    v_name = m.name
    if v_name:
        b_name = v_name.encode()
        n_name = len(b_name)
        out.append(b'\x0a' + (_ONE_BYTE[n_name] if n_name < 0x80 else _varint(n_name)) + b_name)
    v_datatype = m.datatype
    if v_datatype:
        b_datatype = v_datatype.encode()
        n_datatype = len(b_datatype)
        out.append(b'\x12' + (_ONE_BYTE[n_datatype] if n_datatype < 0x80 else _varint(n_datatype)) + b_datatype)
    v_shape = m.shape
    if len(v_shape):
        b_shape = _w.packed_varint(v_shape, "int64")
        n_shape = len(b_shape)
        out.append(b'\x1a' + (_ONE_BYTE[n_shape] if n_shape < 0x80 else _varint(n_shape)))
        out.append(b_shape)
    u = m._unknown_fields  # fields this schema does not know, as they were decoded
    if u:
        out.append(u)


def _encode_ModelInferRequest(m: ModelInferRequest, out: list[_Any]) -> None:
    v_model_name = m.model_name
    if v_model_name:
        b_model_name = v_model_name.encode()
        n_model_name = len(b_model_name)
        out.append(b'\x0a' + (_ONE_BYTE[n_model_name] if n_model_name < 0x80 else _varint(n_model_name)) + b_model_name)
    v_model_version = m.model_version
    if v_model_version:
        b_model_version = v_model_version.encode()
        n_model_version = len(b_model_version)
        out.append(b'\x12' + (_ONE_BYTE[n_model_version] if n_model_version < 0x80 else _varint(n_model_version)) + b_model_version)
    v_id = m.id
    if v_id:
        b_id = v_id.encode()
        n_id = len(b_id)
        out.append(b'\x1a' + (_ONE_BYTE[n_id] if n_id < 0x80 else _varint(n_id)) + b_id)
    for k_parameters, v_parameters in m.parameters.items():
        e_parameters = b""
        b_k_parameters = k_parameters.encode()
        n_k_parameters = len(b_k_parameters)
        e_parameters += b'\x0a' + (_ONE_BYTE[n_k_parameters] if n_k_parameters < 0x80 else _varint(n_k_parameters)) + b_k_parameters
        b_parameters = _encode_InferParameter(v_parameters)
        n_parameters = len(b_parameters)
        e_parameters += b'\x12' + (_ONE_BYTE[n_parameters] if n_parameters < 0x80 else _varint(n_parameters)) + b_parameters
        n_parameters = len(e_parameters)
        out.append(b'\x22' + (_ONE_BYTE[n_parameters] if n_parameters < 0x80 else _varint(n_parameters)) + e_parameters)
    for v_inputs in m.inputs:
        i_inputs = len(out)
        out.append(b"")  # the slot of the length prefix
        _encode_ModelInferRequestInferInputTensor(v_inputs, out)
        out[i_inputs] = b'\x2a' + _varint(_w.size_from(out, i_inputs + 1))
    for v_outputs in m.outputs:
        b_outputs = _encode_ModelInferRequestInferRequestedOutputTensor(v_outputs)
        n_outputs = len(b_outputs)
        out.append(b'\x32' + (_ONE_BYTE[n_outputs] if n_outputs < 0x80 else _varint(n_outputs)) + b_outputs)
    for v_raw_input_contents in m.raw_input_contents:
        b_raw_input_contents = v_raw_input_contents
        if b_raw_input_contents.__class__ is bytes:
            n_raw_input_contents = len(b_raw_input_contents)
        else:
            b_raw_input_contents, n_raw_input_contents = _w.payload(b_raw_input_contents)
        out.append(b'\x3a' + (_ONE_BYTE[n_raw_input_contents] if n_raw_input_contents < 0x80 else _varint(n_raw_input_contents)))
        out.append(b_raw_input_contents)
    u = m._unknown_fields  # fields this schema does not know, as they were decoded
    if u:
        out.append(u)


def _encode_ModelInferRequestInferInputTensor(m: ModelInferRequestInferInputTensor, out: list[_Any]) -> None:
    v_name = m.name
    if v_name:
        b_name = v_name.encode()
        n_name = len(b_name)
        out.append(b'\x0a' + (_ONE_BYTE[n_name] if n_name < 0x80 else _varint(n_name)) + b_name)
    v_datatype = m.datatype
    if v_datatype:
        b_datatype = v_datatype.encode()
        n_datatype = len(b_datatype)
        out.append(b'\x12' + (_ONE_BYTE[n_datatype] if n_datatype < 0x80 else _varint(n_datatype)) + b_datatype)
    v_shape = m.shape
    if len(v_shape):
        b_shape = _w.packed_varint(v_shape, "int64")
        n_shape = len(b_shape)
        out.append(b'\x1a' + (_ONE_BYTE[n_shape] if n_shape < 0x80 else _varint(n_shape)))
        out.append(b_shape)
    for k_parameters, v_parameters in m.parameters.items():
        e_parameters = b""
        b_k_parameters = k_parameters.encode()
        n_k_parameters = len(b_k_parameters)
        e_parameters += b'\x0a' + (_ONE_BYTE[n_k_parameters] if n_k_parameters < 0x80 else _varint(n_k_parameters)) + b_k_parameters
        b_parameters = _encode_InferParameter(v_parameters)
        n_parameters = len(b_parameters)
        e_parameters += b'\x12' + (_ONE_BYTE[n_parameters] if n_parameters < 0x80 else _varint(n_parameters)) + b_parameters
        n_parameters = len(e_parameters)
        out.append(b'\x22' + (_ONE_BYTE[n_parameters] if n_parameters < 0x80 else _varint(n_parameters)) + e_parameters)
    v_contents = m.contents
    if v_contents is not None:
        i_contents = len(out)
        out.append(b"")  # the slot of the length prefix
        _encode_InferTensorContents(v_contents, out)
        out[i_contents] = b'\x2a' + _varint(_w.size_from(out, i_contents + 1))
    u = m._unknown_fields  # fields this schema does not know, as they were decoded
    if u:
        out.append(u)


def _encode_ModelInferRequestInferRequestedOutputTensor(m: ModelInferRequestInferRequestedOutputTensor) -> bytes:
    r = b""
    v_name = m.name
    if v_name:
        b_name = v_name.encode()
        n_name = len(b_name)
        r += b'\x0a' + (_ONE_BYTE[n_name] if n_name < 0x80 else _varint(n_name)) + b_name
    for k_parameters, v_parameters in m.parameters.items():
        e_parameters = b""
        b_k_parameters = k_parameters.encode()
        n_k_parameters = len(b_k_parameters)
        e_parameters += b'\x0a' + (_ONE_BYTE[n_k_parameters] if n_k_parameters < 0x80 else _varint(n_k_parameters)) + b_k_parameters
        b_parameters = _encode_InferParameter(v_parameters)
        n_parameters = len(b_parameters)
        e_parameters += b'\x12' + (_ONE_BYTE[n_parameters] if n_parameters < 0x80 else _varint(n_parameters)) + b_parameters
        n_parameters = len(e_parameters)
        r += b'\x12' + (_ONE_BYTE[n_parameters] if n_parameters < 0x80 else _varint(n_parameters)) + e_parameters
    # Fields this schema does not know, as they were decoded.
    return r + m._unknown_fields


def _encode_ModelInferResponse(m: ModelInferResponse, out: list[_Any]) -> None:
    v_model_name = m.model_name
    if v_model_name:
        b_model_name = v_model_name.encode()
        n_model_name = len(b_model_name)
        out.append(b'\x0a' + (_ONE_BYTE[n_model_name] if n_model_name < 0x80 else _varint(n_model_name)) + b_model_name)
    v_model_version = m.model_version
    if v_model_version:
        b_model_version = v_model_version.encode()
        n_model_version = len(b_model_version)
        out.append(b'\x12' + (_ONE_BYTE[n_model_version] if n_model_version < 0x80 else _varint(n_model_version)) + b_model_version)
    v_id = m.id
    if v_id:
        b_id = v_id.encode()
        n_id = len(b_id)
        out.append(b'\x1a' + (_ONE_BYTE[n_id] if n_id < 0x80 else _varint(n_id)) + b_id)
    for k_parameters, v_parameters in m.parameters.items():
        e_parameters = b""
        b_k_parameters = k_parameters.encode()
        n_k_parameters = len(b_k_parameters)
        e_parameters += b'\x0a' + (_ONE_BYTE[n_k_parameters] if n_k_parameters < 0x80 else _varint(n_k_parameters)) + b_k_parameters
        b_parameters = _encode_InferParameter(v_parameters)
        n_parameters = len(b_parameters)
        e_parameters += b'\x12' + (_ONE_BYTE[n_parameters] if n_parameters < 0x80 else _varint(n_parameters)) + b_parameters
        n_parameters = len(e_parameters)
        out.append(b'\x22' + (_ONE_BYTE[n_parameters] if n_parameters < 0x80 else _varint(n_parameters)) + e_parameters)
    for v_outputs in m.outputs:
        i_outputs = len(out)
        out.append(b"")  # the slot of the length prefix
        _encode_ModelInferResponseInferOutputTensor(v_outputs, out)
        out[i_outputs] = b'\x2a' + _varint(_w.size_from(out, i_outputs + 1))
    for v_raw_output_contents in m.raw_output_contents:
        b_raw_output_contents = v_raw_output_contents
        if b_raw_output_contents.__class__ is bytes:
            n_raw_output_contents = len(b_raw_output_contents)
        else:
            b_raw_output_contents, n_raw_output_contents = _w.payload(b_raw_output_contents)
        out.append(b'\x32' + (_ONE_BYTE[n_raw_output_contents] if n_raw_output_contents < 0x80 else _varint(n_raw_output_contents)))
        out.append(b_raw_output_contents)
    u = m._unknown_fields  # fields this schema does not know, as they were decoded
    if u:
        out.append(u)


def _encode_ModelInferResponseInferOutputTensor(m: ModelInferResponseInferOutputTensor, out: list[_Any]) -> None:
    v_name = m.name
    if v_name:
        b_name = v_name.encode()
        n_name = len(b_name)
        out.append(b'\x0a' + (_ONE_BYTE[n_name] if n_name < 0x80 else _varint(n_name)) + b_name)
    v_datatype = m.datatype
    if v_datatype:
        b_datatype = v_datatype.encode()
        n_datatype = len(b_datatype)
        out.append(b'\x12' + (_ONE_BYTE[n_datatype] if n_datatype < 0x80 else _varint(n_datatype)) + b_datatype)
    v_shape = m.shape
    if len(v_shape):
        b_shape = _w.packed_varint(v_shape, "int64")
        n_shape = len(b_shape)
        out.append(b'\x1a' + (_ONE_BYTE[n_shape] if n_shape < 0x80 else _varint(n_shape)))
        out.append(b_shape)
    for k_parameters, v_parameters in m.parameters.items():
        e_parameters = b""
        b_k_parameters = k_parameters.encode()
        n_k_parameters = len(b_k_parameters)
        e_parameters += b'\x0a' + (_ONE_BYTE[n_k_parameters] if n_k_parameters < 0x80 else _varint(n_k_parameters)) + b_k_parameters
        b_parameters = _encode_InferParameter(v_parameters)
        n_parameters = len(b_parameters)
        e_parameters += b'\x12' + (_ONE_BYTE[n_parameters] if n_parameters < 0x80 else _varint(n_parameters)) + b_parameters
        n_parameters = len(e_parameters)
        out.append(b'\x22' + (_ONE_BYTE[n_parameters] if n_parameters < 0x80 else _varint(n_parameters)) + e_parameters)
    v_contents = m.contents
    if v_contents is not None:
        i_contents = len(out)
        out.append(b"")  # the slot of the length prefix
        _encode_InferTensorContents(v_contents, out)
        out[i_contents] = b'\x2a' + _varint(_w.size_from(out, i_contents + 1))
    u = m._unknown_fields  # fields this schema does not know, as they were decoded
    if u:
        out.append(u)


def _encode_InferParameter(m: InferParameter) -> bytes:
    r = b""
    v_bool_param = m.bool_param
    if v_bool_param is not None:
        r += b'\x08' + (b'\x01' if v_bool_param else b'\x00')
    v_int64_param = m.int64_param
    if v_int64_param is not None:
        r += b'\x10' + (_ONE_BYTE[v_int64_param] if v_int64_param.__class__ is int and 0 <= v_int64_param < 0x80 else _w.enc_int64(v_int64_param))
    v_string_param = m.string_param
    if v_string_param is not None:
        b_string_param = v_string_param.encode()
        n_string_param = len(b_string_param)
        r += b'\x1a' + (_ONE_BYTE[n_string_param] if n_string_param < 0x80 else _varint(n_string_param)) + b_string_param
    v_double_param = m.double_param
    if v_double_param is not None:
        r += b'\x21' + _w.enc_double(v_double_param)
    v_uint64_param = m.uint64_param
    if v_uint64_param is not None:
        r += b'\x28' + (_ONE_BYTE[v_uint64_param] if v_uint64_param.__class__ is int and 0 <= v_uint64_param < 0x80 else _w.enc_uint64(v_uint64_param))
    # Fields this schema does not know, as they were decoded.
    return r + m._unknown_fields


def _encode_InferTensorContents(m: InferTensorContents, out: list[_Any]) -> None:
    v_bool_contents = m.bool_contents
    if len(v_bool_contents):
        b_bool_contents = _w.packed_varint(v_bool_contents, "bool")
        n_bool_contents = len(b_bool_contents)
        out.append(b'\x0a' + (_ONE_BYTE[n_bool_contents] if n_bool_contents < 0x80 else _varint(n_bool_contents)))
        out.append(b_bool_contents)
    v_int_contents = m.int_contents
    if len(v_int_contents):
        b_int_contents = _w.packed_varint(v_int_contents, "int32")
        n_int_contents = len(b_int_contents)
        out.append(b'\x12' + (_ONE_BYTE[n_int_contents] if n_int_contents < 0x80 else _varint(n_int_contents)))
        out.append(b_int_contents)
    v_int64_contents = m.int64_contents
    if len(v_int64_contents):
        b_int64_contents = _w.packed_varint(v_int64_contents, "int64")
        n_int64_contents = len(b_int64_contents)
        out.append(b'\x1a' + (_ONE_BYTE[n_int64_contents] if n_int64_contents < 0x80 else _varint(n_int64_contents)))
        out.append(b_int64_contents)
    v_uint_contents = m.uint_contents
    if len(v_uint_contents):
        b_uint_contents = _w.packed_varint(v_uint_contents, "uint32")
        n_uint_contents = len(b_uint_contents)
        out.append(b'\x22' + (_ONE_BYTE[n_uint_contents] if n_uint_contents < 0x80 else _varint(n_uint_contents)))
        out.append(b_uint_contents)
    v_uint64_contents = m.uint64_contents
    if len(v_uint64_contents):
        b_uint64_contents = _w.packed_varint(v_uint64_contents, "uint64")
        n_uint64_contents = len(b_uint64_contents)
        out.append(b'\x2a' + (_ONE_BYTE[n_uint64_contents] if n_uint64_contents < 0x80 else _varint(n_uint64_contents)))
        out.append(b_uint64_contents)
    v_fp32_contents = m.fp32_contents
    if len(v_fp32_contents):
        b_fp32_contents = _w.packed_fixed(v_fp32_contents, "float")
        n_fp32_contents = len(b_fp32_contents)
        out.append(b'\x32' + (_ONE_BYTE[n_fp32_contents] if n_fp32_contents < 0x80 else _varint(n_fp32_contents)))
        out.append(b_fp32_contents)
    v_fp64_contents = m.fp64_contents
    if len(v_fp64_contents):
        b_fp64_contents = _w.packed_fixed(v_fp64_contents, "double")
        n_fp64_contents = len(b_fp64_contents)
        out.append(b'\x3a' + (_ONE_BYTE[n_fp64_contents] if n_fp64_contents < 0x80 else _varint(n_fp64_contents)))
        out.append(b_fp64_contents)
    for v_bytes_contents in m.bytes_contents:
        b_bytes_contents = v_bytes_contents
        if b_bytes_contents.__class__ is bytes:
            n_bytes_contents = len(b_bytes_contents)
        else:
            b_bytes_contents, n_bytes_contents = _w.payload(b_bytes_contents)
        out.append(b'\x42' + (_ONE_BYTE[n_bytes_contents] if n_bytes_contents < 0x80 else _varint(n_bytes_contents)))
        out.append(b_bytes_contents)
    u = m._unknown_fields  # fields this schema does not know, as they were decoded
    if u:
        out.append(u)


def _encode_RepositoryModelLoadRequest(m: RepositoryModelLoadRequest) -> bytes:
    r = b""
    v_model_name = m.model_name
    if v_model_name:
        b_model_name = v_model_name.encode()
        n_model_name = len(b_model_name)
        r += b'\x0a' + (_ONE_BYTE[n_model_name] if n_model_name < 0x80 else _varint(n_model_name)) + b_model_name
    # Fields this schema does not know, as they were decoded.
    return r + m._unknown_fields


def _encode_RepositoryModelLoadResponse(m: RepositoryModelLoadResponse) -> bytes:
    r = b""
    v_model_name = m.model_name
    if v_model_name:
        b_model_name = v_model_name.encode()
        n_model_name = len(b_model_name)
        r += b'\x0a' + (_ONE_BYTE[n_model_name] if n_model_name < 0x80 else _varint(n_model_name)) + b_model_name
    v_is_loaded = m.is_loaded
    if v_is_loaded:
        r += b'\x10' + (b'\x01' if v_is_loaded else b'\x00')
    # Fields this schema does not know, as they were decoded.
    return r + m._unknown_fields


def _encode_RepositoryModelUnloadRequest(m: RepositoryModelUnloadRequest) -> bytes:
    r = b""
    v_model_name = m.model_name
    if v_model_name:
        b_model_name = v_model_name.encode()
        n_model_name = len(b_model_name)
        r += b'\x0a' + (_ONE_BYTE[n_model_name] if n_model_name < 0x80 else _varint(n_model_name)) + b_model_name
    # Fields this schema does not know, as they were decoded.
    return r + m._unknown_fields


def _encode_RepositoryModelUnloadResponse(m: RepositoryModelUnloadResponse) -> bytes:
    r = b""
    v_model_name = m.model_name
    if v_model_name:
        b_model_name = v_model_name.encode()
        n_model_name = len(b_model_name)
        r += b'\x0a' + (_ONE_BYTE[n_model_name] if n_model_name < 0x80 else _varint(n_model_name)) + b_model_name
    v_is_unloaded = m.is_unloaded
    if v_is_unloaded:
        r += b'\x10' + (b'\x01' if v_is_unloaded else b'\x00')
    # Fields this schema does not know, as they were decoded.
    return r + m._unknown_fields

# -- decoders ------------------------------------------------------------------------------------


def _decode_ServerLiveRequest(buf: memoryview, pos: int, end: int, as_numpy: bool) -> ServerLiveRequest:
    unknown = b""
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.ServerLiveRequest")
            u, pos = _w.unknown_field(buf, pos, end, key, "inference.ServerLiveRequest")
            unknown += u
    except IndexError:
        raise _w.DecodeError("inference.ServerLiveRequest", pos, "truncated field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(ServerLiveRequest)
    if unknown:
        message._unknown_fields = unknown
    return message


def _decode_ServerLiveResponse(buf: memoryview, pos: int, end: int, as_numpy: bool) -> ServerLiveResponse:
    unknown = b""
    f_live: _Any = False
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.ServerLiveResponse")
            if key == 8:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.ServerLiveResponse")
                f_live = v != 0
            else:
                u, pos = _w.unknown_field(buf, pos, end, key, "inference.ServerLiveResponse")
                unknown += u
    except IndexError:
        raise _w.DecodeError("inference.ServerLiveResponse", pos, "truncated field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(ServerLiveResponse)
    if unknown:
        message._unknown_fields = unknown
    message.live = f_live
    return message


def _decode_ServerReadyRequest(buf: memoryview, pos: int, end: int, as_numpy: bool) -> ServerReadyRequest:
    unknown = b""
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.ServerReadyRequest")
            u, pos = _w.unknown_field(buf, pos, end, key, "inference.ServerReadyRequest")
            unknown += u
    except IndexError:
        raise _w.DecodeError("inference.ServerReadyRequest", pos, "truncated field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(ServerReadyRequest)
    if unknown:
        message._unknown_fields = unknown
    return message


def _decode_ServerReadyResponse(buf: memoryview, pos: int, end: int, as_numpy: bool) -> ServerReadyResponse:
    unknown = b""
    f_ready: _Any = False
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.ServerReadyResponse")
            if key == 8:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.ServerReadyResponse")
                f_ready = v != 0
            else:
                u, pos = _w.unknown_field(buf, pos, end, key, "inference.ServerReadyResponse")
                unknown += u
    except IndexError:
        raise _w.DecodeError("inference.ServerReadyResponse", pos, "truncated field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(ServerReadyResponse)
    if unknown:
        message._unknown_fields = unknown
    message.ready = f_ready
    return message


def _decode_ModelReadyRequest(buf: memoryview, pos: int, end: int, as_numpy: bool) -> ModelReadyRequest:
    unknown = b""
    f_name: _Any = ""
    f_version: _Any = ""
    start = pos
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.ModelReadyRequest")
            if key == 10:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelReadyRequest")
                f_name = buf[start:pos].tobytes().decode()
            elif key == 18:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelReadyRequest")
                f_version = buf[start:pos].tobytes().decode()
            else:
                u, pos = _w.unknown_field(buf, pos, end, key, "inference.ModelReadyRequest")
                unknown += u
    except IndexError:
        raise _w.DecodeError("inference.ModelReadyRequest", pos, "truncated field") from None
    except UnicodeDecodeError as exc:
        raise _w.DecodeError("inference.ModelReadyRequest", start + exc.start, "invalid UTF-8 in a string field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(ModelReadyRequest)
    if unknown:
        message._unknown_fields = unknown
    message.name = f_name
    message.version = f_version
    return message


def _decode_ModelReadyResponse(buf: memoryview, pos: int, end: int, as_numpy: bool) -> ModelReadyResponse:
    unknown = b""
    f_ready: _Any = False
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.ModelReadyResponse")
            if key == 8:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.ModelReadyResponse")
                f_ready = v != 0
            else:
                u, pos = _w.unknown_field(buf, pos, end, key, "inference.ModelReadyResponse")
                unknown += u
    except IndexError:
        raise _w.DecodeError("inference.ModelReadyResponse", pos, "truncated field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(ModelReadyResponse)
    if unknown:
        message._unknown_fields = unknown
    message.ready = f_ready
    return message


def _decode_ServerMetadataRequest(buf: memoryview, pos: int, end: int, as_numpy: bool) -> ServerMetadataRequest:
    unknown = b""
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.ServerMetadataRequest")
            u, pos = _w.unknown_field(buf, pos, end, key, "inference.ServerMetadataRequest")
            unknown += u
    except IndexError:
        raise _w.DecodeError("inference.ServerMetadataRequest", pos, "truncated field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(ServerMetadataRequest)
    if unknown:
        message._unknown_fields = unknown
    return message


def _decode_ServerMetadataResponse(buf: memoryview, pos: int, end: int, as_numpy: bool) -> ServerMetadataResponse:
    unknown = b""
    f_name: _Any = ""
    f_version: _Any = ""
    f_extensions: _Any = []
    start = pos
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.ServerMetadataResponse")
            if key == 10:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ServerMetadataResponse")
                f_name = buf[start:pos].tobytes().decode()
            elif key == 18:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ServerMetadataResponse")
                f_version = buf[start:pos].tobytes().decode()
            elif key == 26:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ServerMetadataResponse")
                f_extensions.append(buf[start:pos].tobytes().decode())
            else:
                u, pos = _w.unknown_field(buf, pos, end, key, "inference.ServerMetadataResponse")
                unknown += u
    except IndexError:
        raise _w.DecodeError("inference.ServerMetadataResponse", pos, "truncated field") from None
    except UnicodeDecodeError as exc:
        raise _w.DecodeError("inference.ServerMetadataResponse", start + exc.start, "invalid UTF-8 in a string field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(ServerMetadataResponse)
    if unknown:
        message._unknown_fields = unknown
    message.name = f_name
    message.version = f_version
    message.extensions = f_extensions
    return message


def _decode_ModelMetadataRequest(buf: memoryview, pos: int, end: int, as_numpy: bool) -> ModelMetadataRequest:
    unknown = b""
    f_name: _Any = ""
    f_version: _Any = ""
    start = pos
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.ModelMetadataRequest")
            if key == 10:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelMetadataRequest")
                f_name = buf[start:pos].tobytes().decode()
            elif key == 18:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelMetadataRequest")
                f_version = buf[start:pos].tobytes().decode()
            else:
                u, pos = _w.unknown_field(buf, pos, end, key, "inference.ModelMetadataRequest")
                unknown += u
    except IndexError:
        raise _w.DecodeError("inference.ModelMetadataRequest", pos, "truncated field") from None
    except UnicodeDecodeError as exc:
        raise _w.DecodeError("inference.ModelMetadataRequest", start + exc.start, "invalid UTF-8 in a string field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(ModelMetadataRequest)
    if unknown:
        message._unknown_fields = unknown
    message.name = f_name
    message.version = f_version
    return message


def _decode_ModelMetadataResponse(buf: memoryview, pos: int, end: int, as_numpy: bool) -> ModelMetadataResponse:
    unknown = b""
    f_name: _Any = ""
    f_versions: _Any = []
    f_platform: _Any = ""
    f_inputs: _Any = []
    f_outputs: _Any = []
    f_properties: _Any = {}
    start = pos
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.ModelMetadataResponse")
            if key == 10:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelMetadataResponse")
                f_name = buf[start:pos].tobytes().decode()
            elif key == 18:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelMetadataResponse")
                f_versions.append(buf[start:pos].tobytes().decode())
            elif key == 26:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelMetadataResponse")
                f_platform = buf[start:pos].tobytes().decode()
            elif key == 34:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelMetadataResponse")
                f_inputs.append(_decode_ModelMetadataResponseTensorMetadata(buf, start, pos, as_numpy))
            elif key == 42:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelMetadataResponse")
                f_outputs.append(_decode_ModelMetadataResponseTensorMetadata(buf, start, pos, as_numpy))
            elif key == 50:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelMetadataResponse")
                k, val = _decode_ModelMetadataResponse_properties_entry(buf, start, pos, as_numpy)
                f_properties[k] = val
            else:
                u, pos = _w.unknown_field(buf, pos, end, key, "inference.ModelMetadataResponse")
                unknown += u
    except IndexError:
        raise _w.DecodeError("inference.ModelMetadataResponse", pos, "truncated field") from None
    except UnicodeDecodeError as exc:
        raise _w.DecodeError("inference.ModelMetadataResponse", start + exc.start, "invalid UTF-8 in a string field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(ModelMetadataResponse)
    if unknown:
        message._unknown_fields = unknown
    message.name = f_name
    message.versions = f_versions
    message.platform = f_platform
    message.inputs = f_inputs
    message.outputs = f_outputs
    message.properties = f_properties
    return message


def _decode_ModelMetadataResponseTensorMetadata(buf: memoryview, pos: int, end: int, as_numpy: bool) -> ModelMetadataResponseTensorMetadata:
    unknown = b""
    f_name: _Any = ""
    f_datatype: _Any = ""
    f_shape: _Any = []
    start = pos
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.ModelMetadataResponse.TensorMetadata")
            if key == 10:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelMetadataResponse.TensorMetadata")
                f_name = buf[start:pos].tobytes().decode()
            elif key == 18:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelMetadataResponse.TensorMetadata")
                f_datatype = buf[start:pos].tobytes().decode()
            elif key == 26:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelMetadataResponse.TensorMetadata")
                f_shape = _w.packed_varint_decode(buf, start, pos, "int64", f_shape, as_numpy, "inference.ModelMetadataResponse.TensorMetadata")
            elif key == 24:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.ModelMetadataResponse.TensorMetadata")
                f_shape = _w.append(f_shape, v - ((v & 0x8000000000000000) << 1))
            else:
                u, pos = _w.unknown_field(buf, pos, end, key, "inference.ModelMetadataResponse.TensorMetadata")
                unknown += u
    except IndexError:
        raise _w.DecodeError("inference.ModelMetadataResponse.TensorMetadata", pos, "truncated field") from None
    except UnicodeDecodeError as exc:
        raise _w.DecodeError("inference.ModelMetadataResponse.TensorMetadata", start + exc.start, "invalid UTF-8 in a string field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(ModelMetadataResponseTensorMetadata)
    if unknown:
        message._unknown_fields = unknown
    message.name = f_name
    message.datatype = f_datatype
    message.shape = f_shape
    return message


def _decode_ModelInferRequest(buf: memoryview, pos: int, end: int, as_numpy: bool) -> ModelInferRequest:
    unknown = b""
    f_model_name: _Any = ""
    f_model_version: _Any = ""
    f_id: _Any = ""
    f_parameters: _Any = {}
    f_inputs: _Any = []
    f_outputs: _Any = []
    f_raw_input_contents: _Any = []
    start = pos
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.ModelInferRequest")
            if key == 10:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelInferRequest")
                f_model_name = buf[start:pos].tobytes().decode()
            elif key == 18:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelInferRequest")
                f_model_version = buf[start:pos].tobytes().decode()
            elif key == 26:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelInferRequest")
                f_id = buf[start:pos].tobytes().decode()
            elif key == 34:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelInferRequest")
                k, val = _decode_ModelInferRequest_parameters_entry(buf, start, pos, as_numpy)
                f_parameters[k] = val
            elif key == 42:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelInferRequest")
                f_inputs.append(_decode_ModelInferRequestInferInputTensor(buf, start, pos, as_numpy))
            elif key == 50:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelInferRequest")
                f_outputs.append(_decode_ModelInferRequestInferRequestedOutputTensor(buf, start, pos, as_numpy))
            elif key == 58:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelInferRequest")
                f_raw_input_contents.append(buf[start:pos])
            else:
                u, pos = _w.unknown_field(buf, pos, end, key, "inference.ModelInferRequest")
                unknown += u
    except IndexError:
        raise _w.DecodeError("inference.ModelInferRequest", pos, "truncated field") from None
    except UnicodeDecodeError as exc:
        raise _w.DecodeError("inference.ModelInferRequest", start + exc.start, "invalid UTF-8 in a string field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(ModelInferRequest)
    if unknown:
        message._unknown_fields = unknown
    message.model_name = f_model_name
    message.model_version = f_model_version
    message.id = f_id
    message.parameters = f_parameters
    message.inputs = f_inputs
    message.outputs = f_outputs
    message.raw_input_contents = f_raw_input_contents
    return message


def _decode_ModelInferRequestInferInputTensor(buf: memoryview, pos: int, end: int, as_numpy: bool) -> ModelInferRequestInferInputTensor:
    unknown = b""
    f_name: _Any = ""
    f_datatype: _Any = ""
    f_shape: _Any = []
    f_parameters: _Any = {}
    f_contents: _Any = None
    c_contents: _Any = None
    start = pos
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.ModelInferRequest.InferInputTensor")
            if key == 10:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelInferRequest.InferInputTensor")
                f_name = buf[start:pos].tobytes().decode()
            elif key == 18:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelInferRequest.InferInputTensor")
                f_datatype = buf[start:pos].tobytes().decode()
            elif key == 26:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelInferRequest.InferInputTensor")
                f_shape = _w.packed_varint_decode(buf, start, pos, "int64", f_shape, as_numpy, "inference.ModelInferRequest.InferInputTensor")
            elif key == 24:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.ModelInferRequest.InferInputTensor")
                f_shape = _w.append(f_shape, v - ((v & 0x8000000000000000) << 1))
            elif key == 34:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelInferRequest.InferInputTensor")
                k, val = _decode_ModelInferRequestInferInputTensor_parameters_entry(buf, start, pos, as_numpy)
                f_parameters[k] = val
            elif key == 42:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelInferRequest.InferInputTensor")
                if f_contents is None:
                    c_contents = (start, pos)
                    f_contents = _decode_InferTensorContents(buf, start, pos, as_numpy)
                else:
                    # Protobuf merges a singular message that occurs again: decode the concatenation.
                    c_contents = _w.concat(buf, c_contents, start, pos)
                    f_contents = _decode_InferTensorContents(c_contents, 0, len(c_contents), as_numpy)
            else:
                u, pos = _w.unknown_field(buf, pos, end, key, "inference.ModelInferRequest.InferInputTensor")
                unknown += u
    except IndexError:
        raise _w.DecodeError("inference.ModelInferRequest.InferInputTensor", pos, "truncated field") from None
    except UnicodeDecodeError as exc:
        raise _w.DecodeError("inference.ModelInferRequest.InferInputTensor", start + exc.start, "invalid UTF-8 in a string field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(ModelInferRequestInferInputTensor)
    if unknown:
        message._unknown_fields = unknown
    message.name = f_name
    message.datatype = f_datatype
    message.shape = f_shape
    message.parameters = f_parameters
    message.contents = f_contents
    return message


def _decode_ModelInferRequestInferRequestedOutputTensor(buf: memoryview, pos: int, end: int, as_numpy: bool) -> ModelInferRequestInferRequestedOutputTensor:
    unknown = b""
    f_name: _Any = ""
    f_parameters: _Any = {}
    start = pos
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.ModelInferRequest.InferRequestedOutputTensor")
            if key == 10:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelInferRequest.InferRequestedOutputTensor")
                f_name = buf[start:pos].tobytes().decode()
            elif key == 18:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelInferRequest.InferRequestedOutputTensor")
                k, val = _decode_ModelInferRequestInferRequestedOutputTensor_parameters_entry(buf, start, pos, as_numpy)
                f_parameters[k] = val
            else:
                u, pos = _w.unknown_field(buf, pos, end, key, "inference.ModelInferRequest.InferRequestedOutputTensor")
                unknown += u
    except IndexError:
        raise _w.DecodeError("inference.ModelInferRequest.InferRequestedOutputTensor", pos, "truncated field") from None
    except UnicodeDecodeError as exc:
        raise _w.DecodeError("inference.ModelInferRequest.InferRequestedOutputTensor", start + exc.start, "invalid UTF-8 in a string field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(ModelInferRequestInferRequestedOutputTensor)
    if unknown:
        message._unknown_fields = unknown
    message.name = f_name
    message.parameters = f_parameters
    return message


def _decode_ModelInferResponse(buf: memoryview, pos: int, end: int, as_numpy: bool) -> ModelInferResponse:
    unknown = b""
    f_model_name: _Any = ""
    f_model_version: _Any = ""
    f_id: _Any = ""
    f_parameters: _Any = {}
    f_outputs: _Any = []
    f_raw_output_contents: _Any = []
    start = pos
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.ModelInferResponse")
            if key == 10:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelInferResponse")
                f_model_name = buf[start:pos].tobytes().decode()
            elif key == 18:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelInferResponse")
                f_model_version = buf[start:pos].tobytes().decode()
            elif key == 26:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelInferResponse")
                f_id = buf[start:pos].tobytes().decode()
            elif key == 34:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelInferResponse")
                k, val = _decode_ModelInferResponse_parameters_entry(buf, start, pos, as_numpy)
                f_parameters[k] = val
            elif key == 42:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelInferResponse")
                f_outputs.append(_decode_ModelInferResponseInferOutputTensor(buf, start, pos, as_numpy))
            elif key == 50:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelInferResponse")
                f_raw_output_contents.append(buf[start:pos])
            else:
                u, pos = _w.unknown_field(buf, pos, end, key, "inference.ModelInferResponse")
                unknown += u
    except IndexError:
        raise _w.DecodeError("inference.ModelInferResponse", pos, "truncated field") from None
    except UnicodeDecodeError as exc:
        raise _w.DecodeError("inference.ModelInferResponse", start + exc.start, "invalid UTF-8 in a string field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(ModelInferResponse)
    if unknown:
        message._unknown_fields = unknown
    message.model_name = f_model_name
    message.model_version = f_model_version
    message.id = f_id
    message.parameters = f_parameters
    message.outputs = f_outputs
    message.raw_output_contents = f_raw_output_contents
    return message


def _decode_ModelInferResponseInferOutputTensor(buf: memoryview, pos: int, end: int, as_numpy: bool) -> ModelInferResponseInferOutputTensor:
    unknown = b""
    f_name: _Any = ""
    f_datatype: _Any = ""
    f_shape: _Any = []
    f_parameters: _Any = {}
    f_contents: _Any = None
    c_contents: _Any = None
    start = pos
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.ModelInferResponse.InferOutputTensor")
            if key == 10:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelInferResponse.InferOutputTensor")
                f_name = buf[start:pos].tobytes().decode()
            elif key == 18:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelInferResponse.InferOutputTensor")
                f_datatype = buf[start:pos].tobytes().decode()
            elif key == 26:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelInferResponse.InferOutputTensor")
                f_shape = _w.packed_varint_decode(buf, start, pos, "int64", f_shape, as_numpy, "inference.ModelInferResponse.InferOutputTensor")
            elif key == 24:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.ModelInferResponse.InferOutputTensor")
                f_shape = _w.append(f_shape, v - ((v & 0x8000000000000000) << 1))
            elif key == 34:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelInferResponse.InferOutputTensor")
                k, val = _decode_ModelInferResponseInferOutputTensor_parameters_entry(buf, start, pos, as_numpy)
                f_parameters[k] = val
            elif key == 42:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelInferResponse.InferOutputTensor")
                if f_contents is None:
                    c_contents = (start, pos)
                    f_contents = _decode_InferTensorContents(buf, start, pos, as_numpy)
                else:
                    # Protobuf merges a singular message that occurs again: decode the concatenation.
                    c_contents = _w.concat(buf, c_contents, start, pos)
                    f_contents = _decode_InferTensorContents(c_contents, 0, len(c_contents), as_numpy)
            else:
                u, pos = _w.unknown_field(buf, pos, end, key, "inference.ModelInferResponse.InferOutputTensor")
                unknown += u
    except IndexError:
        raise _w.DecodeError("inference.ModelInferResponse.InferOutputTensor", pos, "truncated field") from None
    except UnicodeDecodeError as exc:
        raise _w.DecodeError("inference.ModelInferResponse.InferOutputTensor", start + exc.start, "invalid UTF-8 in a string field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(ModelInferResponseInferOutputTensor)
    if unknown:
        message._unknown_fields = unknown
    message.name = f_name
    message.datatype = f_datatype
    message.shape = f_shape
    message.parameters = f_parameters
    message.contents = f_contents
    return message


def _decode_InferParameter(buf: memoryview, pos: int, end: int, as_numpy: bool) -> InferParameter:
    unknown = b""
    f_bool_param: _Any = None
    f_int64_param: _Any = None
    f_string_param: _Any = None
    f_double_param: _Any = None
    f_uint64_param: _Any = None
    start = pos
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.InferParameter")
            if key == 8:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.InferParameter")
                f_bool_param = v != 0
                f_int64_param = None
                f_string_param = None
                f_double_param = None
                f_uint64_param = None
            elif key == 16:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.InferParameter")
                f_int64_param = v - ((v & 0x8000000000000000) << 1)
                f_bool_param = None
                f_string_param = None
                f_double_param = None
                f_uint64_param = None
            elif key == 26:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.InferParameter")
                f_string_param = buf[start:pos].tobytes().decode()
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
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.InferParameter")
                f_uint64_param = v
                f_bool_param = None
                f_int64_param = None
                f_string_param = None
                f_double_param = None
            else:
                u, pos = _w.unknown_field(buf, pos, end, key, "inference.InferParameter")
                unknown += u
    except IndexError:
        raise _w.DecodeError("inference.InferParameter", pos, "truncated field") from None
    except UnicodeDecodeError as exc:
        raise _w.DecodeError("inference.InferParameter", start + exc.start, "invalid UTF-8 in a string field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(InferParameter)
    if unknown:
        message._unknown_fields = unknown
    # Past the oneof-clearing __setattr__: the decoder has kept one member per group already.
    fields = message.__dict__
    fields["bool_param"] = f_bool_param
    fields["int64_param"] = f_int64_param
    fields["string_param"] = f_string_param
    fields["double_param"] = f_double_param
    fields["uint64_param"] = f_uint64_param
    return message


def _decode_InferTensorContents(buf: memoryview, pos: int, end: int, as_numpy: bool) -> InferTensorContents:
    unknown = b""
    f_bool_contents: _Any = []
    f_int_contents: _Any = []
    f_int64_contents: _Any = []
    f_uint_contents: _Any = []
    f_uint64_contents: _Any = []
    f_fp32_contents: _Any = []
    f_fp64_contents: _Any = []
    f_bytes_contents: _Any = []
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.InferTensorContents")
            if key == 10:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.InferTensorContents")
                f_bool_contents = _w.packed_varint_decode(buf, start, pos, "bool", f_bool_contents, as_numpy, "inference.InferTensorContents")
            elif key == 8:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.InferTensorContents")
                f_bool_contents = _w.append(f_bool_contents, v != 0)
            elif key == 18:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.InferTensorContents")
                f_int_contents = _w.packed_varint_decode(buf, start, pos, "int32", f_int_contents, as_numpy, "inference.InferTensorContents")
            elif key == 16:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.InferTensorContents")
                f_int_contents = _w.append(f_int_contents, (v & 0xFFFFFFFF) - ((v & 0x80000000) << 1))
            elif key == 26:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.InferTensorContents")
                f_int64_contents = _w.packed_varint_decode(buf, start, pos, "int64", f_int64_contents, as_numpy, "inference.InferTensorContents")
            elif key == 24:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.InferTensorContents")
                f_int64_contents = _w.append(f_int64_contents, v - ((v & 0x8000000000000000) << 1))
            elif key == 34:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.InferTensorContents")
                f_uint_contents = _w.packed_varint_decode(buf, start, pos, "uint32", f_uint_contents, as_numpy, "inference.InferTensorContents")
            elif key == 32:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.InferTensorContents")
                f_uint_contents = _w.append(f_uint_contents, v & 0xFFFFFFFF)
            elif key == 42:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.InferTensorContents")
                f_uint64_contents = _w.packed_varint_decode(buf, start, pos, "uint64", f_uint64_contents, as_numpy, "inference.InferTensorContents")
            elif key == 40:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.InferTensorContents")
                f_uint64_contents = _w.append(f_uint64_contents, v)
            elif key == 50:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.InferTensorContents")
                f_fp32_contents = _w.packed_fixed_decode(buf, start, pos, "float", f_fp32_contents, as_numpy, "inference.InferTensorContents")
            elif key == 53:
                v, pos = _w.read_fixed(buf, pos, end, "float", "inference.InferTensorContents")
                f_fp32_contents = _w.append(f_fp32_contents, v)
            elif key == 58:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.InferTensorContents")
                f_fp64_contents = _w.packed_fixed_decode(buf, start, pos, "double", f_fp64_contents, as_numpy, "inference.InferTensorContents")
            elif key == 57:
                v, pos = _w.read_fixed(buf, pos, end, "double", "inference.InferTensorContents")
                f_fp64_contents = _w.append(f_fp64_contents, v)
            elif key == 66:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.InferTensorContents")
                f_bytes_contents.append(buf[start:pos].tobytes())
            else:
                u, pos = _w.unknown_field(buf, pos, end, key, "inference.InferTensorContents")
                unknown += u
    except IndexError:
        raise _w.DecodeError("inference.InferTensorContents", pos, "truncated field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(InferTensorContents)
    if unknown:
        message._unknown_fields = unknown
    message.bool_contents = f_bool_contents
    message.int_contents = f_int_contents
    message.int64_contents = f_int64_contents
    message.uint_contents = f_uint_contents
    message.uint64_contents = f_uint64_contents
    message.fp32_contents = f_fp32_contents
    message.fp64_contents = f_fp64_contents
    message.bytes_contents = f_bytes_contents
    return message


def _decode_RepositoryModelLoadRequest(buf: memoryview, pos: int, end: int, as_numpy: bool) -> RepositoryModelLoadRequest:
    unknown = b""
    f_model_name: _Any = ""
    start = pos
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.RepositoryModelLoadRequest")
            if key == 10:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.RepositoryModelLoadRequest")
                f_model_name = buf[start:pos].tobytes().decode()
            else:
                u, pos = _w.unknown_field(buf, pos, end, key, "inference.RepositoryModelLoadRequest")
                unknown += u
    except IndexError:
        raise _w.DecodeError("inference.RepositoryModelLoadRequest", pos, "truncated field") from None
    except UnicodeDecodeError as exc:
        raise _w.DecodeError("inference.RepositoryModelLoadRequest", start + exc.start, "invalid UTF-8 in a string field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(RepositoryModelLoadRequest)
    if unknown:
        message._unknown_fields = unknown
    message.model_name = f_model_name
    return message


def _decode_RepositoryModelLoadResponse(buf: memoryview, pos: int, end: int, as_numpy: bool) -> RepositoryModelLoadResponse:
    unknown = b""
    f_model_name: _Any = ""
    f_is_loaded: _Any = False
    start = pos
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.RepositoryModelLoadResponse")
            if key == 10:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.RepositoryModelLoadResponse")
                f_model_name = buf[start:pos].tobytes().decode()
            elif key == 16:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.RepositoryModelLoadResponse")
                f_is_loaded = v != 0
            else:
                u, pos = _w.unknown_field(buf, pos, end, key, "inference.RepositoryModelLoadResponse")
                unknown += u
    except IndexError:
        raise _w.DecodeError("inference.RepositoryModelLoadResponse", pos, "truncated field") from None
    except UnicodeDecodeError as exc:
        raise _w.DecodeError("inference.RepositoryModelLoadResponse", start + exc.start, "invalid UTF-8 in a string field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(RepositoryModelLoadResponse)
    if unknown:
        message._unknown_fields = unknown
    message.model_name = f_model_name
    message.is_loaded = f_is_loaded
    return message


def _decode_RepositoryModelUnloadRequest(buf: memoryview, pos: int, end: int, as_numpy: bool) -> RepositoryModelUnloadRequest:
    unknown = b""
    f_model_name: _Any = ""
    start = pos
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.RepositoryModelUnloadRequest")
            if key == 10:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.RepositoryModelUnloadRequest")
                f_model_name = buf[start:pos].tobytes().decode()
            else:
                u, pos = _w.unknown_field(buf, pos, end, key, "inference.RepositoryModelUnloadRequest")
                unknown += u
    except IndexError:
        raise _w.DecodeError("inference.RepositoryModelUnloadRequest", pos, "truncated field") from None
    except UnicodeDecodeError as exc:
        raise _w.DecodeError("inference.RepositoryModelUnloadRequest", start + exc.start, "invalid UTF-8 in a string field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(RepositoryModelUnloadRequest)
    if unknown:
        message._unknown_fields = unknown
    message.model_name = f_model_name
    return message


def _decode_RepositoryModelUnloadResponse(buf: memoryview, pos: int, end: int, as_numpy: bool) -> RepositoryModelUnloadResponse:
    unknown = b""
    f_model_name: _Any = ""
    f_is_unloaded: _Any = False
    start = pos
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.RepositoryModelUnloadResponse")
            if key == 10:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.RepositoryModelUnloadResponse")
                f_model_name = buf[start:pos].tobytes().decode()
            elif key == 16:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.RepositoryModelUnloadResponse")
                f_is_unloaded = v != 0
            else:
                u, pos = _w.unknown_field(buf, pos, end, key, "inference.RepositoryModelUnloadResponse")
                unknown += u
    except IndexError:
        raise _w.DecodeError("inference.RepositoryModelUnloadResponse", pos, "truncated field") from None
    except UnicodeDecodeError as exc:
        raise _w.DecodeError("inference.RepositoryModelUnloadResponse", start + exc.start, "invalid UTF-8 in a string field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(RepositoryModelUnloadResponse)
    if unknown:
        message._unknown_fields = unknown
    message.model_name = f_model_name
    message.is_unloaded = f_is_unloaded
    return message


def _decode_ModelMetadataResponse_properties_entry(buf: memoryview, pos: int, end: int, as_numpy: bool) -> tuple[_Any, _Any]:
    f_key: _Any = ""
    f_value: _Any = None
    c_value: _Any = None
    start = pos
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.ModelMetadataResponse.PropertiesEntry")
            if key == 10:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelMetadataResponse.PropertiesEntry")
                f_key = buf[start:pos].tobytes().decode()
            elif key == 18:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
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
    except IndexError:
        raise _w.DecodeError("inference.ModelMetadataResponse.PropertiesEntry", pos, "truncated field") from None
    except UnicodeDecodeError as exc:
        raise _w.DecodeError("inference.ModelMetadataResponse.PropertiesEntry", start + exc.start, "invalid UTF-8 in a string field") from None
    if f_value is None:
        f_value = InferParameter()
    return f_key, f_value


def _decode_ModelInferRequest_parameters_entry(buf: memoryview, pos: int, end: int, as_numpy: bool) -> tuple[_Any, _Any]:
    f_key: _Any = ""
    f_value: _Any = None
    c_value: _Any = None
    start = pos
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.ModelInferRequest.ParametersEntry")
            if key == 10:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelInferRequest.ParametersEntry")
                f_key = buf[start:pos].tobytes().decode()
            elif key == 18:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
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
    except IndexError:
        raise _w.DecodeError("inference.ModelInferRequest.ParametersEntry", pos, "truncated field") from None
    except UnicodeDecodeError as exc:
        raise _w.DecodeError("inference.ModelInferRequest.ParametersEntry", start + exc.start, "invalid UTF-8 in a string field") from None
    if f_value is None:
        f_value = InferParameter()
    return f_key, f_value


def _decode_ModelInferRequestInferInputTensor_parameters_entry(buf: memoryview, pos: int, end: int, as_numpy: bool) -> tuple[_Any, _Any]:
    f_key: _Any = ""
    f_value: _Any = None
    c_value: _Any = None
    start = pos
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.ModelInferRequest.InferInputTensor.ParametersEntry")
            if key == 10:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelInferRequest.InferInputTensor.ParametersEntry")
                f_key = buf[start:pos].tobytes().decode()
            elif key == 18:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
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
    except IndexError:
        raise _w.DecodeError("inference.ModelInferRequest.InferInputTensor.ParametersEntry", pos, "truncated field") from None
    except UnicodeDecodeError as exc:
        raise _w.DecodeError("inference.ModelInferRequest.InferInputTensor.ParametersEntry", start + exc.start, "invalid UTF-8 in a string field") from None
    if f_value is None:
        f_value = InferParameter()
    return f_key, f_value


def _decode_ModelInferRequestInferRequestedOutputTensor_parameters_entry(buf: memoryview, pos: int, end: int, as_numpy: bool) -> tuple[_Any, _Any]:
    f_key: _Any = ""
    f_value: _Any = None
    c_value: _Any = None
    start = pos
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.ModelInferRequest.InferRequestedOutputTensor.ParametersEntry")
            if key == 10:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelInferRequest.InferRequestedOutputTensor.ParametersEntry")
                f_key = buf[start:pos].tobytes().decode()
            elif key == 18:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
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
    except IndexError:
        raise _w.DecodeError("inference.ModelInferRequest.InferRequestedOutputTensor.ParametersEntry", pos, "truncated field") from None
    except UnicodeDecodeError as exc:
        raise _w.DecodeError("inference.ModelInferRequest.InferRequestedOutputTensor.ParametersEntry", start + exc.start, "invalid UTF-8 in a string field") from None
    if f_value is None:
        f_value = InferParameter()
    return f_key, f_value


def _decode_ModelInferResponse_parameters_entry(buf: memoryview, pos: int, end: int, as_numpy: bool) -> tuple[_Any, _Any]:
    f_key: _Any = ""
    f_value: _Any = None
    c_value: _Any = None
    start = pos
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.ModelInferResponse.ParametersEntry")
            if key == 10:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelInferResponse.ParametersEntry")
                f_key = buf[start:pos].tobytes().decode()
            elif key == 18:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
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
    except IndexError:
        raise _w.DecodeError("inference.ModelInferResponse.ParametersEntry", pos, "truncated field") from None
    except UnicodeDecodeError as exc:
        raise _w.DecodeError("inference.ModelInferResponse.ParametersEntry", start + exc.start, "invalid UTF-8 in a string field") from None
    if f_value is None:
        f_value = InferParameter()
    return f_key, f_value


def _decode_ModelInferResponseInferOutputTensor_parameters_entry(buf: memoryview, pos: int, end: int, as_numpy: bool) -> tuple[_Any, _Any]:
    f_key: _Any = ""
    f_value: _Any = None
    c_value: _Any = None
    start = pos
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.ModelInferResponse.InferOutputTensor.ParametersEntry")
            if key == 10:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelInferResponse.InferOutputTensor.ParametersEntry")
                f_key = buf[start:pos].tobytes().decode()
            elif key == 18:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
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
    except IndexError:
        raise _w.DecodeError("inference.ModelInferResponse.InferOutputTensor.ParametersEntry", pos, "truncated field") from None
    except UnicodeDecodeError as exc:
        raise _w.DecodeError("inference.ModelInferResponse.InferOutputTensor.ParametersEntry", start + exc.start, "invalid UTF-8 in a string field") from None
    if f_value is None:
        f_value = InferParameter()
    return f_key, f_value
