"""Calls of the async stubs, following grpc.aio's conventions.

An async stub method is a multicallable (`UnaryUnaryMethod`, ...): calling it starts the RPC and
returns a call object, as grpc.aio's do:

- unary response (`UnaryUnaryCall`, `StreamUnaryCall`): `await call` gives the reply message;
- streaming response (`UnaryStreamCall`, `StreamStreamCall`): `async for reply in call`, or
  `await call.read()` (None at the end);
- every call: `initial_metadata()`, `trailing_metadata()`, `code()`, `details()` (coroutines, as in
  grpc.aio), `cancel()`, `cancelled()`, `done()`, `time_remaining()`, `add_done_callback()`;
- request streams: give an (async) iterable of messages, or nothing and `await call.write(m)` then
  `await call.done_writing()`.

Messages are encoded and decoded here, never by grpc (which logs tracebacks for failing
(de)serializers, and sends an empty message when a streamed request fails to serialize): a
request that cannot be encoded raises its EncodeError to the caller (from a stream: the call is
cancelled and awaiting or iterating it raises that EncodeError); a malformed reply raises
DecodeError. A failed call raises the runtime's RpcError, a grpc.aio.AioRpcError. Closing a
response stream (`aclose()`, `cancel()`) or dropping it cancels the RPC, before its first read too.

Why a module of its own beside the unasync'd caller: grpc.aio's call objects and blocking grpc's
(futures, `with_call`) differ in shape, not only in `await`; `blocking_calls.py` is the blocking
counterpart, under the same names (unasync maps this module's name to it).

Why one long module: it has one job, grpc.aio's call conventions (four multicallables and four
call objects over one shared call base), and the classes share that base's encoding, error
mapping and cancellation; split, each part would be a page.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import AsyncIterable, AsyncIterator, Callable, Generator, Iterable
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

import grpc
import grpc.aio

from .options import USE_CLIENT_DEFAULT, MetadataLike, Timeout
from .routes import Route

if TYPE_CHECKING:
    from ._async.caller import AsyncCaller

__all__ = [
    "StreamStreamCall",
    "StreamStreamMethod",
    "StreamUnaryCall",
    "StreamUnaryMethod",
    "UnaryStreamCall",
    "UnaryStreamMethod",
    "UnaryUnaryCall",
    "UnaryUnaryMethod",
]

Req = TypeVar("Req")
Resp = TypeVar("Resp")
T = TypeVar("T")

_Requests = AsyncIterable[Any] | Iterable[Any]
_new = object.__new__


def _encoded(request: Any) -> bytes:
    return request if request.__class__ is bytes else bytes(request)


class _Call(Generic[Resp]):
    """What every call has: grpc.aio's call underneath, and what failed on our side."""

    __slots__ = ("_call", "_caller", "_failure", "_parse", "_request", "_route")

    _call: Any
    _failure: BaseException | None

    def __init__(
        self, caller: AsyncCaller, route: Route[Any, Any], parse: Callable[[bytes], Resp], request: object
    ) -> None:
        self._caller = caller
        self._route = route
        self._parse = parse
        self._request = request
        self._failure = None

    def cancel(self) -> bool:
        """Cancel the RPC; False if it had already ended."""
        return bool(self._call.cancel())

    def cancelled(self) -> bool:
        return bool(self._call.cancelled())

    def done(self) -> bool:
        return bool(self._call.done())

    def time_remaining(self) -> float | None:
        remaining: float | None = self._call.time_remaining()
        return remaining

    def add_done_callback(self, callback: Callable[[Any], None]) -> None:
        """Call `callback(this call)` when the RPC ends."""
        self._call.add_done_callback(lambda _: callback(self))

    async def initial_metadata(self) -> grpc.aio.Metadata:
        metadata: grpc.aio.Metadata = await self._call.initial_metadata()
        return metadata

    async def trailing_metadata(self) -> grpc.aio.Metadata:
        metadata: grpc.aio.Metadata = await self._call.trailing_metadata()
        return metadata

    async def code(self) -> grpc.StatusCode:
        code: grpc.StatusCode = await self._call.code()
        return code

    async def details(self) -> str:
        details: str | None = await self._call.details()
        return details or ""

    async def wait_for_connection(self) -> None:
        await self._call.wait_for_connection()

    def _error(self, exc: BaseException) -> BaseException:
        """What to raise for an exception of grpc's: our failure (it caused it), or our RpcError."""
        if self._failure is not None:
            return self._failure
        if isinstance(exc, grpc.RpcError):
            return self._caller.policy.error(self._route, exc, self._request)
        return exc

    async def _requests(self, requests: _Requests) -> AsyncIterator[bytes]:
        # The request stream grpc consumes: encoded here, so a failure ends the call with the
        # failure itself (raised where the caller awaits or iterates), never an empty message.
        try:
            if isinstance(requests, AsyncIterable):
                async for request in requests:
                    yield _encoded(request)
            else:
                for request in requests:
                    yield _encoded(request)
        except Exception as exc:  # the caller's iterator, or encoding: handed to the caller
            self._failure = exc
            self._call.cancel()

    async def _write(self, request: Any) -> None:
        await self._call.write(_encoded(request))

    def _received(self, result: Any) -> None:
        if self._caller.logged:
            self._caller.policy.received(self._route, result)


