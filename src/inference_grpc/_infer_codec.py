"""ModelInfer's wire bytes on the client's hot path: what repeats from call to call is done once.

A client sends requests whose header (model, tensor names, datatypes and shapes, requested
outputs) repeats call after call, and gets responses whose header repeats too; only the raw
tensor contents (and perhaps the id) change. `InferCodec` keeps the header bytes it encoded and
the response headers it decoded, and leaves everything else to the generated codecs:

- a request is its cached header bytes, the id field and one field per raw input, which are
  exactly the bytes `bytes(request.to_grpc())` holds (the generated encoder writes fields in
  field-number order, and the raw contents come last);
- a response that starts with a header seen before and continues with raw outputs only becomes
  an InferResponse without decoding that header again; any other response takes the generated
  decoder and `InferResponse.from_grpc`, as before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # annotations only: numpy.typing's import costs ~1 ms of a cold start
    pass

from ._checks import element_count
from ._datatypes import DATATYPES
from ._inference import InferRequest, InferResponse, checked_request, received_response, request_message
from ._parameters import SHARED_MEMORY_PARAMETERS, to_parameters
from ._request_buffer import RequestBuffer
from ._tensor import RequestedOutput, in_shared_memory, own_raw, received_output, tensor_contents
from .protocol import ModelInferRequest, ModelInferRequestInferInputTensor, ModelInferResponse
from .runtime import DecodeError, InvalidInput
from .runtime.wire import ONE_BYTE, payload, read_len, read_varint, skip_field, varint

__all__ = ["InferCodec"]

_RESPONSE = "inference.ModelInferResponse"


def _key(encoded: bytes, value: bytes) -> bytes:
    """The key of a message's only field, from the message's encoding and the field's value."""
    tail = ONE_BYTE[len(value)] + value
    if not encoded.endswith(tail):
        raise AssertionError(f"unexpected encoding {encoded!r} of a field holding {value!r}")
    return encoded[: -len(tail)]


# Field keys, taken from the generated encoders rather than restated here.
_REQUEST_ID_TAG = _key(bytes(ModelInferRequest(id="-")), b"-")
_RAW_INPUT_TAG = _key(bytes(ModelInferRequest(raw_input_contents=[b""])), b"")
_RAW_OUTPUT_TAG = _key(bytes(ModelInferResponse(raw_output_contents=[b""])), b"")
_ID_TAG = _key(bytes(ModelInferResponse(id="-")), b"-")  # the response's
_ID_NUMBER = read_varint(memoryview(_ID_TAG), 0, len(_ID_TAG), _RESPONSE)[0] >> 3


def _raw_field(tag: bytes, tensor: Any) -> tuple[int, bytes]:
    """The byte size a tensor's shape and datatype fix for its raw contents (-1 where they fix
    none: BYTES, an unknown datatype, a bad shape), and the key of its raw contents field, which
    goes with the length where the size is fixed. A size no message can hold (2**63 bytes or more)
    is not fixed either: such a tensor cannot come with its contents, and the long way says so."""
    info = DATATYPES.get(tensor.datatype)
    if info is None or not info.itemsize:
        return -1, tag
    try:
        size = element_count(tensor.shape, tensor.name) * info.itemsize
    except InvalidInput:
        return -1, tag
    if size >> 63:
        return -1, tag
    return size, tag + varint(size)


# A request header: the bytes before the id field, those after it, then per input (size, field key).
# (None for an input in shared memory, which has no raw contents).
_RequestHead = tuple[bytes, bytes, tuple[tuple[int, bytes] | None, ...]]


class _ResponseHead:
    """A decoded response header: everything of a ModelInferResponse but its id and raw outputs.

    A response is `lead`, its id field (if any), `tail`, then the raw outputs: `lead` holds the
    fields numbered below the id's, `tail` the others, and neither holds an id or a raw output.
    """

    __slots__ = (
        "header",
        "header_size",
        "lead",
        "lead_size",
        "model_name",
        "model_version",
        "outputs",
        "parameters",
        "tail",
    )

    def __init__(self, lead: bytes, tail: bytes, response: InferResponse) -> None:
        self.lead = lead
        self.lead_size = len(lead)
        self.tail = tail
        self.header = lead + tail  # the whole header of a response without id
        self.header_size = len(self.header)
        self.model_name = response.model_name
        self.model_version = response.model_version
        self.parameters = response.parameters
        # Per output, what its InferOutput holds, then the key of its raw contents field and the
        # field's size: when the output's shape and datatype fix it, the key goes with the length.
        self.outputs = []
        for o in response.outputs:
            size, key = _raw_field(_RAW_OUTPUT_TAG, o)
            self.outputs.append((o.name, o.datatype, o.shape, o.parameters, key, len(key), size))

    def response(self, data: bytes, pos: int, response_id: str) -> InferResponse | None:
        """A new InferResponse of this header, `response_id` and the raw outputs in `data` from `pos`
        to the end, sharing nothing with another; None unless those bytes are exactly one raw
        contents field per output, of the size its shape and datatype imply where they fix one."""
        end = len(data)
        outputs = []
        view = memoryview(data)
        for name, datatype, shape, parameters, key, key_size, size in self.outputs:
            if not data.startswith(key, pos):
                return None
            start = pos + key_size
            if size >= 0:
                pos = start + size  # past the end when cut short, which the end check below catches
            else:  # a BYTES output (or a shape or datatype that does not fix the size): read the length
                try:
                    start, pos = read_len(view, start, end, _RESPONSE)
                except DecodeError:
                    return None
            # The raw contents as the generated decoder holds them: a view of the reply, whatever the size.
            raw = view[start:pos]
            outputs.append(received_output(name, datatype, shape.copy(), parameters.copy() if parameters else {}, raw))
        if pos != end:
            return None
        parameters = self.parameters.copy() if self.parameters else {}
        return received_response(response_id, self.model_name, self.model_version, outputs, parameters)


