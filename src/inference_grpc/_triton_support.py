"""What both client flavours share for Triton's methods: argument checks and request building.

Imported on the first call of a Triton method (it loads the Triton variant of the protocol, which
the client's cold start leaves out). Every function checks its arguments and raises InvalidInput,
naming the argument, before anything is sent.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any, Literal

from ._client_support import checked_model_name
from .protocol import ServerMetadataResponse
from .runtime import InvalidInput
from .triton_protocol import (
    LogSettingsRequestSettingValue,
    LogSettingsResponse,
    ModelRepositoryParameter,
    TraceSettingRequestSettingValue,
    TraceSettingResponse,
)

__all__ = [
    "LogValue",
    "RepositoryLayout",
    "TraceValue",
    "checked_name",
    "checked_size",
    "load_parameters",
    "log_request_settings",
    "log_values",
    "repository_layout",
    "trace_request_settings",
    "trace_values",
    "unload_parameters",
]

RepositoryLayout = Literal["triton", "kserve"]
"""How a server reads RepositoryModelLoad/Unload requests: Triton's (and MLServer's) layout puts
`repository_name` at field 1 and `model_name` at field 2, with parameters; KServe's has only
`model_name`, at field 1."""

# Servers known to read Triton's layout, by the name their ServerMetadata answers.
_TRITON_LAYOUT_SERVERS = frozenset({"triton", "mlserver"})

TraceValue = str | int | Sequence[str] | None
"""A trace setting to change: a str (or int) value, a list of values, or None to reset it."""

LogValue = bool | int | str
"""A log setting's value: bool (log_info, ...), int (log_verbose_level) or str (log_format, log_file)."""

_UINT32_MAX = (1 << 32) - 1
_UINT64_MAX = (1 << 64) - 1


def repository_layout(metadata: ServerMetadataResponse) -> RepositoryLayout:
    """The load/unload layout of the server that answered `metadata` (Triton's for Triton and
    MLServer, KServe's for every other server)."""
    return "triton" if metadata.name.strip().lower() in _TRITON_LAYOUT_SERVERS else "kserve"


def load_parameters(
    model_name: str, config: str | Mapping[str, Any] | None, files: Mapping[str, bytes] | None
) -> dict[str, ModelRepositoryParameter]:
    """RepositoryModelLoad's parameters as Triton defines them: `config`, the model configuration
    as JSON, and one `file:<path>` bytes parameter per file of the model's directory."""
    checked_model_name(model_name)
    out: dict[str, ModelRepositoryParameter] = {}
    if config is not None:
        if isinstance(config, Mapping):
            try:
                text = json.dumps(config)
            except (TypeError, ValueError) as exc:
                raise InvalidInput(f"load_model({model_name!r}): config is not JSON-serializable ({exc})") from None
        elif isinstance(config, str):
            text = config
            try:
                json.loads(text)
            except ValueError as exc:
                raise InvalidInput(f"load_model({model_name!r}): config is not valid JSON ({exc})") from None
        else:
            raise InvalidInput(
                f"load_model({model_name!r}): config must be a JSON str or a dict, got {type(config).__name__}"
            )
        out["config"] = ModelRepositoryParameter(string_param=text)
    if files:
        if not isinstance(files, Mapping):
            raise InvalidInput(
                f"load_model({model_name!r}): files must map 'file:<path>' to bytes, got {type(files).__name__}"
            )
        if config is None:
            raise InvalidInput(f"load_model({model_name!r}): files need a config too (Triton requires both)")
        for key, content in files.items():
            if not isinstance(key, str) or not key.startswith("file:") or len(key) == len("file:"):
                raise InvalidInput(f"load_model({model_name!r}): files keys must be 'file:<path>', got {key!r}")
            if not isinstance(content, (bytes, bytearray, memoryview)):
                raise InvalidInput(
                    f"load_model({model_name!r}): files[{key!r}] must be bytes, got {type(content).__name__}"
                )
            out[key] = ModelRepositoryParameter(bytes_param=bytes(content))
    elif files is not None and not isinstance(files, Mapping):
        raise InvalidInput(f"load_model({model_name!r}): files must be a mapping, got {type(files).__name__}")
    return out


