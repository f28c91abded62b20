"""The one exception the server's modules raise to fail a request with a gRPC status."""

from __future__ import annotations

import grpc

__all__ = ["StatusError"]


class StatusError(Exception):
    """A request fails with this gRPC status and message (the servicer turns it into abort(),
    or into a stream's error_message)."""

    def __init__(self, code: grpc.StatusCode, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
