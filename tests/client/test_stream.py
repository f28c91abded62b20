"""stream_infer against a decoupled test server on the GENERATED Triton servicer base (real loopback gRPC).

The server (a blocking grpc.server on threads, so both client flavours can use it) answers each
request with REPEAT responses (request parameter `repeat`, default 2) of OUTPUT0 = INPUT0 * i,
marked with `triton_final_response` as Triton marks them; the last is final unless the request asks
for an empty final response (`triton_enable_empty_final_response`). Model "fail" answers with an
error message (and the request id, as Triton does); model "plain" answers with plain
ModelInferResponses (as MLServer does); model "endless" sends a response every 10 ms until
cancelled. The server records what it received and whether each call was cancelled.
"""

from __future__ import annotations

import asyncio
import pickle
import threading
import time
from collections.abc import AsyncIterator, Iterator
from concurrent import futures
from dataclasses import dataclass, field
from typing import Any

import grpc
import numpy as np
import pytest

from inference_grpc import (
    InferenceGRPCClient,
    InferInput,
    InferRequest,
    InferResponse,
    InvalidInput,
    RpcError,
    StreamInferError,
    SyncInferenceGRPCClient,
)
from inference_grpc import protocol as kserve_protocol
from inference_grpc import triton_protocol as tp

from .conftest import wait_until


def _param(request: Any, name: str, default: Any = None) -> Any:
    p = request.parameters.get(name)
    if p is None:
        return default
    for value in (p.bool_param, p.int64_param, p.string_param, p.double_param, p.uint64_param):
        if value is not None:
            return value
    return default


@dataclass
class Seen:
    requests: list[Any] = field(default_factory=list)
    calls: int = 0
    cancelled: int = 0
    ended: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)


def _response(request: Any, x: np.ndarray, i: int, final: bool) -> tp.ModelInferResponse:
    return tp.ModelInferResponse(
        model_name=request.model_name,
        id=request.id,
        parameters={"triton_final_response": tp.InferParameter(bool_param=final)},
        outputs=[
            tp.ModelInferResponseInferOutputTensor(name="OUTPUT0", datatype="FP32", shape=list(x.shape)),
            tp.ModelInferResponseInferOutputTensor(name="IDX", datatype="INT32", shape=[1]),
        ],
        raw_output_contents=[(x * i).astype("<f4").tobytes(), np.array([i], "<i4").tobytes()],
    )


class DecoupledServicer(tp.GRPCInferenceServiceSyncServicer):
    def __init__(self, seen: Seen) -> None:
        self.seen = seen

    def model_infer(self, request: Any, context: Any) -> Any:
        with self.seen.lock:
            self.seen.requests.append(request)
        x = np.frombuffer(bytes(request.raw_input_contents[0]), "<f4")
        return _response(request, x, 1, True)

    def model_stream_infer(self, requests: Iterator[Any], context: Any) -> Iterator[Any]:
        seen = self.seen
        state = {"finished": False}
        with seen.lock:
            seen.calls += 1
        context.add_callback(lambda: _terminated(seen, state))
        yield from self._answer(requests, context)
        state["finished"] = True  # the handler ran to its end: not cancelled

    def _answer(self, requests: Iterator[Any], context: Any) -> Iterator[Any]:
        for request in requests:
            with self.seen.lock:
                self.seen.requests.append(request)
            x = np.frombuffer(bytes(request.raw_input_contents[0]), "<f4")
            if request.model_name == "fail":
                yield tp.ModelStreamInferResponse(
                    error_message=f"[request id: {request.id}] it failed",
                    infer_response=tp.ModelInferResponse(id=request.id),
                )
                continue
            if request.model_name == "endless":
                i = 0
                while context.is_active():
                    yield tp.ModelStreamInferResponse(infer_response=_response(request, x, i, False))
                    i += 1
                    time.sleep(0.01)
                raise grpc.RpcError("cancelled")
            repeat = _param(request, "repeat", 2)
            empty_final = _param(request, "triton_enable_empty_final_response", False)
            for i in range(repeat):
                reply = _response(request, x, i, i == repeat - 1 and not empty_final)
                if request.model_name == "plain":
                    plain = kserve_protocol.ModelInferResponse.parse(bytes(reply))
                    plain.parameters = {}
                    yield plain  # the servicer sends bytes(message): a plain ModelInferResponse, as MLServer does
                else:
                    yield tp.ModelStreamInferResponse(infer_response=reply)
            if empty_final:
                final = tp.ModelInferResponse(
                    model_name=request.model_name,
                    id=request.id,
                    parameters={"triton_final_response": tp.InferParameter(bool_param=True)},
                )
                yield tp.ModelStreamInferResponse(infer_response=final)


