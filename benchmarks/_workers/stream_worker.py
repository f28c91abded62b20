"""A worker of the `stream` suite: one client, N responses per batch, timed per batch.

    <python> -I stream_worker.py CLIENT TARGET RESPONSES

CLIENT is `ours-stream` (InferenceGRPCClient.stream_infer: RESPONSES requests through one stream),
`ours-unary` (RESPONSES sequential infer() calls) or `triton-stream` (tritonclient.grpc.aio's
stream_infer, RESPONSES requests through one stream; run from the triton peer venv). Each batch is a
user's loop: a fresh InferInput and request from the same [1,16] FP32 array per request, every
output read with as_numpy. For every line "run" on stdin the worker runs one batch and prints
{"wall_ns": per response, "cpu_ns": per response (process CPU time)}; it prints {"ready": versions}
after a checked warm-up batch. Imports only the client it drives (never this repository's code
otherwise).
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import numpy as np

MODEL, INPUT, OUTPUT = "bench", "INPUT0", "OUTPUT0"
X = np.arange(16, dtype=np.float32).reshape(1, 16)


def _ours_stream(target: str, n: int) -> tuple[Callable[[], Awaitable[int]], str]:
    import inference_grpc
    from inference_grpc import InferenceGRPCClient, InferInput, InferRequest

    client = InferenceGRPCClient(target)

    async def requests() -> AsyncIterator[Any]:
        for i in range(n):
            tensor = InferInput(INPUT, [1, 16], "FP32")
            tensor.set_data_from_numpy(X)
            yield InferRequest(MODEL, [tensor], request_id=str(i))

    async def batch() -> int:
        count = 0
        async for response in client.stream_infer(requests()):
            response.outputs[0].as_numpy()
            count += 1
        return count

    return batch, f"inference-grpc {inference_grpc.__version__}"


def _ours_unary(target: str, n: int) -> tuple[Callable[[], Awaitable[int]], str]:
    import inference_grpc
    from inference_grpc import InferenceGRPCClient, InferInput, InferRequest

    client = InferenceGRPCClient(target)

    async def batch() -> int:
        for i in range(n):
            tensor = InferInput(INPUT, [1, 16], "FP32")
            tensor.set_data_from_numpy(X)
            response = await client.infer(InferRequest(MODEL, [tensor], request_id=str(i)))
            response.outputs[0].as_numpy()
        return n

    return batch, f"inference-grpc {inference_grpc.__version__}"


def _triton_stream(target: str, n: int) -> tuple[Callable[[], Awaitable[int]], str]:
    from importlib.metadata import version

    import tritonclient.grpc.aio as triton_aio  # type: ignore[import-not-found]
    from tritonclient.grpc import InferInput  # type: ignore[import-not-found]

    client = triton_aio.InferenceServerClient(target)

    async def requests() -> AsyncIterator[dict[str, Any]]:
        for i in range(n):
            tensor = InferInput(INPUT, [1, 16], "FP32")
            tensor.set_data_from_numpy(X)
            yield {"model_name": MODEL, "inputs": [tensor], "request_id": str(i)}

    async def batch() -> int:
        count = 0
        async for result, error in client.stream_infer(requests()):
            if error is not None:
                raise RuntimeError(f"tritonclient stream error: {error}")
            result.as_numpy(OUTPUT)
            count += 1
        return count

    return batch, f"tritonclient {version('tritonclient')}"


CLIENTS = {"ours-stream": _ours_stream, "ours-unary": _ours_unary, "triton-stream": _triton_stream}


async def _main(client: str, target: str, n: int) -> None:
    batch, versions = CLIENTS[client](target, n)
    if await batch() != n:  # warm-up, checked
        raise RuntimeError(f"{client}: a batch did not see {n} responses")
    print(json.dumps({"ready": versions}), flush=True)
    loop = asyncio.get_running_loop()
    while True:
        line = await loop.run_in_executor(None, sys.stdin.readline)
        if line.strip() != "run":
            return
        wall, cpu = time.perf_counter_ns(), time.process_time_ns()
        count = await batch()
        wall, cpu = time.perf_counter_ns() - wall, time.process_time_ns() - cpu
        print(json.dumps({"wall_ns": wall / count, "cpu_ns": cpu / count}), flush=True)


if __name__ == "__main__":
    asyncio.run(_main(sys.argv[1], sys.argv[2], int(sys.argv[3])))
