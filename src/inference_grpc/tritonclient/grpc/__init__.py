"""tritonclient's `grpc`: tensors, results, errors, plugins, constants and the protobuf modules
(`service_pb2`, `service_pb2_grpc`, `model_config_pb2`: real protobuf classes in a descriptor pool
of their own, so they import beside tritonclient's, kserve's and MLServer's).

A star import gives the names tritonclient's `__all__` lists; utils' names are attributes too.
"""

from __future__ import annotations

import grpc as grpc  # tritonclient.grpc has it as an attribute too

from .._extra import require

require("google.protobuf", "protobuf")

from .._plugin import InferenceServerClientPlugin as InferenceServerClientPlugin  # noqa: E402
from .._plugin import Request as Request  # noqa: E402
from ..utils import *  # noqa: E402, F403
from ..utils import InferenceServerException as InferenceServerException  # noqa: E402
from . import model_config_pb2 as model_config_pb2  # noqa: E402
from . import service_pb2 as service_pb2  # noqa: E402
from . import service_pb2_grpc as service_pb2_grpc  # noqa: E402
from ._client import CallContext as CallContext  # noqa: E402
from ._client import InferenceServerClient as InferenceServerClient  # noqa: E402
from ._errors import raise_error_grpc as raise_error_grpc  # noqa: E402
from ._options import MAX_GRPC_MESSAGE_SIZE as MAX_GRPC_MESSAGE_SIZE  # noqa: E402
from ._options import KeepAliveOptions as KeepAliveOptions  # noqa: E402
from ._result import InferResult as InferResult  # noqa: E402
from ._tensors import InferInput as InferInput  # noqa: E402
from ._tensors import InferRequestedOutput as InferRequestedOutput  # noqa: E402

# What a star import gives: tritonclient.grpc's __all__. Every other name above (utils' included)
# is an attribute, as in tritonclient.
__all__ = [
    "InferInput",
    "InferRequestedOutput",
    "InferResult",
    "InferenceServerClient",
    "InferenceServerClientPlugin",
    "InferenceServerException",
    "KeepAliveOptions",
    "Request",
]
