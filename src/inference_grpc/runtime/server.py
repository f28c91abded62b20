"""Serving routes: generic handlers over a servicer's methods, and the base of streaming defaults."""

from __future__ import annotations

import functools
from collections.abc import AsyncIterator
from typing import Any

import grpc
import grpc.aio

from .routes import Routes

__all__ = ["method_handlers", "unimplemented_stream"]

_HANDLER_FACTORIES = {
    "unary_unary": grpc.unary_unary_rpc_method_handler,
    "unary_stream": grpc.unary_stream_rpc_method_handler,
    "stream_unary": grpc.stream_unary_rpc_method_handler,
    "stream_stream": grpc.stream_stream_rpc_method_handler,
}


def method_handlers(
    service: str, servicer: object, routes: Routes, *, packed_as_numpy: bool = False
) -> grpc.GenericRpcHandler:
    """A generic handler serving `routes` (attribute name, route) from `servicer`'s methods.

    With `packed_as_numpy`, packed numeric fields of requests decode as numpy arrays.
    """
    handlers = {
        route.method: _HANDLER_FACTORIES[route.kind](
            getattr(servicer, attribute),
            request_deserializer=(
                functools.partial(route.request_type.parse, packed_as_numpy=True)
                if packed_as_numpy
                else route.request_type.parse
            ),
            response_serializer=bytes,
        )
        for attribute, route in routes.items()
    }
    return grpc.method_handlers_generic_handler(service, handlers)


async def unimplemented_stream(context: grpc.aio.ServicerContext[Any, Any], method: str) -> AsyncIterator[Any]:
    """Default body of a streaming method of an async servicer base class."""
    await context.abort(grpc.StatusCode.UNIMPLEMENTED, f"{method} is not implemented by this server")
    yield  # pragma: no cover - abort raises; the yield makes this an async generator
