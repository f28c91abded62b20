"""Other libraries' requests and responses as ours: kserve's InferRequest, protobuf's messages,
and our other protocol variant's messages (a Triton-variant ModelInferResponse, say).

Real code mixes imports (kserve's own helpers take the client from one module and InferRequest
from another), so the client and `from_grpc` take them too. Conversion goes through the wire
bytes, which is exact whatever the other library's version, and cheap: our decoder keeps raw
tensors as views of those bytes.
"""

from __future__ import annotations

from typing import Any, TypeVar

from .runtime import DecodeError, InvalidInput

__all__ = ["from_protobuf", "serialized"]

M = TypeVar("M")


def serialized(value: object, expected: str) -> bytes | None:
    """The wire bytes of a protobuf message of type `expected` (a full name such as
    "inference.ModelInferRequest"), or of an object whose `to_grpc()` gives one (kserve's
    InferRequest), or of one of our generated messages of that name from the other protocol variant
    (Triton's and KServe's); None for anything else. InvalidInput for a message of another type."""
    message: Any = value
    if getattr(type(message), "PROTO_NAME", None) == expected and callable(getattr(message, "__bytes__", None)):
        return bytes(message)
    if not hasattr(message, "SerializeToString") and callable(getattr(message, "to_grpc", None)):
        message = message.to_grpc()
    serialize = getattr(message, "SerializeToString", None)
    descriptor = getattr(message, "DESCRIPTOR", None)
    if not callable(serialize) or descriptor is None:
        return None
    name = getattr(descriptor, "full_name", "")
    if name != expected:
        raise InvalidInput(f"expected a {expected} message, got {name or type(message).__name__}")
    data = serialize()
    return data if isinstance(data, bytes) else None


def from_protobuf(value: object, message_type: type[M], expected: str) -> M | None:
    """`value` as our generated `message_type`, when it is a protobuf message of that type (or a
    kserve object that makes one); None when it is neither."""
    data = serialized(value, expected)
    if data is None:
        return None
    try:
        return message_type.parse(data, packed_as_numpy=True)  # type: ignore[attr-defined, no-any-return]
    except DecodeError as exc:  # pragma: no cover - protobuf wrote these bytes
        raise InvalidInput(f"the {expected} given cannot be read: {exc}") from None
