"""Routes: an RPC's path, kind and message types, as generated stubs and servicers bind them."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, Generic, Literal, TypeVar, overload

__all__ = ["Kind", "Route", "Routes", "StubMethod", "route_table"]

Req = TypeVar("Req")
Resp = TypeVar("Resp")

Kind = Literal["unary_unary", "unary_stream", "stream_unary", "stream_stream"]


class Route(Generic[Req, Resp]):
    """An RPC bound to its path, kind and codecs (generated as module constants; read-only).

    A plain class, not a dataclass: a dataclass compiles its methods at import (a cold start cost).
    """

    __slots__ = ("kind", "method", "path", "request_type", "response_type")

    def __init__(self, path: str, kind: Kind, request_type: type[Req], response_type: type[Resp]) -> None:
        self.path = path
        self.kind = kind
        self.request_type = request_type
        self.response_type = response_type
        self.method = path.rsplit("/", 1)[-1]  # the RPC's name, as errors and logs show it

    def __repr__(self) -> str:
        return f"Route({self.path!r}, {self.kind!r}, {self.request_type.__name__}, {self.response_type.__name__})"


Routes = Mapping[str, Route[Any, Any]]
"""A service's routes by the attribute name of their stub method."""


def route_table(*routes: tuple[str, Route[Any, Any]]) -> Routes:
    """A read-only Routes mapping (generated as each service's `routes`)."""
    return MappingProxyType(dict(routes))


M = TypeVar("M")


class StubMethod(Generic[M]):
    """A method of a generated stub: on first use per stub, the caller's multicallable for the route.

    Generated stubs keep their caller as `_caller` (see CALLER). The multicallable is stored on the
    stub itself, so later calls find it as a plain attribute (no descriptor on the hot path), as a
    `functools.partial` of the method object's `__call__` that carries its attributes (`route`,
    `with_call`, `future`): a partial is cheaper to call than an object. On the class, it is this
    descriptor, whose `__doc__` is the RPC's documentation.
    """

    CALLER = "_caller"

    def __init__(self, kind: Kind, route: Route[Any, Any], doc: str) -> None:
        self.kind = kind
        self.route = route
        self.name = route.method
        self.__doc__ = doc

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, instance: None, owner: type | None = None) -> StubMethod[M]: ...

    @overload
    def __get__(self, instance: object, owner: type | None = None) -> M: ...

    def __get__(self, instance: object, owner: type | None = None) -> Any:
        if instance is None:
            return self
        # The caller's method object, as a partial that behaves as it (see its `fast`).
        method = getattr(getattr(instance, self.CALLER), self.kind)(self.route).fast()
        instance.__dict__[self.name] = method
        return method

    def __call__(self, stub: object, *args: Any, **kwargs: Any) -> Any:
        """`Stub.method(stub, ...)`, as for a function on its class."""
        method: Any = self.__get__(stub)
        return method(*args, **kwargs)

    @property
    def __signature__(self) -> Any:
        """The signature of a call (the stub as `self`), for help() and inspect."""
        import inspect

        from . import aio_calls

        method = getattr(aio_calls, "".join(part.title() for part in self.kind.split("_")) + "Method")
        return inspect.signature(method.__call__)

    def __repr__(self) -> str:
        return f"<stub method {self.name} ({self.kind}) of {self.route.path}>"
