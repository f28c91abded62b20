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
from protovalues import CORPUS_MESSAGES, PROTOCOL_MESSAGES, check_both_ways, protocol_class

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


@pytest.mark.parametrize("full_name", PROTOCOL_MESSAGES)
def test_protocol_messages_both_ways(full_name: str, protobuf_code: Any) -> None:
    check_both_ways(protocol_class, protobuf_code.descriptor(full_name), EXAMPLES)


@pytest.mark.parametrize("full_name", CORPUS_MESSAGES)
def test_corpus_messages_both_ways(full_name: str, protobuf_code: Any, corpus: Any) -> None:
    check_both_ways(corpus.message_class, protobuf_code.descriptor(full_name), EXAMPLES)
