"""Runtime support for generated code: wire primitives, the message base and the RPC call path.

Modules: `wire` (protobuf primitives), `message` (the message base), `routes` (what a stub binds),
`options` (USE_CLIENT_DEFAULT, timeouts, metadata), `policy` (CallPolicy, which every call
follows), `errors`, `_async/caller.py` (AsyncCaller; its blocking twin `_sync/caller.py` is
generated from it), `aio_calls` and `blocking_calls` (stub methods and call objects of each
flavour), `wkt` (helpers of the well-known types), `server` (handlers for servicers) and
`display` (log lines).

Generated modules import this package as `_rt`; it is versioned with the generator through
GENERATOR_API, which every generated module checks at import.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from . import wire
from .errors import InvalidInput, RpcError
from .message import FACTORY, Message, check_oneof, decode, encode, encode_compact, field
from .options import (
    USE_CLIENT_DEFAULT,
    Metadata,
    MetadataLike,
    Timeout,
    UseClientDefault,
    merge_metadata,
    normalize_metadata,
)
from .policy import CallPolicy, Subject
from .routes import Route, Routes, StubMethod, route_table
from .wire import Buffer, DecodeError, EncodeError, PackedBools, PackedFloats, PackedInts

if TYPE_CHECKING:
    from . import aio_calls, blocking_calls, wkt
    from ._async.caller import AsyncCaller
    from ._sync.caller import SyncCaller
    from .server import method_handlers, unimplemented_stream

__all__ = [
    "FACTORY",
    "GENERATOR_API",
    "USE_CLIENT_DEFAULT",
    "AsyncCaller",
    "Buffer",
    "CallPolicy",
    "DecodeError",
    "EncodeError",
    "InvalidInput",
    "Message",
    "Metadata",
    "MetadataLike",
    "PackedBools",
    "PackedFloats",
    "PackedInts",
    "Route",
    "Routes",
    "RpcError",
    "StubMethod",
    "Subject",
    "SyncCaller",
    "Timeout",
    "UseClientDefault",
    "aio_calls",
    "check_generator_api",
    "decode",
    "encode",
    "encode_compact",
    "field",
    "merge_metadata",
    "method_handlers",
    "normalize_metadata",
    "check_oneof",
    "route_table",
    "blocking_calls",
    "unimplemented_stream",
    "wire",
    "wkt",
]

# Bumped whenever generated code and this runtime change their contract.
GENERATOR_API = 6  # 6: stub methods are the runtime's multicallables (aio_calls, blocking_calls)


def check_generator_api(version: int, module: str) -> None:
    """Called by every generated module: refuse code from an incompatible generator."""
    if version != GENERATOR_API:
        raise ImportError(
            f"{module} was generated for runtime API {version}, but this inference_grpc runtime "
            f"provides API {GENERATOR_API}; regenerate it with this version's inference-grpc-codegen"
        )


# Imported on first use: an async client needs no blocking caller, a client no server handlers.
_LAZY = {
    "AsyncCaller": "._async.caller",
    "SyncCaller": "._sync.caller",
    "method_handlers": ".server",
    "unimplemented_stream": ".server",
    "aio_calls": ".aio_calls",
    "blocking_calls": ".blocking_calls",
    "wkt": ".wkt",
}


def __getattr__(name: str) -> Any:
    home = _LAZY.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    module = importlib.import_module(home, __name__)
    value = module if home == f".{name}" else getattr(module, name)
    globals()[name] = value
    return value
