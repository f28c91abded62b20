"""What both flavours of InferenceServerClient share: the native client's constructor arguments,
native inference requests built from tritonclient's arguments, replies as this package's protobuf
messages (or tritonclient's JSON dicts), and native errors as InferenceServerException.

Replies come from the native client as its own (betterproto) messages or plain values; they are
turned into `service_pb2` messages through their bytes, which are the same on the wire.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

import grpc
from google.protobuf.json_format import MessageToJson

from ..._errors import InvalidInput, RpcError
from ..._inference import InferRequest
from ..utils import TRITON_RESERVED_REQUEST_PARAMS, InferenceServerException, raise_error
from . import service_pb2
from ._errors import error_from_grpc
from ._options import KeepAliveOptions

__all__ = [
    "CANCELLED",
    "answer",
    "cancelled_error",
    "channel_arguments",
    "compression_of",
    "log_request",
    "log_response",
    "native_request",
    "pb2",
    "regions_response",
    "trace_request",
    "trace_response",
    "translated",
]

logger = logging.getLogger("inference_grpc")

_RESERVED_PREFIX = "triton_"
CANCELLED = "Locally cancelled by application!"


def channel_arguments(keepalive_options: KeepAliveOptions | None, channel_args: Any) -> list[tuple[str, Any]]:
    """The native client's channel_args: the caller's, copied, when given (tritonclient then ignores
    keepalive_options too), else the keepalive options' (default KeepAliveOptions()). The native
    client adds unlimited message sizes unless they are among them."""
    if channel_args is not None:
        return [tuple(item) for item in channel_args]
    return (keepalive_options or KeepAliveOptions()).channel_options()


def compression_of(algorithm: str | None) -> grpc.Compression | None:
    """tritonclient's compression_algorithm ("deflate", "gzip" or None) as a grpc.Compression."""
    if algorithm is None:
        return None
    known = {"deflate": grpc.Compression.Deflate, "gzip": grpc.Compression.Gzip}.get(str(algorithm).lower())
    if known is None:
        logger.warning("compression_algorithm %r is not supported (deflate, gzip): no compression", algorithm)
        return grpc.Compression.NoCompression
    return known


def _parameters(parameters: Mapping[str, Any] | None) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in (parameters or {}).items():
        if key in TRITON_RESERVED_REQUEST_PARAMS or key.startswith(_RESERVED_PREFIX):
            raise_error(f'Parameter "{key}" is a reserved parameter and cannot be specified.')
        if not isinstance(value, (str, bool, int, float)):
            raise_error(f'The parameter datatype "{type(value)}" for key "{key}" is not supported.')
        out[key] = value
    return out


def native_request(
    model_name: str,
    inputs: Sequence[Any],
    model_version: str = "",
    outputs: Sequence[Any] | None = None,
    request_id: str = "",
    sequence_id: int | str = 0,
    sequence_start: bool = False,
    sequence_end: bool = False,
    priority: int = 0,
    timeout: int | None = None,
    parameters: Mapping[str, Any] | None = None,
    enable_empty_final_response: bool = False,
) -> InferRequest:
    """The native InferRequest of tritonclient's infer arguments: the tensors' native objects, Triton's
    reserved parameters from the arguments (sequence flags only with a sequence id, as tritonclient
    sends them), the user's parameters refused under reserved names."""
    if type(model_version) is not str:
        raise_error("model version must be a string")
    extra = _parameters(parameters)
    if enable_empty_final_response:
        extra["triton_enable_empty_final_response"] = True
    in_sequence = sequence_id != 0 and sequence_id != ""
    try:
        return InferRequest(
            model_name,
            [i.to_native() for i in inputs],
            request_id=request_id or None,
            parameters=extra or None,
            request_outputs=[o.to_native() for o in outputs] if outputs is not None else None,
            model_version=model_version or None,
            sequence_id=sequence_id if in_sequence else None,
            sequence_start=bool(sequence_start) if in_sequence else False,
            sequence_end=bool(sequence_end) if in_sequence else False,
            priority=priority if priority != 0 else None,
            timeout=timeout,
        )
    except InvalidInput as exc:
        raise_error(str(exc))


def pb2(cls: Any, native: Any) -> Any:
    """The `service_pb2` message `cls` of a native message (through its bytes)."""
    return cls.FromString(bytes(native))


def answer(message: Any, as_json: bool) -> Any:
    """The message, or with `as_json` the dict tritonclient makes of it (protobuf's JSON mapping with
    the proto field names: int64 values are strings)."""
    if as_json:
        return json.loads(MessageToJson(message, preserving_proto_field_name=True))
    return message


def cancelled_error(message: str | None = None) -> InferenceServerException:
    """What a call cancelled here ends with, as tritonclient says it."""
    return InferenceServerException(msg=message or CANCELLED, status="StatusCode.CANCELLED")


@contextmanager
def translated() -> Iterator[None]:
    """Native failures as InferenceServerException: gRPC errors with their status strings
    ("StatusCode.NOT_FOUND"), bad arguments (InvalidInput) with their message and no status."""
    try:
        yield
    except RpcError as exc:
        raise error_from_grpc(exc) from None
    except InvalidInput as exc:
        raise InferenceServerException(msg=str(exc)) from None


def trace_response(settings: Mapping[str, Sequence[str]]) -> Any:
    """A TraceSettingResponse of the native client's trace settings (name -> values)."""
    response = service_pb2.TraceSettingResponse()
    for key, values in settings.items():
        response.settings[key].value.extend(values)
    return response


def log_response(settings: Mapping[str, bool | int | str]) -> Any:
    """A LogSettingsResponse of the native client's log settings (bool, uint32 or str values)."""
    response = service_pb2.LogSettingsResponse()
    for key, value in settings.items():
        if isinstance(value, bool):
            response.settings[key].bool_param = value
        elif isinstance(value, int):
            response.settings[key].uint32_param = value
        else:
            response.settings[key].string_param = value
    return response


def regions_response(cls: Any, regions: Mapping[str, Any]) -> Any:
    """A shared-memory status response `cls` of the native client's regions (name -> status)."""
    response = cls()
    for name, status in regions.items():
        response.regions[name].MergeFromString(bytes(status))
    return response


def trace_request(settings: Mapping[str, Any]) -> dict[str, Any]:
    """tritonclient's trace settings as the native client takes them (a value or a list; None resets)."""
    return {k: (v if v is None or isinstance(v, list) else [v]) for k, v in settings.items()}


def log_request(settings: Mapping[str, Any]) -> dict[str, bool | int | str]:
    """tritonclient's log settings as the native client takes them, typed by name as tritonclient
    types them: `log_file` and `log_format` str, `log_verbose_level` uint32, the others bool."""
    out: dict[str, bool | int | str] = {}
    for key, value in settings.items():
        if key in ("log_file", "log_format") or key == "log_verbose_level":
            out[key] = value
        else:
            out[key] = bool(value)
    return out
