"""Codec details: numpy and zero-copy paths, buffers, unknown fields, map entries, ranges."""

from __future__ import annotations

import math
import struct
from typing import Any

import numpy as np
import pytest
from google.protobuf import descriptor_pb2, descriptor_pool, message_factory
from hypothesis import given, settings
from hypothesis import strategies as st
from inference_grpc_gen.oip.inference import InferTensorContents, ModelInferRequest, ModelInferResponse
from protovalues import canonical_ours, canonical_pb, pb_class

from inference_grpc.runtime import DecodeError, EncodeError, wire

FIXED_FIELDS = {  # InferTensorContents packed fixed-width fields and their wire dtypes
    "fp32_contents": "<f4",
    "fp64_contents": "<f8",
}
VARINT_FIELDS = {
    "bool_contents": np.bool_,
    "int_contents": np.int32,
    "int64_contents": np.int64,
    "uint_contents": np.uint32,
    "uint64_contents": np.uint64,
}


def _varint(value: int) -> bytes:
    return wire.varint(value)


def _key(number: int, wire_type: int) -> bytes:
    return _varint(number << 3 | wire_type)


def _len_field(number: int, payload: bytes) -> bytes:
    return _key(number, 2) + _varint(len(payload)) + payload


# -- numpy ----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", [*FIXED_FIELDS, *VARINT_FIELDS])
def test_packed_fields_encode_from_numpy_like_lists(name: str, protobuf_code: Any) -> None:
    dtype = np.dtype(FIXED_FIELDS.get(name) or VARINT_FIELDS[name])
    values = (np.arange(-40, 40) * 3).astype(dtype) if dtype.kind != "b" else np.arange(80) % 3 == 0
    from_array = bytes(InferTensorContents(**{name: values}))
    assert from_array == bytes(InferTensorContents(**{name: values.tolist()}))
    pb = protobuf_code.descriptor("inference.InferTensorContents")
    parsed = pb_class(pb).FromString(from_array)
    assert list(getattr(parsed, name)) == values.tolist()


@pytest.mark.parametrize("name", list(FIXED_FIELDS))
def test_packed_fixed_width_decodes_zero_copy(name: str) -> None:
    values = np.linspace(-1, 1, 1000).astype(FIXED_FIELDS[name])
    data = bytes(InferTensorContents(**{name: values}))
    decoded = getattr(InferTensorContents.parse(data, packed_as_numpy=True), name)
    assert isinstance(decoded, np.ndarray)
    assert decoded.dtype == np.dtype(FIXED_FIELDS[name])
    np.testing.assert_array_equal(decoded, values)
    assert np.shares_memory(decoded, np.frombuffer(data, dtype=np.uint8)), "packed array was copied"
    # Without the flag they are plain lists.
    assert getattr(InferTensorContents.parse(data), name) == values.tolist()


@pytest.mark.parametrize("name", list(VARINT_FIELDS))
@pytest.mark.parametrize("size", [3, 100])
def test_packed_varints_decode_to_numpy_arrays(name: str, size: int) -> None:
    dtype = np.dtype(VARINT_FIELDS[name])
    if dtype.kind == "b":
        values = np.arange(size) % 2 == 0
    else:
        info = np.iinfo(dtype)
        spread = [int(info.min), -1, 0, 1, 127, 128, 2**31 - 1, 2**32 - 1, 2**63 - 1, int(info.max)]
        values = np.resize(np.array([v for v in spread if info.min <= v <= info.max], dtype=dtype), size)
    data = bytes(InferTensorContents(**{name: values}))
    decoded = getattr(InferTensorContents.parse(data, packed_as_numpy=True), name)
    if size >= 32:
        assert isinstance(decoded, np.ndarray)
        assert decoded.dtype == dtype
    # else: short runs (shapes) may stay lists, which wire.packed_varint_decode documents
    np.testing.assert_array_equal(np.asarray(decoded, dtype=dtype), values)
    assert getattr(InferTensorContents.parse(data), name) == values.tolist()


