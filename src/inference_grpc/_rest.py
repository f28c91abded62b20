"""The REST (JSON) form of requests, responses and tensors, as pure data transforms (no HTTP).

A REST body is a JSON object, optionally followed by binary tensor data (the binary data
extension): then the JSON's length is the `Inference-Header-Content-Length` header, each binary
tensor's JSON carries a `binary_data_size` parameter, and the binary parts follow the JSON in
tensor order. `to_rest()` gives `(dict, None)` when every tensor is in the JSON and
`(body bytes, json length)` otherwise, as kserve's does; `from_bytes()` reads such a body. Binary
tensors read stay zero-copy views of the body; `binary_data_size` is a transport detail and is
neither kept in the tensors' parameters nor taken from them.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from ._checks import datatype_info, flatten
from ._parameters import from_parameters, plain_value, to_parameters
from ._reserved import reserved_parameters, reserved_values
from ._tensor import (
    InferInput,
    InferOutput,
    RequestedOutput,
    attach_contents,
    prefers_json,
    tensor_contents,
    typed_as_raw,
)
from .runtime import InvalidInput

if TYPE_CHECKING:
    from ._inference import InferRequest, InferResponse

    RestForm = tuple[dict[str, Any], None] | tuple[bytes, int]

__all__ = [
    "as_mapping",
    "body_parts",
    "request_from_rest",
    "request_to_rest",
    "response_from_rest",
    "response_to_rest",
    "sends_binary",
    "tensor_from_rest",
    "tensor_to_rest",
]

_SIZE = "binary_data_size"
_NO_JSON = ("FP16",)  # JSON has no half floats: kserve refuses them there, and so do we
_HEADER = "Inference-Header-Content-Length"


def json_parameters(values: Mapping[str, Any] | None, where: str, tensor: bool = False) -> dict[str, Any]:
    """Parameters as JSON values (checked as for gRPC); a tensor's without `binary_data_size`."""
    out: dict[str, Any] = {}
    for key, p in to_parameters(values, where).items():
        if tensor and key == _SIZE:
            continue
        for field in ("bool_param", "int64_param", "string_param", "double_param", "uint64_param"):
            value = getattr(p, field)
            if value is not None:
                out[key] = value
                break
    return out


def _json_data(tensor: InferInput | InferOutput, as_given: bool) -> list[Any]:
    """A tensor's values as JSON holds them: a typed list as given (nested or not) when
    `as_given` (requests: kserve sends those as given), else the values flattened in row-major
    order (responses: kserve flattens them); BYTES as UTF-8 text."""
    info = datatype_info(tensor.datatype, tensor.name)
    if info.name in _NO_JSON:
        raise InvalidInput(
            f"tensor {tensor.name!r}: {info.name} data cannot go in JSON; send it binary "
            "(set_data_from_numpy(..., binary_data=True))"
        )
    data = tensor.data
    if as_given and tensor.raw_data is None and isinstance(data, list) and info.name != "BYTES":
        tensor_contents(tensor)  # the count, types and ranges, as for gRPC
        flat = flatten(data) if data and isinstance(data[0], (list, tuple)) else data
        if not any(isinstance(x, np.generic) for x in flat):
            return list(data)
    values = tensor.as_numpy().reshape(-1)
    if info.name != "BYTES":
        if info.name == "BF16":
            values = values.astype(np.float32)
        return list(values.tolist())
    out = []
    for item in values.tolist():
        if isinstance(item, str):
            out.append(item)
            continue
        try:
            out.append(bytes(item).decode("utf-8"))
        except UnicodeDecodeError:
            raise InvalidInput(
                f"tensor {tensor.name!r}: BYTES element {bytes(item)[:20]!r} is not UTF-8 text, which JSON "
                "needs; send it binary"
            ) from None
    return out


