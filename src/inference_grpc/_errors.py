"""Errors raised by the client (defined by the runtime, which every call goes through).

ValueError
 ├── InvalidInput        a request found bad before anything was sent (names the tensor or header)
 └── DecodeError         bytes that are not a valid protobuf message
grpc.RpcError
 └── RpcError            the server answered with a non-OK status (code() and details() kept)
      └── StreamInferError   one request of a stream failed, the stream goes on (in `_stream.py`)
"""

from __future__ import annotations

from .runtime import DecodeError, InvalidInput, RpcError

__all__ = ["DecodeError", "InvalidInput", "RpcError"]
