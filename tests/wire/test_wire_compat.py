"""Wire compatibility with protobuf's own generated code, both ways, for every message type.

For each message of the protocol (the checked-in generated/ package) and of the test corpus
(generated at test time), hypothesis draws one value tree from the protobuf descriptor and
builds both a protobuf message and one of ours from it; then protobuf must parse our bytes into
its message and we must parse protobuf's bytes into ours. Concatenated encodings check that
both merge repeated occurrences the same way.
"""

from __future__ import annotations

import os
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from protovalues import (
    CORPUS_MESSAGES,
    PROTOCOL_MESSAGES,
    build_ours,
    build_pb,
    canonical_ours,
    canonical_pb,
    is_map,
    message_settings,
    message_values,
    pb_class,
    protocol_class,
)

EXAMPLES = int(os.environ.get("WIRE_EXAMPLES", "40"))


def test_every_feature_is_covered() -> None:
    """The parametrisation below really spans the protocol and the corpus (and its imports)."""
    assert "inference.ModelInferRequest.InferInputTensor" in PROTOCOL_MESSAGES
    assert len(PROTOCOL_MESSAGES) == 22
    for name in (
        "corpus.v1.Scalars",
        "corpus.v1.Nested.Middle.Inner",
        "corpus.shared.v1.Point.Label",
        "google.protobuf.Struct",
        "google.protobuf.Timestamp",
        "google.protobuf.Int32Value",
        "corpus.v1.Extra",
    ):
        assert name in CORPUS_MESSAGES


def _in_number_order_without_maps(desc: Any, seen: set[str]) -> bool:
    if desc.full_name in seen:
        return True
    seen.add(desc.full_name)
    numbers = [f.number for f in desc.fields]
    if numbers != sorted(numbers) or any(is_map(f) for f in desc.fields):
        return False
    return all(_in_number_order_without_maps(f.message_type, seen) for f in desc.fields if f.message_type)


def _check_both_ways(resolve: Any, protobuf_code: Any, full_name: str) -> None:
    desc = protobuf_code.descriptor(full_name)
    ours_cls = resolve(full_name)
    pb_cls = pb_class(desc)
    byte_identical = _in_number_order_without_maps(desc, set())

    @message_settings(EXAMPLES)
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


@pytest.mark.parametrize("full_name", PROTOCOL_MESSAGES)
def test_protocol_messages_both_ways(full_name: str, protobuf_code: Any) -> None:
    _check_both_ways(protocol_class, protobuf_code, full_name)


@pytest.mark.parametrize("full_name", CORPUS_MESSAGES)
def test_corpus_messages_both_ways(full_name: str, protobuf_code: Any, corpus: Any) -> None:
    _check_both_ways(corpus.message_class, protobuf_code, full_name)
