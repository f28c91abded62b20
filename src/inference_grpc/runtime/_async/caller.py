"""AsyncCaller: every call of the generated stubs, on a grpc.aio channel.

Written as the async original: `make generate` rewrites it into its blocking twin, SyncCaller in
`runtime/_sync/caller.py`. Deadlines, metadata, errors and logging are the CallPolicy's; this
module only issues calls and (de)codes their messages.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import AsyncIterable, AsyncIterator, Callable, Iterable
from typing import Any, TypeVar, overload

import grpc
import grpc.aio

from ..options import USE_CLIENT_DEFAULT, MetadataLike, Timeout
from ..policy import CallPolicy, Subject
from ..routes import Route
from ..streams import request_stream_async

__all__ = ["AsyncCaller"]

Req = TypeVar("Req")
Resp = TypeVar("Resp")
T = TypeVar("T")


class AsyncCaller:
    """Issues calls on a grpc.aio channel for generated stubs.

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
        channel: grpc.aio.Channel,
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
        self._defaults = self.policy.defaults
        self._logged = self.policy.logger is not None
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

    def _route(self, route: Route[Any, Any]) -> tuple[Any, Callable[[bytes], Any]]:
        # Building a multicallable costs far more than using one: keep one per route, with the
        # route's reply parser.
        #
        # Single requests are encoded here, not by gRPC, and every response is decoded here: gRPC
        # logs a traceback for a failing (de)serializer, and its asyncio flavour even sends an empty
        # message when the request serializer fails. So an unencodable request raises EncodeError before
        # anything is sent, and a malformed response raises DecodeError, both without a log line.
        bound = self._callables.get(route.path)
        if bound is None:
            factory = getattr(self.channel, route.kind)
            streams_requests = route.kind in ("stream_unary", "stream_stream")
            call = factory(route.path, request_serializer=bytes if streams_requests else None)
            parse = functools.partial(route.response_type.parse, packed_as_numpy=self.packed_as_numpy)
            bound = self._callables[route.path] = (call, parse)
        return bound

    def _options(self, timeout: Timeout, metadata: MetadataLike | None, compression: grpc.Compression | None) -> Any:
        if timeout is USE_CLIENT_DEFAULT and metadata is None and compression is None:
            return self._defaults
        return self.policy.options(timeout, metadata, compression)

    @overload
    async def unary_unary(
        self,
        route: Route[Req, Resp],
        request: Req | bytes,
        *,
        timeout: Timeout = ...,
        metadata: MetadataLike | None = ...,
        compression: grpc.Compression | None = ...,
        decode: None = ...,
    ) -> Resp: ...

    @overload
    async def unary_unary(
        self,
        route: Route[Req, Any],
        request: Req | bytes,
        *,
        timeout: Timeout = ...,
        metadata: MetadataLike | None = ...,
        compression: grpc.Compression | None = ...,
        decode: Callable[[bytes], T],
    ) -> T: ...

    @overload
    async def unary_unary(
        self,
        route: Route[Req, Resp],
        request: Req | bytes,
        *,
        timeout: Timeout = ...,
        metadata: MetadataLike | None = ...,
        compression: grpc.Compression | None = ...,
        decode: Callable[[bytes], T] | None = ...,
    ) -> Resp | T: ...

    async def unary_unary(
        self,
        route: Route[Req, Any],
        request: Req | bytes,
        *,
        timeout: Timeout = USE_CLIENT_DEFAULT,
        metadata: MetadataLike | None = None,
        compression: grpc.Compression | None = None,
        decode: Callable[[bytes], Any] | None = None,
    ) -> Any:
        """One request, one response; `decode` (reply bytes -> result) replaces the route's parser."""
        # The hot path of every client: plain-call options and the bound route are looked up inline.
        if timeout is USE_CLIENT_DEFAULT and metadata is None and compression is None:
            options = self._defaults
        else:
            options = self.policy.options(timeout, metadata, compression)
        data = request if request.__class__ is bytes else bytes(request)  # type: ignore[arg-type]
        call, parse = self._callables.get(route.path) or self._route(route)
        if self._logged:
            self.policy.sent(route, request)
        try:
            reply = await call(data, **options)
        except grpc.RpcError as exc:
            raise self.policy.error(route, exc, request) from None
        result = parse(reply) if decode is None else decode(reply)
        if self._logged:
            self.policy.received(route, result)
        return result

    async def stream_unary(
        self,
        route: Route[Req, Resp],
        requests: AsyncIterable[Req] | Iterable[Req],
        *,
        timeout: Timeout = USE_CLIENT_DEFAULT,
        metadata: MetadataLike | None = None,
        compression: grpc.Compression | None = None,
    ) -> Resp:
        options = self._options(timeout, metadata, compression)
        call, parse = self._route(route)
        try:
            reply = await call(request_stream_async(requests), **options)
        except grpc.RpcError as exc:
            raise self.policy.error(route, exc, None) from None
        result: Resp = parse(reply)
        if self._logged:
            self.policy.received(route, result)
        return result

    def unary_stream(
        self,
        route: Route[Req, Resp],
        request: Req | bytes,
        *,
        timeout: Timeout = USE_CLIENT_DEFAULT,
        metadata: MetadataLike | None = None,
        compression: grpc.Compression | None = None,
    ) -> AsyncIterator[Resp]:
        options = self._options(timeout, metadata, compression)
        data = request if request.__class__ is bytes else bytes(request)  # type: ignore[arg-type]
        call, parse = self._route(route)
        if self._logged:
            self.policy.sent(route, request)
        return self._responses(route, call(data, **options), parse, request)

    def stream_stream(
        self,
        route: Route[Req, Resp],
        requests: AsyncIterable[Req] | Iterable[Req],
        *,
        timeout: Timeout = USE_CLIENT_DEFAULT,
        metadata: MetadataLike | None = None,
        compression: grpc.Compression | None = None,
    ) -> AsyncIterator[Resp]:
        options = self._options(timeout, metadata, compression)
        call, parse = self._route(route)
        return self._responses(route, call(request_stream_async(requests), **options), parse, None)

    async def _responses(
        self, route: Route[Any, Resp], call: Any, parse: Callable[[bytes], Resp], request: object
    ) -> AsyncIterator[Resp]:
        # Closing the iterator early (break, aclose, task cancelled, a DecodeError) cancels the RPC.
        try:
            async for data in call:
                result = parse(data)
                if self._logged:
                    self.policy.received(route, result)
                yield result
        except grpc.RpcError as exc:
            raise self.policy.error(route, exc, request) from None
        finally:
            call.cancel()
