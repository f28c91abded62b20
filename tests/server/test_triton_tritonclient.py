"""Real tritonclient.grpc (in the Triton peer venv, its own process) against the embedded server."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from inference_grpc.server import serve_in_thread

from .triton_models import triton_registry

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "tools" / "peers"))
import peers  # noqa: E402

pytestmark = pytest.mark.interop


@pytest.fixture(scope="module")
def seen() -> dict[str, Any]:
    if not peers.is_installed("triton"):
        peers.setup("triton")
    python = peers.server_home("triton") / "venv" / "bin" / "python"
    with serve_in_thread(triton_registry()) as url:
        done = subprocess.run(
            [str(python), str(HERE / "tritonclient_probe.py"), url], capture_output=True, text=True, timeout=120
        )
    assert done.returncode == 0, done.stderr[-4000:]
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def test_config_of_a_generator_model(seen: dict[str, Any]) -> None:
    assert seen["config"] == {"decoupled": True, "inputs": [["X", "TYPE_FP32", ["-1"]]]}


def test_decoupled_stream_with_errors_mid_stream(seen: dict[str, Any]) -> None:
    stream = seen["stream"]
    assert stream[:4] == [["a", 0, False], ["a", 1, False], ["a", 2, False], ["a", None, True]]
    assert stream[4] == ["b", 0, False]
    assert stream[5][0] == "error" and stream[5][1].startswith("model 'count' failed: RuntimeError: step 1 failed")
    assert stream[6:] == [["c", 0, False], ["c", None, True]]


def test_shared_memory_round_trip_and_statistics(seen: dict[str, Any]) -> None:
    assert seen["shm_status"]["regions"]["probe_io"]["key"] == "/igrpc_probe_io"
    assert (seen["shm_out"], seen["shm_reply_out0"], seen["out1"]) == (True, True, True)
    assert seen["stats_delta"] == 1 and seen["stats_success"] >= 1
    assert seen["shm_unknown"][0] == "StatusCode.NOT_FOUND"


def test_repository_settings_and_cuda(seen: dict[str, Any]) -> None:
    assert (seen["after_unload"], seen["index"]["count_async"], seen["after_load"]) == (False, "UNAVAILABLE", True)
    assert seen["stats_unknown"] == "StatusCode.INVALID_ARGUMENT"
    assert seen["log"] == {"uint32_param": 1}
    assert seen["trace"] == {"value": ["7"]}
    assert seen["cuda"] == "StatusCode.UNIMPLEMENTED"
