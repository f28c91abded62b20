"""The base class of generated messages and the entry points of their codecs."""

from __future__ import annotations

import dataclasses
import math
import sys
from collections.abc import Callable, Iterator, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, TypeVar, cast

import numpy as np

from .wire import Buffer, DecodeError, EncodeError, as_view

if TYPE_CHECKING:
    from abc import ABCMeta as _MessageMeta

    from betterproto2 import Message as _Base
else:
    _Base = object

__all__ = ["FACTORY", "Message", "decode", "encode", "check_oneof", "encode_compact", "field"]

M = TypeVar("M")
Encoder = Callable[[Any, list[Any]], None]
CompactEncoder = Callable[[Any], bytes]
Decoder = Callable[[memoryview, int, int, bool], M]

# What a field of the wrong type makes an encoder raise (`5 .encode()`, `len(3.0)`, a bad buffer).
_WRONG_TYPE = (AttributeError, TypeError, OverflowError, BufferError)


def _wrong_type(name: str, exc: Exception) -> EncodeError:
    return EncodeError(f"cannot encode {name}: a field holds a value of the wrong type ({exc})")


def encode(encoder: Encoder, message: Any, name: str) -> bytes:
    """Run a generated encoder; one join is the only copy of large payloads."""
    parts: list[Any] = []
    try:
        encoder(message, parts)
        return b"".join(parts)
    except _WRONG_TYPE as exc:
        raise _wrong_type(name, exc) from None


def encode_compact(encoder: CompactEncoder, message: Any, name: str) -> bytes:
    """Run the encoder of a message without payload fields, which returns the bytes itself."""
    try:
        return encoder(message)
    except _WRONG_TYPE as exc:
        raise _wrong_type(name, exc) from None


def decode(decoder: Decoder[M], data: Buffer, as_numpy: bool, name: str) -> M:
    """Run a generated decoder over `data`, turning every failure into DecodeError."""
    view = memoryview(data) if type(data) is bytes else as_view(data)
    try:
        return decoder(view, 0, len(view), as_numpy)
    except DecodeError:
        raise
    except RecursionError:
        raise DecodeError(name, 0, "messages nested too deeply") from None


_BYTES_LIKE = (bytes, bytearray, memoryview)
_FLOATS = (float, np.floating)


def _as_bytes(value: Any) -> bytes:
    if isinstance(value, np.ndarray):
        return value.tobytes()  # any shape, empty multi-dimensional ones included (no memoryview cast)
    view = memoryview(value)
    return view.tobytes() if view.format == "B" else view.cast("B").tobytes() if view.c_contiguous else view.tobytes()


def _same(a: Any, b: Any) -> bool:
    """Field equality that also holds between lists and arrays, and between buffers."""
    if isinstance(a, _BYTES_LIKE) or isinstance(b, _BYTES_LIKE):
        try:
            return _as_bytes(a) == _as_bytes(b)
        except TypeError:
            return False
    if isinstance(a, np.ndarray) or isinstance(b, np.ndarray):
        try:
            return bool(np.array_equal(np.asarray(a), np.asarray(b), equal_nan=True))
        except TypeError:  # equal_nan needs numbers
            return bool(np.array_equal(np.asarray(a), np.asarray(b)))
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, _FLOATS) and isinstance(b, _FLOATS) and math.isnan(a) and math.isnan(b):
        return True  # numpy float32 scalars are not floats
    return bool(a == b)


def _is_default(value: Any) -> bool:
    if isinstance(value, np.ndarray):
        return value.size == 0
    if isinstance(value, memoryview):
        return value.nbytes == 0
    return value is None or (not value and not (isinstance(value, float) and str(value)[0] == "-"))


# The default factory of fields with presence (typed as object: mypy sees factories as callables).
_NONE: object = type(None)


def _is_field_default(field: dataclasses.Field[Any], value: Any) -> bool:
    """Whether a field holds its default, as betterproto2 judges it: a field with presence (a
    message, a oneof member, a proto3 `optional`) defaults to None, so an empty message or a
    oneof member set to 0 or False is not a default."""
    if field.default_factory is _NONE:
        return value is None
    return _is_default(value)


