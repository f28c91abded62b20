"""InferenceServerException and raise_error, as tritonclient spells them."""

from __future__ import annotations

from typing import Any, NoReturn

__all__ = ["InferenceServerException", "raise_error"]


class InferenceServerException(Exception):  # noqa: N818 - tritonclient's name
    """A failure: a message, a status (a gRPC status as `str(grpc.StatusCode.X)`, "StatusCode.X",
    for server errors; None for errors found on this side) and debug details (or None).

    str() is "[status] message", or the message alone without a status.
    """

    def __init__(self, msg: str | None, status: str | None = None, debug_details: str | None = None) -> None:
        super().__init__(msg)
        self._msg = msg
        self._status = status
        self._debug_details = debug_details

    def __str__(self) -> str:
        text = "" if self._msg is None else self._msg
        return text if self._status is None else f"[{self._status}] {text}"

    def __reduce__(self) -> tuple[Any, ...]:
        return type(self), (self._msg, self._status, self._debug_details)

    def message(self) -> str | None:
        """The message, or None."""
        return self._msg

    def status(self) -> str | None:
        """The status, such as "StatusCode.NOT_FOUND", or None."""
        return self._status

    def debug_details(self) -> str | None:
        """Details for debugging (gRPC's debug error string for server errors), or None."""
        return self._debug_details


def raise_error(msg: str) -> NoReturn:
    """Raise InferenceServerException(msg), without chaining the exception being handled."""
    raise InferenceServerException(msg=msg) from None