def test_packed_chunks_and_unpacked_elements_join() -> None:
    """Parsers must accept a packed field split over chunks and mixed with unpacked elements."""
    chunk = struct.pack("<3f", 1, 2, 3)
    data = _len_field(6, chunk) + _key(6, 5) + struct.pack("<f", 4) + _len_field(6, chunk)
    for as_numpy in (False, True):
        decoded = InferTensorContents.parse(data, packed_as_numpy=as_numpy).fp32_contents
        assert list(decoded) == [1, 2, 3, 4, 1, 2, 3]


def test_packed_and_unpacked_encodings_are_both_accepted(corpus: Any, protobuf_code: Any) -> None:
    """`[packed=false]` fields accept packed input and packed fields accept unpacked input."""
    desc = protobuf_code.descriptor("corpus.v1.Repeated")
    flipped = _flip_packing(desc)
    values = {"double": [1.5, -0.0], "int32": [-1, 7], "sint64": [-(2**63), 5], "bool": [True, False]}
    values |= {"fixed32": [0, 2**32 - 1], "uint64": [2**64 - 1], "enum": [2, -1]}
    source = flipped()
    for suffix, items in values.items():
        getattr(source, f"r_{suffix}").extend(items)
        getattr(source, f"u_{suffix}").extend(items)
    data = source.SerializeToString()
    expected = canonical_pb(desc, pb_class(desc).FromString(data))
    assert expected[16] == [2, -1]
    ours = corpus.message_class("corpus.v1.Repeated")
    for as_numpy in (False, True):
        assert canonical_ours(desc, ours.parse(data, packed_as_numpy=as_numpy)) == expected
    # Re-encoded, each field is back in its declared form, which protobuf reads as the same.
    assert canonical_pb(desc, pb_class(desc).FromString(bytes(ours.parse(data)))) == expected


def _flip_packing(desc: Any) -> Any:
    """A class like `desc` whose repeated numbers are packed where it unpacks and vice versa."""
    file = descriptor_pb2.FileDescriptorProto()
    desc.file.CopyToProto(file)
    pool = descriptor_pool.DescriptorPool()
    for dependency in desc.file.dependencies:
        proto = descriptor_pb2.FileDescriptorProto()
        for sub in dependency.dependencies:
            sub_proto = descriptor_pb2.FileDescriptorProto()
            sub.CopyToProto(sub_proto)
            pool.Add(sub_proto)
        dependency.CopyToProto(proto)
        pool.Add(proto)
    message = next(m for m in file.message_type if m.name == desc.name)
    for field in message.field:
        if field.label == field.LABEL_REPEATED and field.type not in (field.TYPE_STRING, field.TYPE_BYTES, 11):
            field.options.packed = field.name.startswith("u_")
    pool.Add(file)
    return message_factory.GetMessageClass(pool.FindMessageTypeByName(desc.full_name))


# -- bytes fields ------------------------------------------------------------------------------


def _bytes_inputs() -> list[tuple[str, Any, bytes]]:
    raw = bytes(range(256)) * 4
    floats = np.arange(12, dtype=np.float32)
    grid = np.arange(24, dtype=np.int16).reshape(4, 6)
    return [
        ("bytes", raw, raw),
        ("bytearray", bytearray(raw), raw),
        ("memoryview", memoryview(raw), raw),
        ("uint8 array", np.frombuffer(raw, dtype=np.uint8), raw),
        ("float32 array", floats, floats.tobytes()),
        ("float32 memoryview", memoryview(floats), floats.tobytes()),
        ("2-D array", grid, grid.tobytes()),
        ("fortran array", np.asfortranarray(grid), grid.tobytes()),  # row-major, like the tensor
        ("strided memoryview", memoryview(raw)[::3], raw[::3]),
        ("empty", b"", b""),
    ]


@pytest.mark.parametrize(("kind", "value", "payload"), _bytes_inputs(), ids=[i[0] for i in _bytes_inputs()])
def test_bytes_fields_encode_any_buffer(kind: str, value: Any, payload: bytes, protobuf_code: Any) -> None:
    request = ModelInferRequest(model_name="m", raw_input_contents=[value, b"tail"])
    data = bytes(request)
    pb = pb_class(protobuf_code.descriptor("inference.ModelInferRequest")).FromString(data)
    assert list(pb.raw_input_contents) == [payload, b"tail"], f"{kind} was not sent as its bytes"
    assert ModelInferRequest.parse(data) == ModelInferRequest(model_name="m", raw_input_contents=[payload, b"tail"])
    # Singular bytes fields (implicit presence) too: an empty buffer is not sent at all.
    contents = InferTensorContents(bytes_contents=[value])
    parsed = pb_class(protobuf_code.descriptor("inference.InferTensorContents")).FromString(bytes(contents))
    assert list(parsed.bytes_contents) == [payload]


