"""Request streams as each flavour of grpc takes them (the names unasync maps one to the other)."""

from __future__ import annotations

from collections.abc import AsyncIterable, Iterable, Iterator
from typing import TypeVar

__all__ = ["request_stream_async", "request_stream_sync"]

T = TypeVar("T")


def request_stream_async(requests: AsyncIterable[T] | Iterable[T]) -> AsyncIterable[T] | Iterable[T]:
    """grpc.aio takes async and plain iterables alike."""
    return requests


def request_stream_sync(requests: Iterable[T]) -> Iterator[T]:
    """grpc's blocking stubs call next() on what they are given: an iterator, not any iterable."""
    return iter(requests)
