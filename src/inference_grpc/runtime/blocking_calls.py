"""Calls of the blocking stubs, following blocking grpc's conventions.

A blocking stub method is a multicallable, as grpc's are:

- unary response (`UnaryUnaryMethod`, `StreamUnaryMethod`): `method(request)` blocks and returns
  the reply; `method.with_call(request)` returns `(reply, call)`, the call being grpc's own
  `grpc.Call` (`initial_metadata()`, `trailing_metadata()`, `code()`, `details()`);
  `method.future(request)` returns a `Future` (a `grpc.Future` and `grpc.Call`) at once, whose
  `result()` is the reply and which `cancel()` cancels;
- streaming response (`UnaryStreamMethod`, `StreamStreamMethod`): `method(request)` returns a
  `ResponseStream`, an iterator of replies that is also the call (metadata, `code()`,
  `cancel()`); `close()` or dropping it cancels the RPC, before its first read too.

Messages are encoded and decoded here, never by grpc: a request that cannot be encoded raises its
EncodeError to the caller (from a request stream: the call is cancelled and its result or next
reply raises that EncodeError, where grpc would answer INTERNAL and log a traceback); a malformed
reply raises DecodeError. A failed call raises the runtime's RpcError (a grpc.RpcError).

The async counterpart, under the same names, is `aio_calls.py`.

Why one long module: it has one job, the blocking flavour of grpc's call conventions (four
multicallables, a future and a response stream over one shared call base), and the classes share
the encode/decode/error-mapping helpers of that base; split, each part would be a page.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

import grpc

from .options import USE_CLIENT_DEFAULT, MetadataLike, Timeout
from .routes import Route

if TYPE_CHECKING:
    from ._sync.caller import SyncCaller

__all__ = [
    "Future",
    "ResponseStream",
    "StreamStreamMethod",
    "StreamUnaryMethod",
    "UnaryStreamMethod",
    "UnaryUnaryMethod",
]

Req = TypeVar("Req")
Resp = TypeVar("Resp")
T = TypeVar("T")


def _encoded(request: Any) -> bytes:
    return request if request.__class__ is bytes else bytes(request)


class _Call(Generic[Resp]):
    """grpc's call (a rendezvous) underneath, and what failed on our side (a request stream)."""

    __slots__ = ("_call", "_caller", "_failure", "_parse", "_request", "_route", "_started")

    _call: Any

    def __init__(
        self, caller: SyncCaller, route: Route[Any, Any], parse: Callable[[bytes], Resp], request: object
    ) -> None:
        self._caller = caller
        self._route = route
        self._parse = parse
        self._request = request
        self._failure: BaseException | None = None
        self._started = threading.Event()

    def _start(self, call: Any) -> None:
        self._call = call
        self._started.set()

    def _requests(self, requests: Iterable[Any]) -> Iterator[bytes]:
        # Consumed by grpc on a thread of its own: a failure cancels the call, which then raises it.
        try:
            for request in requests:
                yield _encoded(request)
        except Exception as exc:  # the caller's iterator, or encoding: handed to the caller
            self._failure = exc
            self._started.wait()
            self._call.cancel()

    def _error(self, exc: BaseException) -> BaseException:
        if self._failure is not None:
            return self._failure
        if isinstance(exc, grpc.RpcError):
            return self._caller.policy.error(self._route, exc, self._request)
        return exc

    def _reply(self, future: Any, timeout: float | None = None) -> Resp:
        try:
            reply = future.result(timeout)
        except (grpc.RpcError, grpc.FutureCancelledError) as exc:
            error = self._error(exc)
            if error is exc:
                raise
            raise error from None
        result = self._parse(reply)
        if self._caller.logged:
            self._caller.policy.received(self._route, result)
        return result

    # grpc.Call
    def initial_metadata(self) -> Any:
        return self._call.initial_metadata()

    def trailing_metadata(self) -> Any:
        return self._call.trailing_metadata()

    def code(self) -> grpc.StatusCode:
        code: grpc.StatusCode = self._call.code()
        return code

    def details(self) -> str:
        details: str | None = self._call.details()
        return details or ""

    def is_active(self) -> bool:
        return bool(self._call.is_active())

    def time_remaining(self) -> float | None:
        remaining: float | None = self._call.time_remaining()
        return remaining

    def add_callback(self, callback: Callable[[], None]) -> bool:
        return bool(self._call.add_callback(callback))

    def cancel(self) -> bool:
        """Cancel the RPC; False if it had already ended."""
        return bool(self._call.cancel())

    def cancelled(self) -> bool:
        return bool(self._call.cancelled())

    def done(self) -> bool:
        return bool(self._call.done())


