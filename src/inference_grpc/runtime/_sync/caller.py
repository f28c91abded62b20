# Generated from src/inference_grpc/runtime/_async/caller.py by codegen/unasync.py (`make generate`). DO NOT EDIT.
# Edit the async original; this blocking twin is rewritten from it.
"""SyncCaller: what every call of the generated stubs shares, on a grpc channel.

Written as the async original: `make generate` rewrites it into its blocking twin, SyncCaller in
`runtime/_sync/caller.py`. Deadlines, metadata, errors and logging are the CallPolicy's; the
caller holds the policy, the channel's multicallables and their parsers, and makes the stub
methods (`unary_unary(route)` and so on, as a grpc channel makes multicallables). The methods
and the call objects they return are in `blocking_calls.py` (blocking twin: `blocking_calls.py`), whose
shapes follow each flavour of grpc.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import Any, TypeVar

import grpc

from ..blocking_calls import StreamStreamMethod, StreamUnaryMethod, UnaryStreamMethod, UnaryUnaryMethod
from ..options import USE_CLIENT_DEFAULT, MetadataLike, Timeout
from ..policy import CallPolicy, Subject
from ..routes import Route

__all__ = ["SyncCaller"]

Req = TypeVar("Req")
Resp = TypeVar("Resp")


class SyncCaller:
    """Issues calls on a grpc channel for generated stubs.

    Args:
        channel: the channel every call goes out on.
        timeout, metadata, compression, wait_for_ready: defaults of every call (see CallPolicy).
        packed_as_numpy: decode packed numeric fields of replies as numpy arrays.
        subject: names what a failed call was about (from its request), in its RpcError.
        logger: log each request, response and failure on it (at INFO); None: log nothing.
        policy: a ready CallPolicy, instead of the five arguments above.
    """

    def __init__(
        self,
        channel: grpc.Channel,
        *,
        timeout: float | None = None,
        metadata: MetadataLike | None = None,
        compression: grpc.Compression | None = None,
        wait_for_ready: bool | None = None,
        packed_as_numpy: bool = False,
        subject: Subject | None = None,
        logger: logging.Logger | None = None,
        policy: CallPolicy | None = None,
    ) -> None:
        self.channel = channel
        self.packed_as_numpy = packed_as_numpy
        self.policy = policy or CallPolicy(
            timeout=timeout,
            metadata=metadata,
            compression=compression,
            wait_for_ready=wait_for_ready,
            subject=subject,
            logger=logger,
        )
        # Read on every call: kept as attributes of their own.
        self.defaults: dict[str, Any] = self.policy.defaults
        """The gRPC options of a call that sets none of its own."""
        self.logged = self.policy.logger is not None
        """Whether requests and responses are logged (the policy has a logger)."""
        self._callables: dict[str, tuple[Any, Callable[[bytes], Any]]] = {}

    @property
    def timeout(self) -> float | None:
        """Default deadline in seconds of every call (None: no deadline)."""
        return self.policy.timeout

    @property
    def metadata(self) -> tuple[tuple[str, str | bytes], ...]:
        """Metadata sent with every call; per-call metadata is merged over it."""
        return self.policy.metadata

    @property
    def compression(self) -> grpc.Compression | None:
        return self.policy.compression

    @property
    def wait_for_ready(self) -> bool | None:
        return self.policy.wait_for_ready

    def bind(self, route: Route[Any, Resp]) -> tuple[Any, Callable[[bytes], Resp]]:
        """grpc's multicallable of `route` on the channel, and the route's reply parser."""
        # Building a multicallable costs far more than using one: keep one per route, with the
        # route's reply parser.
        #
        # Single requests are encoded here, not by gRPC, and every response is decoded here: gRPC
        # logs a traceback for a failing (de)serializer, and its asyncio flavour even sends an empty
        # message when the request serializer fails. So an unencodable request raises EncodeError before
        # anything is sent, and a malformed response raises DecodeError, both without a log line.
        bound = self._callables.get(route.path)
        if bound is None:
            call = getattr(self.channel, route.kind)(route.path)  # no (de)serializers: bytes both ways
            response_type: Any = route.response_type  # a generated message class
            parse = functools.partial(response_type.parse, packed_as_numpy=self.packed_as_numpy)
            bound = self._callables[route.path] = (call, parse)
        return bound

    def options(self, timeout: Timeout, metadata: MetadataLike | None, compression: grpc.Compression | None) -> Any:
        """The gRPC options of a call with these settings."""
        if timeout is USE_CLIENT_DEFAULT and metadata is None and compression is None:
            return self.defaults
        return self.policy.options(timeout, metadata, compression)

    # The stub methods of each kind of RPC, as a grpc channel makes multicallables.

    def unary_unary(self, route: Route[Req, Resp]) -> UnaryUnaryMethod[Req, Resp]:
        return UnaryUnaryMethod(self, route)

    def unary_stream(self, route: Route[Req, Resp]) -> UnaryStreamMethod[Req, Resp]:
        return UnaryStreamMethod(self, route)

    def stream_unary(self, route: Route[Req, Resp]) -> StreamUnaryMethod[Req, Resp]:
        return StreamUnaryMethod(self, route)

    def stream_stream(self, route: Route[Req, Resp]) -> StreamStreamMethod[Req, Resp]:
        return StreamStreamMethod(self, route)
