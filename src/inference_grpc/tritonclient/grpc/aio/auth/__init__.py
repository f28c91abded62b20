"""tritonclient's `grpc.aio.auth`: BasicAuth, the same plugin as `grpc.auth`'s."""

from ...auth import BasicAuth

__all__ = ["BasicAuth"]
