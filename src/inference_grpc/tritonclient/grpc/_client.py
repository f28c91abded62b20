"""tritonclient.grpc.InferenceServerClient: the shared methods (generated blocking twin, `_sync`)
plus what only the blocking flavour has: `async_infer` with a callback, returning a CallContext
that cancels it, and the callback stream (`start_stream`, `async_stream_infer`, `stop_stream`).
Those run on the native asyncio client in a thread of their own (`_background.py`), made on first
use; everything else runs on the native blocking client in the caller's thread.
"""

from __future__ import annotations

import concurrent.futures
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import grpc

from ...client import InferenceGRPCClient
from ..utils import raise_error
from ._background import Background, CallbackStream, deliver, error_of
from ._calls import cancelled_error, compression_of, native_request, translated
from ._options import KeepAliveOptions
from ._result import InferResult
from ._sync.client import InferenceServerClientBase

__all__ = ["CallContext", "InferenceServerClient"]


class CallContext:
    """A call under way (from `async_infer`): `cancel()` cancels it; its callback then gets a
    CANCELLED error, unless the call had ended already."""

    def __init__(self, future: concurrent.futures.Future[Any]) -> None:
        self.__future = future

    def cancel(self) -> None:
        """Cancel the call (on the server too)."""
        self.__future.cancel()


class InferenceServerClient(InferenceServerClientBase):
    """A blocking client of a Triton (or any KServe V2 gRPC) server, as tritonclient.grpc's.

    Args: `url` ("host:port"), `verbose` (log calls on the `inference_grpc` logger), `ssl` with
    `root_certificates`, `private_key`, `certificate_chain` (PEM file paths), or ready `creds`;
    `keepalive_options` (KeepAliveOptions), `channel_args` (gRPC channel options, used as given;
    message sizes stay unlimited unless they are among them). Methods are thread-safe, except the
    stream's (start_stream, async_stream_infer, stop_stream).
    """

    def __init__(
        self,
        url: str,
        verbose: bool = False,
        ssl: bool = False,
        root_certificates: str | None = None,
        private_key: str | None = None,
        certificate_chain: str | None = None,
        creds: grpc.ChannelCredentials | None = None,
        keepalive_options: KeepAliveOptions | None = None,
        channel_args: Sequence[tuple[str, Any]] | None = None,
    ) -> None:
        super().__init__(
            url, verbose, ssl, root_certificates, private_key, certificate_chain, creds, keepalive_options, channel_args
        )
        arguments = self._arguments

        def make() -> InferenceGRPCClient:
            return InferenceGRPCClient(**arguments)

        self._make_background = make
        self._background_: Background | None = None
        self._stream: CallbackStream | None = None

    def _background(self) -> Background:
        background = self._background_
        if background is None:
            with translated():
                background = self._background_ = Background(self._make_background)
        return background

    def async_infer(
        self,
        model_name: str,
        inputs: Sequence[Any],
        callback: Callable[..., Any],
        model_version: str = "",
        outputs: Sequence[Any] | None = None,
        request_id: str = "",
        sequence_id: int | str = 0,
        sequence_start: bool = False,
        sequence_end: bool = False,
        priority: int = 0,
        timeout: int | None = None,
        client_timeout: float | None = None,
        headers: Mapping[str, Any] | None = None,
        compression_algorithm: str | None = None,
        parameters: Mapping[str, Any] | None = None,
    ) -> CallContext:
        """Start an inference and return at once; `callback(result=InferResult, error=None)`, or
        `callback(result=None, error=InferenceServerException)`, is called when it ends (from the
        client's callback thread). The CallContext returned cancels it."""
        metadata = self._headers(headers)
        request = native_request(
            model_name, inputs, model_version, outputs, request_id,
            sequence_id, sequence_start, sequence_end, priority, timeout, parameters,
        )  # fmt: skip
        background = self._background()
        future = background.submit(
            background.client.infer(
                request, timeout=client_timeout, headers=metadata, compression=compression_of(compression_algorithm)
            )
        )

        def done(call: concurrent.futures.Future[Any]) -> None:
            if call.cancelled():
                deliver(callback, None, cancelled_error())
                return
            failure = call.exception()
            if failure is not None:
                deliver(callback, None, error_of(failure))
            else:
                deliver(callback, InferResult.from_response(call.result()), None)

        future.add_done_callback(done)
        return CallContext(future)

    def start_stream(
        self,
        callback: Callable[..., Any],
        stream_timeout: float | None = None,
        headers: Mapping[str, Any] | None = None,
        compression_algorithm: str | None = None,
    ) -> None:
        """Open the client's stream (one at a time): each response, or failure, of the requests that
        `async_stream_infer` sends calls `callback(result=..., error=...)` from the client's callback
        thread. `stream_timeout` (seconds) ends the whole stream."""
        if self._stream is not None:
            raise_error(
                "cannot start another stream with one already running. 'InferenceServerClient' supports "
                "only a single active stream at a given time."
            )
        metadata = self._headers(headers)
        self._stream = CallbackStream(
            self._background(), callback, stream_timeout, metadata, compression_of(compression_algorithm)
        )

    def stop_stream(self, cancel_requests: bool = False) -> None:
        """Close the stream: wait for the responses of every request sent, or with `cancel_requests`
        cancel them (the callback then gets one CANCELLED error)."""
        stream, self._stream = self._stream, None
        if stream is not None:
            stream.close(cancel_requests)

    def async_stream_infer(
        self,
        model_name: str,
        inputs: Sequence[Any],
        model_version: str = "",
        outputs: Sequence[Any] | None = None,
        request_id: str = "",
        sequence_id: int | str = 0,
        sequence_start: bool = False,
        sequence_end: bool = False,
        enable_empty_final_response: bool = False,
        priority: int = 0,
        timeout: int | None = None,
        parameters: Mapping[str, Any] | None = None,
    ) -> None:
        """Send an inference request on the stream (start_stream first); its responses come to the
        stream's callback. `enable_empty_final_response`: Triton ends the request with an empty
        response marked final (for decoupled models)."""
        stream = self._stream
        if stream is None:
            raise_error("stream not available, use start_stream() to make one available.")
        request = native_request(
            model_name, inputs, model_version, outputs, request_id, sequence_id, sequence_start,
            sequence_end, priority, timeout, parameters, enable_empty_final_response,
        )  # fmt: skip
        stream.enqueue(request)

    def close(self) -> None:
        """Stop the stream (waiting for its responses), then close the client."""
        self.stop_stream()
        background, self._background_ = self._background_, None
        if background is not None:
            background.close()
        super().close()