@pytest.mark.parametrize("as_numpy", [False, True])
def test_any_buffer_decodes(as_numpy: bool) -> None:
    message = InferTensorContents(fp32_contents=np.arange(50, dtype=np.float32), bytes_contents=[b"abcdefg"])
    assert len(bytes(message)) % 4 == 0
    data = bytes(message)
    spread = bytearray(2 * len(data))
    spread[::2] = data
    width = next(w for w in (8, 4, 2) if len(data) % w == 0)
    wide = np.frombuffer(data, dtype=f"<u{width}")  # a view of wider elements, not of bytes
    for buffer in (data, bytearray(data), memoryview(data), memoryview(spread)[::2], memoryview(wide), wide):
        assert InferTensorContents.parse(buffer, packed_as_numpy=as_numpy) == message, type(buffer)


def test_tensor_payloads_decode_as_views_of_the_input_whatever_the_size() -> None:
    big = np.random.default_rng(0).bytes(1 << 16)
    small = b"x" * 3
    data = bytes(ModelInferResponse(raw_output_contents=[big, small, b""]))
    decoded = ModelInferResponse.parse(data).raw_output_contents
    assert isinstance(decoded[0], memoryview)
    assert decoded[0].obj is data
    assert np.shares_memory(np.frombuffer(decoded[0], np.uint8), np.frombuffer(data, np.uint8))
    assert decoded[0] == big
    assert type(decoded[1]) is memoryview and decoded[1] == small
    assert decoded[2] == b""
    # A writable input gives views of that very buffer.
    mutable = bytearray(data)
    view = ModelInferResponse.parse(mutable).raw_output_contents[0]
    assert isinstance(view, memoryview) and view.obj is mutable


# -- unknown fields ------------------------------------------------------------------------------


def _extended_extra() -> Any:
    """A proto2 message with Extra's two fields plus one field of every wire type, a group too."""
    file = descriptor_pb2.FileDescriptorProto(name="extended_extra.proto", package="extended", syntax="proto2")
    message = file.message_type.add(name="ExtraPlus")
    group = message.nested_type.add(name="Blob")
    group.field.add(name="inner", number=1, type=9, label=1)
    group.field.add(name="deep", number=2, type=3, label=3)
    fdp = descriptor_pb2.FieldDescriptorProto
    for name, number, kind, label, type_name in (
        ("note", 1, fdp.TYPE_STRING, fdp.LABEL_OPTIONAL, ""),
        ("values", 2, fdp.TYPE_SINT32, fdp.LABEL_REPEATED, ""),
        ("wide", 3, fdp.TYPE_FIXED64, fdp.LABEL_OPTIONAL, ""),
        ("narrow", 4, fdp.TYPE_FIXED32, fdp.LABEL_OPTIONAL, ""),
        ("blob", 5, fdp.TYPE_GROUP, fdp.LABEL_OPTIONAL, ".extended.ExtraPlus.Blob"),
        ("payload", 6, fdp.TYPE_BYTES, fdp.LABEL_OPTIONAL, ""),
        ("count", 7, fdp.TYPE_UINT64, fdp.LABEL_REPEATED, ""),
        ("huge_number", 536870911, fdp.TYPE_INT32, fdp.LABEL_OPTIONAL, ""),
    ):
        field = message.field.add(name=name, number=number, type=kind, label=label)
        if type_name:
            field.type_name = type_name
    field = next(f for f in message.field if f.name == "values")
    field.options.packed = True
    pool = descriptor_pool.DescriptorPool()
    pool.Add(file)
    return message_factory.GetMessageClass(pool.FindMessageTypeByName("extended.ExtraPlus"))