def _binary(tensor: InferInput | InferOutput) -> bytes:
    """A tensor's values as the bytes of its binary part."""
    _contents, raw = tensor_contents(tensor)
    if raw is None:
        raw = typed_as_raw(tensor)
    return raw.tobytes() if isinstance(raw, np.ndarray) else bytes(raw)


def tensor_to_rest(
    tensor: InferInput | InferOutput, binary: bool, as_given: bool = True
) -> tuple[dict[str, Any], bytes | None]:
    """(JSON object, binary part or None) of one tensor; typed lists as given, or flattened."""
    out: dict[str, Any] = {"name": tensor.name, "shape": list(tensor.shape), "datatype": tensor.datatype}
    parameters = json_parameters(tensor.parameters, f"tensor {tensor.name!r}", tensor=True)
    raw = None
    if binary:
        raw = _binary(tensor)
        parameters[_SIZE] = len(raw)
    if parameters:
        out["parameters"] = parameters
    if raw is None:
        out["data"] = _json_data(tensor, as_given)
    return out, raw


def sends_binary(tensor: InferInput | InferOutput) -> bool:
    """Whether a request's to_rest() sends the tensor binary: when its data is raw (set with
    set_data_from_numpy(binary_data=True) or received so), as kserve's does."""
    return tensor.raw_data is not None and not prefers_json(tensor)


def rest_body(head: dict[str, Any], raws: Sequence[bytes]) -> RestForm:
    """kserve's to_rest() result: the dict alone, or the JSON bytes and binary parts with the JSON's length."""
    if not raws:
        return head, None
    try:
        text = json.dumps(head, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode()
    except ValueError:  # the one thing json.dumps refuses in what we built: NaN and infinities
        raise InvalidInput(
            "JSON has no NaN or Infinity: send the float tensors that hold them binary (binary_data=True)"
        ) from None
    return b"".join([text, *raws]), len(text)


def request_to_rest(request: InferRequest) -> RestForm:
    """kserve's InferRequest.to_rest(): raw inputs binary, typed ones in the JSON; a request
    without an id gets a new uuid4, as kserve's does."""
    from ._inference import checked_request

    model_name, _version, _id, inputs = checked_request(request)
    tensors, raws = [], []
    for tensor in inputs:
        obj, raw = tensor_to_rest(tensor, sends_binary(tensor))
        tensors.append(obj)
        if raw is not None:
            raws.append(raw)
    head: dict[str, Any] = {"id": request.id or str(uuid.uuid4()), "model_name": model_name, "inputs": tensors}
    outputs = []
    for o in request.request_outputs:
        if not isinstance(o, RequestedOutput):
            raise InvalidInput(f"request_outputs must be RequestedOutput objects, got {type(o).__name__}")
        wanted: dict[str, Any] = {"name": o.name}
        parameters = json_parameters(o.parameters, f"requested output {o.name!r}")
        if parameters:
            wanted["parameters"] = parameters
        outputs.append(wanted)
    if outputs:
        head["outputs"] = outputs
    parameters = json_parameters(request.parameters, f"request to {model_name!r}")
    if request.reserved:  # Triton's sequence, priority and timeout parameters, as on gRPC
        reserved_parameters(request.reserved, parameters, f"request to {model_name!r}")  # the checks
        parameters.update(reserved_values(request.reserved))
    if parameters:
        head["parameters"] = parameters
    return rest_body(head, raws)


def response_to_rest(response: InferResponse) -> RestForm:
    """kserve's InferResponse.to_rest(): outputs binary when `use_binary_outputs`; with
    `requested_outputs`, those outputs in their order, each binary when its `binary_data`
    parameter says so (when it has none, as `use_binary_outputs` says: kserve sends it in the JSON)."""
    default = bool(response.use_binary_outputs)
    chosen = []
    if response.requested_outputs:
        for wanted in response.requested_outputs:
            found = response.get_output_by_name(wanted.name)
            if found is None:
                raise InvalidInput(
                    f"requested output {wanted.name!r} is not an output of this response of {response.model_name!r}"
                )
            binary = plain_value(wanted.parameters.get("binary_data", default))
            if not isinstance(binary, bool):
                raise InvalidInput(f"requested output {wanted.name!r}: 'binary_data' must be a bool, got {binary!r}")
            chosen.append((found, binary))
    else:
        chosen = [(o, default) for o in response.outputs]
    tensors, raws = [], []
    for output, binary in chosen:
        obj, raw = tensor_to_rest(output, binary, as_given=False)
        tensors.append(obj)
        if raw is not None:
            raws.append(raw)
    head: dict[str, Any] = {
        "id": response.id,
        "model_name": response.model_name,
        "model_version": response.model_version,
        "outputs": tensors,
    }
    parameters = json_parameters(response.parameters, "response")
    if parameters:
        head["parameters"] = parameters
    return rest_body(head, raws)


# -- reading ----------------------------------------------------------------------------------------------


def body_parts(body: Any, json_length: int | str | None, what: str) -> tuple[dict[str, Any], memoryview]:
    """(the JSON object, the binary data after it) of a REST body; `json_length` is the
    Inference-Header-Content-Length header (an int or the header's text), None for a body all JSON."""
    if isinstance(body, str):
        body = body.encode()
    try:
        view = memoryview(body).cast("B")
    except TypeError:
        raise InvalidInput(f"{what}: a REST body must be bytes, not {type(body).__name__}") from None
    size = len(view)
    if json_length is None:
        length = size
    elif isinstance(json_length, str) and json_length.strip().isdigit():
        length = int(json_length)
    elif isinstance(json_length, int) and not isinstance(json_length, bool):
        length = json_length
    else:
        raise InvalidInput(f"{what}: {_HEADER} must be a non-negative integer, got {json_length!r}")
    if not 0 <= length <= size:
        raise InvalidInput(f"{what}: {_HEADER} {length} is outside the body's {size} bytes")
    try:
        head = json.loads(bytes(view[:length]))
    except (UnicodeDecodeError, ValueError) as exc:
        raise InvalidInput(f"{what}: the JSON part is not valid JSON ({exc})") from None
    if not isinstance(head, dict):
        raise InvalidInput(f"{what}: the JSON part must be an object, got {type(head).__name__}")
    return head, view[length:]


def _field(obj: Mapping[str, Any], key: str, kind: type | tuple[type, ...], where: str, default: Any = ...) -> Any:
    value = obj.get(key, default)
    if value is ...:
        raise InvalidInput(f"{where}: '{key}' is missing")
    if value is default:
        return value
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
        names = kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)
        raise InvalidInput(f"{where}: '{key}' must be {names}, got {type(value).__name__} {value!r}")
    return value


