"""inference-grpc: a fast, typed gRPC client for the Open Inference Protocol (KServe V2 / Triton).

    from inference_grpc import InferenceGRPCClient, InferInput, InferRequest

A drop-in for `kserve.InferenceGRPCClient` and its tensor classes, plus a blocking twin
(`SyncInferenceGRPCClient`). Generated protocol messages live in `inference_grpc.protocol`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._errors import DecodeError, InvalidInput, RpcError
    from ._inference import InferRequest, InferResponse
    from ._stream import StreamInferError
    from ._tensor import InferInput, InferOutput, RequestedOutput
    from .client import InferenceGRPCClient, SyncInferenceGRPCClient
    from .runtime import USE_CLIENT_DEFAULT, UseClientDefault

__all__ = [
    "USE_CLIENT_DEFAULT",
    "DecodeError",
    "InferInput",
    "InferOutput",
    "InferRequest",
    "InferResponse",
    "InferenceGRPCClient",
    "InvalidInput",
    "RequestedOutput",
    "RpcError",
    "StreamInferError",
    "SyncInferenceGRPCClient",
    "UseClientDefault",
]

__version__ = "0.1.0"

# Imported on first use: generated modules import inference_grpc.runtime, and the client
# modules import the generated ones, so eager imports here would be circular (and slower).
_HOMES = {
    "USE_CLIENT_DEFAULT": ".runtime",
    "UseClientDefault": ".runtime",
    "DecodeError": "._errors",
    "InvalidInput": "._errors",
    "RpcError": "._errors",
    "StreamInferError": "._stream",
    "InferInput": "._tensor",
    "InferOutput": "._tensor",
    "InferRequest": "._inference",
    "InferResponse": "._inference",
    "RequestedOutput": "._tensor",
    "InferenceGRPCClient": "._async.client",  # each flavour imports only its own half
    "SyncInferenceGRPCClient": "._sync.client",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'inference_grpc' has no attribute {name!r}")
    value = getattr(importlib.import_module(home, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