class _UnaryResponse(_Call[Resp]):
    __slots__ = ()

    def __await__(self) -> Generator[Any, None, Resp]:
        try:
            reply = yield from self._call.__await__()
        except (grpc.RpcError, asyncio.CancelledError) as exc:
            error = self._error(exc)
            if error is exc:
                raise
            raise error from None
        result = self._parse(reply)
        if self._caller.logged:
            self._caller.policy.received(self._route, result)
        return result


class _StreamResponse(_Call[Resp]):
    __slots__ = ()

    def __aiter__(self) -> AsyncIterator[Resp]:
        return self

    async def __anext__(self) -> Resp:
        result = await self.read()
        if result is None:
            raise StopAsyncIteration
        return result

    async def read(self) -> Resp | None:
        """The next reply; None once the stream has ended."""
        try:
            data = await self._call.read()
        except (grpc.RpcError, asyncio.CancelledError) as exc:
            self._call.cancel()
            error = self._error(exc)
            if error is exc:
                raise
            raise error from None
        if data is grpc.aio.EOF:
            if self._failure is not None:
                raise self._failure
            return None
        try:
            result = self._parse(data)
        except BaseException:
            self._call.cancel()  # a malformed reply ends the call
            raise
        self._received(result)
        return result

    async def aclose(self) -> None:
        """Stop reading: cancels the RPC if it is still going."""
        self._call.cancel()

    def __del__(self) -> None:
        # Dropped before the end (never read, or `break`): the RPC must not go on.
        call = getattr(self, "_call", None)
        try:
            if call is not None and not call.done():
                call.cancel()
        except Exception:  # at interpreter exit, or with the loop closed: nothing left to cancel
            pass


class UnaryUnaryCall(_UnaryResponse[Resp]):
    """A unary call: `await` it for the reply."""

    __slots__ = ()


class StreamUnaryCall(_UnaryResponse[Resp]):
    """A request-streaming call: `await` it for the reply; `write()`/`done_writing()` when it was
    started without requests."""

    __slots__ = ()

    async def write(self, request: Any) -> None:
        """Send one request (encoded first: an EncodeError is raised here, nothing is sent)."""
        await self._write(request)

    async def done_writing(self) -> None:
        await self._call.done_writing()


class UnaryStreamCall(_StreamResponse[Resp]):
    """A response-streaming call: `async for reply in call`."""

    __slots__ = ()


class StreamStreamCall(_StreamResponse[Resp]):
    """A bidirectional call: `async for reply in call`; `write()`/`done_writing()` when it was
    started without requests."""

    __slots__ = ()

    async def write(self, request: Any) -> None:
        """Send one request (encoded first: an EncodeError is raised here, nothing is sent)."""
        await self._write(request)

    async def done_writing(self) -> None:
        await self._call.done_writing()


class _Method(Generic[Req, Resp]):
    __slots__ = ("_bound", "_caller", "_route", "route")

    def __init__(self, caller: AsyncCaller, route: Route[Req, Resp]) -> None:
        self._caller = caller
        self._route = route
        self._bound: tuple[Any, Callable[[bytes], Resp]] | None = None  # grpc's multicallable, the parser
        self.route = route
        """The RPC this method calls."""

    def _bind(self) -> tuple[Any, Callable[[bytes], Resp]]:
        bound = self._bound = self._caller.bind(self._route)
        return bound

    def fast(self) -> Any:
        """This method as a `functools.partial` of its `__call__`, carrying its other attributes
        (`route`, and `with_call`/`future` where it has them): what a stub holds, since calling a
        partial costs less than calling an object's `__call__` (no argument tuple and dict)."""
        call = functools.partial(type(self).__call__, self)
        for attribute in ("route", "with_call", "future"):
            if hasattr(self, attribute):
                setattr(call, attribute, getattr(self, attribute))
        call.__doc__ = type(self).__call__.__doc__
        return call