def _parameters(obj: Mapping[str, Any], where: str, tensor: bool = False) -> dict[str, Any]:
    given = _field(obj, "parameters", dict, where, None)
    if not given:
        return {}
    return from_parameters(to_parameters({k: v for k, v in given.items() if not tensor or k != _SIZE}, where))


def tensor_from_rest(cls: type[Any], obj: Any, binary: memoryview | None, pos: int, where: str) -> tuple[Any, int]:
    """(tensor, position after its binary part) of one tensor's JSON object; its binary part,
    when it has one, read from `binary` at `pos` (None: the body has no binary data)."""
    if not isinstance(obj, Mapping):
        raise InvalidInput(f"{where}: each tensor must be a JSON object, got {type(obj).__name__}")
    name = _field(obj, "name", str, where)
    where = f"{where}: tensor {name!r}"
    shape = _field(obj, "shape", (list, tuple), where)
    datatype = _field(obj, "datatype", str, where)
    given = _field(obj, "parameters", dict, where, None) or {}
    tensor = cls(name, shape, datatype, parameters=_parameters(obj, where, tensor=True))
    data = obj.get("data")
    if data is not None:
        if datatype in _NO_JSON:
            raise InvalidInput(f"{where}: {datatype} data cannot come in JSON; send it binary")
        if not isinstance(data, list):
            raise InvalidInput(f"{where}: 'data' must be a list, got {type(data).__name__}")
        tensor.data = data
        return tensor, pos
    if _SIZE not in given:
        raise InvalidInput(f"{where}: neither 'data' nor a '{_SIZE}' parameter")
    size = given[_SIZE]
    if not isinstance(size, int) or isinstance(size, bool) or size < 0:
        raise InvalidInput(f"{where}: '{_SIZE}' must be a non-negative integer, got {size!r}")
    if binary is None:
        raise InvalidInput(f"{where}: has binary data ('{_SIZE}' {size}), which a JSON object cannot hold")
    if pos + size > len(binary):
        raise InvalidInput(f"{where}: '{_SIZE}' {size} goes past the body's end ({len(binary) - pos} bytes left)")
    attach_contents(tensor, binary[pos : pos + size], None)
    return tensor, pos + size


