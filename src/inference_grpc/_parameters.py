"""Request, tensor and response parameters: plain Python values <-> the protocol's InferParameter.

Received parameters (from_grpc, the client's replies, from_rest) are plain values that also read
the kserve way. kserve hands out protobuf `InferParameter`s, so kserve code writes
`response.parameters["x"].string_param` or `p.WhichOneof("parameter_choice")`, while code written
for plain values writes `response.parameters["x"] == "abc"`. Each received value is a subclass of
the plain type (`StringParameter` is a `str`, `Int64Parameter` and `UInt64Parameter` are `int`s,
`DoubleParameter` a `float`) with the five `*_param` attributes, `WhichOneof` and `HasField`, and
remembers which field it came in, so it goes back out in the same one. A bool cannot be
subclassed: `BoolParameter` is an `int` of 0 or 1 that prints as `True`/`False` and compares equal
to them; `.value` gives the plain `True`/`False` (for `is True`, `isinstance(v, bool)` or
`json.dumps`, which would write 1).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import numpy as np

from ._checks import check_text
from .protocol import InferParameter
from .runtime import InvalidInput

__all__ = [
    "SHARED_MEMORY_PARAMETERS",
    "BoolParameter",
    "DoubleParameter",
    "Int64Parameter",
    "ParameterValue",
    "StringParameter",
    "UInt64Parameter",
    "from_parameters",
    "plain_parameters",
    "plain_value",
    "set_shared_memory",
    "to_parameters",
]

ParameterValue = str | bool | int | float

_INT64 = (-(1 << 63), (1 << 63) - 1)
_UINT64_MAX = (1 << 64) - 1
_FIELDS = ("bool_param", "int64_param", "string_param", "double_param", "uint64_param")
_ONEOF = "parameter_choice"


class _KServeStyle:
    """The protocol's InferParameter read the protobuf (kserve) way; `FIELD` is the one set."""

    __slots__ = ()
    FIELD: ClassVar[str]

    if TYPE_CHECKING:  # each subclass defines it: the plain Python value (a real bool for BoolParameter)

        @property
        def value(self) -> ParameterValue: ...

    @property
    def bool_param(self) -> bool:
        return bool(self.value) if self.FIELD == "bool_param" else False

    @property
    def int64_param(self) -> int:
        return int(self.value) if self.FIELD == "int64_param" else 0

    @property
    def uint64_param(self) -> int:
        return int(self.value) if self.FIELD == "uint64_param" else 0

    @property
    def double_param(self) -> float:
        return float(self.value) if self.FIELD == "double_param" else 0.0

    @property
    def string_param(self) -> str:
        return str(self.value) if self.FIELD == "string_param" else ""

    def WhichOneof(self, oneof_group: str) -> str:  # noqa: N802 - protobuf's name
        """The field set, as protobuf answers for the oneof "parameter_choice"."""
        if oneof_group != _ONEOF:
            raise ValueError(f'InferParameter has no "{oneof_group}" oneof (it has "{_ONEOF}")')
        return self.FIELD

    def HasField(self, field_name: str) -> bool:  # noqa: N802 - protobuf's name
        if field_name == _ONEOF:
            return True
        if field_name not in _FIELDS:
            raise ValueError(f'InferParameter has no "{field_name}" field')
        return field_name == self.FIELD


class StringParameter(_KServeStyle, str):
    """A received string parameter: a `str`, with `.string_param` and the rest."""

    __slots__ = ()
    FIELD = "string_param"

    @property
    def value(self) -> str:
        return str.__str__(self)


class Int64Parameter(_KServeStyle, int):
    """A received int64 parameter: an `int`, with `.int64_param` and the rest."""

    __slots__ = ()
    FIELD = "int64_param"

    @property
    def value(self) -> int:
        return int(self)


class UInt64Parameter(_KServeStyle, int):
    """A received uint64 parameter: an `int`, with `.uint64_param` and the rest (sent back as uint64)."""

    __slots__ = ()
    FIELD = "uint64_param"

    @property
    def value(self) -> int:
        return int(self)


class DoubleParameter(_KServeStyle, float):
    """A received double parameter: a `float`, with `.double_param` and the rest."""

    __slots__ = ()
    FIELD = "double_param"

    @property
    def value(self) -> float:
        return float(self)


class BoolParameter(_KServeStyle, int):
    """A received bool parameter: an `int` 0 or 1 equal to False or True (bool cannot be
    subclassed), printed as False or True, with `.bool_param` and the rest; `.value` is the bool."""

    __slots__ = ()
    FIELD = "bool_param"

    def __new__(cls, value: object) -> BoolParameter:
        return int.__new__(cls, bool(value))

    @property
    def value(self) -> bool:
        return bool(int(self))

    def __repr__(self) -> str:
        return repr(self.value)

    __str__ = __repr__

    def __format__(self, format_spec: str) -> str:
        return format(self.value, format_spec)


_RECEIVED: dict[str, type[Any]] = {
    "bool_param": BoolParameter,
    "int64_param": Int64Parameter,
    "string_param": StringParameter,
    "double_param": DoubleParameter,
    "uint64_param": UInt64Parameter,
}


def plain_value(value: Any) -> Any:
    """A received parameter as the plain value it stands for (anything else as it is)."""
    return value.value if isinstance(value, _KServeStyle) else value


def plain_parameters(values: Mapping[str, Any]) -> dict[str, Any]:
    """Parameters with every received value as its plain value (for JSON, say)."""
    return {key: value.value if isinstance(value, _KServeStyle) else value for key, value in values.items()}


def to_parameters(values: Mapping[str, Any] | None, where: str) -> dict[str, InferParameter]:
    """Plain Python parameter values as protocol parameters (never mutating `values`).

    Also taken: received values (sent in the field they came in), our InferParameter, and
    protobuf's InferParameter (kserve's), read by the field it has set.
    """
    if not values:
        return {}
    out: dict[str, InferParameter] = {}
    for key, value in values.items():
        if not isinstance(key, str):
            raise InvalidInput(f"{where}: parameter names must be str, got {key!r}")
        check_text(key, f"{where}: parameter name")
        if isinstance(value, InferParameter):
            out[key] = value
        elif isinstance(value, _KServeStyle):
            if isinstance(value, StringParameter):
                check_text(value, f"{where}: parameter {key!r}")
            fields: dict[str, Any] = {value.FIELD: value.value}
            out[key] = InferParameter(**fields)
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
        elif callable(getattr(value, "WhichOneof", None)):  # protobuf's InferParameter
            chosen = value.WhichOneof(_ONEOF)
            if chosen not in _FIELDS:
                raise InvalidInput(f"{where}: parameter {key!r} is an InferParameter with no value set")
            out.update(to_parameters({key: getattr(value, chosen)}, where))
        else:
            raise InvalidInput(
                f"{where}: parameter {key!r} must be str, bool, int or float, not {type(value).__name__}"
            )
    return out


def from_parameters(params: Mapping[str, InferParameter]) -> dict[str, ParameterValue]:
    """Protocol parameters as a dict of values that are plain and read the kserve way too."""
    out: dict[str, ParameterValue] = {}
    for key, p in params.items():
        for field in _FIELDS:
            value = getattr(p, field)
            if value is not None:
                out[key] = _RECEIVED[field](value)
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
