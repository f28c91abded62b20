"""stream_infer (ModelStreamInfer) and Triton's reserved request parameters against real servers.

Triton serves decoupled `repeat_decoupled` (REPEAT responses per request, OUTPUT0 = INPUT0 * i,
IDX = i); KServe has no ModelStreamInfer; MLServer answers a stream with plain ModelInferResponses.
Both client flavours run every stream test.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from concurrent import futures
from typing import Any

import grpc
import numpy as np
import peers
import pytest

from inference_grpc import (
    InferenceGRPCClient,
    InferInput,
    InferRequest,
    InferResponse,
    RpcError,
    StreamInferError,
    SyncInferenceGRPCClient,
)

FLAVOURS = ["async", "sync"]


def _repeat(rid: str, repeat: int, *, empty_final: bool = False) -> InferRequest:
    x = InferInput("INPUT0", [4], "FP32")
    x.set_data_from_numpy(np.arange(1, 5, dtype=np.float32))
    n = InferInput("REPEAT", [1], "INT32")
    n.set_data_from_numpy(np.array([repeat], np.int32))
    parameters = {"triton_enable_empty_final_response": True} if empty_final else None
    return InferRequest("repeat_decoupled", [x, n], request_id=rid, parameters=parameters)


def _add_sub(rid: str, **kwargs: Any) -> InferRequest:
    a = np.arange(32, dtype=np.float32).reshape(2, 16)
    inputs = [InferInput("INPUT0", [2, 16], "FP32"), InferInput("INPUT1", [2, 16], "FP32")]
    for tensor in inputs:
        tensor.set_data_from_numpy(a)
    return InferRequest("add_sub", inputs, request_id=rid, **kwargs)


def _idx(response: InferResponse) -> int:
    out = response.get_output_by_name("IDX")
    assert out is not None
    return int(out.as_numpy()[0])


async def _collect(flavour: str, url: str, requests: Any, **kwargs: Any) -> list[InferResponse]:
    if flavour == "async":
        async with InferenceGRPCClient(url) as client:
            return [r async for r in client.stream_infer(requests, **kwargs)]
    with SyncInferenceGRPCClient(url) as sync_client:
        return await asyncio.to_thread(lambda: list(sync_client.stream_infer(requests, **kwargs)))


def _unimplemented(error: RpcError) -> str:
    assert error.code() == grpc.StatusCode.UNIMPLEMENTED and error.method == "ModelStreamInfer"
    return "UNIMPLEMENTED (RpcError)"


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_stream_several_responses_per_request(peer: peers.Peer, record: dict[str, str], flavour: str) -> None:
    feature = "stream_infer: decoupled, several responses per request"
    if peer.name != "triton":
        with pytest.raises(RpcError) as info:
            await _collect(flavour, peer.url, [_add_sub("a")] if peer.name == "kserve" else [_repeat("a", 3)])
        if peer.name == "kserve":
            record[feature] = _unimplemented(info.value)
        else:  # MLServer has no decoupled model: the request names an unknown one
            assert info.value.code() != grpc.StatusCode.UNIMPLEMENTED
            record[feature] = f"no decoupled models ({info.value.code().name} for an unknown model)"
        return
    responses = await _collect(flavour, peer.url, [_repeat("a", 3), _repeat("b", 2)])
    assert [(r.id, _idx(r), r.final) for r in responses] == [
        ("a", 0, False), ("a", 1, False), ("a", 2, False), ("b", 0, False), ("b", 1, False),
    ]  # fmt: skip
    out = responses[2].get_output_by_name("OUTPUT0")
    assert out is not None and out.as_numpy().tolist() == [2.0, 4.0, 6.0, 8.0]
    record[feature] = "yes (each marked not final)"


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_stream_empty_final_response(peer: peers.Peer, record: dict[str, str], flavour: str) -> None:
    feature = "stream_infer: empty final response (triton_enable_empty_final_response)"
    if peer.name != "triton":
        record[feature] = "n/a (no decoupled models)"
        return
    responses = await _collect(
        flavour, peer.url, [_repeat("e", 2, empty_final=True), _repeat("z", 0, empty_final=True)]
    )
    assert [(r.id, r.final, len(r.outputs)) for r in responses] == [
        ("e", False, 2), ("e", False, 2), ("e", True, 0), ("z", True, 0),
    ]  # fmt: skip
    record[feature] = "yes (final=True, no outputs)"


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_stream_plain_models_and_errors(peer: peers.Peer, record: dict[str, str], flavour: str) -> None:
    feature = "stream_infer: one response per request; failed request"
    if peer.name == "kserve":
        with pytest.raises(RpcError) as info:
            await _collect(flavour, peer.url, [_add_sub("a")])
        record[feature] = _unimplemented(info.value)
        return
    if peer.name == "mlserver":
        responses = await _collect(flavour, peer.url, [_add_sub("a"), _add_sub("b")])
        assert [r.id for r in responses] == ["a"] and responses[0].final  # plain ModelInferResponses
        out = responses[0].get_output_by_name("OUTPUT0")
        assert out is not None and out.as_numpy().shape == (2, 16)
        record[feature] = "plain ModelInferResponse replies, decoded; answers the first request only"
        return
    bad = InferRequest("no_such_model", _add_sub("x").inputs, request_id="bad")
    if flavour == "async":
        async with InferenceGRPCClient(peer.url) as client:
            stream = client.stream_infer([_add_sub("a"), bad, _add_sub("c")])
            first = await stream.__anext__()
            with pytest.raises(StreamInferError) as info:
                await stream.__anext__()
            rest = [r async for r in stream]
    else:
        with SyncInferenceGRPCClient(peer.url) as sync_client:
            sync_stream = sync_client.stream_infer([_add_sub("a"), bad, _add_sub("c")])
            first = next(sync_stream)
            with pytest.raises(StreamInferError) as info:
                next(sync_stream)
            rest = list(sync_stream)
    assert first.id == "a" and first.final and [r.id for r in rest] == ["c"]
    assert info.value.request_id == "bad" and "no_such_model" in str(info.value)
    record[feature] = "yes; StreamInferError names the request id, the stream goes on"


async def test_stream_concurrent_streams_and_early_break(peer: peers.Peer, record: dict[str, str]) -> None:
    feature = "stream_infer: 2 concurrent streams; break cancels (both twins)"
    if peer.name != "triton":
        record[feature] = "n/a (no decoupled models)"
        return
    async with InferenceGRPCClient(peer.url) as client:

        async def one(prefix: str) -> list[str]:
            return [
                f"{r.id}:{_idx(r)}" async for r in client.stream_infer([_repeat(f"{prefix}{i}", 3) for i in range(4)])
            ]

        a, b = await asyncio.gather(one("a"), one("b"))
        assert a == [f"a{i}:{k}" for i in range(4) for k in range(3)] and b == [x.replace("a", "b") for x in a]
        # A request for 100000 responses: breaking out after 3 and closing ends the call at once.
        started = time.monotonic()
        async with client.stream_infer([_repeat("long", 2_000)]) as stream:
            async for r in stream:
                if _idx(r) == 2:
                    break
        after = [r.id async for r in client.stream_infer([_repeat("next", 1)])]
        assert after == ["next"] and time.monotonic() - started < 10

    def sync_part() -> list[str]:
        with SyncInferenceGRPCClient(peer.url) as sync_client:
            with futures.ThreadPoolExecutor(2) as pool:
                runs = pool.map(lambda p: [r.id for r in sync_client.stream_infer([_repeat(p, 2)])], ["s", "t"])
                ids = [i for run in runs for i in run]
            for r in sync_client.stream_infer(_endless_requests()):
                if _idx(r) == 2:
                    break
            return ids + [r.id for r in sync_client.stream_infer([_repeat("next", 1)])]

    assert await asyncio.to_thread(sync_part) == ["s", "s", "t", "t", "next"]
    record[feature] = "yes"


def _endless_requests() -> Iterator[InferRequest]:
    yield _repeat("long", 2_000)


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_reserved_parameters(peer: peers.Peer, record: dict[str, str], flavour: str) -> None:
    feature = "sequence_id / priority / timeout parameters on infer (non-sequence model)"
    requests = [
        _add_sub("n", sequence_id=7, sequence_start=True, priority=1, timeout=10_000_000),
        _add_sub("s", sequence_id="corr", sequence_end=True),
    ]
    if flavour == "async":
        async with InferenceGRPCClient(peer.url) as client:
            ids = [(await client.infer(r)).id for r in requests]
    else:
        with SyncInferenceGRPCClient(peer.url) as sync_client:
            ids = [sync_client.infer(r).id for r in requests]
    assert ids == ["n", "s"]
    record[feature] = "accepted"


def _sequence_step(rid: str, value: float, **kwargs: Any) -> InferRequest:
    x = InferInput("INPUT0", [1], "FP32")
    x.set_data_from_numpy(np.array([value], np.float32))
    return InferRequest("sequence_sum", [x], request_id=rid, **kwargs)


def _sum_and_flags(response: InferResponse) -> tuple[float, list[int]]:
    total, flags = response.get_output_by_name("OUTPUT0"), response.get_output_by_name("FLAGS")
    assert total is not None and flags is not None
    return float(total.as_numpy()[0]), flags.as_numpy().tolist()


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_sequences(peer: peers.Peer, record: dict[str, str], flavour: str) -> None:
    feature = "sequences: int and str sequence ids, start/end flags (stream and infer)"
    if peer.name != "triton":
        record[feature] = "n/a (no sequence batcher)"
        return
    # Two sequences interleaved on one stream: Triton keeps the state of each apart.
    steps = [
        _sequence_step("1", 1, sequence_id=11, sequence_start=True),
        _sequence_step("2", 2, sequence_id="seq-a", sequence_start=True),
        _sequence_step("3", 10, sequence_id=11),
        _sequence_step("4", 20, sequence_id="seq-a", sequence_end=True),
        _sequence_step("5", 100, sequence_id=11, sequence_end=True),
    ]
    responses = await _collect(flavour, peer.url, steps)
    assert [(r.id, *_sum_and_flags(r)) for r in responses] == [
        ("1", 1.0, [1, 0]), ("2", 2.0, [1, 0]), ("3", 11.0, [0, 0]), ("4", 22.0, [0, 1]), ("5", 111.0, [0, 1]),
    ]  # fmt: skip
    one = _sequence_step("u", 5, sequence_id=99 if flavour == "async" else 98, sequence_start=True, sequence_end=True)
    if flavour == "async":
        async with InferenceGRPCClient(peer.url) as client:
            unary = await client.infer(one)
            with pytest.raises(RpcError) as info:
                await client.infer(_sequence_step("n", 1))  # no sequence id for a sequence model
    else:
        with SyncInferenceGRPCClient(peer.url) as sync_client:
            unary = sync_client.infer(one)
            with pytest.raises(RpcError) as info:
                sync_client.infer(_sequence_step("n", 1))
    assert _sum_and_flags(unary) == (5.0, [1, 1])
    assert info.value.code() == grpc.StatusCode.INVALID_ARGUMENT and "correlation ID" in info.value.details()
    record[feature] = "yes"
