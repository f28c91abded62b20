"""Triton's reserved request parameters: sequence, priority and server-side timeout, checked.

Triton reads these request parameters itself (a model never sees them):

| InferRequest attribute | parameter        | wire type    | meaning                                         |
|------------------------|------------------|--------------|-------------------------------------------------|
| `sequence_id`          | `sequence_id`    | int64 / str  | the sequence (correlation id) of a stateful model |
| `sequence_start`       | `sequence_start` | bool         | first request of the sequence                   |
| `sequence_end`         | `sequence_end`   | bool         | last request of the sequence                    |
| `priority`             | `priority`       | uint64       | scheduling priority (1 highest; 0: default) |
| `timeout`              | `timeout`        | int64        | server-side queue timeout, in MICROseconds |

The start and end flags go only with a sequence id (0 and "" mean none), as Triton defines them.
Servers that do not know these names (KServe, MLServer) receive them as ordinary parameters.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np

from ._checks import check_text
from .protocol import InferParameter
from .runtime import InvalidInput

__all__ = ["RESERVED", "ReservedField", "check_reserved", "reserved_parameters", "reserved_values"]

RESERVED = ("sequence_id", "sequence_start", "sequence_end", "priority", "timeout")

_INT64_MAX = (1 << 63) - 1
_UINT64_MAX = (1 << 64) - 1


def _integer(value: Any) -> int | None:
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, (int, np.integer)):
        return None
    return int(value)


def check_reserved(name: str, value: Any) -> Any:
    """`value` as the attribute `name` holds it; InvalidInput naming the field if it is bad."""
    if value is None:
        return None
    if name == "sequence_id":
        if isinstance(value, str):
            check_text(value, "sequence_id")
            return value
        number = _integer(value)
        if number is None or not 0 <= number <= _INT64_MAX:
            raise InvalidInput(
                f"sequence_id must be an int from 0 to 2**63-1 or a str, got {type(value).__name__} {value!r}"
            )
        return number
    if name in ("sequence_start", "sequence_end"):
        if not isinstance(value, (bool, np.bool_)):
            raise InvalidInput(f"{name} must be a bool, got {type(value).__name__} {value!r}")
        return bool(value)
    number = _integer(value)
    limit, unit = (_UINT64_MAX, "") if name == "priority" else (_INT64_MAX, " (microseconds)")
    if number is None or not 0 <= number <= limit:
        bound = "2**64-1" if name == "priority" else "2**63-1"
        raise InvalidInput(f"{name} must be an int from 0 to {bound}{unit}, got {type(value).__name__} {value!r}")
    return number


class ReservedField:
    """An InferRequest attribute holding one reserved parameter, checked when set.

    The values live in the instance's `reserved` dict (attribute -> value, unset ones absent), which
    the encoders read in one step.
    """

    __slots__ = ("name",)

    def __init__(self) -> None:
        self.name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, instance: Any, owner: type | None = None) -> Any:
        if instance is None:
            return self
        return instance.reserved.get(self.name, False if self.name in ("sequence_start", "sequence_end") else None)

    def __set__(self, instance: Any, value: Any) -> None:
        checked = check_reserved(self.name, value)
        if checked is None or checked is False:
            instance.reserved.pop(self.name, None)
        else:
            instance.reserved[self.name] = checked


def _has_sequence(values: Mapping[str, Any]) -> bool:
    sequence_id = values.get("sequence_id")
    return sequence_id is not None and sequence_id != 0 and sequence_id != ""


def reserved_values(values: Mapping[str, Any]) -> dict[str, Any]:
    """The parameters `values` (attribute -> checked value) send, as plain values, in wire order."""
    out: dict[str, Any] = {}
    if _has_sequence(values):
        out["sequence_id"] = values["sequence_id"]
        out["sequence_start"] = bool(values.get("sequence_start"))
        out["sequence_end"] = bool(values.get("sequence_end"))
    else:
        for flag in ("sequence_start", "sequence_end"):
            if values.get(flag):
                raise InvalidInput(f"{flag}=True needs a sequence_id (an int above 0 or a non-empty str)")
    for name in ("priority", "timeout"):
        if values.get(name) is not None:
            out[name] = values[name]
    return out


def reserved_parameters(values: Mapping[str, Any], custom: Mapping[str, Any], where: str) -> dict[str, InferParameter]:
    """The protocol parameters of `values`; InvalidInput when `custom` (the request's own
    parameters) sets one of the same names too."""
    out: dict[str, InferParameter] = {}
    for name, value in reserved_values(values).items():
        if name in custom:
            raise InvalidInput(f"{where}: {name} is set both as an attribute and in parameters")
        if isinstance(value, bool):
            out[name] = InferParameter(bool_param=value)
        elif isinstance(value, str):
            out[name] = InferParameter(string_param=value)
        elif name == "priority":
            out[name] = InferParameter(uint64_param=value)
        else:
            out[name] = InferParameter(int64_param=value)
    return out
