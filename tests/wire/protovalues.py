"""Values for any message type, built generically from protobuf descriptors.

One value tree (a dict of field name -> value, nested for messages) is drawn by hypothesis from
a message descriptor, then turned into both a protobuf message and one of our generated
messages. Both kinds of message are compared through `canonical`, a plain structure keyed by
field number in which NaNs compare equal and the sign of zero is kept.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
from google.protobuf import descriptor_pb2, message_factory
from google.protobuf.descriptor import Descriptor, FieldDescriptor
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from inference_grpc.codegen.descriptors import load_descriptor_set
from inference_grpc.codegen.model import build_model

FD = FieldDescriptor
MAX_DEPTH = 3  # message nesting below the top-level message

INT_RANGES = {
    FD.TYPE_INT32: (-(2**31), 2**31 - 1),
    FD.TYPE_SINT32: (-(2**31), 2**31 - 1),
    FD.TYPE_SFIXED32: (-(2**31), 2**31 - 1),
    FD.TYPE_INT64: (-(2**63), 2**63 - 1),
    FD.TYPE_SINT64: (-(2**63), 2**63 - 1),
    FD.TYPE_SFIXED64: (-(2**63), 2**63 - 1),
    FD.TYPE_UINT32: (0, 2**32 - 1),
    FD.TYPE_FIXED32: (0, 2**32 - 1),
    FD.TYPE_UINT64: (0, 2**64 - 1),
    FD.TYPE_FIXED64: (0, 2**64 - 1),
}
NUMPY_DTYPES = {
    FD.TYPE_DOUBLE: np.float64,
    FD.TYPE_FLOAT: np.float32,
    FD.TYPE_INT32: np.int32,
    FD.TYPE_SINT32: np.int32,
    FD.TYPE_SFIXED32: np.int32,
    FD.TYPE_INT64: np.int64,
    FD.TYPE_SINT64: np.int64,
    FD.TYPE_SFIXED64: np.int64,
    FD.TYPE_UINT32: np.uint32,
    FD.TYPE_FIXED32: np.uint32,
    FD.TYPE_UINT64: np.uint64,
    FD.TYPE_FIXED64: np.uint64,
    FD.TYPE_BOOL: np.bool_,
}
FLOATS = (FD.TYPE_DOUBLE, FD.TYPE_FLOAT)


# -- which messages exist ------------------------------------------------------------------

REPO = Path(__file__).resolve().parents[2]
PROTOS = REPO / "tests" / "protos"
CORPUS_PROTOS = ("corpus/v1/types.proto", "corpus/v1/service.proto", "corpus/v1/extra.proto")
PROTOCOL_FDS = load_descriptor_set([REPO / "protos" / "inference.proto"], [REPO / "protos"])
TRITON_PROTOS = REPO / "protos" / "triton"
TRITON_FDS = load_descriptor_set(
    [TRITON_PROTOS / "grpc_service.proto", TRITON_PROTOS / "model_config.proto"], [TRITON_PROTOS]
)
CORPUS_FDS = load_descriptor_set([PROTOS / p for p in CORPUS_PROTOS], [PROTOS])


def message_names(fds: descriptor_pb2.FileDescriptorSet, packages: set[str] | None = None) -> list[str]:
    """Full names of every message (nested ones included, map entries excluded) in `fds`."""
    names: list[str] = []

    def visit(prefix: str, msg: descriptor_pb2.DescriptorProto) -> None:
        if msg.options.map_entry:
            return
        full = f"{prefix}.{msg.name}" if prefix else msg.name
        names.append(full)
        for nested in msg.nested_type:
            visit(full, nested)

    for file in fds.file:
        if packages is None or file.package in packages:
            for msg in file.message_type:
                visit(file.package, msg)
    return names


def protocol_class(full_name: str) -> Any:
    """Our class for a message of the protocol: the checked-in generated/ package."""
    import inference_grpc_gen.oip.inference as module

    for message in _protocol_model().packages[0].messages:
        if message.full_name == full_name:
            return getattr(module, message.py_name)
    raise KeyError(full_name)


@cache
def _protocol_model() -> Any:
    return build_model(PROTOCOL_FDS)


def triton_class(full_name: str) -> Any:
    """Our class for a message of Triton's variant: the checked-in generated/ package."""
    import inference_grpc_gen.triton.inference as module

    for message in _triton_model().packages[0].messages:
        if message.full_name == full_name:
            return getattr(module, message.py_name)
    raise KeyError(full_name)


