"""One embedded server for the whole session (on its own thread), with the demo models and test models."""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import Iterator
from typing import Any

import grpc
import numpy as np
import numpy.typing as npt
import pytest

from inference_grpc import InferOutput, InferRequest, InvalidInput, SyncInferenceGRPCClient
from inference_grpc.protocol import GRPCInferenceServiceSyncStub
from inference_grpc.server import Model, ModelRegistry, TensorSpec, demo_models, serve_in_thread

from .certs import Certs, make_certs

Arrays = dict[str, npt.NDArray[Any]]


def _failing(inputs: Arrays) -> Arrays:
    raise RuntimeError("boom: the weights are corrupt")


def _versioned(inputs: Arrays, parameters: dict[str, Any], request: InferRequest) -> Arrays:
    return {"VERSION": np.array([(request.model_version or "").encode()], dtype=object), "X": inputs["X"]}


def _inspect(inputs: Arrays, parameters: dict[str, Any], request: InferRequest) -> dict[str, Any]:
    """Reports what the model saw: request parameters, tensor parameters, requested outputs, id."""
    seen = {
        "parameters": parameters,
        "tensor_parameters": {t.name: t.parameters for t in request.inputs},
        "requested": [o.name for o in request.request_outputs],
        "id": request.id,
    }
    tagged = InferOutput("TAGGED", list(inputs["X"].shape), "INT32", parameters={"note": "from the model", "n": 3})
    tagged.set_data_from_numpy(inputs["X"])
    return {"SEEN": np.array([json.dumps(seen).encode()], dtype=object), "TAGGED": tagged}


def _bad_output(inputs: Arrays, parameters: dict[str, Any]) -> Any:
    mode = parameters.get("mode")
    x = inputs["X"]
    if mode == "float_for_int":
        return {"Y": x.astype(np.float64) + 0.5}
    if mode == "missing":
        return {}
    if mode == "not_mapping":
        return [x]
    if mode == "wrong_shape":
        return {"Y": x.reshape(1, -1)}
    if mode == "invalid_input":
        raise InvalidInput("parameter 'mode' says the input is bad")
    return {"Y": x}


def _halves(inputs: Arrays) -> Arrays:
    return {"FULL": inputs["X"], "HALF": inputs["X"].astype(np.float16)}


def _undeclared(inputs: Arrays) -> Arrays:
    return {"A": inputs["X"] + 1, "B": inputs["X"] + 2}


async def _slow_async(inputs: Arrays, parameters: dict[str, Any]) -> Arrays:
    await asyncio.sleep(float(parameters.get("delay", 0.2)))
    return {"Y": inputs["X"]}


def _slow_threaded(inputs: Arrays, parameters: dict[str, Any]) -> Arrays:
    time.sleep(float(parameters.get("delay", 0.2)))
    thread = threading.current_thread().name.encode()
    return {"Y": inputs["X"], "THREAD": np.array([thread], dtype=object)}


def extra_models() -> list[Model]:
    x_int = [TensorSpec("X", "INT32", [-1])]
    return [
        Model("failing", _failing, inputs=x_int, outputs=[TensorSpec("Y", "INT32", [-1])]),
        Model(
            "versioned",
            _versioned,
            inputs=x_int,
            outputs=[TensorSpec("VERSION", "BYTES", [1]), TensorSpec("X", "INT32", [-1])],
            versions=("1", "2", "10"),
        ),
        Model("toggle", lambda inputs: {"Y": inputs["X"]}, inputs=x_int, outputs=[TensorSpec("Y", "INT32", [-1])]),
        Model("inspect", _inspect, inputs=x_int, outputs=[TensorSpec("SEEN", "BYTES", [1]), TensorSpec("TAGGED")]),
        Model("bad_output", _bad_output, inputs=x_int, outputs=[TensorSpec("Y", "INT32", [-1])]),
        Model(
            "halves", _halves, inputs=[TensorSpec("X", "FP32", [-1])], outputs=[TensorSpec("FULL"), TensorSpec("HALF")]
        ),
        Model("undeclared", _undeclared, inputs=x_int),
        Model("empty", lambda inputs: {"E": np.zeros((0, 3), np.float32)}, inputs=x_int),
        Model("slow_async", _slow_async, inputs=x_int, outputs=[TensorSpec("Y", "INT32", [-1])]),
        Model(
            "slow_threaded",
            _slow_threaded,
            inputs=x_int,
            outputs=[TensorSpec("Y", "INT32", [-1]), TensorSpec("THREAD", "BYTES", [1])],
            threaded=True,
        ),
    ]


@pytest.fixture(scope="session")
def registry() -> ModelRegistry:
    models = demo_models()
    for model in extra_models():
        models.add(model)
    return models


@pytest.fixture(scope="session")
def url(registry: ModelRegistry) -> Iterator[str]:
    with serve_in_thread(registry) as address:
        yield address


@pytest.fixture
def client(url: str) -> Iterator[SyncInferenceGRPCClient]:
    with SyncInferenceGRPCClient(url, retries=1, timeout=20) as c:
        yield c


@pytest.fixture
def stub(url: str) -> Iterator[GRPCInferenceServiceSyncStub]:
    """The bare generated stub: sees the server's statuses with no client-side interpretation."""
    channel = grpc.insecure_channel(url)
    yield GRPCInferenceServiceSyncStub(channel)
    channel.close()


@pytest.fixture(scope="session")
def certs(tmp_path_factory: pytest.TempPathFactory) -> Certs:
    """TLS certificates made at test time (skipped without openssl)."""
    return make_certs(tmp_path_factory.mktemp("certs"))