def unload_parameters(model_name: str, unload_dependents: bool) -> dict[str, ModelRepositoryParameter]:
    checked_model_name(model_name)
    if not isinstance(unload_dependents, bool):
        raise InvalidInput(f"unload_model({model_name!r}): unload_dependents must be a bool, got {unload_dependents!r}")
    return {"unload_dependents": ModelRepositoryParameter(bool_param=True)} if unload_dependents else {}


def checked_name(value: Any, what: str, *, empty: bool = False) -> str:
    """A region or model name: a str, non-empty unless `empty` (where "" means all of them)."""
    if not isinstance(value, str) or (not value and not empty):
        kind = "a str" if empty else "a non-empty str"
        raise InvalidInput(f"{what} must be {kind}, got {value!r}")
    return value


def checked_size(value: Any, what: str, *, positive: bool = False, limit: int = _UINT64_MAX) -> int:
    """A byte size, offset or device id: an int from 0 (from 1 when `positive`) to `limit`."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidInput(f"{what} must be an int, got {type(value).__name__} {value!r}")
    low = 1 if positive else 0
    if not low <= value <= limit:
        raise InvalidInput(f"{what} must be from {low} to {limit}, got {value}")
    return int(value)


def trace_request_settings(settings: Mapping[str, TraceValue]) -> dict[str, TraceSettingRequestSettingValue]:
    """Trace settings to change, as TraceSetting's request map (None: an empty list, which resets)."""
    if not isinstance(settings, Mapping):
        raise InvalidInput(f"trace settings must be a mapping of names to values, got {type(settings).__name__}")
    out: dict[str, TraceSettingRequestSettingValue] = {}
    for key, value in settings.items():
        checked_name(key, "a trace setting name")
        if value is None:
            values: list[str] = []
        elif isinstance(value, str):
            values = [value]
        elif isinstance(value, int) and not isinstance(value, bool):
            values = [str(value)]
        elif isinstance(value, Sequence) and all(isinstance(v, str) for v in value):
            values = list(value)
        else:
            raise InvalidInput(
                f"trace setting {key!r} must be a str, an int, a list of str or None, got {type(value).__name__}"
            )
        out[key] = TraceSettingRequestSettingValue(value=values)
    return out


def trace_values(response: TraceSettingResponse) -> dict[str, list[str]]:
    return {key: list(value.value) for key, value in sorted(response.settings.items())}


def log_request_settings(settings: Mapping[str, LogValue]) -> dict[str, LogSettingsRequestSettingValue]:
    if not isinstance(settings, Mapping) or not settings:
        raise InvalidInput(f"log settings must be a non-empty mapping of names to values, got {settings!r}")
    out: dict[str, LogSettingsRequestSettingValue] = {}
    for key, value in settings.items():
        checked_name(key, "a log setting name")
        if isinstance(value, bool):
            out[key] = LogSettingsRequestSettingValue(bool_param=value)
        elif isinstance(value, int):
            out[key] = LogSettingsRequestSettingValue(
                uint32_param=checked_size(value, f"log setting {key!r}", limit=_UINT32_MAX)
            )
        elif isinstance(value, str):
            out[key] = LogSettingsRequestSettingValue(string_param=value)
        else:
            raise InvalidInput(f"log setting {key!r} must be a bool, an int or a str, got {type(value).__name__}")
    return out


def log_values(response: LogSettingsResponse) -> dict[str, LogValue]:
    out: dict[str, LogValue] = {}
    for key, value in sorted(response.settings.items()):
        for one in (value.bool_param, value.uint32_param, value.string_param):
            if one is not None:
                out[key] = one
                break
    return out
