"""Unknown fields: decoded with an older schema, kept and encoded again byte for byte, nested
ones too, as protobuf does (property-tested against protobuf in both directions)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from google.protobuf import descriptor_pb2, descriptor_pool, message_factory
from hypothesis import given
from hypothesis import strategies as st
from protovalues import build_pb, message_settings, message_values

PROTOS = Path(__file__).resolve().parents[1] / "protos"
FILES = ("evolve/v1/record.proto", "evolve/v2/record.proto")


class PrivatePoolCode:
    """Protobuf's classes of both schemas, in a descriptor pool of their own."""

    def __init__(self, fds: descriptor_pb2.FileDescriptorSet) -> None:
        self.pool = descriptor_pool.DescriptorPool()
        for file in fds.file:
            self.pool.Add(file)

    def descriptor(self, full_name: str) -> Any:
        return self.pool.FindMessageTypeByName(full_name)

    def message_class(self, full_name: str) -> Any:
        return message_factory.GetMessageClass(self.descriptor(full_name))


@pytest.fixture(scope="module")
def pools(tmp_path_factory: pytest.TempPathFactory) -> PrivatePoolCode:
    from grpc_tools import protoc

    out = tmp_path_factory.mktemp("evolve") / "evolve.pb"
    assert protoc.main(["protoc", f"-I{PROTOS}", f"--descriptor_set_out={out}", "--include_imports", *FILES]) == 0
    return PrivatePoolCode(descriptor_pb2.FileDescriptorSet.FromString(out.read_bytes()))


@pytest.fixture(scope="module")
def old(generate: Any) -> Any:
    return generate(["evolve/v1/record.proto"]).module("evolve.v1")


def _check(old: Any, pools: PrivatePoolCode, new_message: Any) -> None:
    data = new_message.SerializeToString()
    ours = old.Record.parse(data)
    theirs = pools.message_class("evolve.v1.Record").FromString(data)
    # What the old schema re-encodes is what protobuf's old schema re-encodes, byte for byte...
    assert bytes(ours) == theirs.SerializeToString()
    # ...and the newer schema reads everything back.
    again = pools.message_class("evolve.v2.Record").FromString(bytes(ours))
    assert again == new_message
    # Both ways: protobuf's re-encoding of the old schema decodes to the same message of ours.
    assert old.Record.parse(theirs.SerializeToString()) == ours
    assert bytes(old.Record.parse(theirs.SerializeToString())) == bytes(ours)


@message_settings(max_examples=150)
@given(data=st.data())
def test_unknown_fields_survive_an_older_schema(data: st.DataObject, old: Any, pools: PrivatePoolCode) -> None:
    desc = pools.descriptor("evolve.v2.Record")
    values = data.draw(message_values(desc))
    if len(values.get("by_name", {})) > 1:  # the order of map entries is protobuf's own (by hash), not ours
        values["by_name"] = dict(list(values["by_name"].items())[:1])
    new_message = build_pb(desc, values)
    # build_pb builds in the default pool; the same bytes in the private pool's class.
    new_message = pools.message_class("evolve.v2.Record").FromString(new_message.SerializeToString())
    _check(old, pools, new_message)


def test_unknown_fields_kept_in_nested_messages(old: Any, pools: PrivatePoolCode) -> None:
    new = pools.message_class("evolve.v2.Record")
    inner = {"name": "n", "more": -5, "blob": b"\x00\xff" * 700, "f32": 7}
    message = new(
        id=3,
        note="n" * 200,
        inner=inner,
        items=[inner, {"more": 1}],
        f64=2**64 - 1,
        d=-0.0,
        packed=[-1, 2, -(2**31)],
        tags=["a", ""],
        by_name={"k": {"name": "v", "more": 9}},
        other={"blob": b"x"},
        flag=False,
        far=-1,
    )
    _check(old, pools, message)
    ours = old.Record.parse(message.SerializeToString())
    assert ours.inner == old.Inner(name="n") and ours.inner._unknown_fields, "nested unknown fields kept"
    assert (ours.id, [i.name for i in ours.items]) == (3, ["n", ""])
    # A field set after decoding is encoded with the unknown ones kept.
    ours.id = 4
    assert new.FromString(bytes(ours)).id == 4 and new.FromString(bytes(ours)).note == "n" * 200


def test_messages_without_unknown_fields_encode_as_before(old: Any) -> None:
    record = old.Record(id=1, inner=old.Inner(name="x"))
    assert old.Record.parse(bytes(record))._unknown_fields == b""
    assert bytes(old.Record.parse(bytes(record))) == bytes(record)