@cache
def _triton_model() -> Any:
    return build_model(TRITON_FDS)


PROTOCOL_MESSAGES = message_names(PROTOCOL_FDS)
TRITON_MESSAGES = message_names(TRITON_FDS)
CORPUS_MESSAGES = message_names(CORPUS_FDS)  # the well-known types it imports included


def is_map(field: FieldDescriptor) -> bool:
    return field.type == FD.TYPE_MESSAGE and field.message_type.GetOptions().map_entry


def pb_class(desc: Descriptor) -> Any:
    return message_factory.GetMessageClass(desc)


# -- strategies -------------------------------------------------------------------------------


def _scalar(field: FieldDescriptor) -> st.SearchStrategy[Any]:
    t = field.type
    if t in INT_RANGES:
        low, high = INT_RANGES[t]
        return st.integers(low, high)
    if t == FD.TYPE_DOUBLE:
        return st.floats(allow_nan=True, allow_infinity=True)
    if t == FD.TYPE_FLOAT:
        return st.floats(width=32, allow_nan=True, allow_infinity=True)
    if t == FD.TYPE_BOOL:
        return st.booleans()
    if t == FD.TYPE_STRING:
        return st.text(max_size=12)
    if t == FD.TYPE_BYTES:
        # Now and then long enough to be decoded as a zero-copy view.
        return st.binary(max_size=24) | st.binary(min_size=1024, max_size=1100)
    if t == FD.TYPE_ENUM:
        known = sorted(v.number for v in field.enum_type.values)
        return st.sampled_from(known) | st.integers(-(2**31), 2**31 - 1)
    raise AssertionError(f"unexpected field type {t} of {field.full_name}")


def _single(field: FieldDescriptor, depth: int) -> st.SearchStrategy[Any] | None:
    """One value of the field's type; None where nesting would go below MAX_DEPTH."""
    if field.type == FD.TYPE_MESSAGE:
        if depth >= MAX_DEPTH:
            return None
        return message_values(field.message_type, depth + 1)
    return _scalar(field)


def _field(field: FieldDescriptor, depth: int) -> st.SearchStrategy[Any] | None:
    if is_map(field):
        entry = field.message_type
        value = _single(entry.fields_by_name["value"], depth)
        if value is None:
            return None
        return st.dictionaries(_scalar(entry.fields_by_name["key"]), value, max_size=3)
    element = _single(field, depth)
    if element is None:
        return None
    if field.is_repeated:
        short = st.lists(element, max_size=4)
        if field.type in NUMPY_DTYPES or field.type == FD.TYPE_ENUM:
            # Long enough for the vectorised (numpy) packed codecs.
            return short | st.lists(element, min_size=32, max_size=40)
        return short
    return element


@cache
def message_settings(max_examples: int) -> settings:
    """Hypothesis settings for tests drawing whole messages: no deadline, no example database,
    and none of the health checks that large, slow-to-draw messages trip."""
    return settings(
        max_examples=max_examples,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example],
    )


def message_values(desc: Descriptor, depth: int = 0) -> st.SearchStrategy[dict[str, Any]]:
    """Value trees of `desc`: any subset of its fields, at most one member of each oneof."""
    optional = {}
    for field in desc.fields:
        if field.containing_oneof is None and (strategy := _field(field, depth)) is not None:
            optional[field.name] = strategy
    groups = []
    for oneof in desc.oneofs:  # real oneofs and proto3 `optional`'s synthetic ones
        members = [
            st.tuples(st.just(f.name), strategy) for f in oneof.fields if (strategy := _single(f, depth)) is not None
        ]
        if members:
            groups.append(st.none() | st.one_of(members))

    def combine(plain: dict[str, Any], chosen: tuple[tuple[str, Any] | None, ...]) -> dict[str, Any]:
        values = dict(plain)
        values.update(pick for pick in chosen if pick is not None)
        return values

    return st.builds(combine, st.fixed_dictionaries({}, optional=optional), st.tuples(*groups))


