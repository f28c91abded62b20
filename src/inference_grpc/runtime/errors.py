"""What calls raise, and why.

ValueError
 ├── InvalidInput        bad arguments, found before anything is sent (names what is wrong)
 ├── EncodeError         a message field holds a value its proto type cannot carry
 └── DecodeError         bytes that are not a valid protobuf message
grpc.RpcError
 └── grpc.aio.AioRpcError
      └── RpcError       the server answered with a non-OK status (code() and details() kept)

RpcError is a grpc.aio.AioRpcError (itself a grpc.RpcError) in both flavours, so code written for
grpc.aio (`except grpc.aio.AioRpcError`) and for blocking grpc (`except grpc.RpcError`) catches it.
"""

from __future__ import annotations

from typing import Any

import grpc
import grpc.aio

from .wire import DecodeError, EncodeError

__all__ = ["DecodeError", "EncodeError", "InvalidInput", "RpcError"]


# The details of calls blocking grpc aborts on the client side, with no status from the server.
_CLIENT_ABORTS = frozenset({"Exception iterating requests!", "Exception serializing request!"})


class InvalidInput(ValueError):  # noqa: N818 - KServe's name, kept for drop-in use
    """A call's arguments are bad: raised before anything is sent, naming the tensor or header at fault."""


class RpcError(grpc.aio.AioRpcError):
    """A call ended with a non-OK status; it keeps the gRPC status code and details.

    `method` is the RPC's name and `model` (None when the call named none) what it was about
    (also readable as `subject`). As a grpc.aio.AioRpcError it also has `initial_metadata()`,
    `trailing_metadata()` and `debug_error_string()`.
    """

    def __init__(
        self,
        method: str,
        code: grpc.StatusCode,
        details: str,
        *,
        trailing_metadata: tuple[Any, ...] = (),
        initial_metadata: tuple[Any, ...] = (),
        debug_error_string: str = "",
        model: str | None = None,
    ) -> None:
        super().__init__(code, initial_metadata, trailing_metadata, details, debug_error_string)  # type: ignore[arg-type]
        self.method = method
        self.model = model
        # Ours too: grpc.aio keeps its copies under private names.
        self._status = code
        self._text = details
        self._trailing = trailing_metadata
        self._initial = initial_metadata
        self._debug = debug_error_string

    @property
    def subject(self) -> str | None:
        """What the call was about (a model name, say): the same as `model`."""
        return self.model

    @classmethod
    def from_grpc(cls, method: str, error: grpc.RpcError, model: str | None = None) -> RpcError:
        """Ours for grpc's error (grpc.aio's AioRpcError or a blocking call's _InactiveRpcError)."""
        if isinstance(error, RpcError):
            return error
        code = error.code() if hasattr(error, "code") else grpc.StatusCode.UNKNOWN
        details = error.details() if hasattr(error, "details") else str(error)
        trailing = error.trailing_metadata() if hasattr(error, "trailing_metadata") else ()
        initial = error.initial_metadata() if hasattr(error, "initial_metadata") else ()
        # Blocking grpc never sets the debug string of a call it aborted itself (its request
        # iterator raised): asking for it would wait forever.
        aborted = details in _CLIENT_ABORTS
        debug = error.debug_error_string() if hasattr(error, "debug_error_string") and not aborted else ""
        return cls(
            method,
            code or grpc.StatusCode.UNKNOWN,
            details or "",
            trailing_metadata=tuple(trailing or ()),
            initial_metadata=tuple(initial or ()),
            debug_error_string=debug or "",
            model=model,
        )

    def code(self) -> grpc.StatusCode:
        return self._status

    def details(self) -> str:
        return self._text

    def trailing_metadata(self) -> tuple[Any, ...]:
        return self._trailing

    def initial_metadata(self) -> tuple[Any, ...]:
        return self._initial

    def debug_error_string(self) -> str:
        return self._debug

    def __str__(self) -> str:
        about = f" for model {self.model!r}" if self.model else ""
        return f"{self.method}{about} failed: {self._status.name}: {self._text}"

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self}>"

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild_error, (type(self), self.method, self._status, self._text, self.model))


def _rebuild_error(
    cls: type[RpcError], method: str, code: grpc.StatusCode, details: str, model: str | None
) -> RpcError:
    return cls(method, code, details, model=model)