def requested_from_rest(obj: Mapping[str, Any], where: str) -> list[RequestedOutput]:
    given = _field(obj, "outputs", list, where, None)
    out = []
    for item in given or []:
        if not isinstance(item, Mapping):
            raise InvalidInput(f"{where}: each requested output must be a JSON object, got {type(item).__name__}")
        name = _field(item, "name", str, f"{where}: requested output")
        out.append(RequestedOutput(name, _parameters(item, f"{where}: requested output {name!r}")))
    return out


def _tensors(
    cls: type[InferInput] | type[InferOutput], head: Mapping[str, Any], binary: memoryview | None, where: str
) -> list[Any]:
    key = "inputs" if cls is InferInput else "outputs"
    pos, out = 0, []
    for obj in _field(head, key, list, where):
        tensor, pos = tensor_from_rest(cls, obj, binary, pos, where)
        out.append(tensor)
    if binary is not None and pos != len(binary):
        raise InvalidInput(f"{where}: {len(binary) - pos} bytes after the last tensor's binary data")
    return out


def request_from_rest(
    cls: type[InferRequest], head: Mapping[str, Any], binary: memoryview | None, model_name: str | None
) -> InferRequest:
    """An InferRequest of a REST request's JSON object (and binary data); the model named by
    `model_name` (the url's), else by the object's "model_name"."""
    where = "REST request"
    if not isinstance(head, Mapping):
        raise InvalidInput(f"{where}: must be a JSON object, got {type(head).__name__}")
    if model_name is None:
        model_name = _field(head, "model_name", str, where)
    inputs = _tensors(InferInput, head, binary, where)
    return cls(
        model_name,
        inputs,
        request_id=_field(head, "id", str, where, None),
        parameters=_parameters(head, where),
        request_outputs=requested_from_rest(head, where),
    )


def response_from_rest(cls: type[InferResponse], head: Mapping[str, Any], binary: memoryview | None) -> InferResponse:
    """An InferResponse of a REST response's JSON object (and binary data)."""
    where = "REST response"
    if not isinstance(head, Mapping):
        raise InvalidInput(f"{where}: must be a JSON object, got {type(head).__name__}")
    outputs = _tensors(InferOutput, head, binary, where)
    return cls(
        _field(head, "id", str, where, None),
        _field(head, "model_name", str, where),
        outputs,
        model_version=_field(head, "model_version", str, where, None),
        parameters=_parameters(head, where),
    )


def as_mapping(request: Any) -> Mapping[str, Any]:
    """A REST request object as a mapping: a dict as it is, a pydantic model (kserve's
    InferenceRequest) through model_dump()."""
    if isinstance(request, Mapping):
        return request
    dump = getattr(request, "model_dump", None)
    if callable(dump):
        dumped = dump()
        if isinstance(dumped, Mapping):
            return dumped
    raise InvalidInput(f"expected a REST InferenceRequest (a pydantic model or a dict), got {type(request).__name__}")