def _terminated(seen: Seen, state: dict[str, bool]) -> None:
    with seen.lock:
        if state["finished"]:
            seen.ended += 1
        else:
            seen.cancelled += 1


@pytest.fixture(scope="module")
def server() -> Iterator[tuple[str, Seen]]:
    seen = Seen()
    srv = grpc.server(futures.ThreadPoolExecutor(max_workers=16))
    DecoupledServicer(seen).add_to_server(srv)
    port = srv.add_insecure_port("127.0.0.1:0")
    srv.start()
    yield f"127.0.0.1:{port}", seen
    srv.stop(None)


@pytest.fixture
def seen(server: tuple[str, Seen]) -> Seen:
    s = server[1]
    with s.lock:
        s.requests.clear()
        s.calls = s.cancelled = s.ended = 0
    return s


@pytest.fixture(params=["async", "sync"])
async def client(request: pytest.FixtureRequest, server: tuple[str, Seen]) -> AsyncIterator[Any]:
    if request.param == "async":
        c: Any = InferenceGRPCClient(server[0], timeout=10)
        yield c
        await c.close()
    else:
        c = SyncInferenceGRPCClient(server[0], timeout=10)
        yield c
        c.close()


def req(rid: str, model: str = "decoupled", repeat: int | None = 2, **kwargs: Any) -> InferRequest:
    x = InferInput("INPUT0", [4], "FP32")
    x.set_data_from_numpy(np.arange(4, dtype=np.float32) + 1)
    parameters = kwargs.pop("parameters", {})
    if repeat is not None:
        parameters["repeat"] = repeat
    return InferRequest(model, [x], request_id=rid, parameters=parameters, **kwargs)


async def collect(client: Any, requests: Any, **kwargs: Any) -> list[InferResponse]:
    stream = client.stream_infer(requests, **kwargs)
    if isinstance(client, InferenceGRPCClient):
        return [r async for r in stream]
    return list(stream)


END = object()  # what read_one returns at the end of a stream


async def read_one(stream: Any) -> Any:
    try:
        if hasattr(stream, "__anext__"):
            return await stream.__anext__()
        return next(stream)
    except (StopIteration, StopAsyncIteration):
        return END


async def close(stream: Any) -> None:
    if hasattr(stream, "aclose"):
        await stream.aclose()
    else:
        stream.close()


def outputs(response: InferResponse) -> tuple[list[float], int]:
    out, idx = response.get_output_by_name("OUTPUT0"), response.get_output_by_name("IDX")
    assert out is not None and idx is not None
    return out.as_numpy().tolist(), int(idx.as_numpy()[0])


async def test_several_responses_per_request_carry_their_request_id_and_final_flag(client: Any, seen: Seen) -> None:
    responses = await collect(client, [req("a", repeat=3), req("b", repeat=1)])
    assert [(r.id, outputs(r)[1], r.final) for r in responses] == [
        ("a", 0, False), ("a", 1, False), ("a", 2, True), ("b", 0, True),
    ]  # fmt: skip
    assert outputs(responses[2])[0] == [2.0, 4.0, 6.0, 8.0]
    assert bool(responses[0].parameters["triton_final_response"]) is False
    assert all(isinstance(r, InferResponse) and r.model_name == "decoupled" for r in responses)
    assert [r.id for r in seen.requests] == ["a", "b"]


async def test_empty_final_response(client: Any) -> None:
    request = req("e", repeat=2, parameters={"triton_enable_empty_final_response": True})
    responses = await collect(client, [request])
    assert [(r.id, r.final, len(r.outputs)) for r in responses] == [("e", False, 2), ("e", False, 2), ("e", True, 0)]


async def test_zero_responses_and_empty_request_stream(client: Any) -> None:
    assert await collect(client, [req("z", repeat=0)]) == []
    assert await collect(client, []) == []


async def test_requests_from_a_generator_and_an_async_generator(client: Any) -> None:
    def plain() -> Iterator[InferRequest]:
        for i in range(3):
            yield req(f"g{i}", repeat=1)

    assert [r.id for r in await collect(client, plain())] == ["g0", "g1", "g2"]
    if isinstance(client, InferenceGRPCClient):

        async def produced() -> AsyncIterator[InferRequest]:
            for i in range(3):
                await asyncio.sleep(0)
                yield req(f"h{i}", repeat=1)

        assert [r.id for r in await collect(client, produced())] == ["h0", "h1", "h2"]