def test_unknown_fields_of_every_wire_type_are_kept(corpus: Any, protobuf_code: Any) -> None:
    plus = _extended_extra()(note="kept", values=[-3, 4], wide=2**64 - 1, narrow=7, payload=b"\x00" * 300)
    plus.blob.inner = "in a group"
    plus.blob.deep.extend([1, -1])
    plus.count.extend([1, 2**63])
    plus.huge_number = -1
    data = plus.SerializeToString()
    assert b"\x2b" in data and b"\x2c" in data  # start-group and end-group keys of field 5
    extra = corpus.message_class("corpus.v1.Extra")
    assert extra.parse(data) == extra(note="kept", values=[-3, 4])
    desc = protobuf_code.descriptor("corpus.v1.Extra")
    assert canonical_ours(desc, extra.parse(data)) == canonical_pb(desc, pb_class(desc).FromString(data))
    # Kept, a group included, and encoded again as protobuf encodes them, byte for byte.
    assert bytes(extra.parse(data)) == pb_class(desc).FromString(data).SerializeToString()
    assert type(plus).FromString(bytes(extra.parse(data))) == plus


def test_known_field_numbers_with_another_wire_type_are_kept_as_unknown(corpus: Any, protobuf_code: Any) -> None:
    """A field whose wire type does not match its declaration is an unknown field to protobuf."""
    data = _key(1, 0) + _varint(5) + _key(2, 5) + b"\x01\x02\x03\x04" + _len_field(1, b"real")
    extra = corpus.message_class("corpus.v1.Extra")
    desc = protobuf_code.descriptor("corpus.v1.Extra")
    assert canonical_ours(desc, extra.parse(data)) == canonical_pb(desc, pb_class(desc).FromString(data))
    assert extra.parse(data) == extra(note="real")
    assert bytes(extra.parse(data)) == pb_class(desc).FromString(data).SerializeToString()


# -- map entries ----------------------------------------------------------------------------------

_ENTRY_CASES = {
    "complete": _len_field(1, _len_field(1, b"k") + _len_field(2, b"v")),
    "value first": _len_field(1, _len_field(2, b"v") + _len_field(1, b"k")),
    "missing key": _len_field(1, _len_field(2, b"v")),
    "missing value": _len_field(1, _len_field(1, b"k")),
    "empty entry": _len_field(1, b""),
    "duplicate key": _len_field(1, _len_field(1, b"k") + _len_field(2, b"1"))
    + _len_field(1, _len_field(1, b"k") + _len_field(2, b"2")),
    "repeated key inside the entry": _len_field(1, _len_field(1, b"a") + _len_field(1, b"b") + _len_field(2, b"v")),
    # fixed32 -> message map (field 8): the value message missing, twice over (merged), empty
    "message value missing": _len_field(8, _key(1, 5) + b"\x07\x00\x00\x00"),
    "message value merged": _len_field(
        8, _key(1, 5) + b"\x07\x00\x00\x00" + _len_field(2, _key(3, 0) + b"\x05") + _len_field(2, _key(4, 0) + b"\x06")
    ),
    # fixed64 -> enum map (field 9): the value missing, and an unknown enum number
    "enum value missing": _len_field(9, _key(1, 1) + b"\x01" + b"\x00" * 7),
    "unknown enum value": _len_field(9, _key(2, 0) + _varint(99)),
    "negative enum value": _len_field(9, _key(2, 0) + _varint(2**64 - 1)),
    # bool -> sint64 (field 12): key > 1 is true, the value zigzagged
    "bool key of 2": _len_field(12, _key(1, 0) + b"\x02" + _key(2, 0) + b"\x03"),
    # sfixed64 -> imported message (field 11) merged with a later entry of the same key
    "imported message value": _len_field(11, _key(1, 1) + b"\xff" * 8 + _len_field(2, _key(3, 0) + b"\x02")),
}


@pytest.mark.parametrize("case", list(_ENTRY_CASES))
def test_map_entries_decode_like_protobuf(case: str, corpus: Any, protobuf_code: Any) -> None:
    data = _ENTRY_CASES[case]
    desc = protobuf_code.descriptor("corpus.v1.Maps")
    expected = canonical_pb(desc, pb_class(desc).FromString(data))
    assert canonical_ours(desc, corpus.message_class("corpus.v1.Maps").parse(data)) == expected