# -- betterproto2, on first use --------------------------------------------------------------
#
# Importing betterproto2 costs more than the rest of this package (it imports importlib.metadata,
# json, email and more: ~20 ms and ~3 MiB), yet generated messages only need it for its
# reflective API (to_dict, from_json, ...): their codecs, equality and repr are ours. So Message
# starts as a plain class and takes betterproto2.Message's attributes the first time one is asked
# for (or at once when betterproto2 is already imported); from then on it has them as its own,
# and isinstance(m, betterproto2.Message) holds. Until then that isinstance is False.

# betterproto2.Message's attributes that Message (or generated code) does not define itself;
# tests/test_lazy_imports.py checks this against the installed betterproto2.
_BETTERPROTO2_API = frozenset(
    {
        "FromString",
        "_betterproto",
        "_cls_for",
        "_from_dict_init",
        "_get_field_default",
        "_is_pydantic",
        "_postprocess_single",
        "_type_hint",
        "_type_hints",
        "_validate",
        "_validate_field_groups",
        "dump",
        "from_dict",
        "from_json",
        "is_set",
        "load",
        "to_dict",
        "to_json",
        "__copy__",
        "__deepcopy__",
        "__reduce__",
    }
)


_loaded = False


def _load_betterproto2() -> None:
    """Import betterproto2 and give Message its API (idempotent, and harmless if threads race)."""
    global _loaded
    if not _loaded:
        import betterproto2

        for name in _BETTERPROTO2_API:
            setattr(Message, name, betterproto2.Message.__dict__[name])
        betterproto2.Message.register(Message)
        _loaded = True


# betterproto2.field's defaults per proto type (betterproto2.TYPE_* are these strings).
_DEFAULT_FACTORIES: dict[str, Callable[[], Any]] = {
    "bool": bool,
    "int32": int,
    "int64": int,
    "uint32": int,
    "uint64": int,
    "sint32": int,
    "sint64": int,
    "float": float,
    "double": float,
    "fixed32": int,
    "sfixed32": int,
    "fixed64": int,
    "sfixed64": int,
    "string": str,
    "bytes": bytes,
    "message": type(None),
    "map": dict,
}


class _FieldMetadata(Mapping[str, Any]):
    """A field's dataclass metadata: betterproto2's FieldMetadata under "betterproto", made on first read."""

    __slots__ = ("_args", "_meta")

    def __init__(self, args: tuple[Any, ...]) -> None:
        self._args = args
        self._meta: Any = None


    def __getitem__(self, key: str) -> Any:
        if key != "betterproto":
            raise KeyError(key)
        if self._meta is None:
            _load_betterproto2()
            import betterproto2

            number, proto_type, map_types, group, optional, repeated = self._args
            map_meta = betterproto2.map_meta(*map_types) if map_types else None
            self._meta = betterproto2.FieldMetadata(number, proto_type, map_meta, group, None, optional, repeated)
        return self._meta

    def __iter__(self) -> Iterator[str]:
        return iter(("betterproto",))

    def __len__(self) -> int:
        return 1