async def test_generated_and_protobuf_requests_are_accepted(client: Any) -> None:
    ours = req("k", repeat=1).to_grpc()
    triton = tp.ModelInferRequest.parse(bytes(ours))
    triton.id = "t"
    responses = await collect(client, [ours, triton])
    assert [r.id for r in responses] == ["k", "t"]


async def test_an_error_in_one_response_raises_naming_the_request_and_the_stream_goes_on(client: Any) -> None:
    stream = client.stream_infer([req("ok1", repeat=1), req("bad", model="fail"), req("ok2", repeat=1)])
    first = await read_one(stream)
    assert first.id == "ok1"
    with pytest.raises(StreamInferError) as info:
        await read_one(stream)
    error = info.value
    assert isinstance(error, RpcError) and isinstance(error, grpc.RpcError)
    assert error.request_id == "bad" and error.code() == grpc.StatusCode.UNKNOWN
    assert "request 'bad'" in str(error) and "it failed" in str(error) and "ModelStreamInfer" in str(error)
    assert pickle.loads(pickle.dumps(error)).request_id == "bad"
    assert (await read_one(stream)).id == "ok2"
    assert await read_one(stream) is END


async def test_plain_model_infer_response_replies_decode(client: Any) -> None:
    responses = await collect(client, [req("p", model="plain", repeat=2)])
    assert [(r.id, outputs(r)[1], r.final) for r in responses] == [("p", 0, True), ("p", 1, True)]
    assert outputs(responses[1])[0] == [1.0, 2.0, 3.0, 4.0]


async def test_streamed_responses_equal_what_infer_returns(client: Any) -> None:
    unary = client.infer(req("u", repeat=None))
    unary = await unary if asyncio.iscoroutine(unary) else unary
    responses = await collect(client, [req("u", repeat=2)])
    assert responses[1] == unary  # OUTPUT0 = INPUT0 * 1, IDX = 1, final


async def test_many_concurrent_streams_on_one_client(client: Any) -> None:
    def ids(n: int, prefix: str) -> list[InferRequest]:
        return [req(f"{prefix}{i}", repeat=3) for i in range(n)]

    if isinstance(client, InferenceGRPCClient):
        results = await asyncio.gather(*(collect(client, ids(5, f"s{k}-")) for k in range(6)))
    else:
        with futures.ThreadPoolExecutor(6) as pool:
            results = list(pool.map(lambda k: list(client.stream_infer(ids(5, f"s{k}-"))), range(6)))
    for k, responses in enumerate(results):
        assert [r.id for r in responses] == [f"s{k}-{i}" for i in range(5) for _ in range(3)]


async def _eventually(predicate: Any) -> bool:
    return await asyncio.to_thread(wait_until, predicate, 5.0)


async def test_breaking_out_and_dropping_the_iterator_cancels_the_call(client: Any, seen: Seen) -> None:
    stream = client.stream_infer([req("x", model="endless")])
    if isinstance(client, InferenceGRPCClient):
        async for r in stream:
            if outputs(r)[1] == 2:
                break
    else:
        for r in stream:
            if outputs(r)[1] == 2:
                break
    del stream, r
    assert await _eventually(lambda: seen.cancelled == 1)


async def test_closing_cancels_the_call_after_a_read_and_before_the_first(client: Any, seen: Seen) -> None:
    stream = client.stream_infer([req("y", model="endless")])
    await read_one(stream)
    await close(stream)
    assert await _eventually(lambda: seen.cancelled == 1)
    assert await read_one(stream) is END

    pulled: list[int] = []

    def requests() -> Iterator[InferRequest]:
        pulled.append(1)
        yield req("never", model="endless")

    unread = client.stream_infer(requests())
    await close(unread)
    assert await read_one(unread) is END
    assert pulled == [] and seen.calls == 1  # the call starts at the first read: nothing ran


async def test_async_with_and_a_cancelled_task_cancel_the_call(server: tuple[str, Seen], seen: Seen) -> None:
    async with InferenceGRPCClient(server[0]) as client:
        async with client.stream_infer([req("w", model="endless")]) as stream:
            await stream.__anext__()
        assert await _eventually(lambda: seen.cancelled == 1)

        async def read_all() -> None:
            async for _ in client.stream_infer([req("v", model="endless")]):
                pass

        task = asyncio.create_task(read_all())
        await asyncio.sleep(0.1)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert await _eventually(lambda: seen.cancelled == 2)


