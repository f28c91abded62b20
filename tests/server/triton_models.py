"""Models for the Triton-RPC server tests: decoupled generators (sync, async, threaded, endless), a
batching model and a statistics probe; `closed` records which endless generators were closed."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Iterator
from typing import Any

import numpy as np
import numpy.typing as npt

from inference_grpc.server import Model, ModelRegistry, TensorSpec, demo_models

Arrays = dict[str, npt.NDArray[Any]]

closed: list[str] = []  # request ids of endless streams whose generator was closed


def _count(inputs: Arrays, parameters: dict[str, Any]) -> Iterator[Arrays]:
    """Yields X * i for i in 0..n-1 (n: the request parameter, default 3); fails at step `fail_at`."""
    fail_at = parameters.get("fail_at", -1)
    for i in range(int(parameters.get("n", 3))):
        if i == fail_at:
            raise RuntimeError(f"step {i} failed")
        yield {"Y": inputs["X"] * i, "IDX": np.array([i], np.int32)}


async def _count_async(inputs: Arrays, parameters: dict[str, Any]) -> AsyncIterator[Arrays]:
    for i in range(int(parameters.get("n", 3))):
        await asyncio.sleep(0)
        if i == parameters.get("fail_at", -1):
            raise RuntimeError(f"async step {i} failed")
        yield {"Y": inputs["X"] * i, "IDX": np.array([i], np.int32)}


def _count_threaded(inputs: Arrays, parameters: dict[str, Any]) -> Iterator[Arrays]:
    for i in range(int(parameters.get("n", 3))):
        time.sleep(0.01)
        yield {"Y": inputs["X"] * i, "IDX": np.array([i], np.int32)}


async def _endless(inputs: Arrays, parameters: dict[str, Any], request: Any) -> AsyncIterator[Arrays]:
    i = 0
    try:
        while True:
            yield {"Y": inputs["X"] * i, "IDX": np.array([i], np.int32)}
            i += 1
            await asyncio.sleep(0.01)
    finally:
        closed.append(request.id or "")


def _endless_threaded(inputs: Arrays, parameters: dict[str, Any], request: Any) -> Iterator[Arrays]:
    i = 0
    try:
        while True:
            time.sleep(0.01)  # in a worker thread
            yield {"Y": inputs["X"] * i, "IDX": np.array([i], np.int32)}
            i += 1
    finally:
        closed.append(request.id or "")


def _probe(inputs: Arrays, parameters: dict[str, Any]) -> Arrays:
    if parameters.get("fail"):
        raise RuntimeError("asked to fail")
    time.sleep(0.002)
    return {"Y": inputs["X"] + 1}


def _writes_input(inputs: Arrays) -> Arrays:
    """Reports whether its input array is writable (an input in shared memory must not be)."""
    return {"WRITABLE": np.array([inputs["INPUT0"].flags.writeable])}


def triton_registry() -> ModelRegistry:
    x = [TensorSpec("X", "FP32", [-1])]
    counted = [TensorSpec("Y", "FP32", [-1]), TensorSpec("IDX", "INT32", [1])]
    registry = demo_models()
    for model in (
        Model("count", _count, inputs=x, outputs=counted),
        Model("count_async", _count_async, inputs=x, outputs=counted),
        Model("count_threaded", _count_threaded, inputs=x, outputs=counted, threaded=True),
        Model("endless", _endless, inputs=x, outputs=counted),
        Model("endless_threaded", _endless_threaded, inputs=x, outputs=counted, threaded=True),
        Model("probe", _probe, inputs=x, outputs=[TensorSpec("Y", "FP32", [-1])], versions=("1", "2")),
        Model("writes_input", _writes_input, inputs=[TensorSpec("INPUT0", "INT32", [1, 16])]),
        Model(
            "batched",
            lambda inputs: {"Y": inputs["X"] * 2},
            inputs=[TensorSpec("X", "FP32", [-1, 3])],
            outputs=[TensorSpec("Y", "FP32", [-1, 3])],
            max_batch_size=4,
        ),
    ):
        registry.add(model)
    return registry
