"""The one call path of every generated stub method: deadlines, metadata, errors, streams."""

from __future__ import annotations

import enum
import numbers
import re
from collections.abc import AsyncIterable, AsyncIterator, Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, Generic, Literal, TypeVar, overload

import grpc
import grpc.aio

__all__ = [
    "USE_CLIENT_DEFAULT",
    "AsyncCaller",
    "Metadata",
    "MetadataLike",
    "Route",
    "Routes",
    "RpcError",
    "SyncCaller",
    "Timeout",
    "UseClientDefault",
    "merge_metadata",
    "method_handlers",
    "normalize_metadata",
    "route_table",
    "unimplemented_stream",
]

Req = TypeVar("Req")
Resp = TypeVar("Resp")
T = TypeVar("T")


class UseClientDefault(enum.Enum):
    """Type of USE_CLIENT_DEFAULT: a one-member enum, so type checkers can narrow it away."""

    USE_CLIENT_DEFAULT = "USE_CLIENT_DEFAULT"

    def __repr__(self) -> str:
        return "USE_CLIENT_DEFAULT"


USE_CLIENT_DEFAULT = UseClientDefault.USE_CLIENT_DEFAULT
"""Use the client's own setting (its `timeout`, for instance) for this call."""

Timeout = float | None | UseClientDefault
Metadata = tuple[tuple[str, str | bytes], ...]
MetadataLike = Mapping[str, str | bytes] | Sequence[tuple[str, str | bytes]]

Kind = Literal["unary_unary", "unary_stream", "stream_unary", "stream_stream"]


@dataclass(frozen=True)
class Route(Generic[Req, Resp]):
    """An RPC bound to its path, kind and codecs (generated as module constants)."""

    path: str
    kind: Kind
    request_type: type[Req]
    response_type: type[Resp]

    @property
    def method(self) -> str:
        return self.path.rsplit("/", 1)[-1]


Routes = Mapping[str, Route[Any, Any]]
"""A service's routes by the attribute name of their stub method."""


def route_table(*routes: tuple[str, Route[Any, Any]]) -> Routes:
    """A read-only Routes mapping (generated as each service's `routes`)."""
    return MappingProxyType(dict(routes))


class RpcError(grpc.RpcError):
    """A call ended with a non-OK status; it keeps the gRPC status code and details."""

    def __init__(
        self,
        method: str,
        code: grpc.StatusCode,
        details: str,
        *,
        trailing_metadata: tuple[Any, ...] = (),
        debug_error_string: str = "",
        model: str | None = None,
    ) -> None:
        super().__init__()
        self.method = method
        self.model = model
        self._code = code
        self._details = details
        self._trailing = trailing_metadata
        self._debug = debug_error_string

    @classmethod
    def from_grpc(cls, method: str, error: grpc.RpcError) -> RpcError:
        if isinstance(error, RpcError):
            return error
        code = error.code() if hasattr(error, "code") else grpc.StatusCode.UNKNOWN
        details = error.details() if hasattr(error, "details") else str(error)
        trailing = error.trailing_metadata() if hasattr(error, "trailing_metadata") else ()
        debug = error.debug_error_string() if hasattr(error, "debug_error_string") else ""
        return cls(
            method,
            code or grpc.StatusCode.UNKNOWN,
            details or "",
            trailing_metadata=tuple(trailing or ()),
            debug_error_string=debug or "",
        )

    def with_model(self, model: str | None) -> RpcError:
        """The same error, naming the model the call was about."""
        return type(self)(
            self.method,
            self._code,
            self._details,
            trailing_metadata=self._trailing,
            debug_error_string=self._debug,
            model=model,
        )

    def code(self) -> grpc.StatusCode:
        return self._code

    def details(self) -> str:
        return self._details

    def trailing_metadata(self) -> tuple[Any, ...]:
        return self._trailing

    def debug_error_string(self) -> str:
        return self._debug

    def __str__(self) -> str:
        about = f" for model {self.model!r}" if self.model else ""
        return f"{self.method}{about} failed: {self._code.name}: {self._details}"

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self}>"

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild_error, (type(self), self.method, self._code, self._details, self.model))