def _split(data: bytes, pos: int) -> tuple[int, int, int] | None:
    """(start, end) of the id field (equal where the id would go when absent) and the start of
    the raw outputs of the response from `pos` to the end of `data`; None for a response that
    does not split so (malformed, or fields in an order no encoder writes, which the generated
    decoder alone handles)."""
    view = memoryview(data)
    end = len(data)
    id_start = id_end = -1
    try:
        while pos < end and not data.startswith(_RAW_OUTPUT_TAG, pos):
            start = pos
            key, pos = read_varint(view, pos, end, _RESPONSE)
            pos = skip_field(view, pos, end, key, _RESPONSE)
            number = key >> 3
            if number == _ID_NUMBER and (id_start >= 0 or not data.startswith(_ID_TAG, start)):
                return None  # a second id, an id after later fields, or one of another wire type
            if number >= _ID_NUMBER and id_start < 0:
                id_start, id_end = start, (pos if number == _ID_NUMBER else start)
    except DecodeError:
        return None
    if id_start < 0:
        id_start = id_end = pos
    return id_start, id_end, pos


def _region_of(parameters: dict[str, Any]) -> tuple[Any, ...] | None:
    """(region, byte size, offset) of a tensor's parameters that are only Triton's shared-memory
    ones, and of the types set_shared_memory sets; None for any other parameters."""
    region, size, offset = (parameters.get(name) for name in SHARED_MEMORY_PARAMETERS)
    if region.__class__ is not str or size.__class__ is not int or len(parameters) != 2 + (offset is not None):
        return None
    if offset is not None and offset.__class__ is not int:
        return None
    return (region, size, offset)


