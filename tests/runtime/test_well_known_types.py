"""Helpers of the generated well-known types, checked against protobuf's own implementation."""

from __future__ import annotations

import datetime as dt
import time
from typing import Any

import pytest
from google.protobuf import duration_pb2, struct_pb2, timestamp_pb2
from hypothesis import given
from hypothesis import strategies as st


@pytest.fixture(scope="module")
def wkt(corpus: Any) -> Any:
    return corpus.module("google.protobuf")


UTC = dt.timezone.utc
datetimes = st.datetimes(min_value=dt.datetime(1, 1, 1), max_value=dt.datetime(9999, 12, 31, 23, 59, 59))
timedeltas = st.timedeltas(min_value=dt.timedelta(days=-3_000_000), max_value=dt.timedelta(days=3_000_000))


@given(value=datetimes)
def test_timestamp_from_and_to_datetime_as_protobuf(wkt: Any, value: dt.datetime) -> None:
    ours = wkt.Timestamp.from_datetime(value)
    theirs = timestamp_pb2.Timestamp()
    theirs.FromDatetime(value)
    assert bytes(ours) == theirs.SerializeToString()
    assert ours.to_datetime() == value.replace(tzinfo=UTC)
    assert ours.ToDatetime() == theirs.ToDatetime() == value
    assert ours.ToJsonString() == theirs.ToJsonString()
    again = wkt.Timestamp()
    again.FromJsonString(theirs.ToJsonString())
    assert again == ours


@given(seconds=st.integers(-62135596800, 253402300799), nanos=st.integers(0, 999_999_999))
def test_timestamp_json_and_units_as_protobuf(wkt: Any, seconds: int, nanos: int) -> None:
    ours = wkt.Timestamp(seconds=seconds, nanos=nanos)
    theirs = timestamp_pb2.Timestamp(seconds=seconds, nanos=nanos)
    assert ours.ToJsonString() == theirs.ToJsonString()
    parsed = wkt.Timestamp()
    parsed.FromJsonString(theirs.ToJsonString())
    assert (parsed.seconds, parsed.nanos) == (seconds, nanos)
    for unit in ("Nanoseconds", "Microseconds", "Milliseconds", "Seconds"):
        assert getattr(ours, "To" + unit)() == getattr(theirs, "To" + unit)(), unit
        value = getattr(theirs, "To" + unit)()
        mine, pb = wkt.Timestamp(), timestamp_pb2.Timestamp()
        getattr(mine, "From" + unit)(value)
        getattr(pb, "From" + unit)(value)
        assert bytes(mine) == pb.SerializeToString(), unit


def test_timestamp_aware_datetimes_and_now(wkt: Any) -> None:
    paris = dt.timezone(dt.timedelta(hours=1))
    stamp = wkt.Timestamp.from_datetime(dt.datetime(2024, 1, 1, 1, 0, 0, 500, tzinfo=paris))
    assert stamp.to_datetime() == dt.datetime(2024, 1, 1, 0, 0, 0, 500, tzinfo=UTC)
    assert stamp.ToDatetime(paris).utcoffset() == dt.timedelta(hours=1)
    assert abs(wkt.Timestamp.now().seconds - time.time()) < 5
    current = wkt.Timestamp()
    current.GetCurrentTime()  # what the proto's own comment shows
    assert abs(current.to_datetime() - dt.datetime.now(UTC)) < dt.timedelta(seconds=5)
    with pytest.raises(ValueError, match=r"RFC 3339|time zone"):
        wkt.Timestamp().FromJsonString("2024-01-01 nonsense")


@given(value=timedeltas)
def test_duration_from_and_to_timedelta_as_protobuf(wkt: Any, value: dt.timedelta) -> None:
    ours = wkt.Duration.from_timedelta(value)
    theirs = duration_pb2.Duration()
    theirs.FromTimedelta(value)
    assert bytes(ours) == theirs.SerializeToString()
    assert ours.to_timedelta() == theirs.ToTimedelta() == value
    assert ours.ToJsonString() == theirs.ToJsonString()
    parsed = wkt.Duration()
    parsed.FromJsonString(theirs.ToJsonString())
    assert parsed == ours
    for unit in ("Nanoseconds", "Microseconds", "Milliseconds", "Seconds"):
        assert getattr(ours, "To" + unit)() == getattr(theirs, "To" + unit)(), unit


def test_duration_as_the_proto_comment_shows(wkt: Any) -> None:
    td = dt.timedelta(days=3, minutes=10)
    duration = wkt.Duration()
    duration.FromTimedelta(td)
    assert (duration.seconds, duration.nanos) == (3 * 86400 + 600, 0)
    assert wkt.Duration(seconds=-1, nanos=-500_000_000).ToJsonString() == "-1.500s"


VALUES = {"a": None, "b": True, "c": 1.5, "d": "text", "e": [1.0, "x", None, {"f": []}], "g": {"h": {"i": False}}}


def test_struct_and_value_from_and_to_python(wkt: Any) -> None:
    struct = wkt.Struct.from_pydict(VALUES)
    assert struct.to_pydict() == VALUES
    theirs = struct_pb2.Struct()
    theirs.update(VALUES)
    assert struct_pb2.Struct.FromString(bytes(struct)) == theirs
    assert wkt.Struct.parse(theirs.SerializeToString()).to_pydict() == VALUES
    assert wkt.Value.from_python([1, "a"]).to_python() == [1.0, "a"]
    assert wkt.Value.from_python(None).which_oneof("kind") == "null_value"
    assert wkt.ListValue.from_pylist([True, None]).to_pylist() == [True, None]
    with pytest.raises(TypeError, match="cannot hold a bytes"):
        wkt.Value.from_python(b"raw")
    with pytest.raises(ValueError, match="NaN"):
        wkt.Value.from_python(float("nan"))


def test_wrappers(wkt: Any) -> None:
    assert wkt.Int32Value.wrap(5) == wkt.Int32Value(value=5)
    assert wkt.Int32Value.wrap(None) is None
    assert wkt.StringValue.unwrap(wkt.StringValue(value="s")) == "s"
    assert wkt.StringValue.unwrap(None) is None


def test_any_pack_and_unpack_as_protobuf(wkt: Any, v1: Any) -> None:
    from google.protobuf import any_pb2

    ask = v1.Ask(index=3, text="packed")
    packed = wkt.Any.pack(ask)
    assert packed.type_url == "type.googleapis.com/corpus.v1.Ask" and packed.TypeName() == "corpus.v1.Ask"
    theirs = any_pb2.Any.FromString(bytes(packed))
    assert (theirs.type_url, theirs.value) == (packed.type_url, bytes(ask))
    assert packed.unpack(v1.Ask) == ask and packed.is_(v1.Ask) and packed.Is(ask)
    assert packed.unpack(v1.Reply) is None and not packed.Is(v1.Reply)
    into = v1.Ask(text="old")
    assert packed.Unpack(into) and into == ask
    other = v1.Reply(text="untouched")
    assert not packed.Unpack(other) and other.text == "untouched"
