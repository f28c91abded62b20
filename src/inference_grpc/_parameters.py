"""Request, tensor and response parameters: plain Python values <-> the protocol's InferParameter."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np

from ._checks import check_text
from .protocol import InferParameter
from .runtime import InvalidInput

__all__ = ["SHARED_MEMORY_PARAMETERS", "ParameterValue", "from_parameters", "set_shared_memory", "to_parameters"]

ParameterValue = str | bool | int | float

_INT64 = (-(1 << 63), (1 << 63) - 1)
_UINT64_MAX = (1 << 64) - 1


def to_parameters(values: Mapping[str, Any] | None, where: str) -> dict[str, InferParameter]:
    """Plain Python parameter values as protocol parameters (never mutating `values`)."""
    if not values:
        return {}
    out: dict[str, InferParameter] = {}
    for key, value in values.items():
        if not isinstance(key, str):
            raise InvalidInput(f"{where}: parameter names must be str, got {key!r}")
        check_text(key, f"{where}: parameter name")
        if isinstance(value, InferParameter):
            out[key] = value
        elif isinstance(value, (bool, np.bool_)):
            out[key] = InferParameter(bool_param=bool(value))
        elif isinstance(value, (int, np.integer)):
            number = int(value)
            if _INT64[0] <= number <= _INT64[1]:
                out[key] = InferParameter(int64_param=number)
            elif 0 <= number <= _UINT64_MAX:
                out[key] = InferParameter(uint64_param=number)
            else:
                raise InvalidInput(f"{where}: parameter {key!r}={number} does not fit in 64 bits")
        elif isinstance(value, (float, np.floating)):
            out[key] = InferParameter(double_param=float(value))
        elif isinstance(value, str):
            check_text(value, f"{where}: parameter {key!r}")
            out[key] = InferParameter(string_param=value)
        else:
            raise InvalidInput(
                f"{where}: parameter {key!r} must be str, bool, int or float, not {type(value).__name__}"
            )
    return out


def from_parameters(params: Mapping[str, InferParameter]) -> dict[str, ParameterValue]:
    """Protocol parameters as a plain dict of Python values."""
    out: dict[str, ParameterValue] = {}
    for key, p in params.items():
        for value in (p.bool_param, p.int64_param, p.string_param, p.double_param, p.uint64_param):
            if value is not None:
                out[key] = value
                break
    return out


# Triton's parameters of a tensor read from (an input) or written into (an output) a registered
# shared-memory region: the region's name, the tensor's byte size and its offset in the region.
SHARED_MEMORY_PARAMETERS = ("shared_memory_region", "shared_memory_byte_size", "shared_memory_offset")
_REGION, _BYTE_SIZE, _OFFSET = SHARED_MEMORY_PARAMETERS


def set_shared_memory(parameters: dict[str, Any], region_name: Any, byte_size: Any, offset: Any, what: str) -> None:
    """Set Triton's shared-memory parameters in `parameters` (in place), after checking them."""
    if not isinstance(region_name, str) or not region_name:
        raise InvalidInput(f"{what}: region_name must be a non-empty str, got {region_name!r}")
    check_text(region_name, f"{what}: region_name")
    for label, value, low in (("byte_size", byte_size, 1), ("offset", offset, 0)):
        if isinstance(value, bool) or not isinstance(value, (int, np.integer)) or not low <= value < 1 << 63:
            raise InvalidInput(f"{what}: {label} must be an int from {low} to 2**63-1, got {value!r}")
    for key in SHARED_MEMORY_PARAMETERS:
        parameters.pop(key, None)
    parameters[_REGION] = region_name
    parameters[_BYTE_SIZE] = int(byte_size)
    if offset:
        parameters[_OFFSET] = int(offset)
