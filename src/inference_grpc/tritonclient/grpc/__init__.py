"""tritonclient's `grpc`: tensors, results, errors, plugins, constants and the protobuf modules
(`service_pb2`, `service_pb2_grpc`, `model_config_pb2`: real protobuf classes in a descriptor pool
of their own, so they import beside tritonclient's, kserve's and MLServer's).

A star import gives what tritonclient's gives, utils' names included.
"""

from __future__ import annotations

import grpc

from .._extra import require

require("google.protobuf", "protobuf")

from .._plugin import InferenceServerClientPlugin, Request  # noqa: E402
from ..utils import *  # noqa: E402, F403
from ..utils import __all__ as _utils_names  # noqa: E402
from . import model_config_pb2, service_pb2, service_pb2_grpc  # noqa: E402
from ._errors import raise_error_grpc  # noqa: E402
from ._options import MAX_GRPC_MESSAGE_SIZE, KeepAliveOptions  # noqa: E402
from ._result import InferResult  # noqa: E402
from ._tensors import InferInput, InferRequestedOutput  # noqa: E402

__all__ = [
    "MAX_GRPC_MESSAGE_SIZE",
    "InferInput",
    "InferRequestedOutput",
    "InferResult",
    "InferenceServerClientPlugin",
    "KeepAliveOptions",
    "Request",
    "grpc",
    "model_config_pb2",
    "raise_error_grpc",
    "service_pb2",
    "service_pb2_grpc",
    *_utils_names,
]
