"""All four RPC kinds through the generated blocking stubs and a threaded servicer, over loopback."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import grpc
import pytest

from inference_grpc.runtime import InvalidInput, RpcError, SyncCaller


@pytest.fixture
def stub(sync_server: tuple[str, Any], v1: Any) -> Iterator[Any]:
    with grpc.insecure_channel(sync_server[0]) as channel:
        yield v1.StreamerSyncStub(channel)


def test_unary(stub: Any, v1: Any) -> None:
    scalars = v1.Scalars(f_float=-0.0, f_sint32=-(2**31), f_fixed64=2**64 - 1, f_bool=True)
    reply = stub.unary(v1.Ask(index=3, text="hi", payload=b"\xff" * 3000, scalars=scalars), timeout=10)
    assert isinstance(reply, v1.Reply)
    assert (reply.index, reply.text, bytes(reply.payload)) == (3, "hi", b"\xff" * 3000)
    assert reply.scalars == scalars


def test_a_call_through_the_runtime_may_decode_the_reply_itself(stub: Any, v1: Any) -> None:
    route = v1.StreamerSyncStub.routes["unary"]
    kind, data = stub._caller.unary_unary(route)(v1.Ask(index=3, text="hi"), timeout=10, decode=lambda b: ("raw", b))
    assert kind == "raw" and type(data) is bytes
    assert v1.Reply.parse(data) == stub.unary(v1.Ask(index=3, text="hi"), timeout=10)


def test_single_requests_may_be_given_encoded(stub: Any, v1: Any) -> None:
    ask = v1.Ask(index=5, text="pre-encoded", count=2)
    assert stub.unary(bytes(ask), timeout=10).text == stub.unary(ask, timeout=10).text == "pre-encoded"
    assert [r.index for r in stub.server_stream(bytes(ask), timeout=10)] == [0, 1]


def test_server_stream(stub: Any, v1: Any) -> None:
    replies = list(stub.server_stream(v1.Ask(count=4, text="s"), timeout=10))
    assert [r.index for r in replies] == [0, 1, 2, 3]


def test_client_stream(stub: Any, v1: Any) -> None:
    def asks() -> Iterator[Any]:
        for i in range(3):
            yield v1.Ask(text=f"a{i}")

    reply = stub.client_stream(asks(), timeout=10)
    assert (reply.received, reply.text) == (3, "a0,a1,a2")
    reply = stub.client_stream([v1.Ask(text="only")], timeout=10)  # any iterable, not just iterators
    assert (reply.received, reply.text) == (1, "only")


def test_bidi_stream(stub: Any, v1: Any) -> None:
    replies = list(stub.bidi([v1.Ask(index=i, text=w) for i, w in enumerate(["a", "b"])], timeout=10))
    assert [(r.index, r.text) for r in replies] == [(0, "A"), (1, "B")]


def test_deadline_exceeded_is_an_rpc_error_with_its_code(stub: Any, v1: Any) -> None:
    started = time.monotonic()
    with pytest.raises(RpcError) as info:
        stub.unary(v1.Ask(sleep_seconds=3), timeout=0.2)
    assert time.monotonic() - started < 2.5
    assert isinstance(info.value, grpc.RpcError)
    assert info.value.code() == grpc.StatusCode.DEADLINE_EXCEEDED
    with pytest.raises(RpcError) as info:
        list(stub.server_stream(v1.Ask(count=2, sleep_seconds=3), timeout=0.2))
    assert info.value.code() == grpc.StatusCode.DEADLINE_EXCEEDED


def test_timeout_none_means_no_deadline(sync_server: tuple[str, Any], v1: Any) -> None:
    with grpc.insecure_channel(sync_server[0]) as channel:
        stub = v1.StreamerSyncStub(SyncCaller(channel, timeout=30))
        assert stub.unary(v1.Ask(text="deadline?")).text != "none"
        assert float(stub.unary(v1.Ask(text="deadline?"), timeout=5).text) <= 5
        assert stub.unary(v1.Ask(text="deadline?"), timeout=None).text == "none"
        assert v1.StreamerSyncStub(channel).unary(v1.Ask(text="deadline?")).text == "none"


def test_metadata_reaches_the_server(stub: Any, v1: Any) -> None:
    reply = stub.unary(v1.Ask(), metadata=[("X-Mixed-Case", "v"), ("blob-bin", b"\x01\x02")], timeout=10)
    assert reply.metadata["x-mixed-case"] == "v"
    assert bytes(reply.binary_metadata["blob-bin"]) == b"\x01\x02"
    (first,) = stub.bidi([v1.Ask()], metadata={"k": "v"}, timeout=10)
    assert first.metadata["k"] == "v"
    with pytest.raises(InvalidInput):
        stub.unary(v1.Ask(), metadata={"k": 1}, timeout=10)


def test_compression_is_accepted(stub: Any, v1: Any) -> None:
    payload = b"z" * 100_000
    for compression in (grpc.Compression.Gzip, grpc.Compression.Deflate):
        assert bytes(stub.unary(v1.Ask(payload=payload), compression=compression, timeout=10).payload) == payload
        assert len(list(stub.server_stream(v1.Ask(count=2), compression=compression, timeout=10))) == 2


def test_unimplemented_methods(stub: Any, v1: Any) -> None:
    with pytest.raises(RpcError) as info:
        stub.not_served(v1.Ask(), timeout=10)
    assert info.value.code() == grpc.StatusCode.UNIMPLEMENTED
    with pytest.raises(RpcError) as info:
        list(stub.not_served_stream(v1.Ask(), timeout=10))
    assert info.value.code() == grpc.StatusCode.UNIMPLEMENTED


def test_breaking_out_of_a_response_stream_cancels_the_call(stub: Any, v1: Any, sync_server: tuple[str, Any]) -> None:
    observed = sync_server[1]
    for received, _ in enumerate(stub.server_stream(v1.Ask(count=1000, sleep_seconds=0.01), timeout=30), 1):
        if received == 3:
            break
    assert observed.finished.wait(5), "the call did not end on the server"
    time.sleep(0.1)
    assert observed.sent < 100, "the server kept streaming after the client left"


def test_stream_errors_keep_their_status_code(stub: Any, v1: Any) -> None:
    received = []
    with pytest.raises(RpcError) as info:
        for reply in stub.server_stream(v1.Ask(count=5, fail_after=3, fail_code=14), timeout=10):
            received.append(reply.index)
    assert received == [0, 1, 2]
    assert (info.value.code(), info.value.details()) == (grpc.StatusCode.UNAVAILABLE, "failed after 3")
    with pytest.raises(RpcError) as info:
        list(stub.bidi([v1.Ask(index=0), v1.Ask(index=1, fail_code=10)], timeout=10))
    assert info.value.code() == grpc.StatusCode.ABORTED
    with pytest.raises(RpcError) as info:
        stub.unary(v1.Ask(text="x", fail_code=5), timeout=10)
    assert info.value.code() == grpc.StatusCode.NOT_FOUND
