"""CallPolicy: the one owner of what every call follows, whatever its kind and flavour.

For every method of every stub (async and blocking alike, the client's `infer` included) the
caller asks its policy for the call's gRPC options (deadline: the call's, else the default, one
deadline across all retry attempts; metadata: the call's merged over the defaults, validated;
compression; wait-for-ready) and hands it any gRPC error to map (the status kept, the method and
the subject of the call named, one log line when logging; an UNIMPLEMENTED status also names the
server, so a method the server lacks says which server). Callers only do the I/O.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import grpc

from .errors import RpcError
from .options import (
    USE_CLIENT_DEFAULT,
    Metadata,
    MetadataLike,
    Timeout,
    check_timeout,
    merge_metadata,
    normalize_metadata,
)
from .routes import Route

__all__ = ["CallPolicy", "Subject"]

Subject = Callable[[Any], "str | None"]
"""What a call was about (a model name, say), from its request; named in the call's errors."""


# How servers word a method they do not have (grpc's "Method not found!", and the like).
_METHOD_MISSING = ("method not found", "not implemented", "unimplemented")


class CallPolicy:
    """Defaults and rules shared by every call of one caller; fixed at construction."""

    __slots__ = ("compression", "defaults", "logger", "metadata", "server", "subject", "timeout", "wait_for_ready")

    def __init__(
        self,
        *,
        timeout: float | None = None,
        metadata: MetadataLike | None = None,
        compression: grpc.Compression | None = None,
        wait_for_ready: bool | None = None,
        subject: Subject | None = None,
        logger: logging.Logger | None = None,
        server: str | None = None,
    ) -> None:
        self.server = server
        self.timeout = check_timeout(timeout)
        self.metadata = normalize_metadata(metadata)
        self.compression = compression
        self.wait_for_ready = wait_for_ready
        self.subject = subject
        self.logger = logger
        # The options of a call that sets none of its own, computed once: the callers' hot path
        # uses them as they are. Those that are None are left out (gRPC's own defaults), which
        # makes the call cheaper.
        options = self.options(USE_CLIENT_DEFAULT, None, None)
        self.defaults: dict[str, Any] = {name: value for name, value in options.items() if value is not None}

    def options(
        self, timeout: Timeout, metadata: MetadataLike | None, compression: grpc.Compression | None
    ) -> dict[str, Any]:
        """The keyword arguments of a gRPC call with these per-call settings."""
        merged: Metadata = merge_metadata(self.metadata, metadata)
        return {
            "timeout": self.timeout if timeout is USE_CLIENT_DEFAULT else check_timeout(timeout),
            "metadata": merged or None,
            "compression": compression if compression is not None else self.compression,
            "wait_for_ready": self.wait_for_ready,
        }

    def error(self, route: Route[Any, Any], error: grpc.RpcError, request: object) -> RpcError:
        """Our RpcError for a failed call, naming its method and subject; logged when logging."""
        subject = self.subject(request) if self.subject is not None and not isinstance(error, RpcError) else None
        mapped = RpcError.from_grpc(route.method, error, subject)
        if self.server is not None and mapped.code() is grpc.StatusCode.UNIMPLEMENTED and mapped is not error:
            # A method the server lacks (or a form of it it refuses): say which server, on one line.
            said = " ".join(mapped.details().split())
            if not said or any(words in said.lower() for words in _METHOD_MISSING):
                details = f"not implemented by the server at {self.server}" + (f" ({said})" if said else "")
            else:  # the method exists but refuses this form of call (Triton: ModelInfer of a decoupled model)
                details = f"the server at {self.server} does not do this: {said}"
            mapped = RpcError(
                route.method,
                mapped.code(),
                details,
                trailing_metadata=mapped.trailing_metadata(),
                debug_error_string=mapped.debug_error_string(),
                model=mapped.model,
            )
        if self.logger is not None:
            # One line, no traceback: the caller handles the raised error as it sees fit.
            self.logger.info("%s", mapped)
        return mapped

    def sent(self, route: Route[Any, Any], request: object) -> None:
        """Log a request (called only when logging: the callers check `logger` on the hot path)."""
        assert self.logger is not None
        from .display import Shown  # here: only a verbose client needs it

        self.logger.info("%s request: %s", route.method, Shown(request))

    def received(self, route: Route[Any, Any], response: object) -> None:
        assert self.logger is not None
        from .display import Shown

        self.logger.info("%s response: %s", route.method, Shown(response))
