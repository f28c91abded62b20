"""ModelStreamInfer's messages for both client flavours: requests out, responses and errors in.

Triton answers each request of a stream with zero or more `ModelStreamInferResponse` messages
(`error_message = 1`, `infer_response = 2`); MLServer answers with plain `ModelInferResponse`
messages. Both are read here from their wire bytes with the client's InferCodec, so a streamed
response costs what a unary one does: a Triton reply's `infer_response` is decoded where it lies
in the message, without a copy.

Telling the two apart: a `ModelStreamInferResponse` holds only fields 1 and 2, both
length-delimited, and field 2 is a valid ModelInferResponse. A plain response holds more than a
model name and version (outputs, an id) whenever it answers anything, so any other field number
makes it plain; one holding nothing but a name and a version that happens to read as a
ModelInferResponse is the only case read the other way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

import grpc

from ._foreign import from_protobuf
from ._inference import InferRequest, InferResponse
from .protocol import ModelInferRequest, ModelInferResponse
from .runtime import DecodeError, InvalidInput, RpcError
from .runtime.routes import Route
from .runtime.wire import read_len, read_varint

if TYPE_CHECKING:
    from ._infer_codec import InferCodec

__all__ = ["StreamInferError", "StreamMessages", "stream_route"]

_STREAM = "inference.ModelStreamInferResponse"
_METHOD = "ModelStreamInfer"
_INFER_RESPONSE_KEY = 0x12  # field 2, length-delimited (checked against the generated encoder below)
_ERROR_KEY = 0x0A  # field 1, length-delimited


class StreamInferError(RpcError):
    """One request of a stream failed; the stream itself goes on (Triton's `error_message`).

    `request_id` is the failed request's id ("" when it had none), `model` its model when the
    server names it. The server gives no status code for it: `code()` is UNKNOWN.
    """

    def __init__(
        self,
        method: str,
        code: grpc.StatusCode,
        details: str,
        *,
        trailing_metadata: tuple[Any, ...] = (),
        debug_error_string: str = "",
        model: str | None = None,
        request_id: str = "",
    ) -> None:
        super().__init__(
            method, code, details, trailing_metadata=trailing_metadata, debug_error_string=debug_error_string,
            model=model,
        )  # fmt: skip
        self.request_id = request_id

    def __str__(self) -> str:
        about = f" for model {self.model!r}" if self.model else ""
        which = f"request {self.request_id!r}" if self.request_id else "a request without id"
        return f"{self.method} {which}{about} failed: {self.details()}"

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (self.method, self.details(), self.model, self.request_id))


def _rebuild(method: str, details: str, model: str | None, request_id: str) -> StreamInferError:
    return StreamInferError(method, grpc.StatusCode.UNKNOWN, details, model=model, request_id=request_id)


class _RawReply:
    """A route's response type whose parser keeps the message's bytes (decoded by StreamMessages)."""

    @staticmethod
    def parse(data: bytes, *, packed_as_numpy: bool = False) -> bytes:
        return data


_route: Route[bytes, bytes] | None = None


def stream_route() -> Route[bytes, bytes]:
    """Triton's ModelStreamInfer route, its replies kept as bytes for the client's codec.

    The path comes from the generated Triton stub, imported here on first use (the Triton
    variant is not part of the client's cold start).
    """
    global _route
    if _route is None:
        from .triton_protocol import GRPCInferenceServiceStub, ModelStreamInferResponse

        route = GRPCInferenceServiceStub.routes["model_stream_infer"]
        # The keys this module reads, as the generated encoder writes them.
        empty = ModelStreamInferResponse(infer_response=route.response_type().infer_response or _empty_response())
        if bytes(ModelStreamInferResponse(error_message="-"))[0] != _ERROR_KEY or bytes(empty) != b"\x12\x00":
            raise AssertionError("ModelStreamInferResponse changed its field numbers")  # pragma: no cover
        # Requests go as their bytes (StreamMessages.request), replies stay bytes.
        _route = Route(route.path, route.kind, cast(Any, ModelInferRequest), cast(Any, _RawReply))
    return _route


def _empty_response() -> Any:
    from .triton_protocol import ModelInferResponse as TritonModelInferResponse

    return TritonModelInferResponse()


class StreamMessages:
    """Encodes a stream's requests and decodes its replies with one client's InferCodec."""

    __slots__ = ("_codec", "_decode")

    def __init__(self, codec: InferCodec) -> None:
        self._codec = codec
        self._decode = codec.decode

    def request(self, request: object) -> bytes:
        """The wire bytes of one request (as `infer` takes them); InvalidInput for anything else."""
        if isinstance(request, InferRequest):
            return self._codec.encode(request)
        if isinstance(request, ModelInferRequest):
            return bytes(request)
        from .triton_protocol import ModelInferRequest as TritonModelInferRequest

        if isinstance(request, TritonModelInferRequest):
            return bytes(request)
        converted = from_protobuf(request, ModelInferRequest, "inference.ModelInferRequest")
        if converted is None:
            kind = type(request).__name__
            raise InvalidInput(f"stream_infer() takes InferRequests or ModelInferRequests, not {kind}")
        return bytes(converted)

    def response(self, data: bytes) -> InferResponse:
        """The InferResponse of one reply; StreamInferError for a request the server failed."""
        # Triton's usual reply: nothing but field 2, the response, to the end of the message.
        if data[:1] == b"\x12":
            end = len(data)
            size = data[1] if end > 1 else 0x80
            if size < 0x80:
                start, stop = 2, 2 + size
            else:
                try:
                    start, stop = read_len(memoryview(data), 1, end, _STREAM)
                except DecodeError:
                    stop = -1
            if stop == end:
                try:
                    return self._decode(data, start)
                except DecodeError:
                    pass  # perhaps a plain response whose field 2 (model_version) is all there is
        return self._other(data)

    def _other(self, data: bytes) -> InferResponse:
        """A reply with an error, or in another field order, or a plain ModelInferResponse."""
        view = memoryview(data)
        pos, end = 0, len(data)
        error: str | None = None
        body: tuple[int, int] | None = None
        try:
            while pos < end:
                key, pos = read_varint(view, pos, end, _STREAM)
                if key == _ERROR_KEY:
                    start, pos = read_len(view, pos, end, _STREAM)
                    error = data[start:pos].decode()
                elif key == _INFER_RESPONSE_KEY:
                    start, pos = read_len(view, pos, end, _STREAM)
                    body = (start, pos) if body is None else (-1, -1)  # twice: merged, read the long way
                else:
                    return self._decode(data)  # a field a ModelStreamInferResponse lacks: a plain response
            if body is not None and body[0] >= 0:
                ModelInferResponse.parse(view[body[0] : body[1]])  # not a response: a plain one after all
        except (DecodeError, UnicodeDecodeError):
            return self._decode(data)
        if body is None:
            return self._result(error, None)
        if body[0] < 0:  # the response field twice, which protobuf merges: the generated decoder does
            from .triton_protocol import ModelStreamInferResponse

            message = ModelStreamInferResponse.parse(data, packed_as_numpy=True)
            response = bytes(message.infer_response) if message.infer_response is not None else b""
            return self._result(message.error_message or None, self._decode(response) if response else None)
        inner = self._decode(data[body[0] : body[1]]) if body[1] < end else self._decode(data, body[0])
        return self._result(error, inner)

    @staticmethod
    def _result(error: str | None, response: InferResponse | None) -> InferResponse:
        if error is None:
            if response is None:
                raise DecodeError(_STREAM, 0, "a reply with neither a response nor an error")
            return response
        request_id = response.id if response is not None else ""
        model = response.model_name if response is not None and response.model_name else None
        raise StreamInferError(_METHOD, grpc.StatusCode.UNKNOWN, error, model=model, request_id=request_id)