def test_map_entry_with_an_unknown_field_is_kept(corpus: Any) -> None:
    """protobuf's C++ and Java parsers keep such an entry (and drop the unknown field); upb, under
    protobuf for Python, moves the whole entry to the unknown fields instead. We keep it."""
    data = _len_field(1, _len_field(1, b"k") + _key(9, 0) + b"\x01" + _len_field(2, b"v"))
    assert corpus.message_class("corpus.v1.Maps").parse(data).string_string == {"k": "v"}


# -- numbers ----------------------------------------------------------------------------------------

_VARINT_TYPES = ["int32", "int64", "uint32", "uint64", "sint32", "sint64", "bool", "enum"]


@settings(max_examples=150, deadline=None, database=None)
@given(
    kind=st.sampled_from(_VARINT_TYPES),
    raw=st.lists(st.integers(0, 2**64 - 1) | st.integers(0, 300), min_size=1, max_size=45),
    packed=st.booleans(),
)
def test_any_varint_decodes_like_protobuf(
    kind: str, raw: list[int], packed: bool, corpus: Any, protobuf_code: Any
) -> None:
    """Arbitrary 64-bit varints, canonical or not (e.g. sint32 beyond 32 bits), in every form."""
    desc = protobuf_code.descriptor("corpus.v1.Repeated")
    field = desc.fields_by_name[f"r_{kind}"]
    payload = b"".join(_varint(v) for v in raw)
    data = _len_field(field.number, payload) if packed else b"".join(_key(field.number, 0) + _varint(v) for v in raw)
    expected = canonical_pb(desc, pb_class(desc).FromString(data))
    ours = corpus.message_class("corpus.v1.Repeated")
    for as_numpy in (False, True):
        assert canonical_ours(desc, ours.parse(data, packed_as_numpy=as_numpy)) == expected
    singular = protobuf_code.descriptor("corpus.v1.Optionals")
    if f"o_{kind}" in singular.fields_by_name:
        number = singular.fields_by_name[f"o_{kind}"].number
        data = _key(number, 0) + _varint(raw[-1])
        optionals = corpus.message_class("corpus.v1.Optionals")
        assert canonical_ours(singular, optionals.parse(data)) == canonical_pb(
            singular, pb_class(singular).FromString(data)
        )


def test_floats_signed_zero_nan_and_overflow_match_protobuf(corpus: Any, protobuf_code: Any) -> None:
    desc = protobuf_code.descriptor("corpus.v1.Scalars")
    scalars = corpus.message_class("corpus.v1.Scalars")
    for value in (-0.0, 0.0, math.inf, -math.inf, math.nan, 1e300, -1e300, 5e-324, 3.4028235e38):
        pb = pb_class(desc)(f_double=value, f_float=value)
        ours = scalars(f_double=value, f_float=value)
        assert bytes(ours) == pb.SerializeToString(), value
        assert canonical_ours(desc, scalars.parse(pb.SerializeToString())) == canonical_pb(desc, pb)
    # Packed floats take the same route, as lists and as float64 arrays.
    contents = InferTensorContents(fp32_contents=[1e300, -1e300, -0.0])
    assert InferTensorContents.parse(bytes(contents)).fp32_contents == [math.inf, -math.inf, -0.0]
    assert math.copysign(1, InferTensorContents.parse(bytes(contents)).fp32_contents[2]) == -1


def test_negative_enums_match_protobuf(corpus: Any, protobuf_code: Any) -> None:
    desc = protobuf_code.descriptor("corpus.v1.Nested")
    nested = corpus.message_class("corpus.v1.Nested")
    kind = corpus.message_class("corpus.v1.Nested.Kind")
    pb = pb_class(desc)(kind=-5, kinds=[-5, 1, -(2**31)])
    ours = nested(kind=kind.BELOW_ZERO, kinds=[kind.BELOW_ZERO, kind.FIRST, -(2**31)])
    assert bytes(ours) == pb.SerializeToString()
    parsed = nested.parse(pb.SerializeToString())
    assert parsed.kind is kind.BELOW_ZERO
    assert parsed.kinds[2] == -(2**31) and isinstance(parsed.kinds[2], kind)