# -- building messages ----------------------------------------------------------------------


def build_pb(desc: Descriptor, values: dict[str, Any]) -> Any:
    """A protobuf message of type `desc` holding `values`."""
    msg = pb_class(desc)()
    for name, value in values.items():
        field = desc.fields_by_name[name]
        if is_map(field):
            target = getattr(msg, name)
            value_field = field.message_type.fields_by_name["value"]
            for k, v in value.items():
                if value_field.type == FD.TYPE_MESSAGE:
                    target[k].CopyFrom(build_pb(value_field.message_type, v))
                else:
                    target[k] = v
        elif field.is_repeated:
            if field.type == FD.TYPE_MESSAGE:
                getattr(msg, name).extend(build_pb(field.message_type, v) for v in value)
            else:
                getattr(msg, name).extend(value)
        elif field.type == FD.TYPE_MESSAGE:
            getattr(msg, name).CopyFrom(build_pb(field.message_type, value))
        else:
            setattr(msg, name, value)
    return msg


def attributes(cls: type) -> dict[int, str]:
    """Our generated dataclass's attribute names by proto field number."""
    return {f.metadata["betterproto"].number: f.name for f in dataclasses.fields(cls)}


Resolve = Callable[[str], Any]  # full proto name -> our generated class
Draw = Callable[[st.SearchStrategy[Any]], Any]


def _buffer(value: bytes, kind: str) -> Any:
    if kind == "bytearray":
        return bytearray(value)
    if kind == "memoryview":
        return memoryview(value)
    if kind == "numpy":
        return np.frombuffer(value, dtype=np.uint8)
    return value


def _our_scalar(field: FieldDescriptor, value: Any, draw: Draw) -> Any:
    """The value as a user might hand it over: buffers of any kind, numpy scalars for numbers."""
    if field.type == FD.TYPE_BYTES:
        return _buffer(value, draw(st.sampled_from(["bytes", "bytearray", "memoryview", "numpy"])))
    if field.type in NUMPY_DTYPES and draw(st.integers(0, 3)) == 0:
        return NUMPY_DTYPES[field.type](value)
    return value


def build_ours(resolve: Resolve, desc: Descriptor, values: dict[str, Any], draw: Draw) -> Any:
    """One of our messages of type `desc` holding `values`, in varied Python representations."""
    cls = resolve(desc.full_name)
    names = attributes(cls)
    kwargs: dict[str, Any] = {}
    for name, value in values.items():
        field = desc.fields_by_name[name]
        attr = names[field.number]
        if is_map(field):
            value_field = field.message_type.fields_by_name["value"]
            if value_field.type == FD.TYPE_MESSAGE:
                kwargs[attr] = {k: build_ours(resolve, value_field.message_type, v, draw) for k, v in value.items()}
            else:
                kwargs[attr] = {k: _our_scalar(value_field, v, draw) for k, v in value.items()}
        elif field.is_repeated:
            if field.type == FD.TYPE_MESSAGE:
                kwargs[attr] = [build_ours(resolve, field.message_type, v, draw) for v in value]
            elif field.type in NUMPY_DTYPES and draw(st.booleans()):
                kwargs[attr] = np.array(value, dtype=NUMPY_DTYPES[field.type])
            else:
                kwargs[attr] = [_our_scalar(field, v, draw) for v in value]
        elif field.type == FD.TYPE_MESSAGE:
            kwargs[attr] = build_ours(resolve, field.message_type, value, draw)
        else:
            kwargs[attr] = _our_scalar(field, value, draw)
    return cls(**kwargs)


# -- comparing ------------------------------------------------------------------------------


def _float(value: Any) -> Any:
    value = float(value)
    if math.isnan(value):
        return "nan"
    return (value, math.copysign(1.0, value))


def _value(field: FieldDescriptor, value: Any, nested: Callable[[Descriptor, Any], Any]) -> Any:
    t = field.type
    if t == FD.TYPE_MESSAGE:
        return nested(field.message_type, value)
    if t in FLOATS:
        return _float(value)
    if t == FD.TYPE_BYTES:
        return memoryview(value).tobytes()
    if t == FD.TYPE_BOOL:
        return bool(value)
    if t == FD.TYPE_STRING:
        assert isinstance(value, str), value
        return value
    return int(value)