class Future(_Call[Resp]):
    """A call with a unary reply, running: `result()` waits for the reply (a grpc.Future and grpc.Call)."""

    __slots__ = ()

    def result(self, timeout: float | None = None) -> Resp:
        return self._reply(self._call, timeout)

    def exception(self, timeout: float | None = None) -> BaseException | None:
        try:
            self.result(timeout)
        except grpc.FutureTimeoutError:
            raise
        except BaseException as exc:
            return exc
        return None

    def running(self) -> bool:
        return bool(self._call.running())

    def add_done_callback(self, callback: Callable[[Future[Resp]], None]) -> None:
        """Call `callback(this future)` when the RPC ends."""
        self._call.add_done_callback(lambda _: callback(self))


class ResponseStream(_Call[Resp]):
    """A call with streamed replies: iterate it; `close()`, `cancel()` or dropping it cancels the RPC."""

    __slots__ = ()

    def __iter__(self) -> Iterator[Resp]:
        return self

    def __next__(self) -> Resp:
        try:
            data = next(self._call)
        except StopIteration:
            if self._failure is not None:
                raise self._failure from None
            raise
        except grpc.RpcError as exc:
            self._call.cancel()
            raise self._error(exc) from None
        try:
            result = self._parse(data)
        except BaseException:
            self._call.cancel()  # a malformed reply ends the call
            raise
        if self._caller.logged:
            self._caller.policy.received(self._route, result)
        return result

    def close(self) -> None:
        """Stop reading: cancels the RPC if it is still going."""
        self._call.cancel()

    def __del__(self) -> None:
        call = getattr(self, "_call", None)
        try:
            if call is not None and not call.done():
                call.cancel()
        except Exception:  # at interpreter exit, or with the loop closed: nothing left to cancel
            pass


class _Method(Generic[Req, Resp]):
    __slots__ = ("_bound", "_caller", "_route", "route")

    def __init__(self, caller: SyncCaller, route: Route[Req, Resp]) -> None:
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

    def _error(self, exc: grpc.RpcError, request: object) -> BaseException:
        return self._caller.policy.error(self._route, exc, request)


class UnaryUnaryMethod(_Method[Req, Resp]):
    """A unary method of a blocking stub: call it for the reply; also `with_call` and `future`."""

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
    ) -> Resp: ...

    @overload
    def __call__(
        self,
        request: Req | bytes,
        *,
        timeout: Timeout = ...,
        metadata: MetadataLike | None = ...,
        compression: grpc.Compression | None = ...,
        decode: Callable[[bytes], T],
    ) -> T: ...

    def __call__(
        self,
        request: Req | bytes,
        *,
        timeout: Timeout = USE_CLIENT_DEFAULT,
        metadata: MetadataLike | None = None,
        compression: grpc.Compression | None = None,
        decode: Callable[[bytes], Any] | None = None,
    ) -> Any:
        """The reply to `request`; `decode` (reply bytes -> result) replaces the reply's parser.

        A request given as bytes is sent as it is.
        """
        # The hot path of every blocking client: inline, no helper calls when nothing is set per call.
        caller = self._caller
        if timeout is USE_CLIENT_DEFAULT and metadata is None and compression is None:
            options = caller.defaults
        else:
            options = caller.policy.options(timeout, metadata, compression)
        data = request if request.__class__ is bytes else bytes(request)  # type: ignore[arg-type]
        call, parse = self._bound or self._bind()
        if caller.logged:
            caller.policy.sent(self._route, request)
        try:
            reply = call(data, **options)
        except grpc.RpcError as exc:
            raise self._error(exc, request) from None
        result = parse(reply) if decode is None else decode(reply)
        if caller.logged:
            caller.policy.received(self._route, result)
        return result

    def with_call(
        self,
        request: Req | bytes,
        *,
        timeout: Timeout = USE_CLIENT_DEFAULT,
        metadata: MetadataLike | None = None,
        compression: grpc.Compression | None = None,
    ) -> tuple[Resp, grpc.Call]:
        """The reply and grpc's call (its initial and trailing metadata, code and details)."""
        caller = self._caller
        options = caller.options(timeout, metadata, compression)
        data = _encoded(request)
        call, parse = self._bound or self._bind()
        if caller.logged:
            caller.policy.sent(self._route, request)
        try:
            reply, state = call.with_call(data, **options)
        except grpc.RpcError as exc:
            raise self._error(exc, request) from None
        result = parse(reply)
        if caller.logged:
            caller.policy.received(self._route, result)
        return result, state

    def future(
        self,
        request: Req | bytes,
        *,
        timeout: Timeout = USE_CLIENT_DEFAULT,
        metadata: MetadataLike | None = None,
        compression: grpc.Compression | None = None,
    ) -> Future[Resp]:
        """Start the call and return at once: `result()` waits for the reply, `cancel()` cancels."""
        caller = self._caller
        options = caller.options(timeout, metadata, compression)
        data = _encoded(request)
        call, parse = self._bound or self._bind()
        if caller.logged:
            caller.policy.sent(self._route, request)
        result: Future[Resp] = Future(caller, self._route, parse, request)
        result._start(call.future(data, **options))
        return result