class _Factory:
    """The type of FACTORY."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "<factory>"  # what dataclasses shows for a default_factory default


# The default of every argument of a generated message's __init__: "make the field's default".
# Generated code writes that __init__ itself (as @dataclass would), so importing a module of
# messages compiles no code at run time.
FACTORY: Any = _Factory()


def field(
    number: int,
    proto_type: str,
    *,
    default_factory: Callable[[], Any] | None = None,
    map_types: tuple[str, str] | None = None,
    group: str | None = None,
    optional: bool = False,
    repeated: bool = False,
) -> Any:
    """betterproto2.field without importing betterproto2: the same default, the same metadata.

    `map_types` are a map field's key and value types, which betterproto2.field takes as
    `map_meta=betterproto2.map_meta(key, value)`.
    """
    if repeated:
        default_factory = list
    elif optional or group:
        default_factory = type(None)
    elif proto_type != "enum":
        default_factory = _DEFAULT_FACTORIES[proto_type]
    return dataclasses.field(
        default_factory=default_factory or dataclasses.MISSING,
        metadata=_FieldMetadata((number, proto_type, map_types, group, optional, repeated)),
    )


def check_oneof(message: str, group: str, names: list[str], arguments: Mapping[str, Any]) -> None:
    """ValueError when a generated __init__ was given two members of one oneof (None counts as not
    given); called only when two were passed at all, so plain construction costs one comparison per member."""
    given = [n for n in names if arguments[n] is not FACTORY and arguments[n] is not None]
    if len(given) > 1:
        raise ValueError(f"{message}: oneof {group!r} takes one member, but {' and '.join(given)} were given")


class _MessageType(type):
    """Message's metaclass: class-level access to betterproto2's API (from_dict, ...) loads it."""

    def __getattr__(cls, name: str) -> Any:
        if name in _BETTERPROTO2_API:
            _load_betterproto2()
            return getattr(cls, name)
        raise AttributeError(f"type object {cls.__name__!r} has no attribute {name!r}")


if not TYPE_CHECKING:
    _MessageMeta = _MessageType


class Message(_Base, metaclass=_MessageMeta):
    """betterproto2 message whose bytes() and parse() run generated straight-line codecs.

    Packed numeric fields may hold numpy arrays as well as lists, and `bytes` fields may hold
    any buffer (those generated with --zero-copy decode as memoryviews; the others as bytes,
    whatever the length), so equality and repr are written to handle both. Fields unknown to the
    schema are kept from decoding and encoded again (`_unknown_fields`, as betterproto2 names
    them). betterproto2's own API is loaded on first use (see above).
    """

    # What betterproto2's __post_init__ sets; generated decoders build messages without __init__.
    # (No annotations here: betterproto2 evaluates the class's type hints in the generated module.)
    _unknown_fields = b""
    # The message's full proto name ("pkg.Message"); every generated class sets its own. (Field
    # names are lower case, so this name cannot be a field's.)
    PROTO_NAME = ""
    # The members of each oneof, by group name (generated classes with oneofs set their own).
    _oneof_groups = cast("Mapping[str, tuple[str, ...]]", MappingProxyType({}))

    def __post_init__(self) -> None:
        self._unknown_fields = b""  # as betterproto2.Message.__post_init__

    if not TYPE_CHECKING:  # type checkers see betterproto2.Message's attributes

        def __getattr__(self, name: str) -> Any:
            if name in _BETTERPROTO2_API:
                _load_betterproto2()
                return getattr(self, name)
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

        # Found on object, so pickle would never ask __getattr__: loads betterproto2's, which replaces it.
        def __reduce__(self) -> Any:
            _load_betterproto2()
            return self.__reduce__()

    def __eq__(self, other: object) -> bool:
        if type(self) is not type(other):
            return NotImplemented
        return all(
            _same(getattr(self, f.name), getattr(other, f.name))
            for f in dataclasses.fields(self)  # type: ignore[arg-type]
        )

    __hash__ = None  # type: ignore[assignment]  # mutable dataclass

    def __repr__(self) -> str:
        shown = [
            f"{f.name}={value!r}"
            for f in dataclasses.fields(self)  # type: ignore[arg-type]
            for value in (getattr(self, f.name),)
            if not _is_field_default(f, value)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __bool__(self) -> bool:
        return any(
            not _is_field_default(f, getattr(self, f.name))
            for f in dataclasses.fields(self)  # type: ignore[arg-type]
        )

    def SerializeToString(self) -> bytes:  # noqa: N802 - protobuf's spelling, for drop-in use
        return bytes(self)

    def which_oneof(self, group: str) -> str | None:
        """The name of the member of oneof `group` that is set, or None (protobuf's WhichOneof).

        Setting a member clears the group's others; constructing with two raises ValueError.
        """
        members = self._oneof_groups.get(group)
        if members is None:
            raise ValueError(f"{type(self).__name__} has no oneof {group!r}")
        for name in members:
            if getattr(self, name) is not None:
                return name
        return None

    WhichOneof = which_oneof  # protobuf's spelling


if "betterproto2" in sys.modules:  # already paid for: messages are betterproto2's from the start
    _load_betterproto2()