def _rebuild_error(
    cls: type[RpcError], method: str, code: grpc.StatusCode, details: str, model: str | None
) -> RpcError:
    return cls(method, code, details, model=model)


# -- metadata --------------------------------------------------------------------------------

_KEY = re.compile(r"^[0-9a-z_.\-]+$")


def normalize_metadata(headers: MetadataLike | None) -> Metadata:
    """Validated, lower-cased metadata pairs; `-bin` keys carry bytes, others ASCII text."""
    if not headers:
        return ()
    items = headers.items() if isinstance(headers, Mapping) else headers
    out: list[tuple[str, str | bytes]] = []
    for item in items:
        try:
            key, value = item
        except (TypeError, ValueError):
            raise ValueError(f"header {item!r} is not a (key, value) pair") from None
        if not isinstance(key, str):
            raise TypeError(f"header key {key!r} must be a str, not {type(key).__name__}")
        lower = key.lower()
        if not _KEY.match(lower) or lower.startswith("grpc-"):
            raise ValueError(
                f"header key {key!r} is invalid: use letters, digits, '-', '_' or '.', "
                "and not the reserved 'grpc-' prefix"
            )
        if lower.endswith("-bin"):
            if isinstance(value, str):
                value = value.encode("utf-8")
            elif not isinstance(value, (bytes, bytearray, memoryview)):
                raise TypeError(f"header {key!r} ends in -bin and takes bytes, not {type(value).__name__}")
            value = bytes(value)
        else:
            if not isinstance(value, str):
                raise TypeError(
                    f"header {key!r} takes a str value, not {type(value).__name__} (binary values need a '-bin' key)"
                )
            if not value.isascii() or any(not (" " <= ch <= "~") for ch in value):
                raise ValueError(f"header {key!r} value must be printable ASCII, got {value!r}")
        out.append((lower, value))
    return tuple(out)


def merge_metadata(defaults: Metadata, headers: MetadataLike | None) -> Metadata:
    """Per-call headers over the caller's defaults (a per-call key replaces a default one)."""
    if not headers:
        return defaults
    extra = normalize_metadata(headers)
    if not defaults:
        return extra
    keys = {k for k, _ in extra}
    return tuple(kv for kv in defaults if kv[0] not in keys) + extra


# -- calls -----------------------------------------------------------------------------------


def _resolve_timeout(timeout: Timeout, default: float | None) -> float | None:
    if timeout is USE_CLIENT_DEFAULT:
        return default
    if timeout is not None:
        if isinstance(timeout, bool) or not isinstance(timeout, (int, float)):
            if isinstance(timeout, bool) or not isinstance(timeout, numbers.Real):
                raise TypeError(f"timeout must be a number of seconds or None, not {type(timeout).__name__}")
            timeout = float(timeout)  # numpy scalars and other reals
        if not timeout > 0:  # also refuses NaN
            raise ValueError(f"timeout must be positive, got {timeout}")
    return timeout


def _encoded(request: Any) -> bytes:
    """A single request's wire bytes: a message is encoded, bytes (already encoded) pass as they are."""
    return request if request.__class__ is bytes else bytes(request)


