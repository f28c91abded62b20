"""Helpers of the well-known types (google/protobuf/*.proto), mixed into their generated classes.

The generator gives the generated `google.protobuf` messages these bases, so a vendor's
Timestamp and Duration fields convert as people expect, in protobuf's spelling and in
betterproto2's:

- Timestamp <-> datetime: `Timestamp.from_datetime(dt)`, `ts.to_datetime()` (aware, UTC);
  protobuf's `FromDatetime`, `ToDatetime` (naive UTC unless given a tzinfo), `GetCurrentTime`,
  `FromSeconds`/`ToSeconds`, `FromMilliseconds`/..., `FromNanoseconds`/..., `ToJsonString`/
  `FromJsonString` (RFC 3339).
- Duration <-> timedelta: `Duration.from_timedelta(td)`, `d.to_timedelta()`; `FromTimedelta`,
  `ToTimedelta`, the same seconds/milliseconds/.../JSON conversions.
- Struct / Value / ListValue <-> Python values: `Struct.from_pydict(d)`, `s.to_pydict()`,
  `Value.from_python(x)`, `v.to_python()`, `ListValue.from_pylist(xs)`, `lv.to_pylist()`
  (None, bool, int/float, str, dicts and lists, nested). (Not `from_dict`/`to_dict`: those are
  betterproto2's reflective API, which every message keeps.)
- Wrappers (Int32Value, StringValue, ...): `Int32Value.wrap(5)` (None for None) and
  `Int32Value.unwrap(message)` (None for None).
- Any: `Any.pack(message)`, `any.unpack(MessageClass)` (None if it holds another type),
  `any.is_(MessageClass)`; protobuf's `Pack`, `Unpack` (into a message, True if the types
  match), `Is` and `TypeName`. Types are told by their full proto names (`PROTO_NAME`).

Naive datetimes are taken as UTC, as protobuf takes them.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import math
import sys
import time
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from typing_extensions import Self

__all__ = ["AnyMixin", "DurationMixin", "ListValueMixin", "StructMixin", "TimestampMixin", "ValueMixin", "WrapperMixin"]

_NANOS = 1_000_000_000
_EPOCH = _dt.datetime(1970, 1, 1, tzinfo=_dt.timezone.utc)


def _sibling(obj: object, name: str) -> Any:
    """Another generated class of the same module (Value needs Struct, ListValue and NullValue)."""
    return getattr(sys.modules[type(obj).__module__ if not isinstance(obj, type) else obj.__module__], name)


class _SecondsNanos:
    """Seconds and nanos fields, as Timestamp and Duration have them."""

    if TYPE_CHECKING:
        seconds: int
        nanos: int

        def __init__(self, *, seconds: int = ..., nanos: int = ...) -> None: ...

    def _total_nanos(self) -> int:
        return self.seconds * _NANOS + self.nanos

    def _set_nanos(self, total: int) -> None:
        raise NotImplementedError

    def FromNanoseconds(self, nanos: int) -> None:  # noqa: N802 - protobuf's spelling
        self._set_nanos(int(nanos))

    def FromMicroseconds(self, micros: int) -> None:  # noqa: N802
        self._set_nanos(int(micros) * 1000)

    def FromMilliseconds(self, millis: int) -> None:  # noqa: N802
        self._set_nanos(int(millis) * 1_000_000)

    def FromSeconds(self, seconds: int) -> None:  # noqa: N802
        self._set_nanos(int(seconds) * _NANOS)

    def ToNanoseconds(self) -> int:  # noqa: N802
        return self._total_nanos()

    @staticmethod
    def _part(nanos: int, unit: int) -> int:
        """`nanos` in `unit`s, rounded as protobuf rounds for this type."""
        raise NotImplementedError

    def ToMicroseconds(self) -> int:  # noqa: N802
        return self.seconds * 1_000_000 + self._part(self.nanos, 1000)

    def ToMilliseconds(self) -> int:  # noqa: N802
        return self.seconds * 1000 + self._part(self.nanos, 1_000_000)

    def ToSeconds(self) -> int:  # noqa: N802
        return self.seconds


class TimestampMixin(_SecondsNanos):
    """google.protobuf.Timestamp: a point in time, seconds and nanos since the Unix epoch (UTC)."""

    def _set_nanos(self, total: int) -> None:
        self.seconds, self.nanos = divmod(total, _NANOS)  # nanos always 0..999,999,999

    @staticmethod
    def _part(nanos: int, unit: int) -> int:
        return nanos // unit

    @classmethod
    def from_datetime(cls, value: _dt.datetime) -> Self:
        """The Timestamp of `value` (a naive datetime is taken as UTC)."""
        stamp = cls()
        stamp.FromDatetime(value)
        return stamp

    def to_datetime(self, tz: _dt.tzinfo = _dt.timezone.utc) -> _dt.datetime:
        """An aware datetime in `tz` (UTC by default); nanoseconds are truncated to microseconds."""
        return (_EPOCH + _dt.timedelta(seconds=self.seconds, microseconds=self.nanos // 1000)).astimezone(tz)

    @classmethod
    def now(cls) -> Self:
        stamp = cls()
        stamp.GetCurrentTime()
        return stamp

    def FromDatetime(self, value: _dt.datetime) -> None:  # noqa: N802 - protobuf's spelling
        if value.tzinfo is None:
            value = value.replace(tzinfo=_dt.timezone.utc)
        delta = value - _EPOCH
        self._set_nanos((delta.days * 86400 + delta.seconds) * _NANOS + delta.microseconds * 1000)

    def ToDatetime(self, tzinfo: _dt.tzinfo | None = None) -> _dt.datetime:  # noqa: N802
        """As protobuf: a naive datetime in UTC, or an aware one in `tzinfo`."""
        aware = self.to_datetime()
        return aware.replace(tzinfo=None) if tzinfo is None else aware.astimezone(tzinfo)

    def GetCurrentTime(self) -> None:  # noqa: N802
        self._set_nanos(time.time_ns())

    def ToJsonString(self) -> str:  # noqa: N802
        """RFC 3339 in UTC with a Z, with 0, 3, 6 or 9 digits of fraction, as protobuf writes it."""
        d = _EPOCH + _dt.timedelta(seconds=self.seconds)
        whole = f"{d.year:04d}-{d.month:02d}-{d.day:02d}T{d.hour:02d}:{d.minute:02d}:{d.second:02d}"
        return whole + _fraction(self.nanos) + "Z"

    def FromJsonString(self, value: str) -> None:  # noqa: N802
        """Parse RFC 3339 (`1972-01-01T10:00:20.021Z`, or with an offset such as `+01:00`)."""
        text = value.strip()
        head, _, rest = text.partition(".")
        nanos = 0
        if rest:
            digits = len(rest) - len(rest.lstrip("0123456789"))
            if not 1 <= digits <= 9:
                raise ValueError(f"invalid Timestamp {value!r}: bad fraction of a second")
            nanos = int(rest[:digits].ljust(9, "0"))
            zone = rest[digits:]
        else:
            head, zone = text[:19], text[19:]
        if zone in ("Z", "z"):
            zone = "+00:00"
        try:
            parsed = _dt.datetime.fromisoformat(head + zone)
        except ValueError:
            raise ValueError(f"invalid Timestamp {value!r}: not RFC 3339") from None
        if parsed.tzinfo is None:
            raise ValueError(f"invalid Timestamp {value!r}: no time zone")
        self.FromDatetime(parsed)
        self.nanos = nanos


class DurationMixin(_SecondsNanos):
    """google.protobuf.Duration: a signed span of time, seconds and nanos of the same sign."""

    def _set_nanos(self, total: int) -> None:
        seconds = abs(total) // _NANOS
        nanos = abs(total) % _NANOS
        sign = -1 if total < 0 else 1
        self.seconds, self.nanos = sign * seconds, sign * nanos

    @staticmethod
    def _part(nanos: int, unit: int) -> int:
        return nanos // unit if nanos >= 0 else -(-nanos // unit)  # toward zero

    @classmethod
    def from_timedelta(cls, value: _dt.timedelta) -> Self:
        duration = cls()
        duration.FromTimedelta(value)
        return duration

    def to_timedelta(self) -> _dt.timedelta:
        """The timedelta (nanoseconds are truncated to microseconds)."""
        return _dt.timedelta(seconds=self.seconds, microseconds=int(self.nanos / 1000))

    def FromTimedelta(self, value: _dt.timedelta) -> None:  # noqa: N802 - protobuf's spelling
        self._set_nanos(((value.days * 86400 + value.seconds) * 1_000_000 + value.microseconds) * 1000)

    def ToTimedelta(self) -> _dt.timedelta:  # noqa: N802
        return self.to_timedelta()

    def ToJsonString(self) -> str:  # noqa: N802
        """Seconds with a fraction and an `s`: `1.5s`, `-0.000000001s`."""
        total = self._total_nanos()
        sign = "-" if total < 0 else ""
        seconds, nanos = divmod(abs(total), _NANOS)
        return f"{sign}{seconds}{_fraction(nanos)}s"

    def FromJsonString(self, value: str) -> None:  # noqa: N802
        text = value.strip()
        if not text.endswith("s"):
            raise ValueError(f"invalid Duration {value!r}: no trailing 's'")
        body = text[:-1]
        negative = body.startswith("-")
        whole, _, fraction = body.lstrip("-").partition(".")
        if not whole.isdigit() or (fraction and (not fraction.isdigit() or len(fraction) > 9)):
            raise ValueError(f"invalid Duration {value!r}")
        total = int(whole) * _NANOS + int(fraction.ljust(9, "0") or 0)
        self._set_nanos(-total if negative else total)


def _fraction(nanos: int) -> str:
    if nanos == 0:
        return ""
    if nanos % 1_000_000 == 0:
        return f".{nanos // 1_000_000:03d}"
    if nanos % 1000 == 0:
        return f".{nanos // 1000:06d}"
    return f".{nanos:09d}"


class StructMixin:
    """google.protobuf.Struct: a JSON object."""

    if TYPE_CHECKING:
        fields: dict[str, Any]

        def __init__(self, *, fields: dict[str, Any] = ...) -> None: ...

    @classmethod
    def from_pydict(cls, value: Mapping[str, Any]) -> Self:
        """A Struct of a dict of JSON-like values (None, bool, numbers, str, dicts, lists)."""
        make = _sibling(cls, "Value").from_python
        return cls(fields={str(k): make(v) for k, v in value.items()})

    def to_pydict(self) -> dict[str, Any]:
        return {k: v.to_python() for k, v in self.fields.items()}


class ListValueMixin:
    """google.protobuf.ListValue: a JSON array."""

    if TYPE_CHECKING:
        values: list[Any]

        def __init__(self, *, values: list[Any] = ...) -> None: ...

    @classmethod
    def from_pylist(cls, value: Sequence[Any]) -> Self:
        make = _sibling(cls, "Value").from_python
        return cls(values=[make(v) for v in value])

    def to_pylist(self) -> list[Any]:
        return [v.to_python() for v in self.values]


class ValueMixin:
    """google.protobuf.Value: one JSON value (its oneof `kind` says which)."""

    if TYPE_CHECKING:
        null_value: Any
        number_value: float | None
        string_value: str | None
        bool_value: bool | None
        struct_value: Any
        list_value: Any

        def __init__(self, **kwargs: Any) -> None: ...

        def which_oneof(self, group: str) -> str | None: ...

    @classmethod
    def from_python(cls, value: Any) -> Self:
        """The Value of None, a bool, a number, a str, a mapping or a sequence (nested too)."""
        if value is None:
            return cls(null_value=_sibling(cls, "NullValue")(0))
        if isinstance(value, bool):
            return cls(bool_value=value)
        if isinstance(value, (int, float)):
            if isinstance(value, float) and not math.isfinite(value):
                raise ValueError(f"a Value cannot hold {value!r} (JSON has no NaN or infinity)")
            return cls(number_value=float(value))
        if isinstance(value, str):
            return cls(string_value=value)
        if isinstance(value, Mapping):
            return cls(struct_value=_sibling(cls, "Struct").from_pydict(value))
        if isinstance(value, Sequence) and not isinstance(value, (bytes, bytearray)):
            return cls(list_value=_sibling(cls, "ListValue").from_pylist(value))
        raise TypeError(f"a Value cannot hold a {type(value).__name__}")

    def to_python(self) -> Any:
        """None, a bool, a float, a str, a dict or a list (nested values converted too)."""
        kind = self.which_oneof("kind")
        if kind is None or kind == "null_value":
            return None
        if kind == "struct_value":
            return self.struct_value.to_pydict()
        if kind == "list_value":
            return self.list_value.to_pylist()
        return getattr(self, kind)


class WrapperMixin:
    """The wrappers (DoubleValue, Int32Value, StringValue, ...): one `value`, present or not."""

    if TYPE_CHECKING:
        value: Any

        def __init__(self, *, value: Any = ...) -> None: ...

    @classmethod
    def wrap(cls, value: Any) -> Self | None:
        """The wrapper of `value`; None for None (an unset wrapper field)."""
        return None if value is None else cls(value=value)

    @staticmethod
    def unwrap(message: WrapperMixin | None) -> Any:
        """The wrapped value; None for None (an unset wrapper field)."""
        return None if message is None else message.value


class AnyMixin:
    """google.protobuf.Any: a message of any type, as its type URL and its bytes."""

    if TYPE_CHECKING:
        type_url: str
        value: bytes

        def __init__(self, *, type_url: str = ..., value: bytes = ...) -> None: ...

    @classmethod
    def pack(cls, message: Any, type_url_prefix: str = "type.googleapis.com/") -> Self:
        """An Any holding `message` (a generated message)."""
        packed = cls()
        packed.Pack(message, type_url_prefix)
        return packed

    def unpack(self, message_type: type[Any]) -> Any:
        """The message held, as `message_type`; None if it holds another type."""
        return message_type.parse(self.value) if self.is_(message_type) else None

    def is_(self, message_type: Any) -> bool:
        """Whether the message held is of `message_type` (a generated class or message, or
        anything with a protobuf descriptor's `full_name`)."""
        name = getattr(message_type, "PROTO_NAME", None) or getattr(message_type, "full_name", None)
        return bool(name) and self.TypeName() == name

    def Pack(self, message: Any, type_url_prefix: str = "type.googleapis.com/") -> None:  # noqa: N802
        prefix = type_url_prefix if type_url_prefix.endswith("/") else type_url_prefix + "/"
        self.type_url = prefix + message.PROTO_NAME
        self.value = bytes(message)

    def Unpack(self, message: Any) -> bool:  # noqa: N802
        """Decode the message held into `message` (fields replaced); False, untouched, if it is of
        another type."""
        if not self.is_(message):
            return False
        decoded = type(message).parse(self.value)
        for name in dataclasses.fields(decoded):
            setattr(message, name.name, getattr(decoded, name.name))
        return True

    def Is(self, descriptor: Any) -> bool:  # noqa: N802
        return self.is_(descriptor)

    def TypeName(self) -> str:  # noqa: N802
        return self.type_url.rpartition("/")[2]
