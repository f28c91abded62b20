"""Python-safe names for proto identifiers."""

from __future__ import annotations

import re

__all__ = [
    "NameClashError",
    "check_unique",
    "class_name",
    "enum_value_name",
    "field_name",
    "method_name",
    "pascal_case",
    "snake_case",
]

# Fixed lists rather than the running interpreter's `keyword` and `builtins` modules: generated
# names must not depend on which Python version runs the generator (3.12 made `type` a soft
# keyword, each release adds builtins). Soft keywords are valid identifiers; the three of 3.10
# are escaped for compatibility with earlier output.
_KEYWORDS = frozenset(
    {
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
        "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
        "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return",
        "try", "while", "with", "yield", "_", "case", "match",
    }
)  # fmt: skip
_BUILTINS = frozenset(
    {
        "abs", "aiter", "all", "anext", "any", "ascii", "bin", "bool", "breakpoint", "bytearray",
        "bytes", "callable", "chr", "classmethod", "compile", "complex", "copyright", "credits",
        "delattr", "dict", "dir", "divmod", "enumerate", "eval", "exec", "exit", "filter", "float",
        "format", "frozenset", "getattr", "globals", "hasattr", "hash", "help", "hex", "id", "input",
        "int", "isinstance", "issubclass", "iter", "len", "license", "list", "locals", "map", "max",
        "memoryview", "min", "next", "object", "oct", "open", "ord", "pow", "print", "property",
        "quit", "range", "repr", "reversed", "round", "set", "setattr", "slice", "sorted",
        "staticmethod", "str", "sum", "super", "tuple", "type", "vars", "zip",
    }
)  # fmt: skip

# Attributes every generated message inherits (betterproto2.Message and our runtime base), the
# module name its class body uses, and the builtins its annotations use (a field named `str`
# would make every later `str` annotation of the class refer to that field for type checkers).
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
        "betterproto2",
        "_betterproto",
        "_betterproto_meta",
        "_unknown_fields",
        "_rt",
        "_w",
        "bool",
        "bytes",
        "dict",
        "float",
        "int",
        "list",
        "str",
    }
)
# Attributes and argument names of generated stubs and servicers, and the names their
# annotations use.
METHOD_RESERVED = frozenset(
    {
        "self",
        "request",
        "requests",
        "timeout",
        "metadata",
        "compression",
        "context",
        "channel",
        "add_to_server",
        "routes",
        "grpc",
        "_caller",
        "_rt",
    }
)
# Names the generated modules import, and builtins they use, which a class must not shadow.
CLASS_RESERVED = frozenset(
    {
        "dataclass",
        "betterproto2",
        "grpc",
        "annotations",
        "Awaitable",
        "Callable",
        "AsyncIterable",
        "AsyncIterator",
        "Iterable",
        "Iterator",
        "bool",
        "bytes",
        "classmethod",
        "dict",
        "float",
        "int",
        "len",
        "list",
        "memoryview",
        "str",
        "tuple",
    }
)
# Attributes of Python's Enum and of betterproto2.Enum that a member must not shadow.
ENUM_VALUE_RESERVED = frozenset(
    {
        "name",
        "value",
        "mro",
        "proto_name",
        "from_string",
        "betterproto_value_to_renamed_proto_names",
        "betterproto_renamed_proto_names_to_value",
    }
)


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
    if name in _KEYWORDS or name in reserved:
        return name + "_"
    return name


_METHOD_ESCAPED = METHOD_RESERVED | _BUILTINS


def field_name(proto_name: str) -> str:
    """A dataclass attribute name for a proto field."""
    return _escape(snake_case(proto_name), MESSAGE_RESERVED)


def method_name(proto_name: str) -> str:
    """A stub/servicer method name for an RPC."""
    return _escape(snake_case(proto_name), _METHOD_ESCAPED)


def class_name(proto_name: str) -> str:
    """A class name; builtins are left alone (a class attribute cannot shadow them)."""
    return _escape(proto_name, CLASS_RESERVED)


def enum_value_name(proto_name: str) -> str:
    """An enum member name; `_sunder_` and `__dunder__` names are reserved by Enum."""
    if proto_name.startswith("_") and proto_name.endswith("_"):
        return proto_name + "_"
    return _escape(proto_name, ENUM_VALUE_RESERVED)


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
