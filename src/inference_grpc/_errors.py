"""Errors raised by the client.

ValueError
 └── InvalidInput        a request found bad before anything was sent
grpc.RpcError
 └── RpcError            the server answered with a non-OK status (code() and details() kept)
ValueError
 └── DecodeError         bytes that are not a valid protobuf message
"""

from __future__ import annotations

from .runtime import DecodeError, RpcError

__all__ = ["DecodeError", "InvalidInput", "RpcError"]


class InvalidInput(ValueError):  # noqa: N818 - KServe's name, kept for drop-in use
    """A request is malformed: raised before anything is sent, naming the tensor at fault."""
