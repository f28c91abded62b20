"""Trace and log settings: Triton's TraceSetting and LogSettings RPCs over stored state.

The embedded server keeps these settings and answers with them, as Triton does, but neither
traces requests nor redirects its logging by them (it logs through Python's `logging`, on the
`inference_grpc.server` logger): they exist so that clients and tools that read and write them
work unchanged. Unknown setting names and values of the wrong type are INVALID_ARGUMENT.
"""

from __future__ import annotations

import grpc

from ..triton_protocol import (
    LogSettingsRequest,
    LogSettingsResponse,
    LogSettingsResponseSettingValue,
    TraceSettingRequest,
    TraceSettingResponse,
    TraceSettingResponseSettingValue,
)
from ._status import StatusError

__all__ = ["LOG_DEFAULTS", "TRACE_DEFAULTS", "LogSettings", "TraceSettings"]

LogValue = bool | int | str

LOG_DEFAULTS: dict[str, LogValue] = {
    "log_file": "",
    "log_info": True,
    "log_warning": True,
    "log_error": True,
    "log_verbose_level": 0,
    "log_format": "default",
}

TRACE_DEFAULTS: dict[str, list[str]] = {
    "trace_file": [""],
    "trace_level": ["OFF"],
    "trace_rate": ["1000"],
    "trace_count": ["-1"],
    "log_frequency": ["0"],
    "trace_mode": ["triton"],
}


class LogSettings:
    """The server's log settings."""

    def __init__(self) -> None:
        self.values: dict[str, LogValue] = dict(LOG_DEFAULTS)

    def update(self, changes: dict[str, LogValue]) -> None:
        """Apply every change, or none when one is invalid."""
        for key, value in changes.items():
            default = LOG_DEFAULTS.get(key)
            if default is None:
                raise StatusError(
                    grpc.StatusCode.INVALID_ARGUMENT,
                    f"unknown log setting {key!r}; the settings are {', '.join(LOG_DEFAULTS)}",
                )
            negative = isinstance(value, int) and not isinstance(value, bool) and value < 0
            if type(value) is not type(default) or negative:
                raise StatusError(
                    grpc.StatusCode.INVALID_ARGUMENT,
                    f"log setting {key!r} takes a {type(default).__name__}, got {value!r}",
                )
            if key == "log_format" and value not in ("default", "ISO8601"):
                raise StatusError(
                    grpc.StatusCode.INVALID_ARGUMENT,
                    f"log setting 'log_format' is 'default' or 'ISO8601', got {value!r}",
                )
        self.values.update(changes)

    def answer(self, request: LogSettingsRequest) -> LogSettingsResponse:
        """Apply a LogSettings request's changes; the settings now in effect."""
        changes: dict[str, LogValue] = {}
        for key, setting in request.settings.items():
            value = next(
                (v for v in (setting.bool_param, setting.uint32_param, setting.string_param) if v is not None), None
            )
            if value is None:
                raise StatusError(grpc.StatusCode.INVALID_ARGUMENT, f"log setting {key!r} has no value")
            changes[key] = value
        self.update(changes)
        return LogSettingsResponse(settings={k: _log_value(v) for k, v in self.values.items()})


def _log_value(value: LogValue) -> LogSettingsResponseSettingValue:
    if isinstance(value, bool):
        return LogSettingsResponseSettingValue(bool_param=value)
    if isinstance(value, int):
        return LogSettingsResponseSettingValue(uint32_param=value)
    return LogSettingsResponseSettingValue(string_param=value)


class TraceSettings:
    """The server-wide trace settings and each model's own (a model inherits what it does not set)."""

    def __init__(self) -> None:
        self.server: dict[str, list[str]] = {k: list(v) for k, v in TRACE_DEFAULTS.items()}
        self.models: dict[str, dict[str, list[str]]] = {}

    def of(self, model: str) -> dict[str, list[str]]:
        """The settings in effect for `model` ("" for the server's)."""
        if not model:
            return {k: list(v) for k, v in self.server.items()}
        own = self.models.get(model, {})
        return {k: list(own.get(k, v)) for k, v in self.server.items()}

    def update(self, model: str, changes: dict[str, list[str]]) -> None:
        """Apply every change (an empty value clears: back to the server's, or the default), or none."""
        for key in changes:
            if key not in TRACE_DEFAULTS:
                raise StatusError(
                    grpc.StatusCode.INVALID_ARGUMENT,
                    f"unknown trace setting {key!r}; the settings are {', '.join(TRACE_DEFAULTS)}",
                )
        target = self.models.setdefault(model, {}) if model else self.server
        for key, value in changes.items():
            if value:
                target[key] = list(value)
            elif model:
                target.pop(key, None)
            else:
                target[key] = list(TRACE_DEFAULTS[key])

    def answer(self, request: TraceSettingRequest) -> TraceSettingResponse:
        """Apply a TraceSetting request's changes (of its model, or the server's); the settings now in effect."""
        if request.settings:
            self.update(request.model_name, {k: list(v.value) for k, v in request.settings.items()})
        settings = self.of(request.model_name)
        return TraceSettingResponse(
            settings={k: TraceSettingResponseSettingValue(value=v) for k, v in settings.items()}
        )
