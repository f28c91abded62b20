"""The blocking client's calls that answer through callbacks (`async_infer`, the callback stream),
run by the native asyncio client on an event loop of their own, in one daemon thread per client.

An asyncio call is cancelled for real (the server sees the RPC cancelled), which a blocking call
in a worker thread cannot be; and any number of calls wait in one thread. The native client on
that loop is made with the same arguments as the blocking one (its own channel), when first needed.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import threading
from collections.abc import AsyncIterator, Callable, Coroutine
from typing import Any

import grpc

from ..._errors import InvalidInput, RpcError
from ..._inference import InferRequest
from ..._stream import StreamInferError
from ...client import InferenceGRPCClient
from ..utils import InferenceServerException, raise_error
from ._calls import cancelled_error
from ._errors import error_from_grpc
from ._result import InferResult

__all__ = ["Background", "CallbackStream", "deliver", "error_of"]

Callback = Callable[..., Any]
logger = logging.getLogger("inference_grpc")


def deliver(callback: Callback, result: Any, error: Any) -> None:
    """`callback(result=..., error=...)`; what it raises is logged (one line, no traceback), so that
    neither the call's thread nor the stream dies of it."""
    try:
        callback(result=result, error=error)
    except Exception as exc:
        logger.warning("the callback raised %s: %s", type(exc).__name__, exc)


def error_of(exc: BaseException) -> InferenceServerException:
    """The InferenceServerException a callback gets for a failure of the native client."""
    if isinstance(exc, StreamInferError):  # one request of a stream (Triton's error_message): no status
        return InferenceServerException(msg=exc.details())
    if isinstance(exc, RpcError):
        return error_from_grpc(exc)
    if isinstance(exc, InferenceServerException):
        return exc
    if isinstance(exc, InvalidInput):
        return InferenceServerException(msg=str(exc))
    return InferenceServerException(msg=f"{type(exc).__name__}: {exc}")


class Background:
    """An event loop in a daemon thread and a native asyncio client on it."""

    def __init__(self, make_client: Callable[[], InferenceGRPCClient]) -> None:
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="inference-grpc-callbacks", daemon=True)
        self._thread.start()

        async def make() -> InferenceGRPCClient:
            return make_client()  # in the loop: the channel belongs to it

        self.client = self.submit(make()).result()

    def submit(self, coroutine: Coroutine[Any, Any, Any]) -> concurrent.futures.Future[Any]:
        """Run `coroutine` on the loop; its future (cancelling it cancels the call)."""
        return asyncio.run_coroutine_threadsafe(coroutine, self._loop)

    def call_soon(self, fn: Callable[..., Any], *args: Any) -> None:
        self._loop.call_soon_threadsafe(fn, *args)

    def close(self) -> None:
        """Close the client and stop the loop (from any thread but the loop's)."""
        if threading.current_thread() is self._thread:
            raise_error("the client cannot be closed from one of its callbacks")
        self.submit(self.client.close()).result()
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join()
        self._loop.close()


class _CancelledError(Exception):
    """Raised by the request iterator to end the call (stop_stream(cancel_requests=True))."""


_END = object()
_CANCEL = object()


class CallbackStream:
    """One ModelStreamInfer call fed by `enqueue` and answered through `callback(result, error)`."""

    def __init__(
        self, background: Background, callback: Callback, timeout: float | None, metadata: Any, compression: Any
    ) -> None:
        self._background = background
        self._callback = callback
        self._queue: asyncio.Queue[Any] = asyncio.Queue()
        self.active = True
        self._done = background.submit(self._run(timeout, metadata, compression))

    async def _requests(self) -> AsyncIterator[InferRequest]:
        while True:
            request = await self._queue.get()
            if request is _END:
                return
            if request is _CANCEL:
                raise _CancelledError
            yield request

    async def _run(self, timeout: float | None, metadata: Any, compression: Any) -> None:
        stream = self._background.client.stream_infer(
            self._requests(), timeout=timeout, headers=metadata, compression=compression
        )
        try:
            while True:
                try:
                    response = await stream.__anext__()
                except StopAsyncIteration:
                    return
                except StreamInferError as exc:  # that request failed; the stream goes on
                    deliver(self._callback, None, error_of(exc))
                    continue
                deliver(self._callback, InferResult.from_response(response), None)
        except _CancelledError:
            self.active = False
            deliver(self._callback, None, cancelled_error())
        except RpcError as exc:
            self.active = False
            cancelled = exc.code() is grpc.StatusCode.CANCELLED
            deliver(self._callback, None, cancelled_error(exc.details()) if cancelled else error_of(exc))
        except Exception as exc:
            self.active = False
            deliver(self._callback, None, error_of(exc))
        finally:
            await stream.aclose()

    def enqueue(self, request: InferRequest) -> None:
        if not self.active or self._done.done():
            raise_error(
                "The stream is no longer in valid state, the error detail is reported through provided "
                "callback. A new stream should be started after stopping the current stream."
            )
        self._background.call_soon(self._queue.put_nowait, request)

    def close(self, cancel_requests: bool) -> None:
        """End the stream: with `cancel_requests` cancel the call now, else wait for every response."""
        self._background.call_soon(self._queue.put_nowait, _CANCEL if cancel_requests else _END)
        self._done.result()
