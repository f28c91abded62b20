"""The CLI runs as a user runs it: a subprocess against an embedded server started by the tests."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator

import pytest

from inference_grpc.server import demo_models, serve_in_thread


@pytest.fixture(scope="session")
def url() -> Iterator[str]:
    with serve_in_thread(demo_models()) as address:
        yield address


def cli(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """`inference-grpc ARGS...` as a subprocess (through `python -m`, so this interpreter's install)."""
    env = {**os.environ, "COLUMNS": "120"}  # argparse wraps help to the terminal width
    return subprocess.run(
        [sys.executable, "-m", "inference_grpc.cli", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        stdin=subprocess.DEVNULL,
    )
