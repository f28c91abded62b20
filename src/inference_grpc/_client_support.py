"""What both client flavours share: argument checks, the subject of a call, reading "not ready"."""

from __future__ import annotations

from typing import Any

import grpc

from .runtime import USE_CLIENT_DEFAULT, DecodeError, InvalidInput, MetadataLike, RpcError, Timeout

__all__ = ["checked_model_name", "model_missing", "model_of", "version_and_timeout"]


def model_missing(error: RpcError) -> bool:
    """Servers disagree on ModelReady for an unknown model: Triton answers ready=false, KServe
    NOT_FOUND, MLServer UNKNOWN "... not found". All of them mean "not ready"."""
    return error.code() == grpc.StatusCode.NOT_FOUND or (
        error.code() == grpc.StatusCode.UNKNOWN and "not found" in error.details().lower()
    )


def model_of(request: object) -> str | None:
    """The model a request names, for its errors (the client's CallPolicy subject).

    Called only when a call fails; `infer` sends its requests encoded, so those are read back.
    """
    if isinstance(request, bytes):
        from .protocol import ModelInferRequest  # here: only failed calls need it

        try:
            request = ModelInferRequest.parse(request)
        except DecodeError:
            return None
    if "SharedMemory" in type(request).__name__:
        return None  # the name of a shared-memory request is a region's, not a model's
    name = getattr(request, "model_name", None) or getattr(request, "name", None)
    return name if isinstance(name, str) and name else None


def version_and_timeout(
    model_version: Any, timeout: Any, headers: MetadataLike | None
) -> tuple[str, Timeout, MetadataLike | None]:
    """is_model_ready's arguments, also in KServe's positional form `(model_name, timeout, headers)`.

    KServe's is_model_ready has no version argument: a number in the version slot is its timeout,
    and a mapping or list in the timeout slot its headers.
    """
    if model_version is None:
        return "", timeout, headers
    if isinstance(model_version, (int, float)) and not isinstance(model_version, bool):
        if timeout is not USE_CLIENT_DEFAULT and headers is None and not isinstance(timeout, (int, float)):
            headers = timeout
        return "", model_version, headers
    if not isinstance(model_version, str):
        raise InvalidInput(f"model_version must be a str, got {type(model_version).__name__} {model_version!r}")
    return model_version, timeout, headers


def checked_model_name(name: Any) -> str:
    if not isinstance(name, str) or not name:
        raise InvalidInput(f"model_name must be a non-empty str, got {name!r}")
    return name
