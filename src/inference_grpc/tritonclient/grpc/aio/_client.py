"""tritonclient.grpc.aio.InferenceServerClient: the shared methods (the async original, `_async`)
plus what only the asyncio flavour has: `stream_infer`, a bidirectional stream fed by an async
iterator of request dicts and read as `(result, error)` pairs."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterable, AsyncIterator, Mapping
from typing import Any

import grpc

from ...._stream import StreamInferError
from ...utils import InferenceServerException, raise_error
from .._async.client import InferenceServerClientBase
from .._calls import compression_of, native_request, translated
from .._errors import error_from_grpc
from .._result import InferResult

__all__ = ["InferenceServerClient"]

# The keys of a request dict besides model_name and inputs, and their defaults (async_stream_infer's).
_DEFAULTS: dict[str, Any] = {
    "model_version": "",
    "outputs": None,
    "request_id": "",
    "sequence_id": 0,
    "sequence_start": False,
    "sequence_end": False,
    "priority": 0,
    "timeout": None,
    "parameters": None,
}


async def _requests(inputs_iterator: AsyncIterable[Any]) -> AsyncIterator[Any]:
    async for inputs in inputs_iterator:
        if type(inputs) is not dict:
            raise_error("inputs_iterator is not yielding a dict")
        if "model_name" not in inputs or "inputs" not in inputs:
            raise_error("model_name and/or inputs is missing from inputs_iterator's yielded dict")
        given = {**_DEFAULTS, **{k: v for k, v in inputs.items() if k in _DEFAULTS}}
        if type(given["model_version"]) is not str:
            raise_error("model_version must be a string")
        yield native_request(inputs["model_name"], inputs["inputs"], **given)


class _ResponseIterator:
    """`(InferResult, None)` or `(None, InferenceServerException)` per response; `cancel()` ends the call."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream
        self._closing: asyncio.Future[None] | None = None

    def __aiter__(self) -> _ResponseIterator:
        return self

    async def __anext__(self) -> tuple[InferResult | None, InferenceServerException | None]:
        if self._closing is not None:
            await self._closing
            raise StopAsyncIteration
        try:
            response = await self._stream.__anext__()
        except StreamInferError as exc:  # that request failed; the stream goes on
            return None, InferenceServerException(msg=exc.details())
        except grpc.RpcError as exc:
            raise error_from_grpc(exc) from None
        return InferResult.from_response(response), None

    def cancel(self) -> bool:
        """Cancel the call (on the server too); iterating then ends. False if already cancelled."""
        if self._closing is not None:
            return False
        self._closing = asyncio.ensure_future(self._stream.aclose())
        return True


class InferenceServerClient(InferenceServerClientBase):
    """An asyncio client of a Triton (or any KServe V2 gRPC) server, as tritonclient.grpc.aio's
    (arguments as tritonclient.grpc.InferenceServerClient's)."""

    def stream_infer(
        self,
        inputs_iterator: AsyncIterable[Mapping[str, Any]],
        stream_timeout: float | None = None,
        headers: Mapping[str, Any] | None = None,
        compression_algorithm: str | None = None,
    ) -> _ResponseIterator:
        """Run inferences over one bidirectional stream. `inputs_iterator` yields dicts of
        async_stream_infer's arguments (`model_name` and `inputs`, the rest optional); the answer is
        an async iterator of `(result, error)`, one per response (a decoupled model's request gets
        any number), whose `cancel()` cancels the call. `stream_timeout` ends the whole stream."""
        metadata = self._headers(headers)
        with translated():
            stream = self._client.stream_infer(
                _requests(inputs_iterator),
                timeout=stream_timeout,
                headers=metadata,
                compression=compression_of(compression_algorithm),
            )
        return _ResponseIterator(stream)
