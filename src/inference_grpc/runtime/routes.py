"""Routes: an RPC's path, kind and message types, as generated stubs and servicers bind them."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, Generic, Literal, TypeVar

__all__ = ["Kind", "Route", "Routes", "route_table"]

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