async def test_a_request_that_fails_validation_raises_and_ends_the_call_unsent(client: Any, seen: Seen) -> None:
    bad = InferInput("INPUT0", [4], "FP32")
    bad.set_data_from_numpy(np.zeros(4, np.float32))
    bad.shape = [5]  # 4 elements for shape [5]

    def requests() -> Iterator[Any]:
        yield req("first", model="endless")
        time.sleep(0.05)
        yield InferRequest("decoupled", [bad], request_id="second")

    stream = client.stream_infer(requests())
    with pytest.raises(InvalidInput, match="INPUT0"):
        for _ in range(1000):
            assert await read_one(stream) is not END
    assert [r.id for r in seen.requests] == ["first"]  # nothing of the bad request, no empty message
    assert await _eventually(lambda: seen.cancelled == 1)
    assert await read_one(stream) is END


async def test_not_a_request_and_an_error_of_the_request_iterator(client: Any, seen: Seen) -> None:
    with pytest.raises(InvalidInput, match=r"stream_infer\(\) takes InferRequests"):
        await collect(client, [req("a", repeat=1), "not a request"])

    def broken() -> Iterator[InferRequest]:
        yield req("b", repeat=1)
        raise KeyError("from the caller's iterator")

    with pytest.raises(KeyError, match="from the caller's iterator"):
        await collect(client, broken())


async def test_bad_timeout_or_headers_raise_at_the_call(client: Any) -> None:
    with pytest.raises(InvalidInput):
        client.stream_infer([], timeout=-1)
    with pytest.raises(InvalidInput):
        client.stream_infer([], headers={"bad key": "x"})


async def test_the_deadline_covers_the_whole_stream(client: Any) -> None:
    with pytest.raises(RpcError) as info:
        await collect(client, [req("d", model="endless")], timeout=0.3)
    assert info.value.code() == grpc.StatusCode.DEADLINE_EXCEEDED and info.value.method == "ModelStreamInfer"


async def test_sequence_priority_and_timeout_reach_the_server_on_both_calls(client: Any, seen: Seen) -> None:
    first = req("s1", repeat=1, sequence_id=42, sequence_start=True, priority=2, timeout=5000)
    last = req("s2", repeat=1, sequence_id=42, sequence_end=True)
    named = req("s3", repeat=1, sequence_id="corr-7")
    await collect(client, [first, last, named])
    unary = client.infer(req("s4", repeat=None, sequence_id=9, sequence_start=True, sequence_end=True))
    if asyncio.iscoroutine(unary):
        await unary
    got = {r.id: r.parameters for r in seen.requests}
    assert got["s1"]["sequence_id"].int64_param == 42
    assert got["s1"]["sequence_start"].bool_param is True and got["s1"]["sequence_end"].bool_param is False
    assert got["s1"]["priority"].uint64_param == 2 and got["s1"]["timeout"].int64_param == 5000
    assert got["s2"]["sequence_end"].bool_param is True and got["s2"]["sequence_start"].bool_param is False
    assert got["s3"]["sequence_id"].string_param == "corr-7"
    assert {k: _param(r, k) for r in seen.requests if r.id == "s4" for k in r.parameters} == {
        "sequence_id": 9, "sequence_start": True, "sequence_end": True,
    }  # fmt: skip
    assert "priority" not in got["s2"] and "timeout" not in got["s3"]


async def test_a_server_without_model_stream_infer_answers_unimplemented(env: Any) -> None:
    client = env.client()
    with pytest.raises(RpcError) as info:
        await collect(client, [req("a")])
    assert info.value.code() == grpc.StatusCode.UNIMPLEMENTED
    assert "ModelStreamInfer" in str(info.value) and env.url in str(info.value)  # names the server


@pytest.mark.parametrize("flavour", ["async", "sync"])
async def test_a_server_that_ends_the_call_while_requests_are_written_still_reads_unimplemented(flavour: str) -> None:
    # grpc.aio loses the status of a stream the server ends while a request is being written
    # ("Internal error from Core", on about half of such calls here); stream_infer recovers it.
    server = grpc.aio.server()  # serves no method at all
    port = server.add_insecure_port("127.0.0.1:0")
    await server.start()
    client: Any = (InferenceGRPCClient if flavour == "async" else SyncInferenceGRPCClient)(f"127.0.0.1:{port}")
    try:
        codes = []
        for i in range(40):
            requests = [req(f"{i}-{j}") for j in range(5)]
            with pytest.raises(RpcError) as info:
                if flavour == "async":
                    await collect(client, requests)
                else:  # the blocking twin runs on its own threads: keep the loop (and the server) going
                    await asyncio.to_thread(lambda rs=requests: list(client.stream_infer(rs)))
            codes.append(info.value.code())
        assert set(codes) == {grpc.StatusCode.UNIMPLEMENTED}
    finally:
        result = client.close()
        if asyncio.iscoroutine(result):
            await result
        await server.stop(None)
