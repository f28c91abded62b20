"""tritonclient's `grpc.auth`: BasicAuth, a client plugin setting the `authorization` header."""

from ..._plugin import BasicAuth

__all__ = ["BasicAuth"]
