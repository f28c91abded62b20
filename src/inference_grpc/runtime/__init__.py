"""Runtime support for generated code: wire primitives, the message base and the RPC call path.

Generated modules import this package as `_rt`; it is versioned with the generator through
GENERATOR_API, which every generated module checks at import.
"""

from __future__ import annotations

from . import wire
from .message import Message, decode, encode, encode_compact
from .rpc import (
    USE_CLIENT_DEFAULT,
    AsyncCaller,
    Metadata,
    MetadataLike,
    Route,
    Routes,
    RpcError,
    SyncCaller,
    Timeout,
    UseClientDefault,
    merge_metadata,
    method_handlers,
    normalize_metadata,
    route_table,
    unimplemented_stream,
)
from .wire import Buffer, DecodeError, EncodeError, PackedBools, PackedFloats, PackedInts

__all__ = [
    "GENERATOR_API",
    "USE_CLIENT_DEFAULT",
    "AsyncCaller",
    "Buffer",
    "DecodeError",
    "EncodeError",
    "Message",
    "Metadata",
    "MetadataLike",
    "PackedBools",
    "PackedFloats",
    "PackedInts",
    "Route",
    "Routes",
    "RpcError",
    "SyncCaller",
    "Timeout",
    "UseClientDefault",
    "check_generator_api",
    "decode",
    "encode",
    "encode_compact",
    "merge_metadata",
    "method_handlers",
    "normalize_metadata",
    "route_table",
    "unimplemented_stream",
    "wire",
]

# Bumped whenever generated code and this runtime change their contract.
GENERATOR_API = 4


def check_generator_api(version: int, module: str) -> None:
    """Called by every generated module: refuse code from an incompatible generator."""
    if version != GENERATOR_API:
        raise ImportError(
            f"{module} was generated for runtime API {version}, but this inference_grpc runtime "
            f"provides API {GENERATOR_API}; regenerate it with this version's inference-grpc-codegen"
        )
