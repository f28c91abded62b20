"""kserve's own objects through our client and from_grpc, compared value by value with what
kserve's client and classes make of the same scenarios (in kserve's venv, in its own process)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import peers
import pytest

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]

pytestmark = pytest.mark.interop


@pytest.fixture(scope="module")
def server_url() -> Iterator[str]:
    server = subprocess.Popen(
        [sys.executable, "-m", "inference_grpc.cli", "serve", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert server.stdout is not None
        found = re.search(r"serving on (127\.0\.0\.1:\d+)", server.stdout.readline())
        assert found, "the embedded server did not start"
        yield found.group(1)
    finally:
        server.terminate()
        server.wait(timeout=30)


@pytest.fixture(scope="module")
def observed(server_url: str) -> dict[str, Any]:
    if not peers.is_installed("kserve"):
        peers.setup("kserve")
    python = peers.server_home("kserve") / "venv" / "bin" / "python"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO / "src"), str(REPO / "generated")])}
    done = subprocess.run(
        [str(python), str(HERE / "kserve_scenarios.py"), server_url],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-4000:]
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def test_kserve_requests_and_responses_read_the_same_through_ours(observed: dict[str, Any]) -> None:
    scenarios = {k: v for k, v in observed.items() if not k.startswith("equality")}
    assert len(scenarios) == 3 * 23  # 12 datatypes raw, 11 typed; request, protobuf request, response
    for name, sides in scenarios.items():
        assert sides["ours"] == sides["kserve"], name


def test_equality_agrees_with_kserve(observed: dict[str, Any]) -> None:
    for case in ("same raw data", "other values", "other names"):
        sides = observed[f"equality: {case}"]
        assert sides["ours"] == sides["kserve"], case
