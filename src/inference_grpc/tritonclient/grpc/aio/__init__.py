"""tritonclient's `grpc.aio`: the asyncio flavour's names (the tensor, result and option classes
are the blocking flavour's, as in tritonclient)."""

from __future__ import annotations

from ...grpc import *  # noqa: F403
from ...grpc import __all__ as _grpc_names
from . import auth

__all__ = ["auth", *_grpc_names]
