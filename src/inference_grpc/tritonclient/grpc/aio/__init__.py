"""tritonclient's `grpc.aio`: the asyncio flavour's names (the tensor, result and option classes
are the blocking flavour's, as in tritonclient)."""

from __future__ import annotations

from ...grpc import *  # noqa: F403
from ...grpc import (
    MAX_GRPC_MESSAGE_SIZE,
    model_config_pb2,
    raise_error,
    raise_error_grpc,
    service_pb2,
    service_pb2_grpc,
)
from ...grpc import __all__ as _grpc_names
from . import auth
from ._client import InferenceServerClient  # type: ignore[assignment]  # the asyncio one over the star import's

__all__ = [
    "MAX_GRPC_MESSAGE_SIZE",
    "InferenceServerClient",
    "auth",
    "model_config_pb2",
    "raise_error",
    "raise_error_grpc",
    "service_pb2",
    "service_pb2_grpc",
    *(name for name in _grpc_names if name != "InferenceServerClient"),
]