class _Caller:
    def __init__(
        self,
        channel: Any,
        *,
        timeout: float | None = None,
        metadata: MetadataLike | None = None,
        compression: grpc.Compression | None = None,
        wait_for_ready: bool | None = None,
        packed_as_numpy: bool = False,
    ) -> None:
        self.channel = channel
        self.packed_as_numpy = packed_as_numpy
        self._timeout = _resolve_timeout(timeout, None)
        self._metadata = normalize_metadata(metadata)
        self._compression = compression
        self._wait_for_ready = wait_for_ready
        self._callables: dict[str, Any] = {}
        # Fixed at construction (read-only below), so the options of a plain call are computed once;
        # those that are None are left out (gRPC's own defaults), which makes the call cheaper.
        defaults = {
            "timeout": self._timeout,
            "metadata": self._metadata or None,
            "compression": compression,
            "wait_for_ready": wait_for_ready,
        }
        self._defaults = {name: value for name, value in defaults.items() if value is not None}

    @property
    def timeout(self) -> float | None:
        """Default deadline in seconds of every call (None: no deadline)."""
        return self._timeout

    @property
    def metadata(self) -> Metadata:
        """Metadata sent with every call; per-call metadata is merged over it."""
        return self._metadata

    @property
    def compression(self) -> grpc.Compression | None:
        return self._compression

    @property
    def wait_for_ready(self) -> bool | None:
        return self._wait_for_ready

    def _callable(self, route: Route[Any, Any]) -> Any:
        # Building a multicallable costs far more than using one: keep one per route.
        #
        # Single requests are encoded here, not by gRPC, and every response is decoded here: gRPC
        # logs a traceback for a failing (de)serializer, and grpc.aio even sends an empty message
        # when the request serializer fails. So an unencodable request raises EncodeError before
        # anything is sent, and a malformed response raises DecodeError, both without a log line.
        call = self._callables.get(route.path)
        if call is None:
            factory = getattr(self.channel, route.kind)
            streams_requests = route.kind in ("stream_unary", "stream_stream")
            call = factory(
                route.path,
                request_serializer=bytes if streams_requests else None,
                response_deserializer=None,
            )
            self._callables[route.path] = call
        return call

    def _parse(self, route: Route[Any, Resp], data: bytes) -> Resp:
        return route.response_type.parse(data, packed_as_numpy=self.packed_as_numpy)  # type: ignore[attr-defined, no-any-return]

    def _options(
        self, timeout: Timeout, metadata: MetadataLike | None, compression: grpc.Compression | None
    ) -> dict[str, Any]:
        return {
            "timeout": _resolve_timeout(timeout, self._timeout),
            "metadata": merge_metadata(self._metadata, metadata) or None,
            "compression": compression if compression is not None else self._compression,
            "wait_for_ready": self._wait_for_ready,
        }


class AsyncCaller(_Caller):
    """Issues calls on a grpc.aio channel for generated async stubs."""

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
        # The hot path of every client: the plain-call options and the callable are looked up inline.
        if timeout is USE_CLIENT_DEFAULT and metadata is None and compression is None:
            options = self._defaults
        else:
            options = self._options(timeout, metadata, compression)
        data = request if request.__class__ is bytes else bytes(request)  # type: ignore[arg-type]
        call = self._callables.get(route.path) or self._callable(route)
        try:
            reply = await call(data, **options)
        except grpc.RpcError as exc:
            raise RpcError.from_grpc(route.method, exc) from None
        if decode is not None:
            return decode(reply)
        return route.response_type.parse(reply, packed_as_numpy=self.packed_as_numpy)

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
        try:
            reply = await self._callable(route)(requests, **options)
        except grpc.RpcError as exc:
            raise RpcError.from_grpc(route.method, exc) from None
        return self._parse(route, reply)

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
        data = _encoded(request)
        return self._responses(route, self._callable(route)(data, **options))

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
        return self._responses(route, self._callable(route)(requests, **options))

    async def _responses(self, route: Route[Any, Resp], call: Any) -> AsyncIterator[Resp]:
        # Closing the iterator early (break, aclose, task cancelled, a DecodeError) cancels the RPC.
        try:
            async for data in call:
                yield self._parse(route, data)
        except grpc.RpcError as exc:
            raise RpcError.from_grpc(route.method, exc) from None
        finally:
            call.cancel()