class InferCodec:
    """Encodes InferRequests and decodes ModelInferResponses for one client, caching headers.

    Both caches are bounded (they start over when full), and safe to share between threads:
    an entry is complete when stored, never changed, and written and read in single dictionary
    operations.
    """

    MAX_ENTRIES = 1024

    def __init__(self) -> None:
        self._request_heads: dict[tuple[Any, ...], _RequestHead] = {}
        self._response_heads: dict[tuple[bytes, bytes], _ResponseHead] = {}
        self._last: _ResponseHead | None = None
        self._buffer = RequestBuffer()  # large requests are written into it, not allocated anew

    def release_buffer(self) -> None:
        """Drop the kept request buffer (the next large request allocates a new one)."""
        self._buffer.release()

    # -- requests ---------------------------------------------------------------------------

    def encode(self, request: InferRequest) -> bytes:
        """`bytes(request.to_grpc())`, after the same checks; InvalidInput for a bad request."""
        model_name, version, request_id, inputs = checked_request(request)
        if request.parameters or request.reserved:
            return bytes(request.to_grpc())
        # The key lists each input's name, datatype and dims, then None and the name of each
        # requested output: strings, ints and None in an order that reads back one way only.
        # A tensor in shared memory adds the tuple of its region, byte size and offset.
        key: list[Any] = [model_name, version]
        for tensor in inputs:
            if tensor.parameters or tensor.raw_data is None:
                region = _region_of(tensor.parameters)
                if region is None or not in_shared_memory(tensor):
                    return bytes(request.to_grpc())
                key.append(region)
            key.append(tensor.name)
            key.append(tensor.datatype)
            key.extend(tensor.shape)
        for output in request.request_outputs:
            if not isinstance(output, RequestedOutput):
                return bytes(request.to_grpc())
            if output.parameters:
                region = _region_of(output.parameters)
                if region is None:
                    return bytes(request.to_grpc())
                key.append(region)
            key.append(None)
            key.append(output.name)
        frozen = tuple(key)
        head = self._request_heads.get(frozen)
        if head is None:
            head = self._request_head(request, model_name, version)
            if len(self._request_heads) >= self.MAX_ENTRIES:
                self._request_heads.clear()
            self._request_heads[frozen] = head
        lead, tail, fields = head
        parts: list[Any] = [lead, b"", tail]
        total = len(lead) + len(tail)
        for i, tensor in enumerate(inputs):
            field = fields[i]
            if field is None:  # in shared memory: no contents
                continue
            raw = own_raw(tensor)
            size, field_key = field
            # What set_data_from_numpy made, of the size the header's shape and datatype need, goes
            # as it is; anything else is checked (and sized) the long way.
            if raw is None or raw.nbytes != size:
                raw, size = payload(tensor_contents(tensor)[1])
                field_key = _RAW_INPUT_TAG + varint(size)
            parts.append(field_key)
            parts.append(raw)
            total += len(field_key) + size
        if request_id:
            encoded = request_id.encode()
            size = len(encoded)
            parts[1] = _REQUEST_ID_TAG + (ONE_BYTE[size] if size < 0x80 else varint(size)) + encoded
            total += len(parts[1])
        if total < RequestBuffer.MIN_SIZE:
            return b"".join(parts)
        return self._buffer.join(parts, total)

    @staticmethod
    def _request_head(request: InferRequest, model_name: str, version: str) -> _RequestHead:
        """The request's header without id or raw contents, split where the id field goes, and per
        input the byte size its shape and datatype need (-1 where that is not fixed) and the key
        of its raw contents field, with the length when fixed."""
        for tensor in request.inputs:
            tensor_contents(tensor)  # InvalidInput for a bad shape, datatype or size
        fields = [None if in_shared_memory(t) else _raw_field(_RAW_INPUT_TAG, t) for t in request.inputs]
        tensors = [
            ModelInferRequestInferInputTensor(
                t.name, t.datatype, list(t.shape), to_parameters(t.parameters, f"input {t.name!r}"), None
            )
            for t in request.inputs
        ]
        header = bytes(request_message(request, model_name, version, "", tensors, []))
        lead = bytes(ModelInferRequest(model_name, version))  # fields 1 and 2, which precede the id
        if not header.startswith(lead):
            raise AssertionError("the generated encoder no longer writes fields in field-number order")
        return lead, header[len(lead) :], tuple(fields)

    # -- responses --------------------------------------------------------------------------

    def decode(self, data: bytes, start: int = 0) -> InferResponse:
        """`InferResponse.from_grpc(ModelInferResponse.parse(data[start:]))`, the same in every
        respect (a response inside a larger message is decoded where it is, without a copy);
        DecodeError is the only error any bytes can raise."""
        try:
            head = self._last
            if head is not None:
                if data.startswith(head.header, start):  # the last header again, without an id
                    response = head.response(data, start + head.header_size, "")
                    if response is not None:
                        return response
                elif data.startswith(head.lead, start) and data.startswith(_ID_TAG, start + head.lead_size):
                    return self._decode_with_id(head, data, start)
            return self._decode_new(data, start)
        except RecursionError:  # groups nested past the interpreter's limit, in the field walk
            raise DecodeError(_RESPONSE, 0, "messages nested too deeply") from None

    def _decode_with_id(self, head: _ResponseHead, data: bytes, begin: int) -> InferResponse:
        """A response of the last header with an id (which changes from call to call)."""
        at = begin + head.lead_size + len(_ID_TAG)  # the id's length
        size = data[at] if at < len(data) else 0x80
        start = at + 1
        end = start + size
        if size < 0x80 and end <= len(data) and data.startswith(head.tail, end):
            try:
                response_id = data[start:end].decode()
            except UnicodeDecodeError:
                return _decode_whole(data, begin)  # which says where
            response = head.response(data, end + len(head.tail), response_id)
            if response is not None:
                return response
        return self._decode_new(data, begin)

    def _decode_new(self, data: bytes, begin: int) -> InferResponse:
        split = _split(data, begin)
        if split is None:
            return _decode_whole(data, begin)
        id_start, id_end, raw_start = split
        if raw_start == len(data):  # no raw outputs: nothing to gain
            return _decode_whole(data, begin)
        key = (data[begin:id_start], data[id_end:raw_start])
        head = self._response_heads.get(key)
        if head is None:
            message = ModelInferResponse.parse(data[begin:raw_start], packed_as_numpy=True)
            if any(o.contents is not None for o in message.outputs):
                return _decode_whole(data, begin)  # typed and raw outputs mixed: rare, never cached
            head = _ResponseHead(key[0], key[1], InferResponse.from_grpc(message))
            if len(self._response_heads) >= self.MAX_ENTRIES:
                self._response_heads.clear()
            self._response_heads[key] = head
        response_id = ""
        if id_end > id_start:
            try:
                response_id = ModelInferResponse.parse(data[id_start:id_end]).id
            except DecodeError:
                return _decode_whole(data, begin)  # which says where in `data`
        response = head.response(data, raw_start, response_id)
        if response is None:
            return _decode_whole(data, begin)
        self._last = head
        return response


def _decode_whole(data: bytes, begin: int) -> InferResponse:
    body = memoryview(data)[begin:] if begin else data
    return InferResponse.from_grpc(ModelInferResponse.parse(body, packed_as_numpy=True))
