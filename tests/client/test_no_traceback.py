"""A failed call prints no traceback, with or without logging configured (KServe prints one each time)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator

import grpc
import pytest

from .conftest import Backend, start_sync_server

SCRIPT = r"""
import asyncio, logging, sys

import grpc

if sys.argv[2] == "basic":
    logging.basicConfig(level=logging.INFO)

from inference_grpc import InferenceGRPCClient, InferInput, InferRequest, SyncInferenceGRPCClient

url = sys.argv[1]
request = InferRequest("echo", [InferInput("x", [1], "FP32", data=[1.0])])

async def run_async():
    async with InferenceGRPCClient(url, verbose=True, retries=0) as client:
        try:
            await client.infer(request)
        except grpc.RpcError as error:
            print("async caught", error.code().name)

asyncio.run(run_async())
with SyncInferenceGRPCClient(url, verbose=True, retries=0) as client:
    try:
        client.infer(request)
    except grpc.RpcError as error:
        print("sync caught", error.code().name)
"""


@pytest.fixture(scope="module")
def failing_url() -> Iterator[str]:
    backend = Backend()
    backend.fail(grpc.StatusCode.INTERNAL, details="model exploded")
    server, port = start_sync_server(backend)
    yield f"127.0.0.1:{port}"
    server.stop(None)


@pytest.mark.parametrize("logging_setup", ["none", "basic"])
def test_rpc_error_prints_no_traceback(failing_url: str, logging_setup: str) -> None:
    env = {**os.environ, "PYTHONWARNINGS": "error::RuntimeWarning"}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, failing_url, logging_setup],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["async caught INTERNAL", "sync caught INTERNAL"]
    assert "Traceback" not in done.stderr
    if logging_setup == "basic":
        # verbose logs go through logging: the request and the failure, one line each
        assert "INFO:inference_grpc:ModelInfer request: ModelInferRequest(model_name='echo'" in done.stderr
        assert "INFO:inference_grpc:ModelInfer for model 'echo' failed: INTERNAL: model exploded" in done.stderr
    else:
        assert "inference_grpc" not in done.stderr  # INFO lines stay silent without configuration
