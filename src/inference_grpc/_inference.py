"""InferRequest and InferResponse: a model's inputs and outputs, <-> ModelInferRequest and ModelInferResponse.

Names and constructors follow KServe's, so code written for KServe runs unchanged.

Why one long module: kserve puts its REST and DataFrame methods on these two classes; here
they are short wrappers of _rest.py and _frames.py, imported on first call.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TypeVar

import numpy as np

from ._checks import check_text
from ._foreign import from_protobuf
from ._parameters import ParameterValue, from_parameters, plain_value, to_parameters
from ._reserved import ReservedField, reserved_parameters, reserved_values
from ._tensor import (
    InferInput,
    InferOutput,
    RequestedOutput,
    attach_contents,
    received_output,
    tensor_contents,
    typed_as_raw,
    with_raw,
)
from .protocol import (
    ModelInferRequest,
    ModelInferRequestInferInputTensor,
    ModelInferRequestInferRequestedOutputTensor,
    ModelInferResponse,
    ModelInferResponseInferOutputTensor,
)
from .runtime import InvalidInput

__all__ = ["InferRequest", "InferResponse", "checked_request", "received_response", "request_message"]


class InferRequest:
    """An inference request for one model (`from_grpc` is taken where KServe has it, and unused).

    The keyword-only arguments, also attributes, are Triton's reserved request parameters, checked
    when set (InvalidInput naming the field) and sent as Triton defines them: `sequence_id` (an int
    from 0 or a str; 0 and "" mean none), `sequence_start` and `sequence_end` (sent only with a
    sequence id), `priority` (0 to 2**64-1) and `timeout`, Triton's server-side queue timeout in
    microseconds (not the call's deadline, which is the client methods' `timeout` in seconds).
    """

    sequence_id = ReservedField()
    sequence_start = ReservedField()
    sequence_end = ReservedField()
    priority = ReservedField()
    timeout = ReservedField()

    def __init__(
        self,
        model_name: str,
        infer_inputs: Sequence[InferInput],
        request_id: str | None = None,
        raw_inputs: Sequence[Any] | None = None,
        from_grpc: bool | None = False,
        parameters: Mapping[str, ParameterValue] | None = None,
        request_outputs: Sequence[RequestedOutput] | None = None,
        model_version: str | None = None,
        *,
        sequence_id: int | str | None = None,
        sequence_start: bool = False,
        sequence_end: bool = False,
        priority: int | None = None,
        timeout: int | None = None,
    ) -> None:
        self.reserved: dict[str, Any] = {}  # the reserved parameters that are set (see ReservedField)
        if sequence_id is not None:
            self.sequence_id = sequence_id
        if sequence_start:
            self.sequence_start = sequence_start
        if sequence_end:
            self.sequence_end = sequence_end
        if priority is not None:
            self.priority = priority
        if timeout is not None:
            self.timeout = timeout
        self.model_name = model_name
        self.id = request_id
        self.inputs = list(infer_inputs)
        self.parameters: dict[str, Any] = dict(parameters) if parameters else {}
        self.request_outputs = list(request_outputs) if request_outputs else []
        self.model_version = model_version
        if raw_inputs:
            self.inputs = with_raw(self.inputs, raw_inputs, "inputs")

    # Set by from_grpc(): whether the request came over gRPC with raw inputs (None: not from gRPC).
    _grpc_raw: bool | None = None

    @property
    def use_binary_outputs(self) -> bool:
        """Whether the response should carry its outputs binary, as kserve decides it: for a
        request read by from_grpc(), whether its inputs came raw; otherwise (REST) whether its
        `binary_data_output` parameter is true."""
        if self._grpc_raw is not None:
            return self._grpc_raw
        return plain_value(self.parameters.get("binary_data_output", False)) is True

    def get_input_by_name(self, name: str) -> InferInput | None:
        return next((i for i in self.inputs if i.name == name), None)

    def to_grpc(self) -> ModelInferRequest:
        """The generated ModelInferRequest, after checking every input."""
        model_name, version, request_id, inputs = checked_request(self)
        tensors = []
        raws = []
        typed = carried = 0  # inputs with typed contents, inputs with contents (not in shared memory)
        for tensor in inputs:
            contents, raw = tensor_contents(tensor)
            params = tensor.parameters
            # Positional arguments, in the proto's field order: keywords cost twice as much here.
            tensors.append(
                ModelInferRequestInferInputTensor(
                    tensor.name,  # name
                    tensor.datatype,  # datatype
                    list(tensor.shape),  # shape
                    to_parameters(params, f"input {tensor.name!r}") if params else {},  # parameters
                    contents,  # contents
                )
            )
            raws.append(raw)
            if contents is not None:
                typed += 1
            if raw is not None or contents is not None:
                carried += 1
        if 0 < typed < carried:
            # The protocol forbids mixing raw and typed inputs: send the typed ones raw too.
            for i, tensor in enumerate(self.inputs):
                if tensors[i].contents is not None:
                    raws[i] = typed_as_raw(tensor)
                    tensors[i].contents = None
            typed = 0
        if carried < len(tensors):  # inputs in shared memory have no raw contents (the server reads
            raws = [raw for raw in raws if raw is not None]  # the others' in order)
        return request_message(self, model_name, version, request_id, tensors, raws if not typed else [])

    @classmethod
    def from_grpc(cls, request: ModelInferRequest) -> InferRequest:
        """Build from a generated ModelInferRequest (what a server receives), or from protobuf's
        (kserve's `ModelInferRequest`, say)."""
        if not isinstance(request, ModelInferRequest):
            request = _ours(request, ModelInferRequest, "inference.ModelInferRequest")
        raws = request.raw_input_contents
        inputs = []
        for i, t in enumerate(request.inputs):
            tensor = InferInput(t.name, t.shape, t.datatype, parameters=from_parameters(t.parameters))
            attach_contents(tensor, raws[i] if i < len(raws) else None, t.contents)
            inputs.append(tensor)
        made = cls(
            request.model_name,
            inputs,
            request_id=request.id or None,
            parameters=from_parameters(request.parameters),
            request_outputs=[RequestedOutput(o.name, from_parameters(o.parameters)) for o in request.outputs],
            model_version=request.model_version or None,
            from_grpc=True,
        )
        made._grpc_raw = bool(raws)
        return made

    def to_rest(self) -> tuple[dict[str, Any], None] | tuple[bytes, int]:
        """The REST form, as kserve's: `(dict, None)` when every input is in the JSON, else
        `(body, json_length)` with raw inputs as binary parts (json_length is the
        Inference-Header-Content-Length). A request without an id gets a new uuid4."""
        from ._rest import request_to_rest

        return request_to_rest(self)

    @classmethod
    def from_rest(cls, request: Mapping[str, Any], model_name: str | None = None) -> InferRequest:
        """From a REST request's JSON object (the model: `model_name`, else the object's)."""
        from ._rest import request_from_rest

        return request_from_rest(cls, request, None, model_name)

    @classmethod
    def from_bytes(cls, req_bytes: bytes, json_length: int | str | None, model_name: str | None = None) -> InferRequest:
        """From a REST request body: `json_length` bytes of JSON (the Inference-Header-Content-Length;
        None for a body all JSON), then the binary inputs, kept as zero-copy views of the body."""
        from ._rest import body_parts, request_from_rest

        head, binary = body_parts(req_bytes, json_length, "REST request")
        return request_from_rest(cls, head, binary, model_name)

    @classmethod
    def from_inference_request(cls, request: Any, model_name: str) -> InferRequest:
        """From kserve's REST `InferenceRequest` model (any pydantic model of that shape) or a dict."""
        from ._rest import as_mapping, request_from_rest

        return request_from_rest(cls, as_mapping(request), None, model_name)

    def as_dataframe(self) -> Any:
        """The inputs as a pandas DataFrame, a column each (needs `inference-grpc[pandas]`)."""
        from ._frames import as_dataframe

        return as_dataframe(self.inputs)

    @classmethod
    def from_dataframe(
        cls, dataframe: Any, model_name: str, request_id: str | None = None, binary_data: bool = True
    ) -> InferRequest:
        """A request with an input of shape [rows] per column of a pandas DataFrame."""
        from ._frames import tensors_of

        return cls(model_name, tensors_of(InferInput, dataframe, binary_data), request_id=request_id)

    def __repr__(self) -> str:
        return f"InferRequest(model_name={self.model_name!r}, id={self.id!r}, inputs={self.inputs!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, InferRequest):
            return NotImplemented
        return _fields(self) == _fields(other) and self.request_outputs == other.request_outputs

    __hash__ = None  # type: ignore[assignment]


def checked_request(request: InferRequest) -> tuple[str, str, str, list[InferInput]]:
    """(model_name, model_version, id) as the wire carries them, and the inputs, after checking them."""
    model_name = request.model_name
    if not isinstance(model_name, str) or not model_name:
        raise InvalidInput(f"model_name must be a non-empty str, got {model_name!r}")
    version, request_id = request.model_version, request.id
    if version is not None and not isinstance(version, str):
        raise InvalidInput(f"model_version must be a str, got {type(version).__name__} {version!r}")
    if request_id is not None and not isinstance(request_id, str):
        raise InvalidInput(f"request_id must be a str, got {type(request_id).__name__} {request_id!r}")
    if not model_name.isascii():  # the usual case checked inline: this runs on every infer()
        check_text(model_name, "model_name")
    if version and not version.isascii():
        check_text(version, "model_version")
    if request_id and not request_id.isascii():
        check_text(request_id, "request_id")
    inputs = request.inputs
    if not inputs:
        raise InvalidInput(f"request for model {model_name!r} has no inputs")
    for tensor in inputs:
        if not isinstance(tensor, InferInput):
            raise InvalidInput(f"inputs must be InferInput objects, got {type(tensor).__name__}")
    if len(inputs) > 1:
        names = [t.name for t in inputs]
        if len(set(names)) != len(names):
            twice = next(n for n in names if names.count(n) > 1)
            raise InvalidInput(f"input {twice!r} appears twice")
    return model_name, version or "", request_id or "", inputs


def request_message(
    request: InferRequest, model_name: str, version: str, request_id: str, tensors: list[Any], raws: list[Any]
) -> ModelInferRequest:
    """The ModelInferRequest of `request` with these checked fields, input tensors and raw contents."""
    outputs = []
    for o in request.request_outputs:
        if not isinstance(o, RequestedOutput):
            raise InvalidInput(f"request_outputs must be RequestedOutput objects, got {type(o).__name__}")
        outputs.append(
            ModelInferRequestInferRequestedOutputTensor(
                name=o.name,
                parameters=to_parameters(o.parameters, f"requested output {o.name!r}") if o.parameters else {},
            )
        )
    parameters = to_parameters(request.parameters, f"request to {model_name!r}") if request.parameters else {}
    if request.reserved:
        parameters.update(reserved_parameters(request.reserved, parameters, f"request to {model_name!r}"))
    return ModelInferRequest(
        model_name,  # model_name
        version,  # model_version
        request_id,  # id
        parameters,  # parameters
        tensors,  # inputs
        outputs,  # outputs
        raws,  # raw_input_contents
    )


class InferResponse:
    """The result of an inference: outputs plus the response's id, model and parameters.

    `from_grpc` is taken where KServe has it, and unused. `use_binary_outputs` and
    `requested_outputs` are for servers, as kserve's: to_rest() sends outputs binary when
    `use_binary_outputs` (to_grpc() sends them all raw), and with `requested_outputs` only those,
    each binary as its `binary_data` parameter says (by default as `use_binary_outputs` says).
    """

    use_binary_outputs = False  # class defaults: decoders build responses without __init__
    requested_outputs: list[RequestedOutput] | None = None

    def __init__(
        self,
        response_id: str,
        model_name: str,
        infer_outputs: Sequence[InferOutput],
        model_version: str | None = None,
        raw_outputs: Sequence[Any] | None = None,
        from_grpc: bool | None = False,
        parameters: Mapping[str, ParameterValue] | None = None,
        use_binary_outputs: bool | None = False,
        requested_outputs: Sequence[RequestedOutput] | None = None,
    ) -> None:
        self.id = response_id
        self.model_name = model_name
        self.model_version = model_version
        self.outputs = list(infer_outputs)
        self.parameters: dict[str, Any] = dict(parameters) if parameters else {}
        self.use_binary_outputs = bool(use_binary_outputs)
        self.requested_outputs = list(requested_outputs) if requested_outputs else None
        if raw_outputs:
            self.outputs = with_raw(self.outputs, raw_outputs, "outputs")

    @classmethod
    def from_grpc(cls, response: ModelInferResponse) -> InferResponse:
        """Build from a generated ModelInferResponse (or protobuf's); raw outputs stay zero-copy views.

        Never raises for an output's datatype or contents (a BF16 or unknown output does not
        break the response); problems surface when that output's as_numpy() is called.
        """
        if not isinstance(response, ModelInferResponse):  # protobuf's (kserve's, tritonclient's)
            response = _ours(response, ModelInferResponse, "inference.ModelInferResponse")
        if cls is not InferResponse:  # a subclass may set more in its __init__
            plain = InferResponse.from_grpc(response)
            return cls(plain.id, plain.model_name, plain.outputs, plain.model_version, None, True, plain.parameters)
        raws = response.raw_output_contents
        outputs = []
        count = len(raws)
        for i, t in enumerate(response.outputs):
            shape = t.shape
            out = received_output(
                t.name,
                t.datatype,
                shape.tolist() if isinstance(shape, np.ndarray) else list(shape),
                from_parameters(t.parameters) if t.parameters else {},
                raws[i] if i < count else None,  # raw: the usual case
            )
            if i >= count:
                attach_contents(out, None, t.contents)
            outputs.append(out)
        return received_response(
            response.id,
            response.model_name,
            response.model_version or None,
            outputs,
            from_parameters(response.parameters) if response.parameters else {},
        )

    def to_grpc(self) -> ModelInferResponse:
        """The generated ModelInferResponse (for servers)."""
        tensors = []
        raws = []
        for tensor in self.outputs:
            contents, raw = tensor_contents(tensor)
            tensors.append(
                ModelInferResponseInferOutputTensor(
                    name=tensor.name,
                    datatype=tensor.datatype,
                    shape=list(tensor.shape),
                    parameters=to_parameters(tensor.parameters, f"output {tensor.name!r}"),
                    contents=contents,
                )
            )
            raws.append(raw)
        if any(r is None for r in raws) and (self.use_binary_outputs or not all(r is None for r in raws)):
            for i, tensor in enumerate(self.outputs):
                if raws[i] is None:
                    raws[i] = typed_as_raw(tensor)
                    tensors[i].contents = None
        return ModelInferResponse(
            model_name=self.model_name,
            model_version=self.model_version or "",
            id=self.id or "",
            parameters=to_parameters(self.parameters, "response"),
            outputs=tensors,
            raw_output_contents=[] if all(r is None for r in raws) else raws,
        )

    @property
    def final(self) -> bool:
        """Whether this is the last response to its request: False only when the server says so.

        On a stream, Triton marks every response with `triton_final_response` (kept in
        `parameters` too); a decoupled model's responses are not final, and the one that ends a
        request is final (with `triton_enable_empty_final_response` set on the request, Triton
        sends an empty final response when the model ends a request without one). A response that
        carries no such mark (unary calls, MLServer's and KServe's replies) is final.
        """
        return plain_value(self.parameters.get("triton_final_response")) is not False

    def to_rest(self) -> tuple[dict[str, Any], None] | tuple[bytes, int]:
        """The REST form, as kserve's: `(dict, None)` when every output is in the JSON, else
        `(body, json_length)` with the binary outputs after the JSON."""
        from ._rest import response_to_rest

        return response_to_rest(self)

    @classmethod
    def from_rest(cls, response: Mapping[str, Any]) -> InferResponse:
        """From a REST response's JSON object."""
        from ._rest import response_from_rest

        return response_from_rest(cls, response, None)

    @classmethod
    def from_bytes(cls, res_bytes: bytes, json_length: int | str | None) -> InferResponse:
        """From a REST response body: `json_length` bytes of JSON (the Inference-Header-Content-Length;
        None for a body all JSON), then the binary outputs, kept as zero-copy views of the body."""
        from ._rest import body_parts, response_from_rest

        head, binary = body_parts(res_bytes, json_length, "REST response")
        return response_from_rest(cls, head, binary)

    def as_dataframe(self) -> Any:
        """The outputs as a pandas DataFrame, a column each (needs `inference-grpc[pandas]`)."""
        from ._frames import as_dataframe

        return as_dataframe(self.outputs)

    @classmethod
    def from_dataframe(
        cls,
        dataframe: Any,
        model_name: str,
        response_id: str | None = None,
        use_binary_outputs: bool = False,
    ) -> InferResponse:
        """A response with an output of shape [rows] per column of a pandas DataFrame (what
        kserve's model server makes of a model's DataFrame result)."""
        from ._frames import tensors_of

        outputs = tensors_of(InferOutput, dataframe, use_binary_outputs)
        return cls(response_id or "", model_name, outputs, use_binary_outputs=use_binary_outputs)

    def get_output_by_name(self, name: str) -> InferOutput | None:
        return next((o for o in self.outputs if o.name == name), None)

    def __repr__(self) -> str:
        return f"InferResponse(model_name={self.model_name!r}, id={self.id!r}, outputs={self.outputs!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, InferResponse):
            return NotImplemented
        return _fields(self) == _fields(other)

    __hash__ = None  # type: ignore[assignment]


def received_response(
    response_id: str, model_name: str, model_version: str | None, outputs: list[InferOutput], parameters: dict[str, Any]
) -> InferResponse:
    """An InferResponse of received outputs, as decoders build them: without __init__, which
    would copy the outputs and parameters it is given."""
    response = _new(InferResponse)
    response.id = response_id
    response.model_name = model_name
    response.model_version = model_version
    response.outputs = outputs
    response.parameters = parameters
    return response


_new = object.__new__
_M = TypeVar("_M")


def _ours(message: object, message_type: type[_M], expected: str) -> _M:
    converted = from_protobuf(message, message_type, expected)
    if converted is None:
        raise InvalidInput(f"from_grpc() takes a {expected} message, not {type(message).__name__}")
    return converted


def _fields(message: InferRequest | InferResponse) -> tuple[Any, ...]:
    """What equality compares: an unset id or version equals an empty one, as on the wire, and
    a reserved parameter set as an attribute equals the same one in `parameters`."""
    tensors: list[Any]
    if isinstance(message, InferRequest):
        tensors, parameters = message.inputs, message.parameters
        if message.reserved:
            parameters = {**parameters, **reserved_values(message.reserved)}
    else:
        tensors, parameters = message.outputs, message.parameters
    return (message.model_name, message.model_version or "", message.id or "", parameters, tensors)
