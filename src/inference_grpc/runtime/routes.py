"""Routes: an RPC's path, kind and message types, as generated stubs and servicers bind them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, Generic, Literal, TypeVar

__all__ = ["Kind", "Route", "Routes", "route_table"]

Req = TypeVar("Req")
Resp = TypeVar("Resp")

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
