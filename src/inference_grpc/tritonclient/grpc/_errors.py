"""gRPC errors as InferenceServerException: status strings as tritonclient spells them ("StatusCode.NOT_FOUND")."""

from __future__ import annotations

from typing import Any, NoReturn

from ..utils import InferenceServerException

__all__ = ["error_from_grpc", "raise_error_grpc"]


def error_from_grpc(rpc_error: Any) -> InferenceServerException:
    """The InferenceServerException of a grpc.RpcError (ours, inference_grpc.RpcError, included):
    its details as the message, str(code()) as the status, its debug error string as the details."""
    debug = getattr(rpc_error, "debug_error_string", None)
    return InferenceServerException(
        msg=rpc_error.details(), status=str(rpc_error.code()), debug_details=debug() if callable(debug) else None
    )


def raise_error_grpc(rpc_error: Any) -> NoReturn:
    """Raise error_from_grpc(rpc_error), without chaining the gRPC error."""
    raise error_from_grpc(rpc_error) from None
