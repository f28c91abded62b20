"""ModelStreamInfer on the embedded server, through Triton's generated stubs over real gRPC."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import grpc
import grpc.aio
import numpy as np
import pytest

from inference_grpc import InferInput, InferRequest, InferResponse
from inference_grpc import protocol as kp
from inference_grpc import triton_protocol as tp
from inference_grpc.server import serve, serve_in_thread

from . import triton_models
from .triton_models import triton_registry


@pytest.fixture(scope="module")
def url() -> Iterator[str]:
    with serve_in_thread(triton_registry()) as address:
        yield address


@pytest.fixture
def stub(url: str) -> Iterator[tp.GRPCInferenceServiceSyncStub]:
    channel = grpc.insecure_channel(url)
    yield tp.GRPCInferenceServiceSyncStub(channel)
    channel.close()


def request(model: str, request_id: str = "", x: Any = (1.0, 2.0), **parameters: Any) -> tp.ModelInferRequest:
    array = np.asarray(x, np.float32)
    tensor = InferInput("X", list(array.shape), "FP32")
    tensor.set_data_from_numpy(array)
    message = InferRequest(model, [tensor], request_id=request_id or None, parameters=parameters or None).to_grpc()
    return tp.ModelInferRequest.parse(bytes(message))


def decoded(reply: tp.ModelStreamInferResponse) -> InferResponse:
    assert reply.error_message == "" and reply.infer_response is not None, reply.error_message
    return InferResponse.from_grpc(kp.ModelInferResponse.parse(bytes(reply.infer_response)))


def summary(replies: list[tp.ModelStreamInferResponse]) -> list[tuple[Any, ...]]:
    """(id, IDX or None, final flag) per reply, or ("error", id, message)."""
    out: list[tuple[Any, ...]] = []
    for reply in replies:
        if reply.error_message:
            failed = reply.infer_response  # which request failed: its id, as Triton sends it
            out.append(("error", failed.id if failed is not None else None, reply.error_message))
            continue
        response = decoded(reply)
        idx = response.get_output_by_name("IDX")
        final = response.parameters.get("triton_final_response")
        out.append((response.id, None if idx is None else int(idx.as_numpy()[0]), final))
    return out


@pytest.mark.parametrize("model", ["count", "count_async", "count_threaded"])
def test_decoupled_responses_in_order_with_empty_final(stub: tp.GRPCInferenceServiceSyncStub, model: str) -> None:
    requests = [
        request(model, "a", n=3, triton_enable_empty_final_response=True),
        request(model, "b", n=2),
        request(model, "c", n=0, triton_enable_empty_final_response=True),
    ]
    replies = list(stub.model_stream_infer(iter(requests), timeout=20))
    assert summary(replies) == [
        ("a", 0, False),
        ("a", 1, False),
        ("a", 2, False),
        ("a", None, True),  # the empty final response the request asked for
        ("b", 0, False),
        ("b", 1, False),  # no empty final without the parameter, as on Triton
        ("c", None, True),  # zero responses, then the empty final
    ]
    second = decoded(replies[1])
    np.testing.assert_array_equal(second.get_output_by_name("Y").as_numpy(), [1.0, 2.0])  # type: ignore[union-attr]
    assert second.model_name == model and second.model_version == "1"
    final = decoded(replies[3])
    assert final.outputs == [] and final.model_name == model


def test_plain_model_answers_once_per_request_on_the_stream(stub: tp.GRPCInferenceServiceSyncStub) -> None:
    a = np.arange(16, dtype=np.int32).reshape(1, 16)
    inputs = []
    for name in ("INPUT0", "INPUT1"):
        tensor = InferInput(name, [1, 16], "INT32")
        tensor.set_data_from_numpy(a)
        inputs.append(tensor)
    messages = [
        tp.ModelInferRequest.parse(bytes(InferRequest("simple", inputs, request_id=f"s{i}").to_grpc()))
        for i in range(3)
    ]
    replies = list(stub.model_stream_infer(iter(messages), timeout=20))
    assert [(r.id, r.parameters) for r in map(decoded, replies)] == [
        (f"s{i}", {"triton_final_response": True}) for i in range(3)
    ]
    np.testing.assert_array_equal(decoded(replies[0]).get_output_by_name("OUTPUT0").as_numpy(), a * 2)  # type: ignore[union-attr]


@pytest.mark.parametrize("model", ["count", "count_async"])
def test_error_mid_stream_is_one_reply_and_the_stream_goes_on(
    stub: tp.GRPCInferenceServiceSyncStub, model: str
) -> None:
    requests = [
        request(model, "bad", n=3, fail_at=1),
        request("no_such_model", "lost"),
        request(model, "", n=1, fail_at=0),
        request(model, "good", n=1),
    ]
    got = summary(list(stub.model_stream_infer(iter(requests), timeout=20)))
    assert got[0] == ("bad", 0, False)
    assert got[1][:2] == ("error", "bad") and got[1][2].startswith(f"model {model!r} failed: RuntimeError: ")
    assert "step 1 failed" in got[1][2]
    assert got[2][:2] == ("error", "lost") and got[2][2].startswith("unknown model 'no_such_model'")
    assert got[3][:2] == ("error", "") and "step 0 failed" in got[3][2]
    assert got[4] == ("good", 0, False)
    assert len(got) == 5


def test_bad_input_on_the_stream_is_invalid_argument_text(stub: tp.GRPCInferenceServiceSyncStub) -> None:
    wrong = request("count", "w", x=[[1.0]])  # rank 2 where [-1] is declared
    (reply,) = stub.model_stream_infer(iter([wrong]), timeout=20)
    assert reply.error_message == "input 'X': shape [1, 1] does not match the model's [-1]"
    assert reply.infer_response is not None
    assert (reply.infer_response.id, reply.infer_response.model_name) == ("w", "count")


def test_model_infer_refuses_decoupled_models(stub: tp.GRPCInferenceServiceSyncStub) -> None:
    with pytest.raises(grpc.RpcError) as caught:
        stub.model_infer(request("count", n=2), timeout=20)
    assert caught.value.code() == grpc.StatusCode.UNIMPLEMENTED
    assert "use ModelStreamInfer" in (caught.value.details() or "")


@pytest.mark.parametrize("model", ["endless", "endless_threaded"])
async def test_cancelling_the_stream_closes_the_generator(model: str) -> None:
    triton_models.closed.clear()
    async with serve(triton_registry()) as address, grpc.aio.insecure_channel(address) as channel:
        stub = tp.GRPCInferenceServiceStub(channel)
        replies = stub.model_stream_infer([request(model, "forever")], timeout=20)
        seen = []
        async for reply in replies:
            seen.append(summary([reply])[0])
            if len(seen) == 3:
                break
        await replies.aclose()  # type: ignore[attr-defined]
        assert seen == [("forever", 0, False), ("forever", 1, False), ("forever", 2, False)]
        for _ in range(200):
            if "forever" in triton_models.closed:
                break
            await asyncio.sleep(0.01)
        assert "forever" in triton_models.closed


async def test_concurrent_streams_each_get_their_own_responses() -> None:
    async with serve(triton_registry()) as address, grpc.aio.insecure_channel(address) as channel:
        stub = tp.GRPCInferenceServiceStub(channel)

        async def run(tag: str, n: int) -> list[tuple[Any, ...]]:
            return summary([r async for r in stub.model_stream_infer([request("count_async", tag, n=n)], timeout=20)])

        first, second = await asyncio.gather(run("one", 4), run("two", 2))
        assert first == [("one", i, False) for i in range(4)]
        assert second == [("two", i, False) for i in range(2)]