def _fields(desc: Descriptor, get: Callable[[FieldDescriptor], tuple[bool, Any]], nested: Any) -> Iterator[Any]:
    for field in desc.fields:
        present, value = get(field)
        if is_map(field):
            key_field = field.message_type.fields_by_name["key"]
            value_field = field.message_type.fields_by_name["value"]
            items = {_value(key_field, k, nested): _value(value_field, v, nested) for k, v in value.items()}
            yield field.number, items
        elif field.is_repeated:
            yield field.number, [_value(field, v, nested) for v in value]
        elif not present:
            yield field.number, None
        else:
            yield field.number, _value(field, value, nested)


def canonical_pb(desc: Descriptor, msg: Any) -> dict[int, Any]:
    """A protobuf message as plain data (unset fields with presence are None)."""

    def get(field: FieldDescriptor) -> tuple[bool, Any]:
        present = msg.HasField(field.name) if field.has_presence and not field.is_repeated else True
        return present, getattr(msg, field.name)

    return dict(_fields(desc, get, canonical_pb))


def canonical_ours(desc: Descriptor, msg: Any) -> dict[int, Any]:
    """One of our messages as the same plain data as canonical_pb."""
    names = attributes(type(msg))

    def get(field: FieldDescriptor) -> tuple[bool, Any]:
        value = getattr(msg, names[field.number])
        return value is not None, value

    return dict(_fields(desc, get, canonical_ours))


# -- both ways ------------------------------------------------------------------------------


def _in_number_order_without_maps(desc: Descriptor, seen: set[str]) -> bool:
    if desc.full_name in seen:
        return True
    seen.add(desc.full_name)
    numbers = [f.number for f in desc.fields]
    if numbers != sorted(numbers) or any(is_map(f) for f in desc.fields):
        return False
    return all(_in_number_order_without_maps(f.message_type, seen) for f in desc.fields if f.message_type)


def check_both_ways(resolve: Resolve, desc: Descriptor, examples: int) -> None:
    """Hypothesis-drawn messages of `desc` go ours -> bytes -> protobuf and protobuf -> bytes -> ours;
    `resolve` gives our class for a full proto name, protobuf's class comes from `desc` itself."""
    ours_cls = resolve(desc.full_name)
    pb_cls = pb_class(desc)
    byte_identical = _in_number_order_without_maps(desc, set())

    @message_settings(examples)
    @given(data=st.data())
    def check(data: st.DataObject) -> None:
        values = data.draw(message_values(desc), label="values")
        pb_msg = build_pb(desc, values)
        ours = build_ours(resolve, desc, values, data.draw)
        expected = canonical_pb(desc, pb_msg)
        assert canonical_ours(desc, ours) == expected, "test harness: the two messages differ before encoding"

        # (a) protobuf parses our bytes into its own message.
        our_bytes = bytes(ours)
        assert canonical_pb(desc, pb_cls.FromString(our_bytes)) == expected
        assert ours.SerializeToString() == our_bytes
        if byte_identical:
            # Without maps (whose order is free) both write fields in number order: same bytes.
            assert our_bytes == pb_msg.SerializeToString(deterministic=True)

        # (b) we parse protobuf's bytes into our message, as lists and as numpy arrays.
        pb_bytes = pb_msg.SerializeToString()
        for as_numpy in (False, True):
            parsed = ours_cls.parse(pb_bytes, packed_as_numpy=as_numpy)
            assert canonical_ours(desc, parsed) == expected
            assert parsed == ours
        # ... and our own bytes, from any kind of buffer.
        assert canonical_ours(desc, ours_cls.parse(bytearray(our_bytes))) == expected

        # Concatenated encodings merge: later scalars win, lists append, messages merge.
        other = build_pb(desc, data.draw(message_values(desc), label="second"))
        joined = pb_bytes + other.SerializeToString()
        merged = pb_cls.FromString(joined)
        assert canonical_ours(desc, ours_cls.parse(joined)) == canonical_pb(desc, merged)

    check()