class UnaryUnaryMethod(_Method[Req, Resp]):
    """A unary method of an async stub: call it for a UnaryUnaryCall."""

    __slots__ = ()

    @overload
    def __call__(
        self,
        request: Req | bytes,
        *,
        timeout: Timeout = ...,
        metadata: MetadataLike | None = ...,
        compression: grpc.Compression | None = ...,
        decode: None = ...,
    ) -> UnaryUnaryCall[Resp]: ...

    @overload
    def __call__(
        self,
        request: Req | bytes,
        *,
        timeout: Timeout = ...,
        metadata: MetadataLike | None = ...,
        compression: grpc.Compression | None = ...,
        decode: Callable[[bytes], T],
    ) -> UnaryUnaryCall[T]: ...

    def __call__(
        self,
        request: Req | bytes,
        *,
        timeout: Timeout = USE_CLIENT_DEFAULT,
        metadata: MetadataLike | None = None,
        compression: grpc.Compression | None = None,
        decode: Callable[[bytes], Any] | None = None,
    ) -> UnaryUnaryCall[Any]:
        """Start the call; `decode` (reply bytes -> result) replaces the reply's parser.

        A request given as bytes is sent as it is.
        """
        # The hot path of every client: inline, no helper calls when nothing is set per call.
        caller = self._caller
        if timeout is USE_CLIENT_DEFAULT and metadata is None and compression is None:
            options = caller.defaults
        else:
            options = caller.policy.options(timeout, metadata, compression)
        route = self._route
        data = request if request.__class__ is bytes else bytes(request)  # type: ignore[arg-type]
        call, parse = self._bound or self._bind()
        if caller.logged:
            caller.policy.sent(route, request)
        # Filled in here rather than by __init__: one Python frame fewer on every call.
        result: UnaryUnaryCall[Any] = _new(UnaryUnaryCall)
        result._caller = caller
        result._route = route
        result._parse = parse if decode is None else decode
        result._request = request
        result._failure = None
        result._call = call(data, **options)
        return result


class UnaryStreamMethod(_Method[Req, Resp]):
    """A response-streaming method of an async stub: call it for a UnaryStreamCall."""

    __slots__ = ()

    def __call__(
        self,
        request: Req | bytes,
        *,
        timeout: Timeout = USE_CLIENT_DEFAULT,
        metadata: MetadataLike | None = None,
        compression: grpc.Compression | None = None,
    ) -> UnaryStreamCall[Resp]:
        caller = self._caller
        options = caller.options(timeout, metadata, compression)
        data = _encoded(request)
        call, parse = self._bound or self._bind()
        if caller.logged:
            caller.policy.sent(self._route, request)
        result: UnaryStreamCall[Resp] = UnaryStreamCall(caller, self._route, parse, request)
        result._call = call(data, **options)
        return result


class StreamUnaryMethod(_Method[Req, Resp]):
    """A request-streaming method of an async stub: call it for a StreamUnaryCall."""

    __slots__ = ()

    def __call__(
        self,
        requests: AsyncIterable[Req] | Iterable[Req] | None = None,
        *,
        timeout: Timeout = USE_CLIENT_DEFAULT,
        metadata: MetadataLike | None = None,
        compression: grpc.Compression | None = None,
    ) -> StreamUnaryCall[Resp]:
        """Start the call with `requests`, or with none: then `write()` them and `done_writing()`."""
        caller = self._caller
        options = caller.options(timeout, metadata, compression)
        call, parse = self._bound or self._bind()
        result: StreamUnaryCall[Resp] = StreamUnaryCall(caller, self._route, parse, None)
        result._call = call(None if requests is None else result._requests(requests), **options)
        return result


class StreamStreamMethod(_Method[Req, Resp]):
    """A bidirectional method of an async stub: call it for a StreamStreamCall."""

    __slots__ = ()

    def __call__(
        self,
        requests: AsyncIterable[Req] | Iterable[Req] | None = None,
        *,
        timeout: Timeout = USE_CLIENT_DEFAULT,
        metadata: MetadataLike | None = None,
        compression: grpc.Compression | None = None,
    ) -> StreamStreamCall[Resp]:
        """Start the call with `requests`, or with none: then `write()` them and `done_writing()`."""
        caller = self._caller
        options = caller.options(timeout, metadata, compression)
        call, parse = self._bound or self._bind()
        result: StreamStreamCall[Resp] = StreamStreamCall(caller, self._route, parse, None)
        result._call = call(None if requests is None else result._requests(requests), **options)
        return result