class StreamUnaryMethod(_Method[Req, Resp]):
    """A request-streaming method of a blocking stub: call it for the reply; also `with_call`, `future`."""

    __slots__ = ()

    def __call__(
        self,
        requests: Iterable[Req],
        *,
        timeout: Timeout = USE_CLIENT_DEFAULT,
        metadata: MetadataLike | None = None,
        compression: grpc.Compression | None = None,
    ) -> Resp:
        return self.future(requests, timeout=timeout, metadata=metadata, compression=compression).result()

    def with_call(
        self,
        requests: Iterable[Req],
        *,
        timeout: Timeout = USE_CLIENT_DEFAULT,
        metadata: MetadataLike | None = None,
        compression: grpc.Compression | None = None,
    ) -> tuple[Resp, grpc.Call]:
        """The reply and the call (its initial and trailing metadata, code and details)."""
        future = self.future(requests, timeout=timeout, metadata=metadata, compression=compression)
        return future.result(), future  # type: ignore[return-value]  # a grpc.Call by its methods

    def future(
        self,
        requests: Iterable[Req],
        *,
        timeout: Timeout = USE_CLIENT_DEFAULT,
        metadata: MetadataLike | None = None,
        compression: grpc.Compression | None = None,
    ) -> Future[Resp]:
        """Start the call and return at once: `result()` waits for the reply, `cancel()` cancels."""
        caller = self._caller
        options = caller.options(timeout, metadata, compression)
        call, parse = self._bound or self._bind()
        result: Future[Resp] = Future(caller, self._route, parse, None)
        result._start(call.future(result._requests(requests), **options))
        return result


class UnaryStreamMethod(_Method[Req, Resp]):
    """A response-streaming method of a blocking stub: call it for a ResponseStream."""

    __slots__ = ()

    def __call__(
        self,
        request: Req | bytes,
        *,
        timeout: Timeout = USE_CLIENT_DEFAULT,
        metadata: MetadataLike | None = None,
        compression: grpc.Compression | None = None,
    ) -> ResponseStream[Resp]:
        caller = self._caller
        options = caller.options(timeout, metadata, compression)
        data = _encoded(request)
        call, parse = self._bound or self._bind()
        if caller.logged:
            caller.policy.sent(self._route, request)
        result: ResponseStream[Resp] = ResponseStream(caller, self._route, parse, request)
        result._start(call(data, **options))
        return result


class StreamStreamMethod(_Method[Req, Resp]):
    """A bidirectional method of a blocking stub: call it for a ResponseStream."""

    __slots__ = ()

    def __call__(
        self,
        requests: Iterable[Req],
        *,
        timeout: Timeout = USE_CLIENT_DEFAULT,
        metadata: MetadataLike | None = None,
        compression: grpc.Compression | None = None,
    ) -> ResponseStream[Resp]:
        caller = self._caller
        options = caller.options(timeout, metadata, compression)
        call, parse = self._bound or self._bind()
        result: ResponseStream[Resp] = ResponseStream(caller, self._route, parse, None)
        result._start(call(result._requests(requests), **options))
        return result
