"""Request, tensor and response parameters: plain Python values <-> the protocol's InferParameter."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np

from ._checks import check_text
from .protocol import InferParameter
from .runtime import InvalidInput

__all__ = ["ParameterValue", "from_parameters", "to_parameters"]

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
