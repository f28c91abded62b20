# Generated from grpc_service.proto, model_config.proto. DO NOT EDIT.
# Regenerate with inference-grpc-codegen; the encoders and decoders below are straight-line code
# for each message, so the reflective betterproto2 codec never runs.
"""Messages and enums of the proto package `inference`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any as _Any  # private: a proto message may be called Any

import betterproto2

from inference_grpc import runtime as _rt
from inference_grpc.runtime import wire as _w

_rt.check_generator_api(6, __name__)

_new = object.__new__
_varint = _w.varint
_ONE_BYTE = _w.ONE_BYTE

__all__ = [
    "BatchInput",
    "BatchInputKind",
    "BatchOutput",
    "BatchOutputKind",
    "CudaSharedMemoryRegisterRequest",
    "CudaSharedMemoryRegisterResponse",
    "CudaSharedMemoryStatusRequest",
    "CudaSharedMemoryStatusResponse",
    "CudaSharedMemoryStatusResponseRegionStatus",
    "CudaSharedMemoryUnregisterRequest",
    "CudaSharedMemoryUnregisterResponse",
    "DataType",
    "InferBatchStatistics",
    "InferParameter",
    "InferResponseStatistics",
    "InferStatistics",
    "InferTensorContents",
    "LogSettingsRequest",
    "LogSettingsRequestSettingValue",
    "LogSettingsResponse",
    "LogSettingsResponseSettingValue",
    "MemoryUsage",
    "ModelConfig",
    "ModelConfigRequest",
    "ModelConfigResponse",
    "ModelDynamicBatching",
    "ModelEnsembling",
    "ModelEnsemblingStep",
    "ModelInferRequest",
    "ModelInferRequestInferInputTensor",
    "ModelInferRequestInferRequestedOutputTensor",
    "ModelInferResponse",
    "ModelInferResponseInferOutputTensor",
    "ModelInput",
    "ModelInputFormat",
    "ModelInstanceGroup",
    "ModelInstanceGroupKind",
    "ModelInstanceGroupSecondaryDevice",
    "ModelInstanceGroupSecondaryDeviceSecondaryDeviceKind",
    "ModelMetadataRequest",
    "ModelMetadataResponse",
    "ModelMetadataResponseTensorMetadata",
    "ModelOperations",
    "ModelOptimizationPolicy",
    "ModelOptimizationPolicyCuda",
    "ModelOptimizationPolicyCudaGraphSpec",
    "ModelOptimizationPolicyCudaGraphSpecLowerBound",
    "ModelOptimizationPolicyCudaGraphSpecShape",
    "ModelOptimizationPolicyExecutionAccelerators",
    "ModelOptimizationPolicyExecutionAcceleratorsAccelerator",
    "ModelOptimizationPolicyGraph",
    "ModelOptimizationPolicyModelPriority",
    "ModelOptimizationPolicyPinnedMemoryBuffer",
    "ModelOutput",
    "ModelParameter",
    "ModelQueuePolicy",
    "ModelQueuePolicyTimeoutAction",
    "ModelRateLimiter",
    "ModelRateLimiterResource",
    "ModelReadyRequest",
    "ModelReadyResponse",
    "ModelRepositoryAgents",
    "ModelRepositoryAgentsAgent",
    "ModelRepositoryParameter",
    "ModelResponseCache",
    "ModelSequenceBatching",
    "ModelSequenceBatchingControl",
    "ModelSequenceBatchingControlInput",
    "ModelSequenceBatchingControlKind",
    "ModelSequenceBatchingInitialState",
    "ModelSequenceBatchingState",
    "ModelSequenceBatchingStrategyDirect",
    "ModelSequenceBatchingStrategyOldest",
    "ModelStatistics",
    "ModelStatisticsRequest",
    "ModelStatisticsResponse",
    "ModelStreamInferResponse",
    "ModelTensorReshape",
    "ModelTransactionPolicy",
    "ModelVersionPolicy",
    "ModelVersionPolicyAll",
    "ModelVersionPolicyLatest",
    "ModelVersionPolicySpecific",
    "ModelWarmup",
    "ModelWarmupInput",
    "RepositoryIndexRequest",
    "RepositoryIndexResponse",
    "RepositoryIndexResponseModelIndex",
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
    "StatisticDuration",
    "SystemSharedMemoryRegisterRequest",
    "SystemSharedMemoryRegisterResponse",
    "SystemSharedMemoryStatusRequest",
    "SystemSharedMemoryStatusResponse",
    "SystemSharedMemoryStatusResponseRegionStatus",
    "SystemSharedMemoryUnregisterRequest",
    "SystemSharedMemoryUnregisterResponse",
    "TraceSettingRequest",
    "TraceSettingRequestSettingValue",
    "TraceSettingResponse",
    "TraceSettingResponseSettingValue",
]


class ModelInstanceGroupSecondaryDeviceSecondaryDeviceKind(betterproto2.Enum):
    """Kind of secondary device."""

    KIND_NVDLA = 0
    """An NVIDIA deep-learning accelerator."""


class ModelInstanceGroupKind(betterproto2.Enum):
    """Where the instances run."""

    KIND_AUTO = 0
    """GPU if one is available and the model supports it, CPU otherwise."""

    KIND_GPU = 1
    """On the GPUs listed in `gpus` (every GPU when none is listed)."""

    KIND_CPU = 2
    """On the CPU."""

    KIND_MODEL = 3
    """Wherever the model itself decides (the backend places it)."""


class ModelInputFormat(betterproto2.Enum):
    """Layout of an image-like input, for backends that care."""

    FORMAT_NONE = 0
    """No layout given."""

    FORMAT_NHWC = 1
    """Height, width, channels."""

    FORMAT_NCHW = 2
    """Channels, height, width."""


class BatchInputKind(betterproto2.Enum):
    """What the tensor holds."""

    BATCH_ELEMENT_COUNT = 0
    """Number of elements of the source input in each request."""

    BATCH_ACCUMULATED_ELEMENT_COUNT = 1
    """Running total of those element counts."""

    BATCH_ACCUMULATED_ELEMENT_COUNT_WITH_ZERO = 2
    """The same running total, starting with a zero."""

    BATCH_MAX_ELEMENT_COUNT_AS_SHAPE = 3
    """A tensor whose shape is the largest element count in the batch."""

    BATCH_ITEM_SHAPE = 4
    """The shape of the source input in each request."""

    BATCH_ITEM_SHAPE_FLATTEN = 5
    """Those shapes, flattened into one dimension."""


class BatchOutputKind(betterproto2.Enum):
    """How the output is split."""

    BATCH_SCATTER_WITH_INPUT_SHAPE = 0
    """Split the way the source input's batch was joined."""


class ModelOptimizationPolicyModelPriority(betterproto2.Enum):
    """Scheduling priority of the model's instances."""

    PRIORITY_DEFAULT = 0
    """The default priority."""

    PRIORITY_MAX = 1
    """The highest priority."""

    PRIORITY_MIN = 2
    """The lowest priority."""


class ModelQueuePolicyTimeoutAction(betterproto2.Enum):
    """What happens to a request whose queue timeout expires."""

    REJECT = 0
    """Fail the request."""

    DELAY = 1
    """Keep it, behind requests that have not timed out."""


class ModelSequenceBatchingControlKind(betterproto2.Enum):
    """Which signal."""

    CONTROL_SEQUENCE_START = 0
    """Set on the first request of a sequence."""

    CONTROL_SEQUENCE_READY = 1
    """Set when the batch slot holds a request."""

    CONTROL_SEQUENCE_END = 2
    """Set on the last request of a sequence."""

    CONTROL_SEQUENCE_CORRID = 3
    """Carries the sequence's correlation id."""


class DataType(betterproto2.Enum):
    """Element type of a tensor in a model configuration."""

    TYPE_INVALID = 0
    """Not set or unknown."""

    TYPE_BOOL = 1
    """Boolean."""

    TYPE_UINT8 = 2
    """Unsigned 8-bit integer."""

    TYPE_UINT16 = 3
    """Unsigned 16-bit integer."""

    TYPE_UINT32 = 4
    """Unsigned 32-bit integer."""

    TYPE_UINT64 = 5
    """Unsigned 64-bit integer."""

    TYPE_INT8 = 6
    """Signed 8-bit integer."""

    TYPE_INT16 = 7
    """Signed 16-bit integer."""

    TYPE_INT32 = 8
    """Signed 32-bit integer."""

    TYPE_INT64 = 9
    """Signed 64-bit integer."""

    TYPE_FP16 = 10
    """IEEE half-precision float."""

    TYPE_FP32 = 11
    """IEEE single-precision float."""

    TYPE_FP64 = 12
    """IEEE double-precision float."""

    TYPE_STRING = 13
    """Variable-length bytes (BYTES on the wire)."""

    TYPE_BF16 = 14
    """bfloat16."""


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

    def __init__(
        self,
        name: str = _rt.FACTORY,
        versions: list[str] = _rt.FACTORY,
        platform: str = _rt.FACTORY,
        inputs: list[ModelMetadataResponseTensorMetadata] = _rt.FACTORY,
        outputs: list[ModelMetadataResponseTensorMetadata] = _rt.FACTORY,
    ) -> None:
        self.name = "" if name is _rt.FACTORY else name
        self.versions = [] if versions is _rt.FACTORY else versions
        self.platform = "" if platform is _rt.FACTORY else platform
        self.inputs = [] if inputs is _rt.FACTORY else inputs
        self.outputs = [] if outputs is _rt.FACTORY else outputs
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
    """The value of a request, response or tensor parameter."""

    bool_param: bool | None = _rt.field(1, "bool", optional=True, group="parameter_choice")
    """A boolean value."""

    int64_param: int | None = _rt.field(2, "int64", optional=True, group="parameter_choice")
    """A signed 64-bit integer value."""

    string_param: str | None = _rt.field(3, "string", optional=True, group="parameter_choice")
    """A string value."""

    double_param: float | None = _rt.field(4, "double", optional=True, group="parameter_choice")
    """A double-precision floating point value."""

    uint64_param: int | None = _rt.field(5, "uint64", optional=True, group="parameter_choice")
    """An unsigned 64-bit integer value."""

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
    number of elements the shape implies."""

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
class ModelInferRequest(_rt.Message):
    """One inference request."""

    model_name: str = _rt.field(1, "string")
    """Name of the model to run."""

    model_version: str = _rt.field(2, "string")
    """Version of the model to run; empty lets the server pick one."""

    id: str = _rt.field(3, "string")
    """Optional request identifier, echoed back in the response."""

    parameters: dict[str, InferParameter] = _rt.field(4, "map", map_types=("string", "message"))
    """Optional parameters of the request; Triton reads sequence_id,
    sequence_start, sequence_end, priority and timeout here."""

    inputs: list[ModelInferRequestInferInputTensor] = _rt.field(5, "message", repeated=True)
    """The input tensors."""

    outputs: list[ModelInferRequestInferRequestedOutputTensor] = _rt.field(6, "message", repeated=True)
    """The outputs to return; when empty the server returns every output."""

    raw_input_contents: list[_rt.Buffer] = _rt.field(7, "bytes", repeated=True)
    """Raw tensor data, one entry per input and in the order of `inputs`:
    the elements flattened in row-major order, little-endian, with no
    padding; BYTES elements each prefixed by a 4-byte little-endian length.
    When used, no input may also set `contents`."""

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
    """Optional parameters of this tensor; Triton reads `shared_memory_region`,
    `shared_memory_byte_size` and `shared_memory_offset` here to take the
    data from a registered shared-memory region."""

    contents: InferTensorContents | None = _rt.field(5, "message")
    """The tensor's elements in typed form. Leave unset when the request
    carries its tensors in raw_input_contents or shared memory."""

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
    """Optional parameters for this output, such as `classification` or the
    shared-memory region to write it into."""

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
    """Optional parameters of the response; on a stream Triton sets
    `triton_final_response` here."""

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


@dataclass(init=False, eq=False, repr=False)
class ModelStreamInferResponse(_rt.Message):
    """One message of a ModelStreamInfer stream: either a response or the error of
    one request."""

    error_message: str = _rt.field(1, "string")
    """Why a request failed; empty when `infer_response` holds a result."""

    infer_response: ModelInferResponse | None = _rt.field(2, "message")
    """The result, when the request succeeded."""

    def __init__(
        self,
        error_message: str = _rt.FACTORY,
        infer_response: ModelInferResponse | None = _rt.FACTORY,
    ) -> None:
        self.error_message = "" if error_message is _rt.FACTORY else error_message
        self.infer_response = None if infer_response is _rt.FACTORY else infer_response
        self.__post_init__()

    PROTO_NAME = "inference.ModelStreamInferResponse"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode(_encode_ModelStreamInferResponse, self, "inference.ModelStreamInferResponse")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> ModelStreamInferResponse:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_ModelStreamInferResponse, data, packed_as_numpy, "inference.ModelStreamInferResponse")


@dataclass(init=False, eq=False, repr=False)
class ModelConfigRequest(_rt.Message):
    """Asks for a model's configuration."""

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

    PROTO_NAME = "inference.ModelConfigRequest"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode_compact(_encode_ModelConfigRequest, self, "inference.ModelConfigRequest")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> ModelConfigRequest:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_ModelConfigRequest, data, packed_as_numpy, "inference.ModelConfigRequest")


@dataclass(init=False, eq=False, repr=False)
class ModelConfigResponse(_rt.Message):
    """A model's configuration."""

    config: ModelConfig | None = _rt.field(1, "message")
    """The configuration the server runs the model with."""

    def __init__(
        self,
        config: ModelConfig | None = _rt.FACTORY,
    ) -> None:
        self.config = None if config is _rt.FACTORY else config
        self.__post_init__()

    PROTO_NAME = "inference.ModelConfigResponse"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode(_encode_ModelConfigResponse, self, "inference.ModelConfigResponse")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> ModelConfigResponse:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_ModelConfigResponse, data, packed_as_numpy, "inference.ModelConfigResponse")


@dataclass(init=False, eq=False, repr=False)
class ModelStatisticsRequest(_rt.Message):
    """Asks for inference statistics."""

    name: str = _rt.field(1, "string")
    """Name of the model; empty asks for every model."""

    version: str = _rt.field(2, "string")
    """Version of the model; empty asks for every version."""

    def __init__(
        self,
        name: str = _rt.FACTORY,
        version: str = _rt.FACTORY,
    ) -> None:
        self.name = "" if name is _rt.FACTORY else name
        self.version = "" if version is _rt.FACTORY else version
        self.__post_init__()

    PROTO_NAME = "inference.ModelStatisticsRequest"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode_compact(_encode_ModelStatisticsRequest, self, "inference.ModelStatisticsRequest")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> ModelStatisticsRequest:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_ModelStatisticsRequest, data, packed_as_numpy, "inference.ModelStatisticsRequest")


@dataclass(init=False, eq=False, repr=False)
class StatisticDuration(_rt.Message):
    """How often something happened and how long it took in total."""

    count: int = _rt.field(1, "uint64")
    """Number of times it happened."""

    ns: int = _rt.field(2, "uint64")
    """Total time of all those times, in nanoseconds."""

    def __init__(
        self,
        count: int = _rt.FACTORY,
        ns: int = _rt.FACTORY,
    ) -> None:
        self.count = 0 if count is _rt.FACTORY else count
        self.ns = 0 if ns is _rt.FACTORY else ns
        self.__post_init__()

    PROTO_NAME = "inference.StatisticDuration"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode_compact(_encode_StatisticDuration, self, "inference.StatisticDuration")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> StatisticDuration:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_StatisticDuration, data, packed_as_numpy, "inference.StatisticDuration")


@dataclass(init=False, eq=False, repr=False)
class InferStatistics(_rt.Message):
    """Cumulative statistics of the requests a model has served."""

    success: StatisticDuration | None = _rt.field(1, "message")
    """Requests that succeeded, with their total time end to end."""

    fail: StatisticDuration | None = _rt.field(2, "message")
    """Requests that failed, with the time spent on them."""

    queue: StatisticDuration | None = _rt.field(3, "message")
    """Time the successful requests waited in the scheduler's queue."""

    compute_input: StatisticDuration | None = _rt.field(4, "message")
    """Time spent preparing input tensors for the model."""

    compute_infer: StatisticDuration | None = _rt.field(5, "message")
    """Time the model spent computing."""

    compute_output: StatisticDuration | None = _rt.field(6, "message")
    """Time spent extracting output tensors from the model."""

    cache_hit: StatisticDuration | None = _rt.field(7, "message")
    """Requests answered from the response cache, with the lookup time."""

    cache_miss: StatisticDuration | None = _rt.field(8, "message")
    """Requests the response cache did not hold, with the lookup and insert time."""

    def __init__(
        self,
        success: StatisticDuration | None = _rt.FACTORY,
        fail: StatisticDuration | None = _rt.FACTORY,
        queue: StatisticDuration | None = _rt.FACTORY,
        compute_input: StatisticDuration | None = _rt.FACTORY,
        compute_infer: StatisticDuration | None = _rt.FACTORY,
        compute_output: StatisticDuration | None = _rt.FACTORY,
        cache_hit: StatisticDuration | None = _rt.FACTORY,
        cache_miss: StatisticDuration | None = _rt.FACTORY,
    ) -> None:
        self.success = None if success is _rt.FACTORY else success
        self.fail = None if fail is _rt.FACTORY else fail
        self.queue = None if queue is _rt.FACTORY else queue
        self.compute_input = None if compute_input is _rt.FACTORY else compute_input
        self.compute_infer = None if compute_infer is _rt.FACTORY else compute_infer
        self.compute_output = None if compute_output is _rt.FACTORY else compute_output
        self.cache_hit = None if cache_hit is _rt.FACTORY else cache_hit
        self.cache_miss = None if cache_miss is _rt.FACTORY else cache_miss
        self.__post_init__()

    PROTO_NAME = "inference.InferStatistics"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode_compact(_encode_InferStatistics, self, "inference.InferStatistics")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> InferStatistics:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_InferStatistics, data, packed_as_numpy, "inference.InferStatistics")


@dataclass(init=False, eq=False, repr=False)
class InferResponseStatistics(_rt.Message):
    """Cumulative statistics of the responses of a decoupled model, for one
    response index."""

    compute_infer: StatisticDuration | None = _rt.field(1, "message")
    """Time the model spent computing these responses."""

    compute_output: StatisticDuration | None = _rt.field(2, "message")
    """Time spent extracting these responses' output tensors."""

    success: StatisticDuration | None = _rt.field(3, "message")
    """Responses that succeeded."""

    fail: StatisticDuration | None = _rt.field(4, "message")
    """Responses that failed."""

    empty_response: StatisticDuration | None = _rt.field(5, "message")
    """Responses sent without any output (such as final flags alone)."""

    cancel: StatisticDuration | None = _rt.field(6, "message")
    """Responses cut short by cancellation."""

    def __init__(
        self,
        compute_infer: StatisticDuration | None = _rt.FACTORY,
        compute_output: StatisticDuration | None = _rt.FACTORY,
        success: StatisticDuration | None = _rt.FACTORY,
        fail: StatisticDuration | None = _rt.FACTORY,
        empty_response: StatisticDuration | None = _rt.FACTORY,
        cancel: StatisticDuration | None = _rt.FACTORY,
    ) -> None:
        self.compute_infer = None if compute_infer is _rt.FACTORY else compute_infer
        self.compute_output = None if compute_output is _rt.FACTORY else compute_output
        self.success = None if success is _rt.FACTORY else success
        self.fail = None if fail is _rt.FACTORY else fail
        self.empty_response = None if empty_response is _rt.FACTORY else empty_response
        self.cancel = None if cancel is _rt.FACTORY else cancel
        self.__post_init__()

    PROTO_NAME = "inference.InferResponseStatistics"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode_compact(_encode_InferResponseStatistics, self, "inference.InferResponseStatistics")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> InferResponseStatistics:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_InferResponseStatistics, data, packed_as_numpy, "inference.InferResponseStatistics")


@dataclass(init=False, eq=False, repr=False)
class InferBatchStatistics(_rt.Message):
    """Cumulative statistics of the model executions with one batch size."""

    batch_size: int = _rt.field(1, "uint64")
    """The batch size these statistics are for."""

    compute_input: StatisticDuration | None = _rt.field(2, "message")
    """Time spent preparing input tensors for batches of this size."""

    compute_infer: StatisticDuration | None = _rt.field(3, "message")
    """Time the model spent computing batches of this size."""

    compute_output: StatisticDuration | None = _rt.field(4, "message")
    """Time spent extracting output tensors of batches of this size."""

    def __init__(
        self,
        batch_size: int = _rt.FACTORY,
        compute_input: StatisticDuration | None = _rt.FACTORY,
        compute_infer: StatisticDuration | None = _rt.FACTORY,
        compute_output: StatisticDuration | None = _rt.FACTORY,
    ) -> None:
        self.batch_size = 0 if batch_size is _rt.FACTORY else batch_size
        self.compute_input = None if compute_input is _rt.FACTORY else compute_input
        self.compute_infer = None if compute_infer is _rt.FACTORY else compute_infer
        self.compute_output = None if compute_output is _rt.FACTORY else compute_output
        self.__post_init__()

    PROTO_NAME = "inference.InferBatchStatistics"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode_compact(_encode_InferBatchStatistics, self, "inference.InferBatchStatistics")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> InferBatchStatistics:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_InferBatchStatistics, data, packed_as_numpy, "inference.InferBatchStatistics")


@dataclass(init=False, eq=False, repr=False)
class MemoryUsage(_rt.Message):
    """Memory one model holds on one device."""

    type: str = _rt.field(1, "string")
    """Kind of memory, such as CPU, CPU_PINNED or GPU."""

    id: int = _rt.field(2, "int64")
    """Identifier of the device."""

    byte_size: int = _rt.field(3, "uint64")
    """Bytes in use."""

    def __init__(
        self,
        type: str = _rt.FACTORY,
        id: int = _rt.FACTORY,
        byte_size: int = _rt.FACTORY,
    ) -> None:
        self.type = "" if type is _rt.FACTORY else type
        self.id = 0 if id is _rt.FACTORY else id
        self.byte_size = 0 if byte_size is _rt.FACTORY else byte_size
        self.__post_init__()

    PROTO_NAME = "inference.MemoryUsage"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode_compact(_encode_MemoryUsage, self, "inference.MemoryUsage")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> MemoryUsage:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_MemoryUsage, data, packed_as_numpy, "inference.MemoryUsage")


@dataclass(init=False, eq=False, repr=False)
class ModelStatistics(_rt.Message):
    """Statistics of one version of one model."""

    name: str = _rt.field(1, "string")
    """Name of the model."""

    version: str = _rt.field(2, "string")
    """Version of the model."""

    last_inference: int = _rt.field(3, "uint64")
    """When the model last ran, in milliseconds since the Unix epoch; 0 if never."""

    inference_count: int = _rt.field(4, "uint64")
    """Number of inferences run (a batch of N counts N)."""

    execution_count: int = _rt.field(5, "uint64")
    """Number of model executions (a batch counts once)."""

    inference_stats: InferStatistics | None = _rt.field(6, "message")
    """Statistics of the requests."""

    batch_stats: list[InferBatchStatistics] = _rt.field(7, "message", repeated=True)
    """Statistics by batch size."""

    memory_usage: list[MemoryUsage] = _rt.field(8, "message", repeated=True)
    """Memory the model holds, by device."""

    response_stats: dict[str, InferResponseStatistics] = _rt.field(9, "map", map_types=("string", "message"))
    """Statistics of the responses of a decoupled model, keyed by the response
    index within its request."""

    def __init__(
        self,
        name: str = _rt.FACTORY,
        version: str = _rt.FACTORY,
        last_inference: int = _rt.FACTORY,
        inference_count: int = _rt.FACTORY,
        execution_count: int = _rt.FACTORY,
        inference_stats: InferStatistics | None = _rt.FACTORY,
        batch_stats: list[InferBatchStatistics] = _rt.FACTORY,
        memory_usage: list[MemoryUsage] = _rt.FACTORY,
        response_stats: dict[str, InferResponseStatistics] = _rt.FACTORY,
    ) -> None:
        self.name = "" if name is _rt.FACTORY else name
        self.version = "" if version is _rt.FACTORY else version
        self.last_inference = 0 if last_inference is _rt.FACTORY else last_inference
        self.inference_count = 0 if inference_count is _rt.FACTORY else inference_count
        self.execution_count = 0 if execution_count is _rt.FACTORY else execution_count
        self.inference_stats = None if inference_stats is _rt.FACTORY else inference_stats
        self.batch_stats = [] if batch_stats is _rt.FACTORY else batch_stats
        self.memory_usage = [] if memory_usage is _rt.FACTORY else memory_usage
        self.response_stats = {} if response_stats is _rt.FACTORY else response_stats
        self.__post_init__()

    PROTO_NAME = "inference.ModelStatistics"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode_compact(_encode_ModelStatistics, self, "inference.ModelStatistics")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> ModelStatistics:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_ModelStatistics, data, packed_as_numpy, "inference.ModelStatistics")


@dataclass(init=False, eq=False, repr=False)
class ModelStatisticsResponse(_rt.Message):
    """Inference statistics of the models asked for."""

    model_stats: list[ModelStatistics] = _rt.field(1, "message", repeated=True)
    """One entry per model version."""

    def __init__(
        self,
        model_stats: list[ModelStatistics] = _rt.FACTORY,
    ) -> None:
        self.model_stats = [] if model_stats is _rt.FACTORY else model_stats
        self.__post_init__()

    PROTO_NAME = "inference.ModelStatisticsResponse"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode_compact(_encode_ModelStatisticsResponse, self, "inference.ModelStatisticsResponse")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> ModelStatisticsResponse:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_ModelStatisticsResponse, data, packed_as_numpy, "inference.ModelStatisticsResponse")

# Setting a member of a oneof of ModelRepositoryParameter clears the group's other members, as protobuf does.
_ONEOF_OTHERS_ModelRepositoryParameter = {
    "bool_param": ("int64_param", "string_param", "bytes_param"),
    "int64_param": ("bool_param", "string_param", "bytes_param"),
    "string_param": ("bool_param", "int64_param", "bytes_param"),
    "bytes_param": ("bool_param", "int64_param", "string_param"),
}
_ONEOF_GROUPS_ModelRepositoryParameter = {
    "parameter_choice": ("bool_param", "int64_param", "string_param", "bytes_param"),
}


@dataclass(init=False, eq=False, repr=False)
class ModelRepositoryParameter(_rt.Message):
    """The value of a model-repository parameter of a load or unload request."""

    bool_param: bool | None = _rt.field(1, "bool", optional=True, group="parameter_choice")
    """A boolean value."""

    int64_param: int | None = _rt.field(2, "int64", optional=True, group="parameter_choice")
    """A signed 64-bit integer value."""

    string_param: str | None = _rt.field(3, "string", optional=True, group="parameter_choice")
    """A string value, such as a model configuration in JSON under `config`."""

    bytes_param: bytes | None = _rt.field(4, "bytes", optional=True, group="parameter_choice")
    """A bytes value, such as the content of a model file under
    `file:<path>`."""

    def __init__(
        self,
        bool_param: bool | None = _rt.FACTORY,
        int64_param: int | None = _rt.FACTORY,
        string_param: str | None = _rt.FACTORY,
        bytes_param: bytes | None = _rt.FACTORY,
    ) -> None:
        if (bool_param is not _rt.FACTORY) + (int64_param is not _rt.FACTORY) + (string_param is not _rt.FACTORY) + (bytes_param is not _rt.FACTORY) > 1:
            _rt.check_oneof("inference.ModelRepositoryParameter", "parameter_choice", ['bool_param', 'int64_param', 'string_param', 'bytes_param'], locals())
        # Past the oneof-clearing __setattr__ (checked above already): constructing stays as cheap as without oneofs.
        self.__dict__["bool_param"] = None if bool_param is _rt.FACTORY else bool_param
        self.__dict__["int64_param"] = None if int64_param is _rt.FACTORY else int64_param
        self.__dict__["string_param"] = None if string_param is _rt.FACTORY else string_param
        self.__dict__["bytes_param"] = None if bytes_param is _rt.FACTORY else bytes_param
        self.__post_init__()

    PROTO_NAME = "inference.ModelRepositoryParameter"  # not annotated: a class attribute, not a dataclass field
    _oneof_groups = _ONEOF_GROUPS_ModelRepositoryParameter

    def __setattr__(self, name: str, value: _Any) -> None:
        if value is not None:
            others = _ONEOF_OTHERS_ModelRepositoryParameter.get(name)
            if others is not None:
                fields = self.__dict__
                for other in others:
                    fields[other] = None
        object.__setattr__(self, name, value)

    def __bytes__(self) -> bytes:
        return _rt.encode(_encode_ModelRepositoryParameter, self, "inference.ModelRepositoryParameter")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> ModelRepositoryParameter:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_ModelRepositoryParameter, data, packed_as_numpy, "inference.ModelRepositoryParameter")


@dataclass(init=False, eq=False, repr=False)
class RepositoryIndexRequest(_rt.Message):
    """Asks for the index of the model repositories."""

    repository_name: str = _rt.field(1, "string")
    """Name of the repository; empty lists every repository."""

    ready: bool = _rt.field(2, "bool")
    """True lists only the models that are ready to run inference."""

    def __init__(
        self,
        repository_name: str = _rt.FACTORY,
        ready: bool = _rt.FACTORY,
    ) -> None:
        self.repository_name = "" if repository_name is _rt.FACTORY else repository_name
        self.ready = False if ready is _rt.FACTORY else ready
        self.__post_init__()

    PROTO_NAME = "inference.RepositoryIndexRequest"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode_compact(_encode_RepositoryIndexRequest, self, "inference.RepositoryIndexRequest")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> RepositoryIndexRequest:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_RepositoryIndexRequest, data, packed_as_numpy, "inference.RepositoryIndexRequest")


@dataclass(init=False, eq=False, repr=False)
class RepositoryIndexResponse(_rt.Message):
    """The models of the repositories."""

    models: list[RepositoryIndexResponseModelIndex] = _rt.field(1, "message", repeated=True)
    """The models found."""

    def __init__(
        self,
        models: list[RepositoryIndexResponseModelIndex] = _rt.FACTORY,
    ) -> None:
        self.models = [] if models is _rt.FACTORY else models
        self.__post_init__()

    PROTO_NAME = "inference.RepositoryIndexResponse"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode_compact(_encode_RepositoryIndexResponse, self, "inference.RepositoryIndexResponse")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> RepositoryIndexResponse:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_RepositoryIndexResponse, data, packed_as_numpy, "inference.RepositoryIndexResponse")


@dataclass(init=False, eq=False, repr=False)
class RepositoryIndexResponseModelIndex(_rt.Message):
    """One model version and its state."""

    name: str = _rt.field(1, "string")
    """Name of the model."""

    version: str = _rt.field(2, "string")
    """Version of the model."""

    state: str = _rt.field(3, "string")
    """State of the model, such as READY or UNAVAILABLE."""

    reason: str = _rt.field(4, "string")
    """Why the model is in that state, when the server says."""

    def __init__(
        self,
        name: str = _rt.FACTORY,
        version: str = _rt.FACTORY,
        state: str = _rt.FACTORY,
        reason: str = _rt.FACTORY,
    ) -> None:
        self.name = "" if name is _rt.FACTORY else name
        self.version = "" if version is _rt.FACTORY else version
        self.state = "" if state is _rt.FACTORY else state
        self.reason = "" if reason is _rt.FACTORY else reason
        self.__post_init__()

    PROTO_NAME = "inference.RepositoryIndexResponse.ModelIndex"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode_compact(_encode_RepositoryIndexResponseModelIndex, self, "inference.RepositoryIndexResponse.ModelIndex")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> RepositoryIndexResponseModelIndex:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_RepositoryIndexResponseModelIndex, data, packed_as_numpy, "inference.RepositoryIndexResponse.ModelIndex")


@dataclass(init=False, eq=False, repr=False)
class RepositoryModelLoadRequest(_rt.Message):
    """Asks the server to load (or reload) a model."""

    repository_name: str = _rt.field(1, "string")
    """Name of the repository holding the model; empty searches all."""

    model_name: str = _rt.field(2, "string")
    """Name of the model to load."""

    parameters: dict[str, ModelRepositoryParameter] = _rt.field(3, "map", map_types=("string", "message"))
    """Optional parameters of the load, such as `config` (a JSON configuration
    to use instead of the repository's) and `file:<path>` (model files)."""

    def __init__(
        self,
        repository_name: str = _rt.FACTORY,
        model_name: str = _rt.FACTORY,
        parameters: dict[str, ModelRepositoryParameter] = _rt.FACTORY,
    ) -> None:
        self.repository_name = "" if repository_name is _rt.FACTORY else repository_name
        self.model_name = "" if model_name is _rt.FACTORY else model_name
        self.parameters = {} if parameters is _rt.FACTORY else parameters
        self.__post_init__()

    PROTO_NAME = "inference.RepositoryModelLoadRequest"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode(_encode_RepositoryModelLoadRequest, self, "inference.RepositoryModelLoadRequest")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> RepositoryModelLoadRequest:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_RepositoryModelLoadRequest, data, packed_as_numpy, "inference.RepositoryModelLoadRequest")


@dataclass(init=False, eq=False, repr=False)
class RepositoryModelLoadResponse(_rt.Message):
    """Sent when a load succeeded."""

    def __init__(self) -> None:
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

    repository_name: str = _rt.field(1, "string")
    """Name of the repository holding the model; empty searches all."""

    model_name: str = _rt.field(2, "string")
    """Name of the model to unload."""

    parameters: dict[str, ModelRepositoryParameter] = _rt.field(3, "map", map_types=("string", "message"))
    """Optional parameters of the unload, such as `unload_dependents`."""

    def __init__(
        self,
        repository_name: str = _rt.FACTORY,
        model_name: str = _rt.FACTORY,
        parameters: dict[str, ModelRepositoryParameter] = _rt.FACTORY,
    ) -> None:
        self.repository_name = "" if repository_name is _rt.FACTORY else repository_name
        self.model_name = "" if model_name is _rt.FACTORY else model_name
        self.parameters = {} if parameters is _rt.FACTORY else parameters
        self.__post_init__()

    PROTO_NAME = "inference.RepositoryModelUnloadRequest"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode(_encode_RepositoryModelUnloadRequest, self, "inference.RepositoryModelUnloadRequest")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> RepositoryModelUnloadRequest:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_RepositoryModelUnloadRequest, data, packed_as_numpy, "inference.RepositoryModelUnloadRequest")


@dataclass(init=False, eq=False, repr=False)
class RepositoryModelUnloadResponse(_rt.Message):
    """Sent when an unload succeeded."""

    def __init__(self) -> None:
        self.__post_init__()

    PROTO_NAME = "inference.RepositoryModelUnloadResponse"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode_compact(_encode_RepositoryModelUnloadResponse, self, "inference.RepositoryModelUnloadResponse")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> RepositoryModelUnloadResponse:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_RepositoryModelUnloadResponse, data, packed_as_numpy, "inference.RepositoryModelUnloadResponse")


@dataclass(init=False, eq=False, repr=False)
class SystemSharedMemoryStatusRequest(_rt.Message):
    """Asks for the status of system shared-memory regions."""

    name: str = _rt.field(1, "string")
    """Name of the region; empty asks for every registered region."""

    def __init__(
        self,
        name: str = _rt.FACTORY,
    ) -> None:
        self.name = "" if name is _rt.FACTORY else name
        self.__post_init__()

    PROTO_NAME = "inference.SystemSharedMemoryStatusRequest"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode_compact(_encode_SystemSharedMemoryStatusRequest, self, "inference.SystemSharedMemoryStatusRequest")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> SystemSharedMemoryStatusRequest:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_SystemSharedMemoryStatusRequest, data, packed_as_numpy, "inference.SystemSharedMemoryStatusRequest")


@dataclass(init=False, eq=False, repr=False)
class SystemSharedMemoryStatusResponse(_rt.Message):
    """The status of registered system shared-memory regions."""

    regions: dict[str, SystemSharedMemoryStatusResponseRegionStatus] = _rt.field(1, "map", map_types=("string", "message"))
    """The regions, by name."""

    def __init__(
        self,
        regions: dict[str, SystemSharedMemoryStatusResponseRegionStatus] = _rt.FACTORY,
    ) -> None:
        self.regions = {} if regions is _rt.FACTORY else regions
        self.__post_init__()

    PROTO_NAME = "inference.SystemSharedMemoryStatusResponse"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode_compact(_encode_SystemSharedMemoryStatusResponse, self, "inference.SystemSharedMemoryStatusResponse")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> SystemSharedMemoryStatusResponse:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_SystemSharedMemoryStatusResponse, data, packed_as_numpy, "inference.SystemSharedMemoryStatusResponse")


@dataclass(init=False, eq=False, repr=False)
class SystemSharedMemoryStatusResponseRegionStatus(_rt.Message):
    """One registered region."""

    name: str = _rt.field(1, "string")
    """Name the region was registered under."""

    key: str = _rt.field(2, "string")
    """Key of the shared-memory object, as given to shm_open."""

    offset: int = _rt.field(3, "uint64")
    """Offset of the region from the start of the object, in bytes."""

    byte_size: int = _rt.field(4, "uint64")
    """Size of the region in bytes."""

    def __init__(
        self,
        name: str = _rt.FACTORY,
        key: str = _rt.FACTORY,
        offset: int = _rt.FACTORY,
        byte_size: int = _rt.FACTORY,
    ) -> None:
        self.name = "" if name is _rt.FACTORY else name
        self.key = "" if key is _rt.FACTORY else key
        self.offset = 0 if offset is _rt.FACTORY else offset
        self.byte_size = 0 if byte_size is _rt.FACTORY else byte_size
        self.__post_init__()

    PROTO_NAME = "inference.SystemSharedMemoryStatusResponse.RegionStatus"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode_compact(_encode_SystemSharedMemoryStatusResponseRegionStatus, self, "inference.SystemSharedMemoryStatusResponse.RegionStatus")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> SystemSharedMemoryStatusResponseRegionStatus:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_SystemSharedMemoryStatusResponseRegionStatus, data, packed_as_numpy, "inference.SystemSharedMemoryStatusResponse.RegionStatus")


@dataclass(init=False, eq=False, repr=False)
class SystemSharedMemoryRegisterRequest(_rt.Message):
    """Asks the server to register a system shared-memory region."""

    name: str = _rt.field(1, "string")
    """Name to register the region under."""

    key: str = _rt.field(2, "string")
    """Key of the shared-memory object, as given to shm_open."""

    offset: int = _rt.field(3, "uint64")
    """Offset of the region from the start of the object, in bytes."""

    byte_size: int = _rt.field(4, "uint64")
    """Size of the region in bytes."""

    def __init__(
        self,
        name: str = _rt.FACTORY,
        key: str = _rt.FACTORY,
        offset: int = _rt.FACTORY,
        byte_size: int = _rt.FACTORY,
    ) -> None:
        self.name = "" if name is _rt.FACTORY else name
        self.key = "" if key is _rt.FACTORY else key
        self.offset = 0 if offset is _rt.FACTORY else offset
        self.byte_size = 0 if byte_size is _rt.FACTORY else byte_size
        self.__post_init__()

    PROTO_NAME = "inference.SystemSharedMemoryRegisterRequest"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode_compact(_encode_SystemSharedMemoryRegisterRequest, self, "inference.SystemSharedMemoryRegisterRequest")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> SystemSharedMemoryRegisterRequest:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_SystemSharedMemoryRegisterRequest, data, packed_as_numpy, "inference.SystemSharedMemoryRegisterRequest")


@dataclass(init=False, eq=False, repr=False)
class SystemSharedMemoryRegisterResponse(_rt.Message):
    """Sent when a registration succeeded."""

    def __init__(self) -> None:
        self.__post_init__()

    PROTO_NAME = "inference.SystemSharedMemoryRegisterResponse"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode_compact(_encode_SystemSharedMemoryRegisterResponse, self, "inference.SystemSharedMemoryRegisterResponse")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> SystemSharedMemoryRegisterResponse:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_SystemSharedMemoryRegisterResponse, data, packed_as_numpy, "inference.SystemSharedMemoryRegisterResponse")


@dataclass(init=False, eq=False, repr=False)
class SystemSharedMemoryUnregisterRequest(_rt.Message):
    """Asks the server to unregister system shared-memory regions."""

    name: str = _rt.field(1, "string")
    """Name of the region; empty unregisters every region."""

    def __init__(
        self,
        name: str = _rt.FACTORY,
    ) -> None:
        self.name = "" if name is _rt.FACTORY else name
        self.__post_init__()

    PROTO_NAME = "inference.SystemSharedMemoryUnregisterRequest"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode_compact(_encode_SystemSharedMemoryUnregisterRequest, self, "inference.SystemSharedMemoryUnregisterRequest")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> SystemSharedMemoryUnregisterRequest:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_SystemSharedMemoryUnregisterRequest, data, packed_as_numpy, "inference.SystemSharedMemoryUnregisterRequest")


@dataclass(init=False, eq=False, repr=False)
class SystemSharedMemoryUnregisterResponse(_rt.Message):
    """Sent when an unregistration succeeded."""

    def __init__(self) -> None:
        self.__post_init__()

    PROTO_NAME = "inference.SystemSharedMemoryUnregisterResponse"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode_compact(_encode_SystemSharedMemoryUnregisterResponse, self, "inference.SystemSharedMemoryUnregisterResponse")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> SystemSharedMemoryUnregisterResponse:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_SystemSharedMemoryUnregisterResponse, data, packed_as_numpy, "inference.SystemSharedMemoryUnregisterResponse")


@dataclass(init=False, eq=False, repr=False)
class CudaSharedMemoryStatusRequest(_rt.Message):
    """Asks for the status of CUDA shared-memory regions."""

    name: str = _rt.field(1, "string")
    """Name of the region; empty asks for every registered region."""

    def __init__(
        self,
        name: str = _rt.FACTORY,
    ) -> None:
        self.name = "" if name is _rt.FACTORY else name
        self.__post_init__()

    PROTO_NAME = "inference.CudaSharedMemoryStatusRequest"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode_compact(_encode_CudaSharedMemoryStatusRequest, self, "inference.CudaSharedMemoryStatusRequest")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> CudaSharedMemoryStatusRequest:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_CudaSharedMemoryStatusRequest, data, packed_as_numpy, "inference.CudaSharedMemoryStatusRequest")


@dataclass(init=False, eq=False, repr=False)
class CudaSharedMemoryStatusResponse(_rt.Message):
    """The status of registered CUDA shared-memory regions."""

    regions: dict[str, CudaSharedMemoryStatusResponseRegionStatus] = _rt.field(1, "map", map_types=("string", "message"))
    """The regions, by name."""

    def __init__(
        self,
        regions: dict[str, CudaSharedMemoryStatusResponseRegionStatus] = _rt.FACTORY,
    ) -> None:
        self.regions = {} if regions is _rt.FACTORY else regions
        self.__post_init__()

    PROTO_NAME = "inference.CudaSharedMemoryStatusResponse"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode_compact(_encode_CudaSharedMemoryStatusResponse, self, "inference.CudaSharedMemoryStatusResponse")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> CudaSharedMemoryStatusResponse:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_CudaSharedMemoryStatusResponse, data, packed_as_numpy, "inference.CudaSharedMemoryStatusResponse")


@dataclass(init=False, eq=False, repr=False)
class CudaSharedMemoryStatusResponseRegionStatus(_rt.Message):
    """One registered region."""

    name: str = _rt.field(1, "string")
    """Name the region was registered under."""

    device_id: int = _rt.field(2, "uint64")
    """The GPU that holds the region."""

    byte_size: int = _rt.field(3, "uint64")
    """Size of the region in bytes."""

    def __init__(
        self,
        name: str = _rt.FACTORY,
        device_id: int = _rt.FACTORY,
        byte_size: int = _rt.FACTORY,
    ) -> None:
        self.name = "" if name is _rt.FACTORY else name
        self.device_id = 0 if device_id is _rt.FACTORY else device_id
        self.byte_size = 0 if byte_size is _rt.FACTORY else byte_size
        self.__post_init__()

    PROTO_NAME = "inference.CudaSharedMemoryStatusResponse.RegionStatus"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode_compact(_encode_CudaSharedMemoryStatusResponseRegionStatus, self, "inference.CudaSharedMemoryStatusResponse.RegionStatus")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> CudaSharedMemoryStatusResponseRegionStatus:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_CudaSharedMemoryStatusResponseRegionStatus, data, packed_as_numpy, "inference.CudaSharedMemoryStatusResponse.RegionStatus")


@dataclass(init=False, eq=False, repr=False)
class CudaSharedMemoryRegisterRequest(_rt.Message):
    """Asks the server to register a CUDA shared-memory region."""

    name: str = _rt.field(1, "string")
    """Name to register the region under."""

    raw_handle: bytes = _rt.field(2, "bytes")
    """The region's CUDA IPC memory handle (cudaIpcMemHandle_t), as raw bytes."""

    device_id: int = _rt.field(3, "int64")
    """The GPU that holds the region."""

    byte_size: int = _rt.field(4, "uint64")
    """Size of the region in bytes."""

    def __init__(
        self,
        name: str = _rt.FACTORY,
        raw_handle: bytes = _rt.FACTORY,
        device_id: int = _rt.FACTORY,
        byte_size: int = _rt.FACTORY,
    ) -> None:
        self.name = "" if name is _rt.FACTORY else name
        self.raw_handle = b"" if raw_handle is _rt.FACTORY else raw_handle
        self.device_id = 0 if device_id is _rt.FACTORY else device_id
        self.byte_size = 0 if byte_size is _rt.FACTORY else byte_size
        self.__post_init__()

    PROTO_NAME = "inference.CudaSharedMemoryRegisterRequest"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode(_encode_CudaSharedMemoryRegisterRequest, self, "inference.CudaSharedMemoryRegisterRequest")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> CudaSharedMemoryRegisterRequest:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_CudaSharedMemoryRegisterRequest, data, packed_as_numpy, "inference.CudaSharedMemoryRegisterRequest")


@dataclass(init=False, eq=False, repr=False)
class CudaSharedMemoryRegisterResponse(_rt.Message):
    """Sent when a registration succeeded."""

    def __init__(self) -> None:
        self.__post_init__()

    PROTO_NAME = "inference.CudaSharedMemoryRegisterResponse"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode_compact(_encode_CudaSharedMemoryRegisterResponse, self, "inference.CudaSharedMemoryRegisterResponse")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> CudaSharedMemoryRegisterResponse:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_CudaSharedMemoryRegisterResponse, data, packed_as_numpy, "inference.CudaSharedMemoryRegisterResponse")


@dataclass(init=False, eq=False, repr=False)
class CudaSharedMemoryUnregisterRequest(_rt.Message):
    """Asks the server to unregister CUDA shared-memory regions."""

    name: str = _rt.field(1, "string")
    """Name of the region; empty unregisters every region."""

    def __init__(
        self,
        name: str = _rt.FACTORY,
    ) -> None:
        self.name = "" if name is _rt.FACTORY else name
        self.__post_init__()

    PROTO_NAME = "inference.CudaSharedMemoryUnregisterRequest"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode_compact(_encode_CudaSharedMemoryUnregisterRequest, self, "inference.CudaSharedMemoryUnregisterRequest")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> CudaSharedMemoryUnregisterRequest:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_CudaSharedMemoryUnregisterRequest, data, packed_as_numpy, "inference.CudaSharedMemoryUnregisterRequest")


@dataclass(init=False, eq=False, repr=False)
class CudaSharedMemoryUnregisterResponse(_rt.Message):
    """Sent when an unregistration succeeded."""

    def __init__(self) -> None:
        self.__post_init__()

    PROTO_NAME = "inference.CudaSharedMemoryUnregisterResponse"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode_compact(_encode_CudaSharedMemoryUnregisterResponse, self, "inference.CudaSharedMemoryUnregisterResponse")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> CudaSharedMemoryUnregisterResponse:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_CudaSharedMemoryUnregisterResponse, data, packed_as_numpy, "inference.CudaSharedMemoryUnregisterResponse")


@dataclass(init=False, eq=False, repr=False)
class TraceSettingRequest(_rt.Message):
    """Reads or changes trace settings."""

    settings: dict[str, TraceSettingRequestSettingValue] = _rt.field(1, "map", map_types=("string", "message"))
    """The settings to change; empty only reads them."""

    model_name: str = _rt.field(2, "string")
    """Model whose settings to read or change; empty for the server-wide ones."""

    def __init__(
        self,
        settings: dict[str, TraceSettingRequestSettingValue] = _rt.FACTORY,
        model_name: str = _rt.FACTORY,
    ) -> None:
        self.settings = {} if settings is _rt.FACTORY else settings
        self.model_name = "" if model_name is _rt.FACTORY else model_name
        self.__post_init__()

    PROTO_NAME = "inference.TraceSettingRequest"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode_compact(_encode_TraceSettingRequest, self, "inference.TraceSettingRequest")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> TraceSettingRequest:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_TraceSettingRequest, data, packed_as_numpy, "inference.TraceSettingRequest")


@dataclass(init=False, eq=False, repr=False)
class TraceSettingRequestSettingValue(_rt.Message):
    """The value of one setting."""

    value: list[str] = _rt.field(1, "string", repeated=True)
    """The setting's values; empty resets the setting (to the server-wide
    value for a model, to the default server-wide)."""

    def __init__(
        self,
        value: list[str] = _rt.FACTORY,
    ) -> None:
        self.value = [] if value is _rt.FACTORY else value
        self.__post_init__()

    PROTO_NAME = "inference.TraceSettingRequest.SettingValue"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode_compact(_encode_TraceSettingRequestSettingValue, self, "inference.TraceSettingRequest.SettingValue")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> TraceSettingRequestSettingValue:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_TraceSettingRequestSettingValue, data, packed_as_numpy, "inference.TraceSettingRequest.SettingValue")


@dataclass(init=False, eq=False, repr=False)
class TraceSettingResponse(_rt.Message):
    """The trace settings in effect after a request."""

    settings: dict[str, TraceSettingResponseSettingValue] = _rt.field(1, "map", map_types=("string", "message"))
    """Every trace setting, by name."""

    def __init__(
        self,
        settings: dict[str, TraceSettingResponseSettingValue] = _rt.FACTORY,
    ) -> None:
        self.settings = {} if settings is _rt.FACTORY else settings
        self.__post_init__()

    PROTO_NAME = "inference.TraceSettingResponse"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode_compact(_encode_TraceSettingResponse, self, "inference.TraceSettingResponse")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> TraceSettingResponse:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_TraceSettingResponse, data, packed_as_numpy, "inference.TraceSettingResponse")


@dataclass(init=False, eq=False, repr=False)
class TraceSettingResponseSettingValue(_rt.Message):
    """The value of one setting."""

    value: list[str] = _rt.field(1, "string", repeated=True)
    """The setting's values."""

    def __init__(
        self,
        value: list[str] = _rt.FACTORY,
    ) -> None:
        self.value = [] if value is _rt.FACTORY else value
        self.__post_init__()

    PROTO_NAME = "inference.TraceSettingResponse.SettingValue"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode_compact(_encode_TraceSettingResponseSettingValue, self, "inference.TraceSettingResponse.SettingValue")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> TraceSettingResponseSettingValue:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_TraceSettingResponseSettingValue, data, packed_as_numpy, "inference.TraceSettingResponse.SettingValue")


@dataclass(init=False, eq=False, repr=False)
class LogSettingsRequest(_rt.Message):
    """Reads or changes log settings."""

    settings: dict[str, LogSettingsRequestSettingValue] = _rt.field(1, "map", map_types=("string", "message"))
    """The settings to change; empty only reads them."""

    def __init__(
        self,
        settings: dict[str, LogSettingsRequestSettingValue] = _rt.FACTORY,
    ) -> None:
        self.settings = {} if settings is _rt.FACTORY else settings
        self.__post_init__()

    PROTO_NAME = "inference.LogSettingsRequest"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode_compact(_encode_LogSettingsRequest, self, "inference.LogSettingsRequest")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> LogSettingsRequest:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_LogSettingsRequest, data, packed_as_numpy, "inference.LogSettingsRequest")

# Setting a member of a oneof of LogSettingsRequestSettingValue clears the group's other members, as protobuf does.
_ONEOF_OTHERS_LogSettingsRequestSettingValue = {
    "bool_param": ("uint32_param", "string_param"),
    "uint32_param": ("bool_param", "string_param"),
    "string_param": ("bool_param", "uint32_param"),
}
_ONEOF_GROUPS_LogSettingsRequestSettingValue = {
    "parameter_choice": ("bool_param", "uint32_param", "string_param"),
}


@dataclass(init=False, eq=False, repr=False)
class LogSettingsRequestSettingValue(_rt.Message):
    """The value of one setting."""

    bool_param: bool | None = _rt.field(1, "bool", optional=True, group="parameter_choice")
    """A boolean value, such as for log_info."""

    uint32_param: int | None = _rt.field(2, "uint32", optional=True, group="parameter_choice")
    """An unsigned 32-bit integer value, such as for log_verbose_level."""

    string_param: str | None = _rt.field(3, "string", optional=True, group="parameter_choice")
    """A string value, such as for log_format or log_file."""

    def __init__(
        self,
        bool_param: bool | None = _rt.FACTORY,
        uint32_param: int | None = _rt.FACTORY,
        string_param: str | None = _rt.FACTORY,
    ) -> None:
        if (bool_param is not _rt.FACTORY) + (uint32_param is not _rt.FACTORY) + (string_param is not _rt.FACTORY) > 1:
            _rt.check_oneof("inference.LogSettingsRequest.SettingValue", "parameter_choice", ['bool_param', 'uint32_param', 'string_param'], locals())
        # Past the oneof-clearing __setattr__ (checked above already): constructing stays as cheap as without oneofs.
        self.__dict__["bool_param"] = None if bool_param is _rt.FACTORY else bool_param
        self.__dict__["uint32_param"] = None if uint32_param is _rt.FACTORY else uint32_param
        self.__dict__["string_param"] = None if string_param is _rt.FACTORY else string_param
        self.__post_init__()

    PROTO_NAME = "inference.LogSettingsRequest.SettingValue"  # not annotated: a class attribute, not a dataclass field
    _oneof_groups = _ONEOF_GROUPS_LogSettingsRequestSettingValue

    def __setattr__(self, name: str, value: _Any) -> None:
        if value is not None:
            others = _ONEOF_OTHERS_LogSettingsRequestSettingValue.get(name)
            if others is not None:
                fields = self.__dict__
                for other in others:
                    fields[other] = None
        object.__setattr__(self, name, value)

    def __bytes__(self) -> bytes:
        return _rt.encode_compact(_encode_LogSettingsRequestSettingValue, self, "inference.LogSettingsRequest.SettingValue")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> LogSettingsRequestSettingValue:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_LogSettingsRequestSettingValue, data, packed_as_numpy, "inference.LogSettingsRequest.SettingValue")


@dataclass(init=False, eq=False, repr=False)
class LogSettingsResponse(_rt.Message):
    """The log settings in effect after a request."""

    settings: dict[str, LogSettingsResponseSettingValue] = _rt.field(1, "map", map_types=("string", "message"))
    """Every log setting, by name."""

    def __init__(
        self,
        settings: dict[str, LogSettingsResponseSettingValue] = _rt.FACTORY,
    ) -> None:
        self.settings = {} if settings is _rt.FACTORY else settings
        self.__post_init__()

    PROTO_NAME = "inference.LogSettingsResponse"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode_compact(_encode_LogSettingsResponse, self, "inference.LogSettingsResponse")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> LogSettingsResponse:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_LogSettingsResponse, data, packed_as_numpy, "inference.LogSettingsResponse")

# Setting a member of a oneof of LogSettingsResponseSettingValue clears the group's other members, as protobuf does.
_ONEOF_OTHERS_LogSettingsResponseSettingValue = {
    "bool_param": ("uint32_param", "string_param"),
    "uint32_param": ("bool_param", "string_param"),
    "string_param": ("bool_param", "uint32_param"),
}
_ONEOF_GROUPS_LogSettingsResponseSettingValue = {
    "parameter_choice": ("bool_param", "uint32_param", "string_param"),
}


@dataclass(init=False, eq=False, repr=False)
class LogSettingsResponseSettingValue(_rt.Message):
    """The value of one setting."""

    bool_param: bool | None = _rt.field(1, "bool", optional=True, group="parameter_choice")
    """A boolean value."""

    uint32_param: int | None = _rt.field(2, "uint32", optional=True, group="parameter_choice")
    """An unsigned 32-bit integer value."""

    string_param: str | None = _rt.field(3, "string", optional=True, group="parameter_choice")
    """A string value."""

    def __init__(
        self,
        bool_param: bool | None = _rt.FACTORY,
        uint32_param: int | None = _rt.FACTORY,
        string_param: str | None = _rt.FACTORY,
    ) -> None:
        if (bool_param is not _rt.FACTORY) + (uint32_param is not _rt.FACTORY) + (string_param is not _rt.FACTORY) > 1:
            _rt.check_oneof("inference.LogSettingsResponse.SettingValue", "parameter_choice", ['bool_param', 'uint32_param', 'string_param'], locals())
        # Past the oneof-clearing __setattr__ (checked above already): constructing stays as cheap as without oneofs.
        self.__dict__["bool_param"] = None if bool_param is _rt.FACTORY else bool_param
        self.__dict__["uint32_param"] = None if uint32_param is _rt.FACTORY else uint32_param
        self.__dict__["string_param"] = None if string_param is _rt.FACTORY else string_param
        self.__post_init__()

    PROTO_NAME = "inference.LogSettingsResponse.SettingValue"  # not annotated: a class attribute, not a dataclass field
    _oneof_groups = _ONEOF_GROUPS_LogSettingsResponseSettingValue

    def __setattr__(self, name: str, value: _Any) -> None:
        if value is not None:
            others = _ONEOF_OTHERS_LogSettingsResponseSettingValue.get(name)
            if others is not None:
                fields = self.__dict__
                for other in others:
                    fields[other] = None
        object.__setattr__(self, name, value)

    def __bytes__(self) -> bytes:
        return _rt.encode_compact(_encode_LogSettingsResponseSettingValue, self, "inference.LogSettingsResponse.SettingValue")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> LogSettingsResponseSettingValue:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_LogSettingsResponseSettingValue, data, packed_as_numpy, "inference.LogSettingsResponse.SettingValue")


@dataclass(init=False, eq=False, repr=False)
class ModelRateLimiter(_rt.Message):
    """What one model instance needs from the rate limiter before it may run."""

    resources: list[ModelRateLimiterResource] = _rt.field(1, "message", repeated=True)
    """The resources an execution needs."""

    priority: int = _rt.field(2, "uint32")
    """Weight among instances competing for the same resources; an instance
    with priority 2 gets half the turns of one with priority 1."""

    def __init__(
        self,
        resources: list[ModelRateLimiterResource] = _rt.FACTORY,
        priority: int = _rt.FACTORY,
    ) -> None:
        self.resources = [] if resources is _rt.FACTORY else resources
        self.priority = 0 if priority is _rt.FACTORY else priority
        self.__post_init__()

    PROTO_NAME = "inference.ModelRateLimiter"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode_compact(_encode_ModelRateLimiter, self, "inference.ModelRateLimiter")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> ModelRateLimiter:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_ModelRateLimiter, data, packed_as_numpy, "inference.ModelRateLimiter")


@dataclass(init=False, eq=False, repr=False)
class ModelRateLimiterResource(_rt.Message):
    """A resource an instance holds while it runs."""

    name: str = _rt.field(1, "string")
    """Name of the resource."""

    global_: bool = _rt.field(2, "bool")
    """True when the resource is shared by every device; false when each
    device has its own."""

    count: int = _rt.field(3, "uint32")
    """How many units of the resource an execution needs."""

    def __init__(
        self,
        name: str = _rt.FACTORY,
        global_: bool = _rt.FACTORY,
        count: int = _rt.FACTORY,
    ) -> None:
        self.name = "" if name is _rt.FACTORY else name
        self.global_ = False if global_ is _rt.FACTORY else global_
        self.count = 0 if count is _rt.FACTORY else count
        self.__post_init__()

    PROTO_NAME = "inference.ModelRateLimiter.Resource"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode_compact(_encode_ModelRateLimiterResource, self, "inference.ModelRateLimiter.Resource")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> ModelRateLimiterResource:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_ModelRateLimiterResource, data, packed_as_numpy, "inference.ModelRateLimiter.Resource")


@dataclass(init=False, eq=False, repr=False)
class ModelInstanceGroup(_rt.Message):
    """A group of identical model instances and where they run."""

    name: str = _rt.field(1, "string")
    """Name of the group; defaults to the model name and a number."""

    kind: ModelInstanceGroupKind = _rt.field(4, "enum", default_factory=lambda: ModelInstanceGroupKind(0))
    """Where the group's instances run."""

    count: int = _rt.field(2, "int32")
    """Number of instances (per listed GPU, for KIND_GPU)."""

    rate_limiter: ModelRateLimiter | None = _rt.field(6, "message")
    """What each instance needs from the rate limiter."""

    gpus: _rt.PackedInts = _rt.field(3, "int32", repeated=True)
    """GPUs to place instances on, for KIND_GPU."""

    secondary_devices: list[ModelInstanceGroupSecondaryDevice] = _rt.field(8, "message", repeated=True)
    """Secondary devices each instance uses."""

    profile: list[str] = _rt.field(5, "string", repeated=True)
    """Optimisation profiles (TensorRT) the instances use; empty uses the default."""

    passive: bool = _rt.field(7, "bool")
    """True creates the instances without scheduling requests to them."""

    host_policy: str = _rt.field(9, "string")
    """Host policy the instances run under; empty derives one from `kind`."""

    def __init__(
        self,
        name: str = _rt.FACTORY,
        kind: ModelInstanceGroupKind = _rt.FACTORY,
        count: int = _rt.FACTORY,
        rate_limiter: ModelRateLimiter | None = _rt.FACTORY,
        gpus: _rt.PackedInts = _rt.FACTORY,
        secondary_devices: list[ModelInstanceGroupSecondaryDevice] = _rt.FACTORY,
        profile: list[str] = _rt.FACTORY,
        passive: bool = _rt.FACTORY,
        host_policy: str = _rt.FACTORY,
    ) -> None:
        self.name = "" if name is _rt.FACTORY else name
        self.kind = ModelInstanceGroupKind(0) if kind is _rt.FACTORY else kind
        self.count = 0 if count is _rt.FACTORY else count
        self.rate_limiter = None if rate_limiter is _rt.FACTORY else rate_limiter
        self.gpus = [] if gpus is _rt.FACTORY else gpus
        self.secondary_devices = [] if secondary_devices is _rt.FACTORY else secondary_devices
        self.profile = [] if profile is _rt.FACTORY else profile
        self.passive = False if passive is _rt.FACTORY else passive
        self.host_policy = "" if host_policy is _rt.FACTORY else host_policy
        self.__post_init__()

    PROTO_NAME = "inference.ModelInstanceGroup"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode(_encode_ModelInstanceGroup, self, "inference.ModelInstanceGroup")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> ModelInstanceGroup:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_ModelInstanceGroup, data, packed_as_numpy, "inference.ModelInstanceGroup")


@dataclass(init=False, eq=False, repr=False)
class ModelInstanceGroupSecondaryDevice(_rt.Message):
    """A device besides the main one that each instance uses."""

    kind: ModelInstanceGroupSecondaryDeviceSecondaryDeviceKind = _rt.field(1, "enum", default_factory=lambda: ModelInstanceGroupSecondaryDeviceSecondaryDeviceKind(0))
    """Kind of the device."""

    device_id: int = _rt.field(2, "int64")
    """Identifier of the device."""

    def __init__(
        self,
        kind: ModelInstanceGroupSecondaryDeviceSecondaryDeviceKind = _rt.FACTORY,
        device_id: int = _rt.FACTORY,
    ) -> None:
        self.kind = ModelInstanceGroupSecondaryDeviceSecondaryDeviceKind(0) if kind is _rt.FACTORY else kind
        self.device_id = 0 if device_id is _rt.FACTORY else device_id
        self.__post_init__()

    PROTO_NAME = "inference.ModelInstanceGroup.SecondaryDevice"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode_compact(_encode_ModelInstanceGroupSecondaryDevice, self, "inference.ModelInstanceGroup.SecondaryDevice")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> ModelInstanceGroupSecondaryDevice:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_ModelInstanceGroupSecondaryDevice, data, packed_as_numpy, "inference.ModelInstanceGroup.SecondaryDevice")


@dataclass(init=False, eq=False, repr=False)
class ModelTensorReshape(_rt.Message):
    """A shape a tensor is reshaped to between the request and the model."""

    shape: _rt.PackedInts = _rt.field(1, "int64", repeated=True)
    """The shape; an empty list means a scalar."""

    def __init__(
        self,
        shape: _rt.PackedInts = _rt.FACTORY,
    ) -> None:
        self.shape = [] if shape is _rt.FACTORY else shape
        self.__post_init__()

    PROTO_NAME = "inference.ModelTensorReshape"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode(_encode_ModelTensorReshape, self, "inference.ModelTensorReshape")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> ModelTensorReshape:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_ModelTensorReshape, data, packed_as_numpy, "inference.ModelTensorReshape")


@dataclass(init=False, eq=False, repr=False)
class ModelInput(_rt.Message):
    """One input tensor of a model."""

    name: str = _rt.field(1, "string")
    """Name of the input."""

    data_type: DataType = _rt.field(2, "enum", default_factory=lambda: DataType(0))
    """Element type of the input."""

    format: ModelInputFormat = _rt.field(3, "enum", default_factory=lambda: ModelInputFormat(0))
    """Layout of the input."""

    dims: _rt.PackedInts = _rt.field(4, "int64", repeated=True)
    """Shape of the input without the batch dimension; -1 marks a variable
    dimension."""

    reshape: ModelTensorReshape | None = _rt.field(5, "message")
    """Shape the model receives, when it differs from `dims`."""

    is_shape_tensor: bool = _rt.field(6, "bool")
    """True when the input holds a shape for another tensor (TensorRT)."""

    allow_ragged_batch: bool = _rt.field(7, "bool")
    """True lets requests of different shapes batch together without padding."""

    optional: bool = _rt.field(8, "bool")
    """True when requests may leave the input out."""

    is_non_linear_format_io: bool = _rt.field(9, "bool")
    """True when the input uses a non-linear memory layout (TensorRT)."""

    def __init__(
        self,
        name: str = _rt.FACTORY,
        data_type: DataType = _rt.FACTORY,
        format: ModelInputFormat = _rt.FACTORY,
        dims: _rt.PackedInts = _rt.FACTORY,
        reshape: ModelTensorReshape | None = _rt.FACTORY,
        is_shape_tensor: bool = _rt.FACTORY,
        allow_ragged_batch: bool = _rt.FACTORY,
        optional: bool = _rt.FACTORY,
        is_non_linear_format_io: bool = _rt.FACTORY,
    ) -> None:
        self.name = "" if name is _rt.FACTORY else name
        self.data_type = DataType(0) if data_type is _rt.FACTORY else data_type
        self.format = ModelInputFormat(0) if format is _rt.FACTORY else format
        self.dims = [] if dims is _rt.FACTORY else dims
        self.reshape = None if reshape is _rt.FACTORY else reshape
        self.is_shape_tensor = False if is_shape_tensor is _rt.FACTORY else is_shape_tensor
        self.allow_ragged_batch = False if allow_ragged_batch is _rt.FACTORY else allow_ragged_batch
        self.optional = False if optional is _rt.FACTORY else optional
        self.is_non_linear_format_io = False if is_non_linear_format_io is _rt.FACTORY else is_non_linear_format_io
        self.__post_init__()

    PROTO_NAME = "inference.ModelInput"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode(_encode_ModelInput, self, "inference.ModelInput")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> ModelInput:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_ModelInput, data, packed_as_numpy, "inference.ModelInput")


@dataclass(init=False, eq=False, repr=False)
class ModelOutput(_rt.Message):
    """One output tensor of a model."""

    name: str = _rt.field(1, "string")
    """Name of the output."""

    data_type: DataType = _rt.field(2, "enum", default_factory=lambda: DataType(0))
    """Element type of the output."""

    dims: _rt.PackedInts = _rt.field(3, "int64", repeated=True)
    """Shape of the output without the batch dimension; -1 marks a variable
    dimension."""

    reshape: ModelTensorReshape | None = _rt.field(5, "message")
    """Shape the response carries, when it differs from what the model produces."""

    label_filename: str = _rt.field(4, "string")
    """File in the model folder that holds class labels, for classification."""

    is_shape_tensor: bool = _rt.field(6, "bool")
    """True when the output holds a shape for another tensor (TensorRT)."""

    is_non_linear_format_io: bool = _rt.field(7, "bool")
    """True when the output uses a non-linear memory layout (TensorRT)."""

    def __init__(
        self,
        name: str = _rt.FACTORY,
        data_type: DataType = _rt.FACTORY,
        dims: _rt.PackedInts = _rt.FACTORY,
        reshape: ModelTensorReshape | None = _rt.FACTORY,
        label_filename: str = _rt.FACTORY,
        is_shape_tensor: bool = _rt.FACTORY,
        is_non_linear_format_io: bool = _rt.FACTORY,
    ) -> None:
        self.name = "" if name is _rt.FACTORY else name
        self.data_type = DataType(0) if data_type is _rt.FACTORY else data_type
        self.dims = [] if dims is _rt.FACTORY else dims
        self.reshape = None if reshape is _rt.FACTORY else reshape
        self.label_filename = "" if label_filename is _rt.FACTORY else label_filename
        self.is_shape_tensor = False if is_shape_tensor is _rt.FACTORY else is_shape_tensor
        self.is_non_linear_format_io = False if is_non_linear_format_io is _rt.FACTORY else is_non_linear_format_io
        self.__post_init__()

    PROTO_NAME = "inference.ModelOutput"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode(_encode_ModelOutput, self, "inference.ModelOutput")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> ModelOutput:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_ModelOutput, data, packed_as_numpy, "inference.ModelOutput")


@dataclass(init=False, eq=False, repr=False)
class BatchInput(_rt.Message):
    """A tensor the server computes from a batch and feeds to the model beside
    the requests' inputs."""

    kind: BatchInputKind = _rt.field(1, "enum", default_factory=lambda: BatchInputKind(0))
    """What the tensor holds."""

    target_name: list[str] = _rt.field(2, "string", repeated=True)
    """Names of the model inputs that receive the tensor."""

    data_type: DataType = _rt.field(3, "enum", default_factory=lambda: DataType(0))
    """Element type of the tensor."""

    source_input: list[str] = _rt.field(4, "string", repeated=True)
    """Inputs the tensor is computed from."""

    def __init__(
        self,
        kind: BatchInputKind = _rt.FACTORY,
        target_name: list[str] = _rt.FACTORY,
        data_type: DataType = _rt.FACTORY,
        source_input: list[str] = _rt.FACTORY,
    ) -> None:
        self.kind = BatchInputKind(0) if kind is _rt.FACTORY else kind
        self.target_name = [] if target_name is _rt.FACTORY else target_name
        self.data_type = DataType(0) if data_type is _rt.FACTORY else data_type
        self.source_input = [] if source_input is _rt.FACTORY else source_input
        self.__post_init__()

    PROTO_NAME = "inference.BatchInput"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode_compact(_encode_BatchInput, self, "inference.BatchInput")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> BatchInput:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_BatchInput, data, packed_as_numpy, "inference.BatchInput")


@dataclass(init=False, eq=False, repr=False)
class BatchOutput(_rt.Message):
    """How the server splits a batched output among the requests of a batch."""

    target_name: list[str] = _rt.field(1, "string", repeated=True)
    """Names of the model outputs split this way."""

    kind: BatchOutputKind = _rt.field(2, "enum", default_factory=lambda: BatchOutputKind(0))
    """How they are split."""

    source_input: list[str] = _rt.field(3, "string", repeated=True)
    """Inputs whose shapes guide the split."""

    def __init__(
        self,
        target_name: list[str] = _rt.FACTORY,
        kind: BatchOutputKind = _rt.FACTORY,
        source_input: list[str] = _rt.FACTORY,
    ) -> None:
        self.target_name = [] if target_name is _rt.FACTORY else target_name
        self.kind = BatchOutputKind(0) if kind is _rt.FACTORY else kind
        self.source_input = [] if source_input is _rt.FACTORY else source_input
        self.__post_init__()

    PROTO_NAME = "inference.BatchOutput"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode_compact(_encode_BatchOutput, self, "inference.BatchOutput")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> BatchOutput:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_BatchOutput, data, packed_as_numpy, "inference.BatchOutput")

# Setting a member of a oneof of ModelVersionPolicy clears the group's other members, as protobuf does.
_ONEOF_OTHERS_ModelVersionPolicy = {
    "latest": ("all", "specific"),
    "all": ("latest", "specific"),
    "specific": ("latest", "all"),
}
_ONEOF_GROUPS_ModelVersionPolicy = {
    "policy_choice": ("latest", "all", "specific"),
}


@dataclass(init=False, eq=False, repr=False)
class ModelVersionPolicy(_rt.Message):
    """Which versions of a model the server serves."""

    latest: ModelVersionPolicyLatest | None = _rt.field(1, "message", optional=True, group="policy_choice")
    """The newest versions."""

    all: ModelVersionPolicyAll | None = _rt.field(2, "message", optional=True, group="policy_choice")
    """Every version."""

    specific: ModelVersionPolicySpecific | None = _rt.field(3, "message", optional=True, group="policy_choice")
    """Listed versions."""

    def __init__(
        self,
        latest: ModelVersionPolicyLatest | None = _rt.FACTORY,
        all: ModelVersionPolicyAll | None = _rt.FACTORY,
        specific: ModelVersionPolicySpecific | None = _rt.FACTORY,
    ) -> None:
        if (latest is not _rt.FACTORY) + (all is not _rt.FACTORY) + (specific is not _rt.FACTORY) > 1:
            _rt.check_oneof("inference.ModelVersionPolicy", "policy_choice", ['latest', 'all', 'specific'], locals())
        # Past the oneof-clearing __setattr__ (checked above already): constructing stays as cheap as without oneofs.
        self.__dict__["latest"] = None if latest is _rt.FACTORY else latest
        self.__dict__["all"] = None if all is _rt.FACTORY else all
        self.__dict__["specific"] = None if specific is _rt.FACTORY else specific
        self.__post_init__()

    PROTO_NAME = "inference.ModelVersionPolicy"  # not annotated: a class attribute, not a dataclass field
    _oneof_groups = _ONEOF_GROUPS_ModelVersionPolicy

    def __setattr__(self, name: str, value: _Any) -> None:
        if value is not None:
            others = _ONEOF_OTHERS_ModelVersionPolicy.get(name)
            if others is not None:
                fields = self.__dict__
                for other in others:
                    fields[other] = None
        object.__setattr__(self, name, value)

    def __bytes__(self) -> bytes:
        return _rt.encode(_encode_ModelVersionPolicy, self, "inference.ModelVersionPolicy")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> ModelVersionPolicy:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_ModelVersionPolicy, data, packed_as_numpy, "inference.ModelVersionPolicy")


@dataclass(init=False, eq=False, repr=False)
class ModelVersionPolicyLatest(_rt.Message):
    """Serve the newest versions."""

    num_versions: int = _rt.field(1, "uint32")
    """How many of the newest versions to serve."""

    def __init__(
        self,
        num_versions: int = _rt.FACTORY,
    ) -> None:
        self.num_versions = 0 if num_versions is _rt.FACTORY else num_versions
        self.__post_init__()

    PROTO_NAME = "inference.ModelVersionPolicy.Latest"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode_compact(_encode_ModelVersionPolicyLatest, self, "inference.ModelVersionPolicy.Latest")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> ModelVersionPolicyLatest:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_ModelVersionPolicyLatest, data, packed_as_numpy, "inference.ModelVersionPolicy.Latest")


@dataclass(init=False, eq=False, repr=False)
class ModelVersionPolicyAll(_rt.Message):
    """Serve every version in the repository."""

    def __init__(self) -> None:
        self.__post_init__()

    PROTO_NAME = "inference.ModelVersionPolicy.All"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode_compact(_encode_ModelVersionPolicyAll, self, "inference.ModelVersionPolicy.All")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> ModelVersionPolicyAll:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_ModelVersionPolicyAll, data, packed_as_numpy, "inference.ModelVersionPolicy.All")


@dataclass(init=False, eq=False, repr=False)
class ModelVersionPolicySpecific(_rt.Message):
    """Serve the listed versions."""

    versions: _rt.PackedInts = _rt.field(1, "int64", repeated=True)
    """The version numbers."""

    def __init__(
        self,
        versions: _rt.PackedInts = _rt.FACTORY,
    ) -> None:
        self.versions = [] if versions is _rt.FACTORY else versions
        self.__post_init__()

    PROTO_NAME = "inference.ModelVersionPolicy.Specific"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode(_encode_ModelVersionPolicySpecific, self, "inference.ModelVersionPolicy.Specific")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> ModelVersionPolicySpecific:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_ModelVersionPolicySpecific, data, packed_as_numpy, "inference.ModelVersionPolicy.Specific")


@dataclass(init=False, eq=False, repr=False)
class ModelOptimizationPolicy(_rt.Message):
    """Optimisations the backend applies to a model."""

    graph: ModelOptimizationPolicyGraph | None = _rt.field(1, "message")
    """Graph-level optimisation."""

    priority: ModelOptimizationPolicyModelPriority = _rt.field(2, "enum", default_factory=lambda: ModelOptimizationPolicyModelPriority(0))
    """Scheduling priority of the model's instances."""

    cuda: ModelOptimizationPolicyCuda | None = _rt.field(3, "message")
    """CUDA-specific settings."""

    execution_accelerators: ModelOptimizationPolicyExecutionAccelerators | None = _rt.field(4, "message")
    """Execution accelerators to use."""

    input_pinned_memory: ModelOptimizationPolicyPinnedMemoryBuffer | None = _rt.field(5, "message")
    """Whether inputs go through pinned memory."""

    output_pinned_memory: ModelOptimizationPolicyPinnedMemoryBuffer | None = _rt.field(6, "message")
    """Whether outputs go through pinned memory."""

    gather_kernel_buffer_threshold: int = _rt.field(7, "uint32")
    """Inputs of at least this many bytes are gathered into one buffer on the
    GPU by a kernel; 0 disables it."""

    eager_batching: bool = _rt.field(8, "bool")
    """True starts the next batch before the current one has finished."""

    def __init__(
        self,
        graph: ModelOptimizationPolicyGraph | None = _rt.FACTORY,
        priority: ModelOptimizationPolicyModelPriority = _rt.FACTORY,
        cuda: ModelOptimizationPolicyCuda | None = _rt.FACTORY,
        execution_accelerators: ModelOptimizationPolicyExecutionAccelerators | None = _rt.FACTORY,
        input_pinned_memory: ModelOptimizationPolicyPinnedMemoryBuffer | None = _rt.FACTORY,
        output_pinned_memory: ModelOptimizationPolicyPinnedMemoryBuffer | None = _rt.FACTORY,
        gather_kernel_buffer_threshold: int = _rt.FACTORY,
        eager_batching: bool = _rt.FACTORY,
    ) -> None:
        self.graph = None if graph is _rt.FACTORY else graph
        self.priority = ModelOptimizationPolicyModelPriority(0) if priority is _rt.FACTORY else priority
        self.cuda = None if cuda is _rt.FACTORY else cuda
        self.execution_accelerators = None if execution_accelerators is _rt.FACTORY else execution_accelerators
        self.input_pinned_memory = None if input_pinned_memory is _rt.FACTORY else input_pinned_memory
        self.output_pinned_memory = None if output_pinned_memory is _rt.FACTORY else output_pinned_memory
        self.gather_kernel_buffer_threshold = 0 if gather_kernel_buffer_threshold is _rt.FACTORY else gather_kernel_buffer_threshold
        self.eager_batching = False if eager_batching is _rt.FACTORY else eager_batching
        self.__post_init__()

    PROTO_NAME = "inference.ModelOptimizationPolicy"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode(_encode_ModelOptimizationPolicy, self, "inference.ModelOptimizationPolicy")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> ModelOptimizationPolicy:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_ModelOptimizationPolicy, data, packed_as_numpy, "inference.ModelOptimizationPolicy")


@dataclass(init=False, eq=False, repr=False)
class ModelOptimizationPolicyGraph(_rt.Message):
    """Graph-level optimisation."""

    level: int = _rt.field(1, "int32")
    """Optimisation level; its meaning depends on the backend (-1 disables,
    0 is the default, higher may be more aggressive)."""

    def __init__(
        self,
        level: int = _rt.FACTORY,
    ) -> None:
        self.level = 0 if level is _rt.FACTORY else level
        self.__post_init__()

    PROTO_NAME = "inference.ModelOptimizationPolicy.Graph"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode_compact(_encode_ModelOptimizationPolicyGraph, self, "inference.ModelOptimizationPolicy.Graph")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> ModelOptimizationPolicyGraph:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_ModelOptimizationPolicyGraph, data, packed_as_numpy, "inference.ModelOptimizationPolicy.Graph")


@dataclass(init=False, eq=False, repr=False)
class ModelOptimizationPolicyCuda(_rt.Message):
    """CUDA-specific settings."""

    graphs: bool = _rt.field(1, "bool")
    """True captures CUDA graphs to cut kernel launch overhead."""

    busy_wait_events: bool = _rt.field(2, "bool")
    """True waits on CUDA events by busy polling, trading CPU for latency."""

    graph_spec: list[ModelOptimizationPolicyCudaGraphSpec] = _rt.field(3, "message", repeated=True)
    """The graphs to capture; empty lets the backend choose."""

    output_copy_stream: bool = _rt.field(4, "bool")
    """True copies outputs on a stream of their own."""

    def __init__(
        self,
        graphs: bool = _rt.FACTORY,
        busy_wait_events: bool = _rt.FACTORY,
        graph_spec: list[ModelOptimizationPolicyCudaGraphSpec] = _rt.FACTORY,
        output_copy_stream: bool = _rt.FACTORY,
    ) -> None:
        self.graphs = False if graphs is _rt.FACTORY else graphs
        self.busy_wait_events = False if busy_wait_events is _rt.FACTORY else busy_wait_events
        self.graph_spec = [] if graph_spec is _rt.FACTORY else graph_spec
        self.output_copy_stream = False if output_copy_stream is _rt.FACTORY else output_copy_stream
        self.__post_init__()

    PROTO_NAME = "inference.ModelOptimizationPolicy.Cuda"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode(_encode_ModelOptimizationPolicyCuda, self, "inference.ModelOptimizationPolicy.Cuda")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> ModelOptimizationPolicyCuda:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_ModelOptimizationPolicyCuda, data, packed_as_numpy, "inference.ModelOptimizationPolicy.Cuda")


@dataclass(init=False, eq=False, repr=False)
class ModelOptimizationPolicyCudaGraphSpec(_rt.Message):
    """Input shapes to capture a CUDA graph for."""

    batch_size: int = _rt.field(1, "int32")
    """Batch size of the graph (0 for models without batching)."""

    input: dict[str, ModelOptimizationPolicyCudaGraphSpecShape] = _rt.field(2, "map", map_types=("string", "message"))
    """Shape of each input, by input name."""

    graph_lower_bound: ModelOptimizationPolicyCudaGraphSpecLowerBound | None = _rt.field(3, "message")
    """When set, the graph serves every shape from this bound up to
    `batch_size` and `input`."""

    def __init__(
        self,
        batch_size: int = _rt.FACTORY,
        input: dict[str, ModelOptimizationPolicyCudaGraphSpecShape] = _rt.FACTORY,
        graph_lower_bound: ModelOptimizationPolicyCudaGraphSpecLowerBound | None = _rt.FACTORY,
    ) -> None:
        self.batch_size = 0 if batch_size is _rt.FACTORY else batch_size
        self.input = {} if input is _rt.FACTORY else input
        self.graph_lower_bound = None if graph_lower_bound is _rt.FACTORY else graph_lower_bound
        self.__post_init__()

    PROTO_NAME = "inference.ModelOptimizationPolicy.Cuda.GraphSpec"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode(_encode_ModelOptimizationPolicyCudaGraphSpec, self, "inference.ModelOptimizationPolicy.Cuda.GraphSpec")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> ModelOptimizationPolicyCudaGraphSpec:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_ModelOptimizationPolicyCudaGraphSpec, data, packed_as_numpy, "inference.ModelOptimizationPolicy.Cuda.GraphSpec")


@dataclass(init=False, eq=False, repr=False)
class ModelOptimizationPolicyCudaGraphSpecShape(_rt.Message):
    """The shape of one input."""

    dim: _rt.PackedInts = _rt.field(1, "int64", repeated=True)
    """The dimensions."""

    def __init__(
        self,
        dim: _rt.PackedInts = _rt.FACTORY,
    ) -> None:
        self.dim = [] if dim is _rt.FACTORY else dim
        self.__post_init__()

    PROTO_NAME = "inference.ModelOptimizationPolicy.Cuda.GraphSpec.Shape"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode(_encode_ModelOptimizationPolicyCudaGraphSpecShape, self, "inference.ModelOptimizationPolicy.Cuda.GraphSpec.Shape")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> ModelOptimizationPolicyCudaGraphSpecShape:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_ModelOptimizationPolicyCudaGraphSpecShape, data, packed_as_numpy, "inference.ModelOptimizationPolicy.Cuda.GraphSpec.Shape")


@dataclass(init=False, eq=False, repr=False)
class ModelOptimizationPolicyCudaGraphSpecLowerBound(_rt.Message):
    """Lower bound of a range of shapes one graph serves."""

    batch_size: int = _rt.field(1, "int32")
    """Smallest batch size of the range."""

    input: dict[str, ModelOptimizationPolicyCudaGraphSpecShape] = _rt.field(2, "map", map_types=("string", "message"))
    """Smallest shape of each input, by input name."""

    def __init__(
        self,
        batch_size: int = _rt.FACTORY,
        input: dict[str, ModelOptimizationPolicyCudaGraphSpecShape] = _rt.FACTORY,
    ) -> None:
        self.batch_size = 0 if batch_size is _rt.FACTORY else batch_size
        self.input = {} if input is _rt.FACTORY else input
        self.__post_init__()

    PROTO_NAME = "inference.ModelOptimizationPolicy.Cuda.GraphSpec.LowerBound"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode(_encode_ModelOptimizationPolicyCudaGraphSpecLowerBound, self, "inference.ModelOptimizationPolicy.Cuda.GraphSpec.LowerBound")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> ModelOptimizationPolicyCudaGraphSpecLowerBound:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_ModelOptimizationPolicyCudaGraphSpecLowerBound, data, packed_as_numpy, "inference.ModelOptimizationPolicy.Cuda.GraphSpec.LowerBound")


@dataclass(init=False, eq=False, repr=False)
class ModelOptimizationPolicyExecutionAccelerators(_rt.Message):
    """Execution accelerators to try, in order."""

    gpu_execution_accelerator: list[ModelOptimizationPolicyExecutionAcceleratorsAccelerator] = _rt.field(1, "message", repeated=True)
    """Accelerators for instances on a GPU."""

    cpu_execution_accelerator: list[ModelOptimizationPolicyExecutionAcceleratorsAccelerator] = _rt.field(2, "message", repeated=True)
    """Accelerators for instances on the CPU."""

    def __init__(
        self,
        gpu_execution_accelerator: list[ModelOptimizationPolicyExecutionAcceleratorsAccelerator] = _rt.FACTORY,
        cpu_execution_accelerator: list[ModelOptimizationPolicyExecutionAcceleratorsAccelerator] = _rt.FACTORY,
    ) -> None:
        self.gpu_execution_accelerator = [] if gpu_execution_accelerator is _rt.FACTORY else gpu_execution_accelerator
        self.cpu_execution_accelerator = [] if cpu_execution_accelerator is _rt.FACTORY else cpu_execution_accelerator
        self.__post_init__()

    PROTO_NAME = "inference.ModelOptimizationPolicy.ExecutionAccelerators"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode_compact(_encode_ModelOptimizationPolicyExecutionAccelerators, self, "inference.ModelOptimizationPolicy.ExecutionAccelerators")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> ModelOptimizationPolicyExecutionAccelerators:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_ModelOptimizationPolicyExecutionAccelerators, data, packed_as_numpy, "inference.ModelOptimizationPolicy.ExecutionAccelerators")


@dataclass(init=False, eq=False, repr=False)
class ModelOptimizationPolicyExecutionAcceleratorsAccelerator(_rt.Message):
    """One accelerator and its settings."""

    name: str = _rt.field(1, "string")
    """Name of the accelerator, such as tensorrt or openvino."""

    parameters: dict[str, str] = _rt.field(2, "map", map_types=("string", "string"))
    """The accelerator's settings, by name."""

    def __init__(
        self,
        name: str = _rt.FACTORY,
        parameters: dict[str, str] = _rt.FACTORY,
    ) -> None:
        self.name = "" if name is _rt.FACTORY else name
        self.parameters = {} if parameters is _rt.FACTORY else parameters
        self.__post_init__()

    PROTO_NAME = "inference.ModelOptimizationPolicy.ExecutionAccelerators.Accelerator"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode_compact(_encode_ModelOptimizationPolicyExecutionAcceleratorsAccelerator, self, "inference.ModelOptimizationPolicy.ExecutionAccelerators.Accelerator")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> ModelOptimizationPolicyExecutionAcceleratorsAccelerator:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_ModelOptimizationPolicyExecutionAcceleratorsAccelerator, data, packed_as_numpy, "inference.ModelOptimizationPolicy.ExecutionAccelerators.Accelerator")


@dataclass(init=False, eq=False, repr=False)
class ModelOptimizationPolicyPinnedMemoryBuffer(_rt.Message):
    """Whether to stage tensors in pinned host memory."""

    enable: bool = _rt.field(1, "bool")
    """True uses pinned memory."""

    def __init__(
        self,
        enable: bool = _rt.FACTORY,
    ) -> None:
        self.enable = False if enable is _rt.FACTORY else enable
        self.__post_init__()

    PROTO_NAME = "inference.ModelOptimizationPolicy.PinnedMemoryBuffer"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode_compact(_encode_ModelOptimizationPolicyPinnedMemoryBuffer, self, "inference.ModelOptimizationPolicy.PinnedMemoryBuffer")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> ModelOptimizationPolicyPinnedMemoryBuffer:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_ModelOptimizationPolicyPinnedMemoryBuffer, data, packed_as_numpy, "inference.ModelOptimizationPolicy.PinnedMemoryBuffer")


@dataclass(init=False, eq=False, repr=False)
class ModelQueuePolicy(_rt.Message):
    """How a scheduler queue treats waiting requests."""

    timeout_action: ModelQueuePolicyTimeoutAction = _rt.field(1, "enum", default_factory=lambda: ModelQueuePolicyTimeoutAction(0))
    """What happens to a request whose timeout expires."""

    default_timeout_microseconds: int = _rt.field(2, "uint64")
    """Queue timeout of requests that do not set their own, in microseconds;
    0 means none."""

    allow_timeout_override: bool = _rt.field(3, "bool")
    """True lets a request set its own timeout."""

    max_queue_size: int = _rt.field(4, "uint32")
    """Most requests the queue holds; 0 means no limit."""

    def __init__(
        self,
        timeout_action: ModelQueuePolicyTimeoutAction = _rt.FACTORY,
        default_timeout_microseconds: int = _rt.FACTORY,
        allow_timeout_override: bool = _rt.FACTORY,
        max_queue_size: int = _rt.FACTORY,
    ) -> None:
        self.timeout_action = ModelQueuePolicyTimeoutAction(0) if timeout_action is _rt.FACTORY else timeout_action
        self.default_timeout_microseconds = 0 if default_timeout_microseconds is _rt.FACTORY else default_timeout_microseconds
        self.allow_timeout_override = False if allow_timeout_override is _rt.FACTORY else allow_timeout_override
        self.max_queue_size = 0 if max_queue_size is _rt.FACTORY else max_queue_size
        self.__post_init__()

    PROTO_NAME = "inference.ModelQueuePolicy"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode_compact(_encode_ModelQueuePolicy, self, "inference.ModelQueuePolicy")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> ModelQueuePolicy:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_ModelQueuePolicy, data, packed_as_numpy, "inference.ModelQueuePolicy")


@dataclass(init=False, eq=False, repr=False)
class ModelDynamicBatching(_rt.Message):
    """Settings of the dynamic batcher, which joins separate requests into batches."""

    preferred_batch_size: _rt.PackedInts = _rt.field(1, "int32", repeated=True)
    """Batch sizes to aim for."""

    max_queue_delay_microseconds: int = _rt.field(2, "uint64")
    """Longest a request waits for a batch to fill, in microseconds."""

    preserve_ordering: bool = _rt.field(3, "bool")
    """True returns responses in the order the requests arrived."""

    priority_levels: int = _rt.field(4, "uint64")
    """Number of priority levels; 0 disables priorities."""

    default_priority_level: int = _rt.field(5, "uint64")
    """Priority level of requests that do not set one."""

    default_queue_policy: ModelQueuePolicy | None = _rt.field(6, "message")
    """Queue policy of the levels `priority_queue_policy` leaves out."""

    priority_queue_policy: dict[int, ModelQueuePolicy] = _rt.field(7, "map", map_types=("uint64", "message"))
    """Queue policy by priority level."""

    def __init__(
        self,
        preferred_batch_size: _rt.PackedInts = _rt.FACTORY,
        max_queue_delay_microseconds: int = _rt.FACTORY,
        preserve_ordering: bool = _rt.FACTORY,
        priority_levels: int = _rt.FACTORY,
        default_priority_level: int = _rt.FACTORY,
        default_queue_policy: ModelQueuePolicy | None = _rt.FACTORY,
        priority_queue_policy: dict[int, ModelQueuePolicy] = _rt.FACTORY,
    ) -> None:
        self.preferred_batch_size = [] if preferred_batch_size is _rt.FACTORY else preferred_batch_size
        self.max_queue_delay_microseconds = 0 if max_queue_delay_microseconds is _rt.FACTORY else max_queue_delay_microseconds
        self.preserve_ordering = False if preserve_ordering is _rt.FACTORY else preserve_ordering
        self.priority_levels = 0 if priority_levels is _rt.FACTORY else priority_levels
        self.default_priority_level = 0 if default_priority_level is _rt.FACTORY else default_priority_level
        self.default_queue_policy = None if default_queue_policy is _rt.FACTORY else default_queue_policy
        self.priority_queue_policy = {} if priority_queue_policy is _rt.FACTORY else priority_queue_policy
        self.__post_init__()

    PROTO_NAME = "inference.ModelDynamicBatching"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode(_encode_ModelDynamicBatching, self, "inference.ModelDynamicBatching")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> ModelDynamicBatching:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_ModelDynamicBatching, data, packed_as_numpy, "inference.ModelDynamicBatching")

# Setting a member of a oneof of ModelSequenceBatching clears the group's other members, as protobuf does.
_ONEOF_OTHERS_ModelSequenceBatching = {
    "direct": ("oldest",),
    "oldest": ("direct",),
}
_ONEOF_GROUPS_ModelSequenceBatching = {
    "strategy_choice": ("direct", "oldest"),
}


@dataclass(init=False, eq=False, repr=False)
class ModelSequenceBatching(_rt.Message):
    """Settings of the sequence batcher, which routes the requests of one sequence
    to one model instance."""

    direct: ModelSequenceBatchingStrategyDirect | None = _rt.field(3, "message", optional=True, group="strategy_choice")
    """Slot per sequence."""

    oldest: ModelSequenceBatchingStrategyOldest | None = _rt.field(4, "message", optional=True, group="strategy_choice")
    """Oldest requests first."""

    max_sequence_idle_microseconds: int = _rt.field(1, "uint64")
    """A sequence idle for longer than this is ended, in microseconds."""

    control_input: list[ModelSequenceBatchingControlInput] = _rt.field(2, "message", repeated=True)
    """Inputs that carry control signals."""

    state: list[ModelSequenceBatchingState] = _rt.field(5, "message", repeated=True)
    """State tensors carried between requests of a sequence."""

    iterative_sequence: bool = _rt.field(6, "bool")
    """True lets the model answer a sequence over several iterations."""

    def __init__(
        self,
        direct: ModelSequenceBatchingStrategyDirect | None = _rt.FACTORY,
        oldest: ModelSequenceBatchingStrategyOldest | None = _rt.FACTORY,
        max_sequence_idle_microseconds: int = _rt.FACTORY,
        control_input: list[ModelSequenceBatchingControlInput] = _rt.FACTORY,
        state: list[ModelSequenceBatchingState] = _rt.FACTORY,
        iterative_sequence: bool = _rt.FACTORY,
    ) -> None:
        if (direct is not _rt.FACTORY) + (oldest is not _rt.FACTORY) > 1:
            _rt.check_oneof("inference.ModelSequenceBatching", "strategy_choice", ['direct', 'oldest'], locals())
        # Past the oneof-clearing __setattr__ (checked above already): constructing stays as cheap as without oneofs.
        self.__dict__["direct"] = None if direct is _rt.FACTORY else direct
        self.__dict__["oldest"] = None if oldest is _rt.FACTORY else oldest
        self.__dict__["max_sequence_idle_microseconds"] = 0 if max_sequence_idle_microseconds is _rt.FACTORY else max_sequence_idle_microseconds
        self.__dict__["control_input"] = [] if control_input is _rt.FACTORY else control_input
        self.__dict__["state"] = [] if state is _rt.FACTORY else state
        self.__dict__["iterative_sequence"] = False if iterative_sequence is _rt.FACTORY else iterative_sequence
        self.__post_init__()

    PROTO_NAME = "inference.ModelSequenceBatching"  # not annotated: a class attribute, not a dataclass field
    _oneof_groups = _ONEOF_GROUPS_ModelSequenceBatching

    def __setattr__(self, name: str, value: _Any) -> None:
        if value is not None:
            others = _ONEOF_OTHERS_ModelSequenceBatching.get(name)
            if others is not None:
                fields = self.__dict__
                for other in others:
                    fields[other] = None
        object.__setattr__(self, name, value)

    def __bytes__(self) -> bytes:
        return _rt.encode(_encode_ModelSequenceBatching, self, "inference.ModelSequenceBatching")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> ModelSequenceBatching:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_ModelSequenceBatching, data, packed_as_numpy, "inference.ModelSequenceBatching")


@dataclass(init=False, eq=False, repr=False)
class ModelSequenceBatchingControl(_rt.Message):
    """A control signal the batcher passes to the model in an input tensor."""

    kind: ModelSequenceBatchingControlKind = _rt.field(1, "enum", default_factory=lambda: ModelSequenceBatchingControlKind(0))
    """Which signal."""

    int32_false_true: _rt.PackedInts = _rt.field(2, "int32", repeated=True)
    """The signal's values for off and on, as INT32 (two entries)."""

    fp32_false_true: _rt.PackedFloats = _rt.field(3, "float", repeated=True)
    """The signal's values for off and on, as FP32 (two entries)."""

    bool_false_true: _rt.PackedBools = _rt.field(5, "bool", repeated=True)
    """The signal's values for off and on, as BOOL (two entries)."""

    data_type: DataType = _rt.field(4, "enum", default_factory=lambda: DataType(0))
    """Element type of the correlation id, for CONTROL_SEQUENCE_CORRID."""

    def __init__(
        self,
        kind: ModelSequenceBatchingControlKind = _rt.FACTORY,
        int32_false_true: _rt.PackedInts = _rt.FACTORY,
        fp32_false_true: _rt.PackedFloats = _rt.FACTORY,
        bool_false_true: _rt.PackedBools = _rt.FACTORY,
        data_type: DataType = _rt.FACTORY,
    ) -> None:
        self.kind = ModelSequenceBatchingControlKind(0) if kind is _rt.FACTORY else kind
        self.int32_false_true = [] if int32_false_true is _rt.FACTORY else int32_false_true
        self.fp32_false_true = [] if fp32_false_true is _rt.FACTORY else fp32_false_true
        self.bool_false_true = [] if bool_false_true is _rt.FACTORY else bool_false_true
        self.data_type = DataType(0) if data_type is _rt.FACTORY else data_type
        self.__post_init__()

    PROTO_NAME = "inference.ModelSequenceBatching.Control"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode(_encode_ModelSequenceBatchingControl, self, "inference.ModelSequenceBatching.Control")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> ModelSequenceBatchingControl:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_ModelSequenceBatchingControl, data, packed_as_numpy, "inference.ModelSequenceBatching.Control")


@dataclass(init=False, eq=False, repr=False)
class ModelSequenceBatchingControlInput(_rt.Message):
    """An input tensor that carries control signals."""

    name: str = _rt.field(1, "string")
    """Name of the model input."""

    control: list[ModelSequenceBatchingControl] = _rt.field(2, "message", repeated=True)
    """The signals it carries."""

    def __init__(
        self,
        name: str = _rt.FACTORY,
        control: list[ModelSequenceBatchingControl] = _rt.FACTORY,
    ) -> None:
        self.name = "" if name is _rt.FACTORY else name
        self.control = [] if control is _rt.FACTORY else control
        self.__post_init__()

    PROTO_NAME = "inference.ModelSequenceBatching.ControlInput"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode(_encode_ModelSequenceBatchingControlInput, self, "inference.ModelSequenceBatching.ControlInput")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> ModelSequenceBatchingControlInput:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_ModelSequenceBatchingControlInput, data, packed_as_numpy, "inference.ModelSequenceBatching.ControlInput")

# Setting a member of a oneof of ModelSequenceBatchingInitialState clears the group's other members, as protobuf does.
_ONEOF_OTHERS_ModelSequenceBatchingInitialState = {
    "zero_data": ("data_file",),
    "data_file": ("zero_data",),
}
_ONEOF_GROUPS_ModelSequenceBatchingInitialState = {
    "state_data": ("zero_data", "data_file"),
}


@dataclass(init=False, eq=False, repr=False)
class ModelSequenceBatchingInitialState(_rt.Message):
    """The value a state tensor starts a sequence with."""

    data_type: DataType = _rt.field(1, "enum", default_factory=lambda: DataType(0))
    """Element type of the state."""

    dims: _rt.PackedInts = _rt.field(2, "int64", repeated=True)
    """Shape of the state."""

    zero_data: bool | None = _rt.field(3, "bool", optional=True, group="state_data")
    """True starts from zeros."""

    data_file: str | None = _rt.field(4, "string", optional=True, group="state_data")
    """File in the model's initial_state folder holding the value."""

    name: str = _rt.field(5, "string")
    """Name of this initial state."""

    def __init__(
        self,
        data_type: DataType = _rt.FACTORY,
        dims: _rt.PackedInts = _rt.FACTORY,
        zero_data: bool | None = _rt.FACTORY,
        data_file: str | None = _rt.FACTORY,
        name: str = _rt.FACTORY,
    ) -> None:
        if (zero_data is not _rt.FACTORY) + (data_file is not _rt.FACTORY) > 1:
            _rt.check_oneof("inference.ModelSequenceBatching.InitialState", "state_data", ['zero_data', 'data_file'], locals())
        # Past the oneof-clearing __setattr__ (checked above already): constructing stays as cheap as without oneofs.
        self.__dict__["data_type"] = DataType(0) if data_type is _rt.FACTORY else data_type
        self.__dict__["dims"] = [] if dims is _rt.FACTORY else dims
        self.__dict__["zero_data"] = None if zero_data is _rt.FACTORY else zero_data
        self.__dict__["data_file"] = None if data_file is _rt.FACTORY else data_file
        self.__dict__["name"] = "" if name is _rt.FACTORY else name
        self.__post_init__()

    PROTO_NAME = "inference.ModelSequenceBatching.InitialState"  # not annotated: a class attribute, not a dataclass field
    _oneof_groups = _ONEOF_GROUPS_ModelSequenceBatchingInitialState

    def __setattr__(self, name: str, value: _Any) -> None:
        if value is not None:
            others = _ONEOF_OTHERS_ModelSequenceBatchingInitialState.get(name)
            if others is not None:
                fields = self.__dict__
                for other in others:
                    fields[other] = None
        object.__setattr__(self, name, value)

    def __bytes__(self) -> bytes:
        return _rt.encode(_encode_ModelSequenceBatchingInitialState, self, "inference.ModelSequenceBatching.InitialState")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> ModelSequenceBatchingInitialState:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_ModelSequenceBatchingInitialState, data, packed_as_numpy, "inference.ModelSequenceBatching.InitialState")


@dataclass(init=False, eq=False, repr=False)
class ModelSequenceBatchingState(_rt.Message):
    """A state tensor the server carries from one request of a sequence to the
    next (implicit state)."""

    input_name: str = _rt.field(1, "string")
    """Model input that receives the state."""

    output_name: str = _rt.field(2, "string")
    """Model output that produces the next state."""

    data_type: DataType = _rt.field(3, "enum", default_factory=lambda: DataType(0))
    """Element type of the state."""

    dims: _rt.PackedInts = _rt.field(4, "int64", repeated=True)
    """Shape of the state."""

    initial_state: list[ModelSequenceBatchingInitialState] = _rt.field(5, "message", repeated=True)
    """The state's starting value."""

    use_same_buffer_for_input_output: bool = _rt.field(6, "bool")
    """True keeps input and output state in one buffer."""

    use_growable_memory: bool = _rt.field(7, "bool")
    """True lets the state buffer grow as the sequence goes on."""

    def __init__(
        self,
        input_name: str = _rt.FACTORY,
        output_name: str = _rt.FACTORY,
        data_type: DataType = _rt.FACTORY,
        dims: _rt.PackedInts = _rt.FACTORY,
        initial_state: list[ModelSequenceBatchingInitialState] = _rt.FACTORY,
        use_same_buffer_for_input_output: bool = _rt.FACTORY,
        use_growable_memory: bool = _rt.FACTORY,
    ) -> None:
        self.input_name = "" if input_name is _rt.FACTORY else input_name
        self.output_name = "" if output_name is _rt.FACTORY else output_name
        self.data_type = DataType(0) if data_type is _rt.FACTORY else data_type
        self.dims = [] if dims is _rt.FACTORY else dims
        self.initial_state = [] if initial_state is _rt.FACTORY else initial_state
        self.use_same_buffer_for_input_output = False if use_same_buffer_for_input_output is _rt.FACTORY else use_same_buffer_for_input_output
        self.use_growable_memory = False if use_growable_memory is _rt.FACTORY else use_growable_memory
        self.__post_init__()

    PROTO_NAME = "inference.ModelSequenceBatching.State"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode(_encode_ModelSequenceBatchingState, self, "inference.ModelSequenceBatching.State")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> ModelSequenceBatchingState:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_ModelSequenceBatchingState, data, packed_as_numpy, "inference.ModelSequenceBatching.State")


@dataclass(init=False, eq=False, repr=False)
class ModelSequenceBatchingStrategyDirect(_rt.Message):
    """Each sequence keeps one batch slot for its whole life."""

    max_queue_delay_microseconds: int = _rt.field(1, "uint64")
    """Longest a batch waits for more sequences, in microseconds."""

    minimum_slot_utilization: float = _rt.field(2, "float")
    """Share of slots that must be ready before a batch runs early, from 0 to 1."""

    def __init__(
        self,
        max_queue_delay_microseconds: int = _rt.FACTORY,
        minimum_slot_utilization: float = _rt.FACTORY,
    ) -> None:
        self.max_queue_delay_microseconds = 0 if max_queue_delay_microseconds is _rt.FACTORY else max_queue_delay_microseconds
        self.minimum_slot_utilization = 0.0 if minimum_slot_utilization is _rt.FACTORY else minimum_slot_utilization
        self.__post_init__()

    PROTO_NAME = "inference.ModelSequenceBatching.StrategyDirect"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode_compact(_encode_ModelSequenceBatchingStrategyDirect, self, "inference.ModelSequenceBatching.StrategyDirect")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> ModelSequenceBatchingStrategyDirect:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_ModelSequenceBatchingStrategyDirect, data, packed_as_numpy, "inference.ModelSequenceBatching.StrategyDirect")


@dataclass(init=False, eq=False, repr=False)
class ModelSequenceBatchingStrategyOldest(_rt.Message):
    """Batches are formed from the oldest requests of the waiting sequences."""

    max_candidate_sequences: int = _rt.field(1, "int32")
    """Most sequences waiting to be batched at once."""

    preferred_batch_size: _rt.PackedInts = _rt.field(2, "int32", repeated=True)
    """Batch sizes to aim for."""

    max_queue_delay_microseconds: int = _rt.field(3, "uint64")
    """Longest a request waits for a batch to fill, in microseconds."""

    preserve_ordering: bool = _rt.field(4, "bool")
    """True returns responses in the order the requests arrived."""

    def __init__(
        self,
        max_candidate_sequences: int = _rt.FACTORY,
        preferred_batch_size: _rt.PackedInts = _rt.FACTORY,
        max_queue_delay_microseconds: int = _rt.FACTORY,
        preserve_ordering: bool = _rt.FACTORY,
    ) -> None:
        self.max_candidate_sequences = 0 if max_candidate_sequences is _rt.FACTORY else max_candidate_sequences
        self.preferred_batch_size = [] if preferred_batch_size is _rt.FACTORY else preferred_batch_size
        self.max_queue_delay_microseconds = 0 if max_queue_delay_microseconds is _rt.FACTORY else max_queue_delay_microseconds
        self.preserve_ordering = False if preserve_ordering is _rt.FACTORY else preserve_ordering
        self.__post_init__()

    PROTO_NAME = "inference.ModelSequenceBatching.StrategyOldest"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode(_encode_ModelSequenceBatchingStrategyOldest, self, "inference.ModelSequenceBatching.StrategyOldest")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> ModelSequenceBatchingStrategyOldest:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_ModelSequenceBatchingStrategyOldest, data, packed_as_numpy, "inference.ModelSequenceBatching.StrategyOldest")


@dataclass(init=False, eq=False, repr=False)
class ModelEnsembling(_rt.Message):
    """The models an ensemble runs and how tensors flow between them."""

    step: list[ModelEnsemblingStep] = _rt.field(1, "message", repeated=True)
    """The steps."""

    def __init__(
        self,
        step: list[ModelEnsemblingStep] = _rt.FACTORY,
    ) -> None:
        self.step = [] if step is _rt.FACTORY else step
        self.__post_init__()

    PROTO_NAME = "inference.ModelEnsembling"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode_compact(_encode_ModelEnsembling, self, "inference.ModelEnsembling")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> ModelEnsembling:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_ModelEnsembling, data, packed_as_numpy, "inference.ModelEnsembling")


@dataclass(init=False, eq=False, repr=False)
class ModelEnsemblingStep(_rt.Message):
    """One model run of the ensemble."""

    model_name: str = _rt.field(1, "string")
    """Name of the model."""

    model_version: int = _rt.field(2, "int64")
    """Version of the model; -1 picks one by the model's version policy."""

    input_map: dict[str, str] = _rt.field(3, "map", map_types=("string", "string"))
    """The step's model inputs, each mapped to an ensemble tensor."""

    output_map: dict[str, str] = _rt.field(4, "map", map_types=("string", "string"))
    """The step's model outputs, each mapped to an ensemble tensor."""

    model_namespace: str = _rt.field(5, "string")
    """Namespace in which to look the model up."""

    def __init__(
        self,
        model_name: str = _rt.FACTORY,
        model_version: int = _rt.FACTORY,
        input_map: dict[str, str] = _rt.FACTORY,
        output_map: dict[str, str] = _rt.FACTORY,
        model_namespace: str = _rt.FACTORY,
    ) -> None:
        self.model_name = "" if model_name is _rt.FACTORY else model_name
        self.model_version = 0 if model_version is _rt.FACTORY else model_version
        self.input_map = {} if input_map is _rt.FACTORY else input_map
        self.output_map = {} if output_map is _rt.FACTORY else output_map
        self.model_namespace = "" if model_namespace is _rt.FACTORY else model_namespace
        self.__post_init__()

    PROTO_NAME = "inference.ModelEnsembling.Step"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode_compact(_encode_ModelEnsemblingStep, self, "inference.ModelEnsembling.Step")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> ModelEnsemblingStep:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_ModelEnsemblingStep, data, packed_as_numpy, "inference.ModelEnsembling.Step")


@dataclass(init=False, eq=False, repr=False)
class ModelParameter(_rt.Message):
    """A free-form parameter of a model, for its backend."""

    string_value: str = _rt.field(1, "string")
    """The value."""

    def __init__(
        self,
        string_value: str = _rt.FACTORY,
    ) -> None:
        self.string_value = "" if string_value is _rt.FACTORY else string_value
        self.__post_init__()

    PROTO_NAME = "inference.ModelParameter"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode_compact(_encode_ModelParameter, self, "inference.ModelParameter")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> ModelParameter:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_ModelParameter, data, packed_as_numpy, "inference.ModelParameter")


@dataclass(init=False, eq=False, repr=False)
class ModelWarmup(_rt.Message):
    """A request the server runs on a model before it serves requests."""

    name: str = _rt.field(1, "string")
    """Name of the warm-up request."""

    batch_size: int = _rt.field(2, "uint32")
    """Batch size of the request."""

    inputs: dict[str, ModelWarmupInput] = _rt.field(3, "map", map_types=("string", "message"))
    """The request's inputs, by name."""

    count: int = _rt.field(4, "uint32")
    """How many times to run it."""

    def __init__(
        self,
        name: str = _rt.FACTORY,
        batch_size: int = _rt.FACTORY,
        inputs: dict[str, ModelWarmupInput] = _rt.FACTORY,
        count: int = _rt.FACTORY,
    ) -> None:
        self.name = "" if name is _rt.FACTORY else name
        self.batch_size = 0 if batch_size is _rt.FACTORY else batch_size
        self.inputs = {} if inputs is _rt.FACTORY else inputs
        self.count = 0 if count is _rt.FACTORY else count
        self.__post_init__()

    PROTO_NAME = "inference.ModelWarmup"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode(_encode_ModelWarmup, self, "inference.ModelWarmup")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> ModelWarmup:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_ModelWarmup, data, packed_as_numpy, "inference.ModelWarmup")

# Setting a member of a oneof of ModelWarmupInput clears the group's other members, as protobuf does.
_ONEOF_OTHERS_ModelWarmupInput = {
    "zero_data": ("random_data", "input_data_file"),
    "random_data": ("zero_data", "input_data_file"),
    "input_data_file": ("zero_data", "random_data"),
}
_ONEOF_GROUPS_ModelWarmupInput = {
    "input_data_type": ("zero_data", "random_data", "input_data_file"),
}


@dataclass(init=False, eq=False, repr=False)
class ModelWarmupInput(_rt.Message):
    """One input of the warm-up request."""

    data_type: DataType = _rt.field(1, "enum", default_factory=lambda: DataType(0))
    """Element type of the input."""

    dims: _rt.PackedInts = _rt.field(2, "int64", repeated=True)
    """Shape of the input."""

    zero_data: bool | None = _rt.field(3, "bool", optional=True, group="input_data_type")
    """True fills the input with zeros."""

    random_data: bool | None = _rt.field(4, "bool", optional=True, group="input_data_type")
    """True fills the input with random data."""

    input_data_file: str | None = _rt.field(5, "string", optional=True, group="input_data_type")
    """File in the model's warmup folder holding the data."""

    def __init__(
        self,
        data_type: DataType = _rt.FACTORY,
        dims: _rt.PackedInts = _rt.FACTORY,
        zero_data: bool | None = _rt.FACTORY,
        random_data: bool | None = _rt.FACTORY,
        input_data_file: str | None = _rt.FACTORY,
    ) -> None:
        if (zero_data is not _rt.FACTORY) + (random_data is not _rt.FACTORY) + (input_data_file is not _rt.FACTORY) > 1:
            _rt.check_oneof("inference.ModelWarmup.Input", "input_data_type", ['zero_data', 'random_data', 'input_data_file'], locals())
        # Past the oneof-clearing __setattr__ (checked above already): constructing stays as cheap as without oneofs.
        self.__dict__["data_type"] = DataType(0) if data_type is _rt.FACTORY else data_type
        self.__dict__["dims"] = [] if dims is _rt.FACTORY else dims
        self.__dict__["zero_data"] = None if zero_data is _rt.FACTORY else zero_data
        self.__dict__["random_data"] = None if random_data is _rt.FACTORY else random_data
        self.__dict__["input_data_file"] = None if input_data_file is _rt.FACTORY else input_data_file
        self.__post_init__()

    PROTO_NAME = "inference.ModelWarmup.Input"  # not annotated: a class attribute, not a dataclass field
    _oneof_groups = _ONEOF_GROUPS_ModelWarmupInput

    def __setattr__(self, name: str, value: _Any) -> None:
        if value is not None:
            others = _ONEOF_OTHERS_ModelWarmupInput.get(name)
            if others is not None:
                fields = self.__dict__
                for other in others:
                    fields[other] = None
        object.__setattr__(self, name, value)

    def __bytes__(self) -> bytes:
        return _rt.encode(_encode_ModelWarmupInput, self, "inference.ModelWarmup.Input")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> ModelWarmupInput:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_ModelWarmupInput, data, packed_as_numpy, "inference.ModelWarmup.Input")


@dataclass(init=False, eq=False, repr=False)
class ModelOperations(_rt.Message):
    """Custom operations a model needs."""

    op_library_filename: list[str] = _rt.field(1, "string", repeated=True)
    """Shared libraries holding the operations, loaded before the model."""

    def __init__(
        self,
        op_library_filename: list[str] = _rt.FACTORY,
    ) -> None:
        self.op_library_filename = [] if op_library_filename is _rt.FACTORY else op_library_filename
        self.__post_init__()

    PROTO_NAME = "inference.ModelOperations"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode_compact(_encode_ModelOperations, self, "inference.ModelOperations")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> ModelOperations:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_ModelOperations, data, packed_as_numpy, "inference.ModelOperations")


@dataclass(init=False, eq=False, repr=False)
class ModelTransactionPolicy(_rt.Message):
    """How requests and responses of a model relate."""

    decoupled: bool = _rt.field(1, "bool")
    """True when the model may answer a request with any number of responses
    (zero included) at any time; such models are served over streams."""

    def __init__(
        self,
        decoupled: bool = _rt.FACTORY,
    ) -> None:
        self.decoupled = False if decoupled is _rt.FACTORY else decoupled
        self.__post_init__()

    PROTO_NAME = "inference.ModelTransactionPolicy"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode_compact(_encode_ModelTransactionPolicy, self, "inference.ModelTransactionPolicy")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> ModelTransactionPolicy:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_ModelTransactionPolicy, data, packed_as_numpy, "inference.ModelTransactionPolicy")


@dataclass(init=False, eq=False, repr=False)
class ModelRepositoryAgents(_rt.Message):
    """Repository agents that act on a model as it loads and unloads."""

    agents: list[ModelRepositoryAgentsAgent] = _rt.field(1, "message", repeated=True)
    """The agents, run in this order."""

    def __init__(
        self,
        agents: list[ModelRepositoryAgentsAgent] = _rt.FACTORY,
    ) -> None:
        self.agents = [] if agents is _rt.FACTORY else agents
        self.__post_init__()

    PROTO_NAME = "inference.ModelRepositoryAgents"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode_compact(_encode_ModelRepositoryAgents, self, "inference.ModelRepositoryAgents")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> ModelRepositoryAgents:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_ModelRepositoryAgents, data, packed_as_numpy, "inference.ModelRepositoryAgents")


@dataclass(init=False, eq=False, repr=False)
class ModelRepositoryAgentsAgent(_rt.Message):
    """One agent."""

    name: str = _rt.field(1, "string")
    """Name of the agent."""

    parameters: dict[str, str] = _rt.field(2, "map", map_types=("string", "string"))
    """The agent's settings, by name."""

    def __init__(
        self,
        name: str = _rt.FACTORY,
        parameters: dict[str, str] = _rt.FACTORY,
    ) -> None:
        self.name = "" if name is _rt.FACTORY else name
        self.parameters = {} if parameters is _rt.FACTORY else parameters
        self.__post_init__()

    PROTO_NAME = "inference.ModelRepositoryAgents.Agent"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode_compact(_encode_ModelRepositoryAgentsAgent, self, "inference.ModelRepositoryAgents.Agent")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> ModelRepositoryAgentsAgent:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_ModelRepositoryAgentsAgent, data, packed_as_numpy, "inference.ModelRepositoryAgents.Agent")


@dataclass(init=False, eq=False, repr=False)
class ModelResponseCache(_rt.Message):
    """Response caching of a model."""

    enable: bool = _rt.field(1, "bool")
    """True caches responses."""

    def __init__(
        self,
        enable: bool = _rt.FACTORY,
    ) -> None:
        self.enable = False if enable is _rt.FACTORY else enable
        self.__post_init__()

    PROTO_NAME = "inference.ModelResponseCache"  # not annotated: a class attribute, not a dataclass field

    def __bytes__(self) -> bytes:
        return _rt.encode_compact(_encode_ModelResponseCache, self, "inference.ModelResponseCache")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> ModelResponseCache:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_ModelResponseCache, data, packed_as_numpy, "inference.ModelResponseCache")

# Setting a member of a oneof of ModelConfig clears the group's other members, as protobuf does.
_ONEOF_OTHERS_ModelConfig = {
    "dynamic_batching": ("sequence_batching", "ensemble_scheduling"),
    "sequence_batching": ("dynamic_batching", "ensemble_scheduling"),
    "ensemble_scheduling": ("dynamic_batching", "sequence_batching"),
}
_ONEOF_GROUPS_ModelConfig = {
    "scheduling_choice": ("dynamic_batching", "sequence_batching", "ensemble_scheduling"),
}


@dataclass(init=False, eq=False, repr=False)
class ModelConfig(_rt.Message):
    """The configuration of a model."""

    name: str = _rt.field(1, "string")
    """Name of the model."""

    platform: str = _rt.field(2, "string")
    """Framework of the model, such as tensorrt_plan or onnxruntime_onnx."""

    backend: str = _rt.field(17, "string")
    """Backend that runs the model, such as python or onnxruntime."""

    runtime: str = _rt.field(25, "string")
    """Runtime library of the backend, when it offers several."""

    version_policy: ModelVersionPolicy | None = _rt.field(3, "message")
    """Which versions to serve."""

    max_batch_size: int = _rt.field(4, "int32")
    """Largest batch the model accepts; 0 means the model does not batch and
    tensors have no batch dimension."""

    input: list[ModelInput] = _rt.field(5, "message", repeated=True)
    """The model's inputs."""

    output: list[ModelOutput] = _rt.field(6, "message", repeated=True)
    """The model's outputs."""

    batch_input: list[BatchInput] = _rt.field(20, "message", repeated=True)
    """Tensors computed from each batch and fed to the model."""

    batch_output: list[BatchOutput] = _rt.field(21, "message", repeated=True)
    """How batched outputs are split among requests."""

    optimization: ModelOptimizationPolicy | None = _rt.field(12, "message")
    """Optimisations to apply."""

    dynamic_batching: ModelDynamicBatching | None = _rt.field(11, "message", optional=True, group="scheduling_choice")
    """Join separate requests into batches."""

    sequence_batching: ModelSequenceBatching | None = _rt.field(13, "message", optional=True, group="scheduling_choice")
    """Keep the requests of a sequence together."""

    ensemble_scheduling: ModelEnsembling | None = _rt.field(15, "message", optional=True, group="scheduling_choice")
    """Run a pipeline of other models."""

    instance_group: list[ModelInstanceGroup] = _rt.field(7, "message", repeated=True)
    """The model's instances."""

    default_model_filename: str = _rt.field(8, "string")
    """File in the version folder that holds the model; empty uses the
    platform's default name."""

    cc_model_filenames: dict[str, str] = _rt.field(9, "map", map_types=("string", "string"))
    """Model file by GPU compute capability, such as "7.5"."""

    metric_tags: dict[str, str] = _rt.field(10, "map", map_types=("string", "string"))
    """Extra labels the model's metrics carry."""

    parameters: dict[str, ModelParameter] = _rt.field(14, "map", map_types=("string", "message"))
    """Free-form parameters for the backend."""

    model_warmup: list[ModelWarmup] = _rt.field(16, "message", repeated=True)
    """Requests to run before the model serves."""

    model_operations: ModelOperations | None = _rt.field(18, "message")
    """Custom operations the model needs."""

    model_transaction_policy: ModelTransactionPolicy | None = _rt.field(19, "message")
    """How requests and responses relate."""

    model_repository_agents: ModelRepositoryAgents | None = _rt.field(23, "message")
    """Repository agents to run on the model."""

    response_cache: ModelResponseCache | None = _rt.field(24, "message")
    """Response caching."""

    def __init__(
        self,
        name: str = _rt.FACTORY,
        platform: str = _rt.FACTORY,
        backend: str = _rt.FACTORY,
        runtime: str = _rt.FACTORY,
        version_policy: ModelVersionPolicy | None = _rt.FACTORY,
        max_batch_size: int = _rt.FACTORY,
        input: list[ModelInput] = _rt.FACTORY,
        output: list[ModelOutput] = _rt.FACTORY,
        batch_input: list[BatchInput] = _rt.FACTORY,
        batch_output: list[BatchOutput] = _rt.FACTORY,
        optimization: ModelOptimizationPolicy | None = _rt.FACTORY,
        dynamic_batching: ModelDynamicBatching | None = _rt.FACTORY,
        sequence_batching: ModelSequenceBatching | None = _rt.FACTORY,
        ensemble_scheduling: ModelEnsembling | None = _rt.FACTORY,
        instance_group: list[ModelInstanceGroup] = _rt.FACTORY,
        default_model_filename: str = _rt.FACTORY,
        cc_model_filenames: dict[str, str] = _rt.FACTORY,
        metric_tags: dict[str, str] = _rt.FACTORY,
        parameters: dict[str, ModelParameter] = _rt.FACTORY,
        model_warmup: list[ModelWarmup] = _rt.FACTORY,
        model_operations: ModelOperations | None = _rt.FACTORY,
        model_transaction_policy: ModelTransactionPolicy | None = _rt.FACTORY,
        model_repository_agents: ModelRepositoryAgents | None = _rt.FACTORY,
        response_cache: ModelResponseCache | None = _rt.FACTORY,
    ) -> None:
        if (dynamic_batching is not _rt.FACTORY) + (sequence_batching is not _rt.FACTORY) + (ensemble_scheduling is not _rt.FACTORY) > 1:
            _rt.check_oneof("inference.ModelConfig", "scheduling_choice", ['dynamic_batching', 'sequence_batching', 'ensemble_scheduling'], locals())
        # Past the oneof-clearing __setattr__ (checked above already): constructing stays as cheap as without oneofs.
        self.__dict__["name"] = "" if name is _rt.FACTORY else name
        self.__dict__["platform"] = "" if platform is _rt.FACTORY else platform
        self.__dict__["backend"] = "" if backend is _rt.FACTORY else backend
        self.__dict__["runtime"] = "" if runtime is _rt.FACTORY else runtime
        self.__dict__["version_policy"] = None if version_policy is _rt.FACTORY else version_policy
        self.__dict__["max_batch_size"] = 0 if max_batch_size is _rt.FACTORY else max_batch_size
        self.__dict__["input"] = [] if input is _rt.FACTORY else input
        self.__dict__["output"] = [] if output is _rt.FACTORY else output
        self.__dict__["batch_input"] = [] if batch_input is _rt.FACTORY else batch_input
        self.__dict__["batch_output"] = [] if batch_output is _rt.FACTORY else batch_output
        self.__dict__["optimization"] = None if optimization is _rt.FACTORY else optimization
        self.__dict__["dynamic_batching"] = None if dynamic_batching is _rt.FACTORY else dynamic_batching
        self.__dict__["sequence_batching"] = None if sequence_batching is _rt.FACTORY else sequence_batching
        self.__dict__["ensemble_scheduling"] = None if ensemble_scheduling is _rt.FACTORY else ensemble_scheduling
        self.__dict__["instance_group"] = [] if instance_group is _rt.FACTORY else instance_group
        self.__dict__["default_model_filename"] = "" if default_model_filename is _rt.FACTORY else default_model_filename
        self.__dict__["cc_model_filenames"] = {} if cc_model_filenames is _rt.FACTORY else cc_model_filenames
        self.__dict__["metric_tags"] = {} if metric_tags is _rt.FACTORY else metric_tags
        self.__dict__["parameters"] = {} if parameters is _rt.FACTORY else parameters
        self.__dict__["model_warmup"] = [] if model_warmup is _rt.FACTORY else model_warmup
        self.__dict__["model_operations"] = None if model_operations is _rt.FACTORY else model_operations
        self.__dict__["model_transaction_policy"] = None if model_transaction_policy is _rt.FACTORY else model_transaction_policy
        self.__dict__["model_repository_agents"] = None if model_repository_agents is _rt.FACTORY else model_repository_agents
        self.__dict__["response_cache"] = None if response_cache is _rt.FACTORY else response_cache
        self.__post_init__()

    PROTO_NAME = "inference.ModelConfig"  # not annotated: a class attribute, not a dataclass field
    _oneof_groups = _ONEOF_GROUPS_ModelConfig

    def __setattr__(self, name: str, value: _Any) -> None:
        if value is not None:
            others = _ONEOF_OTHERS_ModelConfig.get(name)
            if others is not None:
                fields = self.__dict__
                for other in others:
                    fields[other] = None
        object.__setattr__(self, name, value)

    def __bytes__(self) -> bytes:
        return _rt.encode(_encode_ModelConfig, self, "inference.ModelConfig")

    @classmethod
    def parse(cls, data: _rt.Buffer, *, packed_as_numpy: bool = False) -> ModelConfig:
        """Decode `data`; packed numbers become zero-copy numpy arrays when `packed_as_numpy`."""
        return _rt.decode(_decode_ModelConfig, data, packed_as_numpy, "inference.ModelConfig")

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


def _encode_ModelStreamInferResponse(m: ModelStreamInferResponse, out: list[_Any]) -> None:
    v_error_message = m.error_message
    if v_error_message:
        b_error_message = v_error_message.encode()
        n_error_message = len(b_error_message)
        out.append(b'\x0a' + (_ONE_BYTE[n_error_message] if n_error_message < 0x80 else _varint(n_error_message)) + b_error_message)
    v_infer_response = m.infer_response
    if v_infer_response is not None:
        i_infer_response = len(out)
        out.append(b"")  # the slot of the length prefix
        _encode_ModelInferResponse(v_infer_response, out)
        out[i_infer_response] = b'\x12' + _varint(_w.size_from(out, i_infer_response + 1))
    u = m._unknown_fields  # fields this schema does not know, as they were decoded
    if u:
        out.append(u)


def _encode_ModelConfigRequest(m: ModelConfigRequest) -> bytes:
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


def _encode_ModelConfigResponse(m: ModelConfigResponse, out: list[_Any]) -> None:
    v_config = m.config
    if v_config is not None:
        i_config = len(out)
        out.append(b"")  # the slot of the length prefix
        _encode_ModelConfig(v_config, out)
        out[i_config] = b'\x0a' + _varint(_w.size_from(out, i_config + 1))
    u = m._unknown_fields  # fields this schema does not know, as they were decoded
    if u:
        out.append(u)


def _encode_ModelStatisticsRequest(m: ModelStatisticsRequest) -> bytes:
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


def _encode_StatisticDuration(m: StatisticDuration) -> bytes:
    r = b""
    v_count = m.count
    if v_count:
        r += b'\x08' + (_ONE_BYTE[v_count] if v_count.__class__ is int and 0 <= v_count < 0x80 else _w.enc_uint64(v_count))
    v_ns = m.ns
    if v_ns:
        r += b'\x10' + (_ONE_BYTE[v_ns] if v_ns.__class__ is int and 0 <= v_ns < 0x80 else _w.enc_uint64(v_ns))
    # Fields this schema does not know, as they were decoded.
    return r + m._unknown_fields


def _encode_InferStatistics(m: InferStatistics) -> bytes:
    r = b""
    v_success = m.success
    if v_success is not None:
        b_success = _encode_StatisticDuration(v_success)
        n_success = len(b_success)
        r += b'\x0a' + (_ONE_BYTE[n_success] if n_success < 0x80 else _varint(n_success)) + b_success
    v_fail = m.fail
    if v_fail is not None:
        b_fail = _encode_StatisticDuration(v_fail)
        n_fail = len(b_fail)
        r += b'\x12' + (_ONE_BYTE[n_fail] if n_fail < 0x80 else _varint(n_fail)) + b_fail
    v_queue = m.queue
    if v_queue is not None:
        b_queue = _encode_StatisticDuration(v_queue)
        n_queue = len(b_queue)
        r += b'\x1a' + (_ONE_BYTE[n_queue] if n_queue < 0x80 else _varint(n_queue)) + b_queue
    v_compute_input = m.compute_input
    if v_compute_input is not None:
        b_compute_input = _encode_StatisticDuration(v_compute_input)
        n_compute_input = len(b_compute_input)
        r += b'\x22' + (_ONE_BYTE[n_compute_input] if n_compute_input < 0x80 else _varint(n_compute_input)) + b_compute_input
    v_compute_infer = m.compute_infer
    if v_compute_infer is not None:
        b_compute_infer = _encode_StatisticDuration(v_compute_infer)
        n_compute_infer = len(b_compute_infer)
        r += b'\x2a' + (_ONE_BYTE[n_compute_infer] if n_compute_infer < 0x80 else _varint(n_compute_infer)) + b_compute_infer
    v_compute_output = m.compute_output
    if v_compute_output is not None:
        b_compute_output = _encode_StatisticDuration(v_compute_output)
        n_compute_output = len(b_compute_output)
        r += b'\x32' + (_ONE_BYTE[n_compute_output] if n_compute_output < 0x80 else _varint(n_compute_output)) + b_compute_output
    v_cache_hit = m.cache_hit
    if v_cache_hit is not None:
        b_cache_hit = _encode_StatisticDuration(v_cache_hit)
        n_cache_hit = len(b_cache_hit)
        r += b'\x3a' + (_ONE_BYTE[n_cache_hit] if n_cache_hit < 0x80 else _varint(n_cache_hit)) + b_cache_hit
    v_cache_miss = m.cache_miss
    if v_cache_miss is not None:
        b_cache_miss = _encode_StatisticDuration(v_cache_miss)
        n_cache_miss = len(b_cache_miss)
        r += b'\x42' + (_ONE_BYTE[n_cache_miss] if n_cache_miss < 0x80 else _varint(n_cache_miss)) + b_cache_miss
    # Fields this schema does not know, as they were decoded.
    return r + m._unknown_fields


def _encode_InferResponseStatistics(m: InferResponseStatistics) -> bytes:
    r = b""
    v_compute_infer = m.compute_infer
    if v_compute_infer is not None:
        b_compute_infer = _encode_StatisticDuration(v_compute_infer)
        n_compute_infer = len(b_compute_infer)
        r += b'\x0a' + (_ONE_BYTE[n_compute_infer] if n_compute_infer < 0x80 else _varint(n_compute_infer)) + b_compute_infer
    v_compute_output = m.compute_output
    if v_compute_output is not None:
        b_compute_output = _encode_StatisticDuration(v_compute_output)
        n_compute_output = len(b_compute_output)
        r += b'\x12' + (_ONE_BYTE[n_compute_output] if n_compute_output < 0x80 else _varint(n_compute_output)) + b_compute_output
    v_success = m.success
    if v_success is not None:
        b_success = _encode_StatisticDuration(v_success)
        n_success = len(b_success)
        r += b'\x1a' + (_ONE_BYTE[n_success] if n_success < 0x80 else _varint(n_success)) + b_success
    v_fail = m.fail
    if v_fail is not None:
        b_fail = _encode_StatisticDuration(v_fail)
        n_fail = len(b_fail)
        r += b'\x22' + (_ONE_BYTE[n_fail] if n_fail < 0x80 else _varint(n_fail)) + b_fail
    v_empty_response = m.empty_response
    if v_empty_response is not None:
        b_empty_response = _encode_StatisticDuration(v_empty_response)
        n_empty_response = len(b_empty_response)
        r += b'\x2a' + (_ONE_BYTE[n_empty_response] if n_empty_response < 0x80 else _varint(n_empty_response)) + b_empty_response
    v_cancel = m.cancel
    if v_cancel is not None:
        b_cancel = _encode_StatisticDuration(v_cancel)
        n_cancel = len(b_cancel)
        r += b'\x32' + (_ONE_BYTE[n_cancel] if n_cancel < 0x80 else _varint(n_cancel)) + b_cancel
    # Fields this schema does not know, as they were decoded.
    return r + m._unknown_fields


def _encode_InferBatchStatistics(m: InferBatchStatistics) -> bytes:
    r = b""
    v_batch_size = m.batch_size
    if v_batch_size:
        r += b'\x08' + (_ONE_BYTE[v_batch_size] if v_batch_size.__class__ is int and 0 <= v_batch_size < 0x80 else _w.enc_uint64(v_batch_size))
    v_compute_input = m.compute_input
    if v_compute_input is not None:
        b_compute_input = _encode_StatisticDuration(v_compute_input)
        n_compute_input = len(b_compute_input)
        r += b'\x12' + (_ONE_BYTE[n_compute_input] if n_compute_input < 0x80 else _varint(n_compute_input)) + b_compute_input
    v_compute_infer = m.compute_infer
    if v_compute_infer is not None:
        b_compute_infer = _encode_StatisticDuration(v_compute_infer)
        n_compute_infer = len(b_compute_infer)
        r += b'\x1a' + (_ONE_BYTE[n_compute_infer] if n_compute_infer < 0x80 else _varint(n_compute_infer)) + b_compute_infer
    v_compute_output = m.compute_output
    if v_compute_output is not None:
        b_compute_output = _encode_StatisticDuration(v_compute_output)
        n_compute_output = len(b_compute_output)
        r += b'\x22' + (_ONE_BYTE[n_compute_output] if n_compute_output < 0x80 else _varint(n_compute_output)) + b_compute_output
    # Fields this schema does not know, as they were decoded.
    return r + m._unknown_fields


def _encode_MemoryUsage(m: MemoryUsage) -> bytes:
    r = b""
    v_type = m.type
    if v_type:
        b_type = v_type.encode()
        n_type = len(b_type)
        r += b'\x0a' + (_ONE_BYTE[n_type] if n_type < 0x80 else _varint(n_type)) + b_type
    v_id = m.id
    if v_id:
        r += b'\x10' + (_ONE_BYTE[v_id] if v_id.__class__ is int and 0 <= v_id < 0x80 else _w.enc_int64(v_id))
    v_byte_size = m.byte_size
    if v_byte_size:
        r += b'\x18' + (_ONE_BYTE[v_byte_size] if v_byte_size.__class__ is int and 0 <= v_byte_size < 0x80 else _w.enc_uint64(v_byte_size))
    # Fields this schema does not know, as they were decoded.
    return r + m._unknown_fields


def _encode_ModelStatistics(m: ModelStatistics) -> bytes:
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
    v_last_inference = m.last_inference
    if v_last_inference:
        r += b'\x18' + (_ONE_BYTE[v_last_inference] if v_last_inference.__class__ is int and 0 <= v_last_inference < 0x80 else _w.enc_uint64(v_last_inference))
    v_inference_count = m.inference_count
    if v_inference_count:
        r += b'\x20' + (_ONE_BYTE[v_inference_count] if v_inference_count.__class__ is int and 0 <= v_inference_count < 0x80 else _w.enc_uint64(v_inference_count))
    v_execution_count = m.execution_count
    if v_execution_count:
        r += b'\x28' + (_ONE_BYTE[v_execution_count] if v_execution_count.__class__ is int and 0 <= v_execution_count < 0x80 else _w.enc_uint64(v_execution_count))
    v_inference_stats = m.inference_stats
    if v_inference_stats is not None:
        b_inference_stats = _encode_InferStatistics(v_inference_stats)
        n_inference_stats = len(b_inference_stats)
        r += b'\x32' + (_ONE_BYTE[n_inference_stats] if n_inference_stats < 0x80 else _varint(n_inference_stats)) + b_inference_stats
    for v_batch_stats in m.batch_stats:
        b_batch_stats = _encode_InferBatchStatistics(v_batch_stats)
        n_batch_stats = len(b_batch_stats)
        r += b'\x3a' + (_ONE_BYTE[n_batch_stats] if n_batch_stats < 0x80 else _varint(n_batch_stats)) + b_batch_stats
    for v_memory_usage in m.memory_usage:
        b_memory_usage = _encode_MemoryUsage(v_memory_usage)
        n_memory_usage = len(b_memory_usage)
        r += b'\x42' + (_ONE_BYTE[n_memory_usage] if n_memory_usage < 0x80 else _varint(n_memory_usage)) + b_memory_usage
    for k_response_stats, v_response_stats in m.response_stats.items():
        e_response_stats = b""
        b_k_response_stats = k_response_stats.encode()
        n_k_response_stats = len(b_k_response_stats)
        e_response_stats += b'\x0a' + (_ONE_BYTE[n_k_response_stats] if n_k_response_stats < 0x80 else _varint(n_k_response_stats)) + b_k_response_stats
        b_response_stats = _encode_InferResponseStatistics(v_response_stats)
        n_response_stats = len(b_response_stats)
        e_response_stats += b'\x12' + (_ONE_BYTE[n_response_stats] if n_response_stats < 0x80 else _varint(n_response_stats)) + b_response_stats
        n_response_stats = len(e_response_stats)
        r += b'\x4a' + (_ONE_BYTE[n_response_stats] if n_response_stats < 0x80 else _varint(n_response_stats)) + e_response_stats
    # Fields this schema does not know, as they were decoded.
    return r + m._unknown_fields


def _encode_ModelStatisticsResponse(m: ModelStatisticsResponse) -> bytes:
    r = b""
    for v_model_stats in m.model_stats:
        b_model_stats = _encode_ModelStatistics(v_model_stats)
        n_model_stats = len(b_model_stats)
        r += b'\x0a' + (_ONE_BYTE[n_model_stats] if n_model_stats < 0x80 else _varint(n_model_stats)) + b_model_stats
    # Fields this schema does not know, as they were decoded.
    return r + m._unknown_fields


def _encode_ModelRepositoryParameter(m: ModelRepositoryParameter, out: list[_Any]) -> None:
    v_bool_param = m.bool_param
    if v_bool_param is not None:
        out.append(b'\x08' + (b'\x01' if v_bool_param else b'\x00'))
    v_int64_param = m.int64_param
    if v_int64_param is not None:
        out.append(b'\x10' + (_ONE_BYTE[v_int64_param] if v_int64_param.__class__ is int and 0 <= v_int64_param < 0x80 else _w.enc_int64(v_int64_param)))
    v_string_param = m.string_param
    if v_string_param is not None:
        b_string_param = v_string_param.encode()
        n_string_param = len(b_string_param)
        out.append(b'\x1a' + (_ONE_BYTE[n_string_param] if n_string_param < 0x80 else _varint(n_string_param)) + b_string_param)
    v_bytes_param = m.bytes_param
    if v_bytes_param is not None:
        b_bytes_param = v_bytes_param
        if b_bytes_param.__class__ is bytes:
            n_bytes_param = len(b_bytes_param)
        else:
            b_bytes_param, n_bytes_param = _w.payload(b_bytes_param)
        out.append(b'\x22' + (_ONE_BYTE[n_bytes_param] if n_bytes_param < 0x80 else _varint(n_bytes_param)))
        out.append(b_bytes_param)
    u = m._unknown_fields  # fields this schema does not know, as they were decoded
    if u:
        out.append(u)


def _encode_RepositoryIndexRequest(m: RepositoryIndexRequest) -> bytes:
    r = b""
    v_repository_name = m.repository_name
    if v_repository_name:
        b_repository_name = v_repository_name.encode()
        n_repository_name = len(b_repository_name)
        r += b'\x0a' + (_ONE_BYTE[n_repository_name] if n_repository_name < 0x80 else _varint(n_repository_name)) + b_repository_name
    v_ready = m.ready
    if v_ready:
        r += b'\x10' + (b'\x01' if v_ready else b'\x00')
    # Fields this schema does not know, as they were decoded.
    return r + m._unknown_fields


def _encode_RepositoryIndexResponse(m: RepositoryIndexResponse) -> bytes:
    r = b""
    for v_models in m.models:
        b_models = _encode_RepositoryIndexResponseModelIndex(v_models)
        n_models = len(b_models)
        r += b'\x0a' + (_ONE_BYTE[n_models] if n_models < 0x80 else _varint(n_models)) + b_models
    # Fields this schema does not know, as they were decoded.
    return r + m._unknown_fields


def _encode_RepositoryIndexResponseModelIndex(m: RepositoryIndexResponseModelIndex) -> bytes:
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
    v_state = m.state
    if v_state:
        b_state = v_state.encode()
        n_state = len(b_state)
        r += b'\x1a' + (_ONE_BYTE[n_state] if n_state < 0x80 else _varint(n_state)) + b_state
    v_reason = m.reason
    if v_reason:
        b_reason = v_reason.encode()
        n_reason = len(b_reason)
        r += b'\x22' + (_ONE_BYTE[n_reason] if n_reason < 0x80 else _varint(n_reason)) + b_reason
    # Fields this schema does not know, as they were decoded.
    return r + m._unknown_fields


def _encode_RepositoryModelLoadRequest(m: RepositoryModelLoadRequest, out: list[_Any]) -> None:
    v_repository_name = m.repository_name
    if v_repository_name:
        b_repository_name = v_repository_name.encode()
        n_repository_name = len(b_repository_name)
        out.append(b'\x0a' + (_ONE_BYTE[n_repository_name] if n_repository_name < 0x80 else _varint(n_repository_name)) + b_repository_name)
    v_model_name = m.model_name
    if v_model_name:
        b_model_name = v_model_name.encode()
        n_model_name = len(b_model_name)
        out.append(b'\x12' + (_ONE_BYTE[n_model_name] if n_model_name < 0x80 else _varint(n_model_name)) + b_model_name)
    for k_parameters, v_parameters in m.parameters.items():
        s_parameters = len(out)
        out.append(b"")  # the slot of the entry's length prefix
        b_k_parameters = k_parameters.encode()
        n_k_parameters = len(b_k_parameters)
        out.append(b'\x0a' + (_ONE_BYTE[n_k_parameters] if n_k_parameters < 0x80 else _varint(n_k_parameters)) + b_k_parameters)
        i_parameters = len(out)
        out.append(b"")  # the slot of the length prefix
        _encode_ModelRepositoryParameter(v_parameters, out)
        out[i_parameters] = b'\x12' + _varint(_w.size_from(out, i_parameters + 1))
        out[s_parameters] = b'\x1a' + _varint(_w.size_from(out, s_parameters + 1))
    u = m._unknown_fields  # fields this schema does not know, as they were decoded
    if u:
        out.append(u)


def _encode_RepositoryModelLoadResponse(m: RepositoryModelLoadResponse) -> bytes:
    r = b""
    # Fields this schema does not know, as they were decoded.
    return r + m._unknown_fields


def _encode_RepositoryModelUnloadRequest(m: RepositoryModelUnloadRequest, out: list[_Any]) -> None:
    v_repository_name = m.repository_name
    if v_repository_name:
        b_repository_name = v_repository_name.encode()
        n_repository_name = len(b_repository_name)
        out.append(b'\x0a' + (_ONE_BYTE[n_repository_name] if n_repository_name < 0x80 else _varint(n_repository_name)) + b_repository_name)
    v_model_name = m.model_name
    if v_model_name:
        b_model_name = v_model_name.encode()
        n_model_name = len(b_model_name)
        out.append(b'\x12' + (_ONE_BYTE[n_model_name] if n_model_name < 0x80 else _varint(n_model_name)) + b_model_name)
    for k_parameters, v_parameters in m.parameters.items():
        s_parameters = len(out)
        out.append(b"")  # the slot of the entry's length prefix
        b_k_parameters = k_parameters.encode()
        n_k_parameters = len(b_k_parameters)
        out.append(b'\x0a' + (_ONE_BYTE[n_k_parameters] if n_k_parameters < 0x80 else _varint(n_k_parameters)) + b_k_parameters)
        i_parameters = len(out)
        out.append(b"")  # the slot of the length prefix
        _encode_ModelRepositoryParameter(v_parameters, out)
        out[i_parameters] = b'\x12' + _varint(_w.size_from(out, i_parameters + 1))
        out[s_parameters] = b'\x1a' + _varint(_w.size_from(out, s_parameters + 1))
    u = m._unknown_fields  # fields this schema does not know, as they were decoded
    if u:
        out.append(u)


def _encode_RepositoryModelUnloadResponse(m: RepositoryModelUnloadResponse) -> bytes:
    r = b""
    # Fields this schema does not know, as they were decoded.
    return r + m._unknown_fields


def _encode_SystemSharedMemoryStatusRequest(m: SystemSharedMemoryStatusRequest) -> bytes:
    r = b""
    v_name = m.name
    if v_name:
        b_name = v_name.encode()
        n_name = len(b_name)
        r += b'\x0a' + (_ONE_BYTE[n_name] if n_name < 0x80 else _varint(n_name)) + b_name
    # Fields this schema does not know, as they were decoded.
    return r + m._unknown_fields


def _encode_SystemSharedMemoryStatusResponse(m: SystemSharedMemoryStatusResponse) -> bytes:
    r = b""
    for k_regions, v_regions in m.regions.items():
        e_regions = b""
        b_k_regions = k_regions.encode()
        n_k_regions = len(b_k_regions)
        e_regions += b'\x0a' + (_ONE_BYTE[n_k_regions] if n_k_regions < 0x80 else _varint(n_k_regions)) + b_k_regions
        b_regions = _encode_SystemSharedMemoryStatusResponseRegionStatus(v_regions)
        n_regions = len(b_regions)
        e_regions += b'\x12' + (_ONE_BYTE[n_regions] if n_regions < 0x80 else _varint(n_regions)) + b_regions
        n_regions = len(e_regions)
        r += b'\x0a' + (_ONE_BYTE[n_regions] if n_regions < 0x80 else _varint(n_regions)) + e_regions
    # Fields this schema does not know, as they were decoded.
    return r + m._unknown_fields


def _encode_SystemSharedMemoryStatusResponseRegionStatus(m: SystemSharedMemoryStatusResponseRegionStatus) -> bytes:
    r = b""
    v_name = m.name
    if v_name:
        b_name = v_name.encode()
        n_name = len(b_name)
        r += b'\x0a' + (_ONE_BYTE[n_name] if n_name < 0x80 else _varint(n_name)) + b_name
    v_key = m.key
    if v_key:
        b_key = v_key.encode()
        n_key = len(b_key)
        r += b'\x12' + (_ONE_BYTE[n_key] if n_key < 0x80 else _varint(n_key)) + b_key
    v_offset = m.offset
    if v_offset:
        r += b'\x18' + (_ONE_BYTE[v_offset] if v_offset.__class__ is int and 0 <= v_offset < 0x80 else _w.enc_uint64(v_offset))
    v_byte_size = m.byte_size
    if v_byte_size:
        r += b'\x20' + (_ONE_BYTE[v_byte_size] if v_byte_size.__class__ is int and 0 <= v_byte_size < 0x80 else _w.enc_uint64(v_byte_size))
    # Fields this schema does not know, as they were decoded.
    return r + m._unknown_fields


def _encode_SystemSharedMemoryRegisterRequest(m: SystemSharedMemoryRegisterRequest) -> bytes:
    r = b""
    v_name = m.name
    if v_name:
        b_name = v_name.encode()
        n_name = len(b_name)
        r += b'\x0a' + (_ONE_BYTE[n_name] if n_name < 0x80 else _varint(n_name)) + b_name
    v_key = m.key
    if v_key:
        b_key = v_key.encode()
        n_key = len(b_key)
        r += b'\x12' + (_ONE_BYTE[n_key] if n_key < 0x80 else _varint(n_key)) + b_key
    v_offset = m.offset
    if v_offset:
        r += b'\x18' + (_ONE_BYTE[v_offset] if v_offset.__class__ is int and 0 <= v_offset < 0x80 else _w.enc_uint64(v_offset))
    v_byte_size = m.byte_size
    if v_byte_size:
        r += b'\x20' + (_ONE_BYTE[v_byte_size] if v_byte_size.__class__ is int and 0 <= v_byte_size < 0x80 else _w.enc_uint64(v_byte_size))
    # Fields this schema does not know, as they were decoded.
    return r + m._unknown_fields


def _encode_SystemSharedMemoryRegisterResponse(m: SystemSharedMemoryRegisterResponse) -> bytes:
    r = b""
    # Fields this schema does not know, as they were decoded.
    return r + m._unknown_fields


def _encode_SystemSharedMemoryUnregisterRequest(m: SystemSharedMemoryUnregisterRequest) -> bytes:
    r = b""
    v_name = m.name
    if v_name:
        b_name = v_name.encode()
        n_name = len(b_name)
        r += b'\x0a' + (_ONE_BYTE[n_name] if n_name < 0x80 else _varint(n_name)) + b_name
    # Fields this schema does not know, as they were decoded.
    return r + m._unknown_fields


def _encode_SystemSharedMemoryUnregisterResponse(m: SystemSharedMemoryUnregisterResponse) -> bytes:
    r = b""
    # Fields this schema does not know, as they were decoded.
    return r + m._unknown_fields


def _encode_CudaSharedMemoryStatusRequest(m: CudaSharedMemoryStatusRequest) -> bytes:
    r = b""
    v_name = m.name
    if v_name:
        b_name = v_name.encode()
        n_name = len(b_name)
        r += b'\x0a' + (_ONE_BYTE[n_name] if n_name < 0x80 else _varint(n_name)) + b_name
    # Fields this schema does not know, as they were decoded.
    return r + m._unknown_fields


def _encode_CudaSharedMemoryStatusResponse(m: CudaSharedMemoryStatusResponse) -> bytes:
    r = b""
    for k_regions, v_regions in m.regions.items():
        e_regions = b""
        b_k_regions = k_regions.encode()
        n_k_regions = len(b_k_regions)
        e_regions += b'\x0a' + (_ONE_BYTE[n_k_regions] if n_k_regions < 0x80 else _varint(n_k_regions)) + b_k_regions
        b_regions = _encode_CudaSharedMemoryStatusResponseRegionStatus(v_regions)
        n_regions = len(b_regions)
        e_regions += b'\x12' + (_ONE_BYTE[n_regions] if n_regions < 0x80 else _varint(n_regions)) + b_regions
        n_regions = len(e_regions)
        r += b'\x0a' + (_ONE_BYTE[n_regions] if n_regions < 0x80 else _varint(n_regions)) + e_regions
    # Fields this schema does not know, as they were decoded.
    return r + m._unknown_fields


def _encode_CudaSharedMemoryStatusResponseRegionStatus(m: CudaSharedMemoryStatusResponseRegionStatus) -> bytes:
    r = b""
    v_name = m.name
    if v_name:
        b_name = v_name.encode()
        n_name = len(b_name)
        r += b'\x0a' + (_ONE_BYTE[n_name] if n_name < 0x80 else _varint(n_name)) + b_name
    v_device_id = m.device_id
    if v_device_id:
        r += b'\x10' + (_ONE_BYTE[v_device_id] if v_device_id.__class__ is int and 0 <= v_device_id < 0x80 else _w.enc_uint64(v_device_id))
    v_byte_size = m.byte_size
    if v_byte_size:
        r += b'\x18' + (_ONE_BYTE[v_byte_size] if v_byte_size.__class__ is int and 0 <= v_byte_size < 0x80 else _w.enc_uint64(v_byte_size))
    # Fields this schema does not know, as they were decoded.
    return r + m._unknown_fields


def _encode_CudaSharedMemoryRegisterRequest(m: CudaSharedMemoryRegisterRequest, out: list[_Any]) -> None:
    v_name = m.name
    if v_name:
        b_name = v_name.encode()
        n_name = len(b_name)
        out.append(b'\x0a' + (_ONE_BYTE[n_name] if n_name < 0x80 else _varint(n_name)) + b_name)
    b_raw_handle = m.raw_handle
    if b_raw_handle.__class__ is bytes:
        n_raw_handle = len(b_raw_handle)
    else:
        b_raw_handle, n_raw_handle = _w.payload(b_raw_handle)
    if n_raw_handle:
        out.append(b'\x12' + (_ONE_BYTE[n_raw_handle] if n_raw_handle < 0x80 else _varint(n_raw_handle)))
        out.append(b_raw_handle)
    v_device_id = m.device_id
    if v_device_id:
        out.append(b'\x18' + (_ONE_BYTE[v_device_id] if v_device_id.__class__ is int and 0 <= v_device_id < 0x80 else _w.enc_int64(v_device_id)))
    v_byte_size = m.byte_size
    if v_byte_size:
        out.append(b'\x20' + (_ONE_BYTE[v_byte_size] if v_byte_size.__class__ is int and 0 <= v_byte_size < 0x80 else _w.enc_uint64(v_byte_size)))
    u = m._unknown_fields  # fields this schema does not know, as they were decoded
    if u:
        out.append(u)


def _encode_CudaSharedMemoryRegisterResponse(m: CudaSharedMemoryRegisterResponse) -> bytes:
    r = b""
    # Fields this schema does not know, as they were decoded.
    return r + m._unknown_fields


def _encode_CudaSharedMemoryUnregisterRequest(m: CudaSharedMemoryUnregisterRequest) -> bytes:
    r = b""
    v_name = m.name
    if v_name:
        b_name = v_name.encode()
        n_name = len(b_name)
        r += b'\x0a' + (_ONE_BYTE[n_name] if n_name < 0x80 else _varint(n_name)) + b_name
    # Fields this schema does not know, as they were decoded.
    return r + m._unknown_fields


def _encode_CudaSharedMemoryUnregisterResponse(m: CudaSharedMemoryUnregisterResponse) -> bytes:
    r = b""
    # Fields this schema does not know, as they were decoded.
    return r + m._unknown_fields


def _encode_TraceSettingRequest(m: TraceSettingRequest) -> bytes:
    r = b""
    for k_settings, v_settings in m.settings.items():
        e_settings = b""
        b_k_settings = k_settings.encode()
        n_k_settings = len(b_k_settings)
        e_settings += b'\x0a' + (_ONE_BYTE[n_k_settings] if n_k_settings < 0x80 else _varint(n_k_settings)) + b_k_settings
        b_settings = _encode_TraceSettingRequestSettingValue(v_settings)
        n_settings = len(b_settings)
        e_settings += b'\x12' + (_ONE_BYTE[n_settings] if n_settings < 0x80 else _varint(n_settings)) + b_settings
        n_settings = len(e_settings)
        r += b'\x0a' + (_ONE_BYTE[n_settings] if n_settings < 0x80 else _varint(n_settings)) + e_settings
    v_model_name = m.model_name
    if v_model_name:
        b_model_name = v_model_name.encode()
        n_model_name = len(b_model_name)
        r += b'\x12' + (_ONE_BYTE[n_model_name] if n_model_name < 0x80 else _varint(n_model_name)) + b_model_name
    # Fields this schema does not know, as they were decoded.
    return r + m._unknown_fields


def _encode_TraceSettingRequestSettingValue(m: TraceSettingRequestSettingValue) -> bytes:
    r = b""
    for v_value in m.value:
        b_value = v_value.encode()
        n_value = len(b_value)
        r += b'\x0a' + (_ONE_BYTE[n_value] if n_value < 0x80 else _varint(n_value)) + b_value
    # Fields this schema does not know, as they were decoded.
    return r + m._unknown_fields


def _encode_TraceSettingResponse(m: TraceSettingResponse) -> bytes:
    r = b""
    for k_settings, v_settings in m.settings.items():
        e_settings = b""
        b_k_settings = k_settings.encode()
        n_k_settings = len(b_k_settings)
        e_settings += b'\x0a' + (_ONE_BYTE[n_k_settings] if n_k_settings < 0x80 else _varint(n_k_settings)) + b_k_settings
        b_settings = _encode_TraceSettingResponseSettingValue(v_settings)
        n_settings = len(b_settings)
        e_settings += b'\x12' + (_ONE_BYTE[n_settings] if n_settings < 0x80 else _varint(n_settings)) + b_settings
        n_settings = len(e_settings)
        r += b'\x0a' + (_ONE_BYTE[n_settings] if n_settings < 0x80 else _varint(n_settings)) + e_settings
    # Fields this schema does not know, as they were decoded.
    return r + m._unknown_fields


def _encode_TraceSettingResponseSettingValue(m: TraceSettingResponseSettingValue) -> bytes:
    r = b""
    for v_value in m.value:
        b_value = v_value.encode()
        n_value = len(b_value)
        r += b'\x0a' + (_ONE_BYTE[n_value] if n_value < 0x80 else _varint(n_value)) + b_value
    # Fields this schema does not know, as they were decoded.
    return r + m._unknown_fields


def _encode_LogSettingsRequest(m: LogSettingsRequest) -> bytes:
    r = b""
    for k_settings, v_settings in m.settings.items():
        e_settings = b""
        b_k_settings = k_settings.encode()
        n_k_settings = len(b_k_settings)
        e_settings += b'\x0a' + (_ONE_BYTE[n_k_settings] if n_k_settings < 0x80 else _varint(n_k_settings)) + b_k_settings
        b_settings = _encode_LogSettingsRequestSettingValue(v_settings)
        n_settings = len(b_settings)
        e_settings += b'\x12' + (_ONE_BYTE[n_settings] if n_settings < 0x80 else _varint(n_settings)) + b_settings
        n_settings = len(e_settings)
        r += b'\x0a' + (_ONE_BYTE[n_settings] if n_settings < 0x80 else _varint(n_settings)) + e_settings
    # Fields this schema does not know, as they were decoded.
    return r + m._unknown_fields


def _encode_LogSettingsRequestSettingValue(m: LogSettingsRequestSettingValue) -> bytes:
    r = b""
    v_bool_param = m.bool_param
    if v_bool_param is not None:
        r += b'\x08' + (b'\x01' if v_bool_param else b'\x00')
    v_uint32_param = m.uint32_param
    if v_uint32_param is not None:
        r += b'\x10' + (_ONE_BYTE[v_uint32_param] if v_uint32_param.__class__ is int and 0 <= v_uint32_param < 0x80 else _w.enc_uint32(v_uint32_param))
    v_string_param = m.string_param
    if v_string_param is not None:
        b_string_param = v_string_param.encode()
        n_string_param = len(b_string_param)
        r += b'\x1a' + (_ONE_BYTE[n_string_param] if n_string_param < 0x80 else _varint(n_string_param)) + b_string_param
    # Fields this schema does not know, as they were decoded.
    return r + m._unknown_fields


def _encode_LogSettingsResponse(m: LogSettingsResponse) -> bytes:
    r = b""
    for k_settings, v_settings in m.settings.items():
        e_settings = b""
        b_k_settings = k_settings.encode()
        n_k_settings = len(b_k_settings)
        e_settings += b'\x0a' + (_ONE_BYTE[n_k_settings] if n_k_settings < 0x80 else _varint(n_k_settings)) + b_k_settings
        b_settings = _encode_LogSettingsResponseSettingValue(v_settings)
        n_settings = len(b_settings)
        e_settings += b'\x12' + (_ONE_BYTE[n_settings] if n_settings < 0x80 else _varint(n_settings)) + b_settings
        n_settings = len(e_settings)
        r += b'\x0a' + (_ONE_BYTE[n_settings] if n_settings < 0x80 else _varint(n_settings)) + e_settings
    # Fields this schema does not know, as they were decoded.
    return r + m._unknown_fields


def _encode_LogSettingsResponseSettingValue(m: LogSettingsResponseSettingValue) -> bytes:
    r = b""
    v_bool_param = m.bool_param
    if v_bool_param is not None:
        r += b'\x08' + (b'\x01' if v_bool_param else b'\x00')
    v_uint32_param = m.uint32_param
    if v_uint32_param is not None:
        r += b'\x10' + (_ONE_BYTE[v_uint32_param] if v_uint32_param.__class__ is int and 0 <= v_uint32_param < 0x80 else _w.enc_uint32(v_uint32_param))
    v_string_param = m.string_param
    if v_string_param is not None:
        b_string_param = v_string_param.encode()
        n_string_param = len(b_string_param)
        r += b'\x1a' + (_ONE_BYTE[n_string_param] if n_string_param < 0x80 else _varint(n_string_param)) + b_string_param
    # Fields this schema does not know, as they were decoded.
    return r + m._unknown_fields


def _encode_ModelRateLimiter(m: ModelRateLimiter) -> bytes:
    r = b""
    for v_resources in m.resources:
        b_resources = _encode_ModelRateLimiterResource(v_resources)
        n_resources = len(b_resources)
        r += b'\x0a' + (_ONE_BYTE[n_resources] if n_resources < 0x80 else _varint(n_resources)) + b_resources
    v_priority = m.priority
    if v_priority:
        r += b'\x10' + (_ONE_BYTE[v_priority] if v_priority.__class__ is int and 0 <= v_priority < 0x80 else _w.enc_uint32(v_priority))
    # Fields this schema does not know, as they were decoded.
    return r + m._unknown_fields


def _encode_ModelRateLimiterResource(m: ModelRateLimiterResource) -> bytes:
    r = b""
    v_name = m.name
    if v_name:
        b_name = v_name.encode()
        n_name = len(b_name)
        r += b'\x0a' + (_ONE_BYTE[n_name] if n_name < 0x80 else _varint(n_name)) + b_name
    v_global_ = m.global_
    if v_global_:
        r += b'\x10' + (b'\x01' if v_global_ else b'\x00')
    v_count = m.count
    if v_count:
        r += b'\x18' + (_ONE_BYTE[v_count] if v_count.__class__ is int and 0 <= v_count < 0x80 else _w.enc_uint32(v_count))
    # Fields this schema does not know, as they were decoded.
    return r + m._unknown_fields


def _encode_ModelInstanceGroup(m: ModelInstanceGroup, out: list[_Any]) -> None:
    v_name = m.name
    if v_name:
        b_name = v_name.encode()
        n_name = len(b_name)
        out.append(b'\x0a' + (_ONE_BYTE[n_name] if n_name < 0x80 else _varint(n_name)) + b_name)
    v_kind = m.kind
    if v_kind:
        out.append(b'\x20' + _w.enc_int32(v_kind))
    v_count = m.count
    if v_count:
        out.append(b'\x10' + (_ONE_BYTE[v_count] if v_count.__class__ is int and 0 <= v_count < 0x80 else _w.enc_int32(v_count)))
    v_rate_limiter = m.rate_limiter
    if v_rate_limiter is not None:
        b_rate_limiter = _encode_ModelRateLimiter(v_rate_limiter)
        n_rate_limiter = len(b_rate_limiter)
        out.append(b'\x32' + (_ONE_BYTE[n_rate_limiter] if n_rate_limiter < 0x80 else _varint(n_rate_limiter)) + b_rate_limiter)
    v_gpus = m.gpus
    if len(v_gpus):
        b_gpus = _w.packed_varint(v_gpus, "int32")
        n_gpus = len(b_gpus)
        out.append(b'\x1a' + (_ONE_BYTE[n_gpus] if n_gpus < 0x80 else _varint(n_gpus)))
        out.append(b_gpus)
    for v_secondary_devices in m.secondary_devices:
        b_secondary_devices = _encode_ModelInstanceGroupSecondaryDevice(v_secondary_devices)
        n_secondary_devices = len(b_secondary_devices)
        out.append(b'\x42' + (_ONE_BYTE[n_secondary_devices] if n_secondary_devices < 0x80 else _varint(n_secondary_devices)) + b_secondary_devices)
    for v_profile in m.profile:
        b_profile = v_profile.encode()
        n_profile = len(b_profile)
        out.append(b'\x2a' + (_ONE_BYTE[n_profile] if n_profile < 0x80 else _varint(n_profile)) + b_profile)
    v_passive = m.passive
    if v_passive:
        out.append(b'\x38' + (b'\x01' if v_passive else b'\x00'))
    v_host_policy = m.host_policy
    if v_host_policy:
        b_host_policy = v_host_policy.encode()
        n_host_policy = len(b_host_policy)
        out.append(b'\x4a' + (_ONE_BYTE[n_host_policy] if n_host_policy < 0x80 else _varint(n_host_policy)) + b_host_policy)
    u = m._unknown_fields  # fields this schema does not know, as they were decoded
    if u:
        out.append(u)


def _encode_ModelInstanceGroupSecondaryDevice(m: ModelInstanceGroupSecondaryDevice) -> bytes:
    r = b""
    v_kind = m.kind
    if v_kind:
        r += b'\x08' + _w.enc_int32(v_kind)
    v_device_id = m.device_id
    if v_device_id:
        r += b'\x10' + (_ONE_BYTE[v_device_id] if v_device_id.__class__ is int and 0 <= v_device_id < 0x80 else _w.enc_int64(v_device_id))
    # Fields this schema does not know, as they were decoded.
    return r + m._unknown_fields


def _encode_ModelTensorReshape(m: ModelTensorReshape, out: list[_Any]) -> None:
    v_shape = m.shape
    if len(v_shape):
        b_shape = _w.packed_varint(v_shape, "int64")
        n_shape = len(b_shape)
        out.append(b'\x0a' + (_ONE_BYTE[n_shape] if n_shape < 0x80 else _varint(n_shape)))
        out.append(b_shape)
    u = m._unknown_fields  # fields this schema does not know, as they were decoded
    if u:
        out.append(u)


def _encode_ModelInput(m: ModelInput, out: list[_Any]) -> None:
    v_name = m.name
    if v_name:
        b_name = v_name.encode()
        n_name = len(b_name)
        out.append(b'\x0a' + (_ONE_BYTE[n_name] if n_name < 0x80 else _varint(n_name)) + b_name)
    v_data_type = m.data_type
    if v_data_type:
        out.append(b'\x10' + _w.enc_int32(v_data_type))
    v_format = m.format
    if v_format:
        out.append(b'\x18' + _w.enc_int32(v_format))
    v_dims = m.dims
    if len(v_dims):
        b_dims = _w.packed_varint(v_dims, "int64")
        n_dims = len(b_dims)
        out.append(b'\x22' + (_ONE_BYTE[n_dims] if n_dims < 0x80 else _varint(n_dims)))
        out.append(b_dims)
    v_reshape = m.reshape
    if v_reshape is not None:
        i_reshape = len(out)
        out.append(b"")  # the slot of the length prefix
        _encode_ModelTensorReshape(v_reshape, out)
        out[i_reshape] = b'\x2a' + _varint(_w.size_from(out, i_reshape + 1))
    v_is_shape_tensor = m.is_shape_tensor
    if v_is_shape_tensor:
        out.append(b'\x30' + (b'\x01' if v_is_shape_tensor else b'\x00'))
    v_allow_ragged_batch = m.allow_ragged_batch
    if v_allow_ragged_batch:
        out.append(b'\x38' + (b'\x01' if v_allow_ragged_batch else b'\x00'))
    v_optional = m.optional
    if v_optional:
        out.append(b'\x40' + (b'\x01' if v_optional else b'\x00'))
    v_is_non_linear_format_io = m.is_non_linear_format_io
    if v_is_non_linear_format_io:
        out.append(b'\x48' + (b'\x01' if v_is_non_linear_format_io else b'\x00'))
    u = m._unknown_fields  # fields this schema does not know, as they were decoded
    if u:
        out.append(u)


def _encode_ModelOutput(m: ModelOutput, out: list[_Any]) -> None:
    v_name = m.name
    if v_name:
        b_name = v_name.encode()
        n_name = len(b_name)
        out.append(b'\x0a' + (_ONE_BYTE[n_name] if n_name < 0x80 else _varint(n_name)) + b_name)
    v_data_type = m.data_type
    if v_data_type:
        out.append(b'\x10' + _w.enc_int32(v_data_type))
    v_dims = m.dims
    if len(v_dims):
        b_dims = _w.packed_varint(v_dims, "int64")
        n_dims = len(b_dims)
        out.append(b'\x1a' + (_ONE_BYTE[n_dims] if n_dims < 0x80 else _varint(n_dims)))
        out.append(b_dims)
    v_reshape = m.reshape
    if v_reshape is not None:
        i_reshape = len(out)
        out.append(b"")  # the slot of the length prefix
        _encode_ModelTensorReshape(v_reshape, out)
        out[i_reshape] = b'\x2a' + _varint(_w.size_from(out, i_reshape + 1))
    v_label_filename = m.label_filename
    if v_label_filename:
        b_label_filename = v_label_filename.encode()
        n_label_filename = len(b_label_filename)
        out.append(b'\x22' + (_ONE_BYTE[n_label_filename] if n_label_filename < 0x80 else _varint(n_label_filename)) + b_label_filename)
    v_is_shape_tensor = m.is_shape_tensor
    if v_is_shape_tensor:
        out.append(b'\x30' + (b'\x01' if v_is_shape_tensor else b'\x00'))
    v_is_non_linear_format_io = m.is_non_linear_format_io
    if v_is_non_linear_format_io:
        out.append(b'\x38' + (b'\x01' if v_is_non_linear_format_io else b'\x00'))
    u = m._unknown_fields  # fields this schema does not know, as they were decoded
    if u:
        out.append(u)


def _encode_BatchInput(m: BatchInput) -> bytes:
    r = b""
    v_kind = m.kind
    if v_kind:
        r += b'\x08' + _w.enc_int32(v_kind)
    for v_target_name in m.target_name:
        b_target_name = v_target_name.encode()
        n_target_name = len(b_target_name)
        r += b'\x12' + (_ONE_BYTE[n_target_name] if n_target_name < 0x80 else _varint(n_target_name)) + b_target_name
    v_data_type = m.data_type
    if v_data_type:
        r += b'\x18' + _w.enc_int32(v_data_type)
    for v_source_input in m.source_input:
        b_source_input = v_source_input.encode()
        n_source_input = len(b_source_input)
        r += b'\x22' + (_ONE_BYTE[n_source_input] if n_source_input < 0x80 else _varint(n_source_input)) + b_source_input
    # Fields this schema does not know, as they were decoded.
    return r + m._unknown_fields


def _encode_BatchOutput(m: BatchOutput) -> bytes:
    r = b""
    for v_target_name in m.target_name:
        b_target_name = v_target_name.encode()
        n_target_name = len(b_target_name)
        r += b'\x0a' + (_ONE_BYTE[n_target_name] if n_target_name < 0x80 else _varint(n_target_name)) + b_target_name
    v_kind = m.kind
    if v_kind:
        r += b'\x10' + _w.enc_int32(v_kind)
    for v_source_input in m.source_input:
        b_source_input = v_source_input.encode()
        n_source_input = len(b_source_input)
        r += b'\x1a' + (_ONE_BYTE[n_source_input] if n_source_input < 0x80 else _varint(n_source_input)) + b_source_input
    # Fields this schema does not know, as they were decoded.
    return r + m._unknown_fields


def _encode_ModelVersionPolicy(m: ModelVersionPolicy, out: list[_Any]) -> None:
    v_latest = m.latest
    if v_latest is not None:
        b_latest = _encode_ModelVersionPolicyLatest(v_latest)
        n_latest = len(b_latest)
        out.append(b'\x0a' + (_ONE_BYTE[n_latest] if n_latest < 0x80 else _varint(n_latest)) + b_latest)
    v_all = m.all
    if v_all is not None:
        b_all = _encode_ModelVersionPolicyAll(v_all)
        n_all = len(b_all)
        out.append(b'\x12' + (_ONE_BYTE[n_all] if n_all < 0x80 else _varint(n_all)) + b_all)
    v_specific = m.specific
    if v_specific is not None:
        i_specific = len(out)
        out.append(b"")  # the slot of the length prefix
        _encode_ModelVersionPolicySpecific(v_specific, out)
        out[i_specific] = b'\x1a' + _varint(_w.size_from(out, i_specific + 1))
    u = m._unknown_fields  # fields this schema does not know, as they were decoded
    if u:
        out.append(u)


def _encode_ModelVersionPolicyLatest(m: ModelVersionPolicyLatest) -> bytes:
    r = b""
    v_num_versions = m.num_versions
    if v_num_versions:
        r += b'\x08' + (_ONE_BYTE[v_num_versions] if v_num_versions.__class__ is int and 0 <= v_num_versions < 0x80 else _w.enc_uint32(v_num_versions))
    # Fields this schema does not know, as they were decoded.
    return r + m._unknown_fields


def _encode_ModelVersionPolicyAll(m: ModelVersionPolicyAll) -> bytes:
    r = b""
    # Fields this schema does not know, as they were decoded.
    return r + m._unknown_fields


def _encode_ModelVersionPolicySpecific(m: ModelVersionPolicySpecific, out: list[_Any]) -> None:
    v_versions = m.versions
    if len(v_versions):
        b_versions = _w.packed_varint(v_versions, "int64")
        n_versions = len(b_versions)
        out.append(b'\x0a' + (_ONE_BYTE[n_versions] if n_versions < 0x80 else _varint(n_versions)))
        out.append(b_versions)
    u = m._unknown_fields  # fields this schema does not know, as they were decoded
    if u:
        out.append(u)


def _encode_ModelOptimizationPolicy(m: ModelOptimizationPolicy, out: list[_Any]) -> None:
    v_graph = m.graph
    if v_graph is not None:
        b_graph = _encode_ModelOptimizationPolicyGraph(v_graph)
        n_graph = len(b_graph)
        out.append(b'\x0a' + (_ONE_BYTE[n_graph] if n_graph < 0x80 else _varint(n_graph)) + b_graph)
    v_priority = m.priority
    if v_priority:
        out.append(b'\x10' + _w.enc_int32(v_priority))
    v_cuda = m.cuda
    if v_cuda is not None:
        i_cuda = len(out)
        out.append(b"")  # the slot of the length prefix
        _encode_ModelOptimizationPolicyCuda(v_cuda, out)
        out[i_cuda] = b'\x1a' + _varint(_w.size_from(out, i_cuda + 1))
    v_execution_accelerators = m.execution_accelerators
    if v_execution_accelerators is not None:
        b_execution_accelerators = _encode_ModelOptimizationPolicyExecutionAccelerators(v_execution_accelerators)
        n_execution_accelerators = len(b_execution_accelerators)
        out.append(b'\x22' + (_ONE_BYTE[n_execution_accelerators] if n_execution_accelerators < 0x80 else _varint(n_execution_accelerators)) + b_execution_accelerators)
    v_input_pinned_memory = m.input_pinned_memory
    if v_input_pinned_memory is not None:
        b_input_pinned_memory = _encode_ModelOptimizationPolicyPinnedMemoryBuffer(v_input_pinned_memory)
        n_input_pinned_memory = len(b_input_pinned_memory)
        out.append(b'\x2a' + (_ONE_BYTE[n_input_pinned_memory] if n_input_pinned_memory < 0x80 else _varint(n_input_pinned_memory)) + b_input_pinned_memory)
    v_output_pinned_memory = m.output_pinned_memory
    if v_output_pinned_memory is not None:
        b_output_pinned_memory = _encode_ModelOptimizationPolicyPinnedMemoryBuffer(v_output_pinned_memory)
        n_output_pinned_memory = len(b_output_pinned_memory)
        out.append(b'\x32' + (_ONE_BYTE[n_output_pinned_memory] if n_output_pinned_memory < 0x80 else _varint(n_output_pinned_memory)) + b_output_pinned_memory)
    v_gather_kernel_buffer_threshold = m.gather_kernel_buffer_threshold
    if v_gather_kernel_buffer_threshold:
        out.append(b'\x38' + (_ONE_BYTE[v_gather_kernel_buffer_threshold] if v_gather_kernel_buffer_threshold.__class__ is int and 0 <= v_gather_kernel_buffer_threshold < 0x80 else _w.enc_uint32(v_gather_kernel_buffer_threshold)))
    v_eager_batching = m.eager_batching
    if v_eager_batching:
        out.append(b'\x40' + (b'\x01' if v_eager_batching else b'\x00'))
    u = m._unknown_fields  # fields this schema does not know, as they were decoded
    if u:
        out.append(u)


def _encode_ModelOptimizationPolicyGraph(m: ModelOptimizationPolicyGraph) -> bytes:
    r = b""
    v_level = m.level
    if v_level:
        r += b'\x08' + (_ONE_BYTE[v_level] if v_level.__class__ is int and 0 <= v_level < 0x80 else _w.enc_int32(v_level))
    # Fields this schema does not know, as they were decoded.
    return r + m._unknown_fields


def _encode_ModelOptimizationPolicyCuda(m: ModelOptimizationPolicyCuda, out: list[_Any]) -> None:
    v_graphs = m.graphs
    if v_graphs:
        out.append(b'\x08' + (b'\x01' if v_graphs else b'\x00'))
    v_busy_wait_events = m.busy_wait_events
    if v_busy_wait_events:
        out.append(b'\x10' + (b'\x01' if v_busy_wait_events else b'\x00'))
    for v_graph_spec in m.graph_spec:
        i_graph_spec = len(out)
        out.append(b"")  # the slot of the length prefix
        _encode_ModelOptimizationPolicyCudaGraphSpec(v_graph_spec, out)
        out[i_graph_spec] = b'\x1a' + _varint(_w.size_from(out, i_graph_spec + 1))
    v_output_copy_stream = m.output_copy_stream
    if v_output_copy_stream:
        out.append(b'\x20' + (b'\x01' if v_output_copy_stream else b'\x00'))
    u = m._unknown_fields  # fields this schema does not know, as they were decoded
    if u:
        out.append(u)


def _encode_ModelOptimizationPolicyCudaGraphSpec(m: ModelOptimizationPolicyCudaGraphSpec, out: list[_Any]) -> None:
    v_batch_size = m.batch_size
    if v_batch_size:
        out.append(b'\x08' + (_ONE_BYTE[v_batch_size] if v_batch_size.__class__ is int and 0 <= v_batch_size < 0x80 else _w.enc_int32(v_batch_size)))
    for k_input, v_input in m.input.items():
        s_input = len(out)
        out.append(b"")  # the slot of the entry's length prefix
        b_k_input = k_input.encode()
        n_k_input = len(b_k_input)
        out.append(b'\x0a' + (_ONE_BYTE[n_k_input] if n_k_input < 0x80 else _varint(n_k_input)) + b_k_input)
        i_input = len(out)
        out.append(b"")  # the slot of the length prefix
        _encode_ModelOptimizationPolicyCudaGraphSpecShape(v_input, out)
        out[i_input] = b'\x12' + _varint(_w.size_from(out, i_input + 1))
        out[s_input] = b'\x12' + _varint(_w.size_from(out, s_input + 1))
    v_graph_lower_bound = m.graph_lower_bound
    if v_graph_lower_bound is not None:
        i_graph_lower_bound = len(out)
        out.append(b"")  # the slot of the length prefix
        _encode_ModelOptimizationPolicyCudaGraphSpecLowerBound(v_graph_lower_bound, out)
        out[i_graph_lower_bound] = b'\x1a' + _varint(_w.size_from(out, i_graph_lower_bound + 1))
    u = m._unknown_fields  # fields this schema does not know, as they were decoded
    if u:
        out.append(u)


def _encode_ModelOptimizationPolicyCudaGraphSpecShape(m: ModelOptimizationPolicyCudaGraphSpecShape, out: list[_Any]) -> None:
    v_dim = m.dim
    if len(v_dim):
        b_dim = _w.packed_varint(v_dim, "int64")
        n_dim = len(b_dim)
        out.append(b'\x0a' + (_ONE_BYTE[n_dim] if n_dim < 0x80 else _varint(n_dim)))
        out.append(b_dim)
    u = m._unknown_fields  # fields this schema does not know, as they were decoded
    if u:
        out.append(u)


def _encode_ModelOptimizationPolicyCudaGraphSpecLowerBound(m: ModelOptimizationPolicyCudaGraphSpecLowerBound, out: list[_Any]) -> None:
    v_batch_size = m.batch_size
    if v_batch_size:
        out.append(b'\x08' + (_ONE_BYTE[v_batch_size] if v_batch_size.__class__ is int and 0 <= v_batch_size < 0x80 else _w.enc_int32(v_batch_size)))
    for k_input, v_input in m.input.items():
        s_input = len(out)
        out.append(b"")  # the slot of the entry's length prefix
        b_k_input = k_input.encode()
        n_k_input = len(b_k_input)
        out.append(b'\x0a' + (_ONE_BYTE[n_k_input] if n_k_input < 0x80 else _varint(n_k_input)) + b_k_input)
        i_input = len(out)
        out.append(b"")  # the slot of the length prefix
        _encode_ModelOptimizationPolicyCudaGraphSpecShape(v_input, out)
        out[i_input] = b'\x12' + _varint(_w.size_from(out, i_input + 1))
        out[s_input] = b'\x12' + _varint(_w.size_from(out, s_input + 1))
    u = m._unknown_fields  # fields this schema does not know, as they were decoded
    if u:
        out.append(u)


def _encode_ModelOptimizationPolicyExecutionAccelerators(m: ModelOptimizationPolicyExecutionAccelerators) -> bytes:
    r = b""
    for v_gpu_execution_accelerator in m.gpu_execution_accelerator:
        b_gpu_execution_accelerator = _encode_ModelOptimizationPolicyExecutionAcceleratorsAccelerator(v_gpu_execution_accelerator)
        n_gpu_execution_accelerator = len(b_gpu_execution_accelerator)
        r += b'\x0a' + (_ONE_BYTE[n_gpu_execution_accelerator] if n_gpu_execution_accelerator < 0x80 else _varint(n_gpu_execution_accelerator)) + b_gpu_execution_accelerator
    for v_cpu_execution_accelerator in m.cpu_execution_accelerator:
        b_cpu_execution_accelerator = _encode_ModelOptimizationPolicyExecutionAcceleratorsAccelerator(v_cpu_execution_accelerator)
        n_cpu_execution_accelerator = len(b_cpu_execution_accelerator)
        r += b'\x12' + (_ONE_BYTE[n_cpu_execution_accelerator] if n_cpu_execution_accelerator < 0x80 else _varint(n_cpu_execution_accelerator)) + b_cpu_execution_accelerator
    # Fields this schema does not know, as they were decoded.
    return r + m._unknown_fields


def _encode_ModelOptimizationPolicyExecutionAcceleratorsAccelerator(m: ModelOptimizationPolicyExecutionAcceleratorsAccelerator) -> bytes:
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
        b_parameters = v_parameters.encode()
        n_parameters = len(b_parameters)
        e_parameters += b'\x12' + (_ONE_BYTE[n_parameters] if n_parameters < 0x80 else _varint(n_parameters)) + b_parameters
        n_parameters = len(e_parameters)
        r += b'\x12' + (_ONE_BYTE[n_parameters] if n_parameters < 0x80 else _varint(n_parameters)) + e_parameters
    # Fields this schema does not know, as they were decoded.
    return r + m._unknown_fields


def _encode_ModelOptimizationPolicyPinnedMemoryBuffer(m: ModelOptimizationPolicyPinnedMemoryBuffer) -> bytes:
    r = b""
    v_enable = m.enable
    if v_enable:
        r += b'\x08' + (b'\x01' if v_enable else b'\x00')
    # Fields this schema does not know, as they were decoded.
    return r + m._unknown_fields


def _encode_ModelQueuePolicy(m: ModelQueuePolicy) -> bytes:
    r = b""
    v_timeout_action = m.timeout_action
    if v_timeout_action:
        r += b'\x08' + _w.enc_int32(v_timeout_action)
    v_default_timeout_microseconds = m.default_timeout_microseconds
    if v_default_timeout_microseconds:
        r += b'\x10' + (_ONE_BYTE[v_default_timeout_microseconds] if v_default_timeout_microseconds.__class__ is int and 0 <= v_default_timeout_microseconds < 0x80 else _w.enc_uint64(v_default_timeout_microseconds))
    v_allow_timeout_override = m.allow_timeout_override
    if v_allow_timeout_override:
        r += b'\x18' + (b'\x01' if v_allow_timeout_override else b'\x00')
    v_max_queue_size = m.max_queue_size
    if v_max_queue_size:
        r += b'\x20' + (_ONE_BYTE[v_max_queue_size] if v_max_queue_size.__class__ is int and 0 <= v_max_queue_size < 0x80 else _w.enc_uint32(v_max_queue_size))
    # Fields this schema does not know, as they were decoded.
    return r + m._unknown_fields


def _encode_ModelDynamicBatching(m: ModelDynamicBatching, out: list[_Any]) -> None:
    v_preferred_batch_size = m.preferred_batch_size
    if len(v_preferred_batch_size):
        b_preferred_batch_size = _w.packed_varint(v_preferred_batch_size, "int32")
        n_preferred_batch_size = len(b_preferred_batch_size)
        out.append(b'\x0a' + (_ONE_BYTE[n_preferred_batch_size] if n_preferred_batch_size < 0x80 else _varint(n_preferred_batch_size)))
        out.append(b_preferred_batch_size)
    v_max_queue_delay_microseconds = m.max_queue_delay_microseconds
    if v_max_queue_delay_microseconds:
        out.append(b'\x10' + (_ONE_BYTE[v_max_queue_delay_microseconds] if v_max_queue_delay_microseconds.__class__ is int and 0 <= v_max_queue_delay_microseconds < 0x80 else _w.enc_uint64(v_max_queue_delay_microseconds)))
    v_preserve_ordering = m.preserve_ordering
    if v_preserve_ordering:
        out.append(b'\x18' + (b'\x01' if v_preserve_ordering else b'\x00'))
    v_priority_levels = m.priority_levels
    if v_priority_levels:
        out.append(b'\x20' + (_ONE_BYTE[v_priority_levels] if v_priority_levels.__class__ is int and 0 <= v_priority_levels < 0x80 else _w.enc_uint64(v_priority_levels)))
    v_default_priority_level = m.default_priority_level
    if v_default_priority_level:
        out.append(b'\x28' + (_ONE_BYTE[v_default_priority_level] if v_default_priority_level.__class__ is int and 0 <= v_default_priority_level < 0x80 else _w.enc_uint64(v_default_priority_level)))
    v_default_queue_policy = m.default_queue_policy
    if v_default_queue_policy is not None:
        b_default_queue_policy = _encode_ModelQueuePolicy(v_default_queue_policy)
        n_default_queue_policy = len(b_default_queue_policy)
        out.append(b'\x32' + (_ONE_BYTE[n_default_queue_policy] if n_default_queue_policy < 0x80 else _varint(n_default_queue_policy)) + b_default_queue_policy)
    for k_priority_queue_policy, v_priority_queue_policy in m.priority_queue_policy.items():
        e_priority_queue_policy = b""
        e_priority_queue_policy += b'\x08' + (_ONE_BYTE[k_priority_queue_policy] if k_priority_queue_policy.__class__ is int and 0 <= k_priority_queue_policy < 0x80 else _w.enc_uint64(k_priority_queue_policy))
        b_priority_queue_policy = _encode_ModelQueuePolicy(v_priority_queue_policy)
        n_priority_queue_policy = len(b_priority_queue_policy)
        e_priority_queue_policy += b'\x12' + (_ONE_BYTE[n_priority_queue_policy] if n_priority_queue_policy < 0x80 else _varint(n_priority_queue_policy)) + b_priority_queue_policy
        n_priority_queue_policy = len(e_priority_queue_policy)
        out.append(b'\x3a' + (_ONE_BYTE[n_priority_queue_policy] if n_priority_queue_policy < 0x80 else _varint(n_priority_queue_policy)) + e_priority_queue_policy)
    u = m._unknown_fields  # fields this schema does not know, as they were decoded
    if u:
        out.append(u)


def _encode_ModelSequenceBatching(m: ModelSequenceBatching, out: list[_Any]) -> None:
    v_direct = m.direct
    if v_direct is not None:
        b_direct = _encode_ModelSequenceBatchingStrategyDirect(v_direct)
        n_direct = len(b_direct)
        out.append(b'\x1a' + (_ONE_BYTE[n_direct] if n_direct < 0x80 else _varint(n_direct)) + b_direct)
    v_oldest = m.oldest
    if v_oldest is not None:
        i_oldest = len(out)
        out.append(b"")  # the slot of the length prefix
        _encode_ModelSequenceBatchingStrategyOldest(v_oldest, out)
        out[i_oldest] = b'\x22' + _varint(_w.size_from(out, i_oldest + 1))
    v_max_sequence_idle_microseconds = m.max_sequence_idle_microseconds
    if v_max_sequence_idle_microseconds:
        out.append(b'\x08' + (_ONE_BYTE[v_max_sequence_idle_microseconds] if v_max_sequence_idle_microseconds.__class__ is int and 0 <= v_max_sequence_idle_microseconds < 0x80 else _w.enc_uint64(v_max_sequence_idle_microseconds)))
    for v_control_input in m.control_input:
        i_control_input = len(out)
        out.append(b"")  # the slot of the length prefix
        _encode_ModelSequenceBatchingControlInput(v_control_input, out)
        out[i_control_input] = b'\x12' + _varint(_w.size_from(out, i_control_input + 1))
    for v_state in m.state:
        i_state = len(out)
        out.append(b"")  # the slot of the length prefix
        _encode_ModelSequenceBatchingState(v_state, out)
        out[i_state] = b'\x2a' + _varint(_w.size_from(out, i_state + 1))
    v_iterative_sequence = m.iterative_sequence
    if v_iterative_sequence:
        out.append(b'\x30' + (b'\x01' if v_iterative_sequence else b'\x00'))
    u = m._unknown_fields  # fields this schema does not know, as they were decoded
    if u:
        out.append(u)


def _encode_ModelSequenceBatchingControl(m: ModelSequenceBatchingControl, out: list[_Any]) -> None:
    v_kind = m.kind
    if v_kind:
        out.append(b'\x08' + _w.enc_int32(v_kind))
    v_int32_false_true = m.int32_false_true
    if len(v_int32_false_true):
        b_int32_false_true = _w.packed_varint(v_int32_false_true, "int32")
        n_int32_false_true = len(b_int32_false_true)
        out.append(b'\x12' + (_ONE_BYTE[n_int32_false_true] if n_int32_false_true < 0x80 else _varint(n_int32_false_true)))
        out.append(b_int32_false_true)
    v_fp32_false_true = m.fp32_false_true
    if len(v_fp32_false_true):
        b_fp32_false_true = _w.packed_fixed(v_fp32_false_true, "float")
        n_fp32_false_true = len(b_fp32_false_true)
        out.append(b'\x1a' + (_ONE_BYTE[n_fp32_false_true] if n_fp32_false_true < 0x80 else _varint(n_fp32_false_true)))
        out.append(b_fp32_false_true)
    v_bool_false_true = m.bool_false_true
    if len(v_bool_false_true):
        b_bool_false_true = _w.packed_varint(v_bool_false_true, "bool")
        n_bool_false_true = len(b_bool_false_true)
        out.append(b'\x2a' + (_ONE_BYTE[n_bool_false_true] if n_bool_false_true < 0x80 else _varint(n_bool_false_true)))
        out.append(b_bool_false_true)
    v_data_type = m.data_type
    if v_data_type:
        out.append(b'\x20' + _w.enc_int32(v_data_type))
    u = m._unknown_fields  # fields this schema does not know, as they were decoded
    if u:
        out.append(u)


def _encode_ModelSequenceBatchingControlInput(m: ModelSequenceBatchingControlInput, out: list[_Any]) -> None:
    v_name = m.name
    if v_name:
        b_name = v_name.encode()
        n_name = len(b_name)
        out.append(b'\x0a' + (_ONE_BYTE[n_name] if n_name < 0x80 else _varint(n_name)) + b_name)
    for v_control in m.control:
        i_control = len(out)
        out.append(b"")  # the slot of the length prefix
        _encode_ModelSequenceBatchingControl(v_control, out)
        out[i_control] = b'\x12' + _varint(_w.size_from(out, i_control + 1))
    u = m._unknown_fields  # fields this schema does not know, as they were decoded
    if u:
        out.append(u)


def _encode_ModelSequenceBatchingInitialState(m: ModelSequenceBatchingInitialState, out: list[_Any]) -> None:
    v_data_type = m.data_type
    if v_data_type:
        out.append(b'\x08' + _w.enc_int32(v_data_type))
    v_dims = m.dims
    if len(v_dims):
        b_dims = _w.packed_varint(v_dims, "int64")
        n_dims = len(b_dims)
        out.append(b'\x12' + (_ONE_BYTE[n_dims] if n_dims < 0x80 else _varint(n_dims)))
        out.append(b_dims)
    v_zero_data = m.zero_data
    if v_zero_data is not None:
        out.append(b'\x18' + (b'\x01' if v_zero_data else b'\x00'))
    v_data_file = m.data_file
    if v_data_file is not None:
        b_data_file = v_data_file.encode()
        n_data_file = len(b_data_file)
        out.append(b'\x22' + (_ONE_BYTE[n_data_file] if n_data_file < 0x80 else _varint(n_data_file)) + b_data_file)
    v_name = m.name
    if v_name:
        b_name = v_name.encode()
        n_name = len(b_name)
        out.append(b'\x2a' + (_ONE_BYTE[n_name] if n_name < 0x80 else _varint(n_name)) + b_name)
    u = m._unknown_fields  # fields this schema does not know, as they were decoded
    if u:
        out.append(u)


def _encode_ModelSequenceBatchingState(m: ModelSequenceBatchingState, out: list[_Any]) -> None:
    v_input_name = m.input_name
    if v_input_name:
        b_input_name = v_input_name.encode()
        n_input_name = len(b_input_name)
        out.append(b'\x0a' + (_ONE_BYTE[n_input_name] if n_input_name < 0x80 else _varint(n_input_name)) + b_input_name)
    v_output_name = m.output_name
    if v_output_name:
        b_output_name = v_output_name.encode()
        n_output_name = len(b_output_name)
        out.append(b'\x12' + (_ONE_BYTE[n_output_name] if n_output_name < 0x80 else _varint(n_output_name)) + b_output_name)
    v_data_type = m.data_type
    if v_data_type:
        out.append(b'\x18' + _w.enc_int32(v_data_type))
    v_dims = m.dims
    if len(v_dims):
        b_dims = _w.packed_varint(v_dims, "int64")
        n_dims = len(b_dims)
        out.append(b'\x22' + (_ONE_BYTE[n_dims] if n_dims < 0x80 else _varint(n_dims)))
        out.append(b_dims)
    for v_initial_state in m.initial_state:
        i_initial_state = len(out)
        out.append(b"")  # the slot of the length prefix
        _encode_ModelSequenceBatchingInitialState(v_initial_state, out)
        out[i_initial_state] = b'\x2a' + _varint(_w.size_from(out, i_initial_state + 1))
    v_use_same_buffer_for_input_output = m.use_same_buffer_for_input_output
    if v_use_same_buffer_for_input_output:
        out.append(b'\x30' + (b'\x01' if v_use_same_buffer_for_input_output else b'\x00'))
    v_use_growable_memory = m.use_growable_memory
    if v_use_growable_memory:
        out.append(b'\x38' + (b'\x01' if v_use_growable_memory else b'\x00'))
    u = m._unknown_fields  # fields this schema does not know, as they were decoded
    if u:
        out.append(u)


def _encode_ModelSequenceBatchingStrategyDirect(m: ModelSequenceBatchingStrategyDirect) -> bytes:
    r = b""
    v_max_queue_delay_microseconds = m.max_queue_delay_microseconds
    if v_max_queue_delay_microseconds:
        r += b'\x08' + (_ONE_BYTE[v_max_queue_delay_microseconds] if v_max_queue_delay_microseconds.__class__ is int and 0 <= v_max_queue_delay_microseconds < 0x80 else _w.enc_uint64(v_max_queue_delay_microseconds))
    b_minimum_slot_utilization = _w.enc_float(m.minimum_slot_utilization)
    if b_minimum_slot_utilization != b'\x00\x00\x00\x00':
        r += b'\x15' + b_minimum_slot_utilization
    # Fields this schema does not know, as they were decoded.
    return r + m._unknown_fields


def _encode_ModelSequenceBatchingStrategyOldest(m: ModelSequenceBatchingStrategyOldest, out: list[_Any]) -> None:
    v_max_candidate_sequences = m.max_candidate_sequences
    if v_max_candidate_sequences:
        out.append(b'\x08' + (_ONE_BYTE[v_max_candidate_sequences] if v_max_candidate_sequences.__class__ is int and 0 <= v_max_candidate_sequences < 0x80 else _w.enc_int32(v_max_candidate_sequences)))
    v_preferred_batch_size = m.preferred_batch_size
    if len(v_preferred_batch_size):
        b_preferred_batch_size = _w.packed_varint(v_preferred_batch_size, "int32")
        n_preferred_batch_size = len(b_preferred_batch_size)
        out.append(b'\x12' + (_ONE_BYTE[n_preferred_batch_size] if n_preferred_batch_size < 0x80 else _varint(n_preferred_batch_size)))
        out.append(b_preferred_batch_size)
    v_max_queue_delay_microseconds = m.max_queue_delay_microseconds
    if v_max_queue_delay_microseconds:
        out.append(b'\x18' + (_ONE_BYTE[v_max_queue_delay_microseconds] if v_max_queue_delay_microseconds.__class__ is int and 0 <= v_max_queue_delay_microseconds < 0x80 else _w.enc_uint64(v_max_queue_delay_microseconds)))
    v_preserve_ordering = m.preserve_ordering
    if v_preserve_ordering:
        out.append(b'\x20' + (b'\x01' if v_preserve_ordering else b'\x00'))
    u = m._unknown_fields  # fields this schema does not know, as they were decoded
    if u:
        out.append(u)


def _encode_ModelEnsembling(m: ModelEnsembling) -> bytes:
    r = b""
    for v_step in m.step:
        b_step = _encode_ModelEnsemblingStep(v_step)
        n_step = len(b_step)
        r += b'\x0a' + (_ONE_BYTE[n_step] if n_step < 0x80 else _varint(n_step)) + b_step
    # Fields this schema does not know, as they were decoded.
    return r + m._unknown_fields


def _encode_ModelEnsemblingStep(m: ModelEnsemblingStep) -> bytes:
    r = b""
    v_model_name = m.model_name
    if v_model_name:
        b_model_name = v_model_name.encode()
        n_model_name = len(b_model_name)
        r += b'\x0a' + (_ONE_BYTE[n_model_name] if n_model_name < 0x80 else _varint(n_model_name)) + b_model_name
    v_model_version = m.model_version
    if v_model_version:
        r += b'\x10' + (_ONE_BYTE[v_model_version] if v_model_version.__class__ is int and 0 <= v_model_version < 0x80 else _w.enc_int64(v_model_version))
    for k_input_map, v_input_map in m.input_map.items():
        e_input_map = b""
        b_k_input_map = k_input_map.encode()
        n_k_input_map = len(b_k_input_map)
        e_input_map += b'\x0a' + (_ONE_BYTE[n_k_input_map] if n_k_input_map < 0x80 else _varint(n_k_input_map)) + b_k_input_map
        b_input_map = v_input_map.encode()
        n_input_map = len(b_input_map)
        e_input_map += b'\x12' + (_ONE_BYTE[n_input_map] if n_input_map < 0x80 else _varint(n_input_map)) + b_input_map
        n_input_map = len(e_input_map)
        r += b'\x1a' + (_ONE_BYTE[n_input_map] if n_input_map < 0x80 else _varint(n_input_map)) + e_input_map
    for k_output_map, v_output_map in m.output_map.items():
        e_output_map = b""
        b_k_output_map = k_output_map.encode()
        n_k_output_map = len(b_k_output_map)
        e_output_map += b'\x0a' + (_ONE_BYTE[n_k_output_map] if n_k_output_map < 0x80 else _varint(n_k_output_map)) + b_k_output_map
        b_output_map = v_output_map.encode()
        n_output_map = len(b_output_map)
        e_output_map += b'\x12' + (_ONE_BYTE[n_output_map] if n_output_map < 0x80 else _varint(n_output_map)) + b_output_map
        n_output_map = len(e_output_map)
        r += b'\x22' + (_ONE_BYTE[n_output_map] if n_output_map < 0x80 else _varint(n_output_map)) + e_output_map
    v_model_namespace = m.model_namespace
    if v_model_namespace:
        b_model_namespace = v_model_namespace.encode()
        n_model_namespace = len(b_model_namespace)
        r += b'\x2a' + (_ONE_BYTE[n_model_namespace] if n_model_namespace < 0x80 else _varint(n_model_namespace)) + b_model_namespace
    # Fields this schema does not know, as they were decoded.
    return r + m._unknown_fields


def _encode_ModelParameter(m: ModelParameter) -> bytes:
    r = b""
    v_string_value = m.string_value
    if v_string_value:
        b_string_value = v_string_value.encode()
        n_string_value = len(b_string_value)
        r += b'\x0a' + (_ONE_BYTE[n_string_value] if n_string_value < 0x80 else _varint(n_string_value)) + b_string_value
    # Fields this schema does not know, as they were decoded.
    return r + m._unknown_fields


def _encode_ModelWarmup(m: ModelWarmup, out: list[_Any]) -> None:
    v_name = m.name
    if v_name:
        b_name = v_name.encode()
        n_name = len(b_name)
        out.append(b'\x0a' + (_ONE_BYTE[n_name] if n_name < 0x80 else _varint(n_name)) + b_name)
    v_batch_size = m.batch_size
    if v_batch_size:
        out.append(b'\x10' + (_ONE_BYTE[v_batch_size] if v_batch_size.__class__ is int and 0 <= v_batch_size < 0x80 else _w.enc_uint32(v_batch_size)))
    for k_inputs, v_inputs in m.inputs.items():
        s_inputs = len(out)
        out.append(b"")  # the slot of the entry's length prefix
        b_k_inputs = k_inputs.encode()
        n_k_inputs = len(b_k_inputs)
        out.append(b'\x0a' + (_ONE_BYTE[n_k_inputs] if n_k_inputs < 0x80 else _varint(n_k_inputs)) + b_k_inputs)
        i_inputs = len(out)
        out.append(b"")  # the slot of the length prefix
        _encode_ModelWarmupInput(v_inputs, out)
        out[i_inputs] = b'\x12' + _varint(_w.size_from(out, i_inputs + 1))
        out[s_inputs] = b'\x1a' + _varint(_w.size_from(out, s_inputs + 1))
    v_count = m.count
    if v_count:
        out.append(b'\x20' + (_ONE_BYTE[v_count] if v_count.__class__ is int and 0 <= v_count < 0x80 else _w.enc_uint32(v_count)))
    u = m._unknown_fields  # fields this schema does not know, as they were decoded
    if u:
        out.append(u)


def _encode_ModelWarmupInput(m: ModelWarmupInput, out: list[_Any]) -> None:
    v_data_type = m.data_type
    if v_data_type:
        out.append(b'\x08' + _w.enc_int32(v_data_type))
    v_dims = m.dims
    if len(v_dims):
        b_dims = _w.packed_varint(v_dims, "int64")
        n_dims = len(b_dims)
        out.append(b'\x12' + (_ONE_BYTE[n_dims] if n_dims < 0x80 else _varint(n_dims)))
        out.append(b_dims)
    v_zero_data = m.zero_data
    if v_zero_data is not None:
        out.append(b'\x18' + (b'\x01' if v_zero_data else b'\x00'))
    v_random_data = m.random_data
    if v_random_data is not None:
        out.append(b'\x20' + (b'\x01' if v_random_data else b'\x00'))
    v_input_data_file = m.input_data_file
    if v_input_data_file is not None:
        b_input_data_file = v_input_data_file.encode()
        n_input_data_file = len(b_input_data_file)
        out.append(b'\x2a' + (_ONE_BYTE[n_input_data_file] if n_input_data_file < 0x80 else _varint(n_input_data_file)) + b_input_data_file)
    u = m._unknown_fields  # fields this schema does not know, as they were decoded
    if u:
        out.append(u)


def _encode_ModelOperations(m: ModelOperations) -> bytes:
    r = b""
    for v_op_library_filename in m.op_library_filename:
        b_op_library_filename = v_op_library_filename.encode()
        n_op_library_filename = len(b_op_library_filename)
        r += b'\x0a' + (_ONE_BYTE[n_op_library_filename] if n_op_library_filename < 0x80 else _varint(n_op_library_filename)) + b_op_library_filename
    # Fields this schema does not know, as they were decoded.
    return r + m._unknown_fields


def _encode_ModelTransactionPolicy(m: ModelTransactionPolicy) -> bytes:
    r = b""
    v_decoupled = m.decoupled
    if v_decoupled:
        r += b'\x08' + (b'\x01' if v_decoupled else b'\x00')
    # Fields this schema does not know, as they were decoded.
    return r + m._unknown_fields


def _encode_ModelRepositoryAgents(m: ModelRepositoryAgents) -> bytes:
    r = b""
    for v_agents in m.agents:
        b_agents = _encode_ModelRepositoryAgentsAgent(v_agents)
        n_agents = len(b_agents)
        r += b'\x0a' + (_ONE_BYTE[n_agents] if n_agents < 0x80 else _varint(n_agents)) + b_agents
    # Fields this schema does not know, as they were decoded.
    return r + m._unknown_fields


def _encode_ModelRepositoryAgentsAgent(m: ModelRepositoryAgentsAgent) -> bytes:
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
        b_parameters = v_parameters.encode()
        n_parameters = len(b_parameters)
        e_parameters += b'\x12' + (_ONE_BYTE[n_parameters] if n_parameters < 0x80 else _varint(n_parameters)) + b_parameters
        n_parameters = len(e_parameters)
        r += b'\x12' + (_ONE_BYTE[n_parameters] if n_parameters < 0x80 else _varint(n_parameters)) + e_parameters
    # Fields this schema does not know, as they were decoded.
    return r + m._unknown_fields


def _encode_ModelResponseCache(m: ModelResponseCache) -> bytes:
    r = b""
    v_enable = m.enable
    if v_enable:
        r += b'\x08' + (b'\x01' if v_enable else b'\x00')
    # Fields this schema does not know, as they were decoded.
    return r + m._unknown_fields


def _encode_ModelConfig(m: ModelConfig, out: list[_Any]) -> None:
    v_name = m.name
    if v_name:
        b_name = v_name.encode()
        n_name = len(b_name)
        out.append(b'\x0a' + (_ONE_BYTE[n_name] if n_name < 0x80 else _varint(n_name)) + b_name)
    v_platform = m.platform
    if v_platform:
        b_platform = v_platform.encode()
        n_platform = len(b_platform)
        out.append(b'\x12' + (_ONE_BYTE[n_platform] if n_platform < 0x80 else _varint(n_platform)) + b_platform)
    v_backend = m.backend
    if v_backend:
        b_backend = v_backend.encode()
        n_backend = len(b_backend)
        out.append(b'\x8a\x01' + (_ONE_BYTE[n_backend] if n_backend < 0x80 else _varint(n_backend)) + b_backend)
    v_runtime = m.runtime
    if v_runtime:
        b_runtime = v_runtime.encode()
        n_runtime = len(b_runtime)
        out.append(b'\xca\x01' + (_ONE_BYTE[n_runtime] if n_runtime < 0x80 else _varint(n_runtime)) + b_runtime)
    v_version_policy = m.version_policy
    if v_version_policy is not None:
        i_version_policy = len(out)
        out.append(b"")  # the slot of the length prefix
        _encode_ModelVersionPolicy(v_version_policy, out)
        out[i_version_policy] = b'\x1a' + _varint(_w.size_from(out, i_version_policy + 1))
    v_max_batch_size = m.max_batch_size
    if v_max_batch_size:
        out.append(b'\x20' + (_ONE_BYTE[v_max_batch_size] if v_max_batch_size.__class__ is int and 0 <= v_max_batch_size < 0x80 else _w.enc_int32(v_max_batch_size)))
    for v_input in m.input:
        i_input = len(out)
        out.append(b"")  # the slot of the length prefix
        _encode_ModelInput(v_input, out)
        out[i_input] = b'\x2a' + _varint(_w.size_from(out, i_input + 1))
    for v_output in m.output:
        i_output = len(out)
        out.append(b"")  # the slot of the length prefix
        _encode_ModelOutput(v_output, out)
        out[i_output] = b'\x32' + _varint(_w.size_from(out, i_output + 1))
    for v_batch_input in m.batch_input:
        b_batch_input = _encode_BatchInput(v_batch_input)
        n_batch_input = len(b_batch_input)
        out.append(b'\xa2\x01' + (_ONE_BYTE[n_batch_input] if n_batch_input < 0x80 else _varint(n_batch_input)) + b_batch_input)
    for v_batch_output in m.batch_output:
        b_batch_output = _encode_BatchOutput(v_batch_output)
        n_batch_output = len(b_batch_output)
        out.append(b'\xaa\x01' + (_ONE_BYTE[n_batch_output] if n_batch_output < 0x80 else _varint(n_batch_output)) + b_batch_output)
    v_optimization = m.optimization
    if v_optimization is not None:
        i_optimization = len(out)
        out.append(b"")  # the slot of the length prefix
        _encode_ModelOptimizationPolicy(v_optimization, out)
        out[i_optimization] = b'\x62' + _varint(_w.size_from(out, i_optimization + 1))
    v_dynamic_batching = m.dynamic_batching
    if v_dynamic_batching is not None:
        i_dynamic_batching = len(out)
        out.append(b"")  # the slot of the length prefix
        _encode_ModelDynamicBatching(v_dynamic_batching, out)
        out[i_dynamic_batching] = b'\x5a' + _varint(_w.size_from(out, i_dynamic_batching + 1))
    v_sequence_batching = m.sequence_batching
    if v_sequence_batching is not None:
        i_sequence_batching = len(out)
        out.append(b"")  # the slot of the length prefix
        _encode_ModelSequenceBatching(v_sequence_batching, out)
        out[i_sequence_batching] = b'\x6a' + _varint(_w.size_from(out, i_sequence_batching + 1))
    v_ensemble_scheduling = m.ensemble_scheduling
    if v_ensemble_scheduling is not None:
        b_ensemble_scheduling = _encode_ModelEnsembling(v_ensemble_scheduling)
        n_ensemble_scheduling = len(b_ensemble_scheduling)
        out.append(b'\x7a' + (_ONE_BYTE[n_ensemble_scheduling] if n_ensemble_scheduling < 0x80 else _varint(n_ensemble_scheduling)) + b_ensemble_scheduling)
    for v_instance_group in m.instance_group:
        i_instance_group = len(out)
        out.append(b"")  # the slot of the length prefix
        _encode_ModelInstanceGroup(v_instance_group, out)
        out[i_instance_group] = b'\x3a' + _varint(_w.size_from(out, i_instance_group + 1))
    v_default_model_filename = m.default_model_filename
    if v_default_model_filename:
        b_default_model_filename = v_default_model_filename.encode()
        n_default_model_filename = len(b_default_model_filename)
        out.append(b'\x42' + (_ONE_BYTE[n_default_model_filename] if n_default_model_filename < 0x80 else _varint(n_default_model_filename)) + b_default_model_filename)
    for k_cc_model_filenames, v_cc_model_filenames in m.cc_model_filenames.items():
        e_cc_model_filenames = b""
        b_k_cc_model_filenames = k_cc_model_filenames.encode()
        n_k_cc_model_filenames = len(b_k_cc_model_filenames)
        e_cc_model_filenames += b'\x0a' + (_ONE_BYTE[n_k_cc_model_filenames] if n_k_cc_model_filenames < 0x80 else _varint(n_k_cc_model_filenames)) + b_k_cc_model_filenames
        b_cc_model_filenames = v_cc_model_filenames.encode()
        n_cc_model_filenames = len(b_cc_model_filenames)
        e_cc_model_filenames += b'\x12' + (_ONE_BYTE[n_cc_model_filenames] if n_cc_model_filenames < 0x80 else _varint(n_cc_model_filenames)) + b_cc_model_filenames
        n_cc_model_filenames = len(e_cc_model_filenames)
        out.append(b'\x4a' + (_ONE_BYTE[n_cc_model_filenames] if n_cc_model_filenames < 0x80 else _varint(n_cc_model_filenames)) + e_cc_model_filenames)
    for k_metric_tags, v_metric_tags in m.metric_tags.items():
        e_metric_tags = b""
        b_k_metric_tags = k_metric_tags.encode()
        n_k_metric_tags = len(b_k_metric_tags)
        e_metric_tags += b'\x0a' + (_ONE_BYTE[n_k_metric_tags] if n_k_metric_tags < 0x80 else _varint(n_k_metric_tags)) + b_k_metric_tags
        b_metric_tags = v_metric_tags.encode()
        n_metric_tags = len(b_metric_tags)
        e_metric_tags += b'\x12' + (_ONE_BYTE[n_metric_tags] if n_metric_tags < 0x80 else _varint(n_metric_tags)) + b_metric_tags
        n_metric_tags = len(e_metric_tags)
        out.append(b'\x52' + (_ONE_BYTE[n_metric_tags] if n_metric_tags < 0x80 else _varint(n_metric_tags)) + e_metric_tags)
    for k_parameters, v_parameters in m.parameters.items():
        e_parameters = b""
        b_k_parameters = k_parameters.encode()
        n_k_parameters = len(b_k_parameters)
        e_parameters += b'\x0a' + (_ONE_BYTE[n_k_parameters] if n_k_parameters < 0x80 else _varint(n_k_parameters)) + b_k_parameters
        b_parameters = _encode_ModelParameter(v_parameters)
        n_parameters = len(b_parameters)
        e_parameters += b'\x12' + (_ONE_BYTE[n_parameters] if n_parameters < 0x80 else _varint(n_parameters)) + b_parameters
        n_parameters = len(e_parameters)
        out.append(b'\x72' + (_ONE_BYTE[n_parameters] if n_parameters < 0x80 else _varint(n_parameters)) + e_parameters)
    for v_model_warmup in m.model_warmup:
        i_model_warmup = len(out)
        out.append(b"")  # the slot of the length prefix
        _encode_ModelWarmup(v_model_warmup, out)
        out[i_model_warmup] = b'\x82\x01' + _varint(_w.size_from(out, i_model_warmup + 1))
    v_model_operations = m.model_operations
    if v_model_operations is not None:
        b_model_operations = _encode_ModelOperations(v_model_operations)
        n_model_operations = len(b_model_operations)
        out.append(b'\x92\x01' + (_ONE_BYTE[n_model_operations] if n_model_operations < 0x80 else _varint(n_model_operations)) + b_model_operations)
    v_model_transaction_policy = m.model_transaction_policy
    if v_model_transaction_policy is not None:
        b_model_transaction_policy = _encode_ModelTransactionPolicy(v_model_transaction_policy)
        n_model_transaction_policy = len(b_model_transaction_policy)
        out.append(b'\x9a\x01' + (_ONE_BYTE[n_model_transaction_policy] if n_model_transaction_policy < 0x80 else _varint(n_model_transaction_policy)) + b_model_transaction_policy)
    v_model_repository_agents = m.model_repository_agents
    if v_model_repository_agents is not None:
        b_model_repository_agents = _encode_ModelRepositoryAgents(v_model_repository_agents)
        n_model_repository_agents = len(b_model_repository_agents)
        out.append(b'\xba\x01' + (_ONE_BYTE[n_model_repository_agents] if n_model_repository_agents < 0x80 else _varint(n_model_repository_agents)) + b_model_repository_agents)
    v_response_cache = m.response_cache
    if v_response_cache is not None:
        b_response_cache = _encode_ModelResponseCache(v_response_cache)
        n_response_cache = len(b_response_cache)
        out.append(b'\xc2\x01' + (_ONE_BYTE[n_response_cache] if n_response_cache < 0x80 else _varint(n_response_cache)) + b_response_cache)
    u = m._unknown_fields  # fields this schema does not know, as they were decoded
    if u:
        out.append(u)

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


def _decode_ModelStreamInferResponse(buf: memoryview, pos: int, end: int, as_numpy: bool) -> ModelStreamInferResponse:
    unknown = b""
    f_error_message: _Any = ""
    f_infer_response: _Any = None
    c_infer_response: _Any = None
    start = pos
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.ModelStreamInferResponse")
            if key == 10:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelStreamInferResponse")
                f_error_message = buf[start:pos].tobytes().decode()
            elif key == 18:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelStreamInferResponse")
                if f_infer_response is None:
                    c_infer_response = (start, pos)
                    f_infer_response = _decode_ModelInferResponse(buf, start, pos, as_numpy)
                else:
                    # Protobuf merges a singular message that occurs again: decode the concatenation.
                    c_infer_response = _w.concat(buf, c_infer_response, start, pos)
                    f_infer_response = _decode_ModelInferResponse(c_infer_response, 0, len(c_infer_response), as_numpy)
            else:
                u, pos = _w.unknown_field(buf, pos, end, key, "inference.ModelStreamInferResponse")
                unknown += u
    except IndexError:
        raise _w.DecodeError("inference.ModelStreamInferResponse", pos, "truncated field") from None
    except UnicodeDecodeError as exc:
        raise _w.DecodeError("inference.ModelStreamInferResponse", start + exc.start, "invalid UTF-8 in a string field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(ModelStreamInferResponse)
    if unknown:
        message._unknown_fields = unknown
    message.error_message = f_error_message
    message.infer_response = f_infer_response
    return message


def _decode_ModelConfigRequest(buf: memoryview, pos: int, end: int, as_numpy: bool) -> ModelConfigRequest:
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
                key, pos = _w.read_varint(buf, pos, end, "inference.ModelConfigRequest")
            if key == 10:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelConfigRequest")
                f_name = buf[start:pos].tobytes().decode()
            elif key == 18:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelConfigRequest")
                f_version = buf[start:pos].tobytes().decode()
            else:
                u, pos = _w.unknown_field(buf, pos, end, key, "inference.ModelConfigRequest")
                unknown += u
    except IndexError:
        raise _w.DecodeError("inference.ModelConfigRequest", pos, "truncated field") from None
    except UnicodeDecodeError as exc:
        raise _w.DecodeError("inference.ModelConfigRequest", start + exc.start, "invalid UTF-8 in a string field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(ModelConfigRequest)
    if unknown:
        message._unknown_fields = unknown
    message.name = f_name
    message.version = f_version
    return message


def _decode_ModelConfigResponse(buf: memoryview, pos: int, end: int, as_numpy: bool) -> ModelConfigResponse:
    unknown = b""
    f_config: _Any = None
    c_config: _Any = None
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.ModelConfigResponse")
            if key == 10:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelConfigResponse")
                if f_config is None:
                    c_config = (start, pos)
                    f_config = _decode_ModelConfig(buf, start, pos, as_numpy)
                else:
                    # Protobuf merges a singular message that occurs again: decode the concatenation.
                    c_config = _w.concat(buf, c_config, start, pos)
                    f_config = _decode_ModelConfig(c_config, 0, len(c_config), as_numpy)
            else:
                u, pos = _w.unknown_field(buf, pos, end, key, "inference.ModelConfigResponse")
                unknown += u
    except IndexError:
        raise _w.DecodeError("inference.ModelConfigResponse", pos, "truncated field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(ModelConfigResponse)
    if unknown:
        message._unknown_fields = unknown
    message.config = f_config
    return message


def _decode_ModelStatisticsRequest(buf: memoryview, pos: int, end: int, as_numpy: bool) -> ModelStatisticsRequest:
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
                key, pos = _w.read_varint(buf, pos, end, "inference.ModelStatisticsRequest")
            if key == 10:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelStatisticsRequest")
                f_name = buf[start:pos].tobytes().decode()
            elif key == 18:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelStatisticsRequest")
                f_version = buf[start:pos].tobytes().decode()
            else:
                u, pos = _w.unknown_field(buf, pos, end, key, "inference.ModelStatisticsRequest")
                unknown += u
    except IndexError:
        raise _w.DecodeError("inference.ModelStatisticsRequest", pos, "truncated field") from None
    except UnicodeDecodeError as exc:
        raise _w.DecodeError("inference.ModelStatisticsRequest", start + exc.start, "invalid UTF-8 in a string field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(ModelStatisticsRequest)
    if unknown:
        message._unknown_fields = unknown
    message.name = f_name
    message.version = f_version
    return message


def _decode_StatisticDuration(buf: memoryview, pos: int, end: int, as_numpy: bool) -> StatisticDuration:
    unknown = b""
    f_count: _Any = 0
    f_ns: _Any = 0
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.StatisticDuration")
            if key == 8:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.StatisticDuration")
                f_count = v
            elif key == 16:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.StatisticDuration")
                f_ns = v
            else:
                u, pos = _w.unknown_field(buf, pos, end, key, "inference.StatisticDuration")
                unknown += u
    except IndexError:
        raise _w.DecodeError("inference.StatisticDuration", pos, "truncated field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(StatisticDuration)
    if unknown:
        message._unknown_fields = unknown
    message.count = f_count
    message.ns = f_ns
    return message


def _decode_InferStatistics(buf: memoryview, pos: int, end: int, as_numpy: bool) -> InferStatistics:
    unknown = b""
    f_success: _Any = None
    f_fail: _Any = None
    f_queue: _Any = None
    f_compute_input: _Any = None
    f_compute_infer: _Any = None
    f_compute_output: _Any = None
    f_cache_hit: _Any = None
    f_cache_miss: _Any = None
    c_success: _Any = None
    c_fail: _Any = None
    c_queue: _Any = None
    c_compute_input: _Any = None
    c_compute_infer: _Any = None
    c_compute_output: _Any = None
    c_cache_hit: _Any = None
    c_cache_miss: _Any = None
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.InferStatistics")
            if key == 10:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.InferStatistics")
                if f_success is None:
                    c_success = (start, pos)
                    f_success = _decode_StatisticDuration(buf, start, pos, as_numpy)
                else:
                    # Protobuf merges a singular message that occurs again: decode the concatenation.
                    c_success = _w.concat(buf, c_success, start, pos)
                    f_success = _decode_StatisticDuration(c_success, 0, len(c_success), as_numpy)
            elif key == 18:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.InferStatistics")
                if f_fail is None:
                    c_fail = (start, pos)
                    f_fail = _decode_StatisticDuration(buf, start, pos, as_numpy)
                else:
                    # Protobuf merges a singular message that occurs again: decode the concatenation.
                    c_fail = _w.concat(buf, c_fail, start, pos)
                    f_fail = _decode_StatisticDuration(c_fail, 0, len(c_fail), as_numpy)
            elif key == 26:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.InferStatistics")
                if f_queue is None:
                    c_queue = (start, pos)
                    f_queue = _decode_StatisticDuration(buf, start, pos, as_numpy)
                else:
                    # Protobuf merges a singular message that occurs again: decode the concatenation.
                    c_queue = _w.concat(buf, c_queue, start, pos)
                    f_queue = _decode_StatisticDuration(c_queue, 0, len(c_queue), as_numpy)
            elif key == 34:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.InferStatistics")
                if f_compute_input is None:
                    c_compute_input = (start, pos)
                    f_compute_input = _decode_StatisticDuration(buf, start, pos, as_numpy)
                else:
                    # Protobuf merges a singular message that occurs again: decode the concatenation.
                    c_compute_input = _w.concat(buf, c_compute_input, start, pos)
                    f_compute_input = _decode_StatisticDuration(c_compute_input, 0, len(c_compute_input), as_numpy)
            elif key == 42:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.InferStatistics")
                if f_compute_infer is None:
                    c_compute_infer = (start, pos)
                    f_compute_infer = _decode_StatisticDuration(buf, start, pos, as_numpy)
                else:
                    # Protobuf merges a singular message that occurs again: decode the concatenation.
                    c_compute_infer = _w.concat(buf, c_compute_infer, start, pos)
                    f_compute_infer = _decode_StatisticDuration(c_compute_infer, 0, len(c_compute_infer), as_numpy)
            elif key == 50:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.InferStatistics")
                if f_compute_output is None:
                    c_compute_output = (start, pos)
                    f_compute_output = _decode_StatisticDuration(buf, start, pos, as_numpy)
                else:
                    # Protobuf merges a singular message that occurs again: decode the concatenation.
                    c_compute_output = _w.concat(buf, c_compute_output, start, pos)
                    f_compute_output = _decode_StatisticDuration(c_compute_output, 0, len(c_compute_output), as_numpy)
            elif key == 58:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.InferStatistics")
                if f_cache_hit is None:
                    c_cache_hit = (start, pos)
                    f_cache_hit = _decode_StatisticDuration(buf, start, pos, as_numpy)
                else:
                    # Protobuf merges a singular message that occurs again: decode the concatenation.
                    c_cache_hit = _w.concat(buf, c_cache_hit, start, pos)
                    f_cache_hit = _decode_StatisticDuration(c_cache_hit, 0, len(c_cache_hit), as_numpy)
            elif key == 66:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.InferStatistics")
                if f_cache_miss is None:
                    c_cache_miss = (start, pos)
                    f_cache_miss = _decode_StatisticDuration(buf, start, pos, as_numpy)
                else:
                    # Protobuf merges a singular message that occurs again: decode the concatenation.
                    c_cache_miss = _w.concat(buf, c_cache_miss, start, pos)
                    f_cache_miss = _decode_StatisticDuration(c_cache_miss, 0, len(c_cache_miss), as_numpy)
            else:
                u, pos = _w.unknown_field(buf, pos, end, key, "inference.InferStatistics")
                unknown += u
    except IndexError:
        raise _w.DecodeError("inference.InferStatistics", pos, "truncated field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(InferStatistics)
    if unknown:
        message._unknown_fields = unknown
    message.success = f_success
    message.fail = f_fail
    message.queue = f_queue
    message.compute_input = f_compute_input
    message.compute_infer = f_compute_infer
    message.compute_output = f_compute_output
    message.cache_hit = f_cache_hit
    message.cache_miss = f_cache_miss
    return message


def _decode_InferResponseStatistics(buf: memoryview, pos: int, end: int, as_numpy: bool) -> InferResponseStatistics:
    unknown = b""
    f_compute_infer: _Any = None
    f_compute_output: _Any = None
    f_success: _Any = None
    f_fail: _Any = None
    f_empty_response: _Any = None
    f_cancel: _Any = None
    c_compute_infer: _Any = None
    c_compute_output: _Any = None
    c_success: _Any = None
    c_fail: _Any = None
    c_empty_response: _Any = None
    c_cancel: _Any = None
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.InferResponseStatistics")
            if key == 10:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.InferResponseStatistics")
                if f_compute_infer is None:
                    c_compute_infer = (start, pos)
                    f_compute_infer = _decode_StatisticDuration(buf, start, pos, as_numpy)
                else:
                    # Protobuf merges a singular message that occurs again: decode the concatenation.
                    c_compute_infer = _w.concat(buf, c_compute_infer, start, pos)
                    f_compute_infer = _decode_StatisticDuration(c_compute_infer, 0, len(c_compute_infer), as_numpy)
            elif key == 18:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.InferResponseStatistics")
                if f_compute_output is None:
                    c_compute_output = (start, pos)
                    f_compute_output = _decode_StatisticDuration(buf, start, pos, as_numpy)
                else:
                    # Protobuf merges a singular message that occurs again: decode the concatenation.
                    c_compute_output = _w.concat(buf, c_compute_output, start, pos)
                    f_compute_output = _decode_StatisticDuration(c_compute_output, 0, len(c_compute_output), as_numpy)
            elif key == 26:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.InferResponseStatistics")
                if f_success is None:
                    c_success = (start, pos)
                    f_success = _decode_StatisticDuration(buf, start, pos, as_numpy)
                else:
                    # Protobuf merges a singular message that occurs again: decode the concatenation.
                    c_success = _w.concat(buf, c_success, start, pos)
                    f_success = _decode_StatisticDuration(c_success, 0, len(c_success), as_numpy)
            elif key == 34:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.InferResponseStatistics")
                if f_fail is None:
                    c_fail = (start, pos)
                    f_fail = _decode_StatisticDuration(buf, start, pos, as_numpy)
                else:
                    # Protobuf merges a singular message that occurs again: decode the concatenation.
                    c_fail = _w.concat(buf, c_fail, start, pos)
                    f_fail = _decode_StatisticDuration(c_fail, 0, len(c_fail), as_numpy)
            elif key == 42:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.InferResponseStatistics")
                if f_empty_response is None:
                    c_empty_response = (start, pos)
                    f_empty_response = _decode_StatisticDuration(buf, start, pos, as_numpy)
                else:
                    # Protobuf merges a singular message that occurs again: decode the concatenation.
                    c_empty_response = _w.concat(buf, c_empty_response, start, pos)
                    f_empty_response = _decode_StatisticDuration(c_empty_response, 0, len(c_empty_response), as_numpy)
            elif key == 50:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.InferResponseStatistics")
                if f_cancel is None:
                    c_cancel = (start, pos)
                    f_cancel = _decode_StatisticDuration(buf, start, pos, as_numpy)
                else:
                    # Protobuf merges a singular message that occurs again: decode the concatenation.
                    c_cancel = _w.concat(buf, c_cancel, start, pos)
                    f_cancel = _decode_StatisticDuration(c_cancel, 0, len(c_cancel), as_numpy)
            else:
                u, pos = _w.unknown_field(buf, pos, end, key, "inference.InferResponseStatistics")
                unknown += u
    except IndexError:
        raise _w.DecodeError("inference.InferResponseStatistics", pos, "truncated field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(InferResponseStatistics)
    if unknown:
        message._unknown_fields = unknown
    message.compute_infer = f_compute_infer
    message.compute_output = f_compute_output
    message.success = f_success
    message.fail = f_fail
    message.empty_response = f_empty_response
    message.cancel = f_cancel
    return message


def _decode_InferBatchStatistics(buf: memoryview, pos: int, end: int, as_numpy: bool) -> InferBatchStatistics:
    unknown = b""
    f_batch_size: _Any = 0
    f_compute_input: _Any = None
    f_compute_infer: _Any = None
    f_compute_output: _Any = None
    c_compute_input: _Any = None
    c_compute_infer: _Any = None
    c_compute_output: _Any = None
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.InferBatchStatistics")
            if key == 8:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.InferBatchStatistics")
                f_batch_size = v
            elif key == 18:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.InferBatchStatistics")
                if f_compute_input is None:
                    c_compute_input = (start, pos)
                    f_compute_input = _decode_StatisticDuration(buf, start, pos, as_numpy)
                else:
                    # Protobuf merges a singular message that occurs again: decode the concatenation.
                    c_compute_input = _w.concat(buf, c_compute_input, start, pos)
                    f_compute_input = _decode_StatisticDuration(c_compute_input, 0, len(c_compute_input), as_numpy)
            elif key == 26:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.InferBatchStatistics")
                if f_compute_infer is None:
                    c_compute_infer = (start, pos)
                    f_compute_infer = _decode_StatisticDuration(buf, start, pos, as_numpy)
                else:
                    # Protobuf merges a singular message that occurs again: decode the concatenation.
                    c_compute_infer = _w.concat(buf, c_compute_infer, start, pos)
                    f_compute_infer = _decode_StatisticDuration(c_compute_infer, 0, len(c_compute_infer), as_numpy)
            elif key == 34:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.InferBatchStatistics")
                if f_compute_output is None:
                    c_compute_output = (start, pos)
                    f_compute_output = _decode_StatisticDuration(buf, start, pos, as_numpy)
                else:
                    # Protobuf merges a singular message that occurs again: decode the concatenation.
                    c_compute_output = _w.concat(buf, c_compute_output, start, pos)
                    f_compute_output = _decode_StatisticDuration(c_compute_output, 0, len(c_compute_output), as_numpy)
            else:
                u, pos = _w.unknown_field(buf, pos, end, key, "inference.InferBatchStatistics")
                unknown += u
    except IndexError:
        raise _w.DecodeError("inference.InferBatchStatistics", pos, "truncated field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(InferBatchStatistics)
    if unknown:
        message._unknown_fields = unknown
    message.batch_size = f_batch_size
    message.compute_input = f_compute_input
    message.compute_infer = f_compute_infer
    message.compute_output = f_compute_output
    return message


def _decode_MemoryUsage(buf: memoryview, pos: int, end: int, as_numpy: bool) -> MemoryUsage:
    unknown = b""
    f_type: _Any = ""
    f_id: _Any = 0
    f_byte_size: _Any = 0
    start = pos
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.MemoryUsage")
            if key == 10:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.MemoryUsage")
                f_type = buf[start:pos].tobytes().decode()
            elif key == 16:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.MemoryUsage")
                f_id = v - ((v & 0x8000000000000000) << 1)
            elif key == 24:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.MemoryUsage")
                f_byte_size = v
            else:
                u, pos = _w.unknown_field(buf, pos, end, key, "inference.MemoryUsage")
                unknown += u
    except IndexError:
        raise _w.DecodeError("inference.MemoryUsage", pos, "truncated field") from None
    except UnicodeDecodeError as exc:
        raise _w.DecodeError("inference.MemoryUsage", start + exc.start, "invalid UTF-8 in a string field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(MemoryUsage)
    if unknown:
        message._unknown_fields = unknown
    message.type = f_type
    message.id = f_id
    message.byte_size = f_byte_size
    return message


def _decode_ModelStatistics(buf: memoryview, pos: int, end: int, as_numpy: bool) -> ModelStatistics:
    unknown = b""
    f_name: _Any = ""
    f_version: _Any = ""
    f_last_inference: _Any = 0
    f_inference_count: _Any = 0
    f_execution_count: _Any = 0
    f_inference_stats: _Any = None
    f_batch_stats: _Any = []
    f_memory_usage: _Any = []
    f_response_stats: _Any = {}
    c_inference_stats: _Any = None
    start = pos
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.ModelStatistics")
            if key == 10:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelStatistics")
                f_name = buf[start:pos].tobytes().decode()
            elif key == 18:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelStatistics")
                f_version = buf[start:pos].tobytes().decode()
            elif key == 24:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.ModelStatistics")
                f_last_inference = v
            elif key == 32:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.ModelStatistics")
                f_inference_count = v
            elif key == 40:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.ModelStatistics")
                f_execution_count = v
            elif key == 50:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelStatistics")
                if f_inference_stats is None:
                    c_inference_stats = (start, pos)
                    f_inference_stats = _decode_InferStatistics(buf, start, pos, as_numpy)
                else:
                    # Protobuf merges a singular message that occurs again: decode the concatenation.
                    c_inference_stats = _w.concat(buf, c_inference_stats, start, pos)
                    f_inference_stats = _decode_InferStatistics(c_inference_stats, 0, len(c_inference_stats), as_numpy)
            elif key == 58:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelStatistics")
                f_batch_stats.append(_decode_InferBatchStatistics(buf, start, pos, as_numpy))
            elif key == 66:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelStatistics")
                f_memory_usage.append(_decode_MemoryUsage(buf, start, pos, as_numpy))
            elif key == 74:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelStatistics")
                k, val = _decode_ModelStatistics_response_stats_entry(buf, start, pos, as_numpy)
                f_response_stats[k] = val
            else:
                u, pos = _w.unknown_field(buf, pos, end, key, "inference.ModelStatistics")
                unknown += u
    except IndexError:
        raise _w.DecodeError("inference.ModelStatistics", pos, "truncated field") from None
    except UnicodeDecodeError as exc:
        raise _w.DecodeError("inference.ModelStatistics", start + exc.start, "invalid UTF-8 in a string field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(ModelStatistics)
    if unknown:
        message._unknown_fields = unknown
    message.name = f_name
    message.version = f_version
    message.last_inference = f_last_inference
    message.inference_count = f_inference_count
    message.execution_count = f_execution_count
    message.inference_stats = f_inference_stats
    message.batch_stats = f_batch_stats
    message.memory_usage = f_memory_usage
    message.response_stats = f_response_stats
    return message


def _decode_ModelStatisticsResponse(buf: memoryview, pos: int, end: int, as_numpy: bool) -> ModelStatisticsResponse:
    unknown = b""
    f_model_stats: _Any = []
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.ModelStatisticsResponse")
            if key == 10:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelStatisticsResponse")
                f_model_stats.append(_decode_ModelStatistics(buf, start, pos, as_numpy))
            else:
                u, pos = _w.unknown_field(buf, pos, end, key, "inference.ModelStatisticsResponse")
                unknown += u
    except IndexError:
        raise _w.DecodeError("inference.ModelStatisticsResponse", pos, "truncated field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(ModelStatisticsResponse)
    if unknown:
        message._unknown_fields = unknown
    message.model_stats = f_model_stats
    return message


def _decode_ModelRepositoryParameter(buf: memoryview, pos: int, end: int, as_numpy: bool) -> ModelRepositoryParameter:
    unknown = b""
    f_bool_param: _Any = None
    f_int64_param: _Any = None
    f_string_param: _Any = None
    f_bytes_param: _Any = None
    start = pos
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.ModelRepositoryParameter")
            if key == 8:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.ModelRepositoryParameter")
                f_bool_param = v != 0
                f_int64_param = None
                f_string_param = None
                f_bytes_param = None
            elif key == 16:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.ModelRepositoryParameter")
                f_int64_param = v - ((v & 0x8000000000000000) << 1)
                f_bool_param = None
                f_string_param = None
                f_bytes_param = None
            elif key == 26:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelRepositoryParameter")
                f_string_param = buf[start:pos].tobytes().decode()
                f_bool_param = None
                f_int64_param = None
                f_bytes_param = None
            elif key == 34:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelRepositoryParameter")
                f_bytes_param = buf[start:pos].tobytes()
                f_bool_param = None
                f_int64_param = None
                f_string_param = None
            else:
                u, pos = _w.unknown_field(buf, pos, end, key, "inference.ModelRepositoryParameter")
                unknown += u
    except IndexError:
        raise _w.DecodeError("inference.ModelRepositoryParameter", pos, "truncated field") from None
    except UnicodeDecodeError as exc:
        raise _w.DecodeError("inference.ModelRepositoryParameter", start + exc.start, "invalid UTF-8 in a string field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(ModelRepositoryParameter)
    if unknown:
        message._unknown_fields = unknown
    # Past the oneof-clearing __setattr__: the decoder has kept one member per group already.
    fields = message.__dict__
    fields["bool_param"] = f_bool_param
    fields["int64_param"] = f_int64_param
    fields["string_param"] = f_string_param
    fields["bytes_param"] = f_bytes_param
    return message


def _decode_RepositoryIndexRequest(buf: memoryview, pos: int, end: int, as_numpy: bool) -> RepositoryIndexRequest:
    unknown = b""
    f_repository_name: _Any = ""
    f_ready: _Any = False
    start = pos
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.RepositoryIndexRequest")
            if key == 10:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.RepositoryIndexRequest")
                f_repository_name = buf[start:pos].tobytes().decode()
            elif key == 16:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.RepositoryIndexRequest")
                f_ready = v != 0
            else:
                u, pos = _w.unknown_field(buf, pos, end, key, "inference.RepositoryIndexRequest")
                unknown += u
    except IndexError:
        raise _w.DecodeError("inference.RepositoryIndexRequest", pos, "truncated field") from None
    except UnicodeDecodeError as exc:
        raise _w.DecodeError("inference.RepositoryIndexRequest", start + exc.start, "invalid UTF-8 in a string field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(RepositoryIndexRequest)
    if unknown:
        message._unknown_fields = unknown
    message.repository_name = f_repository_name
    message.ready = f_ready
    return message


def _decode_RepositoryIndexResponse(buf: memoryview, pos: int, end: int, as_numpy: bool) -> RepositoryIndexResponse:
    unknown = b""
    f_models: _Any = []
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.RepositoryIndexResponse")
            if key == 10:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.RepositoryIndexResponse")
                f_models.append(_decode_RepositoryIndexResponseModelIndex(buf, start, pos, as_numpy))
            else:
                u, pos = _w.unknown_field(buf, pos, end, key, "inference.RepositoryIndexResponse")
                unknown += u
    except IndexError:
        raise _w.DecodeError("inference.RepositoryIndexResponse", pos, "truncated field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(RepositoryIndexResponse)
    if unknown:
        message._unknown_fields = unknown
    message.models = f_models
    return message


def _decode_RepositoryIndexResponseModelIndex(buf: memoryview, pos: int, end: int, as_numpy: bool) -> RepositoryIndexResponseModelIndex:
    unknown = b""
    f_name: _Any = ""
    f_version: _Any = ""
    f_state: _Any = ""
    f_reason: _Any = ""
    start = pos
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.RepositoryIndexResponse.ModelIndex")
            if key == 10:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.RepositoryIndexResponse.ModelIndex")
                f_name = buf[start:pos].tobytes().decode()
            elif key == 18:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.RepositoryIndexResponse.ModelIndex")
                f_version = buf[start:pos].tobytes().decode()
            elif key == 26:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.RepositoryIndexResponse.ModelIndex")
                f_state = buf[start:pos].tobytes().decode()
            elif key == 34:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.RepositoryIndexResponse.ModelIndex")
                f_reason = buf[start:pos].tobytes().decode()
            else:
                u, pos = _w.unknown_field(buf, pos, end, key, "inference.RepositoryIndexResponse.ModelIndex")
                unknown += u
    except IndexError:
        raise _w.DecodeError("inference.RepositoryIndexResponse.ModelIndex", pos, "truncated field") from None
    except UnicodeDecodeError as exc:
        raise _w.DecodeError("inference.RepositoryIndexResponse.ModelIndex", start + exc.start, "invalid UTF-8 in a string field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(RepositoryIndexResponseModelIndex)
    if unknown:
        message._unknown_fields = unknown
    message.name = f_name
    message.version = f_version
    message.state = f_state
    message.reason = f_reason
    return message


def _decode_RepositoryModelLoadRequest(buf: memoryview, pos: int, end: int, as_numpy: bool) -> RepositoryModelLoadRequest:
    unknown = b""
    f_repository_name: _Any = ""
    f_model_name: _Any = ""
    f_parameters: _Any = {}
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
                f_repository_name = buf[start:pos].tobytes().decode()
            elif key == 18:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.RepositoryModelLoadRequest")
                f_model_name = buf[start:pos].tobytes().decode()
            elif key == 26:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.RepositoryModelLoadRequest")
                k, val = _decode_RepositoryModelLoadRequest_parameters_entry(buf, start, pos, as_numpy)
                f_parameters[k] = val
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
    message.repository_name = f_repository_name
    message.model_name = f_model_name
    message.parameters = f_parameters
    return message


def _decode_RepositoryModelLoadResponse(buf: memoryview, pos: int, end: int, as_numpy: bool) -> RepositoryModelLoadResponse:
    unknown = b""
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.RepositoryModelLoadResponse")
            u, pos = _w.unknown_field(buf, pos, end, key, "inference.RepositoryModelLoadResponse")
            unknown += u
    except IndexError:
        raise _w.DecodeError("inference.RepositoryModelLoadResponse", pos, "truncated field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(RepositoryModelLoadResponse)
    if unknown:
        message._unknown_fields = unknown
    return message


def _decode_RepositoryModelUnloadRequest(buf: memoryview, pos: int, end: int, as_numpy: bool) -> RepositoryModelUnloadRequest:
    unknown = b""
    f_repository_name: _Any = ""
    f_model_name: _Any = ""
    f_parameters: _Any = {}
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
                f_repository_name = buf[start:pos].tobytes().decode()
            elif key == 18:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.RepositoryModelUnloadRequest")
                f_model_name = buf[start:pos].tobytes().decode()
            elif key == 26:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.RepositoryModelUnloadRequest")
                k, val = _decode_RepositoryModelUnloadRequest_parameters_entry(buf, start, pos, as_numpy)
                f_parameters[k] = val
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
    message.repository_name = f_repository_name
    message.model_name = f_model_name
    message.parameters = f_parameters
    return message


def _decode_RepositoryModelUnloadResponse(buf: memoryview, pos: int, end: int, as_numpy: bool) -> RepositoryModelUnloadResponse:
    unknown = b""
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.RepositoryModelUnloadResponse")
            u, pos = _w.unknown_field(buf, pos, end, key, "inference.RepositoryModelUnloadResponse")
            unknown += u
    except IndexError:
        raise _w.DecodeError("inference.RepositoryModelUnloadResponse", pos, "truncated field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(RepositoryModelUnloadResponse)
    if unknown:
        message._unknown_fields = unknown
    return message


def _decode_SystemSharedMemoryStatusRequest(buf: memoryview, pos: int, end: int, as_numpy: bool) -> SystemSharedMemoryStatusRequest:
    unknown = b""
    f_name: _Any = ""
    start = pos
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.SystemSharedMemoryStatusRequest")
            if key == 10:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.SystemSharedMemoryStatusRequest")
                f_name = buf[start:pos].tobytes().decode()
            else:
                u, pos = _w.unknown_field(buf, pos, end, key, "inference.SystemSharedMemoryStatusRequest")
                unknown += u
    except IndexError:
        raise _w.DecodeError("inference.SystemSharedMemoryStatusRequest", pos, "truncated field") from None
    except UnicodeDecodeError as exc:
        raise _w.DecodeError("inference.SystemSharedMemoryStatusRequest", start + exc.start, "invalid UTF-8 in a string field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(SystemSharedMemoryStatusRequest)
    if unknown:
        message._unknown_fields = unknown
    message.name = f_name
    return message


def _decode_SystemSharedMemoryStatusResponse(buf: memoryview, pos: int, end: int, as_numpy: bool) -> SystemSharedMemoryStatusResponse:
    unknown = b""
    f_regions: _Any = {}
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.SystemSharedMemoryStatusResponse")
            if key == 10:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.SystemSharedMemoryStatusResponse")
                k, val = _decode_SystemSharedMemoryStatusResponse_regions_entry(buf, start, pos, as_numpy)
                f_regions[k] = val
            else:
                u, pos = _w.unknown_field(buf, pos, end, key, "inference.SystemSharedMemoryStatusResponse")
                unknown += u
    except IndexError:
        raise _w.DecodeError("inference.SystemSharedMemoryStatusResponse", pos, "truncated field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(SystemSharedMemoryStatusResponse)
    if unknown:
        message._unknown_fields = unknown
    message.regions = f_regions
    return message


def _decode_SystemSharedMemoryStatusResponseRegionStatus(buf: memoryview, pos: int, end: int, as_numpy: bool) -> SystemSharedMemoryStatusResponseRegionStatus:
    unknown = b""
    f_name: _Any = ""
    f_key: _Any = ""
    f_offset: _Any = 0
    f_byte_size: _Any = 0
    start = pos
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.SystemSharedMemoryStatusResponse.RegionStatus")
            if key == 10:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.SystemSharedMemoryStatusResponse.RegionStatus")
                f_name = buf[start:pos].tobytes().decode()
            elif key == 18:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.SystemSharedMemoryStatusResponse.RegionStatus")
                f_key = buf[start:pos].tobytes().decode()
            elif key == 24:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.SystemSharedMemoryStatusResponse.RegionStatus")
                f_offset = v
            elif key == 32:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.SystemSharedMemoryStatusResponse.RegionStatus")
                f_byte_size = v
            else:
                u, pos = _w.unknown_field(buf, pos, end, key, "inference.SystemSharedMemoryStatusResponse.RegionStatus")
                unknown += u
    except IndexError:
        raise _w.DecodeError("inference.SystemSharedMemoryStatusResponse.RegionStatus", pos, "truncated field") from None
    except UnicodeDecodeError as exc:
        raise _w.DecodeError("inference.SystemSharedMemoryStatusResponse.RegionStatus", start + exc.start, "invalid UTF-8 in a string field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(SystemSharedMemoryStatusResponseRegionStatus)
    if unknown:
        message._unknown_fields = unknown
    message.name = f_name
    message.key = f_key
    message.offset = f_offset
    message.byte_size = f_byte_size
    return message


def _decode_SystemSharedMemoryRegisterRequest(buf: memoryview, pos: int, end: int, as_numpy: bool) -> SystemSharedMemoryRegisterRequest:
    unknown = b""
    f_name: _Any = ""
    f_key: _Any = ""
    f_offset: _Any = 0
    f_byte_size: _Any = 0
    start = pos
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.SystemSharedMemoryRegisterRequest")
            if key == 10:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.SystemSharedMemoryRegisterRequest")
                f_name = buf[start:pos].tobytes().decode()
            elif key == 18:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.SystemSharedMemoryRegisterRequest")
                f_key = buf[start:pos].tobytes().decode()
            elif key == 24:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.SystemSharedMemoryRegisterRequest")
                f_offset = v
            elif key == 32:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.SystemSharedMemoryRegisterRequest")
                f_byte_size = v
            else:
                u, pos = _w.unknown_field(buf, pos, end, key, "inference.SystemSharedMemoryRegisterRequest")
                unknown += u
    except IndexError:
        raise _w.DecodeError("inference.SystemSharedMemoryRegisterRequest", pos, "truncated field") from None
    except UnicodeDecodeError as exc:
        raise _w.DecodeError("inference.SystemSharedMemoryRegisterRequest", start + exc.start, "invalid UTF-8 in a string field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(SystemSharedMemoryRegisterRequest)
    if unknown:
        message._unknown_fields = unknown
    message.name = f_name
    message.key = f_key
    message.offset = f_offset
    message.byte_size = f_byte_size
    return message


def _decode_SystemSharedMemoryRegisterResponse(buf: memoryview, pos: int, end: int, as_numpy: bool) -> SystemSharedMemoryRegisterResponse:
    unknown = b""
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.SystemSharedMemoryRegisterResponse")
            u, pos = _w.unknown_field(buf, pos, end, key, "inference.SystemSharedMemoryRegisterResponse")
            unknown += u
    except IndexError:
        raise _w.DecodeError("inference.SystemSharedMemoryRegisterResponse", pos, "truncated field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(SystemSharedMemoryRegisterResponse)
    if unknown:
        message._unknown_fields = unknown
    return message


def _decode_SystemSharedMemoryUnregisterRequest(buf: memoryview, pos: int, end: int, as_numpy: bool) -> SystemSharedMemoryUnregisterRequest:
    unknown = b""
    f_name: _Any = ""
    start = pos
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.SystemSharedMemoryUnregisterRequest")
            if key == 10:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.SystemSharedMemoryUnregisterRequest")
                f_name = buf[start:pos].tobytes().decode()
            else:
                u, pos = _w.unknown_field(buf, pos, end, key, "inference.SystemSharedMemoryUnregisterRequest")
                unknown += u
    except IndexError:
        raise _w.DecodeError("inference.SystemSharedMemoryUnregisterRequest", pos, "truncated field") from None
    except UnicodeDecodeError as exc:
        raise _w.DecodeError("inference.SystemSharedMemoryUnregisterRequest", start + exc.start, "invalid UTF-8 in a string field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(SystemSharedMemoryUnregisterRequest)
    if unknown:
        message._unknown_fields = unknown
    message.name = f_name
    return message


def _decode_SystemSharedMemoryUnregisterResponse(buf: memoryview, pos: int, end: int, as_numpy: bool) -> SystemSharedMemoryUnregisterResponse:
    unknown = b""
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.SystemSharedMemoryUnregisterResponse")
            u, pos = _w.unknown_field(buf, pos, end, key, "inference.SystemSharedMemoryUnregisterResponse")
            unknown += u
    except IndexError:
        raise _w.DecodeError("inference.SystemSharedMemoryUnregisterResponse", pos, "truncated field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(SystemSharedMemoryUnregisterResponse)
    if unknown:
        message._unknown_fields = unknown
    return message


def _decode_CudaSharedMemoryStatusRequest(buf: memoryview, pos: int, end: int, as_numpy: bool) -> CudaSharedMemoryStatusRequest:
    unknown = b""
    f_name: _Any = ""
    start = pos
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.CudaSharedMemoryStatusRequest")
            if key == 10:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.CudaSharedMemoryStatusRequest")
                f_name = buf[start:pos].tobytes().decode()
            else:
                u, pos = _w.unknown_field(buf, pos, end, key, "inference.CudaSharedMemoryStatusRequest")
                unknown += u
    except IndexError:
        raise _w.DecodeError("inference.CudaSharedMemoryStatusRequest", pos, "truncated field") from None
    except UnicodeDecodeError as exc:
        raise _w.DecodeError("inference.CudaSharedMemoryStatusRequest", start + exc.start, "invalid UTF-8 in a string field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(CudaSharedMemoryStatusRequest)
    if unknown:
        message._unknown_fields = unknown
    message.name = f_name
    return message


def _decode_CudaSharedMemoryStatusResponse(buf: memoryview, pos: int, end: int, as_numpy: bool) -> CudaSharedMemoryStatusResponse:
    unknown = b""
    f_regions: _Any = {}
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.CudaSharedMemoryStatusResponse")
            if key == 10:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.CudaSharedMemoryStatusResponse")
                k, val = _decode_CudaSharedMemoryStatusResponse_regions_entry(buf, start, pos, as_numpy)
                f_regions[k] = val
            else:
                u, pos = _w.unknown_field(buf, pos, end, key, "inference.CudaSharedMemoryStatusResponse")
                unknown += u
    except IndexError:
        raise _w.DecodeError("inference.CudaSharedMemoryStatusResponse", pos, "truncated field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(CudaSharedMemoryStatusResponse)
    if unknown:
        message._unknown_fields = unknown
    message.regions = f_regions
    return message


def _decode_CudaSharedMemoryStatusResponseRegionStatus(buf: memoryview, pos: int, end: int, as_numpy: bool) -> CudaSharedMemoryStatusResponseRegionStatus:
    unknown = b""
    f_name: _Any = ""
    f_device_id: _Any = 0
    f_byte_size: _Any = 0
    start = pos
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.CudaSharedMemoryStatusResponse.RegionStatus")
            if key == 10:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.CudaSharedMemoryStatusResponse.RegionStatus")
                f_name = buf[start:pos].tobytes().decode()
            elif key == 16:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.CudaSharedMemoryStatusResponse.RegionStatus")
                f_device_id = v
            elif key == 24:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.CudaSharedMemoryStatusResponse.RegionStatus")
                f_byte_size = v
            else:
                u, pos = _w.unknown_field(buf, pos, end, key, "inference.CudaSharedMemoryStatusResponse.RegionStatus")
                unknown += u
    except IndexError:
        raise _w.DecodeError("inference.CudaSharedMemoryStatusResponse.RegionStatus", pos, "truncated field") from None
    except UnicodeDecodeError as exc:
        raise _w.DecodeError("inference.CudaSharedMemoryStatusResponse.RegionStatus", start + exc.start, "invalid UTF-8 in a string field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(CudaSharedMemoryStatusResponseRegionStatus)
    if unknown:
        message._unknown_fields = unknown
    message.name = f_name
    message.device_id = f_device_id
    message.byte_size = f_byte_size
    return message


def _decode_CudaSharedMemoryRegisterRequest(buf: memoryview, pos: int, end: int, as_numpy: bool) -> CudaSharedMemoryRegisterRequest:
    unknown = b""
    f_name: _Any = ""
    f_raw_handle: _Any = b""
    f_device_id: _Any = 0
    f_byte_size: _Any = 0
    start = pos
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.CudaSharedMemoryRegisterRequest")
            if key == 10:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.CudaSharedMemoryRegisterRequest")
                f_name = buf[start:pos].tobytes().decode()
            elif key == 18:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.CudaSharedMemoryRegisterRequest")
                f_raw_handle = buf[start:pos].tobytes()
            elif key == 24:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.CudaSharedMemoryRegisterRequest")
                f_device_id = v - ((v & 0x8000000000000000) << 1)
            elif key == 32:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.CudaSharedMemoryRegisterRequest")
                f_byte_size = v
            else:
                u, pos = _w.unknown_field(buf, pos, end, key, "inference.CudaSharedMemoryRegisterRequest")
                unknown += u
    except IndexError:
        raise _w.DecodeError("inference.CudaSharedMemoryRegisterRequest", pos, "truncated field") from None
    except UnicodeDecodeError as exc:
        raise _w.DecodeError("inference.CudaSharedMemoryRegisterRequest", start + exc.start, "invalid UTF-8 in a string field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(CudaSharedMemoryRegisterRequest)
    if unknown:
        message._unknown_fields = unknown
    message.name = f_name
    message.raw_handle = f_raw_handle
    message.device_id = f_device_id
    message.byte_size = f_byte_size
    return message


def _decode_CudaSharedMemoryRegisterResponse(buf: memoryview, pos: int, end: int, as_numpy: bool) -> CudaSharedMemoryRegisterResponse:
    unknown = b""
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.CudaSharedMemoryRegisterResponse")
            u, pos = _w.unknown_field(buf, pos, end, key, "inference.CudaSharedMemoryRegisterResponse")
            unknown += u
    except IndexError:
        raise _w.DecodeError("inference.CudaSharedMemoryRegisterResponse", pos, "truncated field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(CudaSharedMemoryRegisterResponse)
    if unknown:
        message._unknown_fields = unknown
    return message


def _decode_CudaSharedMemoryUnregisterRequest(buf: memoryview, pos: int, end: int, as_numpy: bool) -> CudaSharedMemoryUnregisterRequest:
    unknown = b""
    f_name: _Any = ""
    start = pos
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.CudaSharedMemoryUnregisterRequest")
            if key == 10:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.CudaSharedMemoryUnregisterRequest")
                f_name = buf[start:pos].tobytes().decode()
            else:
                u, pos = _w.unknown_field(buf, pos, end, key, "inference.CudaSharedMemoryUnregisterRequest")
                unknown += u
    except IndexError:
        raise _w.DecodeError("inference.CudaSharedMemoryUnregisterRequest", pos, "truncated field") from None
    except UnicodeDecodeError as exc:
        raise _w.DecodeError("inference.CudaSharedMemoryUnregisterRequest", start + exc.start, "invalid UTF-8 in a string field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(CudaSharedMemoryUnregisterRequest)
    if unknown:
        message._unknown_fields = unknown
    message.name = f_name
    return message


def _decode_CudaSharedMemoryUnregisterResponse(buf: memoryview, pos: int, end: int, as_numpy: bool) -> CudaSharedMemoryUnregisterResponse:
    unknown = b""
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.CudaSharedMemoryUnregisterResponse")
            u, pos = _w.unknown_field(buf, pos, end, key, "inference.CudaSharedMemoryUnregisterResponse")
            unknown += u
    except IndexError:
        raise _w.DecodeError("inference.CudaSharedMemoryUnregisterResponse", pos, "truncated field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(CudaSharedMemoryUnregisterResponse)
    if unknown:
        message._unknown_fields = unknown
    return message


def _decode_TraceSettingRequest(buf: memoryview, pos: int, end: int, as_numpy: bool) -> TraceSettingRequest:
    unknown = b""
    f_settings: _Any = {}
    f_model_name: _Any = ""
    start = pos
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.TraceSettingRequest")
            if key == 10:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.TraceSettingRequest")
                k, val = _decode_TraceSettingRequest_settings_entry(buf, start, pos, as_numpy)
                f_settings[k] = val
            elif key == 18:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.TraceSettingRequest")
                f_model_name = buf[start:pos].tobytes().decode()
            else:
                u, pos = _w.unknown_field(buf, pos, end, key, "inference.TraceSettingRequest")
                unknown += u
    except IndexError:
        raise _w.DecodeError("inference.TraceSettingRequest", pos, "truncated field") from None
    except UnicodeDecodeError as exc:
        raise _w.DecodeError("inference.TraceSettingRequest", start + exc.start, "invalid UTF-8 in a string field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(TraceSettingRequest)
    if unknown:
        message._unknown_fields = unknown
    message.settings = f_settings
    message.model_name = f_model_name
    return message


def _decode_TraceSettingRequestSettingValue(buf: memoryview, pos: int, end: int, as_numpy: bool) -> TraceSettingRequestSettingValue:
    unknown = b""
    f_value: _Any = []
    start = pos
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.TraceSettingRequest.SettingValue")
            if key == 10:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.TraceSettingRequest.SettingValue")
                f_value.append(buf[start:pos].tobytes().decode())
            else:
                u, pos = _w.unknown_field(buf, pos, end, key, "inference.TraceSettingRequest.SettingValue")
                unknown += u
    except IndexError:
        raise _w.DecodeError("inference.TraceSettingRequest.SettingValue", pos, "truncated field") from None
    except UnicodeDecodeError as exc:
        raise _w.DecodeError("inference.TraceSettingRequest.SettingValue", start + exc.start, "invalid UTF-8 in a string field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(TraceSettingRequestSettingValue)
    if unknown:
        message._unknown_fields = unknown
    message.value = f_value
    return message


def _decode_TraceSettingResponse(buf: memoryview, pos: int, end: int, as_numpy: bool) -> TraceSettingResponse:
    unknown = b""
    f_settings: _Any = {}
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.TraceSettingResponse")
            if key == 10:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.TraceSettingResponse")
                k, val = _decode_TraceSettingResponse_settings_entry(buf, start, pos, as_numpy)
                f_settings[k] = val
            else:
                u, pos = _w.unknown_field(buf, pos, end, key, "inference.TraceSettingResponse")
                unknown += u
    except IndexError:
        raise _w.DecodeError("inference.TraceSettingResponse", pos, "truncated field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(TraceSettingResponse)
    if unknown:
        message._unknown_fields = unknown
    message.settings = f_settings
    return message


def _decode_TraceSettingResponseSettingValue(buf: memoryview, pos: int, end: int, as_numpy: bool) -> TraceSettingResponseSettingValue:
    unknown = b""
    f_value: _Any = []
    start = pos
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.TraceSettingResponse.SettingValue")
            if key == 10:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.TraceSettingResponse.SettingValue")
                f_value.append(buf[start:pos].tobytes().decode())
            else:
                u, pos = _w.unknown_field(buf, pos, end, key, "inference.TraceSettingResponse.SettingValue")
                unknown += u
    except IndexError:
        raise _w.DecodeError("inference.TraceSettingResponse.SettingValue", pos, "truncated field") from None
    except UnicodeDecodeError as exc:
        raise _w.DecodeError("inference.TraceSettingResponse.SettingValue", start + exc.start, "invalid UTF-8 in a string field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(TraceSettingResponseSettingValue)
    if unknown:
        message._unknown_fields = unknown
    message.value = f_value
    return message


def _decode_LogSettingsRequest(buf: memoryview, pos: int, end: int, as_numpy: bool) -> LogSettingsRequest:
    unknown = b""
    f_settings: _Any = {}
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.LogSettingsRequest")
            if key == 10:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.LogSettingsRequest")
                k, val = _decode_LogSettingsRequest_settings_entry(buf, start, pos, as_numpy)
                f_settings[k] = val
            else:
                u, pos = _w.unknown_field(buf, pos, end, key, "inference.LogSettingsRequest")
                unknown += u
    except IndexError:
        raise _w.DecodeError("inference.LogSettingsRequest", pos, "truncated field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(LogSettingsRequest)
    if unknown:
        message._unknown_fields = unknown
    message.settings = f_settings
    return message


def _decode_LogSettingsRequestSettingValue(buf: memoryview, pos: int, end: int, as_numpy: bool) -> LogSettingsRequestSettingValue:
    unknown = b""
    f_bool_param: _Any = None
    f_uint32_param: _Any = None
    f_string_param: _Any = None
    start = pos
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.LogSettingsRequest.SettingValue")
            if key == 8:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.LogSettingsRequest.SettingValue")
                f_bool_param = v != 0
                f_uint32_param = None
                f_string_param = None
            elif key == 16:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.LogSettingsRequest.SettingValue")
                f_uint32_param = v & 0xFFFFFFFF
                f_bool_param = None
                f_string_param = None
            elif key == 26:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.LogSettingsRequest.SettingValue")
                f_string_param = buf[start:pos].tobytes().decode()
                f_bool_param = None
                f_uint32_param = None
            else:
                u, pos = _w.unknown_field(buf, pos, end, key, "inference.LogSettingsRequest.SettingValue")
                unknown += u
    except IndexError:
        raise _w.DecodeError("inference.LogSettingsRequest.SettingValue", pos, "truncated field") from None
    except UnicodeDecodeError as exc:
        raise _w.DecodeError("inference.LogSettingsRequest.SettingValue", start + exc.start, "invalid UTF-8 in a string field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(LogSettingsRequestSettingValue)
    if unknown:
        message._unknown_fields = unknown
    # Past the oneof-clearing __setattr__: the decoder has kept one member per group already.
    fields = message.__dict__
    fields["bool_param"] = f_bool_param
    fields["uint32_param"] = f_uint32_param
    fields["string_param"] = f_string_param
    return message


def _decode_LogSettingsResponse(buf: memoryview, pos: int, end: int, as_numpy: bool) -> LogSettingsResponse:
    unknown = b""
    f_settings: _Any = {}
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.LogSettingsResponse")
            if key == 10:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.LogSettingsResponse")
                k, val = _decode_LogSettingsResponse_settings_entry(buf, start, pos, as_numpy)
                f_settings[k] = val
            else:
                u, pos = _w.unknown_field(buf, pos, end, key, "inference.LogSettingsResponse")
                unknown += u
    except IndexError:
        raise _w.DecodeError("inference.LogSettingsResponse", pos, "truncated field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(LogSettingsResponse)
    if unknown:
        message._unknown_fields = unknown
    message.settings = f_settings
    return message


def _decode_LogSettingsResponseSettingValue(buf: memoryview, pos: int, end: int, as_numpy: bool) -> LogSettingsResponseSettingValue:
    unknown = b""
    f_bool_param: _Any = None
    f_uint32_param: _Any = None
    f_string_param: _Any = None
    start = pos
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.LogSettingsResponse.SettingValue")
            if key == 8:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.LogSettingsResponse.SettingValue")
                f_bool_param = v != 0
                f_uint32_param = None
                f_string_param = None
            elif key == 16:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.LogSettingsResponse.SettingValue")
                f_uint32_param = v & 0xFFFFFFFF
                f_bool_param = None
                f_string_param = None
            elif key == 26:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.LogSettingsResponse.SettingValue")
                f_string_param = buf[start:pos].tobytes().decode()
                f_bool_param = None
                f_uint32_param = None
            else:
                u, pos = _w.unknown_field(buf, pos, end, key, "inference.LogSettingsResponse.SettingValue")
                unknown += u
    except IndexError:
        raise _w.DecodeError("inference.LogSettingsResponse.SettingValue", pos, "truncated field") from None
    except UnicodeDecodeError as exc:
        raise _w.DecodeError("inference.LogSettingsResponse.SettingValue", start + exc.start, "invalid UTF-8 in a string field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(LogSettingsResponseSettingValue)
    if unknown:
        message._unknown_fields = unknown
    # Past the oneof-clearing __setattr__: the decoder has kept one member per group already.
    fields = message.__dict__
    fields["bool_param"] = f_bool_param
    fields["uint32_param"] = f_uint32_param
    fields["string_param"] = f_string_param
    return message


def _decode_ModelRateLimiter(buf: memoryview, pos: int, end: int, as_numpy: bool) -> ModelRateLimiter:
    unknown = b""
    f_resources: _Any = []
    f_priority: _Any = 0
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.ModelRateLimiter")
            if key == 10:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelRateLimiter")
                f_resources.append(_decode_ModelRateLimiterResource(buf, start, pos, as_numpy))
            elif key == 16:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.ModelRateLimiter")
                f_priority = v & 0xFFFFFFFF
            else:
                u, pos = _w.unknown_field(buf, pos, end, key, "inference.ModelRateLimiter")
                unknown += u
    except IndexError:
        raise _w.DecodeError("inference.ModelRateLimiter", pos, "truncated field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(ModelRateLimiter)
    if unknown:
        message._unknown_fields = unknown
    message.resources = f_resources
    message.priority = f_priority
    return message


def _decode_ModelRateLimiterResource(buf: memoryview, pos: int, end: int, as_numpy: bool) -> ModelRateLimiterResource:
    unknown = b""
    f_name: _Any = ""
    f_global_: _Any = False
    f_count: _Any = 0
    start = pos
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.ModelRateLimiter.Resource")
            if key == 10:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelRateLimiter.Resource")
                f_name = buf[start:pos].tobytes().decode()
            elif key == 16:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.ModelRateLimiter.Resource")
                f_global_ = v != 0
            elif key == 24:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.ModelRateLimiter.Resource")
                f_count = v & 0xFFFFFFFF
            else:
                u, pos = _w.unknown_field(buf, pos, end, key, "inference.ModelRateLimiter.Resource")
                unknown += u
    except IndexError:
        raise _w.DecodeError("inference.ModelRateLimiter.Resource", pos, "truncated field") from None
    except UnicodeDecodeError as exc:
        raise _w.DecodeError("inference.ModelRateLimiter.Resource", start + exc.start, "invalid UTF-8 in a string field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(ModelRateLimiterResource)
    if unknown:
        message._unknown_fields = unknown
    message.name = f_name
    message.global_ = f_global_
    message.count = f_count
    return message


def _decode_ModelInstanceGroup(buf: memoryview, pos: int, end: int, as_numpy: bool) -> ModelInstanceGroup:
    unknown = b""
    f_name: _Any = ""
    f_kind: _Any = ModelInstanceGroupKind(0)
    f_count: _Any = 0
    f_rate_limiter: _Any = None
    f_gpus: _Any = []
    f_secondary_devices: _Any = []
    f_profile: _Any = []
    f_passive: _Any = False
    f_host_policy: _Any = ""
    c_rate_limiter: _Any = None
    start = pos
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.ModelInstanceGroup")
            if key == 10:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelInstanceGroup")
                f_name = buf[start:pos].tobytes().decode()
            elif key == 32:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.ModelInstanceGroup")
                f_kind = ModelInstanceGroupKind((v & 0xFFFFFFFF) - ((v & 0x80000000) << 1))
            elif key == 16:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.ModelInstanceGroup")
                f_count = (v & 0xFFFFFFFF) - ((v & 0x80000000) << 1)
            elif key == 50:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelInstanceGroup")
                if f_rate_limiter is None:
                    c_rate_limiter = (start, pos)
                    f_rate_limiter = _decode_ModelRateLimiter(buf, start, pos, as_numpy)
                else:
                    # Protobuf merges a singular message that occurs again: decode the concatenation.
                    c_rate_limiter = _w.concat(buf, c_rate_limiter, start, pos)
                    f_rate_limiter = _decode_ModelRateLimiter(c_rate_limiter, 0, len(c_rate_limiter), as_numpy)
            elif key == 26:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelInstanceGroup")
                f_gpus = _w.packed_varint_decode(buf, start, pos, "int32", f_gpus, as_numpy, "inference.ModelInstanceGroup")
            elif key == 24:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.ModelInstanceGroup")
                f_gpus = _w.append(f_gpus, (v & 0xFFFFFFFF) - ((v & 0x80000000) << 1))
            elif key == 66:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelInstanceGroup")
                f_secondary_devices.append(_decode_ModelInstanceGroupSecondaryDevice(buf, start, pos, as_numpy))
            elif key == 42:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelInstanceGroup")
                f_profile.append(buf[start:pos].tobytes().decode())
            elif key == 56:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.ModelInstanceGroup")
                f_passive = v != 0
            elif key == 74:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelInstanceGroup")
                f_host_policy = buf[start:pos].tobytes().decode()
            else:
                u, pos = _w.unknown_field(buf, pos, end, key, "inference.ModelInstanceGroup")
                unknown += u
    except IndexError:
        raise _w.DecodeError("inference.ModelInstanceGroup", pos, "truncated field") from None
    except UnicodeDecodeError as exc:
        raise _w.DecodeError("inference.ModelInstanceGroup", start + exc.start, "invalid UTF-8 in a string field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(ModelInstanceGroup)
    if unknown:
        message._unknown_fields = unknown
    message.name = f_name
    message.kind = f_kind
    message.count = f_count
    message.rate_limiter = f_rate_limiter
    message.gpus = f_gpus
    message.secondary_devices = f_secondary_devices
    message.profile = f_profile
    message.passive = f_passive
    message.host_policy = f_host_policy
    return message


def _decode_ModelInstanceGroupSecondaryDevice(buf: memoryview, pos: int, end: int, as_numpy: bool) -> ModelInstanceGroupSecondaryDevice:
    unknown = b""
    f_kind: _Any = ModelInstanceGroupSecondaryDeviceSecondaryDeviceKind(0)
    f_device_id: _Any = 0
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.ModelInstanceGroup.SecondaryDevice")
            if key == 8:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.ModelInstanceGroup.SecondaryDevice")
                f_kind = ModelInstanceGroupSecondaryDeviceSecondaryDeviceKind((v & 0xFFFFFFFF) - ((v & 0x80000000) << 1))
            elif key == 16:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.ModelInstanceGroup.SecondaryDevice")
                f_device_id = v - ((v & 0x8000000000000000) << 1)
            else:
                u, pos = _w.unknown_field(buf, pos, end, key, "inference.ModelInstanceGroup.SecondaryDevice")
                unknown += u
    except IndexError:
        raise _w.DecodeError("inference.ModelInstanceGroup.SecondaryDevice", pos, "truncated field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(ModelInstanceGroupSecondaryDevice)
    if unknown:
        message._unknown_fields = unknown
    message.kind = f_kind
    message.device_id = f_device_id
    return message


def _decode_ModelTensorReshape(buf: memoryview, pos: int, end: int, as_numpy: bool) -> ModelTensorReshape:
    unknown = b""
    f_shape: _Any = []
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.ModelTensorReshape")
            if key == 10:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelTensorReshape")
                f_shape = _w.packed_varint_decode(buf, start, pos, "int64", f_shape, as_numpy, "inference.ModelTensorReshape")
            elif key == 8:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.ModelTensorReshape")
                f_shape = _w.append(f_shape, v - ((v & 0x8000000000000000) << 1))
            else:
                u, pos = _w.unknown_field(buf, pos, end, key, "inference.ModelTensorReshape")
                unknown += u
    except IndexError:
        raise _w.DecodeError("inference.ModelTensorReshape", pos, "truncated field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(ModelTensorReshape)
    if unknown:
        message._unknown_fields = unknown
    message.shape = f_shape
    return message


def _decode_ModelInput(buf: memoryview, pos: int, end: int, as_numpy: bool) -> ModelInput:
    unknown = b""
    f_name: _Any = ""
    f_data_type: _Any = DataType(0)
    f_format: _Any = ModelInputFormat(0)
    f_dims: _Any = []
    f_reshape: _Any = None
    f_is_shape_tensor: _Any = False
    f_allow_ragged_batch: _Any = False
    f_optional: _Any = False
    f_is_non_linear_format_io: _Any = False
    c_reshape: _Any = None
    start = pos
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.ModelInput")
            if key == 10:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelInput")
                f_name = buf[start:pos].tobytes().decode()
            elif key == 16:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.ModelInput")
                f_data_type = DataType((v & 0xFFFFFFFF) - ((v & 0x80000000) << 1))
            elif key == 24:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.ModelInput")
                f_format = ModelInputFormat((v & 0xFFFFFFFF) - ((v & 0x80000000) << 1))
            elif key == 34:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelInput")
                f_dims = _w.packed_varint_decode(buf, start, pos, "int64", f_dims, as_numpy, "inference.ModelInput")
            elif key == 32:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.ModelInput")
                f_dims = _w.append(f_dims, v - ((v & 0x8000000000000000) << 1))
            elif key == 42:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelInput")
                if f_reshape is None:
                    c_reshape = (start, pos)
                    f_reshape = _decode_ModelTensorReshape(buf, start, pos, as_numpy)
                else:
                    # Protobuf merges a singular message that occurs again: decode the concatenation.
                    c_reshape = _w.concat(buf, c_reshape, start, pos)
                    f_reshape = _decode_ModelTensorReshape(c_reshape, 0, len(c_reshape), as_numpy)
            elif key == 48:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.ModelInput")
                f_is_shape_tensor = v != 0
            elif key == 56:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.ModelInput")
                f_allow_ragged_batch = v != 0
            elif key == 64:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.ModelInput")
                f_optional = v != 0
            elif key == 72:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.ModelInput")
                f_is_non_linear_format_io = v != 0
            else:
                u, pos = _w.unknown_field(buf, pos, end, key, "inference.ModelInput")
                unknown += u
    except IndexError:
        raise _w.DecodeError("inference.ModelInput", pos, "truncated field") from None
    except UnicodeDecodeError as exc:
        raise _w.DecodeError("inference.ModelInput", start + exc.start, "invalid UTF-8 in a string field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(ModelInput)
    if unknown:
        message._unknown_fields = unknown
    message.name = f_name
    message.data_type = f_data_type
    message.format = f_format
    message.dims = f_dims
    message.reshape = f_reshape
    message.is_shape_tensor = f_is_shape_tensor
    message.allow_ragged_batch = f_allow_ragged_batch
    message.optional = f_optional
    message.is_non_linear_format_io = f_is_non_linear_format_io
    return message


def _decode_ModelOutput(buf: memoryview, pos: int, end: int, as_numpy: bool) -> ModelOutput:
    unknown = b""
    f_name: _Any = ""
    f_data_type: _Any = DataType(0)
    f_dims: _Any = []
    f_reshape: _Any = None
    f_label_filename: _Any = ""
    f_is_shape_tensor: _Any = False
    f_is_non_linear_format_io: _Any = False
    c_reshape: _Any = None
    start = pos
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.ModelOutput")
            if key == 10:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelOutput")
                f_name = buf[start:pos].tobytes().decode()
            elif key == 16:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.ModelOutput")
                f_data_type = DataType((v & 0xFFFFFFFF) - ((v & 0x80000000) << 1))
            elif key == 26:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelOutput")
                f_dims = _w.packed_varint_decode(buf, start, pos, "int64", f_dims, as_numpy, "inference.ModelOutput")
            elif key == 24:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.ModelOutput")
                f_dims = _w.append(f_dims, v - ((v & 0x8000000000000000) << 1))
            elif key == 42:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelOutput")
                if f_reshape is None:
                    c_reshape = (start, pos)
                    f_reshape = _decode_ModelTensorReshape(buf, start, pos, as_numpy)
                else:
                    # Protobuf merges a singular message that occurs again: decode the concatenation.
                    c_reshape = _w.concat(buf, c_reshape, start, pos)
                    f_reshape = _decode_ModelTensorReshape(c_reshape, 0, len(c_reshape), as_numpy)
            elif key == 34:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelOutput")
                f_label_filename = buf[start:pos].tobytes().decode()
            elif key == 48:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.ModelOutput")
                f_is_shape_tensor = v != 0
            elif key == 56:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.ModelOutput")
                f_is_non_linear_format_io = v != 0
            else:
                u, pos = _w.unknown_field(buf, pos, end, key, "inference.ModelOutput")
                unknown += u
    except IndexError:
        raise _w.DecodeError("inference.ModelOutput", pos, "truncated field") from None
    except UnicodeDecodeError as exc:
        raise _w.DecodeError("inference.ModelOutput", start + exc.start, "invalid UTF-8 in a string field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(ModelOutput)
    if unknown:
        message._unknown_fields = unknown
    message.name = f_name
    message.data_type = f_data_type
    message.dims = f_dims
    message.reshape = f_reshape
    message.label_filename = f_label_filename
    message.is_shape_tensor = f_is_shape_tensor
    message.is_non_linear_format_io = f_is_non_linear_format_io
    return message


def _decode_BatchInput(buf: memoryview, pos: int, end: int, as_numpy: bool) -> BatchInput:
    unknown = b""
    f_kind: _Any = BatchInputKind(0)
    f_target_name: _Any = []
    f_data_type: _Any = DataType(0)
    f_source_input: _Any = []
    start = pos
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.BatchInput")
            if key == 8:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.BatchInput")
                f_kind = BatchInputKind((v & 0xFFFFFFFF) - ((v & 0x80000000) << 1))
            elif key == 18:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.BatchInput")
                f_target_name.append(buf[start:pos].tobytes().decode())
            elif key == 24:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.BatchInput")
                f_data_type = DataType((v & 0xFFFFFFFF) - ((v & 0x80000000) << 1))
            elif key == 34:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.BatchInput")
                f_source_input.append(buf[start:pos].tobytes().decode())
            else:
                u, pos = _w.unknown_field(buf, pos, end, key, "inference.BatchInput")
                unknown += u
    except IndexError:
        raise _w.DecodeError("inference.BatchInput", pos, "truncated field") from None
    except UnicodeDecodeError as exc:
        raise _w.DecodeError("inference.BatchInput", start + exc.start, "invalid UTF-8 in a string field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(BatchInput)
    if unknown:
        message._unknown_fields = unknown
    message.kind = f_kind
    message.target_name = f_target_name
    message.data_type = f_data_type
    message.source_input = f_source_input
    return message


def _decode_BatchOutput(buf: memoryview, pos: int, end: int, as_numpy: bool) -> BatchOutput:
    unknown = b""
    f_target_name: _Any = []
    f_kind: _Any = BatchOutputKind(0)
    f_source_input: _Any = []
    start = pos
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.BatchOutput")
            if key == 10:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.BatchOutput")
                f_target_name.append(buf[start:pos].tobytes().decode())
            elif key == 16:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.BatchOutput")
                f_kind = BatchOutputKind((v & 0xFFFFFFFF) - ((v & 0x80000000) << 1))
            elif key == 26:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.BatchOutput")
                f_source_input.append(buf[start:pos].tobytes().decode())
            else:
                u, pos = _w.unknown_field(buf, pos, end, key, "inference.BatchOutput")
                unknown += u
    except IndexError:
        raise _w.DecodeError("inference.BatchOutput", pos, "truncated field") from None
    except UnicodeDecodeError as exc:
        raise _w.DecodeError("inference.BatchOutput", start + exc.start, "invalid UTF-8 in a string field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(BatchOutput)
    if unknown:
        message._unknown_fields = unknown
    message.target_name = f_target_name
    message.kind = f_kind
    message.source_input = f_source_input
    return message


def _decode_ModelVersionPolicy(buf: memoryview, pos: int, end: int, as_numpy: bool) -> ModelVersionPolicy:
    unknown = b""
    f_latest: _Any = None
    f_all: _Any = None
    f_specific: _Any = None
    c_latest: _Any = None
    c_all: _Any = None
    c_specific: _Any = None
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.ModelVersionPolicy")
            if key == 10:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelVersionPolicy")
                if f_latest is None:
                    c_latest = (start, pos)
                    f_latest = _decode_ModelVersionPolicyLatest(buf, start, pos, as_numpy)
                    f_all = None
                    f_specific = None
                else:
                    # Protobuf merges a singular message that occurs again: decode the concatenation.
                    c_latest = _w.concat(buf, c_latest, start, pos)
                    f_latest = _decode_ModelVersionPolicyLatest(c_latest, 0, len(c_latest), as_numpy)
                    f_all = None
                    f_specific = None
            elif key == 18:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelVersionPolicy")
                if f_all is None:
                    c_all = (start, pos)
                    f_all = _decode_ModelVersionPolicyAll(buf, start, pos, as_numpy)
                    f_latest = None
                    f_specific = None
                else:
                    # Protobuf merges a singular message that occurs again: decode the concatenation.
                    c_all = _w.concat(buf, c_all, start, pos)
                    f_all = _decode_ModelVersionPolicyAll(c_all, 0, len(c_all), as_numpy)
                    f_latest = None
                    f_specific = None
            elif key == 26:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelVersionPolicy")
                if f_specific is None:
                    c_specific = (start, pos)
                    f_specific = _decode_ModelVersionPolicySpecific(buf, start, pos, as_numpy)
                    f_latest = None
                    f_all = None
                else:
                    # Protobuf merges a singular message that occurs again: decode the concatenation.
                    c_specific = _w.concat(buf, c_specific, start, pos)
                    f_specific = _decode_ModelVersionPolicySpecific(c_specific, 0, len(c_specific), as_numpy)
                    f_latest = None
                    f_all = None
            else:
                u, pos = _w.unknown_field(buf, pos, end, key, "inference.ModelVersionPolicy")
                unknown += u
    except IndexError:
        raise _w.DecodeError("inference.ModelVersionPolicy", pos, "truncated field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(ModelVersionPolicy)
    if unknown:
        message._unknown_fields = unknown
    # Past the oneof-clearing __setattr__: the decoder has kept one member per group already.
    fields = message.__dict__
    fields["latest"] = f_latest
    fields["all"] = f_all
    fields["specific"] = f_specific
    return message


def _decode_ModelVersionPolicyLatest(buf: memoryview, pos: int, end: int, as_numpy: bool) -> ModelVersionPolicyLatest:
    unknown = b""
    f_num_versions: _Any = 0
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.ModelVersionPolicy.Latest")
            if key == 8:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.ModelVersionPolicy.Latest")
                f_num_versions = v & 0xFFFFFFFF
            else:
                u, pos = _w.unknown_field(buf, pos, end, key, "inference.ModelVersionPolicy.Latest")
                unknown += u
    except IndexError:
        raise _w.DecodeError("inference.ModelVersionPolicy.Latest", pos, "truncated field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(ModelVersionPolicyLatest)
    if unknown:
        message._unknown_fields = unknown
    message.num_versions = f_num_versions
    return message


def _decode_ModelVersionPolicyAll(buf: memoryview, pos: int, end: int, as_numpy: bool) -> ModelVersionPolicyAll:
    unknown = b""
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.ModelVersionPolicy.All")
            u, pos = _w.unknown_field(buf, pos, end, key, "inference.ModelVersionPolicy.All")
            unknown += u
    except IndexError:
        raise _w.DecodeError("inference.ModelVersionPolicy.All", pos, "truncated field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(ModelVersionPolicyAll)
    if unknown:
        message._unknown_fields = unknown
    return message


def _decode_ModelVersionPolicySpecific(buf: memoryview, pos: int, end: int, as_numpy: bool) -> ModelVersionPolicySpecific:
    unknown = b""
    f_versions: _Any = []
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.ModelVersionPolicy.Specific")
            if key == 10:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelVersionPolicy.Specific")
                f_versions = _w.packed_varint_decode(buf, start, pos, "int64", f_versions, as_numpy, "inference.ModelVersionPolicy.Specific")
            elif key == 8:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.ModelVersionPolicy.Specific")
                f_versions = _w.append(f_versions, v - ((v & 0x8000000000000000) << 1))
            else:
                u, pos = _w.unknown_field(buf, pos, end, key, "inference.ModelVersionPolicy.Specific")
                unknown += u
    except IndexError:
        raise _w.DecodeError("inference.ModelVersionPolicy.Specific", pos, "truncated field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(ModelVersionPolicySpecific)
    if unknown:
        message._unknown_fields = unknown
    message.versions = f_versions
    return message


def _decode_ModelOptimizationPolicy(buf: memoryview, pos: int, end: int, as_numpy: bool) -> ModelOptimizationPolicy:
    unknown = b""
    f_graph: _Any = None
    f_priority: _Any = ModelOptimizationPolicyModelPriority(0)
    f_cuda: _Any = None
    f_execution_accelerators: _Any = None
    f_input_pinned_memory: _Any = None
    f_output_pinned_memory: _Any = None
    f_gather_kernel_buffer_threshold: _Any = 0
    f_eager_batching: _Any = False
    c_graph: _Any = None
    c_cuda: _Any = None
    c_execution_accelerators: _Any = None
    c_input_pinned_memory: _Any = None
    c_output_pinned_memory: _Any = None
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.ModelOptimizationPolicy")
            if key == 10:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelOptimizationPolicy")
                if f_graph is None:
                    c_graph = (start, pos)
                    f_graph = _decode_ModelOptimizationPolicyGraph(buf, start, pos, as_numpy)
                else:
                    # Protobuf merges a singular message that occurs again: decode the concatenation.
                    c_graph = _w.concat(buf, c_graph, start, pos)
                    f_graph = _decode_ModelOptimizationPolicyGraph(c_graph, 0, len(c_graph), as_numpy)
            elif key == 16:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.ModelOptimizationPolicy")
                f_priority = ModelOptimizationPolicyModelPriority((v & 0xFFFFFFFF) - ((v & 0x80000000) << 1))
            elif key == 26:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelOptimizationPolicy")
                if f_cuda is None:
                    c_cuda = (start, pos)
                    f_cuda = _decode_ModelOptimizationPolicyCuda(buf, start, pos, as_numpy)
                else:
                    # Protobuf merges a singular message that occurs again: decode the concatenation.
                    c_cuda = _w.concat(buf, c_cuda, start, pos)
                    f_cuda = _decode_ModelOptimizationPolicyCuda(c_cuda, 0, len(c_cuda), as_numpy)
            elif key == 34:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelOptimizationPolicy")
                if f_execution_accelerators is None:
                    c_execution_accelerators = (start, pos)
                    f_execution_accelerators = _decode_ModelOptimizationPolicyExecutionAccelerators(buf, start, pos, as_numpy)
                else:
                    # Protobuf merges a singular message that occurs again: decode the concatenation.
                    c_execution_accelerators = _w.concat(buf, c_execution_accelerators, start, pos)
                    f_execution_accelerators = _decode_ModelOptimizationPolicyExecutionAccelerators(c_execution_accelerators, 0, len(c_execution_accelerators), as_numpy)
            elif key == 42:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelOptimizationPolicy")
                if f_input_pinned_memory is None:
                    c_input_pinned_memory = (start, pos)
                    f_input_pinned_memory = _decode_ModelOptimizationPolicyPinnedMemoryBuffer(buf, start, pos, as_numpy)
                else:
                    # Protobuf merges a singular message that occurs again: decode the concatenation.
                    c_input_pinned_memory = _w.concat(buf, c_input_pinned_memory, start, pos)
                    f_input_pinned_memory = _decode_ModelOptimizationPolicyPinnedMemoryBuffer(c_input_pinned_memory, 0, len(c_input_pinned_memory), as_numpy)
            elif key == 50:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelOptimizationPolicy")
                if f_output_pinned_memory is None:
                    c_output_pinned_memory = (start, pos)
                    f_output_pinned_memory = _decode_ModelOptimizationPolicyPinnedMemoryBuffer(buf, start, pos, as_numpy)
                else:
                    # Protobuf merges a singular message that occurs again: decode the concatenation.
                    c_output_pinned_memory = _w.concat(buf, c_output_pinned_memory, start, pos)
                    f_output_pinned_memory = _decode_ModelOptimizationPolicyPinnedMemoryBuffer(c_output_pinned_memory, 0, len(c_output_pinned_memory), as_numpy)
            elif key == 56:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.ModelOptimizationPolicy")
                f_gather_kernel_buffer_threshold = v & 0xFFFFFFFF
            elif key == 64:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.ModelOptimizationPolicy")
                f_eager_batching = v != 0
            else:
                u, pos = _w.unknown_field(buf, pos, end, key, "inference.ModelOptimizationPolicy")
                unknown += u
    except IndexError:
        raise _w.DecodeError("inference.ModelOptimizationPolicy", pos, "truncated field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(ModelOptimizationPolicy)
    if unknown:
        message._unknown_fields = unknown
    message.graph = f_graph
    message.priority = f_priority
    message.cuda = f_cuda
    message.execution_accelerators = f_execution_accelerators
    message.input_pinned_memory = f_input_pinned_memory
    message.output_pinned_memory = f_output_pinned_memory
    message.gather_kernel_buffer_threshold = f_gather_kernel_buffer_threshold
    message.eager_batching = f_eager_batching
    return message


def _decode_ModelOptimizationPolicyGraph(buf: memoryview, pos: int, end: int, as_numpy: bool) -> ModelOptimizationPolicyGraph:
    unknown = b""
    f_level: _Any = 0
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.ModelOptimizationPolicy.Graph")
            if key == 8:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.ModelOptimizationPolicy.Graph")
                f_level = (v & 0xFFFFFFFF) - ((v & 0x80000000) << 1)
            else:
                u, pos = _w.unknown_field(buf, pos, end, key, "inference.ModelOptimizationPolicy.Graph")
                unknown += u
    except IndexError:
        raise _w.DecodeError("inference.ModelOptimizationPolicy.Graph", pos, "truncated field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(ModelOptimizationPolicyGraph)
    if unknown:
        message._unknown_fields = unknown
    message.level = f_level
    return message


def _decode_ModelOptimizationPolicyCuda(buf: memoryview, pos: int, end: int, as_numpy: bool) -> ModelOptimizationPolicyCuda:
    unknown = b""
    f_graphs: _Any = False
    f_busy_wait_events: _Any = False
    f_graph_spec: _Any = []
    f_output_copy_stream: _Any = False
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.ModelOptimizationPolicy.Cuda")
            if key == 8:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.ModelOptimizationPolicy.Cuda")
                f_graphs = v != 0
            elif key == 16:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.ModelOptimizationPolicy.Cuda")
                f_busy_wait_events = v != 0
            elif key == 26:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelOptimizationPolicy.Cuda")
                f_graph_spec.append(_decode_ModelOptimizationPolicyCudaGraphSpec(buf, start, pos, as_numpy))
            elif key == 32:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.ModelOptimizationPolicy.Cuda")
                f_output_copy_stream = v != 0
            else:
                u, pos = _w.unknown_field(buf, pos, end, key, "inference.ModelOptimizationPolicy.Cuda")
                unknown += u
    except IndexError:
        raise _w.DecodeError("inference.ModelOptimizationPolicy.Cuda", pos, "truncated field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(ModelOptimizationPolicyCuda)
    if unknown:
        message._unknown_fields = unknown
    message.graphs = f_graphs
    message.busy_wait_events = f_busy_wait_events
    message.graph_spec = f_graph_spec
    message.output_copy_stream = f_output_copy_stream
    return message


def _decode_ModelOptimizationPolicyCudaGraphSpec(buf: memoryview, pos: int, end: int, as_numpy: bool) -> ModelOptimizationPolicyCudaGraphSpec:
    unknown = b""
    f_batch_size: _Any = 0
    f_input: _Any = {}
    f_graph_lower_bound: _Any = None
    c_graph_lower_bound: _Any = None
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.ModelOptimizationPolicy.Cuda.GraphSpec")
            if key == 8:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.ModelOptimizationPolicy.Cuda.GraphSpec")
                f_batch_size = (v & 0xFFFFFFFF) - ((v & 0x80000000) << 1)
            elif key == 18:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelOptimizationPolicy.Cuda.GraphSpec")
                k, val = _decode_ModelOptimizationPolicyCudaGraphSpec_input_entry(buf, start, pos, as_numpy)
                f_input[k] = val
            elif key == 26:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelOptimizationPolicy.Cuda.GraphSpec")
                if f_graph_lower_bound is None:
                    c_graph_lower_bound = (start, pos)
                    f_graph_lower_bound = _decode_ModelOptimizationPolicyCudaGraphSpecLowerBound(buf, start, pos, as_numpy)
                else:
                    # Protobuf merges a singular message that occurs again: decode the concatenation.
                    c_graph_lower_bound = _w.concat(buf, c_graph_lower_bound, start, pos)
                    f_graph_lower_bound = _decode_ModelOptimizationPolicyCudaGraphSpecLowerBound(c_graph_lower_bound, 0, len(c_graph_lower_bound), as_numpy)
            else:
                u, pos = _w.unknown_field(buf, pos, end, key, "inference.ModelOptimizationPolicy.Cuda.GraphSpec")
                unknown += u
    except IndexError:
        raise _w.DecodeError("inference.ModelOptimizationPolicy.Cuda.GraphSpec", pos, "truncated field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(ModelOptimizationPolicyCudaGraphSpec)
    if unknown:
        message._unknown_fields = unknown
    message.batch_size = f_batch_size
    message.input = f_input
    message.graph_lower_bound = f_graph_lower_bound
    return message


def _decode_ModelOptimizationPolicyCudaGraphSpecShape(buf: memoryview, pos: int, end: int, as_numpy: bool) -> ModelOptimizationPolicyCudaGraphSpecShape:
    unknown = b""
    f_dim: _Any = []
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.ModelOptimizationPolicy.Cuda.GraphSpec.Shape")
            if key == 10:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelOptimizationPolicy.Cuda.GraphSpec.Shape")
                f_dim = _w.packed_varint_decode(buf, start, pos, "int64", f_dim, as_numpy, "inference.ModelOptimizationPolicy.Cuda.GraphSpec.Shape")
            elif key == 8:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.ModelOptimizationPolicy.Cuda.GraphSpec.Shape")
                f_dim = _w.append(f_dim, v - ((v & 0x8000000000000000) << 1))
            else:
                u, pos = _w.unknown_field(buf, pos, end, key, "inference.ModelOptimizationPolicy.Cuda.GraphSpec.Shape")
                unknown += u
    except IndexError:
        raise _w.DecodeError("inference.ModelOptimizationPolicy.Cuda.GraphSpec.Shape", pos, "truncated field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(ModelOptimizationPolicyCudaGraphSpecShape)
    if unknown:
        message._unknown_fields = unknown
    message.dim = f_dim
    return message


def _decode_ModelOptimizationPolicyCudaGraphSpecLowerBound(buf: memoryview, pos: int, end: int, as_numpy: bool) -> ModelOptimizationPolicyCudaGraphSpecLowerBound:
    unknown = b""
    f_batch_size: _Any = 0
    f_input: _Any = {}
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.ModelOptimizationPolicy.Cuda.GraphSpec.LowerBound")
            if key == 8:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.ModelOptimizationPolicy.Cuda.GraphSpec.LowerBound")
                f_batch_size = (v & 0xFFFFFFFF) - ((v & 0x80000000) << 1)
            elif key == 18:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelOptimizationPolicy.Cuda.GraphSpec.LowerBound")
                k, val = _decode_ModelOptimizationPolicyCudaGraphSpecLowerBound_input_entry(buf, start, pos, as_numpy)
                f_input[k] = val
            else:
                u, pos = _w.unknown_field(buf, pos, end, key, "inference.ModelOptimizationPolicy.Cuda.GraphSpec.LowerBound")
                unknown += u
    except IndexError:
        raise _w.DecodeError("inference.ModelOptimizationPolicy.Cuda.GraphSpec.LowerBound", pos, "truncated field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(ModelOptimizationPolicyCudaGraphSpecLowerBound)
    if unknown:
        message._unknown_fields = unknown
    message.batch_size = f_batch_size
    message.input = f_input
    return message


def _decode_ModelOptimizationPolicyExecutionAccelerators(buf: memoryview, pos: int, end: int, as_numpy: bool) -> ModelOptimizationPolicyExecutionAccelerators:
    unknown = b""
    f_gpu_execution_accelerator: _Any = []
    f_cpu_execution_accelerator: _Any = []
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.ModelOptimizationPolicy.ExecutionAccelerators")
            if key == 10:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelOptimizationPolicy.ExecutionAccelerators")
                f_gpu_execution_accelerator.append(_decode_ModelOptimizationPolicyExecutionAcceleratorsAccelerator(buf, start, pos, as_numpy))
            elif key == 18:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelOptimizationPolicy.ExecutionAccelerators")
                f_cpu_execution_accelerator.append(_decode_ModelOptimizationPolicyExecutionAcceleratorsAccelerator(buf, start, pos, as_numpy))
            else:
                u, pos = _w.unknown_field(buf, pos, end, key, "inference.ModelOptimizationPolicy.ExecutionAccelerators")
                unknown += u
    except IndexError:
        raise _w.DecodeError("inference.ModelOptimizationPolicy.ExecutionAccelerators", pos, "truncated field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(ModelOptimizationPolicyExecutionAccelerators)
    if unknown:
        message._unknown_fields = unknown
    message.gpu_execution_accelerator = f_gpu_execution_accelerator
    message.cpu_execution_accelerator = f_cpu_execution_accelerator
    return message


def _decode_ModelOptimizationPolicyExecutionAcceleratorsAccelerator(buf: memoryview, pos: int, end: int, as_numpy: bool) -> ModelOptimizationPolicyExecutionAcceleratorsAccelerator:
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
                key, pos = _w.read_varint(buf, pos, end, "inference.ModelOptimizationPolicy.ExecutionAccelerators.Accelerator")
            if key == 10:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelOptimizationPolicy.ExecutionAccelerators.Accelerator")
                f_name = buf[start:pos].tobytes().decode()
            elif key == 18:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelOptimizationPolicy.ExecutionAccelerators.Accelerator")
                k, val = _decode_ModelOptimizationPolicyExecutionAcceleratorsAccelerator_parameters_entry(buf, start, pos, as_numpy)
                f_parameters[k] = val
            else:
                u, pos = _w.unknown_field(buf, pos, end, key, "inference.ModelOptimizationPolicy.ExecutionAccelerators.Accelerator")
                unknown += u
    except IndexError:
        raise _w.DecodeError("inference.ModelOptimizationPolicy.ExecutionAccelerators.Accelerator", pos, "truncated field") from None
    except UnicodeDecodeError as exc:
        raise _w.DecodeError("inference.ModelOptimizationPolicy.ExecutionAccelerators.Accelerator", start + exc.start, "invalid UTF-8 in a string field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(ModelOptimizationPolicyExecutionAcceleratorsAccelerator)
    if unknown:
        message._unknown_fields = unknown
    message.name = f_name
    message.parameters = f_parameters
    return message


def _decode_ModelOptimizationPolicyPinnedMemoryBuffer(buf: memoryview, pos: int, end: int, as_numpy: bool) -> ModelOptimizationPolicyPinnedMemoryBuffer:
    unknown = b""
    f_enable: _Any = False
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.ModelOptimizationPolicy.PinnedMemoryBuffer")
            if key == 8:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.ModelOptimizationPolicy.PinnedMemoryBuffer")
                f_enable = v != 0
            else:
                u, pos = _w.unknown_field(buf, pos, end, key, "inference.ModelOptimizationPolicy.PinnedMemoryBuffer")
                unknown += u
    except IndexError:
        raise _w.DecodeError("inference.ModelOptimizationPolicy.PinnedMemoryBuffer", pos, "truncated field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(ModelOptimizationPolicyPinnedMemoryBuffer)
    if unknown:
        message._unknown_fields = unknown
    message.enable = f_enable
    return message


def _decode_ModelQueuePolicy(buf: memoryview, pos: int, end: int, as_numpy: bool) -> ModelQueuePolicy:
    unknown = b""
    f_timeout_action: _Any = ModelQueuePolicyTimeoutAction(0)
    f_default_timeout_microseconds: _Any = 0
    f_allow_timeout_override: _Any = False
    f_max_queue_size: _Any = 0
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.ModelQueuePolicy")
            if key == 8:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.ModelQueuePolicy")
                f_timeout_action = ModelQueuePolicyTimeoutAction((v & 0xFFFFFFFF) - ((v & 0x80000000) << 1))
            elif key == 16:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.ModelQueuePolicy")
                f_default_timeout_microseconds = v
            elif key == 24:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.ModelQueuePolicy")
                f_allow_timeout_override = v != 0
            elif key == 32:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.ModelQueuePolicy")
                f_max_queue_size = v & 0xFFFFFFFF
            else:
                u, pos = _w.unknown_field(buf, pos, end, key, "inference.ModelQueuePolicy")
                unknown += u
    except IndexError:
        raise _w.DecodeError("inference.ModelQueuePolicy", pos, "truncated field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(ModelQueuePolicy)
    if unknown:
        message._unknown_fields = unknown
    message.timeout_action = f_timeout_action
    message.default_timeout_microseconds = f_default_timeout_microseconds
    message.allow_timeout_override = f_allow_timeout_override
    message.max_queue_size = f_max_queue_size
    return message


def _decode_ModelDynamicBatching(buf: memoryview, pos: int, end: int, as_numpy: bool) -> ModelDynamicBatching:
    unknown = b""
    f_preferred_batch_size: _Any = []
    f_max_queue_delay_microseconds: _Any = 0
    f_preserve_ordering: _Any = False
    f_priority_levels: _Any = 0
    f_default_priority_level: _Any = 0
    f_default_queue_policy: _Any = None
    f_priority_queue_policy: _Any = {}
    c_default_queue_policy: _Any = None
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.ModelDynamicBatching")
            if key == 10:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelDynamicBatching")
                f_preferred_batch_size = _w.packed_varint_decode(buf, start, pos, "int32", f_preferred_batch_size, as_numpy, "inference.ModelDynamicBatching")
            elif key == 8:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.ModelDynamicBatching")
                f_preferred_batch_size = _w.append(f_preferred_batch_size, (v & 0xFFFFFFFF) - ((v & 0x80000000) << 1))
            elif key == 16:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.ModelDynamicBatching")
                f_max_queue_delay_microseconds = v
            elif key == 24:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.ModelDynamicBatching")
                f_preserve_ordering = v != 0
            elif key == 32:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.ModelDynamicBatching")
                f_priority_levels = v
            elif key == 40:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.ModelDynamicBatching")
                f_default_priority_level = v
            elif key == 50:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelDynamicBatching")
                if f_default_queue_policy is None:
                    c_default_queue_policy = (start, pos)
                    f_default_queue_policy = _decode_ModelQueuePolicy(buf, start, pos, as_numpy)
                else:
                    # Protobuf merges a singular message that occurs again: decode the concatenation.
                    c_default_queue_policy = _w.concat(buf, c_default_queue_policy, start, pos)
                    f_default_queue_policy = _decode_ModelQueuePolicy(c_default_queue_policy, 0, len(c_default_queue_policy), as_numpy)
            elif key == 58:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelDynamicBatching")
                k, val = _decode_ModelDynamicBatching_priority_queue_policy_entry(buf, start, pos, as_numpy)
                f_priority_queue_policy[k] = val
            else:
                u, pos = _w.unknown_field(buf, pos, end, key, "inference.ModelDynamicBatching")
                unknown += u
    except IndexError:
        raise _w.DecodeError("inference.ModelDynamicBatching", pos, "truncated field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(ModelDynamicBatching)
    if unknown:
        message._unknown_fields = unknown
    message.preferred_batch_size = f_preferred_batch_size
    message.max_queue_delay_microseconds = f_max_queue_delay_microseconds
    message.preserve_ordering = f_preserve_ordering
    message.priority_levels = f_priority_levels
    message.default_priority_level = f_default_priority_level
    message.default_queue_policy = f_default_queue_policy
    message.priority_queue_policy = f_priority_queue_policy
    return message


def _decode_ModelSequenceBatching(buf: memoryview, pos: int, end: int, as_numpy: bool) -> ModelSequenceBatching:
    unknown = b""
    f_direct: _Any = None
    f_oldest: _Any = None
    f_max_sequence_idle_microseconds: _Any = 0
    f_control_input: _Any = []
    f_state: _Any = []
    f_iterative_sequence: _Any = False
    c_direct: _Any = None
    c_oldest: _Any = None
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.ModelSequenceBatching")
            if key == 26:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelSequenceBatching")
                if f_direct is None:
                    c_direct = (start, pos)
                    f_direct = _decode_ModelSequenceBatchingStrategyDirect(buf, start, pos, as_numpy)
                    f_oldest = None
                else:
                    # Protobuf merges a singular message that occurs again: decode the concatenation.
                    c_direct = _w.concat(buf, c_direct, start, pos)
                    f_direct = _decode_ModelSequenceBatchingStrategyDirect(c_direct, 0, len(c_direct), as_numpy)
                    f_oldest = None
            elif key == 34:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelSequenceBatching")
                if f_oldest is None:
                    c_oldest = (start, pos)
                    f_oldest = _decode_ModelSequenceBatchingStrategyOldest(buf, start, pos, as_numpy)
                    f_direct = None
                else:
                    # Protobuf merges a singular message that occurs again: decode the concatenation.
                    c_oldest = _w.concat(buf, c_oldest, start, pos)
                    f_oldest = _decode_ModelSequenceBatchingStrategyOldest(c_oldest, 0, len(c_oldest), as_numpy)
                    f_direct = None
            elif key == 8:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.ModelSequenceBatching")
                f_max_sequence_idle_microseconds = v
            elif key == 18:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelSequenceBatching")
                f_control_input.append(_decode_ModelSequenceBatchingControlInput(buf, start, pos, as_numpy))
            elif key == 42:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelSequenceBatching")
                f_state.append(_decode_ModelSequenceBatchingState(buf, start, pos, as_numpy))
            elif key == 48:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.ModelSequenceBatching")
                f_iterative_sequence = v != 0
            else:
                u, pos = _w.unknown_field(buf, pos, end, key, "inference.ModelSequenceBatching")
                unknown += u
    except IndexError:
        raise _w.DecodeError("inference.ModelSequenceBatching", pos, "truncated field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(ModelSequenceBatching)
    if unknown:
        message._unknown_fields = unknown
    # Past the oneof-clearing __setattr__: the decoder has kept one member per group already.
    fields = message.__dict__
    fields["direct"] = f_direct
    fields["oldest"] = f_oldest
    fields["max_sequence_idle_microseconds"] = f_max_sequence_idle_microseconds
    fields["control_input"] = f_control_input
    fields["state"] = f_state
    fields["iterative_sequence"] = f_iterative_sequence
    return message


def _decode_ModelSequenceBatchingControl(buf: memoryview, pos: int, end: int, as_numpy: bool) -> ModelSequenceBatchingControl:
    unknown = b""
    f_kind: _Any = ModelSequenceBatchingControlKind(0)
    f_int32_false_true: _Any = []
    f_fp32_false_true: _Any = []
    f_bool_false_true: _Any = []
    f_data_type: _Any = DataType(0)
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.ModelSequenceBatching.Control")
            if key == 8:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.ModelSequenceBatching.Control")
                f_kind = ModelSequenceBatchingControlKind((v & 0xFFFFFFFF) - ((v & 0x80000000) << 1))
            elif key == 18:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelSequenceBatching.Control")
                f_int32_false_true = _w.packed_varint_decode(buf, start, pos, "int32", f_int32_false_true, as_numpy, "inference.ModelSequenceBatching.Control")
            elif key == 16:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.ModelSequenceBatching.Control")
                f_int32_false_true = _w.append(f_int32_false_true, (v & 0xFFFFFFFF) - ((v & 0x80000000) << 1))
            elif key == 26:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelSequenceBatching.Control")
                f_fp32_false_true = _w.packed_fixed_decode(buf, start, pos, "float", f_fp32_false_true, as_numpy, "inference.ModelSequenceBatching.Control")
            elif key == 29:
                v, pos = _w.read_fixed(buf, pos, end, "float", "inference.ModelSequenceBatching.Control")
                f_fp32_false_true = _w.append(f_fp32_false_true, v)
            elif key == 42:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelSequenceBatching.Control")
                f_bool_false_true = _w.packed_varint_decode(buf, start, pos, "bool", f_bool_false_true, as_numpy, "inference.ModelSequenceBatching.Control")
            elif key == 40:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.ModelSequenceBatching.Control")
                f_bool_false_true = _w.append(f_bool_false_true, v != 0)
            elif key == 32:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.ModelSequenceBatching.Control")
                f_data_type = DataType((v & 0xFFFFFFFF) - ((v & 0x80000000) << 1))
            else:
                u, pos = _w.unknown_field(buf, pos, end, key, "inference.ModelSequenceBatching.Control")
                unknown += u
    except IndexError:
        raise _w.DecodeError("inference.ModelSequenceBatching.Control", pos, "truncated field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(ModelSequenceBatchingControl)
    if unknown:
        message._unknown_fields = unknown
    message.kind = f_kind
    message.int32_false_true = f_int32_false_true
    message.fp32_false_true = f_fp32_false_true
    message.bool_false_true = f_bool_false_true
    message.data_type = f_data_type
    return message


def _decode_ModelSequenceBatchingControlInput(buf: memoryview, pos: int, end: int, as_numpy: bool) -> ModelSequenceBatchingControlInput:
    unknown = b""
    f_name: _Any = ""
    f_control: _Any = []
    start = pos
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.ModelSequenceBatching.ControlInput")
            if key == 10:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelSequenceBatching.ControlInput")
                f_name = buf[start:pos].tobytes().decode()
            elif key == 18:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelSequenceBatching.ControlInput")
                f_control.append(_decode_ModelSequenceBatchingControl(buf, start, pos, as_numpy))
            else:
                u, pos = _w.unknown_field(buf, pos, end, key, "inference.ModelSequenceBatching.ControlInput")
                unknown += u
    except IndexError:
        raise _w.DecodeError("inference.ModelSequenceBatching.ControlInput", pos, "truncated field") from None
    except UnicodeDecodeError as exc:
        raise _w.DecodeError("inference.ModelSequenceBatching.ControlInput", start + exc.start, "invalid UTF-8 in a string field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(ModelSequenceBatchingControlInput)
    if unknown:
        message._unknown_fields = unknown
    message.name = f_name
    message.control = f_control
    return message


def _decode_ModelSequenceBatchingInitialState(buf: memoryview, pos: int, end: int, as_numpy: bool) -> ModelSequenceBatchingInitialState:
    unknown = b""
    f_data_type: _Any = DataType(0)
    f_dims: _Any = []
    f_zero_data: _Any = None
    f_data_file: _Any = None
    f_name: _Any = ""
    start = pos
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.ModelSequenceBatching.InitialState")
            if key == 8:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.ModelSequenceBatching.InitialState")
                f_data_type = DataType((v & 0xFFFFFFFF) - ((v & 0x80000000) << 1))
            elif key == 18:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelSequenceBatching.InitialState")
                f_dims = _w.packed_varint_decode(buf, start, pos, "int64", f_dims, as_numpy, "inference.ModelSequenceBatching.InitialState")
            elif key == 16:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.ModelSequenceBatching.InitialState")
                f_dims = _w.append(f_dims, v - ((v & 0x8000000000000000) << 1))
            elif key == 24:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.ModelSequenceBatching.InitialState")
                f_zero_data = v != 0
                f_data_file = None
            elif key == 34:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelSequenceBatching.InitialState")
                f_data_file = buf[start:pos].tobytes().decode()
                f_zero_data = None
            elif key == 42:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelSequenceBatching.InitialState")
                f_name = buf[start:pos].tobytes().decode()
            else:
                u, pos = _w.unknown_field(buf, pos, end, key, "inference.ModelSequenceBatching.InitialState")
                unknown += u
    except IndexError:
        raise _w.DecodeError("inference.ModelSequenceBatching.InitialState", pos, "truncated field") from None
    except UnicodeDecodeError as exc:
        raise _w.DecodeError("inference.ModelSequenceBatching.InitialState", start + exc.start, "invalid UTF-8 in a string field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(ModelSequenceBatchingInitialState)
    if unknown:
        message._unknown_fields = unknown
    # Past the oneof-clearing __setattr__: the decoder has kept one member per group already.
    fields = message.__dict__
    fields["data_type"] = f_data_type
    fields["dims"] = f_dims
    fields["zero_data"] = f_zero_data
    fields["data_file"] = f_data_file
    fields["name"] = f_name
    return message


def _decode_ModelSequenceBatchingState(buf: memoryview, pos: int, end: int, as_numpy: bool) -> ModelSequenceBatchingState:
    unknown = b""
    f_input_name: _Any = ""
    f_output_name: _Any = ""
    f_data_type: _Any = DataType(0)
    f_dims: _Any = []
    f_initial_state: _Any = []
    f_use_same_buffer_for_input_output: _Any = False
    f_use_growable_memory: _Any = False
    start = pos
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.ModelSequenceBatching.State")
            if key == 10:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelSequenceBatching.State")
                f_input_name = buf[start:pos].tobytes().decode()
            elif key == 18:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelSequenceBatching.State")
                f_output_name = buf[start:pos].tobytes().decode()
            elif key == 24:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.ModelSequenceBatching.State")
                f_data_type = DataType((v & 0xFFFFFFFF) - ((v & 0x80000000) << 1))
            elif key == 34:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelSequenceBatching.State")
                f_dims = _w.packed_varint_decode(buf, start, pos, "int64", f_dims, as_numpy, "inference.ModelSequenceBatching.State")
            elif key == 32:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.ModelSequenceBatching.State")
                f_dims = _w.append(f_dims, v - ((v & 0x8000000000000000) << 1))
            elif key == 42:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelSequenceBatching.State")
                f_initial_state.append(_decode_ModelSequenceBatchingInitialState(buf, start, pos, as_numpy))
            elif key == 48:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.ModelSequenceBatching.State")
                f_use_same_buffer_for_input_output = v != 0
            elif key == 56:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.ModelSequenceBatching.State")
                f_use_growable_memory = v != 0
            else:
                u, pos = _w.unknown_field(buf, pos, end, key, "inference.ModelSequenceBatching.State")
                unknown += u
    except IndexError:
        raise _w.DecodeError("inference.ModelSequenceBatching.State", pos, "truncated field") from None
    except UnicodeDecodeError as exc:
        raise _w.DecodeError("inference.ModelSequenceBatching.State", start + exc.start, "invalid UTF-8 in a string field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(ModelSequenceBatchingState)
    if unknown:
        message._unknown_fields = unknown
    message.input_name = f_input_name
    message.output_name = f_output_name
    message.data_type = f_data_type
    message.dims = f_dims
    message.initial_state = f_initial_state
    message.use_same_buffer_for_input_output = f_use_same_buffer_for_input_output
    message.use_growable_memory = f_use_growable_memory
    return message


def _decode_ModelSequenceBatchingStrategyDirect(buf: memoryview, pos: int, end: int, as_numpy: bool) -> ModelSequenceBatchingStrategyDirect:
    unknown = b""
    f_max_queue_delay_microseconds: _Any = 0
    f_minimum_slot_utilization: _Any = 0.0
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.ModelSequenceBatching.StrategyDirect")
            if key == 8:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.ModelSequenceBatching.StrategyDirect")
                f_max_queue_delay_microseconds = v
            elif key == 21:
                v, pos = _w.read_fixed(buf, pos, end, "float", "inference.ModelSequenceBatching.StrategyDirect")
                f_minimum_slot_utilization = v
            else:
                u, pos = _w.unknown_field(buf, pos, end, key, "inference.ModelSequenceBatching.StrategyDirect")
                unknown += u
    except IndexError:
        raise _w.DecodeError("inference.ModelSequenceBatching.StrategyDirect", pos, "truncated field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(ModelSequenceBatchingStrategyDirect)
    if unknown:
        message._unknown_fields = unknown
    message.max_queue_delay_microseconds = f_max_queue_delay_microseconds
    message.minimum_slot_utilization = f_minimum_slot_utilization
    return message


def _decode_ModelSequenceBatchingStrategyOldest(buf: memoryview, pos: int, end: int, as_numpy: bool) -> ModelSequenceBatchingStrategyOldest:
    unknown = b""
    f_max_candidate_sequences: _Any = 0
    f_preferred_batch_size: _Any = []
    f_max_queue_delay_microseconds: _Any = 0
    f_preserve_ordering: _Any = False
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.ModelSequenceBatching.StrategyOldest")
            if key == 8:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.ModelSequenceBatching.StrategyOldest")
                f_max_candidate_sequences = (v & 0xFFFFFFFF) - ((v & 0x80000000) << 1)
            elif key == 18:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelSequenceBatching.StrategyOldest")
                f_preferred_batch_size = _w.packed_varint_decode(buf, start, pos, "int32", f_preferred_batch_size, as_numpy, "inference.ModelSequenceBatching.StrategyOldest")
            elif key == 16:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.ModelSequenceBatching.StrategyOldest")
                f_preferred_batch_size = _w.append(f_preferred_batch_size, (v & 0xFFFFFFFF) - ((v & 0x80000000) << 1))
            elif key == 24:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.ModelSequenceBatching.StrategyOldest")
                f_max_queue_delay_microseconds = v
            elif key == 32:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.ModelSequenceBatching.StrategyOldest")
                f_preserve_ordering = v != 0
            else:
                u, pos = _w.unknown_field(buf, pos, end, key, "inference.ModelSequenceBatching.StrategyOldest")
                unknown += u
    except IndexError:
        raise _w.DecodeError("inference.ModelSequenceBatching.StrategyOldest", pos, "truncated field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(ModelSequenceBatchingStrategyOldest)
    if unknown:
        message._unknown_fields = unknown
    message.max_candidate_sequences = f_max_candidate_sequences
    message.preferred_batch_size = f_preferred_batch_size
    message.max_queue_delay_microseconds = f_max_queue_delay_microseconds
    message.preserve_ordering = f_preserve_ordering
    return message


def _decode_ModelEnsembling(buf: memoryview, pos: int, end: int, as_numpy: bool) -> ModelEnsembling:
    unknown = b""
    f_step: _Any = []
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.ModelEnsembling")
            if key == 10:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelEnsembling")
                f_step.append(_decode_ModelEnsemblingStep(buf, start, pos, as_numpy))
            else:
                u, pos = _w.unknown_field(buf, pos, end, key, "inference.ModelEnsembling")
                unknown += u
    except IndexError:
        raise _w.DecodeError("inference.ModelEnsembling", pos, "truncated field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(ModelEnsembling)
    if unknown:
        message._unknown_fields = unknown
    message.step = f_step
    return message


def _decode_ModelEnsemblingStep(buf: memoryview, pos: int, end: int, as_numpy: bool) -> ModelEnsemblingStep:
    unknown = b""
    f_model_name: _Any = ""
    f_model_version: _Any = 0
    f_input_map: _Any = {}
    f_output_map: _Any = {}
    f_model_namespace: _Any = ""
    start = pos
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.ModelEnsembling.Step")
            if key == 10:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelEnsembling.Step")
                f_model_name = buf[start:pos].tobytes().decode()
            elif key == 16:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.ModelEnsembling.Step")
                f_model_version = v - ((v & 0x8000000000000000) << 1)
            elif key == 26:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelEnsembling.Step")
                k, val = _decode_ModelEnsemblingStep_input_map_entry(buf, start, pos, as_numpy)
                f_input_map[k] = val
            elif key == 34:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelEnsembling.Step")
                k, val = _decode_ModelEnsemblingStep_output_map_entry(buf, start, pos, as_numpy)
                f_output_map[k] = val
            elif key == 42:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelEnsembling.Step")
                f_model_namespace = buf[start:pos].tobytes().decode()
            else:
                u, pos = _w.unknown_field(buf, pos, end, key, "inference.ModelEnsembling.Step")
                unknown += u
    except IndexError:
        raise _w.DecodeError("inference.ModelEnsembling.Step", pos, "truncated field") from None
    except UnicodeDecodeError as exc:
        raise _w.DecodeError("inference.ModelEnsembling.Step", start + exc.start, "invalid UTF-8 in a string field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(ModelEnsemblingStep)
    if unknown:
        message._unknown_fields = unknown
    message.model_name = f_model_name
    message.model_version = f_model_version
    message.input_map = f_input_map
    message.output_map = f_output_map
    message.model_namespace = f_model_namespace
    return message


def _decode_ModelParameter(buf: memoryview, pos: int, end: int, as_numpy: bool) -> ModelParameter:
    unknown = b""
    f_string_value: _Any = ""
    start = pos
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.ModelParameter")
            if key == 10:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelParameter")
                f_string_value = buf[start:pos].tobytes().decode()
            else:
                u, pos = _w.unknown_field(buf, pos, end, key, "inference.ModelParameter")
                unknown += u
    except IndexError:
        raise _w.DecodeError("inference.ModelParameter", pos, "truncated field") from None
    except UnicodeDecodeError as exc:
        raise _w.DecodeError("inference.ModelParameter", start + exc.start, "invalid UTF-8 in a string field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(ModelParameter)
    if unknown:
        message._unknown_fields = unknown
    message.string_value = f_string_value
    return message


def _decode_ModelWarmup(buf: memoryview, pos: int, end: int, as_numpy: bool) -> ModelWarmup:
    unknown = b""
    f_name: _Any = ""
    f_batch_size: _Any = 0
    f_inputs: _Any = {}
    f_count: _Any = 0
    start = pos
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.ModelWarmup")
            if key == 10:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelWarmup")
                f_name = buf[start:pos].tobytes().decode()
            elif key == 16:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.ModelWarmup")
                f_batch_size = v & 0xFFFFFFFF
            elif key == 26:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelWarmup")
                k, val = _decode_ModelWarmup_inputs_entry(buf, start, pos, as_numpy)
                f_inputs[k] = val
            elif key == 32:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.ModelWarmup")
                f_count = v & 0xFFFFFFFF
            else:
                u, pos = _w.unknown_field(buf, pos, end, key, "inference.ModelWarmup")
                unknown += u
    except IndexError:
        raise _w.DecodeError("inference.ModelWarmup", pos, "truncated field") from None
    except UnicodeDecodeError as exc:
        raise _w.DecodeError("inference.ModelWarmup", start + exc.start, "invalid UTF-8 in a string field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(ModelWarmup)
    if unknown:
        message._unknown_fields = unknown
    message.name = f_name
    message.batch_size = f_batch_size
    message.inputs = f_inputs
    message.count = f_count
    return message


def _decode_ModelWarmupInput(buf: memoryview, pos: int, end: int, as_numpy: bool) -> ModelWarmupInput:
    unknown = b""
    f_data_type: _Any = DataType(0)
    f_dims: _Any = []
    f_zero_data: _Any = None
    f_random_data: _Any = None
    f_input_data_file: _Any = None
    start = pos
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.ModelWarmup.Input")
            if key == 8:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.ModelWarmup.Input")
                f_data_type = DataType((v & 0xFFFFFFFF) - ((v & 0x80000000) << 1))
            elif key == 18:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelWarmup.Input")
                f_dims = _w.packed_varint_decode(buf, start, pos, "int64", f_dims, as_numpy, "inference.ModelWarmup.Input")
            elif key == 16:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.ModelWarmup.Input")
                f_dims = _w.append(f_dims, v - ((v & 0x8000000000000000) << 1))
            elif key == 24:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.ModelWarmup.Input")
                f_zero_data = v != 0
                f_random_data = None
                f_input_data_file = None
            elif key == 32:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.ModelWarmup.Input")
                f_random_data = v != 0
                f_zero_data = None
                f_input_data_file = None
            elif key == 42:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelWarmup.Input")
                f_input_data_file = buf[start:pos].tobytes().decode()
                f_zero_data = None
                f_random_data = None
            else:
                u, pos = _w.unknown_field(buf, pos, end, key, "inference.ModelWarmup.Input")
                unknown += u
    except IndexError:
        raise _w.DecodeError("inference.ModelWarmup.Input", pos, "truncated field") from None
    except UnicodeDecodeError as exc:
        raise _w.DecodeError("inference.ModelWarmup.Input", start + exc.start, "invalid UTF-8 in a string field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(ModelWarmupInput)
    if unknown:
        message._unknown_fields = unknown
    # Past the oneof-clearing __setattr__: the decoder has kept one member per group already.
    fields = message.__dict__
    fields["data_type"] = f_data_type
    fields["dims"] = f_dims
    fields["zero_data"] = f_zero_data
    fields["random_data"] = f_random_data
    fields["input_data_file"] = f_input_data_file
    return message


def _decode_ModelOperations(buf: memoryview, pos: int, end: int, as_numpy: bool) -> ModelOperations:
    unknown = b""
    f_op_library_filename: _Any = []
    start = pos
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.ModelOperations")
            if key == 10:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelOperations")
                f_op_library_filename.append(buf[start:pos].tobytes().decode())
            else:
                u, pos = _w.unknown_field(buf, pos, end, key, "inference.ModelOperations")
                unknown += u
    except IndexError:
        raise _w.DecodeError("inference.ModelOperations", pos, "truncated field") from None
    except UnicodeDecodeError as exc:
        raise _w.DecodeError("inference.ModelOperations", start + exc.start, "invalid UTF-8 in a string field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(ModelOperations)
    if unknown:
        message._unknown_fields = unknown
    message.op_library_filename = f_op_library_filename
    return message


def _decode_ModelTransactionPolicy(buf: memoryview, pos: int, end: int, as_numpy: bool) -> ModelTransactionPolicy:
    unknown = b""
    f_decoupled: _Any = False
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.ModelTransactionPolicy")
            if key == 8:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.ModelTransactionPolicy")
                f_decoupled = v != 0
            else:
                u, pos = _w.unknown_field(buf, pos, end, key, "inference.ModelTransactionPolicy")
                unknown += u
    except IndexError:
        raise _w.DecodeError("inference.ModelTransactionPolicy", pos, "truncated field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(ModelTransactionPolicy)
    if unknown:
        message._unknown_fields = unknown
    message.decoupled = f_decoupled
    return message


def _decode_ModelRepositoryAgents(buf: memoryview, pos: int, end: int, as_numpy: bool) -> ModelRepositoryAgents:
    unknown = b""
    f_agents: _Any = []
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.ModelRepositoryAgents")
            if key == 10:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelRepositoryAgents")
                f_agents.append(_decode_ModelRepositoryAgentsAgent(buf, start, pos, as_numpy))
            else:
                u, pos = _w.unknown_field(buf, pos, end, key, "inference.ModelRepositoryAgents")
                unknown += u
    except IndexError:
        raise _w.DecodeError("inference.ModelRepositoryAgents", pos, "truncated field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(ModelRepositoryAgents)
    if unknown:
        message._unknown_fields = unknown
    message.agents = f_agents
    return message


def _decode_ModelRepositoryAgentsAgent(buf: memoryview, pos: int, end: int, as_numpy: bool) -> ModelRepositoryAgentsAgent:
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
                key, pos = _w.read_varint(buf, pos, end, "inference.ModelRepositoryAgents.Agent")
            if key == 10:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelRepositoryAgents.Agent")
                f_name = buf[start:pos].tobytes().decode()
            elif key == 18:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelRepositoryAgents.Agent")
                k, val = _decode_ModelRepositoryAgentsAgent_parameters_entry(buf, start, pos, as_numpy)
                f_parameters[k] = val
            else:
                u, pos = _w.unknown_field(buf, pos, end, key, "inference.ModelRepositoryAgents.Agent")
                unknown += u
    except IndexError:
        raise _w.DecodeError("inference.ModelRepositoryAgents.Agent", pos, "truncated field") from None
    except UnicodeDecodeError as exc:
        raise _w.DecodeError("inference.ModelRepositoryAgents.Agent", start + exc.start, "invalid UTF-8 in a string field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(ModelRepositoryAgentsAgent)
    if unknown:
        message._unknown_fields = unknown
    message.name = f_name
    message.parameters = f_parameters
    return message


def _decode_ModelResponseCache(buf: memoryview, pos: int, end: int, as_numpy: bool) -> ModelResponseCache:
    unknown = b""
    f_enable: _Any = False
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.ModelResponseCache")
            if key == 8:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.ModelResponseCache")
                f_enable = v != 0
            else:
                u, pos = _w.unknown_field(buf, pos, end, key, "inference.ModelResponseCache")
                unknown += u
    except IndexError:
        raise _w.DecodeError("inference.ModelResponseCache", pos, "truncated field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(ModelResponseCache)
    if unknown:
        message._unknown_fields = unknown
    message.enable = f_enable
    return message


def _decode_ModelConfig(buf: memoryview, pos: int, end: int, as_numpy: bool) -> ModelConfig:
    unknown = b""
    f_name: _Any = ""
    f_platform: _Any = ""
    f_backend: _Any = ""
    f_runtime: _Any = ""
    f_version_policy: _Any = None
    f_max_batch_size: _Any = 0
    f_input: _Any = []
    f_output: _Any = []
    f_batch_input: _Any = []
    f_batch_output: _Any = []
    f_optimization: _Any = None
    f_dynamic_batching: _Any = None
    f_sequence_batching: _Any = None
    f_ensemble_scheduling: _Any = None
    f_instance_group: _Any = []
    f_default_model_filename: _Any = ""
    f_cc_model_filenames: _Any = {}
    f_metric_tags: _Any = {}
    f_parameters: _Any = {}
    f_model_warmup: _Any = []
    f_model_operations: _Any = None
    f_model_transaction_policy: _Any = None
    f_model_repository_agents: _Any = None
    f_response_cache: _Any = None
    c_version_policy: _Any = None
    c_optimization: _Any = None
    c_dynamic_batching: _Any = None
    c_sequence_batching: _Any = None
    c_ensemble_scheduling: _Any = None
    c_model_operations: _Any = None
    c_model_transaction_policy: _Any = None
    c_model_repository_agents: _Any = None
    c_response_cache: _Any = None
    start = pos
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.ModelConfig")
            if key == 10:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelConfig")
                f_name = buf[start:pos].tobytes().decode()
            elif key == 18:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelConfig")
                f_platform = buf[start:pos].tobytes().decode()
            elif key == 138:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelConfig")
                f_backend = buf[start:pos].tobytes().decode()
            elif key == 202:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelConfig")
                f_runtime = buf[start:pos].tobytes().decode()
            elif key == 26:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelConfig")
                if f_version_policy is None:
                    c_version_policy = (start, pos)
                    f_version_policy = _decode_ModelVersionPolicy(buf, start, pos, as_numpy)
                else:
                    # Protobuf merges a singular message that occurs again: decode the concatenation.
                    c_version_policy = _w.concat(buf, c_version_policy, start, pos)
                    f_version_policy = _decode_ModelVersionPolicy(c_version_policy, 0, len(c_version_policy), as_numpy)
            elif key == 32:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.ModelConfig")
                f_max_batch_size = (v & 0xFFFFFFFF) - ((v & 0x80000000) << 1)
            elif key == 42:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelConfig")
                f_input.append(_decode_ModelInput(buf, start, pos, as_numpy))
            elif key == 50:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelConfig")
                f_output.append(_decode_ModelOutput(buf, start, pos, as_numpy))
            elif key == 162:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelConfig")
                f_batch_input.append(_decode_BatchInput(buf, start, pos, as_numpy))
            elif key == 170:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelConfig")
                f_batch_output.append(_decode_BatchOutput(buf, start, pos, as_numpy))
            elif key == 98:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelConfig")
                if f_optimization is None:
                    c_optimization = (start, pos)
                    f_optimization = _decode_ModelOptimizationPolicy(buf, start, pos, as_numpy)
                else:
                    # Protobuf merges a singular message that occurs again: decode the concatenation.
                    c_optimization = _w.concat(buf, c_optimization, start, pos)
                    f_optimization = _decode_ModelOptimizationPolicy(c_optimization, 0, len(c_optimization), as_numpy)
            elif key == 90:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelConfig")
                if f_dynamic_batching is None:
                    c_dynamic_batching = (start, pos)
                    f_dynamic_batching = _decode_ModelDynamicBatching(buf, start, pos, as_numpy)
                    f_sequence_batching = None
                    f_ensemble_scheduling = None
                else:
                    # Protobuf merges a singular message that occurs again: decode the concatenation.
                    c_dynamic_batching = _w.concat(buf, c_dynamic_batching, start, pos)
                    f_dynamic_batching = _decode_ModelDynamicBatching(c_dynamic_batching, 0, len(c_dynamic_batching), as_numpy)
                    f_sequence_batching = None
                    f_ensemble_scheduling = None
            elif key == 106:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelConfig")
                if f_sequence_batching is None:
                    c_sequence_batching = (start, pos)
                    f_sequence_batching = _decode_ModelSequenceBatching(buf, start, pos, as_numpy)
                    f_dynamic_batching = None
                    f_ensemble_scheduling = None
                else:
                    # Protobuf merges a singular message that occurs again: decode the concatenation.
                    c_sequence_batching = _w.concat(buf, c_sequence_batching, start, pos)
                    f_sequence_batching = _decode_ModelSequenceBatching(c_sequence_batching, 0, len(c_sequence_batching), as_numpy)
                    f_dynamic_batching = None
                    f_ensemble_scheduling = None
            elif key == 122:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelConfig")
                if f_ensemble_scheduling is None:
                    c_ensemble_scheduling = (start, pos)
                    f_ensemble_scheduling = _decode_ModelEnsembling(buf, start, pos, as_numpy)
                    f_dynamic_batching = None
                    f_sequence_batching = None
                else:
                    # Protobuf merges a singular message that occurs again: decode the concatenation.
                    c_ensemble_scheduling = _w.concat(buf, c_ensemble_scheduling, start, pos)
                    f_ensemble_scheduling = _decode_ModelEnsembling(c_ensemble_scheduling, 0, len(c_ensemble_scheduling), as_numpy)
                    f_dynamic_batching = None
                    f_sequence_batching = None
            elif key == 58:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelConfig")
                f_instance_group.append(_decode_ModelInstanceGroup(buf, start, pos, as_numpy))
            elif key == 66:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelConfig")
                f_default_model_filename = buf[start:pos].tobytes().decode()
            elif key == 74:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelConfig")
                k, val = _decode_ModelConfig_cc_model_filenames_entry(buf, start, pos, as_numpy)
                f_cc_model_filenames[k] = val
            elif key == 82:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelConfig")
                k, val = _decode_ModelConfig_metric_tags_entry(buf, start, pos, as_numpy)
                f_metric_tags[k] = val
            elif key == 114:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelConfig")
                k, val = _decode_ModelConfig_parameters_entry(buf, start, pos, as_numpy)
                f_parameters[k] = val
            elif key == 130:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelConfig")
                f_model_warmup.append(_decode_ModelWarmup(buf, start, pos, as_numpy))
            elif key == 146:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelConfig")
                if f_model_operations is None:
                    c_model_operations = (start, pos)
                    f_model_operations = _decode_ModelOperations(buf, start, pos, as_numpy)
                else:
                    # Protobuf merges a singular message that occurs again: decode the concatenation.
                    c_model_operations = _w.concat(buf, c_model_operations, start, pos)
                    f_model_operations = _decode_ModelOperations(c_model_operations, 0, len(c_model_operations), as_numpy)
            elif key == 154:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelConfig")
                if f_model_transaction_policy is None:
                    c_model_transaction_policy = (start, pos)
                    f_model_transaction_policy = _decode_ModelTransactionPolicy(buf, start, pos, as_numpy)
                else:
                    # Protobuf merges a singular message that occurs again: decode the concatenation.
                    c_model_transaction_policy = _w.concat(buf, c_model_transaction_policy, start, pos)
                    f_model_transaction_policy = _decode_ModelTransactionPolicy(c_model_transaction_policy, 0, len(c_model_transaction_policy), as_numpy)
            elif key == 186:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelConfig")
                if f_model_repository_agents is None:
                    c_model_repository_agents = (start, pos)
                    f_model_repository_agents = _decode_ModelRepositoryAgents(buf, start, pos, as_numpy)
                else:
                    # Protobuf merges a singular message that occurs again: decode the concatenation.
                    c_model_repository_agents = _w.concat(buf, c_model_repository_agents, start, pos)
                    f_model_repository_agents = _decode_ModelRepositoryAgents(c_model_repository_agents, 0, len(c_model_repository_agents), as_numpy)
            elif key == 194:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelConfig")
                if f_response_cache is None:
                    c_response_cache = (start, pos)
                    f_response_cache = _decode_ModelResponseCache(buf, start, pos, as_numpy)
                else:
                    # Protobuf merges a singular message that occurs again: decode the concatenation.
                    c_response_cache = _w.concat(buf, c_response_cache, start, pos)
                    f_response_cache = _decode_ModelResponseCache(c_response_cache, 0, len(c_response_cache), as_numpy)
            else:
                u, pos = _w.unknown_field(buf, pos, end, key, "inference.ModelConfig")
                unknown += u
    except IndexError:
        raise _w.DecodeError("inference.ModelConfig", pos, "truncated field") from None
    except UnicodeDecodeError as exc:
        raise _w.DecodeError("inference.ModelConfig", start + exc.start, "invalid UTF-8 in a string field") from None
    # Filled in directly: the dataclass __init__ would only re-check defaults we already set.
    message = _new(ModelConfig)
    if unknown:
        message._unknown_fields = unknown
    # Past the oneof-clearing __setattr__: the decoder has kept one member per group already.
    fields = message.__dict__
    fields["name"] = f_name
    fields["platform"] = f_platform
    fields["backend"] = f_backend
    fields["runtime"] = f_runtime
    fields["version_policy"] = f_version_policy
    fields["max_batch_size"] = f_max_batch_size
    fields["input"] = f_input
    fields["output"] = f_output
    fields["batch_input"] = f_batch_input
    fields["batch_output"] = f_batch_output
    fields["optimization"] = f_optimization
    fields["dynamic_batching"] = f_dynamic_batching
    fields["sequence_batching"] = f_sequence_batching
    fields["ensemble_scheduling"] = f_ensemble_scheduling
    fields["instance_group"] = f_instance_group
    fields["default_model_filename"] = f_default_model_filename
    fields["cc_model_filenames"] = f_cc_model_filenames
    fields["metric_tags"] = f_metric_tags
    fields["parameters"] = f_parameters
    fields["model_warmup"] = f_model_warmup
    fields["model_operations"] = f_model_operations
    fields["model_transaction_policy"] = f_model_transaction_policy
    fields["model_repository_agents"] = f_model_repository_agents
    fields["response_cache"] = f_response_cache
    return message


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


def _decode_ModelStatistics_response_stats_entry(buf: memoryview, pos: int, end: int, as_numpy: bool) -> tuple[_Any, _Any]:
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
                key, pos = _w.read_varint(buf, pos, end, "inference.ModelStatistics.ResponseStatsEntry")
            if key == 10:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelStatistics.ResponseStatsEntry")
                f_key = buf[start:pos].tobytes().decode()
            elif key == 18:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelStatistics.ResponseStatsEntry")
                if f_value is None:
                    c_value = (start, pos)
                    f_value = _decode_InferResponseStatistics(buf, start, pos, as_numpy)
                else:
                    # Protobuf merges a singular message that occurs again: decode the concatenation.
                    c_value = _w.concat(buf, c_value, start, pos)
                    f_value = _decode_InferResponseStatistics(c_value, 0, len(c_value), as_numpy)
            else:
                pos = _w.skip_field(buf, pos, end, key, "inference.ModelStatistics.ResponseStatsEntry")
    except IndexError:
        raise _w.DecodeError("inference.ModelStatistics.ResponseStatsEntry", pos, "truncated field") from None
    except UnicodeDecodeError as exc:
        raise _w.DecodeError("inference.ModelStatistics.ResponseStatsEntry", start + exc.start, "invalid UTF-8 in a string field") from None
    if f_value is None:
        f_value = InferResponseStatistics()
    return f_key, f_value


def _decode_RepositoryModelLoadRequest_parameters_entry(buf: memoryview, pos: int, end: int, as_numpy: bool) -> tuple[_Any, _Any]:
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
                key, pos = _w.read_varint(buf, pos, end, "inference.RepositoryModelLoadRequest.ParametersEntry")
            if key == 10:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.RepositoryModelLoadRequest.ParametersEntry")
                f_key = buf[start:pos].tobytes().decode()
            elif key == 18:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.RepositoryModelLoadRequest.ParametersEntry")
                if f_value is None:
                    c_value = (start, pos)
                    f_value = _decode_ModelRepositoryParameter(buf, start, pos, as_numpy)
                else:
                    # Protobuf merges a singular message that occurs again: decode the concatenation.
                    c_value = _w.concat(buf, c_value, start, pos)
                    f_value = _decode_ModelRepositoryParameter(c_value, 0, len(c_value), as_numpy)
            else:
                pos = _w.skip_field(buf, pos, end, key, "inference.RepositoryModelLoadRequest.ParametersEntry")
    except IndexError:
        raise _w.DecodeError("inference.RepositoryModelLoadRequest.ParametersEntry", pos, "truncated field") from None
    except UnicodeDecodeError as exc:
        raise _w.DecodeError("inference.RepositoryModelLoadRequest.ParametersEntry", start + exc.start, "invalid UTF-8 in a string field") from None
    if f_value is None:
        f_value = ModelRepositoryParameter()
    return f_key, f_value


def _decode_RepositoryModelUnloadRequest_parameters_entry(buf: memoryview, pos: int, end: int, as_numpy: bool) -> tuple[_Any, _Any]:
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
                key, pos = _w.read_varint(buf, pos, end, "inference.RepositoryModelUnloadRequest.ParametersEntry")
            if key == 10:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.RepositoryModelUnloadRequest.ParametersEntry")
                f_key = buf[start:pos].tobytes().decode()
            elif key == 18:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.RepositoryModelUnloadRequest.ParametersEntry")
                if f_value is None:
                    c_value = (start, pos)
                    f_value = _decode_ModelRepositoryParameter(buf, start, pos, as_numpy)
                else:
                    # Protobuf merges a singular message that occurs again: decode the concatenation.
                    c_value = _w.concat(buf, c_value, start, pos)
                    f_value = _decode_ModelRepositoryParameter(c_value, 0, len(c_value), as_numpy)
            else:
                pos = _w.skip_field(buf, pos, end, key, "inference.RepositoryModelUnloadRequest.ParametersEntry")
    except IndexError:
        raise _w.DecodeError("inference.RepositoryModelUnloadRequest.ParametersEntry", pos, "truncated field") from None
    except UnicodeDecodeError as exc:
        raise _w.DecodeError("inference.RepositoryModelUnloadRequest.ParametersEntry", start + exc.start, "invalid UTF-8 in a string field") from None
    if f_value is None:
        f_value = ModelRepositoryParameter()
    return f_key, f_value


def _decode_SystemSharedMemoryStatusResponse_regions_entry(buf: memoryview, pos: int, end: int, as_numpy: bool) -> tuple[_Any, _Any]:
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
                key, pos = _w.read_varint(buf, pos, end, "inference.SystemSharedMemoryStatusResponse.RegionsEntry")
            if key == 10:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.SystemSharedMemoryStatusResponse.RegionsEntry")
                f_key = buf[start:pos].tobytes().decode()
            elif key == 18:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.SystemSharedMemoryStatusResponse.RegionsEntry")
                if f_value is None:
                    c_value = (start, pos)
                    f_value = _decode_SystemSharedMemoryStatusResponseRegionStatus(buf, start, pos, as_numpy)
                else:
                    # Protobuf merges a singular message that occurs again: decode the concatenation.
                    c_value = _w.concat(buf, c_value, start, pos)
                    f_value = _decode_SystemSharedMemoryStatusResponseRegionStatus(c_value, 0, len(c_value), as_numpy)
            else:
                pos = _w.skip_field(buf, pos, end, key, "inference.SystemSharedMemoryStatusResponse.RegionsEntry")
    except IndexError:
        raise _w.DecodeError("inference.SystemSharedMemoryStatusResponse.RegionsEntry", pos, "truncated field") from None
    except UnicodeDecodeError as exc:
        raise _w.DecodeError("inference.SystemSharedMemoryStatusResponse.RegionsEntry", start + exc.start, "invalid UTF-8 in a string field") from None
    if f_value is None:
        f_value = SystemSharedMemoryStatusResponseRegionStatus()
    return f_key, f_value


def _decode_CudaSharedMemoryStatusResponse_regions_entry(buf: memoryview, pos: int, end: int, as_numpy: bool) -> tuple[_Any, _Any]:
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
                key, pos = _w.read_varint(buf, pos, end, "inference.CudaSharedMemoryStatusResponse.RegionsEntry")
            if key == 10:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.CudaSharedMemoryStatusResponse.RegionsEntry")
                f_key = buf[start:pos].tobytes().decode()
            elif key == 18:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.CudaSharedMemoryStatusResponse.RegionsEntry")
                if f_value is None:
                    c_value = (start, pos)
                    f_value = _decode_CudaSharedMemoryStatusResponseRegionStatus(buf, start, pos, as_numpy)
                else:
                    # Protobuf merges a singular message that occurs again: decode the concatenation.
                    c_value = _w.concat(buf, c_value, start, pos)
                    f_value = _decode_CudaSharedMemoryStatusResponseRegionStatus(c_value, 0, len(c_value), as_numpy)
            else:
                pos = _w.skip_field(buf, pos, end, key, "inference.CudaSharedMemoryStatusResponse.RegionsEntry")
    except IndexError:
        raise _w.DecodeError("inference.CudaSharedMemoryStatusResponse.RegionsEntry", pos, "truncated field") from None
    except UnicodeDecodeError as exc:
        raise _w.DecodeError("inference.CudaSharedMemoryStatusResponse.RegionsEntry", start + exc.start, "invalid UTF-8 in a string field") from None
    if f_value is None:
        f_value = CudaSharedMemoryStatusResponseRegionStatus()
    return f_key, f_value


def _decode_TraceSettingRequest_settings_entry(buf: memoryview, pos: int, end: int, as_numpy: bool) -> tuple[_Any, _Any]:
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
                key, pos = _w.read_varint(buf, pos, end, "inference.TraceSettingRequest.SettingsEntry")
            if key == 10:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.TraceSettingRequest.SettingsEntry")
                f_key = buf[start:pos].tobytes().decode()
            elif key == 18:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.TraceSettingRequest.SettingsEntry")
                if f_value is None:
                    c_value = (start, pos)
                    f_value = _decode_TraceSettingRequestSettingValue(buf, start, pos, as_numpy)
                else:
                    # Protobuf merges a singular message that occurs again: decode the concatenation.
                    c_value = _w.concat(buf, c_value, start, pos)
                    f_value = _decode_TraceSettingRequestSettingValue(c_value, 0, len(c_value), as_numpy)
            else:
                pos = _w.skip_field(buf, pos, end, key, "inference.TraceSettingRequest.SettingsEntry")
    except IndexError:
        raise _w.DecodeError("inference.TraceSettingRequest.SettingsEntry", pos, "truncated field") from None
    except UnicodeDecodeError as exc:
        raise _w.DecodeError("inference.TraceSettingRequest.SettingsEntry", start + exc.start, "invalid UTF-8 in a string field") from None
    if f_value is None:
        f_value = TraceSettingRequestSettingValue()
    return f_key, f_value


def _decode_TraceSettingResponse_settings_entry(buf: memoryview, pos: int, end: int, as_numpy: bool) -> tuple[_Any, _Any]:
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
                key, pos = _w.read_varint(buf, pos, end, "inference.TraceSettingResponse.SettingsEntry")
            if key == 10:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.TraceSettingResponse.SettingsEntry")
                f_key = buf[start:pos].tobytes().decode()
            elif key == 18:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.TraceSettingResponse.SettingsEntry")
                if f_value is None:
                    c_value = (start, pos)
                    f_value = _decode_TraceSettingResponseSettingValue(buf, start, pos, as_numpy)
                else:
                    # Protobuf merges a singular message that occurs again: decode the concatenation.
                    c_value = _w.concat(buf, c_value, start, pos)
                    f_value = _decode_TraceSettingResponseSettingValue(c_value, 0, len(c_value), as_numpy)
            else:
                pos = _w.skip_field(buf, pos, end, key, "inference.TraceSettingResponse.SettingsEntry")
    except IndexError:
        raise _w.DecodeError("inference.TraceSettingResponse.SettingsEntry", pos, "truncated field") from None
    except UnicodeDecodeError as exc:
        raise _w.DecodeError("inference.TraceSettingResponse.SettingsEntry", start + exc.start, "invalid UTF-8 in a string field") from None
    if f_value is None:
        f_value = TraceSettingResponseSettingValue()
    return f_key, f_value


def _decode_LogSettingsRequest_settings_entry(buf: memoryview, pos: int, end: int, as_numpy: bool) -> tuple[_Any, _Any]:
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
                key, pos = _w.read_varint(buf, pos, end, "inference.LogSettingsRequest.SettingsEntry")
            if key == 10:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.LogSettingsRequest.SettingsEntry")
                f_key = buf[start:pos].tobytes().decode()
            elif key == 18:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.LogSettingsRequest.SettingsEntry")
                if f_value is None:
                    c_value = (start, pos)
                    f_value = _decode_LogSettingsRequestSettingValue(buf, start, pos, as_numpy)
                else:
                    # Protobuf merges a singular message that occurs again: decode the concatenation.
                    c_value = _w.concat(buf, c_value, start, pos)
                    f_value = _decode_LogSettingsRequestSettingValue(c_value, 0, len(c_value), as_numpy)
            else:
                pos = _w.skip_field(buf, pos, end, key, "inference.LogSettingsRequest.SettingsEntry")
    except IndexError:
        raise _w.DecodeError("inference.LogSettingsRequest.SettingsEntry", pos, "truncated field") from None
    except UnicodeDecodeError as exc:
        raise _w.DecodeError("inference.LogSettingsRequest.SettingsEntry", start + exc.start, "invalid UTF-8 in a string field") from None
    if f_value is None:
        f_value = LogSettingsRequestSettingValue()
    return f_key, f_value


def _decode_LogSettingsResponse_settings_entry(buf: memoryview, pos: int, end: int, as_numpy: bool) -> tuple[_Any, _Any]:
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
                key, pos = _w.read_varint(buf, pos, end, "inference.LogSettingsResponse.SettingsEntry")
            if key == 10:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.LogSettingsResponse.SettingsEntry")
                f_key = buf[start:pos].tobytes().decode()
            elif key == 18:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.LogSettingsResponse.SettingsEntry")
                if f_value is None:
                    c_value = (start, pos)
                    f_value = _decode_LogSettingsResponseSettingValue(buf, start, pos, as_numpy)
                else:
                    # Protobuf merges a singular message that occurs again: decode the concatenation.
                    c_value = _w.concat(buf, c_value, start, pos)
                    f_value = _decode_LogSettingsResponseSettingValue(c_value, 0, len(c_value), as_numpy)
            else:
                pos = _w.skip_field(buf, pos, end, key, "inference.LogSettingsResponse.SettingsEntry")
    except IndexError:
        raise _w.DecodeError("inference.LogSettingsResponse.SettingsEntry", pos, "truncated field") from None
    except UnicodeDecodeError as exc:
        raise _w.DecodeError("inference.LogSettingsResponse.SettingsEntry", start + exc.start, "invalid UTF-8 in a string field") from None
    if f_value is None:
        f_value = LogSettingsResponseSettingValue()
    return f_key, f_value


def _decode_ModelOptimizationPolicyCudaGraphSpec_input_entry(buf: memoryview, pos: int, end: int, as_numpy: bool) -> tuple[_Any, _Any]:
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
                key, pos = _w.read_varint(buf, pos, end, "inference.ModelOptimizationPolicy.Cuda.GraphSpec.InputEntry")
            if key == 10:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelOptimizationPolicy.Cuda.GraphSpec.InputEntry")
                f_key = buf[start:pos].tobytes().decode()
            elif key == 18:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelOptimizationPolicy.Cuda.GraphSpec.InputEntry")
                if f_value is None:
                    c_value = (start, pos)
                    f_value = _decode_ModelOptimizationPolicyCudaGraphSpecShape(buf, start, pos, as_numpy)
                else:
                    # Protobuf merges a singular message that occurs again: decode the concatenation.
                    c_value = _w.concat(buf, c_value, start, pos)
                    f_value = _decode_ModelOptimizationPolicyCudaGraphSpecShape(c_value, 0, len(c_value), as_numpy)
            else:
                pos = _w.skip_field(buf, pos, end, key, "inference.ModelOptimizationPolicy.Cuda.GraphSpec.InputEntry")
    except IndexError:
        raise _w.DecodeError("inference.ModelOptimizationPolicy.Cuda.GraphSpec.InputEntry", pos, "truncated field") from None
    except UnicodeDecodeError as exc:
        raise _w.DecodeError("inference.ModelOptimizationPolicy.Cuda.GraphSpec.InputEntry", start + exc.start, "invalid UTF-8 in a string field") from None
    if f_value is None:
        f_value = ModelOptimizationPolicyCudaGraphSpecShape()
    return f_key, f_value


def _decode_ModelOptimizationPolicyCudaGraphSpecLowerBound_input_entry(buf: memoryview, pos: int, end: int, as_numpy: bool) -> tuple[_Any, _Any]:
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
                key, pos = _w.read_varint(buf, pos, end, "inference.ModelOptimizationPolicy.Cuda.GraphSpec.LowerBound.InputEntry")
            if key == 10:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelOptimizationPolicy.Cuda.GraphSpec.LowerBound.InputEntry")
                f_key = buf[start:pos].tobytes().decode()
            elif key == 18:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelOptimizationPolicy.Cuda.GraphSpec.LowerBound.InputEntry")
                if f_value is None:
                    c_value = (start, pos)
                    f_value = _decode_ModelOptimizationPolicyCudaGraphSpecShape(buf, start, pos, as_numpy)
                else:
                    # Protobuf merges a singular message that occurs again: decode the concatenation.
                    c_value = _w.concat(buf, c_value, start, pos)
                    f_value = _decode_ModelOptimizationPolicyCudaGraphSpecShape(c_value, 0, len(c_value), as_numpy)
            else:
                pos = _w.skip_field(buf, pos, end, key, "inference.ModelOptimizationPolicy.Cuda.GraphSpec.LowerBound.InputEntry")
    except IndexError:
        raise _w.DecodeError("inference.ModelOptimizationPolicy.Cuda.GraphSpec.LowerBound.InputEntry", pos, "truncated field") from None
    except UnicodeDecodeError as exc:
        raise _w.DecodeError("inference.ModelOptimizationPolicy.Cuda.GraphSpec.LowerBound.InputEntry", start + exc.start, "invalid UTF-8 in a string field") from None
    if f_value is None:
        f_value = ModelOptimizationPolicyCudaGraphSpecShape()
    return f_key, f_value


def _decode_ModelOptimizationPolicyExecutionAcceleratorsAccelerator_parameters_entry(buf: memoryview, pos: int, end: int, as_numpy: bool) -> tuple[_Any, _Any]:
    f_key: _Any = ""
    f_value: _Any = ""
    start = pos
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.ModelOptimizationPolicy.ExecutionAccelerators.Accelerator.ParametersEntry")
            if key == 10:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelOptimizationPolicy.ExecutionAccelerators.Accelerator.ParametersEntry")
                f_key = buf[start:pos].tobytes().decode()
            elif key == 18:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelOptimizationPolicy.ExecutionAccelerators.Accelerator.ParametersEntry")
                f_value = buf[start:pos].tobytes().decode()
            else:
                pos = _w.skip_field(buf, pos, end, key, "inference.ModelOptimizationPolicy.ExecutionAccelerators.Accelerator.ParametersEntry")
    except IndexError:
        raise _w.DecodeError("inference.ModelOptimizationPolicy.ExecutionAccelerators.Accelerator.ParametersEntry", pos, "truncated field") from None
    except UnicodeDecodeError as exc:
        raise _w.DecodeError("inference.ModelOptimizationPolicy.ExecutionAccelerators.Accelerator.ParametersEntry", start + exc.start, "invalid UTF-8 in a string field") from None
    return f_key, f_value


def _decode_ModelDynamicBatching_priority_queue_policy_entry(buf: memoryview, pos: int, end: int, as_numpy: bool) -> tuple[_Any, _Any]:
    f_key: _Any = 0
    f_value: _Any = None
    c_value: _Any = None
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.ModelDynamicBatching.PriorityQueuePolicyEntry")
            if key == 8:
                v = buf[pos]
                if v < 0x80 and pos < end:
                    pos += 1
                else:
                    v, pos = _w.read_varint(buf, pos, end, "inference.ModelDynamicBatching.PriorityQueuePolicyEntry")
                f_key = v
            elif key == 18:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelDynamicBatching.PriorityQueuePolicyEntry")
                if f_value is None:
                    c_value = (start, pos)
                    f_value = _decode_ModelQueuePolicy(buf, start, pos, as_numpy)
                else:
                    # Protobuf merges a singular message that occurs again: decode the concatenation.
                    c_value = _w.concat(buf, c_value, start, pos)
                    f_value = _decode_ModelQueuePolicy(c_value, 0, len(c_value), as_numpy)
            else:
                pos = _w.skip_field(buf, pos, end, key, "inference.ModelDynamicBatching.PriorityQueuePolicyEntry")
    except IndexError:
        raise _w.DecodeError("inference.ModelDynamicBatching.PriorityQueuePolicyEntry", pos, "truncated field") from None
    if f_value is None:
        f_value = ModelQueuePolicy()
    return f_key, f_value


def _decode_ModelEnsemblingStep_input_map_entry(buf: memoryview, pos: int, end: int, as_numpy: bool) -> tuple[_Any, _Any]:
    f_key: _Any = ""
    f_value: _Any = ""
    start = pos
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.ModelEnsembling.Step.InputMapEntry")
            if key == 10:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelEnsembling.Step.InputMapEntry")
                f_key = buf[start:pos].tobytes().decode()
            elif key == 18:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelEnsembling.Step.InputMapEntry")
                f_value = buf[start:pos].tobytes().decode()
            else:
                pos = _w.skip_field(buf, pos, end, key, "inference.ModelEnsembling.Step.InputMapEntry")
    except IndexError:
        raise _w.DecodeError("inference.ModelEnsembling.Step.InputMapEntry", pos, "truncated field") from None
    except UnicodeDecodeError as exc:
        raise _w.DecodeError("inference.ModelEnsembling.Step.InputMapEntry", start + exc.start, "invalid UTF-8 in a string field") from None
    return f_key, f_value


def _decode_ModelEnsemblingStep_output_map_entry(buf: memoryview, pos: int, end: int, as_numpy: bool) -> tuple[_Any, _Any]:
    f_key: _Any = ""
    f_value: _Any = ""
    start = pos
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.ModelEnsembling.Step.OutputMapEntry")
            if key == 10:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelEnsembling.Step.OutputMapEntry")
                f_key = buf[start:pos].tobytes().decode()
            elif key == 18:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelEnsembling.Step.OutputMapEntry")
                f_value = buf[start:pos].tobytes().decode()
            else:
                pos = _w.skip_field(buf, pos, end, key, "inference.ModelEnsembling.Step.OutputMapEntry")
    except IndexError:
        raise _w.DecodeError("inference.ModelEnsembling.Step.OutputMapEntry", pos, "truncated field") from None
    except UnicodeDecodeError as exc:
        raise _w.DecodeError("inference.ModelEnsembling.Step.OutputMapEntry", start + exc.start, "invalid UTF-8 in a string field") from None
    return f_key, f_value


def _decode_ModelWarmup_inputs_entry(buf: memoryview, pos: int, end: int, as_numpy: bool) -> tuple[_Any, _Any]:
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
                key, pos = _w.read_varint(buf, pos, end, "inference.ModelWarmup.InputsEntry")
            if key == 10:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelWarmup.InputsEntry")
                f_key = buf[start:pos].tobytes().decode()
            elif key == 18:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelWarmup.InputsEntry")
                if f_value is None:
                    c_value = (start, pos)
                    f_value = _decode_ModelWarmupInput(buf, start, pos, as_numpy)
                else:
                    # Protobuf merges a singular message that occurs again: decode the concatenation.
                    c_value = _w.concat(buf, c_value, start, pos)
                    f_value = _decode_ModelWarmupInput(c_value, 0, len(c_value), as_numpy)
            else:
                pos = _w.skip_field(buf, pos, end, key, "inference.ModelWarmup.InputsEntry")
    except IndexError:
        raise _w.DecodeError("inference.ModelWarmup.InputsEntry", pos, "truncated field") from None
    except UnicodeDecodeError as exc:
        raise _w.DecodeError("inference.ModelWarmup.InputsEntry", start + exc.start, "invalid UTF-8 in a string field") from None
    if f_value is None:
        f_value = ModelWarmupInput()
    return f_key, f_value


def _decode_ModelRepositoryAgentsAgent_parameters_entry(buf: memoryview, pos: int, end: int, as_numpy: bool) -> tuple[_Any, _Any]:
    f_key: _Any = ""
    f_value: _Any = ""
    start = pos
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.ModelRepositoryAgents.Agent.ParametersEntry")
            if key == 10:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelRepositoryAgents.Agent.ParametersEntry")
                f_key = buf[start:pos].tobytes().decode()
            elif key == 18:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelRepositoryAgents.Agent.ParametersEntry")
                f_value = buf[start:pos].tobytes().decode()
            else:
                pos = _w.skip_field(buf, pos, end, key, "inference.ModelRepositoryAgents.Agent.ParametersEntry")
    except IndexError:
        raise _w.DecodeError("inference.ModelRepositoryAgents.Agent.ParametersEntry", pos, "truncated field") from None
    except UnicodeDecodeError as exc:
        raise _w.DecodeError("inference.ModelRepositoryAgents.Agent.ParametersEntry", start + exc.start, "invalid UTF-8 in a string field") from None
    return f_key, f_value


def _decode_ModelConfig_cc_model_filenames_entry(buf: memoryview, pos: int, end: int, as_numpy: bool) -> tuple[_Any, _Any]:
    f_key: _Any = ""
    f_value: _Any = ""
    start = pos
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.ModelConfig.CcModelFilenamesEntry")
            if key == 10:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelConfig.CcModelFilenamesEntry")
                f_key = buf[start:pos].tobytes().decode()
            elif key == 18:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelConfig.CcModelFilenamesEntry")
                f_value = buf[start:pos].tobytes().decode()
            else:
                pos = _w.skip_field(buf, pos, end, key, "inference.ModelConfig.CcModelFilenamesEntry")
    except IndexError:
        raise _w.DecodeError("inference.ModelConfig.CcModelFilenamesEntry", pos, "truncated field") from None
    except UnicodeDecodeError as exc:
        raise _w.DecodeError("inference.ModelConfig.CcModelFilenamesEntry", start + exc.start, "invalid UTF-8 in a string field") from None
    return f_key, f_value


def _decode_ModelConfig_metric_tags_entry(buf: memoryview, pos: int, end: int, as_numpy: bool) -> tuple[_Any, _Any]:
    f_key: _Any = ""
    f_value: _Any = ""
    start = pos
    try:
        while pos < end:
            key = buf[pos]
            if key < 0x80:
                pos += 1
            else:
                key, pos = _w.read_varint(buf, pos, end, "inference.ModelConfig.MetricTagsEntry")
            if key == 10:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelConfig.MetricTagsEntry")
                f_key = buf[start:pos].tobytes().decode()
            elif key == 18:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelConfig.MetricTagsEntry")
                f_value = buf[start:pos].tobytes().decode()
            else:
                pos = _w.skip_field(buf, pos, end, key, "inference.ModelConfig.MetricTagsEntry")
    except IndexError:
        raise _w.DecodeError("inference.ModelConfig.MetricTagsEntry", pos, "truncated field") from None
    except UnicodeDecodeError as exc:
        raise _w.DecodeError("inference.ModelConfig.MetricTagsEntry", start + exc.start, "invalid UTF-8 in a string field") from None
    return f_key, f_value


def _decode_ModelConfig_parameters_entry(buf: memoryview, pos: int, end: int, as_numpy: bool) -> tuple[_Any, _Any]:
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
                key, pos = _w.read_varint(buf, pos, end, "inference.ModelConfig.ParametersEntry")
            if key == 10:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelConfig.ParametersEntry")
                f_key = buf[start:pos].tobytes().decode()
            elif key == 18:
                n = buf[pos]
                if n < 0x80 and pos + n < end:
                    start = pos + 1
                    pos = start + n
                else:
                    start, pos = _w.read_len(buf, pos, end, "inference.ModelConfig.ParametersEntry")
                if f_value is None:
                    c_value = (start, pos)
                    f_value = _decode_ModelParameter(buf, start, pos, as_numpy)
                else:
                    # Protobuf merges a singular message that occurs again: decode the concatenation.
                    c_value = _w.concat(buf, c_value, start, pos)
                    f_value = _decode_ModelParameter(c_value, 0, len(c_value), as_numpy)
            else:
                pos = _w.skip_field(buf, pos, end, key, "inference.ModelConfig.ParametersEntry")
    except IndexError:
        raise _w.DecodeError("inference.ModelConfig.ParametersEntry", pos, "truncated field") from None
    except UnicodeDecodeError as exc:
        raise _w.DecodeError("inference.ModelConfig.ParametersEntry", start + exc.start, "invalid UTF-8 in a string field") from None
    if f_value is None:
        f_value = ModelParameter()
    return f_key, f_value