_OUT_OF_RANGE = [
    ("f_int32", 2**31),
    ("f_int32", -(2**31) - 1),
    ("f_sint32", 2**31),
    ("f_uint32", -1),
    ("f_uint32", 2**32),
    ("f_fixed32", 2**32),
    ("f_fixed32", -1),
    ("f_sfixed32", 2**31),
    ("f_int64", 2**63),
    ("f_sint64", -(2**63) - 1),
    ("f_uint64", 2**64),
    ("f_uint64", -1),
    ("f_fixed64", 2**64),
    ("f_sfixed64", -(2**63) - 1),
]


@pytest.mark.parametrize(("field", "value"), _OUT_OF_RANGE)
def test_out_of_range_integers_raise_encode_error(field: str, value: int, corpus: Any) -> None:
    scalars = corpus.message_class("corpus.v1.Scalars")
    with pytest.raises(EncodeError):
        bytes(scalars(**{field: value}))
    repeated = corpus.message_class("corpus.v1.Repeated")
    for prefix in ("r_", "u_"):  # packed and unpacked
        name = prefix + field.removeprefix("f_")
        for values in ([value], [1] * 40 + [value]):  # element by element and vectorised
            with pytest.raises(EncodeError):
                bytes(repeated(**{name: values}))


@pytest.mark.parametrize(
    ("name", "array"),
    [
        ("int_contents", np.array([2**31], dtype=np.int64)),
        ("int_contents", np.array([-1, 2**40], dtype=np.int64)),
        ("uint_contents", np.array([-1], dtype=np.int32)),
        ("uint64_contents", np.array([-5], dtype=np.int64)),
        ("int64_contents", np.array([2**63], dtype=np.uint64)),
        ("int_contents", np.array([1.5])),
        ("bool_contents", np.array([1, 2])),
    ],
)
def test_arrays_that_do_not_fit_raise_encode_error(name: str, array: Any) -> None:
    with pytest.raises(EncodeError):
        bytes(InferTensorContents(**{name: array}))


def test_enums_out_of_int32_range_raise_encode_error(corpus: Any) -> None:
    nested = corpus.message_class("corpus.v1.Nested")
    with pytest.raises(EncodeError):
        bytes(nested(kind=2**31))
    with pytest.raises(EncodeError):
        bytes(nested(kinds=[0, -(2**31) - 1]))


def test_numpy_scalars_encode_like_python_numbers(corpus: Any) -> None:
    scalars = corpus.message_class("corpus.v1.Scalars")
    python = scalars(f_int32=-7, f_int64=-(2**63), f_uint64=2**64 - 1, f_sint32=-1, f_float=0.5, f_bool=True)
    numpy = scalars(
        f_int32=np.int32(-7),
        f_int64=np.int64(-(2**63)),
        f_uint64=np.uint64(2**64 - 1),
        f_sint32=np.int16(-1),
        f_float=np.float32(0.5),
        f_bool=np.bool_(True),
    )
    assert bytes(numpy) == bytes(python)


def test_decode_error_is_a_value_error_naming_message_and_offset() -> None:
    data = bytes(ModelInferRequest(model_name="abc", id="x"))
    with pytest.raises(DecodeError) as info:
        ModelInferRequest.parse(data[:-1])
    assert isinstance(info.value, ValueError)
    assert "inference.ModelInferRequest" in str(info.value)
    assert info.value.message == "inference.ModelInferRequest"
    assert f"offset {info.value.offset}" in str(info.value)
    assert 0 <= info.value.offset <= len(data)


def test_bytes_fields_take_arrays_of_any_shape_and_layout() -> None:
    from inference_grpc.protocol import ModelInferRequest

    empty = np.zeros((0, 3), dtype=np.float32)
    grid = np.arange(6, dtype=np.float32).reshape(2, 3)
    sent = ModelInferRequest(raw_input_contents=[empty, grid, grid.T])  # type: ignore[list-item]
    parsed = ModelInferRequest.parse(bytes(sent))
    assert [bytes(raw) for raw in parsed.raw_input_contents] == [b"", grid.tobytes(), grid.T.tobytes()]
