"""Python-safe names for proto identifiers."""

from __future__ import annotations

import builtins
import keyword
import re

__all__ = [
    "NameClashError",
    "check_unique",
    "field_name",
    "method_name",
    "pascal_case",
    "snake_case",
]

# Attributes every generated message inherits (betterproto2.Message and our runtime base).
MESSAGE_RESERVED = frozenset(
    {
        "parse",
        "load",
        "dump",
        "to_dict",
        "from_dict",
        "to_json",
        "from_json",
        "to_pydict",
        "from_pydict",
        "is_set",
        "SerializeToString",
        "FromString",
        "ParseFromString",
        "encode",
        "decode",
    }
)
# Attributes and argument names of generated stubs and servicers.
METHOD_RESERVED = frozenset({"self", "request", "requests", "timeout", "metadata", "compression", "context", "channel"})
_BUILTINS = frozenset(dir(builtins))


class NameClashError(ValueError):
    """Two proto names map to one Python identifier, or a name cannot be made Python-safe."""


def snake_case(name: str) -> str:
    """`ModelInfer` -> `model_infer`, `isLoaded` -> `is_loaded`, `HTTPPort` -> `http_port`."""
    name = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    name = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    return name.lower()


def pascal_case(name: str) -> str:
    """`infer_input` -> `InferInput`; names already in PascalCase are kept."""
    return "".join(part[:1].upper() + part[1:] for part in name.split("_") if part) or name


def _escape(name: str, reserved: frozenset[str]) -> str:
    if keyword.iskeyword(name) or keyword.issoftkeyword(name) or name in reserved:
        return name + "_"
    return name


def field_name(proto_name: str) -> str:
    """A dataclass attribute name for a proto field."""
    return _escape(snake_case(proto_name), MESSAGE_RESERVED)


def method_name(proto_name: str) -> str:
    """A stub/servicer method name for an RPC."""
    return _escape(snake_case(proto_name), METHOD_RESERVED | _BUILTINS)


def class_name(proto_name: str) -> str:
    """A class name; builtins are left alone (a class attribute cannot shadow them)."""
    return _escape(proto_name, frozenset())


def check_unique(names: list[tuple[str, str]], where: str) -> None:
    """Raise if two proto names became the same Python name; `names` is (proto, python) pairs."""
    seen: dict[str, str] = {}
    for proto, python in names:
        if python in seen and seen[python] != proto:
            raise NameClashError(
                f"{where}: {seen[python]!r} and {proto!r} both become the Python name {python!r}; "
                "rename one of them in the .proto file"
            )
        seen[python] = proto
