# Generated from src/inference_grpc/_async/stream.py by codegen/unasync.py (`make generate`). DO NOT EDIT.
# Edit the async original; this blocking twin is rewritten from it.
"""InferStream: the responses of one ModelStreamInfer call, as `stream_infer` returns them.

Written as the async original: `make generate` rewrites it into its blocking twin, InferStream in
`_sync/stream.py`. The call goes through the client's caller (its CallPolicy owns the deadline,
metadata, errors and logging); this module pumps the requests in and turns replies into
InferResponses or per-request errors (`_stream.py`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from types import TracebackType
from typing import Any

import grpc

from .._inference import InferResponse
from .._stream import StreamMessages, stream_route
from ..runtime import DecodeError, MetadataLike, RpcError, SyncCaller, Timeout

__all__ = ["InferStream"]


# What grpc reports, in place of the server's status, when the server ended the call while a
# request was being written (a server without the method, say): the status itself is lost.
_LOST_STATUS = "Internal error from Core"


class _Failure:
    """What the request pump raised, for the reader to raise instead of the call's end.

    Shared by the stream and its pump so that the pump holds no reference to the stream: a stream
    nobody holds is freed at once, and that cancels its call.
    """

    __slots__ = ("error",)

    def __init__(self) -> None:
        self.error: BaseException | None = None


def _pump(
    requests: Iterable[Any], messages: StreamMessages, failure: _Failure
) -> Iterator[bytes]:
    """The requests' wire bytes, as gRPC sends them; a request that fails to encode (or an error of
    the caller's iterator) is kept and ends the call, never sent."""
    encode = messages.request
    try:
        if hasattr(requests, "__iter__"):
            for request in requests:
                yield encode(request)
        else:
            for request in requests:
                yield encode(request)
    except Exception as exc:
        failure.error = exc
        raise


class InferStream:
    """The responses of a `stream_infer` call, in the order the server sends them.

    Iterating yields InferResponses (`response.id` is its request's id, `response.final` whether it
    is the last for that request). A request the server fails raises StreamInferError (an
    RpcError naming the request id) from the iterator, and iterating on goes on with the stream. A
    failure of the whole call raises RpcError and ends the stream; a request that cannot be
    encoded raises InvalidInput (or EncodeError) and ends the call, sending nothing of it.

    The call starts at the first read. Breaking out of a loop over the stream and dropping it,
    closing it (`close()`, or leaving `async with`), cancelling the reading task and the deadline
    all cancel the call on the server.
    """

    __slots__ = (
        "_caller", "_compression", "_done", "_failure", "_messages", "_metadata", "_read", "_requests", "_responses",
        "_timeout",
    )  # fmt: skip

    def __init__(
        self,
        caller: SyncCaller,
        messages: StreamMessages,
        requests: Iterable[Any],
        timeout: Timeout,
        metadata: MetadataLike | None,
        compression: grpc.Compression | None = None,
    ) -> None:
        self._caller = caller
        self._compression = compression
        self._messages = messages
        self._requests: Iterable[Any] | None = requests
        self._timeout = timeout
        self._metadata = metadata
        self._responses: Iterator[bytes] | None = None
        self._failure = _Failure()
        self._done = False
        self._read = False  # whether any reply came

    def __iter__(self) -> InferStream:
        return self

    def __next__(self) -> InferResponse:
        responses = self._responses
        if responses is None:
            if self._done or self._requests is None:
                raise StopIteration
            requests, self._requests = self._requests, None
            method = self._caller.stream_stream(stream_route())
            responses = self._responses = method(
                _pump(requests, self._messages, self._failure),
                timeout=self._timeout,
                metadata=self._metadata,
                compression=self._compression,
            )
        try:
            data = responses.__next__()
        except BaseException as exc:
            # The call's end. When the request pump failed, grpc cancelled the call (the read
            # ends or raises CancelledError) or blocking grpc aborted it (UNKNOWN): raise why.
            self._done = True
            self._responses = None
            error = self._failure.error
            if error is not None:
                raise error from None
            if isinstance(exc, RpcError) and exc.code() == grpc.StatusCode.INTERNAL and exc.details() == _LOST_STATUS:
                self._recover_lost_status()
                raise StopIteration from None
            raise
        self._read = True
        try:
            return self._messages.response(data)
        except DecodeError:
            self.close()
            raise

    def _recover_lost_status(self) -> None:
        """The server ended the call while a request was being written, and grpc lost its status.

        After replies, that is a server ending the stream early (MLServer answers only a stream's
        first request): the stream ends, as it does when the write wins the race. Before any reply,
        the same call without requests (it only opens and closes the stream: no inference runs)
        tells the status, raised when it is not OK: a server without ModelStreamInfer reads as
        UNIMPLEMENTED, every time.
        """
        if self._read:
            return
        method = self._caller.stream_stream(stream_route())
        try:
            for _ in method((), timeout=self._timeout, metadata=self._metadata):
                pass
        except RpcError as status:
            if status.code() != grpc.StatusCode.INTERNAL or status.details() != _LOST_STATUS:
                raise status from None

    def close(self) -> None:
        """End the stream, cancelling its call if it still runs (nothing happens twice)."""
        self._done = True
        self._requests = None
        responses, self._responses = self._responses, None
        if responses is not None:
            close = getattr(responses, "close", None)
            if close is not None:
                close()
            else:  # a call object rather than a generator
                responses.cancel()  # type: ignore[attr-defined]

    def __enter__(self) -> InferStream:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