class SyncCaller(_Caller):
    """Issues calls on a blocking grpc channel for generated sync stubs."""

    @overload
    def unary_unary(
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
    def unary_unary(
        self,
        route: Route[Req, Any],
        request: Req | bytes,
        *,
        timeout: Timeout = ...,
        metadata: MetadataLike | None = ...,
        compression: grpc.Compression | None = ...,
        decode: Callable[[bytes], T],
    ) -> T: ...

    def unary_unary(
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
        # The hot path of every client: the plain-call options and the callable are looked up inline.
        if timeout is USE_CLIENT_DEFAULT and metadata is None and compression is None:
            options = self._defaults
        else:
            options = self._options(timeout, metadata, compression)
        data = request if request.__class__ is bytes else bytes(request)  # type: ignore[arg-type]
        call = self._callables.get(route.path) or self._callable(route)
        try:
            reply = call(data, **options)
        except grpc.RpcError as exc:
            raise RpcError.from_grpc(route.method, exc) from None
        if decode is not None:
            return decode(reply)
        return route.response_type.parse(reply, packed_as_numpy=self.packed_as_numpy)

    def stream_unary(
        self,
        route: Route[Req, Resp],
        requests: Iterable[Req],
        *,
        timeout: Timeout = USE_CLIENT_DEFAULT,
        metadata: MetadataLike | None = None,
        compression: grpc.Compression | None = None,
    ) -> Resp:
        options = self._options(timeout, metadata, compression)
        try:
            reply = self._callable(route)(iter(requests), **options)
        except grpc.RpcError as exc:
            raise RpcError.from_grpc(route.method, exc) from None
        return self._parse(route, reply)

    def unary_stream(
        self,
        route: Route[Req, Resp],
        request: Req | bytes,
        *,
        timeout: Timeout = USE_CLIENT_DEFAULT,
        metadata: MetadataLike | None = None,
        compression: grpc.Compression | None = None,
    ) -> Iterator[Resp]:
        options = self._options(timeout, metadata, compression)
        data = _encoded(request)
        return self._responses(route, self._callable(route)(data, **options))

    def stream_stream(
        self,
        route: Route[Req, Resp],
        requests: Iterable[Req],
        *,
        timeout: Timeout = USE_CLIENT_DEFAULT,
        metadata: MetadataLike | None = None,
        compression: grpc.Compression | None = None,
    ) -> Iterator[Resp]:
        options = self._options(timeout, metadata, compression)
        return self._responses(route, self._callable(route)(iter(requests), **options))

    def _responses(self, route: Route[Any, Resp], call: Any) -> Iterator[Resp]:
        try:
            for data in call:
                yield self._parse(route, data)
        except grpc.RpcError as exc:
            raise RpcError.from_grpc(route.method, exc) from None
        finally:
            call.cancel()


# -- servers -----------------------------------------------------------------------------------

_HANDLER_FACTORIES = {
    "unary_unary": grpc.unary_unary_rpc_method_handler,
    "unary_stream": grpc.unary_stream_rpc_method_handler,
    "stream_unary": grpc.stream_unary_rpc_method_handler,
    "stream_stream": grpc.stream_stream_rpc_method_handler,
}


def method_handlers(service: str, servicer: object, routes: Routes) -> grpc.GenericRpcHandler:
    """A generic handler serving `routes` (attribute name, route) from `servicer`'s methods."""
    handlers = {
        route.method: _HANDLER_FACTORIES[route.kind](
            getattr(servicer, attribute),
            request_deserializer=route.request_type.parse,
            response_serializer=bytes,
        )
        for attribute, route in routes.items()
    }
    return grpc.method_handlers_generic_handler(service, handlers)


async def unimplemented_stream(context: grpc.aio.ServicerContext[Any, Any], method: str) -> AsyncIterator[Any]:
    """Default body of a streaming method of an async servicer base class."""
    await context.abort(grpc.StatusCode.UNIMPLEMENTED, f"{method} is not implemented by this server")
    yield  # pragma: no cover - abort raises; the yield makes this an async generator
